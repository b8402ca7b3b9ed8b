"""Annotation schema: entity types, relation types and their allowed arguments.

The schema is data, not code: it travels inside model configs and training configs
(``Schema.to_dict`` / ``Schema.from_dict``) so that label lists never drift.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = "1.0"


@dataclass(frozen=True)
class RelationType:
    """A directed relation type with the entity types allowed for each argument."""

    name: str
    arg1: tuple[str, ...]
    arg2: tuple[str, ...]
    symmetric: bool = False
    description: str = ""

    def allows(self, head_type: str, tail_type: str) -> bool:
        return head_type in self.arg1 and tail_type in self.arg2


@dataclass(frozen=True)
class Schema:
    """Entity and relation inventory of a corpus."""

    entity_types: tuple[str, ...]
    relation_types: tuple[RelationType, ...] = ()
    name: str = "custom"
    version: str = SCHEMA_VERSION
    same_paragraph: bool = True
    entity_descriptions: dict[str, str] = field(default_factory=dict, compare=False)

    @property
    def relation_names(self) -> tuple[str, ...]:
        return tuple(r.name for r in self.relation_types)

    def relation(self, name: str) -> RelationType:
        for rel in self.relation_types:
            if rel.name == name:
                return rel
        raise KeyError(f"unknown relation type {name!r}; known: {', '.join(self.relation_names)}")

    def has_relation(self, name: str) -> bool:
        return name in self.relation_names

    def bio_labels(self) -> list[str]:
        """Token-classification labels: ``O`` then ``B-T``/``I-T`` per entity type."""
        labels = ["O"]
        for etype in self.entity_types:
            labels += [f"B-{etype}", f"I-{etype}"]
        return labels

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "version": self.version,
            "same_paragraph": self.same_paragraph,
            "entity_types": list(self.entity_types),
            "relation_types": [
                {
                    "name": r.name,
                    "arg1": list(r.arg1),
                    "arg2": list(r.arg2),
                    "symmetric": r.symmetric,
                    "description": r.description,
                }
                for r in self.relation_types
            ],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Schema":
        try:
            entity_types = tuple(data["entity_types"])
            relations = tuple(
                RelationType(
                    name=r["name"],
                    arg1=tuple(r["arg1"]),
                    arg2=tuple(r["arg2"]),
                    symmetric=bool(r.get("symmetric", False)),
                    description=r.get("description", ""),
                )
                for r in data.get("relation_types", [])
            )
        except (KeyError, TypeError) as exc:
            raise ValueError(f"invalid schema definition: {exc!r}") from exc
        for rel in relations:
            unknown = [t for t in rel.arg1 + rel.arg2 if t not in entity_types]
            if unknown:
                raise ValueError(f"relation {rel.name} names unknown entity types {unknown}")
        return cls(
            entity_types=entity_types,
            relation_types=relations,
            name=data.get("name", "custom"),
            version=str(data.get("version", SCHEMA_VERSION)),
            same_paragraph=bool(data.get("same_paragraph", True)),
        )

    def to_brat_conf(self) -> str:
        """Render brat's ``annotation.conf`` for this schema."""
        lines = ["[entities]", *self.entity_types, "", "[relations]"]
        for rel in self.relation_types:
            arg1 = "|".join(rel.arg1)
            arg2 = "|".join(rel.arg2)
            lines.append(f"{rel.name}\tArg1:{arg1}, Arg2:{arg2}")
        lines += ["<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>", "", "[events]", "", "[attributes]", ""]
        return "\n".join(lines)


_ACTORS = ("PER", "ORG", "GPE")

SEED_SCHEMA = Schema(
    name="arabic-ie-seed",
    entity_types=(
        "PER", "NORP", "ORG", "GPE", "LOC", "FAC", "EVENT", "LAW", "DATE", "MONEY", "PERCENT",
    ),
    relation_types=(
        RelationType("ROLE", ("PER",), ("ORG", "GPE", "NORP"),
                     description="holds a position in, leads, represents, speaks for, works for"),
        RelationType("LOCATED_IN", ("FAC", "LOC", "GPE", "ORG"), ("GPE", "LOC"),
                     description="located in / part of"),
        RelationType("VISIT", _ACTORS, ("GPE", "LOC", "FAC"),
                     description="travels to, visits, arrives at"),
        RelationType("MEET", ("PER",), ("PER",), symmetric=True,
                     description="meet / hold talks; Arg1 is the mention that comes first"),
        RelationType("PARTY_TO", _ACTORS, ("LAW",),
                     description="signs / concludes / is party to a named treaty"),
        RelationType("CRITICIZES", _ACTORS + ("NORP",), _ACTORS + ("EVENT",),
                     description="criticizes, condemns, opposes, warns against"),
        RelationType("SUPPORTS", _ACTORS + ("NORP",), _ACTORS,
                     description="supports, aids, supplies, backs"),
    ),
)


def entity_only_schema(entity_types: list[str] | tuple[str, ...], name: str = "entities-only") -> Schema:
    """A schema without relations, e.g. for CoNLL NER benchmarks."""
    return Schema(entity_types=tuple(entity_types), relation_types=(), name=name)
