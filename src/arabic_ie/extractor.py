"""`Extractor`: the trained joint model, its tokenizer and its boosters, as one object that predicts and saves.

A model directory holds ``config.json`` + ``model.safetensors`` (the transformer), the tokenizer files, and,
when the model has boosters, ``boosters.json`` with each booster's own files.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any, Iterable, Sequence

import torch

from .boosters import BoosterError, BoosterPipeline
from .core import ArabicIEModel, predict_documents
from .core.candidates import CandidateFn, schema_candidates
from .core.configuration import FORMAT_VERSION
from .data.document import Document, Entity

REQUIRED_FILES = ("config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json")


class ModelDirectoryError(ValueError):
    """A model directory that cannot be used: missing or corrupt files, an older format."""


def check_model_directory(path: Path) -> None:
    """Fail with one clear message before loading anything from ``path``."""
    if not path.is_dir():
        raise ModelDirectoryError(f"{path}: model directory not found")
    for required in REQUIRED_FILES:
        if not (path / required).exists():
            raise ModelDirectoryError(f"{path}: missing {required}; not a complete arabic-ie model directory")
    try:
        raw = json.loads((path / "config.json").read_text(encoding="utf-8"))
    except ValueError as exc:
        raise ModelDirectoryError(f"{path}/config.json: invalid JSON ({exc})") from None
    if not isinstance(raw, dict) or raw.get("model_type") != "arabic_ie":
        raise ModelDirectoryError(f"{path}/config.json: not an arabic-ie model (model_type "
                                  f"{raw.get('model_type') if isinstance(raw, dict) else None!r})")
    version = raw.get("format_version", 1)
    if version != FORMAT_VERSION:
        raise ModelDirectoryError(
            f"{path}: model directory format {version}, this arabic-ie reads format {FORMAT_VERSION}"
            + (" (format 1 kept lexicons and the CRF inside config.json / model.safetensors; retrain the model with "
               "its config: the booster keys became a `boosters:` list, see docs/boosters.md)" if version == 1 else ""))


def check_config_values(path: Path, config) -> None:
    """Values of a model's config.json that would load but fail (or mislead) at predict time."""
    def bad(key: str, why: str) -> ModelDirectoryError:
        return ModelDirectoryError(f"{path}/config.json: {key} = {getattr(config, key, None)!r}: {why}")

    max_positions = (config.encoder or {}).get("max_position_embeddings")
    size, overlap = config.window_size, config.window_overlap
    if isinstance(size, bool) or not isinstance(size, int) or size < 8:
        raise bad("window_size", "must be an integer of at least 8 subwords")
    if isinstance(max_positions, int) and size > max_positions:
        raise bad("window_size", f"exceeds the encoder's {max_positions} positions")
    if isinstance(overlap, bool) or not isinstance(overlap, int) or not 0 <= overlap < size:
        raise bad("window_overlap", f"must be an integer from 0 to window_size - 1 ({size - 1})")
    for key in ("entity_threshold", "relation_threshold"):
        value = getattr(config, key)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 <= value < float("inf"):
            raise bad(key, "must be a number of at least 0 (above 1 nothing passes)")
    o_bias = config.entity_o_bias
    if isinstance(o_bias, bool) or not isinstance(o_bias, (int, float)) or not math.isfinite(o_bias):
        raise bad("entity_o_bias", "must be a finite number (0: the probabilities as trained)")


class Extractor:
    """Entities and relations for texts, from a model, its tokenizer and its boosters."""

    def __init__(self, model: ArabicIEModel, tokenizer, boosters: BoosterPipeline | None = None) -> None:
        self.model = model
        self.tokenizer = tokenizer
        self.boosters = boosters if boosters is not None else BoosterPipeline([], model.config.schema_obj)

    @property
    def config(self):
        return self.model.config

    @property
    def schema(self):
        return self.model.config.schema_obj

    @classmethod
    def from_pretrained(cls, path: str | Path, **model_kwargs) -> "Extractor":
        """Load a model directory written by :meth:`save_pretrained` (safetensors weights only)."""
        from transformers import AutoTokenizer

        path = Path(path)
        check_model_directory(path)
        try:
            model = ArabicIEModel.from_pretrained(path, use_safetensors=True, **model_kwargs)
            tokenizer = AutoTokenizer.from_pretrained(path)
        except Exception as exc:  # corrupt json or weights: one clear message
            raise ModelDirectoryError(f"{path}: cannot load the model ({type(exc).__name__}: {exc})") from None
        check_config_values(path, model.config)
        broken = [name for name, tensor in model.state_dict().items()
                  if tensor.is_floating_point() and not torch.isfinite(tensor).all()]
        if broken:
            raise ModelDirectoryError(f"{path}: model.safetensors holds NaN or infinite weights in {len(broken)} "
                                      f"tensor(s), e.g. {broken[0]}: the file is damaged or was trained into "
                                      "divergence; refusing to predict with it")
        try:
            boosters = BoosterPipeline.load(path, model.config.schema_obj)
        except BoosterError as exc:
            raise ModelDirectoryError(str(exc)) from None
        return cls(model.float().eval(), tokenizer, boosters)  # weights may be stored in fp16; compute in fp32

    def save_pretrained(self, directory: str | Path) -> Path:
        directory = Path(directory)
        unfitted = [b.name for b in self.boosters.boosters if not b.fitted]
        if unfitted:
            raise BoosterError(f"booster {', '.join(unfitted)} was never fitted; nothing saved")
        directory.mkdir(parents=True, exist_ok=True)
        self.model.save_pretrained(directory, safe_serialization=True)
        self.tokenizer.save_pretrained(directory)
        if self.boosters.boosters:
            self.boosters.save(directory)
        else:
            (directory / "boosters.json").unlink(missing_ok=True)
        return directory

    def without(self, names: Iterable[str]) -> tuple["Extractor", list[str]]:
        """The same model with some boosters switched off (and those that require them); returns the names dropped."""
        boosters, dropped = self.boosters.without(names)
        return Extractor(self.model, self.tokenizer, boosters), dropped

    def with_boosters(self, specs: Iterable[Any]) -> tuple["Extractor", list[str]]:
        """The same model with boosters that need no fitting added after its own (e.g. ``["patterns"]``);
        returns it and the names added. Save it with `save_pretrained` to ship them with the model."""
        boosters, added = self.boosters.with_(specs)
        return Extractor(self.model, self.tokenizer, boosters), added

    def predict_documents(self, texts: Sequence[str], ids: Sequence[str] | None = None, batch_size: int = 8,
                          device: torch.device | str | None = None, dtype: torch.dtype | None = None,
                          candidate_fn: CandidateFn = schema_candidates, with_relations: bool = True,
                          given_entities: Sequence[Sequence[Entity]] | None = None,
                          entity_threshold: float | None = None, relation_threshold: float | None = None,
                          entity_o_bias: float | None = None) -> list[Document]:
        return predict_documents(self.model, self.tokenizer, texts, ids=ids, batch_size=batch_size, device=device,
                                 dtype=dtype, candidate_fn=candidate_fn, with_relations=with_relations,
                                 given_entities=given_entities, hooks=self.boosters,
                                 entity_threshold=entity_threshold, relation_threshold=relation_threshold,
                                 entity_o_bias=entity_o_bias)
