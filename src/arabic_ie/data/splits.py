"""Versioned document-level splits: a default train/dev/test split and leave-one-out folds."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .document import Document

SPLITS_VERSION = 1


@dataclass(frozen=True)
class Split:
    """Document ids of each part; a document belongs to exactly one part."""

    name: str
    train: tuple[str, ...]
    dev: tuple[str, ...]
    test: tuple[str, ...]

    def parts(self) -> dict[str, tuple[str, ...]]:
        return {"train": self.train, "dev": self.dev, "test": self.test}

    def check(self, known_ids: set[str] | None = None) -> None:
        """Raise ValueError if a document is in two parts or unknown."""
        seen: dict[str, str] = {}
        for part, ids in self.parts().items():
            for doc_id in ids:
                if doc_id in seen:
                    raise ValueError(f"split {self.name}: document {doc_id} is in both {seen[doc_id]} and {part}")
                seen[doc_id] = part
                if known_ids is not None and doc_id not in known_ids:
                    raise ValueError(f"split {self.name}: unknown document {doc_id}")

    def select(self, documents: list[Document]) -> dict[str, list[Document]]:
        by_id = {d.id: d for d in documents}
        self.check(set(by_id))
        return {part: [by_id[i] for i in ids] for part, ids in self.parts().items()}


def _type_diversity(doc: Document) -> tuple[int, int, int]:
    return (len({e.type for e in doc.entities}), len({r.type for r in doc.relations}), len(doc.entities))


def make_splits(documents: list[Document]) -> dict[str, Any]:
    """The split file content for a small corpus of whole articles.

    * default: test = the article with the most entity types (ties: most relation types, then most
      entities), dev = the next one by the same order, train = the rest;
    * folds: leave-one-article-out; fold *i* tests article *i* and develops on article *i+1* (cyclic).
    """
    ids = sorted(d.id for d in documents)
    if len(ids) < 3:
        raise ValueError("need at least 3 documents for train/dev/test splits")
    by_id = {d.id: d for d in documents}
    ranked = sorted(ids, key=lambda i: (_type_diversity(by_id[i]), i), reverse=True)
    test, dev = ranked[0], ranked[1]
    default = {"train": [i for i in ids if i not in (test, dev)], "dev": [dev], "test": [test]}
    folds = []
    for n, held_out in enumerate(ids):
        dev_id = ids[(n + 1) % len(ids)]
        folds.append({
            "name": f"fold-{n}",
            "train": [i for i in ids if i not in (held_out, dev_id)],
            "dev": [dev_id],
            "test": [held_out],
        })
    return {
        "version": SPLITS_VERSION,
        "rule": "default test = article with most entity types (then relation types, entities); "
                "dev = next by the same order; folds = leave-one-article-out, dev = next article (cyclic)",
        "default": default,
        "folds": folds,
    }


def load_splits(path: str | Path) -> dict[str, Split]:
    """Read a split file into ``{"default": Split, "fold-0": Split, ...}``, checking disjointness."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if data.get("version") != SPLITS_VERSION:
        raise ValueError(f"{path}: unsupported split file version {data.get('version')!r}")
    splits = {"default": Split("default", *(tuple(data["default"][p]) for p in ("train", "dev", "test")))}
    for fold in data.get("folds", []):
        splits[fold["name"]] = Split(fold["name"], *(tuple(fold[p]) for p in ("train", "dev", "test")))
    for split in splits.values():
        split.check()
    return splits
