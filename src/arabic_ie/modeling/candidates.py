"""Relation candidates: which ordered entity pairs the relation head scores.

The default policy keeps a pair when some relation type of the schema allows its argument
types and, if the schema says so, both mentions lie in the same paragraph. Gold relations whose
pair is not a candidate are still counted as misses by the evaluation.
"""

from __future__ import annotations

from typing import Callable, Sequence

from ..data.document import Entity
from ..data.segment import ParagraphIndex
from ..schema import Schema

CandidateFn = Callable[[str, Sequence[Entity], Schema], list[tuple[int, int]]]


def schema_candidates(text: str, entities: Sequence[Entity], schema: Schema) -> list[tuple[int, int]]:
    """Index pairs ``(i, j)``, ``i != j``, allowed by the schema's argument types (and paragraph rule)."""
    if not schema.relation_types:
        return []
    allowed = {(a, b) for r in schema.relation_types for a in r.arg1 for b in r.arg2}
    para = ParagraphIndex(text) if schema.same_paragraph else None
    paragraph_of = [para.span_paragraph(e.start, e.end) if para else 0 for e in entities]
    pairs = []
    for i, head in enumerate(entities):
        for j, tail in enumerate(entities):
            if i == j or (head.type, tail.type) not in allowed:
                continue
            if para is not None and (paragraph_of[i] is None or paragraph_of[i] != paragraph_of[j]):
                continue
            pairs.append((i, j))
    return pairs


CANDIDATE_FUNCTIONS: dict[str, CandidateFn] = {"schema": schema_candidates}


def get_candidate_fn(name: str) -> CandidateFn:
    try:
        return CANDIDATE_FUNCTIONS[name]
    except KeyError:
        raise ValueError(f"unknown candidate policy {name!r}; known: {', '.join(CANDIDATE_FUNCTIONS)}") from None
