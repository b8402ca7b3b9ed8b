"""The linear relation head: sparse pair features, a logistic regression fit after training, run in torch."""

from __future__ import annotations

import json

import pytest
import torch
from transformers import AutoTokenizer, TrainingArguments

from arabic_ie.config import ConfigError, parse_config
from arabic_ie.modeling import ArabicIEModel
from arabic_ie.modeling.inference import predict_documents
from arabic_ie.modeling.pair_features import PairFeaturizer, PairLexicon
from arabic_ie.modeling.relation_linear import fit_linear_relation_head, pair_feature_names
from arabic_ie.schema import SEED_SCHEMA
from arabic_ie.training.args import DataArguments, ModelArguments, RunArguments
from arabic_ie.training.run import run_training

from conftest import make_doc
from test_pair_features import _meeting
from test_training import write_config

TYPES = (DataArguments, ModelArguments, RunArguments, TrainingArguments)


def _relations(doc) -> set[tuple[str, str, str]]:
    emap = doc.entity_map()
    out = set()
    for r in doc.relations:
        head, tail = emap[r.head], emap[r.tail]
        if r.type == "MEET" and head.start > tail.start:
            head, tail = tail, head
        out.add((r.type, head.text + f"@{head.start}", tail.text + f"@{tail.start}"))
    return out


def test_pair_features_name_types_order_the_words_between_without_conjunction_and_the_words_before():
    doc = make_doc()  # "توجه الرئيس الروسي فلاديمير بوتين إلى فيتنام، والتقى بالرئيس تو لام في هانوي."
    ents = sorted(doc.entities, key=lambda e: e.start)
    featurizer = PairFeaturizer(doc.text, ents, SEED_SCHEMA.relation_names)
    putin, vietnam, to_lam = (next(i for i, e in enumerate(ents) if e.text == s)
                              for s in ("فلاديمير بوتين", "فيتنام", "تو لام"))
    names = pair_feature_names(doc.text, ents, putin, vietnam, featurizer)
    assert "types=PER>GPE" in names and "order=0" in names and "between_word=إلى" in names
    assert {"before_word=الرئيس", "before_word=الروسي"} <= set(names)
    back = pair_feature_names(doc.text, ents, to_lam, putin, featurizer)
    assert "order=1" in back and "between_word=التقى" in back  # والتقى loses its conjunction
    assert "between_word=والتقى" not in back


def test_the_fitted_linear_head_recovers_its_training_relations_and_survives_save_and_load(tiny_encoder, tmp_path):
    torch.manual_seed(0)
    docs = [make_doc(), _meeting()]
    model = ArabicIEModel.from_encoder(str(tiny_encoder), window_size=64, window_overlap=16, span_dim=32,
                                       pair_lexicon=PairLexicon.fit(docs, SEED_SCHEMA).to_config())
    info = fit_linear_relation_head(model, docs, SEED_SCHEMA, c=100.0)
    assert info["features"] == len(model.config.relation_feature_names) > 0
    model.config.relation_classifier = "linear"
    tokenizer = AutoTokenizer.from_pretrained(tiny_encoder)
    model.eval()
    preds = predict_documents(model, tokenizer, [d.text for d in docs], given_entities=[d.entities for d in docs])
    for doc, pred in zip(docs, preds):
        assert _relations(pred) == _relations(doc)  # the random encoder plays no part: the linear head decides
    model.save_pretrained(tmp_path)
    tokenizer.save_pretrained(tmp_path)
    config = json.loads((tmp_path / "config.json").read_text(encoding="utf-8"))
    assert config["relation_classifier"] == "linear" and config["relation_feature_names"]
    loaded = ArabicIEModel.from_pretrained(tmp_path).eval()
    again = predict_documents(loaded, tokenizer, [d.text for d in docs], given_entities=[d.entities for d in docs])
    assert [_relations(p) for p in again] == [_relations(p) for p in preds]


def test_a_linear_classifier_without_a_fitted_head_is_an_error(tiny_model_and_tokenizer):
    model, tokenizer = tiny_model_and_tokenizer
    doc = make_doc()
    model.config.relation_classifier = "linear"
    try:
        with pytest.raises(ValueError, match="needs a fitted linear relation head"):
            predict_documents(model, tokenizer, [doc.text], given_entities=[doc.entities])
    finally:
        model.config.relation_classifier = "neural"


def test_training_with_the_ensemble_classifier_fits_the_linear_head_after_the_neural_training(tmp_path, tiny_encoder):
    path = write_config(tmp_path, tiny_encoder, relation_classifier="ensemble", refit_with_dev=True)
    results = run_training(*parse_config(TYPES, [str(path)]), config_path=str(path))
    config = json.loads((tmp_path / "run" / "model" / "config.json").read_text(encoding="utf-8"))
    assert config["relation_classifier"] == "ensemble"
    assert results["relation_linear"] == results["refit"]["relation_linear"]  # the shipped head is the refit's
    assert len(config["relation_feature_names"]) == results["relation_linear"]["features"]
    assert config["pair_lexicon"]
    # leave-own-out: a document's pairs that another document also holds keep their lexicon tag in training
    assert any(name.startswith("tag=") and name != "tag=0" for name in config["relation_feature_names"])
    assert "linear relation head" in (tmp_path / "run" / "model" / "README.md").read_text(encoding="utf-8")


def test_an_unknown_relation_classifier_is_a_config_error(tmp_path, tiny_encoder):
    path = write_config(tmp_path, tiny_encoder, relation_classifier="forest")
    with pytest.raises(ConfigError, match="relation_classifier"):
        run_training(*parse_config(TYPES, [str(path)]), config_path=str(path))


def test_training_fits_the_linear_head_with_leave_own_out_counts_of_the_training_pairs(tiny_encoder):
    from arabic_ie.data.io import load_documents
    from arabic_ie.modeling.candidates import schema_candidates
    from arabic_ie.training.run import fit_relation_classifier

    from conftest import SEED_DIR

    docs = [d for d in load_documents(SEED_DIR) if d.id[:3] in ("000", "004")]
    lexicon = PairLexicon.fit(docs, SEED_SCHEMA)
    model = ArabicIEModel.from_encoder(str(tiny_encoder), window_size=64, window_overlap=16, span_dim=32,
                                       pair_lexicon=lexicon.to_config())  # config.json keeps one label per pair
    fit_relation_classifier(model, docs, SEED_SCHEMA, ModelArguments(relation_classifier="linear"), seed=0)
    reference = ArabicIEModel.from_encoder(str(tiny_encoder), window_size=64, window_overlap=16, span_dim=32)
    fit_linear_relation_head(reference, docs, SEED_SCHEMA, schema_candidates, lexicon, c=3.0)
    assert model.config.relation_classifier == "linear"
    assert model.config.relation_feature_names == reference.config.relation_feature_names
    torch.testing.assert_close(model.relation_linear.weight, reference.relation_linear.weight)
