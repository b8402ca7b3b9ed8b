"""A linear-chain CRF entity tagger (CRFsuite) over clitic-split words.

It is the CRF baseline of the evaluation harness and, in the ``vote`` booster, one of the three voters of a
trained model (its CRFsuite model is the booster's own file, ``vote_crf.crfsuite``).
Features: the normalized word, its shape, length, two- and three-letter prefixes, one- to three-letter
suffixes, whether it is a split-off proclitic or follows one, the definite article, and the words and
shapes two to the left and right.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Sequence

from ..data.arabic import is_proclitic_prefix
from ..data.conll import bio_tags
from ..data.document import Document
from ..data.normalize import normalize
from ..data.segment import Segment, sentences, words

Span = tuple[int, int, str]


def proclitic_split(text: str, token: Segment) -> list[Segment]:
    """Split each letter of the longest leading proclitic sequence off a word (و|ب|وتين, ل|ل|حكومة).

    A name that starts with such a letter ("بوتين") becomes several tokens; the CRF learns to
    tag them together, while "لفيتنام" can now be tagged ل=O, فيتنام=B-GPE.
    """
    word = text[token.start:token.end]
    k = 0
    for n in (1, 2, 3):
        if len(word) - n >= 2 and is_proclitic_prefix(word[:n]):
            k = n
    if k == 0:
        return [token]
    return [Segment(token.start + i, token.start + i + 1) for i in range(k)] + [Segment(token.start + k, token.end)]


def crf_tokens(text: str) -> list[list[Segment]]:
    """Sentences of clitic-split word tokens (the same tokenization at training and prediction)."""
    out = []
    for sent in sentences(text):
        toks = []
        for tok in words(text, sent.start, sent.end):
            toks += proclitic_split(text, tok)
        if toks:
            out.append(toks)
    return out


def _shape(word: str) -> str:
    if word.isdigit():
        return "digit"
    if any(c.isdigit() for c in word):
        return "hasdigit"
    if all("\u0600" <= c <= "\u06ff" for c in word):
        return "arabic"
    if word.isalpha():
        return "latin-cap" if word[0].isupper() else "latin"
    return "punct" if not any(c.isalnum() for c in word) else "mixed"


def _features(norm: list[str], shapes: list[str], i: int, clitic: list[bool]) -> list[str]:
    w = norm[i]
    feats = [f"w={w}", f"shape={shapes[i]}", f"len={min(len(w), 8)}", f"clitic={clitic[i]}",
             f"after_clitic={i > 0 and clitic[i - 1]}", f"al={w.startswith('ال')}"]
    feats += [f"p{n}={w[:n]}" for n in (2, 3)] + [f"s{n}={w[-n:]}" for n in (1, 2, 3)]
    for off in (-2, -1, 1, 2):
        j = i + off
        if 0 <= j < len(norm):
            feats.append(f"w{off:+d}={norm[j]}")
            feats.append(f"shape{off:+d}={shapes[j]}")
        else:
            feats.append(f"w{off:+d}=<pad>")
    return feats


def sentence_features(text: str, toks: list[Segment]) -> list[list[str]]:
    """CRFsuite feature strings of each token of one sentence."""
    strings = [text[t.start:t.end] for t in toks]
    norm = [normalize(w).text for w in strings]  # each word normalized once, not once per context position
    shapes = [_shape(w) for w in strings]
    clitic = [i + 1 < len(toks) and toks[i].end == toks[i + 1].start and is_proclitic_prefix(strings[i])
              for i in range(len(toks))]
    return [_features(norm, shapes, i, clitic) for i in range(len(toks))]


def _spans(toks: list[Segment], tags: Sequence[str]) -> list[Span]:
    """BIO tags to ``(start, end, type)``; an I- tag that cannot continue starts an entity (IOB1-tolerant)."""
    found: list[list] = []
    current = None
    for tok, tag in zip(toks, tags):
        if tag == "O":
            current = None
            continue
        prefix, etype = tag.split("-", 1)
        if prefix == "I" and current is not None and current[2] == etype:
            current[1] = tok.end
        else:
            current = [tok.start, tok.end, etype]
            found.append(current)
    return [(s, e, t) for s, e, t in found]


_PROBE = """
import sys
import pycrfsuite
tagger = pycrfsuite.Tagger()
tagger.open_inmemory(sys.stdin.buffer.read())
info = tagger.info()
labels = list(tagger.labels())
feats = [{**{a: 1.0 for a in list(info.attributes)[i::7][:50]}, "bias": 1.0} for i in range(7)]
tagger.tag(feats)
for i in range(len(feats)):
    for label in labels:
        tagger.marginal(label, i)
print(len(labels))
"""


def probe_crf_model(model_bytes: bytes, name: str = "CRF model") -> None:
    """Open and exercise a CRFsuite model in a child process first: CRFsuite is C code that a damaged or crafted
    model file can crash (segmentation fault), which must never take the caller's process down. Raises
    ``ValueError`` naming the problem when the child fails."""
    import subprocess
    import sys

    try:
        done = subprocess.run([sys.executable, "-c", _PROBE], input=model_bytes, capture_output=True, timeout=120)
    except subprocess.TimeoutExpired:
        raise ValueError(f"{name}: CRFsuite did not finish reading it within 120 s; the file is damaged") from None
    if done.returncode != 0:
        why = (f"CRFsuite crashed reading it (signal {-done.returncode})" if done.returncode < 0 else
               "CRFsuite cannot read it: " + (done.stderr.decode("utf-8", "replace").strip().splitlines() or ["?"])[-1])
        raise ValueError(f"{name}: {why}; the file is damaged or not a CRFsuite model")


class CRFTagger:
    """Train with :meth:`fit`, tag with :meth:`tag`; :meth:`to_bytes` / ``CRFTagger(model_bytes)`` round-trip."""

    def __init__(self, model_bytes: bytes | None = None):
        self.model_bytes = model_bytes
        self._tagger = None

    @classmethod
    def fit(cls, documents: Sequence[Document], c1: float = 0.05, c2: float = 0.05,
            max_iterations: int = 150) -> "CRFTagger":
        import pycrfsuite

        trainer = pycrfsuite.Trainer(verbose=False)
        for doc in documents:
            for toks in crf_tokens(doc.text):
                trainer.append(sentence_features(doc.text, toks), bio_tags(doc, toks))
        trainer.set_params({"c1": c1, "c2": c2, "max_iterations": max_iterations,
                            "feature.possible_transitions": True})
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "crf.model"
            trainer.train(str(path))
            return cls(path.read_bytes())

    def to_bytes(self) -> bytes:
        if self.model_bytes is None:
            raise ValueError("CRFTagger: not trained (call CRFTagger.fit first)")
        return self.model_bytes

    def tag(self, text: str) -> list[Span]:
        """Entity spans ``(start, end, type)`` of ``text``, sorted by start; offsets index ``text``."""
        if self._tagger is None:
            import pycrfsuite

            tagger = pycrfsuite.Tagger()
            tagger.open_inmemory(self.to_bytes())
            self._tagger = tagger
        out: list[Span] = []
        for toks in crf_tokens(text):
            out += _spans(toks, self._tagger.tag(sentence_features(text, toks)))
        return out
