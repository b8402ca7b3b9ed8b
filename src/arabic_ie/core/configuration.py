"""`ArabicIEConfig`: the configuration of the joint model, and nothing but configuration.

Learned data (lexicons, a CRF, a linear relation head) never lives here: plug-ins that need state save it in
their own files beside ``config.json`` (listed in the model directory by the layer that composes them).
"""

from __future__ import annotations

import re
from typing import Any

from transformers import PretrainedConfig

from ..schema import SEED_SCHEMA, Schema

#: Version of the model directory layout; 1 was the layout with learned data inside config.json.
FORMAT_VERSION = 2


_STYLE_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{0,39}$")


def check_entity_styles(styles: list[str]) -> list[str]:
    """``styles`` as a list of distinct names (letters, digits, ``_``, ``-``); ValueError names the bad one."""
    out: list[str] = []
    for name in styles:
        if not isinstance(name, str) or not _STYLE_NAME.match(name):
            raise ValueError(f"entity style {name!r}: a name of letters, digits, _ or - (starting with a letter)")
        if name in out:
            raise ValueError(f"entity style {name!r} is listed twice")
        out.append(name)
    return out


class ArabicIEConfig(PretrainedConfig):
    """Config of :class:`~arabic_ie.core.model.ArabicIEModel`.

    * ``encoder``: the encoder's own config; ``base_checkpoint``: where it came from.
    * ``schema``: entity and relation types with their argument rules; ``id2label`` are its BIO labels and
      ``relation_labels`` start with ``NONE``.
    * windowing: ``window_size`` subwords per window, ``window_overlap`` shared by consecutive windows.
    * heads: ``span_dim``, ``type_embedding_dim``, ``distance_buckets``, ``max_proclitic`` (0..N leading
      proclitic characters predicted per entity), ``classifier_dropout``.
    * losses: ``entity_loss_weight``, ``relation_loss_weight``, ``relation_none_weight`` (below 1: pairs without
      a relation count less); ``token_mask_prob`` of the labelled input subwords become ``mask_token_id`` in
      training (word dropout).
    * thresholds: entities whose mean label probability is below ``entity_threshold`` are dropped;
      ``relation_threshold`` above 0 labels a pair whenever its best allowed type reaches it (0: that type must
      beat ``NONE``). ``entity_o_bias`` is added to the log-probability of ``O`` before decoding: above 0 only the
      entities the model is surer of remain (precision), below 0 it finds more (recall); 0 leaves the probabilities
      as trained.
    * ``entity_decoding``: ``viterbi`` (the most probable BIO-valid sequence; no ``I-X`` without a ``B-X`` before
      it; the default: +2.6 to +5 F1 over ``argmax`` on every held-out dev part, docs/results.md) or ``argmax``
      (each subword's most probable BIO label).
    * generic input slots filled by plug-ins: ``token_tag_vocab`` ids per subword (0: none) embedded and
      added to the input embeddings, and ``pair_feature_sizes``: categorical features per relation
      candidate, each embedded next to the span states.
    * static word vectors: ``word_vector_count`` words of ``word_vector_dim`` (0: none); each subword reads the
      frozen vector of its word (vocabulary in the model directory's ``word_vocab.txt``), projected and added to
      the input embeddings; ``word_vector_fallback`` is the rule for a word missing from the vocabulary
      (``arabic_ie.lm.word_vectors.FALLBACK_RULES``; "all" for directories written before the key existed);
      a word still missing reads row 0 (``word_vector_oov: zero``) or the row of the known word nearest to its
      character n-gram vector (``nearest``, at cosine ``word_vector_oov_similarity`` or more; n-gram files in the
      model directory).
    * ``relation_markers``: relations are scored on a second encoder pass whose input marks every entity mention
      (a learned vector per type, one for a mention's first subword and one for the rest, added to the input
      embeddings), so the encoder sees where the mentions are and what they are before the pair head reads it
      (PURE's entity markers, all mentions of a window in one pass). Off: the pair head reads the entity pass.
    * ``entity_styles``: names of extra entity heads, one per annotation style of the training corpora (e.g.
      ``anercorp``, ``fane``: corpora whose guidelines draw spans differently from the schema's own). The encoder
      and the CRF are shared; each training window trains the head of its corpus's style (config key ``style`` of a
      dataset), and prediction uses the model's own head (``entity_classifier``) unless a style is chosen
      (``ArabicIEModel.use_style``). Empty: one head.
    * ``entity_crf``: a linear-chain CRF on the entity head (learned label transitions, trained on the allowed
      label paths of partially annotated corpora, ``arabic_ie.core.crf``); ``viterbi`` decoding adds its
      transitions to the BIO rules. Off: each subword's label is trained on its own.
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
        relation_none_weight: float = 1.0,
        token_mask_prob: float = 0.0,
        mask_token_id: int | None = None,
        entity_threshold: float = 0.0,
        relation_threshold: float = 0.0,
        entity_o_bias: float = 0.0,
        entity_decoding: str = "viterbi",
        token_tag_vocab: int = 0,
        pair_feature_sizes: list[int] | None = None,
        word_vector_count: int = 0,
        word_vector_dim: int = 0,
        word_vector_fallback: str = "all",
        word_vector_oov: str = "zero",
        word_vector_oov_similarity: float = 0.6,
        relation_markers: bool = False,
        entity_crf: bool = False,
        entity_styles: list[str] | None = None,
        normalization: dict[str, Any] | None = None,
        base_checkpoint: str | None = None,
        format_version: int = FORMAT_VERSION,
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
        self.relation_none_weight = relation_none_weight
        self.token_mask_prob = token_mask_prob
        self.mask_token_id = mask_token_id
        self.entity_threshold = entity_threshold
        self.relation_threshold = relation_threshold
        self.entity_o_bias = entity_o_bias
        if entity_decoding not in ("argmax", "viterbi"):
            raise ValueError(f"entity_decoding must be 'argmax' or 'viterbi', not {entity_decoding!r}")
        self.entity_decoding = entity_decoding
        self.token_tag_vocab = token_tag_vocab
        self.pair_feature_sizes = list(pair_feature_sizes or [])
        self.word_vector_count = word_vector_count
        self.word_vector_dim = word_vector_dim
        self.word_vector_fallback = word_vector_fallback
        if word_vector_oov not in ("zero", "nearest"):
            raise ValueError(f"word_vector_oov must be 'zero' or 'nearest', not {word_vector_oov!r}")
        self.word_vector_oov = word_vector_oov
        self.word_vector_oov_similarity = float(word_vector_oov_similarity)
        self.relation_markers = bool(relation_markers)
        self.entity_crf = bool(entity_crf)
        self.entity_styles = check_entity_styles(entity_styles or [])
        self.normalization = normalization or {}
        self.base_checkpoint = base_checkpoint
        self.format_version = format_version

    @property
    def schema_obj(self) -> Schema:
        return Schema.from_dict(self.schema)

    @property
    def entity_types(self) -> list[str]:
        return list(self.schema["entity_types"])

    @property
    def relation_labels(self) -> list[str]:
        return ["NONE"] + [r["name"] for r in self.schema["relation_types"]]
