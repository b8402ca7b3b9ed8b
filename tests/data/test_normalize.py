"""Offset-preserving normalization: every span maps back to the exact original characters."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from arabic_ie.data.normalize import NormalizationOptions, normalize


def test_diacritics_tatweel_and_variants_are_normalized_with_alignment():
    original = "\u200fقَالَ الرئيـــس إنّ أوكرانيا ٣ «سلام»"
    norm = normalize(original)
    assert norm.text == 'قال الرئيس ان اوكرانيا 3 "سلام"'
    start = norm.text.index("اوكرانيا")
    o_start, o_end = norm.span_to_original(start, start + len("اوكرانيا"))
    assert original[o_start:o_end] == "أوكرانيا"


def test_span_end_extends_over_trailing_diacritics():
    original = "زار بوتينُ هانوي"
    norm = normalize(original)
    s = norm.text.index("بوتين")
    o_start, o_end = norm.span_to_original(s, s + 5)
    assert original[o_start:o_end] == "بوتينُ"


def test_tatweel_inside_a_name_maps_back_whole():
    original = "وصل بوتـــين"
    norm = normalize(original)
    s = norm.text.index("بوتين")
    assert original[slice(*norm.span_to_original(s, s + 5))] == "بوتـــين"


def test_original_spans_map_into_normalized_text():
    original = "لِفِيتْنامَ وبُوتين"
    norm = normalize(original)
    s, e = original.index("فِيتْنامَ"), original.index("فِيتْنامَ") + len("فِيتْنامَ")
    ns, ne = norm.span_to_normalized(s, e)
    assert norm.text[ns:ne] == "فيتنام"


def test_lam_alef_ligature_unfolds_to_two_letters():
    norm = normalize("\ufefb")  # ﻻ
    assert norm.text == "لا"
    assert norm.to_original == [0, 0]


def test_options_can_keep_everything():
    keep = NormalizationOptions(remove_diacritics=False, remove_tatweel=False, remove_bidi_controls=False,
                                normalize_alef=False, normalize_ya=False, normalize_digits=False,
                                normalize_quotes=False, unfold_presentation_forms=False)
    text = "إنّ\u200f ـ ١"
    assert normalize(text, keep).text == text


ARABICISH = st.text(alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهوي ءأإآىة") +
                                             ["\u064e", "\u0651", "\u0640", "\u200f", "\u200e", "٣", "7",
                                              "“", "”", "\ufefb", "😀", "\n", "\r", "a"]), max_size=60)


@settings(max_examples=200, deadline=None)
@given(ARABICISH)
def test_every_normalized_span_maps_back_inside_the_original(text):
    norm = normalize(text)
    assert len(norm.to_original) == len(norm.text)
    assert norm.to_original == sorted(norm.to_original)
    for i in range(len(norm.text)):
        for j in range(i + 1, min(len(norm.text), i + 5) + 1):
            s, e = norm.span_to_original(i, j)
            assert 0 <= s < e <= len(text)
            assert all(s <= norm.to_original[k] < e for k in range(i, j))
