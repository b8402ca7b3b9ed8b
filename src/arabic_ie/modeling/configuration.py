"""`ArabicIEConfig`: everything a trained directory needs to describe itself."""

from __future__ import annotations

from typing import Any

from transformers import PretrainedConfig

from ..schema import SEED_SCHEMA, Schema


class ArabicIEConfig(PretrainedConfig):
    """Config of :class:`ArabicIEModel`.

    Holds the encoder's own config (``encoder``), the annotation schema (entity and relation
    labels with their argument rules), windowing (``window_size`` tokens per window, ``window_overlap``
    tokens shared by consecutive windows), the relation head's shape and the normalization settings of the tokenizer.
    ``id2label``/``label2id`` are the BIO entity labels; ``relation_labels`` starts with ``NONE``.
    ``lexicon`` (``surface -> type``, the training mentions) switches on the lexicon input feature;
    ``None`` means the model reads text only. ``token_mask_prob`` is the share of input subwords replaced
    by ``mask_token_id`` during training (word dropout: the model must also read context and lexicon).
    ``entity_threshold``: predicted entities whose score (mean probability of their tokens' labels) is
    lower are dropped; training can tune it on the dev documents. ``relation_none_weight`` weighs the
    ``NONE`` class in the relation loss (below 1: candidate pairs without a relation count less).
    ``relation_threshold``: only the relation types the schema allows for a pair's argument types compete;
    0 keeps the most probable of them when it beats ``NONE``, above 0 a pair gets it whenever its
    probability reaches the threshold (training can tune it
    on the dev documents: a small corpus leaves the relation head too shy of anything but ``NONE``).
    ``pair_features`` gives the relation head four categorical features per pair (order, same sentence,
    mentions between, pair lexicon; see :mod:`.pair_features`); ``pair_lexicon``
    (``"head<TAB>tail" -> label``) is the training pairs' lexicon it reads.
    ``relation_classifier`` picks the head that labels pairs: ``neural``, ``linear`` (a logistic regression
    over sparse pair features whose vocabulary is ``relation_feature_names``; see :mod:`.relation_linear`)
    or ``ensemble`` (the mean of both heads' probabilities).
    ``entity_ensemble``: ``none`` (the transformer's entities) or ``vote`` (an entity is kept when two of
    three taggers agree on its span and type: the transformer, the ``lexicon`` and a CRF whose CRFsuite
    model, ``entity_crf_bytes`` long, is the ``entity_crf`` buffer in ``model.safetensors``; see
    :mod:`.entity_vote`).
    ``lexicon_variants``: the lexicon (feature and voter) also matches spelling and inflection variants of
    its names (:meth:`~.lexicon.Lexicon.match_variants`). ``entity_patterns``: DATE, MONEY and PERCENT
    spans found by the rules of :mod:`.patterns` replace the model's overlapping entities of those types.
    ``entity_propagation``: the kept names are found again wherever their document repeats them
    (:func:`~.entity_vote.propagate_entities`). ``entity_compounds``: a kept name preceded by a head word
    that the ``lexicon`` teaches (الحرب + الأوكرانية -> EVENT) becomes the compound name (:mod:`.compounds`).
    """

    model_type = "arabic_ie"

    def __init__(
        self,
        encoder: dict[str, Any] | None = None,
        schema: dict[str, Any] | None = None,
        window_size: int = 256,
        window_overlap: int = 64,
        span_dim: int = 256,
        type_embedding_dim: int = 32,
        distance_buckets: int = 12,
        max_proclitic: int = 3,
        classifier_dropout: float = 0.1,
        entity_loss_weight: float = 1.0,
        relation_loss_weight: float = 1.0,
        normalization: dict[str, Any] | None = None,
        base_checkpoint: str | None = None,
        lexicon: dict[str, str] | None = None,
        token_mask_prob: float = 0.0,
        entity_threshold: float = 0.0,
        relation_none_weight: float = 1.0,
        mask_token_id: int | None = None,
        relation_threshold: float = 0.0,
        pair_features: bool = False,
        pair_lexicon: dict[str, str] | None = None,
        relation_classifier: str = "neural",
        relation_feature_names: list[str] | None = None,
        entity_ensemble: str = "none",
        entity_crf_bytes: int = 0,
        lexicon_variants: bool = False,
        entity_patterns: bool = False,
        entity_propagation: bool = False,
        entity_compounds: bool = False,
        **kwargs: Any,
    ):
        schema_obj = Schema.from_dict(schema) if schema else SEED_SCHEMA
        labels = schema_obj.bio_labels()
        kwargs.setdefault("id2label", dict(enumerate(labels)))
        kwargs.setdefault("label2id", {label: i for i, label in enumerate(labels)})
        super().__init__(**kwargs)
        self.encoder = encoder or {}
        self.schema = schema_obj.to_dict()
        self.window_size = window_size
        self.window_overlap = window_overlap
        self.span_dim = span_dim
        self.type_embedding_dim = type_embedding_dim
        self.distance_buckets = distance_buckets
        self.max_proclitic = max_proclitic
        self.classifier_dropout = classifier_dropout
        self.entity_loss_weight = entity_loss_weight
        self.relation_loss_weight = relation_loss_weight
        self.normalization = normalization or {}
        self.base_checkpoint = base_checkpoint
        self.lexicon = lexicon
        self.token_mask_prob = token_mask_prob
        self.entity_threshold = entity_threshold
        self.relation_none_weight = relation_none_weight
        self.mask_token_id = mask_token_id
        self.relation_threshold = relation_threshold
        self.pair_features = pair_features
        self.pair_lexicon = pair_lexicon
        self.relation_classifier = relation_classifier
        self.relation_feature_names = relation_feature_names
        self.entity_ensemble = entity_ensemble
        self.entity_crf_bytes = entity_crf_bytes
        self.lexicon_variants = lexicon_variants
        self.entity_patterns = entity_patterns
        self.entity_propagation = entity_propagation
        self.entity_compounds = entity_compounds

    @property
    def schema_obj(self) -> Schema:
        return Schema.from_dict(self.schema)

    @property
    def uses_lexicon(self) -> bool:
        return self.lexicon is not None

    @property
    def entity_types(self) -> list[str]:
        return list(self.schema["entity_types"])

    @property
    def relation_labels(self) -> list[str]:
        return ["NONE"] + [r["name"] for r in self.schema["relation_types"]]
