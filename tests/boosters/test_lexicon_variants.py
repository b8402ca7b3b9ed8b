"""Lexicon variants (the lexicon booster's `variants`): a seen name matches its spellings and inflections, nothing else."""

from __future__ import annotations

from collections import Counter

import pytest

from arabic_ie.config import ConfigError, parse_config
from arabic_ie.data.document import Document, Entity
from arabic_ie.boosters.lexicon import Lexicon
from arabic_ie.boosters.name_keys import GROUP, OTHER, PERSON, base_key, close_bases, family_of, word_base
from arabic_ie.training.run import run_training

from helpers import TYPES, write_config


def _doc(text: str, mentions: list[tuple[str, str]]) -> Document:
    ents = []
    for i, (surface, etype) in enumerate(mentions):
        start = text.rindex(surface)
        ents.append(Entity(f"T{i + 1}", etype, start, start + len(surface), surface))
    return Document("d", text, ents, [])


TRAIN = _doc("قال الرئيس الروسي فلاديمير بوتين في الأمم المتحدة إن الاتحاد السوفيتي والرئيس بايدن وأوكرانيا. وبوتين",
             [("الروسي", "NORP"), ("فلاديمير بوتين", "PER"), ("الأمم المتحدة", "ORG"),
              ("الاتحاد السوفيتي", "GPE"), ("بايدن", "PER"), ("أوكرانيا", "GPE"), ("بوتين", "PER")])


def _found(text: str, lexicon: Lexicon, **kwargs) -> list[tuple[str, str]]:
    spans = lexicon.match_variants(text, **kwargs)
    assert all(0 <= s < e <= len(text) for s, e, _ in spans)
    return [(text[s:e], t) for s, e, t in spans]


@pytest.mark.parametrize("a, b, family", [
    ("الروسي", "روسية", GROUP), ("الروسية", "الروسيين", GROUP), ("بوتين", "بوتن", PERSON),
    ("بوتين", "بيوتين", PERSON), ("ترونغ", "ترونج", PERSON), ("السوفيتي", "السوفياتي", OTHER),
    ("السوفيتي", "السوفييتي", OTHER), ("الأمريكية", "الأميركية", GROUP), ("الكرملين", "كرملين", OTHER),
    ("إسطنبول", "اسطنبول", OTHER), ("بوتين", "بُوتِين", PERSON),
])
def test_spelling_and_inflection_variants_share_a_key_and_are_close(a, b, family):
    base_a, base_b = word_base(a, family), word_base(b, family)
    assert base_key(base_a) == base_key(base_b)
    assert close_bases((base_a,), (base_b,))


@pytest.mark.parametrize("a, b, family", [
    ("بايدن", "بدون", PERSON),  # same skeleton, three edits apart
    ("الغربية", "الغرب", GROUP),  # an adjective is not the noun it comes from
    ("أوكرانيا", "أوكراني", OTHER),  # the country is not its adjective
    ("كيم", "كم", PERSON),
])
def test_different_words_do_not_match(a, b, family):
    base_a, base_b = word_base(a, family), word_base(b, family)
    assert base_key(base_a) != base_key(base_b) or not close_bases((base_a,), (base_b,))


def test_a_person_keeps_the_article_and_closed_types_have_no_family():
    assert word_base("الحوثي", PERSON) == "الحوثي"
    assert word_base("الحوثي", OTHER) == "حوثي"
    assert family_of("PER") == PERSON and family_of("NORP") == GROUP and family_of("GPE") == OTHER
    assert family_of("DATE") is None and family_of("MONEY") is None


def test_variants_of_seen_names_are_found_with_exact_offsets_and_proclitics_left_outside():
    lexicon = Lexicon.fit([TRAIN], variants=True)
    text = "وصل بوتن إلى مقر أمم المتحدة مع وفود روسية، بعد زمن الاتحاد السوفياتي ولبوتين حلفاء."
    assert _found(text, lexicon) == [("بوتن", "PER"), ("أمم المتحدة", "ORG"), ("روسية", "NORP"),
                                     ("الاتحاد السوفياتي", "GPE"), ("بوتين", "PER")]


def test_exact_lookup_finds_none_of_those_variants():
    text = "وصل بوتن إلى مقر أمم المتحدة مع وفود روسية، بعد زمن الاتحاد السوفياتي"
    assert Lexicon.fit([TRAIN]).match(text) == []
    assert Lexicon.fit([TRAIN]).find(text) == []  # find() is exact unless the lexicon was built with variants


def test_longer_matches_win_and_exact_beats_a_variant_of_the_same_length():
    lexicon = Lexicon.fit([TRAIN], variants=True)
    assert _found("التقى فلاديمير بوتن والرئيس بوتين", lexicon) == [("فلاديمير بوتن", "PER"), ("بوتين", "PER")]


def test_no_false_friends_and_no_match_across_a_line_break():
    lexicon = Lexicon.fit([TRAIN], variants=True)
    assert _found("قدم الدعم بدون تأخير إلى الغرب", lexicon) == []
    assert _found("الاتحاد\nالسوفيتي", lexicon) == []
    assert _found("علم أوكراني", lexicon) == []  # the adjective of a GPE is not the GPE


def test_leave_own_out_removes_a_documents_own_mentions_and_their_variants():
    lexicon = Lexicon.fit([TRAIN, TRAIN], variants=True)  # every surface seen twice
    assert _found("قال بايدن وبوتن", lexicon, exclude={"بايدن": Counter({"PER": 1})}) == \
        [("بايدن", "PER"), ("بوتن", "PER")]  # one count of بايدن is left
    lexicon = Lexicon.fit([TRAIN], variants=True)
    assert _found("قال بايدن وبوتن", lexicon, exclude={"بوتين": Counter({"PER": 1})}) == [("بايدن", "PER")]


def test_a_lexicon_from_a_model_config_keeps_variant_matching():
    lexicon = Lexicon.from_config(Lexicon.fit([TRAIN]).to_config(), variants=True)
    assert _found("وفود روسية", lexicon) == [("روسية", "NORP")]


def test_a_misspelt_booster_parameter_is_a_config_error_naming_the_known_ones(tmp_path, tiny_encoder):
    path = write_config(tmp_path, tiny_encoder, boosters=[{"lexicon": {"variant": True}}])
    with pytest.raises(ConfigError, match=r"booster lexicon: unknown parameter\(s\) variant \(known: variants\)"):
        run_training(*parse_config(TYPES, [str(path)]), config_path=str(path))
