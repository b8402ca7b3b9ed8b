"""Entity baselines scored on the same folds as the transformer.

* :class:`GazetteerBaseline`: exact string matches of training mentions, longest first, on whole
  words (proclitics allowed before a match); a surface seen with several types takes the most
  frequent one.
* :class:`CRFBaseline`: a linear-chain CRF (CRFsuite) over clitic-aware word tokens with word shape,
  affix, clitic and context features (:mod:`arabic_ie.boosters.crf`).
"""

from __future__ import annotations

from typing import Sequence

from ..data.document import Document, Entity
from ..boosters.crf import CRFTagger, crf_tokens  # noqa: F401  (crf_tokens: re-exported)
from ..boosters.lexicon import Lexicon


def _renumber(doc_id: str, text: str, entities: list[Entity]) -> Document:
    ents = sorted(entities, key=lambda e: e.start)
    for i, e in enumerate(ents):
        e.id = f"T{i + 1}"
    return Document(doc_id, text, ents, [])


class GazetteerBaseline:
    """Longest-match lookup of training mentions (a :class:`~arabic_ie.boosters.lexicon.Lexicon`)."""

    def __init__(self) -> None:
        self.lexicon = Lexicon()

    def fit(self, documents: Sequence[Document]) -> "GazetteerBaseline":
        self.lexicon = Lexicon.fit(documents)
        return self

    def predict(self, doc_id: str, text: str) -> Document:
        found = [Entity("", etype, start, end, text[start:end]) for start, end, etype in self.lexicon.match(text)]
        return _renumber(doc_id, text, found)


class CRFBaseline:
    """Feature-based linear-chain CRF for entities (a :class:`~arabic_ie.boosters.crf.CRFTagger`)."""

    def __init__(self, c1: float = 0.05, c2: float = 0.05, max_iterations: int = 150):
        self.params = {"c1": c1, "c2": c2, "max_iterations": max_iterations}
        self.tagger: CRFTagger | None = None

    def fit(self, documents: Sequence[Document]) -> "CRFBaseline":
        self.tagger = CRFTagger.fit(documents, **self.params)
        return self

    def predict(self, doc_id: str, text: str) -> Document:
        if self.tagger is None:
            raise ValueError("CRFBaseline: call fit first")
        found = [Entity("", etype, start, end, text[start:end]) for start, end, etype in self.tagger.tag(text)]
        return _renumber(doc_id, text, found)
