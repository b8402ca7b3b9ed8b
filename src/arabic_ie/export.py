"""Exports of a trained model directory for other runtimes.

* :func:`export_token_classification`: the entity part as a standard ``AutoModelForTokenClassification``
  directory (encoder + the BIO classifier, the model's tokenizer, ``id2label``), which
  ``transformers.pipeline("token-classification")`` loads anywhere. Its limits, written into its README: no
  proclitic head (a span keeps an attached "و" / "ب" / "لل"), no relations, no boosters, per-subword argmax
  instead of the project's Viterbi decoding, and the pipeline's own handling of long texts.
* :func:`export_onnx`: the encoder and both entity heads as one ONNX graph (dynamic batch and length; fp32 or
  int8), for ONNX Runtime; relations are scored by the PyTorch model. The ``Predictor``'s ``backend="onnx"``
  builds the same graph at load (``arabic_ie.onnx_backend``).
"""

from __future__ import annotations

from pathlib import Path

from .extractor import Extractor

PIPELINE_README = """# {name}: entity part of an arabic-ie model as `AutoModelForTokenClassification`

Exported from `{source}` with `arabic-ie export pipeline`. Load it with plain transformers:

```python
from transformers import pipeline
ner = pipeline("token-classification", model="{output}", aggregation_strategy="first")  # word level
ner("وصل الرئيس الروسي فلاديمير بوتين إلى هانوي.")
```

Labels: {labels}.

Limits compared with `arabic_ie.Predictor.from_pretrained("{source}")`: no proclitic head (a span may keep an
attached conjunction or preposition: "وموسكو" instead of "موسكو"), no relations, no boosters ({boosters}),
per-subword argmax instead of Viterbi decoding, and texts longer than {max_length} subwords handled by the
pipeline (pass `stride=` to window them) instead of the project's overlapping windows. Scores and terms: see the
source model's card.
"""


def export_token_classification(model_dir: str | Path, output: str | Path) -> Path:
    """Write the entity part of ``model_dir`` as an ``AutoModelForTokenClassification`` directory."""
    from transformers import AutoConfig, AutoModelForTokenClassification

    extractor = Extractor.from_pretrained(model_dir)
    model, config = extractor.model, extractor.config
    if config.token_tag_vocab:
        raise ValueError(f"{model_dir}: the model reads extra token tags from its lexicon booster "
                         f"(token_tag_vocab {config.token_tag_vocab}); a plain token-classification model cannot "
                         "feed them: export a model trained without a tagging booster")
    if config.word_vector_count:
        raise ValueError(f"{model_dir}: the model reads static word vectors (word_vector_count "
                         f"{config.word_vector_count}); a plain token-classification model cannot feed them")
    id2label = {int(k): v for k, v in config.id2label.items()}
    encoder_config = dict(config.encoder)
    model_type = encoder_config.pop("model_type")
    tc_config = AutoConfig.for_model(model_type, **encoder_config, num_labels=len(id2label), id2label=id2label,
                                     label2id={v: k for k, v in id2label.items()})
    tc_model = AutoModelForTokenClassification.from_config(tc_config)
    missing, unexpected = tc_model.base_model.load_state_dict(model.encoder.state_dict(), strict=False)
    missing = [k for k in missing if "pooler" not in k]
    if missing or unexpected:
        raise ValueError(f"{model_dir}: encoder weights do not fit {type(tc_model).__name__} "
                         f"(missing {missing[:3]}, unexpected {list(unexpected)[:3]})")
    tc_model.classifier.load_state_dict(model.entity_classifier.state_dict())
    output = Path(output)
    output.mkdir(parents=True, exist_ok=True)
    tc_model.eval().save_pretrained(output, safe_serialization=True)
    extractor.tokenizer.save_pretrained(output)
    (output / "README.md").write_text(PIPELINE_README.format(
        name=output.name, source=model_dir, output=output, labels=", ".join(id2label.values()),
        boosters=", ".join(b.name for b in extractor.boosters.boosters) or "none in the source model",
        max_length=config.window_size), encoding="utf-8")
    return output


def export_onnx(model_dir: str | Path, output: str | Path, opset: int = 17, quantize: str | None = None) -> Path:
    """Write the encoder and entity heads of ``model_dir`` as an ONNX graph (inputs ``input_ids``,
    ``attention_mask``, then ``token_tags`` / ``word_rows`` when the model reads them; outputs ``entity_logits``,
    ``proclitic_logits``, ``hidden``); ``quantize="int8"``: ONNX Runtime's dynamic int8 quantization."""
    from .onnx_backend import export_entity_graph, quantize_graph

    extractor = Extractor.from_pretrained(model_dir)
    if extractor.config.relation_markers:
        raise ValueError(f"{model_dir}: the model scores relations on a second, entity-marked encoder pass "
                         "(relation_markers); the ONNX graph holds the entity pass only (Predictor(backend='onnx') "
                         "runs that pass in ONNX Runtime and the marked one in PyTorch)")
    output = Path(output)
    if quantize is None:
        return export_entity_graph(extractor.model, extractor.tokenizer, output, opset=opset)
    if quantize != "int8":
        raise ValueError(f"quantize must be None or 'int8', got {quantize!r}")
    import tempfile

    with tempfile.TemporaryDirectory(prefix="arabic-ie-onnx-") as tmp:
        graph = export_entity_graph(extractor.model, extractor.tokenizer, Path(tmp) / "fp32.onnx", opset=opset)
        output.parent.mkdir(parents=True, exist_ok=True)
        return quantize_graph(graph, output)
