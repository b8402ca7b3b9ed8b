"""Words the word-vector table lacks: the fastText character n-gram vectors, and the nearest known word.

A fixed vocabulary covers about 84% of the entity words of held-out news; the rest (rare names, unusual
spellings, words with attached clitics the fallback rule does not strip) read the zero vector. fastText builds a
vector for any word from its character n-grams (``<word>`` cut into 3- to 5-letter pieces). ``NearestWords`` does
that for an unknown word and gives it the row of the known word whose vector is closest (cosine), when the two are
close enough: the model's input interface stays one table row per subword.

Files in a model directory (``NGRAM_VOCAB_FILE``, ``NGRAM_VECTORS_FILE``): the n-grams, one per line (line k is
row k of the table), and a safetensors tensor ``vectors`` ``(n, dim)`` with ``min_n`` / ``max_n`` in its metadata.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Sequence

import numpy as np

NGRAM_VOCAB_FILE = "word_ngrams.txt"
NGRAM_VECTORS_FILE = "word_ngrams.safetensors"


def char_ngrams(word: str, min_n: int = 3, max_n: int = 5) -> list[str]:
    """fastText's character n-grams of a word: every piece of ``<word>`` with ``min_n`` to ``max_n`` letters."""
    extended = f"<{word}>"
    return [extended[i:i + n] for n in range(min_n, max_n + 1) for i in range(len(extended) - n + 1)]


class NgramVectors:
    """A table of character n-gram vectors; a word's vector is the mean of those of its n-grams found."""

    def __init__(self, ngrams: Sequence[str], table: np.ndarray, min_n: int = 3, max_n: int = 5):
        if table.ndim != 2 or table.shape[0] != len(ngrams):
            raise ValueError(f"{table.shape} n-gram vectors for {len(ngrams)} n-grams")
        if not 1 <= min_n <= max_n:
            raise ValueError(f"n-gram lengths must satisfy 1 <= min_n <= max_n, got {min_n} and {max_n}")
        self.ngrams = list(ngrams)
        self.table = np.asarray(table, dtype=np.float32)
        self.min_n, self.max_n = min_n, max_n
        self._index = {ngram: i for i, ngram in enumerate(self.ngrams)}

    def vector(self, word: str) -> tuple[np.ndarray | None, float]:
        """The word's vector and the share of its n-grams that the table holds (None when it holds none)."""
        pieces = char_ngrams(word, self.min_n, self.max_n)
        rows = [self._index[p] for p in pieces if p in self._index]
        if not rows:
            return None, 0.0
        return self.table[rows].mean(axis=0), len(rows) / len(pieces)

    def save(self, directory: Path) -> None:
        from safetensors.numpy import save_file

        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        (directory / NGRAM_VOCAB_FILE).write_text("".join(g + "\n" for g in self.ngrams), encoding="utf-8")
        save_file({"vectors": np.ascontiguousarray(self.table.astype(np.float16))}, str(directory / NGRAM_VECTORS_FILE),
                  metadata={"min_n": str(self.min_n), "max_n": str(self.max_n)})

    @classmethod
    def load(cls, directory: Path) -> "NgramVectors":
        """The n-gram vectors of a directory; ValueError naming the file when one is missing or damaged."""
        from safetensors import safe_open

        from .word_vectors import read_item_lines

        directory = Path(directory)
        vocab_path, table_path = directory / NGRAM_VOCAB_FILE, directory / NGRAM_VECTORS_FILE
        lines = read_item_lines(vocab_path, "n-gram")
        try:
            with safe_open(str(table_path), framework="numpy") as handle:
                meta = handle.metadata() or {}
                table = handle.get_tensor("vectors")
            min_n, max_n = int(meta.get("min_n", 3)), int(meta.get("max_n", 5))
        except Exception as err:  # noqa: BLE001 - any damage is reported the same way
            raise ValueError(f"{table_path}: cannot read the n-gram vectors ({err})") from err
        if not np.isfinite(table).all():
            raise ValueError(f"{table_path}: the n-gram vectors hold non-finite values")
        try:
            return cls(lines, table, min_n, max_n)
        except ValueError as err:
            raise ValueError(f"{table_path}: {err}") from err


class NearestWords:
    """An unknown word's row: that of the known word nearest to its n-gram vector (0 when none is close enough).

    ``word_table`` is the ``(n + 1, dim)`` table of the vocabulary (row 0: unknown); ``min_similarity`` the
    least cosine similarity accepted; ``min_coverage`` the least share of the word's n-grams the table must hold.
    """

    def __init__(self, ngram_vectors: NgramVectors, word_table: np.ndarray, min_similarity: float = 0.6,
                 min_coverage: float = 0.5):
        if word_table.ndim != 2 or word_table.shape[1] != ngram_vectors.table.shape[1]:
            raise ValueError(f"word vectors {word_table.shape} and n-gram vectors {ngram_vectors.table.shape} "
                             "differ in dimension")
        self.ngram_vectors = ngram_vectors
        self.min_similarity = float(min_similarity)
        self.min_coverage = float(min_coverage)
        table = np.asarray(word_table, dtype=np.float32)
        norms = np.linalg.norm(table, axis=1, keepdims=True)
        self._unit = np.divide(table, norms, out=np.zeros_like(table), where=norms > 0)
        self._unit[0] = 0.0  # never the answer

    def row(self, word: str) -> int:
        """The row of the known word nearest to ``word`` (normalized already), or 0."""
        vector, coverage = self.ngram_vectors.vector(word)
        if vector is None or coverage < self.min_coverage:
            return 0
        norm = float(np.linalg.norm(vector))
        if norm == 0.0:
            return 0
        similarity = self._unit @ (vector / norm)
        best = int(np.argmax(similarity))
        return best if best > 0 and similarity[best] >= self.min_similarity else 0


def export_ngrams(model, max_ngrams: int = 100_000) -> NgramVectors:
    """The n-gram vectors of a gensim ``FastText`` model: the ``max_ngrams`` n-grams found in the most words of
    its vocabulary, each with the vector of its hash bucket."""
    from gensim.models.fasttext import ft_hash_bytes

    wv = model.wv
    counts: Counter[str] = Counter()
    for word in wv.index_to_key:
        counts.update(set(char_ngrams(word, wv.min_n, wv.max_n)))
    # most widespread first, ties in code-point order: the same list on every run (set order is not)
    ngrams = sorted(counts, key=lambda g: (-counts[g], g))[:max_ngrams]
    rows = [ft_hash_bytes(ngram.encode("utf-8")) % wv.bucket for ngram in ngrams]
    return NgramVectors(ngrams, np.asarray(wv.vectors_ngrams[rows], dtype=np.float32), wv.min_n, wv.max_n)
