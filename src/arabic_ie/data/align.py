"""Find which sentences of one corpus are the same text as sentences of another.

NewsFANE is ANERcorp's text re-annotated (clitic-segmented, normalized, in another sentence order and sometimes
split differently), so a dev part cut from one corpus by position is training text of the other. Matching the
sentences by their letters lets both corpora put the same text in the same part.

A sentence matches when its letter key (``text_key``: normalized letters only, no spaces, digits or punctuation)
equals a reference sentence's, or else when at least ``min_overlap`` of its word trigrams occur in one reference
sentence (sentences split or joined differently, a word spelt apart).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Sequence

from ..lm.word_vectors import normalize_word

_NOT_LETTER = re.compile(r"[\W\d_]+")


def text_key(text: str) -> str:
    """The normalized letters of ``text`` (alef / ya / ta marbuta variants folded, diacritics and tatweel
    dropped), without spaces, digits or punctuation."""
    return _NOT_LETTER.sub("", normalize_word(text))


def _trigrams(text: str) -> list[tuple[str, ...]]:
    words = [w for w in (_NOT_LETTER.sub("", normalize_word(t)) for t in text.split()) if w]
    return [tuple(words[i:i + 3]) for i in range(len(words) - 2)]


def match_texts(texts: Sequence[str], reference: Sequence[str], min_overlap: float = 0.5) -> list[int | None]:
    """For each of ``texts``, the index of the reference text it is the same text as (None: no match)."""
    by_key: dict[str, int] = {}
    for i, ref in enumerate(reference):
        by_key.setdefault(text_key(ref), i)
    by_trigram: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for i, ref in enumerate(reference):
        for gram in _trigrams(ref):
            by_trigram[gram].add(i)
    out: list[int | None] = []
    for text in texts:
        exact = by_key.get(text_key(text))
        if exact is not None:
            out.append(exact)
            continue
        grams = _trigrams(text)
        votes = Counter(i for gram in set(grams) for i in by_trigram.get(gram, ()))
        best = votes.most_common(1)
        out.append(best[0][0] if best and grams and best[0][1] >= min_overlap * len(set(grams)) else None)
    return out
