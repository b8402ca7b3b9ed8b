"""Word-level CoNLL BIO reader and writer.

Reading: one ``token ... tag`` per line (the first column is the token, the last the tag), a blank
line between sentences. ``-DOCSTART-`` lines and ``# doc_id = ID`` lines start a new document whose
sentences are joined by newlines; without them every sentence is its own document. IOB1-style
starts (``I-X`` after ``O`` or after another type) open a new entity, ``S-``/``E-`` (BIOES),
``U-``/``L-`` (BILOU) and ``M-`` (BMES) are accepted, and tag names go through a mapping (e.g. ANERcorp's ``PERS`` -> ``PER``; map to ``O``
to drop a type). Text is rebuilt by joining tokens with single spaces. Punctuation glued to a
tagged token (ANERcorp's ``كابول؛`` B-LOC) is left outside the entity span, so spans start and end
on letters or digits like every other gold span; the token itself is kept whole in the text.

Writing: tokens are words split at entity boundaries, so a span after a proclitic ("لفيتنام")
becomes its own token ("ل" "فيتنام"). Relations and original spacing are not represented.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping

from .arabic import TATWEEL, is_diacritic
from .document import Document, Entity
from .errors import Problem, ProblemSink
from .segment import Segment, sentences, words

_DOC_ID_PREFIX = "# doc_id = "
_SCHEME_ALIASES = {"L": "E", "U": "S", "M": "I"}  # BILOU's Last / Unit and BMES's Middle
SCHEMES = ("bio", "bioes", "bilou")


@dataclass
class _Sentence:
    tokens: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)


def _parse_tag(tag: str, tag_map: Mapping[str, str]) -> tuple[str, str | None] | None:
    """Split a tag into (prefix, type) after mapping; None if malformed."""
    if tag == "O":
        return "O", None
    if len(tag) < 3 or tag[1] != "-" or tag[0] not in "BIESLUM":
        return None
    etype = tag_map.get(tag[2:], tag[2:])
    if etype == "O" or etype == "":
        return "O", None
    return _SCHEME_ALIASES.get(tag[0], tag[0]), etype


def _sentences_to_document(doc_id: str, sents: list[_Sentence], path: str, tag_map: Mapping[str, str],
                           entity_types: Iterable[str] | None, sink: ProblemSink) -> Document:
    allowed = set(entity_types) if entity_types is not None else None
    pieces: list[str] = []
    entities: list[Entity] = []
    offset = 0
    for s_index, sent in enumerate(sents):
        if s_index:
            pieces.append("\n")
            offset += 1
        current: list | None = None  # [type, start, end, line]
        prev_type: str | None = None
        for t_index, (token, tag, lineno) in enumerate(zip(sent.tokens, sent.tags, sent.lines)):
            if t_index:
                pieces.append(" ")
                offset += 1
            start, end = offset, offset + len(token)
            pieces.append(token)
            offset = end
            parsed = _parse_tag(tag, tag_map)
            if parsed is None:
                sink.add(Problem(path, lineno, f"malformed tag {tag!r} (expected O, B-TYPE, I-TYPE, E-TYPE or S-TYPE)"))
                parsed = ("O", None)
            prefix, etype = parsed
            if etype is not None and allowed is not None and etype not in allowed:
                sink.add(Problem(path, lineno, f"unknown entity type {etype!r} in tag {tag!r}; "
                                               f"known: {', '.join(sorted(allowed))} (map it with a tag mapping)"))
                prefix, etype = "O", None
            continues = prefix in ("I", "E") and current is not None and prev_type == etype
            if current is not None and not continues:
                entities.append(Entity("", current[0], current[1], current[2], "", line=current[3]))
                current = None
            if etype is not None:
                if continues:
                    current[2] = end
                else:
                    current = [etype, start, end, lineno]
                if prefix in ("E", "S"):
                    entities.append(Entity("", current[0], current[1], current[2], "", line=current[3]))
                    current = None
            prev_type = etype if current is not None else None
        if current is not None:
            entities.append(Entity("", current[0], current[1], current[2], "", line=current[3]))
    text = "".join(pieces)
    kept = []
    for ent in entities:
        ent.start, ent.end = _trim_punctuation(text, ent.start, ent.end)
        if ent.start == ent.end:
            sink.add(Problem(path, ent.line, f"entity of type {ent.type} has no letter or digit"))
            continue
        kept.append(ent)
    for i, ent in enumerate(kept):
        ent.id = f"T{i + 1}"
        ent.text = text[ent.start:ent.end]
    return Document(doc_id, text, kept, [], source=path)


def _trim_punctuation(text: str, start: int, end: int) -> tuple[int, int]:
    """Move span edges inwards past characters that are neither letters, digits nor diacritics, and past a tatweel
    ("ـالبنتاغون" -> "البنتاغون")."""
    while start < end and (not text[start].isalnum() or text[start] == TATWEEL):
        start += 1
    while end > start and (not (text[end - 1].isalnum() or is_diacritic(text[end - 1])) or text[end - 1] == TATWEEL):
        end -= 1
    return start, end


def read_conll(path: str | Path, tag_map: Mapping[str, str] | None = None,
               entity_types: Iterable[str] | None = None, sink: ProblemSink | None = None) -> list[Document]:
    """Read a CoNLL BIO file into documents (see module docstring)."""
    sink = sink if sink is not None else ProblemSink(raise_first=True)
    tag_map = dict(tag_map or {})
    path = Path(path)
    stem = path.stem
    groups: list[tuple[str | None, list[_Sentence]]] = [(None, [])]
    sent = _Sentence()
    has_markers = False

    def close_sentence() -> None:
        nonlocal sent
        if sent.tokens:
            groups[-1][1].append(sent)
        sent = _Sentence()

    with open(path, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, start=1):
            line = raw.rstrip("\r\n")
            if not line.strip():
                close_sentence()
                continue
            if line.startswith(_DOC_ID_PREFIX) or line.split()[0] == "-DOCSTART-":
                close_sentence()
                has_markers = True
                doc_id = line[len(_DOC_ID_PREFIX):].strip() if line.startswith(_DOC_ID_PREFIX) else None
                groups.append((doc_id, []))
                continue
            fields = line.split()
            if len(fields) < 2:
                sink.add(Problem(str(path), lineno, f"expected 'TOKEN TAG', got {line!r}"))
                continue
            sent.tokens.append(fields[0])
            sent.tags.append(fields[-1])
            sent.lines.append(lineno)
    close_sentence()
    documents = []
    if has_markers:
        for n, (doc_id, sents) in enumerate(g for g in groups if g[1]):
            documents.append(_sentences_to_document(doc_id or f"{stem}-{n:05d}", sents, str(path), tag_map,
                                                    entity_types, sink))
    else:
        for n, s in enumerate(groups[0][1]):
            documents.append(_sentences_to_document(f"{stem}-{n:05d}", [s], str(path), tag_map, entity_types, sink))
    return documents


def tokenize_for_conll(doc: Document, extra_boundaries: Iterable[int] = ()) -> list[Segment]:
    """Word tokens of ``doc`` split at every entity boundary (and ``extra_boundaries``) inside a word."""
    cuts = {e.start for e in doc.entities} | {e.end for e in doc.entities} | set(extra_boundaries)
    tokens = []
    for tok in words(doc.text):
        inner = sorted(c for c in cuts if tok.start < c < tok.end)
        bounds = [tok.start, *inner, tok.end]
        tokens += [Segment(a, b) for a, b in zip(bounds, bounds[1:])]
    return tokens


def bio_tags(doc: Document, tokens: list[Segment]) -> list[str]:
    """BIO tag of each token; a token inside an entity span gets that entity's type."""
    tags = ["O"] * len(tokens)
    starts = [t.start for t in tokens]
    for ent in doc.entities:
        i = bisect.bisect_left(starts, ent.start)
        first = True
        while i < len(tokens) and tokens[i].end <= ent.end:
            tags[i] = ("B-" if first else "I-") + ent.type
            first = False
            i += 1
    return tags


def to_scheme(tags: list[str], scheme: str) -> list[str]:
    """BIO tags rewritten in ``scheme`` (bio, bioes or bilou)."""
    if scheme == "bio":
        return tags
    single, last = ("S", "E") if scheme == "bioes" else ("U", "L")
    out = []
    for i, tag in enumerate(tags):
        if tag == "O":
            out.append(tag)
            continue
        nxt = tags[i + 1] if i + 1 < len(tags) else "O"
        ends = nxt != "I-" + tag[2:]
        if tag.startswith("B-"):
            out.append((single if ends else "B") + tag[1:])
        else:
            out.append((last if ends else "I") + tag[1:])
    return out


def write_conll(documents: Iterable[Document], path: str | Path, scheme: str = "bio") -> Path:
    """Write documents as word-level BIO (or BIOES / BILOU), one sentence per block, ``# doc_id = ID`` before each
    document."""
    if scheme not in SCHEMES:
        raise ValueError(f"unknown tagging scheme {scheme!r}; choose from {', '.join(SCHEMES)}")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        for doc in documents:
            fh.write(f"{_DOC_ID_PREFIX}{doc.id}\n\n")
            tokens = tokenize_for_conll(doc)
            tags = to_scheme(bio_tags(doc, tokens), scheme)
            for block in _sentence_blocks(doc, tokens):
                for i in block:
                    token_text = doc.text[tokens[i].start:tokens[i].end]
                    fh.write(f"{token_text} {tags[i]}\n")
                fh.write("\n")
    return path


def _sentence_blocks(doc: Document, tokens: list[Segment]) -> list[list[int]]:
    """Group token indices by sentence, never splitting an entity across two sentences."""
    sent_starts = [s.start for s in sentences(doc.text)]
    blocks: list[list[int]] = []
    previous_sentence = None
    for i, tok in enumerate(tokens):
        sentence = bisect.bisect_right(sent_starts, tok.start)
        inside_entity = any(e.start < tok.start < e.end for e in doc.entities)
        if not blocks or (sentence != previous_sentence and not inside_entity):
            blocks.append([i])
        else:
            blocks[-1].append(i)
        previous_sentence = sentence
    return blocks
