"""Entity baselines scored on the same folds as the transformer.

* :class:`GazetteerBaseline`: exact string matches of training mentions, longest first, on whole
  words (proclitics allowed before a match); a surface seen with several types takes the most
  frequent one.
* :class:`CRFBaseline`: a linear-chain CRF (CRFsuite) over clitic-aware word tokens with word shape,
  affix, clitic and context features.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Sequence

from ..data.arabic import is_proclitic_prefix
from ..data.conll import bio_tags
from ..data.document import Document, Entity
from ..data.normalize import normalize
from ..data.segment import Segment, sentences, words
from ..modeling.lexicon import Lexicon


def _renumber(doc_id: str, text: str, entities: list[Entity]) -> Document:
    ents = sorted(entities, key=lambda e: e.start)
    for i, e in enumerate(ents):
        e.id = f"T{i + 1}"
    return Document(doc_id, text, ents, [])


class GazetteerBaseline:
    """Longest-match lookup of training mentions (a :class:`~arabic_ie.modeling.lexicon.Lexicon`)."""

    def __init__(self) -> None:
        self.lexicon = Lexicon()

    def fit(self, documents: Sequence[Document]) -> "GazetteerBaseline":
        self.lexicon = Lexicon.fit(documents)
        return self

    def predict(self, doc_id: str, text: str) -> Document:
        found = [Entity("", etype, start, end, text[start:end]) for start, end, etype in self.lexicon.match(text)]
        return _renumber(doc_id, text, found)


def _proclitic_split(text: str, token: Segment) -> list[Segment]:
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


def crf_tokens(doc: Document) -> list[list[Segment]]:
    """Sentences of clitic-split word tokens (the same tokenization at training and prediction)."""
    out = []
    for sent in sentences(doc.text):
        toks = []
        for tok in words(doc.text, sent.start, sent.end):
            toks += _proclitic_split(doc.text, tok)
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


def _features(tokens: list[str], i: int, clitic: list[bool]) -> list[str]:
    w = normalize(tokens[i]).text
    feats = [f"w={w}", f"shape={_shape(tokens[i])}", f"len={min(len(w), 8)}", f"clitic={clitic[i]}",
             f"after_clitic={i > 0 and clitic[i - 1]}", f"al={w.startswith('ال')}"]
    feats += [f"p{n}={w[:n]}" for n in (2, 3)] + [f"s{n}={w[-n:]}" for n in (1, 2, 3)]
    for off in (-2, -1, 1, 2):
        j = i + off
        if 0 <= j < len(tokens):
            feats.append(f"w{off:+d}={normalize(tokens[j]).text}")
            feats.append(f"shape{off:+d}={_shape(tokens[j])}")
        else:
            feats.append(f"w{off:+d}=<pad>")
    return feats


class CRFBaseline:
    """Feature-based linear-chain CRF for entities (python-crfsuite)."""

    def __init__(self, c1: float = 0.05, c2: float = 0.05, max_iterations: int = 150):
        self.params = {"c1": c1, "c2": c2, "max_iterations": max_iterations, "feature.possible_transitions": True}
        self.model_path: Path | None = None
        self._tmp = tempfile.TemporaryDirectory()

    def _sentence_features(self, doc: Document, toks: list[Segment]) -> list[list[str]]:
        strings = [doc.text[t.start:t.end] for t in toks]
        clitic = [i + 1 < len(toks) and toks[i].end == toks[i + 1].start and is_proclitic_prefix(strings[i])
                  for i in range(len(toks))]
        return [_features(strings, i, clitic) for i in range(len(toks))]

    def fit(self, documents: Sequence[Document]) -> "CRFBaseline":
        import pycrfsuite

        trainer = pycrfsuite.Trainer(verbose=False)
        for doc in documents:
            for toks in crf_tokens(doc):
                trainer.append(self._sentence_features(doc, toks), bio_tags(doc, toks))
        trainer.set_params(self.params)
        self.model_path = Path(self._tmp.name) / "crf.model"
        trainer.train(str(self.model_path))
        return self

    def predict(self, doc_id: str, text: str) -> Document:
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        tagger.open(str(self.model_path))
        doc = Document(doc_id, text)
        found: list[Entity] = []
        for toks in crf_tokens(doc):
            tags = tagger.tag(self._sentence_features(doc, toks))
            current = None
            for tok, tag in zip(toks, tags):
                if tag == "O":
                    current = None
                    continue
                prefix, etype = tag.split("-", 1)
                if prefix == "I" and current is not None and current.type == etype:
                    current.end = tok.end
                else:
                    current = Entity("", etype, tok.start, tok.end, "")
                    found.append(current)
        for e in found:
            e.text = text[e.start:e.end]
        tagger.close()
        return _renumber(doc_id, text, found)
