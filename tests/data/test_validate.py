"""`validate` rejects each kind of corrupt annotation with a file:line message, and accepts clean files."""

from __future__ import annotations

import pytest

from arabic_ie.cli import main

TEXT = "التقى الرئيس الروسي فلاديمير بوتين بالرئيس تو لام في هانوي لفيتنام.\nوزار بوتين موسكو ووصف «روسيا» بالصديقة."
# offsets: computed from the text so the fixtures stay readable
def at(surface: str, n: int = 0) -> str:
    pos = -1
    for _ in range(n + 1):
        pos = TEXT.index(surface, pos + 1)
    return f"{pos} {pos + len(surface)}\t{surface}"


def raw(start: int, end: int) -> str:
    return f"{start} {end}\t{TEXT[start:end]}"


GOOD = [
    f"T1\tNORP {at('الروسي')}",
    f"T2\tPER {at('فلاديمير بوتين')}",
    f"T3\tPER {at('تو لام')}",
    f"T4\tGPE {at('هانوي')}",
    f"T5\tGPE {at('فيتنام')}",
    f"T6\tPER {at('بوتين', 1)}",
    f"T7\tGPE {at('موسكو')}",
    "R1\tROLE Arg1:T2 Arg2:T1",
    "R3\tVISIT Arg1:T6 Arg2:T7",
]

pres = TEXT.index("بالرئيس")
quoted = TEXT.index("«روسيا")
CASES = {
    "unknown entity type": (f"T8\tPERSON {at('التقى')}", "unknown entity type 'PERSON'"),
    "surface differs": (f"T8\tGPE {at('هانوي').split(chr(9))[0]}\tهانو", "differs from text"),
    "offsets out of range": ("T8\tGPE 500 505\tهانوي", "outside text"),
    "overlapping spans": (f"T8\tPER {at('بوتين')}", "overlaps T2"),
    "duplicate span": (f"T8\tGPE {at('هانوي')}", "duplicates the span of T4"),
    "keeps a proclitic": (f"T8\tPER {raw(pres, pres + 7)}", "keeps the proclitic 'ب'"),
    "cuts a word": (f"T8\tGPE {raw(0, 3)}", "ends inside a word"),
    "starts inside a word": (f"T8\tPER {raw(TEXT.index('رئيس'), TEXT.index('رئيس') + 4)}", "starts inside a word"),
    "punctuation in span": (f"T8\tGPE {raw(quoted, quoted + 6)}", "punctuation"),
    "unknown relation type": ("R9\tLIVES_IN Arg1:T2 Arg2:T4", "unknown relation type 'LIVES_IN'"),
    "argument types not allowed": ("R9\tROLE Arg1:T4 Arg2:T2", "does not allow GPE -> PER"),
    "reversed direction": ("R9\tROLE Arg1:T1 Arg2:T2", "direction reversed"),
    "dangling argument": ("R9\tVISIT Arg1:T2 Arg2:T99", "T99 is not an entity"),
    "cross-paragraph relation": ("R9\tVISIT Arg1:T2 Arg2:T7", "not in the same paragraph"),
    "symmetric order": ("R9\tMEET Arg1:T3 Arg2:T2", "Arg1 must be the mention that comes first"),
    "duplicate relation": ("R9\tROLE Arg1:T2 Arg2:T1", "duplicates relation R1"),
    "self relation": ("R9\tMEET Arg1:T2 Arg2:T2", "related to itself"),
    "malformed line": ("Q8 junk", "cannot parse line"),
    "malformed entity line": ("T8 GPE 1 2 x", "entity line needs"),
}


def write_doc(folder, ann_lines):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "d.txt").write_text(TEXT, encoding="utf-8")
    (folder / "d.ann").write_text("\n".join(ann_lines) + "\n", encoding="utf-8")
    return folder


def test_clean_document_passes(tmp_path, capsys):
    assert main(["validate", str(write_doc(tmp_path / "ok", GOOD))]) == 0
    assert "OK" in capsys.readouterr().err


@pytest.mark.parametrize("kind", sorted(CASES))
def test_each_error_kind_is_reported_with_file_and_line(tmp_path, capsys, kind):
    bad_line, message = CASES[kind]
    folder = write_doc(tmp_path / "bad", GOOD + [bad_line])
    assert main(["validate", str(folder)]) == 1
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1, out
    assert out[0].startswith(f"{folder / 'd.ann'}:{len(GOOD) + 1}: ")
    assert message in out[0]


def test_missing_path_is_a_clear_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["validate", str(tmp_path / "nowhere")])
    assert exc.value.code == 2
    assert "no such file or folder" in capsys.readouterr().err


def test_empty_text_is_reported(tmp_path, capsys):
    folder = tmp_path / "empty"
    folder.mkdir()
    (folder / "e.txt").write_text("  \n", encoding="utf-8")
    assert main(["validate", str(folder)]) == 1
    assert "document text is empty" in capsys.readouterr().out


def test_a_percentage_may_end_in_its_sign():
    from arabic_ie.data.document import Document, Entity
    from arabic_ie.data.validate import validate_document

    text = "ارتفعت الأرباح 12 % ثم 5%بعد ذلك و 7٪."
    spans = [(text.index("12 %"), "12 %"), (text.index("5%"), "5%"), (text.index("7٪"), "7٪")]
    doc = Document("d", text, [Entity(f"T{i}", "PERCENT", s, s + len(t), t) for i, (s, t) in enumerate(spans, 1)], [])
    assert validate_document(doc) == []
    lone = Document("d", "نسبة % فقط", [Entity("T1", "PERCENT", 5, 6, "%")], [])
    assert validate_document(lone)  # a sign alone is not a percentage


def test_a_month_with_its_gloss_in_brackets_may_end_in_the_closing_bracket():
    from arabic_ie.data.document import Document, Entity
    from arabic_ie.data.validate import validate_document

    text = "في ديسمبر (كانون الأول) الماضي"
    glossed = "ديسمبر (كانون الأول)"
    start = text.index(glossed)
    assert validate_document(Document("d", text, [Entity("T1", "DATE", start, start + len(glossed), glossed)], [])) == []
    hijri = "26 شوال 1436 هـ"
    text2 = f"في {hijri} أعلن"
    s1 = text2.index(hijri)
    assert validate_document(Document("d", text2, [Entity("T1", "DATE", s1, s1 + len(hijri), hijri)], [])) == []
    unbalanced = "كانون الأول)"
    s2 = text.index(unbalanced)
    assert validate_document(Document("d", text, [Entity("T1", "DATE", s2, s2 + len(unbalanced), unbalanced)], []))


def test_a_name_that_looks_like_clitic_plus_article_is_not_flagged():
    from arabic_ie.data.arabic import leading_proclitic

    assert leading_proclitic("كاليفورنيا") is None and leading_proclitic("ولاية كاليفورنيا") is None
    assert leading_proclitic("فالنسيا") is None and leading_proclitic("بالنسيا") is None  # Valencia, two spellings
    assert leading_proclitic("بالميراس") is None  # Palmeiras (a news article of the sixth batch)
    assert leading_proclitic("بالصين") == "ب"  # the rule itself still holds


def test_duplicate_relation_ids_and_tatweel_at_a_span_edge_are_reported():
    from arabic_ie.data.document import Document, Entity, Relation
    from arabic_ie.data.validate import validate_document

    text = "التقى بوتين لام في هانوي وزار بوتيـ هانوي"
    putin, lam, hanoi = text.index("بوتين"), text.index("لام"), text.index("هانوي")
    ents = [Entity("T1", "PER", putin, putin + 5, "بوتين", line=1), Entity("T2", "PER", lam, lam + 3, "لام", line=2),
            Entity("T3", "GPE", hanoi, hanoi + 5, "هانوي", line=3)]
    rels = [Relation("R1", "MEET", "T1", "T2", line=4), Relation("R1", "VISIT", "T1", "T3", line=5)]
    problems = [str(p) for p in validate_document(Document("d", text, ents, rels))]
    assert any(":5: relation id R1 is used 2 times" in p for p in problems)
    tat = text.index("بوتيـ")
    edge = Document("d", text, [Entity("T1", "PER", tat, tat + 5, "بوتيـ", line=1)], [])
    assert any("ends with a tatweel" in str(p) for p in validate_document(edge))
