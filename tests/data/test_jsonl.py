"""JSONL reader/writer and the lossless brat -> JSONL -> brat round trip."""

from __future__ import annotations

import json

import pytest

from arabic_ie.data.brat import read_brat, write_brat
from arabic_ie.data.errors import ProblemSink
from arabic_ie.data.io import load_documents
from arabic_ie.data.jsonl import read_jsonl, write_jsonl

from conftest import SEED_DIR


def test_jsonl_round_trip(doc, tmp_path):
    path = write_jsonl([doc], tmp_path / "c.jsonl")
    assert read_jsonl(path) == [doc]
    row = json.loads(path.read_text(encoding="utf-8"))
    assert set(row) == {"id", "text", "entities", "relations"}
    assert row["entities"][1] == {"id": "T2", "type": "PER", "start": doc.entities[1].start,
                                  "end": doc.entities[1].end, "text": "فلاديمير بوتين"}


def test_seed_corpus_brat_to_jsonl_to_brat_is_lossless(tmp_path):
    docs = load_documents(SEED_DIR)
    write_jsonl(docs, tmp_path / "seed.jsonl")
    for d in read_jsonl(tmp_path / "seed.jsonl"):
        write_brat(d, tmp_path / "brat")
    for original in SEED_DIR.glob("*.ann"):
        copy = tmp_path / "brat" / original.name
        assert copy.read_text(encoding="utf-8") == original.read_text(encoding="utf-8")
        assert copy.with_suffix(".txt").read_bytes() == original.with_suffix(".txt").read_bytes()
        assert read_brat(copy.with_suffix(".txt")) == read_brat(original.with_suffix(".txt"))


@pytest.mark.parametrize("line, message", [
    ("{not json", "invalid JSON"),
    ('["a"]', "expected a JSON object"),
    ('{"id": "a"}', "missing or non-string field 'text'"),
    ('{"id": "a", "text": "روسيا", "entities": [{"type": "GPE", "start": "0", "end": 5}]}', "integers"),
    ('{"id": "a", "text": "روسيا", "entities": [{"type": "GPE", "start": 0, "end": 9}]}', "outside text"),
    ('{"id": "a", "text": "روسيا", "entities": [{"type": "GPE", "start": 0, "end": 5, "text": "مصر"}]}', "differs"),
    ('{"id": "a", "text": "روسيا", "relations": [{"type": "ROLE", "head": "T1"}]}', "missing field"),
])
def test_bad_jsonl_lines_name_file_and_line(tmp_path, line, message):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "ok", "text": "مصر"}\n' + line + "\n", encoding="utf-8")
    sink = ProblemSink()
    docs = read_jsonl(path, sink)
    assert docs[0].id == "ok"  # the good line is kept
    assert len(sink.problems) == 1
    assert str(sink.problems[0]).startswith(f"{path}:2: ")
    assert message in str(sink.problems[0])


# --- doccano exports ---

DOCCANO_TEXT = "عالج الأسبرين الصداع عند سامي."


def _span(surface):
    start = DOCCANO_TEXT.index(surface)
    return start, start + len(surface)


def test_doccano_relation_export_reads_entities_and_relations(tmp_path):
    import json

    from arabic_ie.data.io import load_documents, save_documents

    (s1, e1), (s2, e2) = _span("الأسبرين"), _span("الصداع")
    line = {"id": 7, "text": DOCCANO_TEXT,
            "entities": [{"id": 11, "label": "DRUG", "start_offset": s1, "end_offset": e1},
                         {"id": 12, "label": "DISEASE", "start_offset": s2, "end_offset": e2}],
            "relations": [{"id": 3, "from_id": 11, "to_id": 12, "type": "TREATS"}]}
    path = tmp_path / "doccano.jsonl"
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    doc, = load_documents(path)
    assert [(e.type, e.text) for e in doc.entities] == [("DRUG", "الأسبرين"), ("DISEASE", "الصداع")]
    assert [(r.type, r.head, r.tail) for r in doc.relations] == [("TREATS", "11", "12")]
    # written back in doccano's import layout and read again without loss
    save_documents([doc], tmp_path / "out.jsonl", "doccano")
    again, = load_documents(tmp_path / "out.jsonl")
    assert [(e.type, e.start, e.end) for e in again.entities] == [(e.type, e.start, e.end) for e in doc.entities]
    assert [(r.type, again.entity_map()[r.head].text, again.entity_map()[r.tail].text) for r in again.relations] == \
        [("TREATS", "الأسبرين", "الصداع")]
    assert "start_offset" in (tmp_path / "out.jsonl").read_text(encoding="utf-8")


def test_doccanos_older_span_lists_are_entities_not_silently_nothing(tmp_path):
    import json

    from arabic_ie.data.io import load_documents

    (s1, e1), (s2, e2) = _span("الأسبرين"), _span("سامي")
    path = tmp_path / "old.jsonl"
    path.write_text(json.dumps({"text": DOCCANO_TEXT, "label": [[s1, e1, "DRUG"], [s2, e2, "PER"]]}, ensure_ascii=False)
                    + "\n" + json.dumps({"id": "b", "text": DOCCANO_TEXT, "labels": [[s2, e2, "PER"]]}, ensure_ascii=False)
                    + "\n", encoding="utf-8")
    docs = load_documents(path)
    assert [len(d.entities) for d in docs] == [2, 1]
    assert docs[0].id == "line-1" and docs[0].entities[1].text == "سامي"
    cls = tmp_path / "classification.jsonl"
    cls.write_text(json.dumps({"id": 1, "text": DOCCANO_TEXT, "label": ["positive"]}) + "\n", encoding="utf-8")
    from arabic_ie.data.errors import AnnotationError

    with pytest.raises(AnnotationError, match="classification.jsonl:1: field 'label'.*not spans"):
        load_documents(cls)


def test_validate_refuses_a_corpus_without_any_entity(tmp_path):
    import json
    import subprocess
    import sys

    path = tmp_path / "empty.jsonl"
    path.write_text(json.dumps({"id": 1, "text": DOCCANO_TEXT, "spans": []}) + "\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "arabic_ie.cli", "validate", str(path)], capture_output=True, text=True)
    assert out.returncode == 1
    assert "no entity annotation" in out.stdout and "1 problem(s)" in out.stderr
