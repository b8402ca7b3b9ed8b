"""Span helpers shared by the core and its plug-ins: one BIO decoder, one non-overlap selection, one numbering."""

from __future__ import annotations

import bisect
import functools
from typing import Callable, Iterable, Sequence, TypeVar

from ..data.document import Entity, Relation
from .windows import DocumentEncoding

#: An entity with the first and last subword it covers in its document's encoding.
Mention = tuple[Entity, int, int]
#: A character span ``(start, end, type)``.
Span = tuple[int, int, str]
T = TypeVar("T")


class Occupied:
    """A set of non-overlapping character intervals: ask whether a span overlaps one, add one.

    Memory is linear in the number of intervals, not in the text length.
    """

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        if end <= start:
            return False
        i = bisect.bisect_right(self._starts, start)
        if i > 0 and self._ends[i - 1] > start:
            return True
        return i < len(self._starts) and self._starts[i] < end

    def add(self, start: int, end: int) -> None:
        """Add ``[start, end)``; it must not overlap an interval already there."""
        if end <= start:
            return
        i = bisect.bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)

    def claim(self, start: int, end: int) -> bool:
        """Add ``[start, end)`` unless it overlaps; True when added."""
        if self.overlaps(start, end):
            return False
        self.add(start, end)
        return True


def select_non_overlapping(items: Iterable[T], bounds: Callable[[T], tuple[int, int]]) -> list[T]:
    """Greedy selection: walk ``items`` in priority order and keep each one that overlaps no kept item."""
    taken = Occupied()
    return [item for item in items if taken.claim(*bounds(item))]


def renumber(mentions: list[Mention]) -> list[Mention]:
    """Give the entities, in their order, the ids T1, T2, ... (in place; returns the list)."""
    for i, (ent, _, _) in enumerate(mentions):
        ent.id = f"T{i + 1}"
    return mentions


def renumber_relations(relations: list[Relation]) -> list[Relation]:
    """Order relations by head, tail and type, and give them the ids R1, R2, ..."""
    relations.sort(key=lambda r: (int(r.head[1:]), int(r.tail[1:]), r.type))
    for i, rel in enumerate(relations):
        rel.id = f"R{i + 1}"
    return relations


def bio_spans(labels: Sequence[str], scores: Sequence[float], breaks: set[int] | None = None
              ) -> list[tuple[int, int, str, float]]:
    """Token spans ``(first, last, type, mean score)`` of BIO labels; an I- tag that cannot continue starts a span.

    No span continues into a token of ``breaks`` (e.g. tokens that follow a line break).
    """
    spans: list[list] = []
    current = None
    breaks = breaks or set()
    for i, label in enumerate(labels):
        if label == "O":
            current = None
            continue
        prefix, etype = label.split("-", 1)
        if prefix == "I" and current is not None and current[2] == etype and current[1] == i - 1 and i not in breaks:
            current[1] = i
            current[3].append(scores[i])
        else:
            current = [i, i, etype, [scores[i]]]
            spans.append(current)
    return [(s[0], s[1], s[2], sum(s[3]) / len(s[3])) for s in spans]


def bio_viterbi(log_probs: "torch.Tensor", labels: Sequence[str], breaks: set[int] | None = None,
                crf: tuple | None = None) -> list[int]:
    """The label ids of the best BIO-valid sequence: ``I-X`` only right after ``B-X`` or ``I-X`` of the same type,
    never first and never on a token of ``breaks``. ``log_probs`` is ``(n, len(labels))``; the path maximises the
    sum of the chosen log probabilities (the per-token argmax whenever that is already valid). With ``crf`` (a
    CRF's ``(transitions, start, end)`` arrays, ``ArabicIEModel.entity_transitions``) the path also adds its
    transition scores (log probabilities differ from the CRF's emission logits by one constant per token, which
    leaves the best path unchanged) and the whole sequence is searched.

    The search is exact but runs only where it has to: at a token where every ``B-X`` is at least as probable as
    its ``I-X`` (or an ``I-`` is forbidden), some best path starts afresh (an ``I-X`` there can be swapped for
    its ``B-X``, and the best path up to it ends on the best label before it, whatever comes next), so the text
    splits into independent segments there, and only segments whose per-token argmax breaks a rule are searched.
    """
    import numpy as np

    n, n_labels = log_probs.shape
    if n == 0:
        return []
    lp = log_probs.detach().double().cpu().numpy()
    breaks = breaks or set()
    allowed, inside = _bio_transitions(tuple(labels))
    if crf is not None:
        transitions, start, end = (np.asarray(x, dtype=np.float64) for x in crf)
        if transitions.shape != (n_labels, n_labels) or start.shape != (n_labels,) or end.shape != (n_labels,):
            raise ValueError(f"CRF transitions of shape {transitions.shape} for {n_labels} labels")
        return _search(lp, allowed, inside, breaks, transitions, start, end).tolist()
    greedy = lp.argmax(1)
    bad = _violations(greedy, allowed, inside, breaks)
    if not bad.size:  # the common case: no search needed
        return greedy.tolist()
    begin_of = _begin_of(tuple(labels))
    fresh = (lp[:, begin_of[inside]] >= lp[:, inside]).all(1)
    fresh[0] = True
    for i in breaks:
        if i < n:
            fresh[i] = True
    starts = np.flatnonzero(fresh)
    bad = np.union1d(bad, starts[inside[greedy[starts]]])  # a segment must not open on I- (ties)
    path = greedy.copy()
    for k in np.unique(np.searchsorted(starts, bad, side="right") - 1):
        lo = int(starts[k])
        hi = int(starts[k + 1]) if k + 1 < len(starts) else n
        path[lo:hi] = _search(lp[lo:hi], allowed, inside, {i - lo for i in breaks if lo <= i < hi})
    return path.tolist()


def _search(lp, allowed, inside, breaks: set[int], transitions=None, start=None, end=None):
    """Viterbi over one segment that starts afresh (no ``I-`` first), with a CRF's scores when given."""
    import numpy as np

    n, n_labels = lp.shape
    transition = np.where(allowed, 0.0 if transitions is None else transitions, -np.inf)
    score = np.where(inside, -np.inf, lp[0] + (0.0 if start is None else start))
    back = np.zeros((n, n_labels), dtype=np.int64)
    for i in range(1, n):
        candidates = score[:, None] + transition
        back[i] = candidates.argmax(0)
        score = candidates[back[i], np.arange(n_labels)] + lp[i]
        if i in breaks:
            score = np.where(inside, -np.inf, score)
    if end is not None:
        score = score + end
    path = [int(score.argmax())]
    for i in range(n - 1, 0, -1):
        path.append(int(back[i, path[-1]]))
    return np.array(path[::-1], dtype=np.int64)


@functools.lru_cache(maxsize=32)
def _begin_of(labels: tuple[str, ...]):
    """For each label, the id of ``B-X`` when it is ``I-X`` (itself otherwise)."""
    import numpy as np

    index = {lab: i for i, lab in enumerate(labels)}
    return np.array([index.get("B-" + lab[2:], i) if lab.startswith("I-") else i for i, lab in enumerate(labels)])


@functools.lru_cache(maxsize=32)
def _bio_transitions(labels: tuple[str, ...]):
    """``allowed[prev, cur]`` and ``inside[cur]`` (an ``I-`` label) of a BIO label list."""
    import numpy as np

    n_labels = len(labels)
    inside = np.array([lab.startswith("I-") for lab in labels])
    allowed = np.zeros((n_labels, n_labels), dtype=bool)
    for cur, lab in enumerate(labels):
        if lab.startswith("I-"):
            etype = lab[2:]
            for prev, other in enumerate(labels):
                allowed[prev, cur] = other in (f"B-{etype}", f"I-{etype}")
        else:
            allowed[:, cur] = True
    return allowed, inside


def _violations(path, allowed, inside, breaks: set[int]):
    """Positions where a label path breaks the BIO rules of ``bio_viterbi`` (sorted array)."""
    import numpy as np

    bad = np.zeros(len(path), dtype=bool)
    bad[0] = inside[path[0]]
    if len(path) > 1:
        bad[1:] = ~allowed[path[:-1], path[1:]]
    for i in breaks:
        if i < len(path) and inside[path[i]]:
            bad[i] = True
    return np.flatnonzero(bad)


def token_span(encoding: DocumentEncoding, entity: Entity) -> tuple[int, int] | None:
    """First/last subword overlapping the entity, via binary search on token starts."""
    starts, ends = encoding.bounds()
    first = bisect.bisect_right(ends, entity.start)
    if first >= len(encoding) or encoding.offsets[first][0] >= entity.end:
        return None
    last = bisect.bisect_left(starts, entity.end) - 1
    return first, max(first, last)


def mention(enc: DocumentEncoding, etype: str, start: int, end: int, score: float) -> Mention | None:
    """An entity over ``enc.text[start:end]`` with its token span, or None when no subword covers it."""
    entity = Entity("", etype, start, end, enc.text[start:end], score=score)
    span = token_span(enc, entity)
    return None if span is None else (entity, span[0], span[1])
