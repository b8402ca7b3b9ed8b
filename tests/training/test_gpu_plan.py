"""train/gpu: the plan runner for a borrowed GPU machine and the kit's reduced corpus copy."""

from __future__ import annotations

import importlib.util
import json
import tarfile

import pytest
import torch
import yaml
from safetensors.torch import load_file, save_file

from conftest import REPO


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, REPO / "train" / "gpu" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _plan(tmp_path, plan: dict):
    path = tmp_path / "plan.yaml"
    path.write_text(yaml.safe_dump(plan), encoding="utf-8")
    return path


def _py(code: str) -> list[str]:
    return ["-c", code]


def test_jobs_wait_for_the_job_they_follow_and_a_failed_job_stops_its_followers(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    plan = _plan(tmp_path, {"jobs": [
        {"name": "first", "command": _py("open('first.txt','w').write('1')")},
        {"name": "second", "after": "first", "command": _py("import os; assert os.path.exists('first.txt')")},
        {"name": "broken", "command": _py("raise SystemExit(3)")},
        {"name": "never", "after": "broken", "command": _py("open('never.txt','w')")},
    ]})
    code = _script("run_plan").main([str(plan), "--out", str(tmp_path / "out"), "--deadline-s", "120"])
    assert code == 1  # one job failed, one never ran
    assert not (tmp_path / "never.txt").exists()
    with tarfile.open(tmp_path / "out" / "results.tar.xz") as tar:
        assert {"logs/first.log", "logs/second.log", "logs/broken.log"} <= set(tar.getnames())


def test_the_deadline_kills_running_jobs_and_still_writes_the_results(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    plan = _plan(tmp_path, {"jobs": [{"name": "slow", "command": _py("import time; time.sleep(60)")}],
                            "return_globs": ["*.json"]})
    (tmp_path / "kept.json").write_text("{}")
    monkeypatch.delenv("T0", raising=False)
    code = _script("run_plan").main([str(plan), "--out", str(tmp_path / "out"), "--deadline-s", "1.5"])
    assert code == 1
    with tarfile.open(tmp_path / "out" / "results.tar.xz") as tar:
        assert "kept.json" in tar.getnames()


def test_a_returned_model_comes_back_in_fp16_parts_that_join_into_the_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    model = tmp_path / "runs" / "m" / "model"
    model.mkdir(parents=True)
    (model / "config.json").write_text(json.dumps({"a": 1}))
    save_file({"w": torch.randn(600, 1000), "step": torch.tensor([3])}, str(model / "model.safetensors"))
    plan = _plan(tmp_path, {"jobs": [{"name": "train", "command": _py("pass")}],
                            "return_models": [{"name": "m", "dir": "runs/m/model", "after": ["train"]}]})
    assert _script("run_plan").main([str(plan), "--out", str(tmp_path / "out"), "--deadline-s", "120"]) == 0
    parts = sorted((tmp_path / "out").glob("m.tar.part*"))
    assert parts
    (tmp_path / "joined.tar").write_bytes(b"".join(p.read_bytes() for p in parts))
    with tarfile.open(tmp_path / "joined.tar") as tar:
        tar.extractall(tmp_path / "back", filter="data")
    weights = load_file(str(tmp_path / "back" / "m" / "model.safetensors"))
    assert weights["w"].dtype == torch.float16 and weights["step"].dtype == torch.int64
    original = load_file(str(model / "model.safetensors"))["w"]
    assert torch.allclose(weights["w"].float(), original, atol=1e-2)


def test_the_kit_keeps_only_the_manifests_documents_at_their_positions(tmp_path):
    from arabic_ie.data.news_sample import load_text, read_manifest, sha256

    corpora = tmp_path / "corpora" / "saudinewsnet"
    corpora.mkdir(parents=True)
    docs = ["عنوان أول\nنص الخبر الأول.", "عنوان ثان\nنص الخبر الثاني.", "عنوان ثالث\nنص الخبر الثالث."]
    (corpora / "part000.txt").write_text("\n\n".join(docs) + "\n", encoding="utf-8")
    entry = {"id": "part000_0002", "corpus": "saudinewsnet", "file": "part000.txt", "index": 2,
             "sha256": sha256(docs[2]), "chars": len(docs[2]), "words": 4, "section": "local", "drawn": "random"}
    manifest = tmp_path / "manifest.json"
    manifest.write_text(json.dumps({"documents": [entry]}), encoding="utf-8")
    out = tmp_path / "kit" / "corpora"
    assert _script("build_kit").blanked_corpora(manifest, tmp_path / "corpora", out) == 1
    text = (out / "saudinewsnet" / "part000.txt").read_text(encoding="utf-8")
    assert "الأول" not in text and "الثاني" not in text
    (kept,) = read_manifest(manifest)
    assert sha256(load_text(out, kept)) == entry["sha256"]


@pytest.mark.parametrize("plan", sorted((REPO / "train" / "gpu" / "plans").glob("*.yaml")), ids=lambda p: p.stem)
def test_every_shipped_plan_names_scripts_and_configs_that_exist(plan):
    data = yaml.safe_load(plan.read_text(encoding="utf-8"))
    names = {job["name"] for job in data["jobs"]}
    for job in data["jobs"]:
        script, config = job["command"][0], job["command"][1]
        assert (REPO / script).is_file() and (REPO / config).is_file(), job["name"]
        assert job.get("after") in names | {None}
    for model in data.get("return_models", []):
        assert set(model.get("after", [])) <= names
