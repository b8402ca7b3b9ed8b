"""brat standoff: reading, writing, and clear errors for malformed files."""

from __future__ import annotations

import pytest

from arabic_ie.data.brat import format_ann, parse_ann, read_brat, write_brat
from arabic_ie.data.errors import AnnotationError, ProblemSink


def test_write_then_read_gives_the_same_document(doc, tmp_path):
    write_brat(doc, tmp_path)
    again = read_brat(tmp_path / "doc1.txt")
    assert again == doc
    assert (tmp_path / "doc1.txt").read_text(encoding="utf-8") == doc.text


def test_text_with_crlf_is_kept_byte_exact(tmp_path):
    from arabic_ie.data.document import Document, Entity

    text = "روسيا\r\nفيتنام"
    d = Document("crlf", text, [Entity("T1", "GPE", 7, 13, "فيتنام")])
    write_brat(d, tmp_path)
    assert read_brat(tmp_path / "crlf.txt").entities[0].text == "فيتنام"


def test_surface_mismatch_names_file_and_line():
    ann = "T1\tGPE 0 5\tروسيا\nT2\tGPE 0 3\tفيتنام\n"
    with pytest.raises(AnnotationError) as err:
        parse_ann(ann, "روسيا وفيتنام", "d", path="d.ann")
    assert str(err.value).startswith("d.ann:2: entity T2: text 'فيتنام' differs")


@pytest.mark.parametrize("line, message", [
    ("T1\tGPE 0 x\tروسيا", "offsets must be two integers"),
    ("T1\tGPE 0 50\tروسيا", "outside text of length"),
    ("T1\tGPE 0 2;3 5\tروسيا", "discontinuous spans"),
    ("T1\tGPE0 5", "entity line needs"),
    ("R1\tROLE Arg1:T1", "relation line needs"),
    ("X1 something", "cannot parse line"),
])
def test_each_malformed_line_is_reported(line, message):
    sink = ProblemSink()
    parse_ann(line + "\n", "روسيا وفيتنام", "d", path="d.ann", sink=sink)
    assert len(sink.problems) == 1
    assert str(sink.problems[0]).startswith("d.ann:1: ")
    assert message in str(sink.problems[0])


def test_format_ann_lists_entities_then_relations(doc):
    lines = format_ann(doc).splitlines()
    assert lines[0].startswith("T1\tNORP ")
    assert lines[-1] == "R3\tMEET Arg1:T2 Arg2:T4"


def test_attribute_note_and_event_lines_are_skipped_with_a_warning_not_a_rejection(caplog):
    ann = ("T1\tGPE 0 5\tروسيا\nA1\tNegated T1\n#1\tAnnotatorNotes T1\tcheck\nN1\tReference T1 Wikidata:Q159\t"
           "Russia\nE1\tVisit:T1\nT2\tGPE 6 13\tوفيتنام\n")
    sink = ProblemSink()
    with caplog.at_level("WARNING"):
        doc = parse_ann(ann, "روسيا وفيتنام", "d", path="d.ann", sink=sink)
    assert sink.problems == [] and [e.id for e in doc.entities] == ["T1", "T2"]
    message = caplog.text
    assert "d.ann: skipped" in message and "1 attribute (A)" in message and "1 note (#)" in message
    assert "1 event (E)" in message and "1 normalization (N)" in message


@pytest.mark.parametrize("doc_id, stem", [
    ("../../X", "X"), ("/etc/passwd", "etc_passwd"), ("", "document"), (".hidden", "hidden"),
    ("a/b\\\\c", "a_b_c"), ("خبر ١", "خبر_١"), ("ok-1.v2", "ok-1.v2"),
])
def test_file_names_from_document_ids_never_leave_the_folder(tmp_path, doc_id, stem):
    from arabic_ie.data.brat import write_brat
    from arabic_ie.data.document import Document

    out = tmp_path / "out"
    ann = write_brat(Document(doc_id, "نص", [], []), out)
    assert ann.parent == out and ann.stem == stem
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == sorted([f"{stem}.ann", f"{stem}.txt"])


def test_duplicate_ids_never_overwrite_each_other(tmp_path):
    from arabic_ie.data.document import Document
    from arabic_ie.data.io import save_documents

    docs = [Document("a", "أول", [], []), Document("a", "ثان", [], []), Document("A", "ثالث", [], [])]
    save_documents(docs, tmp_path / "out", "brat")
    texts = sorted(p.read_text(encoding="utf-8") for p in (tmp_path / "out").glob("*.txt"))
    assert texts == sorted(["أول", "ثان", "ثالث"])


def test_an_ann_without_its_txt_is_reported_not_ignored(tmp_path):
    from arabic_ie.data.errors import AnnotationError
    from arabic_ie.data.io import load_documents

    (tmp_path / "a.txt").write_text("روسيا", encoding="utf-8")
    (tmp_path / "a.ann").write_text("T1\tGPE 0 5\tروسيا\n", encoding="utf-8")
    (tmp_path / "lost.ann").write_text("T1\tGPE 0 5\tروسيا\n", encoding="utf-8")
    with pytest.raises(AnnotationError, match=r"lost.ann: annotations without their text: no lost.txt"):
        load_documents(tmp_path)
