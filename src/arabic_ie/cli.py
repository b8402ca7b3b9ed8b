"""The ``arabic-ie`` command line: validate, stats, convert."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .data.errors import AnnotationError, ProblemSink
from .data.io import FORMATS, load_documents, save_documents
from .data.splits import make_splits
from .data.stats import corpus_stats, format_stats
from .data.validate import known_surfaces, validate_document
from .schema import SEED_SCHEMA


def _load_or_exit(path: Path, fmt: str | None, sink: ProblemSink | None = None):
    try:
        return load_documents(path, fmt=fmt, sink=sink)
    except (FileNotFoundError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        raise SystemExit(2) from None


def cmd_validate(args: argparse.Namespace) -> int:
    sink = ProblemSink()
    documents = _load_or_exit(args.path, args.format, sink)
    surfaces = known_surfaces(documents)
    problems = list(sink.problems)
    for doc in documents:
        problems += validate_document(doc, SEED_SCHEMA, surfaces)
    for problem in problems:
        print(problem)
    n_ents = sum(len(d.entities) for d in documents)
    n_rels = sum(len(d.relations) for d in documents)
    status = "OK" if not problems else f"{len(problems)} problem(s)"
    print(f"{status}: {len(documents)} documents, {n_ents} entities, {n_rels} relations checked",
          file=sys.stderr)
    return 1 if problems else 0


def cmd_stats(args: argparse.Namespace) -> int:
    documents = _load_or_exit(args.path, args.format)
    stats = corpus_stats(documents, SEED_SCHEMA)
    if args.json:
        print(json.dumps(stats, ensure_ascii=False, indent=2))
    else:
        print(format_stats(stats), end="")
    return 0


def cmd_convert(args: argparse.Namespace) -> int:
    documents = _load_or_exit(args.input, args.from_format)
    out = save_documents(documents, args.output, args.to)
    print(f"wrote {len(documents)} documents as {args.to} to {out}", file=sys.stderr)
    return 0


def cmd_splits(args: argparse.Namespace) -> int:
    documents = _load_or_exit(args.path, args.format)
    content = make_splits(documents)
    text = json.dumps(content, ensure_ascii=False, indent=2) + "\n"
    if args.output:
        args.output.write_text(text, encoding="utf-8")
        print(f"wrote {args.output}: test={content['default']['test']} dev={content['default']['dev']}",
              file=sys.stderr)
    else:
        print(text, end="")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="arabic-ie", description="Arabic NER and relation extraction toolkit")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("validate", help="check annotations; prints file:line: problem, exit 1 on any")
    p.add_argument("path", type=Path, help="brat folder or file, .jsonl, or CoNLL file")
    p.add_argument("--format", choices=FORMATS, help="input format (default: detected from the path)")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("stats", help="counts per entity and relation type, per document and total")
    p.add_argument("path", type=Path)
    p.add_argument("--format", choices=FORMATS)
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("convert", help="convert between brat, JSONL and CoNLL")
    p.add_argument("input", type=Path)
    p.add_argument("output", type=Path, help="a folder for brat, a file for jsonl/conll")
    p.add_argument("--to", choices=FORMATS, required=True)
    p.add_argument("--from", dest="from_format", choices=FORMATS, help="input format (default: detected)")
    p.set_defaults(func=cmd_convert)

    p = sub.add_parser("splits", help="make the versioned split file (default split + leave-one-out folds)")
    p.add_argument("path", type=Path)
    p.add_argument("--format", choices=FORMATS)
    p.add_argument("--output", type=Path, help="write here instead of printing")
    p.set_defaults(func=cmd_splits)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except AnnotationError as exc:
        print(exc, file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
