"""Load and save corpora in any supported format, detected from the path."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Iterable, Mapping

from .brat import read_brat, write_brat
from .conll import read_conll, write_conll
from .document import Document
from .errors import AnnotationError, Problem, ProblemSink, not_utf8
from .jsonl import read_jsonl, write_jsonl

# fane (read only, never detected) and standoff (a manifest of texts kept outside the repository, data/news: read
# only, detected from a .json object with "documents" and "annotations")
FORMATS = ("brat", "jsonl", "conll", "label-studio", "webanno-tsv", "hf", "spacy", "fane", "standoff")
WRITABLE_FORMATS = ("brat", "jsonl", "conll", "doccano", "label-studio", "webanno-tsv", "spacy")
logger = logging.getLogger(__name__)
_CONLL_SUFFIXES = {".conll", ".bio", ".iob", ".iob2", ".tsv"}


def detect_format(path: str | Path) -> str:
    """``brat`` for a folder or a ``.txt`` with an ``.ann`` beside it, ``spacy`` for ``.spacy`` (DocBin),
    ``jsonl`` for ``.jsonl``/``.json``,
    ``conll`` for ``.conll``/``.bio``/``.iob``/``.tsv`` or another ``.txt``."""
    path = Path(path)
    if path.is_dir() and (path / "dataset_info.json").exists() and (path / "state.json").exists():
        return "hf"  # Dataset.save_to_disk
    if path.is_dir() and not any(path.glob("*.txt")):
        from .webanno_tsv import looks_like_webanno_tsv

        if any(looks_like_webanno_tsv(f) for f in sorted(path.glob("*.tsv"))[:1]):
            return "webanno-tsv"  # a folder of TSV 3 files, one document each
    if path.is_dir() or path.suffix == ".ann":
        return "brat"
    if path.suffix == ".spacy":
        return "spacy"  # spaCy DocBin
    if path.suffix == ".json" and path.is_file():
        from .label_studio import looks_like_label_studio

        if looks_like_label_studio(path):
            return "label-studio"
        if _looks_like_manifest(path):
            return "standoff"
    if path.suffix in {".jsonl", ".json"}:
        return "jsonl"
    if path.suffix == ".txt" and path.with_suffix(".ann").exists():
        return "brat"
    if path.suffix in {".tsv", ".txt"} and path.is_file():
        from .webanno_tsv import looks_like_webanno_tsv

        if looks_like_webanno_tsv(path):
            return "webanno-tsv"
    if path.suffix in _CONLL_SUFFIXES or path.suffix == ".txt":
        return "conll"
    raise ValueError(f"{path}: cannot tell the format from the name; use a folder (brat), .jsonl, .json (Label Studio), .conll, .tsv (WebAnno) or .spacy")


def _looks_like_manifest(path: Path) -> bool:
    """A standoff manifest (data/news/manifest.json): one JSON object with ``documents`` and ``annotations``."""
    import json

    try:
        with open(path, encoding="utf-8") as fh:
            if fh.read(1) != "{":
                return False
            fh.seek(0)
            data = json.load(fh)
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and isinstance(data.get("documents"), list) and "annotations" in data


def load_documents(path: str | Path, fmt: str | None = None, sink: ProblemSink | None = None,
                   tag_map: Mapping[str, str] | None = None, entity_types: Iterable[str] | None = None
                   ) -> list[Document]:
    """Read every document under ``path``.

    Without a ``sink`` the first problem raises :class:`AnnotationError` naming file and line;
    with one, problems are collected and the readable annotations are still returned.
    """
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such file or folder")
    fmt = fmt or detect_format(path)
    try:
        return _load(path, fmt, sink, tag_map, entity_types)
    except UnicodeDecodeError as exc:  # a single-file format: the file is the one named
        problem = not_utf8(path, exc)
        if sink is None:
            raise AnnotationError(problem) from None
        sink.add(problem)
        return []


def _load(path: Path, fmt: str, sink: ProblemSink | None, tag_map, entity_types) -> list[Document]:
    if fmt == "brat":
        if path.is_dir():
            txts = sorted(path.glob("*.txt"))
            orphans = sorted({a.stem for a in path.glob("*.ann")} - {t.stem for t in txts})
            for stem in orphans:
                problem = Problem(str(path / f"{stem}.ann"), None, f"annotations without their text: no {stem}.txt "
                                                                  "beside it")
                if sink is None:
                    raise AnnotationError(problem)
                sink.add(problem)
            if not txts:
                problem = Problem(str(path), None, "folder contains no .txt/.ann documents")
                if sink is None:
                    raise AnnotationError(problem)
                sink.add(problem)
            docs = []
            for t in txts:
                try:
                    docs.append(read_brat(t, sink))
                except AnnotationError as exc:  # an unreadable file: reported, the others still read
                    if sink is None:
                        raise
                    for problem in exc.problems:
                        sink.add(problem)
            return docs
        return [read_brat(path.with_suffix(".txt"), sink)]
    if fmt == "jsonl":
        return read_jsonl(path, sink)
    if fmt == "conll":
        return read_conll(path, tag_map=tag_map, entity_types=entity_types, sink=sink)
    if fmt == "fane":
        from .fane import read_fane

        return read_fane(path, tag_map=tag_map, entity_types=entity_types, sink=sink)
    if fmt == "webanno-tsv":
        from .webanno_tsv import read_webanno_tsv

        files = sorted(p for p in path.glob("*.tsv")) if path.is_dir() else [path]
        return [doc for f in files for doc in read_webanno_tsv(f, sink)]
    if fmt == "hf":
        from .hf import load_dataset_dir

        try:
            return load_dataset_dir(path)
        except (ValueError, FileNotFoundError) as exc:
            raise AnnotationError(Problem(str(path), None, str(exc))) from None
    if fmt == "label-studio":
        from .label_studio import read_label_studio

        return read_label_studio(path, sink)
    if fmt == "spacy":
        from .spacy_docbin import read_docbin

        return read_docbin(path, sink)
    if fmt == "standoff":
        from .news_sample import ManifestError, read_standoff

        try:
            return read_standoff(path, sink=sink)
        except ManifestError as exc:
            raise AnnotationError(Problem(str(path), None, str(exc))) from None
    raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")


def save_documents(documents: list[Document], path: str | Path, fmt: str, scheme: str = "bio") -> Path:
    """Write documents as brat (a folder), JSONL or CoNLL (a file)."""
    path = Path(path)
    if fmt == "brat":
        taken: set[str] = set()
        renamed = 0
        for doc in documents:
            renamed += write_brat(doc, path, taken).stem != doc.id
        if renamed:
            logger.warning("%s: %d document id(s) were not safe or unique file names and were renamed (the id itself "
                           "is the file name in brat)", path, renamed)
        return path
    if fmt == "jsonl":
        return write_jsonl(documents, path)
    if fmt == "label-studio":
        from .label_studio import write_label_studio

        return write_label_studio(documents, path)
    if fmt == "doccano":
        from .jsonl import write_doccano

        return write_doccano(documents, path)
    if fmt == "conll":
        return write_conll(documents, path, scheme=scheme)
    if fmt == "spacy":
        from .spacy_docbin import write_docbin

        return write_docbin(documents, path)
    if fmt == "webanno-tsv":
        from .webanno_tsv import write_webanno_tsv

        return write_webanno_tsv(documents, path)
    raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(WRITABLE_FORMATS)}")


def conversion_losses(documents: list[Document], fmt: str) -> list[str]:
    """What writing ``documents`` as ``fmt`` would lose, one line per kind with its count (empty: nothing)."""
    losses = []
    if fmt == "conll":
        n_rel = sum(len(d.relations) for d in documents)
        if n_rel:
            losses.append(f"{n_rel} relation(s) of {sum(1 for d in documents if d.relations)} document(s): CoNLL "
                          "holds entities only")
        overlapping = 0
        for d in documents:
            spans = sorted((e.start, e.end) for e in d.entities)
            overlapping += sum(1 for a, b in zip(spans, spans[1:]) if b[0] < a[1])
        if overlapping:
            losses.append(f"{overlapping} overlapping or nested entit(y/ies): BIO tags one entity per word")
    if fmt == "webanno-tsv":
        from .brat import safe_file_stem
        from .webanno_tsv import text_after_round_trip

        changed = sum(1 for d in documents if text_after_round_trip(d) != d.text)
        if changed:
            losses.append(f"whitespace of {changed} document(s): TSV 3 keeps sentences (lines) and token offsets, not "
                          "blank lines, leading spaces or runs of line breaks (offsets are kept)")
        taken: set[str] = set()
        renamed = sum(1 for d in documents if safe_file_stem(d.id, taken) != d.id)
        if renamed:
            losses.append(f"{renamed} document id(s): the file name is the id in TSV 3, and these were not safe or "
                          "unique file names")
    return losses
