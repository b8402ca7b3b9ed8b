"""spaCy ``DocBin`` files (``.spacy``), read and written; needs the optional extra ``pip install arabic-ie[spacy]``.

Reading: each ``Doc`` gives a document with its text; entities are ``doc.ents`` (or, when a doc has none or was
written by this module, the spans of the ``sc`` span group, which may overlap); ids and relations come from ``doc.user_data["arabic_ie"]``
when the file was written by this module, else the id is ``doc-N``. Writing: the text is tokenized on whitespace
and split at every entity edge, so every span is exactly its tokens (an Arabic proclitic before a name becomes its
own token: "و" + "القاهرة"); every entity goes into the ``sc`` span group, the non-overlapping ones into
``doc.ents`` as well; ids and relations are kept in ``user_data`` (spaCy's own components do not read
relations; nothing is lost for this toolkit).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable

from .document import Document, Entity, Relation
from .errors import Problem, ProblemSink

SPAN_GROUP = "sc"
USER_KEY = "arabic_ie"


def _spacy():
    try:
        import spacy
        from spacy.tokens import DocBin
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError("spaCy DocBin files need spaCy: pip install 'arabic-ie[spacy]'") from None
    return spacy, DocBin


def read_docbin(path: str | Path, sink: ProblemSink | None = None) -> list[Document]:
    sink = sink if sink is not None else ProblemSink(raise_first=True)
    spacy, DocBin = _spacy()
    path = Path(path)
    try:
        docbin = DocBin().from_bytes(path.read_bytes())
        docs = list(docbin.get_docs(spacy.blank("xx").vocab))
    except Exception as exc:  # noqa: BLE001 - spaCy raises several kinds on a bad file
        sink.add(Problem(str(path), None, f"not a readable spaCy DocBin file ({type(exc).__name__}: {exc})"))
        return []
    out = []
    for n, doc in enumerate(docs, start=1):
        meta = doc.user_data.get(USER_KEY) if isinstance(doc.user_data, dict) else None
        meta = meta if isinstance(meta, dict) else {}
        group = list(doc.spans[SPAN_GROUP]) if SPAN_GROUP in doc.spans else []
        spans = group if meta and group else (list(doc.ents) or group)
        ids = meta.get("entity_ids") or []
        entities = []
        for i, span in enumerate(sorted(spans, key=lambda s: (s.start_char, s.end_char))):
            ent_id = ids[i] if i < len(ids) and len(ids) == len(spans) else f"T{i + 1}"
            entities.append(Entity(str(ent_id), span.label_, span.start_char, span.end_char, span.text))
        known = {e.id for e in entities}
        relations = []
        for j, rel in enumerate(meta.get("relations") or []):
            try:
                head, tail, rtype = str(rel["head"]), str(rel["tail"]), str(rel["type"])
            except (KeyError, TypeError):
                sink.add(Problem(str(path), None, f"doc #{n}: relation #{j}: needs head, tail and type"))
                continue
            if head not in known or tail not in known:
                sink.add(Problem(str(path), None, f"doc #{n}: relation {rel.get('id', j)}: unknown entity id"))
                continue
            relations.append(Relation(str(rel.get("id", f"R{j + 1}")), rtype, head, tail))
        out.append(Document(str(meta.get("id", f"doc-{n}")), doc.text, entities, relations, source=str(path)))
    return out


def write_docbin(documents: Iterable[Document], path: str | Path) -> Path:
    spacy, DocBin = _spacy()
    from spacy.util import filter_spans

    vocab = spacy.blank("xx").vocab
    docbin = DocBin(store_user_data=True)
    for document in documents:
        text = document.text
        cuts = {e.start for e in document.entities} | {e.end for e in document.entities}
        doc = _tokenized(vocab, text, cuts)
        spans = []
        for e in document.entities:
            span = doc.char_span(e.start, e.end, label=e.type, alignment_mode="strict")
            if span is None:
                raise ValueError(f"{document.id}: entity {e.id} {e.start}-{e.end} does not align with tokens")
            spans.append(span)
        doc.spans[SPAN_GROUP] = spans
        doc.ents = filter_spans(spans)
        doc.user_data[USER_KEY] = {"id": document.id, "entity_ids": [e.id for e in sorted(
            document.entities, key=lambda x: (x.start, x.end))],
            "relations": [{"id": r.id, "type": r.type, "head": r.head, "tail": r.tail} for r in document.relations]}
        docbin.add(doc)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(docbin.to_bytes())
    return path


def _tokenized(vocab, text: str, cuts: set[int]):
    """A Doc whose text is ``text`` exactly: whitespace-separated words, each also cut at the offsets in ``cuts``;
    a single space after a word is its trailing space, any other whitespace a token of its own (as spaCy does)."""
    from spacy.tokens import Doc

    words, spaces = [], []
    for m in re.finditer(r"\S+| |\s+", text):
        piece, start, end = m.group(), m.start(), m.end()
        if piece == " ":
            if words and not spaces[-1]:
                spaces[-1] = True
                continue
            words.append(piece)
            spaces.append(False)
            continue
        edges = [start] + sorted(c for c in cuts if start < c < end) + [end]
        for a, b in zip(edges, edges[1:]):
            words.append(text[a:b])
            spaces.append(False)
    return Doc(vocab, words=words, spaces=spaces)
