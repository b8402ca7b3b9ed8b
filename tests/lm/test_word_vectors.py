"""Static word vectors: normalization, the subword -> word row map, building them, and a model that reads them."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from arabic_ie.config import ConfigError, parse_config
from arabic_ie.data.io import load_documents
from arabic_ie.extractor import Extractor, ModelDirectoryError
from arabic_ie.lm.word_vectors import (WORD_VOCAB_FILE, WordVocabulary, iter_words, load_vectors, normalize_word,
                                       save_vectors)
from arabic_ie.schema import SEED_SCHEMA
from arabic_ie.training.run import run_training

from conftest import SEED_DIR
from helpers import TYPES, write_config


def test_normalization_folds_the_variants_a_writer_may_use():
    assert normalize_word("أَحْمَــد") == normalize_word("احمد") == "احمد"
    assert normalize_word("إلى") == normalize_word("الي")
    assert normalize_word("مدرسة") == "مدرسه"
    assert normalize_word("٢٠٢٤") == normalize_word("2024") == "0000"
    assert normalize_word("NATO") == "nato"


def test_words_keep_offsets_into_the_original_text():
    text = "قال\u200f «بوتيـن» 2024،وذهب"
    words = list(iter_words(text))
    assert [text[s:e] for s, e, _ in words] == ["قال", "بوتيـن", "2024", "وذهب"]
    assert [w for _, _, w in words] == ["قال", "بوتين", "0000", "وذهب"]


def test_lookup_falls_back_to_the_word_without_its_proclitics():
    vocabulary = WordVocabulary(["الرئيس", "رئيس", "بوتين"])
    assert vocabulary.lookup("الرئيس") == 1
    assert vocabulary.lookup("والرئيس") == 1  # و + الرئيس is not in the list: strip و
    assert vocabulary.lookup("للرئيس") == 2  # لل + رئيس
    assert vocabulary.lookup("وبوتين") == 3
    assert vocabulary.lookup("لم") == 0  # too short to strip: unknown, not a wrong word
    assert vocabulary.lookup("هانوي") == 0


def test_a_rare_name_starting_with_a_preposition_letter_stays_unknown():
    vocabulary = WordVocabulary(["امالا", "مصر"])  # "hopes", "Egypt"
    assert vocabulary.lookup("كامالا") == 0  # Kamala, not ك + امالا
    assert vocabulary.lookup("ومصر") == 2  # a conjunction is stripped
    older = WordVocabulary(["امالا", "مصر"], fallback="all")  # the rule of models trained before the choice
    assert older.lookup("كامالا") == 1 and older.lookup("بمصر") == 2
    with pytest.raises(ValueError, match="fallback must be one of"):
        WordVocabulary(["a"], fallback="none")


def test_every_subword_gets_the_row_of_its_word(tiny_encoder):
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(tiny_encoder)
    text = "التقى بوتين، والرئيس في هانوي"
    enc = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)
    vocabulary = WordVocabulary(["بوتين", "الرئيس"])
    rows = vocabulary.subword_rows(text, enc["offset_mapping"])
    assert len(rows) == len(enc["input_ids"])
    name, title = text.index("بوتين"), text.index("والرئيس")
    for row, (start, end) in zip(rows, enc["offset_mapping"]):
        if name <= start < name + 5:
            assert row == 1, text[start:end]
        elif title <= start < title + 7:
            assert row == 2, text[start:end]  # a subword of والرئيس reads the vector of الرئيس
        else:
            assert row == 0, text[start:end]  # other words and the comma: no vector
    assert 1 in rows and 2 in rows


def test_vectors_round_trip_and_damage_is_named(tmp_path):
    vocabulary = WordVocabulary(["الرئيس", "بوتين"])
    table = np.random.default_rng(0).normal(size=(3, 4)).astype(np.float32)
    table[0] = 0
    save_vectors(tmp_path, vocabulary, table)
    assert WordVocabulary.load(tmp_path).words == vocabulary.words
    np.testing.assert_allclose(load_vectors(tmp_path), table, atol=1e-3)  # stored in fp16
    with pytest.raises(ValueError, match="rows for 1 words"):
        save_vectors(tmp_path / "x", WordVocabulary(["a"]), table)
    (tmp_path / WORD_VOCAB_FILE).write_text("الرئيس\nكلمتان هنا\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 2"):
        WordVocabulary.load(tmp_path)


def test_fasttext_vectors_are_built_from_a_tiny_corpus(tmp_path):
    from arabic_ie.lm.word_vectors import train_vectors

    corpus = tmp_path / "corpus.txt"
    corpus.write_text("\n".join(p.read_text(encoding="utf-8") for p in sorted(SEED_DIR.glob("*.txt"))),
                      encoding="utf-8")
    vocabulary, table = train_vectors([corpus], dim=16, min_count=2, max_words=50, epochs=1, workers=1)
    assert len(vocabulary) == 50 and table.shape == (51, 16)
    assert not table[0].any() and np.allclose(np.linalg.norm(table[1:], axis=1), 1.0, atol=1e-4)
    assert normalize_word("بوتين") in vocabulary.words  # the seeds' most frequent name


@pytest.fixture(scope="module")
def vectors_dir(tmp_path_factory, tiny_encoder):
    """Random unit vectors for the seed articles' words."""
    out = tmp_path_factory.mktemp("vectors")
    words = sorted({w for p in SEED_DIR.glob("*.txt") for _, _, w in iter_words(p.read_text(encoding="utf-8"))})
    table = np.random.default_rng(1).normal(size=(len(words) + 1, 8)).astype(np.float32)
    table[0] = 0
    save_vectors(out, WordVocabulary(words), table)
    return out


def test_a_model_trained_with_word_vectors_learns_their_projection_and_reloads(tmp_path, tiny_encoder, vectors_dir):
    path = write_config(tmp_path, tiny_encoder, word_vectors=str(vectors_dir), load_best_model_at_end=False)
    run_training(*parse_config(TYPES, [str(path)]), config_path=str(path))
    model_dir = tmp_path / "run" / "model"
    assert (model_dir / WORD_VOCAB_FILE).read_text(encoding="utf-8") == \
        (vectors_dir / WORD_VOCAB_FILE).read_text(encoding="utf-8")
    assert "static word vectors: " in (model_dir / "README.md").read_text(encoding="utf-8")  # the card says so
    extractor = Extractor.from_pretrained(model_dir)
    model = extractor.model
    assert model.config.word_vector_count == len(model.word_vocabulary)
    assert model.config.word_vector_fallback == model.word_vocabulary.fallback == "conjunctions"
    assert model.word_projection.weight.abs().sum() > 0  # trained away from its zero start
    frozen = torch.from_numpy(load_vectors(vectors_dir))
    torch.testing.assert_close(model.word_vectors.weight, frozen, atol=1e-3, rtol=0)  # the table is not trained
    text = (SEED_DIR / "002_5890cfb022f8faa3.txt").read_text(encoding="utf-8")[:400]
    with_vectors = model.encode(*_inputs(extractor, text, model))
    without = model.encode(*_inputs(extractor, text, None))
    assert not torch.allclose(with_vectors, without)  # the vectors reach the encoder's states
    first = extractor.predict_documents([text])[0]
    again = Extractor.from_pretrained(model_dir).predict_documents([text])[0]
    assert [(e.start, e.end, e.type) for e in first.entities] == [(e.start, e.end, e.type) for e in again.entities]

    from arabic_ie.export import export_token_classification

    with pytest.raises(ValueError, match="static word vectors"):  # a plain token classifier cannot feed them
        export_token_classification(model_dir, tmp_path / "exported")
    (model_dir / WORD_VOCAB_FILE).unlink()
    with pytest.raises(ModelDirectoryError, match=WORD_VOCAB_FILE):
        Extractor.from_pretrained(model_dir)


def _inputs(extractor, text, model):
    enc = extractor.tokenizer(text, return_offsets_mapping=True, return_tensors="pt", truncation=True, max_length=60)
    offsets = [tuple(o) for o in enc["offset_mapping"][0].tolist()]
    rows = model.word_rows(text, offsets) if model is not None else [0] * len(offsets)
    return enc["input_ids"], enc["attention_mask"], None, torch.tensor([rows])


def test_init_from_a_model_with_word_vectors_keeps_them(tmp_path, tiny_encoder, vectors_dir):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = write_config(tmp_path / "a", tiny_encoder, word_vectors=str(vectors_dir), max_steps=2,
                         load_best_model_at_end=False, do_test=False, output_dir=str(tmp_path / "a" / "run"))
    run_training(*parse_config(TYPES, [str(first)]), config_path=str(first))
    source = tmp_path / "a" / "run" / "model"
    second = write_config(tmp_path / "b", tiny_encoder, init_from=str(source), max_steps=1,
                          load_best_model_at_end=False, do_test=False, output_dir=str(tmp_path / "b" / "run"))
    run_training(*parse_config(TYPES, [str(second)]), config_path=str(second))
    model = Extractor.from_pretrained(tmp_path / "b" / "run" / "model").model
    assert model.word_vocabulary is not None
    assert model.word_vocabulary.words == WordVocabulary.load(vectors_dir).words


def test_a_word_vector_directory_without_vectors_is_a_config_error(tmp_path, tiny_encoder):
    path = write_config(tmp_path, tiny_encoder, word_vectors=str(tmp_path))
    with pytest.raises(ConfigError, match="word_vectors.*word_vectors.safetensors"):
        run_training(*parse_config(TYPES, [str(path)]), config_path=str(path))


def test_the_word_vector_projection_can_learn_at_a_rate_of_its_own(tmp_path, tiny_encoder, vectors_dir):
    from arabic_ie.training.run import setup_stage

    path = write_config(tmp_path, tiny_encoder, word_vectors=str(vectors_dir), head_learning_rate=0.05,
                        word_vector_learning_rate=0.2)
    data_args, model_args, _, training_args = parse_config(TYPES, [str(path)])
    docs = load_documents(SEED_DIR)[:1]
    stage = setup_stage(docs, docs, SEED_SCHEMA, model_args, training_args)
    optimizer = stage.trainer.create_optimizer()
    groups = {id(p): g for g in optimizer.param_groups for p in g["params"]}
    model = stage.model
    trainable = [p for p in model.parameters() if p.requires_grad]  # all but the frozen table
    assert len(groups) == len(trainable)  # every trained parameter in exactly one group
    projection = [groups[id(p)] for p in model.word_projection.parameters()]
    assert [(g["lr"], g["weight_decay"]) for g in projection] == [(0.2, 0.0), (0.2, 0.0)]
    assert groups[id(model.entity_classifier.weight)]["lr"] == 0.05  # the other heads keep theirs


def test_a_word_vector_learning_rate_must_be_positive(tmp_path, tiny_encoder, vectors_dir):
    path = write_config(tmp_path, tiny_encoder, word_vectors=str(vectors_dir), word_vector_learning_rate=0)
    with pytest.raises(ConfigError, match="config key word_vector_learning_rate: must be a positive number"):
        run_training(*parse_config(TYPES, [str(path)]), config_path=str(path))
