"""Replaced-token detection (ELECTRA, Clark et al. 2020) for the compact encoder.

A small generator (a masked LM of the encoder's width with fewer layers) fills the masked positions with
tokens sampled from its own predictions; the encoder (the discriminator, the model that is exported and
fine-tuned) then tells for *every* token whether it is the original or a replacement. The discriminator
learns from all tokens of a block, not from the 15% that are masked, which is what makes the objective
pay when compute is scarce. Generator and discriminator share the embedding module (token, position and
type embeddings); the generator's output projection is tied to the token embeddings.

Loss = generator MLM loss (masked positions only) + ``discriminator_weight`` x binary cross-entropy of the
detector over all tokens (the paper's weight is 50).
"""

from __future__ import annotations

import copy
import math
from pathlib import Path
from typing import Any

import torch
import torch.nn.functional as F
from safetensors.torch import load_model, save_model
from torch import nn
from transformers import Trainer

STATE_FILE = "electra_pretrainer.safetensors"


def mlm_head(model: nn.Module) -> nn.Module:
    """The masked-LM head of a BERT (``cls``) or RoBERTa-family (``lm_head``) model."""
    return model.cls if hasattr(model, "cls") else model.lm_head


def make_generator(discriminator: nn.Module, layers: int) -> nn.Module:
    """A masked LM of the discriminator's architecture and width with its first ``layers`` layers (and its MLM
    head), sharing the discriminator's embedding module."""
    total = discriminator.config.num_hidden_layers
    if not 1 <= layers < total:
        raise ValueError(f"config key generator_layers: choose 1..{total - 1} (the encoder has {total} layers)")
    generator = copy.deepcopy(discriminator)
    generator.base_model.encoder.layer = generator.base_model.encoder.layer[:layers]
    generator.config.num_hidden_layers = layers
    generator.base_model.embeddings = discriminator.base_model.embeddings
    generator.get_output_embeddings().weight = discriminator.base_model.embeddings.word_embeddings.weight
    return generator


class ElectraPretrainer(nn.Module):
    """Generator + discriminator (+ its detection head) trained jointly; ``discriminator`` is the encoder."""

    _keys_to_ignore_on_save = None  # read by Trainer when it resumes

    def __init__(self, discriminator: nn.Module, generator_layers: int = 2, discriminator_weight: float = 50.0,
                 temperature: float = 1.0):
        super().__init__()
        self.discriminator = discriminator
        self.generator = make_generator(discriminator, generator_layers)
        hidden = discriminator.config.hidden_size
        self.detector = nn.Sequential(nn.Linear(hidden, hidden), nn.GELU(), nn.Linear(hidden, 1))
        self.discriminator_weight = discriminator_weight
        self.temperature = temperature
        self.config = discriminator.config  # what Trainer reads (e.g. for its logs)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor, labels: torch.Tensor,
                generator: torch.Generator | None = None) -> dict[str, torch.Tensor]:
        selected = labels != -100
        gen_hidden = self.generator.base_model(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        gen_logits = mlm_head(self.generator)(gen_hidden[selected])
        gen_loss = F.cross_entropy(gen_logits.float(), labels[selected]) if selected.any() else gen_logits.sum() * 0.0
        with torch.no_grad():
            probs = torch.softmax(gen_logits.float() / self.temperature, dim=-1)
            sampled = torch.multinomial(probs, 1, generator=generator).squeeze(-1) if probs.numel() else \
                labels[selected]
        corrupted = torch.where(selected, labels, input_ids)  # the original block
        original = corrupted.clone()
        corrupted[selected] = sampled
        replaced = (corrupted != original) & attention_mask.bool()
        disc_hidden = self.discriminator.base_model(input_ids=corrupted, attention_mask=attention_mask).last_hidden_state
        logits = self.detector(disc_hidden).squeeze(-1)
        keep = attention_mask.bool()
        disc_loss = F.binary_cross_entropy_with_logits(logits[keep].float(), replaced[keep].float())
        loss = gen_loss + self.discriminator_weight * disc_loss
        correct = ((logits[keep] > 0) == replaced[keep]).float().mean()
        return {"loss": loss, "generator_loss": gen_loss.detach(), "discriminator_loss": disc_loss.detach(),
                "detection_accuracy": correct.detach(), "replaced_fraction": replaced[keep].float().mean().detach()}

    def save_state(self, directory: Path) -> Path:
        """All weights (generator, detector, shared embeddings once), to continue a later stage."""
        path = Path(directory) / STATE_FILE
        save_model(self, str(path))
        return path

    def load_state(self, directory: Path) -> None:
        missing, unexpected = load_model(self, str(Path(directory) / STATE_FILE), strict=False)
        if unexpected:
            raise ValueError(f"{Path(directory) / STATE_FILE}: unexpected tensors {', '.join(sorted(unexpected)[:5])}")


class ElectraTrainer(Trainer):
    """`Trainer` for :class:`ElectraPretrainer`: its loss, and checkpoints that store shared tensors once."""

    def compute_loss(self, model, inputs, return_outputs=False, num_items_in_batch=None):
        out = model(**inputs)
        return (out["loss"], out) if return_outputs else out["loss"]

    def _save(self, output_dir: str | None = None, state_dict: dict | None = None) -> None:
        output_dir = output_dir or self.args.output_dir
        Path(output_dir).mkdir(parents=True, exist_ok=True)
        save_model(self.model, str(Path(output_dir) / "model.safetensors"), metadata={"format": "pt"})
        torch.save(self.args, Path(output_dir) / "training_args.bin")

    def _issue_warnings_after_load(self, load_result) -> None:
        """A resumed checkpoint stores each shared tensor once: only missing aliases of stored tensors are fine."""
        names = dict(self.model.named_parameters(remove_duplicate=False))
        stored = {id(t) for k, t in names.items() if k not in set(load_result.missing_keys)}
        lost = [k for k in load_result.missing_keys if k in names and id(names[k]) not in stored]
        if lost or load_result.unexpected_keys:
            raise ValueError(f"checkpoint does not match the ELECTRA model: missing {lost[:5]}, "
                             f"unexpected {list(load_result.unexpected_keys)[:5]}")


@torch.inference_mode()
def held_out_electra(model: ElectraPretrainer, batches, seed: int) -> dict[str, Any]:
    """Held-out generator MLM loss and the discriminator's detection loss and accuracy (fixed sampling seed)."""
    model.eval()
    rng = torch.Generator().manual_seed(seed)
    sums = {"generator_loss": 0.0, "discriminator_loss": 0.0, "detection_accuracy": 0.0, "replaced_fraction": 0.0}
    masked = tokens = 0
    for batch in batches:
        n_masked = int((batch["labels"] != -100).sum())
        n_tokens = int(batch["attention_mask"].sum())
        out = model(**batch, generator=rng)
        sums["generator_loss"] += float(out["generator_loss"]) * n_masked
        for key in ("discriminator_loss", "detection_accuracy", "replaced_fraction"):
            sums[key] += float(out[key]) * n_tokens
        masked += n_masked
        tokens += n_tokens
    gen = sums["generator_loss"] / max(masked, 1)
    return {"held_out_generator_mlm_loss": round(gen, 4), "held_out_generator_perplexity": round(math.exp(gen), 2),
            "held_out_detection_loss": round(sums["discriminator_loss"] / max(tokens, 1), 4),
            "held_out_detection_accuracy": round(sums["detection_accuracy"] / max(tokens, 1), 4),
            "held_out_replaced_fraction": round(sums["replaced_fraction"] / max(tokens, 1), 4),
            "held_out_masked_tokens": masked, "held_out_tokens": tokens}

