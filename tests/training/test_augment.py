"""Mention replacement: repeats of a training document get other training names of the same type, with exact
offsets, intact relations, one replacement per name, and names drawn from training parts only."""

from __future__ import annotations

import json
import random

import pytest

from arabic_ie.config import ConfigError
from arabic_ie.data.document import Document, Entity, Relation
from arabic_ie.schema import SEED_SCHEMA
from arabic_ie.training.augment import MentionReplacement, NamePool, augmented_copies, replace_mentions
from arabic_ie.training.datasets import dataset_parts, parse_dataset_specs

TEXT = "التقى الرئيس محمد بن سلمان وبوتين في الرياض يوم 5 يونيو. وقال بوتين إن روسيا تدعم السعودية."


def _entity(eid: str, etype: str, surface: str, last: bool = False) -> Entity:
    start = TEXT.rindex(surface) if last else TEXT.index(surface)
    return Entity(eid, etype, start, start + len(surface), surface)


def _document() -> Document:
    ents = [_entity("T1", "PER", "محمد بن سلمان"), _entity("T2", "PER", "بوتين"), _entity("T3", "GPE", "الرياض"),
            _entity("T4", "DATE", "5 يونيو"), _entity("T5", "PER", "بوتين", last=True), _entity("T6", "GPE", "روسيا"),
            _entity("T7", "GPE", "السعودية")]
    rels = [Relation("R1", "MEET", "T1", "T2"), Relation("R2", "SUPPORTS", "T6", "T7")]
    return Document("d", TEXT, ents, rels)


POOL = NamePool({"PER": ["أحمد زويل", "ماكرون", "نجيب محفوظ"], "GPE": ["باريس", "مصر", "تونس", "ليبيا"]})


def _check_offsets(doc: Document) -> None:
    for ent in doc.entities:
        assert doc.text[ent.start:ent.end] == ent.text, ent


def test_replaced_names_keep_exact_offsets_relations_and_the_other_words():
    original = _document()
    copy = replace_mentions(original, POOL, MentionReplacement(1.0), random.Random(0))
    _check_offsets(copy)
    assert original.text == TEXT  # the input document is not changed
    by_id = {e.id: e for e in copy.entities}
    assert by_id["T1"].text in POOL.by_type["PER"] and by_id["T3"].text in POOL.by_type["GPE"]
    assert by_id["T4"].text == "5 يونيو"  # dates are not names
    assert by_id["T2"].text == by_id["T5"].text != "بوتين"  # one name, one replacement
    assert by_id["T6"].text != by_id["T7"].text  # two names never become one
    assert [(r.type, r.head, r.tail) for r in copy.relations] == [("MEET", "T1", "T2"), ("SUPPORTS", "T6", "T7")]
    assert copy.text.startswith("التقى الرئيس ") and "وقال " in copy.text and " تدعم " in copy.text
    assert copy.text[by_id["T2"].start - 1] == "و"  # the proclitic stays attached to the new name


def test_only_the_listed_types_are_replaced_and_overlapping_mentions_stay():
    doc = _document()
    outer = "الرئيس محمد بن سلمان"
    doc.entities.append(Entity("T8", "ORG", TEXT.index(outer), TEXT.index(outer) + len(outer), outer))  # holds T1
    copy = replace_mentions(doc, POOL, MentionReplacement(1.0, types=("PER",)), random.Random(0))
    _check_offsets(copy)
    by_id = {e.id: e for e in copy.entities}
    assert by_id["T1"].text == "محمد بن سلمان" and by_id["T8"].text == doc.entities[-1].text
    assert by_id["T3"].text == "الرياض"
    assert by_id["T2"].text != "بوتين"


def test_unlabelled_spans_move_with_the_text():
    doc = _document()
    word = "الرئيس"
    doc.unlabelled_may_be = ((TEXT.index(word), TEXT.index(word) + len(word), "NORP"),
                             (TEXT.index("تدعم"), TEXT.index("تدعم") + 4, "NORP"))
    copy = replace_mentions(doc, POOL, MentionReplacement(1.0), random.Random(3))
    assert [copy.text[s:e] for s, e, _ in copy.unlabelled_may_be] == [word, "تدعم"]


def test_copies_after_the_first_are_augmented_and_seeded():
    docs = [_document()]
    first = augmented_copies(docs, 3, POOL, MentionReplacement(1.0), random.Random(7))
    again = augmented_copies(docs, 3, POOL, MentionReplacement(1.0), random.Random(7))
    assert len(first) == 3 and first[0] is docs[0]
    assert [d.text for d in first] == [d.text for d in again]
    assert all(d.text != TEXT for d in first[1:])
    assert len({d.id for d in first}) == 3


def _jsonl(path, docs):
    path.write_text("\n".join(json.dumps(d.to_dict(), ensure_ascii=False) for d in docs) + "\n", encoding="utf-8")
    return str(path)


def _sentence(doc_id: str, person: str) -> Document:
    text = f"التقى {person} وزيرا أمس."
    return Document(doc_id, text, [Entity("T1", "PER", 6, 6 + len(person), person)])


def test_names_come_from_training_parts_only(tmp_path):
    people = ["بوتين", "ماكرون", "شولتس", "بايدن", "مودي", "لولا", "ميلوني", "سانشيث", "أردوغان", "زيلينسكي"]
    path = _jsonl(tmp_path / "news.jsonl", [_sentence(f"d{i}", p) for i, p in enumerate(people)])
    specs = parse_dataset_specs([{"path": path, "weight": 4, "mention_replacement": 1.0,
                                  "parts": {"train": [0.0, 0.5], "dev": [0.5, 1.0]}}], SEED_SCHEMA)
    parts, counts = dataset_parts(specs, SEED_SCHEMA, seed=1)
    assert counts["news"]["train"] == 20 and len(parts["dev"]) == 5
    names = {e.text for d in parts["train"] for e in d.entities}
    assert names <= set(people[:5])  # never a dev name
    originals = {d.id: d.text for d in parts["train"] if "#" not in d.id}
    assert len(originals) == 5 and sum(d.text != originals[d.id.split("#")[0]] for d in parts["train"]) > 5


def test_the_setting_is_checked(tmp_path):
    path = _jsonl(tmp_path / "a.jsonl", [_sentence("a", "بوتين")])
    cases = [({"weight": 1, "mention_replacement": 0.5}, r"mention_replacement: .*weight >= 2"),
             ({"weight": 3, "mention_replacement": 1.5}, r"mention_replacement: the probability must be"),
             ({"weight": 3, "mention_replacement": {"probability": 0.5, "types": ["ALIEN"]}},
              r"mention_replacement\.types: ALIEN not in the schema"),
             ({"weight": 3, "mention_replacement": {"p": 0.5}}, r"mention_replacement: expected a probability")]
    for extra, message in cases:
        with pytest.raises(ConfigError, match=message):
            parse_dataset_specs([{"path": path, **extra}], SEED_SCHEMA)


def test_the_pool_skips_names_that_look_like_a_proclitic_and_another_name():
    text = "للمنظمة العالمية كالجاري فيتنام لفيتنام بكين"
    words = ["للمنظمة العالمية", "كالجاري", "فيتنام", "لفيتنام", "بكين"]
    ents = [Entity(f"T{i}", "ORG" if i == 0 else "GPE", text.index(w), text.index(w) + len(w), w)
            for i, w in enumerate(words)]
    pool = NamePool.from_documents([Document("d", text, ents)])
    assert pool.by_type == {"GPE": ["فيتنام", "بكين"]}
