"""Propagation: a kept name is tagged wherever its document repeats it (variants, a person's surname)."""

from __future__ import annotations

import pytest

from arabic_ie.boosters.propagation import propagate_entities
from arabic_ie.core.windows import encode_document
from arabic_ie.data.document import Entity


PROPAGATION_TEXT = "قال دونالد ترامب إن روسيا مهمة. ورد الكرملين على ترامب، ثم التقى دونالد ترامب وفودا روسية."


def test_propagation_tags_every_repetition_of_a_kept_name_its_variants_and_a_persons_surname(
        tiny_model_and_tokenizer):
    _, tokenizer = tiny_model_and_tokenizer
    text = PROPAGATION_TEXT
    enc = encode_document(text, tokenizer, 64, 16)
    kept = [_entity_at(text, "دونالد ترامب", "PER", 0.9), _entity_at(text, "روسيا", "GPE", 0.6),
            _entity_at(text, "الكرملين", "ORG", 0.8)]
    out = propagate_entities(enc, kept)
    assert [(e.text, e.type) for e, _, _ in out] == [
        ("دونالد ترامب", "PER"), ("روسيا", "GPE"), ("الكرملين", "ORG"), ("ترامب", "PER"),
        ("دونالد ترامب", "PER")]  # "روسية" is an adjective (NORP), not a variant of the country
    assert [e.id for e, _, _ in out] == ["T1", "T2", "T3", "T4", "T5"]
    assert all(text[e.start:e.end] == e.text for e, _, _ in out)
    assert out[3][0].score == pytest.approx(0.9) and out[4][0].score == pytest.approx(0.9)
    for entity, first, last in out[3:]:
        assert enc.offsets[first][0] <= entity.start and entity.end <= enc.offsets[last][1]


def test_propagation_never_overlaps_a_kept_entity_and_keeps_an_empty_document_empty(tiny_model_and_tokenizer):
    _, tokenizer = tiny_model_and_tokenizer
    text = PROPAGATION_TEXT
    enc = encode_document(text, tokenizer, 64, 16)
    assert propagate_entities(enc, []) == []
    second = text.index("دونالد ترامب", 10)
    kept = [_entity_at(text, "ترامب", "PER", 0.7),  # the first surname only
            (Entity("", "ORG", second, second + len("دونالد ترامب"), "دونالد ترامب", score=0.5), 0, 0)]
    spans = [(e.start, e.end, e.type) for e, _, _ in propagate_entities(enc, kept)]
    assert (second, second + len("دونالد ترامب"), "ORG") in spans
    assert not any(s < second + 12 and second < e and t == "PER" for s, e, t in spans)


def _entity_at(text: str, surface: str, etype: str, score: float) -> tuple[Entity, int, int]:
    start = text.index(surface)
    return Entity("", etype, start, start + len(surface), surface, score=score), 0, 0
