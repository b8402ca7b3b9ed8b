"""Annotation schema: entity types, relation types and their allowed arguments.

The schema is data, not code: a YAML file (or brat's ``annotation.conf``) read by :func:`load_schema`, and it
travels inside model configs and training configs (``Schema.to_dict`` / ``Schema.from_dict``) so that label lists
never drift. The seed corpus's schema is the file ``schemas/seed.yaml`` of this package.

Schema file (YAML)::

    name: my-schema
    version: "1.0"
    same_paragraph: true            # default for relations: both arguments in one paragraph
    entity_types:                   # a list, or a mapping TYPE: description
      DRUG: a medicine or active substance
      DISEASE: an illness or condition
      PER: a person
    relation_types:
      TREATS: {arg1: [DRUG], arg2: [DISEASE], description: "DRUG treats DISEASE"}
      DIAGNOSED_BY: {arg1: [DISEASE], arg2: [PER], cross_paragraph: true}
      SIBLING_OF: {arg1: [PER], arg2: [PER], symmetric: true}
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
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
    cross_paragraph: bool | None = None  # None: the schema's same_paragraph decides

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

    def within_paragraph(self, name: str) -> bool:
        """Must both arguments of relation ``name`` be in one paragraph?"""
        rel = self.relation(name)
        return self.same_paragraph if rel.cross_paragraph is None else not rel.cross_paragraph

    @property
    def any_within_paragraph(self) -> bool:
        return any(self.within_paragraph(r.name) for r in self.relation_types)

    @property
    def any_cross_paragraph(self) -> bool:
        return any(not self.within_paragraph(r.name) for r in self.relation_types)

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
                    **({"cross_paragraph": r.cross_paragraph} if r.cross_paragraph is not None else {}),
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
                    cross_paragraph=r.get("cross_paragraph"),
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


class SchemaFileError(ValueError):
    """A problem in a schema file, reported as ``file[:line]: message``."""


def _names(value: Any, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
        raise SchemaFileError(f"{where}: expected a type name or a list of type names, got {value!r}")
    return tuple(value)


def schema_from_yaml(path: Path) -> "Schema":
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise SchemaFileError(f"{path}: cannot read ({exc})") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        raise SchemaFileError(f"{path}{line}: not valid YAML ({getattr(exc, 'problem', exc)})") from None
    if not isinstance(data, dict):
        raise SchemaFileError(f"{path}: expected a mapping with entity_types and relation_types")
    unknown = sorted(set(data) - {"name", "version", "same_paragraph", "entity_types", "relation_types"})
    if unknown:
        raise SchemaFileError(f"{path}: unknown key(s) {', '.join(unknown)}")
    raw_types = data.get("entity_types")
    descriptions: dict[str, str] = {}
    if isinstance(raw_types, dict):
        descriptions = {str(k): str(v or "") for k, v in raw_types.items()}
        raw_types = list(raw_types)
    entity_types = _names(raw_types, f"{path}: entity_types")
    duplicates = sorted({t for t in entity_types if entity_types.count(t) > 1})
    if duplicates:
        raise SchemaFileError(f"{path}: entity_types: {', '.join(duplicates)} listed twice")
    raw_rels = data.get("relation_types") or {}
    if isinstance(raw_rels, list):  # the to_dict layout: a list of {name, arg1, arg2, ...}
        try:
            raw_rels = {r["name"]: {k: v for k, v in r.items() if k != "name"} for r in raw_rels}
        except (KeyError, TypeError):
            raise SchemaFileError(f"{path}: relation_types: each entry needs a name") from None
    if not isinstance(raw_rels, dict):
        raise SchemaFileError(f"{path}: relation_types: expected a mapping NAME: {{arg1, arg2, ...}}")
    relations = []
    for name, spec in raw_rels.items():
        where = f"{path}: relation {name}"
        if not isinstance(spec, dict):
            raise SchemaFileError(f"{where}: expected {{arg1: [...], arg2: [...]}}")
        bad = sorted(set(spec) - {"arg1", "arg2", "symmetric", "description", "cross_paragraph"})
        if bad:
            raise SchemaFileError(f"{where}: unknown key(s) {', '.join(bad)}")
        arg1, arg2 = _names(spec.get("arg1"), f"{where}: arg1"), _names(spec.get("arg2"), f"{where}: arg2")
        missing = [t for t in arg1 + arg2 if t not in entity_types]
        if missing:
            raise SchemaFileError(f"{where}: argument type(s) {', '.join(missing)} not in entity_types")
        cross = spec.get("cross_paragraph")
        relations.append(RelationType(str(name), arg1, arg2, symmetric=bool(spec.get("symmetric", False)),
                                      description=str(spec.get("description", "")),
                                      cross_paragraph=None if cross is None else bool(cross)))
    return Schema(entity_types=entity_types, relation_types=tuple(relations), name=str(data.get("name", path.stem)),
                  version=str(data.get("version", SCHEMA_VERSION)), same_paragraph=bool(data.get("same_paragraph", True)),
                  entity_descriptions=descriptions)


def schema_from_brat_conf(path: Path) -> "Schema":
    """brat's ``annotation.conf``: [entities] (indented hierarchy flattened, ``!`` abstract types skipped) and
    [relations] (``NAME Arg1:A|B, Arg2:C``; ``<OVERLAP>`` and other ``<...>`` lines skipped); [events] and
    [attributes] are not part of this schema and are ignored."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise SchemaFileError(f"{path}: cannot read ({exc})") from None
    section = None
    entity_types: list[str] = []
    raw_rels: list[tuple[int, str, str]] = []
    for lineno, raw in enumerate(lines, start=1):
        line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip().lower()
            continue
        if section == "entities":
            if not line.startswith("!"):
                entity_types.append(line.split()[0])
        elif section == "relations" and not line.startswith("<"):
            parts = line.split(None, 1)
            if len(parts) != 2:
                raise SchemaFileError(f"{path}:{lineno}: expected 'NAME<TAB>Arg1:TYPES, Arg2:TYPES', got {line!r}")
            raw_rels.append((lineno, parts[0], parts[1]))
        elif section is None:
            raise SchemaFileError(f"{path}:{lineno}: text before the first [section]")
    if not entity_types:
        raise SchemaFileError(f"{path}: no entity types in an [entities] section")
    relations = []
    for lineno, name, spec in raw_rels:
        args = {}
        for item in spec.split(","):
            if ":" not in item:
                continue
            key, value = item.split(":", 1)
            args[key.strip()] = tuple(v.strip() for v in value.split("|") if v.strip())
        if "Arg1" not in args or "Arg2" not in args:
            raise SchemaFileError(f"{path}:{lineno}: relation {name} needs Arg1:... and Arg2:...")
        expand = lambda types: tuple(entity_types) if types == ("<ENTITY>",) else types  # noqa: E731
        arg1, arg2 = expand(args["Arg1"]), expand(args["Arg2"])
        missing = [t for t in arg1 + arg2 if t not in entity_types]
        if missing:
            raise SchemaFileError(f"{path}:{lineno}: relation {name}: argument type(s) {', '.join(missing)} not in "
                                  "[entities]")
        relations.append(RelationType(name, arg1, arg2))
    return Schema(entity_types=tuple(entity_types), relation_types=tuple(relations), name=path.parent.name or "brat")


def load_schema(path: str | Path) -> "Schema":
    """A schema from a YAML file (``.yaml`` / ``.yml``) or brat's ``annotation.conf`` (``.conf``)."""
    path = Path(path)
    if not path.is_file():
        raise SchemaFileError(f"{path}: no such schema file")
    if path.suffix == ".conf":
        return schema_from_brat_conf(path)
    if path.suffix in (".yaml", ".yml"):
        return schema_from_yaml(path)
    raise SchemaFileError(f"{path}: a schema file is .yaml / .yml (arabic-ie) or .conf (brat annotation.conf)")


SEED_SCHEMA_FILE = Path(__file__).parent / "schemas" / "seed.yaml"
SEED_SCHEMA = load_schema(SEED_SCHEMA_FILE)


def entity_only_schema(entity_types: list[str] | tuple[str, ...], name: str = "entities-only") -> Schema:
    """A schema without relations, e.g. for CoNLL NER benchmarks."""
    return Schema(entity_types=tuple(entity_types), relation_types=(), name=name)
