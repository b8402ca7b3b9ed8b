"""Offset-keeping segmentation into paragraphs, sentences and words."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .arabic import is_word_char

_LINE_BREAK = re.compile(r"\r\n|\r|\n|\u2028|\u2029")
# Sentence ends: . ! ? Arabic question mark, ellipsis, followed by space/quote/end; not inside numbers.
_SENTENCE_END = re.compile(r"(?<!\d)(?:[.!?؟…]+|\.(?!\d))[\"'”»)\]]*(?=\s|$)")


@dataclass(frozen=True)
class Segment:
    """A span ``[start, end)`` of a text."""

    start: int
    end: int

    def slice(self, text: str) -> str:
        return text[self.start:self.end]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def paragraphs(text: str) -> list[Segment]:
    """Non-empty lines of ``text`` (a paragraph is one line), whitespace trimmed."""
    segments = []
    pos = 0
    for match in _LINE_BREAK.finditer(text):
        s, e = _strip(text, pos, match.start())
        if e > s:
            segments.append(Segment(s, e))
        pos = match.end()
    s, e = _strip(text, pos, len(text))
    if e > s:
        segments.append(Segment(s, e))
    return segments


def sentences(text: str) -> list[Segment]:
    """Sentences inside each paragraph, split after sentence-final punctuation."""
    result = []
    for para in paragraphs(text):
        pos = para.start
        for match in _SENTENCE_END.finditer(text, para.start, para.end):
            s, e = _strip(text, pos, match.end())
            if e > s:
                result.append(Segment(s, e))
            pos = match.end()
        s, e = _strip(text, pos, para.end)
        if e > s:
            result.append(Segment(s, e))
    return result


def words(text: str, start: int = 0, end: int | None = None) -> list[Segment]:
    """Word tokens (runs of letters, digits and marks) and single punctuation characters."""
    end = len(text) if end is None else end
    tokens = []
    i = start
    while i < end:
        ch = text[i]
        if ch.isspace() or ch in "\u200e\u200f\u061c\u200b\ufeff":
            i += 1
            continue
        j = i + 1
        if is_word_char(ch):
            while j < end and is_word_char(text[j]):
                j += 1
        tokens.append(Segment(i, j))
        i = j
    return tokens


class ParagraphIndex:
    """Maps character offsets to paragraph numbers (0-based) in O(log n)."""

    def __init__(self, text: str):
        self.segments = paragraphs(text)
        self._starts = [s.start for s in self.segments]

    def index_of(self, offset: int) -> int | None:
        """Paragraph containing ``offset``, or None if it falls between paragraphs."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self.segments[i].end:
            return i
        return None

    def span_paragraph(self, start: int, end: int) -> int | None:
        """Paragraph that contains the whole span, or None if it crosses a boundary."""
        i = self.index_of(start)
        if i is None or end > self.segments[i].end:
            return None
        return i
