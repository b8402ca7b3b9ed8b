#!/usr/bin/env python
"""Entity and relation strict F1 of one model under several prediction windows (size / overlap in subwords).

    python eval/window_scan.py MODEL [--windows 256/64,256/32,256/128,200/64,320/64,512/128] [--offsets 0,1,10,50]
        [--data data/news/manifest.json --split dev --splits-file data/news/splits.json] [--without NAME]

A model predicts long documents window by window (config.json `window_size`, `window_overlap`; each token takes the
window in which it is most central). This rescoring shows how much a model's figures depend on that grid: a model
trained on one grid may score best on it, and the spread across grids is a floor for the noise of dev comparisons
between models. --offsets also shifts each grid left by that many subwords (the first window shorter, every later
one elsewhere in the text: `make_windows(offset=)`, as `window_jitter` does in training); prediction itself always
uses offset 0. Dev parts only: choose with this, then score test parts once.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def parse_windows(value: str) -> list[tuple[int, int]]:
    """``"256/64,512/128"`` -> ``[(256, 64), (512, 128)]``; a clear error for anything else."""
    out = []
    for item in value.split(","):
        size, sep, overlap = item.strip().partition("/")
        if not sep or not size.isdigit() or not overlap.isdigit():
            raise argparse.ArgumentTypeError(f"--windows: expected SIZE/OVERLAP items, got {item!r}")
        size_i, overlap_i = int(size), int(overlap)
        if not 3 <= size_i <= 512 or not 0 <= overlap_i < size_i - 2:
            raise argparse.ArgumentTypeError(f"--windows: {item!r} needs 3 <= SIZE <= 512 and OVERLAP < SIZE - 2")
        out.append((size_i, overlap_i))
    return out


def parse_offsets(value: str) -> list[int]:
    """``"0,1,10"`` -> ``[0, 1, 10]``; a clear error for anything else."""
    items = [item.strip() for item in value.split(",")]
    if not all(item.isdigit() for item in items):
        raise argparse.ArgumentTypeError(f"--offsets: expected non-negative integers, got {value!r}")
    return [int(item) for item in items]


@contextlib.contextmanager
def shifted_grid(offset: int):
    """Prediction windows on a grid shifted by ``offset`` subwords, for the scan only."""
    from arabic_ie.core import decoding

    plain = decoding.encode_document
    decoding.encode_document = lambda text, tokenizer, max_length, stride: plain(text, tokenizer, max_length, stride,
                                                                                 offset)
    try:
        yield
    finally:
        decoding.encode_document = plain


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("model", type=Path)
    parser.add_argument("--windows", type=parse_windows, default=parse_windows("256/64,256/32,256/128,200/64,320/64,512/128"))
    parser.add_argument("--offsets", type=parse_offsets, default=[0],
                        help="shift each grid by these numbers of subwords (each below size - 2 - overlap)")
    parser.add_argument("--data", type=Path, default=REPO / "data" / "news" / "manifest.json")
    parser.add_argument("--split", default="dev")
    parser.add_argument("--splits-file", type=Path, default=REPO / "data" / "news" / "splits.json")
    parser.add_argument("--without", action="append", default=[], metavar="NAME",
                        help="switch off this booster of the model for the scan; repeatable")
    args = parser.parse_args(argv)
    for size, overlap in args.windows:
        too_far = [o for o in args.offsets if o >= size - 2 - overlap]
        if too_far:
            print(f"error: --offsets {too_far[0]} is not below {size - 2 - overlap}, the step of the {size}/{overlap} "
                  "grid", file=sys.stderr)
            return 2

    from arabic_ie.boosters import BoosterError
    from arabic_ie.commands.evaluate import select
    from arabic_ie.data.errors import AnnotationError
    from arabic_ie.data.io import load_documents
    from arabic_ie.evaluation.harness import evaluate_documents
    from arabic_ie.extractor import Extractor, ModelDirectoryError

    try:
        extractor = Extractor.from_pretrained(args.model)
        extractor = extractor.without(args.without)[0] if args.without else extractor
        docs = select(load_documents(args.data, entity_types=extractor.schema.entity_types), args.split,
                      args.splits_file)
    except (ModelDirectoryError, BoosterError, AnnotationError, FileNotFoundError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    config = extractor.model.config
    trained = (config.window_size, config.window_overlap)
    print(f"{args.model} on {args.data} {args.split or ''}: {len(docs)} documents; boosters: "
          f"{', '.join(extractor.boosters.names) or 'none'}; the model's own grid {trained[0]}/{trained[1]}")
    print("| window size / overlap | grid offset | entity strict F1 | relation strict F1 |")
    print("|---|---|---|---|")
    try:
        for size, overlap in args.windows:
            config.window_size, config.window_overlap = size, overlap
            for offset in args.offsets:
                with shifted_grid(offset):
                    metrics = evaluate_documents(extractor, docs)
                relation = metrics.get("relations", {}).get("strict", {}).get("f1")
                mark = " (the model's)" if (size, overlap) == trained and offset == 0 else ""
                print(f"| {size} / {overlap}{mark} | {offset} | {metrics['entities']['strict']['f1']:.3f} | "
                      f"{'–' if relation is None else f'{relation:.3f}'} |", flush=True)
    finally:
        config.window_size, config.window_overlap = trained
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
