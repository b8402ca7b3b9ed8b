"""The ``arabic-ie`` command line: train, evaluate, cross-validate, predict, validate, stats, convert, splits, soup,
mix-heads.

Heavy libraries (torch, transformers) are imported only by the commands that need them, so ``--help`` and the
corpus commands start fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .data.errors import AnnotationError, ProblemSink
from .data.io import detect_format, FORMATS, WRITABLE_FORMATS, load_documents, save_documents
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


def _schema_or_exit(path: Path | None):
    if path is None:
        return SEED_SCHEMA
    from .schema import SchemaFileError, load_schema

    try:
        return load_schema(path)
    except SchemaFileError as exc:
        print(f"error: {exc}", file=sys.stderr)
        raise SystemExit(2) from None


def cmd_validate(args: argparse.Namespace) -> int:
    schema = _schema_or_exit(args.schema)
    sink = ProblemSink()
    documents = _load_or_exit(args.path, args.format, sink)
    surfaces = known_surfaces(documents)
    problems = list(sink.problems)
    for doc in documents:
        problems += validate_document(doc, schema, surfaces)
    for problem in problems:
        print(problem)
    n_ents = sum(len(d.entities) for d in documents)
    n_rels = sum(len(d.relations) for d in documents)
    if documents and not n_ents:
        problems.append(f"{args.path}: {len(documents)} document(s) but no entity annotation: is the format right? "
                        "(read as " + (args.format or detect_format(args.path)) + "; a corpus without entities "
                        "cannot be trained on)")
        print(problems[-1])
    status = "OK" if not problems else f"{len(problems)} problem(s)"
    print(f"{status}: {len(documents)} documents, {n_ents} entities, {n_rels} relations checked",
          file=sys.stderr)
    return 1 if problems else 0


def cmd_stats(args: argparse.Namespace) -> int:
    schema = _schema_or_exit(args.schema)
    documents = _load_or_exit(args.path, args.format)
    stats = corpus_stats(documents, schema)
    if args.json:
        print(json.dumps(stats, ensure_ascii=False, indent=2))
    else:
        print(format_stats(stats), end="")
    return 0


def cmd_convert(args: argparse.Namespace) -> int:
    from .data.io import conversion_losses

    from .data.validate import corpus_schema

    documents = _load_or_exit(args.input, args.from_format)
    schema = _schema_or_exit(args.schema) if args.schema else corpus_schema(documents)
    surfaces = known_surfaces(documents)
    problems = [p for doc in documents for p in validate_document(doc, schema, surfaces)]
    if not any(d.entities for d in documents):
        problems.append(f"{args.input}: {len(documents)} document(s) but no entity annotation: is the format right?")
    if problems and not args.force:
        for problem in problems[:50]:
            print(problem, file=sys.stderr)
        print(f"error: {len(problems)} problem(s) in {args.input} (arabic-ie validate lists them); nothing written. "
              "Fix them, or convert anyway with --force", file=sys.stderr)
        return 1
    losses = conversion_losses(documents, args.to)
    for loss in losses:
        print(f"{'error' if args.strict else 'warning'}: converting to {args.to} drops {loss}", file=sys.stderr)
    if losses and args.strict:
        print("nothing written (--strict)", file=sys.stderr)
        return 1
    out = save_documents(documents, args.output, args.to, scheme=args.scheme)
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


def _read_text_file(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SystemExit(f"error: {path}: not UTF-8 text (byte 0x{data[exc.start]:02x} at position {exc.start}); "
                         "convert it to UTF-8 first, e.g. iconv -f WINDOWS-1256 -t UTF-8") from None


def _input_files(source: str) -> list[Path]:
    """A file, a folder (its .txt and .jsonl files) or a glob pattern."""
    import glob

    if any(ch in source for ch in "*?["):
        files = sorted(Path(p) for p in glob.glob(source, recursive=True) if Path(p).is_file())
        if not files:
            raise SystemExit(f"error: {source}: the pattern matches no file")
        return files
    path = Path(source)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix in (".txt", ".jsonl") and p.is_file())
        if not files:
            raise SystemExit(f"error: {source}: no .txt or .jsonl file in this folder")
        return files
    if not path.exists():
        raise SystemExit(f"error: {source}: no such file")
    return [path]


def _read_inputs(source: str | None) -> list[tuple[str, str]]:
    """(id, text) pairs from .txt files, .jsonl files of {"id","text"} objects, or stdin (no source, or -)."""
    if source in (None, "-"):
        data = sys.stdin.buffer.read()
        try:
            return [("stdin", data.decode("utf-8"))]
        except UnicodeDecodeError as exc:
            raise SystemExit(f"error: stdin: not UTF-8 text (byte 0x{data[exc.start]:02x} at position {exc.start})")
    items: list[tuple[str, str]] = []
    for path in _input_files(source):
        if path.suffix != ".jsonl":
            items.append((path.stem, _read_text_file(path)))
            continue
        for lineno, line in enumerate(_read_text_file(path).splitlines(), start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise SystemExit(f"error: {path}:{lineno}: invalid JSON: {exc.msg}") from None
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                raise SystemExit(f"error: {path}:{lineno}: expected an object with a string 'text'")
            items.append((str(obj.get("id", lineno)), obj["text"]))
    if not items:
        raise SystemExit(f"error: {source}: no text to predict")
    return items


def _check_output(output: Path | None, fmt: str) -> None:
    """Refuse, before loading any model, an output that cannot be written."""
    import os

    if output is None:
        if fmt != "jsonl":
            raise SystemExit(f"error: --output is required for --format {fmt}")
        return
    if fmt == "brat":
        if output.exists() and not output.is_dir():
            raise SystemExit(f"error: --output {output}: exists and is not a folder (brat writes a folder)")
    elif output.is_dir():
        raise SystemExit(f"error: --output {output}: is a folder; --format {fmt} writes a file")
    parent = output if fmt == "brat" and output.exists() else output.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not os.access(parent, os.W_OK):
        raise SystemExit(f"error: --output {output}: {parent} is not writable")


def cmd_predict(args: argparse.Namespace) -> int:
    _check_output(args.output, args.format)  # before torch is even imported
    inputs = _read_inputs(args.input)
    from tqdm.auto import tqdm

    from .data.document import Document, Entity, Relation
    from .predictor import Predictor, PredictorError, to_jsonl_line

    try:
        predictor = Predictor.from_pretrained(args.model, device=args.device, batch_size=args.batch_size,
                                              quantize=args.quantize, dtype=args.dtype, backend=args.backend)
        results = []
        chunk = max(args.batch_size * 4, 1)
        with tqdm(total=len(inputs), unit="doc", disable=None if len(inputs) > 1 else True, file=sys.stderr) as bar:
            for i in range(0, len(inputs), chunk):
                results += predictor.predict([text for _, text in inputs[i:i + chunk]])
                bar.update(len(inputs[i:i + chunk]))
    except PredictorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.format == "jsonl":
        lines = [to_jsonl_line(r, doc_id) for (doc_id, _), r in zip(inputs, results)]
        if args.output:
            args.output.parent.mkdir(parents=True, exist_ok=True)
            args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
        else:
            print("\n".join(lines))
        return 0
    docs = [Document(doc_id, r["text"], [Entity(e["id"], e["type"], e["start"], e["end"], e["text"], score=e["score"])
                                         for e in r["entities"]],
                     [Relation(f"R{i + 1}", x["type"], x["head"], x["tail"], score=x["score"])
                      for i, x in enumerate(r["relations"])]) for (doc_id, _), r in zip(inputs, results)]
    if args.format == "brat":
        save_documents(docs, args.output, "brat")
    else:
        from .visualize import render_html

        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(render_html(docs, predictor.config.entity_types), encoding="utf-8")
    print(f"wrote {len(docs)} document(s) as {args.format} to {args.output}", file=sys.stderr)
    return 0


PASSTHROUGH = {
    "train": ("train", "fine-tune a model from a YAML config (arabic-ie train CONFIG [--key value ...])"),
    "evaluate": ("evaluate", "predict and score a trained model on annotated documents"),
    "cross-validate": ("cross_validate", "leave-one-article-out cross-validation of a config, with baselines"),
}


def _passthrough(args: argparse.Namespace) -> int:
    import importlib

    module = importlib.import_module(f"arabic_ie.commands.{PASSTHROUGH[args.command][0]}")
    return module.main(args.rest)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("arabic-ie")
    except PackageNotFoundError:
        return "unknown (not installed)"


def cmd_serve(args: argparse.Namespace) -> int:
    try:
        import fastapi  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError:
        print("error: arabic-ie serve needs FastAPI and uvicorn: pip install 'arabic-ie[serve]'", file=sys.stderr)
        return 2
    from .predictor import PredictorError
    from .serve import ServeLimits, serve

    limits = ServeLimits(max_body_bytes=args.max_body_bytes, max_chars=args.max_chars, max_batch=args.max_batch,
                         batch_wait_ms=args.batch_wait_ms)
    try:
        serve(str(args.model), host=args.host, port=args.port, device=args.device, limits=limits,
              quantize=args.quantize, dtype=args.dtype, backend=args.backend)
    except PredictorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .extractor import ModelDirectoryError
    from .training.data import resolve_model_path

    model = resolve_model_path(str(args.model))
    try:
        if args.kind == "pipeline":
            from .export import export_token_classification

            out = export_token_classification(model, args.output)
            print(f"wrote {out}: transformers.pipeline('token-classification', model='{out}', "
                  "aggregation_strategy='first') loads it; limits in its README.md")
        else:
            try:
                import onnx  # noqa: F401
            except ImportError:
                print("error: the ONNX export needs onnx: pip install 'arabic-ie[onnx]'", file=sys.stderr)
                return 2
            from .export import export_onnx

            out = export_onnx(model, args.output, quantize=args.quantize)
            import onnx

            inputs = ", ".join(i.name for i in onnx.load(str(out), load_external_data=False).graph.input)
            print(f"wrote {out}{' (int8)' if args.quantize else ''}: inputs {inputs}; outputs entity_logits, "
                  "proclitic_logits, hidden")
    except (ModelDirectoryError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


def cmd_soup(args: argparse.Namespace) -> int:
    from .extractor import ModelDirectoryError
    from .training.soup import SoupError, soup_models

    try:
        record = soup_models(args.models, args.output, weights=args.weights)
    except (ModelDirectoryError, SoupError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    shares = ", ".join(f"{i['model_dir']} {i['weight']:.3f}" for i in record["ingredients"])
    print(f"wrote {args.output}: the weighted mean of {shares}; score it before use (eval/heldout.py, "
          "arabic-ie evaluate)")
    return 0


def _style_pairs(values: list[str], option: str, parse) -> dict:
    out = {}
    for value in values:
        style, sep, rest = value.partition("=")
        if not sep or not style or not rest:
            raise ValueError(f"{option} {value!r}: expected STYLE=VALUE")
        out[style] = parse(rest, f"{option} {value!r}")
    return out


def _share(text: str, where: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise ValueError(f"{where}: {text!r} is not a number") from None


def cmd_mix_heads(args: argparse.Namespace) -> int:
    from .extractor import ModelDirectoryError
    from .training.head_mix import HeadMixError, mix_style_heads

    try:
        shares = _style_pairs(args.style, "--style", _share)
        types = _style_pairs(args.types, "--types", lambda text, where: [t.strip() for t in text.split(",") if t.strip()])
        record = mix_style_heads(args.model, args.output, shares, types)
    except (ModelDirectoryError, HeadMixError, ValueError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    mixed = "; ".join(f"{s} {v:g} on {', '.join(record['labels'][s])}" for s, v in record["shares"].items())
    print(f"wrote {args.output}: the own entity head of {args.model} mixed with {mixed}; score it before use "
          "(eval/heldout.py, arabic-ie evaluate)")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="arabic-ie", description="Arabic NER and relation extraction toolkit")
    parser.add_argument("--version", action="version", version=f"arabic-ie {_version()}")
    sub = parser.add_subparsers(dest="command", required=True)

    for name, (_, help_text) in PASSTHROUGH.items():
        p = sub.add_parser(name, help=help_text, add_help=False, prefix_chars="\0")
        p.add_argument("rest", nargs=argparse.REMAINDER)
        p.set_defaults(func=_passthrough)

    p = sub.add_parser("validate", help="check annotations; prints file:line: problem, exit 1 on any")
    p.add_argument("path", type=Path, help="brat folder or file, .jsonl, or CoNLL file")
    p.add_argument("--format", choices=FORMATS, help="input format (default: detected from the path)")
    p.add_argument("--schema", type=Path, help="schema file (YAML or brat annotation.conf; default: the seed schema)")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("stats", help="counts per entity and relation type, per document and total")
    p.add_argument("path", type=Path)
    p.add_argument("--format", choices=FORMATS)
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.add_argument("--schema", type=Path, help="schema file (default: the seed schema)")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("convert", help="convert between brat, JSONL, doccano, Label Studio and CoNLL")
    p.add_argument("input", type=Path)
    p.add_argument("output", type=Path, help="a folder for brat, a file for jsonl/conll")
    p.add_argument("--to", choices=WRITABLE_FORMATS, required=True)
    p.add_argument("--from", dest="from_format", choices=FORMATS, help="input format (default: detected)")
    p.add_argument("--strict", action="store_true", help="refuse a conversion that would lose annotations")
    p.add_argument("--scheme", choices=("bio", "bioes", "bilou"), default="bio", help="CoNLL tagging scheme")
    p.add_argument("--schema", type=Path, help="also check entity and relation types against this schema file")
    p.add_argument("--force", action="store_true", help="write even when the input has validation problems")
    p.set_defaults(func=cmd_convert)

    p = sub.add_parser("predict", help="entities and relations for raw text with a trained model")
    p.add_argument("--model", type=Path, required=True, help="trained arabic-ie model directory")
    p.add_argument("input", nargs="?", help="a .txt file, a .jsonl file of {id,text} objects, a folder of them, a "
                                            "quoted glob ('news/*.txt'), or - / nothing for stdin")
    p.add_argument("--format", choices=("jsonl", "brat", "html"), default="jsonl")
    p.add_argument("--output", type=Path, help="file (jsonl, html) or folder (brat); jsonl defaults to stdout")
    p.add_argument("--device", default="auto", help="auto, cpu or cuda")
    p.add_argument("--batch-size", type=int, default=8)
    p.add_argument("--quantize", choices=("int8",), default=None, help="dynamic int8 quantization (CPU)")
    p.add_argument("--dtype", choices=("auto", "fp32", "bf16", "fp16"), default="auto",
                   help="compute precision: auto (GPU bf16/fp16, CPU fp32); bf16 is about 2x faster on a CPU with "
                        "AVX512-BF16 / AMX")
    p.add_argument("--backend", choices=("torch", "onnx"), default="torch",
                   help="where the entity pass runs: torch, or onnx (ONNX Runtime, CPU; with --quantize int8 the "
                        "fastest CPU path; pip install 'arabic-ie[onnx]')")
    p.set_defaults(func=cmd_predict)

    p = sub.add_parser("serve", help="an HTTP server for a model: POST /predict, GET /health, GET /model")
    p.add_argument("--model", type=Path, required=True, help="trained arabic-ie model directory (or an embedded name)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--device", default="auto", help="auto, cpu or cuda")
    p.add_argument("--quantize", choices=("int8",), default=None, help="dynamic int8 quantization (CPU)")
    p.add_argument("--dtype", choices=("auto", "fp32", "bf16", "fp16"), default="auto",
                   help="compute precision: auto (GPU bf16/fp16, CPU fp32); bf16 is about 2x faster on a CPU with "
                        "AVX512-BF16 / AMX")
    p.add_argument("--backend", choices=("torch", "onnx"), default="torch",
                   help="where the entity pass runs: torch, or onnx (ONNX Runtime, CPU; with --quantize int8 the "
                        "fastest CPU path; pip install 'arabic-ie[onnx]')")
    p.add_argument("--max-body-bytes", type=int, default=2_000_000, help="larger request bodies get 413")
    p.add_argument("--max-chars", type=int, default=100_000, help="longer texts get 413")
    p.add_argument("--max-batch", type=int, default=64, help="texts per request (413 beyond) and per shared batch")
    p.add_argument("--batch-wait-ms", type=float, default=5.0, help="how long a batch waits for more requests")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("export", help="the entity part for transformers.pipeline, or the encoder + heads as ONNX")
    p.add_argument("kind", choices=("pipeline", "onnx"))
    p.add_argument("--model", type=Path, required=True, help="trained arabic-ie model directory (or an embedded name)")
    p.add_argument("--output", type=Path, required=True, help="a folder (pipeline) or a .onnx file")
    p.add_argument("--quantize", choices=("int8",), default=None,
                   help="onnx: ONNX Runtime's dynamic int8 quantization of the graph")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("soup", help="average the weights of runs of one recipe that differ in data order")
    p.add_argument("models", type=Path, nargs="+", help="trained model directories (same config and seed)")
    p.add_argument("--output", type=Path, required=True, help="the averaged model directory to write")
    p.add_argument("--weights", type=float, nargs="+", help="one weight per model (default: uniform)")
    p.set_defaults(func=cmd_soup)

    p = sub.add_parser("mix-heads", help="mix a styled model's annotation-style entity heads into its own head")
    p.add_argument("model", type=Path, help="trained model directory with annotation-style heads")
    p.add_argument("--output", type=Path, required=True, help="the model directory to write")
    p.add_argument("--style", action="append", default=[], metavar="STYLE=SHARE", required=True,
                   help="share of this style's head on the rows of its types and O, e.g. fane=0.3; repeatable")
    p.add_argument("--types", action="append", default=[], metavar="STYLE=T1,T2",
                   help="this style's entity types (default: the `annotates` of its training datasets), e.g. "
                        "anercorp=PER,ORG where a corpus tag covers several types; repeatable")
    p.set_defaults(func=cmd_mix_heads)

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
    except BrokenPipeError:  # output piped into a command that stopped reading (e.g. head)
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
