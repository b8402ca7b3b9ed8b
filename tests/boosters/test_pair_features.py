"""Pair features of the relation head: order, sentence, mentions between, and the training pairs' lexicon."""

from __future__ import annotations

import json

import pytest
import torch
from transformers import TrainingArguments

from arabic_ie.config import parse_config
from arabic_ie.data.document import Document, Relation
from arabic_ie.core import ArabicIEModel
from arabic_ie.core.features import collate, window_features
from arabic_ie.boosters import BoosterPipeline, FitContext
from arabic_ie.extractor import Extractor
from arabic_ie.boosters.pair_features import PairFeaturizer, PairLexicon, feature_sizes
from arabic_ie.schema import SEED_SCHEMA
from arabic_ie.training.args import DataArguments, ModelArguments, RunArguments
from arabic_ie.training.run import run_training

from conftest import make_doc
from helpers import _mentions
from helpers import write_config

RELATIONS = SEED_SCHEMA.relation_names


def _meeting() -> Document:
    text = "التقى بوتين كيم في بيونغ يانغ. ثم التقى بوتين تو لام."
    ents = _mentions(text, [("PER", "بوتين", 0), ("PER", "كيم", 0), ("GPE", "بيونغ يانغ", 0), ("PER", "بوتين", 1),
                            ("PER", "تو لام", 0)])
    rels = [Relation("R1", "MEET", "T1", "T2"), Relation("R2", "VISIT", "T1", "T3"), Relation("R3", "MEET", "T4", "T5")]
    return Document("meet", text, ents, rels)


def test_the_pair_lexicon_counts_gold_relations_both_ways_for_symmetric_types_and_none_otherwise():
    lexicon = PairLexicon.fit([_meeting()], SEED_SCHEMA)
    assert lexicon.label("بوتين", "كيم") == "MEET"
    assert lexicon.label("كيم", "بوتين") == "MEET"  # MEET is symmetric
    assert lexicon.label("بوتين", "بيونغ يانغ") == "VISIT"
    assert lexicon.label("كيم", "بيونغ يانغ") == "NONE"  # a candidate pair without a relation
    assert lexicon.label("بوتين", "بوتين") is None  # the same name twice is never a candidate
    assert lexicon.label("بوتين", "فيتنام") is None


def test_a_relation_outweighs_none_and_leave_own_out_forgets_what_only_the_document_said():
    doc = _meeting()
    lexicon = PairLexicon.fit([doc], SEED_SCHEMA)
    own = PairLexicon.document_counts(doc, SEED_SCHEMA)
    assert lexicon.label("بوتين", "كيم", exclude=own) is None
    two = PairLexicon.fit([doc, make_doc()], SEED_SCHEMA)
    assert two.label("فلاديمير بوتين", "الروسي", exclude=own) == "ROLE"  # make_doc's pair survives


def test_the_pair_lexicon_round_trips_through_the_config():
    lexicon = PairLexicon.fit([_meeting()], SEED_SCHEMA)
    restored = PairLexicon.from_config(json.loads(json.dumps(lexicon.to_config(), ensure_ascii=False)))
    for head, tail in lexicon.counts:
        assert restored.label(head, tail) == lexicon.label(head, tail)


def test_feature_rows_give_order_sentence_mentions_between_and_lexicon_tag():
    doc = _meeting()
    ents = sorted(doc.entities, key=lambda e: e.start)
    featurizer = PairFeaturizer(doc.text, ents, RELATIONS, PairLexicon.fit([doc], SEED_SCHEMA))
    meet, visit = 1 + RELATIONS.index("MEET") + 1, 1 + RELATIONS.index("VISIT") + 1
    assert featurizer.row(0, 1) == [0, 0, 0, meet]  # بوتين -> كيم: forward, one sentence, adjacent
    assert featurizer.row(1, 0) == [1, 0, 0, meet]
    assert featurizer.row(0, 2) == [0, 0, 1, visit]  # كيم lies between
    assert featurizer.row(0, 4) == [0, 1, 3, meet]  # across the full stop, three between; the lexicon goes by surfaces
    assert featurizer.row(1, 2) == [0, 0, 0, 1]  # seen without a relation
    sizes = feature_sizes(len(RELATIONS))
    assert all(0 <= v < n for pair in [(0, 1), (1, 0), (0, 4), (4, 0)] for v, n in zip(featurizer.row(*pair), sizes))


def _pair_pipeline(documents) -> BoosterPipeline:
    pipeline = BoosterPipeline.from_specs(["pair_features"], SEED_SCHEMA)
    pipeline.fit("before", documents, FitContext(SEED_SCHEMA))
    return pipeline


def test_window_features_carry_pair_feature_ids_only_with_pair_features(tiny_model_and_tokenizer):
    _, tokenizer = tiny_model_and_tokenizer
    doc = _meeting()
    plain, _ = window_features(doc, tokenizer, SEED_SCHEMA, 64, 16, 3)
    rich, _ = window_features(doc, tokenizer, SEED_SCHEMA, 64, 16, 3,
                              pair_rows=_pair_pipeline([doc]).training_pair_rows)
    assert {len(row) for row in plain[0]["pair_types"]} == {2}
    assert {len(row) for row in rich[0]["pair_types"]} == {6}
    assert [row[:2] for row in rich[0]["pair_types"]] == plain[0]["pair_types"]
    assert {row[5] for row in rich[0]["pair_types"]} == {0}  # leave-own-out: its own pairs are unseen
    twice = Document("again", doc.text, doc.entities, doc.relations)
    seen, _ = window_features(doc, tokenizer, SEED_SCHEMA, 64, 16, 3,
                              pair_rows=_pair_pipeline([doc, twice]).training_pair_rows)
    assert {row[5] for row in seen[0]["pair_types"]} - {0}  # another document saw the same pairs
    assert collate(rich)["pair_types"].shape[-1] == 6


def test_a_model_with_pair_feature_slots_reads_them_and_refuses_pairs_without(tiny_encoder):
    torch.manual_seed(0)
    model = ArabicIEModel.from_encoder(str(tiny_encoder), window_size=64, window_overlap=16, span_dim=32,
                                       pair_feature_sizes=feature_sizes(len(SEED_SCHEMA.relation_types)))
    model.eval()
    hidden = torch.randn(1, 6, model.encoder.config.hidden_size)
    pairs = torch.tensor([[[1, 1, 3, 3]]])
    near = model.relation_scores(hidden, pairs, torch.tensor([[[0, 3, 0, 0, 0, 0]]]))
    far = model.relation_scores(hidden, pairs, torch.tensor([[[0, 3, 0, 1, 3, 2]]]))
    assert not torch.allclose(near, far)
    with pytest.raises(ValueError, match="6 ids per pair"):
        model.relation_scores(hidden, pairs, torch.tensor([[[0, 3]]]))


def test_training_with_pair_features_stores_the_pair_lexicon_and_predicts(tmp_path, tiny_encoder):
    path = write_config(tmp_path, tiny_encoder, boosters=["pair_features"])
    types = (DataArguments, ModelArguments, RunArguments, TrainingArguments)
    run_training(*parse_config(types, [str(path)]), config_path=str(path))
    model_dir = tmp_path / "run" / "model"
    config = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
    assert config["pair_feature_sizes"] == feature_sizes(len(SEED_SCHEMA.relation_types))
    pairs = json.loads((model_dir / "pair_lexicon.json").read_text(encoding="utf-8"))
    assert pairs and set(pairs.values()) <= {"NONE", *RELATIONS}
    extractor = Extractor.from_pretrained(model_dir)
    assert extractor.boosters.names == ["pair_features"]
    doc = make_doc()
    pred = extractor.predict_documents([doc.text], given_entities=[doc.entities])[0]
    assert all(r.head in {e.id for e in pred.entities} and r.tail in {e.id for e in pred.entities}
               for r in pred.relations)
