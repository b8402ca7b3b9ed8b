"""Annotation worksheets: offsets are computed by code from surface forms in reading order."""

from __future__ import annotations

import pytest

from arabic_ie.annotation.worksheet import WorksheetError, compile_worksheets

TEXT = "زار بوتين فيتنام.\nوقال بوتين إن كلام لام مهم، والتقى لام وبوتين."


def compile_text(tmp_path, body: str):
    path = tmp_path / "d.ws"
    path.write_text(body, encoding="utf-8")
    return compile_worksheets("d", TEXT, [path])


def test_repeated_names_map_to_successive_occurrences_after_proclitics(tmp_path):
    body = "@P2\nPER | بوتين | a\nSKIP | لام\nPER | لام | b\nPER | لام | c\nPER | بوتين | d\nREL | MEET | c | d\n"
    doc = compile_text(tmp_path, body)
    p2 = TEXT.index("\n") + 1
    assert [(e.id, e.start) for e in doc.entities] == [
        ("T1", TEXT.index("بوتين", p2)),
        ("T2", TEXT.index("لام مهم")),
        ("T3", TEXT.index("لام وبوتين")),
        ("T4", TEXT.index("بوتين.") if "بوتين." in TEXT else TEXT.rindex("بوتين")),
    ]
    assert TEXT[doc.entities[3].start - 1] == "و"  # the proclitic stays outside the span
    assert (doc.relations[0].type, doc.relations[0].head, doc.relations[0].tail) == ("MEET", "T3", "T4")


def test_without_skip_a_name_after_a_proclitic_like_letter_matches_first(tmp_path):
    # "كلام" is ك + لام to the matcher; SKIP exists for exactly this case.
    doc = compile_text(tmp_path, "@P2\nPER | لام\n")
    assert doc.entities[0].start == TEXT.index("كلام") + 1


def test_entities_are_numbered_in_text_order(tmp_path):
    doc = compile_text(tmp_path, "@P1\nGPE | فيتنام\n@P1\nPER | بوتين\n")
    assert [(e.id, e.text) for e in doc.entities] == [("T1", "بوتين"), ("T2", "فيتنام")]


@pytest.mark.parametrize("body, message", [
    ("PER | بوتين\n", "before any @P"),
    ("@P9\n", "paragraph 9 does not exist"),
    ("@P1\nPER | موسكو\n", "not found as a whole word"),
    ("@P1\nPER | بوت\n", "not found as a whole word"),
    ("@P1\nPERSON | بوتين\n", "unknown entity type"),
    ("@P1\nPER | بوتين | a\nGPE | فيتنام | a\n", "label 'a' already used"),
    ("@P1\nPER | بوتين | a\nREL | VISIT | a | zz\n", "'zz' is not a label"),
    ("@P1\nREL | LIVES | a | b\n", "unknown relation type"),
])
def test_errors_name_the_worksheet_line(tmp_path, body, message):
    with pytest.raises(WorksheetError, match=message) as err:
        compile_text(tmp_path, body)
    assert str(err.value).startswith(str(tmp_path / "d.ws") + ":")
