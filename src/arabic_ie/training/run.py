"""The fine-tuning job behind `train/train.py`: data, model, Trainer loop, best model, test scores."""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import platform
import time
from functools import partial
from pathlib import Path
from typing import Any

import torch
import transformers
import yaml
from transformers import AutoTokenizer, Trainer, TrainingArguments

from ..config import ConfigError
from ..data.document import Document
from ..data.errors import AnnotationError
from ..data.io import load_documents
from ..data.splits import load_splits
from ..data.validate import known_surfaces, validate_document
from ..modeling import ArabicIEModel
from ..modeling.candidates import get_candidate_fn
from ..modeling.crf import CRFTagger
from ..modeling.features import AlignmentReport, collate, window_features
from ..modeling.lexicon import Lexicon, mention_counts
from ..modeling.pair_features import PairLexicon
from ..modeling.relation_linear import CLASSIFIERS, fit_linear_relation_head
from ..modeling.inference import predict_documents
from ..evaluation.metrics import score_entities, score_relations
from ..schema import SEED_SCHEMA, Schema, entity_only_schema
from .args import DataArguments, ModelArguments, RunArguments
from .threshold import tune_entity_threshold, tune_relation_threshold

logger = logging.getLogger(__name__)
ENTITY_ENSEMBLES = ("none", "vote")


def resolve_schema(data_args: DataArguments) -> Schema:
    if data_args.entity_types:
        return entity_only_schema(data_args.entity_types, name="conll")
    return SEED_SCHEMA


def _tag_map(entries: list[str]) -> dict[str, str]:
    mapping = {}
    for entry in entries:
        if "=" not in entry:
            raise ConfigError(f"config key tag_map: entry {entry!r} must look like SOURCE=TARGET")
        src, dst = entry.split("=", 1)
        mapping[src.strip()] = dst.strip()
    return mapping


def _load(path: str, key: str, data_args: DataArguments, schema: Schema) -> list[Document]:
    if not Path(path).exists():
        raise ConfigError(f"config key {key}: {path} does not exist")
    return load_documents(path, fmt=data_args.data_format, tag_map=_tag_map(data_args.tag_map),
                          entity_types=schema.entity_types)


def load_parts(data_args: DataArguments, schema: Schema) -> dict[str, list[Document]]:
    """Train/dev/test documents as the config describes them, validated against the schema."""
    if data_args.train_path:
        parts = {"train": _load(data_args.train_path, "train_path", data_args, schema),
                 "dev": _load(data_args.dev_path, "dev_path", data_args, schema) if data_args.dev_path else [],
                 "test": _load(data_args.test_path, "test_path", data_args, schema) if data_args.test_path else []}
    elif data_args.data_path:
        docs = _load(data_args.data_path, "data_path", data_args, schema)
        if not data_args.splits_file:
            raise ConfigError("config key splits_file: required with data_path (or give train_path/dev_path/test_path)")
        if not Path(data_args.splits_file).exists():
            raise ConfigError(f"config key splits_file: {data_args.splits_file} does not exist")
        splits = load_splits(data_args.splits_file)
        if data_args.split not in splits:
            raise ConfigError(f"config key split: {data_args.split!r} not in {data_args.splits_file} "
                              f"(known: {', '.join(splits)})")
        parts = splits[data_args.split].select(docs)
    else:
        raise ConfigError("config keys data_path or train_path: say where the training documents are")
    if data_args.max_train_documents:
        parts["train"] = parts["train"][:data_args.max_train_documents]
    if not parts["dev"] and data_args.dev_fraction > 0:
        n_dev = max(1, int(len(parts["train"]) * data_args.dev_fraction))
        parts["dev"], parts["train"] = parts["train"][-n_dev:], parts["train"][:-n_dev]
    if not parts["train"]:
        raise ConfigError("no training documents after applying the config")
    all_docs = [d for docs in parts.values() for d in docs]
    surfaces = known_surfaces(all_docs) if schema.relation_types else set()
    problems = []
    for doc in all_docs:
        for p in validate_document(doc, schema, surfaces):
            if schema.relation_types or "proclitic" not in p.message:
                problems.append(p)
    if problems:
        raise AnnotationError(problems[:50])
    return parts


def check_checkpoint(checkpoint: str, key: str = "checkpoint") -> None:
    """Fail early, once, with the config key, when an encoder checkpoint cannot be loaded."""
    path = Path(checkpoint)
    looks_local = path.is_absolute() or checkpoint.startswith((".", "models/", "runs/")) or path.exists()
    if looks_local:
        if not (path / "config.json").exists():
            raise ConfigError(f"config key {key}: {checkpoint} is not a model directory (no config.json there)")
        return
    from huggingface_hub import snapshot_download

    try:
        snapshot_download(checkpoint, local_files_only=True, allow_patterns=["config.json"])
        return
    except Exception:
        pass
    if os.environ.get("HF_HUB_OFFLINE", "0") not in ("0", "", "false", "False"):
        raise ConfigError(f"config key {key}: {checkpoint!r} is not in the local Hugging Face cache and "
                          f"HF_HUB_OFFLINE is set; download it on a machine with internet first")
    try:
        snapshot_download(checkpoint, allow_patterns=["config.json"], etag_timeout=5)
    except Exception as exc:
        raise ConfigError(f"config key {key}: cannot load {checkpoint!r} from the Hugging Face hub "
                          f"({type(exc).__name__}); this needs network access, or use a local directory") from None


class ArabicIETrainer(Trainer):
    """`Trainer` whose evaluation decodes whole dev documents and scores entities and relations."""

    def __init__(self, *args, eval_documents: list[Document] | None = None, schema: Schema = SEED_SCHEMA,
                 candidate_fn=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.eval_documents = eval_documents or []
        self.schema = schema
        self.candidate_fn = candidate_fn or get_candidate_fn("schema")

    def evaluate(self, eval_dataset=None, ignore_keys=None, metric_key_prefix: str = "eval") -> dict[str, float]:
        start = time.time()
        metrics = document_scores(self.model, self.processing_class, self.eval_documents, self.schema,
                                  self.args.per_device_eval_batch_size, self.args.device, self.candidate_fn)
        out = {f"{metric_key_prefix}_{k}": v for k, v in metrics.items()}
        out[f"{metric_key_prefix}_runtime"] = round(time.time() - start, 2)
        self.log(out)
        self.control = self.callback_handler.on_evaluate(self.args, self.state, self.control, out)
        return out


def document_scores(model, tokenizer, documents: list[Document], schema: Schema, batch_size: int, device,
                    candidate_fn=None) -> dict[str, float]:
    """Headline scores used to pick the best checkpoint."""
    if not documents:
        return {"entity_f1": 0.0, "relation_f1": 0.0, "combined_f1": 0.0}
    preds = predict_documents(model, tokenizer, [d.text for d in documents], ids=[d.id for d in documents],
                              batch_size=batch_size, device=device, candidate_fn=candidate_fn or get_candidate_fn("schema"))
    ent = score_entities(documents, preds)["strict"]["f1"]
    if schema.relation_types:
        rel = score_relations(documents, preds, schema)["f1"]
        combined = (ent + rel) / 2
    else:
        rel, combined = 0.0, ent
    return {"entity_f1": ent, "relation_f1": rel, "combined_f1": round(combined, 4)}


def fit_pair_lexicon(docs: list[Document], schema: Schema, model_args: ModelArguments) -> PairLexicon | None:
    """The training pairs' lexicon, if the model uses pair features or the linear relation head."""
    if not model_args.pair_features and model_args.relation_classifier == "neural":
        return None
    return PairLexicon.fit(docs, schema, get_candidate_fn(model_args.candidate_policy))


def build_features(docs: list[Document], tokenizer, schema: Schema, model_args: ModelArguments,
                   lexicon: Lexicon | None = None, leave_own_out: bool = False,
                   pair_lexicon: PairLexicon | None = None) -> tuple[list[dict[str, Any]], AlignmentReport]:
    """Window features of ``docs``; with ``leave_own_out`` each document's lexicon tags (and pair lexicon
    tags) ignore its own mentions (and pairs)."""
    features, report = [], AlignmentReport()
    fn = get_candidate_fn(model_args.candidate_policy)
    for doc in docs:
        exclude = mention_counts(doc) if lexicon is not None and leave_own_out else None
        pair_exclude = PairLexicon.document_counts(doc, schema, fn) \
            if pair_lexicon is not None and leave_own_out else None
        f, r = window_features(doc, tokenizer, schema, model_args.max_length, model_args.stride,
                               max_proclitic=3, candidate_fn=fn, lexicon=lexicon, lexicon_exclude=exclude,
                               pair_features=model_args.pair_features, pair_lexicon=pair_lexicon,
                               pair_exclude=pair_exclude)
        features += f
        report.add(r)
    return features, report


def versions() -> dict[str, str]:
    from importlib.metadata import version

    import datasets

    from .. import __version__

    return {"arabic_ie": __version__, "python": platform.python_version(), "torch": torch.__version__,
            "transformers": transformers.__version__, "datasets": datasets.__version__, "seqeval": version("seqeval")}


def build_model(model_args: ModelArguments, schema: Schema, lexicon: Lexicon | None = None,
                pair_lexicon: PairLexicon | None = None) -> tuple[ArabicIEModel, Any]:
    """A joint model on the configured encoder, or initialized from a trained arabic-ie model."""
    check_checkpoint(model_args.checkpoint)
    tokenizer = AutoTokenizer.from_pretrained(model_args.checkpoint)
    max_length = min(model_args.max_length, getattr(tokenizer, "model_max_length", model_args.max_length) or 10**6)
    kwargs = dict(schema=schema.to_dict(), window_size=model_args.max_length, window_overlap=model_args.stride,
                  span_dim=model_args.span_dim, type_embedding_dim=model_args.type_embedding_dim,
                  classifier_dropout=model_args.classifier_dropout,
                  relation_loss_weight=model_args.relation_loss_weight,
                  lexicon=lexicon.to_config() if lexicon is not None else None,
                  token_mask_prob=model_args.token_mask_prob, mask_token_id=tokenizer.mask_token_id,
                  relation_none_weight=model_args.relation_none_weight, pair_features=model_args.pair_features,
                  pair_lexicon=pair_lexicon.to_config() if pair_lexicon is not None else None,
                  lexicon_variants=model_args.lexicon_variants, entity_patterns=model_args.entity_patterns,
                  entity_propagation=model_args.entity_propagation, entity_compounds=model_args.entity_compounds)
    if model_args.relation_classifier not in CLASSIFIERS:
        raise ConfigError(f"config key relation_classifier: {model_args.relation_classifier!r} is not one of "
                          f"{', '.join(CLASSIFIERS)}")
    if model_args.entity_ensemble not in ENTITY_ENSEMBLES:
        raise ConfigError(f"config key entity_ensemble: {model_args.entity_ensemble!r} is not one of "
                          f"{', '.join(ENTITY_ENSEMBLES)}")
    if model_args.entity_ensemble == "vote" and not model_args.lexicon_features:
        raise ConfigError("config key entity_ensemble: 'vote' needs lexicon_features: true (the lexicon is a voter)")
    if model_args.lexicon_variants and not model_args.lexicon_features:
        raise ConfigError("config key lexicon_variants: true needs lexicon_features: true (there is no lexicon)")
    if model_args.entity_compounds and not model_args.lexicon_features:
        raise ConfigError("config key entity_compounds: true needs lexicon_features: true (the heads are learned "
                          "from the lexicon)")
    if model_args.relation_linear_c <= 0:
        raise ConfigError(f"config key relation_linear_c: must be positive, got {model_args.relation_linear_c}")
    if model_args.relation_none_weight <= 0:
        raise ConfigError(f"config key relation_none_weight: must be positive, got {model_args.relation_none_weight}")
    if model_args.token_mask_prob and tokenizer.mask_token_id is None:
        raise ConfigError(f"config key token_mask_prob: the tokenizer of {model_args.checkpoint} has no mask token")
    if not 0.0 <= model_args.token_mask_prob < 1.0:
        raise ConfigError(f"config key token_mask_prob: must be in [0, 1), got {model_args.token_mask_prob}")
    if max_length < model_args.max_length:
        raise ConfigError(f"config key max_length: {model_args.max_length} exceeds what {model_args.checkpoint} "
                          f"supports ({max_length})")
    model = ArabicIEModel.from_encoder(model_args.checkpoint, **kwargs)
    if model_args.init_from:
        check_checkpoint(model_args.init_from, key="init_from")
        source = ArabicIEModel.from_pretrained(model_args.init_from)
        source_vocab = AutoTokenizer.from_pretrained(model_args.init_from).get_vocab()
        if source_vocab != tokenizer.get_vocab() or source.config.encoder.get("model_type") != \
                model.config.encoder.get("model_type"):
            raise ConfigError(f"config key init_from: {model_args.init_from} was trained on another encoder or "
                              f"tokenizer than checkpoint {model_args.checkpoint}; set checkpoint to its base "
                              f"({source.config.base_checkpoint})")
        try:
            model.encoder.load_state_dict(source.encoder.state_dict())
        except RuntimeError as exc:
            raise ConfigError(f"config key init_from: encoder shapes differ from {model_args.checkpoint}: "
                              f"{str(exc).splitlines()[0]}") from None
    return model, tokenizer


def fit_relation_classifier(model, documents: list[Document], schema: Schema, model_args: ModelArguments,
                            seed: int) -> dict | None:
    """With ``relation_classifier`` linear or ensemble: fit the linear relation head on ``documents`` and
    switch the model to it (training and its per-epoch dev scores use the neural head)."""
    if model_args.relation_classifier == "neural" or not schema.relation_types:
        return None
    # refit from the documents, not from config.json: leave-own-out needs the per-document counts
    pair_lexicon = PairLexicon.fit(documents, schema, get_candidate_fn(model_args.candidate_policy))
    info = fit_linear_relation_head(model, documents, schema, get_candidate_fn(model_args.candidate_policy),
                                    pair_lexicon, c=model_args.relation_linear_c, seed=seed)
    model.config.relation_classifier = model_args.relation_classifier
    logger.info("linear relation head: %s", info)
    return info


def fit_entity_vote(model, documents: list[Document], model_args: ModelArguments) -> dict | None:
    """With ``entity_ensemble: vote``: fit the CRF voter on ``documents`` and store it in the model."""
    if model_args.entity_ensemble == "none":
        return None
    start = time.time()
    tagger = CRFTagger.fit(documents)
    model.set_entity_crf(tagger.to_bytes())
    model.config.entity_ensemble = model_args.entity_ensemble
    info = {"voters": ["transformer", "lexicon", "crf"], "min_votes": 2, "crf_documents": len(documents),
            "crf_bytes": len(tagger.to_bytes()), "seconds": round(time.time() - start, 1)}
    logger.info("entity vote: %s", info)
    return info


def best_epoch(trainer: Trainer) -> float:
    """The epoch of the best dev evaluation (the checkpoint ``load_best_model_at_end`` restored)."""
    best = trainer.state.best_model_checkpoint
    if not best:
        return float(trainer.state.epoch or trainer.args.num_train_epochs)
    step = int(Path(best).name.split("-")[-1])
    epochs = [h["epoch"] for h in trainer.state.log_history if h.get("step") == step and "epoch" in h]
    return float(epochs[-1]) if epochs else step / max(trainer.state.max_steps, 1) * trainer.args.num_train_epochs


def refit_on_train_and_dev(trainer: Trainer, parts: dict[str, list[Document]], schema: Schema,
                           model_args: ModelArguments, training_args: TrainingArguments) -> tuple[Trainer, dict]:
    """Train a fresh model on train + dev for the best epoch count found on dev (same seed and settings).

    The dev-tuned entity and relation thresholds are kept; with the lexicon feature the lexicon grows by the dev mentions.
    """
    epochs = max(1.0, round(best_epoch(trainer)))
    documents = parts["train"] + parts["dev"]
    transformers.set_seed(training_args.seed)
    lexicon = Lexicon.fit(documents, variants=model_args.lexicon_variants) \
        if model_args.lexicon_features else None
    pair_lexicon = fit_pair_lexicon(documents, schema, model_args)
    model, tokenizer = build_model(model_args, schema, lexicon, pair_lexicon)
    model.config.entity_threshold = trainer.model.config.entity_threshold
    model.config.relation_threshold = trainer.model.config.relation_threshold
    features, _ = build_features(documents, tokenizer, schema, model_args, lexicon, leave_own_out=True,
                                 pair_lexicon=pair_lexicon)
    args = dataclasses.replace(training_args, output_dir=str(Path(training_args.output_dir) / "refit"),
                               num_train_epochs=epochs, max_steps=-1, eval_strategy="no", save_strategy="no",
                               load_best_model_at_end=False)
    refit = ArabicIETrainer(model=model, args=args, train_dataset=features,
                            data_collator=partial(collate, pad_token_id=tokenizer.pad_token_id),
                            processing_class=tokenizer, schema=schema,
                            candidate_fn=get_candidate_fn(model_args.candidate_policy))
    start = time.time()
    refit.train()
    linear = fit_relation_classifier(refit.model, documents, schema, model_args, training_args.seed)
    vote = fit_entity_vote(refit.model, documents, model_args)
    info = {"epochs": epochs, "documents": [d.id for d in documents][:20], "train_windows": len(features),
            "wall_seconds": round(time.time() - start, 1),
            "lexicon_surfaces": len(lexicon) if lexicon is not None else None,
            "pair_lexicon_pairs": len(pair_lexicon) if pair_lexicon is not None else None,
            "relation_linear": linear, "entity_vote": vote}
    logger.info("refit on train + dev: %s", info)
    return refit, info


def run_training(data_args: DataArguments, model_args: ModelArguments, run_args: RunArguments,
                 training_args: TrainingArguments, config_path: str | None = None) -> dict[str, Any]:
    """Train, keep the best dev checkpoint, evaluate on test, and write a self-describing model directory."""
    transformers.set_seed(training_args.seed)
    schema = resolve_schema(data_args)
    parts = load_parts(data_args, schema)
    lexicon = Lexicon.fit(parts["train"], variants=model_args.lexicon_variants) \
        if model_args.lexicon_features else None
    pair_lexicon = fit_pair_lexicon(parts["train"], schema, model_args)
    model, tokenizer = build_model(model_args, schema, lexicon, pair_lexicon)
    train_features, alignment = build_features(parts["train"], tokenizer, schema, model_args, lexicon,
                                               leave_own_out=True, pair_lexicon=pair_lexicon)
    dev_features, _ = build_features(parts["dev"] or parts["train"][:1], tokenizer, schema, model_args, lexicon,
                                     pair_lexicon=pair_lexicon)
    out_dir = Path(training_args.output_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    trainer = ArabicIETrainer(
        model=model, args=training_args, train_dataset=train_features, eval_dataset=dev_features,
        data_collator=partial(collate, pad_token_id=tokenizer.pad_token_id), processing_class=tokenizer,
        eval_documents=parts["dev"], schema=schema, candidate_fn=get_candidate_fn(model_args.candidate_policy),
    )
    resume = None
    if run_args.resume:
        checkpoints = sorted(out_dir.glob("checkpoint-*"), key=lambda p: int(p.name.split("-")[-1]))
        resume = str(checkpoints[-1]) if checkpoints else None
        logger.info("resuming from %s", resume or "scratch (no checkpoint found)")
    start = time.time()
    train_result = trainer.train(resume_from_checkpoint=resume)
    train_seconds = time.time() - start
    n_train_tokens = sum(len(f["input_ids"]) for f in train_features)
    epochs_done = float(train_result.metrics.get("epoch", training_args.num_train_epochs))
    eval_seconds = sum(h.get("eval_runtime", 0.0) for h in trainer.state.log_history)
    results: dict[str, Any] = {
        "train": {**{k: v for k, v in train_result.metrics.items()},
                  "train_windows": len(train_features), "train_tokens_per_epoch": n_train_tokens,
                  # forward + backward + optimizer, excluding the per-epoch dev evaluation
                  "train_tokens_per_second": round(n_train_tokens * epochs_done / max(train_seconds - eval_seconds, 1e-9), 1),
                  "dev_eval_seconds": round(eval_seconds, 1),
                  "wall_seconds": round(train_seconds, 1)},
        "alignment": alignment.to_dict(),
        "lexicon_surfaces": len(lexicon) if lexicon is not None else None,
        "pair_lexicon_pairs": len(pair_lexicon) if pair_lexicon is not None else None,
        "best_checkpoint": trainer.state.best_model_checkpoint,
        "data": {part: [d.id for d in docs][:20] + (["..."] if len(docs) > 20 else []) for part, docs in parts.items()},
        "data_counts": {part: len(docs) for part, docs in parts.items()},
        "versions": versions(),
    }
    linear = fit_relation_classifier(trainer.model, parts["train"], schema, model_args, training_args.seed)
    if linear is not None:
        results["relation_linear"] = linear
    vote = fit_entity_vote(trainer.model, parts["train"], model_args)
    if vote is not None:
        results["entity_vote"] = vote
    if model_args.tune_entity_threshold and parts["dev"]:
        chosen, by_threshold = tune_entity_threshold(trainer.model, tokenizer, parts["dev"],
                                                     training_args.per_device_eval_batch_size, training_args.device)
        trainer.model.config.entity_threshold = chosen
        results["entity_threshold"] = {"chosen": chosen, "dev_entity_strict_f1_by_threshold": by_threshold}
        logger.info("entity threshold %.2f (dev entity strict F1 by threshold: %s)", chosen, by_threshold)
    if model_args.tune_relation_threshold and parts["dev"] and schema.relation_types:
        chosen, by_threshold = tune_relation_threshold(trainer.model, tokenizer, parts["dev"], schema,
                                                       training_args.per_device_eval_batch_size, training_args.device)
        trainer.model.config.relation_threshold = chosen
        results["relation_threshold"] = {"chosen": chosen, "dev_relation_strict_f1_by_threshold": by_threshold}
        logger.info("relation threshold %.2f (dev relation strict F1 by threshold: %s)", chosen, by_threshold)
    if parts["dev"]:
        results["dev"] = document_scores(trainer.model, tokenizer, parts["dev"], schema,
                                         training_args.per_device_eval_batch_size, training_args.device)
    if run_args.refit_with_dev and parts["dev"]:
        trainer, refit = refit_on_train_and_dev(trainer, parts, schema, model_args, training_args)
        results["refit"] = refit
        results["lexicon_surfaces"] = refit["lexicon_surfaces"]
        results["pair_lexicon_pairs"] = refit["pair_lexicon_pairs"]
        if refit["relation_linear"] is not None:
            results["relation_linear"] = refit["relation_linear"]
        if refit["entity_vote"] is not None:
            results["entity_vote"] = refit["entity_vote"]
    model_dir = out_dir / "model"
    trainer.model.config.normalization = {"tokenizer": "from the checkpoint's tokenizer.json"}
    trainer.save_model(str(model_dir))
    tokenizer.save_pretrained(model_dir)
    (model_dir / "training_args.bin").unlink(missing_ok=True)  # a pickle: never shipped in a model directory
    resolved = {
        "data": dataclasses.asdict(data_args), "model": dataclasses.asdict(model_args),
        "run": dataclasses.asdict(run_args),
        "training": {k: v for k, v in training_args.to_dict().items() if isinstance(v, (int, float, str, bool, type(None)))},
        "config_file": config_path,
    }
    (model_dir / "training_config.yaml").write_text(yaml.safe_dump(resolved, allow_unicode=True, sort_keys=False),
                                                    encoding="utf-8")
    if run_args.do_test and parts["test"]:
        from ..evaluation.harness import evaluate_documents

        results["test"] = evaluate_documents(trainer.model, tokenizer, parts["test"], schema,
                                             batch_size=training_args.per_device_eval_batch_size,
                                             device=training_args.device)
    (model_dir / "all_results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    from ..modeling.card import write_model_card

    write_model_card(model_dir, run_args.run_name_for_card, resolved, results)
    return results
