"""Entity voting (entity_ensemble: vote): two of the transformer, its lexicon and a CRF must agree."""

from __future__ import annotations

import json

import pytest
import torch
from transformers import AutoTokenizer

from arabic_ie.config import ConfigError, parse_config
from arabic_ie.data.document import Entity
from arabic_ie.modeling import ArabicIEModel
from arabic_ie.modeling.crf import CRFTagger
from arabic_ie.modeling.entity_vote import vote_entities
from arabic_ie.modeling.inference import predict_documents
from arabic_ie.modeling.lexicon import Lexicon
from arabic_ie.modeling.windows import encode_document
from arabic_ie.training.run import run_training

from conftest import TEXT, make_doc
from test_training import TYPES, write_config


def _span(surface: str, etype: str) -> tuple[int, int, str]:
    start = TEXT.index(surface)
    return start, start + len(surface), etype


def _model_entity(surface: str, etype: str, score: float) -> tuple[Entity, int, int]:
    start, end, _ = _span(surface, etype)
    return Entity("", etype, start, end, surface, score=score), 0, 0


@pytest.fixture(scope="module")
def encoding(tiny_model_and_tokenizer):
    _, tokenizer = tiny_model_and_tokenizer
    return encode_document(TEXT, tokenizer, 64, 16)


def test_a_span_needs_two_voters_with_the_same_boundaries_and_type(encoding):
    model = [_model_entity("فلاديمير بوتين", "PER", 0.9), _model_entity("فيتنام", "GPE", 0.8),
             _model_entity("هانوي", "PER", 0.7)]
    lexicon = [_span("فلاديمير بوتين", "PER"), _span("هانوي", "GPE"), _span("تو لام", "PER")]
    crf = [_span("بوتين", "PER"), _span("هانوي", "GPE"), _span("تو لام", "PER")]
    kept = vote_entities(encoding, model, lexicon, crf)
    assert [(e.text, e.type) for e, _, _ in kept] == [("فلاديمير بوتين", "PER"), ("تو لام", "PER"), ("هانوي", "GPE")]
    assert [e.id for e, _, _ in kept] == ["T1", "T2", "T3"]
    scores = {e.text: e.score for e, _, _ in kept}
    assert scores["فلاديمير بوتين"] == pytest.approx((0.9 + 1) / 3)  # transformer's probability + lexicon
    assert scores["تو لام"] == pytest.approx(2 / 3)  # lexicon + CRF, the transformer did not vote
    assert kept[0][1:] == (0, 0)  # a span the transformer proposed keeps the transformer's token span
    for entity, first, last in kept[1:]:  # the others get their own
        assert TEXT[entity.start:entity.end] == entity.text
        assert encoding.offsets[first][0] <= entity.start < encoding.offsets[first][1]
        assert encoding.offsets[last][0] < entity.end <= encoding.offsets[last][1]


def test_no_votes_no_entities(encoding):
    assert vote_entities(encoding, [], [], []) == []
    assert vote_entities(encoding, [_model_entity("فيتنام", "GPE", 0.99)], [], [_span("تو لام", "PER")]) == []


def test_the_crf_round_trips_through_bytes_and_tags_its_training_names():
    doc = make_doc()
    tagger = CRFTagger.fit([doc, doc])
    again = CRFTagger(tagger.to_bytes())
    spans = again.tag(doc.text)
    assert spans == tagger.tag(doc.text)
    assert {(s, e, t) for s, e, t in spans} == {(e.start, e.end, e.type) for e in doc.entities}


def test_an_untrained_crf_tagger_says_so():
    with pytest.raises(ValueError, match="not trained"):
        CRFTagger().tag("نص")


def _voting_model(tiny_encoder) -> ArabicIEModel:
    doc = make_doc()
    torch.manual_seed(0)
    model = ArabicIEModel.from_encoder(str(tiny_encoder), window_size=64, window_overlap=16, span_dim=32,
                                       type_embedding_dim=8, lexicon=Lexicon.fit([doc]).to_config())
    model.set_entity_crf(CRFTagger.fit([doc, doc]).to_bytes())
    model.config.entity_ensemble = "vote"
    model.config.entity_threshold = 1.01  # the untrained transformer votes for nothing
    return model.eval()


def test_with_a_silent_transformer_lexicon_and_crf_decide_and_the_model_directory_keeps_the_crf(
        tiny_encoder, tmp_path):
    model = _voting_model(tiny_encoder)
    tokenizer = AutoTokenizer.from_pretrained(tiny_encoder)
    text = "وصل بوتين إلى هانوي. والتقى تو لام في هانوي."
    lexicon = Lexicon.from_config(model.config.lexicon).match(text)
    crf = model.entity_crf_tagger.tag(text)
    agreed = sorted(set(lexicon) & set(crf))
    assert agreed, "the fixture needs spans both voters find"
    pred = predict_documents(model, tokenizer, [text])[0]
    assert [(e.start, e.end, e.type) for e in pred.entities] == agreed
    assert all(text[e.start:e.end] == e.text for e in pred.entities)
    model.save_pretrained(tmp_path)
    tokenizer.save_pretrained(tmp_path)
    config = json.loads((tmp_path / "config.json").read_text(encoding="utf-8"))
    assert config["entity_ensemble"] == "vote" and config["entity_crf_bytes"] == model.entity_crf.numel() > 0
    loaded = ArabicIEModel.from_pretrained(tmp_path).eval()
    assert torch.equal(loaded.entity_crf, model.entity_crf)
    again = predict_documents(loaded, tokenizer, [text])[0]
    assert [(e.start, e.end, e.type, e.score) for e in again.entities] == \
        [(e.start, e.end, e.type, e.score) for e in pred.entities]


def test_a_vote_without_its_crf_is_a_clear_error(tiny_model_and_tokenizer):
    model, tokenizer = tiny_model_and_tokenizer
    model.config.entity_ensemble = "vote"
    try:
        with pytest.raises(ValueError, match="entity_ensemble 'vote' needs .* lacks its CRF"):
            predict_documents(model, tokenizer, [TEXT])
    finally:
        model.config.entity_ensemble = "none"


@pytest.mark.parametrize("overrides, message", [
    ({"entity_ensemble": "majority"}, "config key entity_ensemble: 'majority' is not one of none, vote"),
    ({"entity_ensemble": "vote"}, "config key entity_ensemble: 'vote' needs lexicon_features: true"),
])
def test_entity_ensemble_config_errors(tmp_path, tiny_encoder, overrides, message):
    path = write_config(tmp_path, tiny_encoder, **overrides)
    with pytest.raises(ConfigError, match=message):
        run_training(*parse_config(TYPES, [str(path)]), config_path=str(path))


def test_training_with_the_vote_ships_the_crf_of_the_refit_documents(tmp_path, tiny_encoder):
    path = write_config(tmp_path, tiny_encoder, entity_ensemble="vote", lexicon_features=True, refit_with_dev=True,
                        tune_entity_threshold=True)
    results = run_training(*parse_config(TYPES, [str(path)]), config_path=str(path))
    model_dir = tmp_path / "run" / "model"
    config = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
    assert config["entity_ensemble"] == "vote"
    assert results["entity_vote"] == results["refit"]["entity_vote"]  # train + dev: one more document
    assert results["entity_vote"]["crf_documents"] == 2
    assert config["entity_crf_bytes"] == results["entity_vote"]["crf_bytes"]
    assert "entity vote" in (model_dir / "README.md").read_text(encoding="utf-8")
    loaded = ArabicIEModel.from_pretrained(model_dir)
    assert loaded.entity_crf_tagger is not None
    for doc in predict_documents(loaded, AutoTokenizer.from_pretrained(model_dir), [TEXT]):
        assert all(doc.text[e.start:e.end] == e.text for e in doc.entities)
    assert isinstance(results["test"]["entities"]["strict"]["f1"], float)


PROPAGATION_TEXT = "قال دونالد ترامب إن روسيا مهمة. ورد الكرملين على ترامب، ثم التقى دونالد ترامب وفودا روسية."


def test_propagation_tags_every_repetition_of_a_kept_name_its_variants_and_a_persons_surname(
        tiny_model_and_tokenizer):
    from arabic_ie.modeling.entity_vote import propagate_entities

    _, tokenizer = tiny_model_and_tokenizer
    text = PROPAGATION_TEXT
    enc = encode_document(text, tokenizer, 64, 16)
    kept = [_entity_at(text, "دونالد ترامب", "PER", 0.9), _entity_at(text, "روسيا", "GPE", 0.6),
            _entity_at(text, "الكرملين", "ORG", 0.8)]
    out = propagate_entities(enc, kept)
    assert [(e.text, e.type) for e, _, _ in out] == [
        ("دونالد ترامب", "PER"), ("روسيا", "GPE"), ("الكرملين", "ORG"), ("ترامب", "PER"),
        ("دونالد ترامب", "PER")]  # "روسية" is an adjective (NORP), not a variant of the country
    assert [e.id for e, _, _ in out] == ["T1", "T2", "T3", "T4", "T5"]
    assert all(text[e.start:e.end] == e.text for e, _, _ in out)
    assert out[3][0].score == pytest.approx(0.9) and out[4][0].score == pytest.approx(0.9)
    for entity, first, last in out[3:]:
        assert enc.offsets[first][0] <= entity.start and entity.end <= enc.offsets[last][1]


def test_propagation_never_overlaps_a_kept_entity_and_keeps_an_empty_document_empty(tiny_model_and_tokenizer):
    from arabic_ie.modeling.entity_vote import propagate_entities

    _, tokenizer = tiny_model_and_tokenizer
    text = PROPAGATION_TEXT
    enc = encode_document(text, tokenizer, 64, 16)
    assert propagate_entities(enc, []) == []
    second = text.index("دونالد ترامب", 10)
    kept = [_entity_at(text, "ترامب", "PER", 0.7),  # the first surname only
            (Entity("", "ORG", second, second + len("دونالد ترامب"), "دونالد ترامب", score=0.5), 0, 0)]
    spans = [(e.start, e.end, e.type) for e, _, _ in propagate_entities(enc, kept)]
    assert (second, second + len("دونالد ترامب"), "ORG") in spans
    assert not any(s < second + 12 and second < e and t == "PER" for s, e, t in spans)


def _entity_at(text: str, surface: str, etype: str, score: float) -> tuple[Entity, int, int]:
    start = text.index(surface)
    return Entity("", etype, start, start + len(surface), surface, score=score), 0, 0
