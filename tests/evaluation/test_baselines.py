"""Baselines: gazetteer longest match with proclitics, and a CRF that learns from a few documents."""

from __future__ import annotations

from arabic_ie.data.io import load_documents
from arabic_ie.data.splits import load_splits
from arabic_ie.evaluation.baselines import CRFBaseline, GazetteerBaseline, crf_tokens
from arabic_ie.evaluation.metrics import score_entities

from conftest import REPO, SEED_DIR
from helpers import doc_with


doc = doc_with


def test_gazetteer_prefers_the_longest_match_and_allows_proclitics():
    train = [doc("زار كوريا الشمالية ثم كوريا", [("GPE", "كوريا الشمالية"), ("GPE", "كوريا")])]
    pred = GazetteerBaseline().fit(train).predict("x", "ولكوريا الشمالية علاقات مع كورياكو")
    assert [(e.type, e.text) for e in pred.entities] == [("GPE", "كوريا الشمالية")]
    assert pred.text[pred.entities[0].start - 2:pred.entities[0].start] == "ول"


def test_crf_tokens_split_proclitic_letters_so_spans_are_representable():
    d = doc("سافر لفيتنام وبوتين", [("GPE", "فيتنام"), ("PER", "بوتين")])
    toks = [d.text[t.start:t.end] for sent in crf_tokens(d.text) for t in sent]
    assert toks == ["سافر", "ل", "فيتنام", "و", "ب", "وتين"]


def test_baselines_beat_nothing_on_the_default_split():
    docs = load_documents(SEED_DIR)
    parts = load_splits(REPO / "data" / "splits.json")["default"].select(docs)
    for baseline in (GazetteerBaseline(), CRFBaseline(max_iterations=50)):
        baseline.fit(parts["train"])
        preds = [baseline.predict(d.id, d.text) for d in parts["test"]]
        for p in preds:
            for e in p.entities:
                assert p.text[e.start:e.end] == e.text
        assert score_entities(parts["test"], preds)["strict"]["f1"] > 0.5
