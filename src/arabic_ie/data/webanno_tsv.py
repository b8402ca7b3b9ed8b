"""WebAnno / INCEpTION TSV 3 (``#FORMAT=WebAnno TSV 3.x``): read and write named entities and relations.

The header declares layers: ``#T_SP=<span layer>|<feature>|...`` and ``#T_RL=<relation layer>|<feature>|...|BT_<span
layer>``. Every token line is ``SENT-TOK<TAB>BEGIN-END<TAB>TOKEN`` followed by one column per declared feature, in
header order. Offsets are character offsets into the document text, which is rebuilt from the ``#Text=`` lines
(sentences joined by newlines); spans are read from the span layer's label feature (``value`` for DKPro's
NamedEntity, else the first feature whose values are not all empty): a value ``PER[3]`` spans every token that
carries ``[3]``, a value without a suffix is one token. A relation is written on its target token: the relation's
label feature holds the label and the ``BT_`` column the source token (``1-2``, or ``1-2[4_3]`` naming the source
and target span ids). Several annotations of one cell are separated by ``|``. ``_`` and ``*`` are empty values.
"""

from __future__ import annotations

import re
from pathlib import Path

from .document import Document, Entity, Relation
from .errors import Problem, ProblemSink

_TOKEN = re.compile(r"^(\d+)-(\d+)(?:\.\d+)?\t(\d+)-(\d+)\t")
_VALUE = re.compile(r"^(.*?)(?:\[(\d+)\])?$")
_SOURCE = re.compile(r"^(\d+-\d+)(?:\[(\d+)_(\d+)\])?$")


def looks_like_webanno_tsv(path: Path) -> bool:
    try:
        with open(path, encoding="utf-8") as fh:
            return fh.readline().startswith("#FORMAT=WebAnno TSV 3")
    except (OSError, UnicodeDecodeError):
        return False


def _unescape(value: str) -> str:
    return re.sub(r"\\(.)", r"\1", value)


def read_webanno_tsv(path: str | Path, sink: ProblemSink | None = None, label_feature: str | None = None
                     ) -> list[Document]:
    """One document per file (TSV 3 holds one document)."""
    sink = sink if sink is not None else ProblemSink(raise_first=True)
    path = Path(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    columns: list[tuple[str, str, str]] = []  # (kind, layer, feature) per annotation column
    texts: list[str] = []
    tokens: list[tuple[int, str, int, int, list[str]]] = []  # (line, address, begin, end, cells)
    for lineno, line in enumerate(lines, start=1):
        if line.startswith("#T_SP=") or line.startswith("#T_CH=") or line.startswith("#T_RL="):
            kind = line[3:5]
            layer, *features = line[6:].split("|")
            columns += [(kind, layer, f) for f in features]
        elif line.startswith("#Text="):
            texts.append(_unescape(line[6:]))
        elif line.startswith("#") or not line.strip():
            continue
        else:
            m = _TOKEN.match(line)
            if not m:
                sink.add(Problem(str(path), lineno, f"expected 'SENT-TOK<TAB>BEGIN-END<TAB>TOKEN...', got {line[:60]!r}"))
                continue
            cells = line.split("\t")[3:]
            if len(cells) < len(columns):
                cells += ["_"] * (len(columns) - len(cells))
            tokens.append((lineno, f"{m.group(1)}-{m.group(2)}", int(m.group(3)), int(m.group(4)), cells))
    if not columns:
        sink.add(Problem(str(path), 1, "no #T_SP= / #T_RL= layer declared: not a WebAnno TSV 3 file with annotations"))
        return []
    text = _rebuild_text(texts, tokens)
    span_cols = [i for i, (kind, _, _) in enumerate(columns) if kind == "SP"]
    label_col = _label_column(columns, tokens, span_cols, label_feature)
    doc = Document(path.stem, text, source=str(path))
    spans: dict[str, list] = {}  # key -> [type, begin, end, line]
    token_span: dict[str, dict[str, str]] = {}  # token address -> {span id or address: key}
    for lineno, address, begin, end, cells in tokens if label_col is not None else []:
        for value in cells[label_col].split("|"):
            if value in ("_", "*", ""):
                continue
            m = _VALUE.match(value)
            label, sid = _unescape(m.group(1)), m.group(2)
            key = f"#{sid}" if sid else f"@{address}"
            if key in spans:
                spans[key][2] = end
            else:
                spans[key] = [label or "*", begin, end, lineno]
            token_span.setdefault(address, {})[sid or address] = key
    ids: dict[str, str] = {}
    for key, (label, begin, end, lineno) in sorted(spans.items(), key=lambda kv: (kv[1][1], kv[1][2])):
        if label == "*":
            sink.add(Problem(str(path), lineno, "a span without a label (an unset label feature cannot be trained on)"))
            continue
        if not 0 <= begin < end <= len(text):
            sink.add(Problem(str(path), lineno, f"span {begin}-{end} outside the text ({len(text)} characters)"))
            continue
        ids[key] = f"T{len(ids) + 1}"
        doc.entities.append(Entity(ids[key], label, begin, end, text[begin:end], line=lineno))
    _read_relations(path, columns, tokens, token_span, ids, doc, sink)
    return [doc]


def _rebuild_text(texts: list[str], tokens: list) -> str:
    """The document text: each ``#Text=`` sentence placed at its first token's offset; the separator before a
    sentence (not recorded by the format) becomes a newline, other gaps spaces."""
    if not tokens:
        return "\n".join(texts)
    starts: dict[str, int] = {}
    for _, address, begin, _, _ in tokens:
        sentence = address.split("-")[0]
        starts[sentence] = min(begin, starts.get(sentence, begin))
    size = max(max(end for _, _, _, end, _ in tokens), *(b + len(t) for b, t in zip(starts.values(), texts)))
    chars = [" "] * size
    for begin, sentence_text in zip(starts.values(), texts):
        if begin > 0 and chars[begin - 1] == " ":
            chars[begin - 1] = "\n"
        chars[begin:begin + len(sentence_text)] = sentence_text
    return "".join(chars)


def _label_column(columns, tokens, span_cols, label_feature):
    if not span_cols:
        return None
    if label_feature:
        named = [i for i in span_cols if columns[i][2] == label_feature]
        return named[0] if named else None
    named = [i for i in span_cols if columns[i][2] == "value"]
    if named:
        return named[0]
    used = [i for i in span_cols if any(cells[i] not in ("_", "*") for *_, cells in tokens)]
    return used[0] if used else span_cols[0]


def _read_relations(path, columns, tokens, token_span, ids, doc, sink) -> None:
    rel_cols = [i for i, (kind, _, f) in enumerate(columns) if kind == "RL" and not f.startswith("BT_")]
    source_cols = [i for i, (kind, _, f) in enumerate(columns) if kind == "RL" and f.startswith("BT_")]
    if not rel_cols or not source_cols:
        return
    label_col, source_col = rel_cols[0], source_cols[0]
    for lineno, address, _, _, cells in tokens:
        labels, sources = cells[label_col].split("|"), cells[source_col].split("|")
        for label, source in zip(labels, sources):
            if label in ("_", "") and source in ("_", ""):
                continue
            m = _SOURCE.match(source)
            if not m or label in ("_", "*", ""):
                sink.add(Problem(str(path), lineno, f"relation: needs a label and a source token, got {label!r} / "
                                                    f"{source!r}"))
                continue
            src_addr, src_id, tgt_id = m.group(1), m.group(2), m.group(3)
            head = _span_of(token_span, src_addr, src_id if src_id != "0" else None, ids)
            tail = _span_of(token_span, address, tgt_id if tgt_id not in (None, "0") else None, ids)
            if head is None or tail is None:
                sink.add(Problem(str(path), lineno, f"relation {label!r}: source {source} or target {address} is not an "
                                                    "annotated span"))
                continue
            doc.relations.append(Relation(f"R{len(doc.relations) + 1}", _unescape(label), head, tail, line=lineno))


def _span_of(token_span, address, sid, ids):
    keys = token_span.get(address, {})
    key = keys.get(sid) if sid else (keys.get(address) or (next(iter(keys.values())) if len(keys) == 1 else None))
    return ids.get(key) if key else None


NE_LAYER = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity"
REL_LAYER = "webanno.custom.Relation"


def _escape(value: str) -> str:
    return re.sub(r"([\\\[\]|_*;\t\n]|->)", r"\\\1", value)


def _tokens(document: Document) -> list[list[tuple[int, int]]]:
    """Sentences (the text's non-empty lines) of tokens ``(begin, end)``: whitespace-separated words, each also cut
    at every entity edge inside it, so that every entity is exactly a run of tokens."""
    cuts = {e.start for e in document.entities} | {e.end for e in document.entities}
    sentences = []
    offset = 0
    for line in document.text.split("\n"):
        tokens = []
        for m in re.finditer(r"\S+", line):
            start, end = offset + m.start(), offset + m.end()
            edges = [start] + sorted(c for c in cuts if start < c < end) + [end]
            tokens += list(zip(edges, edges[1:]))
        if tokens:
            sentences.append(tokens)
        offset += len(line) + 1
    return sentences


def text_after_round_trip(document: Document) -> str:
    """The text a TSV 3 reader rebuilds from what :func:`write_webanno_tsv` writes (the format keeps sentences and
    token offsets; whitespace other than spaces between tokens and one newline between lines is not kept)."""
    sentences = _tokens(document)
    texts = [document.text[s[0][0]:s[-1][1]] for s in sentences]
    tokens = [(0, f"{i}-{j}", b, e, []) for i, s in enumerate(sentences, 1) for j, (b, e) in enumerate(s, 1)]
    return _rebuild_text(texts, tokens)


def write_webanno_tsv(documents, folder: str | Path) -> Path:
    """One ``ID.tsv`` per document (TSV 3 holds one document), the NamedEntity layer's ``value`` and a relation
    layer (label + ``BT_`` source), as INCEpTION / WebAnno import them. File names are sanitized and unique."""
    from .brat import safe_file_stem

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    taken: set[str] = set()
    for document in documents:
        sentences = _tokens(document)
        address: dict[int, str] = {}  # token begin -> "S-T"
        token_of: dict[tuple[int, int], str] = {}
        for i, sentence in enumerate(sentences, 1):
            for j, (b, e) in enumerate(sentence, 1):
                address[b] = f"{i}-{j}"
                token_of[(b, e)] = f"{i}-{j}"
        begins = sorted(address)
        cells: dict[str, list[str]] = {a: [] for a in token_of.values()}
        id_cells: dict[str, list[str]] = {a: [] for a in token_of.values()}  # the unset identifier feature
        rel_cells: dict[str, list[tuple[str, str]]] = {a: [] for a in token_of.values()}
        span_id: dict[str, int] = {}
        first_token: dict[str, str] = {}
        for n, ent in enumerate(sorted(document.entities, key=lambda x: (x.start, x.end)), start=1):
            covered = [address[b] for b in begins if ent.start <= b < ent.end]
            first_token[ent.id] = covered[0]
            stacked = any(len(cells[a]) for a in covered)
            need_id = len(covered) > 1 or stacked or any(
                o is not ent and o.start < ent.end and ent.start < o.end for o in document.entities)
            span_id[ent.id] = n if need_id else 0
            for a in covered:
                cells[a].append(_escape(ent.type) + (f"[{n}]" if need_id else ""))
                id_cells[a].append("*" + (f"[{n}]" if need_id else ""))
        for rel in document.relations:
            tail_addr = first_token[rel.tail]
            rel_cells[tail_addr].append((_escape(rel.type),
                                         f"{first_token[rel.head]}[{span_id[rel.head]}_{span_id[rel.tail]}]"))
        lines = ["#FORMAT=WebAnno TSV 3.3", f"#T_SP={NE_LAYER}|identifier|value",
                 f"#T_RL={REL_LAYER}|label|BT_{NE_LAYER}", "", ""]
        for i, sentence in enumerate(sentences, 1):
            sentence_text = document.text[sentence[0][0]:sentence[-1][1]]
            lines.append("#Text=" + sentence_text.replace("\\", "\\\\"))
            for j, (b, e) in enumerate(sentence, 1):
                a = f"{i}-{j}"
                value = "|".join(cells[a]) or "_"
                rels = rel_cells[a]
                label = "|".join(r[0] for r in rels) or "_"
                source = "|".join(r[1] for r in rels) or "_"
                token = document.text[b:e].replace("\\", "\\\\")
                identifier = "|".join(id_cells[a]) or "_"
                lines.append(f"{a}\t{b}-{e}\t{token}\t{identifier}\t{value}\t{label}\t{source}")
            lines.append("")
        stem = safe_file_stem(document.id, taken)
        (folder / f"{stem}.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder
