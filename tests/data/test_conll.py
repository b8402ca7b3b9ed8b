"""CoNLL BIO: IOB1 tolerance, tag mapping, errors with line numbers, clitic-aware writing."""

from __future__ import annotations

import pytest

from arabic_ie.data.conll import bio_tags, read_conll, tokenize_for_conll, write_conll
from arabic_ie.data.document import Document, Entity
from arabic_ie.data.errors import AnnotationError, ProblemSink

ANER_STYLE = """فرانكفورت B-LOC
( O
د O
ب O
أ O
) O
أعلن O
اتحاد B-ORG
صناعة I-ORG
السيارات I-ORG
في O
ألمانيا I-LOC
جورج B-PERS
بوش I-PERS

روسيا B-LOC
"""


def write(tmp_path, content, name="tiny.txt"):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def test_reads_sentences_as_documents_with_mapped_tags_and_iob1_starts(tmp_path):
    docs = read_conll(write(tmp_path, ANER_STYLE), tag_map={"PERS": "PER"})
    assert [d.id for d in docs] == ["tiny-00000", "tiny-00001"]
    first = docs[0]
    assert first.text.startswith("فرانكفورت ( د ب أ ) أعلن")
    found = [(e.type, e.text) for e in first.entities]
    # "ألمانيا I-LOC" after "O" is an IOB1-style start: it opens a new LOC entity.
    assert found == [("LOC", "فرانكفورت"), ("ORG", "اتحاد صناعة السيارات"), ("LOC", "ألمانيا"), ("PER", "جورج بوش")]
    for e in first.entities:
        assert first.text[e.start:e.end] == e.text


def test_i_tag_of_another_type_starts_a_new_entity(tmp_path):
    docs = read_conll(write(tmp_path, "أ B-PER\nب I-LOC\nج I-LOC\n"))
    assert [(e.type, e.text) for e in docs[0].entities] == [("PER", "أ"), ("LOC", "ب ج")]


def test_bioes_tags_are_accepted(tmp_path):
    docs = read_conll(write(tmp_path, "أ S-PER\nب B-LOC\nج E-LOC\nد O\n"))
    assert [(e.type, e.text) for e in docs[0].entities] == [("PER", "أ"), ("LOC", "ب ج")]


def test_mapping_a_type_to_O_drops_it(tmp_path):
    docs = read_conll(write(tmp_path, "أ B-MISC\nب B-PERS\n"), tag_map={"MISC": "O", "PERS": "PER"})
    assert [(e.type, e.text) for e in docs[0].entities] == [("PER", "ب")]


def test_unknown_type_is_reported_with_line(tmp_path):
    path = write(tmp_path, "أ O\nب B-PERS\n")
    with pytest.raises(AnnotationError, match=r"tiny.txt:2: unknown entity type 'PERS'"):
        read_conll(path, entity_types=["PER", "LOC"])


@pytest.mark.parametrize("content, message", [
    ("أ B-PER\nب\n", "expected 'TOKEN TAG'"),
    ("أ X-PER\n", "malformed tag"),
    ("أ PER\n", "malformed tag"),
])
def test_malformed_lines(tmp_path, content, message):
    sink = ProblemSink()
    read_conll(write(tmp_path, content), sink=sink)
    assert message in str(sink.problems[0])
    assert ":" in str(sink.problems[0]).split(" ")[0]


def test_documents_markers_group_sentences(tmp_path):
    content = "# doc_id = a\n\nأ B-PER\n\nب O\n\n# doc_id = b\n\nج B-GPE\n"
    docs = read_conll(write(tmp_path, content))
    assert [d.id for d in docs] == ["a", "b"]
    assert docs[0].text == "أ\nب"


def test_writer_splits_proclitics_off_entity_tokens(tmp_path):
    text = "وصل بوتين لفيتنام وبيونغ يانغ."
    ents = [Entity("T1", "PER", 4, 9, "بوتين"), Entity("T2", "GPE", 11, 17, "فيتنام"),
            Entity("T3", "GPE", 19, 29, "بيونغ يانغ")]
    doc = Document("d", text, ents)
    tokens = tokenize_for_conll(doc)
    assert [text[t.start:t.end] for t in tokens] == ["وصل", "بوتين", "ل", "فيتنام", "و", "بيونغ", "يانغ", "."]
    assert bio_tags(doc, tokens) == ["O", "B-PER", "O", "B-GPE", "O", "B-GPE", "I-GPE", "O"]
    back = read_conll(write_conll([doc], tmp_path / "out.conll"))[0]
    assert back.id == "d"
    assert [(e.type, e.text) for e in back.entities] == [(e.type, e.text) for e in ents]


def test_punctuation_glued_to_a_tagged_token_stays_outside_the_span(tmp_path):
    docs = read_conll(write(tmp_path, "وصل O\nإلى O\nكابول؛ B-LOC\n«بوتين» B-PERS\n"))
    (doc,) = docs
    assert [(e.type, e.text) for e in doc.entities] == [("LOC", "كابول"), ("PERS", "بوتين")]
    assert all(doc.text[e.start:e.end] == e.text for e in doc.entities)
    assert "كابول؛" in doc.text  # the token itself is kept whole


def test_a_tagged_token_without_letters_is_an_error_with_its_line(tmp_path):
    with pytest.raises(AnnotationError, match=r"tiny.txt:2: entity of type LOC has no letter or digit"):
        read_conll(write(tmp_path, "في O\n؛ B-LOC\n"))


@pytest.mark.parametrize("scheme", ["bio", "bioes", "bilou"])
def test_every_tagging_scheme_round_trips(tmp_path, scheme):
    from arabic_ie.data.conll import read_conll, write_conll
    from arabic_ie.data.document import Document, Entity

    text = "زار فلاديمير بوتين هانوي ثم عاد إلى موسكو"
    ents = [Entity("T1", "PER", 4, 18, "فلاديمير بوتين"), Entity("T2", "GPE", 19, 24, "هانوي"),
            Entity("T3", "GPE", text.index("موسكو"), len(text), "موسكو")]
    path = write_conll([Document("d", text, ents, [])], tmp_path / f"x.{scheme}", scheme=scheme)
    content = path.read_text(encoding="utf-8")
    if scheme == "bioes":
        assert "بوتين E-PER" in content and "هانوي S-GPE" in content
    if scheme == "bilou":
        assert "بوتين L-PER" in content and "هانوي U-GPE" in content
    back, = read_conll(path)
    assert [(e.type, e.text) for e in back.entities] == [(e.type, e.text) for e in ents]
