"""Mention lexicon: the training set's entity surfaces, matched in new text.

Used two ways: as the gazetteer baseline of the evaluation harness, and as an input feature of the
transformer (the ``lexicon`` booster), where each subword gets a BIO tag of the lexicon match
covering it. A model learns how far to trust the lexicon only if training sees matches as
incomplete as at test time, so a training document is tagged with a lexicon built from the *other*
training documents (:meth:`Lexicon.match` with ``exclude``).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Iterable, Sequence

from ..data.arabic import PROCLITICS, ends_at_boundary, is_proclitic_prefix, starts_at_boundary
from ..data.document import Document
from ..data.segment import words
from ..core.hooks import DocumentView
from ..core.spans import Occupied, select_non_overlapping
from ..schema import Schema
from .base import Booster, BoosterError, FitContext, register
from .name_keys import base_key, close_bases, family_of, word_base

Match = tuple[int, int, str]


def mention_counts(document: Document) -> dict[str, Counter]:
    """Surface -> type counts of one document's gold mentions."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for e in document.entities:
        if e.text.strip():
            counts[e.text][e.type] += 1
    return counts


Key = tuple[str, ...]
#: family -> key -> base tuple -> type counts
KeyTable = dict[str, dict[Key, dict[Key, Counter]]]


def _word_tokens(text: str) -> list[tuple[str, int, int]]:
    """``(word, start, end)`` of each word or punctuation token."""
    return [(text[w.start:w.end], w.start, w.end) for w in words(text)]


def _gap(text: str, end: int, start: int) -> str | None:
    """The kind of gap between two tokens: "" (none), " " (spaces), None (a line break or other text)."""
    gap = text[end:start]
    if "\n" in gap or "\r" in gap or gap.strip():
        return None
    return " " if gap else ""


def _gapped_bases(tokens: list[tuple[str, int, int]], text: str, family: str,
                  first_word: str | None = None) -> Key | None:
    """Bases of consecutive tokens, with the kind of gap between them; None if a line break separates them."""
    parts: list[str] = []
    for i, (word, start, _) in enumerate(tokens):
        if i:
            gap = _gap(text, tokens[i - 1][2], start)
            if gap is None:
                return None
            parts.append(gap)
        parts.append(word_base(first_word if i == 0 and first_word is not None else word, family))
    return tuple(parts)


def _key(bases: Key) -> Key:
    return tuple(base_key(b) if b.strip() else b for b in bases)


class Lexicon:
    """Entity surfaces with their type counts; matched longest-first on whole words (proclitics allowed).

    :meth:`match` looks surfaces up exactly; :meth:`match_variants` also finds the spelling and
    inflection variants of name-like entries (:mod:`.name_keys`).
    """

    def __init__(self, counts: dict[str, Counter] | None = None, variants: bool = False) -> None:
        self.variants = variants
        self.counts: dict[str, Counter] = defaultdict(Counter)
        for surface, types in (counts or {}).items():
            self.counts[surface].update(types)
        self._order: list[str] | None = None
        self._keys: KeyTable | None = None

    @classmethod
    def fit(cls, documents: Iterable[Document], variants: bool = False) -> "Lexicon":
        lexicon = cls(variants=variants)
        for doc in documents:
            for surface, types in mention_counts(doc).items():
                lexicon.counts[surface].update(types)
        return lexicon

    @classmethod
    def from_config(cls, entries: dict[str, str], variants: bool = False) -> "Lexicon":
        """The lexicon a trained model stores in its config (``surface -> type``)."""
        return cls({surface: Counter({etype: 1}) for surface, etype in entries.items()}, variants=variants)

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

    def find(self, text: str, exclude: dict[str, Counter] | None = None) -> list[Match]:
        """:meth:`match_variants` if this lexicon was built with ``variants``, else :meth:`match`."""
        return self.match_variants(text, exclude) if self.variants else self.match(text, exclude)

    def match(self, text: str, exclude: dict[str, Counter] | None = None) -> list[Match]:
        """Non-overlapping ``(start, end, type)`` matches in ``text``, longest surfaces first.

        ``exclude`` (e.g. :func:`mention_counts` of the document being tagged) is subtracted from the
        counts first, so a surface only that document contains does not match.
        """
        if self._order is None:
            self._order = sorted(self.counts, key=lambda s: (-len(s), s))
        taken = Occupied()
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
                if starts_at_boundary(text, pos) and ends_at_boundary(text, end) and taken.claim(pos, end):
                    found.append((pos, end, etype))
                pos = text.find(surface, pos + 1)
        return sorted(found)

    @staticmethod
    def _key_table(counts: dict[str, Counter]) -> KeyTable:
        """family -> key -> bases -> type counts, each surface keyed by its own types' family."""
        table: KeyTable = defaultdict(lambda: defaultdict(lambda: defaultdict(Counter)))
        for surface, types in counts.items():
            tokens = _word_tokens(surface)
            for etype, n in types.items():
                family = family_of(etype)
                if family is None or not tokens:
                    continue
                bases = _gapped_bases(tokens, surface, family)
                if bases is not None:
                    table[family][_key(bases)][bases][etype] += n
        return table

    @staticmethod
    def _variant_types(entries: dict[Key, Counter], bases: Key, excluded: dict[Key, Counter]) -> Counter:
        """Type counts of the entries whose bases are close to ``bases``, less the excluded counts."""
        types: Counter = Counter()
        for known, counts in entries.items():
            if close_bases(known, bases):
                types += counts - excluded.get(known, Counter())
        return types

    def match_variants(self, text: str, exclude: dict[str, Counter] | None = None) -> list[Match]:
        """Like :meth:`match`, but name-like entries also match their spelling and inflection variants.

        Exact matches and variant matches compete longest-first (more words, then exact before
        variant, then more characters); a variant match may start after proclitics ("وروسية").
        """
        if self._keys is None:
            self._keys = self._key_table(self.counts)
        excluded = self._key_table(exclude) if exclude else {}
        candidates: list[tuple[int, int, int, str, int]] = []  # (words, exact, start, type, end)
        for start, end, etype in self.match(text, exclude):
            candidates.append((len(_word_tokens(text[start:end])), 1, start, etype, end))
        tokens = _word_tokens(text)
        gaps = [None] + [_gap(text, tokens[i - 1][2], tokens[i][1]) for i in range(1, len(tokens))]
        for family, table in self._keys.items():
            prefixes = {key[:n] for key in table for n in range(1, len(key) + 1, 2)}
            bases = [word_base(word, family) if word[0].isalnum() else word for word, _, _ in tokens]
            for i, (word, w_start, _) in enumerate(tokens):
                if not word[0].isalnum():
                    continue
                heads = [(0, bases[i])] + [(n, word_base(word[n:], family)) for n in (1, 2, 3)
                                           if len(word) - n >= 2 and word[0] in PROCLITICS
                                           and is_proclitic_prefix(word[:n])]
                for cut, head in heads:
                    span_bases: list[str] = [head]
                    for j in range(i, len(tokens)):
                        if j > i:
                            if gaps[j] is None:
                                break
                            span_bases += [gaps[j], bases[j]]
                        key = _key(tuple(span_bases))
                        if key not in prefixes:
                            break
                        if key in table:
                            types = self._variant_types(table[key], tuple(span_bases),
                                                        excluded.get(family, {}).get(key, {}))
                            if types:
                                candidates.append(((len(span_bases) + 1) // 2, 0, w_start + cut,
                                                   self.type_of(types), tokens[j][2]))
        candidates.sort(key=lambda c: (-c[0], -c[1], -(c[4] - c[2]), c[2]))
        kept = select_non_overlapping(candidates, lambda c: (c[2], c[4]))
        return sorted((start, end, etype) for _, _, start, etype, end in kept)


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


@register
class LexiconBooster(Booster):
    """The training mentions as an input feature: each subword gets the BIO tag of the lexicon match covering it.

    A training document is tagged from the *other* training documents' mentions, so the model learns how far
    to trust the lexicon. Other boosters (vote, compounds) read its :meth:`matches` and :attr:`lexicon`.
    """

    name = "lexicon"
    fit_stage = "before"
    defaults = {"variants": False}
    FILE = "lexicon.json"

    def __init__(self, **params: Any) -> None:
        super().__init__(**params)
        self.lexicon = Lexicon(variants=self.params["variants"])

    def fit(self, documents: Sequence[Document], context: FitContext) -> dict[str, Any]:
        self.lexicon = Lexicon.fit(documents, variants=self.params["variants"])
        self.fitted = True
        return {"surfaces": len(self.lexicon)}

    def save(self, directory: Path) -> list[str]:
        (Path(directory) / self.FILE).write_text(json.dumps(self.lexicon.to_config(), ensure_ascii=False, indent=0),
                                                 encoding="utf-8")
        return [self.FILE]

    def load(self, directory: Path) -> None:
        entries = json.loads((Path(directory) / self.FILE).read_text(encoding="utf-8"))
        if not isinstance(entries, dict) or not all(isinstance(k, str) and isinstance(v, str)
                                                    for k, v in entries.items()):
            raise BoosterError(f"{Path(directory) / self.FILE}: expected a mapping of surface -> entity type")
        self.lexicon = Lexicon.from_config(entries, variants=self.params["variants"])
        self.fitted = True

    @property
    def entries(self) -> dict[str, str]:
        """Surface -> entity type of every lexicon mention (cached until the lexicon is refitted)."""
        cached = self.__dict__.get("_entries")
        if cached is None or cached[0] is not self.lexicon:
            cached = (self.lexicon, self.lexicon.to_config())
            self.__dict__["_entries"] = cached
        return cached[1]

    def describe(self) -> str:
        variants = " and their spelling / inflection variants" if self.params["variants"] else ""
        return (f"{len(self.lexicon):,} training mention surfaces{variants}, matched in every input (longest first, "
                "whole words) and given to the model as a BIO tag per subword")

    def token_tag_vocab(self, schema: Schema) -> int:
        return 1 + 2 * len(schema.entity_types)

    def matches(self, view: DocumentView) -> list[Match]:
        """The lexicon's matches in the document (computed once per document)."""
        if "lexicon.matches" not in view.cache:
            view.cache["lexicon.matches"] = self.lexicon.find(view.text)
        return view.cache["lexicon.matches"]

    def token_tags(self, view: DocumentView, own: Document | None = None) -> list[int]:
        found = self.lexicon.find(view.text, exclude=mention_counts(own)) if own is not None else self.matches(view)
        return token_lexicon_tags(view.encoding.offsets, found, self.schema.entity_types)
