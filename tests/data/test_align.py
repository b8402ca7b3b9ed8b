"""Matching sentences of two corpora of one text (NewsFANE is ANERcorp re-annotated): same letters, or most word
trigrams in common when a sentence was split or spelt differently."""

from arabic_ie.data.align import match_texts, text_key


def test_the_key_ignores_spacing_punctuation_digits_diacritics_and_letter_variants():
    assert text_key("قالَ الرئيسُ إنّ الأمــم المتحدة ( 2024 ) .") == text_key("قال الرئيس ان الامم المتحده (٢٠٢٤).")
    assert text_key("زار بوتين هانوي") != text_key("زار ماكرون هانوي")


def test_each_text_finds_its_reference_sentence_or_none():
    reference = ["زار الرئيس الروسي فلاديمير بوتين العاصمة الفيتنامية هانوي يوم الأربعاء.",
                 "وقال المتحدث باسم الكرملين إن الزيارة تستمر يومين.",
                 "ارتفعت أسعار النفط في الأسواق العالمية."]
    texts = ["وقال المتحدث باسم الكرملين ان الزياره تستمر يومين .",         # same letters, other spelling
             "زار الرئيس الروسي فلاديمير بوتين العاصمة الفيتنامية هانوي",   # cut before its last words
             "فاز الفريق بالمباراة النهائية أمس."]                          # not in the reference
    assert match_texts(texts, reference) == [1, 0, None]
