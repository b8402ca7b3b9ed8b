"""Model card (`README.md`) generated into every trained model directory."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml


def _fmt(x: Any) -> str:
    return f"{x:.3f}" if isinstance(x, float) else str(x)


def _cross_validation_lines(path: str | None) -> list[str]:
    """The recorded cross-validation table of this configuration, when the config names one."""
    if not path:
        return []
    file = Path(path)
    if not file.exists():
        return ["## Cross-validation", "", f"Not available: `{path}` does not exist (write it with "
                "`python eval/cross_validate.py CONFIG --record PATH`).", ""]
    cv = json.loads(file.read_text(encoding="utf-8"))
    return ["## Cross-validation", "",
            f"Leave-one-article-out over {len(cv['folds'])} folds with this configuration, against two baselines "
            "(fit on the training and dev articles) scored on the same folds (recorded in `" + path + "`):", "", cv["table"], "",
            f"Reproduce: `{cv['command']} --record {path}`", ""]


def write_model_card(model_dir: Path, name: str, resolved: dict[str, Any], results: dict[str, Any]) -> Path:
    """Describe data, config and measured metrics of a trained joint NER+RE model."""
    model = resolved["model"]
    data = resolved["data"]
    lines = [
        "---",
        yaml.safe_dump({"language": ["ar"], "library_name": "arabic-ie", "tags": ["token-classification",
                        "relation-extraction", "arabic", "ner"], "base_model": model["checkpoint"]},
                       allow_unicode=True, sort_keys=False).rstrip(),
        "---",
        f"# {name}",
        "",
        "Joint Arabic named-entity recognition and relation extraction model trained with "
        "arabic-ie (`ArabicIEModel`: encoder + BIO entity head + proclitic head + "
        "pairwise relation head).",
        "",
        "## Usage",
        "",
        "```python",
        "from arabic_ie.modeling import ArabicIEModel",
        "from arabic_ie.modeling.inference import predict_documents",
        "from transformers import AutoTokenizer",
        f"model = ArabicIEModel.from_pretrained('{model_dir}')",
        f"tokenizer = AutoTokenizer.from_pretrained('{model_dir}')",
        "doc = predict_documents(model, tokenizer, ['وصل بوتين إلى هانوي.'])[0]",
        "```",
        "",
        "## Training data",
        "",
    ]
    counts = results.get("data_counts", {})
    if data.get("data_path"):
        lines.append(f"`{data['data_path']}` with split `{data['split']}` of `{data['splits_file']}`: "
                     + ", ".join(f"{k} {v} documents" for k, v in counts.items()) + ".")
    else:
        lines.append(", ".join(f"{k}: `{data.get(k + '_path')}` ({counts.get(k, 0)} documents)"
                               for k in ("train", "dev", "test")) + ".")
    align = results.get("alignment", {})
    lines += ["", f"Gold entities in training: {align.get('gold_entities')}; not exactly reachable from subword "
              f"tokens with word snapping and the proclitic head: {align.get('unreachable_entities')}.", ""]
    lines += ["## Configuration", "", f"- encoder: `{model['checkpoint']}`" +
              (f", initialized from `{model['init_from']}`" if model.get("init_from") else ""),
              f"- windows: {model['max_length']} subword tokens, overlap {model['stride']}",
              *([f"- lexicon feature: {results.get('lexicon_surfaces')} mention surfaces of the training documents, "
                 "stored in `config.json` (`lexicon`) and matched in every input (longest first, whole words, "
                 "proclitics allowed" + ("; spelling and inflection variants of its names match too: "
                                         "بوتن / بوتين, روسية / الروسي, أمم المتحدة / الأمم المتحدة"
                                         if model.get("lexicon_variants") else "")
                 + "); during training each document saw only the other documents' mentions"]
                if model.get("lexicon_features") else []),
              *(["- DATE, MONEY and PERCENT spans from rules (`entity_patterns`, src/arabic_ie/modeling/patterns.py) "
                 "replace the model's overlapping entities of those types"] if model.get("entity_patterns") else []),
              *(["- one name, one label per document (`entity_propagation`): the kept entities' surfaces, their "
                 "variants and a two-word person's surname are tagged wherever the document repeats them"]
                if model.get("entity_propagation") else []),
              *(["- compound names (`entity_compounds`): a kept name after a head word its lexicon teaches "
                 "(الحرب before الأوكرانية) becomes the compound name (EVENT الحرب الأوكرانية)"]
                if model.get("entity_compounds") else []),
              *([f"- entity score threshold: {results['entity_threshold']['chosen']:.2f}, the best dev entity strict F1 "
                 "of " + ", ".join(f"{t}: {f:.3f}" for t, f in results["entity_threshold"]
                                   ["dev_entity_strict_f1_by_threshold"].items())]
                if results.get("entity_threshold") else []),
              *([f"- relation threshold: {results['relation_threshold']['chosen']:.2f} (a pair takes the most probable "
                 "relation type its argument types allow when that reaches the threshold; 0 = when it beats NONE), "
                 "the best dev relation strict F1 of " + ", ".join(f"{t}: {f:.3f}" for t, f in results["relation_threshold"]
                                             ["dev_relation_strict_f1_by_threshold"].items())]
                if results.get("relation_threshold") else []),
              *([f"- pair features: the relation head reads each pair's order, same-sentence flag, mentions between "
                 f"and the tag of a lexicon of {results.get('pair_lexicon_pairs')} training surface pairs (stored in "
                 "`config.json` as `pair_lexicon`; during training each document saw only the other documents' pairs)"]
                if model.get("pair_features") else []),
              *([f"- relation classifier: {model.get('relation_classifier')}; the linear relation head is a logistic "
                 f"regression (C = {model.get('relation_linear_c')}) over "
                 f"{results['relation_linear']['features']} sparse pair features (entity types, order, mentions "
                 "and words between, the two words before, same sentence, pair lexicon tag) of "
                 f"{results['relation_linear']['pairs']} gold candidate pairs, fit after the neural training"]
                if results.get("relation_linear") else []),
              *([f"- entity vote: an entity is kept when two of three taggers agree on its span and type: the "
                 "transformer (after its threshold), its lexicon of training mentions and a CRF over clitic-split "
                 f"words fit on the {results['entity_vote']['crf_documents']} training documents (its CRFsuite "
                 f"model, {results['entity_vote']['crf_bytes']:,} bytes, is the `entity_crf` tensor of "
                 "`model.safetensors`); relations are classified between the voted entities"]
                if results.get("entity_vote") else []),
              f"- training: {resolved['training'].get('num_train_epochs')} epochs, learning rate "
              f"{resolved['training'].get('learning_rate')}, batch {resolved['training'].get('per_device_train_batch_size')}, "
              f"seed {resolved['training'].get('seed')}",
              f"- train throughput: {results['train'].get('train_tokens_per_second')} tokens/s, "
              f"{results['train'].get('wall_seconds')} s wall",
              "", "The full resolved configuration is in `training_config.yaml`, all numbers in `all_results.json`.", ""]
    if results.get("refit"):
        r = results["refit"]
        lines += ["## Refit on train + dev", "", f"The epoch count ({r['epochs']:g}) and the thresholds were chosen "
                  f"on the dev documents; this model was then trained again from the encoder on train + dev "
                  f"({r['train_windows']} windows, {r['wall_seconds']} s). The dev scores below are those of the "
                  "selection run, not of this model (which has seen the dev documents).", ""]
    if "dev" in results:
        d = results["dev"]
        lines += ["## Dev scores (best checkpoint)", "", f"entity strict F1 {_fmt(d['entity_f1'])}, relation strict F1 "
                  f"{_fmt(d['relation_f1'])}", ""]
    if "test" in results:
        t = results["test"]
        e = t["entities"]
        lines += ["## Test scores", "", "| metric | precision | recall | F1 |", "|---|---|---|---|"]
        for label, m in (("entities strict (char spans)", e["strict"]), ("entities partial", e["partial"]),
                         ("entities seqeval strict IOB2", e["seqeval_strict"]),
                         ("entities seqeval default", e["seqeval_default"])):
            lines.append(f"| {label} | {_fmt(m['precision'])} | {_fmt(m['recall'])} | {_fmt(m['f1'])} |")
        if "relations" in t:
            for mode in ("strict", "boundaries"):
                m = t["relations"][mode]
                lines.append(f"| relations {mode} | {_fmt(m['precision'])} | {_fmt(m['recall'])} | {_fmt(m['f1'])} |")
        lines += ["", "Per entity type (strict F1 / support): " + ", ".join(
            f"{k} {_fmt(v['f1'])}/{v['support']}" for k, v in e["per_type"].items() if v["support"]), ""]
    lines += _cross_validation_lines(resolved.get("run", {}).get("cross_validation_results"))
    if resolved.get("run", {}).get("card_notes"):
        lines += ["## Notes", "", resolved["run"]["card_notes"].strip(), ""]
    lines += ["## Limitations", "", "Scores on a handful of held-out articles have wide confidence intervals; "
              "the cross-validation table shows the variance across articles.", ""]
    path = Path(model_dir) / "README.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path
