"""Masked-language-model pretraining of a compact Arabic BERT (tokenizer + encoder).

Driven by :class:`PretrainArguments` plus transformers' ``TrainingArguments`` (one YAML file,
``HfArgumentParser``); the library's ``Trainer`` runs the loop, checkpoints and resumes.
"""

from __future__ import annotations

import json
import logging
import math
import platform
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F
import transformers
from transformers import (AutoModelForMaskedLM, AutoTokenizer, BertConfig, BertForMaskedLM, DataCollatorForLanguageModeling,
                          Trainer, TrainingArguments)

from .corpus import BlockDataset, Blocks, corpus_files, is_held_out, iter_documents, pack_blocks
from .tokenizer import train_wordpiece

logger = logging.getLogger(__name__)


@dataclass
class PretrainArguments:
    """What to pretrain on, the tokenizer and the encoder's shape."""

    corpus_paths: list[str] = field(default_factory=list, metadata={"help": "folders or .txt files of raw text"})
    export_dir: str = field(default="models/arabic-bert-mini", metadata={"help": "final HF model directory"})
    model_name: str = field(default="arabic-bert-mini", metadata={"help": "name used in the model card"})
    held_out_every: int = field(default=50, metadata={"help": "one document in N is held out for evaluation"})
    max_documents: int = field(default=0, metadata={"help": "use only the first N documents (0 = all)"})
    architecture: str = field(default="bert", metadata={"help": "bert (post-LN) or roberta-prelayernorm (pre-LN)"})
    vocab_size: int = 16000
    min_frequency: int = 3
    block_size: int = 256
    hidden_size: int = 256
    num_hidden_layers: int = 6
    num_attention_heads: int = 4
    intermediate_size: int = 1024
    hidden_dropout_prob: float = 0.1
    mlm_probability: float = 0.15
    whole_word_mask: bool = True
    position_init: str = field(default="random", metadata={
        "help": "random, or sinusoidal: learned position embeddings start from the sinusoid table, so attention "
                "can use word order from the first step"})
    embedding_init: str = field(default="random", metadata={
        "help": "random, or skipgram: token embeddings start from skip-gram vectors trained on the same blocks"})
    skipgram_epochs: int = 3
    eval_blocks: int = 300
    init_from: str = field(default="", metadata={
        "help": "an exported encoder directory (e.g. models/arabic-bert-mini) to continue pretraining from: its "
                "tokenizer and weights are used, the shape and initialization keys are ignored, and its earlier "
                "stages are kept in the results and the model card"})
    corpus_description: str = field(default="", metadata={"help": "corpus and license terms for the model card"})
    objective: str = field(default="mlm", metadata={
        "help": "mlm (masked-language modelling) or electra (replaced-token detection: a small generator fills the "
                "masked positions, the encoder learns from every token whether it was replaced; lm/electra.py)"})
    generator_layers: int = field(default=2, metadata={
        "help": "electra: the generator is the encoder's first N layers (same width, shared embeddings)"})
    discriminator_weight: float = field(default=50.0, metadata={"help": "electra: weight of the detection loss"})

    def __post_init__(self) -> None:
        if not self.corpus_paths:
            raise ValueError("config key corpus_paths: give at least one folder or .txt file of raw text")
        if self.architecture not in ("bert", "roberta-prelayernorm"):
            raise ValueError("config key architecture: choose bert or roberta-prelayernorm")
        if self.embedding_init not in ("random", "skipgram"):
            raise ValueError("config key embedding_init: choose random or skipgram")
        if self.objective not in ("mlm", "electra"):
            raise ValueError("config key objective: choose mlm or electra")
        if self.objective == "electra" and self.generator_layers < 1:
            raise ValueError("config key generator_layers: at least 1")
        if self.position_init not in ("random", "sinusoidal"):
            raise ValueError("config key position_init: choose random or sinusoidal")
        if self.hidden_size % self.num_attention_heads:
            raise ValueError("config keys hidden_size/num_attention_heads: hidden_size must be a multiple")
        if self.init_from and not (Path(self.init_from) / "config.json").is_file():
            raise ValueError(f"config key init_from: no model directory (config.json) at {self.init_from}")


class BlockCollator(DataCollatorForLanguageModeling):
    """Stack fixed-length blocks and apply (whole-word) masking; no padding needed."""

    def torch_call(self, examples: list[dict[str, Any]]) -> dict[str, torch.Tensor]:
        if self.seed is not None and self.generator is None:
            self.create_rng()
        input_ids = torch.as_tensor(np.stack([e["input_ids"] for e in examples]))
        special = torch.as_tensor(np.stack([e["special_tokens_mask"] for e in examples]))
        offsets = np.stack([e["offset_mapping"] for e in examples]) if self.whole_word_mask else None
        inputs, labels = self.torch_mask_tokens(input_ids, special_tokens_mask=special, offset_mapping=offsets)
        return {"input_ids": inputs, "attention_mask": torch.ones_like(inputs), "labels": labels}


def masked_lm_loss(model, inputs: dict[str, torch.Tensor]) -> torch.Tensor:
    """MLM loss computed on masked positions only (the vocabulary projection is the costly part)."""
    labels = inputs["labels"]
    hidden = model.base_model(input_ids=inputs["input_ids"], attention_mask=inputs["attention_mask"]).last_hidden_state
    selected = labels != -100
    head = model.cls if hasattr(model, "cls") else model.lm_head
    logits = head(hidden[selected])
    return F.cross_entropy(logits, labels[selected])


class MaskedLMTrainer(Trainer):
    """`Trainer` whose loss projects only masked positions onto the vocabulary."""

    def compute_loss(self, model, inputs, return_outputs=False, num_items_in_batch=None):
        # masked_lm_loss calls the encoder and the head directly, past the forward that accelerate wraps in
        # autocast: enter it here so that --bf16 reaches the MLM step (about 2x faster on an avx512_bf16 CPU).
        with self.accelerator.autocast():
            loss = masked_lm_loss(model, inputs)
        return (loss, {"loss": loss}) if return_outputs else loss


def prepare_data(args: PretrainArguments, work_dir: Path) -> tuple[Any, Blocks, Blocks, dict[str, Any]]:
    """Train (or reload) the tokenizer and the packed blocks, cached in ``work_dir``."""
    files = corpus_files(args.corpus_paths)
    tok_dir = work_dir / "tokenizer"
    stats_path = work_dir / "data_stats.json"

    def documents(held_out: bool):
        for i, doc in enumerate(iter_documents(files)):
            if args.max_documents and i >= args.max_documents:
                return
            if is_held_out(i, args.held_out_every) == held_out:
                yield doc

    if args.init_from and not (tok_dir / "tokenizer.json").exists():
        AutoTokenizer.from_pretrained(args.init_from).save_pretrained(tok_dir)  # continue with the same vocabulary
    if not (tok_dir / "tokenizer.json").exists():
        start = time.time()
        tokenizer = train_wordpiece((line for doc in documents(False) for line in doc),
                                    vocab_size=args.vocab_size, min_frequency=args.min_frequency)
        tokenizer.model_max_length = args.block_size
        tokenizer.save_pretrained(tok_dir)
        logger.info("trained tokenizer (%d tokens) in %.0fs", len(tokenizer), time.time() - start)
    tokenizer = AutoTokenizer.from_pretrained(tok_dir)
    train_prefix, eval_prefix = work_dir / "blocks-train", work_dir / "blocks-eval"
    if not (Blocks.exists(train_prefix) and Blocks.exists(eval_prefix) and stats_path.exists()):
        start = time.time()
        train_blocks = pack_blocks(documents(False), tokenizer, args.block_size)
        eval_blocks = pack_blocks(documents(True), tokenizer, args.block_size)
        train_blocks.save(train_prefix)
        eval_blocks.save(eval_prefix)
        n_docs = sum(1 for i, _ in enumerate(iter_documents(files)) if not args.max_documents or i < args.max_documents)
        words = sum(len(line.split()) for doc in documents(False) for line in doc)
        stats = {
            "files": [str(f) for f in files],
            "documents": n_docs,
            "held_out_documents": sum(1 for i in range(n_docs) if is_held_out(i, args.held_out_every)),
            "train_words": words,
            "train_tokens": int(train_blocks.input_ids.size),
            "train_blocks": len(train_blocks),
            "eval_blocks": len(eval_blocks),
            "tokens_per_word": round((len(train_blocks) * (args.block_size - 2)) / max(words, 1), 3),
            "prepare_seconds": round(time.time() - start, 1),
        }
        stats_path.write_text(json.dumps(stats, indent=2), encoding="utf-8")
    stats = json.loads(stats_path.read_text(encoding="utf-8"))
    return tokenizer, Blocks.load(train_prefix), Blocks.load(eval_prefix), stats


def build_model(args: PretrainArguments, tokenizer, train_blocks: Blocks | None = None, work_dir: Path | None = None,
                seed: int = 0):
    """A randomly initialized encoder with an MLM head (BERT, or pre-LayerNorm RoBERTa-style BERT).

    With ``init_from`` the exported encoder is loaded instead, to continue its pretraining.
    """
    if args.init_from:
        model = AutoModelForMaskedLM.from_pretrained(args.init_from)
        if model.config.vocab_size != len(tokenizer):
            raise ValueError(f"config key init_from: {args.init_from} has {model.config.vocab_size} token embeddings "
                             f"but its tokenizer {len(tokenizer)} entries")
        return model
    common = dict(
        vocab_size=len(tokenizer), hidden_size=args.hidden_size, num_hidden_layers=args.num_hidden_layers,
        num_attention_heads=args.num_attention_heads, intermediate_size=args.intermediate_size,
        hidden_dropout_prob=args.hidden_dropout_prob, attention_probs_dropout_prob=args.hidden_dropout_prob,
        pad_token_id=tokenizer.pad_token_id,
    )
    if args.architecture == "roberta-prelayernorm":
        from transformers import RobertaPreLayerNormConfig, RobertaPreLayerNormForMaskedLM

        # RoBERTa numbers positions from pad_token_id + 1
        config = RobertaPreLayerNormConfig(**common, max_position_embeddings=args.block_size + tokenizer.pad_token_id + 1,
                                           type_vocab_size=1, bos_token_id=tokenizer.cls_token_id,
                                           eos_token_id=tokenizer.sep_token_id)
        model = RobertaPreLayerNormForMaskedLM(config)
    else:
        model = BertForMaskedLM(BertConfig(**common, max_position_embeddings=args.block_size))
    if args.embedding_init == "skipgram":
        from .skipgram import cached_skipgram, scaled_like_init

        if train_blocks is None or work_dir is None:
            raise ValueError("embedding_init=skipgram needs the training blocks")
        table = model.base_model.embeddings.word_embeddings.weight
        vectors, found = cached_skipgram(work_dir / "skipgram.npz", train_blocks.input_ids, table.shape[0],
                                         table.shape[1], epochs=args.skipgram_epochs, seed=seed)
        with torch.no_grad():
            rows = torch.from_numpy(np.flatnonzero(found))
            table[rows] = torch.from_numpy(scaled_like_init(vectors, found, model.config.initializer_range)[found])
    if args.position_init == "sinusoidal":
        table = model.base_model.embeddings.position_embeddings.weight
        with torch.no_grad():
            table.copy_(sinusoid_table(table.shape[0], table.shape[1], std=model.config.initializer_range))
    return model


def sinusoid_table(positions: int, dim: int, std: float) -> torch.Tensor:
    """The Transformer's sinusoidal position encodings, scaled to entries of standard deviation ``std``."""
    pos = torch.arange(positions, dtype=torch.float32)[:, None]
    freq = torch.exp(torch.arange(0, dim, 2, dtype=torch.float32) * (-math.log(10000.0) / dim))
    table = torch.zeros(positions, dim)
    table[:, 0::2] = torch.sin(pos * freq)
    table[:, 1::2] = torch.cos(pos * freq)[:, :dim // 2]
    return table * (std / table.std())


@torch.inference_mode()
def held_out_loss(model: BertForMaskedLM, blocks: Blocks, tokenizer, args: PretrainArguments, seed: int,
                  batch_size: int = 32) -> dict[str, float]:
    """Deterministic held-out MLM loss (fixed masking seed) and its perplexity ``exp(loss)``."""
    model.eval()
    collator = BlockCollator(tokenizer=tokenizer, mlm_probability=args.mlm_probability,
                             whole_word_mask=args.whole_word_mask, seed=seed)
    dataset = BlockDataset(blocks)
    n = min(len(dataset), args.eval_blocks)
    total, count = 0.0, 0
    for start in range(0, n, batch_size):
        batch = collator([dataset[i] for i in range(start, min(n, start + batch_size))])
        selected = int((batch["labels"] != -100).sum())
        total += float(masked_lm_loss(model, batch)) * selected
        count += selected
    loss = total / max(count, 1)
    return {"held_out_mlm_loss": round(loss, 4), "held_out_perplexity": round(math.exp(loss), 2),
            "held_out_blocks": n, "held_out_masked_tokens": count}


def held_out_detection(model, blocks: Blocks, tokenizer, args: PretrainArguments, seed: int,
                       batch_size: int = 32) -> dict[str, Any]:
    """ELECTRA's own held-out scores on the same held-out blocks and masking seed as :func:`held_out_loss`."""
    from .electra import held_out_electra

    collator = BlockCollator(tokenizer=tokenizer, mlm_probability=args.mlm_probability,
                             whole_word_mask=args.whole_word_mask, seed=seed)
    dataset = BlockDataset(blocks)
    n = min(len(dataset), args.eval_blocks)
    batches = (collator([dataset[i] for i in range(start, min(n, start + batch_size))])
               for start in range(0, n, batch_size))
    return {**held_out_electra(model, batches, seed), "held_out_blocks": n}


def run_pretraining(args: PretrainArguments, training_args: TrainingArguments, resume: bool = True) -> dict[str, Any]:
    """Prepare data, train with checkpoints (resuming when possible), export and describe the model."""
    work_dir = Path(training_args.output_dir)
    work_dir.mkdir(parents=True, exist_ok=True)
    transformers.set_seed(training_args.seed)
    earlier, origin = earlier_stages(args, training_args)  # read before the export may overwrite init_from
    tokenizer, train_blocks, eval_blocks, data_stats = prepare_data(args, work_dir)
    model = build_model(args, tokenizer, train_blocks, work_dir, seed=training_args.seed)
    collator = BlockCollator(tokenizer=tokenizer, mlm_probability=args.mlm_probability,
                             whole_word_mask=args.whole_word_mask)
    trainer_class, trained = MaskedLMTrainer, model
    if args.objective == "electra":
        from .electra import STATE_FILE, ElectraPretrainer, ElectraTrainer

        trained = ElectraPretrainer(model, generator_layers=args.generator_layers,
                                    discriminator_weight=args.discriminator_weight)
        if args.init_from and (Path(args.init_from) / STATE_FILE).exists():  # continue generator and detector too
            trained.load_state(Path(args.init_from))
        trainer_class = ElectraTrainer
    trainer = trainer_class(model=trained, args=training_args, train_dataset=BlockDataset(train_blocks),
                            eval_dataset=BlockDataset(Blocks(eval_blocks.input_ids[:args.eval_blocks],
                                                             eval_blocks.offsets[:args.eval_blocks])),
                            data_collator=collator)
    checkpoints = sorted(work_dir.glob("checkpoint-*"), key=lambda p: int(p.name.split("-")[-1]))
    start = time.time()
    result = trainer.train(resume_from_checkpoint=str(checkpoints[-1]) if resume and checkpoints else None)
    seconds = time.time() - start
    if args.objective == "electra":
        metrics = held_out_detection(trained, eval_blocks, tokenizer, args, seed=training_args.seed)
        model = trained.discriminator
    else:
        model = trainer.model
        metrics = held_out_loss(model, eval_blocks, tokenizer, args, seed=training_args.seed)
    steps = int(result.global_step)
    tokens_per_step = training_args.per_device_train_batch_size * training_args.gradient_accumulation_steps * args.block_size
    summary = {
        **metrics,
        "steps": steps,
        "tokens_seen": steps * tokens_per_step,
        "train_seconds_this_run": round(seconds, 1),
        "final_train_loss": round(float(result.training_loss), 4),
        "parameters": sum(p.numel() for p in model.parameters()),
        "objective": args.objective,
        "data": data_stats,
        "versions": {"python": platform.python_version(), "torch": torch.__version__,
                     "transformers": transformers.__version__},
        "device": f"{platform.machine()} CPU x{torch.get_num_threads()} threads" if not torch.cuda.is_available()
        else torch.cuda.get_device_name(0),
    }
    stage = {key: summary[key] for key in ("steps", "tokens_seen", "held_out_mlm_loss", "held_out_perplexity",
                                            "held_out_detection_loss", "held_out_detection_accuracy",
                                            "final_train_loss", "train_seconds_this_run", "device", "objective")
             if key in summary}
    stage.update(precision="bf16 autocast" if training_args.bf16 else "fp32")
    stage.update(output_dir=training_args.output_dir, init_from=origin,
                 learning_rate=training_args.learning_rate, warmup_steps=training_args.warmup_steps,
                 lr_scheduler_type=str(getattr(training_args.lr_scheduler_type, "value", training_args.lr_scheduler_type)))
    summary["stages"] = [*earlier, stage]
    summary["steps_total"] = sum(s["steps"] for s in summary["stages"])
    summary["tokens_seen_total"] = sum(s["tokens_seen"] for s in summary["stages"])
    export(model, tokenizer, args, training_args, summary)
    if args.objective == "electra":
        trained.save_state(Path(args.export_dir))  # generator + detector, for a later stage (init_from)
    return summary


def earlier_stages(args: PretrainArguments, training_args: TrainingArguments) -> tuple[list[dict[str, Any]], str | None]:
    """The pretraining stages behind ``init_from`` (its own results, or a summary of a first run without stages),
    and the directory this stage started from.

    Re-exporting the same stage (the command run again after it finished) does not count that stage twice.
    """
    if not args.init_from:
        return [], None
    path = Path(args.init_from) / "pretraining_results.json"
    if not path.exists():
        return [{"init_from": None, "steps": 0, "tokens_seen": 0, "note": "no pretraining_results.json"}], args.init_from
    previous = json.loads(path.read_text(encoding="utf-8"))
    config_path = Path(args.init_from) / "pretraining_config.json"
    training = json.loads(config_path.read_text(encoding="utf-8")).get("training", {}) if config_path.exists() else {}
    stages = previous.get("stages") or [{
        **{key: previous.get(key) for key in ("steps", "tokens_seen", "held_out_mlm_loss", "held_out_perplexity",
                                              "final_train_loss", "train_seconds_this_run", "device")},
        "output_dir": training.get("output_dir"), "init_from": None, "learning_rate": training.get("learning_rate"),
        "warmup_steps": training.get("warmup_steps"), "lr_scheduler_type": training.get("lr_scheduler_type")}]
    if stages[-1].get("output_dir") == training_args.output_dir:
        return stages[:-1], stages[-1].get("init_from")
    return stages, args.init_from


def first_stage_config(model_dir: Path) -> dict[str, Any] | None:
    """The resolved config of the stage that built an exported encoder from scratch."""
    path = model_dir / "pretraining_config.json"
    if not path.exists():
        return None
    resolved = json.loads(path.read_text(encoding="utf-8"))
    return resolved.get("first_stage") or {"pretrain": resolved["pretrain"], "training": resolved["training"]}


def export(model: BertForMaskedLM, tokenizer, args: PretrainArguments, training_args: TrainingArguments,
           summary: dict[str, Any]) -> Path:
    """Write the model directory: config, fp32 safetensors, tokenizer, results and a model card."""
    out = Path(args.export_dir)
    out.mkdir(parents=True, exist_ok=True)
    model = model.to(torch.float32).eval()
    model.save_pretrained(out, safe_serialization=True)
    tokenizer.save_pretrained(out)
    (out / "pretraining_results.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False), encoding="utf-8")
    resolved = {"pretrain": asdict(args), "training": {k: v for k, v in training_args.to_dict().items()
                                                       if isinstance(v, (int, float, str, bool, type(None)))}}
    if args.init_from:  # keep how the first stage was built (architecture, initialization) for the card
        first = first_stage_config(Path(args.init_from))
        if first is not None:
            resolved["first_stage"] = first
    (out / "pretraining_config.json").write_text(json.dumps(resolved, indent=2, ensure_ascii=False), encoding="utf-8")
    from .card import write_encoder_card

    write_encoder_card(out)
    return out
