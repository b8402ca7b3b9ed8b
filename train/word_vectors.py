#!/usr/bin/env python
"""Build the static word vectors the fine-tuning model can read (``word_vectors`` in a training config).

    python train/word_vectors.py --corpus ../shared/data/corpora/saudinewsnet ../shared/data/corpora/ant \\
        --output models/arabic-word-vectors \
        [--dim 100] [--max_words 100000] [--max_ngrams 100000] [--epochs 5] [--workers 1] [--seed 42]

fastText skip-gram (gensim) over the raw news corpus, words normalized as
``arabic_ie.lm.word_vectors.normalize_word`` does; writes word_vectors.safetensors, word_vocab.txt, the character
n-gram vectors for unknown words (word_ngrams.safetensors, word_ngrams.txt) and build.json (the arguments, counts,
versions, minutes) into --output.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path

from arabic_ie.lm.corpus import corpus_files
from arabic_ie.lm.word_ngrams import export_ngrams
from arabic_ie.lm.word_vectors import fit_fasttext, save_vectors, table_of


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", nargs="+", help="corpus folders or .txt files")
    parser.add_argument("--output", required=True)
    parser.add_argument("--dim", type=int, default=100)
    parser.add_argument("--max_words", type=int, default=100_000)
    parser.add_argument("--max_ngrams", type=int, default=100_000,
                        help="character n-grams kept for unknown words (word_vector_oov: nearest); 0: none")
    parser.add_argument("--min_count", type=int, default=5)
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--window", type=int, default=5)
    parser.add_argument("--workers", type=int, default=1,
                        help="gensim threads; 1 (the default) gives the same vectors on every build, more are faster "
                             "but thread scheduling changes the vectors from build to build")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--keep_model", default=None, help="also save the whole gensim model to this path")
    parser.add_argument("--from_model", default=None,
                        help="take the vectors from a gensim model saved with --keep_model instead of training")
    args = parser.parse_args(argv)
    if not args.corpus and not args.from_model:
        parser.error("give --corpus (to train) or --from_model")
    started = time.time()
    files: list = []
    if args.from_model:
        from gensim.models import FastText

        try:
            model = FastText.load(args.from_model)
        except Exception as err:  # noqa: BLE001 - any damage is reported the same way
            print(f"error: {args.from_model}: cannot load a gensim fastText model ({err})", file=sys.stderr)
            return 2
    else:
        try:
            files = corpus_files(args.corpus, "--corpus")
        except FileNotFoundError as err:
            print(f"error: {err}", file=sys.stderr)
            return 2
        model = fit_fasttext(files, dim=args.dim, min_count=args.min_count, epochs=args.epochs, window=args.window,
                             workers=args.workers, seed=args.seed)
        if args.keep_model:
            model.save(args.keep_model)
    vocabulary, table = table_of(model, args.max_words)
    out = Path(args.output)
    save_vectors(out, vocabulary, table)
    ngrams = 0
    if args.max_ngrams > 0:
        vectors = export_ngrams(model, args.max_ngrams)
        vectors.save(out)
        ngrams = len(vectors.ngrams)
    import gensim

    build = {"arguments": vars(args), "files": [str(f) for f in files], "words": len(vocabulary), "ngrams": ngrams,
             "minutes": round((time.time() - started) / 60, 1), "gensim": gensim.__version__,
             "python": platform.python_version()}
    (out / "build.json").write_text(json.dumps(build, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{len(vocabulary)} words x {model.wv.vector_size}, {ngrams} n-grams -> {out} in {build['minutes']} min")
    return 0


if __name__ == "__main__":
    sys.exit(main())
