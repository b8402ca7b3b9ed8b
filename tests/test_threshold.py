"""The entity score threshold: decoding drops low-scoring spans; training tunes it on dev documents."""

from __future__ import annotations

import json

from transformers import TrainingArguments

from arabic_ie.config import parse_config
from arabic_ie.data.document import Document, Entity
from arabic_ie.modeling.inference import predict_documents
from arabic_ie.training import threshold as threshold_module
from arabic_ie.training.args import DataArguments, ModelArguments, RunArguments
from arabic_ie.training.run import run_training

from test_training import write_config

TEXT = "وصل بوتين إلى هانوي ثم إلى بكين."


def _entity(surface: str, etype: str, score: float | None = None) -> Entity:
    start = TEXT.index(surface)
    return Entity("", etype, start, start + len(surface), surface, score=score)


def test_the_lowest_threshold_that_removes_the_wrong_low_scoring_entity_is_chosen(monkeypatch):
    gold = Document("d", TEXT, [_entity("بوتين", "PER"), _entity("هانوي", "GPE")], [])
    predicted = Document("d", TEXT, [_entity("بوتين", "PER", 0.95), _entity("هانوي", "GPE", 0.92),
                                     _entity("بكين", "PER", 0.55)], [])
    monkeypatch.setattr(threshold_module, "predict_documents", lambda *a, **k: [predicted])

    class Model:
        class config:
            entity_threshold = 0.25

    chosen, table = threshold_module.tune_entity_threshold(Model, None, [gold])
    assert chosen == 0.6
    assert table["0.60"] == 1.0 and table["0.50"] == 0.8 and table["0.90"] == 1.0
    assert Model.config.entity_threshold == 0.25  # the caller decides what to keep


def test_decoding_drops_spans_below_the_configured_threshold(tiny_model_and_tokenizer):
    model, tokenizer = tiny_model_and_tokenizer
    text = "توجه الرئيس الروسي فلاديمير بوتين إلى فيتنام، والتقى بالرئيس تو لام في هانوي."
    model.config.entity_threshold = 0.0
    try:
        everything = predict_documents(model, tokenizer, [text], with_relations=False)[0].entities
        cut = sorted(e.score for e in everything)[len(everything) // 2]
        model.config.entity_threshold = cut
        kept = predict_documents(model, tokenizer, [text], with_relations=False)[0].entities
    finally:
        model.config.entity_threshold = 0.0
    assert everything, "the random tiny model predicts some spans"
    assert [(e.start, e.end, e.type) for e in kept] == [(e.start, e.end, e.type) for e in everything if e.score >= cut]


def test_training_stores_the_tuned_threshold_in_config_json(tmp_path, tiny_encoder):
    path = write_config(tmp_path, tiny_encoder, tune_entity_threshold=True)
    types = (DataArguments, ModelArguments, RunArguments, TrainingArguments)
    results = run_training(*parse_config(types, [str(path)]), config_path=str(path))
    config = json.loads((tmp_path / "run" / "model" / "config.json").read_text(encoding="utf-8"))
    by_threshold = results["entity_threshold"]["dev_entity_strict_f1_by_threshold"]
    assert config["entity_threshold"] == results["entity_threshold"]["chosen"]
    assert by_threshold[f"{config['entity_threshold']:.2f}"] == max(by_threshold.values())
    assert "entity score threshold" in (tmp_path / "run" / "model" / "README.md").read_text(encoding="utf-8")
