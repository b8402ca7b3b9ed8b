"""Mixing annotation-style heads into the own head: the rows of a style's types move, the others stay."""

from __future__ import annotations

import json

import pytest
import torch
import yaml
from safetensors.torch import load_file

from arabic_ie import Predictor
from arabic_ie.cli import main as cli_main
from arabic_ie.core import ArabicIEConfig, ArabicIEModel
from arabic_ie.training.head_mix import HeadMixError, mix_style_heads, mixed_rows, style_types

TEXT = "وصل الرئيس فلاديمير بوتين إلى بيونغ يانغ."
DATASETS = [{"name": "aner", "style": "anercorp", "annotates": ["PER", "ORG", "GPE", "LOC", "FAC"]},
            {"name": "newsfane", "style": "fane", "annotates": ["PER", "NORP", "ORG"]},
            {"name": "wikifane", "style": "fane", "annotates": ["GPE", "PER"]},
            {"name": "news"}]


@pytest.fixture
def styled_dir(tiny_model_and_tokenizer, tmp_path):
    """A tiny model with two style heads whose weights are constants: own 0, anercorp 1, fane 2."""
    model, tokenizer = tiny_model_and_tokenizer
    styled = ArabicIEModel(ArabicIEConfig(encoder=model.config.encoder, entity_styles=["anercorp", "fane"],
                                          window_size=64, window_overlap=16))
    with torch.no_grad():
        for k, head in enumerate([styled.entity_classifier, *styled.style_classifiers]):
            head.weight.fill_(float(k))
            head.bias.fill_(float(k))
    path = tmp_path / "styled"
    styled.save_pretrained(path)
    tokenizer.save_pretrained(path)
    (path / "training_config.yaml").write_text(yaml.safe_dump({"data": {"datasets": DATASETS}}), encoding="utf-8")
    (path / "all_results.json").write_text(json.dumps({"test": {"entities": {}}, "data": "kept"}), encoding="utf-8")
    return path


def _labels(path) -> dict[int, str]:
    return {int(k): v for k, v in json.loads((path / "config.json").read_text(encoding="utf-8"))["id2label"].items()}


def test_a_styles_types_are_the_union_of_its_datasets_annotates(styled_dir):
    assert style_types(styled_dir) == {"anercorp": ["PER", "ORG", "GPE", "LOC", "FAC"],
                                       "fane": ["PER", "NORP", "ORG", "GPE"]}
    labels = {0: "O", 1: "B-PER", 2: "I-PER", 3: "B-DATE", 4: "I-DATE"}
    assert mixed_rows(labels, ["PER"]) == [0, 1, 2]


def test_the_rows_of_the_styles_types_mix_and_every_other_row_stays(styled_dir, tmp_path):
    record = mix_style_heads(styled_dir, tmp_path / "mixed", {"fane": 0.3, "anercorp": 0.2}, {"anercorp": ["PER"]})
    labels = _labels(styled_dir)
    weights = load_file(tmp_path / "mixed" / "model.safetensors")
    original = load_file(styled_dir / "model.safetensors")
    for r, label in labels.items():
        kind = label.split("-", 1)[-1]
        fane = 0.3 * 2.0 if label == "O" or kind in ("PER", "NORP", "ORG", "GPE") else 0.0
        aner = 0.2 * 1.0 if label == "O" or kind == "PER" else 0.0
        expected = fane + aner  # the own head is 0 everywhere
        assert weights["entity_classifier.bias"][r].item() == pytest.approx(expected), label
        assert torch.allclose(weights["entity_classifier.weight"][r], torch.full_like(original[
            "entity_classifier.weight"][r], expected)), label
    for key in weights:  # the style heads and everything else are untouched
        if not key.startswith("entity_classifier."):
            assert torch.equal(weights[key], original[key]), key
    assert record["labels"]["anercorp"] == ["O", "B-PER", "I-PER"]
    results = json.loads((tmp_path / "mixed" / "all_results.json").read_text(encoding="utf-8"))
    assert "test" not in results and results["data"] == "kept"  # the source's scores are not the mix's
    assert results["head_mix"]["shares"] == {"fane": 0.3, "anercorp": 0.2}
    resolved = yaml.safe_load((tmp_path / "mixed" / "training_config.yaml").read_text(encoding="utf-8"))
    assert resolved["head_mix"]["types"]["anercorp"] == ["PER"]


def test_the_own_head_keeps_its_share_of_a_mixed_row(styled_dir, tmp_path):
    with torch.no_grad():
        model = ArabicIEModel.from_pretrained(styled_dir)
        model.entity_classifier.bias.fill_(10.0)
        model.save_pretrained(styled_dir)
    mix_style_heads(styled_dir, tmp_path / "mixed", {"fane": 0.25})
    bias = load_file(tmp_path / "mixed" / "model.safetensors")["entity_classifier.bias"]
    labels = _labels(styled_dir)
    assert bias[0].item() == pytest.approx(0.75 * 10 + 0.25 * 2)
    date = next(r for r, label in labels.items() if label == "B-DATE")
    assert bias[date].item() == pytest.approx(10.0)


def test_the_mixed_directory_loads_and_predicts_with_exact_offsets(styled_dir, tmp_path):
    mix_style_heads(styled_dir, tmp_path / "mixed", {"fane": 0.5})
    prediction = Predictor.from_pretrained(tmp_path / "mixed", device="cpu").predict(TEXT)
    for entity in prediction["entities"]:
        assert TEXT[entity["start"]:entity["end"]] == entity["text"]


@pytest.mark.parametrize("shares, types, message", [
    ({"wojood": 0.3}, None, "this model's styles are anercorp, fane"),
    ({"fane": 0.0}, None, "must be in"),
    ({"fane": 0.7, "anercorp": 0.5}, None, "add up to more than 1"),
    ({"fane": 0.3}, {"fane": ["PERSON"]}, "unknown entity types PERSON"),
    ({}, None, "no style shares"),
])
def test_a_mix_that_cannot_be_made_is_refused_with_the_reason(styled_dir, tmp_path, shares, types, message):
    with pytest.raises(HeadMixError, match=message):
        mix_style_heads(styled_dir, tmp_path / "mixed", shares, types)
    assert not (tmp_path / "mixed").exists()


def test_a_style_without_known_types_must_be_given_them(styled_dir, tmp_path):
    (styled_dir / "training_config.yaml").unlink()
    with pytest.raises(HeadMixError, match="its entity types are unknown"):
        mix_style_heads(styled_dir, tmp_path / "mixed", {"fane": 0.3})
    mix_style_heads(styled_dir, tmp_path / "mixed", {"fane": 0.3}, {"fane": ["PER"]})


def test_a_model_without_style_heads_is_refused(tiny_model_dir, tmp_path):
    with pytest.raises(HeadMixError, match="no annotation-style heads"):
        mix_style_heads(tiny_model_dir, tmp_path / "mixed", {"fane": 0.3})


def test_the_command_writes_the_mix_and_names_bad_options(styled_dir, tmp_path, capsys):
    out = tmp_path / "mixed"
    assert cli_main(["mix-heads", str(styled_dir), "--output", str(out), "--style", "fane=0.3",
                     "--style", "anercorp=0.2", "--types", "anercorp=PER,ORG"]) == 0
    assert "anercorp 0.2 on O, B-PER, I-PER, B-ORG, I-ORG" in capsys.readouterr().out
    assert cli_main(["mix-heads", str(styled_dir), "--output", str(out), "--style", "fane"]) == 2
    assert "expected STYLE=VALUE" in capsys.readouterr().err
    assert cli_main(["mix-heads", str(styled_dir), "--output", str(out), "--style", "fane=a lot"]) == 2
    assert "is not a number" in capsys.readouterr().err
    assert cli_main(["mix-heads", str(tmp_path / "nowhere"), "--output", str(out), "--style", "fane=0.3"]) == 2
    assert "model directory not found" in capsys.readouterr().err


def test_the_model_card_says_how_the_own_head_was_mixed(styled_dir, tmp_path):
    from arabic_ie.training.card import _settings

    record = mix_style_heads(styled_dir, tmp_path / "mixed", {"anercorp": 0.2}, {"anercorp": ["ORG"]})
    lines = _settings({"training": {}, "model": {}, "data": {}}, {"head_mix": record})
    assert "own entity head mixed with the style heads (`arabic-ie mix-heads`): 0.2 of `anercorp` on O, B-ORG, " \
           "I-ORG; its other rows are the own head's" in lines
