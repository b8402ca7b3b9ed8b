"""Training features: per window, BIO labels, proclitic labels and labelled relation candidates."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

from ..data.document import Document, Entity
from ..schema import Schema
from .candidates import CandidateFn, schema_candidates
from .spans import token_span
from .windows import DocumentEncoding, encode_document, is_reachable, proclitic_label

#: Extra token tag ids for a document: ``(encoding, document) -> one id per subword``.
TokenTagFn = Callable[[DocumentEncoding, Document], Sequence[int]]
#: Extra pair feature ids for a document: ``(document, mentions sorted by start) -> row(h, t)``.
WordRowFn = Callable[[str, Sequence[tuple[int, int]]], Sequence[int]]
PairRowFn = Callable[[Document, Sequence[Entity]], Callable[[int, int], list[int]]]


@dataclass
class AlignmentReport:
    """How gold spans map onto subword tokens."""

    entities: int = 0
    unreachable: int = 0
    examples: list[str] = field(default_factory=list)

    def add(self, other: "AlignmentReport") -> None:
        self.entities += other.entities
        self.unreachable += other.unreachable
        self.examples += other.examples[: max(0, 10 - len(self.examples))]

    def to_dict(self) -> dict[str, Any]:
        return {"gold_entities": self.entities, "unreachable_entities": self.unreachable,
                "unreachable_examples": self.examples}


def window_features(doc: Document, tokenizer, schema: Schema, max_length: int, stride: int, max_proclitic: int,
                    candidate_fn: CandidateFn = schema_candidates, token_tags: TokenTagFn | None = None,
                    pair_rows: PairRowFn | None = None, word_rows: WordRowFn | None = None,
                    entity_markers: bool = False, window_offset: int = 0) -> tuple[list[dict[str, Any]], AlignmentReport]:
    """One feature dict per window of ``doc``, and the alignment report of its gold entities.

    With ``token_tags`` each window also gets ``token_tags`` (one extra tag id per subword); with
    ``pair_rows`` each pair's ``pair_types`` row also holds its extra pair feature ids. Both receive the
    document itself, so a plug-in can leave the document's own annotations out of what it tells the model.
    With ``word_rows`` (``(text, subword offsets) -> rows``) each window gets each subword's word vector row.
    With ``entity_markers`` each window gets the marker id of each subword (:func:`marker_ids`, gold mentions).
    ``window_offset`` shifts the window grid (:func:`~arabic_ie.core.windows.make_windows`; training jitter).
    """
    enc = encode_document(doc.text, tokenizer, max_length, stride, window_offset)
    tags = list(token_tags(enc, doc)) if token_tags is not None else None
    rows = list(word_rows(enc.text, enc.offsets)) if word_rows is not None else None
    label2id = {label: i for i, label in enumerate(schema.bio_labels())}
    type2id = {t: i for i, t in enumerate(schema.entity_types)}
    rel2id = {name: i + 1 for i, name in enumerate(schema.relation_names)}
    report = AlignmentReport()
    entities = sorted(doc.entities, key=lambda e: e.start)
    spans: list[tuple[int, int] | None] = []
    for ent in entities:
        report.entities += 1
        span = token_span(enc, ent)
        spans.append(span)
        if span is None or not is_reachable(doc.text, ent, max_proclitic):
            report.unreachable += 1
            if len(report.examples) < 10:
                report.examples.append(f"{doc.id}:{ent.start}-{ent.end} {ent.text!r}")
    index_of = {id(e): i for i, e in enumerate(entities)}
    gold: dict[tuple[int, int], str] = {}
    emap = doc.entity_map()
    for rel in doc.relations:
        if rel.head not in emap or rel.tail not in emap:
            continue
        h, t = index_of[id(emap[rel.head])], index_of[id(emap[rel.tail])]
        gold[(h, t)] = rel.type
        if schema.has_relation(rel.type) and schema.relation(rel.type).symmetric:
            gold[(t, h)] = rel.type
    candidates = candidate_fn(doc.text, entities, schema) if doc.annotates_relations else []
    partial = partial_label_sets(doc, schema, label2id)
    pair_row = pair_rows(doc, entities) if pair_rows is not None else None
    markers = marker_ids(len(enc), [(span[0], span[1], type2id[ent.type]) for ent, span in zip(entities, spans)
                                    if span is not None]) if entity_markers else []
    features = []
    for w in enc.windows:
        n = w.end - w.start
        labels = [label2id["O"]] * n
        allowed = [partial.outside] * n if partial is not None else None
        proclitics = [-100] * n
        inside = []
        for i, (ent, span) in enumerate(zip(entities, spans)):
            if span is None or span[1] < w.start or span[0] >= w.end:
                continue
            first, last = max(span[0], w.start), min(span[1], w.end - 1)
            for tok in range(first, last + 1):
                prefix = "B-" if tok == span[0] else "I-"
                labels[tok - w.start] = label2id[prefix + ent.type]
                if allowed is not None:
                    allowed[tok - w.start] = [label2id[prefix + t] for t in (ent.type, *ent.alternatives)]
            if span[0] >= w.start:
                k = proclitic_label(doc.text, ent, max_proclitic)
                proclitics[span[0] - w.start] = -100 if k is None else k
            if w.contains(*span):
                inside.append(i)
        for start, end, etype in doc.unlabelled_may_be:  # unlabelled words that may be a one-word mention
            span = token_span(enc, Entity("", etype, start, end, doc.text[start:end]))
            if span is None or span[1] < w.start or span[0] >= w.end:
                continue
            for tok in range(max(span[0], w.start), min(span[1], w.end - 1) + 1):
                if labels[tok - w.start] != label2id["O"]:
                    continue
                if allowed is None:
                    allowed = [[label] for label in labels]
                extra = label2id[("B-" if tok == span[0] else "I-") + etype]
                allowed[tok - w.start] = list(dict.fromkeys(allowed[tok - w.start] + [label2id["O"], extra]))
        inside_set = set(inside)
        pairs, pair_types, pair_labels = [], [], []
        for h, t in candidates:
            if h in inside_set and t in inside_set:
                (hs, he), (ts, te) = spans[h], spans[t]
                pairs.append([hs + 1 - w.start, he + 1 - w.start, ts + 1 - w.start, te + 1 - w.start])
                row = [type2id[entities[h].type], type2id[entities[t].type]]
                if pair_row is not None:
                    row += pair_row(h, t)
                pair_types.append(row)
                pair_labels.append(rel2id.get(gold.get((h, t), ""), 0))
        ids = [tokenizer.cls_token_id] + enc.input_ids[w.start:w.end] + [tokenizer.sep_token_id]
        feature = {
            "input_ids": ids,
            "labels": [-100] + labels + [-100],
            "proclitic_labels": [-100] + proclitics + [-100],
            "pairs": pairs,
            "pair_types": pair_types,
            "pair_labels": pair_labels,
        }
        if tags is not None:
            feature["token_tags"] = [0] + tags[w.start:w.end] + [0]
        if rows is not None:
            feature["word_rows"] = [0] + rows[w.start:w.end] + [0]
        if allowed is not None:
            feature["allowed_labels"] = [[]] + allowed + [[]]
        if entity_markers:
            feature["entity_markers"] = [0] + markers[w.start:w.end] + [0]
        features.append(feature)
    return features, report


def marker_ids(n_tokens: int, spans: Sequence[tuple[int, int, int]]) -> list[int]:
    """Entity marker id per subword for mention token spans ``(first, last, type id)``: 0 outside a mention,
    ``1 + 2 * type`` on its first subword, ``2 + 2 * type`` on the others (``ArabicIEConfig.relation_markers``)."""
    out = [0] * n_tokens
    for first, last, type_id in spans:
        for tok in range(max(first, 0), min(last, n_tokens - 1) + 1):
            out[tok] = (1 if tok == first else 2) + 2 * type_id
    return out


@dataclass
class PartialLabels:
    """The labels a token of a partially annotated document may have: ``outside`` for an unlabelled token (O and
    the B-/I- labels of every type its corpus does not annotate)."""

    outside: list[int]


def partial_label_sets(doc: Document, schema: Schema, label2id: dict[str, int]) -> PartialLabels | None:
    """None for a fully annotated document (every schema type annotated, no coarse tags)."""
    unannotated = [t for t in schema.entity_types if doc.annotated_types is not None and t not in doc.annotated_types]
    if not unannotated and not any(e.alternatives for e in doc.entities):
        return None
    return PartialLabels([label2id["O"]] + [label2id[f"{p}-{t}"] for t in unannotated for p in "BI"])


def allowed_label_mask(features: list[dict[str, Any]], labels, n_labels: int | None):
    """``(B, T, L)`` booleans: the labels each token may have (its gold label alone where the window is fully
    annotated)."""
    import torch

    if not n_labels:
        raise ValueError("collate: n_labels is required for partially annotated windows")
    mask = torch.zeros(*labels.shape, n_labels, dtype=torch.bool)
    gold = labels.clamp(min=0).unsqueeze(-1)
    mask.scatter_(-1, gold, (labels != -100).unsqueeze(-1))
    for b, f in enumerate(features):
        for t, ids in enumerate(f.get("allowed_labels", ())):
            if ids:
                mask[b, t, ids] = True
    return mask


def collate(features: list[dict[str, Any]], pad_token_id: int = 0, n_labels: int | None = None) -> dict[str, Any]:
    """Pad a batch of window features into tensors (pairs padded with label -100); windows of partially
    annotated documents add ``allowed_labels`` (``n_labels`` wide), windows with a ``style_id`` the ``style_ids``
    of their entity heads."""
    import torch

    max_len = max(len(f["input_ids"]) for f in features)
    max_pairs = max(len(f["pairs"]) for f in features)
    widths = {len(row) for f in features for row in f["pair_types"]}
    if len(widths) > 1:
        raise ValueError(f"pair_types rows of different widths in one batch: {sorted(widths)}")
    pair_width = widths.pop() if widths else 2
    batch: dict[str, Any] = {"input_ids": [], "attention_mask": [], "labels": [], "proclitic_labels": [],
                             "pairs": [], "pair_types": [], "pair_labels": []}
    for f in features:
        pad = max_len - len(f["input_ids"])
        batch["input_ids"].append(f["input_ids"] + [pad_token_id] * pad)
        batch["attention_mask"].append([1] * len(f["input_ids"]) + [0] * pad)
        batch["labels"].append(f["labels"] + [-100] * pad)
        batch["proclitic_labels"].append(f["proclitic_labels"] + [-100] * pad)
        p = max_pairs - len(f["pairs"])
        batch["pairs"].append(f["pairs"] + [[0, 0, 0, 0]] * p)
        batch["pair_types"].append(f["pair_types"] + [[0] * pair_width] * p)
        batch["pair_labels"].append(f["pair_labels"] + [-100] * p)
    if all("token_tags" in f for f in features):
        batch["token_tags"] = [f["token_tags"] + [0] * (max_len - len(f["token_tags"])) for f in features]
    if all("word_rows" in f for f in features):
        batch["word_rows"] = [f["word_rows"] + [0] * (max_len - len(f["word_rows"])) for f in features]
    if all("entity_markers" in f for f in features):
        batch["entity_markers"] = [f["entity_markers"] + [0] * (max_len - len(f["entity_markers"])) for f in features]
    if all("style_id" in f for f in features):
        batch["style_ids"] = [f["style_id"] for f in features]
    out = {k: torch.tensor(v, dtype=torch.long) for k, v in batch.items()}
    if any("allowed_labels" in f for f in features):
        out["allowed_labels"] = allowed_label_mask(features, out["labels"], n_labels)
    if max_pairs == 0:
        out["pairs"] = torch.zeros(len(features), 0, 4, dtype=torch.long)
        out["pair_types"] = torch.zeros(len(features), 0, pair_width, dtype=torch.long)
        out["pair_labels"] = torch.zeros(len(features), 0, dtype=torch.long)
    return out
