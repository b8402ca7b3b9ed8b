"""Dataclass arguments of `train/train.py` (parsed from YAML + command line by HfArgumentParser)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import yaml


def yaml_list(value, key: str) -> list:
    """A config value that is a YAML list (given as a list, or as YAML / JSON text on the command line)."""
    from ..config import ConfigError

    if isinstance(value, str):
        try:
            value = yaml.safe_load(value) if value.strip() else []
        except yaml.YAMLError as exc:
            raise ConfigError(f"config key {key}: not a YAML list: {exc}") from None
    if value is None:
        return []
    if not isinstance(value, list):
        raise ConfigError(f"config key {key}: expected a list, got {value!r}")
    return value


@dataclass
class DataArguments:
    """Where the annotated documents are and how they are split."""

    #: keys whose YAML value (a list of mappings) is passed on as one JSON string
    STRUCTURED_FIELDS = ("datasets",)

    data_path: str | None = field(default=None, metadata={"help": "brat folder, .jsonl or CoNLL file with all documents"})
    splits_file: str | None = field(default=None, metadata={"help": "versioned split file (data/splits.json)"})
    split: str = field(default="default", metadata={"help": "split name in splits_file (default, fold-0, ...)"})
    train_path: str | None = field(default=None, metadata={"help": "training documents (instead of data_path+split)"})
    dev_path: str | None = field(default=None, metadata={"help": "dev documents (optional)"})
    test_path: str | None = field(default=None, metadata={"help": "test documents (optional)"})
    dev_fraction: float = field(default=0.0, metadata={"help": "without dev_path: last fraction of train used as dev"})
    data_format: str | None = field(default=None, metadata={"help": "brat | jsonl | conll (default: detected)"})
    tag_map: list[str] = field(default_factory=list, metadata={"help": "CoNLL tag renames, e.g. PERS=PER"})
    schema: str | None = field(default=None, metadata={
        "help": "schema file: YAML (entity types, relation types with their argument types, direction, paragraph "
                "rule) or brat annotation.conf; a path, or relative to the config file (default: the seed schema)"})
    entity_types: list[str] = field(default_factory=list,
                                    metadata={"help": "entity types for a dataset without relations (empty: seed schema)"})
    max_train_documents: int = field(default=0, metadata={"help": "use only the first N training documents (0 = all)"})
    datasets: str = field(
        default="[]", metadata={"help": "several corpora in one run, as a YAML list of {name, path, format, tag_map, "
                                "annotates, relations, weight, parts | splits_file + split, ...} (instead of "
                                "data_path / train_path; see arabic_ie.training.datasets)"})

    def __post_init__(self) -> None:
        self.dataset_entries = yaml_list(self.datasets, "datasets")
        self.datasets = json.dumps(self.dataset_entries, ensure_ascii=False)


@dataclass
class ModelArguments:
    """The encoder checkpoint, the joint model's shape and its boosters."""

    #: keys whose YAML value (a list of mappings) is passed on as one JSON string
    STRUCTURED_FIELDS = ("boosters",)

    checkpoint: str = field(default="models/arabic-bert-mini",
                            metadata={"help": "encoder: local directory or hub id (e.g. aubmindlab/bert-base-arabertv02)"})
    init_from: str | None = field(default=None,
                                  metadata={"help": "initialize the encoder from a trained arabic-ie model directory"})
    word_vectors: str | None = field(
        default=None, metadata={"help": "directory of static word vectors (word_vectors.safetensors + word_vocab.txt, "
                                "train/word_vectors.py) added to the input; default: those of init_from, if any"})
    word_vector_oov: str | None = field(
        default=None, metadata={"help": "a word the word-vector table lacks: zero (row 0) or nearest (the row of the "
                                        "known word nearest to its character n-gram vector; needs the n-gram files "
                                        "of train/word_vectors.py); default: as init_from, else zero"})
    word_vector_oov_similarity: float | None = field(
        default=None, metadata={"help": "least cosine similarity of a nearest known word (word_vector_oov: nearest); "
                                        "default: as init_from, else 0.6"})
    max_length: int = 256
    stride: int = 64
    window_jitter: bool = field(
        default=False, metadata={"help": "each training document (and each weighted repeat) is cut into windows on a "
                                         "grid shifted by a random offset (seeded by data_seed, else seed), so a long "
                                         "document's tokens meet other window edges and contexts; prediction keeps "
                                         "the unshifted grid"})
    span_dim: int = 256
    type_embedding_dim: int = 32
    classifier_dropout: float = 0.1
    encoder_dropout: float | None = field(
        default=None, metadata={"help": "dropout inside the encoder while fine-tuning (every dropout layer); empty "
                                        "keeps the checkpoint's own (the embedded encoder's is 0.0)"})
    relation_loss_weight: float = 1.0
    relation_none_weight: float = field(
        default=1.0, metadata={"help": "weight of the NONE class in the relation loss (below 1 favours recall)"})
    candidate_policy: str = "schema"
    relation_markers: bool | None = field(
        default=None, metadata={"help": "score relations on a second encoder pass whose input marks every entity "
                                        "mention by type (PURE-style markers; about 2x the encoder cost on "
                                        "documents with relation candidates); default: as init_from, else false"})
    entity_crf: bool | None = field(
        default=None, metadata={"help": "a linear-chain CRF on the entity head (learned label transitions, trained "
                                        "on the allowed label paths); default: as init_from, else false"})
    crf_learning_rate: float = field(
        default=0.01, metadata={"help": "learning rate of the entity CRF's transition scores (entity_crf), without "
                                        "weight decay"})
    word_vector_learning_rate: float | None = field(
        default=None, metadata={"help": "learning rate of the word vectors' projection (word_vectors), without weight "
                                        "decay: a projection that starts at zero on a trained model learns little "
                                        "at a fine-tuning rate; default: head_learning_rate"})
    head_learning_rate: float | None = field(
        default=None, metadata={"help": "learning rate of every parameter outside the encoder (heads, span and pair "
                                        "layers, input features), as PURE's task learning rate: a pretrained encoder "
                                        "wants a small one, new layers a larger one; default: learning_rate"})
    token_mask_prob: float = field(
        default=0.0, metadata={"help": "word dropout: share of input subwords replaced by the mask token in training"})
    entity_decoding: str = field(
        default="viterbi", metadata={"help": "viterbi (best BIO-valid label sequence) or argmax (per subword)"})
    tune_entity_threshold: bool = field(
        default=False, metadata={"help": "after training, pick the entity score threshold with the best dev F1"})
    tune_relation_threshold: bool = field(
        default=False, metadata={"help": "after training (and the entity threshold), pick the relation threshold "
                                         "with the best dev relation strict F1"})
    boosters: str = field(
        default="[]", metadata={"help": "small-corpus plug-ins in order, as a YAML list: "
                                "[lexicon: {variants: true}, vote, patterns, ...]; [] is the transformer alone "
                                "(docs/boosters.md)"})

    def __post_init__(self) -> None:
        from ..boosters import BoosterError, parse_specs
        from ..config import ConfigError

        specs = yaml_list(self.boosters, "boosters")
        try:
            self.booster_specs = [{name: params} for name, params in parse_specs(specs)]
            from ..boosters import BoosterPipeline
            from ..schema import SEED_SCHEMA

            BoosterPipeline.from_specs(self.booster_specs, SEED_SCHEMA)  # names, parameters, order: checked now
        except BoosterError as exc:
            raise ConfigError(f"config key boosters: {exc}") from None
        self.boosters = json.dumps(self.booster_specs, ensure_ascii=False)


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
    cpu_bf16: str = field(
        default="off", metadata={"help": "bf16 autocast when training on the CPU: off, on, or auto (on where the CPU "
                                         "has bf16 instructions: AVX512-BF16 / AMX, Arm BF16); about 2x faster "
                                         "there, slower elsewhere; weights stay fp32 (docs/training.md)"})

    def __post_init__(self) -> None:
        from ..config import ConfigError

        if isinstance(self.cpu_bf16, bool) or self.cpu_bf16 in ("True", "False", "true", "false"):
            self.cpu_bf16 = "on" if self.cpu_bf16 in (True, "True", "true") else "off"  # YAML reads on / off as bools
        if self.cpu_bf16 not in ("off", "on", "auto"):
            raise ConfigError(f"config key cpu_bf16: off, on or auto, got {self.cpu_bf16!r}")
