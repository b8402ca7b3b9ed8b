"""Annotation styles: a corpus drawn by other guidelines trains an entity head of its own, so the model's own head
keeps the project's conventions while the shared encoder learns from every corpus."""

from __future__ import annotations

import json

import pytest
import torch

from arabic_ie import Predictor
from arabic_ie.config import ConfigError, parse_config
from arabic_ie.core.configuration import ArabicIEConfig
from arabic_ie.core.features import collate
from arabic_ie.core.model import ArabicIEModel
from arabic_ie.predictor import PredictorError
from arabic_ie.schema import entity_only_schema
from arabic_ie.training.datasets import parse_dataset_specs
from arabic_ie.training.run import run_training

from helpers import TYPES, main_in_process, write_config

PEOPLE = ["بوتين", "ماكرون", "شولتس", "بايدن", "مودي", "لولا"]
PLACES = ["هانوي", "باريس", "برلين", "لندن", "روما", "مدريد"]
SCHEMA = entity_only_schema(["PER", "GPE", "LOC"])


def _doc(doc_id: str, person: str, place: str, place_type: str) -> dict:
    text = f"التقى {person} وزيرا في {place} أمس."
    return {"id": doc_id, "text": text, "relations": [], "entities": [
        {"id": "T1", "type": "PER", "start": text.index(person), "end": text.index(person) + len(person)},
        {"id": "T2", "type": place_type, "start": text.index(place), "end": text.index(place) + len(place)}]}


def _jsonl(path, docs) -> str:
    path.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in docs) + "\n", encoding="utf-8")
    return str(path)


def test_a_style_name_is_checked_naming_the_dataset(tmp_path):
    path = _jsonl(tmp_path / "a.jsonl", [_doc("a", PEOPLE[0], PLACES[0], "GPE")])
    with pytest.raises(ConfigError, match=r"datasets\[0\] \(a\)\.style: .*letters, digits"):
        parse_dataset_specs([{"name": "a", "path": path, "style": "ANER corp!"}], SCHEMA)
    assert parse_dataset_specs([{"name": "a", "path": path, "style": "anercorp"}], SCHEMA)[0].style == "anercorp"
    with pytest.raises(ValueError, match="listed twice"):
        ArabicIEConfig(entity_styles=["fane", "fane"])


def test_windows_carry_their_style_id_into_the_batch():
    window = {"input_ids": [0, 5, 2], "labels": [-100, 0, -100], "proclitic_labels": [-100, 0, -100], "pairs": [],
              "pair_types": [], "pair_labels": []}
    batch = collate([{**window, "style_id": 0}, {**window, "style_id": 2}])
    assert batch["style_ids"].tolist() == [0, 2]
    assert "style_ids" not in collate([window, window])


def test_each_row_is_scored_by_the_head_of_its_style(tiny_model_and_tokenizer):
    model, _ = tiny_model_and_tokenizer
    config = ArabicIEConfig(encoder=model.config.encoder, entity_styles=["anercorp", "fane"])
    styled = ArabicIEModel(config).eval()
    with torch.no_grad():
        for k, head in enumerate([styled.entity_classifier, *styled.style_classifiers]):
            head.weight.zero_()
            head.bias.fill_(float(k))  # head k scores every label k
    hidden = torch.randn(3, 4, styled.encoder.config.hidden_size)
    logits, _ = styled.entity_heads(hidden, torch.tensor([2, 0, 1]))
    assert logits[:, :, 0].tolist() == [[2.0] * 4, [0.0] * 4, [1.0] * 4]
    assert styled.entity_heads(hidden)[0][0, 0, 0] == 0.0  # prediction: the model's own head
    styled.use_style("fane")
    assert styled.entity_heads(hidden)[0][0, 0, 0] == 2.0
    with pytest.raises(ValueError, match="this model's styles are anercorp, fane"):
        styled.use_style("wojood")


def _train(tmp_path, tiny_encoder, name: str, styles: bool, init_from: str | None = None):
    # the same sentences, two guidelines: "ours" calls the cities GPE, "theirs" (five times as much text) LOC
    ours = [_doc(f"o{i}", PEOPLE[i % 6], PLACES[(i * 5) % 6], "GPE") for i in range(12)]
    theirs = [_doc(f"t{i}", PEOPLE[(i + 1) % 6], PLACES[(i * 5 + 1) % 6], "LOC") for i in range(60)]
    entries = [{"name": "theirs", "path": _jsonl(tmp_path / "theirs.jsonl", theirs)},
               {"name": "ours", "path": _jsonl(tmp_path / "ours.jsonl", ours)}]
    if styles:
        entries[0]["style"] = "theirs"
    (tmp_path / name).mkdir()
    extra = {"init_from": init_from} if init_from else {}
    config = write_config(tmp_path / name, tiny_encoder, data_path=None, splits_file=None, max_train_documents=0,
                          datasets=entries, entity_types=["PER", "GPE", "LOC"], max_steps=60, learning_rate=0.01,
                          eval_strategy="no", save_strategy="no", load_best_model_at_end=False, do_test=False, **extra)
    run_training(*parse_config(TYPES, [str(config)]), config_path=str(config))
    return tmp_path / name / "run" / "model"


def _place_types(model_dir, style: str | None = None) -> list[str]:
    predictor = Predictor.from_pretrained(model_dir, device="cpu", style=style)
    texts = [f"التقى {p} وزيرا في {g} أمس." for p, g in zip(PEOPLE, PLACES[2:] + PLACES[:2])]
    return [e["type"] for r in predictor.predict(texts) for e in r["entities"] if e["text"] in PLACES]


def test_the_own_head_keeps_the_own_guidelines_and_a_style_head_learns_the_others(tmp_path, tiny_encoder, capsys):
    torch.manual_seed(0)
    styled = _train(tmp_path, tiny_encoder, "styled", styles=True)
    assert json.loads((styled / "config.json").read_text(encoding="utf-8"))["entity_styles"] == ["theirs"]
    assert "annotation styles: an entity head of its own for `theirs` (theirs)" in \
        (styled / "README.md").read_text(encoding="utf-8")
    own, theirs = _place_types(styled), _place_types(styled, style="theirs")
    assert own.count("GPE") >= 5, own       # of 6 cities
    assert theirs.count("LOC") >= 5, theirs
    torch.manual_seed(0)
    mixed = _place_types(_train(tmp_path, tiny_encoder, "mixed", styles=False))
    assert mixed.count("GPE") < own.count("GPE"), (mixed, own)  # one head: the larger corpus's guidelines win
    with pytest.raises(PredictorError, match="this model's styles are theirs"):
        Predictor.from_pretrained(styled, device="cpu", style="wojood")
    from arabic_ie.commands.evaluate import main as evaluate

    data = tmp_path / "theirs.jsonl"
    scored = main_in_process(evaluate, ["--model", str(styled), "--data", str(data), "--style", "theirs"], capsys)
    assert scored.returncode == 0 and "LOC 1.00" in scored.stdout, scored.stdout + scored.stderr
    refused = main_in_process(evaluate, ["--model", str(styled), "--data", str(data), "--style", "wojood"], capsys)
    assert refused.returncode == 2 and "entity style 'wojood': this model's styles are theirs" in refused.stderr


def test_a_continued_model_starts_its_style_heads_from_the_head_it_had(tmp_path, tiny_encoder):
    from arabic_ie.training.data import resolve_schema
    from arabic_ie.training.run import build_model

    torch.manual_seed(0)
    source_dir = _train(tmp_path, tiny_encoder, "source", styles=False)
    (tmp_path / "next").mkdir()
    data_args, model_args, _, _ = parse_config(TYPES, [str(write_config(tmp_path / "next", tiny_encoder,
                                                                        init_from=str(source_dir),
                                                                        entity_types=["PER", "GPE", "LOC"]))])
    model, _ = build_model(model_args, resolve_schema(data_args), entity_styles=["theirs"])
    source = ArabicIEModel.from_pretrained(source_dir)
    assert torch.equal(model.style_classifiers[0].weight, source.entity_classifier.weight)
    assert torch.equal(model.entity_classifier.weight, source.entity_classifier.weight)
