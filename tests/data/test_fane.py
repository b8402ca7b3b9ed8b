"""FANE reader: BOM, CRLF, U+200E, fine classes mapped by config, clitics re-attached, offsets exact."""

from __future__ import annotations

import re

import pytest

from arabic_ie.data.errors import AnnotationError
from arabic_ie.data.fane import read_fane, rejoin

from conftest import REPO, SHARED

LRM = "\u200e"
TAGS = {"Politician": "PER", "Nation": "GPE", "Population-Center": "GPE", "Group": "NORP", "Book": "O"}


def write_fane(path, sentences):
    lines = []
    for sentence in sentences:
        lines += [f"{LRM}{tok}\t{tag}" for tok, tag in sentence] + [""]
    path.write_bytes(("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8"))
    return path


SENTENCE = [("و", "O"), ("قال", "O"), ("الرئيس", "O"), ("عبد", "B-Politician"), ("الله", "I-Politician"),
            ("ل", "O"), ("مصر", "B-Nation"), ("ان", "O"), ("عاصمة", "O"), ("ها", "O"), ("القاهرة", "B-Population-Center"),
            ("،", "O"), ("و", "O"), ("ب", "O"), ("الاضافة", "O"), ("ل", "O"), ("الفلسطينيين", "B-Group"), (".", "O")]


def test_clitics_rejoin_into_ordinary_words_and_offsets_index_the_rejoined_text(tmp_path):
    [doc] = read_fane(write_fane(tmp_path / "news.txt", [SENTENCE]), tag_map=TAGS)
    assert doc.text == "وقال الرئيس عبد الله لمصر ان عاصمتها القاهرة، وبالاضافة للفلسطينيين."
    assert [(e.type, e.text) for e in doc.entities] == [
        ("PER", "عبد الله"), ("GPE", "مصر"), ("GPE", "القاهرة"), ("NORP", "فلسطينيين")]
    assert all(doc.text[e.start:e.end] == e.text for e in doc.entities)
    assert "\u200e" not in doc.text and "\ufeff" not in doc.text and "\r" not in doc.text


def test_a_suffix_never_joins_the_last_word_of_a_name(tmp_path):
    [doc] = read_fane(write_fane(tmp_path / "a.txt", [[("زار", "O"), ("مصر", "B-Nation"), ("نا", "O")]]), tag_map=TAGS)
    assert doc.text == "زار مصر نا" and doc.entities[0].text == "مصر"


def test_punctuation_and_quotes_stay_outside_a_span(tmp_path):
    sentence = [("مستشفى", "B-Nation"), ('"', "I-Nation"), ("شهداء", "I-Nation"), ('"', "I-Nation"), ("اليوم", "O")]
    [doc] = read_fane(write_fane(tmp_path / "q.txt", [sentence]), tag_map=TAGS)
    assert doc.entities[0].text == 'مستشفى " شهداء'


def test_classes_mapped_to_o_are_dropped_and_unmapped_ones_are_an_error_with_file_and_line(tmp_path):
    path = write_fane(tmp_path / "b.txt", [[("كتاب", "B-Book"), ("عن", "O"), ("مصر", "B-Nation")]])
    [doc] = read_fane(path, tag_map=TAGS, entity_types=["PER", "GPE", "NORP"])
    assert [e.type for e in doc.entities] == ["GPE"]
    with pytest.raises(AnnotationError, match=r"b\.txt:1: fine class 'Book' maps to 'Book'"):
        read_fane(path, tag_map={"Nation": "GPE"}, entity_types=["GPE"])


def test_sentences_are_grouped_into_documents_and_selected_by_flag(tmp_path):
    path = write_fane(tmp_path / "c.txt", [SENTENCE, [("زار", "O"), ("مصر", "B-Nation")], [("مصر", "B-Nation")]])
    docs = read_fane(path, tag_map=TAGS, sentences_per_document=2)
    assert [d.id for d in docs] == ["c-00000", "c-00002"] and docs[0].text.count("\n") == 1
    assert all(d.text[e.start:e.end] == e.text for d in docs for e in d.entities)
    kept = read_fane(path, tag_map=TAGS, keep=[False, True, False])
    assert [d.id for d in kept] == ["c-00001"] and kept[0].text == "زار مصر"


def test_rejoin_attaches_k_as_a_suffix_after_a_word_and_as_a_proclitic_before_ma():
    text, spans, attached = rejoin(["كتاب", "ك", "ك", "ما", "قال", "و", "ك", "ما"])
    assert text == "كتابك كما قال وكما" and attached == {2, 5, 6}
    assert [text[a:b] for a, b in spans] == ["كتاب", "ك", "ك", "ما", "قال", "و", "ك", "ما"]


@pytest.mark.skipif(not (SHARED / "data" / "ner" / "fane").exists(), reason="needs ../shared/data/ner/fane (not shipped)")
def test_every_newsfane_entity_is_a_valid_span_of_ordinary_text():
    import yaml

    from arabic_ie.data.validate import validate_document
    from arabic_ie.schema import SEED_SCHEMA

    tag_map = yaml.safe_load((REPO / "configs" / "tagmaps" / "fane-to-seed.yaml").read_text(encoding="utf-8"))
    tag_map = {k: (v[0] if isinstance(v, list) else v) for k, v in tag_map.items()}
    docs = read_fane(SHARED / "data" / "ner" / "fane" / "NewsFANE_Gold_2014_170K.txt", tag_map=tag_map,
                     entity_types=SEED_SCHEMA.entity_types)
    assert len(docs) == 4760 and sum(len(d.entities) for d in docs) > 11000
    problems = [p for d in docs for p in validate_document(d, SEED_SCHEMA, surfaces=set())
                if "proclitic" not in p.message]  # the guideline heuristic flags names like "كاليفورنيا"
    assert problems == []
    # clitics re-attached: no standalone wa before a word (before a digit or a quote it stays, as news writes it)
    assert not any(re.search(r"(^| )و [\u0621-\u064A]", d.text) or "\u200e" in d.text for d in docs)
