"""Entity markers for the relation pass (``relation_markers``): the pair head reads an encoding that knows where the
mentions are and what they are; the entity pass is unchanged."""

from __future__ import annotations

import pytest
import torch

from arabic_ie.config import parse_config
from arabic_ie.core import ArabicIEModel
from arabic_ie.core.features import collate, marker_ids, window_features
from arabic_ie.data.io import load_documents
from arabic_ie.extractor import Extractor
from arabic_ie.schema import SEED_SCHEMA
from arabic_ie.training.run import run_training

from conftest import SEED_DIR
from helpers import TYPES, write_config


def test_marker_ids_mark_the_first_subword_of_a_mention_apart_from_the_rest():
    # mentions over subwords 1-3 (type 0) and 5 (type 2) of 7
    assert marker_ids(7, [(1, 3, 0), (5, 5, 2)]) == [0, 1, 2, 2, 0, 5, 0]
    assert marker_ids(3, [(2, 6, 1)]) == [0, 0, 3]  # a span running past the end is cut, never an index error


def _marker_model(tiny_encoder):
    from transformers import AutoTokenizer

    torch.manual_seed(0)
    model = ArabicIEModel.from_encoder(str(tiny_encoder), window_size=64, window_overlap=16, span_dim=32,
                                       type_embedding_dim=8, classifier_dropout=0.0, relation_markers=True)
    return model, AutoTokenizer.from_pretrained(tiny_encoder)


def _marked_batch(model, tokenizer):
    doc = load_documents(SEED_DIR)[0]
    feats, _ = window_features(doc, tokenizer, SEED_SCHEMA, 64, 16, 3, entity_markers=True)
    feats = [f for f in feats if f["pairs"]][:3]
    assert feats and all(any(f["entity_markers"]) for f in feats)
    return collate(feats, pad_token_id=tokenizer.pad_token_id)


def test_windows_carry_the_gold_mentions_as_markers_and_the_relation_pass_reads_them(tiny_encoder):
    model, tokenizer = _marker_model(tiny_encoder)
    model.eval()
    batch = _marked_batch(model, tokenizer)
    labels = batch["labels"]
    markers = batch["entity_markers"]
    assert ((markers > 0) == ((labels > 0) & (labels != -100))).all()  # a marker exactly where a mention is
    with torch.no_grad():
        marked = model(**batch)
        unmarked = model(**{k: v for k, v in batch.items() if k != "entity_markers"})
    torch.testing.assert_close(marked.entity_logits, unmarked.entity_logits)  # the entity pass ignores markers
    assert not torch.allclose(marked.relation_logits, unmarked.relation_logits)


def test_a_training_step_with_markers_lowers_the_loss(tiny_encoder):
    model, tokenizer = _marker_model(tiny_encoder)
    batch = _marked_batch(model, tokenizer)
    model.train()
    opt = torch.optim.AdamW(model.parameters(), lr=1e-3)
    first = model(**batch)
    first.loss.backward()
    assert model.entity_marker_embedding.weight.grad.abs().sum() > 0
    opt.step()
    assert model(**batch).loss.item() < first.loss.item()


def test_a_model_trained_with_markers_reloads_and_predicts_relations_from_the_marked_pass(tmp_path, tiny_encoder):
    path = write_config(tmp_path, tiny_encoder, relation_markers=True, load_best_model_at_end=False, do_test=False)
    run_training(*parse_config(TYPES, [str(path)]), config_path=str(path))
    model_dir = tmp_path / "run" / "model"
    extractor = Extractor.from_pretrained(model_dir)
    assert extractor.config.relation_markers and extractor.model.entity_marker_embedding is not None
    doc = load_documents(SEED_DIR)[0]
    text, gold = doc.text[:1500], [e for e in doc.entities if e.end <= 1500]
    def relations(ex):  # a tiny threshold labels every allowed candidate, so the scores show
        out = ex.predict_documents([text], given_entities=[gold], relation_threshold=1e-6)[0].relations
        return [(r.head, r.tail, r.type, round(r.score, 5)) for r in out]

    first = relations(extractor)
    assert first and relations(Extractor.from_pretrained(model_dir)) == first  # the markers were saved
    with torch.no_grad():  # other markers, other relation scores; the entities do not move
        extractor.model.entity_marker_embedding.weight.mul_(-50.0)
    assert relations(extractor) != first
    plain = Extractor.from_pretrained(model_dir)
    assert [(e.start, e.end, e.type) for e in plain.predict_documents([text])[0].entities] == \
        [(e.start, e.end, e.type) for e in extractor.predict_documents([text])[0].entities]

    from arabic_ie.export import export_onnx

    with pytest.raises(ValueError, match="relation_markers"):
        export_onnx(model_dir, tmp_path / "model.onnx")


def test_init_from_a_marker_model_keeps_its_markers_unless_the_config_says_otherwise(tmp_path, tiny_encoder):
    (tmp_path / "a").mkdir()
    first = write_config(tmp_path / "a", tiny_encoder, relation_markers=True, max_steps=1,
                         load_best_model_at_end=False, do_test=False, output_dir=str(tmp_path / "a" / "run"))
    run_training(*parse_config(TYPES, [str(first)]), config_path=str(first))
    source = tmp_path / "a" / "run" / "model"
    for name, overrides, expected in (("b", {}, True), ("c", {"relation_markers": False}, False)):
        (tmp_path / name).mkdir()
        path = write_config(tmp_path / name, tiny_encoder, init_from=str(source), max_steps=1,
                            load_best_model_at_end=False, do_test=False, output_dir=str(tmp_path / name / "run"),
                            **overrides)
        run_training(*parse_config(TYPES, [str(path)]), config_path=str(path))
        assert Extractor.from_pretrained(tmp_path / name / "run" / "model").config.relation_markers is expected
