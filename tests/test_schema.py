"""The schema is data: it serializes, validates itself and renders brat's annotation.conf."""

from __future__ import annotations

import re

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


# --- schema files (YAML and brat annotation.conf) ---

MEDICAL_YAML = """\
name: medical
entity_types:
  DRUG: a medicine
  DISEASE: an illness
  PER: a person
relation_types:
  TREATS: {arg1: [DRUG], arg2: [DISEASE], description: DRUG treats DISEASE}
  DIAGNOSED_BY: {arg1: [DISEASE], arg2: [PER], cross_paragraph: true}
"""


def test_a_yaml_schema_file_defines_types_relations_direction_and_paragraph_rule(tmp_path):
    from arabic_ie.schema import load_schema

    path = tmp_path / "medical.yaml"
    path.write_text(MEDICAL_YAML, encoding="utf-8")
    schema = load_schema(path)
    assert schema.entity_types == ("DRUG", "DISEASE", "PER") and schema.name == "medical"
    assert schema.relation_names == ("TREATS", "DIAGNOSED_BY")
    assert schema.relation("TREATS").allows("DRUG", "DISEASE") and not schema.relation("TREATS").allows("DISEASE", "DRUG")
    assert schema.within_paragraph("TREATS") and not schema.within_paragraph("DIAGNOSED_BY")
    assert schema.entity_descriptions["DRUG"] == "a medicine"
    assert Schema.from_dict(schema.to_dict()) == schema  # travels inside model configs unchanged


def test_the_seed_schema_is_a_file_of_the_package():
    from arabic_ie.schema import SEED_SCHEMA_FILE, load_schema

    assert load_schema(SEED_SCHEMA_FILE) == SEED_SCHEMA
    assert len(SEED_SCHEMA.entity_types) == 11 and len(SEED_SCHEMA.relation_types) == 7


def test_brat_annotation_conf_is_read_as_a_schema(tmp_path):
    from arabic_ie.schema import load_schema

    conf = tmp_path / "annotation.conf"
    conf.write_text("# comment\n[entities]\nDRUG\nDISEASE\n!Abstract\n\tPER\n\n[relations]\n"
                    "TREATS\tArg1:DRUG, Arg2:DISEASE\n<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n"
                    "[events]\nVisit\tAgent:PER\n[attributes]\nNegated\tArg:<ENTITY>\n", encoding="utf-8")
    schema = load_schema(conf)
    assert schema.entity_types == ("DRUG", "DISEASE", "PER")
    assert schema.relation_names == ("TREATS",)
    assert load_schema(conf).to_brat_conf().startswith("[entities]\nDRUG\nDISEASE\nPER")
    # the seed schema's own brat file round-trips
    seed_conf = tmp_path / "seed" / "annotation.conf"
    seed_conf.parent.mkdir()
    seed_conf.write_text(SEED_SCHEMA.to_brat_conf(), encoding="utf-8")
    again = load_schema(seed_conf)
    assert again.entity_types == SEED_SCHEMA.entity_types
    assert [(r.name, r.arg1, r.arg2) for r in again.relation_types] == \
        [(r.name, r.arg1, r.arg2) for r in SEED_SCHEMA.relation_types]


@pytest.mark.parametrize("text, message", [
    ("entity_types: [A, A]\n", "A listed twice"),
    ("entity_types: [A]\nrelation_types:\n  R: {arg1: [A], arg2: [B]}\n", "relation R: argument type(s) B not in entity_types"),
    ("entity_types: [A]\nrelation_types:\n  R: {arg1: [A], arg2: [A], directed: true}\n", "relation R: unknown key(s) directed"),
    ("entity_types: [A]\ncolour: red\n", "unknown key(s) colour"),
    ("entity_types: [A\n", "not valid YAML"),
    ("relation_types: {}\n", "entity_types"),
])
def test_schema_file_errors_name_the_file_and_the_problem(tmp_path, text, message):
    from arabic_ie.schema import SchemaFileError, load_schema

    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SchemaFileError, match=re.escape(message)) as info:
        load_schema(path)
    assert str(path) in str(info.value)


def test_brat_conf_errors_name_the_line(tmp_path):
    from arabic_ie.schema import SchemaFileError, load_schema

    conf = tmp_path / "annotation.conf"
    conf.write_text("[entities]\nDRUG\n[relations]\nTREATS\tArg1:DRUG, Arg2:DISEASE\n", encoding="utf-8")
    with pytest.raises(SchemaFileError, match=r"annotation.conf:4: relation TREATS: argument type\(s\) DISEASE"):
        load_schema(conf)
    with pytest.raises(SchemaFileError, match="no such schema file"):
        load_schema(tmp_path / "missing.yaml")


def test_validate_and_candidates_follow_each_relations_paragraph_rule(tmp_path):
    from arabic_ie.core.candidates import schema_candidates
    from arabic_ie.data.document import Document, Entity, Relation
    from arabic_ie.data.validate import validate_document
    from arabic_ie.schema import load_schema

    path = tmp_path / "medical.yaml"
    path.write_text(MEDICAL_YAML, encoding="utf-8")
    schema = load_schema(path)
    text = "الأسبرين يعالج الصداع.\nشخصه الطبيب سامي."
    ents = [Entity("T1", "DRUG", 0, 8, "الأسبرين"), Entity("T2", "DISEASE", 15, 21, "الصداع"),
            Entity("T3", "PER", text.index("سامي"), text.index("سامي") + 4, "سامي")]
    doc = Document("d", text, ents, [Relation("R1", "TREATS", "T1", "T2"), Relation("R2", "DIAGNOSED_BY", "T2", "T3")])
    assert validate_document(doc, schema) == []  # DIAGNOSED_BY may cross the paragraph
    far = Document("d", text, [ents[0], Entity("T2", "DISEASE", text.index("الطبيب"), text.index("الطبيب") + 6,
                                                "الطبيب")], [Relation("R1", "TREATS", "T1", "T2")])
    assert any("not in the same paragraph" in p.message for p in validate_document(far, schema))
    assert schema_candidates(text, ents, schema) == [(0, 1), (1, 2)]
