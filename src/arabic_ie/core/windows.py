"""Tokenize whole documents with offsets and cut them into overlapping windows.

A document is tokenized once (no truncation); windows of at most ``max_length - 2`` subword
tokens (plus ``[CLS]``/``[SEP]``) advance by ``max_length - 2 - stride`` tokens, so consecutive
windows share ``stride`` tokens and every token, hence every character, lies in some window.
Predictions for a token come from the window in which it is most central.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from ..data.arabic import is_diacritic, is_proclitic_prefix, is_word_char, word_start
from ..data.document import Entity


@dataclass(frozen=True)
class Window:
    """Token range ``[start, end)`` of a document's subword sequence."""

    index: int
    start: int
    end: int

    def centrality(self, token: int) -> int:
        """Distance of ``token`` to the nearest window edge (larger = more context)."""
        return min(token - self.start, self.end - 1 - token)

    def contains(self, first: int, last: int) -> bool:
        return self.start <= first and last < self.end


@dataclass
class DocumentEncoding:
    """Subword ids and character offsets of one document, and its windows."""

    text: str
    input_ids: list[int]
    offsets: list[tuple[int, int]]
    windows: list[Window]

    def __len__(self) -> int:
        return len(self.input_ids)

    def bounds(self) -> tuple[list[int], list[int]]:
        """Token start and end offsets as two lists (cached; for binary search)."""
        cached = self.__dict__.get("_bounds")
        if cached is None:
            cached = ([a for a, _ in self.offsets], [b for _, b in self.offsets])
            self.__dict__["_bounds"] = cached
        return cached

    def char_coverage(self, window: Window) -> tuple[int, int]:
        """Characters a window is responsible for: from its first token (or 0) to the next token after it."""
        start = 0 if window.start == 0 else self.offsets[window.start][0]
        end = len(self.text) if window.end >= len(self) else self.offsets[window.end][0]
        return start, end

    def best_window(self, first: int, last: int) -> Window | None:
        """The window containing tokens ``first..last`` with the most context around them."""
        starts = self.__dict__.get("_window_starts")
        if starts is None:
            starts = self.__dict__["_window_starts"] = [w.start for w in self.windows]
        best, best_score = None, -1
        i = bisect.bisect_right(starts, first) - 1  # the last window starting at or before the span
        while i >= 0 and self.windows[i].end > last:  # windows are ordered by start and by end
            w = self.windows[i]
            score = min(w.centrality(first), w.centrality(last))
            if score >= best_score:  # ties keep the earlier window
                best, best_score = w, score
            i -= 1
        return best


def make_windows(n_tokens: int, max_length: int, stride: int, offset: int = 0) -> list[Window]:
    """Windows over ``n_tokens`` subwords; consecutive windows overlap by ``stride`` tokens.

    ``offset`` (training only: window jitter) shifts the grid left by that many tokens, so the first window is
    ``offset`` tokens shorter and every later window starts elsewhere in the text; 0 is the grid prediction uses.
    """
    size = max_length - 2
    if size <= 0:
        raise ValueError(f"max_length must be at least 3, got {max_length}")
    if not 0 <= stride < size:
        raise ValueError(f"stride (overlap) must be in [0, {size}), got {stride}")
    if not 0 <= offset < size - stride:
        raise ValueError(f"window offset must be in [0, {size - stride}), got {offset}")
    if n_tokens == 0:
        return [Window(0, 0, 0)]
    windows, start = [], -offset
    while True:
        end = min(start + size, n_tokens)
        windows.append(Window(len(windows), max(0, start), end))
        if end == n_tokens:
            return windows
        start = end - stride


def _without_leading_space(text: str, start: int, end: int) -> tuple[int, int]:
    """A token's offsets without the space a SentencePiece word-start piece (``▁word``) covers.

    A piece that is only the word-start mark keeps its space, so it is not dropped as zero-width.
    """
    while start < end - 1 and text[start].isspace():
        start += 1
    return start, end


def encode_document(text: str, tokenizer, max_length: int, stride: int, offset: int = 0) -> DocumentEncoding:
    """Tokenize ``text`` without truncation and build its windows (``offset``: see :func:`make_windows`)."""
    enc = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True, return_attention_mask=False,
                    return_token_type_ids=False, verbose=False)
    ids, offsets = list(enc["input_ids"]), [_without_leading_space(text, a, b) for a, b in enc["offset_mapping"]]
    keep = [i for i, (a, b) in enumerate(offsets) if b > a]  # drop zero-width tokens, if any
    ids = [ids[i] for i in keep]
    offsets = [offsets[i] for i in keep]
    return DocumentEncoding(text, ids, offsets, make_windows(len(ids), max_length, stride, offset))


def snap_span(text: str, start: int, end: int, proclitic: int) -> tuple[int, int]:
    """Turn a token-level span into a character span on word boundaries.

    The span grows to whole words (subwords are pieces of words), trailing diacritics and tatweel
    are kept, and ``proclitic`` leading characters are dropped when they form a proclitic
    sequence (و ف ب ل ك لل ...), as predicted by the model's proclitic head.
    """
    start = word_start(text, start)
    while end < len(text) and is_word_char(text[end]):
        end += 1
    if 0 < proclitic < end - start and is_proclitic_prefix(text[start:start + proclitic]):
        start += proclitic
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not (text[end - 1].isalnum() or is_diacritic(text[end - 1])):
        end -= 1
    return start, end


def proclitic_label(text: str, entity: Entity, max_proclitic: int) -> int | None:
    """Number of proclitic characters before ``entity`` in its word, or None if not expressible."""
    ws = word_start(text, entity.start)
    k = entity.start - ws
    if k == 0:
        return 0
    if k <= max_proclitic and is_proclitic_prefix(text[ws:entity.start]):
        return k
    return None


def is_reachable(text: str, entity: Entity, max_proclitic: int) -> bool:
    """Whether word-snapping plus the proclitic head can produce exactly this span."""
    k = proclitic_label(text, entity, max_proclitic)
    if k is None:
        return False
    end = entity.end
    word_end = end
    while word_end < len(text) and is_word_char(text[word_end]):
        word_end += 1
    return word_end == end
