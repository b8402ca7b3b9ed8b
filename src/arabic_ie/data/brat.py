"""brat standoff reader and writer (``.txt`` + ``.ann``).

T (entity) and R (relation) lines are the annotations this schema has. Attribute (``A``/``M``), normalization
(``N``), note (``#``), event (``E``) and equivalence (``*``) lines are skipped with one warning per file naming
how many of each kind were left out; they never make the file unreadable.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from pathlib import Path

from .document import Document, Entity, Relation
from .errors import AnnotationError, Problem, ProblemSink, not_utf8


logger = logging.getLogger(__name__)
SKIPPED_KINDS = {"A": "attribute (A)", "M": "attribute (M)", "N": "normalization (N)", "E": "event (E)",
                 "*": "equivalence (*)"}


def parse_ann(ann: str, text: str, doc_id: str, path: str = "<ann>", sink: ProblemSink | None = None) -> Document:
    """Parse brat standoff annotations for ``text``.

    Structural problems (malformed lines, non-integer or out-of-range offsets,
    discontinuous spans, surface text not equal to ``text[start:end]``) are reported
    to ``sink``; without a sink the first one raises :class:`AnnotationError`.
    """
    sink = sink if sink is not None else ProblemSink(raise_first=True)
    entities: list[Entity] = []
    relations: list[Relation] = []
    skipped: Counter[str] = Counter()
    for lineno, line in enumerate(ann.splitlines(), start=1):
        if not line.strip():
            continue
        if line.startswith("#"):
            skipped["note (#)"] += 1
            continue
        parts = line.split("\t")
        ident = parts[0]
        if ident.startswith("T"):
            if len(parts) < 3:
                sink.add(Problem(path, lineno, f"entity line needs 'ID<TAB>TYPE START END<TAB>TEXT': {line!r}"))
                continue
            fields = parts[1].split(" ", 1)
            if len(fields) != 2:
                sink.add(Problem(path, lineno, f"entity {ident}: expected 'TYPE START END', got {parts[1]!r}"))
                continue
            etype, offsets = fields
            if ";" in offsets:
                sink.add(Problem(path, lineno, f"entity {ident}: discontinuous spans are not supported ({offsets})"))
                continue
            try:
                start, end = (int(x) for x in offsets.split())
            except ValueError:
                sink.add(Problem(path, lineno, f"entity {ident}: offsets must be two integers, got {offsets!r}"))
                continue
            surface = "\t".join(parts[2:])
            if not 0 <= start < end <= len(text):
                sink.add(Problem(path, lineno, f"entity {ident}: offsets {start}-{end} outside text of length {len(text)}"))
                continue
            if text[start:end] != surface:
                sink.add(Problem(path, lineno,
                                 f"entity {ident}: text {surface!r} differs from text[{start}:{end}] = {text[start:end]!r}"))
                continue
            entities.append(Entity(ident, etype, start, end, surface, line=lineno))
        elif ident.startswith("R"):
            fields = parts[1].split() if len(parts) > 1 else []
            if len(fields) != 3 or not fields[1].startswith("Arg1:") or not fields[2].startswith("Arg2:"):
                sink.add(Problem(path, lineno, f"relation line needs 'ID<TAB>TYPE Arg1:T1 Arg2:T2': {line!r}"))
                continue
            relations.append(Relation(ident, fields[0], fields[1][5:], fields[2][5:], line=lineno))
        elif ident[:1] in SKIPPED_KINDS:
            skipped[SKIPPED_KINDS[ident[:1]]] += 1
        else:
            sink.add(Problem(path, lineno, f"cannot parse line: {line!r}"))
    if skipped:
        logger.warning("%s: skipped %s (this schema keeps entity and relation lines only)", path,
                       ", ".join(f"{n} {kind}" for kind, n in sorted(skipped.items())))
    return Document(doc_id, text, entities, relations, source=path)


def read_brat(txt_path: str | Path, sink: ProblemSink | None = None) -> Document:
    """Read ``NAME.txt`` and ``NAME.ann`` (the document id is ``NAME``)."""
    txt_path = Path(txt_path)
    ann_path = txt_path.with_suffix(".ann")
    for path in (txt_path, ann_path):
        try:
            if path == txt_path:
                text = read_text_exact(txt_path)
            else:
                ann = ann_path.read_text(encoding="utf-8") if ann_path.exists() else ""
        except UnicodeDecodeError as exc:
            raise AnnotationError(not_utf8(path, exc)) from None
    return parse_ann(ann, text, txt_path.stem, str(ann_path), sink)


def read_text_exact(path: Path) -> str:
    """Read UTF-8 text without newline translation, so offsets match brat's."""
    with open(path, encoding="utf-8", newline="") as fh:
        return fh.read()


def format_ann(doc: Document) -> str:
    lines = []
    for e in doc.entities:
        lines.append(f"{e.id}\t{e.type} {e.start} {e.end}\t{e.text}")
    for r in doc.relations:
        lines.append(f"{r.id}\t{r.type} Arg1:{r.head} Arg2:{r.tail}")
    return "\n".join(lines) + ("\n" if lines else "")


_UNSAFE = re.compile(r"[^\w.\-]+", re.UNICODE)


def safe_file_stem(doc_id: str, taken: set[str] | None = None) -> str:
    """A file name stem for a document id that cannot leave its folder: path separators, dots at the start,
    control characters and other unsafe characters become ``_`` (Arabic letters stay), an empty result becomes
    ``document``, long ids are cut, and with ``taken`` (stems already used, compared case-insensitively) a
    repeated stem gets ``-2``, ``-3``, ..."""
    stem = _UNSAFE.sub("_", doc_id).strip("._") or "document"
    stem = stem[:150]
    if taken is not None:
        base, n = stem, 2
        while stem.casefold() in taken:
            stem = f"{base}-{n}"
            n += 1
        taken.add(stem.casefold())
    return stem


def write_brat(doc: Document, directory: str | Path, taken: set[str] | None = None) -> Path:
    """Write ``DIR/STEM.txt`` and ``DIR/STEM.ann`` (STEM: the document id made safe, see :func:`safe_file_stem`;
    pass the same ``taken`` set for every document of one folder so that no file overwrites another); returns the
    ``.ann`` path."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    stem = safe_file_stem(doc.id, taken)
    with open(directory / f"{stem}.txt", "w", encoding="utf-8", newline="") as fh:
        fh.write(doc.text)
    ann_path = directory / f"{stem}.ann"
    ann_path.write_text(format_ann(doc), encoding="utf-8")
    return ann_path
