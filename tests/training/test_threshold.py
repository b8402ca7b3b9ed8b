"""The entity score threshold: decoding drops low-scoring spans; training tunes it on dev documents."""

from __future__ import annotations

import json

from transformers import TrainingArguments

from arabic_ie.config import parse_config
from arabic_ie.data.document import Document, Entity
from arabic_ie.core.decoding import predict_documents
from arabic_ie.training import threshold as threshold_module
from arabic_ie.training.args import DataArguments, ModelArguments, RunArguments
from arabic_ie.training.run import run_training

from helpers import write_config

TEXT = "وصل بوتين إلى هانوي ثم إلى بكين."


def _entity(surface: str, etype: str, score: float | None = None) -> Entity:
    start = TEXT.index(surface)
    return Entity("", etype, start, start + len(surface), surface, score=score)


class FakeExtractor:
    """Predicts what ``predict(**kwargs)`` says; records the thresholds it was asked for."""

    def __init__(self, predict, boosters=()):
        from arabic_ie.schema import SEED_SCHEMA

        self.predict = predict
        self.boosters = type("Boosters", (), {"boosters": list(boosters)})()
        self.schema = SEED_SCHEMA
        self.calls = []

    def predict_documents(self, texts, **kwargs):
        self.calls.append(kwargs)
        return self.predict(**kwargs)


def test_the_lowest_threshold_that_removes_the_wrong_low_scoring_entity_is_chosen():
    gold = Document("d", TEXT, [_entity("بوتين", "PER"), _entity("هانوي", "GPE")], [])
    predicted = Document("d", TEXT, [_entity("بوتين", "PER", 0.95), _entity("هانوي", "GPE", 0.92),
                                     _entity("بكين", "PER", 0.55)], [])
    extractor = FakeExtractor(lambda **k: [predicted])
    chosen, table = threshold_module.tune_entity_threshold(extractor, [gold])
    assert chosen == 0.6
    assert table["0.60"] == 1.0 and table["0.50"] == 0.8 and table["0.90"] == 1.0
    assert [c["entity_threshold"] for c in extractor.calls] == [0.0]  # the transformer alone: one decoding, filtered


def test_with_boosters_each_entity_threshold_is_decoded_in_full():
    gold = Document("d", TEXT, [_entity("بوتين", "PER")], [])

    def predict(entity_threshold, **kwargs):  # a vote that drops بكين only when the transformer's threshold is 0.5+
        ents = [_entity("بوتين", "PER", 0.6)] + ([] if entity_threshold >= 0.5 else [_entity("بكين", "PER", 1.0)])
        return [Document("d", TEXT, ents, [])]

    extractor = FakeExtractor(predict, boosters=["vote"])
    chosen, table = threshold_module.tune_entity_threshold(extractor, [gold])
    assert chosen == 0.5 and table["0.40"] < 1.0 == table["0.50"]
    assert len(extractor.calls) == len(threshold_module.DEFAULT_GRID)


def test_decoding_drops_spans_below_the_threshold_given_or_configured(tiny_model_and_tokenizer):
    model, tokenizer = tiny_model_and_tokenizer
    text = "توجه الرئيس الروسي فلاديمير بوتين إلى فيتنام، والتقى بالرئيس تو لام في هانوي."
    everything = predict_documents(model, tokenizer, [text], with_relations=False, entity_threshold=0.0)[0].entities
    assert len(everything) > 1, "the random tiny model predicts some spans"
    cut = sorted(e.score for e in everything)[len(everything) // 2]
    kept = predict_documents(model, tokenizer, [text], with_relations=False, entity_threshold=cut)[0].entities
    expected = [(e.start, e.end, e.type) for e in everything if e.score >= cut]
    assert [(e.start, e.end, e.type) for e in kept] == expected and len(expected) < len(everything)
    model.config.entity_threshold = cut
    try:
        configured = predict_documents(model, tokenizer, [text], with_relations=False)[0].entities
    finally:
        model.config.entity_threshold = 0.0
    assert [(e.start, e.end, e.type) for e in configured] == expected


def test_training_stores_the_tuned_thresholds_in_config_json(tmp_path, tiny_encoder):
    path = write_config(tmp_path, tiny_encoder, tune_entity_threshold=True, tune_relation_threshold=True)
    types = (DataArguments, ModelArguments, RunArguments, TrainingArguments)
    results = run_training(*parse_config(types, [str(path)]), config_path=str(path))
    config = json.loads((tmp_path / "run" / "model" / "config.json").read_text(encoding="utf-8"))
    by_threshold = results["entity_threshold"]["dev_entity_strict_f1_by_threshold"]
    assert config["entity_threshold"] == results["entity_threshold"]["chosen"]
    assert by_threshold[f"{config['entity_threshold']:.2f}"] == max(by_threshold.values())
    by_relation_threshold = results["relation_threshold"]["dev_relation_strict_f1_by_threshold"]
    assert config["relation_threshold"] == results["relation_threshold"]["chosen"]
    assert by_relation_threshold[f"{config['relation_threshold']:.2f}"] == max(by_relation_threshold.values())
    card = (tmp_path / "run" / "model" / "README.md").read_text(encoding="utf-8")
    assert "entity score threshold" in card and "relation threshold" in card


def test_a_relation_threshold_labels_every_pair_whose_best_relation_type_reaches_it(tiny_model_and_tokenizer):
    from conftest import make_doc

    model, tokenizer = tiny_model_and_tokenizer
    doc = make_doc()

    def relations(threshold: float):
        return predict_documents(model, tokenizer, [doc.text], given_entities=[doc.entities],
                                 relation_threshold=threshold)[0].relations

    def keys(rels):
        return {(r.type, r.head, r.tail) for r in rels}

    argmax, low, high = keys(relations(0.0)), keys(relations(1e-6)), keys(relations(0.999))
    assert low and argmax <= low  # the untrained head: some allowed type always beats 1e-6
    assert high == set()
    scores = [r.score for r in relations(0.1)]
    assert all(score >= 0.1 for score in scores)


def test_the_relation_threshold_with_the_best_dev_relation_f1_is_chosen():
    from arabic_ie.data.document import Relation
    from arabic_ie.schema import SEED_SCHEMA

    gold = Document("d", TEXT, [_entity("بوتين", "PER"), _entity("هانوي", "GPE")], [Relation("R1", "VISIT", "T1", "T2")])
    gold.entities[0].id, gold.entities[1].id = "T1", "T2"

    def predict(relation_threshold, **kwargs):  # the relation is found only from threshold 0.1 down to 0.05
        found = [Relation("R1", "VISIT", "T1", "T2")] if 0.05 <= relation_threshold <= 0.1 else []
        return [Document("d", TEXT, list(gold.entities), found)]

    extractor = FakeExtractor(predict)
    chosen, table = threshold_module.tune_relation_threshold(extractor, [gold], entity_threshold=0.4)
    assert chosen == 0.05 and table["0.10"] == 1.0 and table["0.00"] == 0.0
    assert {c["entity_threshold"] for c in extractor.calls} == {0.4}  # end to end at the tuned entity threshold


def test_a_pair_takes_the_best_relation_type_its_argument_types_allow(tiny_model_and_tokenizer, monkeypatch):
    """A type the schema forbids for the pair (PARTY_TO needs a LAW tail) never wins nor hides the others."""
    import torch

    from conftest import make_doc

    from arabic_ie.schema import SEED_SCHEMA

    model, tokenizer = tiny_model_and_tokenizer
    doc = make_doc()
    names = ["NONE"] + list(SEED_SCHEMA.relation_names)

    def scores(hidden, idx, types):
        logits = torch.ones(idx.shape[0], idx.shape[1], len(names))
        logits[..., 0] = 0.0
        logits[..., names.index("PARTY_TO")] = 10.0
        return logits

    monkeypatch.setattr(model, "relation_scores", scores)
    for threshold in (0.0, 1e-5):  # an allowed type: e / (1 + 6e + e^10) ≈ 1.2e-4
        relations = predict_documents(model, tokenizer, [doc.text], given_entities=[doc.entities],
                                      relation_threshold=threshold)[0].relations
        assert relations and all(r.type != "PARTY_TO" for r in relations)
        by_id = {e.id: e for e in doc.entities}
        assert all(SEED_SCHEMA.relation(r.type).allows(by_id[r.head].type, by_id[r.tail].type) for r in relations)


def test_o_bias_trades_entities_for_precision_or_recall_given_or_configured(tiny_model_and_tokenizer):
    model, tokenizer = tiny_model_and_tokenizer
    text = "توجه الرئيس الروسي فلاديمير بوتين إلى فيتنام، والتقى بالرئيس تو لام في هانوي."

    def spans(**kwargs):
        return [(e.start, e.end, e.type) for e in
                predict_documents(model, tokenizer, [text], with_relations=False, **kwargs)[0].entities]

    plain = spans()
    assert spans(entity_o_bias=0.0) == plain
    assert spans(entity_o_bias=50.0) == [], "O far more likely: nothing is an entity"
    covered = [sum(end - start for start, end, _ in spans(entity_o_bias=bias)) for bias in (-50.0, 0.0, 2.0, 50.0)]
    assert covered == sorted(covered, reverse=True) and covered[0] > covered[2], \
        f"the more likely O is, the less of the text is in spans: {covered}"
    model.config.entity_o_bias = 50.0
    try:
        assert spans() == [], "the config's value is the default"
    finally:
        model.config.entity_o_bias = 0.0
