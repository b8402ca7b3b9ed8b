"""Dataclass arguments of `train/train.py` (parsed from YAML + command line by HfArgumentParser)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class DataArguments:
    """Where the annotated documents are and how they are split."""

    data_path: str | None = field(default=None, metadata={"help": "brat folder, .jsonl or CoNLL file with all documents"})
    splits_file: str | None = field(default=None, metadata={"help": "versioned split file (data/splits.json)"})
    split: str = field(default="default", metadata={"help": "split name in splits_file (default, fold-0, ...)"})
    train_path: str | None = field(default=None, metadata={"help": "training documents (instead of data_path+split)"})
    dev_path: str | None = field(default=None, metadata={"help": "dev documents (optional)"})
    test_path: str | None = field(default=None, metadata={"help": "test documents (optional)"})
    dev_fraction: float = field(default=0.0, metadata={"help": "without dev_path: last fraction of train used as dev"})
    data_format: str | None = field(default=None, metadata={"help": "brat | jsonl | conll (default: detected)"})
    tag_map: list[str] = field(default_factory=list, metadata={"help": "CoNLL tag renames, e.g. PERS=PER"})
    entity_types: list[str] = field(default_factory=list,
                                    metadata={"help": "entity types for a dataset without relations (empty: seed schema)"})
    max_train_documents: int = field(default=0, metadata={"help": "use only the first N training documents (0 = all)"})


@dataclass
class ModelArguments:
    """The encoder checkpoint and the joint model's shape."""

    checkpoint: str = field(default="models/arabic-bert-mini",
                            metadata={"help": "encoder: local directory or hub id (e.g. aubmindlab/bert-base-arabertv02)"})
    init_from: str | None = field(default=None,
                                  metadata={"help": "initialize the encoder from a trained arabic-ie model directory"})
    max_length: int = 256
    stride: int = 64
    span_dim: int = 256
    type_embedding_dim: int = 32
    classifier_dropout: float = 0.1
    relation_loss_weight: float = 1.0
    relation_none_weight: float = field(
        default=1.0, metadata={"help": "weight of the NONE class in the relation loss (below 1 favours recall)"})
    candidate_policy: str = "schema"
    token_mask_prob: float = field(
        default=0.0, metadata={"help": "word dropout: share of input subwords replaced by the mask token in training"})
    tune_entity_threshold: bool = field(
        default=False, metadata={"help": "after training, pick the entity score threshold with the best dev F1"})
    tune_relation_threshold: bool = field(
        default=False, metadata={"help": "after training (and the entity threshold), pick the relation threshold "
                                         "with the best dev relation strict F1"})
    lexicon_features: bool = field(
        default=False, metadata={"help": "feed the model a lexicon of the training mentions as an input feature "
                                         "(stored in config.json; training documents see only the others' mentions)"})
    lexicon_variants: bool = field(
        default=False, metadata={"help": "the lexicon also matches spelling and inflection variants of its names "
                                         "(بوتن / بوتين, روسية / الروسي, أمم المتحدة / الأمم المتحدة)"})
    entity_patterns: bool = field(
        default=False, metadata={"help": "rules find DATE, MONEY and PERCENT spans; they replace the model's "
                                         "overlapping entities of those types"})
    entity_propagation: bool = field(
        default=False, metadata={"help": "one name, one label per document: the kept entities' surfaces (variants "
                                         "and a two-word person's surname too) are tagged wherever the document "
                                         "repeats them"})
    entity_compounds: bool = field(
        default=False, metadata={"help": "a kept name preceded by a head word the lexicon teaches (الحرب before "
                                         "الأوكرانية: EVENT) becomes the compound name (needs lexicon_features)"})
    pair_features: bool = field(
        default=False, metadata={"help": "give the relation head each pair's order, same-sentence flag, mentions "
                                         "between and the training pairs' lexicon tag (stored in config.json)"})
    relation_classifier: str = field(
        default="neural", metadata={"help": "head that labels relation candidates: neural | linear (logistic regression "
                                            "over sparse pair features, fit after training) | ensemble (mean of both)"})
    relation_linear_c: float = field(
        default=3.0, metadata={"help": "inverse L2 strength of the linear relation head's logistic regression"})
    entity_ensemble: str = field(
        default="none", metadata={"help": "none | vote: keep an entity when two of three taggers agree on its span "
                                          "and type: the transformer, its lexicon (needs lexicon_features) and a "
                                          "CRF fit on the training documents and stored in the model"})


@dataclass
class RunArguments:
    """What to do around training."""

    run_name_for_card: str = field(default="arabic-ie", metadata={"help": "model name shown in the model card"})
    resume: bool = field(default=False, metadata={"help": "continue from the last checkpoint in output_dir"})
    do_test: bool = field(default=True, metadata={"help": "evaluate the best model on the test documents"})
    refit_with_dev: bool = field(
        default=False, metadata={"help": "after choosing the epoch (and threshold) on dev, train again on train + dev "
                                         "for that many epochs and ship that model"})
    card_notes: str | None = field(
        default=None, metadata={"help": "text for the model card's Notes section (e.g. published results to compare)"})
    cross_validation_results: str | None = field(
        default=None, metadata={"help": "summary written by eval/cross_validate.py --record, quoted in the model card"})
