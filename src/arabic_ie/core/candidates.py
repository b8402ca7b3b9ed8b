"""Relation candidates: which ordered entity pairs the relation head scores.

The default policy keeps a pair when some relation type of the schema allows its argument
types, the two mentions are not one name (the same surface twice, or one surface's words all among the
other's, as "بايدن" and "جو بايدن": one entity, which does not relate to itself) and, if the schema says
so, both mentions lie in the same paragraph. Gold relations whose
pair is not a candidate are still counted as misses by the evaluation.
"""

from __future__ import annotations

from typing import Callable, Sequence

from ..data.document import Entity
from ..data.segment import ParagraphIndex
from ..schema import Schema

CandidateFn = Callable[[str, Sequence[Entity], Schema], list[tuple[int, int]]]


def same_name(a: str, b: str) -> bool:
    """Whether two mention surfaces name one entity: equal, or the words of one all among the other's."""
    if a == b:
        return True
    words_a, words_b = set(a.split()), set(b.split())
    return bool(words_a) and bool(words_b) and (words_a <= words_b or words_b <= words_a)


def schema_candidates(text: str, entities: Sequence[Entity], schema: Schema,
                      paragraph_of: Sequence[int | None] | None = None) -> list[tuple[int, int]]:
    """Index pairs ``(i, j)`` of mentions of different names allowed by the schema's argument types
    (and paragraph rule).

    ``paragraph_of`` (paragraph number of each entity) may be passed to avoid re-segmenting ``text``.
    """
    if not schema.relation_types or not entities:
        return []
    within = {(a, b) for r in schema.relation_types if schema.within_paragraph(r.name) for a in r.arg1 for b in r.arg2}
    across = {(a, b) for r in schema.relation_types if not schema.within_paragraph(r.name)
              for a in r.arg1 for b in r.arg2}
    if within and paragraph_of is None:
        para = ParagraphIndex(text)
        paragraph_of = [para.span_paragraph(e.start, e.end) for e in entities]
    pairs = []
    for i, a in enumerate(entities):
        for j, b in enumerate(entities):
            if i == j:
                continue
            types = (a.type, b.type)
            if (types in across or (types in within and paragraph_of[i] is not None
                                    and paragraph_of[i] == paragraph_of[j])) and not same_name(a.text, b.text):
                pairs.append((i, j))
    return pairs


CANDIDATE_FUNCTIONS: dict[str, CandidateFn] = {"schema": schema_candidates}


def get_candidate_fn(name: str) -> CandidateFn:
    try:
        return CANDIDATE_FUNCTIONS[name]
    except KeyError:
        raise ValueError(f"unknown candidate policy {name!r}; known: {', '.join(CANDIDATE_FUNCTIONS)}") from None
