"""Entity voting: keep a span when two of three taggers agree on it (``entity_ensemble: vote``), and
the merge of rule-found DATE / MONEY / PERCENT spans (``entity_patterns: true``), and the spreading of
the kept names over the rest of their document (``entity_propagation: true``).

The voters are the transformer (after its entity threshold), the model's lexicon of training mentions
(longest match, as the gazetteer baseline) and a CRF over clitic-split words (:mod:`.crf`). Each voter
returns non-overlapping spans, so the kept spans never overlap (two overlapping spans would need four
votes). A kept span's score is the mean of the voters' confidences: the transformer's probability when
it voted for the span, 1 for each other voter that did.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Sequence

from ..data.document import Entity
from .features import token_span
from .lexicon import Lexicon
from .patterns import PATTERN_TYPES
from .windows import DocumentEncoding

Span = tuple[int, int, str]
VOTERS = 3
MIN_VOTES = 2


def number_entities(items: list[tuple[Entity, int, int]]) -> list[tuple[Entity, int, int]]:
    """Give the entities, in their order, the ids T1, T2, ..."""
    for i, (ent, _, _) in enumerate(items):
        ent.id = f"T{i + 1}"
    return items


def vote_entities(enc: DocumentEncoding, model_entities: Sequence[tuple[Entity, int, int]],
                  lexicon_spans: Sequence[Span], crf_spans: Sequence[Span]) -> list[tuple[Entity, int, int]]:
    """The spans at least two voters agree on (exact start, end and type), with their token spans."""
    model = {(e.start, e.end, e.type): (e, first, last) for e, first, last in model_entities}
    lexicon, crf = set(lexicon_spans), set(crf_spans)
    kept: list[tuple[Entity, int, int]] = []
    for key in sorted(set(model) | lexicon | crf):
        votes = (key in model) + (key in lexicon) + (key in crf)
        if votes < MIN_VOTES:
            continue
        start, end, etype = key
        score = ((model[key][0].score or 0.0) if key in model else 0.0) + (key in lexicon) + (key in crf)
        entity = Entity("", etype, start, end, enc.text[start:end], score=score / VOTERS)
        if key in model:
            kept.append((entity, model[key][1], model[key][2]))
            continue
        span = token_span(enc, entity)
        if span is not None:
            kept.append((entity, span[0], span[1]))
    kept.sort(key=lambda x: (x[0].start, -x[0].score))
    out: list[tuple[Entity, int, int]] = []
    for item in kept:  # defensive: voters' own overlaps cannot produce overlapping winners, but never emit any
        if out and item[0].start < out[-1][0].end:
            continue
        out.append(item)
    return number_entities(out)


def merge_patterns(enc: DocumentEncoding, entities: Sequence[tuple[Entity, int, int]],
                   pattern_spans: Sequence[Span]) -> list[tuple[Entity, int, int]]:
    """Add the pattern spans (score 1) to ``entities``: a pattern span replaces the overlapping entities of
    its own closed types (DATE, MONEY, PERCENT: the rules know their extent better) and gives way to any
    other overlapping entity."""
    closed = set(PATTERN_TYPES)
    others = [item for item in entities if item[0].type not in closed]
    kept: list[tuple[Entity, int, int]] = []
    covered = bytearray(len(enc.text))
    for start, end, etype in pattern_spans:
        if any(o[0].start < end and start < o[0].end for o in others):
            continue
        entity = Entity("", etype, start, end, enc.text[start:end], score=1.0)
        span = token_span(enc, entity)
        if span is not None:
            kept.append((entity, span[0], span[1]))
            covered[start:end] = b"\x01" * (end - start)
    closed_model = [item for item in entities if item[0].type in closed
                    and not any(covered[item[0].start:item[0].end])]
    out = sorted(others + closed_model + kept, key=lambda x: x[0].start)
    return number_entities(out)


#: Shortest surname taken from a two-word person name for propagation ("ترامب" of "دونالد ترامب").
MIN_SURNAME = 3


def propagate_entities(enc: DocumentEncoding, entities: Sequence[tuple[Entity, int, int]]
                       ) -> list[tuple[Entity, int, int]]:
    """One name, one label per document: the surfaces of the kept entities (with their spelling and
    inflection variants, and the surname of a two-word person name) are found again wherever the document
    repeats them, and those mentions are added where they overlap no kept entity.

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
    taken = bytearray(len(enc.text))
    for ent, _, _ in entities:
        taken[ent.start:ent.end] = b"\x01" * (ent.end - ent.start)
    out = list(entities)
    for start, end, etype in Lexicon(counts, variants=True).match_variants(enc.text):
        if any(taken[start:end]):
            continue
        surface = enc.text[start:end]
        known = scores.get((surface, etype)) or scores[("", etype)]
        entity = Entity("", etype, start, end, surface, score=sum(known) / len(known))
        span = token_span(enc, entity)
        if span is not None:
            out.append((entity, span[0], span[1]))
            taken[start:end] = b"\x01" * (end - start)
    out.sort(key=lambda x: x[0].start)
    return number_entities(out)
