"""Compound names: head words learned from the lexicon turn a kept inner name into the longer name."""

from __future__ import annotations

import pytest
import torch
from transformers import AutoTokenizer

from arabic_ie.config import ConfigError, parse_config
from arabic_ie.data.document import Entity
from arabic_ie.core import ArabicIEModel
from arabic_ie.boosters.compounds import compose_entities, compound_heads
from arabic_ie.boosters.crf import CRFTagger
from arabic_ie.boosters import BoosterError, BoosterPipeline
from arabic_ie.boosters.lexicon import Lexicon
from arabic_ie.extractor import Extractor
from arabic_ie.schema import SEED_SCHEMA
from arabic_ie.core.windows import encode_document
from arabic_ie.training.run import run_training

from conftest import make_doc
from helpers import TYPES, write_config

LEXICON = {
    "الاتحاد السوفييتي": "GPE", "السوفييتي": "NORP",
    "الحرب الأوكرانية": "EVENT", "الأوكرانية": "NORP", "أوكرانيا": "GPE",
    "القصر الرئاسي الفيتنامي": "FAC", "الفيتنامي": "NORP",
    "فلاديمير بوتين": "PER", "بوتين": "PER",
    "اليوم الخميس": "DATE", "الخميس": "DATE",
}


def test_heads_are_learned_from_lexicon_names_that_end_in_another_lexicon_name():
    heads = compound_heads(LEXICON)
    assert heads == {
        (("اتحاد",), "GPE"): "GPE",          # NORP inner names count as their country (class GPE)
        (("حرب",), "GPE"): "EVENT",          # the article is folded: الحرب / حرب
        (("قصر", "رئاسي"), "GPE"): "FAC",    # two-word head
        (("فلاديمير",), "PER"): "PER",
    }  # DATE is not a name type: dates belong to the patterns


def test_a_head_that_makes_names_of_two_types_equally_often_is_dropped():
    heads = compound_heads({"مطار هانوي": "FAC", "هانوي": "GPE", "مطار موسكو": "ORG", "موسكو": "GPE"})
    assert heads == {}
    heads = compound_heads({"مطار هانوي": "FAC", "هانوي": "GPE", "مطار موسكو": "ORG", "موسكو": "GPE",
                            "مطار بكين": "FAC", "بكين": "GPE"})
    assert heads == {(("مطار",), "GPE"): "FAC"}


@pytest.fixture(scope="module")
def tokenizer(tiny_encoder):
    return AutoTokenizer.from_pretrained(tiny_encoder)


def _kept(text: str, surface: str, etype: str, occurrence: int = 0) -> tuple[Entity, int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    return Entity("", etype, start, start + len(surface), surface, score=0.8), 0, 0


def test_a_kept_name_after_a_learned_head_becomes_the_compound_with_exact_offsets(tokenizer):
    text = "تحدث عن حرب أوكرانيا، وعن الحرب الأوكرانية في القصر الرئاسي الفيتنامي مع الاتحاد السوفييتي."
    enc = encode_document(text, tokenizer, 64, 16)
    kept = [_kept(text, "أوكرانيا", "GPE"), _kept(text, "الأوكرانية", "NORP"), _kept(text, "الفيتنامي", "NORP"),
            _kept(text, "السوفييتي", "NORP")]
    out = compose_entities(enc, kept, compound_heads(LEXICON))
    assert [(e.text, e.type) for e, _, _ in out] == [
        ("حرب أوكرانيا", "EVENT"), ("الحرب الأوكرانية", "EVENT"), ("القصر الرئاسي الفيتنامي", "FAC"),
        ("الاتحاد السوفييتي", "GPE")]
    assert all(text[e.start:e.end] == e.text for e, _, _ in out)
    assert [e.id for e, _, _ in out] == ["T1", "T2", "T3", "T4"] and all(e.score == 0.8 for e, _, _ in out)
    for entity, first, last in out:
        assert enc.offsets[first][0] <= entity.start and entity.end <= enc.offsets[last][1]


def test_a_proclitic_on_the_head_stays_outside_the_compound(tokenizer):
    text = "ندد بالحرب الأوكرانية وبحرب أوكرانيا."
    enc = encode_document(text, tokenizer, 64, 16)
    out = compose_entities(enc, [_kept(text, "الأوكرانية", "NORP"), _kept(text, "أوكرانيا", "GPE")],
                           compound_heads(LEXICON))
    assert [(e.text, e.type) for e, _, _ in out] == [("الحرب الأوكرانية", "EVENT"), ("حرب أوكرانيا", "EVENT")]


@pytest.mark.parametrize("text, why", [
    ("قال إن الحرب\nالأوكرانية طالت.", "a line break between head and name"),
    ("قال إن الحرب، الأوكرانية طالت.", "punctuation between head and name"),
    ("قال إن الحرب  الأوكرانية طالت.", "not a single space"),
    ("قال إن الحربالأوكرانية طالت.", "no space: the name starts inside a word"),
    ("قال إن الحروب الأوكرانية طالت.", "another word, however close"),
])
def test_no_compound_without_the_head_word_right_before_the_name(tokenizer, text, why):
    enc = encode_document(text, tokenizer, 64, 16)
    kept = [_kept(text, "الأوكرانية", "NORP")]
    assert [(e.text, e.type) for e, _, _ in compose_entities(enc, kept, compound_heads(LEXICON))] == \
        [("الأوكرانية", "NORP")], why


def test_a_compound_never_swallows_another_kept_entity_and_leaves_dates_to_the_patterns(tokenizer):
    text = "قال بوتين الحرب الأوكرانية اليوم الخميس."
    enc = encode_document(text, tokenizer, 64, 16)
    heads = compound_heads({**LEXICON, "بوتين الحرب الأوكرانية": "ORG"})
    assert heads[(("بوتين", "حرب"), "GPE")] == "ORG"
    heads[(("يوم",), "DATE")] = "DATE"
    kept = [_kept(text, "بوتين", "PER"), _kept(text, "الأوكرانية", "NORP"), _kept(text, "الخميس", "DATE")]
    out = compose_entities(enc, kept, heads)
    assert [(e.text, e.type) for e, _, _ in out] == [("بوتين", "PER"), ("الحرب الأوكرانية", "EVENT"),
                                                     ("الخميس", "DATE")]  # the two-word head overlaps بوتين
    assert compose_entities(enc, [], heads) == [] and compose_entities(enc, kept, {}) == kept


def test_compounds_at_prediction_time_need_the_lexicon(tiny_encoder, tokenizer):
    doc = make_doc()
    entries = {e.text: e.type for e in doc.entities} | {"الرئيس الفيتنامي": "PER", "الفيتنامي": "NORP"}  # a toy head
    torch.manual_seed(0)
    model = ArabicIEModel.from_encoder(str(tiny_encoder), window_size=64, window_overlap=16, span_dim=32,
                                       type_embedding_dim=8, token_tag_vocab=1 + 2 * len(SEED_SCHEMA.entity_types)).eval()
    model.config.entity_threshold = 1.01  # the untrained transformer votes for nothing: lexicon + CRF decide

    def extractor(names):
        pipeline = BoosterPipeline.from_specs(names, SEED_SCHEMA)
        pipeline.get("lexicon").lexicon = Lexicon.from_config(entries)
        pipeline.get("vote").tagger = CRFTagger.fit([doc, doc])
        for b in pipeline.boosters:
            b.fitted = True
        return Extractor(model, tokenizer, pipeline)

    plain = extractor(["lexicon", "vote"]).predict_documents([doc.text], with_relations=False)[0].entities
    assert ("الروسي", "NORP") in [(e.text, e.type) for e in plain]
    composed = extractor(["lexicon", "vote", "compounds"]).predict_documents([doc.text], with_relations=False)[0].entities
    assert ("الرئيس الروسي", "PER") in [(e.text, e.type) for e in composed]  # head الرئيس + NORP -> PER
    assert ("الروسي", "NORP") not in [(e.text, e.type) for e in composed]
    assert all(doc.text[e.start:e.end] == e.text for e in composed)
    with pytest.raises(BoosterError, match="booster compounds requires lexicon earlier in the list"):
        BoosterPipeline.from_specs(["compounds"], SEED_SCHEMA)


def test_compounds_without_the_lexicon_is_a_config_error(tmp_path, tiny_encoder):
    path = write_config(tmp_path, tiny_encoder, boosters=["compounds"])
    with pytest.raises(ConfigError, match="booster compounds requires lexicon earlier in the list"):
        run_training(*parse_config(TYPES, [str(path)]), config_path=str(path))
