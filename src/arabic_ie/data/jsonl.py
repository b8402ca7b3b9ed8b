"""JSON Lines reader and writer (doccano-like, one document per line).

Each line: ``{"id", "text", "entities": [{"id","type","start","end"}], "relations": [{"type","head","tail"}]}``.
Entities may carry ``text`` (checked against ``text[start:end]``) and relations an ``id``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable

from .document import Document, Entity, Relation
from .errors import Problem, ProblemSink


def _doc_from_json(obj: Any, path: str, lineno: int, sink: ProblemSink) -> Document | None:
    if not isinstance(obj, dict):
        sink.add(Problem(path, lineno, f"expected a JSON object, got {type(obj).__name__}"))
        return None
    if not isinstance(obj.get("text"), str):
        sink.add(Problem(path, lineno, "missing or non-string field 'text'"))
        return None
    if "id" not in obj:
        sink.add(Problem(path, lineno, "missing field 'id'"))
        return None
    text = obj["text"]
    doc = Document(str(obj["id"]), text, source=path)
    for i, e in enumerate(obj.get("entities", []) or []):
        try:
            start, end = e["start"], e["end"]
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
            rel = Relation(str(r.get("id", f"R{i + 1}")), str(r["type"]), str(r["head"]), str(r["tail"]), line=lineno)
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
