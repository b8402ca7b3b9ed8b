"""Predictor(backend="onnx"): the entity pass in ONNX Runtime gives the PyTorch model's predictions."""

from __future__ import annotations

import pytest
import torch

from arabic_ie import Predictor
from arabic_ie.predictor import PredictorError

from conftest import SEED_DIR

pytest.importorskip("onnx", reason="the ONNX backend is the optional extra arabic-ie[onnx]")
pytest.importorskip("onnxruntime", reason="the ONNX backend is the optional extra arabic-ie[onnx]")

TEXTS = [(SEED_DIR / "000_d5c3160b1123fbbd.txt").read_text(encoding="utf-8")[:1500],
         "وصل الرئيس الروسي فلاديمير بوتين إلى هانوي، والتقى رئيس فيتنام.", "نص"]


@pytest.fixture(scope="module")
def word_vector_model_dir(tiny_encoder, tmp_path_factory):
    """A tiny joint model that reads static word vectors (random table, non-zero projection) and tags entities."""
    from transformers import AutoTokenizer

    from arabic_ie.core import ArabicIEModel
    from arabic_ie.lm.word_vectors import WordVocabulary, iter_words

    words = sorted({w for text in TEXTS for _, _, w in iter_words(text)})
    torch.manual_seed(1)
    model = ArabicIEModel.from_encoder(str(tiny_encoder), window_size=64, window_overlap=16, span_dim=32,
                                       type_embedding_dim=8, word_vector_count=len(words), word_vector_dim=8)
    table = torch.randn(len(words) + 1, 8)
    table[0] = 0
    model.set_word_vectors(WordVocabulary(words, "conjunctions"), table)
    with torch.no_grad():
        model.word_projection.weight.normal_(std=0.5)
        model.entity_classifier.weight.mul_(40.0)  # confident, varied tags: entities and candidate pairs appear
    path = tmp_path_factory.mktemp("wv-model")
    model.save_pretrained(path)
    AutoTokenizer.from_pretrained(tiny_encoder).save_pretrained(path)
    return path


def _key(results):
    return [([(e["start"], e["end"], e["type"]) for e in r["entities"]],
             [(x["type"], x["head"], x["tail"]) for x in r["relations"]]) for r in results]


def test_the_onnx_entity_pass_predicts_what_pytorch_predicts(word_vector_model_dir):
    torch_out = Predictor.from_pretrained(word_vector_model_dir, device="cpu").predict(TEXTS)
    onnx_predictor = Predictor.from_pretrained(word_vector_model_dir, device="cpu", backend="onnx")
    assert onnx_predictor.model.onnx_entity_pass.inputs == ["input_ids", "attention_mask", "word_rows"]
    onnx_out = onnx_predictor.predict(TEXTS)
    assert sum(len(r["entities"]) for r in torch_out) > 0
    assert _key(onnx_out) == _key(torch_out)
    for a, b in zip(torch_out, onnx_out):
        assert [e["score"] for e in a["entities"]] == pytest.approx([e["score"] for e in b["entities"]], abs=1e-4)


def test_the_int8_graph_keeps_offsets_exact_and_the_word_vectors_matter(word_vector_model_dir):
    predictor = Predictor.from_pretrained(word_vector_model_dir, device="cpu", backend="onnx", quantize="int8")
    results = predictor.predict(TEXTS)
    assert sum(len(r["entities"]) for r in results) > 0
    for text, result in zip(TEXTS, results):
        for e in result["entities"]:
            assert text[e["start"]:e["end"]] == e["text"]
    ids = predictor.tokenizer([TEXTS[1]], return_tensors="pt")
    rows = torch.tensor([predictor.model.word_rows(TEXTS[1], [(0, 0)] + [tuple(o) for o in predictor.tokenizer(
        TEXTS[1], return_offsets_mapping=True, add_special_tokens=False)["offset_mapping"]] + [(0, 0)])])
    entity_pass = predictor.model.onnx_entity_pass
    with_rows = entity_pass(ids["input_ids"], ids["attention_mask"], word_rows=rows)[0]
    without = entity_pass(ids["input_ids"], ids["attention_mask"])[0]
    assert not torch.allclose(with_rows, without)  # the graph reads the word vectors


def test_bad_backend_settings_are_clear_errors(tiny_model_dir, monkeypatch):
    with pytest.raises(PredictorError, match="backend must be one of"):
        Predictor.from_pretrained(tiny_model_dir, device="cpu", backend="tensorrt")
    with pytest.raises(PredictorError, match="do not combine"):
        Predictor.from_pretrained(tiny_model_dir, device="cpu", backend="onnx", dtype="bf16")
    import arabic_ie.onnx_backend as onnx_backend

    def missing():
        raise onnx_backend.OnnxUnavailable("the ONNX backend needs onnxruntime and onnx: pip install "
                                           "'arabic-ie[onnx]'")
    monkeypatch.setattr(onnx_backend, "_require", missing)
    with pytest.raises(PredictorError, match=r"pip install 'arabic-ie\[onnx\]'"):
        Predictor.from_pretrained(tiny_model_dir, device="cpu", backend="onnx")


def test_the_cli_exports_an_int8_graph_with_the_word_vector_input(word_vector_model_dir, tmp_path, capsys):
    import onnxruntime as ort

    from arabic_ie.cli import main

    out = tmp_path / "m.onnx"
    assert main(["export", "onnx", "--model", str(word_vector_model_dir), "--output", str(out),
                 "--quantize", "int8"]) == 0
    assert "inputs input_ids, attention_mask, word_rows" in capsys.readouterr().out
    session = ort.InferenceSession(str(out), providers=["CPUExecutionProvider"])
    assert [i.name for i in session.get_inputs()] == ["input_ids", "attention_mask", "word_rows"]


def test_the_cli_predicts_and_evaluates_with_the_onnx_int8_backend(word_vector_model_dir, tmp_path, capsys):
    import json

    from arabic_ie.cli import main

    src = tmp_path / "news.txt"
    src.write_text(TEXTS[1], encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["predict", "--model", str(word_vector_model_dir), str(src), "--device", "cpu", "--backend", "onnx",
                 "--quantize", "int8", "--output", str(out)]) == 0
    [line] = out.read_text(encoding="utf-8").splitlines()
    result = json.loads(line)
    assert result["text"] == TEXTS[1]
    assert all(TEXTS[1][e["start"]:e["end"]] == e["text"] for e in result["entities"])
    assert main(["predict", "--model", str(word_vector_model_dir), str(src), "--device", "cpu", "--backend", "onnx",
                 "--dtype", "bf16"]) != 0
    assert "do not combine" in capsys.readouterr().err
