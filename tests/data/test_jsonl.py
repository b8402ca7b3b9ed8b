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
    ('{"text": "روسيا"}', "missing field 'id'"),
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
