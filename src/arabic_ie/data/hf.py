"""Conversion of documents to Hugging Face ``datasets``."""

from __future__ import annotations

from typing import Literal

import datasets

from .document import Document
from .segment import paragraphs

FEATURES = datasets.Features({
    "id": datasets.Value("string"),
    "document_id": datasets.Value("string"),
    "offset": datasets.Value("int64"),
    "text": datasets.Value("string"),
    "entities": [{
        "id": datasets.Value("string"),
        "type": datasets.Value("string"),
        "start": datasets.Value("int64"),
        "end": datasets.Value("int64"),
        "text": datasets.Value("string"),
    }],
    "relations": [{
        "id": datasets.Value("string"),
        "type": datasets.Value("string"),
        "head": datasets.Value("string"),
        "tail": datasets.Value("string"),
    }],
})


def _rows(doc: Document, unit: str) -> list[dict]:
    if unit == "document":
        return [{"id": doc.id, "document_id": doc.id, "offset": 0, "text": doc.text,
                 "entities": [e.to_dict() for e in doc.entities],
                 "relations": [r.to_dict() for r in doc.relations]}]
    rows = []
    for n, para in enumerate(paragraphs(doc.text)):
        ents = [e for e in doc.entities if para.start <= e.start and e.end <= para.end]
        ids = {e.id for e in ents}
        rows.append({
            "id": f"{doc.id}#p{n + 1}",
            "document_id": doc.id,
            "offset": para.start,
            "text": para.slice(doc.text),
            "entities": [{**e.to_dict(), "start": e.start - para.start, "end": e.end - para.start} for e in ents],
            "relations": [r.to_dict() for r in doc.relations if r.head in ids and r.tail in ids],
        })
    return rows


def to_dataset(documents: list[Document], unit: Literal["document", "paragraph"] = "document") -> datasets.Dataset:
    """One row per document, or per paragraph (offsets relative to the row, ``offset`` to map back)."""
    if unit not in ("document", "paragraph"):
        raise ValueError(f"unit must be 'document' or 'paragraph', got {unit!r}")
    rows = [row for doc in documents for row in _rows(doc, unit)]
    return datasets.Dataset.from_list(rows, features=FEATURES)


def to_dataset_dict(parts: dict[str, list[Document]], unit: Literal["document", "paragraph"] = "document"
                    ) -> datasets.DatasetDict:
    """A ``DatasetDict`` with one split per part (e.g. from :meth:`Split.select`)."""
    return datasets.DatasetDict({name: to_dataset(docs, unit) for name, docs in parts.items()})


def from_dataset(dataset: datasets.Dataset) -> list[Document]:
    """Documents back from rows of :func:`to_dataset` with ``unit="document"``."""
    docs = []
    for row in dataset:
        ents = row["entities"]
        rels = row["relations"]
        if isinstance(ents, dict):  # Sequence of dicts comes back as a dict of lists
            ents = [dict(zip(ents, vals)) for vals in zip(*ents.values())] if ents else []
            rels = [dict(zip(rels, vals)) for vals in zip(*rels.values())] if rels else []
        docs.append(Document.from_dict({"id": row["id"], "text": row["text"], "entities": ents, "relations": rels}))
    return docs
