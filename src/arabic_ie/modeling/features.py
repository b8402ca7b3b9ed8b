"""Training features: per window, BIO labels, proclitic labels and labelled relation candidates."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

from ..data.document import Document, Entity
from ..schema import Schema
from .candidates import CandidateFn, schema_candidates
from .lexicon import Lexicon, token_lexicon_tags
from .pair_features import PairFeaturizer, PairLexicon
from .windows import DocumentEncoding, encode_document, is_reachable, proclitic_label


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


def token_span(encoding: DocumentEncoding, entity: Entity) -> tuple[int, int] | None:
    """First/last subword overlapping the entity, via binary search on token starts."""
    starts, ends = encoding.bounds()
    first = bisect.bisect_right(ends, entity.start)
    if first >= len(encoding) or encoding.offsets[first][0] >= entity.end:
        return None
    last = bisect.bisect_left(starts, entity.end) - 1
    return first, max(first, last)


def window_features(doc: Document, tokenizer, schema: Schema, max_length: int, stride: int, max_proclitic: int,
                    candidate_fn: CandidateFn = schema_candidates, lexicon: Lexicon | None = None,
                    lexicon_exclude: dict | None = None, pair_features: bool = False,
                    pair_lexicon: PairLexicon | None = None, pair_exclude: dict | None = None
                    ) -> tuple[list[dict[str, Any]], AlignmentReport]:
    """One feature dict per window of ``doc``, and the alignment report of its gold entities.

    With a ``lexicon`` each window also gets ``lexicon_ids`` (the lexicon's BIO tag per token), from
    matches in which ``lexicon_exclude`` (the document's own mentions, for training documents) is left out.
    With ``pair_features`` each pair's ``pair_types`` row also holds its pair feature ids, the pair
    lexicon's counts less ``pair_exclude`` (the document's own pairs, for training documents).
    """
    enc = encode_document(doc.text, tokenizer, max_length, stride)
    lexicon_tags = None
    if lexicon is not None:
        lexicon_tags = token_lexicon_tags(enc.offsets, lexicon.find(doc.text, exclude=lexicon_exclude),
                                          schema.entity_types)
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
    candidates = candidate_fn(doc.text, entities, schema)
    featurizer = PairFeaturizer(doc.text, entities, schema.relation_names, pair_lexicon, pair_exclude) \
        if pair_features else None
    features = []
    for w in enc.windows:
        n = w.end - w.start
        labels = [label2id["O"]] * n
        proclitics = [-100] * n
        inside = []
        for i, (ent, span) in enumerate(zip(entities, spans)):
            if span is None or span[1] < w.start or span[0] >= w.end:
                continue
            first, last = max(span[0], w.start), min(span[1], w.end - 1)
            for tok in range(first, last + 1):
                labels[tok - w.start] = label2id[("B-" if tok == span[0] else "I-") + ent.type]
            if span[0] >= w.start:
                k = proclitic_label(doc.text, ent, max_proclitic)
                proclitics[span[0] - w.start] = -100 if k is None else k
            if w.contains(*span):
                inside.append(i)
        inside_set = set(inside)
        pairs, pair_types, pair_labels = [], [], []
        for h, t in candidates:
            if h in inside_set and t in inside_set:
                (hs, he), (ts, te) = spans[h], spans[t]
                pairs.append([hs + 1 - w.start, he + 1 - w.start, ts + 1 - w.start, te + 1 - w.start])
                row = [type2id[entities[h].type], type2id[entities[t].type]]
                if featurizer is not None:
                    row += featurizer.row(h, t)
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
        if lexicon_tags is not None:
            feature["lexicon_ids"] = [0] + lexicon_tags[w.start:w.end] + [0]
        features.append(feature)
    return features, report


def collate(features: list[dict[str, Any]], pad_token_id: int = 0) -> dict[str, Any]:
    """Pad a batch of window features into tensors (pairs padded with label -100)."""
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
    if all("lexicon_ids" in f for f in features):
        batch["lexicon_ids"] = [f["lexicon_ids"] + [0] * (max_len - len(f["lexicon_ids"])) for f in features]
    out = {k: torch.tensor(v, dtype=torch.long) for k, v in batch.items()}
    if max_pairs == 0:
        out["pairs"] = torch.zeros(len(features), 0, 4, dtype=torch.long)
        out["pair_types"] = torch.zeros(len(features), 0, pair_width, dtype=torch.long)
        out["pair_labels"] = torch.zeros(len(features), 0, dtype=torch.long)
    return out
