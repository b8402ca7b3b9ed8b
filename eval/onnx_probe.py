#!/usr/bin/env python
"""Does ONNX Runtime pay off on CPU? Export the encoder + entity heads of a trained model and time it
against PyTorch (fp32 and dynamic int8) on the benchmark's windows; the onnxruntime-int8 row is the graph of
`Predictor(backend="onnx", quantize="int8")` (arabic_ie.onnx_backend). Needs `pip install 'arabic-ie[onnx]'`.
The whole Predictor is timed by eval/benchmark.py (its predictor-onnx-* rows).

    python eval/onnx_probe.py --model runs/seed-default/model [--docs 45] [--repeats 3]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchmark import build_corpus, corpus_parser  # noqa: E402


class Heads(torch.nn.Module):
    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, input_ids, attention_mask):
        hidden = self.model.encode(input_ids, attention_mask)
        entity, proclitic = self.model.entity_heads(hidden)
        return entity, proclitic, hidden


def main(argv: list[str]) -> int:
    args = corpus_parser(__doc__).parse_args(argv)
    import onnxruntime as ort
    from transformers import AutoTokenizer

    from arabic_ie.core import ArabicIEModel
    from arabic_ie.core.windows import encode_document
    from arabic_ie.predictor import quantize_int8

    model = ArabicIEModel.from_pretrained(args.model).float().eval()
    tokenizer = AutoTokenizer.from_pretrained(args.model)
    texts = build_corpus(args.anercorp if args.anercorp.exists() else None, args.docs)
    encs = [encode_document(t, tokenizer, model.config.window_size, model.config.window_overlap) for t in texts]
    windows = sorted(([tokenizer.cls_token_id] + e.input_ids[w.start:w.end] + [tokenizer.sep_token_id]
                      for e in encs for w in e.windows), key=len)
    batches = []
    for i in range(0, len(windows), args.batch_size):
        chunk = windows[i:i + args.batch_size]
        width = max(len(c) for c in chunk)
        ids = np.array([c + [tokenizer.pad_token_id] * (width - len(c)) for c in chunk], dtype=np.int64)
        mask = (np.arange(width)[None, :] < np.array([len(c) for c in chunk])[:, None]).astype(np.int64)
        batches.append((ids, mask))

    path = Path(tempfile.mkdtemp()) / "heads.onnx"
    wrapped = Heads(model)
    example = tuple(torch.from_numpy(x) for x in batches[-1])
    torch.onnx.export(wrapped, example, str(path), input_names=["input_ids", "attention_mask"],
                      output_names=["entity_logits", "proclitic_logits", "hidden"],
                      dynamic_shapes={"input_ids": {0: "batch", 1: "seq"}, "attention_mask": {0: "batch", 1: "seq"}})
    options = ort.SessionOptions()
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])

    def run_ort():
        return [session.run(None, {"input_ids": ids, "attention_mask": mask})[0] for ids, mask in batches]

    def torch_runner(m):
        @torch.inference_mode()
        def run():
            return [m(torch.from_numpy(ids), torch.from_numpy(mask))[0].numpy() for ids, mask in batches]
        return run

    from arabic_ie.onnx_backend import OnnxEntityPass

    int8_pass = OnnxEntityPass.from_model(model, tokenizer, quantize="int8")

    def run_ort_int8():
        return [int8_pass(torch.from_numpy(ids), torch.from_numpy(mask))[0].numpy() for ids, mask in batches]

    systems = {"torch-fp32": torch_runner(wrapped), "torch-int8": torch_runner(Heads(quantize_int8(model))),
               "onnxruntime-fp32": run_ort, "onnxruntime-int8": run_ort_int8}
    reference = systems["torch-fp32"]()
    print(f"{len(windows)} windows from {len(texts)} documents, batch {args.batch_size}, median of {args.repeats}")
    for name, fn in systems.items():
        fn()  # warm-up
        times = []
        for _ in range(args.repeats):
            start = time.perf_counter()
            out = fn()
            times.append(time.perf_counter() - start)
        agree = np.mean([(a.argmax(-1) == b.argmax(-1)).mean() for a, b in zip(out, reference)])
        print(f"{name:<18}{statistics.median(times):8.2f} s   {len(windows) / statistics.median(times):7.1f} windows/s"
              f"   argmax agreement with torch-fp32 {agree:.4f}")
    print(f"\nrerun: python eval/onnx_probe.py --model {args.model} --docs {args.docs} --repeats {args.repeats}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
