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


_WORKER = r"""
import json, sys
import pycrfsuite
stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
model = stdin.read(int(stdin.readline()))  # CRFsuite reads this buffer in place: it must stay referenced
tagger = pycrfsuite.Tagger()
tagger.open_inmemory(model)
labels = list(tagger.labels())
stdout.write(b"ready\n"); stdout.flush()
for line in stdin:
    tags = [tagger.tag(xseq) for xseq in json.loads(line)]
    stdout.write(json.dumps(tags).encode() + b"\n"); stdout.flush()
"""


class CRFWorkerError(ValueError):
    """The CRFsuite child process failed: the model file is damaged (or the process was killed)."""


class _IsolatedTagger:
    """CRFsuite in a child process: a damaged or crafted model file can crash C code (segmentation fault); here
    that kills the child only and becomes a :class:`CRFWorkerError` naming the file."""

    def __init__(self, model_bytes: bytes, name: str) -> None:
        import subprocess
        import sys

        self.name = name
        self.proc = subprocess.Popen([sys.executable, "-c", _WORKER], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE)
        try:
            self.proc.stdin.write(f"{len(model_bytes)}\n".encode() + model_bytes)
            self.proc.stdin.flush()
            ready = self.proc.stdout.readline()
        except (BrokenPipeError, OSError):
            ready = b""
        if ready != b"ready\n":
            self._fail()

    def _fail(self) -> None:
        import signal

        self.proc.kill()
        code = self.proc.wait()
        err = self.proc.stderr.read().decode("utf-8", "replace").strip().splitlines()
        why = (f"CRFsuite crashed on it ({signal.Signals(-code).name})" if code < 0 and -code in
               signal.Signals._value2member_map_ else f"CRFsuite cannot read it ({err[-1] if err else code})")
        raise CRFWorkerError(f"{self.name}: {why}; the file is damaged or not a CRFsuite model")

    def tag_many(self, xseqs: list) -> list[list[str]]:
        import json

        try:
            self.proc.stdin.write(json.dumps(xseqs, ensure_ascii=False).encode("utf-8") + b"\n")
            self.proc.stdin.flush()
            line = self.proc.stdout.readline()
        except (BrokenPipeError, OSError):
            line = b""
        if not line:
            self._fail()
        return json.loads(line)

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            stream.close()

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:  # noqa: BLE001 - interpreter shutdown
            pass


class CRFTagger:
    """Train with :meth:`fit`, tag with :meth:`tag`; :meth:`to_bytes` / ``CRFTagger(model_bytes)`` round-trip.

    ``isolated`` (for bytes read from a file): CRFsuite runs in a child process, so a damaged model is a
    :class:`CRFWorkerError`, never a crash of this process; the model is opened (and checked) at once."""

    def __init__(self, model_bytes: bytes | None = None, isolated: bool = False, name: str = "CRF model"):
        self.model_bytes = model_bytes
        self._tagger = None
        self._worker = _IsolatedTagger(model_bytes, name) if isolated and model_bytes is not None else None

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
        if self._worker is not None:
            sentences = crf_tokens(text)
            tags = self._worker.tag_many([sentence_features(text, toks) for toks in sentences])
            return [span for toks, seq in zip(sentences, tags) for span in _spans(toks, seq)]
        if self._tagger is None:
            import pycrfsuite

            tagger = pycrfsuite.Tagger()
            tagger.open_inmemory(self.to_bytes())
            self._tagger = tagger
        out: list[Span] = []
        for toks in crf_tokens(text):
            out += _spans(toks, self._tagger.tag(sentence_features(text, toks)))
        return out
