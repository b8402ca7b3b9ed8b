"""spaCy DocBin (.spacy): read and written without loss, Arabic text with clitics, overlaps and odd whitespace."""

from __future__ import annotations

import pytest

from arabic_ie.data.document import Document, Entity, Relation
from arabic_ie.data.io import conversion_losses, detect_format, load_documents, save_documents
from arabic_ie.data.errors import AnnotationError

spacy = pytest.importorskip("spacy", reason="spaCy is the optional extra arabic-ie[spacy]")

TEXT = "وزار وزير خارجية مصر  والقاهرة\nأمس، وقال: «مرحبا»"


def _doc() -> Document:
    def ent(eid, etype, surface, nth=0):
        start = -1
        for _ in range(nth + 1):
            start = TEXT.index(surface, start + 1)
        return Entity(eid, etype, start, start + len(surface), surface)

    ents = [ent("T1", "ORG", "وزير خارجية مصر"), ent("T2", "GPE", "مصر"), ent("T3", "GPE", "القاهرة"),
            ent("T4", "DATE", "أمس")]
    return Document("خبر-1", TEXT, ents, [Relation("R1", "LOCATED_IN", "T1", "T3")])


def test_a_docbin_round_trip_keeps_text_offsets_overlaps_ids_and_relations(tmp_path):
    path = tmp_path / "corpus.spacy"
    assert conversion_losses([_doc()], "spacy") == []
    save_documents([_doc()], path, "spacy")
    assert detect_format(path) == "spacy"
    (back,) = load_documents(path)
    original = _doc()
    assert back.id == original.id and back.text == TEXT
    assert [(e.id, e.type, e.start, e.end, e.text) for e in back.entities] == \
        [(e.id, e.type, e.start, e.end, e.text) for e in original.entities]
    assert [(r.type, r.head, r.tail) for r in back.relations] == [("LOCATED_IN", "T1", "T3")]


def test_a_docbin_made_by_spacy_itself_is_read_from_its_entities(tmp_path):
    from spacy.tokens import DocBin

    nlp = spacy.blank("ar")
    doc = nlp.make_doc("زار الرئيس القاهرة أمس")
    doc.ents = [doc.char_span(11, 18, label="GPE")]
    path = tmp_path / "spacy-made.spacy"
    DocBin(docs=[doc]).to_disk(path)
    (back,) = load_documents(path)
    assert back.id == "doc-1" and [(e.type, e.text) for e in back.entities] == [("GPE", "القاهرة")]


def test_a_corrupt_docbin_is_a_clear_error(tmp_path):
    path = tmp_path / "bad.spacy"
    path.write_bytes(b"not a docbin")
    with pytest.raises(AnnotationError, match="bad.spacy: not a readable spaCy DocBin file"):
        load_documents(path)
