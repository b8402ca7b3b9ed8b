"""One name, one label per document: kept names are tagged again wherever their document repeats them."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Sequence

from ..core.hooks import DocumentView
from ..core.spans import Mention, Occupied, mention, renumber
from ..core.windows import DocumentEncoding
from .base import Booster, register
from .lexicon import Lexicon

#: Shortest surname taken from a two-word person name for propagation ("ترامب" of "دونالد ترامب").
MIN_SURNAME = 3


def propagate_entities(enc: DocumentEncoding, entities: Sequence[Mention]) -> list[Mention]:
    """The surfaces of the kept entities (with their spelling and inflection variants, and the surname of a
    two-word person name) are found again wherever the document repeats them, and those mentions are added
    where they overlap no kept entity.

    An added mention takes the score of the kept mentions of its surface (their mean; of its type when only
    a variant or a surname was kept).
    """
    counts: dict[str, Counter] = defaultdict(Counter)
    scores: dict[tuple[str, str], list[float]] = defaultdict(list)
    for ent, _, _ in entities:
        counts[ent.text][ent.type] += 1
        scores[(ent.text, ent.type)].append(ent.score or 0.0)
        scores[("", ent.type)].append(ent.score or 0.0)
        words = ent.text.split()
        if ent.type == "PER" and len(words) == 2 and len(words[1]) >= MIN_SURNAME:
            counts[words[1]][ent.type] += 1
    if not counts:
        return list(entities)
    taken = Occupied()
    for ent, _, _ in entities:
        taken.add(ent.start, ent.end)
    out = list(entities)
    for start, end, etype in Lexicon(counts, variants=True).match_variants(enc.text):
        if taken.overlaps(start, end):
            continue
        known = scores.get((enc.text[start:end], etype)) or scores[("", etype)]
        item = mention(enc, etype, start, end, sum(known) / len(known))
        if item is not None:
            out.append(item)
            taken.add(start, end)
    out.sort(key=lambda x: x[0].start)
    return renumber(out)


@register
class PropagationBooster(Booster):
    """Kept names (their variants, a two-word person's surname) are tagged wherever the document repeats them."""

    name = "propagation"

    def describe(self) -> str:
        return ("one name, one label per document: the kept entities' surfaces, their variants and a two-word "
                "person's surname are tagged wherever the document repeats them")

    def entities(self, view: DocumentView, mentions: list[Mention]) -> list[Mention]:
        return propagate_entities(view.encoding, mentions)
