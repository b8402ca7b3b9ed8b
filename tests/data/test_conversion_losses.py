"""No format silently yields a shrunken corpus: every loss, on reading or writing, is named with its count."""

from __future__ import annotations

import json
import logging

import pytest

from arabic_ie.data.document import Document, Entity, Relation
from arabic_ie.data.io import conversion_losses, load_documents, save_documents

TEXT = "زار وزير خارجية مصر القاهرة أمس"


def _doc(doc_id: str = "d1") -> Document:
    ents = [Entity("T1", "ORG", 4, 19, TEXT[4:19]), Entity("T2", "GPE", 16, 19, TEXT[16:19]),
            Entity("T3", "GPE", 20, 27, TEXT[20:27])]
    return Document(doc_id, TEXT, ents, [Relation("R1", "LOCATED_IN", "T1", "T3")])


def test_bio_formats_name_the_relations_and_the_nested_entities_they_drop():
    losses = conversion_losses([_doc(), _doc("d2")], "conll")
    assert losses == ["2 relation(s) of 2 document(s): CoNLL holds entities only",
                      "2 overlapping or nested entit(y/ies): BIO tags one entity per word"]


@pytest.mark.parametrize("fmt", ["jsonl", "doccano", "label-studio", "brat"])
def test_span_formats_lose_nothing_and_read_back_the_same_corpus(tmp_path, fmt):
    docs = [_doc(), _doc("d2")]
    assert conversion_losses(docs, fmt) == []
    target = tmp_path / ("out" if fmt == "brat" else "out.json" if fmt == "label-studio" else "out.jsonl")
    save_documents(docs, target, fmt)
    back = load_documents(target, fmt="jsonl" if fmt == "doccano" else fmt)  # doccano is read as JSONL
    assert sorted(d.id for d in back) == ["d1", "d2"]
    for d in back:
        assert [(e.type, e.start, e.end, e.text) for e in d.entities] == [(e.type, e.start, e.end, e.text)
                                                                          for e in _doc().entities]
        (rel,) = d.relations
        head = next(e for e in d.entities if e.id == rel.head)
        assert rel.type == "LOCATED_IN" and head.type == "ORG"


def test_label_studio_names_what_it_does_not_read(tmp_path, caplog):
    span = {"id": "a", "type": "labels", "value": {"start": 20, "end": 27, "labels": ["GPE", "LOC"]}}
    other = {"id": "b", "type": "choices", "value": {"choices": ["politics"]}}
    rel = {"type": "relation", "from_id": "a", "to_id": "a", "labels": ["LOCATED_IN", "ROLE"]}
    tasks = [{"id": 1, "data": {"text": TEXT}, "annotations": [{"result": [span, other, rel]}, {"result": []}]}]
    path = tmp_path / "ls.json"
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        (doc,) = load_documents(path, fmt="label-studio")
    assert [e.type for e in doc.entities] == ["GPE"] and [r.type for r in doc.relations] == ["LOCATED_IN"]
    messages = " | ".join(r.getMessage() for r in caplog.records)
    assert "task #1: 2 annotations; only the first is read" in messages
    assert "1 result(s) of type 'choices'" in messages
    assert "1 span(s) with several labels (the first is kept)" in messages
    assert "1 relation(s) with several labels (the first is kept)" in messages


def test_doccano_names_the_old_span_list_it_ignores_beside_entities(tmp_path, caplog):
    row = {"id": 7, "text": TEXT, "entities": [{"id": 1, "label": "GPE", "start_offset": 20, "end_offset": 27}],
           "label": [[16, 19, "GPE"], [4, 19, "ORG"]]}
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        (doc,) = load_documents(path, fmt="jsonl")
    assert len(doc.entities) == 1
    assert "the 2 span(s) of 'label' are not read" in caplog.text


def test_brat_output_names_how_many_unsafe_or_duplicate_ids_it_renamed(tmp_path, caplog):
    docs = [_doc("../x"), _doc("same"), _doc("same")]
    with caplog.at_level(logging.WARNING):
        save_documents(docs, tmp_path / "brat", "brat")
    assert "2 document id(s) were not safe or unique file names and were renamed" in caplog.text
    assert len(list((tmp_path / "brat").glob("*.ann"))) == 3 and not (tmp_path / "x.ann").exists()

