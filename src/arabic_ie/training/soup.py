"""Weight averaging of fine-tuned runs ("model soups", Wortsman et al., ICML 2022).

Runs of one recipe that start from the same weights (same ``seed``) and differ only in their data order
(``data_seed``) stay in one basin of the loss; the average of their weights is one model of the same size and
speed, less subject to the luck of one data order (here it measured at or above the mean of its runs, and above
every run for the relation-marker recipe: docs/results.md, eleventh session). Only such runs can be
averaged: the directories must agree on everything but their weights (config, tokenizer, word vocabulary,
boosters), which is checked here before anything is written.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Any, Sequence

import torch
import yaml

from ..extractor import Extractor, check_model_directory

# Files a run writes about itself; every other file of the directories must be byte-identical.
RUN_RECORDS = {"model.safetensors", "README.md", "all_results.json", "training_config.yaml", "config.json"}
# config.json keys that say nothing about the model's behaviour (the storage dtype included: a run shipped in fp16
# averages with one saved in fp32, the mean taken in fp32); also ignored inside the nested encoder config.
VOLATILE_CONFIG_KEYS = {"transformers_version", "_name_or_path", "dtype", "torch_dtype", "use_cache"}
# all_results.json entries that describe the data and code, the same for every ingredient of one recipe.
SHARED_RESULTS = ("alignment", "boosters", "word_vectors", "data", "data_counts", "datasets", "versions")


class SoupError(ValueError):
    """Model directories that cannot be averaged, with the reason."""


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _config(path: Path) -> dict[str, Any]:
    config = json.loads((path / "config.json").read_text(encoding="utf-8"))
    return {k: {kk: vv for kk, vv in v.items() if kk not in VOLATILE_CONFIG_KEYS} if isinstance(v, dict) else v
            for k, v in config.items() if k not in VOLATILE_CONFIG_KEYS}


def check_compatible(model_dirs: Sequence[Path]) -> None:
    """Raise `SoupError` unless every directory has the first one's config and the same auxiliary files."""
    first = Path(model_dirs[0])
    config = _config(first)
    files = {p.relative_to(first) for p in first.rglob("*") if p.is_file() and p.name not in RUN_RECORDS}
    for other in map(Path, model_dirs[1:]):
        other_config = _config(other)
        differing = sorted(k for k in config.keys() | other_config.keys() if config.get(k) != other_config.get(k))
        if differing:
            raise SoupError(f"{other}: config.json differs from {first} in {', '.join(differing)}; only runs of one "
                            "recipe (same settings and seed, another data_seed) can be averaged")
        other_files = {p.relative_to(other) for p in other.rglob("*") if p.is_file() and p.name not in RUN_RECORDS}
        if files != other_files:
            raise SoupError(f"{other}: its files ({', '.join(sorted(map(str, other_files ^ files)))} differ) are not "
                            f"those of {first}")
        for name in sorted(files):
            if _sha256(first / name) != _sha256(other / name):
                raise SoupError(f"{other / name} differs from {first / name} (tokenizer, word vocabulary or "
                                "boosters): the runs do not share their inputs")


def average_state_dicts(state_dicts: Sequence[dict[str, torch.Tensor]], weights: Sequence[float],
                        names: Sequence[str]) -> dict[str, torch.Tensor]:
    """The weighted mean of floating tensors (computed in fp32, stored in the first state dict's dtype, so an fp16
    copy of a run averages with an fp32 one); other tensors (integer buffers) must be equal. ``names`` label the
    state dicts in errors."""
    keys = list(state_dicts[0])
    out: dict[str, torch.Tensor] = {}
    for sd, name in zip(state_dicts[1:], names[1:]):
        if set(sd) != set(keys):
            extra = sorted(set(sd) ^ set(keys))[:5]
            raise SoupError(f"{name}: its weights are not those of {names[0]} (differing tensors: {', '.join(extra)})")
    for key in keys:
        tensors = [sd[key] for sd in state_dicts]
        for tensor, name in zip(tensors[1:], names[1:]):
            same_kind = tensor.dtype == tensors[0].dtype or (tensor.is_floating_point() and
                                                             tensors[0].is_floating_point())
            if tensor.shape != tensors[0].shape or not same_kind:
                raise SoupError(f"{name}: tensor {key} is {tuple(tensor.shape)} {tensor.dtype}, "
                                f"{names[0]} has {tuple(tensors[0].shape)} {tensors[0].dtype}")
        if all(t.dtype == tensors[0].dtype and torch.equal(t, tensors[0]) for t in tensors[1:]):  # frozen or buffers
            out[key] = tensors[0].clone()
        elif tensors[0].is_floating_point():
            mean = sum(w * t.float() for w, t in zip(weights, tensors))
            out[key] = mean.to(tensors[0].dtype)
        else:
            raise SoupError(f"non-float tensor {key} differs between {', '.join(names)}; cannot average")
    return out


def _weights(count: int, weights: Sequence[float] | None) -> list[float]:
    if weights is None:
        return [1.0 / count] * count
    if len(weights) != count:
        raise SoupError(f"{len(weights)} weights for {count} model directories")
    if any(w < 0 for w in weights) or sum(weights) <= 0:
        raise SoupError(f"weights must be non-negative and not all zero, got {list(weights)}")
    total = float(sum(weights))
    return [w / total for w in weights]


def soup_models(model_dirs: Sequence[str | Path], output_dir: str | Path,
                weights: Sequence[float] | None = None) -> dict[str, Any]:
    """Average the weights of ``model_dirs`` into a model directory at ``output_dir``; returns its record.

    The directory loads like any other (`Predictor.from_pretrained`); its ``all_results.json`` keeps the data
    description of the runs and each ingredient's own dev / test scores under ``soup``, none as the soup's own
    (score it with eval/heldout.py or ``arabic-ie evaluate``).
    """
    dirs = [Path(d) for d in model_dirs]
    if len(dirs) < 2:
        raise SoupError("a soup needs at least two model directories")
    output = Path(output_dir)
    if output.resolve() in {d.resolve() for d in dirs}:
        raise SoupError(f"{output}: the output directory is one of the ingredients")
    share = _weights(len(dirs), weights)
    for d in dirs:  # every directory checked before any is loaded
        check_model_directory(d)
    extractors = [Extractor.from_pretrained(d) for d in dirs]  # checks each directory
    check_compatible(dirs)
    names = [str(d) for d in dirs]
    averaged = average_state_dicts([e.model.state_dict() for e in extractors], share, names)
    base = extractors[0]
    base.model.load_state_dict(averaged)
    tmp = output.parent / f".{output.name}.partial"
    shutil.rmtree(tmp, ignore_errors=True)
    base.save_pretrained(tmp)

    ingredients = []
    for d, w in zip(dirs, share):
        results = _read_json(d / "all_results.json")
        ingredients.append({"model_dir": str(d), "weight": round(w, 6),
                            "model_sha256": _sha256(d / "model.safetensors"),
                            "data_seed": _training_value(d, "data_seed"), "seed": _training_value(d, "seed"),
                            "dev": results.get("dev"), "test_summary": _test_summary(results.get("test"))})
    record = {"method": "uniform" if weights is None else "weighted", "ingredients": ingredients}
    first_results = _read_json(dirs[0] / "all_results.json")
    results = {k: first_results[k] for k in SHARED_RESULTS if k in first_results}
    results["soup"] = record
    (tmp / "all_results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    resolved_path = dirs[0] / "training_config.yaml"
    if resolved_path.is_file():
        resolved = yaml.safe_load(resolved_path.read_text(encoding="utf-8")) or {}
        resolved["soup"] = {"ingredients": [{"model_dir": i["model_dir"], "weight": i["weight"],
                                             "data_seed": i["data_seed"]} for i in ingredients]}
        (tmp / "training_config.yaml").write_text(yaml.safe_dump(resolved, allow_unicode=True, sort_keys=False),
                                                  encoding="utf-8")
    (tmp / "README.md").write_text(_card(dirs, share), encoding="utf-8")
    if output.exists():
        shutil.rmtree(output)
    tmp.rename(output)
    return record


def _read_json(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise SoupError(f"{path}: not valid JSON ({exc})") from None


def _training_value(model_dir: Path, key: str) -> Any:
    path = model_dir / "training_config.yaml"
    if not path.is_file():
        return None
    resolved = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return (resolved.get("training") or {}).get(key)


def _test_summary(test: dict[str, Any] | None) -> dict[str, float] | None:
    if not test:
        return None
    out = {}
    entities = test.get("entities") or {}
    if "strict" in entities:
        out["entity_strict_f1"] = entities["strict"].get("f1")
    relations = test.get("relations") or {}
    if "strict" in relations:
        out["relation_strict_f1"] = relations["strict"].get("f1")
    return out or None


def _card(dirs: Sequence[Path], share: Sequence[float]) -> str:
    rows = "\n".join(f"| `{d}` | {w:.3f} | {_training_value(d, 'data_seed')} |" for d, w in zip(dirs, share))
    return ("# Weight-averaged model (soup)\n\n"
            "The weighted mean of the weights of these runs of one recipe (same settings and initialization, other "
            "data orders); `python -m arabic_ie.training.soup` / `arabic-ie soup` made it. Its scores are not the "
            "runs' own: measure it (eval/heldout.py, `arabic-ie evaluate`); `train/ship_model.py` renders a full "
            "card when it is shipped.\n\n| run | weight | data_seed |\n|---|---|---|\n" + rows + "\n")
