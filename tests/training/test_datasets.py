"""Several corpora in one run: config checks, partial labels (unannotated types, coarse tags), no relation loss
from a corpus without relations, and a type absent from one corpus still learned from another."""

from __future__ import annotations

import json

import pytest
import torch

from arabic_ie.config import ConfigError, parse_config
from arabic_ie.core.features import collate, window_features
from arabic_ie.core.model import partial_label_loss
from arabic_ie.data.document import Document, Entity
from arabic_ie.schema import SEED_SCHEMA, entity_only_schema
from arabic_ie.training.datasets import dataset_parts, parse_dataset_specs
from arabic_ie.training.run import run_training

from helpers import TYPES, write_config

PEOPLE = ["بوتين", "ماكرون", "شولتس", "بايدن", "مودي", "لولا"]
PLACES = ["هانوي", "باريس", "برلين", "لندن", "روما", "مدريد"]


def _doc(doc_id: str, person: str, place: str, label_place: bool, label_person: bool = True) -> dict:
    text = f"التقى {person} وزيرا في {place} أمس."
    ents = []
    if label_person:
        ents.append({"id": "T1", "type": "PER", "start": text.index(person), "end": text.index(person) + len(person)})
    if label_place:
        ents.append({"id": f"T{len(ents) + 1}", "type": "GPE", "start": text.index(place),
                     "end": text.index(place) + len(place)})
    return {"id": doc_id, "text": text, "entities": ents, "relations": []}


def _jsonl(path, docs):
    path.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in docs) + "\n", encoding="utf-8")
    return str(path)


def test_dataset_entries_are_checked_naming_entry_and_key(tmp_path):
    path = _jsonl(tmp_path / "a.jsonl", [_doc("a", "بوتين", "هانوي", True)])
    cases = [
        ([{"path": str(tmp_path / "missing.jsonl")}], r"datasets\[0\] \(missing\)\.path: .* does not exist"),
        ([{"path": path, "annotates": ["PER", "ALIEN"]}], r"annotates: ALIEN not in the schema"),
        ([{"path": path, "tag_map": {"PERS": "PERSON"}}], r"tag_map: 'PERS' maps to 'PERSON'"),
        ([{"path": path, "weight": 0}], r"weight: expected a positive number"),
        ([{"path": path, "parts": {"train": [0.5, 0.2]}}], r"parts\.train: expected \[start, end\]"),
        ([{"path": path, "colour": "red"}], r"unknown key\(s\) colour"),
        ([{"path": path}, {"path": path}], r"the name 'a' is used twice"),
        ([{"path": path, "parts_follow": "b"}], r"parts_follow: 'b' is not the name of a dataset listed before it"),
        ([{"path": path}, {"name": "c", "path": path, "parts_follow": "a", "parts": {"train": [0, 1]}}],
         r"either parts or parts_follow"),
    ]
    for raw, message in cases:
        with pytest.raises(ConfigError, match=message):
            parse_dataset_specs(raw, SEED_SCHEMA)


def test_a_corpus_of_the_same_text_puts_each_sentence_in_the_part_of_its_twin(tmp_path):
    # "aner" cuts its dev part by position; "fane" holds the same sentences in another order and spelling
    sentences = [_doc(f"s{i}", PEOPLE[i % 6], PLACES[(i * 5 + i // 6) % 6], True) for i in range(10)]
    for i, d in enumerate(sentences):
        d["text"] = d["text"].replace("أمس", f"أمس {'واحد اثنان ثلاثة اربعة خمسة ستة سبعة ثمانية تسعة عشرة'.split()[i]}")
    twins = [dict(d, id=f"f{i}", text=d["text"].replace("أ", "ا").replace(".", " .")) for i, d in enumerate(sentences)]
    twins = twins[5:] + twins[:5]
    entries = [{"name": "aner", "path": _jsonl(tmp_path / "aner.jsonl", sentences),
                "parts": {"train": [0.0, 0.8], "dev": [0.8, 1.0]}},
               {"name": "fane", "path": _jsonl(tmp_path / "fane.jsonl", twins), "parts_follow": "aner"}]
    parts, counts = dataset_parts(parse_dataset_specs(entries, SEED_SCHEMA), SEED_SCHEMA)
    assert counts["fane"]["dev"] == 2 and counts["fane"]["train"] == 8
    assert sorted(d.id for d in parts["dev"]) == ["aner/s8", "aner/s9", "fane/f8", "fane/f9"]


def test_parts_weights_and_partial_label_attributes(tmp_path):
    path = _jsonl(tmp_path / "news.jsonl", [_doc(f"d{i}", "بوتين", "هانوي", False) for i in range(10)])
    specs = parse_dataset_specs([{"name": "news", "path": path, "annotates": ["PER"], "weight": 1.5,
                                  "parts": {"train": [0.0, 0.8], "dev": [0.8, 1.0]}}], SEED_SCHEMA)
    parts, counts = dataset_parts(specs, SEED_SCHEMA, seed=3)
    assert counts["news"]["train"] == 12 and counts["news"]["dev"] == 2 and not parts["test"]
    assert [d.id for d in parts["dev"]] == ["news/d8", "news/d9"]
    assert all(d.annotated_types == ("PER",) and d.annotates_relations for d in parts["train"])


def test_a_coarse_tag_becomes_a_type_with_alternatives(tmp_path):
    conll = tmp_path / "aner.conll"
    conll.write_text("زار O\nهانوي B-LOC\n\nقال O\nبوتين B-PERS\n", encoding="utf-8")
    specs = parse_dataset_specs([{"path": str(conll), "tag_map": {"LOC": ["GPE", "LOC", "FAC"], "PERS": "PER"}}],
                                SEED_SCHEMA)
    parts, _ = dataset_parts(specs, SEED_SCHEMA)
    loc = parts["train"][0].entities[0]
    assert (loc.type, loc.alternatives) == ("GPE", ("LOC", "FAC")) and not parts["train"][0].annotates_relations


def test_unlabelled_words_of_a_partial_corpus_allow_the_types_it_does_not_annotate(tiny_model_and_tokenizer):
    _, tokenizer = tiny_model_and_tokenizer
    schema = entity_only_schema(["PER", "GPE"])
    text = "التقى بوتين في هانوي"
    doc = Document("d", text, [Entity("T1", "PER", 6, 11, "بوتين")], annotated_types=("PER",))
    [feature], _ = window_features(doc, tokenizer, schema, 64, 16, max_proclitic=3)
    batch = collate([feature], n_labels=5)
    labels, allowed = batch["labels"][0], batch["allowed_labels"][0]
    o, b_per, i_per, b_gpe, i_gpe = range(5)
    per_tokens = (labels == b_per) | (labels == i_per)
    unlabelled = labels == o
    assert allowed[per_tokens].sum(-1).eq(1).all()                      # a labelled name: its own label only
    assert allowed[unlabelled][:, [o, b_gpe, i_gpe]].all() and not allowed[unlabelled][:, b_per].any()
    # a model sure that the unlabelled place is a GPE pays nothing for it; plain cross-entropy would
    logits = torch.full((1, labels.shape[0], 5), -10.0)
    logits[0, per_tokens, b_per] = 10.0
    logits[0, unlabelled, b_gpe] = 10.0
    assert partial_label_loss(logits, batch["labels"], batch["allowed_labels"]) < 1e-3
    assert torch.nn.functional.cross_entropy(logits[0], labels, ignore_index=-100) > 5.0


def test_a_corpus_without_relations_gives_no_relation_candidates(doc, tiny_model_and_tokenizer):
    _, tokenizer = tiny_model_and_tokenizer
    with_relations, _ = window_features(doc, tokenizer, SEED_SCHEMA, 64, 16, max_proclitic=3)
    doc.annotates_relations = False
    without, _ = window_features(doc, tokenizer, SEED_SCHEMA, 64, 16, max_proclitic=3)
    assert any(f["pairs"] for f in with_relations) and not any(f["pairs"] for f in without)


def _train(tmp_path, tiny_encoder, name, partial: bool):
    # corpus "people" annotates PER only: its places are unlabelled; corpus "places" labels the places
    people = [_doc(f"p{i}", PEOPLE[i % 6], PLACES[(i * 5) % 6], label_place=False) for i in range(36)]
    places = [_doc(f"g{i}", PEOPLE[i % 6], PLACES[i % 6], label_place=True, label_person=False) for i in range(6)]
    entries = [{"name": "people", "path": _jsonl(tmp_path / "people.jsonl", people)},
               {"name": "places", "path": _jsonl(tmp_path / "places.jsonl", places)}]
    if partial:
        entries[0]["annotates"], entries[1]["annotates"] = ["PER"], ["GPE"]
    (tmp_path / name).mkdir()
    config = write_config(tmp_path / name, tiny_encoder, data_path=None, splits_file=None, max_train_documents=0,
                          datasets=entries, entity_types=["PER", "GPE"], max_steps=60, learning_rate=0.01,
                          eval_strategy="no", save_strategy="no", load_best_model_at_end=False, do_test=False)
    run_training(*parse_config(TYPES, [str(config)]), config_path=str(config))
    from arabic_ie import Predictor

    card = (tmp_path / name / "run" / "model" / "README.md").read_text(encoding="utf-8")
    assert "- people (`" in card and "train 36 / 36" in card and "- places (`" in card
    predictor = Predictor.from_pretrained(tmp_path / name / "run" / "model", device="cpu")
    texts = [f"التقى {p} وزيرا في {g} أمس." for p, g in zip(PEOPLE, PLACES[1:] + PLACES[:1])]
    found = {e["text"] for r in predictor.predict(texts) for e in r["entities"] if e["type"] == "GPE"}
    return len(found & set(PLACES))


def test_a_type_one_corpus_leaves_unlabelled_is_learned_from_another_and_not_suppressed(tmp_path, tiny_encoder):
    torch.manual_seed(0)
    partial = _train(tmp_path, tiny_encoder, "partial", partial=True)
    full = _train(tmp_path, tiny_encoder, "full", partial=False)
    assert partial >= 4, partial   # of 6 places
    assert full < partial, (full, partial)


def test_dev_scores_judge_a_partial_corpus_only_on_what_it_annotates():
    from arabic_ie.evaluation.metrics import restrict_to_annotated, score_entities

    text = "زار بوتين هانوي في يونيو"
    gold = Document("d", text, [Entity("T1", "PER", 4, 9, "بوتين"),
                                Entity("T2", "GPE", 10, 15, "هانوي", alternatives=("LOC", "FAC"))],
                    annotated_types=("PER", "GPE", "LOC", "FAC"))
    pred = Document("d", text, [Entity("T1", "PER", 4, 9, "بوتين"), Entity("T2", "LOC", 10, 15, "هانوي"),
                                Entity("T3", "DATE", 19, 24, "يونيو")])
    assert score_entities([gold], [pred])["strict"]["f1"] < 0.6
    assert score_entities(*restrict_to_annotated([gold], [pred]))["strict"]["f1"] == 1.0


def test_window_jitter_shifts_each_copys_grid_reproducibly_and_keeps_every_label(tiny_model_and_tokenizer):
    from arabic_ie.boosters import BoosterPipeline
    from arabic_ie.training.args import ModelArguments
    from arabic_ie.data.io import load_documents
    from arabic_ie.training.run import build_features

    from conftest import SEED_DIR

    _, tokenizer = tiny_model_and_tokenizer
    doc = load_documents(SEED_DIR)[0]
    args = ModelArguments(max_length=64, stride=16)
    boosters = BoosterPipeline([], SEED_SCHEMA)
    plain, _ = build_features([doc, doc], tokenizer, SEED_SCHEMA, args, boosters)
    jittered, report = build_features([doc, doc], tokenizer, SEED_SCHEMA, args, boosters, jitter_seed=3)
    again, _ = build_features([doc, doc], tokenizer, SEED_SCHEMA, args, boosters, jitter_seed=3)
    assert report.unreachable == 0
    assert [f["input_ids"] for f in jittered] == [f["input_ids"] for f in again]  # seeded: the same grid
    assert [f["input_ids"] for f in jittered] != [f["input_ids"] for f in plain]  # shifted windows
    begins = lambda feats: sum(label != -100 and label % 2 == 1 for f in feats for label in f["labels"])
    # every mention still begins once in each window that holds its first token: at least as many B- as plain
    assert begins(jittered) >= sum(1 for e in doc.entities) * 2
