"""Metric code against hand-computed cases."""

from __future__ import annotations

import pytest
from seqeval.metrics import f1_score
from seqeval.scheme import IOB2

from arabic_ie.data.document import Document, Entity, Relation
from arabic_ie.evaluation.harness import score_documents, seqeval_scores
from arabic_ie.evaluation.metrics import score_entities, score_relations
from arabic_ie.evaluation.report import MISSED, SPURIOUS, confusion_counts, write_reports
from arabic_ie.schema import SEED_SCHEMA

TEXT = "التقى فلاديمير بوتين تو لام في هانوي"
PUTIN = (TEXT.index("فلاديمير بوتين"), TEXT.index("فلاديمير بوتين") + len("فلاديمير بوتين"))
LAM = (TEXT.index("تو لام"), TEXT.index("تو لام") + 6)
HANOI = (TEXT.index("هانوي"), len(TEXT))


def doc(entities, relations=()):
    ents = [Entity(f"T{i + 1}", t, s, e, TEXT[s:e]) for i, (t, (s, e)) in enumerate(entities)]
    rels = [Relation(f"R{i + 1}", t, h, tl) for i, (t, h, tl) in enumerate(relations)]
    return Document("d", TEXT, ents, rels)


GOLD = doc([("PER", PUTIN), ("PER", LAM), ("GPE", HANOI)], [("MEET", "T1", "T2"), ("VISIT", "T1", "T3")])


def test_exact_match_versus_partial_overlap():
    pred = doc([("PER", (PUTIN[0] + 9, PUTIN[1])), ("PER", LAM), ("GPE", HANOI)])  # "بوتين" only
    scores = score_entities([GOLD], [pred])
    assert scores["strict"]["tp"] == 2 and scores["strict"]["f1"] == pytest.approx(2 / 3, abs=1e-4)
    assert scores["partial"]["tp"] == 3 and scores["partial"]["f1"] == 1.0


def test_type_confusion_is_an_error_in_both_strict_and_partial():
    pred = doc([("ORG", PUTIN), ("PER", LAM), ("GPE", HANOI)])
    scores = score_entities([GOLD], [pred])
    assert scores["strict"]["tp"] == 2 and scores["partial"]["tp"] == 2
    assert scores["per_type"]["PER"]["recall"] == 0.5 and scores["per_type"]["ORG"]["precision"] == 0.0
    counts = confusion_counts([GOLD], [pred])
    assert counts[("PER", "ORG")] == 1 and counts[("PER", "PER")] == 1


def test_empty_predictions_and_empty_gold():
    empty = doc([])
    none = score_entities([GOLD], [empty])["strict"]
    assert (none["precision"], none["recall"], none["f1"]) == (0.0, 0.0, 0.0) and none["gold"] == 3
    spurious = score_entities([empty], [GOLD])["strict"]
    assert spurious["predicted"] == 3 and spurious["f1"] == 0.0
    counts = confusion_counts([empty], [GOLD])
    assert counts[(SPURIOUS, "PER")] == 2 and confusion_counts([GOLD], [empty])[("GPE", MISSED)] == 1


def test_duplicate_predictions_count_once():
    pred = doc([("PER", PUTIN), ("PER", PUTIN), ("PER", LAM), ("GPE", HANOI)])
    strict = score_entities([GOLD], [pred])["strict"]
    assert strict["tp"] == 3 and strict["predicted"] == 4 and strict["precision"] == 0.75


def test_seqeval_strict_and_default_differ_on_an_iob1_style_start():
    y_true = [["B-PER", "I-PER", "O"]]
    y_pred = [["I-PER", "I-PER", "O"]]
    assert f1_score(y_true, y_pred) == 1.0  # default mode accepts the I- start
    assert f1_score(y_true, y_pred, mode="strict", scheme=IOB2) == 0.0


def test_harness_seqeval_uses_one_shared_tokenization():
    pred = doc([("PER", (PUTIN[0] + 9, PUTIN[1])), ("PER", LAM), ("GPE", HANOI)])
    scores = seqeval_scores([GOLD], [pred])
    assert scores["seqeval_strict"]["f1"] == pytest.approx(2 / 3, abs=1e-4)


def test_relation_direction_matters_except_for_meet():
    reversed_visit = doc([("PER", PUTIN), ("PER", LAM), ("GPE", HANOI)], [("MEET", "T2", "T1"), ("VISIT", "T3", "T1")])
    strict = score_relations([GOLD], [reversed_visit], SEED_SCHEMA)
    assert strict["tp"] == 1  # MEET matches in either direction, the reversed VISIT does not
    assert strict["per_type"]["MEET"]["f1"] == 1.0 and strict["per_type"]["VISIT"]["f1"] == 0.0


def test_gold_relation_whose_argument_was_missed_counts_as_a_miss():
    pred = doc([("PER", PUTIN), ("PER", LAM)], [("MEET", "T1", "T2")])  # Hanoi missed, so VISIT cannot be found
    strict = score_relations([GOLD], [pred], SEED_SCHEMA)
    assert strict["gold"] == 2 and strict["tp"] == 1 and strict["recall"] == 0.5


def test_boundaries_mode_ignores_entity_types_but_strict_does_not():
    pred = doc([("ORG", PUTIN), ("PER", LAM), ("GPE", HANOI)], [("MEET", "T1", "T2"), ("VISIT", "T1", "T3")])
    assert score_relations([GOLD], [pred], SEED_SCHEMA, with_types=True)["tp"] == 0
    assert score_relations([GOLD], [pred], SEED_SCHEMA, with_types=False)["tp"] == 2


def test_missing_prediction_for_a_document_is_an_error():
    with pytest.raises(ValueError, match="no prediction for document"):
        score_entities([GOLD], [])


def test_reports_are_written(tmp_path):
    pred = doc([("ORG", PUTIN), ("PER", LAM)], [])
    metrics = score_documents([GOLD], [pred], SEED_SCHEMA)
    paths = write_reports(metrics, [GOLD], [pred], SEED_SCHEMA, tmp_path)
    page = paths["html"].read_text(encoding="utf-8")
    assert 'dir="rtl"' in page and "false negative" in page and "<mark" in page
    assert paths["confusion"].stat().st_size > 1000
    assert "| entities strict (char spans) |" in paths["markdown"].read_text(encoding="utf-8")
