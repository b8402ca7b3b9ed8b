"""Label Studio's JSON export: spans and relations read, written back and read again without loss."""

from __future__ import annotations

import json

import pytest

from arabic_ie.data.errors import AnnotationError
from arabic_ie.data.io import detect_format, load_documents, save_documents

TEXT = "عالج الأسبرين الصداع عند سامي."


def _value(surface, label):
    start = TEXT.index(surface)
    return {"start": start, "end": start + len(surface), "text": surface, "labels": [label]}


def _export(tmp_path, result, name="export.json"):
    path = tmp_path / name
    path.write_text(json.dumps([{"id": 42, "data": {"text": TEXT}, "annotations": [{"result": result}]}],
                               ensure_ascii=False), encoding="utf-8")
    return path


def test_label_studio_export_reads_spans_and_relations_and_round_trips(tmp_path):
    result = [{"id": "a1", "type": "labels", "value": _value("الأسبرين", "DRUG")},
              {"id": "b2", "type": "labels", "value": _value("الصداع", "DISEASE")},
              {"id": "c3", "type": "labels", "value": _value("سامي", "PER")},
              {"type": "relation", "from_id": "a1", "to_id": "b2", "direction": "right", "labels": ["TREATS"]},
              {"type": "relation", "from_id": "c3", "to_id": "b2", "direction": "left", "labels": ["DIAGNOSED_BY"]}]
    path = _export(tmp_path, result)
    assert detect_format(path) == "label-studio"
    doc, = load_documents(path)
    assert doc.id == "42" and [(e.type, e.text) for e in doc.entities] == \
        [("DRUG", "الأسبرين"), ("DISEASE", "الصداع"), ("PER", "سامي")]
    emap = doc.entity_map()
    assert [(r.type, emap[r.head].text, emap[r.tail].text) for r in doc.relations] == \
        [("TREATS", "الأسبرين", "الصداع"), ("DIAGNOSED_BY", "الصداع", "سامي")]  # direction "left" reversed
    save_documents([doc], tmp_path / "back.json", "label-studio")
    again, = load_documents(tmp_path / "back.json")
    assert [(e.type, e.start, e.end) for e in again.entities] == [(e.type, e.start, e.end) for e in doc.entities]
    assert [(r.type, r.head, r.tail) for r in again.relations] == [(r.type, r.head, r.tail) for r in doc.relations]


@pytest.mark.parametrize("result, message", [
    ([{"id": "a", "type": "labels", "value": {"start": 0, "end": 99, "labels": ["X"]}}], "outside text"),
    ([{"id": "a", "type": "labels", "value": {**_value("سامي", "PER"), "text": "كريم"}}], "differs"),
    ([{"id": "a", "type": "labels", "value": _value("سامي", "PER")},
      {"type": "relation", "from_id": "a", "to_id": "zz", "labels": ["R"]}], "two known span ids"),
])
def test_bad_label_studio_items_name_the_file_and_task(tmp_path, result, message):
    with pytest.raises(AnnotationError, match=f"export.json.*task #1.*{message}"):
        load_documents(_export(tmp_path, result))
