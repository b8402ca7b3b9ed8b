"""Weight soups: the mean of runs that differ only in data order, refused for anything else."""

from __future__ import annotations

import json
import shutil

import pytest
import torch
from safetensors.torch import load_file, save_file
from transformers import TrainingArguments

from arabic_ie import Predictor
from arabic_ie.cli import main as cli_main
from arabic_ie.training.soup import SoupError, average_state_dicts, soup_models

TEXT = "وصل الرئيس فلاديمير بوتين إلى بيونغ يانغ."


def _copy_with_offset(src, dst, offset: float):
    """A copy of a model directory whose floating weights are shifted by ``offset`` (a run's stand-in)."""
    shutil.copytree(src, dst)
    weights = load_file(dst / "model.safetensors")
    save_file({k: v + offset if v.is_floating_point() else v for k, v in weights.items()}, dst / "model.safetensors",
              metadata={"format": "pt"})
    return dst


@pytest.fixture
def two_runs(tiny_model_dir, tmp_path):
    return _copy_with_offset(tiny_model_dir, tmp_path / "a", 0.0), _copy_with_offset(tiny_model_dir, tmp_path / "b",
                                                                                       0.2)


def test_uniform_soup_is_the_mean_of_the_weights_and_loads_and_predicts(two_runs, tmp_path):
    a, b = two_runs
    record = soup_models([a, b], tmp_path / "soup")
    wa, wb = load_file(a / "model.safetensors"), load_file(b / "model.safetensors")
    soup = load_file(tmp_path / "soup" / "model.safetensors")
    assert set(soup) == set(wa)
    for key, tensor in soup.items():
        if tensor.is_floating_point():
            torch.testing.assert_close(tensor, (wa[key] + wb[key]) / 2)
    assert [i["weight"] for i in record["ingredients"]] == [0.5, 0.5]
    results = json.loads((tmp_path / "soup" / "all_results.json").read_text(encoding="utf-8"))
    assert "test" not in results and "dev" not in results  # the ingredients' scores are not the soup's
    assert [i["model_dir"] for i in results["soup"]["ingredients"]] == [str(a), str(b)]
    prediction = Predictor.from_pretrained(tmp_path / "soup", device="cpu").predict(TEXT)
    for entity in prediction["entities"]:
        assert TEXT[entity["start"]:entity["end"]] == entity["text"]


def test_weights_are_normalized_and_equal_tensors_are_copied_exactly(two_runs):
    a, b = two_runs
    wa, wb = load_file(a / "model.safetensors"), load_file(b / "model.safetensors")
    frozen = next(iter(wa))
    wb[frozen] = wa[frozen].clone()
    out = average_state_dicts([wa, wb], [0.75, 0.25], ["a", "b"])
    assert torch.equal(out[frozen], wa[frozen])
    other = next(k for k in wa if k != frozen and wa[k].is_floating_point())
    torch.testing.assert_close(out[other], 0.75 * wa[other] + 0.25 * wb[other])


def test_an_fp16_copy_averages_with_an_fp32_run_in_the_first_runs_dtype(two_runs, tmp_path):
    a, b = two_runs  # b as shipped: fp16 weights, its config's dtype and library version its own
    wb = load_file(b / "model.safetensors")
    save_file({k: v.half() if v.is_floating_point() else v for k, v in wb.items()}, b / "model.safetensors",
              metadata={"format": "pt"})
    config = json.loads((b / "config.json").read_text(encoding="utf-8"))
    config["dtype"] = "float16"
    config["transformers_version"] = "0.0.0"
    (b / "config.json").write_text(json.dumps(config), encoding="utf-8")
    soup_models([a, b], tmp_path / "soup")
    wa, wb16 = load_file(a / "model.safetensors"), load_file(b / "model.safetensors")
    soup = load_file(tmp_path / "soup" / "model.safetensors")
    key = next(k for k in wa if wa[k].is_floating_point() and not torch.equal(wa[k], wb16[k].float()))
    assert soup[key].dtype == wa[key].dtype
    torch.testing.assert_close(soup[key], (wa[key] + wb16[key].float()) / 2)


def test_runs_of_another_recipe_are_refused(two_runs, tmp_path):
    a, b = two_runs
    config = json.loads((b / "config.json").read_text(encoding="utf-8"))
    config["window_overlap"] = config["window_overlap"] + 8
    (b / "config.json").write_text(json.dumps(config), encoding="utf-8")
    with pytest.raises(SoupError, match="config.json differs .* in window_overlap"):
        soup_models([a, b], tmp_path / "soup")
    assert not (tmp_path / "soup").exists()


def test_another_tokenizer_is_refused(two_runs, tmp_path):
    a, b = two_runs
    tokenizer = json.loads((b / "tokenizer.json").read_text(encoding="utf-8"))
    tokenizer["added_tokens"] = tokenizer.get("added_tokens", [])[:-1]
    (b / "tokenizer.json").write_text(json.dumps(tokenizer), encoding="utf-8")
    with pytest.raises(SoupError, match="tokenizer.json differs"):
        soup_models([a, b], tmp_path / "soup")


@pytest.mark.parametrize("weights, message", [([1.0], "1 weights for 2"), ([1.0, -1.0], "non-negative")])
def test_bad_weights_are_refused(two_runs, tmp_path, weights, message):
    with pytest.raises(SoupError, match=message):
        soup_models(list(two_runs), tmp_path / "soup", weights=weights)


def test_one_directory_or_an_ingredient_as_output_is_refused(two_runs):
    a, b = two_runs
    with pytest.raises(SoupError, match="at least two"):
        soup_models([a], a.parent / "soup")
    with pytest.raises(SoupError, match="is one of the ingredients"):
        soup_models([a, b], b)


def test_cli_reports_a_missing_directory_without_a_traceback(two_runs, tmp_path, capsys):
    a, _ = two_runs
    assert cli_main(["soup", str(a), str(tmp_path / "missing"), "--output", str(tmp_path / "soup")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "missing" in err and "Traceback" not in err
    assert cli_main(["soup", str(a), str(two_runs[1]), "--output", str(tmp_path / "soup")]) == 0


def _sampler_order(tmp_path, data_seed):
    from arabic_ie.training.run import ArabicIETrainer

    args = TrainingArguments(output_dir=str(tmp_path), seed=42, data_seed=data_seed, per_device_train_batch_size=2,
                             train_sampling_strategy="group_by_length", report_to=[], use_cpu=True)
    dataset = [{"input_ids": list(range(3 + i % 7))} for i in range(40)]
    torch.manual_seed(42)
    trainer = ArabicIETrainer(model=torch.nn.Linear(1, 1), args=args, train_dataset=dataset)
    torch.manual_seed(42)
    return list(iter(trainer._get_train_sampler()))


def test_data_seed_changes_the_length_grouped_order_and_only_it(tmp_path):
    assert _sampler_order(tmp_path, None) == _sampler_order(tmp_path, None)
    assert _sampler_order(tmp_path, 1) == _sampler_order(tmp_path, 1)
    assert _sampler_order(tmp_path, 1) != _sampler_order(tmp_path, 2)
