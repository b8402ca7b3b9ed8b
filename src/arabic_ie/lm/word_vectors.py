"""Static word vectors for the fine-tuning model: a vocabulary of normalized Arabic words and one vector each.

The embedded encoder is small and has seen little text; word vectors trained on the same raw news corpus
(fastText skip-gram, subword-aware, minutes on a CPU) give every subword the vector of its whole word, so
names and words seen in the corpus but never in the labelled data are still near their kind.

Files in a model directory (``WORD_VECTORS_FILE``, ``WORD_VOCAB_FILE``): a safetensors tensor ``vectors``
``(n + 1, dim)`` whose row 0 is the zero vector of "no word / unknown word", and the vocabulary, one word per line
(line k is row k). Building them needs ``gensim`` (a dependency of the package).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterator, Sequence

import numpy as np

if TYPE_CHECKING:
    from .word_ngrams import NearestWords

WORD_VECTORS_FILE = "word_vectors.safetensors"
WORD_VOCAB_FILE = "word_vocab.txt"

#: A word: letters / digits with the marks, tatweel and joiners that may sit inside an Arabic word.
WORD_RE = re.compile(r"[\w\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200C\u200D]+")
_STRIP = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200C\u200D]")
_CHAR_MAP = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    **{chr(0x0660 + d): "0" for d in range(10)}, **{chr(0x06F0 + d): "0" for d in range(10)},
    **{str(d): "0" for d in range(10)},
})
#: Proclitic strings tried, shortest first (so والرئيس finds الرئيس before رئيس), when a word is not in the
#: vocabulary as written, by fallback rule (a model's ``config.word_vector_fallback``):
#: ``conjunctions`` (the default of new models) strips و / ف alone and the prepositions only with the article
#: (بال, كال, لل): a rare name that starts with ب / ك / ل stays unknown instead of taking another word's vector
#: (كامالا is not ك + امالا "hopes"); ``all`` (models trained before it) also strips ب, ل, ك and their pairs.
FALLBACK_RULES = {
    "conjunctions": ("و", "ف", "لل", "ال", "ولل", "فلل", "وال", "فال", "بال", "كال", "وبال", "وكال", "فبال"),
    "all": ("و", "ف", "ب", "ل", "ك", "لل", "ال", "وب", "ول", "فب", "فل", "ولل", "فلل", "وال", "فال", "بال", "كال",
            "وبال", "وكال", "فبال"),
}
DEFAULT_FALLBACK = "conjunctions"


def normalize_word(word: str) -> str:
    """Diacritics, tatweel and joiners removed; alef / ya / ta marbuta / hamza-seat variants folded; digits -> 0;
    Latin lower-cased."""
    return _STRIP.sub("", word).translate(_CHAR_MAP).lower()


def iter_words(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, normalized word)`` of each word of ``text``; offsets index ``text``."""
    for m in WORD_RE.finditer(text):
        norm = normalize_word(m.group())
        if norm:
            yield m.start(), m.end(), norm


@dataclass
class WordVocabulary:
    """Normalized words and their row in the vector table (row 0: unknown)."""

    words: list[str]
    fallback: str = DEFAULT_FALLBACK
    #: for a word still unknown after the fallback rule: the row of the nearest known word by its character
    #: n-gram vector (``arabic_ie.lm.word_ngrams``); None: row 0
    nearest: "NearestWords | None" = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.fallback not in FALLBACK_RULES:
            raise ValueError(f"word vector fallback must be one of {sorted(FALLBACK_RULES)}, not {self.fallback!r}")
        self._proclitics = FALLBACK_RULES[self.fallback]
        self._index: dict[str, int] = {}
        for i, word in enumerate(self.words, 1):  # normalized here too: a hand-made list may not be
            self._index.setdefault(normalize_word(word), i)

    def __len__(self) -> int:
        return len(self.words)

    def lookup(self, word: str) -> int:
        """Row of a word (normalized first); failing that, of the word without a leading proclitic string
        (0: unknown)."""
        word = normalize_word(word)
        row = self._index.get(word)
        if row is not None:
            return row
        for clitic in self._proclitics:
            if word.startswith(clitic) and len(word) - len(clitic) >= 2:
                row = self._index.get(word[len(clitic):])
                if row is not None:
                    return row
        return self.nearest.row(word) if self.nearest is not None else 0

    def _lookup_cached(self, word: str) -> int:
        cache = self.__dict__.setdefault("_cache", {})
        row = cache.get(word)
        if row is None:
            if len(cache) > 500_000:  # a long-running server sees unbounded new words
                cache.clear()
            row = cache[word] = self.lookup(word)
        return row

    def subword_rows(self, text: str, offsets: Sequence[tuple[int, int]]) -> list[int]:
        """One vector row per subword: the row of the word the subword lies in (0 outside any word)."""
        rows = [0] * len(offsets)
        words = list(iter_words(text))
        k = 0
        for i, (start, end) in enumerate(offsets):
            if end <= start:
                continue
            while k < len(words) and words[k][1] <= start:
                k += 1
            if k < len(words) and words[k][0] < end:
                rows[i] = self._lookup_cached(words[k][2])
        return rows

    def save(self, directory: Path) -> None:
        (Path(directory) / WORD_VOCAB_FILE).write_text("".join(w + "\n" for w in self.words), encoding="utf-8")

    @classmethod
    def load(cls, directory: Path, fallback: str = DEFAULT_FALLBACK) -> "WordVocabulary":
        return cls(read_item_lines(Path(directory) / WORD_VOCAB_FILE, "word"), fallback)


def read_item_lines(path: Path, item: str) -> list[str]:
    """The lines of a one-item-per-line file (a vocabulary); ValueError naming the file and line when one is
    empty or holds a space."""
    try:
        lines = path.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError) as err:
        raise ValueError(f"{path}: cannot read the {item} list ({err})") from err
    if lines and lines[-1] == "":
        lines.pop()
    for n, line in enumerate(lines, 1):
        if not line or any(c.isspace() for c in line):
            raise ValueError(f"{path}, line {n}: a line must be one {item} without spaces")
    return lines


def load_vectors(directory: Path) -> np.ndarray:
    """The ``(n + 1, dim)`` vector table of a directory (float32)."""
    from safetensors.numpy import load_file

    path = Path(directory) / WORD_VECTORS_FILE
    try:
        table = load_file(str(path))["vectors"]
    except Exception as err:  # noqa: BLE001 - any damage is reported the same way
        raise ValueError(f"{path}: cannot read the word vectors ({err})") from err
    if table.ndim != 2 or not np.isfinite(table).all():
        raise ValueError(f"{path}: 'vectors' must be a finite 2-D table, got shape {table.shape}")
    return table.astype(np.float32)


def save_vectors(directory: Path, vocabulary: WordVocabulary, vectors: np.ndarray) -> None:
    """Write the table (fp16, row 0 = zeros) and the vocabulary into ``directory``."""
    from safetensors.numpy import save_file

    if vectors.shape[0] != len(vocabulary) + 1:
        raise ValueError(f"{vectors.shape[0]} vector rows for {len(vocabulary)} words (+ row 0)")
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    save_file({"vectors": np.ascontiguousarray(vectors.astype(np.float16))}, str(directory / WORD_VECTORS_FILE))
    vocabulary.save(directory)


def corpus_sentences(files: Sequence[Path]) -> Iterator[list[str]]:
    """Each non-empty line of the corpus files as its list of normalized words."""
    for file in files:
        with open(file, encoding="utf-8") as handle:
            for line in handle:
                words = [w for _, _, w in iter_words(line)]
                if words:
                    yield words


class _Sentences:
    """A re-iterable view of the corpus (gensim reads it once per epoch)."""

    def __init__(self, files: Sequence[Path]):
        self.files = list(files)

    def __iter__(self) -> Iterator[list[str]]:
        return corpus_sentences(self.files)


def fit_fasttext(files: Sequence[Path], dim: int = 100, min_count: int = 5, epochs: int = 5, window: int = 5,
                 workers: int = 1, seed: int = 42):
    """A gensim fastText skip-gram model (character n-grams of 3 to 5 letters) over the corpus files; with one
    worker the same on every run, with more the threads' scheduling changes it from run to run."""
    try:
        from gensim.models import FastText
    except ImportError as err:
        raise ImportError("building word vectors needs gensim (pip install gensim)") from err
    model = FastText(vector_size=dim, window=window, min_count=min_count, sg=1, epochs=epochs, workers=workers,
                     seed=seed, bucket=500_000, min_n=3, max_n=5)
    sentences = _Sentences(files)
    model.build_vocab(corpus_iterable=sentences)
    model.train(corpus_iterable=sentences, total_examples=model.corpus_count, epochs=model.epochs)
    return model


def table_of(model, max_words: int = 100_000) -> tuple[WordVocabulary, np.ndarray]:
    """The vocabulary of a fastText model's ``max_words`` most frequent words and their vectors (L2-normalized
    rows, row 0 zeros)."""
    words = list(model.wv.index_to_key[:max_words])  # gensim keeps words sorted by frequency
    table = np.zeros((len(words) + 1, model.wv.vector_size), dtype=np.float32)
    for i, word in enumerate(words, 1):
        vec = model.wv[word]
        table[i] = vec / max(float(np.linalg.norm(vec)), 1e-6)
    return WordVocabulary(words), table


def train_vectors(files: Sequence[Path], dim: int = 100, min_count: int = 5, max_words: int = 100_000,
                  epochs: int = 5, window: int = 5, workers: int = 1, seed: int = 42) -> tuple[WordVocabulary, np.ndarray]:
    """fastText skip-gram vectors of the ``max_words`` most frequent words (L2-normalized rows, row 0 zeros)."""
    return table_of(fit_fasttext(files, dim, min_count, epochs, window, workers, seed), max_words)
