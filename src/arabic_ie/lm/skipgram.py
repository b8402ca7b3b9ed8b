"""Skip-gram vectors of the subword vocabulary, to start the encoder's embeddings from corpus statistics.

A CPU budget of a couple of hours is enough for masked-language modelling to learn which words occur
together but not, from random embeddings, much more. Skip-gram with negative sampling (gensim's C
implementation) learns useful token vectors from the same packed blocks in minutes; the encoder's
(tied) input/output embeddings then start from them instead of from noise.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

import numpy as np

logger = logging.getLogger(__name__)


class _BlockSentences:
    """The content tokens of each block (without [CLS]/[SEP]) as lists of id strings, re-iterable."""

    def __init__(self, input_ids: np.ndarray):
        self.input_ids = input_ids

    def __iter__(self):
        for row in self.input_ids:
            yield [str(t) for t in row[1:-1].tolist()]


def train_skipgram(input_ids: np.ndarray, vocab_size: int, dim: int, epochs: int = 3, window: int = 5,
                   negative: int = 10, seed: int = 0, workers: int = 2) -> tuple[np.ndarray, np.ndarray]:
    """Vectors ``(vocab_size, dim)`` and a mask of the token ids that occurred in ``input_ids``."""
    from gensim.models import Word2Vec

    start = time.time()
    model = Word2Vec(sentences=_BlockSentences(input_ids), vector_size=dim, window=window, min_count=1, sg=1,
                     negative=negative, sample=1e-4, workers=workers, epochs=epochs, seed=seed)
    vectors = np.zeros((vocab_size, dim), dtype=np.float32)
    found = np.zeros(vocab_size, dtype=bool)
    for key, index in model.wv.key_to_index.items():
        token = int(key)
        if token < vocab_size:
            vectors[token] = model.wv.vectors[index]
            found[token] = True
    logger.info("skip-gram vectors for %d of %d tokens in %.0fs", found.sum(), vocab_size, time.time() - start)
    return vectors, found


def cached_skipgram(path: Path, input_ids: np.ndarray, vocab_size: int, dim: int, **kwargs) -> tuple[np.ndarray, np.ndarray]:
    """`train_skipgram`, stored in ``path`` (.npz) so a resumed run does not train it again."""
    if path.exists():
        with np.load(path, allow_pickle=False) as data:
            if data["vectors"].shape == (vocab_size, dim):
                return data["vectors"], data["found"]
    vectors, found = train_skipgram(input_ids, vocab_size, dim, **kwargs)
    np.savez(path, vectors=vectors, found=found)
    return vectors, found


def scaled_like_init(vectors: np.ndarray, found: np.ndarray, std: float) -> np.ndarray:
    """Rescale the found vectors to the encoder's initializer standard deviation."""
    return vectors * (std / float(vectors[found].std()))
