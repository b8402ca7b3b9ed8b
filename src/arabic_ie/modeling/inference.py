"""Document-level inference: windows in, merged entity and relation predictions out.

Used by training-time evaluation, the evaluation harness and the `Predictor`. Every entity
offset indexes the original text: subword offsets come from the tokenizer (whose normalizer
tracks alignment), spans are snapped to whole words and trimmed of predicted proclitics.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import bisect

import torch

from ..data.document import Document, Entity, Relation
from ..data.segment import ParagraphIndex
from ..schema import Schema
from .candidates import CandidateFn, schema_candidates
from .compounds import compose_entities, compound_heads
from .entity_vote import merge_patterns, propagate_entities, vote_entities
from .lexicon import Lexicon, token_lexicon_tags
from .pair_features import N_FEATURES, PairFeaturizer, PairLexicon
from .patterns import pattern_entities
from .relation_linear import linear_relation_logits, pair_feature_names
from .windows import DocumentEncoding, Window, encode_document, snap_span


LINE_BREAKS = "\n\r\u2028\u2029"


@dataclass
class _WindowResult:
    probs: torch.Tensor  # (n, labels) for the window's content tokens
    proclitic: torch.Tensor  # (n,)
    hidden: torch.Tensor  # (n + 2, H), with [CLS]/[SEP]


def _bio_spans(labels: list[str], scores: list[float], breaks: set[int] | None = None
               ) -> list[tuple[int, int, str, float]]:
    """Token spans ``(first, last, type, score)``; an I- tag that cannot continue starts a new span.

    No span continues into a token of ``breaks`` (tokens that follow a line break).
    """
    spans: list[list] = []
    current = None
    breaks = breaks or set()
    for i, label in enumerate(labels):
        if label == "O":
            current = None
            continue
        prefix, etype = label.split("-", 1)
        if prefix == "I" and current is not None and current[2] == etype and current[1] == i - 1 and i not in breaks:
            current[1] = i
            current[3].append(scores[i])
        else:
            current = [i, i, etype, [scores[i]]]
            spans.append(current)
    return [(s[0], s[1], s[2], sum(s[3]) / len(s[3])) for s in spans]


def _batches(items: list, size: int):
    for i in range(0, len(items), size):
        yield items[i:i + size]


@torch.inference_mode()
def _run_windows(model, tokenizer, jobs: list[tuple[int, Window, list[int]]], batch_size: int,
                 device: torch.device, dtype: torch.dtype | None,
                 lexicon_tags: list[list[int]] | None = None) -> dict[tuple[int, int], _WindowResult]:
    """Encode all windows (length-sorted batches) and return per-window head outputs.

    ``lexicon_tags`` (one list per document, one tag per token) feeds a model with the lexicon feature.
    """
    results: dict[tuple[int, int], _WindowResult] = {}
    order = sorted(range(len(jobs)), key=lambda i: len(jobs[i][2]))
    for chunk in _batches(order, batch_size):
        seqs = [[tokenizer.cls_token_id] + jobs[i][2] + [tokenizer.sep_token_id] for i in chunk]
        width = max(len(s) for s in seqs)
        ids = torch.full((len(seqs), width), tokenizer.pad_token_id, dtype=torch.long)
        mask = torch.zeros((len(seqs), width), dtype=torch.long)
        for row, s in enumerate(seqs):
            ids[row, :len(s)] = torch.tensor(s)
            mask[row, :len(s)] = 1
        lex = None
        if lexicon_tags is not None:
            lex = torch.zeros_like(ids)
            for row, i in enumerate(chunk):
                doc_i, window, toks = jobs[i]
                lex[row, 1:len(toks) + 1] = torch.tensor(lexicon_tags[doc_i][window.start:window.end], dtype=torch.long)
            lex = lex.to(device)
        ids, mask = ids.to(device), mask.to(device)
        with torch.autocast(device_type=device.type, dtype=dtype, enabled=dtype is not None):
            hidden = model.encode(ids, mask, lex) if lex is not None else model.encode(ids, mask)
            entity_logits, proclitic_logits = model.entity_heads(hidden)
        probs = entity_logits.float().softmax(-1)
        procl = proclitic_logits.float().argmax(-1)
        for row, i in enumerate(chunk):
            doc_i, window, toks = jobs[i]
            n = len(toks)
            results[(doc_i, window.index)] = _WindowResult(
                probs=probs[row, 1:n + 1].cpu(), proclitic=procl[row, 1:n + 1].cpu(), hidden=hidden[row, :n + 2])
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


def decode_entities(enc: DocumentEncoding, probs: torch.Tensor, procl: torch.Tensor, id2label: dict[int, str],
                    threshold: float = 0.0) -> list[tuple[Entity, int, int]]:
    """Entities with their token span, snapped to words; overlapping spans keep the higher score.

    Spans scoring below ``threshold`` are dropped.
    """
    if len(enc) == 0:
        return []
    scores, label_ids = probs.max(-1)
    labels = [id2label[i] for i in label_ids.tolist()]
    found: list[tuple[Entity, int, int]] = []
    offsets = enc.offsets
    breaks = {i for i in range(1, len(offsets))
              if any(c in LINE_BREAKS for c in enc.text[offsets[i - 1][1]:offsets[i][0]])}
    for first, last, etype, score in _bio_spans(labels, scores.tolist(), breaks):
        if score < threshold:
            continue
        start, end = snap_span(enc.text, enc.offsets[first][0], enc.offsets[last][1], int(procl[first]))
        if end <= start:
            continue
        found.append((Entity("", etype, start, end, enc.text[start:end], score=score), first, last))
    found.sort(key=lambda x: (x[0].start, -x[0].score))
    kept: list[tuple[Entity, int, int]] = []
    for item in found:
        ent = item[0]
        if kept and ent.start < kept[-1][0].end:
            if ent.score > kept[-1][0].score:
                kept[-1] = item
            continue
        kept.append(item)
    for i, (ent, _, _) in enumerate(kept):
        ent.id = f"T{i + 1}"
    return kept


def entity_voters(model):
    """The CRF voter when the model's ``entity_ensemble`` is ``vote`` (with its lexicon), else None."""
    config = model.config
    if getattr(config, "entity_ensemble", "none") != "vote":
        return None
    tagger = model.entity_crf_tagger
    if tagger is None or getattr(config, "lexicon", None) is None:
        raise ValueError("entity_ensemble 'vote' needs the model's lexicon and its CRF (entity_crf); this model "
                         "lacks " + ("its CRF" if tagger is None else "a lexicon"))
    return tagger


def _given(enc: DocumentEncoding, entities: Sequence[Entity]) -> list[tuple[Entity, int, int]]:
    """Given mentions with their token spans (mentions no token overlaps are dropped)."""
    from .features import token_span

    out = []
    for e in sorted(entities, key=lambda e: e.start):
        span = token_span(enc, e)
        if span is not None:
            out.append((Entity(e.id, e.type, e.start, e.end, e.text), span[0], span[1]))
    return out


def _from_config_entry(model, key: str, build):
    """``build(config.<key>)``, computed once per model until that config entry is replaced."""
    entries = getattr(model.config, key)
    cached = model.__dict__.get(f"_{key}_cache")
    if cached is None or cached[0] is not entries:
        cached = (entries, build(entries))
        model.__dict__[f"_{key}_cache"] = cached
    return cached[1]


def _compound_heads(model) -> dict:
    """The compound heads the model's lexicon teaches."""
    if getattr(model.config, "lexicon", None) is None:
        raise ValueError("entity_compounds needs the model's lexicon (lexicon_features); this model has none")
    return _from_config_entry(model, "lexicon", compound_heads)


def _pair_lexicon(model) -> PairLexicon | None:
    """The model's pair lexicon, parsed from its config."""
    if not getattr(model.config, "pair_lexicon", None):
        return None
    return _from_config_entry(model, "pair_lexicon", PairLexicon.from_config)


@torch.inference_mode()
def decode_relations(model, enc: DocumentEncoding, doc_i: int, entities: list[tuple[Entity, int, int]],
                     results, schema: Schema, candidate_fn: CandidateFn, device: torch.device) -> list[Relation]:
    """Score candidate pairs in the window that gives both spans the most context.

    Only the relation types the schema allows for the pair's argument types compete: a pair gets the most
    probable of them when it beats ``NONE``, or with ``config.relation_threshold`` above 0 whenever its
    probability reaches the threshold.
    """
    ents = [e for e, _, _ in entities]
    if not ents:
        return []
    type2id = {t: i for i, t in enumerate(schema.entity_types)}
    labels = ["NONE"] + list(schema.relation_names)
    # Candidates are generated window by window (a pair can only be scored inside one window), which
    # keeps the work linear in the document length even for huge paragraphs.
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
            first = min(entities[h][1], entities[t][1])
            last = max(entities[h][2], entities[t][2])
            window = enc.best_window(first, last)
            if window is not None:
                by_window.setdefault(window.index, []).append((h, t))
    threshold = getattr(model.config, "relation_threshold", 0.0) or 0.0
    featurizer = None
    classifier = getattr(model.config, "relation_classifier", "neural") or "neural"
    if classifier != "neural" and model.relation_linear is None:
        raise ValueError(f"relation_classifier {classifier!r} needs a fitted linear relation head; this model has none")
    if getattr(model.config, "pair_features", False) or classifier != "neural":
        featurizer = PairFeaturizer(enc.text, ents, schema.relation_names, _pair_lexicon(model))
    allowed_by_types: dict[tuple[str, str], list[int]] = {}

    def allowed_labels(head_type: str, tail_type: str) -> list[int]:
        key = (head_type, tail_type)
        if key not in allowed_by_types:
            allowed_by_types[key] = [1 + k for k, r in enumerate(schema.relation_types) if r.allows(*key)]
        return allowed_by_types[key]

    best: dict[tuple[str, str, str], Relation] = {}
    pair_featurizer = featurizer if getattr(model.config, "pair_features", False) else None
    for w_pairs, probs in _score_pairs(model, enc, doc_i, entities, ents, by_window, results, type2id,
                                       pair_featurizer):
        if classifier != "neural":
            names = [pair_feature_names(enc.text, ents, h, t, featurizer) for h, t in w_pairs]
            linear = linear_relation_logits(model, names, device).float().softmax(-1).cpu()
            probs = linear if classifier == "linear" else (probs + linear) / 2
        for (h, t), p in zip(w_pairs, probs):
            head, tail = ents[h], ents[t]
            allowed = allowed_labels(head.type, tail.type)
            if not allowed:
                continue
            label = max(allowed, key=lambda k: float(p[k]))  # most probable type the argument types allow
            if threshold > 0:
                if float(p[label]) < threshold:
                    continue
            elif float(p[0]) >= float(p[label]):
                continue
            rtype = schema.relation(labels[label])
            if rtype.symmetric and head.start > tail.start:
                head, tail = tail, head
            key = (rtype.name, head.id, tail.id)
            score = float(p[label])
            if key not in best or score > best[key].score:
                best[key] = Relation("", rtype.name, head.id, tail.id, score=score)
    relations = sorted(best.values(), key=lambda r: (int(r.head[1:]), int(r.tail[1:]), r.type))
    for i, rel in enumerate(relations):
        rel.id = f"R{i + 1}"
    return relations


def _score_pairs(model, enc: DocumentEncoding, doc_i: int, entities: list[tuple[Entity, int, int]],
                 ents: list[Entity], by_window: dict[int, list[tuple[int, int]]], results, type2id: dict[str, int],
                 featurizer: PairFeaturizer | None = None, windows_per_call: int = 32):
    """Relation probabilities for each window's pairs, many windows per forward call (padded)."""
    items = sorted(by_window.items())
    for start in range(0, len(items), windows_per_call):
        chunk = items[start:start + windows_per_call]
        hiddens = [results[(doc_i, w_index)].hidden for w_index, _ in chunk]
        width = max(h.shape[0] for h in hiddens)
        n_pairs = max(len(pairs) for _, pairs in chunk)
        # float32 whatever the encoder ran in (fp16/bf16 autocast on GPU): the heads' weights are float32
        hidden = torch.zeros(len(chunk), width, hiddens[0].shape[-1], dtype=torch.float32, device=hiddens[0].device)
        idx = torch.zeros(len(chunk), n_pairs, 4, dtype=torch.long)
        types = torch.zeros(len(chunk), n_pairs, 2 if featurizer is None else 2 + N_FEATURES, dtype=torch.long)
        for row, ((w_index, pairs), h) in enumerate(zip(chunk, hiddens)):
            offset = enc.windows[w_index].start - 1  # +1 for [CLS]
            hidden[row, :h.shape[0]] = h
            idx[row, :len(pairs)] = torch.tensor([[entities[a][1] - offset, entities[a][2] - offset,
                                                   entities[b][1] - offset, entities[b][2] - offset]
                                                  for a, b in pairs])
            types[row, :len(pairs)] = torch.tensor([[type2id[ents[a].type], type2id[ents[b].type]]
                                                    + (featurizer.row(a, b) if featurizer is not None else [])
                                                    for a, b in pairs])
        probs = model.relation_scores(hidden, idx.to(hidden.device), types.to(hidden.device)).float().softmax(-1).cpu()
        for row, (_, pairs) in enumerate(chunk):
            yield pairs, probs[row, :len(pairs)]


def predict_documents(model, tokenizer, texts: Sequence[str], ids: Sequence[str] | None = None, batch_size: int = 8,
                      device: torch.device | str | None = None, dtype: torch.dtype | None = None,
                      candidate_fn: CandidateFn = schema_candidates, with_relations: bool = True,
                      given_entities: Sequence[Sequence[Entity]] | None = None) -> list[Document]:
    """Predict entities and relations for each text; returns documents with scored annotations.

    With ``given_entities`` (one list per text, e.g. the gold mentions) the entity step is skipped
    and relations are classified between those mentions.
    """
    config = model.config
    schema = config.schema_obj
    device = torch.device(device) if device is not None else next(model.parameters()).device
    model.eval()
    encodings = [encode_document(t, tokenizer, config.window_size, config.window_overlap) for t in texts]
    jobs = [(d, w, enc.input_ids[w.start:w.end]) for d, enc in enumerate(encodings) for w in enc.windows]
    lexicon_tags = lexicon_matches = None
    if getattr(config, "lexicon", None) is not None:
        lexicon = Lexicon.from_config(config.lexicon, variants=getattr(config, "lexicon_variants", False))
        lexicon_matches = [lexicon.find(enc.text) for enc in encodings]
        lexicon_tags = [token_lexicon_tags(enc.offsets, matches, config.entity_types)
                        for enc, matches in zip(encodings, lexicon_matches)]
    crf = entity_voters(model) if given_entities is None else None
    results = _run_windows(model, tokenizer, jobs, batch_size, device, dtype, lexicon_tags)
    id2label = {int(k): v for k, v in config.id2label.items()}
    documents = []
    for d, enc in enumerate(encodings):
        if given_entities is not None:
            entities = _given(enc, given_entities[d])
        else:
            probs, procl = _merge_tokens(enc, d, results, len(id2label))
            entities = decode_entities(enc, probs, procl, id2label, threshold=getattr(config, "entity_threshold", 0.0))
            if crf is not None:
                entities = vote_entities(enc, entities, lexicon_matches[d], crf.tag(enc.text))
            if getattr(config, "entity_patterns", False):
                entities = merge_patterns(enc, entities, pattern_entities(enc.text, config.entity_types))
            if getattr(config, "entity_compounds", False):
                entities = compose_entities(enc, entities, _compound_heads(model))
            if getattr(config, "entity_propagation", False):
                entities = propagate_entities(enc, entities)
        relations = decode_relations(model, enc, d, entities, results, schema, candidate_fn, device) \
            if with_relations and schema.relation_types else []
        doc_id = ids[d] if ids is not None else str(d)
        documents.append(Document(doc_id, enc.text, [e for e, _, _ in entities], relations))
    return documents
