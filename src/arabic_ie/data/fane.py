"""Reader for the FANE corpora (NewsFANE Gold / WikiFANE Gold, Alotaibi & Lee 2014).

The files are UTF-8 with a BOM, CRLF line ends, ``token<TAB>tag`` per line (almost every token preceded by
U+200E), a blank line between sentences, BIO tags over 50 fine classes (``B-Politician``, ``I-Nation``). The text
is clitic-segmented ("و قال", "عاصمة ها", "ل تصل"): to give the model ordinary Arabic, the reader re-attaches
clitic tokens and closing punctuation, and every entity span indexes the re-joined text exactly:

* a standalone proclitic (و ف ب ل ك س) joins the next word ("و قال" -> "وقال", "ل ال" -> "لل": "لل" + rest);
* a standalone pronoun suffix (ه ها هم هما هن ك كم كن ي نا ني) joins the previous word, with ta marbuta
  written as ta ("عاصمة ها" -> "عاصمتها"), unless that word ends an entity (the span must end at a word end);
* closing punctuation (. ، ؛ : ؟ ! ) ») joins the previous word, opening ( « the next one.

An entity is the run of its B-/I- tokens (an I- after O or after another class opens a new one, IOB1-style);
a proclitic token at its start stays outside the span, as in the seed guidelines ("لمصر" -> "مصر").
Fine classes go through ``tag_map`` (fine -> schema type; map to ``O`` to drop a class); a class that is neither
mapped nor in ``entity_types`` is an error naming file and line.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from .arabic import is_diacritic, is_word_char, leading_proclitic, starts_at_boundary, word_start
from .document import Document, Entity
from .errors import Problem, ProblemSink

logger = logging.getLogger(__name__)

PROCLITICS = frozenset("وفبلكس")
SUFFIXES = frozenset({"ه", "ها", "هم", "هما", "هن", "ك", "كم", "كن", "ي", "نا", "ني"})
CLOSING = frozenset(".،,؛;:؟?!)]}»")
OPENING = frozenset("([{«")
_INVISIBLE = str.maketrans("", "", "\u200e\u200f\ufeff")


@dataclass
class _Sentence:
    tokens: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)


def read_fane_sentences(path: str | Path, sink: ProblemSink | None = None) -> list[_Sentence]:
    """The sentences of a FANE file as tokens, tags and source line numbers (BOM, CR and U+200E removed)."""
    sink = sink if sink is not None else ProblemSink(raise_first=True)
    sentences: list[_Sentence] = []
    sent = _Sentence()
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            for lineno, raw in enumerate(fh, start=1):
                line = raw.rstrip("\r\n").translate(_INVISIBLE)
                if not line.strip():
                    if sent.tokens:
                        sentences.append(sent)
                    sent = _Sentence()
                    continue
                token, sep, tag = line.rpartition("\t")
                token = token.strip()
                if not sep or not token or not tag.strip():
                    sink.add(Problem(str(path), lineno, f"expected 'TOKEN<TAB>TAG', got {line!r}"))
                    continue
                sent.tokens.append(token)
                sent.tags.append(tag.strip())
                sent.lines.append(lineno)
    except UnicodeDecodeError as exc:
        sink.add(Problem(str(path), None, f"not UTF-8 text ({exc.reason} at byte {exc.start})"))
    if sent.tokens:
        sentences.append(sent)
    return sentences


def _is_word(token: str) -> bool:
    return any(ch.isalpha() for ch in token)


def _entity_runs(tags: Sequence[str], tag_map: Mapping[str, str], allowed: set[str] | None, path: str,
                 lines: Sequence[int], sink: ProblemSink) -> list[tuple[str, int, int]]:
    """(type, first token, last token) of every entity, after the fine -> schema mapping."""
    runs: list[list] = []
    previous: str | None = None
    for i, tag in enumerate(tags):
        etype: str | None = None
        prefix = "O"
        if tag != "O":
            if len(tag) < 3 or tag[1] != "-" or tag[0] not in "BI":
                sink.add(Problem(path, lines[i], f"malformed tag {tag!r} (expected O, B-CLASS or I-CLASS)"))
            else:
                prefix, etype = tag[0], tag_map.get(tag[2:], tag[2:])
                if etype in ("O", ""):
                    etype = None
                elif allowed is not None and etype not in allowed:
                    sink.add(Problem(path, lines[i], f"fine class {tag[2:]!r} maps to {etype!r}, not an entity type "
                                                     f"of the schema ({', '.join(sorted(allowed))}); map it in "
                                                     f"tag_map (to O to drop it)"))
                    etype = None
        if etype is None:
            previous = None
            continue
        if prefix == "I" and previous == etype and runs and runs[-1][2] == i - 1:
            runs[-1][2] = i
        else:
            runs.append([etype, i, i])
        previous = etype
    return [tuple(r) for r in runs]


def rejoin(tokens: Sequence[str], keep_separate_after: set[int] = frozenset()
           ) -> tuple[str, list[tuple[int, int]], set[int]]:
    """Ordinary text from clitic-segmented tokens, each token's character span in it, and the indices of the
    proclitic tokens that were attached to the next word.

    ``keep_separate_after``: token indices after which no suffix may attach (the last token of an entity).
    A proclitic token's span is its own letter; a token after "ل" that starts with "ال" spans the letters
    after "لل".
    """
    text = ""
    spans: list[tuple[int, int]] = [(0, 0)] * len(tokens)
    pending: list[int] = []  # proclitic tokens waiting for their word
    glue_next = False        # an opening bracket waits for its word
    previous_word = -1       # index of the last token that was a word (suffixes attach to it)
    attached: set[int] = set()
    n = len(tokens)
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < n else None
        is_clitic_k = tok == "ك" and previous_word == i - 1 and previous_word >= 0 and nxt != "ما"
        if (tok in PROCLITICS and not is_clitic_k and nxt is not None and _is_word(nxt)
                and (nxt not in SUFFIXES or nxt in PROCLITICS)):  # "و ك ما" -> "وكما"
            pending.append(i)
            continue
        if (tok in SUFFIXES and not pending and previous_word == i - 1 and previous_word >= 0
                and previous_word not in keep_separate_after and not glue_next):
            if text.endswith("ة"):
                text = text[:-1] + "ت"
            spans[i] = (len(text), len(text) + len(tok))
            text += tok
            continue
        if tok in CLOSING and not pending and text and not glue_next:
            spans[i] = (len(text), len(text) + len(tok))
            text += tok
            previous_word = -1
            continue
        if text and not glue_next:
            text += " "
        glue_next = False
        for j in pending:
            spans[j] = (len(text), len(text) + 1)
            text += tokens[j]
        attached.update(pending)
        if pending and tokens[pending[-1]] == "ل" and tok.startswith("ال") and len(tok) > 2:
            spans[i] = (len(text) + 1, len(text) + len(tok) - 1)
            text += tok[1:]
        else:
            spans[i] = (len(text), len(text) + len(tok))
            text += tok
        pending = []
        if tok in OPENING:
            glue_next = True
            previous_word = -1
        else:
            previous_word = i if _is_word(tok) else -1
    for j in pending:  # proclitics at the very end (malformed input): keep them as words
        text += (" " if text else "") + tokens[j]
        spans[j] = (len(text) - 1, len(text))
    return text, spans, attached


def _tidy_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span edges the project's guidelines ask for: no punctuation or quotes at the edges, whole words, and a
    proclitic the corpus left unsegmented before the article kept outside ("للصينيين" -> "صينيين", "بالمغرب" ->
    "المغرب"); "ك" + "ال" is left alone, as it is too often a name ("كاليفورنيا")."""
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not (text[end - 1].isalnum() or is_diacritic(text[end - 1])):
        end -= 1
    if start >= end:
        return start, end
    if not starts_at_boundary(text, start):
        start = word_start(text, start)
    while end < len(text) and is_word_char(text[end]):
        end += 1
    clitic = leading_proclitic(text[start:end])
    if clitic and "ك" not in clitic and starts_at_boundary(text, start + len(clitic)):
        start += len(clitic)
    return start, end


def sentence_document(doc_id: str, sentences: Sequence[_Sentence], path: str, tag_map: Mapping[str, str],
                      entity_types: Iterable[str] | None, sink: ProblemSink) -> Document:
    """One document from consecutive FANE sentences (joined by newlines), entities in the re-joined text."""
    allowed = set(entity_types) if entity_types is not None else None
    text = ""
    entities: list[Entity] = []
    dropped: list[int] = []
    for k, sent in enumerate(sentences):
        runs = _entity_runs(sent.tags, tag_map, allowed, path, sent.lines, sink)
        sent_text, spans, attached = rejoin(sent.tokens, keep_separate_after={last for _, _, last in runs})
        base = len(text) + (1 if k else 0)
        text += ("\n" if k else "") + sent_text
        for etype, first, last in runs:
            while first < last and first in attached:
                first += 1  # a proclitic at the start of a span stays outside it
            start, end = _tidy_span(text, base + spans[first][0], base + spans[last][1])
            if start >= end or (entities and start < entities[-1].end):
                dropped.append(sent.lines[first])
                continue
            entities.append(Entity("", etype, start, end, text[start:end], line=sent.lines[first]))
    for i, ent in enumerate(entities):
        ent.id = f"T{i + 1}"
    if dropped:
        logger.warning("%s: %d entity tag(s) left out (a lone proclitic, no letter, or overlapping the previous "
                       "entity; lines %s)", path, len(dropped),
                       ", ".join(map(str, dropped[:5])))
    return Document(doc_id, text, entities, [], source=path)


def read_fane(path: str | Path, tag_map: Mapping[str, str] | None = None, entity_types: Iterable[str] | None = None,
              sink: ProblemSink | None = None, sentences_per_document: int = 1,
              keep: Sequence[bool] | None = None) -> list[Document]:
    """Documents of a FANE file: ``sentences_per_document`` consecutive sentences each (ids ``STEM-NNNNN`` by
    the first sentence's index); ``keep`` (one flag per sentence of the file) leaves sentences out first."""
    sink = sink if sink is not None else ProblemSink(raise_first=True)
    path = Path(path)
    sentences = read_fane_sentences(path, sink)
    if keep is not None and len(keep) != len(sentences):
        sink.add(Problem(str(path), None, f"the sentence selection has {len(keep)} entries for "
                                          f"{len(sentences)} sentences"))
        keep = None
    indexed = [(i, s) for i, s in enumerate(sentences) if keep is None or keep[i]]
    size = max(1, sentences_per_document)
    documents = []
    for g in range(0, len(indexed), size):
        group = indexed[g:g + size]
        documents.append(sentence_document(f"{path.stem}-{group[0][0]:05d}", [s for _, s in group], str(path),
                                           dict(tag_map or {}), entity_types, sink))
    return documents
