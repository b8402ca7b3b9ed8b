"""ONNX Runtime for the entity pass: the encoder and both entity heads as one ONNX graph.

The graph's inputs follow the model: ``input_ids`` and ``attention_mask``, plus ``token_tags`` for a model that
reads extra token tags (a lexicon booster) and ``word_rows`` for one that reads static word vectors (the frozen
table is inside the graph). Its outputs are ``entity_logits``, ``proclitic_logits`` and ``hidden`` (the encoder
states the PyTorch relation head reads). ``quantize="int8"`` quantizes the graph's matrix products dynamically
(ONNX Runtime's ``quantize_dynamic``): on this project's CPU it ran faster than PyTorch's dynamic int8
(docs/serving.md, ``python eval/benchmark.py``).

The ``Predictor`` uses it with ``backend="onnx"``: the entity pass runs in ONNX Runtime, relations (and the
entity-marked pass of a ``relation_markers`` model) stay in PyTorch. Needs ``pip install 'arabic-ie[onnx]'``.
"""

from __future__ import annotations

import logging
import tempfile
import warnings
from pathlib import Path

import torch

OUTPUTS = ("entity_logits", "proclitic_logits", "hidden")


class OnnxUnavailable(ImportError):
    """ONNX Runtime (or the exporter's packages) is not installed."""


def _require() -> None:
    try:
        import onnx  # noqa: F401
        import onnxruntime  # noqa: F401
    except ImportError as err:
        raise OnnxUnavailable(f"the ONNX backend needs onnxruntime and onnx: pip install 'arabic-ie[onnx]' "
                              f"({err})") from None


def graph_inputs(model) -> list[str]:
    """The graph's input names for ``model``, in order."""
    names = ["input_ids", "attention_mask"]
    if model.config.token_tag_vocab:
        names.append("token_tags")
    if getattr(model, "word_vectors", None) is not None:
        names.append("word_rows")
    return names


class _EntityGraph(torch.nn.Module):
    """Encoder + entity and proclitic heads: what the ONNX file computes."""

    def __init__(self, model, inputs: list[str]) -> None:
        super().__init__()
        self.model = model
        self.inputs = inputs

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor, *extra: torch.Tensor):
        named = dict(zip(self.inputs[2:], extra))
        hidden = self.model.encode(input_ids, attention_mask, named.get("token_tags"), named.get("word_rows"))
        entity_logits, proclitic_logits = self.model.entity_heads(hidden)
        return entity_logits, proclitic_logits, hidden


def export_entity_graph(model, tokenizer, output: str | Path, opset: int = 17) -> Path:
    """Write ``model``'s entity pass as an ONNX graph (dynamic batch and length) to ``output``."""
    _require()
    model = model.eval()
    inputs = graph_inputs(model)
    example = tokenizer(["وصل الرئيس إلى هانوي", "نص"], return_tensors="pt", padding=True)
    args = [example["input_ids"], example["attention_mask"]]
    args += [torch.zeros_like(example["input_ids"]) for _ in inputs[2:]]
    dynamic = {name: {0: "batch", 1: "length"} for name in (*inputs, *OUTPUTS)}
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    encoder = model.encoder
    attention = getattr(encoder.config, "_attn_implementation", None)
    try:  # plain matmul-softmax attention: ONNX Runtime optimizes it better than the traced SDPA (~20% faster)
        encoder.set_attn_implementation("eager")
    except (AttributeError, ValueError):
        attention = None
    try:
        with torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # tracer warnings about shapes taken as constants: the axes are dynamic
            torch.onnx.export(_EntityGraph(model, inputs), tuple(args), str(output), input_names=inputs,
                              output_names=list(OUTPUTS), dynamic_axes=dynamic, opset_version=opset, dynamo=False)
    finally:
        if attention is not None:
            encoder.set_attn_implementation(attention)
    return output


def quantize_graph(source: str | Path, output: str | Path) -> Path:
    """Dynamic int8 quantization of an exported graph's matrix products (weights int8, activations on the fly)."""
    _require()
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    logging.disable(logging.WARNING)  # its advice to pre-process is for static quantization of CNNs
    try:
        quantize_dynamic(str(source), str(output), weight_type=QuantType.QInt8,
                         extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT})
    finally:
        logging.disable(logging.NOTSET)
    return Path(output)


class OnnxEntityPass:
    """The entity pass of a model run by ONNX Runtime: called like ``encode`` + ``entity_heads``."""

    def __init__(self, graph: str | Path, inputs: list[str], threads: int | None = None) -> None:
        _require()
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.intra_op_num_threads = threads or torch.get_num_threads()
        options.log_severity_level = 3
        self.session = ort.InferenceSession(str(graph), options, providers=["CPUExecutionProvider"])
        self.inputs = inputs

    @classmethod
    def from_model(cls, model, tokenizer, quantize: str | None = None, threads: int | None = None) -> "OnnxEntityPass":
        """Export ``model``'s entity pass (int8-quantized with ``quantize="int8"``) and open it."""
        if quantize not in (None, "int8"):
            raise ValueError(f"quantize must be None or 'int8', got {quantize!r}")
        with tempfile.TemporaryDirectory(prefix="arabic-ie-onnx-") as tmp:
            graph = export_entity_graph(model, tokenizer, Path(tmp) / "entity.onnx")
            if quantize == "int8":
                graph = quantize_graph(graph, Path(tmp) / "entity.int8.onnx")
            return cls(graph, graph_inputs(model), threads)  # the session holds the graph in memory

    def __call__(self, input_ids: torch.Tensor, attention_mask: torch.Tensor, token_tags: torch.Tensor | None = None,
                 word_rows: torch.Tensor | None = None) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """``(entity_logits, proclitic_logits, hidden)`` as float32 CPU tensors."""
        given = {"input_ids": input_ids, "attention_mask": attention_mask, "token_tags": token_tags,
                 "word_rows": word_rows}
        feed = {}
        for name in self.inputs:
            value = given[name] if given[name] is not None else torch.zeros_like(input_ids)
            feed[name] = value.detach().cpu().to(torch.int64).numpy()
        entity_logits, proclitic_logits, hidden = self.session.run(list(OUTPUTS), feed)
        return torch.from_numpy(entity_logits), torch.from_numpy(proclitic_logits), torch.from_numpy(hidden)
