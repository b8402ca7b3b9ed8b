"""The in-memory corpus model: documents with character-offset entities and relations."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Entity:
    """A typed span ``text[start:end]`` of its document (end exclusive)."""

    id: str
    type: str
    start: int
    end: int
    text: str
    line: int | None = field(default=None, compare=False, repr=False)  # source line, for messages
    score: float | None = field(default=None, compare=False, repr=False)  # model confidence, if predicted
    #: other types the source corpus leaves open for this span (a coarse tag: ANERcorp's LOC is GPE, LOC or FAC);
    #: training marginalizes over ``type`` and these
    alternatives: tuple[str, ...] = field(default=(), compare=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        data = {"id": self.id, "type": self.type, "start": self.start, "end": self.end, "text": self.text}
        if self.score is not None:
            data["score"] = round(self.score, 4)
        return data


@dataclass
class Relation:
    """A directed relation ``type(head -> tail)`` between two entity ids."""

    id: str
    type: str
    head: str
    tail: str
    line: int | None = field(default=None, compare=False, repr=False)
    score: float | None = field(default=None, compare=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        data = {"id": self.id, "type": self.type, "head": self.head, "tail": self.tail}
        if self.score is not None:
            data["score"] = round(self.score, 4)
        return data


@dataclass
class Document:
    """One text with its gold (or predicted) annotations."""

    id: str
    text: str
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    source: str | None = field(default=None, compare=False, repr=False)  # file it came from
    #: the entity types its corpus annotates (None: every type of the schema); an unannotated type's mentions may
    #: hide among the unlabelled words, so they are not evidence against it in training
    annotated_types: tuple[str, ...] | None = field(default=None, compare=False, repr=False)
    #: False when its corpus annotates no relations: its entity pairs are no evidence of "no relation"
    annotates_relations: bool = field(default=True, compare=False, repr=False)
    #: ``(start, end, type)`` of unlabelled words that may be a mention of that type (a corpus that labels the type
    #: only in part: ``arabic_ie.training.may_be``); training does not count them as evidence against it
    unlabelled_may_be: tuple[tuple[int, int, str], ...] = field(default=(), compare=False, repr=False)
    #: id of the document this one is a training variant of (``arabic_ie.training.augment``), else None
    augmented_from: str | None = field(default=None, compare=False, repr=False)
    #: the annotation style of its corpus (config key ``style`` of a dataset), None: the schema's own guidelines;
    #: its windows train that style's entity head (``ArabicIEConfig.entity_styles``)
    style: str | None = field(default=None, compare=False, repr=False)

    def entity(self, entity_id: str) -> Entity:
        for ent in self.entities:
            if ent.id == entity_id:
                return ent
        raise KeyError(f"document {self.id}: no entity with id {entity_id!r}")

    def entity_map(self) -> dict[str, Entity]:
        return {e.id: e for e in self.entities}

    def sorted(self) -> "Document":
        """A copy with entities in text order (ties: longer first) and relations by id order."""
        ents = sorted(self.entities, key=lambda e: (e.start, -e.end, e.type))
        return Document(self.id, self.text, ents, list(self.relations), self.source, self.annotated_types,
                        self.annotates_relations, self.unlabelled_may_be)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "entities": [e.to_dict() for e in self.entities],
            "relations": [r.to_dict() for r in self.relations],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Document":
        """Build a document from a JSON-like dict; ``text`` of entities is derived if absent."""
        text = data["text"]
        entities = []
        for i, e in enumerate(data.get("entities", [])):
            start, end = int(e["start"]), int(e["end"])
            entities.append(
                Entity(
                    id=str(e.get("id", f"T{i + 1}")),
                    type=e.get("type", e.get("label")),
                    start=start,
                    end=end,
                    text=e.get("text", text[start:end]),
                )
            )
        relations = [
            Relation(id=str(r.get("id", f"R{i + 1}")), type=r["type"], head=str(r["head"]), tail=str(r["tail"]))
            for i, r in enumerate(data.get("relations", []))
        ]
        return cls(id=str(data["id"]), text=text, entities=entities, relations=relations)

    def renumbered(self) -> "Document":
        """A copy whose entities are ``T1..Tn`` in text order and relations ``R1..Rm``."""
        ordered = sorted(self.entities, key=lambda e: (e.start, e.end, e.type))
        new_ids = {e.id: f"T{i + 1}" for i, e in enumerate(ordered)}
        ents = [Entity(new_ids[e.id], e.type, e.start, e.end, e.text, alternatives=e.alternatives) for e in ordered]
        rels = sorted(
            (Relation("", r.type, new_ids[r.head], new_ids[r.tail]) for r in self.relations),
            key=lambda r: (int(r.head[1:]), int(r.tail[1:]), r.type),
        )
        for i, r in enumerate(rels):
            r.id = f"R{i + 1}"
        return Document(self.id, self.text, ents, rels, self.source, self.annotated_types, self.annotates_relations,
                        self.unlabelled_may_be)
