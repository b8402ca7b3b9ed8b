#!/usr/bin/env python
"""Write the NORP word list of the ready model's FANE entries (``may_be: {NORP: norp-words.txt}``).

    python train/norp_words.py [--output configs/tagmaps/norp-words.txt]

The words are the one-word NORP mentions of the training parts of the seed articles (data/splits.json, default)
and the news articles (data/news/splits.json, default; their texts are read through the manifest, so
``../shared/data/corpora`` must be present), each with its nisba inflections (arabic_ie.training.may_be). No dev or
test annotation is read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--output", type=Path, default=REPO / "configs" / "tagmaps" / "norp-words.txt")
    args = parser.parse_args(argv)

    from arabic_ie.data.io import load_documents
    from arabic_ie.data.splits import load_splits
    from arabic_ie.training.may_be import write_word_list

    mentions = []
    for data, splits_file in ((REPO / "data" / "seed", REPO / "data" / "splits.json"),
                              (REPO / "data" / "news" / "manifest.json", REPO / "data" / "news" / "splits.json")):
        docs = load_splits(splits_file)["default"].select(load_documents(data))["train"]
        mentions += [e.text for d in docs for e in d.entities if e.type == "NORP"]
    header = ("NORP words: unlabelled words of a corpus that labels NORP only in part may be NORP (may_be).\n"
              "Written by train/norp_words.py from the one-word NORP mentions of the seed and news training parts,\n"
              "with their nisba inflections; normalized spelling (arabic_ie.lm.word_vectors.normalize_word).")
    n = write_word_list(mentions, args.output, header)
    print(f"{len(mentions)} NORP mentions -> {n} words in {args.output}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO / "src"))
    sys.exit(main())
