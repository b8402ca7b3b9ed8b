"""The linear relation head: sparse pair features, a logistic regression fit after training, run in torch."""

from __future__ import annotations

import json

import pytest
import torch
from transformers import AutoTokenizer, TrainingArguments

from arabic_ie.config import ConfigError, parse_config
from arabic_ie.core import ArabicIEModel
from arabic_ie.boosters import BoosterError, BoosterPipeline, FitContext
from arabic_ie.extractor import Extractor
from arabic_ie.boosters.pair_features import PairFeaturizer, PairLexicon
from arabic_ie.boosters.relation_linear import fit_linear_relation_head, pair_feature_names
from arabic_ie.schema import SEED_SCHEMA
from arabic_ie.training.args import DataArguments, ModelArguments, RunArguments
from arabic_ie.training.run import run_training

from conftest import make_doc
from test_pair_features import _meeting
from helpers import write_config

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


def _linear_extractor(model, tokenizer, docs, mode="linear", c=100.0) -> Extractor:
    pipeline = BoosterPipeline.from_specs([{"relation_linear": {"mode": mode, "c": c}}], SEED_SCHEMA)
    pipeline.fit("after", docs, FitContext(SEED_SCHEMA))
    return Extractor(model, tokenizer, pipeline)


def test_the_fitted_linear_head_recovers_its_training_relations_and_survives_save_and_load(tiny_encoder, tmp_path):
    torch.manual_seed(0)
    docs = [make_doc(), _meeting()]
    model = ArabicIEModel.from_encoder(str(tiny_encoder), window_size=64, window_overlap=16, span_dim=32).eval()
    tokenizer = AutoTokenizer.from_pretrained(tiny_encoder)
    extractor = _linear_extractor(model, tokenizer, docs)
    booster = extractor.boosters.get("relation_linear")
    assert booster.info["features"] == len(booster.head.feature_names) > 0
    given = [d.entities for d in docs]
    preds = extractor.predict_documents([d.text for d in docs], given_entities=given)
    for doc, pred in zip(docs, preds):
        assert _relations(pred) == _relations(doc)  # the random encoder plays no part: the linear head decides
    neural = Extractor(model, tokenizer).predict_documents([d.text for d in docs], given_entities=given)
    assert [_relations(p) for p in neural] != [_relations(p) for p in preds]
    extractor.save_pretrained(tmp_path)
    assert json.loads((tmp_path / "relation_linear_features.json").read_text(encoding="utf-8")) == booster.head.feature_names
    loaded = Extractor.from_pretrained(tmp_path)
    again = loaded.predict_documents([d.text for d in docs], given_entities=given)
    assert [_relations(p) for p in again] == [_relations(p) for p in preds]


def test_relation_linear_weights_that_do_not_fit_the_schema_or_hold_nan_are_refused(tiny_encoder, tmp_path):
    from safetensors.torch import load_file, save_file

    docs = [make_doc(), _meeting()]
    model = ArabicIEModel.from_encoder(str(tiny_encoder), window_size=64, window_overlap=16, span_dim=32)
    _linear_extractor(model, AutoTokenizer.from_pretrained(tiny_encoder), docs).save_pretrained(tmp_path)
    booster = BoosterPipeline.from_specs(["relation_linear"], SEED_SCHEMA).get("relation_linear")
    weights = load_file(str(tmp_path / "relation_linear.safetensors"))
    save_file({"weight": weights["weight"] * float("nan"), "bias": weights["bias"]},
              str(tmp_path / "relation_linear.safetensors"))
    with pytest.raises(BoosterError, match="NaN or infinite"):
        booster.load(tmp_path)
    save_file({"weight": weights["weight"][:3], "bias": weights["bias"]}, str(tmp_path / "relation_linear.safetensors"))
    with pytest.raises(BoosterError, match="do not fit"):
        booster.load(tmp_path)


def test_training_with_the_ensemble_fits_the_linear_head_after_the_neural_training(tmp_path, tiny_encoder):
    path = write_config(tmp_path, tiny_encoder, boosters=[{"relation_linear": {"mode": "ensemble"}}],
                        refit_with_dev=True)
    results = run_training(*parse_config(TYPES, [str(path)]), config_path=str(path))
    model_dir = tmp_path / "run" / "model"
    manifest = json.loads((model_dir / "boosters.json").read_text(encoding="utf-8"))
    assert [(b["name"], b["params"]["mode"]) for b in manifest["boosters"]] == [("relation_linear", "ensemble")]
    shipped = results["boosters"]["fit"]["relation_linear"]
    assert shipped == results["refit"]["boosters"]["relation_linear"]  # the shipped head is the refit's
    names = json.loads((model_dir / "relation_linear_features.json").read_text(encoding="utf-8"))
    assert len(names) == shipped["features"]
    # leave-own-out: a document's pairs that another document also holds keep their lexicon tag in training
    assert any(name.startswith("tag=") and name != "tag=0" for name in names)
    assert "logistic regression" in (model_dir / "README.md").read_text(encoding="utf-8")


def test_an_unknown_relation_linear_mode_is_a_config_error(tmp_path, tiny_encoder):
    path = write_config(tmp_path, tiny_encoder, boosters=[{"relation_linear": {"mode": "forest"}}])
    with pytest.raises(ConfigError, match="mode must be one of linear, ensemble"):
        run_training(*parse_config(TYPES, [str(path)]), config_path=str(path))


def test_the_linear_head_is_fit_with_leave_own_out_counts_of_the_training_pairs():
    from arabic_ie.data.io import load_documents
    from arabic_ie.core.candidates import schema_candidates

    from conftest import SEED_DIR

    docs = [d for d in load_documents(SEED_DIR) if d.id[:3] in ("000", "004")]
    pipeline = BoosterPipeline.from_specs([{"relation_linear": {"mode": "linear"}}], SEED_SCHEMA)
    pipeline.fit("after", docs, FitContext(SEED_SCHEMA))
    head = pipeline.get("relation_linear").head
    reference, _ = fit_linear_relation_head(docs, SEED_SCHEMA, schema_candidates, PairLexicon.fit(docs, SEED_SCHEMA),
                                            c=3.0)
    assert head.feature_names == reference.feature_names
    torch.testing.assert_close(head.weight, reference.weight)
