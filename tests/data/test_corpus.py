"""The gold seed corpus: unchanged texts, clean annotations, full type coverage, consistent splits."""

from __future__ import annotations

import json

import pytest

from arabic_ie.annotation.worksheet import compile_worksheets
from arabic_ie.data.brat import format_ann, read_text_exact
from arabic_ie.data.io import load_documents
from arabic_ie.data.splits import load_splits, make_splits
from arabic_ie.data.validate import known_surfaces, validate_document
from arabic_ie.schema import SEED_SCHEMA

from conftest import REPO, SEED_DIR, SHARED


@pytest.fixture(scope="module")
def corpus():
    return load_documents(SEED_DIR)


def test_five_articles_with_annotations(corpus):
    assert len(corpus) == 5
    assert all((SEED_DIR / f"{d.id}.ann").exists() for d in corpus)


@pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="../shared/seeds not available")
def test_texts_are_the_seed_articles_unchanged(corpus):
    for d in corpus:
        assert (SEED_DIR / f"{d.id}.txt").read_bytes() == (SHARED / "seeds" / f"{d.id}.txt").read_bytes()


def test_corpus_validates_clean(corpus):
    surfaces = known_surfaces(corpus)
    problems = [p for d in corpus for p in validate_document(d, SEED_SCHEMA, surfaces)]
    assert problems == []


def test_every_entity_and_relation_type_occurs(corpus):
    ent_types = {e.type for d in corpus for e in d.entities}
    rel_types = {r.type for d in corpus for r in d.relations}
    assert ent_types == set(SEED_SCHEMA.entity_types)
    assert rel_types == set(SEED_SCHEMA.relation_names)


def test_corpus_size(corpus):
    assert sum(len(d.entities) for d in corpus) >= 500
    assert sum(len(d.relations) for d in corpus) >= 150


def test_ann_files_are_what_the_worksheets_compile_to(corpus):
    for d in corpus:
        sheets = sorted((REPO / "data" / "worksheets").glob(f"{d.id}*.ws"))
        compiled = compile_worksheets(d.id, read_text_exact(SEED_DIR / f"{d.id}.txt"), sheets)
        assert format_ann(compiled) == (SEED_DIR / f"{d.id}.ann").read_text(encoding="utf-8")


def test_split_file_follows_its_rule_and_is_disjoint(corpus):
    path = REPO / "data" / "splits.json"
    assert json.loads(path.read_text(encoding="utf-8")) == make_splits(corpus)
    splits = load_splits(path)
    ids = {d.id for d in corpus}
    default = splits["default"]
    assert set(default.train) | set(default.dev) | set(default.test) == ids
    test_doc = next(d for d in corpus if d.id == default.test[0])
    assert len({e.type for e in test_doc.entities}) == max(len({e.type for e in d.entities}) for d in corpus)
    folds = [s for name, s in splits.items() if name.startswith("fold-")]
    assert sorted(f.test[0] for f in folds) == sorted(ids)
    for fold in folds:
        fold.check(ids)
        assert set(fold.train) | set(fold.dev) | set(fold.test) == ids


def test_brat_annotation_conf_matches_the_schema():
    assert (SEED_DIR / "annotation.conf").read_text(encoding="utf-8") == SEED_SCHEMA.to_brat_conf()


def test_split_selection_rejects_overlap():
    from arabic_ie.data.splits import Split

    with pytest.raises(ValueError, match="in both train and test"):
        Split("bad", ("a", "b"), ("c",), ("a",)).check()
