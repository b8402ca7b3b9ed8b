"""Label Studio JSON export (read) and import file (write): a JSON array of tasks.

Each task: ``{"id", "data": {"text": ...}, "annotations": [{"result": [...]}]}``; a result item of type ``labels``
is a span (``value.start``, ``value.end``, ``value.labels[0]``, optional ``value.text``), one of type ``relation``
links two span ids (``from_id`` → ``to_id``, ``labels[0]`` the relation type; ``direction: left`` reverses it).
The first annotation of a task is read (a task with several is reported). The text field is the first string in
``data`` unless ``text_key`` names it.
"""

from __future__ import annotations

import json
from collections import Counter
import logging
from pathlib import Path
from typing import Any, Iterable

from .document import Document, Entity, Relation
from .errors import Problem, ProblemSink

logger = logging.getLogger(__name__)


def looks_like_label_studio(path: Path) -> bool:
    """A ``.json`` file whose content is a JSON array (Label Studio's export), not JSON Lines."""
    try:
        with open(path, encoding="utf-8") as fh:
            head = fh.read(2048).lstrip()
    except (OSError, UnicodeDecodeError):
        return False
    return head.startswith("[")


def _task_text(task: dict[str, Any], text_key: str | None) -> str | None:
    data = task.get("data")
    if not isinstance(data, dict):
        return None
    if text_key:
        value = data.get(text_key)
        return value if isinstance(value, str) else None
    return next((v for v in data.values() if isinstance(v, str)), None)


def read_label_studio(path: str | Path, sink: ProblemSink | None = None, text_key: str | None = None
                      ) -> list[Document]:
    sink = sink if sink is not None else ProblemSink(raise_first=True)
    path = Path(path)
    try:
        tasks = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        sink.add(Problem(str(path), None, f"cannot read: {exc}"))
        return []
    except json.JSONDecodeError as exc:
        sink.add(Problem(str(path), exc.lineno, f"invalid JSON: {exc.msg} (column {exc.colno})"))
        return []
    if not isinstance(tasks, list):
        sink.add(Problem(str(path), None, "expected a JSON array of Label Studio tasks"))
        return []
    docs = []
    dropped: Counter[str] = Counter()
    for n, task in enumerate(tasks, start=1):
        where = f"task #{n}"
        if not isinstance(task, dict):
            sink.add(Problem(str(path), None, f"{where}: expected an object"))
            continue
        text = _task_text(task, text_key)
        if text is None:
            sink.add(Problem(str(path), None, f"{where}: no text in data"))
            continue
        doc = Document(str(task.get("id", f"task-{n}")), text, source=str(path))
        annotations = task.get("annotations") or task.get("completions") or []
        if len(annotations) > 1:
            logger.warning("%s: %s: %d annotations; only the first is read", path, where, len(annotations))
        result = annotations[0].get("result", []) if annotations and isinstance(annotations[0], dict) else []
        ids = {}
        for item in result:
            if item.get("type") not in ("labels", "hypertextlabels"):
                if item.get("type") != "relation":
                    dropped[f"result(s) of type {item.get('type')!r} (only labels and relations are read)"] += 1
                continue
            value = item.get("value", {})
            start, end, labels = value.get("start"), value.get("end"), value.get("labels") or []
            if len(labels) > 1:
                dropped["span(s) with several labels (the first is kept)"] += 1
            if not isinstance(start, int) or not isinstance(end, int) or not labels:
                sink.add(Problem(str(path), None, f"{where}: span {item.get('id')}: needs integer start/end and a label"))
                continue
            if not 0 <= start < end <= len(text):
                sink.add(Problem(str(path), None, f"{where}: span {item.get('id')}: offsets {start}-{end} outside "
                                                  f"text of length {len(text)}"))
                continue
            if "text" in value and value["text"] != text[start:end]:
                sink.add(Problem(str(path), None, f"{where}: span {item.get('id')}: text {value['text']!r} differs "
                                                  f"from text[{start}:{end}] = {text[start:end]!r}"))
                continue
            ent_id = f"T{len(doc.entities) + 1}"
            ids[str(item.get("id"))] = ent_id
            doc.entities.append(Entity(ent_id, labels[0], start, end, text[start:end]))
        for item in result:
            if item.get("type") != "relation":
                continue
            head, tail = ids.get(str(item.get("from_id"))), ids.get(str(item.get("to_id")))
            labels = item.get("labels") or []
            if len(labels) > 1:
                dropped["relation(s) with several labels (the first is kept)"] += 1
            if head is None or tail is None or not labels:
                sink.add(Problem(str(path), None, f"{where}: relation {item.get('from_id')}->{item.get('to_id')}: "
                                                  "needs two known span ids and a label (an unlabelled relation "
                                                  "cannot be trained on)"))
                continue
            if item.get("direction") == "left":
                head, tail = tail, head
            doc.relations.append(Relation(f"R{len(doc.relations) + 1}", labels[0], head, tail))
        docs.append(doc)
    if dropped:
        logger.warning("%s: not read: %s", path, "; ".join(f"{n} {what}" for what, n in sorted(dropped.items())))
    return docs


def write_label_studio(documents: Iterable[Document], path: str | Path) -> Path:
    """Tasks with one annotation each (Label Studio imports them as pre-annotated tasks)."""
    tasks = []
    for doc in documents:
        result = [{"id": e.id, "type": "labels", "from_name": "label", "to_name": "text",
                   "value": {"start": e.start, "end": e.end, "text": e.text, "labels": [e.type]}} for e in doc.entities]
        result += [{"type": "relation", "from_id": r.head, "to_id": r.tail, "direction": "right", "labels": [r.type]}
                   for r in doc.relations]
        tasks.append({"id": doc.id, "data": {"text": doc.text}, "annotations": [{"result": result}]})
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(tasks, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path
