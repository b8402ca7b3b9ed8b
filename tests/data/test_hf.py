"""Conversion to Hugging Face datasets, per document or per paragraph."""

from __future__ import annotations

import pytest

from arabic_ie.data.hf import from_dataset, to_dataset, to_dataset_dict
from arabic_ie.data.io import load_documents
from arabic_ie.data.splits import load_splits

from conftest import REPO, SEED_DIR


def test_document_rows_round_trip(doc):
    ds = to_dataset([doc])
    assert ds.num_rows == 1
    assert from_dataset(ds) == [doc]


def test_paragraph_rows_have_relative_offsets_and_keep_inner_relations(doc):
    ds = to_dataset([doc], unit="paragraph")
    assert ds.num_rows == 2
    for row in ds:
        for ent in row["entities"]:
            assert row["text"][ent["start"]:ent["end"]] == ent["text"]
            assert doc.text[row["offset"] + ent["start"]:row["offset"] + ent["end"]] == ent["text"]
    assert len(ds[0]["relations"]) == 3 and ds[1]["relations"] == []


def test_dataset_dict_from_the_default_split():
    docs = load_documents(SEED_DIR)
    parts = load_splits(REPO / "data" / "splits.json")["default"].select(docs)
    dd = to_dataset_dict(parts, unit="paragraph")
    assert set(dd) == {"train", "dev", "test"}
    assert set(dd["test"]["document_id"]) == set(parts["test"][0].id for _ in [0])
    total = sum(len(e) for split in dd.values() for e in split["entities"])
    assert total == sum(len(d.entities) for d in docs)


def test_a_token_classification_dataset_saved_to_disk_is_a_training_corpus(tmp_path):
    """Issue 20: a Hugging Face Dataset (tokens + ClassLabel ner_tags) is read as documents with character spans."""
    import datasets

    from arabic_ie.data.io import detect_format, load_documents

    features = datasets.Features({"id": datasets.Value("string"),
                                  "tokens": datasets.Sequence(datasets.Value("string")),
                                  "ner_tags": datasets.Sequence(datasets.ClassLabel(names=["O", "B-PER", "I-PER",
                                                                                            "B-LOC", "I-LOC"]))})
    ds = datasets.Dataset.from_dict({"id": ["a", "b"],
                                     "tokens": [["زار", "فلاديمير", "بوتين", "هانوي"], ["وصل", "إلى", "موسكو"]],
                                     "ner_tags": [[0, 1, 2, 3], [0, 0, 3]]}, features=features)
    dd = datasets.DatasetDict({"train": ds, "test": ds.select([1])})
    dd.save_to_disk(str(tmp_path / "ds"))
    assert detect_format(tmp_path / "ds" / "train") == "hf"
    docs = load_documents(tmp_path / "ds" / "train")
    assert [(d.id, [(e.type, e.text) for e in d.entities]) for d in docs] == \
        [("a", [("PER", "فلاديمير بوتين"), ("LOC", "هانوي")]), ("b", [("LOC", "موسكو")])]
    from arabic_ie.data.errors import AnnotationError

    with pytest.raises(AnnotationError, match="DatasetDict.*train"):
        load_documents(tmp_path / "ds", fmt="hf")
    # character-span rows (the project's own export) read back too
    from arabic_ie.data.hf import to_dataset

    to_dataset(docs).save_to_disk(str(tmp_path / "spans"))
    again = load_documents(tmp_path / "spans")
    assert [(e.type, e.start, e.end) for e in again[0].entities] == [(e.type, e.start, e.end) for e in docs[0].entities]
