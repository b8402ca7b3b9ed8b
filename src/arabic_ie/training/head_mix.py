"""Mix annotation-style entity heads into the model's own head (a weight-space merge of linear heads).

A model trained with annotation styles (``ArabicIEConfig.entity_styles``) has one linear entity head per style
beside its own, all on the same encoder features and label list. The style heads learned from far more text (the
public corpora) but draw spans by those corpora's conventions; the own head learned the project's guidelines from
fewer articles. Since the heads are linear, mixing their logits is mixing their weights: for each label row ``r``
of a style's types (and ``O``),

    own[r] <- (1 - sum of the shares on r) * own[r] + sum over styles s of share_s * head_s[r]

and every other row (types a style's corpora do not annotate, e.g. DATE for FANE) keeps the own head's. The
result is an ordinary model directory of the same size and speed; the style heads are kept as they were.
Choose the shares on dev data (docs/results.md, twenty-first session) and score the result before use.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any, Mapping, Sequence

import torch
import yaml
from safetensors.torch import load_file, save_file

from ..extractor import check_model_directory

OWN_HEAD = "entity_classifier"


class HeadMixError(ValueError):
    """A mix that cannot be made, with the reason."""


def style_types(model_dir: Path) -> dict[str, list[str]]:
    """Each style's entity types: the union of ``annotates`` of the training datasets of that style, read from
    the model directory's ``training_config.yaml`` (empty where the file or the lists are absent)."""
    path = Path(model_dir) / "training_config.yaml"
    if not path.is_file():
        return {}
    resolved = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    types: dict[str, list[str]] = {}
    for dataset in (resolved.get("data") or {}).get("datasets") or []:
        style = dataset.get("style")
        if style and dataset.get("annotates"):
            known = types.setdefault(style, [])
            known.extend(t for t in dataset["annotates"] if t not in known)
    return types


def mixed_rows(id2label: Mapping[int, str], types: Sequence[str]) -> list[int]:
    """Label ids a style's head speaks for: ``O`` and the B-/I- labels of ``types``."""
    wanted = set(types)
    return [i for i, label in sorted(id2label.items()) if label == "O" or label.split("-", 1)[-1] in wanted]


def mix_state(state: dict, styles: Sequence[str], shares: Mapping[str, float],
              rows: Mapping[str, Sequence[int]]) -> dict:
    """A copy of ``state`` whose own entity head mixes in the style heads (computed in fp32, stored in the own
    head's dtype)."""
    out = dict(state)
    kept = torch.ones(state[f"{OWN_HEAD}.bias"].shape[0])  # the own head's share of each row
    for style, share in shares.items():
        kept[list(rows[style])] -= share
    for part in ("weight", "bias"):
        own = state[f"{OWN_HEAD}.{part}"].float()
        mixed = own * kept.view(-1, *([1] * (own.dim() - 1)))
        for style, share in shares.items():
            head = state[f"style_classifiers.{styles.index(style)}.{part}"].float()
            for r in rows[style]:
                mixed[r] += share * head[r]
        out[f"{OWN_HEAD}.{part}"] = mixed.to(state[f"{OWN_HEAD}.{part}"].dtype)
    return out


def _check(model_dir: Path, config: dict[str, Any], shares: Mapping[str, float],
           types: Mapping[str, Sequence[str]]) -> dict[str, list[int]]:
    styles = config.get("entity_styles") or []
    if not styles:
        raise HeadMixError(f"{model_dir}: this model has no annotation-style heads (config.json entity_styles); "
                           "nothing to mix")
    if not shares:
        raise HeadMixError("no style shares given (e.g. fane=0.3)")
    id2label = {int(k): v for k, v in config["id2label"].items()}
    known_types = {label.split("-", 1)[-1] for label in id2label.values() if label != "O"}
    rows: dict[str, list[int]] = {}
    for style, share in shares.items():
        if style not in styles:
            raise HeadMixError(f"style {style!r}: this model's styles are {', '.join(styles)}")
        if not 0.0 < share <= 1.0:
            raise HeadMixError(f"style {style!r}: share {share} must be in (0, 1]")
        if not types.get(style):
            raise HeadMixError(f"style {style!r}: its entity types are unknown ({model_dir}/training_config.yaml "
                               "has no dataset of this style with `annotates`); give them (e.g. PER,ORG)")
        unknown = sorted(set(types[style]) - known_types)
        if unknown:
            raise HeadMixError(f"style {style!r}: unknown entity types {', '.join(unknown)}; the model's are "
                               f"{', '.join(sorted(known_types))}")
        rows[style] = mixed_rows(id2label, types[style])
    totals: dict[int, float] = {}
    for style, share in shares.items():
        for r in rows[style]:
            totals[r] = totals.get(r, 0.0) + share
    over = [id2label[r] for r, total in sorted(totals.items()) if total > 1.0 + 1e-9]
    if over:
        raise HeadMixError(f"the shares on {', '.join(over)} add up to more than 1")
    return rows


def mix_style_heads(model_dir: str | Path, output_dir: str | Path, shares: Mapping[str, float],
                    types: Mapping[str, Sequence[str]] | None = None) -> dict[str, Any]:
    """Write a copy of ``model_dir`` to ``output_dir`` whose own entity head mixes in the style heads by
    ``shares`` (style -> share of its rows); ``types`` (style -> entity types) overrides the types read from the
    training config. Returns the record also written to ``all_results.json`` and ``training_config.yaml``."""
    source, output = Path(model_dir), Path(output_dir)
    check_model_directory(source)
    if output.resolve() == source.resolve():
        raise HeadMixError(f"{output}: the output directory is the model directory")
    config = json.loads((source / "config.json").read_text(encoding="utf-8"))
    resolved_types = {**style_types(source), **{k: list(v) for k, v in (types or {}).items()}}
    rows = _check(source, config, shares, resolved_types)
    try:
        state = load_file(source / "model.safetensors")
    except Exception as exc:  # a corrupt or truncated file: say which
        raise HeadMixError(f"{source}/model.safetensors: cannot be read ({exc})") from None
    needed = [f"{OWN_HEAD}.weight"] + [f"style_classifiers.{i}.weight" for i in range(len(config["entity_styles"]))]
    missing = [k for k in needed if k not in state]
    if missing:
        raise HeadMixError(f"{source}/model.safetensors: missing {', '.join(missing)}")
    mixed = mix_state(state, config["entity_styles"], shares, rows)
    record = {"source": str(source), "shares": dict(shares),
              "types": {s: list(resolved_types[s]) for s in shares},
              "labels": {s: [config["id2label"][str(r)] for r in rows[s]] for s in shares}}

    tmp = output.parent / f".{output.name}.partial"
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.copytree(source, tmp)
    save_file(mixed, tmp / "model.safetensors", metadata={"format": "pt"})
    results_path = tmp / "all_results.json"
    results = json.loads(results_path.read_text(encoding="utf-8")) if results_path.is_file() else {}
    results = {k: v for k, v in results.items() if k not in ("dev", "test")}  # the source's scores are not the mix's
    results["head_mix"] = record
    results_path.write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    resolved_path = tmp / "training_config.yaml"
    if resolved_path.is_file():
        resolved = yaml.safe_load(resolved_path.read_text(encoding="utf-8")) or {}
        resolved["head_mix"] = {"source": str(source), "shares": dict(shares), "types": record["types"]}
        resolved_path.write_text(yaml.safe_dump(resolved, allow_unicode=True, sort_keys=False), encoding="utf-8")
    share_text = ", ".join(f"{s} {v:g} on {', '.join(record['labels'][s])}" for s, v in shares.items())
    (tmp / "README.md").write_text(
        "# Model with mixed entity heads\n\n"
        f"`{source}` with its own entity head mixed with its annotation-style heads (`arabic-ie mix-heads`): "
        f"{share_text}; the other rows are the own head's. Its scores are not the source's: measure it "
        "(eval/heldout.py, `arabic-ie evaluate`); `train/ship_model.py` renders a full card when it is shipped.\n",
        encoding="utf-8")
    if output.exists():
        shutil.rmtree(output)
    tmp.rename(output)
    return record
