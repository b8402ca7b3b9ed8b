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


def from_dataset(dataset: datasets.Dataset, tokens_column: str = "tokens", tags_column: str | None = None
                 ) -> list[Document]:
    """Documents from a ``datasets.Dataset``: rows of :func:`to_dataset` (character spans: ``text`` + ``entities``
    [+ ``relations``]), or token classification rows (``tokens`` + a tag column such as ``ner_tags``, tag names from
    its ``ClassLabel`` feature or strings; BIO, IOB1, BIOES or BILOU), one document per row."""
    columns = set(dataset.column_names)
    if "text" not in columns or "entities" not in columns:
        return _from_token_rows(dataset, tokens_column, tags_column)
    docs = []
    for row in dataset:
        ents = row["entities"]
        rels = row["relations"]
        if isinstance(ents, dict):  # Sequence of dicts comes back as a dict of lists
            ents = [dict(zip(ents, vals)) for vals in zip(*ents.values())] if ents else []
            rels = [dict(zip(rels, vals)) for vals in zip(*rels.values())] if rels else []
        docs.append(Document.from_dict({"id": row["id"], "text": row["text"], "entities": ents, "relations": rels}))
    return docs


def _from_token_rows(dataset: datasets.Dataset, tokens_column: str, tags_column: str | None) -> list[Document]:
    from .conll import _Sentence, _sentences_to_document
    from .errors import ProblemSink

    columns = dataset.column_names
    tags_column = tags_column or next((c for c in ("ner_tags", "tags", "labels", "ner") if c in columns), None)
    if tokens_column not in columns or tags_column is None:
        raise ValueError(f"dataset columns {columns}: expected text + entities (character spans) or tokens + a tag "
                         "column (ner_tags, tags, labels)")
    feature = dataset.features[tags_column]
    names = getattr(getattr(feature, "feature", None), "names", None)
    sink = ProblemSink(raise_first=True)
    docs = []
    for i, row in enumerate(dataset):
        tags = [names[t] if names is not None and isinstance(t, int) else str(t) for t in row[tags_column]]
        sentence = _Sentence(tokens=list(row[tokens_column]), tags=tags, lines=[i + 1] * len(tags))
        doc_id = str(row["id"]) if "id" in columns else f"row-{i}"
        docs.append(_sentences_to_document(doc_id, [sentence], f"dataset row {i}", {}, None, sink))
    return docs


def load_dataset_dir(path) -> list[Document]:
    """Documents of a dataset saved with ``Dataset.save_to_disk`` (a ``DatasetDict``'s split is its subfolder)."""
    loaded = datasets.load_from_disk(str(path))
    if isinstance(loaded, datasets.DatasetDict):
        raise ValueError(f"{path} holds a DatasetDict ({', '.join(loaded)}): point at one split's folder, "
                         f"e.g. {path}/{next(iter(loaded))}")
    return from_dataset(loaded)
