"""``python -m arabic_ie.annotation show|compile``: annotation worksheet helpers."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..data.brat import format_ann, read_text_exact, write_brat
from ..data.segment import paragraphs
from .worksheet import WorksheetError, compile_worksheets, render


def _build(seed_dir: Path, worksheet_dir: Path, check: bool) -> int:
    status = 0
    for txt in sorted(seed_dir.glob("*.txt")):
        sheets = sorted(worksheet_dir.glob(f"{txt.stem}*.ws"))
        if not sheets:
            print(f"{txt}: no worksheet in {worksheet_dir}", file=sys.stderr)
            status = 1
            continue
        try:
            doc = compile_worksheets(txt.stem, read_text_exact(txt), sheets)
        except WorksheetError as exc:
            print(exc, file=sys.stderr)
            status = 1
            continue
        ann = txt.with_suffix(".ann")
        new = format_ann(doc)
        old = ann.read_text(encoding="utf-8") if ann.exists() else None
        if check:
            if old != new:
                print(f"{ann}: differs from its worksheets (run make corpus)", file=sys.stderr)
                status = 1
            continue
        if old != new:
            ann.write_text(new, encoding="utf-8")
        print(f"{ann}: {len(doc.entities)} entities, {len(doc.relations)} relations")
    return status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m arabic_ie.annotation")
    sub = parser.add_subparsers(dest="command", required=True)
    show = sub.add_parser("show", help="print a text's paragraphs numbered P1, P2, ...")
    show.add_argument("txt", type=Path)
    comp = sub.add_parser("compile", help="compile worksheets; print the bracketed text")
    comp.add_argument("txt", type=Path)
    comp.add_argument("worksheets", type=Path, nargs="+")
    comp.add_argument("--write", type=Path, help="write brat .txt/.ann into this folder")
    build = sub.add_parser("build", help="rebuild every ID.ann of a brat folder from ID*.ws worksheets")
    build.add_argument("seed_dir", type=Path)
    build.add_argument("worksheet_dir", type=Path)
    build.add_argument("--check", action="store_true", help="only report .ann files that differ")
    args = parser.parse_args(argv)
    if args.command == "build":
        return _build(args.seed_dir, args.worksheet_dir, args.check)
    text = read_text_exact(args.txt)
    if args.command == "show":
        for n, para in enumerate(paragraphs(text), start=1):
            print(f"P{n}: {para.slice(text)}")
        return 0
    try:
        doc = compile_worksheets(args.txt.stem, text, args.worksheets)
    except WorksheetError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(render(doc))
    print(f"\n{len(doc.entities)} entities, {len(doc.relations)} relations")
    if args.write:
        print("wrote", write_brat(doc, args.write))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
