"""The mention lexicon: matching, leave-own-out tagging, and the lexicon input feature of the model."""

from __future__ import annotations

import json

import torch
from transformers import AutoTokenizer, TrainingArguments

from arabic_ie.config import parse_config
from arabic_ie.data.document import Document, Entity
from arabic_ie.core import ArabicIEModel
from arabic_ie.core.features import collate, window_features
from arabic_ie.boosters import BoosterPipeline, FitContext
from arabic_ie.boosters.lexicon import Lexicon, lexicon_tag_ids, mention_counts, token_lexicon_tags
from arabic_ie.schema import SEED_SCHEMA
from arabic_ie.training.args import DataArguments, ModelArguments, RunArguments
from arabic_ie.extractor import Extractor
from arabic_ie.training.run import run_training

from conftest import make_doc
from helpers import write_config


def _doc(doc_id: str, text: str, mentions: list[tuple[str, str]]) -> Document:
    ents = []
    for i, (etype, surface) in enumerate(mentions):
        start = text.index(surface)
        ents.append(Entity(f"T{i + 1}", etype, start, start + len(surface), surface))
    return Document(doc_id, text, ents, [])


def test_longest_surface_wins_and_proclitics_may_precede_a_match():
    lexicon = Lexicon.fit([_doc("a", "كوريا الشمالية وكوريا", [("GPE", "كوريا الشمالية"), ("GPE", "كوريا")])])
    text = "ولكوريا الشمالية علاقات مع كورياكو"
    assert lexicon.match(text) == [(2, 16, "GPE")]  # not inside كورياكو, proclitics ول before the match
    assert text[2:16] == "كوريا الشمالية"


def test_a_surface_seen_with_several_types_takes_the_most_frequent():
    docs = [_doc("a", "روسيا", [("GPE", "روسيا")]), _doc("b", "روسيا", [("GPE", "روسيا")]),
            _doc("c", "روسيا", [("ORG", "روسيا")])]
    lexicon = Lexicon.fit(docs)
    assert lexicon.match("زار روسيا") == [(4, 9, "GPE")]
    assert lexicon.to_config() == {"روسيا": "GPE"}


def test_exclude_removes_what_only_the_tagged_document_contributes():
    a = _doc("a", "بوتين في هانوي", [("PER", "بوتين"), ("GPE", "هانوي")])
    b = _doc("b", "بوتين في موسكو", [("PER", "بوتين"), ("GPE", "موسكو")])
    lexicon = Lexicon.fit([a, b])
    # tagging a with the others' mentions: بوتين (also in b) matches, هانوي (only in a) does not
    assert lexicon.match(a.text, exclude=mention_counts(a)) == [(0, 5, "PER")]
    assert lexicon.match(a.text) == [(0, 5, "PER"), (9, 14, "GPE")]
    # the type counts shrink too: a type only a gave is no longer the majority
    c = _doc("c", "روسيا", [("ORG", "روسيا")])
    d = _doc("d", "روسيا روسيا", [("GPE", "روسيا")])
    d.entities.append(Entity("T2", "GPE", 6, 11, "روسيا"))
    assert Lexicon.fit([c, d]).match("روسيا", exclude=mention_counts(d)) == [(0, 5, "ORG")]


def test_token_tags_mark_the_first_covered_subword_b_and_the_rest_i():
    ids = lexicon_tag_ids(["PER", "GPE"])
    offsets = [(0, 3), (3, 5), (6, 9), (10, 14)]  # subwords of "بوتين" + two words
    tags = token_lexicon_tags(offsets, [(0, 9, "PER")], ["PER", "GPE"])
    assert tags == [ids["B-PER"], ids["I-PER"], ids["I-PER"], 0]
    assert token_lexicon_tags(offsets, [(10, 14, "LAW")], ["PER", "GPE"]) == [0, 0, 0, 0]  # unknown type: ignored


def _lexicon_pipeline(documents, variants: bool = False) -> BoosterPipeline:
    pipeline = BoosterPipeline.from_specs([{"lexicon": {"variants": variants}}], SEED_SCHEMA)
    pipeline.fit("before", documents, FitContext(SEED_SCHEMA))
    return pipeline


def test_window_features_carry_lexicon_tags_that_leave_the_documents_own_mentions_out(tiny_model_and_tokenizer):
    model, tokenizer = tiny_model_and_tokenizer
    doc = make_doc()
    plain, _ = window_features(doc, tokenizer, SEED_SCHEMA, 64, 16, 3)
    assert all("token_tags" not in f for f in plain)
    other = Document("other", doc.text, doc.entities, [])  # the same mentions, seen in another document
    own_only = _lexicon_pipeline([doc])
    seen_elsewhere = _lexicon_pipeline([doc, other])
    own_out, _ = window_features(doc, tokenizer, SEED_SCHEMA, 64, 16, 3, token_tags=own_only.training_token_tags)
    tagged, _ = window_features(doc, tokenizer, SEED_SCHEMA, 64, 16, 3, token_tags=seen_elsewhere.training_token_tags)
    assert all(len(f["token_tags"]) == len(f["input_ids"]) for f in tagged)
    assert any(any(f["token_tags"]) for f in tagged)
    assert not any(any(f["token_tags"]) for f in own_out)  # every mention was the document's own
    batch = collate(tagged, pad_token_id=tokenizer.pad_token_id)
    assert batch["token_tags"].shape == batch["input_ids"].shape


def test_a_model_with_a_token_tag_slot_starts_as_the_plain_encoder_and_learns_from_the_tags(tiny_encoder):
    plain = ArabicIEModel.from_encoder(str(tiny_encoder), window_size=64, window_overlap=16, span_dim=32)
    tagged = ArabicIEModel.from_encoder(str(tiny_encoder), window_size=64, window_overlap=16, span_dim=32,
                                        token_tag_vocab=1 + 2 * len(SEED_SCHEMA.entity_types))
    assert plain.token_tag_embedding is None and tagged.token_tag_embedding is not None
    ids = torch.tensor([[2, 10, 11, 12, 3]])
    mask = torch.ones_like(ids)
    tags = torch.tensor([[0, 1, 2, 0, 0]])
    plain.eval(), tagged.eval()
    torch.testing.assert_close(plain.encode(ids, mask), tagged.encode(ids, mask, tags))
    with torch.no_grad():
        tagged.token_tag_embedding.weight.normal_()
    assert not torch.allclose(tagged.encode(ids, mask, tags), tagged.encode(ids, mask))


def test_the_lexicon_is_its_own_file_and_feeds_prediction(tiny_encoder, tmp_path):
    tokenizer = AutoTokenizer.from_pretrained(tiny_encoder)
    doc = Document("d", "بوتين", [Entity("T1", "PER", 0, 5, "بوتين")], [])
    pipeline = _lexicon_pipeline([doc])
    model = ArabicIEModel.from_encoder(str(tiny_encoder), window_size=64, window_overlap=16, span_dim=32,
                                       token_tag_vocab=pipeline.token_tag_vocab())
    with torch.no_grad():
        model.token_tag_embedding.weight.normal_(std=5.0)
    Extractor(model, tokenizer, pipeline).save_pretrained(tmp_path)
    assert json.loads((tmp_path / "lexicon.json").read_text(encoding="utf-8")) == {"بوتين": "PER"}
    assert "بوتين" not in (tmp_path / "config.json").read_text(encoding="utf-8")
    loaded = Extractor.from_pretrained(tmp_path)
    text = "توجه الرئيس الروسي فلاديمير بوتين إلى فيتنام."
    with_lex = loaded.predict_documents([text])[0]
    without = loaded.without(["lexicon"])[0].predict_documents([text])[0]  # same weights, no token tagged
    assert [(e.start, e.end, e.type) for e in with_lex.entities] != [(e.start, e.end, e.type) for e in without.entities]
    for e in with_lex.entities:
        assert text[e.start:e.end] == e.text


def test_training_with_the_lexicon_stores_the_training_mentions(tmp_path, tiny_encoder):
    path = write_config(tmp_path, tiny_encoder, boosters=["lexicon"])
    types = (DataArguments, ModelArguments, RunArguments, TrainingArguments)
    run_training(*parse_config(types, [str(path)]), config_path=str(path))
    lexicon = json.loads((tmp_path / "run" / "model" / "lexicon.json").read_text(encoding="utf-8"))
    train_doc = "000_d5c3160b1123fbbd"  # max_train_documents: 1 keeps the first training article
    from arabic_ie.data.io import load_documents
    from conftest import SEED_DIR

    doc = next(d for d in load_documents(SEED_DIR) if d.id == train_doc)
    assert set(lexicon) == {e.text for e in doc.entities}
    assert "lexicon" in (tmp_path / "run" / "model" / "README.md").read_text(encoding="utf-8").lower()


def test_refit_with_dev_trains_again_on_train_and_dev_for_the_best_epoch_count(tmp_path, tiny_encoder):
    path = write_config(tmp_path, tiny_encoder, boosters=["lexicon"], tune_entity_threshold=True,
                        refit_with_dev=True, max_steps=-1, num_train_epochs=2, eval_strategy="epoch",
                        save_strategy="epoch")
    types = (DataArguments, ModelArguments, RunArguments, TrainingArguments)
    results = run_training(*parse_config(types, [str(path)]), config_path=str(path))
    from arabic_ie.data.io import load_documents
    from conftest import SEED_DIR

    docs = {d.id: d for d in load_documents(SEED_DIR)}
    refit = results["refit"]
    assert refit["documents"] == ["000_d5c3160b1123fbbd", "004_a67773ad0dea250e"]  # train (first 1) + dev
    assert refit["epochs"] in (1, 2)
    model_dir = tmp_path / "run" / "model"
    lexicon = json.loads((model_dir / "lexicon.json").read_text(encoding="utf-8"))
    assert set(lexicon) == {e.text for d in refit["documents"] for e in docs[d].entities}
    config = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
    assert config["entity_threshold"] == results["entity_threshold"]["chosen"]
    assert "Refit on train + dev" in (model_dir / "README.md").read_text(encoding="utf-8")
