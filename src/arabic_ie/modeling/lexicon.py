"""Mention lexicon: the training set's entity surfaces, matched in new text.

Used two ways: as the gazetteer baseline of the evaluation harness, and as an input feature of the
transformer (``lexicon_features: true``), where each subword gets a BIO tag of the lexicon match
covering it. A model learns how far to trust the lexicon only if training sees matches as
incomplete as at test time, so a training document is tagged with a lexicon built from the *other*
training documents (:meth:`Lexicon.match` with ``exclude``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterable, Sequence

from ..data.arabic import ends_at_boundary, starts_at_boundary
from ..data.document import Document

Match = tuple[int, int, str]


def mention_counts(document: Document) -> dict[str, Counter]:
    """Surface -> type counts of one document's gold mentions."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for e in document.entities:
        if e.text.strip():
            counts[e.text][e.type] += 1
    return counts


class Lexicon:
    """Entity surfaces with their type counts; matched longest-first on whole words (proclitics allowed)."""

    def __init__(self, counts: dict[str, Counter] | None = None) -> None:
        self.counts: dict[str, Counter] = defaultdict(Counter)
        for surface, types in (counts or {}).items():
            self.counts[surface].update(types)
        self._order: list[str] | None = None

    @classmethod
    def fit(cls, documents: Iterable[Document]) -> "Lexicon":
        lexicon = cls()
        for doc in documents:
            for surface, types in mention_counts(doc).items():
                lexicon.counts[surface].update(types)
        return lexicon

    @classmethod
    def from_config(cls, entries: dict[str, str]) -> "Lexicon":
        """The lexicon a trained model stores in its config (``surface -> type``)."""
        return cls({surface: Counter({etype: 1}) for surface, etype in entries.items()})

    def to_config(self) -> dict[str, str]:
        """``surface -> most frequent type`` (ties: alphabetical), sorted for stable config files."""
        return {s: self.type_of(self.counts[s]) for s in sorted(self.counts)}

    def __len__(self) -> int:
        return len(self.counts)

    def __contains__(self, surface: str) -> bool:
        return surface in self.counts

    @staticmethod
    def type_of(types: Counter) -> str:
        return min(types.items(), key=lambda kv: (-kv[1], kv[0]))[0]

    def match(self, text: str, exclude: dict[str, Counter] | None = None) -> list[Match]:
        """Non-overlapping ``(start, end, type)`` matches in ``text``, longest surfaces first.

        ``exclude`` (e.g. :func:`mention_counts` of the document being tagged) is subtracted from the
        counts first, so a surface only that document contains does not match.
        """
        if self._order is None:
            self._order = sorted(self.counts, key=lambda s: (-len(s), s))
        taken = bytearray(len(text))
        found: list[Match] = []
        for surface in self._order:
            pos = text.find(surface)
            if pos == -1:
                continue
            types = self.counts[surface]
            if exclude and surface in exclude:
                types = types - exclude[surface]
                if not types:
                    continue
            etype = self.type_of(types)
            while pos != -1:
                end = pos + len(surface)
                if starts_at_boundary(text, pos) and ends_at_boundary(text, end) and not any(taken[pos:end]):
                    found.append((pos, end, etype))
                    taken[pos:end] = b"\x01" * (end - pos)
                pos = text.find(surface, pos + 1)
        return sorted(found)


def lexicon_tag_ids(entity_types: Sequence[str]) -> dict[str, int]:
    """Tag ids of the lexicon feature: 0 = no match, then B-/I- per entity type."""
    ids = {"O": 0}
    for etype in entity_types:
        ids[f"B-{etype}"] = len(ids)
        ids[f"I-{etype}"] = len(ids)
    return ids


def token_lexicon_tags(offsets: Sequence[tuple[int, int]], matches: Sequence[Match],
                       entity_types: Sequence[str]) -> list[int]:
    """One lexicon tag id per subword (given its character offsets) from character-level matches."""
    ids = lexicon_tag_ids(entity_types)
    tags = [0] * len(offsets)
    if not matches:
        return tags
    import bisect

    ends = [e for _, e in offsets]
    for start, end, etype in matches:
        if f"B-{etype}" not in ids:
            continue
        first = bisect.bisect_right(ends, start)
        inside = False
        for tok in range(first, len(offsets)):
            s, e = offsets[tok]
            if s >= end:
                break
            if e <= start or s == e:
                continue
            tags[tok] = ids[("I-" if inside else "B-") + etype]
            inside = True
    return tags
