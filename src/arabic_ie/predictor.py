"""`Predictor`: packaged inference for a trained arabic-ie model directory, on CPU or GPU.

    from arabic_ie import Predictor
    p = Predictor.from_pretrained("runs/seed-default/model", device="auto")
    p("وصل الرئيس الروسي فلاديمير بوتين إلى هانوي.")
    # {"text": ..., "entities": [{"id", "type", "start", "end", "text", "score"}], "relations": [{"type", "head", "tail", "score"}]}

Every entity offset indexes the original input (`text[start:end] == entity["text"]`), whatever
normalization, clitics, diacritics, bidi marks or line endings it contains. Long texts are split
into overlapping windows, never truncated.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Sequence

import torch

from .extractor import Extractor, ModelDirectoryError

# One request's text limit: about 100 news articles. Longer texts are windowed, never truncated, but a single
# multi-megabyte request would hold the process for minutes (issue 21 measured 681 s and 4.9 GB for 5,000,000
# characters); raise it explicitly with Predictor.from_pretrained(..., max_chars=N) when you mean to.
MAX_CHARS_DEFAULT = 200_000


def quantize_int8(model: torch.nn.Module) -> torch.nn.Module:
    """Dynamic int8 quantization of every Linear layer (weights int8, activations quantized on the fly; CPU)."""
    return torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)


class PredictorError(ValueError):
    """A bad model directory or a bad input."""


#: Where the entity pass runs: PyTorch, or ONNX Runtime (``arabic_ie.onnx_backend``; relations stay in PyTorch).
BACKENDS = ("torch", "onnx")

#: ``dtype`` values of :meth:`Predictor.from_pretrained` (autocast of the encoder and heads; weights stay fp32).
DTYPES = {"fp32": None, "float32": None, "bf16": torch.bfloat16, "bfloat16": torch.bfloat16,
          "fp16": torch.float16, "float16": torch.float16}


def _resolve_dtype(dtype: str | None, device: torch.device) -> torch.dtype | None:
    """The autocast dtype: ``None`` / ``"auto"`` is bf16 (or fp16) on a GPU and fp32 on the CPU."""
    if dtype in (None, "auto"):
        if device.type == "cuda":
            return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
        return None
    if dtype not in DTYPES:
        raise PredictorError(f"dtype must be 'auto', 'fp32', 'bf16' or 'fp16', got {dtype!r}")
    if DTYPES[dtype] is torch.float16 and device.type == "cpu":
        raise PredictorError("dtype='fp16' is for GPUs; on the CPU use 'bf16' (fast where the CPU has AVX512-BF16 or "
                             "AMX) or 'fp32'")
    return DTYPES[dtype]


def resolve_device(device: str | torch.device | None) -> torch.device:
    """``"auto"`` (or None) is the GPU when there is one, else the CPU; anything else must name an available device."""
    if device in (None, "auto"):
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    try:
        device = torch.device(device)
    except (RuntimeError, TypeError):
        raise PredictorError(f"device={device!r} is not a device; use 'auto', 'cpu', 'cuda' or 'cuda:N'") from None
    if device.type == "cuda" and not torch.cuda.is_available():
        raise PredictorError("device='cuda' requested but no CUDA device is available; use device='cpu' or 'auto'")
    return device


class Predictor:
    """Entities and relations for raw Arabic texts."""

    def __init__(self, extractor: Extractor, device: torch.device, batch_size: int = 8,
                 quantize: str | None = None, max_chars: int = MAX_CHARS_DEFAULT, dtype: str | None = None,
                 backend: str = "torch"):
        self.extractor = extractor
        self.backend = backend
        self.model = extractor.model
        self.tokenizer = extractor.tokenizer
        self.device = device
        self.batch_size = batch_size
        self.quantize = quantize
        self.max_chars = max_chars
        self.dtype = _resolve_dtype(dtype, device)

    @classmethod
    def from_pretrained(cls, path: str | Path, device: str | torch.device | None = "auto", batch_size: int = 8,
                        quantize: str | None = None, max_chars: int = MAX_CHARS_DEFAULT,
                        dtype: str | None = "auto", backend: str = "torch", style: str | None = None) -> "Predictor":
        """Load a model directory written by `arabic-ie train` (safetensors weights only), with its boosters.

        ``dtype``: the compute precision. ``auto`` is bf16 / fp16 on a GPU and fp32 on the CPU; ``bf16`` on a CPU
        with AVX512-BF16 or AMX runs about 2x faster than fp32 (eval/benchmark.py measures it, and the F1 it costs).
        ``quantize="int8"`` (dynamic quantization of the linear layers, CPU) is the other fast path; the two do
        not combine.

        ``backend="onnx"`` (CPU, ``pip install 'arabic-ie[onnx]'``) runs the entity pass (encoder and entity heads) in
        ONNX Runtime, exported at load (a few seconds); with ``quantize="int8"`` the graph is int8-quantized by ONNX
        Runtime, the fastest CPU path measured (docs/serving.md). Relations stay in PyTorch.

        ``path`` is a directory, or the name of an embedded model (``arabic-ie-news``, ``models/arabic-ie-news``)
        found in the checkout's or the installation's ``models/``.

        ``style``: for a model trained with annotation-style heads (``config.entity_styles``, e.g. ``anercorp``),
        predict entities as that corpus's guidelines draw them; ``None`` (the default) is the model's own
        guidelines."""
        if not Path(path).is_dir():
            from .training.data import resolve_model_path

            path = resolve_model_path(str(path))
        path = Path(path)
        if quantize not in (None, "int8"):
            raise PredictorError(f"quantize must be None or 'int8', got {quantize!r}")
        if backend not in BACKENDS:
            raise PredictorError(f"backend must be one of {', '.join(map(repr, BACKENDS))}, got {backend!r}")
        if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
            raise PredictorError(f"batch_size must be an integer of at least 1, got {batch_size!r}")
        if isinstance(max_chars, bool) or not isinstance(max_chars, int) or max_chars < 1:
            raise PredictorError(f"max_chars must be an integer of at least 1, got {max_chars!r}")
        device = resolve_device(device)
        if quantize == "int8" and device.type != "cpu":
            raise PredictorError("quantize='int8' (dynamic quantization) runs on the CPU only")
        if backend == "onnx" and device.type != "cpu":
            raise PredictorError("backend='onnx' runs on the CPU only (ONNX Runtime's CPU provider); on a GPU use "
                                 "the default backend='torch'")
        compute_dtype = _resolve_dtype(dtype, device)
        if quantize == "int8" and compute_dtype is not None:
            raise PredictorError(f"quantize='int8' and dtype={dtype!r} do not combine: choose one")
        if backend == "onnx" and compute_dtype is not None:
            raise PredictorError(f"backend='onnx' and dtype={dtype!r} do not combine: use quantize='int8' for speed")
        try:
            extractor = Extractor.from_pretrained(path)
        except ModelDirectoryError as exc:
            raise PredictorError(str(exc)) from None
        model = extractor.model.eval()
        try:
            model.use_style(style)
        except ValueError as exc:
            raise PredictorError(f"{path}: {exc}") from None
        entity_pass = None
        if backend == "onnx":
            from .onnx_backend import OnnxEntityPass, OnnxUnavailable

            try:
                entity_pass = OnnxEntityPass.from_model(model, extractor.tokenizer, quantize=quantize)
            except OnnxUnavailable as exc:
                raise PredictorError(str(exc)) from None
        if quantize == "int8" and entity_pass is None:  # with ONNX the relation head stays fp32 (small, exact)
            model = quantize_int8(model)
        if entity_pass is not None:
            model.onnx_entity_pass = entity_pass
        extractor.model = model.to(device)
        return cls(extractor, device, batch_size=batch_size, quantize=quantize, max_chars=max_chars, dtype=dtype,
                   backend=backend)

    @property
    def config(self):
        return self.model.config

    def _check(self, texts: Sequence[Any]) -> list[str]:
        checked = []
        for i, text in enumerate(texts):
            if not isinstance(text, str):
                raise PredictorError(f"input #{i} is {type(text).__name__}, expected str")
            if len(text) > self.max_chars:
                raise PredictorError(f"input #{i} has {len(text):,} characters, more than max_chars={self.max_chars:,}; "
                                     "split it or raise max_chars")
            surrogate = next((j for j, ch in enumerate(text) if "\ud800" <= ch <= "\udfff"), None)
            if surrogate is not None:
                raise PredictorError(f"input #{i} has a lone surrogate (U+{ord(text[surrogate]):04X}) at character "
                                     f"{surrogate}: not valid Unicode text (decode the source with errors='replace'?)")
            checked.append(text)
        return checked

    def predict(self, texts: str | Sequence[str], relations: bool = True) -> dict[str, Any] | list[dict[str, Any]]:
        """Predict one text (returns a dict) or a list of texts (returns a list of dicts).

        ``relations=False`` gives the entities alone (an empty ``relations`` list), skipping the relation step: the
        faster path when relations are not needed, above all for a model with ``relation_markers`` (whose
        relations take a second encoder pass)."""
        single = isinstance(texts, str)
        if texts is None or not (single or isinstance(texts, (list, tuple))):
            raise PredictorError(f"input is {type(texts).__name__}, expected a str or a list of str")
        items = self._check([texts] if single else list(texts))
        from .boosters.crf import CRFWorkerError

        try:
            docs = self.extractor.predict_documents(items, batch_size=self.batch_size, device=self.device,
                                                    dtype=self.dtype, with_relations=bool(relations))
        except CRFWorkerError as exc:  # the isolated CRFsuite process died on a damaged model file
            raise PredictorError(str(exc)) from None
        results = [{"text": d.text, "entities": [e.to_dict() for e in d.entities],
                    "relations": [{"type": r.type, "head": r.head, "tail": r.tail, "score": round(r.score, 4)}
                                  for r in d.relations]} for d in docs]
        return results[0] if single else results

    __call__ = predict

    def __repr__(self) -> str:
        return (f"Predictor(types={self.config.entity_types}, relations={self.config.relation_labels[1:]}, "
                f"boosters={self.extractor.boosters.names}, device={self.device}, quantize={self.quantize}, "
                f"dtype={str(self.dtype).replace('torch.', '') if self.dtype else 'float32'})")


def to_jsonl_line(result: dict[str, Any], doc_id: str) -> str:
    return json.dumps({"id": doc_id, **result}, ensure_ascii=False)
