"""A log-linear relation classifier over sparse pair features, beside the neural relation head.

Four annotated articles hold about a hundred relations: too few for the neural head to learn that
"وصل بوتين إلى هانوي" is a visit whatever the names. A logistic regression over indicator features
(entity types, order, mentions between, same sentence, the words between and just before the pair, the
pair lexicon's tag) generalizes better from so little. It is fit with scikit-learn after the neural
training and stored in its own files (feature names in JSON, weights in safetensors). ``mode`` says which
head decides: ``linear`` or ``ensemble`` (the mean of both heads' probabilities).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

import torch
import torch.nn.functional as F

from ..core.candidates import CandidateFn, schema_candidates
from ..core.hooks import DocumentView
from ..data.document import Document, Entity
from ..data.segment import words
from ..schema import Schema
from .base import Booster, BoosterError, FitContext, register
from .pair_features import PairFeaturizer, PairLexicon, gold_pairs, load_pair_lexicon, save_pair_lexicon
MAX_BETWEEN_WORDS = 8
_CONJUNCTIONS = "وف"


def _word_key(word: str) -> str:
    """A word without a leading و/ف conjunction (kept on short words, which are often whole words)."""
    return word[1:] if len(word) > 3 and word[0] in _CONJUNCTIONS else word


def pair_feature_names(text: str, entities: Sequence[Entity], h: int, t: int, featurizer: PairFeaturizer) -> list[str]:
    """Indicator features of the candidate pair ``h -> t`` (indices into ``entities``, sorted by start)."""
    head, tail = entities[h], entities[t]
    first, second = (head, tail) if head.start < tail.start else (tail, head)
    order, sentence, between, tag = featurizer.row(h, t)
    types = f"{head.type}>{tail.type}"
    names = [f"types={types}", f"order={order}", f"order|types={order}|{types}", f"sentence={sentence}",
             f"between={between}", f"between|types|order={between}|{types}|{order}", f"tag={tag}",
             f"tag|types={tag}|{types}"]
    inner = words(text, first.end, second.start)
    names.append(f"words_between={min(len(inner), 10)}")
    if len(inner) <= MAX_BETWEEN_WORDS:
        names += [f"between_word={_word_key(text[w.start:w.end])}" for w in inner]
    else:
        names.append("far")
    before = words(text, max(0, first.start - 30), first.start)[-2:]
    names += [f"before_word={_word_key(text[w.start:w.end])}" for w in before]
    return names


def document_pairs(doc: Document, schema: Schema, candidate_fn: CandidateFn, pair_lexicon: PairLexicon | None,
                   leave_own_out: bool) -> tuple[list[list[str]], list[str]]:
    """Feature names and gold label (relation type or ``NONE``) of every candidate pair of a gold document."""
    entities, gold = gold_pairs(doc, schema)
    exclude = PairLexicon.document_counts(doc, schema, candidate_fn) if pair_lexicon is not None and leave_own_out \
        else None
    featurizer = PairFeaturizer(doc.text, entities, schema.relation_names, pair_lexicon, exclude)
    features, labels = [], []
    for h, t in candidate_fn(doc.text, entities, schema):
        features.append(pair_feature_names(doc.text, entities, h, t, featurizer))
        labels.append(gold.get((h, t), "NONE"))
    return features, labels


@dataclass
class LinearRelationHead:
    """Feature vocabulary, weights ``(F + 1, R)`` (row 0: no feature) and bias ``(R,)`` of the linear head."""

    feature_names: list[str]
    weight: torch.Tensor
    bias: torch.Tensor

    def __post_init__(self) -> None:
        self.index = {name: i + 1 for i, name in enumerate(self.feature_names)}

    def logits(self, feature_names: list[list[str]]) -> torch.Tensor:
        """Logits ``(P, R)`` for pairs given by their feature names (unknown names ignored)."""
        ids: list[int] = []
        offsets: list[int] = []
        for names in feature_names:
            offsets.append(len(ids))
            ids += sorted({self.index[n] for n in names if n in self.index}) or [0]
        out = F.embedding_bag(torch.tensor(ids, dtype=torch.long), self.weight,
                              torch.tensor(offsets, dtype=torch.long), mode="sum")
        return out + self.bias


def fit_linear_relation_head(documents: Sequence[Document], schema: Schema,
                             candidate_fn: CandidateFn = schema_candidates, pair_lexicon: PairLexicon | None = None,
                             c: float = 3.0, seed: int = 0) -> tuple[LinearRelationHead, dict]:
    """Fit the logistic regression on the gold pairs of ``documents``.

    Each document's pair lexicon tags leave out its own pairs, as at test time.
    """
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    rows, labels = [], []
    for doc in documents:
        f, y = document_pairs(doc, schema, candidate_fn, pair_lexicon, leave_own_out=True)
        rows += f
        labels += y
    vocab = sorted({name for row in rows for name in row})
    index = {name: i for i, name in enumerate(vocab)}
    relation_labels = ["NONE"] + list(schema.relation_names)
    weight = torch.zeros(len(vocab) + 1, len(relation_labels))
    bias = torch.full((len(relation_labels),), -30.0)  # a type never seen in training is never predicted
    info = {"pairs": len(rows), "features": len(vocab), "c": c,
            "labels": {label: labels.count(label) for label in relation_labels if label in labels}}
    if len(set(labels)) < 2:  # nothing to learn: the head keeps predicting its one class
        if labels:
            bias[relation_labels.index(labels[0])] = 0.0
        return LinearRelationHead(vocab, weight, bias), info
    data, col, ptr = [], [], [0]
    for row in rows:
        ids = sorted({index[name] for name in row})
        col += ids
        data += [1.0] * len(ids)
        ptr.append(len(col))
    x = csr_matrix((data, col, ptr), shape=(len(rows), len(vocab)))
    clf = LogisticRegression(C=c, max_iter=5000, random_state=seed).fit(x, labels)
    coef, intercept = clf.coef_, clf.intercept_
    if len(clf.classes_) == 2:  # binary: sklearn keeps one row, the logit of the second class
        coef = torch.cat([torch.zeros(1, coef.shape[1], dtype=torch.float64), torch.as_tensor(coef)]).numpy()
        intercept = [0.0, float(intercept[0])]
    for k, cls in enumerate(clf.classes_):
        j = relation_labels.index(cls)
        weight[1:, j] = torch.as_tensor(coef[k], dtype=torch.float32)
        bias[j] = float(intercept[k])
    return LinearRelationHead(vocab, weight, bias), info


MODES = ("linear", "ensemble")


@register
class LinearRelationBooster(Booster):
    """A logistic regression over sparse pair features labels relation candidates, alone or averaged with the
    neural head; it keeps its own lexicon of training pairs."""

    name = "relation_linear"
    fit_stage = "after"
    defaults = {"mode": "ensemble", "c": 3.0}
    WEIGHTS, FEATURES, PAIRS = "relation_linear.safetensors", "relation_linear_features.json", "relation_linear_pairs.json"

    def __init__(self, **params: Any) -> None:
        super().__init__(**params)
        if self.params["mode"] not in MODES:
            raise BoosterError(f"booster relation_linear: mode must be one of {', '.join(MODES)}, "
                               f"got {self.params['mode']!r}")
        if self.params["c"] <= 0:
            raise BoosterError(f"booster relation_linear: c must be positive, got {self.params['c']}")
        self.head: LinearRelationHead | None = None
        self.pair_lexicon = PairLexicon()
        self.info: dict[str, Any] = {}

    def fit(self, documents: Sequence[Document], context: FitContext) -> dict[str, Any]:
        self.pair_lexicon = PairLexicon.fit(documents, context.schema, context.candidate_fn)
        self.head, self.info = fit_linear_relation_head(documents, context.schema, context.candidate_fn,
                                                        self.pair_lexicon, c=self.params["c"], seed=context.seed)
        self.fitted = True
        return self.info

    def save(self, directory: Path) -> list[str]:
        from safetensors.torch import save_file

        directory = Path(directory)
        save_file({"weight": self.head.weight.contiguous(), "bias": self.head.bias.contiguous()},
                  str(directory / self.WEIGHTS))
        (directory / self.FEATURES).write_text(json.dumps(self.head.feature_names, ensure_ascii=False, indent=0),
                                               encoding="utf-8")
        save_pair_lexicon(self.pair_lexicon, directory / self.PAIRS)
        return [self.WEIGHTS, self.FEATURES, self.PAIRS]

    def load(self, directory: Path) -> None:
        from safetensors.torch import load_file

        directory = Path(directory)
        tensors = load_file(str(directory / self.WEIGHTS))
        names = json.loads((directory / self.FEATURES).read_text(encoding="utf-8"))
        n_labels = 1 + len(self.schema.relation_types)
        weight, bias = tensors.get("weight"), tensors.get("bias")
        if not isinstance(names, list) or weight is None or bias is None \
                or tuple(weight.shape) != (len(names) + 1, n_labels) or tuple(bias.shape) != (n_labels,):
            raise BoosterError(f"{directory / self.WEIGHTS}: weights do not fit {len(names)} features and "
                               f"{n_labels} relation labels")
        if not (torch.isfinite(weight).all() and torch.isfinite(bias).all()):
            raise BoosterError(f"{directory / self.WEIGHTS}: weights hold NaN or infinite values")
        self.head = LinearRelationHead(names, weight.float(), bias.float())
        self.pair_lexicon = load_pair_lexicon(directory / self.PAIRS)
        self.fitted = True

    def describe(self) -> str:
        n = len(self.head.feature_names) if self.head is not None else 0
        how = "averaged with the neural head's" if self.params["mode"] == "ensemble" else "instead of the neural head's"
        return (f"a logistic regression (C={self.params['c']}) over {n:,} sparse pair features (types, order, "
                f"mentions and words between, the two words before, same sentence, pair lexicon tag); its "
                f"probabilities are {how}")

    def relation_probs(self, view: DocumentView, entities: Sequence[Entity], pairs: Sequence[tuple[int, int]],
                       probs: torch.Tensor) -> torch.Tensor:
        featurizer = view.cache.get("relation_linear.featurizer")
        if featurizer is None or featurizer.entities is not entities:
            featurizer = PairFeaturizer(view.text, entities, self.schema.relation_names, self.pair_lexicon)
            view.cache["relation_linear.featurizer"] = featurizer
        names = [pair_feature_names(view.text, entities, h, t, featurizer) for h, t in pairs]
        linear = self.head.logits(names).float().softmax(-1)
        return linear if self.params["mode"] == "linear" else (probs + linear) / 2
