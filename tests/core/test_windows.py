"""Windowing over subword tokens: full coverage, deterministic merging, clitic-aware span snapping."""

from __future__ import annotations

import pytest

from arabic_ie.data.document import Entity
from arabic_ie.core.windows import encode_document, is_reachable, make_windows, proclitic_label, snap_span


@pytest.mark.parametrize("n, size, overlap", [(0, 10, 2), (5, 10, 2), (8, 10, 2), (100, 10, 2), (101, 34, 8), (57, 20, 0)])
def test_windows_cover_every_token_and_overlap_by_stride(n, size, overlap):
    windows = make_windows(n, size, overlap)
    covered = set()
    for w in windows:
        assert w.end - w.start <= size - 2
        covered |= set(range(w.start, w.end))
    assert covered == set(range(n))
    for a, b in zip(windows, windows[1:]):
        assert a.end - b.start == overlap


def test_bad_window_settings_are_rejected():
    with pytest.raises(ValueError, match="stride"):
        make_windows(10, 10, 8)
    with pytest.raises(ValueError, match="offset"):
        make_windows(100, 34, 8, offset=24)  # the grid advances 24 tokens: offsets 0..23


@pytest.mark.parametrize("n, size, overlap, offset", [(100, 34, 8, 1), (100, 34, 8, 23), (20, 34, 8, 5), (57, 20, 0, 9)])
def test_a_shifted_grid_still_covers_every_token_with_the_same_overlap(n, size, overlap, offset):
    windows = make_windows(n, size, overlap, offset)
    assert windows[0].start == 0 and windows[0].end == min(n, size - 2 - offset)
    covered = set()
    for w in windows:
        covered |= set(range(w.start, w.end))
    assert covered == set(range(n))
    for a, b in zip(windows, windows[1:]):
        assert a.end - b.start == overlap and b.end - b.start <= size - 2
    assert make_windows(n, size, overlap, offset) != make_windows(n, size, overlap) or n <= size - 2 - offset


@pytest.mark.parametrize("offset", [0, 7])
def test_best_window_is_the_most_central_one_containing_the_span(offset):
    from arabic_ie.core.windows import DocumentEncoding

    windows = make_windows(120, 34, 8, offset)
    enc = DocumentEncoding("", list(range(120)), [(i, i + 1) for i in range(120)], windows)
    for first in range(0, 120, 3):
        for last in (first, min(119, first + 5)):
            inside = [w for w in windows if w.contains(first, last)]
            best = enc.best_window(first, last)
            if not inside:
                assert best is None
                continue
            top = max(min(w.centrality(first), w.centrality(last)) for w in inside)
            assert best == next(w for w in inside if min(w.centrality(first), w.centrality(last)) == top)


def test_every_character_of_a_long_document_is_in_a_window(tiny_model_and_tokenizer):
    _, tokenizer = tiny_model_and_tokenizer
    text = ("وصل بوتين إلى هانوي، والتقى تو لام في القصر الرئاسي.\n" * 40).strip()
    enc = encode_document(text, tokenizer, max_length=32, stride=8)
    assert len(enc.windows) > 5
    covered = [False] * len(text)
    for w in enc.windows:
        a, b = enc.char_coverage(w)
        for i in range(a, b):
            covered[i] = True
    assert all(covered)
    # every token lies in a window, and the most central window is chosen for it
    for tok in range(len(enc)):
        best = enc.best_window(tok, tok)
        assert best is not None and best.start <= tok < best.end


def test_offsets_index_the_original_text_with_diacritics_tatweel_and_marks(tiny_model_and_tokenizer):
    _, tokenizer = tiny_model_and_tokenizer
    text = "\u200fوَصَلَ بوتـــين إلى «هانوي»\r\n"
    enc = encode_document(text, tokenizer, max_length=64, stride=8)
    for a, b in enc.offsets:
        assert 0 <= a < b <= len(text)
        assert text[a:b].strip() == text[a:b]


@pytest.mark.parametrize("text, surface, k", [
    ("زار لفيتنام", "فيتنام", 1), ("وبوتين قال", "بوتين", 1), ("للحكومة الفيتنامية", "حكومة الفيتنامية", 2),
    ("والولايات المتحدة", "الولايات المتحدة", 1), ("بوتين", "بوتين", 0),
])
def test_proclitic_labels_make_clitic_spans_reachable(text, surface, k):
    start = text.index(surface)
    ent = Entity("T1", "GPE", start, start + len(surface), surface)
    assert proclitic_label(text, ent, 3) == k
    assert is_reachable(text, ent, 3)
    # decoding from the whole word plus the predicted proclitic length gives the gold span back
    assert snap_span(text, start, ent.end - 1, k) == (ent.start, ent.end)


def test_snapping_never_keeps_punctuation_or_drops_trailing_diacritics():
    text = "قال «بوتينُ»، ثم"
    s = text.index("بوت")
    assert text[slice(*snap_span(text, s, s + 3, 0))] == "بوتينُ"



def test_a_predicted_proclitic_is_only_removed_when_it_is_one():
    text = "زار هانوي"
    s = text.index("هانوي")
    assert snap_span(text, s, s + 5, 1) == (s, s + 5)  # "ه" is not a proclitic
