"""`ArabicIEModel`: one encoder, an entity head and a relation head, trained jointly.

* Entity head: BIO token classification over the schema's entity types, plus a proclitic head
  on each subword that predicts how many leading characters (0..max_proclitic) of the entity's
  first word are attached proclitics (و ف ب ل ك لل), so spans can start inside a subword.
* Relation head: scores ordered pairs of entity spans of the same window. A pair is represented by
  each span's boundary states, their product, the mean state of the tokens between them, the two
  entity types, a bucketed token distance and any extra categorical pair features a plug-in provides
  (``config.pair_feature_sizes``); the output has a ``NONE`` class.
* Extra token tags (``config.token_tag_vocab``, e.g. a lexicon's BIO tag of each subword) are embedded
  and added to the input embeddings; their embedding starts at zero, so the encoder's inputs start unchanged.
* Static word vectors (``config.word_vector_count``): each subword's row in a frozen table of word vectors
  (``word_rows``, 0: none), through a learned projection that starts at zero, is added to the input embeddings.
  The vocabulary (``word_vocabulary``) is saved beside the weights.
* CRF (``config.entity_crf``): learned label transitions and start / end scores over the entity head's logits,
  trained on the allowed label paths (``arabic_ie.core.crf``) and used by the Viterbi decoding.
* Annotation styles (``config.entity_styles``): an extra entity head per style of the training corpora, so that
  corpora whose guidelines draw spans differently train the shared encoder without pulling the model's own head
  toward their conventions; ``style_ids`` picks each training window's head.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import nn
from transformers import AutoConfig, AutoModel, PreTrainedModel
from transformers.utils import ModelOutput

from ..lm.word_vectors import WordVocabulary
from .configuration import ArabicIEConfig
from .crf import crf_partial_nll


@dataclass
class ArabicIEOutput(ModelOutput):
    loss: torch.Tensor | None = None
    entity_logits: torch.Tensor | None = None
    proclitic_logits: torch.Tensor | None = None
    relation_logits: torch.Tensor | None = None
    entity_loss: torch.Tensor | None = None
    relation_loss: torch.Tensor | None = None


def distance_bucket(distance: torch.Tensor, n_buckets: int) -> torch.Tensor:
    """Log-scale buckets of absolute token distance (0, 1, 2, 3-4, 5-8, ...), capped."""
    d = distance.abs().clamp(min=0).float()
    bucket = torch.where(d < 3, d, torch.floor(torch.log2(d.clamp(min=1))) + 2)
    return bucket.long().clamp(max=n_buckets - 1)


def partial_label_loss(logits: torch.Tensor, labels: torch.Tensor, allowed: torch.Tensor) -> torch.Tensor:
    """Mean over labelled tokens of ``-log sum_{y allowed} p(y)``: a token of a partially annotated corpus may
    have any of its allowed labels (cross-entropy where only the gold label is allowed)."""
    keep = labels != -100
    if not keep.any():
        return logits.sum() * 0.0
    logits = logits[keep].float()
    allowed = allowed[keep]
    return (torch.logsumexp(logits, dim=-1) - torch.logsumexp(logits.masked_fill(~allowed, float("-inf")), dim=-1)).mean()


def set_encoder_dropout(encoder: nn.Module, p: float) -> None:
    """Every dropout layer of ``encoder`` (and its config's dropout probabilities, so a reload builds the same)."""
    if not 0.0 <= p < 1.0:
        raise ValueError(f"encoder dropout must be in [0, 1), got {p}")
    for module in encoder.modules():
        if isinstance(module, nn.Dropout):
            module.p = p
    values = encoder.config.to_dict()
    for key in ("hidden_dropout_prob", "attention_probs_dropout_prob", "attention_dropout", "dropout"):
        if isinstance(values.get(key), float):
            setattr(encoder.config, key, p)


class ArabicIEModel(PreTrainedModel):
    """Joint NER + RE model over any `AutoModel` encoder (BERT family)."""

    config_class = ArabicIEConfig
    base_model_prefix = "encoder"
    main_input_name = "input_ids"
    _no_split_modules: list[str] = []

    def __init__(self, config: ArabicIEConfig, encoder: nn.Module | None = None):
        super().__init__(config)
        if encoder is None:
            if not config.encoder:
                raise ValueError("ArabicIEConfig.encoder is empty: build the model with from_encoder(checkpoint)")
            encoder_config = AutoConfig.for_model(**config.encoder)
            try:  # BERT-family encoders: the pooler is not used
                encoder = AutoModel.from_config(encoder_config, add_pooling_layer=False)
            except TypeError:
                encoder = AutoModel.from_config(encoder_config)
        self.encoder = encoder
        hidden = self.encoder.config.hidden_size
        n_types = len(config.entity_types)
        self.dropout = nn.Dropout(config.classifier_dropout)
        # extra token tags: a learned vector per tag id (0 = no tag), added to the input embeddings
        self.token_tag_embedding = nn.Embedding(config.token_tag_vocab, hidden) if config.token_tag_vocab else None
        # static word vectors: a frozen table, a learned projection
        self.word_vectors = self.word_projection = None
        self.word_vocabulary: WordVocabulary | None = None
        if config.word_vector_count:
            self.word_vectors = nn.Embedding(config.word_vector_count + 1, config.word_vector_dim)
            self.word_vectors.weight.requires_grad_(False)
            self.word_projection = nn.Linear(config.word_vector_dim, hidden)
        # entity markers of the relation pass: 0 = no mention, 1 + 2k = first subword of a type-k mention, 2 + 2k = rest
        self.entity_marker_embedding = nn.Embedding(2 * n_types + 1, hidden) if config.relation_markers else None
        self.entity_classifier = nn.Linear(hidden, len(config.id2label))
        # one more entity head per annotation style of the training corpora (config.entity_styles); index 0 of a
        # window's style id is the model's own head
        self.style_classifiers = nn.ModuleList(nn.Linear(hidden, len(config.id2label))
                                               for _ in config.entity_styles) if config.entity_styles else None
        self.active_style = 0  # the head prediction uses (use_style); not saved: a loaded model predicts its own
        self.crf_transitions = self.crf_start = self.crf_end = None
        if config.entity_crf:  # zeros: the CRF starts as the per-token classifier it refines
            n_labels = len(config.id2label)
            self.crf_transitions = nn.Parameter(torch.zeros(n_labels, n_labels))
            self.crf_start = nn.Parameter(torch.zeros(n_labels))
            self.crf_end = nn.Parameter(torch.zeros(n_labels))
        self.proclitic_classifier = nn.Linear(hidden, config.max_proclitic + 1)
        span = config.span_dim
        self.span_projection = nn.Linear(2 * hidden, span)
        self.context_projection = nn.Linear(hidden, span)
        self.type_embedding = nn.Embedding(n_types + 1, config.type_embedding_dim)
        self.distance_embedding = nn.Embedding(config.distance_buckets, config.type_embedding_dim)
        pair_in = 4 * span + 3 * config.type_embedding_dim
        self.pair_feature_embeddings = None
        if config.pair_feature_sizes:
            self.pair_feature_embeddings = nn.ModuleList(
                nn.Embedding(n, config.type_embedding_dim) for n in config.pair_feature_sizes)
            pair_in += len(config.pair_feature_sizes) * config.type_embedding_dim
        self.relation_classifier = nn.Sequential(
            nn.Linear(pair_in, span), nn.GELU(), nn.Dropout(config.classifier_dropout),
            nn.Linear(span, len(config.relation_labels)),
        )
        self.post_init()
        if self.token_tag_embedding is not None:  # starts as a no-op: the pretrained encoder's inputs are unchanged
            nn.init.zeros_(self.token_tag_embedding.weight)
        if self.word_projection is not None:
            nn.init.zeros_(self.word_projection.weight)
            nn.init.zeros_(self.word_projection.bias)
        if self.entity_marker_embedding is not None:
            nn.init.normal_(self.entity_marker_embedding.weight, std=0.02)
            with torch.no_grad():
                self.entity_marker_embedding.weight[0].zero_()

    def set_word_vectors(self, vocabulary: WordVocabulary, table: torch.Tensor) -> None:
        """Install the word vocabulary and its ``(len(vocabulary) + 1, dim)`` vector table (row 0: unknown)."""
        if self.word_vectors is None or tuple(table.shape) != tuple(self.word_vectors.weight.shape) \
                or len(vocabulary) + 1 != table.shape[0]:
            raise ValueError(f"word vectors of shape {tuple(table.shape)} for {len(vocabulary)} words do not fit "
                             f"this model (word_vector_count {self.config.word_vector_count}, "
                             f"word_vector_dim {self.config.word_vector_dim})")
        with torch.no_grad():
            self.word_vectors.weight.copy_(table)
        self.word_vocabulary = vocabulary
        self.config.word_vector_fallback = vocabulary.fallback
        nearest = vocabulary.nearest
        self.config.word_vector_oov = "nearest" if nearest is not None else "zero"
        if nearest is not None:
            self.config.word_vector_oov_similarity = nearest.min_similarity

    @classmethod
    def from_pretrained(cls, pretrained_model_name_or_path, *args, **kwargs) -> "ArabicIEModel":
        """`PreTrainedModel.from_pretrained`, plus the word vocabulary of a model with word vectors."""
        model = super().from_pretrained(pretrained_model_name_or_path, *args, **kwargs)
        if model.config.word_vector_count:
            from pathlib import Path

            from ..lm.word_vectors import WORD_VOCAB_FILE

            directory = Path(pretrained_model_name_or_path)
            if not (directory / WORD_VOCAB_FILE).is_file():
                raise ValueError(f"{directory}: the model reads word vectors but {WORD_VOCAB_FILE} is missing")
            vocabulary = WordVocabulary.load(directory, model.config.word_vector_fallback)
            if len(vocabulary) != model.config.word_vector_count:
                raise ValueError(f"{directory / WORD_VOCAB_FILE}: {len(vocabulary)} words, config.json says "
                                 f"word_vector_count {model.config.word_vector_count}")
            if model.config.word_vector_oov == "nearest":
                from ..lm.word_ngrams import NearestWords, NgramVectors

                vocabulary.nearest = NearestWords(NgramVectors.load(directory),
                                                  model.word_vectors.weight.detach().float().numpy(),
                                                  model.config.word_vector_oov_similarity)
            model.word_vocabulary = vocabulary
        return model

    def save_pretrained(self, save_directory, *args, **kwargs):
        """`PreTrainedModel.save_pretrained`, plus the word vocabulary."""
        out = super().save_pretrained(save_directory, *args, **kwargs)
        if self.word_vocabulary is not None:
            self.word_vocabulary.save(save_directory)
            if self.word_vocabulary.nearest is not None:
                self.word_vocabulary.nearest.ngram_vectors.save(save_directory)
        return out

    def entity_transitions(self):
        """The CRF's ``(transitions, start, end)`` as float64 numpy arrays for decoding (None without a CRF)."""
        if self.crf_transitions is None:
            return None
        return tuple(p.detach().double().cpu().numpy() for p in (self.crf_transitions, self.crf_start, self.crf_end))

    def word_rows(self, text: str, offsets) -> list[int] | None:
        """Each subword's row in the word vector table (None when the model has no word vectors)."""
        if self.word_vocabulary is None:
            return None
        return self.word_vocabulary.subword_rows(text, offsets)

    def _init_weights(self, module: nn.Module) -> None:
        # Only the heads are initialised here; the encoder keeps its pretrained weights.
        encoder_ids = self.__dict__.get("_encoder_module_ids")
        if encoder_ids is None:
            encoder_ids = {id(m) for m in self.encoder.modules()}
            self.__dict__["_encoder_module_ids"] = encoder_ids
        if id(module) in encoder_ids:
            return
        if isinstance(module, nn.Linear):
            nn.init.normal_(module.weight, std=0.02)
            if module.bias is not None:
                nn.init.zeros_(module.bias)
        elif isinstance(module, nn.Embedding):
            nn.init.normal_(module.weight, std=0.02)

    @classmethod
    def from_encoder(cls, checkpoint: str, config: ArabicIEConfig | None = None, encoder_dropout: float | None = None,
                     **config_kwargs) -> "ArabicIEModel":
        """A fresh joint model on top of a pretrained encoder (local directory or hub id).

        ``encoder_dropout``: the dropout probability of every dropout layer inside the encoder for fine-tuning
        (``None`` keeps the checkpoint's own; the embedded encoder was pretrained without dropout)."""
        try:
            encoder = AutoModel.from_pretrained(checkpoint, add_pooling_layer=False)
        except TypeError:
            encoder = AutoModel.from_pretrained(checkpoint)
        if encoder_dropout is not None:
            set_encoder_dropout(encoder, encoder_dropout)
        encoder_dict = encoder.config.to_diff_dict()
        config = config or ArabicIEConfig(encoder=encoder_dict, base_checkpoint=checkpoint, **config_kwargs)
        config.encoder = encoder_dict
        config.base_checkpoint = checkpoint
        return cls(config, encoder=encoder)

    # --- pieces used by training and by the document-level predictor -------------------------
    def encode(self, input_ids: torch.Tensor, attention_mask: torch.Tensor,
               token_tags: torch.Tensor | None = None, word_rows: torch.Tensor | None = None,
               entity_markers: torch.Tensor | None = None) -> torch.Tensor:
        """Encoder states; extra token tags, word vectors and entity markers are added to the token embeddings."""
        markers = entity_markers is not None and self.entity_marker_embedding is not None
        if self.token_tag_embedding is None and self.word_projection is None and not markers:
            return self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        embeds = self.encoder.get_input_embeddings()(input_ids)
        if self.token_tag_embedding is not None:
            embeds = embeds + self.token_tag_embedding(
                token_tags if token_tags is not None else torch.zeros_like(input_ids))
        if self.word_projection is not None:
            rows = word_rows if word_rows is not None else torch.zeros_like(input_ids)
            vectors = self.word_vectors(rows.clamp(min=0, max=self.word_vectors.num_embeddings - 1))
            embeds = embeds + self.word_projection(vectors.to(embeds.dtype))
        if markers:
            ids = entity_markers.clamp(min=0, max=self.entity_marker_embedding.num_embeddings - 1)
            embeds = embeds + self.entity_marker_embedding(ids).to(embeds.dtype)
        # explicit position ids: inputs_embeds alone would not tell the encoder which tokens are padding
        position_ids = self._position_ids(input_ids)
        return self.encoder(inputs_embeds=embeds, attention_mask=attention_mask,
                            position_ids=position_ids).last_hidden_state

    def mask_tokens(self, input_ids: torch.Tensor, labels: torch.Tensor) -> torch.Tensor:
        """Word dropout: a random ``token_mask_prob`` share of the labelled subwords becomes the mask token."""
        p, mask_id = self.config.token_mask_prob, self.config.mask_token_id
        if not p or mask_id is None:
            return input_ids
        drop = (torch.rand(input_ids.shape, device=input_ids.device) < p) & (labels != -100)
        return input_ids.masked_fill(drop, mask_id)

    def _position_ids(self, input_ids: torch.Tensor) -> torch.Tensor | None:
        """The position ids the encoder would derive from ``input_ids`` (RoBERTa-style padding offsets)."""
        embeddings = getattr(self.encoder, "embeddings", None)
        make = getattr(embeddings, "create_position_ids_from_input_ids", None)
        if make is None:  # BERT family: positions 0..n-1, the same with inputs_embeds
            return None
        return make(input_ids, embeddings.padding_idx)

    def use_style(self, style: str | None) -> None:
        """Predict with the entity head of annotation style ``style`` (one of ``config.entity_styles``), or with
        the model's own head (``None``)."""
        if style is None:
            self.active_style = 0
            return
        if style not in self.config.entity_styles:
            known = ", ".join(self.config.entity_styles) or "none"
            raise ValueError(f"entity style {style!r}: this model's styles are {known}")
        self.active_style = 1 + self.config.entity_styles.index(style)

    def entity_heads(self, hidden: torch.Tensor, style_ids: torch.Tensor | None = None
                     ) -> tuple[torch.Tensor, torch.Tensor]:
        """Entity logits and proclitic logits; ``style_ids`` ``(B,)`` picks each row's entity head (0: the
        model's own), else every row uses the active style's."""
        h = self.dropout(hidden)
        heads = [self.entity_classifier] + list(self.style_classifiers or [])
        if style_ids is None:
            return heads[self.active_style](h), self.proclitic_classifier(h)
        logits = heads[0](h)
        for k, head in enumerate(heads[1:], start=1):
            rows = (style_ids == k).view(-1, 1, 1)
            if bool(rows.any()):
                logits = torch.where(rows, head(h), logits)
        return logits, self.proclitic_classifier(h)

    def relation_pass(self, input_ids: torch.Tensor, attention_mask: torch.Tensor, token_tags: torch.Tensor | None,
                      word_rows: torch.Tensor | None, entity_markers: torch.Tensor, pair_labels: torch.Tensor | None,
                      hidden: torch.Tensor) -> torch.Tensor:
        """Encoder states of the marked input, computed only for the rows that hold relation candidates (the
        others keep ``hidden``: their pairs are padding)."""
        rows = (pair_labels != -100).any(-1) if pair_labels is not None else \
            torch.ones(input_ids.shape[0], dtype=torch.bool, device=input_ids.device)
        if not bool(rows.any()):
            return hidden
        pick = lambda x: x[rows] if x is not None else None  # noqa: E731
        marked = self.encode(input_ids[rows], attention_mask[rows], pick(token_tags), pick(word_rows),
                             entity_markers[rows])
        out = hidden.clone()
        out[rows] = marked.to(out.dtype)
        return out

    def relation_scores(self, hidden: torch.Tensor, pairs: torch.Tensor, pair_types: torch.Tensor) -> torch.Tensor:
        """Logits ``(B, P, R)`` for pairs ``(B, P, 4)`` = head first/last token, tail first/last token.

        ``pair_types`` ``(B, P, 2 + F)`` are the two entity type ids, then the ``F`` extra pair feature ids of
        ``config.pair_feature_sizes`` (padding pairs may hold anything).
        """
        b, t, h = hidden.shape
        hidden = self.dropout(hidden)
        idx = pairs.clamp(min=0, max=t - 1)

        def gather(col: int) -> torch.Tensor:
            return torch.gather(hidden, 1, idx[..., col:col + 1].expand(-1, -1, h))

        head = self.span_projection(torch.cat([gather(0), gather(1)], dim=-1))
        tail = self.span_projection(torch.cat([gather(2), gather(3)], dim=-1))
        # mean of the tokens strictly between the two spans, via prefix sums
        prefix = torch.cat([hidden.new_zeros(b, 1, h), hidden.cumsum(dim=1)], dim=1)  # (B, T+1, H)
        left_end = torch.minimum(idx[..., 1], idx[..., 3])
        right_start = torch.maximum(idx[..., 0], idx[..., 2])
        lo = (left_end + 1).clamp(max=t)
        hi = right_start.clamp(min=0)
        hi = torch.maximum(hi, lo)
        span_sum = torch.gather(prefix, 1, hi.unsqueeze(-1).expand(-1, -1, h)) - \
            torch.gather(prefix, 1, lo.unsqueeze(-1).expand(-1, -1, h))
        count = (hi - lo).clamp(min=1).unsqueeze(-1).to(hidden.dtype)
        context = self.context_projection(span_sum / count)
        distance = distance_bucket(right_start - left_end, self.config.distance_buckets)
        parts = [
            head, tail, head * tail, context,
            self.type_embedding(pair_types[..., 0].clamp(min=0)),
            self.type_embedding(pair_types[..., 1].clamp(min=0)),
            self.distance_embedding(distance),
        ]
        if self.pair_feature_embeddings is not None:
            n = len(self.pair_feature_embeddings)
            if pair_types.shape[-1] != 2 + n:
                raise ValueError(f"this model reads {2 + n} ids per pair (types and pair features), "
                                 f"got {pair_types.shape[-1]}")
            for k, embedding in enumerate(self.pair_feature_embeddings):
                parts.append(embedding(pair_types[..., 2 + k].clamp(min=0, max=embedding.num_embeddings - 1)))
        features = torch.cat(parts, dim=-1)
        return self.relation_classifier(features)

    def forward(
        self,
        input_ids: torch.Tensor,
        attention_mask: torch.Tensor | None = None,
        labels: torch.Tensor | None = None,
        proclitic_labels: torch.Tensor | None = None,
        pairs: torch.Tensor | None = None,
        pair_types: torch.Tensor | None = None,
        pair_labels: torch.Tensor | None = None,
        token_tags: torch.Tensor | None = None,
        allowed_labels: torch.Tensor | None = None,
        word_rows: torch.Tensor | None = None,
        entity_markers: torch.Tensor | None = None,
        style_ids: torch.Tensor | None = None,
        **kwargs,
    ) -> ArabicIEOutput:
        if attention_mask is None:
            attention_mask = torch.ones_like(input_ids)
        if self.training and labels is not None:
            input_ids = self.mask_tokens(input_ids, labels)
        hidden = self.encode(input_ids, attention_mask, token_tags, word_rows)
        entity_logits, proclitic_logits = self.entity_heads(hidden, style_ids)
        relation_logits = None
        if pairs is not None and pairs.shape[1] > 0:
            relation_hidden = hidden
            if self.entity_marker_embedding is not None and entity_markers is not None:
                relation_hidden = self.relation_pass(input_ids, attention_mask, token_tags, word_rows, entity_markers,
                                                     pair_labels, hidden)
            relation_logits = self.relation_scores(relation_hidden, pairs, pair_types)
        loss = entity_loss = relation_loss = None
        if labels is not None:
            if self.crf_transitions is not None:
                entity_loss = crf_partial_nll(entity_logits, labels, allowed_labels, self.crf_transitions,
                                              self.crf_start, self.crf_end)
            elif allowed_labels is None:
                entity_loss = F.cross_entropy(entity_logits.flatten(0, 1), labels.flatten(), ignore_index=-100)
            else:
                entity_loss = partial_label_loss(entity_logits, labels, allowed_labels)
            if proclitic_labels is not None and (proclitic_labels != -100).any():
                entity_loss = entity_loss + F.cross_entropy(
                    proclitic_logits.flatten(0, 1), proclitic_labels.flatten(), ignore_index=-100)
            loss = self.config.entity_loss_weight * entity_loss
            if relation_logits is not None and pair_labels is not None and (pair_labels != -100).any():
                weight = None
                none_weight = self.config.relation_none_weight
                if none_weight != 1.0:
                    weight = torch.ones(relation_logits.shape[-1], device=relation_logits.device,
                                        dtype=relation_logits.dtype)
                    weight[0] = none_weight
                relation_loss = F.cross_entropy(relation_logits.flatten(0, 1), pair_labels.flatten(), weight=weight,
                                                ignore_index=-100)
                loss = loss + self.config.relation_loss_weight * relation_loss
        return ArabicIEOutput(loss=loss, entity_logits=entity_logits, proclitic_logits=proclitic_logits,
                              relation_logits=relation_logits, entity_loss=entity_loss, relation_loss=relation_loss)
