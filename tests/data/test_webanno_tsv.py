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
