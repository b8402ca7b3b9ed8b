"""Several corpora in one training run (config key ``datasets``), each with its format, tag map, weight, the entity
types it annotates and the part of it that goes to train / dev / test.

```yaml
datasets:
  - name: newsfane
    path: ../shared/data/ner/fane/NewsFANE_Gold_2014_170K.txt
    format: fane                           # brat | jsonl | conll | fane | standoff (default: detected)
    tag_map: configs/tagmaps/fane-to-seed.yaml   # or an inline mapping; a list target is a coarse tag
    annotates: [PER, NORP, ORG, GPE, LOC, FAC]   # default: every entity type of the schema
    relations: false                       # default: true for brat / jsonl, false for conll / fane
    weight: 1.0                            # training documents are repeated / subsampled by this factor
    sentences_per_document: 4              # fane / conll without document markers: group sentences
    select: {file: ../shared/data/ner/fane/newsfane_camel_split.txt, keep: [train]}   # one label per sentence
    parts: {train: [0.0, 0.9], dev: [0.9, 1.0]}  # shares of the documents in file order (default: all train)
    parts_follow: anercorp                 # or: a document with the text of one of an earlier dataset's takes
                                           # that one's part, any other goes to train (arabic_ie.data.align)
    may_be: {NORP: norp-words.txt}         # unlabelled words of this list may be NORP (arabic_ie.training.may_be)
    mention_replacement: 0.5               # repeats (weight > 1) get other training names (arabic_ie.training.augment)
    style: anercorp                        # its own annotation style: trains an entity head of its own (below)
  - name: seed
    path: data/seed
    splits_file: data/splits.json          # or a named split of a split file
    split: default
```

Partial labels: a document keeps the types its corpus annotates (``Document.annotated_types``), so training does
not count its unlabelled words as evidence against the others; a tag mapped to a list of types (ANERcorp's
``LOC: [GPE, LOC, FAC]``) lets the span be any of them. ``parts_follow`` keeps two corpora of one text apart
(NewsFANE is ANERcorp re-annotated, in another sentence order): no dev sentence of one is training text of the
other. Paths are relative to the working directory; ``tag_map``
and ``select.file`` may also be relative to the config file.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..config import ConfigError
from ..data.align import match_texts
from ..data.document import Document
from ..data.errors import ProblemSink
from ..data.fane import read_fane
from ..data.io import detect_format, load_documents
from ..data.splits import load_splits
from ..schema import Schema
from .augment import NAME_TYPES, MentionReplacement, NamePool, augmented_copies
from .may_be import load_word_list, may_be_spans

PARTS = ("train", "dev", "test")
_KEYS = {"name", "path", "format", "tag_map", "annotates", "relations", "weight", "sentences_per_document",
         "select", "parts", "splits_file", "split", "may_be", "parts_follow", "mention_replacement",
         "style"}
_COARSE = "__coarse__:"


@dataclass
class DatasetSpec:
    """One entry of the ``datasets`` list, checked."""

    name: str
    path: str
    format: str
    tag_map: dict[str, str | list[str]] = field(default_factory=dict)
    annotates: tuple[str, ...] | None = None
    relations: bool = True
    weight: float = 1.0
    sentences_per_document: int = 1
    select_file: str | None = None
    select_keep: tuple[str, ...] = ()
    parts: dict[str, tuple[float, float]] = field(default_factory=lambda: {"train": (0.0, 1.0)})
    splits_file: str | None = None
    split: str | None = None
    may_be: dict[str, str] = field(default_factory=dict)  # type -> word list file (arabic_ie.training.may_be)
    parts_follow: str | None = None  # name of an earlier dataset whose parts same-text documents take
    mention_replacement: MentionReplacement | None = None  # names swapped in the weighted repeats
    style: str | None = None  # annotation style: its documents train that style's entity head


def _resolve(path: str, base: Path | None) -> str:
    """``path`` as given if it exists, else relative to the config file's folder."""
    if Path(path).exists() or base is None or Path(path).is_absolute():
        return path
    candidate = base / path
    return str(candidate) if candidate.exists() else path


def _load_tag_map(value: Any, where: str, base: Path | None) -> dict[str, str | list[str]]:
    if value is None:
        return {}
    if isinstance(value, str):
        path = Path(_resolve(value, base))
        if not path.exists():
            raise ConfigError(f"{where}.tag_map: {value} does not exist")
        try:
            value = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise ConfigError(f"{where}.tag_map: {value}: invalid YAML: {exc}") from None
    if not isinstance(value, dict):
        raise ConfigError(f"{where}.tag_map: expected a mapping SOURCE: TYPE (or a YAML file of one)")
    out: dict[str, str | list[str]] = {}
    for src, dst in value.items():
        if isinstance(dst, list) and dst and all(isinstance(t, str) for t in dst):
            out[str(src)] = list(dst)
        elif isinstance(dst, str) and dst:
            out[str(src)] = dst
        else:
            raise ConfigError(f"{where}.tag_map: {src!r} must map to a type, O, or a list of types; got {dst!r}")
    return out


def _range(value: Any, where: str) -> tuple[float, float]:
    if not (isinstance(value, list) and len(value) == 2 and all(isinstance(v, (int, float)) for v in value)
            and 0.0 <= value[0] <= value[1] <= 1.0):
        raise ConfigError(f"{where}: expected [start, end] with 0 <= start <= end <= 1, got {value!r}")
    return float(value[0]), float(value[1])


def parse_dataset_specs(raw: Any, schema: Schema, config_dir: Path | None = None) -> list[DatasetSpec]:
    """Check the ``datasets`` config value; every problem names the entry and key."""
    if not isinstance(raw, list) or not raw:
        raise ConfigError("config key datasets: expected a non-empty list of corpora")
    specs, names = [], set()
    for i, entry in enumerate(raw):
        where = f"config key datasets[{i}]"
        if not isinstance(entry, dict) or "path" not in entry:
            raise ConfigError(f"{where}: expected a mapping with at least 'path'")
        unknown = sorted(set(entry) - _KEYS)
        if unknown:
            raise ConfigError(f"{where}: unknown key(s) {', '.join(unknown)}; known: {', '.join(sorted(_KEYS))}")
        name = str(entry.get("name") or Path(entry["path"]).stem)
        where = f"config key datasets[{i}] ({name})"
        if name in names:
            raise ConfigError(f"{where}: the name {name!r} is used twice")
        names.add(name)
        path = str(entry["path"])
        if not Path(path).exists():
            raise ConfigError(f"{where}.path: {path} does not exist")
        fmt = entry.get("format") or _detect(path, where)
        if fmt not in ("brat", "jsonl", "conll", "fane", "standoff"):
            raise ConfigError(f"{where}.format: {fmt!r}; choose from brat, jsonl, conll, fane, standoff")
        annotates = entry.get("annotates")
        if annotates is not None:
            if not isinstance(annotates, list) or not annotates:
                raise ConfigError(f"{where}.annotates: expected a non-empty list of entity types")
            unknown_types = [t for t in annotates if t not in schema.entity_types]
            if unknown_types:
                raise ConfigError(f"{where}.annotates: {', '.join(map(str, unknown_types))} not in the schema "
                                  f"({', '.join(schema.entity_types)})")
            annotates = tuple(annotates)
        tag_map = _load_tag_map(entry.get("tag_map"), where, config_dir)
        for src, dst in tag_map.items():
            for t in dst if isinstance(dst, list) else [dst]:
                if t != "O" and t not in schema.entity_types:
                    raise ConfigError(f"{where}.tag_map: {src!r} maps to {t!r}, not an entity type of the schema "
                                      f"({', '.join(schema.entity_types)})")
        weight = entry.get("weight", 1.0)
        if not isinstance(weight, (int, float)) or isinstance(weight, bool) or weight <= 0:
            raise ConfigError(f"{where}.weight: expected a positive number, got {weight!r}")
        per_doc = entry.get("sentences_per_document", 1)
        if not isinstance(per_doc, int) or isinstance(per_doc, bool) or per_doc < 1:
            raise ConfigError(f"{where}.sentences_per_document: expected a positive integer, got {per_doc!r}")
        if per_doc > 1 and fmt != "fane":
            raise ConfigError(f"{where}.sentences_per_document: only for format fane")
        spec = DatasetSpec(name=name, path=path, format=fmt, tag_map=tag_map, annotates=annotates,
                           relations=bool(entry.get("relations", fmt in ("brat", "jsonl", "standoff"))), weight=float(weight),
                           sentences_per_document=per_doc)
        if "style" in entry:
            from ..core.configuration import check_entity_styles

            try:
                spec.style = check_entity_styles([entry["style"]])[0]
            except ValueError as exc:
                raise ConfigError(f"{where}.style: {exc}") from None
        if "mention_replacement" in entry:
            spec.mention_replacement = _mention_replacement(entry["mention_replacement"], spec.weight, schema, where)
        may_be = entry.get("may_be")
        if may_be is not None:
            if not isinstance(may_be, dict) or not may_be:
                raise ConfigError(f"{where}.may_be: expected a mapping TYPE: WORDS.txt")
            for etype, words in may_be.items():
                if etype not in schema.entity_types:
                    raise ConfigError(f"{where}.may_be: {etype!r} is not an entity type of the schema "
                                      f"({', '.join(schema.entity_types)})")
                resolved = _resolve(str(words), config_dir)
                if not Path(resolved).is_file():
                    raise ConfigError(f"{where}.may_be.{etype}: {words} does not exist")
                spec.may_be[str(etype)] = resolved
        select = entry.get("select")
        if select is not None:
            if fmt != "fane" or not isinstance(select, dict) or set(select) != {"file", "keep"} \
                    or not isinstance(select["keep"], list):
                raise ConfigError(f"{where}.select: expected {{file: LABELS.txt, keep: [label, ...]}} (format fane)")
            spec.select_file = _resolve(str(select["file"]), config_dir)
            if not Path(spec.select_file).exists():
                raise ConfigError(f"{where}.select.file: {select['file']} does not exist")
            spec.select_keep = tuple(map(str, select["keep"]))
        if "splits_file" in entry or "split" in entry:
            if "parts" in entry:
                raise ConfigError(f"{where}: give either parts or splits_file + split, not both")
            spec.splits_file, spec.split = str(entry.get("splits_file", "")), str(entry.get("split", "default"))
            if not Path(spec.splits_file).exists():
                raise ConfigError(f"{where}.splits_file: {spec.splits_file!r} does not exist")
        elif "parts_follow" in entry:
            if "parts" in entry:
                raise ConfigError(f"{where}: give either parts or parts_follow, not both")
            follow = str(entry["parts_follow"])
            if follow not in names - {name}:
                raise ConfigError(f"{where}.parts_follow: {follow!r} is not the name of a dataset listed before it")
            spec.parts_follow = follow
        elif "parts" in entry:
            parts = entry["parts"]
            if not isinstance(parts, dict) or not parts or set(parts) - set(PARTS):
                raise ConfigError(f"{where}.parts: expected a mapping of train / dev / test to [start, end]")
            spec.parts = {p: _range(v, f"{where}.parts.{p}") for p, v in parts.items()}
        specs.append(spec)
    return specs


def _mention_replacement(value: Any, weight: float, schema: Schema, where: str) -> MentionReplacement:
    where = f"{where}.mention_replacement"
    if isinstance(value, dict):
        unknown = sorted(set(value) - {"probability", "types"})
        if unknown or "probability" not in value:
            raise ConfigError(f"{where}: expected a probability or {{probability: P, types: [TYPE, ...]}}")
        probability, types = value["probability"], value.get("types", list(NAME_TYPES))
    else:
        probability, types = value, list(NAME_TYPES)
    if not isinstance(probability, (int, float)) or isinstance(probability, bool) or not 0 < probability <= 1:
        raise ConfigError(f"{where}: the probability must be a number in (0, 1], got {probability!r}")
    if not isinstance(types, list) or not types:
        raise ConfigError(f"{where}.types: expected a non-empty list of entity types")
    if isinstance(value, dict) and "types" in value:  # the default list is cut to the schema's types
        unknown_types = [t for t in types if t not in schema.entity_types]
        if unknown_types:
            raise ConfigError(f"{where}.types: {', '.join(map(str, unknown_types))} not in the schema "
                              f"({', '.join(schema.entity_types)})")
    if weight < 2:
        raise ConfigError(f"{where}: names are replaced in the repeats of a document, so the dataset needs "
                          f"weight >= 2 (it has {weight:g})")
    return MentionReplacement(float(probability), tuple(t for t in types if t in schema.entity_types))


def _detect(path: str, where: str) -> str:
    try:
        return detect_format(path)
    except ValueError as exc:
        raise ConfigError(f"{where}.format: {exc}") from None


def _reading_tag_map(spec: DatasetSpec) -> dict[str, str]:
    """The reader's tag map: a coarse tag becomes a placeholder type resolved after reading."""
    return {src: (_COARSE + "|".join(dst) if isinstance(dst, list) else dst) for src, dst in spec.tag_map.items()}


def read_dataset(spec: DatasetSpec, schema: Schema) -> list[Document]:
    """Every document of one corpus (after ``select``), with its partial-label attributes set."""
    sink = ProblemSink(raise_first=True)
    tag_map = _reading_tag_map(spec)
    allowed = set(schema.entity_types) | {v for v in tag_map.values() if v.startswith(_COARSE)}
    if spec.format == "fane":
        keep = None
        if spec.select_file:
            labels = Path(spec.select_file).read_text(encoding="utf-8").split()
            keep = [label in spec.select_keep for label in labels]
        docs = read_fane(spec.path, tag_map=tag_map, entity_types=allowed, sink=sink,
                         sentences_per_document=spec.sentences_per_document, keep=keep)
    else:
        docs = load_documents(spec.path, fmt=spec.format, tag_map=tag_map, entity_types=allowed)
    if not docs or not any(d.entities for d in docs):
        raise ConfigError(f"config key datasets ({spec.name}): {spec.path} yields no annotated entity")
    words_by_type = {t: load_word_list(path) for t, path in spec.may_be.items()}
    for doc in docs:
        doc.annotated_types = spec.annotates
        doc.annotates_relations = spec.relations
        doc.style = spec.style
        for ent in doc.entities:
            if ent.type.startswith(_COARSE):
                ent.type, *rest = ent.type[len(_COARSE):].split("|")
                ent.alternatives = tuple(rest)
        if words_by_type:
            doc.unlabelled_may_be = may_be_spans(doc.text, [(e.start, e.end) for e in doc.entities], words_by_type)
    return docs


def _weighted(docs: list[Document], weight: float, rng: random.Random) -> list[Document]:
    whole, frac = int(weight), weight - int(weight)
    out = docs * whole
    if frac > 0:
        out += rng.sample(docs, round(len(docs) * frac))
    return out


def dataset_parts(specs: list[DatasetSpec], schema: Schema, seed: int = 0) -> tuple[dict[str, list[Document]],
                                                                                 dict[str, Any]]:
    """Train / dev / test documents of all corpora (train weighted), and per-corpus counts for the record."""
    parts: dict[str, list[Document]] = {p: [] for p in PARTS}
    counts: dict[str, Any] = {}
    rng = random.Random(seed)
    part_of_text: dict[str, tuple[list[str], list[str | None]]] = {}  # dataset -> its texts and their parts
    chosen_by_spec: list[tuple[DatasetSpec, dict[str, list[Document]]]] = []
    for spec in specs:
        docs = read_dataset(spec, schema)
        if spec.parts_follow:
            texts, their_parts = part_of_text[spec.parts_follow]
            matched = match_texts([d.text for d in docs], texts)
            chosen = {p: [] for p in PARTS}
            for doc, m in zip(docs, matched):
                part = "train" if m is None else their_parts[m]
                if part is not None:
                    chosen[part].append(doc)
        elif spec.splits_file:
            splits = load_splits(spec.splits_file)
            if spec.split not in splits:
                raise ConfigError(f"config key datasets ({spec.name}).split: {spec.split!r} not in "
                                  f"{spec.splits_file} (known: {', '.join(splits)})")
            chosen = splits[spec.split].select(docs)
        else:
            n = len(docs)
            chosen = {p: docs[round(a * n):round(b * n)] for p, (a, b) in spec.parts.items()}
        where = {id(d): p for p, ds in chosen.items() for d in ds}
        part_of_text[spec.name] = ([d.text for d in docs], [where.get(id(d)) for d in docs])
        for doc in {id(d): d for ds in chosen.values() for d in ds}.values():
            doc.id = f"{spec.name}/{doc.id}"  # ids stay unique across corpora
        chosen_by_spec.append((spec, chosen))
    pool = None
    if any(spec.mention_replacement for spec in specs):  # names of every dataset's training part, never dev / test
        pool = NamePool.from_documents(d for _, chosen in chosen_by_spec for d in chosen.get("train", []))
    for spec, chosen in chosen_by_spec:
        if spec.mention_replacement and pool is not None:
            chosen["train"] = augmented_copies(chosen.get("train", []), spec.weight, pool, spec.mention_replacement,
                                               rng)
        else:
            chosen["train"] = _weighted(chosen.get("train", []), spec.weight, rng)
        counts[spec.name] = {p: len(chosen.get(p, [])) for p in PARTS}
        counts[spec.name]["entities"] = {p: sum(len(d.entities) for d in chosen.get(p, [])) for p in PARTS}
        for p in PARTS:
            parts[p] += chosen.get(p, [])
    return parts, counts
