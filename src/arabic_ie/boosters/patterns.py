"""Rule-based tagger for the closed entity types: DATE, MONEY and PERCENT (the ``patterns`` booster).

Calendar expressions, amounts and percentages follow a handful of patterns in Arabic news (and the
annotation guidelines, data/annotation-guidelines.md, section 2, fix their extent): a weekday with its
anchor ("اليوم الخميس", "أمس الأربعاء"), a month with its day, year, the other calendar's name and a
relative word ("12 فبراير الفائت", "سبتمبر/أيلول الماضي"), a year or a range of years ("عام 2017",
"العامين 1995 و2023"), decades ("الخمسينيات من القرن الماضي"), anchored relative dates ("العام الماضي",
"هذا الأسبوع"), an amount with its unit ("3.5 مليار دولار") and a percentage ("80 في المئة"). A
training set of a few articles shows few of them, so they are written down here instead of learned.

Matching runs on the normalized text (alef and ya variants, diacritics, tatweel, Arabic-Indic digits)
and maps every span back to the original string. Parts of the day ("صباح الخميس") and durations
("24 عاماً", "ثلاث سنوات") are not dates and are not matched. A proclitic before a pattern
("وفي عام 2000" -> "عام 2000", "بـ50 مليار دولار") stays outside the span.
"""

from __future__ import annotations

import re
from typing import Iterable, Sequence

from ..core.hooks import DocumentView
from ..core.spans import Mention, Occupied, Span, mention, renumber, select_non_overlapping
from ..core.windows import DocumentEncoding
from ..data.arabic import ends_at_boundary, starts_at_boundary
from ..data.normalize import normalize
from .base import Booster, BoosterError, register

#: The entity types these patterns produce.
PATTERN_TYPES = ("DATE", "MONEY", "PERCENT")

_WEEKDAY = r"(?:ال(?:سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|جمعة))"
#: Month names that are also common words ("مارس": practised, "آب": father, "أيار") count only with a
#: day, a year, a relative word or the other calendar's name beside them.
_MONTHS_AR = ("يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|"
              "كانون الثاني|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين الاول|تشرين الثاني|كانون الاول")
_AMBIGUOUS_MONTHS = ("مارس", "اب", "ايار")
_MONTH = rf"(?:{_MONTHS_AR})"
_MONTH_PAIR = rf"{_MONTH}(?:\s*/\s*{_MONTH})?"
_BARE_MONTH = "(?:" + "|".join(m for m in _MONTHS_AR.split("|") if m not in _AMBIGUOUS_MONTHS) + ")"
_RELATIVE = r"(?:الماضي|الماضيه|الماضية|الفائت|الفائته|الفائتة|المقبل|المقبله|المقبلة|القادم|القادمه|القادمة|الحالي|الجاري)"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DAY = r"(?:[12]?\d|3[01])"
_EN_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_UNIT = (r"(?:دولار(?:ا|ات)?|يورو|روبل(?:ا|ات)?|يوان(?:ا|ات)?|جنيه(?:ا|ات)?|ريال(?:ا|ات)?|درهم(?:ا)?|دينار(?:ا)?|"
         r"ين|وون|دونغ)")
_SCALE = r"(?:مليار|مليون|الف|ترليون|تريليون|ملايين|مليارات|الاف)"
_NUMBER = r"\d+(?:[.,]\d+)?"

_RULES: list[tuple[str, re.Pattern]] = [
    ("DATE", re.compile(rf"(?:(?:اليوم|امس|يوم)\s+)?{_WEEKDAY}(?:\s+{_RELATIVE})?(?:\s+{_DAY}\s+{_MONTH_PAIR}"
                        rf"(?:\s+{_YEAR})?)?")),
    ("DATE", re.compile(rf"{_DAY}\s+{_MONTH_PAIR}(?:\s+{_YEAR}|\s+{_RELATIVE})?|"
                        rf"{_MONTH}\s*/\s*{_MONTH}(?:\s+{_YEAR}|\s+{_RELATIVE})?|"
                        rf"{_MONTH}(?:\s+{_YEAR}|\s+{_RELATIVE})|{_BARE_MONTH}")),
    ("DATE", re.compile(rf"(?:عام|العام|سنه|سنة|العامين|عامي)\s+{_YEAR}(?:\s*(?:و|-|الى)\s*{_YEAR})?")),
    ("DATE", re.compile(r"(?:العام|الشهر|الاسبوع|الأسبوع)\s+(?:الماضي|المقبل|القادم|الحالي|الجاري|الفائت)|"
                        r"(?:هذا|هذه)\s+(?:العام|الشهر|الاسبوع|السنه|السنة)")),
    ("DATE", re.compile(r"ال(?:عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)يات(?:\s+من\s+القرن\s+"
                        r"(?:الماضي|العشرين|التاسع عشر))?")),
    ("DATE", re.compile(rf"{_DAY}(?:st|nd|rd|th)?,?\s+{_EN_MONTH},?\s+{_YEAR}|{_EN_MONTH}\s+{_DAY},?\s+{_YEAR}")),
    ("MONEY", re.compile(rf"{_NUMBER}\s*(?:{_SCALE}\s+)?{_UNIT}")),
    ("PERCENT", re.compile(rf"{_NUMBER}\s*(?:في\s+المئه|في\s+المائه|في\s+المئة|في\s+المائة|بالمئه|بالمائه|بالمئة|"
                           rf"بالمائة|%)")),
]


def pattern_entities(text: str, entity_types: Iterable[str] | None = None) -> list[Span]:
    """Non-overlapping ``(start, end, type)`` spans of the patterns, longest first; offsets index ``text``.

    ``entity_types`` (a model's schema) limits the rules to the types it knows.
    """
    norm = normalize(text)
    allowed = set(PATTERN_TYPES if entity_types is None else entity_types)
    found: list[tuple[int, int, str]] = []
    for etype, rule in _RULES:
        if etype not in allowed:
            continue
        for m in rule.finditer(norm.text):
            if m.end() == m.start():
                continue
            start, end = norm.span_to_original(m.start(), m.end())
            if starts_at_boundary(text, start) and ends_at_boundary(text, end):
                found.append((start, end, etype))
    found.sort(key=lambda s: (-(s[1] - s[0]), s[0]))
    return sorted(select_non_overlapping(found, lambda s: (s[0], s[1])))


def merge_patterns(enc: DocumentEncoding, entities: Sequence[Mention], pattern_spans: Sequence[Span],
                   fill_only: bool = False, replace: Sequence[str] = ()) -> list[Mention]:
    """Add the pattern spans (score 1) to ``entities``: a pattern span replaces the overlapping entities of
    the closed types (DATE, MONEY, PERCENT: the rules know their extent better) and gives way to any other
    overlapping entity. With ``fill_only`` it gives way to every overlapping entity: the rules only add what the
    model missed (for a model that learned those types from many examples), except the pattern spans of the types
    in ``replace``, which still replace the model's overlapping closed-type entities (a model that finds a
    percentage's extent but calls it MONEY)."""
    replacing = set(PATTERN_TYPES) if not fill_only else set(replace)
    others = [item for item in entities if item[0].type not in PATTERN_TYPES]
    closed_model = [item for item in entities if item[0].type in PATTERN_TYPES]
    blocked, held = Occupied(), Occupied()
    for ent, _, _ in others:
        blocked.add(ent.start, ent.end)
    for ent, _, _ in closed_model:
        held.add(ent.start, ent.end)
    covered = Occupied()
    kept: list[Mention] = []
    for start, end, etype in pattern_spans:
        if blocked.overlaps(start, end) or (etype not in replacing and held.overlaps(start, end)):
            continue
        item = mention(enc, etype, start, end, 1.0)
        if item is not None:
            kept.append(item)
            covered.add(start, end)
    closed_kept = [item for item in closed_model if not covered.overlaps(item[0].start, item[0].end)]
    return renumber(sorted(others + closed_kept + kept, key=lambda x: x[0].start))


@register
class PatternsBooster(Booster):
    """DATE, MONEY and PERCENT from rules (when the schema has those types)."""

    name = "patterns"
    defaults = {"fill_only": False, "replace": []}

    def __init__(self, **params) -> None:
        super().__init__(**params)
        unknown = [t for t in self.params["replace"] if t not in PATTERN_TYPES]
        if unknown:
            raise BoosterError(f"booster patterns: replace lists {', '.join(map(str, unknown))}; it may list only "
                               f"{', '.join(PATTERN_TYPES)}")

    def describe(self) -> str:
        types = [t for t in PATTERN_TYPES if self.schema is None or t in self.schema.entity_types]
        found = f"{' / '.join(types) or 'no'} spans found by rules (src/arabic_ie/boosters/patterns.py)"
        if self.params["fill_only"]:
            replacing = self.params["replace"]
            also = f" ({' / '.join(replacing)} spans also replace its overlapping DATE / MONEY / PERCENT)" \
                if replacing else ""
            return f"{found} where the model found no overlapping entity{also}"
        return f"{found} replace the model's overlapping entities of those types"

    def entities(self, view: DocumentView, mentions: list[Mention]) -> list[Mention]:
        return merge_patterns(view.encoding, mentions, pattern_entities(view.text, self.schema.entity_types),
                              fill_only=self.params["fill_only"], replace=self.params["replace"])
