"""The fine-tuning job behind `train/train.py`, in small steps: set up, train, fit the boosters, tune the
thresholds, refit on train + dev, save, evaluate, write the card."""

from __future__ import annotations

import dataclasses
import json
import logging
import platform
import random
import shutil
import time
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import torch
import transformers
import yaml
from transformers import AutoTokenizer, Trainer, TrainingArguments

from ..boosters import BoosterPipeline, FitContext
from ..config import ConfigError
from ..core import ArabicIEModel
from ..core.candidates import get_candidate_fn
from ..core.features import AlignmentReport, collate, window_features
from ..data.document import Document
from ..evaluation.metrics import restrict_to_annotated, score_entities, score_relations
from ..extractor import Extractor
from ..schema import Schema
from .args import DataArguments, ModelArguments, RunArguments
from .data import check_checkpoint, check_output_dir, load_parts, resolve_model_path, resolve_schema
from .threshold import tune_entity_threshold, tune_relation_threshold

logger = logging.getLogger(__name__)


def _own_group(optimizer, params: list, lr: float) -> None:
    """Move ``params`` out of the optimizer's groups into one of their own, at ``lr`` without weight decay."""
    ids = {id(p) for p in params}
    for group in optimizer.param_groups:
        group["params"] = [p for p in group["params"] if id(p) not in ids]
    optimizer.add_param_group({"params": params, "lr": lr, "weight_decay": 0.0})


class ArabicIETrainer(Trainer):
    """`Trainer` whose evaluation decodes whole dev documents (with the boosters ready) and scores them."""

    def __init__(self, *args, extractor: Extractor | None = None, eval_documents: list[Document] | None = None,
                 candidate_fn=None, crf_learning_rate: float | None = None, head_learning_rate: float | None = None,
                 word_vector_learning_rate: float | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.extractor = extractor
        self.eval_documents = eval_documents or []
        self.candidate_fn = candidate_fn or get_candidate_fn("schema")
        self.crf_learning_rate = crf_learning_rate
        self.head_learning_rate = head_learning_rate
        self.word_vector_learning_rate = word_vector_learning_rate

    def create_optimizer(self, *args, **kwargs):
        """The Trainer's optimizer, with the CRF's transition scores in a group of their own learning rate (the
        encoder's would leave them near zero) and no weight decay, and so the word vectors' projection when
        ``word_vector_learning_rate`` is set; with ``head_learning_rate`` every parameter
        outside the encoder (heads, span and pair layers, input features) gets that learning rate."""
        optimizer = super().create_optimizer(*args, **kwargs)
        model = self.model
        if self.head_learning_rate:
            encoder = {id(p) for p in model.encoder.parameters()}
            for group in list(optimizer.param_groups):
                heads = [p for p in group["params"] if id(p) not in encoder]
                if heads:
                    group["params"] = [p for p in group["params"] if id(p) in encoder]
                    optimizer.add_param_group({**{k: v for k, v in group.items() if k != "params"},
                                               "params": heads, "lr": self.head_learning_rate})
        if getattr(model, "word_projection", None) is not None and self.word_vector_learning_rate:
            _own_group(optimizer, list(model.word_projection.parameters()), self.word_vector_learning_rate)
        if getattr(model, "crf_transitions", None) is not None and self.crf_learning_rate:
            _own_group(optimizer, [model.crf_transitions, model.crf_start, model.crf_end], self.crf_learning_rate)
        return optimizer

    def _get_train_sampler(self, train_dataset=None):
        """The Trainer's sampler; its length-grouped sampler draws from the global RNG (the `seed`'s), so a set
        `data_seed` gets a generator of its own: same initialization, another data order."""
        sampler = super()._get_train_sampler(train_dataset)
        if self.args.data_seed is not None and getattr(sampler, "generator", "absent") is None:
            sampler.generator = torch.Generator().manual_seed(self.args.data_seed)
        return sampler

    def evaluate(self, eval_dataset=None, ignore_keys=None, metric_key_prefix: str = "eval") -> dict[str, float]:
        start = time.time()
        extractor = Extractor(self.model, self.processing_class, self.extractor.boosters)
        metrics = document_scores(extractor, self.eval_documents, self.args.per_device_eval_batch_size,
                                  self.args.device, self.candidate_fn)
        out = {f"{metric_key_prefix}_{k}": v for k, v in metrics.items()}
        out[f"{metric_key_prefix}_runtime"] = round(time.time() - start, 2)
        self.log(out)
        self.control = self.callback_handler.on_evaluate(self.args, self.state, self.control, out)
        return out


def document_scores(extractor: Extractor, documents: list[Document], batch_size: int, device,
                    candidate_fn=None) -> dict[str, float]:
    """Headline scores used to pick the best checkpoint."""
    if not documents:
        return {"entity_f1": 0.0, "relation_f1": 0.0, "combined_f1": 0.0}
    preds = extractor.predict_documents([d.text for d in documents], ids=[d.id for d in documents],
                                        batch_size=batch_size, device=device,
                                        candidate_fn=candidate_fn or get_candidate_fn("schema"))
    gold, judged = restrict_to_annotated(documents, preds)  # a partial corpus judges only what it annotates
    ent = score_entities(gold, judged)["strict"]["f1"]
    with_relations = [i for i, d in enumerate(documents) if d.annotates_relations]
    if extractor.schema.relation_types and with_relations:
        rel = score_relations([documents[i] for i in with_relations], [preds[i] for i in with_relations],
                              extractor.schema)["f1"]
        combined = (ent + rel) / 2
    else:
        rel, combined = 0.0, ent
    return {"entity_f1": ent, "relation_f1": rel, "combined_f1": round(combined, 4)}


def versions() -> dict[str, str]:
    from importlib.metadata import version

    import datasets

    from .. import __version__

    return {"arabic_ie": __version__, "python": platform.python_version(), "torch": torch.__version__,
            "transformers": transformers.__version__, "datasets": datasets.__version__, "seqeval": version("seqeval")}


def check_training_args(training_args: TrainingArguments, data_args: DataArguments) -> None:
    """Values the Trainer would accept and then train nothing with, or crash on, named by key before any work."""
    if training_args.per_device_train_batch_size < 1:
        raise ConfigError(f"config key per_device_train_batch_size: at least 1, got "
                          f"{training_args.per_device_train_batch_size}")
    if training_args.learning_rate <= 0:
        raise ConfigError(f"config key learning_rate: must be positive, got {training_args.learning_rate}")
    if training_args.max_steps <= 0 and training_args.num_train_epochs <= 0:
        raise ConfigError(f"config key num_train_epochs: must be positive (or set max_steps), got "
                          f"{training_args.num_train_epochs}: nothing would be trained")
    from ..data.io import FORMATS

    if data_args.data_format and data_args.data_format not in FORMATS:
        raise ConfigError(f"config key data_format: {data_args.data_format!r}; choose from {', '.join(FORMATS)}")


def check_model_args(model_args: ModelArguments) -> None:
    from ..core.candidates import CANDIDATE_FUNCTIONS

    if model_args.stride >= model_args.max_length:
        raise ConfigError(f"config key stride: the window overlap ({model_args.stride}) must be smaller than "
                          f"max_length ({model_args.max_length})")
    if model_args.entity_decoding not in ("viterbi", "argmax"):
        raise ConfigError(f"config key entity_decoding: {model_args.entity_decoding!r}; choose viterbi or argmax")
    if model_args.candidate_policy not in CANDIDATE_FUNCTIONS:
        raise ConfigError(f"config key candidate_policy: {model_args.candidate_policy!r}; choose from "
                          f"{', '.join(CANDIDATE_FUNCTIONS)}")
    if model_args.relation_none_weight <= 0:
        raise ConfigError(f"config key relation_none_weight: must be positive, got {model_args.relation_none_weight}")
    if model_args.head_learning_rate is not None and not model_args.head_learning_rate > 0:
        raise ConfigError(f"config key head_learning_rate: must be a positive number, got "
                          f"{model_args.head_learning_rate}")
    if model_args.word_vector_learning_rate is not None and not model_args.word_vector_learning_rate > 0:
        raise ConfigError(f"config key word_vector_learning_rate: must be a positive number, got "
                          f"{model_args.word_vector_learning_rate}")
    if not model_args.crf_learning_rate > 0:
        raise ConfigError(f"config key crf_learning_rate: must be a positive number, got {model_args.crf_learning_rate}")
    if model_args.encoder_dropout is not None and not 0.0 <= model_args.encoder_dropout < 1.0:
        raise ConfigError(f"config key encoder_dropout: must be in [0, 1), got {model_args.encoder_dropout}")
    if not 0.0 <= model_args.token_mask_prob < 1.0:
        raise ConfigError(f"config key token_mask_prob: must be in [0, 1), got {model_args.token_mask_prob}")


def build_boosters(model_args: ModelArguments, schema: Schema) -> BoosterPipeline:
    """The configured boosters, not yet fitted."""
    from ..boosters import BoosterError

    try:
        return BoosterPipeline.from_specs(model_args.booster_specs, schema)
    except BoosterError as exc:  # e.g. a schema the boosters cannot serve
        raise ConfigError(f"config key boosters: {exc}") from None


def build_model(model_args: ModelArguments, schema: Schema, boosters: BoosterPipeline | None = None,
                entity_styles: list[str] | None = None) -> tuple[ArabicIEModel, Any]:
    """A joint model on the configured encoder (its input slots sized by ``boosters``, an extra entity head per
    name of ``entity_styles``), or initialized from a trained arabic-ie model."""
    check_model_args(model_args)
    check_checkpoint(model_args.checkpoint)
    tokenizer = AutoTokenizer.from_pretrained(model_args.checkpoint)
    max_length = min(model_args.max_length, getattr(tokenizer, "model_max_length", model_args.max_length) or 10**6)
    if model_args.token_mask_prob and tokenizer.mask_token_id is None:
        raise ConfigError(f"config key token_mask_prob: the tokenizer of {model_args.checkpoint} has no mask token")
    if max_length < model_args.max_length:
        raise ConfigError(f"config key max_length: {model_args.max_length} exceeds what {model_args.checkpoint} "
                          f"supports ({max_length})")
    boosters = boosters or BoosterPipeline([], schema)
    source = None
    if model_args.init_from:  # loaded once: it may give the word vectors, and it gives the encoder and heads
        check_checkpoint(model_args.init_from, key="init_from")
        source = ArabicIEModel.from_pretrained(model_args.init_from)
    vectors = load_word_vectors(model_args, source)
    model = ArabicIEModel.from_encoder(
        model_args.checkpoint, schema=schema.to_dict(), window_size=model_args.max_length,
        window_overlap=model_args.stride, span_dim=model_args.span_dim, type_embedding_dim=model_args.type_embedding_dim,
        classifier_dropout=model_args.classifier_dropout, encoder_dropout=model_args.encoder_dropout,
        relation_loss_weight=model_args.relation_loss_weight,
        token_mask_prob=model_args.token_mask_prob, mask_token_id=tokenizer.mask_token_id,
        relation_none_weight=model_args.relation_none_weight, token_tag_vocab=boosters.token_tag_vocab(),
        entity_decoding=model_args.entity_decoding,
        pair_feature_sizes=boosters.pair_feature_sizes(),
        word_vector_count=len(vectors[0]) if vectors else 0, word_vector_dim=vectors[1].shape[1] if vectors else 0,
        relation_markers=model_args.relation_markers if model_args.relation_markers is not None
        else bool(source is not None and source.config.relation_markers),
        entity_crf=model_args.entity_crf if model_args.entity_crf is not None
        else bool(source is not None and source.config.entity_crf),
        entity_styles=list(entity_styles or []))
    if vectors:
        model.set_word_vectors(vectors[0], torch.from_numpy(vectors[1]))
    if source is not None:
        _init_encoder_from(model, tokenizer, model_args, source)
    return model, tokenizer


def load_word_vectors(model_args: ModelArguments, source: ArabicIEModel | None = None):
    """``(vocabulary, table)`` of the configured word vectors, else of the init_from model ``source``, else None;
    the vocabulary finds unknown words' nearest rows when ``word_vector_oov`` (or the source's) says so."""
    found = _word_vector_table(model_args, source)
    if found is None:
        return None
    vocabulary, table, ngram_source = found
    from ..lm.word_ngrams import NearestWords, NgramVectors
    from ..lm.word_vectors import WordVocabulary

    inherited = source.config if source is not None and source.word_vocabulary is not None else None
    oov = model_args.word_vector_oov or (inherited.word_vector_oov if inherited else "zero")
    if oov not in ("zero", "nearest"):
        raise ConfigError(f"config key word_vector_oov: must be zero or nearest, not {oov!r}")
    similarity = model_args.word_vector_oov_similarity
    if similarity is None:
        similarity = inherited.word_vector_oov_similarity if inherited else 0.6
    if not -1.0 <= similarity <= 1.0:
        raise ConfigError(f"config key word_vector_oov_similarity: a cosine similarity in [-1, 1], not {similarity}")
    nearest = None
    if oov == "nearest":
        if isinstance(ngram_source, NgramVectors):
            ngrams = ngram_source
        else:
            try:
                ngrams = NgramVectors.load(ngram_source)
            except ValueError as exc:
                raise ConfigError(f"config key word_vector_oov: nearest needs the character n-gram vectors that "
                                  f"train/word_vectors.py writes beside the word vectors: {exc}") from None
        try:
            nearest = NearestWords(ngrams, table, similarity)
        except ValueError as exc:
            raise ConfigError(f"config key word_vector_oov: {exc}") from None
    return WordVocabulary(vocabulary.words, vocabulary.fallback, nearest), table


def _word_vector_table(model_args: ModelArguments, source: ArabicIEModel | None):
    """``(vocabulary, table, where its n-gram vectors are)`` of the configured or inherited word vectors."""
    from ..lm.word_vectors import WORD_VECTORS_FILE, WordVocabulary, load_vectors

    if model_args.word_vectors:
        directory = Path(model_args.word_vectors)
        if not (directory / WORD_VECTORS_FILE).is_file():
            raise ConfigError(f"config key word_vectors: {directory} holds no {WORD_VECTORS_FILE} "
                              "(build one with train/word_vectors.py)")
        try:
            vocabulary, table = WordVocabulary.load(directory), load_vectors(directory)  # the default fallback rule
        except ValueError as exc:
            raise ConfigError(f"config key word_vectors: {exc}") from None
        if table.shape[0] != len(vocabulary) + 1:
            raise ConfigError(f"config key word_vectors: {directory}: {table.shape[0]} vector rows for "
                              f"{len(vocabulary)} words (+ row 0)")
        return vocabulary, table, directory
    if source is not None and source.word_vocabulary is not None:
        nearest = source.word_vocabulary.nearest
        return (source.word_vocabulary, source.word_vectors.weight.detach().float().numpy(),
                nearest.ngram_vectors if nearest is not None else Path(model_args.init_from))
    return None


def _init_encoder_from(model: ArabicIEModel, tokenizer, model_args: ModelArguments, source: ArabicIEModel) -> None:
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
    if source.config.schema != model.config.schema:
        logger.info("init_from %s: encoder only (another schema)", model_args.init_from)
        return
    own = model.state_dict()
    heads = {k: v for k, v in source.state_dict().items()
             if not k.startswith("encoder.") and k in own and own[k].shape == v.shape}
    model.load_state_dict(heads, strict=False)  # same schema: every head tensor of the same shape carries over
    _init_style_heads(model, source)
    fresh = sorted(k for k in own if not k.startswith(("encoder.", "style_classifiers.")) and k not in heads)
    logger.info("init_from %s: encoder and %d head tensors (same schema); fresh: %s", model_args.init_from,
                len(heads), ", ".join(fresh) or "none")


def _init_style_heads(model: ArabicIEModel, source: ArabicIEModel) -> None:
    """Each style head starts as the source's head of that style, else as the source's own head (the model it
    continues, so no style starts from scratch)."""
    if model.style_classifiers is None:
        return
    theirs = list(source.config.entity_styles)
    for name, head in zip(model.config.entity_styles, model.style_classifiers):
        start = source.style_classifiers[theirs.index(name)] if name in theirs else source.entity_classifier
        head.load_state_dict(start.state_dict())
    logger.info("init_from: entity heads of styles %s from %s", ", ".join(model.config.entity_styles),
                ", ".join(n if n in theirs else "its own head" for n in model.config.entity_styles))


def entity_styles_of(docs: list[Document]) -> list[str]:
    """The annotation styles of ``docs`` in first-seen order (None, the schema's own, is not one)."""
    return list(dict.fromkeys(d.style for d in docs if d.style is not None))


def build_features(docs: list[Document], tokenizer, schema: Schema, model_args: ModelArguments,
                   boosters: BoosterPipeline, model: ArabicIEModel | None = None,
                   jitter_seed: int | None = None) -> tuple[list[dict[str, Any]], AlignmentReport]:
    """Window features of gold ``docs``; the boosters' tags and pair features leave each document's own
    annotations out (as they will be unknown at test time). With ``jitter_seed`` each document's window grid is
    shifted by a random offset drawn from a generator with that seed (``window_jitter``)."""
    features, report = [], AlignmentReport()
    jitter = random.Random(jitter_seed) if jitter_seed is not None else None
    step = model_args.max_length - 2 - model_args.stride
    fn = get_candidate_fn(model_args.candidate_policy)
    token_tags = boosters.training_token_tags if boosters.token_tag_vocab() else None
    pair_rows = boosters.training_pair_rows if boosters.pair_feature_sizes() else None
    word_rows = model.word_rows if model is not None and model.word_vocabulary is not None else None
    for doc in docs:
        f, r = window_features(doc, tokenizer, schema, model_args.max_length, model_args.stride, max_proclitic=3,
                               candidate_fn=fn, token_tags=token_tags, pair_rows=pair_rows, word_rows=word_rows,
                               entity_markers=bool(model is not None and model.config.relation_markers),
                               window_offset=jitter.randrange(step) if jitter is not None else 0)
        if model is not None and model.config.entity_styles:
            style_id = 1 + model.config.entity_styles.index(doc.style) if doc.style is not None else 0
            for feature in f:
                feature["style_id"] = style_id
        features += f
        report.add(r)
    return features, report


@dataclass
class Stage:
    """One training run: its documents, boosters, model and trainer."""

    documents: list[Document]
    boosters: BoosterPipeline
    model: ArabicIEModel
    tokenizer: Any
    trainer: ArabicIETrainer
    features: list[dict[str, Any]]
    alignment: AlignmentReport
    fit_reports: dict[str, Any] = field(default_factory=dict)

    @property
    def extractor(self) -> Extractor:
        return Extractor(self.trainer.model, self.tokenizer, self.boosters)


def setup_stage(documents: list[Document], dev: list[Document], schema: Schema, model_args: ModelArguments,
                training_args: TrainingArguments) -> Stage:
    """Boosters fitted before training, the model, the window features and the trainer for ``documents``."""
    transformers.set_seed(training_args.seed)
    context = FitContext(schema, get_candidate_fn(model_args.candidate_policy), training_args.seed)
    boosters = build_boosters(model_args, schema)
    reports = boosters.fit("before", documents, context)
    model, tokenizer = build_model(model_args, schema, boosters, entity_styles_of(documents))
    jitter_seed = (training_args.data_seed if training_args.data_seed is not None else training_args.seed) \
        if model_args.window_jitter else None
    features, alignment = build_features(documents, tokenizer, schema, model_args, boosters, model, jitter_seed)
    selecting = training_args.eval_strategy != "no"
    dev_features = build_features(dev or documents[:1], tokenizer, schema, model_args, boosters,
                                  model)[0] if selecting else None
    trainer = ArabicIETrainer(
        model=model, args=training_args, train_dataset=features, eval_dataset=dev_features,
        data_collator=partial(collate, pad_token_id=tokenizer.pad_token_id, n_labels=len(schema.bio_labels())), processing_class=tokenizer,
        extractor=Extractor(model, tokenizer, boosters), eval_documents=dev,
        candidate_fn=get_candidate_fn(model_args.candidate_policy), crf_learning_rate=model_args.crf_learning_rate,
        word_vector_learning_rate=model_args.word_vector_learning_rate,
        head_learning_rate=model_args.head_learning_rate)
    return Stage(documents, boosters, model, tokenizer, trainer, features, alignment, reports)


def last_checkpoint(out_dir: Path) -> str | None:
    """The newest complete Trainer checkpoint (its state and weights written); a partial one, e.g. from a run
    killed while saving, is skipped with a warning."""
    numbered = [p for p in out_dir.glob("checkpoint-*") if p.is_dir() and p.name.split("-")[-1].isdigit()]
    for candidate in sorted(numbered, key=lambda p: int(p.name.split("-")[-1]), reverse=True):
        complete = (candidate / "trainer_state.json").is_file() and any(
            (candidate / name).is_file() for name in ("model.safetensors", "model.safetensors.index.json"))
        if complete:
            return str(candidate)
        logger.warning("skipping incomplete checkpoint %s (no trainer_state.json or weights)", candidate)
    return None


def train_stage(stage: Stage, training_args: TrainingArguments, resume: bool = False) -> dict[str, Any]:
    """Run the Trainer loop; returns its metrics with throughput figures."""
    checkpoint = last_checkpoint(Path(training_args.output_dir)) if resume else None
    if resume:
        logger.info("resuming from %s", checkpoint or "scratch (no checkpoint found)")
    start = time.time()
    result = stage.trainer.train(resume_from_checkpoint=checkpoint)
    seconds = time.time() - start
    tokens = sum(len(f["input_ids"]) for f in stage.features)
    epochs = float(result.metrics.get("epoch", training_args.num_train_epochs))
    eval_seconds = sum(h.get("eval_runtime", 0.0) for h in stage.trainer.state.log_history)
    metrics = dict(result.metrics)
    if checkpoint:  # the Trainer's figures cover only the steps of this run: say so, and average the whole history
        start_step = int(Path(checkpoint).name.split("-")[-1])
        logged = [h["loss"] for h in stage.trainer.state.log_history if "loss" in h]
        metrics = {("train_loss_this_run" if k == "train_loss" else f"{k}_this_run" if k.startswith("train_") else k): v
                   for k, v in metrics.items()}
        metrics.update({"resumed_from": checkpoint, "steps_this_run": stage.trainer.state.global_step - start_step,
                        "train_loss": round(sum(logged) / len(logged), 4) if logged else None,
                        "train_loss_note": "mean of the logged training losses of every step, before and after "
                                           "the resume"})
    return {**metrics, "train_windows": len(stage.features), "train_tokens_per_epoch": tokens,
            # forward + backward + optimizer, excluding the per-epoch dev evaluation
            "train_tokens_per_second": round(tokens * epochs / max(seconds - eval_seconds, 1e-9), 1),
            "dev_eval_seconds": round(eval_seconds, 1), "wall_seconds": round(seconds, 1)}


def fit_after_training(stage: Stage, model_args: ModelArguments, training_args: TrainingArguments) -> dict[str, Any]:
    """Fit the boosters that come after the neural training (a CRF voter, a linear relation head)."""
    context = FitContext(stage.boosters.schema, get_candidate_fn(model_args.candidate_policy), training_args.seed)
    start = time.time()
    reports = stage.boosters.fit("after", stage.documents, context)
    for name, report in reports.items():
        logger.info("booster %s: %s", name, report)
    stage.fit_reports.update(reports)
    return {"seconds": round(time.time() - start, 1), **reports}


def tune_thresholds(extractor: Extractor, dev: list[Document], model_args: ModelArguments,
                    training_args: TrainingArguments) -> dict[str, Any]:
    """Entity and relation thresholds chosen on ``dev`` (as switched on in the config); returns choices and tables."""
    out: dict[str, Any] = {}
    batch, device = training_args.per_device_eval_batch_size, training_args.device
    entity_threshold = extractor.config.entity_threshold
    if model_args.tune_entity_threshold and dev:
        entity_threshold, table = tune_entity_threshold(extractor, dev, batch, device)
        out["entity_threshold"] = {"chosen": entity_threshold, "dev_entity_strict_f1_by_threshold": table}
        logger.info("entity threshold %.2f (dev entity strict F1 by threshold: %s)", entity_threshold, table)
    if model_args.tune_relation_threshold and dev and extractor.schema.relation_types:
        chosen, table = tune_relation_threshold(extractor, dev, batch, device, entity_threshold=entity_threshold)
        out["relation_threshold"] = {"chosen": chosen, "dev_relation_strict_f1_by_threshold": table}
        logger.info("relation threshold %.2f (dev relation strict F1 by threshold: %s)", chosen, table)
    return out


def apply_thresholds(model: ArabicIEModel, chosen: dict[str, Any]) -> None:
    for key in ("entity_threshold", "relation_threshold"):
        if key in chosen:
            setattr(model.config, key, chosen[key]["chosen"])


def best_epoch(trainer: Trainer) -> float:
    """The epoch of the best dev evaluation (the checkpoint ``load_best_model_at_end`` restored)."""
    best = trainer.state.best_model_checkpoint
    if not best:
        return float(trainer.state.epoch or trainer.args.num_train_epochs)
    step = int(Path(best).name.split("-")[-1])
    epochs = [h["epoch"] for h in trainer.state.log_history if h.get("step") == step and "epoch" in h]
    return float(epochs[-1]) if epochs else step / max(trainer.state.max_steps, 1) * trainer.args.num_train_epochs


def refit_stage(selected: Stage, dev: list[Document], schema: Schema, model_args: ModelArguments,
                training_args: TrainingArguments) -> tuple[Stage, dict[str, Any]]:
    """Train a fresh model and fresh boosters on train + dev for the best epoch count found on dev (same seed
    and settings); the caller keeps the dev-tuned thresholds."""
    epochs = max(1.0, round(best_epoch(selected.trainer)))
    args = dataclasses.replace(training_args, output_dir=str(Path(training_args.output_dir) / "refit"),
                               num_train_epochs=epochs, max_steps=-1, eval_strategy="no", save_strategy="no",
                               load_best_model_at_end=False)
    stage = setup_stage(selected.documents + dev, [], schema, model_args, args)
    train = train_stage(stage, args)
    fit_after_training(stage, model_args, args)
    info = {"epochs": epochs, "documents": [d.id for d in stage.documents][:20], "train_windows": len(stage.features),
            "wall_seconds": train["wall_seconds"], "boosters": stage.fit_reports}
    logger.info("refit on train + dev: %s", info)
    return stage, info


def resolved_config(data_args, model_args, run_args, training_args, config_path: str | None) -> dict[str, Any]:
    model = dataclasses.asdict(model_args)
    model["boosters"] = model_args.booster_specs
    data = dataclasses.asdict(data_args)
    data["datasets"] = data_args.dataset_entries
    return {"data": data, "model": model, "run": dataclasses.asdict(run_args),
            "training": {k: v for k, v in training_args.to_dict().items()
                         if isinstance(v, (int, float, str, bool, type(None)))},
            "config_file": config_path}


def save_model_directory(extractor: Extractor, model_dir: Path, resolved: dict[str, Any]) -> None:
    """Model, tokenizer, boosters and the resolved config (no pickles), written atomically: into a temporary
    sibling folder first, then renamed, so a kill during the save never leaves a half-written model directory."""
    extractor.config.normalization = {"tokenizer": "from the checkpoint's tokenizer.json"}
    model_dir = Path(model_dir)
    tmp = model_dir.parent / f".{model_dir.name}.partial"
    shutil.rmtree(tmp, ignore_errors=True)
    extractor.save_pretrained(tmp)
    (tmp / "training_config.yaml").write_text(yaml.safe_dump(resolved, allow_unicode=True, sort_keys=False),
                                              encoding="utf-8")
    old = model_dir.parent / f".{model_dir.name}.old"
    shutil.rmtree(old, ignore_errors=True)
    if model_dir.exists():
        model_dir.rename(old)
    tmp.rename(model_dir)
    shutil.rmtree(old, ignore_errors=True)


def cpu_has_bf16() -> bool:
    """Whether this CPU has bf16 arithmetic (x86 AVX512-BF16 or AMX, Arm BF16), where autocast pays."""
    import subprocess

    try:
        if platform.system() == "Darwin":
            out = subprocess.run(["sysctl", "-n", "hw.optional.arm.FEAT_BF16"], capture_output=True, text=True,
                                 timeout=5)
            return out.stdout.strip() == "1"
        flags = set(Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace").split())
    except (OSError, subprocess.SubprocessError):
        return False
    return bool(flags & {"avx512_bf16", "amx_bf16", "bf16"})


def apply_cpu_bf16(run_args: RunArguments, training_args: TrainingArguments) -> bool:
    """Turn on the Trainer's bf16 autocast for a CPU run as ``cpu_bf16`` says; returns whether it is on."""
    if training_args.device.type == "cpu" and not training_args.fp16 and (
            run_args.cpu_bf16 == "on" or (run_args.cpu_bf16 == "auto" and cpu_has_bf16())):
        training_args.bf16 = True
        training_args.mixed_precision = "bf16"  # what the Trainer's accelerator reads (set in __post_init__)
    return bool(training_args.bf16)


def run_training(data_args: DataArguments, model_args: ModelArguments, run_args: RunArguments,
                 training_args: TrainingArguments, config_path: str | None = None) -> dict[str, Any]:
    """Train, keep the best dev checkpoint, evaluate on test, and write a self-describing model directory."""
    check_training_args(training_args, data_args)
    apply_cpu_bf16(run_args, training_args)
    check_model_args(model_args)
    check_output_dir(training_args.output_dir)
    schema = resolve_schema(data_args, config_path)
    model_args.checkpoint = resolve_model_path(model_args.checkpoint, config_path)
    model_args.init_from = resolve_model_path(model_args.init_from, config_path)
    parts = load_parts(data_args, schema, seed=training_args.seed, config_path=config_path)
    out_dir = Path(training_args.output_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    stage = setup_stage(parts["train"], parts["dev"], schema, model_args, training_args)
    results: dict[str, Any] = {"train": train_stage(stage, training_args, resume=run_args.resume),
                               "alignment": stage.alignment.to_dict(),
                               "best_checkpoint": stage.trainer.state.best_model_checkpoint}
    results["boosters_fitted_after_training"] = fit_after_training(stage, model_args, training_args)
    thresholds = tune_thresholds(stage.extractor, parts["dev"], model_args, training_args)
    apply_thresholds(stage.trainer.model, thresholds)
    results.update(thresholds)
    if parts["dev"]:
        results["dev"] = document_scores(stage.extractor, parts["dev"], training_args.per_device_eval_batch_size,
                                         training_args.device)
    if run_args.refit_with_dev and parts["dev"]:
        stage, results["refit"] = refit_stage(stage, parts["dev"], schema, model_args, training_args)
        apply_thresholds(stage.trainer.model, thresholds)
    results["boosters"] = {"names": stage.boosters.names, "fit": stage.fit_reports}
    if stage.model.word_vocabulary is not None:
        results["word_vectors"] = {"words": len(stage.model.word_vocabulary),
                                   "dim": stage.model.config.word_vector_dim,
                                   "oov": stage.model.config.word_vector_oov,
                                   "oov_similarity": stage.model.config.word_vector_oov_similarity}
    results["data"] = {part: [d.id for d in docs][:20] + (["..."] if len(docs) > 20 else [])
                       for part, docs in parts.items()}
    results["data_counts"] = {part: len(docs) for part, docs in parts.items()}
    if getattr(data_args, "dataset_counts", None):
        results["datasets"] = data_args.dataset_counts
    results["versions"] = versions()
    model_dir = out_dir / "model"
    resolved = resolved_config(data_args, model_args, run_args, training_args, config_path)
    save_model_directory(stage.extractor, model_dir, resolved)
    if run_args.do_test and parts["test"]:
        from ..evaluation.harness import evaluate_documents

        results["test"] = evaluate_documents(stage.extractor, parts["test"],
                                             batch_size=training_args.per_device_eval_batch_size,
                                             device=training_args.device)
    (model_dir / "all_results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    from .card import write_model_card

    write_model_card(model_dir, run_args.run_name_for_card, resolved, results, stage.boosters)
    return results
