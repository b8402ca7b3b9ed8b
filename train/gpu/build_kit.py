#!/usr/bin/env python
"""Build the kit a borrowed GPU machine needs to train the public-corpora recipes (docs/training.md, "On a borrowed
GPU machine"): the machine receives the working tree (up to 64 MiB), has no network and a Python 3.12 with torch and
transformers but without the project's other dependencies.

    python train/gpu/build_kit.py [--kit .devrun] [--shared ../shared] [--python-version 3.12]

Writes into --kit (keep it out of git, e.g. a `.git/info/exclude` line `/.devrun/`):
- whl/: the project's dependencies that such an image lacks, as wheels for that Python (pip download);
  whl_fallback/: an older datasets with its dill and multiprocess, for an image whose pyarrow the new one refuses;
- shared.tar.xz: the `../shared` files the recipes read (ANERcorp, FANE, the seed texts) and, of the SaudiNewsNet /
  ANT corpus files, only the documents `data/news/manifest.json` names: every other document becomes one line `x`,
  so that document positions, and the manifest's sha256 checks, hold (about 2 MB instead of 100);
- ENCODER.tar.xz for each --encoder (default models/arabic-e5-small), since models/ itself is too large to travel.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "src"))

WHEELS = ["datasets==5.2.0", "dill==0.4.1", "multiprocess==0.70.19", "rapidfuzz==3.14.6", "python-crfsuite==0.9.12"]
FALLBACK = ["datasets==4.0.0", "dill==0.3.8", "multiprocess==0.70.16"]
PURE_PYTHON_SDISTS = ["seqeval==1.2.2"]  # built into a wheel here
PLATFORMS = ["manylinux_2_28_x86_64", "manylinux_2_27_x86_64", "manylinux_2_17_x86_64", "manylinux2014_x86_64",
             "manylinux1_x86_64"]


def download(specs: list[str], dest: Path, python_version: str) -> None:
    platforms = [a for p in PLATFORMS for a in ("--platform", p)]
    subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--only-binary=:all:",
                    "--python-version", python_version, "--implementation", "cp", *platforms, "-d", str(dest), *specs],
                   check=True)


def blanked_corpora(manifest: Path, corpora: Path, out: Path) -> int:
    """Copy the corpus files the manifest names, with every document it does not name replaced by `x`."""
    from arabic_ie.data.plaintext import iter_file_documents

    needed: dict[tuple[str, str], set[int]] = {}
    for doc in json.loads(manifest.read_text(encoding="utf-8"))["documents"]:
        needed.setdefault((doc["corpus"], doc["file"]), set()).add(doc["index"])
    for (corpus, name), indices in needed.items():
        documents = list(iter_file_documents(corpora / corpus / name))
        (out / corpus).mkdir(parents=True, exist_ok=True)
        text = "\n\n".join("\n".join(lines) if i in indices else "x" for i, lines in enumerate(documents))
        (out / corpus / name).write_text(text + "\n", encoding="utf-8")
    return len(needed)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kit", type=Path, default=REPO / ".devrun")
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--encoder", action="append", help="model directory to pack (default models/arabic-e5-small)")
    parser.add_argument("--python-version", default="3.12")
    args = parser.parse_args(argv)
    if not (args.shared / "data" / "ner").is_dir():
        print(f"error: {args.shared}: not a copy of shared/ (no data/ner)", file=sys.stderr)
        return 2
    kit = args.kit
    (kit / "whl").mkdir(parents=True, exist_ok=True)
    download(WHEELS, kit / "whl", args.python_version)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(kit / "whl"),
                    *PURE_PYTHON_SDISTS], check=True)
    (kit / "whl_fallback").mkdir(exist_ok=True)
    download(FALLBACK, kit / "whl_fallback", args.python_version)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        files = blanked_corpora(REPO / "data" / "news" / "manifest.json", args.shared / "data" / "corpora",
                                root / "data" / "corpora")
        with tarfile.open(kit / "shared.tar.xz", "w:xz") as tar:
            tar.add(args.shared / "data" / "ner", arcname="data/ner")
            if (args.shared / "seeds").is_dir():
                tar.add(args.shared / "seeds", arcname="seeds")
            tar.add(root / "data" / "corpora", arcname="data/corpora")
    for encoder in args.encoder or ["models/arabic-e5-small"]:
        path = REPO / encoder
        with tarfile.open(kit / f"{path.name}.tar.xz", "w:xz") as tar:
            tar.add(path, arcname=path.name)
    size = sum(p.stat().st_size for p in kit.rglob("*") if p.is_file())
    print(f"wrote {kit}: {size / 2**20:.1f} MiB ({files} corpus files reduced to the manifest's documents)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
