"""The schema is data: it serializes, validates itself and renders brat's annotation.conf."""

from __future__ import annotations

import pytest

from arabic_ie.schema import SEED_SCHEMA, Schema, entity_only_schema


def test_round_trip_through_dict():
    assert Schema.from_dict(SEED_SCHEMA.to_dict()) == SEED_SCHEMA


def test_bio_labels_follow_entity_types():
    labels = SEED_SCHEMA.bio_labels()
    assert labels[0] == "O" and len(labels) == 1 + 2 * 11
    assert labels[1:3] == ["B-PER", "I-PER"]


def test_relation_argument_rules():
    role = SEED_SCHEMA.relation("ROLE")
    assert role.allows("PER", "NORP") and not role.allows("NORP", "PER")
    assert SEED_SCHEMA.relation("MEET").symmetric


def test_unknown_argument_type_is_rejected():
    data = SEED_SCHEMA.to_dict()
    data["relation_types"][0]["arg2"].append("ANIMAL")
    with pytest.raises(ValueError, match="unknown entity types"):
        Schema.from_dict(data)


def test_entity_only_schema_for_conll_benchmarks():
    schema = entity_only_schema(["PER", "LOC", "ORG", "MISC"])
    assert schema.relation_types == () and schema.bio_labels()[-1] == "I-MISC"


def test_brat_conf_lists_types_and_relations():
    conf = SEED_SCHEMA.to_brat_conf()
    assert "[entities]\nPER\nNORP" in conf
    assert "ROLE\tArg1:PER, Arg2:ORG|GPE|NORP" in conf
