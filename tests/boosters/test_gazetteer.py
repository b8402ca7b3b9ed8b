"""The gazetteer booster: a user's name list, tagged where the transformer found nothing."""

from __future__ import annotations

import pytest

from arabic_ie.boosters import BoosterError, BoosterPipeline, FitContext
from arabic_ie.core import ArabicIEModel
from arabic_ie.extractor import Extractor
from arabic_ie.schema import SEED_SCHEMA

from conftest import TEXT


def _extractor(tiny_model_and_tokenizer, path):
    model, tokenizer = tiny_model_and_tokenizer
    pipeline = BoosterPipeline.from_specs([{"gazetteer": {"path": str(path)}}], SEED_SCHEMA)
    report = pipeline.fit("before", [], FitContext(SEED_SCHEMA))
    return Extractor(model.eval(), tokenizer, pipeline), report


def test_listed_names_are_found_with_exact_offsets(tiny_model_and_tokenizer, tmp_path):
    names = tmp_path / "names.tsv"
    names.write_text("# my names\nهانوي\tGPE\nتو لام\tPER\n\n", encoding="utf-8")
    extractor, report = _extractor(tiny_model_and_tokenizer, names)
    assert report["gazetteer"] == {"names": 2}
    doc = extractor.predict_documents([TEXT], entity_threshold=1.1)[0]  # the transformer alone finds nothing
    assert {(e.type, e.text) for e in doc.entities} == {("GPE", "هانوي"), ("PER", "تو لام")}
    assert all(TEXT[e.start:e.end] == e.text for e in doc.entities)


def test_a_bad_line_names_the_file_and_line(tiny_model_and_tokenizer, tmp_path):
    names = tmp_path / "names.tsv"
    names.write_text("هانوي\tCITY\n", encoding="utf-8")
    with pytest.raises(BoosterError, match=r"names.tsv:1: unknown entity type 'CITY'"):
        _extractor(tiny_model_and_tokenizer, names)
