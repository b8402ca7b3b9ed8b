"""Entity voting (the vote booster): two of the transformer, its lexicon and a CRF must agree."""

from __future__ import annotations


import pytest
import torch
from transformers import AutoTokenizer

from arabic_ie.config import ConfigError, parse_config
from arabic_ie.data.document import Entity
from arabic_ie.core import ArabicIEModel
from arabic_ie.boosters.crf import CRFTagger
from arabic_ie.boosters.vote import vote_entities
from arabic_ie.boosters import BoosterError, BoosterPipeline, FitContext
from arabic_ie.extractor import Extractor
from arabic_ie.schema import SEED_SCHEMA
from arabic_ie.boosters.lexicon import Lexicon
from arabic_ie.core.windows import encode_document
from arabic_ie.training.run import run_training

from conftest import TEXT, make_doc
from helpers import TYPES, write_config


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
    kept = vote_entities(encoding, model, lexicon, crf, unseen="vote")
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
    only_one_voter_each = ([_model_entity("فيتنام", "GPE", 0.99)], [], [_span("تو لام", "PER")])
    assert vote_entities(encoding, *only_one_voter_each, unseen="vote") == []


def test_where_the_lexicon_knows_no_name_the_transformer_decides_alone(encoding):
    """A name no training document holds must not lose a voter for being new (issue 17)."""
    model = [_model_entity("فيتنام", "GPE", 0.6), _model_entity("هانوي", "PER", 0.7)]
    lexicon = [_span("هانوي", "GPE")]  # the lexicon knows Hanoi, not Vietnam
    crf = [_span("تو لام", "PER"), _span("هانوي", "GPE")]  # a CRF-only span where the lexicon is silent
    kept = vote_entities(encoding, model, lexicon, crf)
    assert [(e.text, e.type) for e, _, _ in kept] == [("فيتنام", "GPE"), ("هانوي", "GPE")]
    assert {e.text: e.score for e, _, _ in kept}["فيتنام"] == pytest.approx(0.6)  # its own probability
    # the plain two-of-three rule drops the unseen name the transformer found
    plain = vote_entities(encoding, model, lexicon, crf, unseen="vote")
    assert [(e.text, e.type) for e, _, _ in plain] == [("هانوي", "GPE")]


def test_a_partly_known_region_still_needs_two_votes(encoding):
    """A lexicon match overlapping the transformer's span is an opinion: the longer span needs a second voter."""
    model = [_model_entity("فلاديمير بوتين", "PER", 0.9)]
    kept = vote_entities(encoding, model, [_span("بوتين", "PER")], [])
    assert kept == []


def test_an_unknown_unseen_rule_is_a_clear_error():
    with pytest.raises(BoosterError, match="unseen must be one of transformer, vote"):
        BoosterPipeline.from_specs(["lexicon", {"vote": {"unseen": "crf"}}], SEED_SCHEMA)


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


def _voting_extractor(tiny_encoder) -> Extractor:
    doc = make_doc()
    torch.manual_seed(0)
    model = ArabicIEModel.from_encoder(str(tiny_encoder), window_size=64, window_overlap=16, span_dim=32,
                                       type_embedding_dim=8, token_tag_vocab=1 + 2 * len(SEED_SCHEMA.entity_types))
    model.config.entity_threshold = 1.01  # the untrained transformer votes for nothing
    pipeline = BoosterPipeline.from_specs(["lexicon", "vote"], SEED_SCHEMA)
    pipeline.fit("before", [doc], FitContext(SEED_SCHEMA))
    pipeline.fit("after", [doc, doc], FitContext(SEED_SCHEMA))
    return Extractor(model.eval(), AutoTokenizer.from_pretrained(tiny_encoder), pipeline)


def test_with_a_silent_transformer_lexicon_and_crf_decide_and_the_model_directory_keeps_the_crf(
        tiny_encoder, tmp_path):
    extractor = _voting_extractor(tiny_encoder)
    text = "وصل بوتين إلى هانوي. والتقى تو لام في هانوي."
    booster = extractor.boosters.get("lexicon")
    booster.lexicon = Lexicon.from_config({**booster.entries, "إلى هانوي": "LAW"})  # a span only the lexicon finds
    lexicon = booster.lexicon.match(text)
    crf = extractor.boosters.get("vote").tagger.tag(text)
    agreed = sorted(set(lexicon) & set(crf))
    assert agreed, "the fixture needs spans both voters find"
    assert set(lexicon) != set(crf), "the fixture needs spans only one voter finds"
    pred = extractor.predict_documents([text])[0]
    assert [(e.start, e.end, e.type) for e in pred.entities] == agreed
    assert all(text[e.start:e.end] == e.text for e in pred.entities)
    extractor.save_pretrained(tmp_path)
    assert (tmp_path / "vote_crf.crfsuite").read_bytes() == extractor.boosters.get("vote").tagger.to_bytes()
    from safetensors import safe_open

    with safe_open(str(tmp_path / "model.safetensors"), "pt") as f:
        assert not any("crf" in key for key in f.keys())  # the CRF is not inside the weights
    again = Extractor.from_pretrained(tmp_path).predict_documents([text])[0]
    assert [(e.start, e.end, e.type, e.score) for e in again.entities] == \
        [(e.start, e.end, e.type, e.score) for e in pred.entities]


def test_a_vote_without_its_crf_is_a_clear_error(tiny_model_and_tokenizer, tmp_path):
    model, tokenizer = tiny_model_and_tokenizer
    pipeline = BoosterPipeline.from_specs(["lexicon", "vote"], SEED_SCHEMA)
    pipeline.fit("before", [make_doc()], FitContext(SEED_SCHEMA))
    with pytest.raises(BoosterError, match="booster vote was never fitted; nothing saved"):
        Extractor(model, tokenizer, pipeline).save_pretrained(tmp_path / "model")
    assert not (tmp_path / "model").exists()
    pipeline.get("vote").fitted = True
    with pytest.raises(BoosterError, match="booster vote: no CRF"):
        Extractor(model, tokenizer, pipeline).predict_documents([TEXT])


@pytest.mark.parametrize("boosters, message", [
    (["majority"], "unknown booster 'majority' \\(known: .*vote"),
    (["vote"], "booster vote requires lexicon earlier in the list"),
    (["vote", "lexicon"], "booster vote requires lexicon earlier in the list"),
    (["lexicon", "lexicon"], "booster lexicon is listed twice"),
])
def test_booster_list_config_errors(tmp_path, tiny_encoder, boosters, message):
    path = write_config(tmp_path, tiny_encoder, boosters=boosters)
    with pytest.raises(ConfigError, match=message):
        run_training(*parse_config(TYPES, [str(path)]), config_path=str(path))


def test_training_with_the_vote_ships_the_crf_of_the_refit_documents(tmp_path, tiny_encoder):
    path = write_config(tmp_path, tiny_encoder, boosters=["lexicon", "vote"], refit_with_dev=True,
                        tune_entity_threshold=True)
    results = run_training(*parse_config(TYPES, [str(path)]), config_path=str(path))
    model_dir = tmp_path / "run" / "model"
    shipped = results["boosters"]["fit"]["vote"]
    assert shipped == results["refit"]["boosters"]["vote"]  # train + dev: one more document
    assert shipped["crf_documents"] == 2
    assert (model_dir / "vote_crf.crfsuite").stat().st_size == shipped["crf_bytes"]
    assert "two of three voters" in (model_dir / "README.md").read_text(encoding="utf-8")
    loaded = Extractor.from_pretrained(model_dir)
    assert loaded.boosters.names == ["lexicon", "vote"] and loaded.boosters.get("vote").tagger is not None
    for doc in loaded.predict_documents([TEXT]):
        assert all(doc.text[e.start:e.end] == e.text for e in doc.entities)
    from arabic_ie.data.io import load_documents
    from arabic_ie.evaluation.harness import evaluate_documents
    from conftest import SEED_DIR

    test_docs = [d for d in load_documents(SEED_DIR) if d.id == "002_5890cfb022f8faa3"]
    assert evaluate_documents(loaded, test_docs) == results["test"]  # the saved vote reproduces the reported scores


def test_a_damaged_crf_file_with_a_matching_checksum_is_refused_at_load_never_crashing_the_process(
        tiny_encoder, tmp_path):
    """Issue 21: CRFsuite is C; damaged model bytes used to kill the process at the first prediction. A loaded CRF
    now runs in a child process; the checksum is recomputed here, as a forger would."""
    import hashlib
    import json
    import random

    from arabic_ie.boosters.crf import CRFWorkerError
    from arabic_ie.extractor import ModelDirectoryError

    extractor = _voting_extractor(tiny_encoder)
    extractor.save_pretrained(tmp_path)
    good = (tmp_path / "vote_crf.crfsuite").read_bytes()
    rng = random.Random(3)
    variants = [good[:len(good) // 2], good[:40]]
    for _ in range(4):
        damaged = bytearray(good)
        at = rng.randrange(16, len(good) - 64)
        damaged[at:at + 64] = bytes(rng.randrange(256) for _ in range(64))
        variants.append(bytes(damaged))
    refused = 0
    for variant in variants:
        (tmp_path / "vote_crf.crfsuite").write_bytes(variant)
        manifest = json.loads((tmp_path / "boosters.json").read_text(encoding="utf-8"))
        for entry in manifest["boosters"]:
            if "vote_crf.crfsuite" in entry.get("files", {}):
                entry["files"]["vote_crf.crfsuite"] = hashlib.sha256(variant).hexdigest()
        (tmp_path / "boosters.json").write_text(json.dumps(manifest), encoding="utf-8")
        try:  # refused at load, or the child dies while tagging: an error naming the file, this process lives on
            Extractor.from_pretrained(tmp_path).predict_documents([TEXT])
        except (ModelDirectoryError, CRFWorkerError) as exc:
            assert "vote_crf.crfsuite" in str(exc) and "damaged" in str(exc)
            refused += 1
    assert refused >= 2  # the two truncations at least; random damage may happen to be harmless
