"""Model card (`README.md`) of a trained model directory, rendered from a template by `huggingface_hub.ModelCard`."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any

from huggingface_hub import ModelCard, ModelCardData

TEMPLATE = files("arabic_ie") / "templates" / "model_card.md"
#: The embedded encoder's terms (its pretraining corpora: SaudiNewsNet CC BY-NC-SA 4.0, ANT research use).
EMBEDDED_LICENSE = "cc-by-nc-sa-4.0"


@dataclass
class ModelCardInfo:
    """Everything the model card template shows, collected from the resolved config and the run's results."""

    name: str
    model_dir: str
    base_model: str
    init_from: str | None
    window_size: int
    window_overlap: int
    entity_types: list[str]
    relation_types: list[str]
    data_line: str
    gold_entities: Any
    unreachable_entities: Any
    setting_lines: list[str] = field(default_factory=list)
    boosters: list[str] = field(default_factory=list)
    refit: dict[str, Any] | None = None
    dev: dict[str, Any] | None = None
    test_rows: list[tuple[str, float, float, float]] = field(default_factory=list)
    per_type: str = ""
    cross_validation: str = ""
    notes: str = ""
    license: str = "other"
    license_text: str = ""
    datasets: list[str] = field(default_factory=list)


def _license(base_model: str) -> tuple[str, str]:
    if "arabic-bert-mini" in base_model:
        return EMBEDDED_LICENSE, ("The encoder `arabic-bert-mini` was pretrained on SaudiNewsNet (CC BY-NC-SA 4.0) and "
                                  "ANT (research use with citation): this model inherits non-commercial terms, and the "
                                  "terms of its training data.")
    return "other", f"Inherits the terms of the encoder `{base_model}` and of its training data."


def _data_line(data: dict[str, Any], counts: dict[str, int], datasets: dict[str, Any] | None = None) -> str:
    if datasets:
        entries = {e.get("name"): e for e in _dataset_entries(data)}
        return "Several corpora (documents / entity mentions per part; training counts after weighting):\n\n" + "\n".join(
            f"- {name} (`{entries.get(name, {}).get('path', '?')}`): "
            + ", ".join(f"{p} {c[p]} / {c['entities'][p]}" for p in ("train", "dev", "test") if c[p])
            for name, c in datasets.items())
    if data.get("data_path"):
        return (f"`{data['data_path']}` with split `{data['split']}` of `{data['splits_file']}`: "
                + ", ".join(f"{k} {v} documents" for k, v in counts.items()) + ".")
    return ", ".join(f"{k}: `{data.get(k + '_path')}` ({counts.get(k, 0)} documents)" for k in ("train", "dev", "test")) + "."


def _dataset_entries(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The ``datasets:`` entries of a resolved config's data section (none without the key)."""
    return [e for e in data.get("datasets") or [] if isinstance(e, dict)]


def _settings(resolved: dict[str, Any], results: dict[str, Any]) -> list[str]:
    training = resolved["training"]
    lines = []
    for key, what in (("entity_threshold", "entity score threshold"), ("relation_threshold", "relation threshold")):
        if results.get(key):
            table = next(v for k, v in results[key].items() if k.startswith("dev_"))
            lines.append(f"{what}: {results[key]['chosen']:.2f}, the best dev F1 of "
                         + ", ".join(f"{t}: {f:.3f}" for t, f in table.items()))
    vectors = resolved["model"].get("word_vectors") or f"init_from {resolved['model'].get('init_from')}"
    if results.get("word_vectors"):
        info = results["word_vectors"]
        lines.append(f"static word vectors: {info['words']:,} words x {info['dim']} (frozen; from "
                     f"`{vectors}`), projected onto the input embeddings"
                     + (f"; a word the table lacks reads the row of the nearest known word by character n-grams "
                        f"(cosine >= {info['oov_similarity']})" if info.get("oov") == "nearest" else ""))
    if resolved["model"].get("entity_crf"):
        lines.append("entity head: a linear-chain CRF (learned label transitions, trained on the allowed label "
                     "paths), Viterbi decoding with its transitions")
    styles: dict[str, list[str]] = {}
    for entry in _dataset_entries(resolved.get("data", {})):
        if entry.get("style"):
            styles.setdefault(str(entry["style"]), []).append(str(entry.get("name") or entry.get("path")))
    if styles:
        lines.append("annotation styles: an entity head of its own for " + "; ".join(
            f"`{style}` ({', '.join(names)})" for style, names in styles.items())
            + "; the model predicts with its own head, trained on the other datasets "
              "(`Predictor.from_pretrained(path, style=NAME)` picks another)")
    if results.get("head_mix"):
        mix = results["head_mix"]
        lines.append("own entity head mixed with the style heads (`arabic-ie mix-heads`): " + "; ".join(
            f"{share:g} of `{style}` on {', '.join(mix['labels'][style])}" for style, share in mix["shares"].items())
            + "; its other rows are the own head's")
    if resolved["model"].get("relation_markers"):
        lines.append("relations: scored on a second encoder pass with every mention marked by type")
    if resolved["model"].get("token_mask_prob"):
        lines.append(f"word dropout: {resolved['model']['token_mask_prob']} of the labelled input subwords masked in training")
    lines.append(f"training: {training.get('num_train_epochs')} epochs, learning rate {training.get('learning_rate')}, "
                 f"batch {training.get('per_device_train_batch_size')}, seed {training.get('seed')}")
    if results.get("train"):
        lines.append(f"train throughput: {results['train'].get('train_tokens_per_second')} tokens/s, "
                     f"{results['train'].get('wall_seconds')} s wall")
    if results.get("soup"):
        runs = results["soup"]["ingredients"]
        lines.append(f"weights: the {results['soup']['method']} mean of {len(runs)} runs of this recipe that differ "
                     "only in data order (data_seed " + ", ".join(str(r.get("data_seed")) for r in runs)
                     + "; `arabic-ie soup`)")
    return lines


def _cross_validation(path: str | None) -> str:
    if not path:
        return ""
    file = Path(path)
    if not file.exists():
        return f"Not available: `{path}` does not exist (write it with `python eval/cross_validate.py CONFIG --record PATH`)."
    try:
        cv = json.loads(file.read_text(encoding="utf-8"))
        cv["folds"], cv["table"], cv["command"]
    except (ValueError, KeyError, TypeError):
        return (f"Not available: `{path}` is not a record of `python eval/cross_validate.py CONFIG --record PATH` "
                "(no folds, table and command in it).")
    return (f"Leave-one-article-out over {len(cv['folds'])} folds with this configuration, against two baselines (fit on "
            f"the training and dev articles) scored on the same folds (recorded in `{path}`):\n\n{cv['table']}\n\n"
            f"Reproduce: `{cv['command']} --record {path}`")


def _test_rows(test: dict[str, Any] | None) -> tuple[list[tuple[str, float, float, float]], str]:
    if not test:
        return [], ""
    e = test["entities"]
    rows = [(label, m["precision"], m["recall"], m["f1"]) for label, m in (
        ("entities strict (char spans)", e["strict"]), ("entities partial", e["partial"]),
        ("entities seqeval strict IOB2", e["seqeval_strict"]), ("entities seqeval default", e["seqeval_default"]))]
    for mode in ("strict", "boundaries"):
        if "relations" in test:
            m = test["relations"][mode]
            rows.append((f"relations {mode}", m["precision"], m["recall"], m["f1"]))
    per_type = ", ".join(f"{k} {v['f1']:.3f}/{v['support']}" for k, v in e["per_type"].items() if v["support"])
    return rows, per_type


def model_card_info(model_dir: Path, name: str, resolved: dict[str, Any], results: dict[str, Any],
                    boosters) -> ModelCardInfo:
    model, run = resolved["model"], resolved.get("run", {})
    schema = boosters.schema
    align = results.get("alignment", {})
    rows, per_type = _test_rows(results.get("test"))
    license_id, license_text = _license(model["checkpoint"])
    return ModelCardInfo(
        name=name, model_dir=str(model_dir), base_model=model["checkpoint"], init_from=model.get("init_from"),
        window_size=model["max_length"], window_overlap=model["stride"], entity_types=list(schema.entity_types),
        relation_types=list(schema.relation_names), data_line=_data_line(resolved["data"], results.get("data_counts", {}), results.get("datasets")),
        gold_entities=align.get("gold_entities"), unreachable_entities=align.get("unreachable_entities"),
        setting_lines=_settings(resolved, results), boosters=boosters.describe(), refit=results.get("refit"),
        dev=results.get("dev"), test_rows=rows, per_type=per_type,
        cross_validation=_cross_validation(run.get("cross_validation_results")),
        notes=(run.get("card_notes") or "").strip(), license=license_id, license_text=license_text,
        datasets=_dataset_names(resolved["data"]))


def _dataset_names(data: dict[str, Any]) -> list[str]:
    """The corpora a model was trained on: each ``datasets:`` entry's name, else the one data path."""
    named = [d.get("name") or Path(str(d.get("path", ""))).name for d in _dataset_entries(data)]
    single = data.get("data_path") or data.get("train_path")
    return [n for n in named if n] or ([Path(str(single)).name] if single else [])


def _eval_results(info: "ModelCardInfo") -> list:
    """The model-index: strict entity and relation F1 on the run's test part."""
    from huggingface_hub import EvalResult

    wanted = {"entities strict (char spans)": ("f1", "entity strict F1"), "relations strict": ("f1", "relation strict F1")}
    name = ", ".join(info.datasets) or "test part"
    return [EvalResult(task_type="token-classification", task_name="Arabic NER and relation extraction",
                       dataset_type="arabic-ie", dataset_name=f"{name} (test part of the training config)",
                       dataset_split="test", metric_type=wanted[label][0], metric_name=wanted[label][1],
                       metric_value=round(f1, 4))
            for label, _, _, f1 in info.test_rows if label in wanted]


def render_model_card(info: ModelCardInfo) -> ModelCard:
    results = _eval_results(info)
    data = ModelCardData(language=["ar"], license=info.license, library_name="arabic-ie", base_model=info.base_model,
                         tags=["token-classification", "relation-extraction", "arabic", "ner"],
                         datasets=info.datasets or None, model_name=info.name if results else None,
                         eval_results=results or None)
    return ModelCard.from_template(data, template_str=TEMPLATE.read_text(encoding="utf-8"), **asdict(info))


def write_model_card(model_dir: Path, name: str, resolved: dict[str, Any], results: dict[str, Any], boosters) -> Path:
    """Describe data, config, boosters and measured metrics of a trained model; returns the card's path."""
    path = Path(model_dir) / "README.md"
    card = render_model_card(model_card_info(model_dir, name, resolved, results, boosters))
    path.write_text(str(card), encoding="utf-8")
    return path
