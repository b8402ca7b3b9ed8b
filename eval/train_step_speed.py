#!/usr/bin/env python
"""Training-step speed on this machine: fp32 vs bf16 autocast (vs torch.compile), for pretraining and fine-tuning.

    python eval/train_step_speed.py [--encoder models/arabic-bert-mini] [--modes fp32,bf16,compile] \\
        [--rounds 3] [--steps 3] [--threads 1] [--batch 16] [--block 256]

Times one optimizer step (forward, backward, AdamW) of the masked-LM objective the pretraining script runs
(`arabic_ie.lm.pretrain.masked_lm_loss`) and of the NER fine-tuning model (`ArabicIEModel`, entity loss) on random
subword blocks. The modes run in round-robin rounds, each ratio taken within a round (the shared CPU's speed drifts
by tens of percent within minutes), and the median over rounds is printed. `bf16` is `torch.autocast("cpu",
bfloat16)` with fp32 master weights, what `--bf16 true` gives the Trainer; it pays on CPUs with AVX512-BF16 or
AMX. `compile` is `torch.compile` of the model (of the MLM loss function, which calls the encoder and head directly;
inductor, needs a C++ compiler; its compile time is not counted), `bf16-compile` both.
Timings are printed, never asserted. Whether bf16 changes what the model learns is a separate measurement: the
first logged losses of a run and its fp32 twin (docs/results.md).
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time
from pathlib import Path

import torch

MODES = ("fp32", "bf16", "compile", "bf16-compile")


def _mlm_step(model, optimizer, batch, bf16: bool) -> None:
    loss_fn = getattr(model, "_compiled_loss", None)
    if loss_fn is None:
        from arabic_ie.lm.pretrain import masked_lm_loss as loss_fn
    with torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
        loss = loss_fn(model, batch)
    loss.backward()
    optimizer.step()
    optimizer.zero_grad()


def _ner_step(model, optimizer, batch, bf16: bool) -> None:
    with torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
        loss = model(**batch).loss
    loss.backward()
    optimizer.step()
    optimizer.zero_grad()


def build(task: str, encoder: str, mode: str, batch: int, block: int, seed: int):
    """``(model, optimizer, inputs, step function)`` for one task and mode, fresh weights each time."""
    torch.manual_seed(seed)
    if task == "pretraining (MLM)":
        from transformers import AutoModelForMaskedLM

        model = AutoModelForMaskedLM.from_pretrained(encoder)
        vocab = model.config.vocab_size
        ids = torch.randint(5, vocab, (batch, block))
        labels = ids.clone()
        labels[torch.rand(ids.shape) > 0.15] = -100
        inputs = {"input_ids": ids, "attention_mask": torch.ones_like(ids), "labels": labels}
        step = _mlm_step
    else:
        from arabic_ie.core.model import ArabicIEModel

        model = ArabicIEModel.from_encoder(encoder)  # the default schema's entity heads, no relation pairs
        ids = torch.randint(5, model.encoder.config.vocab_size, (batch, block))
        with torch.no_grad():
            n_labels = model(input_ids=ids[:1, :8]).entity_logits.shape[-1]
        labels = torch.randint(0, n_labels, (batch, block))
        inputs = {"input_ids": ids, "attention_mask": torch.ones_like(ids), "labels": labels}
        step = _ner_step
    model.train()
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-5)
    if mode.endswith("compile"):
        if step is _mlm_step:  # the MLM loss calls the encoder and head directly: compile the loss function
            from arabic_ie.lm.pretrain import masked_lm_loss

            model._compiled_loss = torch.compile(masked_lm_loss)
        else:
            model = torch.compile(model)
    return model, optimizer, inputs, step


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--encoder", default="models/arabic-bert-mini")
    parser.add_argument("--modes", default="fp32,bf16", help=f"comma-separated, of {', '.join(MODES)}")
    parser.add_argument("--tasks", default="pretraining,fine-tuning")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--steps", type=int, default=3, help="timed steps per mode and round (after 1 warm-up)")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--block", type=int, default=256)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    unknown = [m for m in modes if m not in MODES]
    if unknown or not modes:
        parser.error(f"--modes: unknown {unknown}; choose from {', '.join(MODES)}")
    if not (Path(args.encoder) / "config.json").exists():
        parser.error(f"--encoder {args.encoder}: no model directory (config.json) there")
    tasks = {"pretraining": "pretraining (MLM)", "fine-tuning": "fine-tuning (NER)"}
    chosen = [tasks[t.strip()] for t in args.tasks.split(",") if t.strip() in tasks]
    if not chosen:
        parser.error("--tasks: give pretraining and/or fine-tuning")
    torch.set_num_threads(args.threads)
    import transformers

    transformers.logging.set_verbosity_error()  # no load reports between the table rows
    transformers.logging.disable_progress_bar()
    flags = open("/proc/cpuinfo").read() if Path("/proc/cpuinfo").exists() else ""
    print(f"# python eval/train_step_speed.py {' '.join(argv if argv is not None else sys.argv[1:])}")
    print(f"# {platform.machine()}, {args.threads} thread(s), torch {torch.__version__}, avx512_bf16: "
          f"{'avx512_bf16' in flags}, amx: {'amx_bf16' in flags}; batch {args.batch} x {args.block} subwords")
    print("| task | mode | s / step (median of rounds) | steps/s | vs fp32 |")
    print("|---|---|---|---|---|")
    for task in chosen:
        built = {}
        for mode in modes:
            started = time.perf_counter()
            model, optimizer, inputs, step = build(task, args.encoder, mode, args.batch, args.block, args.seed)
            step(model, optimizer, inputs, mode.startswith("bf16"))  # warm-up (and the compile, for compile)
            built[mode] = (model, optimizer, inputs, step)
            if mode.endswith("compile"):
                print(f"# {task}: compiled in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        per_round: dict[str, list[float]] = {m: [] for m in modes}
        ratios: dict[str, list[float]] = {m: [] for m in modes}
        for _ in range(args.rounds):
            times = {}
            for mode in modes:
                model, optimizer, inputs, step = built[mode]
                started = time.perf_counter()
                for _ in range(args.steps):
                    step(model, optimizer, inputs, mode.startswith("bf16"))
                times[mode] = (time.perf_counter() - started) / args.steps
                per_round[mode].append(times[mode])
            for mode in modes:
                if "fp32" in times:
                    ratios[mode].append(times["fp32"] / times[mode])
        for mode in modes:
            seconds = statistics.median(per_round[mode])
            ratio = f"{statistics.median(ratios[mode]):.2f}x" if ratios[mode] else "-"
            print(f"| {task} | {mode} | {seconds:.3f} | {1 / seconds:.2f} | {ratio} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
