"""Predictor: exact offsets on any input, defined behaviour on bad input, CLI formats."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
import torch
from hypothesis import HealthCheck, given, settings, strategies as st

from arabic_ie import Predictor
from arabic_ie.predictor import PredictorError

from conftest import REPO, SEED_DIR


@pytest.fixture(scope="module")
def predictor(tiny_model_dir):
    return Predictor.from_pretrained(tiny_model_dir, device="cpu", batch_size=4)


def check(result, text):
    assert result["text"] == text
    ids = [e["id"] for e in result["entities"]]
    assert len(ids) == len(set(ids))
    for e in result["entities"]:
        assert 0 <= e["start"] < e["end"] <= len(text)
        assert text[e["start"]:e["end"]] == e["text"]
        assert 0.0 <= e["score"] <= 1.0
    for r in result["relations"]:
        assert r["head"] in ids and r["tail"] in ids


def test_single_text_and_list(predictor):
    text = (SEED_DIR / "000_d5c3160b1123fbbd.txt").read_text(encoding="utf-8")
    one = predictor(text)
    many = predictor.predict([text, "وصل بوتين"])
    assert isinstance(one, dict) and isinstance(many, list) and len(many) == 2
    assert one == many[0]
    check(one, text)


def test_entities_alone_skip_the_relation_step_and_give_the_same_entities(predictor, monkeypatch):
    import arabic_ie.core.decoding as decoding

    text = (SEED_DIR / "000_d5c3160b1123fbbd.txt").read_text(encoding="utf-8")
    full = predictor(text)
    monkeypatch.setattr(decoding, "decode_relations", lambda *a, **k: pytest.fail("the relation step ran"))
    alone = predictor(text, relations=False)
    assert alone["entities"] == full["entities"] and alone["relations"] == []


@pytest.mark.parametrize("text", ["", "   \n\t", "Hello world, no Arabic here.", "😀😀", "بوتين\r\nفي هانوي\r\n"])
def test_edge_inputs_give_defined_results(predictor, text):
    check(predictor(text), text)


def test_a_text_of_hundreds_of_windows_is_windowed_not_truncated(predictor):
    """The purpose of a huge input at a size that runs in seconds: 600 windows of the tiny model, every part
    of the text decoded, the last sentence as well as the first (the old 1 MB run took minutes)."""
    line = "وصل الرئيس الروسي فلاديمير بوتين إلى هانوي، والتقى تو لام.\n"
    text = line * 2_000
    from arabic_ie.core.windows import encode_document

    enc = encode_document(text, predictor.tokenizer, predictor.config.window_size, predictor.config.window_overlap)
    assert len(enc.windows) > 500 and enc.windows[-1].end == len(enc)
    result = predictor(text)
    check(result, text)
    by_line = {e["start"] // len(line) for e in result["entities"]}
    assert 0 in by_line and 1_999 in by_line  # the untrained tiny model tags most words: the end is decoded too


@pytest.mark.parametrize("bad", [None, 5, ["ok", None], [b"bytes"]])
def test_non_str_inputs_raise_a_clear_error(predictor, bad):
    with pytest.raises(PredictorError, match="expected"):
        predictor.predict(bad)


def test_too_long_input_is_refused_clearly(tiny_model_dir):
    small = Predictor.from_pretrained(tiny_model_dir, device="cpu", max_chars=10)
    with pytest.raises(PredictorError, match="more than max_chars"):
        small("نص أطول من عشرة أحرف")


def test_missing_or_corrupt_model_files(tiny_model_dir, tmp_path):
    with pytest.raises(PredictorError, match="model directory not found"):
        Predictor.from_pretrained(tmp_path / "nowhere")
    broken = tmp_path / "broken"
    shutil.copytree(tiny_model_dir, broken)
    (broken / "model.safetensors").unlink()
    with pytest.raises(PredictorError, match="missing model.safetensors"):
        Predictor.from_pretrained(broken)
    corrupt = tmp_path / "corrupt"
    shutil.copytree(tiny_model_dir, corrupt)
    (corrupt / "model.safetensors").write_bytes(b"not a safetensors file")
    with pytest.raises(PredictorError, match="cannot load the model"):
        Predictor.from_pretrained(corrupt)
    with pytest.raises(PredictorError, match="no CUDA device") if not __import__("torch").cuda.is_available() \
            else pytest.raises(PredictorError, match="CPU only"):
        Predictor.from_pretrained(tiny_model_dir, device="cuda", quantize="int8")


def test_int8_quantized_predictor_keeps_exact_offsets(tiny_model_dir):
    q = Predictor.from_pretrained(tiny_model_dir, device="cpu", quantize="int8")
    text = (SEED_DIR / "004_a67773ad0dea250e.txt").read_text(encoding="utf-8")
    check(q(text), text)


def test_bf16_predictor_keeps_exact_offsets_and_cpu_defaults_to_fp32(tiny_model_dir):
    text = (SEED_DIR / "004_a67773ad0dea250e.txt").read_text(encoding="utf-8")
    fast = Predictor.from_pretrained(tiny_model_dir, device="cpu", dtype="bf16")
    assert fast.dtype == torch.bfloat16 and "dtype=bfloat16" in repr(fast)
    out = fast(text)
    check(out, text)
    assert Predictor.from_pretrained(tiny_model_dir, device="cpu").dtype is None  # the CPU computes in fp32 unless told


@pytest.mark.parametrize("kwargs, message", [
    ({"dtype": "fp16"}, "for GPUs"),
    ({"dtype": "float64"}, "dtype must be"),
    ({"dtype": "bf16", "quantize": "int8"}, "do not combine"),
])
def test_unusable_precision_settings_are_named(tiny_model_dir, kwargs, message):
    with pytest.raises(PredictorError, match=message):
        Predictor.from_pretrained(tiny_model_dir, device="cpu", **kwargs)


ARABIC_HEAVY = st.text(alphabet=st.sampled_from(
    list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآىةلل ") + [" ", " ", "\n", "\r\n"[0], "\u064e", "\u0650", "\u0651", "\u0640",
                                                   "\u200f", "\u200e", "\u061c", "٣", "4", "،", ".", "«", "»", "“",
                                                   "😀", "A", "\ufefb", "\u0670"]), max_size=300)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(text=ARABIC_HEAVY)
def test_random_arabic_heavy_text_never_breaks_offsets(predictor, text):
    first = predictor(text)
    check(first, text)
    assert predictor(text) == first  # deterministic


def run_cli(args, **kwargs):
    return subprocess.run([sys.executable, "-m", "arabic_ie.cli", *args], capture_output=True, text=True, cwd=REPO,
                          timeout=300, **kwargs)


def cli_in_process(args, capsys):
    """`arabic-ie ARGS` in this process (the console entry point itself is run as a subprocess in each test)."""
    from arabic_ie.cli import main

    from helpers import main_in_process

    return main_in_process(main, args, capsys)


def test_cli_predicts_jsonl_brat_and_html(tiny_model_dir, tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "وصل بوتين إلى هانوي"}\n{"id": "b", "text": ""}\n', encoding="utf-8")
    out = run_cli(["predict", "--model", str(tiny_model_dir), str(src), "--device", "cpu"])
    assert out.returncode == 0, out.stderr[-1500:]
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["a", "b"]
    stdin = run_cli(["predict", "--model", str(tiny_model_dir)], input="زار بوتين موسكو")
    assert json.loads(stdin.stdout)["id"] == "stdin"
    brat = cli_in_process(["predict", "--model", str(tiny_model_dir), str(src), "--format", "brat", "--output",
                           str(tmp_path / "b")], capsys)
    assert brat.returncode == 0 and (tmp_path / "b" / "a.ann").exists()
    page = cli_in_process(["predict", "--model", str(tiny_model_dir), str(src), "--format", "html", "--output",
                           str(tmp_path / "p.html")], capsys)
    assert page.returncode == 0 and 'dir="rtl"' in (tmp_path / "p.html").read_text(encoding="utf-8")
    missing = cli_in_process(["predict", "--model", str(tmp_path / "none"), str(src)], capsys)
    assert missing.returncode == 2 and "model directory not found" in missing.stderr


def test_half_precision_inference_path_scores_relations(tiny_model_and_tokenizer, monkeypatch):
    """On CUDA the encoder runs under fp16/bf16 autocast; the same path on CPU with bf16 must work end to end,
    even when the encoder's last operation returns half-precision states."""
    import torch

    from arabic_ie.data.io import load_documents
    from arabic_ie.core.decoding import predict_documents

    model, tokenizer = tiny_model_and_tokenizer
    doc = load_documents(SEED_DIR / "004_a67773ad0dea250e.txt")[0]
    # a tiny threshold labels every candidate pair with its best allowed type: the relation step must run
    full = predict_documents(model, tokenizer, [doc.text], device="cpu", given_entities=[doc.entities],
                             relation_threshold=1e-6)[0]
    encode = model.encode
    monkeypatch.setattr(model, "encode", lambda *a: encode(*a).to(torch.bfloat16))
    out = predict_documents(model, tokenizer, [doc.text], device="cpu", dtype=torch.bfloat16,
                            given_entities=[doc.entities], relation_threshold=1e-6)[0]
    ids = {e.id for e in out.entities}
    assert len(out.entities) == len(full.entities) == len(doc.entities)
    assert out.relations and all(r.head in ids and r.tail in ids for r in out.relations)
    assert {(r.head, r.tail) for r in out.relations} == {(r.head, r.tail) for r in full.relations}


@pytest.mark.parametrize("kwargs, message", [
    ({"device": "gpu"}, "device='gpu' is not a device"),
    ({"batch_size": "8"}, "batch_size must be an integer"),
    ({"batch_size": 0}, "batch_size must be an integer"),
    ({"max_chars": -5}, "max_chars must be an integer"),
])
def test_bad_predictor_arguments_are_clear_errors(tiny_model_dir, kwargs, message):
    from arabic_ie.predictor import Predictor, PredictorError

    with pytest.raises(PredictorError, match=message):
        Predictor.from_pretrained(tiny_model_dir, **kwargs)


def test_a_lone_surrogate_in_the_input_is_a_clear_error_not_a_tokenizer_traceback(tiny_model_dir):
    from arabic_ie.predictor import Predictor, PredictorError

    predictor = Predictor.from_pretrained(tiny_model_dir, device="cpu")
    with pytest.raises(PredictorError, match=r"input #0 has a lone surrogate \(U\+D800\) at character 3"):
        predictor("نص \ud800 تجربة")


def test_cli_predicts_a_folder_and_a_glob_and_checks_input_and_output_first(tiny_model_dir, tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "one.txt").write_text("وصل بوتين إلى هانوي", encoding="utf-8")
    (news / "two.txt").write_text("زار لام موسكو", encoding="utf-8")
    (news / "skip.md").write_text("not an input", encoding="utf-8")
    folder = run_cli(["predict", "--model", str(tiny_model_dir), str(news), "--device", "cpu"])
    assert folder.returncode == 0, folder.stderr[-1500:]
    assert [json.loads(line)["id"] for line in folder.stdout.splitlines()] == ["one", "two"]
    glob = run_cli(["predict", "--model", str(tiny_model_dir), str(news / "t*.txt"), "--device", "cpu"])
    assert [json.loads(line)["id"] for line in glob.stdout.splitlines()] == ["two"]
    (news / "cp1256.txt").write_bytes("وصل".encode("cp1256"))
    bad = run_cli(["predict", "--model", str(tiny_model_dir), str(news / "cp1256.txt")])
    assert bad.returncode != 0 and "cp1256.txt: not UTF-8 text (byte 0x" in bad.stderr and "Traceback" not in bad.stderr
    # the output is checked before the model is loaded (a missing model would fail later)
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    for fmt, output, message in (("brat", tmp_path / "afile", "is not a folder"), ("html", news, "is a folder"),
                                 ("html", None, "--output is required for --format html")):
        args = ["predict", "--model", str(tmp_path / "no-model"), str(news), "--format", fmt]
        out = run_cli(args + (["--output", str(output)] if output else []))
        assert out.returncode != 0 and message in out.stderr, out.stderr


@pytest.mark.parametrize("key,value,message", [
    ("window_overlap", 300, "window_overlap = 300: must be an integer from 0 to window_size - 1"),
    ("window_size", 100000, "window_size = 100000: exceeds the encoder's"),
    ("window_size", "64", "window_size = '64': must be an integer"),
    ("entity_threshold", "high", "entity_threshold = 'high': must be a number of at least 0"),
    ("relation_threshold", -0.5, "relation_threshold = -0.5: must be a number of at least 0"),
    ("entity_o_bias", "more", "entity_o_bias = 'more': must be a finite number"),
    ("entity_o_bias", float("inf"), "entity_o_bias = inf: must be a finite number"),
    ("entity_decoding", "beam", "cannot load the model .*entity_decoding must be"),
])
def test_config_values_that_would_fail_at_predict_are_refused_at_load(tiny_model_dir, tmp_path, key, value, message):
    edited = tmp_path / "edited"
    shutil.copytree(tiny_model_dir, edited)
    config = json.loads((edited / "config.json").read_text(encoding="utf-8"))
    config[key] = value
    (edited / "config.json").write_text(json.dumps(config), encoding="utf-8")
    with pytest.raises(PredictorError, match=message):
        Predictor.from_pretrained(edited)


def test_a_model_directory_without_its_tokenizer_config_is_refused_at_load(tiny_model_dir, tmp_path):
    partial = tmp_path / "partial"
    shutil.copytree(tiny_model_dir, partial)
    (partial / "tokenizer_config.json").unlink()
    with pytest.raises(PredictorError, match="missing tokenizer_config.json"):
        Predictor.from_pretrained(partial)
