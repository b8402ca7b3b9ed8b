"""Paragraph, sentence and word segmentation keep offsets into the original text."""

from __future__ import annotations

from arabic_ie.data.segment import ParagraphIndex, paragraphs, sentences, words


def test_paragraphs_are_non_empty_lines_with_exact_offsets():
    text = "\n\nعنوان  \n\n  فقرة أولى.\r\nفقرة ثانية"
    paras = paragraphs(text)
    assert [p.slice(text) for p in paras] == ["عنوان", "فقرة أولى.", "فقرة ثانية"]


def test_sentences_split_on_arabic_and_latin_marks_but_not_in_numbers():
    text = "بلغت التجارة 3.5 مليار دولار. هل يزور هانوي؟ نعم!\nفقرة"
    got = [s.slice(text) for s in sentences(text)]
    assert got == ["بلغت التجارة 3.5 مليار دولار.", "هل يزور هانوي؟", "نعم!", "فقرة"]


def test_words_keep_diacritics_and_tatweel_inside_tokens():
    text = "وقّع بوتـين، «المعاهدة»"
    assert [w.slice(text) for w in words(text)] == ["وقّع", "بوتـين", "،", "«", "المعاهدة", "»"]


def test_paragraph_index():
    text = "أ ب\nج د"
    index = ParagraphIndex(text)
    assert index.index_of(0) == 0 and index.index_of(5) == 1
    assert index.span_paragraph(0, 3) == 0
    assert index.span_paragraph(2, 6) is None
