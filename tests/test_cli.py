"""The arabic-ie command line: stats and convert (validate has its own test module)."""

from __future__ import annotations

import json
import subprocess
import sys

from arabic_ie.cli import main
from arabic_ie.data.brat import write_brat
from arabic_ie.data.io import load_documents

from conftest import SEED_DIR


def test_stats_json_has_the_documented_shape(capsys):
    assert main(["stats", str(SEED_DIR), "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["documents"] == 5
    assert set(stats["entities"]) >= {"PER", "GPE", "PERCENT"}
    assert set(stats["relations"]) == {"ROLE", "LOCATED_IN", "VISIT", "MEET", "PARTY_TO", "CRITICIZES", "SUPPORTS"}
    docs = load_documents(SEED_DIR)
    assert sum(stats["entities"].values()) == sum(len(d.entities) for d in docs)
    per_doc = stats["per_document"][docs[0].id]["entities"]
    assert sum(per_doc.values()) == len(docs[0].entities)


def test_stats_table(capsys, doc, tmp_path):
    write_brat(doc, tmp_path)
    assert main(["stats", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1 documents, 7 entities, 3 relations")
    assert "TOTAL" in out


def test_convert_brat_jsonl_conll(tmp_path, doc, capsys):
    write_brat(doc, tmp_path / "brat")
    assert main(["convert", str(tmp_path / "brat"), str(tmp_path / "c.jsonl"), "--to", "jsonl"]) == 0
    assert main(["convert", str(tmp_path / "c.jsonl"), str(tmp_path / "back"), "--to", "brat"]) == 0
    assert load_documents(tmp_path / "back") == [doc]
    assert main(["convert", str(tmp_path / "c.jsonl"), str(tmp_path / "c.conll"), "--to", "conll"]) == 0
    conll_docs = load_documents(tmp_path / "c.conll")
    assert [(e.type, e.text) for e in conll_docs[0].entities] == [(e.type, e.text) for e in doc.entities]


def test_console_script_is_installed():
    result = subprocess.run([sys.executable, "-m", "arabic_ie.cli", "--help"], capture_output=True, text=True)
    assert result.returncode == 0
    assert "validate" in result.stdout and "convert" in result.stdout


def test_a_lossy_conversion_says_what_it_drops_and_strict_refuses_it(tmp_path, doc, capsys):
    write_brat(doc, tmp_path / "brat")
    assert main(["convert", str(tmp_path / "brat"), str(tmp_path / "c.conll"), "--to", "conll"]) == 0
    err = capsys.readouterr().err
    assert f"warning: converting to conll drops {len(doc.relations)} relation(s) of 1 document(s)" in err
    assert main(["convert", str(tmp_path / "brat"), str(tmp_path / "strict.conll"), "--to", "conll", "--strict"]) == 1
    err = capsys.readouterr().err
    assert "error: converting to conll drops" in err and "nothing written" in err
    assert not (tmp_path / "strict.conll").exists()
    # every lossless target says nothing and round-trips
    for fmt, name in (("doccano", "d.jsonl"), ("label-studio", "ls.json"), ("jsonl", "j.jsonl")):
        assert main(["convert", str(tmp_path / "brat"), str(tmp_path / name), "--to", fmt, "--strict"]) == 0
        back, = load_documents(tmp_path / name)
        assert [(e.type, e.start, e.end) for e in back.entities] == [(e.type, e.start, e.end) for e in doc.entities]
        assert len(back.relations) == len(doc.relations)
    assert "drops" not in capsys.readouterr().err
