"""Spelling-tolerant keys of entity words, so a lexicon matches the variants news text uses.

Arabic news spells one name several ways and inflects group adjectives, so an exact lookup of
training mentions misses most of the mentions it has in fact seen:

* letter variants and marks: أ/إ/آ/ا, ى/ي, diacritics, tatweel (:func:`~arabic_ie.data.normalize.normalize`);
* the definite article on non-person names: الكرملين / كرملين, الأمم المتحدة / أمم المتحدة;
* transliterated vowels and the g/j letter: بوتين / بوتن, ترونغ / ترونج, السوفيتي / السوفييتي / السوفياتي;
* the nisba inflection of group adjectives (NORP): الروسي / الروسية / روسية, الأوكراني / أوكرانيين.

A word's *base* drops the article and the nisba suffix (as its type family allows); its *key* also
folds transliteration (ج/غ, inner long vowels). Words with one key are looked up together, and a
variant is accepted only when its base is at most one edit (optimal string alignment distance: a
letter added, dropped, changed, or two swapped) from a known base, so "بدون" never matches "بايدن"
although their skeletons agree. Keys depend on the type family of the mention (a person's name keeps
its article, only group adjectives drop their nisba suffix), so a lexicon keys each entry with its own
type's rule and a text word once per family.
"""

from __future__ import annotations

from rapidfuzz.distance import OSA

from ..data.normalize import normalize

#: Type families that share a key rule.
PERSON, GROUP, OTHER = "person", "group", "other"
#: Entity types whose surfaces are names or adjectives worth keying; numbers and dates match exactly.
NAME_TYPES = frozenset({"PER", "NORP", "ORG", "GPE", "LOC", "FAC", "EVENT", "LAW"})
_NISBA_SUFFIXES = ("يون", "يين", "يان", "ية", "يه", "ي")
_VOWELS = frozenset("اوي")
#: Shortest vowel-less skeleton that is used as a key; shorter words keep their vowels ("كيم", "روسيا").
MIN_SKELETON = 3
#: Edits allowed between a variant's base and a known base, per word.
MAX_EDITS = 1


def family_of(etype: str) -> str | None:
    """The key family of an entity type, or None for types matched only exactly (DATE, MONEY...)."""
    if etype not in NAME_TYPES:
        return None
    if etype == "PER":
        return PERSON
    return GROUP if etype == "NORP" else OTHER


def _skeleton(word: str) -> str:
    """Fold transliteration variants: ج -> غ, inner long vowels dropped (first and last letters kept,
    so "أوكرانيا" and "أوكراني" stay apart)."""
    word = word.replace("ج", "غ")
    if len(word) < 3:
        return word
    skeleton = word[0] + "".join(c for c in word[1:-1] if c not in _VOWELS) + word[-1]
    return skeleton if len(skeleton) >= MIN_SKELETON else word


def word_base(word: str, family: str) -> str:
    """The word without marks, letter variants, the article (not for persons) and the nisba suffix (groups).

    A group adjective's base ends in ``+ي`` when it had a nisba suffix, so "الغربية" never matches "الغرب".

    >>> word_base("الروسية", GROUP) == word_base("روسية", GROUP) == word_base("الروسي", GROUP)
    True
    """
    w = normalize(word).text.replace("ة", "ه")
    if family != PERSON and w.startswith("ال") and len(w) > 4:
        w = w[2:]
    if family == GROUP:
        for suffix in _NISBA_SUFFIXES:
            if w.endswith(suffix) and len(w) - len(suffix) >= 3:
                return w[: -len(suffix)] + "+ي"
    return w


def base_key(base: str) -> str:
    """The lookup key of a base: its transliteration skeleton (the nisba mark kept).

    >>> base_key(word_base("بوتن", PERSON)) == base_key(word_base("بوتين", PERSON))
    True
    """
    if base.endswith("+ي"):
        return _skeleton(base[:-2]) + "+ي"
    return _skeleton(base)


def close_bases(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """True when two mentions' bases differ by at most :data:`MAX_EDITS` edits in each word."""
    return len(a) == len(b) and all(x == y or OSA.distance(x, y, score_cutoff=MAX_EDITS) <= MAX_EDITS
                                    for x, y in zip(a, b))
