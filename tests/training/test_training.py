"""The config-driven training loop: end to end on a tiny encoder, resume, and config errors."""

from __future__ import annotations

import json

import pytest
import torch
import yaml
from transformers import AutoTokenizer, TrainingArguments

from arabic_ie.config import ConfigError, parse_config
from arabic_ie.data.io import load_documents
from arabic_ie.evaluation.harness import evaluate_documents
from arabic_ie.core import ArabicIEModel
from arabic_ie.schema import SEED_SCHEMA
from arabic_ie.training.args import DataArguments, ModelArguments, RunArguments
from arabic_ie.extractor import Extractor
from arabic_ie.training.data import check_checkpoint
from arabic_ie.training.run import run_training

from conftest import REPO, SEED_DIR
from helpers import TYPES, write_config

def test_training_writes_a_self_describing_directory_that_reloads(tmp_path, tiny_encoder):
    path = write_config(tmp_path, tiny_encoder)
    args = parse_config(TYPES, [str(path)])
    results = run_training(*args, config_path=str(path))
    model_dir = tmp_path / "run" / "model"
    for name in ("config.json", "model.safetensors", "tokenizer.json", "README.md", "training_config.yaml",
                 "all_results.json"):
        assert (model_dir / name).exists(), name
    assert not (model_dir / "training_args.bin").exists()
    saved = json.loads((model_dir / "all_results.json").read_text(encoding="utf-8"))
    assert saved["versions"]["transformers"] and saved["alignment"]["unreachable_entities"] == 0
    assert "entities" in saved["test"] and "relations" in saved["test"]
    test_docs = [d for d in load_documents(SEED_DIR) if d.id == "002_5890cfb022f8faa3"]
    again = evaluate_documents(Extractor.from_pretrained(model_dir), test_docs, device="cpu")
    assert again == results["test"]
    assert "Test scores" in (model_dir / "README.md").read_text(encoding="utf-8")
    from huggingface_hub import ModelCard

    card = ModelCard.load(model_dir / "README.md")  # the metadata hub tools read: license, base model, model-index
    assert card.data.license and card.data.base_model and card.data.language == ["ar"]
    index = {r.metric_name: r.metric_value for r in card.data.eval_results}
    assert index["entity strict F1"] == round(results["test"]["entities"]["strict"]["f1"], 4)
    assert index["relation strict F1"] == round(results["test"]["relations"]["strict"]["f1"], 4)


def test_the_model_card_quotes_the_recorded_cross_validation_of_its_config(tmp_path, tiny_encoder):
    record = tmp_path / "cv.json"
    record.write_text(json.dumps({"folds": ["fold-0", "fold-1"], "command": "python eval/cross_validate.py C",
                                  "table": "| metric | transformer |\n|---|---|\n| entity strict F1 | 0.5 ± 0.1 |"}),
                      encoding="utf-8")
    path = write_config(tmp_path, tiny_encoder, cross_validation_results=str(record), max_steps=1, eval_steps=1,
                        save_steps=1)
    run_training(*parse_config(TYPES, [str(path)]), config_path=str(path))
    card = (tmp_path / "run" / "model" / "README.md").read_text(encoding="utf-8")
    assert "## Cross-validation" in card and "| entity strict F1 | 0.5 ± 0.1 |" in card
    assert f"Reproduce: `python eval/cross_validate.py C --record {record}`" in card


def test_resume_continues_from_the_last_checkpoint(tmp_path, tiny_encoder):
    path = write_config(tmp_path, tiny_encoder, max_steps=2, load_best_model_at_end=False, do_test=False)
    run_training(*parse_config(TYPES, [str(path)]), config_path=str(path))
    assert (tmp_path / "run" / "checkpoint-2").exists()
    args = parse_config(TYPES, [str(path), "--max_steps", "4", "--resume", "true"])
    resumed = run_training(*args, config_path=str(path))["train"]
    assert resumed["resumed_from"].endswith("checkpoint-2") and resumed["steps_this_run"] == 2
    assert "train_runtime" not in resumed and resumed["train_runtime_this_run"] > 0  # no whole-run figure from half
    assert resumed["train_loss"] > 0
    again = run_training(*args, config_path=str(path))["train"]  # nothing left to train: no 0.0 loss reported
    assert again["steps_this_run"] == 0 and again["train_loss"] > 0
    state = json.loads((tmp_path / "run" / "checkpoint-4" / "trainer_state.json").read_text())
    assert state["global_step"] == 4
    logged_steps = [h["step"] for h in state["log_history"] if "loss" in h]
    assert logged_steps[:2] == [1, 2]  # history of the first run is carried over


@pytest.mark.parametrize("overrides, message", [
    ({"not_a_key": 1}, "unknown config key(s): not_a_key"),
    ({"num_train_epochs": "many"}, "invalid value"),
    ({"data_path": "/nowhere/seed"}, "config key data_path: /nowhere/seed does not exist"),
    ({"split": "fold-9"}, "config key split: 'fold-9' not in"),
    ({"checkpoint": "models/does-not-exist"}, "config key checkpoint: models/does-not-exist is not a model directory"),
    ({"per_device_train_batch_size": 0}, "config key per_device_train_batch_size: at least 1"),
    ({"learning_rate": -0.1}, "config key learning_rate: must be positive"),
    ({"num_train_epochs": -1, "max_steps": -1}, "nothing would be trained"),
    ({"stride": 300}, "config key stride: the window overlap (300) must be smaller than max_length (64)"),
    ({"candidate_policy": "bogus"}, "config key candidate_policy: 'bogus'"),
    ({"entity_decoding": "beam"}, "config key entity_decoding: 'beam'"),
    ({"data_format": "xml"}, "config key data_format: 'xml'"),
    ({"output_dir": "/proc/arabic-ie-unwritable"}, "config key output_dir: /proc/arabic-ie-unwritable cannot be"),
    ({"cpu_bf16": "maybe"}, "config key cpu_bf16: off, on or auto, got 'maybe'"),
    ({"head_learning_rate": 0}, "config key head_learning_rate: must be a positive number"),
])
def test_config_errors_are_reported_before_any_work(tmp_path, tiny_encoder, overrides, message):
    path = write_config(tmp_path, tiny_encoder, **overrides)
    with pytest.raises(ConfigError) as err:
        run_training(*parse_config(TYPES, [str(path)]), config_path=str(path))
    assert message in str(err.value)
    assert not (tmp_path / "run").exists() or not list((tmp_path / "run").glob("checkpoint-*"))


def test_unreachable_hub_id_gives_one_clear_error(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(ConfigError, match="config key checkpoint: 'aubmindlab/bert-base-arabertv02' is not in the local"):
        check_checkpoint("aubmindlab/bert-base-arabertv02")


def test_missing_config_file():
    with pytest.raises(ConfigError, match="config file not found"):
        parse_config(TYPES, ["/nowhere/config.yaml"])


TINY_CONLL = """وصل O
الرئيس O
فلاديمير B-PERS
بوتين I-PERS
إلى O
هانوي B-LOC
. O

التقى O
بوتين B-PERS
كيم B-PERS
جونغ I-PERS
أون I-PERS
في O
بيونغ B-LOC
يانغ I-LOC
. O

وقعت O
روسيا B-LOC
وفيتنام B-LOC
اتفاقية B-MISC
تعاون I-MISC
مع O
شركة B-ORG
روساتوم I-ORG
. O
"""


def write_conll_config(tmp_path, encoder, **overrides):
    train = tmp_path / "train.txt"
    train.write_text((TINY_CONLL + "\n") * 4, encoding="utf-8")
    config = {
        "train_path": str(train), "test_path": str(train), "data_format": "conll", "dev_fraction": 0.25,
        "entity_types": ["PERS", "LOC", "ORG", "MISC"], "tag_map": [],
        "checkpoint": str(encoder), "max_length": 64, "stride": 16, "span_dim": 32, "type_embedding_dim": 8,
        "output_dir": str(tmp_path / "conll-run"), "seed": 1, "num_train_epochs": 1, "max_steps": 3,
        "learning_rate": 0.001, "per_device_train_batch_size": 4, "per_device_eval_batch_size": 8,
        "eval_strategy": "steps", "eval_steps": 3, "save_strategy": "steps", "save_steps": 3,
        "load_best_model_at_end": True, "metric_for_best_model": "combined_f1", "remove_unused_columns": False,
        "report_to": "none", "use_cpu": True, "disable_tqdm": True, "logging_steps": 1,
    }
    config.update(overrides)
    path = tmp_path / "conll.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return path


def test_a_conll_dataset_with_its_own_tags_and_no_relations_trains_from_config_alone(tmp_path, tiny_encoder):
    path = write_conll_config(tmp_path, tiny_encoder, card_notes="Published: 83.7 (AraBERTv0.2-base).")
    results = run_training(*parse_config(TYPES, [str(path)]), config_path=str(path))
    assert results["data_counts"] == {"train": 9, "dev": 3, "test": 12}  # dev = the last 25% of train
    model = ArabicIEModel.from_pretrained(tmp_path / "conll-run" / "model")
    assert sorted(model.config.entity_types) == ["LOC", "MISC", "ORG", "PERS"]
    assert set(model.config.id2label.values()) == {"O"} | {f"{p}-{t}" for p in "BI" for t in ("PERS", "LOC", "ORG", "MISC")}
    assert model.config.relation_labels == ["NONE"]
    assert set(results["test"]["entities"]["per_type"]) <= {"PERS", "LOC", "ORG", "MISC"}
    test_docs = load_documents(tmp_path / "train.txt", fmt="conll", entity_types=["PERS", "LOC", "ORG", "MISC"])
    assert len(test_docs) == 12
    # the reported test scores are those of the saved model, recomputed from its directory
    assert evaluate_documents(Extractor.from_pretrained(tmp_path / "conll-run" / "model"), test_docs) == results["test"]
    assert "relations" not in results["test"] and results["alignment"]["unreachable_entities"] == 0
    card = (tmp_path / "conll-run" / "model" / "README.md").read_text(encoding="utf-8")
    assert "## Notes\n\nPublished: 83.7 (AraBERTv0.2-base)." in card and "entities seqeval default" in card


def test_init_from_copies_a_trained_encoder_into_a_model_with_another_schema(tmp_path, tiny_encoder):
    path = write_conll_config(tmp_path, tiny_encoder)
    run_training(*parse_config(TYPES, [str(path)]), config_path=str(path))
    source_dir = tmp_path / "conll-run" / "model"
    from arabic_ie.training.run import build_model

    _, model_args, _, _ = parse_config(TYPES, [str(write_config(tmp_path, tiny_encoder, init_from=str(source_dir)))])
    model, _ = build_model(model_args, SEED_SCHEMA)
    source = ArabicIEModel.from_pretrained(source_dir)
    for name, tensor in source.encoder.state_dict().items():
        assert torch.equal(model.encoder.state_dict()[name], tensor), name
    assert model.config.entity_types == list(SEED_SCHEMA.entity_types)


def test_init_from_a_model_of_the_same_schema_carries_its_heads_over(tmp_path, tiny_encoder):
    path = write_config(tmp_path, tiny_encoder)
    run_training(*parse_config(TYPES, [str(path)]), config_path=str(path))
    from arabic_ie.training.run import build_model

    source_dir = tmp_path / "run" / "model"
    (tmp_path / "second").mkdir()
    _, model_args, _, _ = parse_config(TYPES, [str(write_config(tmp_path / "second", tiny_encoder,
                                                                init_from=str(source_dir)))])
    model, _ = build_model(model_args, SEED_SCHEMA)
    source = ArabicIEModel.from_pretrained(source_dir)
    for name, tensor in source.state_dict().items():
        assert torch.equal(model.state_dict()[name], tensor), name


def test_an_empty_list_in_a_config_means_the_default():
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = f"{tmp}/c.yaml"
        with open(path, "w", encoding="utf-8") as f:
            f.write("output_dir: x\ntag_map: []\nentity_types: []\n")
        data_args, *_ = parse_config(TYPES, [path])
    assert data_args.tag_map == [] and data_args.entity_types == []


def test_init_from_a_model_with_another_tokenizer_is_a_config_error(tmp_path, tiny_encoder):
    from arabic_ie.testing import make_tiny_encoder
    from arabic_ie.training.run import build_model

    path = write_conll_config(tmp_path, tiny_encoder)
    run_training(*parse_config(TYPES, [str(path)]), config_path=str(path))
    other = make_tiny_encoder(tmp_path / "other-encoder", texts=["نص آخر تماما بمفردات أخرى"] * 3)
    _, model_args, _, _ = parse_config(TYPES, [str(write_config(tmp_path, other, init_from=str(tmp_path / "conll-run" / "model")))])
    with pytest.raises(ConfigError, match="config key init_from: .* another encoder or tokenizer"):
        build_model(model_args, SEED_SCHEMA)


def test_a_custom_schema_file_trains_its_own_entity_and_relation_types(tmp_path, tiny_encoder):
    """Issue 20: relation types come from a schema file, not from code; predictions carry only its types."""
    from arabic_ie.data.document import Document, Entity, Relation
    from arabic_ie.data.io import save_documents

    (tmp_path / "medical.yaml").write_text(
        "name: medical\nentity_types: [DRUG, DISEASE, PER]\nrelation_types:\n"
        "  TREATS: {arg1: [DRUG], arg2: [DISEASE]}\n  DIAGNOSED_BY: {arg1: [DISEASE], arg2: [PER]}\n", encoding="utf-8")
    docs = []
    for i, (drug, disease, doctor) in enumerate([("الأسبرين", "الصداع", "سامي"), ("الإنسولين", "السكري", "ليلى"),
                                                  ("البنسلين", "الالتهاب", "كريم"), ("الباراسيتامول", "الحمى", "هدى")] * 2):
        text = f"يعالج {drug} مرض {disease} وفق الطبيب {doctor} في العيادة رقم {i}."
        ents = [Entity("T1", "DRUG", text.index(drug), text.index(drug) + len(drug), drug),
                Entity("T2", "DISEASE", text.index(disease), text.index(disease) + len(disease), disease),
                Entity("T3", "PER", text.index(doctor), text.index(doctor) + len(doctor), doctor)]
        docs.append(Document(f"doc{i}", text, ents, [Relation("R1", "TREATS", "T1", "T2"),
                                                     Relation("R2", "DIAGNOSED_BY", "T2", "T3")]))
    save_documents(docs[:6], tmp_path / "train.jsonl", "doccano")  # doccano's export layout, with relations
    with open(tmp_path / "train.jsonl", "a", encoding="utf-8") as fh:  # + two lines of doccano's older span lists
        for d in docs[6:]:
            fh.write(json.dumps({"id": f"old-{d.id}", "text": d.text,
                                 "label": [[e.start, e.end, e.type] for e in d.entities]}, ensure_ascii=False) + "\n")
    save_documents(docs[6:], tmp_path / "test.jsonl", "jsonl")
    path = write_config(tmp_path, tiny_encoder, data_path=None, splits_file=None, max_train_documents=0,
                        train_path=str(tmp_path / "train.jsonl"), test_path=str(tmp_path / "test.jsonl"),
                        dev_fraction=0.34, schema="medical.yaml")
    results = run_training(*parse_config(TYPES, [str(path)]), config_path=str(path))
    from arabic_ie.data.io import load_documents

    loaded = load_documents(tmp_path / "train.jsonl")
    assert [len(d.entities) for d in loaded] == [3] * 8 and sum(len(d.relations) for d in loaded) == 12
    n_dev = max(1, int(8 * 0.34))  # the dev part is carved from the training file
    assert results["alignment"]["gold_entities"] == 3 * (8 - n_dev)  # every training line's entities, old layout too
    model = ArabicIEModel.from_pretrained(tmp_path / "run" / "model")
    assert list(model.config.entity_types) == ["DRUG", "DISEASE", "PER"]
    assert model.config.relation_labels == ["NONE", "TREATS", "DIAGNOSED_BY"]
    assert set(results["test"]["relations"]["strict"]["per_type"]) == {"TREATS", "DIAGNOSED_BY"}
    preds = Extractor.from_pretrained(tmp_path / "run" / "model").predict_documents([docs[6].text])[0]
    assert {e.type for e in preds.entities} <= {"DRUG", "DISEASE", "PER"}
    assert {r.type for r in preds.relations} <= {"TREATS", "DIAGNOSED_BY"}
    # a corpus with a type the schema does not have is an error naming the type
    bad = [Document("x", "يعالج الأسبرين", [Entity("T1", "MEDICINE", 6, 14, "الأسبرين")], [])]
    save_documents(bad, tmp_path / "bad.jsonl", "jsonl")
    bad_path = write_config(tmp_path, tiny_encoder, data_path=None, splits_file=None, schema="medical.yaml",
                            train_path=str(tmp_path / "bad.jsonl"))
    with pytest.raises(Exception, match="MEDICINE"):
        run_training(*parse_config(TYPES, [str(bad_path)]), config_path=str(bad_path))


def test_a_key_given_twice_in_a_config_is_an_error(tmp_path):
    from arabic_ie.config import load_yaml

    path = tmp_path / "dup.yaml"
    path.write_text("seed: 1\nnum_train_epochs: 2\nseed: 3\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"key 'seed' is given twice \(lines 1 and 3\)"):
        load_yaml(path)


def test_a_checkpoint_whose_config_is_damaged_is_a_config_error(tmp_path, tiny_encoder):
    import shutil

    damaged = tmp_path / "enc"
    shutil.copytree(tiny_encoder, damaged)
    (damaged / "config.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ConfigError, match="config key checkpoint: .*config.json is not valid JSON"):
        check_checkpoint(str(damaged))


def test_cpu_bf16_autocasts_the_training_steps_only_where_asked(tmp_path, tiny_encoder, monkeypatch):
    from arabic_ie.training import run

    path = write_config(tmp_path, tiny_encoder)
    path.write_text(path.read_text(encoding="utf-8") + "cpu_bf16: on\n", encoding="utf-8")  # YAML reads on as true
    data_args, model_args, run_args, training_args = parse_config(TYPES, [str(path)])
    assert run_args.cpu_bf16 == "on"
    for setting, has_bf16, expected in [("off", True, False), ("auto", False, False), ("auto", True, True),
                                        ("on", False, True)]:
        monkeypatch.setattr(run, "cpu_has_bf16", lambda has_bf16=has_bf16: has_bf16)
        args = TrainingArguments(output_dir=str(tmp_path / "x"), use_cpu=True, report_to="none")
        assert run.apply_cpu_bf16(RunArguments(cpu_bf16=setting), args) is expected, (setting, has_bf16)
        assert args.bf16 is expected

    autocast_in_steps: list[bool] = []
    forward = ArabicIEModel.forward

    def spy(self, *args, **kwargs):
        if self.training:
            autocast_in_steps.append(torch.is_autocast_enabled("cpu"))
        return forward(self, *args, **kwargs)

    monkeypatch.setattr(ArabicIEModel, "forward", spy)
    run_training(data_args, model_args, run_args, training_args, config_path=str(path))
    assert autocast_in_steps and all(autocast_in_steps)
    saved = yaml.safe_load((tmp_path / "run" / "model" / "training_config.yaml").read_text(encoding="utf-8"))
    assert saved["run"]["cpu_bf16"] == "on" and saved["training"]["bf16"] is True
    reloaded = ArabicIEModel.from_pretrained(tmp_path / "run" / "model")
    assert next(reloaded.parameters()).dtype == torch.float32  # the weights stay fp32


def test_head_learning_rate_puts_every_parameter_outside_the_encoder_in_a_group_of_its_own(tmp_path, tiny_encoder):
    from arabic_ie.training.run import setup_stage

    path = write_config(tmp_path, tiny_encoder, head_learning_rate=0.05, entity_crf=True)
    data_args, model_args, _, training_args = parse_config(TYPES, [str(path)])
    docs = load_documents(SEED_DIR)[:1]
    stage = setup_stage(docs, docs, SEED_SCHEMA, model_args, training_args)
    optimizer = stage.trainer.create_optimizer()
    lr_of = {id(p): g["lr"] for g in optimizer.param_groups for p in g["params"]}
    model = stage.model
    assert len(lr_of) == len(list(model.parameters()))  # every parameter in exactly one group
    encoder = {id(p) for p in model.encoder.parameters()}
    crf = {id(p) for p in (model.crf_transitions, model.crf_start, model.crf_end)}
    assert {lr_of[i] for i in encoder} == {0.001}
    assert {lr for i, lr in lr_of.items() if i not in encoder and i not in crf} == {0.05}
    assert {lr_of[i] for i in crf} == {0.01}
