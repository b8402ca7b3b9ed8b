"""Pair features of the relation head: structural cues and what the training documents said about the same names.

With the ``pair_features`` booster every candidate pair ``(head, tail)`` gets four categorical ids, each
embedded by the relation head next to the span states:

* ``order``: 0 if the head mention comes first, 1 otherwise (the guidelines' ROLE mostly points back,
  VISIT forward);
* ``sentence``: 0 if both mentions lie in one sentence, 1 if a sentence end separates them;
* ``between``: how many other mentions lie between them (0, 1, 2, 3 or more; the guidelines link the
  closest mentions);
* ``pair lexicon``: what the training documents said about a pair with the same two surfaces: 0 never
  seen as a candidate, 1 seen only without a relation, ``1 + k`` seen with relation type ``k`` (1-based,
  schema order; the most frequent one). As with the entity lexicon, a training document is tagged from
  the *other* training documents (``exclude``), so the model learns how far the lexicon can be trusted.
"""

from __future__ import annotations

import bisect
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Iterable, Sequence

from ..core.candidates import CandidateFn, schema_candidates
from ..core.hooks import PairRow
from ..data.document import Document, Entity
from ..data.segment import sentences
from ..schema import Schema
from .base import Booster, BoosterError, FitContext, register

NONE = "NONE"
BETWEEN_BUCKETS = 4
N_FEATURES = 4  # ids per pair after the two entity type ids
_SEPARATOR = "\t"


def feature_sizes(n_relations: int) -> list[int]:
    """Number of ids of each pair feature: order, sentence, between, pair lexicon."""
    return [2, 2, BETWEEN_BUCKETS, 2 + n_relations]


def gold_pairs(doc: Document, schema: Schema) -> tuple[list[Entity], dict[tuple[int, int], str]]:
    """``doc``'s mentions sorted by start, and the gold relation type of each index pair (symmetric types
    in both directions)."""
    entities = sorted(doc.entities, key=lambda e: e.start)
    index_of = {e.id: i for i, e in enumerate(entities)}
    gold: dict[tuple[int, int], str] = {}
    for rel in doc.relations:
        if rel.head not in index_of or rel.tail not in index_of:
            continue
        h, t = index_of[rel.head], index_of[rel.tail]
        gold[(h, t)] = rel.type
        if schema.has_relation(rel.type) and schema.relation(rel.type).symmetric:
            gold[(t, h)] = rel.type
    return entities, gold


def gold_pair_labels(doc: Document, schema: Schema, candidate_fn: CandidateFn = schema_candidates
                     ) -> list[tuple[str, str, str]]:
    """``(head surface, tail surface, label)`` of every candidate pair of ``doc``'s gold mentions.

    The label is the gold relation type (symmetric types in both directions) or ``NONE``.
    """
    entities, gold = gold_pairs(doc, schema)
    return [(entities[h].text, entities[t].text, gold.get((h, t), NONE))
            for h, t in candidate_fn(doc.text, entities, schema)]


class PairLexicon:
    """Label counts of candidate pairs by their two surfaces, from gold documents."""

    def __init__(self, counts: dict[tuple[str, str], Counter] | None = None) -> None:
        self.counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
        for key, labels in (counts or {}).items():
            self.counts[key].update(labels)

    @staticmethod
    def document_counts(doc: Document, schema: Schema, candidate_fn: CandidateFn = schema_candidates
                        ) -> dict[tuple[str, str], Counter]:
        counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
        for head, tail, label in gold_pair_labels(doc, schema, candidate_fn):
            counts[(head, tail)][label] += 1
        return counts

    @classmethod
    def fit(cls, documents: Iterable[Document], schema: Schema,
            candidate_fn: CandidateFn = schema_candidates) -> "PairLexicon":
        lexicon = cls()
        for doc in documents:
            for key, labels in cls.document_counts(doc, schema, candidate_fn).items():
                lexicon.counts[key].update(labels)
        return lexicon

    def __len__(self) -> int:
        return len(self.counts)

    @staticmethod
    def label_of(labels: Counter) -> str | None:
        """The most frequent relation type (ties: alphabetical), ``NONE`` if only seen without one."""
        relations = {k: v for k, v in labels.items() if k != NONE and v > 0}
        if relations:
            return min(relations.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        return NONE if labels.get(NONE, 0) > 0 else None

    def label(self, head: str, tail: str, exclude: dict[tuple[str, str], Counter] | None = None) -> str | None:
        """What the lexicon says about the pair (``None``: never seen)."""
        labels = self.counts.get((head, tail))
        if not labels:
            return None
        if exclude and (head, tail) in exclude:
            labels = labels - exclude[(head, tail)]
        return self.label_of(labels)

    def to_config(self) -> dict[str, str]:
        """``"head<TAB>tail" -> label``, sorted for stable config files."""
        out = {}
        for (head, tail), labels in sorted(self.counts.items()):
            label = self.label_of(labels)
            if label is not None:
                out[f"{head}{_SEPARATOR}{tail}"] = label
        return out

    @classmethod
    def from_config(cls, entries: dict[str, str]) -> "PairLexicon":
        counts = {}
        for key, label in entries.items():
            head, _, tail = key.partition(_SEPARATOR)
            counts[(head, tail)] = Counter({label: 1})
        return cls(counts)


class PairFeaturizer:
    """Pair feature ids for mentions of one text (``entities`` sorted by start, indices into that list)."""

    def __init__(self, text: str, entities: Sequence[Entity], relation_names: Sequence[str],
                 lexicon: PairLexicon | None = None, exclude: dict[tuple[str, str], Counter] | None = None) -> None:
        self.entities = entities
        starts = [s.start for s in sentences(text)]
        self.sentence_of = [bisect.bisect_right(starts, e.start) - 1 for e in entities]
        self.lexicon = lexicon
        self.exclude = exclude
        self.relation_ids = {name: k + 1 for k, name in enumerate(relation_names)}

    def row(self, h: int, t: int) -> list[int]:
        """``[order, sentence, between, pair lexicon]`` for the pair of mentions ``h`` -> ``t``."""
        order = 0 if h < t else 1
        sentence = 0 if self.sentence_of[h] == self.sentence_of[t] else 1
        between = min(abs(h - t) - 1, BETWEEN_BUCKETS - 1)
        tag = 0
        if self.lexicon is not None:
            label = self.lexicon.label(self.entities[h].text, self.entities[t].text, self.exclude)
            if label is not None:  # NONE (or a type this schema lacks) -> 1
                tag = 1 + self.relation_ids.get(label, 0)
        return [order, sentence, between, tag]


def load_pair_lexicon(path: Path) -> PairLexicon:
    """A pair lexicon written by :meth:`PairLexicon.to_config` as JSON."""
    entries = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(entries, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in entries.items()):
        raise BoosterError(f"{path}: expected a mapping of 'head<TAB>tail' -> relation type")
    return PairLexicon.from_config(entries)


def save_pair_lexicon(lexicon: PairLexicon, path: Path) -> None:
    Path(path).write_text(json.dumps(lexicon.to_config(), ensure_ascii=False, indent=0), encoding="utf-8")


@register
class PairFeaturesBooster(Booster):
    """Order, same sentence, mentions between and the training pairs' lexicon tag, embedded by the relation head."""

    name = "pair_features"
    fit_stage = "before"
    FILE = "pair_lexicon.json"

    def __init__(self, **params: Any) -> None:
        super().__init__(**params)
        self.lexicon = PairLexicon()
        self.candidate_fn: CandidateFn = schema_candidates

    def fit(self, documents: Sequence[Document], context: FitContext) -> dict[str, Any]:
        self.candidate_fn = context.candidate_fn
        self.lexicon = PairLexicon.fit(documents, context.schema, context.candidate_fn)
        self.fitted = True
        return {"pairs": len(self.lexicon)}

    def save(self, directory: Path) -> list[str]:
        save_pair_lexicon(self.lexicon, Path(directory) / self.FILE)
        return [self.FILE]

    def load(self, directory: Path) -> None:
        self.lexicon = load_pair_lexicon(Path(directory) / self.FILE)
        self.fitted = True

    def describe(self) -> str:
        return ("the relation head also reads each pair's order, same-sentence flag, mentions between and the tag "
                f"of a lexicon of {len(self.lexicon):,} training surface pairs (`{self.FILE}`)")

    def pair_feature_sizes(self, schema: Schema) -> list[int]:
        return feature_sizes(len(schema.relation_types))

    def pair_rows(self, text: str, entities: Sequence[Entity], own: Document | None = None) -> PairRow:
        exclude = PairLexicon.document_counts(own, self.schema, self.candidate_fn) if own is not None else None
        return PairFeaturizer(text, entities, self.schema.relation_names, self.lexicon, exclude).row
