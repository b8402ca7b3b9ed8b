"""Offset-preserving Arabic normalization.

:func:`normalize` returns the normalized string together with an alignment, so that any span
found in the normalized text maps back to the exact characters of the original input, and any
gold span of the original maps into the normalized text.
"""

from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass, field

from .arabic import BIDI_CONTROLS, TATWEEL, ZERO_WIDTH, is_diacritic

ALEF_VARIANTS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا"}
YA_VARIANTS = {"ى": "ي", "ی": "ي", "ې": "ي"}
QUOTES = {"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'", "‹": "'", "›": "'"}
DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}
PUNCT = {"،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ","}


@dataclass(frozen=True)
class NormalizationOptions:
    """Which normalizations to apply; the defaults suit Arabic BERT vocabularies."""

    remove_diacritics: bool = True
    remove_tatweel: bool = True
    remove_bidi_controls: bool = True
    normalize_alef: bool = True
    normalize_ya: bool = True
    normalize_ta_marbuta: bool = False
    normalize_digits: bool = True
    normalize_quotes: bool = True
    normalize_punctuation: bool = False
    unfold_presentation_forms: bool = True
    lowercase: bool = False

    def to_dict(self) -> dict[str, bool]:
        return dict(self.__dict__)


@dataclass
class NormalizedText:
    """A normalized string and its alignment to the original.

    ``to_original[i]`` is the index in the original string of normalized character ``i``.
    """

    original: str
    text: str
    to_original: list[int] = field(repr=False)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized span ``[start, end)`` to the original string.

        The end is extended over marks the normalization removed right after the span's last
        character (diacritics, tatweel), so the original span never ends inside a letter cluster.
        """
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"span {start}-{end} outside normalized text of length {len(self.text)}")
        o_start = self.to_original[start]
        o_end = self.to_original[end - 1] + 1
        limit = self.to_original[end] if end < len(self.text) else len(self.original)
        while o_end < limit and (is_diacritic(self.original[o_end]) or self.original[o_end] == TATWEEL):
            o_end += 1
        return o_start, o_end

    def offset_to_normalized(self, offset: int) -> int:
        """First normalized index whose original index is >= ``offset``."""
        return bisect.bisect_left(self.to_original, offset)

    def span_to_normalized(self, start: int, end: int) -> tuple[int, int]:
        """Map an original span to the normalized string (removed characters are skipped)."""
        return self.offset_to_normalized(start), self.offset_to_normalized(end)


def normalize_char(ch: str, opts: NormalizationOptions) -> str:
    """Normalized replacement of one character ('' to delete it; may be several characters)."""
    if opts.remove_bidi_controls and (ch in BIDI_CONTROLS or ch in ZERO_WIDTH):
        return ""
    if opts.remove_tatweel and ch == TATWEEL:
        return ""
    if opts.remove_diacritics and is_diacritic(ch):
        return ""
    if opts.unfold_presentation_forms and ("\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufeff"):
        folded = unicodedata.normalize("NFKC", ch)
        if folded != ch:
            return "".join(normalize_char(c, opts) for c in folded)
    if opts.normalize_alef and ch in ALEF_VARIANTS:
        return ALEF_VARIANTS[ch]
    if opts.normalize_ya and ch in YA_VARIANTS:
        return YA_VARIANTS[ch]
    if opts.normalize_ta_marbuta and ch == "ة":
        return "ه"
    if opts.normalize_digits and ch in DIGITS:
        return DIGITS[ch]
    if opts.normalize_quotes and ch in QUOTES:
        return QUOTES[ch]
    if opts.normalize_punctuation and ch in PUNCT:
        return PUNCT[ch]
    if opts.lowercase and ch.isupper():
        return ch.lower()
    return ch


def normalize(text: str, options: NormalizationOptions | None = None) -> NormalizedText:
    """Normalize ``text`` and keep, for every output character, the index of its source character."""
    opts = options or NormalizationOptions()
    out: list[str] = []
    to_original: list[int] = []
    for i, ch in enumerate(text):
        rep = normalize_char(ch, opts)
        out.append(rep)
        to_original.extend([i] * len(rep))
    return NormalizedText(text, "".join(out), to_original)
