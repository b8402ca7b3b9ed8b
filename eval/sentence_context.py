#!/usr/bin/env python
"""Does a sentence-per-document corpus score better when each sentence is predicted with its neighbours?

    python eval/sentence_context.py --model models/arabic-ie-news [--part dev] [--corpora anercorp]
                                    [--modes chunk1,chunk4,around1] [--alone] [--shared ../shared]

ANERcorp (and the FANE parts) are read one sentence per document, in corpus order. ``chunkN`` predicts N
consecutive sentences as one text (joined by newlines) and gives each sentence the spans inside it; ``aroundK``
predicts each sentence between its K previous and K next sentences and keeps the spans inside it (2K+1 times the
compute). ``chunk1`` is the plain per-sentence score of eval/heldout.py. Scored with the same projection rule
(seqeval default / strict on words). ``--alone`` switches the model's boosters off. Choose on --part dev.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]


def with_context(extractor, docs, mode: str):
    """Predict ``docs`` in context (see the module docstring); spans crossing a sentence edge are dropped."""
    from arabic_ie.data.document import Document, Entity

    kind, n = mode.rstrip("0123456789"), int(mode[len(mode.rstrip("0123456789")):] or 1)
    groups = ([(list(range(i, min(i + n, len(docs)))), None) for i in range(0, len(docs), n)] if kind == "chunk"
              else [(list(range(max(0, i - n), min(len(docs), i + n + 1))), i) for i in range(len(docs))])
    out: dict[int, Document] = {}
    for members, centre in groups:
        starts, text = {}, ""
        for j in members:
            starts[j] = len(text)
            text += docs[j].text + "\n"
        pred = extractor.predict_documents([text[:-1]], ids=[docs[members[0]].id], with_relations=False)[0]
        for j in (members if centre is None else [centre]):
            a, b = starts[j], starts[j] + len(docs[j].text)
            ents = [Entity(e.id, e.type, e.start - a, e.end - a, e.text) for e in pred.entities if a <= e.start and e.end <= b]
            out[j] = Document(docs[j].id, docs[j].text, ents, [])
    return [out[j] for j in range(len(docs))]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, required=True)
    parser.add_argument("--part", choices=["dev", "test"], default="dev")
    parser.add_argument("--corpora", default="anercorp")
    parser.add_argument("--modes", default="chunk1,chunk4,around1")
    parser.add_argument("--alone", action="store_true", help="switch the model's boosters off")
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = parser.parse_args(argv)
    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    bad = [m for m in modes if m.rstrip("0123456789") not in ("chunk", "around") or not m[-1].isdigit()]
    if bad:
        parser.error(f"--modes: expected chunkN or aroundK, got {', '.join(bad)}")

    from arabic_ie.evaluation.heldout import score_system, standard_corpora
    from arabic_ie.extractor import Extractor, ModelDirectoryError

    try:
        extractor = Extractor.from_pretrained(args.model)
    except ModelDirectoryError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.alone:
        extractor = extractor.without(extractor.boosters.names)[0]
    tag_map = yaml.safe_load((REPO / "configs" / "tagmaps" / "fane-to-seed.yaml").read_text(encoding="utf-8"))
    wanted = {c.strip() for c in args.corpora.split(",")}
    corpora = [c for c in standard_corpora(args.shared, args.part, REPO / "data" / "seed", REPO / "data" / "splits.json",
                                           tag_map) if c.name in wanted]
    if not corpora:
        print(f"error: none of {sorted(wanted)} found under {args.shared}", file=sys.stderr)
        return 2
    print(f"`python eval/sentence_context.py {' '.join(argv)}`\n\n| corpus | mode | default F1 | strict F1 | per type | seconds |\n|---|---|---|---|---|---|")
    for corpus in corpora:
        corpus.documents = corpus.load()
        for mode in modes:
            start = time.time()
            r = score_system(corpus, lambda docs, m=mode: with_context(extractor, docs, m))
            per_type = " ".join(f"{t} {v['f1']:.3f}" for t, v in sorted(r["default"]["per_type"].items()))
            print(f"| {corpus.name} | {mode} | {r['default']['f1']:.3f} | {r['strict']['f1']:.3f} | {per_type} | "
                  f"{time.time() - start:.0f} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
