"""A model directory is checked before use: complete, an arabic-ie model, of the format this version reads."""

from __future__ import annotations

import json
import shutil

import pytest

from arabic_ie.extractor import Extractor, ModelDirectoryError


def _copy(src, dst, **config_changes):
    shutil.copytree(src, dst)
    config = json.loads((dst / "config.json").read_text(encoding="utf-8"))
    for key, value in config_changes.items():
        if value is None:
            config.pop(key, None)
        else:
            config[key] = value
    (dst / "config.json").write_text(json.dumps(config), encoding="utf-8")
    return dst


def test_a_directory_of_the_previous_format_is_refused_with_what_to_do(tiny_model_dir, tmp_path):
    old = _copy(tiny_model_dir, tmp_path / "old", format_version=None, lexicon={"بوتين": "PER"})
    with pytest.raises(ModelDirectoryError, match="format 1, this arabic-ie reads format 2.*retrain"):
        Extractor.from_pretrained(old)


def test_a_directory_of_another_model_type_is_refused(tiny_model_dir, tmp_path):
    other = _copy(tiny_model_dir, tmp_path / "bert", model_type="bert")
    with pytest.raises(ModelDirectoryError, match="not an arabic-ie model"):
        Extractor.from_pretrained(other)


def test_a_model_without_boosters_json_is_the_transformer_alone(tiny_model_dir):
    extractor = Extractor.from_pretrained(tiny_model_dir)
    assert extractor.boosters.names == [] and not (tiny_model_dir / "boosters.json").exists()


def test_a_corrupt_manifest_or_an_unknown_booster_in_it_is_a_clear_error(tiny_model_dir, tmp_path):
    broken = _copy(tiny_model_dir, tmp_path / "broken")
    (broken / "boosters.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelDirectoryError, match="boosters.json: not a valid booster manifest"):
        Extractor.from_pretrained(broken)
    (broken / "boosters.json").write_text(json.dumps({"boosters": [{"name": "oracle", "params": {}}]}),
                                          encoding="utf-8")
    with pytest.raises(ModelDirectoryError, match="unknown booster 'oracle'"):
        Extractor.from_pretrained(broken)
    (broken / "boosters.json").write_text(json.dumps({"boosters": [{"name": "patterns", "files": {"../x": "0"}}]}),
                                          encoding="utf-8")
    with pytest.raises(ModelDirectoryError, match="leaves the directory"):
        Extractor.from_pretrained(broken)


@pytest.mark.parametrize("bad", [float("nan"), float("inf")])
def test_weights_with_nan_or_inf_are_refused_at_load(tiny_model_dir, tmp_path, bad):
    """Issue 21: a tampered model must not predict NaN scores (invalid strict JSON) without a word."""
    from safetensors.torch import load_file, save_file

    broken = _copy(tiny_model_dir, tmp_path / "broken")
    weights = load_file(broken / "model.safetensors")
    name = next(k for k, v in weights.items() if v.is_floating_point() and "relation" in k)
    weights[name][0] = bad
    save_file(weights, broken / "model.safetensors", metadata={"format": "pt"})
    with pytest.raises(ModelDirectoryError, match="NaN or infinite weights in 1 tensor"):
        Extractor.from_pretrained(broken)
