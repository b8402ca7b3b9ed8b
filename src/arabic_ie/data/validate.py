"""Semantic validation of annotated documents against a schema."""

from __future__ import annotations

from collections import Counter
from typing import Iterable

from .arabic import ends_at_boundary, is_diacritic, leading_proclitic, starts_at_boundary
from .document import Document
from .errors import Problem
from .segment import ParagraphIndex
from ..schema import SEED_SCHEMA, Schema


TATWEEL = "\u0640"
PERCENT_SIGNS = "%٪"  # "12%", "12 %": a percentage may end in its sign


def known_surfaces(documents: Iterable[Document]) -> set[str]:
    """All entity surface forms of a corpus (used to spot spans that keep a proclitic)."""
    return {e.text for d in documents for e in d.entities}


def validate_document(doc: Document, schema: Schema = SEED_SCHEMA, surfaces: set[str] | None = None) -> list[Problem]:
    """Every problem of one document, each naming its source file and line."""
    path = doc.source or doc.id
    problems: list[Problem] = []

    def report(line: int | None, message: str) -> None:
        problems.append(Problem(path, line, message))

    text = doc.text
    if not text.strip():
        report(None, "document text is empty")
    surfaces = surfaces if surfaces is not None else known_surfaces([doc])
    ids = Counter(e.id for e in doc.entities)
    for ent_id, n in ids.items():
        if n > 1:
            lines = [e.line for e in doc.entities if e.id == ent_id]
            report(lines[-1], f"entity id {ent_id} is used {n} times")
    rel_ids = Counter(r.id for r in doc.relations)
    for rel_id, n in rel_ids.items():
        if n > 1:
            lines = [r.line for r in doc.relations if r.id == rel_id]
            report(lines[-1], f"relation id {rel_id} is used {n} times")
    clash = sorted(set(ids) & set(rel_ids))
    if clash:
        report(None, f"id {clash[0]} names both an entity and a relation")
    for ent in doc.entities:
        where = f"entity {ent.id} {ent.text!r}"
        if ent.type not in schema.entity_types:
            report(ent.line, f"{where}: unknown entity type {ent.type!r}; known: {', '.join(schema.entity_types)}")
        if not 0 <= ent.start < ent.end <= len(text):
            report(ent.line, f"{where}: offsets {ent.start}-{ent.end} outside text of length {len(text)}")
            continue
        if text[ent.start:ent.end] != ent.text:
            report(ent.line, f"{where}: differs from text[{ent.start}:{ent.end}] = {text[ent.start:ent.end]!r}")
            continue
        first, last = text[ent.start], text[ent.end - 1]
        hijri_mark = ent.text.endswith("ه" + TATWEEL) and ent.end - ent.start > 2  # "1436 هـ": the Hijri abbreviation
        if first == TATWEEL or (last == TATWEEL and not hijri_mark):
            report(ent.line, f"{where}: span starts or ends with a tatweel (ـ); keep it outside the span")
            continue
        percent_sign = last in PERCENT_SIGNS and ent.end - ent.start > 1 and text[ent.start:ent.end - 1].strip() != ""
        # a gloss in brackets inside a span may close it: "ديسمبر (كانون الأول)" (guidelines 7.2)
        closing_gloss = last == ")" and "(" in ent.text and ent.text.count("(") == ent.text.count(")")
        if not first.isalnum() or not (last.isalnum() or is_diacritic(last) or percent_sign or closing_gloss
                                                                        or hijri_mark):
            report(ent.line, f"{where}: span starts or ends with whitespace, punctuation, quote or tatweel")
        elif not starts_at_boundary(text, ent.start):
            report(ent.line, f"{where}: span starts inside a word")
        elif not ends_at_boundary(text, ent.end):
            report(ent.line, f"{where}: span ends inside a word (cuts {text[ent.end:ent.end + 3]!r})")
        clitic = leading_proclitic(ent.text, surfaces)
        if clitic:
            report(ent.line, f"{where}: span keeps the proclitic {clitic!r}; start the span after it")
    ordered = sorted((e for e in doc.entities if 0 <= e.start < e.end <= len(text)), key=lambda e: (e.start, e.end))
    for a, b in zip(ordered, ordered[1:]):
        if (a.start, a.end) == (b.start, b.end):
            report(b.line, f"entity {b.id} duplicates the span of {a.id} ({a.text!r}, {a.type} vs {b.type})")
        elif b.start < a.end:
            report(b.line, f"entity {b.id} {b.text!r} overlaps {a.id} {a.text!r}; annotations must be flat")
    _validate_relations(doc, schema, report)
    return problems


def _validate_relations(doc: Document, schema: Schema, report) -> None:
    emap = doc.entity_map()
    paragraphs = ParagraphIndex(doc.text)
    seen: dict[tuple[str, str, str], str] = {}
    for rel in doc.relations:
        where = f"relation {rel.id} {rel.type}({rel.head}, {rel.tail})"
        missing = [arg for arg in (rel.head, rel.tail) if arg not in emap]
        if missing:
            report(rel.line, f"{where}: argument {', '.join(missing)} is not an entity of this document")
            continue
        if not schema.has_relation(rel.type):
            report(rel.line, f"{where}: unknown relation type {rel.type!r}; known: {', '.join(schema.relation_names)}")
            continue
        head, tail = emap[rel.head], emap[rel.tail]
        if rel.head == rel.tail:
            report(rel.line, f"{where}: an entity cannot be related to itself")
            continue
        rtype = schema.relation(rel.type)
        if not rtype.allows(head.type, tail.type):
            hint = " (direction reversed?)" if rtype.allows(tail.type, head.type) else ""
            report(rel.line, f"{where}: {rel.type} does not allow {head.type} -> {tail.type}; "
                             f"allowed {'|'.join(rtype.arg1)} -> {'|'.join(rtype.arg2)}{hint}")
        if rtype.symmetric and head.start > tail.start:
            report(rel.line, f"{where}: {rel.type} is symmetric; Arg1 must be the mention that comes first")
        if schema.within_paragraph(rel.type):
            p_head = paragraphs.span_paragraph(head.start, head.end)
            p_tail = paragraphs.span_paragraph(tail.start, tail.end)
            if p_head is None or p_head != p_tail:
                report(rel.line, f"{where}: arguments are not in the same paragraph")
        key = (rel.type, *sorted((rel.head, rel.tail))) if rtype.symmetric else (rel.type, rel.head, rel.tail)
        if key in seen:
            report(rel.line, f"{where}: duplicates relation {seen[key]}")
        else:
            seen[key] = rel.id


def corpus_schema(documents) -> "Schema":
    """A schema that admits every entity and relation type of ``documents`` between any argument types, across
    paragraphs: validating against it checks structure (offsets, ids, arguments, span edges), not the inventory."""
    from ..schema import RelationType, Schema

    etypes = tuple(sorted({e.type for d in documents for e in d.entities}))
    rtypes = tuple(sorted({r.type for d in documents for r in d.relations}))
    return Schema(entity_types=etypes, relation_types=tuple(RelationType(r, etypes, etypes, cross_paragraph=True)
                                                            for r in rtypes), name="corpus", same_paragraph=False)
