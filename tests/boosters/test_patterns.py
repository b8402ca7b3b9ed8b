"""DATE / MONEY / PERCENT rules (the patterns booster): the guidelines' extents, offsets into the original."""

from __future__ import annotations

import json

import pytest
import torch
from transformers import AutoTokenizer

from arabic_ie.data.document import Entity
from arabic_ie.core import ArabicIEModel
from arabic_ie.boosters.patterns import merge_patterns
from arabic_ie.boosters import BoosterPipeline
from arabic_ie.extractor import Extractor
from arabic_ie.boosters.patterns import pattern_entities
from arabic_ie.core.windows import encode_document


def _found(text: str, types=None) -> list[tuple[str, str]]:
    spans = pattern_entities(text, types)
    return [(text[s:e], t) for s, e, t in spans]


@pytest.mark.parametrize("sentence, expected", [
    ("وصل بوتين اليوم الخميس إلى هانوي", [("اليوم الخميس", "DATE")]),
    ("وقال أمس الأربعاء إن", [("أمس الأربعاء", "DATE")]),
    ("التقيا صباح الخميس في القصر", [("الخميس", "DATE")]),  # parts of the day stay outside
    ("وقعت عام 2017 ثم عام 2022", [("عام 2017", "DATE"), ("عام 2022", "DATE")]),
    ("بين العامين 1995 و2023 ارتفعت", [("العامين 1995 و2023", "DATE")]),
    ("زار هانوي في أيلول/سبتمبر لدعم", [("أيلول/سبتمبر", "DATE")]),
    ("في فبراير/ شباط الماضي، و", [("فبراير/ شباط الماضي", "DATE")]),
    ("أنه في 12 فبراير الفائت، أجرى", [("12 فبراير الفائت", "DATE")]),
    ("منذ الخمسينيات من القرن الماضي", [("الخمسينيات من القرن الماضي", "DATE")]),
    ("العام الماضي وهذا الأسبوع", [("العام الماضي", "DATE"), ("هذا الأسبوع", "DATE")]),
    ("Published 20th, June 2024 by", [("20th, June 2024", "DATE")]),
    ("صفقات بقيمة 3.5 مليار دولار و50 مليار دولار", [("3.5 مليار دولار", "MONEY"), ("50 مليار دولار", "MONEY")]),
    ("نحو 80 في المئة من", [("80 في المئة", "PERCENT")]),
])
def test_the_guidelines_examples_get_their_whole_extent(sentence, expected):
    assert _found(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "حكم البلاد 24 عاماً", "منذ ثلاث سنوات", "محادثات اليوم مهمة", "مارس الرياضة كل صباح",
    "نحن نعارض ممارسة فرض العقوبات", "قال أب الطفل", "نحو 80 شخصاً",
])
def test_durations_ages_and_look_alike_words_are_not_matched(sentence):
    assert _found(sentence) == []


def test_offsets_index_the_original_despite_diacritics_tatweel_digits_and_proclitics():
    text = "وفي عامِ ٢٠٠٠ دفعت بـ50 مليار دولار، والخمــيس التالي"
    assert _found(text) == [("عامِ ٢٠٠٠", "DATE"), ("50 مليار دولار", "MONEY"), ("الخمــيس", "DATE")]


def test_rules_are_limited_to_the_models_types():
    assert _found("دفعت 50 مليار دولار عام 2022", ["DATE"]) == [("عام 2022", "DATE")]


@pytest.fixture(scope="module")
def encoding(tiny_model_and_tokenizer):
    _, tokenizer = tiny_model_and_tokenizer
    return encode_document("وقال بوتين يوم الخميس إن 80 في المئة وافقوا", tokenizer, 64, 16)


def _entity(text: str, surface: str, etype: str, score: float = 0.9) -> tuple[Entity, int, int]:
    start = text.index(surface)
    return Entity("", etype, start, start + len(surface), surface, score=score), 0, 0


def test_a_pattern_replaces_the_models_overlapping_date_and_yields_to_other_types(encoding):
    text = encoding.text
    model = [_entity(text, "بوتين", "PER"), _entity(text, "الخميس", "DATE"), _entity(text, "80", "MONEY")]
    patterns = [(text.index("يوم الخميس"), text.index("يوم الخميس") + len("يوم الخميس"), "DATE"),
                (text.index("80 في المئة"), text.index("80 في المئة") + len("80 في المئة"), "PERCENT"),
                (text.index("بوتين"), text.index("بوتين") + 5, "DATE")]  # overlaps a PER: the PER stays
    merged = merge_patterns(encoding, model, patterns)
    assert [(e.text, e.type, e.id) for e, _, _ in merged] == [
        ("بوتين", "PER", "T1"), ("يوم الخميس", "DATE", "T2"), ("80 في المئة", "PERCENT", "T3")]
    assert merged[1][0].score == 1.0



def test_fill_only_patterns_keep_every_model_entity_and_add_only_where_the_model_found_nothing(encoding):
    text = encoding.text
    model = [_entity(text, "بوتين", "PER"), _entity(text, "الخميس", "DATE"), _entity(text, "80", "MONEY")]
    patterns = [(text.index("يوم الخميس"), text.index("يوم الخميس") + len("يوم الخميس"), "DATE"),
                (text.index("80 في المئة"), text.index("80 في المئة") + len("80 في المئة"), "PERCENT")]
    merged = merge_patterns(encoding, model, patterns, fill_only=True)
    assert [(e.text, e.type) for e, _, _ in merged] == [("بوتين", "PER"), ("الخميس", "DATE"), ("80", "MONEY")]
    merged = merge_patterns(encoding, model[:1], patterns, fill_only=True)
    assert [(e.text, e.type) for e, _, _ in merged] == [
        ("بوتين", "PER"), ("يوم الخميس", "DATE"), ("80 في المئة", "PERCENT")]

def test_fill_only_patterns_of_a_replacing_type_displace_the_models_closed_type_entity_only(encoding):
    text = encoding.text
    model = [_entity(text, "بوتين", "PER"), _entity(text, "الخميس", "DATE"), _entity(text, "80 في المئة", "MONEY")]
    patterns = [(text.index("يوم الخميس"), text.index("يوم الخميس") + len("يوم الخميس"), "DATE"),
                (text.index("80 في المئة"), text.index("80 في المئة") + len("80 في المئة"), "PERCENT"),
                (text.index("بوتين"), text.index("بوتين") + 5, "PERCENT")]  # a PER is never displaced
    merged = merge_patterns(encoding, model, patterns, fill_only=True, replace=["PERCENT"])
    assert [(e.text, e.type) for e, _, _ in merged] == [("بوتين", "PER"), ("الخميس", "DATE"),
                                                        ("80 في المئة", "PERCENT")]


def test_the_patterns_booster_refuses_a_replace_type_the_rules_do_not_find():
    from arabic_ie.boosters.base import BoosterError
    from arabic_ie.boosters.patterns import PatternsBooster

    assert PatternsBooster(fill_only=True, replace=["PERCENT"]).params["replace"] == ["PERCENT"]
    with pytest.raises(BoosterError, match="replace lists PER"):
        PatternsBooster(fill_only=True, replace=["PER"])


def test_a_model_with_the_patterns_booster_finds_dates_untrained_and_keeps_it_in_its_directory(tiny_encoder, tmp_path):
    torch.manual_seed(0)
    model = ArabicIEModel.from_encoder(str(tiny_encoder), window_size=64, window_overlap=16, span_dim=32,
                                       type_embedding_dim=8)
    model.config.entity_threshold = 1.01  # the untrained transformer finds nothing
    tokenizer = AutoTokenizer.from_pretrained(tiny_encoder)
    extractor = Extractor(model.eval(), tokenizer, BoosterPipeline.from_specs(["patterns"], model.config.schema_obj))
    text = "وصل الرئيس اليوم الخميس، وقال إن 80 في المئة وافقوا."
    pred = extractor.predict_documents([text])[0]
    assert [(e.text, e.type) for e in pred.entities] == [("اليوم الخميس", "DATE"), ("80 في المئة", "PERCENT")]
    assert Extractor(model, tokenizer).predict_documents([text])[0].entities == []
    extractor.save_pretrained(tmp_path)
    reloaded = Extractor.from_pretrained(tmp_path)
    assert reloaded.boosters.names == ["patterns"]
    assert [(e.text, e.type) for e in reloaded.predict_documents([text])[0].entities] == \
        [("اليوم الخميس", "DATE"), ("80 في المئة", "PERCENT")]
