"""Relation candidates: the schema's argument types, the paragraph rule, and no pair of one name."""

from __future__ import annotations

from helpers import _mentions
from arabic_ie.data.document import Entity
from arabic_ie.core.candidates import get_candidate_fn, schema_candidates
from arabic_ie.schema import SEED_SCHEMA

import pytest


def test_pairs_follow_the_argument_types_of_the_schema():
    text = "زار بوتين هانوي."
    ents = _mentions(text, [("PER", "بوتين", 0), ("GPE", "هانوي", 0)])
    pairs = schema_candidates(text, ents, SEED_SCHEMA)
    assert (0, 1) in pairs  # PER -> GPE (VISIT, ROLE, ...)
    allowed = {(a, b) for r in SEED_SCHEMA.relation_types for a in r.arg1 for b in r.arg2}
    assert all((ents[i].type, ents[j].type) in allowed for i, j in pairs)


def test_two_mentions_of_the_same_name_are_never_a_candidate_pair():
    text = "التقى بوتين كيم، ثم قال بوتين إن كيم صديق."
    ents = _mentions(text, [("PER", "بوتين", 0), ("PER", "كيم", 0), ("PER", "بوتين", 1), ("PER", "كيم", 1)])
    pairs = schema_candidates(text, ents, SEED_SCHEMA)
    assert (0, 1) in pairs and (1, 2) in pairs
    assert (0, 2) not in pairs and (2, 0) not in pairs and (1, 3) not in pairs


def test_a_name_and_its_short_form_are_one_entity_and_never_paired():
    text = "التقى الرئيس جو بايدن الرئيس شي جين بينغ، وقال بايدن إن شي صديق."
    ents = _mentions(text, [("PER", "جو بايدن", 0), ("PER", "شي جين بينغ", 0), ("PER", "بايدن", 1),
                            ("PER", "شي", 1)])
    pairs = schema_candidates(text, ents, SEED_SCHEMA)
    assert (0, 1) in pairs and (2, 3) in pairs and (1, 2) in pairs
    assert not {(0, 2), (2, 0), (1, 3), (3, 1)} & set(pairs)


def test_mentions_in_different_paragraphs_are_not_paired():
    text = "زار بوتين هانوي.\nوفي موسكو قال المتحدث."
    ents = _mentions(text, [("PER", "بوتين", 0), ("GPE", "موسكو", 0)])
    assert SEED_SCHEMA.same_paragraph
    assert schema_candidates(text, ents, SEED_SCHEMA) == []


def test_an_unknown_policy_names_the_known_ones():
    with pytest.raises(ValueError, match="known: schema"):
        get_candidate_fn("all-pairs")
