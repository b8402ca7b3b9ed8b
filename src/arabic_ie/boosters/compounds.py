"""Compound names: a head word that, put before a name, makes a longer name of its own type.

Arabic builds many names from a head noun and a name or group adjective: حرب أوكرانيا and الحرب
الأوكرانية (EVENT), السفارة الأمريكية (ORG), الاتحاد الروسي (GPE), مطار هانوي (FAC). Taggers trained on a
few articles often keep only the inner name (أوكرانيا as GPE), which costs a false positive and a miss.

The heads are learned from the model's lexicon (its training mentions), never written by hand: a lexicon
surface whose last words are another lexicon surface teaches that its first one or two words, before a
name of that type, make a name of the surface's own type (الاتحاد السوفييتي, GPE, whose last word is the
NORP السوفييتي: head الاتحاد + NORP -> GPE). A country and its group adjective are interchangeable after a
head (حرب أوكرانيا / الحرب الأوكرانية), so GPE and NORP inner names count as one class. Words are compared
by their base (:func:`~.name_keys.word_base`: letter variants, marks and the article folded), and a
proclitic on the head word stays outside the span (وحكومة ...).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Mapping, Sequence

from ..core.hooks import DocumentView
from ..core.spans import Mention, mention, renumber
from ..core.windows import DocumentEncoding
from ..data.arabic import is_proclitic_prefix
from .base import Booster, register
from .name_keys import NAME_TYPES, OTHER, word_base

#: Head lengths in words.
HEAD_WORDS = (1, 2)
#: The inner-name class of an entity type (a country and its adjective share one).
_INNER_CLASS = {"NORP": "GPE"}
#: How far back (characters) the head words are looked for.
_LOOKBACK = 80
_WORD = re.compile(r"\S+")

HeadKey = tuple[tuple[str, ...], str]
"""(bases of the head words, inner class) -> the compound's entity type."""


def inner_class(etype: str) -> str:
    return _INNER_CLASS.get(etype, etype)


def _bases(words: Sequence[str]) -> tuple[str, ...]:
    return tuple(word_base(w, OTHER) for w in words)


def compound_heads(lexicon: Mapping[str, str]) -> dict[HeadKey, str]:
    """The heads taught by a ``surface -> type`` lexicon (a model's ``config.lexicon``).

    A head that makes names of several types keeps the most frequent one; a tie drops it.
    """
    names = {_bases(s.split()): t for s, t in lexicon.items() if t in NAME_TYPES}
    votes: dict[HeadKey, Counter] = defaultdict(Counter)
    for surface, etype in lexicon.items():
        words = surface.split()
        if etype not in NAME_TYPES:
            continue
        for n in HEAD_WORDS:
            if len(words) <= n:
                break
            inner = names.get(_bases(words[n:]))
            if inner is not None:
                votes[(_bases(words[:n]), inner_class(inner))][etype] += 1
    heads: dict[HeadKey, str] = {}
    for key, types in votes.items():
        ranked = types.most_common(2)
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            heads[key] = ranked[0][0]
    return heads


def _head_start(text: str, start: int, n: int, etype: str, heads: Mapping[HeadKey, str]) -> tuple[int, str] | None:
    """Where a head of ``n`` words before ``text[start:]`` begins (after its proclitic), and the compound's type."""
    lo = max(0, start - _LOOKBACK)
    words = list(_WORD.finditer(text, lo, start))[-n:]
    if len(words) < n or (words[0].start() > 0 and not text[words[0].start() - 1].isspace()):
        return None  # fewer words, or the first one cut by the look-back
    gap = text[words[0].start():start]
    if "\n" in gap or text[words[-1].end():start] != " " or any(g != " " for g in re.findall(r"\s+", gap)):
        return None
    first, rest = words[0].group(), [w.group() for w in words[1:]]
    for cut in [0] + [c for c in range(1, len(first) - 1) if is_proclitic_prefix(first[:c])]:
        etype_out = heads.get((_bases([first[cut:]] + rest), inner_class(etype)))
        if etype_out is not None:
            return words[0].start() + cut, etype_out
    return None


def compose_entities(enc: DocumentEncoding, entities: Sequence[Mention], heads: Mapping[HeadKey, str]
                     ) -> list[Mention]:
    """Each kept name preceded by a known head (and no other entity) becomes the compound name.

    The compound keeps the inner name's score; names of other types (DATE, MONEY...) are left alone.
    """
    if not heads:
        return list(entities)
    out: list[Mention] = []
    for item in sorted(entities, key=lambda x: x[0].start):
        ent = item[0]
        previous_end = out[-1][0].end if out else 0
        if ent.type in NAME_TYPES:
            for n in sorted(HEAD_WORDS, reverse=True):  # the longer head is the more specific
                found = _head_start(enc.text, ent.start, n, ent.type, heads)
                if found is None or found[0] < previous_end:
                    continue
                compound = mention(enc, found[1], found[0], ent.end, ent.score)
                if compound is not None:
                    item = compound
                    break
        out.append(item)
    return renumber(out)


@register
class CompoundsBooster(Booster):
    """A kept name after a head word the lexicon teaches becomes the compound name (الحرب + الأوكرانية: EVENT)."""

    name = "compounds"
    requires = ("lexicon",)

    def _heads(self) -> dict[HeadKey, str]:
        entries = self.pipeline.get("lexicon").entries
        cached = self.__dict__.get("_heads_cache")
        if cached is None or cached[0] is not entries:
            cached = (entries, compound_heads(entries))
            self.__dict__["_heads_cache"] = cached
        return cached[1]

    def describe(self) -> str:
        n = len(self._heads()) if self.pipeline is not None else 0
        return (f"compound names: a kept name after one of {n} head words learned from the lexicon (a training "
                "name whose last words are another training name) becomes the compound name")

    def entities(self, view: DocumentView, mentions: list[Mention]) -> list[Mention]:
        return compose_entities(view.encoding, mentions, self._heads())
