"""Mention replacement: training copies of a document whose names are swapped for other names of the same type.

A model trained on a few articles learns their names and the pairs between them, not the contexts that make a
name a person or a pair a ROLE. Replacing each name in a repeated copy of an article by another training name of
the same type (Dai & Adel, COLING 2020: "mention replacement") keeps the article's words and relations and varies
the names, so the contexts carry the evidence. Config, per dataset (``arabic_ie.training.datasets``)::

    weight: 5                       # the first copy of each article stays as written
    mention_replacement: 0.5        # in the other 4, each name is replaced with this probability
    # or {probability: 0.5, types: [PER, ORG, GPE]}

The names come from the training parts of every dataset of the run (never dev or test). All mentions of one name
in a document (same type, same letters) get the same replacement, so a repeated name stays one name; a mention that
overlaps another mention is kept as written. Offsets of every other mention, and of ``unlabelled_may_be`` spans,
move with the text; relations keep their arguments.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from ..data.arabic import leading_proclitic
from ..data.document import Document, Entity

#: entity types whose mentions are names (dates, amounts and percentages are left as written)
NAME_TYPES = ("PER", "NORP", "ORG", "GPE", "LOC", "FAC", "EVENT", "LAW")
MAX_NAME_WORDS = 8


@dataclass
class MentionReplacement:
    """The ``mention_replacement`` setting of one dataset."""

    probability: float
    types: tuple[str, ...] = NAME_TYPES


@dataclass
class NamePool:
    """Distinct training names per entity type, in first-seen order (deterministic)."""

    by_type: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def from_documents(cls, docs: Iterable[Document], types: Sequence[str] = NAME_TYPES) -> "NamePool":
        seen: dict[str, dict[str, None]] = {t: {} for t in types}
        for doc in docs:
            for ent in doc.entities:
                if ent.type in seen and not ent.alternatives and _usable(ent.text):
                    seen[ent.type].setdefault(ent.text, None)
        # a name that looks like a proclitic + another name ("للمنظمة ...", "كالجاري") would teach spans that keep
        # the proclitic, against the guidelines (arabic_ie.data.validate flags them): not drawn
        known = {name for names in seen.values() for name in names}
        return cls({t: kept for t, names in seen.items()
                    if (kept := [n for n in names if leading_proclitic(n, known - {n}) is None])})

    def sample(self, etype: str, rng: random.Random) -> str | None:
        names = self.by_type.get(etype)
        return rng.choice(names) if names else None


def _usable(name: str) -> bool:
    return bool(name.strip()) and name == name.strip() and "\n" not in name and len(name.split()) <= MAX_NAME_WORDS


def _overlapping(entities: Sequence[Entity]) -> set[str]:
    """Ids of entities that overlap another one (nested or crossing spans)."""
    out: set[str] = set()
    ordered = sorted(entities, key=lambda e: (e.start, -e.end))
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            if b.start >= a.end:
                break
            out.update((a.id, b.id))
    return out


def replace_mentions(doc: Document, pool: NamePool, setting: MentionReplacement, rng: random.Random,
                     suffix: str = "aug") -> Document:
    """A copy of ``doc`` with some names replaced (see the module docstring); ``doc`` is not changed."""
    blocked = _overlapping(doc.entities)
    choice: dict[tuple[str, str], str | None] = {}
    taken = {e.text for e in doc.entities}  # two names never become one, nor a name another one of the document
    for ent in sorted(doc.entities, key=lambda e: e.start):
        key = (ent.type, ent.text)
        if ent.id in blocked or ent.type not in setting.types or ent.alternatives or key in choice:
            continue
        new = None
        if rng.random() < setting.probability:
            for _ in range(5):
                candidate = pool.sample(ent.type, rng)
                if candidate is not None and candidate not in taken:
                    new = candidate
                    taken.add(candidate)
                    break
        choice[key] = new
    edits = sorted(((e.start, e.end, choice[(e.type, e.text)]) for e in doc.entities
                    if e.id not in blocked and choice.get((e.type, e.text))), key=lambda x: x[0])
    pieces, cursor = [], 0
    shift_at: list[tuple[int, int]] = []   # (old offset after which the shift applies, cumulative shift)
    delta = 0
    new_span: dict[int, tuple[int, int]] = {}
    for start, end, name in edits:
        pieces.append(doc.text[cursor:start])
        new_start = start + delta
        pieces.append(name)
        delta += len(name) - (end - start)
        new_span[start] = (new_start, new_start + len(name))
        shift_at.append((end, delta))
        cursor = end
    pieces.append(doc.text[cursor:])
    text = "".join(pieces)

    def moved(offset: int) -> int:
        shift = 0
        for boundary, cumulative in shift_at:
            if offset >= boundary:
                shift = cumulative
            else:
                break
        return offset + shift

    replaced = {(s, e) for s, e, _ in edits}
    entities = []
    for ent in doc.entities:
        if (ent.start, ent.end) in replaced and ent.id not in blocked:
            s, e = new_span[ent.start]
        else:
            s, e = moved(ent.start), moved(ent.end)
        entities.append(_copy(ent, s, e, text[s:e]))
    may_be = tuple((moved(s), moved(e), t) for s, e, t in doc.unlabelled_may_be
                   if not any(s < re and rs < e for rs, re in replaced))
    return Document(f"{doc.id}#{suffix}", text, entities, list(doc.relations), doc.source, doc.annotated_types,
                    doc.annotates_relations, may_be, augmented_from=doc.id, style=doc.style)


def _copy(ent: Entity, start: int, end: int, text: str) -> Entity:
    return Entity(ent.id, ent.type, start, end, text, line=ent.line, alternatives=ent.alternatives)


def augmented_copies(docs: Sequence[Document], weight: float, pool: NamePool, setting: MentionReplacement,
                     rng: random.Random) -> list[Document]:
    """``docs`` repeated ``weight`` times (a fractional part samples documents), every copy after the first with
    its names replaced."""
    whole, frac = int(weight), weight - int(weight)
    out = list(docs)
    for k in range(1, whole):
        out += [replace_mentions(d, pool, setting, rng, suffix=f"aug{k}") for d in docs]
    if frac > 0:
        extra = rng.sample(list(docs), round(len(docs) * frac))
        out += [replace_mentions(d, pool, setting, rng, suffix=f"aug{whole}") for d in extra]
    return out
