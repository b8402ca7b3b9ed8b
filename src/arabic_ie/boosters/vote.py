"""Entity vote: keep a span when two of three taggers agree on it.

The voters are the transformer (after its entity threshold), the ``lexicon`` booster's matches (longest
match, as the gazetteer baseline) and a CRF over clitic-split words (:mod:`.crf`) fitted after the neural
training and stored as its own file. Each voter returns non-overlapping spans, so the kept spans never
overlap (two overlapping spans would need four votes). A kept span's score is the mean of the voters'
confidences: the transformer's probability when it voted for the span, 1 for each other voter that did.

The lexicon only knows names of the training documents, so it abstains where none of its matches overlaps a
span: there the vote would need the transformer *and* the CRF to agree, and a name no training document
contains would lose a voter for being new. With ``unseen: transformer`` (the default) the transformer alone
decides on such spans (its span is kept with its own probability; a span only the CRF proposes is not added),
so the vote arbitrates names the training documents hold without cutting recall on unseen ones.
``unseen: vote`` restores the plain two-of-three rule everywhere.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

from ..core.hooks import DocumentView
from ..core.spans import Mention, Span, mention, renumber, select_non_overlapping
from ..core.windows import DocumentEncoding
from ..data.document import Document
from .base import Booster, BoosterError, FitContext, register
from .crf import CRFTagger, CRFWorkerError

VOTERS = 3
MIN_VOTES = 2


UNSEEN_RULES = ("transformer", "vote")


def _overlaps_any(start: int, end: int, spans: Sequence[Span]) -> bool:
    return any(s < end and start < e for s, e, _ in spans)


def vote_entities(enc: DocumentEncoding, model_entities: Sequence[Mention], lexicon_spans: Sequence[Span],
                  crf_spans: Sequence[Span], unseen: str = "transformer") -> list[Mention]:
    """The spans at least two voters agree on (exact start, end and type), with their token spans.

    With ``unseen="transformer"`` a span no lexicon match overlaps is the transformer's call alone.
    """
    if unseen not in UNSEEN_RULES:
        raise ValueError(f"unseen must be one of {', '.join(UNSEEN_RULES)}, not {unseen!r}")
    model = {(e.start, e.end, e.type): (e, first, last) for e, first, last in model_entities}
    lexicon, crf = set(lexicon_spans), set(crf_spans)
    kept: list[Mention] = []
    for key in sorted(set(model) | lexicon | crf):
        if unseen == "transformer" and not _overlaps_any(key[0], key[1], lexicon_spans):
            if key in model:  # the lexicon abstains: the transformer decides, with its own probability
                kept.append(model[key])
            continue
        votes = (key in model) + (key in lexicon) + (key in crf)
        if votes < MIN_VOTES:
            continue
        start, end, etype = key
        score = (((model[key][0].score or 0.0) if key in model else 0.0) + (key in lexicon) + (key in crf)) / VOTERS
        if key in model:
            entity = model[key][0]
            entity.score = score
            kept.append((entity, model[key][1], model[key][2]))
            continue
        item = mention(enc, etype, start, end, score)
        if item is not None:
            kept.append(item)
    # defensive: the voters' own non-overlap means the winners cannot overlap, but never emit any that do
    kept.sort(key=lambda x: (x[0].start, -x[0].score))
    return renumber(select_non_overlapping(kept, lambda m: (m[0].start, m[0].end)))


@register
class VoteBooster(Booster):
    """Two of three voters (transformer, lexicon, CRF) must agree on an entity's span and type."""

    name = "vote"
    requires = ("lexicon",)
    fit_stage = "after"
    defaults = {"c1": 0.05, "c2": 0.05, "max_iterations": 150, "unseen": "transformer"}
    FILE = "vote_crf.crfsuite"

    def __init__(self, **params: Any) -> None:
        super().__init__(**params)
        if self.params["unseen"] not in UNSEEN_RULES:
            raise BoosterError(f"booster vote: unseen must be one of {', '.join(UNSEEN_RULES)}, "
                               f"not {self.params['unseen']!r}")
        self.tagger: CRFTagger | None = None
        self.documents = 0

    def fit(self, documents: Sequence[Document], context: FitContext) -> dict[str, Any]:
        self.tagger = CRFTagger.fit(documents, c1=self.params["c1"], c2=self.params["c2"],
                                    max_iterations=self.params["max_iterations"])
        self.documents = len(documents)
        self.fitted = True
        return {"voters": ["transformer", "lexicon", "crf"], "min_votes": MIN_VOTES, "crf_documents": len(documents),
                "crf_bytes": len(self.tagger.to_bytes())}

    def save(self, directory: Path) -> list[str]:
        (Path(directory) / self.FILE).write_bytes(self.tagger.to_bytes())
        return [self.FILE]

    def load(self, directory: Path) -> None:
        path = Path(directory) / self.FILE
        try:  # CRFsuite in a child process: a damaged or crafted file must not crash this one
            self.tagger = CRFTagger(path.read_bytes(), isolated=True, name=str(path))
        except CRFWorkerError as exc:
            raise BoosterError(f"booster {self.name}: {exc}") from None
        self.fitted = True

    def describe(self) -> str:
        size = f" ({len(self.tagger.to_bytes()):,} bytes, `{self.FILE}`)" if self.tagger is not None else ""
        rule = ("; where no lexicon match overlaps a span (an unseen name) the transformer decides alone"
                if self.params["unseen"] == "transformer" else "")
        return ("an entity is kept when two of three voters agree on its span and type: the transformer (after its "
                f"threshold), the lexicon and a CRF over clitic-split words{size}{rule}")

    def entities(self, view: DocumentView, mentions: list[Mention]) -> list[Mention]:
        if self.tagger is None:
            raise BoosterError("booster vote: no CRF (fit or load it first)")
        lexicon = self.pipeline.get("lexicon")
        return vote_entities(view.encoding, mentions, lexicon.matches(view), self.tagger.tag(view.text),
                             unseen=self.params["unseen"])
