"""Conversion to Hugging Face datasets, per document or per paragraph."""

from __future__ import annotations

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
