"""A log-linear relation classifier over sparse pair features, beside the neural relation head.

Four annotated articles hold about a hundred relations: too few for the neural head to learn that
"وصل بوتين إلى هانوي" is a visit whatever the names. A logistic regression over indicator features
(entity types, order, mentions between, same sentence, the words between and just before the pair, the
pair lexicon's tag) generalizes better from so little. It is fit with scikit-learn after the neural
training (:func:`fit_linear_relation_head`) and runs in torch inside the model (an ``EmbeddingBag`` of
feature weights), so a model directory still needs nothing but ``config.json`` and its safetensors.
``config.relation_classifier`` says which head decides: ``neural``, ``linear`` or ``ensemble`` (the mean
of both heads' probabilities).
"""

from __future__ import annotations

from typing import Sequence

import torch

from ..data.document import Document, Entity
from ..data.segment import words
from ..schema import Schema
from .candidates import CandidateFn, schema_candidates
from .pair_features import PairFeaturizer, PairLexicon, gold_pairs

CLASSIFIERS = ("neural", "linear", "ensemble")
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


def fit_linear_relation_head(model, documents: Sequence[Document], schema: Schema,
                             candidate_fn: CandidateFn = schema_candidates, pair_lexicon: PairLexicon | None = None,
                             c: float = 3.0, seed: int = 0) -> dict:
    """Fit the logistic regression on the gold pairs of ``documents`` and load it into ``model``.

    Each document's pair lexicon tags leave out its own pairs, as at test time. Sets the model's
    ``relation_feature_names`` (the feature vocabulary) and its ``relation_linear`` weights.
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
    model.set_relation_linear(vocab)
    info = {"pairs": len(rows), "features": len(vocab), "c": c,
            "labels": {label: labels.count(label) for label in relation_labels if label in labels}}
    if len(set(labels)) < 2:  # nothing to learn: the head keeps predicting its one class
        with torch.no_grad():
            model.relation_linear_bias.fill_(-30.0)
            if labels:
                model.relation_linear_bias[relation_labels.index(labels[0])] = 0.0
        return info
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
    weight = torch.zeros(len(vocab) + 1, len(relation_labels))
    bias = torch.full((len(relation_labels),), -30.0)  # a type never seen in training is never predicted
    for k, cls in enumerate(clf.classes_):
        j = relation_labels.index(cls)
        weight[1:, j] = torch.as_tensor(coef[k], dtype=torch.float32)
        bias[j] = float(intercept[k])
    with torch.no_grad():
        model.relation_linear.weight.copy_(weight)
        model.relation_linear_bias.copy_(bias)
    return info


def linear_relation_logits(model, feature_names: list[list[str]], device: torch.device) -> torch.Tensor:
    """Logits ``(P, R)`` of the linear head for pairs given by their feature names (unknown names ignored)."""
    index = model.relation_feature_index
    ids: list[int] = []
    offsets: list[int] = []
    for names in feature_names:
        offsets.append(len(ids))
        ids += sorted({index[n] for n in names if n in index}) or [0]
    out = model.relation_linear(torch.tensor(ids, dtype=torch.long, device=device),
                                torch.tensor(offsets, dtype=torch.long, device=device))
    return out + model.relation_linear_bias
