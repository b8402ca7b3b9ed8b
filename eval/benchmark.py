#!/usr/bin/env python
"""Inference throughput: our Predictor (fp32, bf16, int8, ONNX Runtime int8) vs the Hugging Face pipeline.

    python eval/benchmark.py --model runs/seed-default/model [--anercorp ../shared/data/ner/anercorp] [--docs 60]

Builds a reproducible corpus (the five seed articles plus ANERcorp test sentences grouped into
news-sized documents, when that folder exists), then runs each system in its own subprocess and
reports docs/s, characters/s, subword tokens/s, peak RSS and the speed ratio to the pipeline. The
pipeline uses the same encoder with an equivalent token-classification head (our entity head's
weights) and `aggregation_strategy="simple"`; it extracts entities only, the Predictor also relations (the
`predictor-*-entities` systems extract entities alone, `Predictor.predict(texts, relations=False)`).
A bare encoder forward pass over the same windows is the fp32 ceiling. bf16 rows autocast the same weights to
bfloat16 (fast where the CPU has AVX512-BF16 or AMX); the pipeline gets a bf16 row too, for a fair comparison.
`predictor-onnx-*` rows run the entity pass in ONNX Runtime (`Predictor(backend="onnx")`, needs arabic-ie[onnx]).
Timings are printed, never asserted; what each fast path costs in F1:
`python eval/heldout.py --model MODEL --precisions fp32,bf16,int8`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import json
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

SEED_DIR = Path(__file__).resolve().parents[1] / "data" / "seed"


def build_corpus(anercorp: Path | None, n_docs: int, sentences_per_doc: int = 25) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEED_DIR.glob("*.txt"))]
    test_file = anercorp / "ANERCorp_CamelLab_test.txt" if anercorp else None
    if test_file and test_file.exists():
        from arabic_ie.data.conll import read_conll

        sents = [d.text for d in read_conll(test_file, tag_map={"PERS": "PER"})]
        for i in range(0, len(sents), sentences_per_doc):
            texts.append("\n".join(sents[i:i + sentences_per_doc]))
    return texts[:n_docs]


def timed(fn, repeats: int) -> tuple[float, object]:
    """Median wall time of ``repeats`` calls, and the last result."""
    times, out = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), out


#: Predictor systems (each also as ``NAME-entities``: entities alone); ``-onnx-``: backend="onnx".
PREDICTOR_SYSTEMS = ("predictor-fp32", "predictor-int8", "predictor-bf16", "predictor-onnx-fp32", "predictor-onnx-int8")


def worker(system: str, model_dir: str, texts_path: str, batch_size: int, repeats: int = 3) -> dict:
    import torch
    from transformers import AutoTokenizer

    texts = json.loads(Path(texts_path).read_text(encoding="utf-8"))
    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    n_tokens = sum(len(tokenizer(t, add_special_tokens=False)["input_ids"]) for t in texts)
    if system.removesuffix("-entities") in PREDICTOR_SYSTEMS:
        from arabic_ie import Predictor

        precision = system.removesuffix("-entities")
        relations = not system.endswith("-entities")  # -entities: entities alone, the pipeline's task
        p = Predictor.from_pretrained(model_dir, device="cpu", batch_size=batch_size,
                                      quantize="int8" if precision.endswith("int8") else None,
                                      dtype="bf16" if precision.endswith("bf16") else "fp32",
                                      backend="onnx" if "-onnx-" in precision else "torch")
        p(texts[0][:500])  # warm-up
        seconds, out = timed(lambda: p.predict(texts, relations=relations), repeats)
        extra = {"entities": sum(len(o["entities"]) for o in out), "relations": sum(len(o["relations"]) for o in out)}
    elif system in ("hf-pipeline", "hf-pipeline-bf16"):
        from transformers import pipeline

        model = token_classification_twin(model_dir)
        pipe = pipeline("token-classification", model=model, tokenizer=tokenizer, aggregation_strategy="simple",
                        device=-1, stride=model.config.window_overlap_for_pipeline)
        bf16 = system.endswith("bf16")

        def run_pipe():
            with torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
                return pipe(texts, batch_size=batch_size)
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
            pipe(texts[0][:500])
        seconds, out = timed(run_pipe, repeats)
        extra = {"entities": sum(len(o) for o in out), "relations": 0}
    elif system == "encoder-forward":
        from arabic_ie.core import ArabicIEModel
        from arabic_ie.core.windows import encode_document

        model = ArabicIEModel.from_pretrained(model_dir).float().eval()
        encs = [encode_document(t, tokenizer, model.config.window_size, model.config.window_overlap) for t in texts]
        windows = [[tokenizer.cls_token_id] + e.input_ids[w.start:w.end] + [tokenizer.sep_token_id]
                   for e in encs for w in e.windows]
        windows.sort(key=len)
        @torch.inference_mode()
        def forward_all():
            for i in range(0, len(windows), batch_size):
                chunk = windows[i:i + batch_size]
                width = max(len(c) for c in chunk)
                ids = torch.tensor([c + [tokenizer.pad_token_id] * (width - len(c)) for c in chunk])
                mask = (torch.arange(width)[None, :] < torch.tensor([len(c) for c in chunk])[:, None]).long()
                model.encode(ids, mask)

        seconds, _ = timed(forward_all, repeats)
        extra = {"windows": len(windows)}
    else:
        raise ValueError(system)
    return {"system": system, "seconds": seconds, "docs": len(texts), "chars": sum(len(t) for t in texts),
            "tokens": n_tokens, "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, **extra}


def token_classification_twin(model_dir: str):
    """An AutoModelForTokenClassification with our encoder and entity head weights."""
    import torch
    from transformers import AutoConfig, AutoModelForTokenClassification

    from arabic_ie.core import ArabicIEModel

    ours = ArabicIEModel.from_pretrained(model_dir).eval()
    config = AutoConfig.for_model(**ours.config.encoder)
    config.id2label = {int(k): v for k, v in ours.config.id2label.items()}
    config.label2id = {v: k for k, v in config.id2label.items()}
    twin = AutoModelForTokenClassification.from_config(config).eval()
    getattr(twin, twin.base_model_prefix).load_state_dict(ours.encoder.state_dict(), strict=False)
    with torch.no_grad():
        twin.classifier.weight.copy_(ours.entity_classifier.weight)
        twin.classifier.bias.copy_(ours.entity_classifier.bias)
    twin.config.window_overlap_for_pipeline = ours.config.window_overlap
    return twin


def corpus_parser(doc: str | None) -> argparse.ArgumentParser:
    """Options shared by the timing scripts: model, benchmark corpus, batch size, repeats."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", required=True)
    parser.add_argument("--anercorp", type=Path, default=Path("../shared/data/ner/anercorp"))
    parser.add_argument("--docs", type=int, default=45)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--repeats", type=int, default=3, help="timed runs per system; the median is reported")
    return parser


def main(argv: list[str]) -> int:
    parser = corpus_parser(__doc__)
    parser.add_argument("--systems", default="encoder-forward,hf-pipeline,hf-pipeline-bf16,predictor-fp32,"
                                              "predictor-bf16,predictor-int8,predictor-onnx-int8,"
                                              "predictor-bf16-entities,predictor-int8-entities,"
                                              "predictor-onnx-int8-entities")
    parser.add_argument("--rounds", type=int, default=3, help="passes over all systems, round-robin")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--texts", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(args.worker, args.model, args.texts, args.batch_size, args.repeats)))
        return 0
    texts = build_corpus(args.anercorp if args.anercorp.exists() else None, args.docs)
    texts_path = Path("/tmp") / f"arabic-ie-bench-{len(texts)}.json"
    texts_path.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    rows = []
    systems = args.systems.split(",")
    runs: dict[str, list[dict]] = {system: [] for system in systems}
    for _ in range(args.rounds):  # round-robin: a machine that slows down or speeds up affects every system alike
        for system in systems:
            if system in runs and (not runs[system] or "failed" not in runs[system][-1]):
                proc = subprocess.run([sys.executable, __file__, "--model", args.model, "--worker", system, "--texts",
                                       str(texts_path), "--batch-size", str(args.batch_size), "--repeats",
                                       str(args.repeats)], capture_output=True, text=True)
                if proc.returncode != 0:
                    print(f"{system} failed:\n{proc.stderr[-2000:]}", file=sys.stderr)
                    runs[system].append({"failed": True})
                    continue
                runs[system].append(json.loads(proc.stdout.strip().splitlines()[-1]))
    runs = {k: v for k, v in runs.items() if v and "failed" not in v[-1]}
    base = runs.get("hf-pipeline")
    print(f"corpus: {len(texts)} documents, {sum(len(t) for t in texts):,} characters; batch size {args.batch_size}; "
          f"{platform.machine()} CPU, {os.cpu_count()} cores; {args.rounds} rounds over all systems (each the median "
          f"of {args.repeats} timed runs); medians over the rounds, the ratio taken within each round")
    print(f"{'system':<29}{'docs/s':>9}{'chars/s':>11}{'tokens/s':>10}{'peak RSS MB':>13}{'vs pipeline':>13}  extracts")
    for system, results in runs.items():
        r = dict(results[-1])
        r["seconds"] = statistics.median(x["seconds"] for x in results)
        ratio = f"{statistics.median(b['seconds'] / x['seconds'] for b, x in zip(base, results)):.2f}x" if base else "-"
        what = "ceiling (no heads)" if system == "encoder-forward" else \
            f"{r.get('entities', 0)} entities, {r.get('relations', 0)} relations"
        print(f"{system:<29}{r['docs'] / r['seconds']:>9.2f}{r['chars'] / r['seconds']:>11.0f}"
              f"{r['tokens'] / r['seconds']:>10.0f}{max(x['peak_rss_mb'] for x in results):>13.0f}{ratio:>13}  {what}")
    print(f"\nrerun: python eval/benchmark.py --model {args.model} --docs {args.docs} --batch-size {args.batch_size} "
          f"--repeats {args.repeats} --rounds {args.rounds}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
