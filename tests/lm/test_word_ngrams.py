"""Unknown words and the word-vector table: character n-gram vectors and the nearest known word."""

from __future__ import annotations

import numpy as np
import pytest

from arabic_ie.config import ConfigError, parse_config
from arabic_ie.extractor import Extractor, ModelDirectoryError
from arabic_ie.lm.word_ngrams import (NGRAM_VECTORS_FILE, NGRAM_VOCAB_FILE, NearestWords, NgramVectors, char_ngrams,
                                      export_ngrams)
from arabic_ie.lm.word_vectors import WordVocabulary, iter_words, save_vectors
from arabic_ie.training.run import run_training

from conftest import SEED_DIR
from helpers import TYPES, write_config


def test_ngrams_are_fasttexts_pieces_of_the_bracketed_word():
    from gensim.models.fasttext import compute_ngrams

    for word in ("بوتين", "والرئيس", "ab"):
        assert sorted(char_ngrams(word, 3, 5)) == sorted(compute_ngrams(word, 3, 5))
    assert char_ngrams("ab", 3, 3) == ["<ab", "ab>"]


@pytest.fixture(scope="module")
def fasttext_model(tmp_path_factory):
    from arabic_ie.lm.word_vectors import fit_fasttext

    corpus = tmp_path_factory.mktemp("corpus") / "corpus.txt"
    corpus.write_text("\n".join(p.read_text(encoding="utf-8") for p in sorted(SEED_DIR.glob("*.txt"))),
                      encoding="utf-8")
    return fit_fasttext([corpus], dim=16, min_count=2, epochs=1, workers=1)


def test_exported_ngrams_rebuild_gensims_vector_of_an_unknown_word(fasttext_model):
    vectors = export_ngrams(fasttext_model, max_ngrams=10**6)  # every n-gram of the vocabulary kept
    wv = fasttext_model.wv
    # a word the corpus lacks whose n-grams it has: gensim's vector of it is the mean of its n-gram vectors
    cut = [w[:-1] for w in wv.index_to_key if len(w) > 4 and w[:-1] not in wv.key_to_index]
    unknown = [w for w in cut if vectors.vector(w)[1] == 1.0]
    assert unknown
    for word in unknown[:5]:
        np.testing.assert_allclose(vectors.vector(word)[0], wv.get_vector(word), rtol=1e-5, atol=1e-6)
    few = export_ngrams(fasttext_model, max_ngrams=50)
    assert len(few.ngrams) == 50
    assert 0.0 < few.vector(unknown[0])[1] < 1.0 or few.vector(unknown[0])[0] is None  # only the commonest kept


def _toy() -> tuple[WordVocabulary, np.ndarray, NgramVectors]:
    """Two known words with orthogonal vectors, n-grams that point at one or the other."""
    table = np.array([[0, 0], [1, 0], [0, 1]], dtype=np.float32)
    vocabulary = WordVocabulary(["مدينة", "رجل"])
    ngrams = NgramVectors(["<مد", "مدي", "دين", "ينة", "نة>", "<رج", "رجل", "جل>"],
                          np.array([[1, 0.1]] * 5 + [[0.1, 1]] * 3, dtype=np.float32), 3, 3)
    return vocabulary, table, ngrams


def test_an_unknown_word_reads_the_row_of_the_nearest_known_word():
    vocabulary, table, ngrams = _toy()
    vocabulary.nearest = NearestWords(ngrams, table, min_similarity=0.9, min_coverage=0.5)
    assert vocabulary.lookup("مدينه") == 1  # normalized: ة -> ه, so the word itself is unknown
    assert vocabulary.lookup("مديني") == 1  # 3 of its 5 n-grams are those of مدينة
    assert vocabulary.lookup("رجلي") == 2
    assert vocabulary.lookup("سيارة") == 0  # none of its n-grams is known
    assert vocabulary.lookup("ومدينة") == 1  # the proclitic rule comes first


def test_a_word_too_far_or_too_little_covered_stays_unknown():
    vocabulary, table, ngrams = _toy()
    mixed = "مدرجل"  # n-grams of both words: far from each
    vocabulary.nearest = NearestWords(ngrams, table, min_similarity=0.99)
    assert vocabulary.lookup(mixed) == 0
    vocabulary.nearest = NearestWords(ngrams, table, min_similarity=0.0, min_coverage=0.9)
    assert vocabulary.lookup("مديني") == 0  # 3 of 5 n-grams known: below 0.9
    vocabulary.nearest = NearestWords(ngrams, np.zeros_like(table), min_similarity=-1.0)
    assert vocabulary.lookup("مديني") == 0  # row 0 is never the answer


def test_ngram_vectors_round_trip_and_damage_is_named(tmp_path):
    _, _, ngrams = _toy()
    ngrams.save(tmp_path)
    again = NgramVectors.load(tmp_path)
    assert again.ngrams == ngrams.ngrams and (again.min_n, again.max_n) == (3, 3)
    np.testing.assert_allclose(again.table, ngrams.table, atol=1e-3)
    (tmp_path / NGRAM_VOCAB_FILE).write_text("<مد\nمد ي\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 2"):
        NgramVectors.load(tmp_path)
    ngrams.save(tmp_path)
    (tmp_path / NGRAM_VECTORS_FILE).write_bytes(b"not safetensors")
    with pytest.raises(ValueError, match=NGRAM_VECTORS_FILE):
        NgramVectors.load(tmp_path)
    with pytest.raises(ValueError, match="differ in dimension"):
        NearestWords(ngrams, np.zeros((3, 5), dtype=np.float32))


@pytest.fixture(scope="module")
def vectors_with_ngrams(tmp_path_factory, fasttext_model):
    """fastText vectors of the seed articles' words, with their n-grams, in a word-vector directory."""
    from arabic_ie.lm.word_vectors import table_of

    out = tmp_path_factory.mktemp("vectors")
    vocabulary, table = table_of(fasttext_model, max_words=200)
    save_vectors(out, vocabulary, table)
    export_ngrams(fasttext_model, max_ngrams=5000).save(out)
    return out


def test_a_model_trained_with_nearest_rows_saves_and_reloads_them(tmp_path, tiny_encoder, vectors_with_ngrams):
    path = write_config(tmp_path, tiny_encoder, word_vectors=str(vectors_with_ngrams), word_vector_oov="nearest",
                        word_vector_oov_similarity=0.5, max_steps=2, load_best_model_at_end=False, do_test=False)
    run_training(*parse_config(TYPES, [str(path)]), config_path=str(path))
    model_dir = tmp_path / "run" / "model"
    assert (model_dir / NGRAM_VOCAB_FILE).is_file() and (model_dir / NGRAM_VECTORS_FILE).is_file()
    assert "nearest known word" in (model_dir / "README.md").read_text(encoding="utf-8")
    model = Extractor.from_pretrained(model_dir).model
    assert model.config.word_vector_oov == "nearest" and model.config.word_vector_oov_similarity == 0.5
    vocabulary = model.word_vocabulary
    text = (SEED_DIR / "002_5890cfb022f8faa3.txt").read_text(encoding="utf-8")
    plain = WordVocabulary(vocabulary.words, vocabulary.fallback)
    unknown = {w for _, _, w in iter_words(text) if plain.lookup(w) == 0}
    assert unknown and any(vocabulary.lookup(w) > 0 for w in unknown)  # some unknown words found a row
    (model_dir / NGRAM_VECTORS_FILE).unlink()
    with pytest.raises(ModelDirectoryError, match=NGRAM_VECTORS_FILE):
        Extractor.from_pretrained(model_dir)


def test_nearest_without_ngram_files_is_a_config_error(tmp_path, tiny_encoder):
    words = ["بوتين", "الرئيس"]
    table = np.eye(3, 4, dtype=np.float32)
    save_vectors(tmp_path / "vectors", WordVocabulary(words), table)
    path = write_config(tmp_path, tiny_encoder, word_vectors=str(tmp_path / "vectors"), word_vector_oov="nearest")
    with pytest.raises(ConfigError, match="word_vector_oov.*n-gram"):
        run_training(*parse_config(TYPES, [str(path)]), config_path=str(path))
    path = write_config(tmp_path, tiny_encoder, word_vectors=str(tmp_path / "vectors"), word_vector_oov="nearby")
    with pytest.raises(ConfigError, match="word_vector_oov"):
        run_training(*parse_config(TYPES, [str(path)]), config_path=str(path))


_BUILD = """
import hashlib, sys
from pathlib import Path
from arabic_ie.lm.word_vectors import fit_fasttext, table_of
from arabic_ie.lm.word_ngrams import export_ngrams
model = fit_fasttext(sorted(Path(sys.argv[1]).glob("*.txt")), dim=8, min_count=2, epochs=1, workers=1)
vocabulary, table = table_of(model, 100)
ngrams = export_ngrams(model, 300)
print(hashlib.sha256(table.tobytes() + "\\n".join(ngrams.ngrams).encode() + ngrams.table.tobytes()).hexdigest())
"""


def test_a_one_worker_build_is_the_same_in_every_process():
    import os
    import subprocess
    import sys

    digests = set()
    for hash_seed in ("1", "2"):  # string hashing (and so set order) differs between the two processes
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        done = subprocess.run([sys.executable, "-c", _BUILD, str(SEED_DIR)], capture_output=True, text=True, env=env,
                              check=True)
        digests.add(done.stdout.strip().splitlines()[-1])
    assert len(digests) == 1
