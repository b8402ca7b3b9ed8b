"""One contract every registered booster passes: fit -> save -> load round trip, exact offsets, a no-op on an
empty document, determinism and a one-line description."""

from __future__ import annotations

import json

import pytest
import torch
from transformers import AutoTokenizer

from arabic_ie.boosters import BoosterPipeline, FitContext, registry
from arabic_ie.core import ArabicIEModel
from arabic_ie.data.document import Document
from arabic_ie.extractor import Extractor
from arabic_ie.schema import SEED_SCHEMA

from conftest import TEXT, make_doc

#: Diacritics, tatweel, an RTL mark, a Latin digit run and a repeated name: offsets must still index the input.
HARD_TEXT = "وصلَ الرئيسُ الروســي فلاديمير بوتين\u200f إلى هانوي في 20 يونيو 2024، والتقى بوتين تو لام."


def _requirements(name: str) -> list[str]:
    known = registry()
    out: list[str] = []
    for required in known[name].requires:
        out += [r for r in _requirements(required) + [required] if r not in out]
    return out


def _fitted_extractor(name: str, tiny_encoder) -> Extractor:
    docs = [make_doc(), Document("doc2", TEXT, make_doc().entities, make_doc().relations)]
    pipeline = BoosterPipeline.from_specs(_requirements(name) + [name], SEED_SCHEMA)
    context = FitContext(SEED_SCHEMA, seed=0)
    pipeline.fit("before", docs, context)
    pipeline.fit("after", docs, context)
    torch.manual_seed(0)
    model = ArabicIEModel.from_encoder(str(tiny_encoder), window_size=64, window_overlap=16, span_dim=32,
                                       type_embedding_dim=8, token_tag_vocab=pipeline.token_tag_vocab(),
                                       pair_feature_sizes=pipeline.pair_feature_sizes())
    return Extractor(model.eval(), AutoTokenizer.from_pretrained(tiny_encoder), pipeline)


def _triples(doc: Document) -> tuple[list, list]:
    return ([(e.id, e.type, e.start, e.end, e.text, round(e.score or 0.0, 5)) for e in doc.entities],
            [(r.type, r.head, r.tail, round(r.score, 5)) for r in doc.relations])


@pytest.mark.parametrize("name", sorted(registry()))
def test_every_booster_keeps_the_contract(name, tiny_encoder, tmp_path):
    extractor = _fitted_extractor(name, tiny_encoder)
    booster = extractor.boosters.get(name)
    assert booster.fitted
    description = booster.describe()
    assert description.strip() and "\n" not in description

    texts = [TEXT, HARD_TEXT]
    first = extractor.predict_documents(texts)
    assert [_triples(d) for d in extractor.predict_documents(texts)] == [_triples(d) for d in first]  # deterministic
    for text, doc in zip(texts, first):
        assert all(text[e.start:e.end] == e.text for e in doc.entities)
        spans = sorted((e.start, e.end) for e in doc.entities)
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))  # no overlaps
        assert [e.id for e in doc.entities] == [f"T{i + 1}" for i in range(len(doc.entities))]
    empty = extractor.predict_documents([""])[0]
    assert empty.entities == [] and empty.relations == []

    extractor.save_pretrained(tmp_path)
    manifest = json.loads((tmp_path / "boosters.json").read_text(encoding="utf-8"))
    entry = next(b for b in manifest["boosters"] if b["name"] == name)
    assert entry["params"] == booster.params
    for file_name in entry["files"]:
        assert (tmp_path / file_name).is_file()
    reloaded = Extractor.from_pretrained(tmp_path)
    assert reloaded.boosters.names == extractor.boosters.names
    assert [_triples(d) for d in reloaded.predict_documents(texts)] == [_triples(d) for d in first]


@pytest.mark.parametrize("name", sorted(n for n, cls in registry().items() if cls.fit_stage != "none"))
def test_a_booster_file_changed_after_saving_is_refused_by_its_checksum(name, tiny_encoder, tmp_path):
    from arabic_ie.extractor import ModelDirectoryError

    extractor = _fitted_extractor(name, tiny_encoder)
    extractor.save_pretrained(tmp_path)
    manifest = json.loads((tmp_path / "boosters.json").read_text(encoding="utf-8"))
    file_name = next(iter(next(b for b in manifest["boosters"] if b["name"] == name)["files"]))
    with open(tmp_path / file_name, "ab") as f:
        f.write(b"\x00")
    with pytest.raises(ModelDirectoryError, match=f"booster {name}: {file_name} does not match its checksum"):
        Extractor.from_pretrained(tmp_path)
    (tmp_path / file_name).unlink()
    with pytest.raises(ModelDirectoryError, match=f"booster {name}: missing file {file_name}"):
        Extractor.from_pretrained(tmp_path)
