#!/usr/bin/env python
"""Build the static word vectors the fine-tuning model can read (``word_vectors`` in a training config).

    python train/word_vectors.py --corpus ../shared/data/corpora/saudinewsnet ../shared/data/corpora/ant \\
        --output models/arabic-word-vectors \
        [--dim 100] [--max_words 100000] [--epochs 5] [--workers 2] [--seed 42]

fastText skip-gram (gensim) over the raw news corpus, words normalized as
``arabic_ie.lm.word_vectors.normalize_word`` does; writes word_vectors.safetensors, word_vocab.txt and
build.json (the arguments, counts, versions, minutes) into --output.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path

from arabic_ie.lm.corpus import corpus_files
from arabic_ie.lm.word_vectors import save_vectors, train_vectors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", nargs="+", required=True, help="corpus folders or .txt files")
    parser.add_argument("--output", required=True)
    parser.add_argument("--dim", type=int, default=100)
    parser.add_argument("--max_words", type=int, default=100_000)
    parser.add_argument("--min_count", type=int, default=5)
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--window", type=int, default=5)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args(argv)
    try:
        files = corpus_files(args.corpus, "--corpus")
    except FileNotFoundError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    started = time.time()
    vocabulary, table = train_vectors(files, dim=args.dim, min_count=args.min_count, max_words=args.max_words,
                                      epochs=args.epochs, window=args.window, workers=args.workers, seed=args.seed)
    out = Path(args.output)
    save_vectors(out, vocabulary, table)
    import gensim

    build = {"arguments": vars(args), "files": [str(f) for f in files], "words": len(vocabulary),
             "minutes": round((time.time() - started) / 60, 1), "gensim": gensim.__version__,
             "python": platform.python_version()}
    (out / "build.json").write_text(json.dumps(build, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{len(vocabulary)} words x {args.dim} -> {out} in {build['minutes']} min")
    return 0


if __name__ == "__main__":
    sys.exit(main())
