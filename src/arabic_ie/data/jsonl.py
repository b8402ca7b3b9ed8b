"""JSON Lines reader and writer, one document per line.

The project's layout: ``{"id", "text", "entities": [{"id","type","start","end"}], "relations": [{"type","head","tail"}]}``;
entities may carry ``text`` (checked against ``text[start:end]``) and relations an ``id``.

doccano exports are read too, line by line:

* sequence labelling with relations: ``"entities": [{"id", "label", "start_offset", "end_offset"}]`` and
  ``"relations": [{"id", "from_id", "to_id", "type"}]``;
* the older span lists: ``"label": [[start, end, "TYPE"], ...]`` or ``"labels": [...]``.

A line without ``id`` gets ``line-N``. ``write_doccano`` writes the first layout (what doccano imports).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any, Iterable

from .document import Document, Entity, Relation
from .errors import Problem, ProblemSink

logger = logging.getLogger(__name__)


def _doc_from_json(obj: Any, path: str, lineno: int, sink: ProblemSink) -> Document | None:
    if not isinstance(obj, dict):
        sink.add(Problem(path, lineno, f"expected a JSON object, got {type(obj).__name__}"))
        return None
    if not isinstance(obj.get("text"), str):
        sink.add(Problem(path, lineno, "missing or non-string field 'text'"))
        return None
    text = obj["text"]
    doc = Document(str(obj["id"]) if "id" in obj else f"line-{lineno}", text, source=path)
    entities = obj.get("entities", []) or []
    for key in ("label", "labels"):  # doccano's older export: [[start, end, "TYPE"], ...]
        spans = obj.get(key)
        if spans and entities:
            logger.warning("%s:%d: both 'entities' and %r: the %d span(s) of %r are not read", path, lineno, key,
                           len(spans) if isinstance(spans, list) else 1, key)
        if spans and not entities:
            if not isinstance(spans, list) or not all(isinstance(x, list) and len(x) == 3 for x in spans):
                sink.add(Problem(path, lineno, f"field {key!r}: expected [[start, end, \"TYPE\"], ...] spans, got "
                                               f"{str(spans)[:60]} (document-classification labels are not spans)"))
                return None
            entities = [{"start": s_, "end": e_, "type": t} for s_, e_, t in spans]
    for i, e in enumerate(entities):
        try:
            start, end = e.get("start", e.get("start_offset")), e.get("end", e.get("end_offset"))
            if start is None or end is None:
                raise KeyError("start and end (or start_offset and end_offset)")
            etype = e.get("type", e.get("label"))
            if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool):
                raise TypeError("start/end must be integers")
            if not isinstance(etype, str):
                raise TypeError("entity needs a string 'type'")
        except (KeyError, TypeError, AttributeError) as exc:
            sink.add(Problem(path, lineno, f"entity #{i}: {exc}"))
            continue
        ent_id = str(e.get("id", f"T{i + 1}"))
        if not 0 <= start < end <= len(text):
            sink.add(Problem(path, lineno, f"entity {ent_id}: offsets {start}-{end} outside text of length {len(text)}"))
            continue
        surface = e.get("text", text[start:end])
        if surface != text[start:end]:
            sink.add(Problem(path, lineno,
                             f"entity {ent_id}: text {surface!r} differs from text[{start}:{end}] = {text[start:end]!r}"))
            continue
        doc.entities.append(Entity(ent_id, etype, start, end, surface, line=lineno))
    for i, r in enumerate(obj.get("relations", []) or []):
        try:
            head, tail = r.get("head", r.get("from_id")), r.get("tail", r.get("to_id"))
            if head is None or tail is None:
                raise KeyError("'head' and 'tail' (or doccano's 'from_id' and 'to_id')")
            rel = Relation(str(r.get("id", f"R{i + 1}")), str(r["type"]), str(head), str(tail), line=lineno)
        except (KeyError, TypeError, AttributeError) as exc:
            sink.add(Problem(path, lineno, f"relation #{i}: missing field {exc}"))
            continue
        doc.relations.append(rel)
    return doc


def read_jsonl(path: str | Path, sink: ProblemSink | None = None) -> list[Document]:
    """Read all documents of a JSONL file; problems name the file and line."""
    sink = sink if sink is not None else ProblemSink(raise_first=True)
    docs = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                sink.add(Problem(str(path), lineno, f"invalid JSON: {exc.msg} (column {exc.colno})"))
                continue
            doc = _doc_from_json(obj, str(path), lineno, sink)
            if doc is not None:
                docs.append(doc)
    return docs


def write_jsonl(documents: Iterable[Document], path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        for doc in documents:
            fh.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
    return path


def write_doccano(documents: Iterable[Document], path: str | Path) -> Path:
    """doccano's JSONL import layout (sequence labelling with relations): entity and relation ids are integers,
    unique within the file, as doccano expects."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    next_id = 1
    with open(path, "w", encoding="utf-8") as fh:
        for doc in documents:
            ids = {}
            entities = []
            for e in doc.entities:
                ids[e.id] = next_id
                entities.append({"id": next_id, "label": e.type, "start_offset": e.start, "end_offset": e.end})
                next_id += 1
            relations = []
            for r in doc.relations:
                relations.append({"id": next_id, "from_id": ids[r.head], "to_id": ids[r.tail], "type": r.type})
                next_id += 1
            fh.write(json.dumps({"id": doc.id, "text": doc.text, "entities": entities, "relations": relations},
                                ensure_ascii=False) + "\n")
    return path
