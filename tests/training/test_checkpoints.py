"""Any BERT-family checkpoint works where a config names one; hub ids fail clearly offline."""

from __future__ import annotations

import pytest
from transformers import TrainingArguments

from arabic_ie.config import ConfigError, parse_config
from arabic_ie.training.args import DataArguments, ModelArguments, RunArguments
from arabic_ie.training.run import build_model, check_checkpoint, resolve_schema

from conftest import REPO

TYPES = (DataArguments, ModelArguments, RunArguments, TrainingArguments)
HUB_CONFIGS = {"seed-arabert.yaml": "aubmindlab/bert-base-arabertv02",
               "seed-camelbert.yaml": "CAMeL-Lab/bert-base-arabic-camelbert-msa",
               "anercorp-arabert.yaml": "aubmindlab/bert-base-arabertv02"}
ANERCORP_CONFIGS = ["anercorp-default.yaml", "anercorp-arabert.yaml"]


@pytest.mark.parametrize("name, hub_id", sorted(HUB_CONFIGS.items()))
def test_hub_configs_name_the_published_checkpoints(name, hub_id):
    data_args, model_args, _, training_args = parse_config(TYPES, [str(REPO / "configs" / name)])
    assert model_args.checkpoint == hub_id
    if name.startswith("seed-"):
        assert data_args.splits_file == "data/splits.json"


@pytest.mark.parametrize("name", ANERCORP_CONFIGS)
def test_anercorp_configs_train_on_the_camel_split_with_the_benchmark_tags(name):
    data_args, _, _, _ = parse_config(TYPES, [str(REPO / "configs" / name)])
    assert data_args.train_path.endswith("anercorp/ANERCorp_CamelLab_train.txt")
    assert data_args.test_path.endswith("anercorp/ANERCorp_CamelLab_test.txt")
    assert data_args.dev_fraction == 0.1 and not data_args.dev_path
    assert data_args.entity_types == ["PERS", "LOC", "ORG", "MISC"] and not data_args.tag_map
    assert resolve_schema(data_args).relation_types == ()


def test_absent_shared_data_is_a_config_error_naming_the_key(monkeypatch):
    from arabic_ie.training.run import load_parts

    data_args, _, _, _ = parse_config(TYPES, [str(REPO / "configs" / "anercorp-default.yaml"),
                                              "--train_path", "/nowhere/ANERCorp_CamelLab_train.txt"])
    with pytest.raises(ConfigError, match="config key train_path: /nowhere/ANERCorp_CamelLab_train.txt does not exist"):
        load_parts(data_args, resolve_schema(data_args))


@pytest.mark.parametrize("name", sorted(HUB_CONFIGS))
def test_hub_config_loading_path_with_a_local_stand_in(name, tiny_encoder, monkeypatch):
    monkeypatch.chdir(REPO)
    data_args, model_args, _, _ = parse_config(
        TYPES, [str(REPO / "configs" / name), "--checkpoint", str(tiny_encoder), "--max_length", "64",
                      "--stride", "16"])
    model, tokenizer = build_model(model_args, resolve_schema(data_args))
    assert model.config.base_checkpoint == str(tiny_encoder)
    assert tokenizer("بوتين")["input_ids"][0] == tokenizer.cls_token_id


@pytest.mark.parametrize("hub_id", sorted(HUB_CONFIGS.values()))
def test_offline_hub_id_is_one_clear_error(hub_id, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(ConfigError, match=f"config key checkpoint: '{hub_id}'"):
        check_checkpoint(hub_id)


def test_window_longer_than_the_encoder_is_a_config_error(tiny_encoder):
    model_args = ModelArguments(checkpoint=str(tiny_encoder), max_length=4096)
    with pytest.raises(ConfigError, match="config key max_length"):
        build_model(model_args, resolve_schema(DataArguments()))


SMALL_CORPUS_KEYS = ("booster_specs", "token_mask_prob", "tune_entity_threshold", "refit_with_dev",
                     "tune_relation_threshold")


@pytest.mark.parametrize("name", ["seed-arabert.yaml", "seed-camelbert.yaml", "seed-transformer.yaml"])
def test_seed_configs_share_one_preset_of_small_corpus_settings(name):
    def settings(config: str) -> dict:
        parsed = parse_config(TYPES, [str(REPO / "configs" / config)])
        return {k: getattr(next(a for a in parsed if hasattr(a, k)), k) for k in SMALL_CORPUS_KEYS}

    assert "include: presets/seed-boosters.yaml" in (REPO / "configs" / name).read_text(encoding="utf-8")
    expected = settings("seed-default.yaml")
    if name == "seed-transformer.yaml":  # the transformer alone: the same settings without boosters
        expected["booster_specs"] = []
    assert settings(name) == expected
    assert settings("seed-default.yaml")["booster_specs"]


def test_resume_takes_the_newest_complete_checkpoint_and_skips_a_partial_one(tmp_path):
    """Issue 21: a kill during a checkpoint save leaves checkpoint-N without its state; resume must not pick it."""
    from arabic_ie.training.run import last_checkpoint

    for step, complete in ((2, True), (4, True), (6, False)):
        folder = tmp_path / f"checkpoint-{step}"
        folder.mkdir()
        (folder / "model.safetensors").write_bytes(b"x")
        if complete:
            (folder / "trainer_state.json").write_text("{}", encoding="utf-8")
    (tmp_path / "checkpoint-8.tmp").mkdir()
    assert last_checkpoint(tmp_path) == str(tmp_path / "checkpoint-4")
    assert last_checkpoint(tmp_path / "nothing-here") is None


def test_the_model_directory_is_replaced_atomically(tmp_path, tiny_model_dir):
    from arabic_ie.extractor import Extractor
    from arabic_ie.training.run import save_model_directory

    extractor = Extractor.from_pretrained(tiny_model_dir)
    target = tmp_path / "model"
    target.mkdir()
    (target / "stale.txt").write_text("from an earlier run", encoding="utf-8")
    save_model_directory(extractor, target, {"data": {}})
    assert not (target / "stale.txt").exists() and (target / "model.safetensors").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model"]  # no .partial or .old left behind
    Extractor.from_pretrained(target)
