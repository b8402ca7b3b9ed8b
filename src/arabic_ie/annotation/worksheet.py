"""Annotation worksheets: write mentions by surface form, let code compute the offsets.

A worksheet lists, paragraph by paragraph and in reading order, the mentions of one
document. Offsets are never typed by hand: each mention is searched for from a cursor
that starts at the beginning of its paragraph and moves past every match, so repeated
names map to successive occurrences. A match must start at a word start or right after
attached proclitics (و ف ب ل ك لل) and end at a word end.

Format (``#`` starts a comment; fields are separated by ``|``)::

    @P3                                  # go to paragraph 3 (1-based, non-empty lines)
    NORP | الروسي | rus                  # TYPE | surface [| label]
    PER  | فلاديمير بوتين | putin
    SKIP | بوتين                         # move the cursor past a non-entity occurrence
    REL  | ROLE | putin | rus            # relation TYPE | arg1 label | arg2 label

Labels are unique within a document's worksheets.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..data.arabic import ends_at_boundary, starts_at_boundary
from ..data.document import Document, Entity, Relation
from ..data.segment import paragraphs
from ..schema import SEED_SCHEMA, Schema


class WorksheetError(ValueError):
    """A problem in a worksheet, reported as ``file:line: message``."""


@dataclass
class _State:
    paragraph: int | None = None
    cursor: int = 0
    labels: dict[str, Entity] = field(default_factory=dict)


def _find(text: str, surface: str, start: int, end: int) -> int | None:
    pos = text.find(surface, start, end)
    while pos != -1:
        if starts_at_boundary(text, pos) and ends_at_boundary(text, pos + len(surface)):
            return pos
        pos = text.find(surface, pos + 1, end)
    return None


def compile_worksheets(doc_id: str, text: str, worksheet_paths: list[Path], schema: Schema = SEED_SCHEMA) -> Document:
    """Turn the worksheets of one document into a :class:`Document` with exact offsets."""
    paras = paragraphs(text)
    entities: list[Entity] = []
    relations: list[Relation] = []
    pending_relations: list[tuple[str, str, str, str, int]] = []
    state = _State()
    for path in worksheet_paths:
        state.paragraph = None
        for lineno, raw in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
            where = f"{path}:{lineno}"
            line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
            if not line:
                continue
            if line.startswith("@P"):
                try:
                    number = int(line[2:])
                except ValueError:
                    raise WorksheetError(f"{where}: bad paragraph marker {line!r}, expected @P<number>") from None
                if not 1 <= number <= len(paras):
                    raise WorksheetError(f"{where}: paragraph {number} does not exist (document has {len(paras)})")
                state.paragraph = number - 1
                state.cursor = paras[number - 1].start
                continue
            fields = [f.strip() for f in line.split("|")]
            kind = fields[0]
            if kind == "REL":
                if len(fields) != 4:
                    raise WorksheetError(f"{where}: expected 'REL | TYPE | arg1 | arg2', got {raw!r}")
                if not schema.has_relation(fields[1]):
                    raise WorksheetError(f"{where}: unknown relation type {fields[1]!r}")
                pending_relations.append((fields[1], fields[2], fields[3], where, lineno))
                continue
            if state.paragraph is None:
                raise WorksheetError(f"{where}: mention before any @P<number> paragraph marker")
            if len(fields) not in (2, 3) or not fields[1]:
                raise WorksheetError(f"{where}: expected 'TYPE | surface [| label]', got {raw!r}")
            surface = fields[1]
            para = paras[state.paragraph]
            pos = _find(text, surface, state.cursor, para.end)
            if pos is None:
                context = text[state.cursor:min(para.end, state.cursor + 60)]
                raise WorksheetError(
                    f"{where}: {surface!r} not found as a whole word in P{state.paragraph + 1} "
                    f"after the cursor (text there: {context!r}...)"
                )
            state.cursor = pos + len(surface)
            if kind == "SKIP":
                continue
            if kind not in schema.entity_types:
                raise WorksheetError(f"{where}: unknown entity type {kind!r}")
            label = fields[2] if len(fields) == 3 and fields[2] else f"_auto{len(entities)}"
            if label in state.labels:
                raise WorksheetError(f"{where}: label {label!r} already used")
            ent = Entity(id=label, type=kind, start=pos, end=pos + len(surface), text=surface, line=lineno)
            for other in entities:
                if other.start < ent.end and ent.start < other.end:
                    raise WorksheetError(f"{where}: {surface!r} overlaps {other.text!r} ({other.id})")
            state.labels[label] = ent
            entities.append(ent)
    for rtype, arg1, arg2, where, _ in pending_relations:
        for arg in (arg1, arg2):
            if arg not in state.labels:
                raise WorksheetError(f"{where}: relation argument {arg!r} is not a label of this document")
        relations.append(Relation(id=f"R{len(relations) + 1}", type=rtype, head=arg1, tail=arg2))
    return Document(doc_id, text, entities, relations).renumbered()


def render(document: Document) -> str:
    """Show each paragraph with its mentions bracketed as ``[TYPE:id text]``, then relations."""
    out = []
    ents = sorted(document.entities, key=lambda e: e.start)
    text = document.text
    emap = document.entity_map()
    for n, para in enumerate(paragraphs(text), start=1):
        pieces, pos = [], para.start
        for e in ents:
            if para.start <= e.start < para.end:
                pieces.append(text[pos:e.start])
                pieces.append(f"[{e.type}:{e.id} {e.text}]")
                pos = e.end
        pieces.append(text[pos:para.end])
        out.append(f"P{n}: " + "".join(pieces))
        for r in document.relations:
            h = emap[r.head]
            if para.start <= h.start < para.end:
                out.append(f"    {r.id} {r.type}({h.text}:{h.id} -> {emap[r.tail].text}:{r.tail})")
    return "\n".join(out)
