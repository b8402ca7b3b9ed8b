"""Document-level inference: windows in, merged entity and relation predictions out.

Used by training-time evaluation, the evaluation harness and the `Predictor`. Every entity
offset indexes the original text: subword offsets come from the tokenizer (whose normalizer
tracks alignment), spans are snapped to whole words and trimmed of predicted proclitics.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import bisect
import math
import re

import torch

from ..data.document import Document, Entity, Relation
from ..data.segment import ParagraphIndex
from ..schema import Schema
from .candidates import CandidateFn, schema_candidates
from .hooks import NO_HOOKS, DecodeHooks, DocumentView, PairRow
from .spans import Mention, bio_spans, bio_viterbi, renumber, renumber_relations, select_non_overlapping, token_span
from .windows import DocumentEncoding, Window, encode_document, snap_span


LINE_BREAKS = "\n\r\u2028\u2029"
_LINE_BREAK_RE = re.compile(f"[{LINE_BREAKS}]+")


@dataclass
class _WindowResult:
    probs: torch.Tensor  # (n, labels) for the window's content tokens
    proclitic: torch.Tensor  # (n,)
    hidden: torch.Tensor  # (n + 2, H), with [CLS]/[SEP]
    inputs: tuple[torch.Tensor, torch.Tensor | None, torch.Tensor | None] | None = None  # ids, tags, word rows


def _batches(items: list, size: int):
    for i in range(0, len(items), size):
        yield items[i:i + size]


@torch.inference_mode()
def _run_windows(model, tokenizer, jobs: list[tuple[int, Window, list[int]]], batch_size: int,
                 device: torch.device, dtype: torch.dtype | None,
                 token_tags: list[Sequence[int] | None] | None = None,
                 word_rows: list[Sequence[int]] | None = None,
                 keep_inputs: bool = False) -> dict[tuple[int, int], _WindowResult]:
    """Encode all windows (length-sorted batches) and return per-window head outputs (``keep_inputs``: and
    the input rows, for a second, marked pass).

    ``token_tags`` (one list per document, one extra tag id per subword) feeds the model's token tag slot;
    ``word_rows`` (one list per document, one word vector row per subword) its word vector slot. A model with an
    ``onnx_entity_pass`` (:class:`arabic_ie.onnx_backend.OnnxEntityPass`) runs the entity pass in ONNX Runtime.
    """
    results: dict[tuple[int, int], _WindowResult] = {}
    entity_pass = getattr(model, "onnx_entity_pass", None)  # set by Predictor(backend="onnx")
    order = sorted(range(len(jobs)), key=lambda i: len(jobs[i][2]))
    for chunk in _batches(order, batch_size):
        seqs = [[tokenizer.cls_token_id] + jobs[i][2] + [tokenizer.sep_token_id] for i in chunk]
        width = max(len(s) for s in seqs)
        ids = torch.full((len(seqs), width), tokenizer.pad_token_id, dtype=torch.long)
        mask = torch.zeros((len(seqs), width), dtype=torch.long)
        for row, s in enumerate(seqs):
            ids[row, :len(s)] = torch.tensor(s)
            mask[row, :len(s)] = 1
        tags = None
        if token_tags is not None:
            tags = torch.zeros_like(ids)
            for row, i in enumerate(chunk):
                doc_i, window, toks = jobs[i]
                if token_tags[doc_i] is not None:
                    tags[row, 1:len(toks) + 1] = torch.tensor(token_tags[doc_i][window.start:window.end],
                                                              dtype=torch.long)
            tags = tags.to(device)
        rows = None
        if word_rows is not None:
            rows = torch.zeros_like(ids)
            for row, i in enumerate(chunk):
                doc_i, window, toks = jobs[i]
                rows[row, 1:len(toks) + 1] = torch.tensor(word_rows[doc_i][window.start:window.end], dtype=torch.long)
            rows = rows.to(device)
        ids, mask = ids.to(device), mask.to(device)
        if entity_pass is not None:
            entity_logits, proclitic_logits, hidden = entity_pass(ids, mask, tags, rows)
        else:
            with torch.autocast(device_type=device.type, dtype=dtype, enabled=dtype is not None):
                hidden = model.encode(ids, mask, tags, rows)
                entity_logits, proclitic_logits = model.entity_heads(hidden)
        probs = entity_logits.float().softmax(-1)
        procl = proclitic_logits.float().argmax(-1)
        for row, i in enumerate(chunk):
            doc_i, window, toks = jobs[i]
            n = len(toks)
            inputs = (ids[row, :n + 2], tags[row, :n + 2] if tags is not None else None,
                      rows[row, :n + 2] if rows is not None else None) if keep_inputs else None
            results[(doc_i, window.index)] = _WindowResult(
                probs=probs[row, 1:n + 1].cpu(), proclitic=procl[row, 1:n + 1].cpu(), hidden=hidden[row, :n + 2],
                inputs=inputs)
    return results


def _merge_tokens(enc: DocumentEncoding, doc_i: int, results, n_labels: int) -> tuple[torch.Tensor, torch.Tensor]:
    """Per-token probabilities and proclitic predictions from each token's most central window."""
    probs = torch.zeros(len(enc), n_labels)
    procl = torch.zeros(len(enc), dtype=torch.long)
    best = torch.full((len(enc),), -1, dtype=torch.long)
    for w in enc.windows:
        res = results[(doc_i, w.index)]
        tokens = torch.arange(w.start, w.end)
        centrality = torch.minimum(tokens - w.start, w.end - 1 - tokens)
        better = centrality > best[w.start:w.end]  # strict: ties keep the earlier window (deterministic)
        chosen = tokens[better]
        best[chosen] = centrality[better]
        probs[chosen] = res.probs[better]
        procl[chosen] = res.proclitic[better]
    return probs, procl


def with_o_bias(probs: torch.Tensor, id2label: dict[int, str], o_bias: float) -> torch.Tensor:
    """``probs`` (tokens x labels) with the ``O`` column multiplied by ``exp(o_bias)``, rows renormalized."""
    o = next(i for i, label in id2label.items() if label == "O")
    probs = probs.float().clone()
    probs[:, o] *= math.exp(o_bias)
    return probs / probs.sum(-1, keepdim=True)


def decode_entities(enc: DocumentEncoding, probs: torch.Tensor, procl: torch.Tensor, id2label: dict[int, str],
                    threshold: float = 0.0, method: str = "viterbi", crf: tuple | None = None,
                    o_bias: float = 0.0) -> list[Mention]:
    """Entities with their token span, snapped to words; overlapping spans keep the higher score.

    ``method``: ``argmax`` takes each token's most probable label (an ``I-`` that cannot continue starts a span);
    ``viterbi`` takes the most probable BIO-valid label sequence, with the transition scores of a CRF model
    (``crf``, ``ArabicIEModel.entity_transitions()``). ``o_bias`` is added to each token's log-probability of ``O``
    first (the probabilities renormalized): above 0 fewer spans, below 0 more. Spans scoring below ``threshold``
    are dropped.
    """
    if len(enc) == 0:
        return []
    if o_bias:
        probs = with_o_bias(probs, id2label, o_bias)
    breaks = _tokens_after_line_breaks(enc)
    if method == "viterbi":
        order = [id2label[i] for i in range(len(id2label))]
        label_ids = torch.tensor(bio_viterbi(probs.float().clamp_min(1e-12).log(), order, breaks, crf))
        scores = probs.gather(-1, label_ids[:, None]).squeeze(-1)
    elif method == "argmax":
        scores, label_ids = probs.max(-1)
    else:
        raise ValueError(f"entity_decoding must be 'argmax' or 'viterbi', not {method!r}")
    labels = [id2label[i] for i in label_ids.tolist()]
    found: list[Mention] = []
    for first, last, etype, score in bio_spans(labels, scores.tolist(), breaks):
        if score < threshold:
            continue
        start, end = snap_span(enc.text, enc.offsets[first][0], enc.offsets[last][1], int(procl[first]))
        if end <= start:
            continue
        found.append((Entity("", etype, start, end, enc.text[start:end], score=score), first, last))
    found.sort(key=lambda x: (-x[0].score, x[0].start))  # higher score first; ties: the earlier span
    kept = select_non_overlapping(found, lambda m: (m[0].start, m[0].end))
    return renumber(sorted(kept, key=lambda m: m[0].start))


def _tokens_after_line_breaks(enc: DocumentEncoding) -> set[int]:
    """Tokens with a line break between them and the token before (no entity continues across it)."""
    starts, ends = enc.bounds()
    breaks = set()
    for m in _LINE_BREAK_RE.finditer(enc.text):
        i = bisect.bisect_right(starts, m.start())  # the first token starting after the break
        if 0 < i < len(starts) and ends[i - 1] <= m.start():
            breaks.add(i)
    return breaks


def _given(enc: DocumentEncoding, entities: Sequence[Entity]) -> list[Mention]:
    """Given mentions with their token spans (mentions no token overlaps are dropped)."""
    out = []
    for e in sorted(entities, key=lambda e: e.start):
        span = token_span(enc, e)
        if span is not None:
            out.append((Entity(e.id, e.type, e.start, e.end, e.text), span[0], span[1]))
    return out


def _pairs_by_window(enc: DocumentEncoding, entities: list[Mention], schema: Schema,
                     candidate_fn: CandidateFn) -> dict[int, list[tuple[int, int]]]:
    """Candidate pairs grouped by the window that gives both spans the most context.

    Candidates are generated window by window (a pair can only be scored inside one window), which keeps
    the work linear in the document length even for huge paragraphs.
    """
    ents = [e for e, _, _ in entities]
    para = ParagraphIndex(enc.text)
    paragraph_of = [para.span_paragraph(e.start, e.end) for e in ents]
    firsts = [f for _, f, _ in entities]
    by_window: dict[int, list[tuple[int, int]]] = {}
    seen: set[tuple[int, int]] = set()
    for w in enc.windows:
        lo = bisect.bisect_left(firsts, w.start)
        inside = []
        for i in range(lo, len(entities)):
            if entities[i][1] >= w.end:
                break
            if entities[i][2] < w.end:
                inside.append(i)
        if len(inside) < 2:
            continue
        local = candidate_fn(enc.text, [ents[i] for i in inside], schema,
                             paragraph_of=[paragraph_of[i] for i in inside]) \
            if candidate_fn is schema_candidates else candidate_fn(enc.text, [ents[i] for i in inside], schema)
        for a, b in local:
            h, t = inside[a], inside[b]
            if (h, t) in seen:
                continue
            seen.add((h, t))
            window = enc.best_window(min(entities[h][1], entities[t][1]), max(entities[h][2], entities[t][2]))
            if window is not None:
                by_window.setdefault(window.index, []).append((h, t))
    return by_window


@torch.inference_mode()
def _marked_results(model, enc: DocumentEncoding, doc_i: int, entities: list[Mention], window_ids: Sequence[int],
                    results, schema: Schema, dtype: torch.dtype | None, batch_size: int = 16) -> dict:
    """The windows' encoder states on the input with every mention marked (``config.relation_markers``)."""
    from .features import marker_ids

    type2id = {t: i for i, t in enumerate(schema.entity_types)}
    markers = marker_ids(len(enc), [(first, last, type2id[e.type]) for e, first, last in entities])
    marked = {}
    for chunk in _batches(list(window_ids), batch_size):
        inputs = [results[(doc_i, w)].inputs for w in chunk]
        width = max(x[0].shape[0] for x in inputs)
        device = inputs[0][0].device
        ids = torch.zeros(len(chunk), width, dtype=torch.long, device=device)
        mask = torch.zeros_like(ids)
        marks = torch.zeros_like(ids)
        tags = torch.zeros_like(ids) if inputs[0][1] is not None else None
        rows = torch.zeros_like(ids) if inputs[0][2] is not None else None
        for r, (w, (i, t, wr)) in enumerate(zip(chunk, inputs)):
            n = i.shape[0]
            ids[r, :n], mask[r, :n] = i, 1
            window = enc.windows[w]
            marks[r, 1:n - 1] = torch.tensor(markers[window.start:window.end], dtype=torch.long)
            if tags is not None:
                tags[r, :n] = t
            if rows is not None:
                rows[r, :n] = wr
        with torch.autocast(device_type=device.type, dtype=dtype, enabled=dtype is not None):
            hidden = model.encode(ids, mask, tags, rows, marks)
        for r, (w, (i, _, _)) in enumerate(zip(chunk, inputs)):
            marked[(doc_i, w)] = _WindowResult(probs=results[(doc_i, w)].probs, proclitic=results[(doc_i, w)].proclitic,
                                               hidden=hidden[r, :i.shape[0]])
    return marked


@torch.inference_mode()
def decode_relations(model, view: DocumentView, entities: list[Mention], results, schema: Schema,
                     candidate_fn: CandidateFn, threshold: float = 0.0,
                     hooks: DecodeHooks = NO_HOOKS, dtype: torch.dtype | None = None) -> list[Relation]:
    """Label the candidate pairs of one document.

    Only the relation types the schema allows for the pair's argument types compete: a pair gets the most
    probable of them when it beats ``NONE``, or with ``threshold`` above 0 whenever its probability reaches it.
    """
    ents = [e for e, _, _ in entities]
    if not ents:
        return []
    enc = view.encoding
    type2id = {t: i for i, t in enumerate(schema.entity_types)}
    labels = ["NONE"] + list(schema.relation_names)
    by_window = _pairs_by_window(enc, entities, schema, candidate_fn)
    if by_window and getattr(model, "entity_marker_embedding", None) is not None:
        results = _marked_results(model, enc, view.index, entities, sorted(by_window), results, schema, dtype)
    pair_row = None
    if model.config.pair_feature_sizes:
        pair_row = hooks.pair_rows(view, ents)
        if pair_row is None:  # the slot is there but nothing fills it: "no information" ids
            width = len(model.config.pair_feature_sizes)
            pair_row = lambda h, t: [0] * width  # noqa: E731
    allowed_by_types: dict[tuple[str, str], list[int]] = {}

    def allowed_labels(head_type: str, tail_type: str) -> list[int]:
        key = (head_type, tail_type)
        if key not in allowed_by_types:
            allowed_by_types[key] = [1 + k for k, r in enumerate(schema.relation_types) if r.allows(*key)]
        return allowed_by_types[key]

    best: dict[tuple[str, str, str], Relation] = {}
    for w_pairs, probs in _score_pairs(model, enc, view.index, entities, by_window, results, type2id, pair_row):
        probs = hooks.relation_probs(view, ents, w_pairs, probs)
        rows = probs.tolist() if hasattr(probs, "tolist") else [list(map(float, p)) for p in probs]
        for (h, t), p in zip(w_pairs, rows):
            head, tail = ents[h], ents[t]
            allowed = allowed_labels(head.type, tail.type)
            if not allowed:
                continue
            label = max(allowed, key=p.__getitem__)  # most probable type the argument types allow
            if threshold > 0:
                if p[label] < threshold:
                    continue
            elif p[0] >= p[label]:
                continue
            rtype = schema.relation(labels[label])
            if rtype.symmetric and head.start > tail.start:
                head, tail = tail, head
            key = (rtype.name, head.id, tail.id)
            score = p[label]
            if key not in best or score > best[key].score:
                best[key] = Relation("", rtype.name, head.id, tail.id, score=score)
    return renumber_relations(list(best.values()))


def _score_pairs(model, enc: DocumentEncoding, doc_i: int, entities: list[Mention],
                 by_window: dict[int, list[tuple[int, int]]], results, type2id: dict[str, int],
                 pair_row: PairRow | None = None, windows_per_call: int = 32):
    """Relation probabilities for each window's pairs, many windows per forward call (padded)."""
    items = sorted(by_window.items())
    width_extra = len(model.config.pair_feature_sizes) if pair_row is not None else 0
    for start in range(0, len(items), windows_per_call):
        chunk = items[start:start + windows_per_call]
        hiddens = [results[(doc_i, w_index)].hidden for w_index, _ in chunk]
        width = max(h.shape[0] for h in hiddens)
        n_pairs = max(len(pairs) for _, pairs in chunk)
        # float32 whatever the encoder ran in (fp16/bf16 autocast on GPU): the heads' weights are float32
        hidden = torch.zeros(len(chunk), width, hiddens[0].shape[-1], dtype=torch.float32, device=hiddens[0].device)
        idx = torch.zeros(len(chunk), n_pairs, 4, dtype=torch.long)
        types = torch.zeros(len(chunk), n_pairs, 2 + width_extra, dtype=torch.long)
        for row, ((w_index, pairs), h) in enumerate(zip(chunk, hiddens)):
            offset = enc.windows[w_index].start - 1  # +1 for [CLS]
            hidden[row, :h.shape[0]] = h
            idx[row, :len(pairs)] = torch.tensor([[entities[a][1] - offset, entities[a][2] - offset,
                                                   entities[b][1] - offset, entities[b][2] - offset]
                                                  for a, b in pairs])
            types[row, :len(pairs)] = torch.tensor([[type2id[entities[a][0].type], type2id[entities[b][0].type]]
                                                    + (pair_row(a, b) if pair_row is not None else [])
                                                    for a, b in pairs])
        probs = model.relation_scores(hidden, idx.to(hidden.device), types.to(hidden.device)).float().softmax(-1).cpu()
        for row, (_, pairs) in enumerate(chunk):
            yield pairs, probs[row, :len(pairs)]


def predict_documents(model, tokenizer, texts: Sequence[str], ids: Sequence[str] | None = None, batch_size: int = 8,
                      device: torch.device | str | None = None, dtype: torch.dtype | None = None,
                      candidate_fn: CandidateFn = schema_candidates, with_relations: bool = True,
                      given_entities: Sequence[Sequence[Entity]] | None = None, hooks: DecodeHooks = NO_HOOKS,
                      entity_threshold: float | None = None, relation_threshold: float | None = None,
                      entity_o_bias: float | None = None) -> list[Document]:
    """Predict entities and relations for each text; returns documents with scored annotations.

    With ``given_entities`` (one list per text, e.g. the gold mentions) the entity step is skipped
    and relations are classified between those mentions. ``hooks`` extend decoding (token tags, pair
    features, entity list, relation probabilities). The thresholds and ``entity_o_bias`` default to the model's
    config.
    """
    config = model.config
    schema = config.schema_obj
    entity_threshold = config.entity_threshold if entity_threshold is None else entity_threshold
    relation_threshold = config.relation_threshold if relation_threshold is None else relation_threshold
    entity_o_bias = config.entity_o_bias if entity_o_bias is None else entity_o_bias
    entity_decoding = config.entity_decoding
    crf = model.entity_transitions() if hasattr(model, "entity_transitions") else None
    device = torch.device(device) if device is not None else next(model.parameters()).device
    model.eval()
    views = [DocumentView(d, encode_document(t, tokenizer, config.window_size, config.window_overlap))
             for d, t in enumerate(texts)]
    jobs = [(v.index, w, v.encoding.input_ids[w.start:w.end]) for v in views for w in v.encoding.windows]
    token_tags = [hooks.token_tags(v) for v in views] if config.token_tag_vocab else None
    word_rows = [model.word_rows(v.text, v.encoding.offsets) for v in views] \
        if getattr(model, "word_vocabulary", None) is not None else None
    markers = with_relations and bool(schema.relation_types) and getattr(model, "entity_marker_embedding", None) is not None
    results = _run_windows(model, tokenizer, jobs, batch_size, device, dtype, token_tags, word_rows,
                           keep_inputs=markers)
    id2label = {int(k): v for k, v in config.id2label.items()}
    documents = []
    for view in views:
        enc = view.encoding
        if given_entities is not None:
            entities = _given(enc, given_entities[view.index])
        else:
            probs, procl = _merge_tokens(enc, view.index, results, len(id2label))
            entities = hooks.entities(view, decode_entities(enc, probs, procl, id2label, threshold=entity_threshold,
                                                                 method=entity_decoding, crf=crf,
                                                                 o_bias=entity_o_bias))
        relations = decode_relations(model, view, entities, results, schema, candidate_fn, relation_threshold, hooks,
                                     dtype) \
            if with_relations and schema.relation_types else []
        doc_id = ids[view.index] if ids is not None else str(view.index)
        documents.append(Document(doc_id, enc.text, [e for e, _, _ in entities], relations))
    return documents
