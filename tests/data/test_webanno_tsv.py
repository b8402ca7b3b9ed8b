"""WebAnno / INCEpTION TSV 3: named entities (multi-token, stacked) and relations, offsets exact."""

from __future__ import annotations

import pytest

from arabic_ie.data.io import detect_format, load_documents

TSV = """#FORMAT=WebAnno TSV 3.3
#T_SP=de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity|identifier|value
#T_RL=webanno.custom.Rel|label|BT_de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity


#Text=زار فلاديمير بوتين هانوي
1-1\t0-3\tزار\t_\t_\t_\t_
1-2\t4-12\tفلاديمير\t_\tPER[1]\t_\t_
1-3\t13-18\tبوتين\t_\tPER[1]\t_\t_
1-4\t19-24\tهانوي\t_\tGPE\tVISIT\t1-2[1_0]

#Text=وقال بيسكوف
2-1\t25-29\tوقال\t_\t_\t_\t_
2-2\t30-36\tبيسكوف\t_\tPER\t_\t_
"""


def test_webanno_tsv3_reads_entities_and_relations_with_exact_offsets(tmp_path):
    path = tmp_path / "doc1.tsv"
    path.write_text(TSV, encoding="utf-8")
    assert detect_format(path) == "webanno-tsv"
    doc, = load_documents(path)
    assert doc.text == "زار فلاديمير بوتين هانوي" + chr(10) + "وقال بيسكوف"
    assert [(e.type, e.text) for e in doc.entities] == [("PER", "فلاديمير بوتين"), ("GPE", "هانوي"), ("PER", "بيسكوف")]
    assert all(doc.text[e.start:e.end] == e.text for e in doc.entities)
    emap = doc.entity_map()
    assert [(r.type, emap[r.head].text, emap[r.tail].text) for r in doc.relations] == [("VISIT", "فلاديمير بوتين", "هانوي")]


def test_a_tsv_without_layers_is_a_clear_error(tmp_path):
    from arabic_ie.data.errors import AnnotationError

    path = tmp_path / "bare.tsv"
    path.write_text("#FORMAT=WebAnno TSV 3.3\n\n#Text=نص\n1-1\t0-2\tنص\n", encoding="utf-8")
    with pytest.raises(AnnotationError, match="bare.tsv:1: no #T_SP"):
        load_documents(path)


def test_written_tsv3_reads_back_with_nested_entities_relations_and_exact_offsets(tmp_path):
    from arabic_ie.data.document import Document, Entity, Relation
    from arabic_ie.data.io import conversion_losses, save_documents

    text = "زار وزير خارجية مصر والقاهرة أمس\nوقال [بيسكوف] إن_الزيارة ناجحة"

    def ent(eid, etype, surface):
        start = text.index(surface)
        return Entity(eid, etype, start, start + len(surface), surface)

    ents = [ent("T1", "ORG", "وزير خارجية مصر"), ent("T2", "GPE", "مصر"), ent("T3", "GPE", "القاهرة"),
            ent("T4", "DATE", "أمس"), ent("T5", "PER", "بيسكوف")]
    rels = [Relation("R1", "LOCATED_IN", "T1", "T3"), Relation("R2", "ROLE", "T1", "T2")]
    doc = Document("خبر-1", text, ents, rels)
    assert conversion_losses([doc], "webanno-tsv") == []
    save_documents([doc], tmp_path / "tsv", "webanno-tsv")
    back, = load_documents(tmp_path / "tsv")  # a folder of TSV 3 files is detected
    assert back.id == "خبر-1" and back.text == text
    assert [(e.type, e.start, e.end, e.text) for e in back.entities] == [(e.type, e.start, e.end, e.text) for e in ents]
    emap = back.entity_map()
    assert sorted((r.type, emap[r.head].text, emap[r.tail].text) for r in back.relations) == [
        ("LOCATED_IN", "وزير خارجية مصر", "القاهرة"), ("ROLE", "وزير خارجية مصر", "مصر")]


def test_what_tsv3_cannot_keep_is_named_with_its_count():
    from arabic_ie.data.document import Document
    from arabic_ie.data.io import conversion_losses

    docs = [Document("a", "سطر أول\n\nسطر ثان"), Document("b", "نص"), Document("../c", "نص")]
    assert conversion_losses(docs, "webanno-tsv") == [
        "whitespace of 1 document(s): TSV 3 keeps sentences (lines) and token offsets, not blank lines, leading "
        "spaces or runs of line breaks (offsets are kept)",
        "1 document id(s): the file name is the id in TSV 3, and these were not safe or unique file names"]
