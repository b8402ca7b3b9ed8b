"""Exports: the entity part as a transformers token-classification model, and the encoder + heads as ONNX."""

from __future__ import annotations

import pytest
import torch

from arabic_ie.cli import main
from arabic_ie.extractor import Extractor

TEXT = "وصل الرئيس الروسي فلاديمير بوتين إلى هانوي أمس."


def test_the_pipeline_export_computes_the_same_entity_logits_and_loads_in_transformers_pipeline(tiny_model_dir,
                                                                                                 tmp_path, capsys):
    from transformers import AutoModelForTokenClassification, pipeline

    assert main(["export", "pipeline", "--model", str(tiny_model_dir), "--output", str(tmp_path / "tc")]) == 0
    assert "aggregation_strategy='first'" in capsys.readouterr().out
    tc = AutoModelForTokenClassification.from_pretrained(tmp_path / "tc").eval()
    source = Extractor.from_pretrained(tiny_model_dir)
    assert tc.config.id2label == {int(k): v for k, v in source.config.id2label.items()}
    enc = source.tokenizer([TEXT], return_tensors="pt")
    with torch.no_grad():
        ours = source.model.entity_heads(source.model.encode(enc["input_ids"], enc["attention_mask"]))[0]
        theirs = tc(**enc).logits
    assert torch.allclose(ours, theirs, atol=1e-5)
    ner = pipeline("token-classification", model=str(tmp_path / "tc"), aggregation_strategy="first", device=-1)
    for span in ner(TEXT):
        assert TEXT[span["start"]:span["end"]].strip() and span["entity_group"] in source.config.entity_types
    assert "no relations" in (tmp_path / "tc" / "README.md").read_text(encoding="utf-8")


def test_exporting_a_missing_model_is_a_clear_error(tmp_path, capsys):
    assert main(["export", "pipeline", "--model", str(tmp_path / "nowhere"), "--output", str(tmp_path / "o")]) == 2
    assert "model directory not found" in capsys.readouterr().err


def test_the_onnx_export_matches_pytorch(tiny_model_dir, tmp_path):
    pytest.importorskip("onnx", reason="the ONNX export is the optional extra arabic-ie[onnx]")
    ort = pytest.importorskip("onnxruntime", reason="the ONNX export is the optional extra arabic-ie[onnx]")
    assert main(["export", "onnx", "--model", str(tiny_model_dir), "--output", str(tmp_path / "m.onnx")]) == 0
    source = Extractor.from_pretrained(tiny_model_dir)
    enc = source.tokenizer([TEXT, "نص أقصر"], return_tensors="pt", padding=True)
    session = ort.InferenceSession(str(tmp_path / "m.onnx"), providers=["CPUExecutionProvider"])
    entity_logits = session.run(["entity_logits"], {"input_ids": enc["input_ids"].numpy(),
                                                    "attention_mask": enc["attention_mask"].numpy()})[0]
    with torch.no_grad():
        ours = source.model.entity_heads(source.model.encode(enc["input_ids"], enc["attention_mask"]))[0]
    assert torch.allclose(ours, torch.from_numpy(entity_logits), atol=1e-4)
