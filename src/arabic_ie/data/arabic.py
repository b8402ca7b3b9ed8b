"""Arabic character classes and word-boundary rules shared by the data layer."""

from __future__ import annotations

import re
import unicodedata

TATWEEL = "\u0640"
#: Single-letter proclitics that attach to a noun: wa, fa, bi, li, ka.
PROCLITICS = ("و", "ف", "ب", "ل", "ك")
#: Proclitic sequences allowed before a span start ("لل" = li + assimilated al-).
_PROCLITIC_RE = re.compile("^[وف]?(?:لل|[بلك])?" + TATWEEL + "?$")
#: Bidi control characters (marks, embeddings, isolates) that carry no content.
BIDI_CONTROLS = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
#: Zero-width characters that can sit inside words.
ZERO_WIDTH = frozenset("\u200b\u200c\u200d\ufeff")


def is_diacritic(ch: str) -> bool:
    """Combining marks (harakat, shadda, sukun, superscript alef, Quranic marks...)."""
    return unicodedata.category(ch) == "Mn"


def is_word_char(ch: str) -> bool:
    """True for characters that belong inside a word: letters, digits, marks, tatweel, ZWJ/ZWNJ."""
    return ch.isalnum() or is_diacritic(ch) or ch == TATWEEL or ch in "\u200c\u200d"


def word_start(text: str, pos: int) -> int:
    """Index where the word containing position ``pos`` starts."""
    while pos > 0 and is_word_char(text[pos - 1]):
        pos -= 1
    return pos


def is_proclitic_prefix(prefix: str) -> bool:
    """True if ``prefix`` is a sequence of proclitics a span may start after (e.g. "و", "وب", "لل")."""
    return bool(prefix) and bool(_PROCLITIC_RE.match(prefix))


def starts_at_boundary(text: str, start: int) -> bool:
    """A span may start at a word start or right after attached proclitics, with or without a tatweel after them
    ("بـالبنتاغون", "ـالبنتاغون")."""
    ws = word_start(text, start)
    prefix = text[ws:start]
    core = prefix.rstrip(TATWEEL)
    return ws == start or is_proclitic_prefix(prefix) or (core != prefix and (not core or is_proclitic_prefix(core)))


def ends_at_boundary(text: str, end: int) -> bool:
    """A span must end at the end of a word (no trailing letters or diacritics cut off), or right after a percent
    sign ("5%بعد")."""
    return end >= len(text) or not is_word_char(text[end]) or (end > 0 and text[end - 1] in "%٪")


# Names whose first letters look like a proclitic + the article (ك + ال...), so the check below would flag them.
NAMES_LIKE_CLITIC_ARTICLE = frozenset({
    "كاليفورنيا", "كالدونيا", "كالياري", "كالاهاري", "كالديرون", "كالينينغراد", "فالنسيا", "فالنتين", "فالفيردي",
    "فالكاو", "فالديز", "بالتيمور", "بالوتيلي", "بالتيك", "بالاكريشنان", "والاستون", "لالانا", "كالابريا",
    "بالنسيا", "باليرمو", "بالميراس",
})


def leading_proclitic(span_text: str, known_surfaces: set[str] | None = None) -> str | None:
    """Return the proclitic a span seems to keep, or None.

    A span keeps a proclitic when it starts with one followed by the article ``ال``
    ("والولايات", "بالصين", "للحكومة"), or when stripping a proclitic leaves a surface
    annotated elsewhere (``known_surfaces``: "لفيتنام" when "فيتنام" is a known name).
    """
    if span_text.split()[0] in NAMES_LIKE_CLITIC_ARTICLE if span_text.split() else False:
        return None
    if span_text.startswith("لل") and len(span_text) > 3:
        return "لل"
    for n in (2, 1):
        prefix, rest = span_text[:n], span_text[n:]
        if not is_proclitic_prefix(prefix) or len(rest) < 2:
            continue
        first_word = rest.split()[0] if rest.split() else ""
        if first_word.startswith("ال") and len(first_word) >= 5:
            return prefix
        if known_surfaces and rest in known_surfaces and span_text not in known_surfaces:
            return prefix
    return None

