"""The booster protocol: a small-corpus heuristic that plugs into the transformer's decoding and training.

A booster has a ``name`` (its key in configs and ``boosters.json``), the boosters it ``requires``, when it is
fitted (``fit_stage``: ``before`` the neural training, because it shapes the model's inputs; ``after`` it; or
``none``), ``fit`` / ``save`` / ``load`` of its own state in its own files of the model directory, the
hooks it implements and a one-line :meth:`describe` for the model card. Subclasses register themselves with
:func:`register`; every module of this package is imported on first use, so a new booster is one module.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Sequence

import torch

from ..core.candidates import CandidateFn, schema_candidates
from ..core.hooks import DocumentView, PairRow
from ..core.spans import Mention
from ..data.document import Document, Entity
from ..schema import Schema

if TYPE_CHECKING:
    from .pipeline import BoosterPipeline

FIT_STAGES = ("before", "after", "none")


class BoosterError(ValueError):
    """A bad booster list or booster state: unknown name, bad parameter, missing requirement or file."""


@dataclass
class FitContext:
    """What a booster may use when it is fitted."""

    schema: Schema
    candidate_fn: CandidateFn = schema_candidates
    seed: int = 0


class Booster:
    """Base class: every hook is a no-op, and a booster without state saves nothing."""

    name: ClassVar[str] = ""
    requires: ClassVar[tuple[str, ...]] = ()
    fit_stage: ClassVar[str] = "none"
    #: Parameter names and their defaults; a config may set only these.
    defaults: ClassVar[dict[str, Any]] = {}

    def __init__(self, **params: Any) -> None:
        unknown = sorted(set(params) - set(self.defaults))
        if unknown:
            known = ", ".join(self.defaults) or "none"
            raise BoosterError(f"booster {self.name}: unknown parameter(s) {', '.join(unknown)} (known: {known})")
        self.params: dict[str, Any] = {**self.defaults, **params}
        for key, value in self.params.items():
            default = self.defaults[key]
            if default is not None and not isinstance(value, type(default)) and not (
                    isinstance(default, float) and isinstance(value, int) and not isinstance(value, bool)):
                raise BoosterError(f"booster {self.name}: parameter {key} must be {type(default).__name__}, "
                                   f"got {value!r}")
        self.fitted = self.fit_stage == "none"
        self.pipeline: BoosterPipeline | None = None
        self.schema: Schema | None = None

    # --- life cycle ------------------------------------------------------------------------------
    def bind(self, pipeline: "BoosterPipeline", schema: Schema) -> None:
        """Called by the pipeline: the boosters this one requires are ``pipeline.get(name)``."""
        self.pipeline = pipeline
        self.schema = schema

    def fit(self, documents: Sequence[Document], context: FitContext) -> dict[str, Any]:
        """Learn this booster's state from gold ``documents``; returns what to report about it."""
        self.fitted = True
        return {}

    def save(self, directory: Path) -> list[str]:
        """Write this booster's state into ``directory``; returns the file names written."""
        return []

    def load(self, directory: Path) -> None:
        """Read the state written by :meth:`save`."""
        self.fitted = True

    def describe(self) -> str:
        """One line for the model card."""
        raise NotImplementedError

    # --- input slots (sizes fixed when the model is built) ------------------------------------------
    def token_tag_vocab(self, schema: Schema) -> int:
        """Number of token tag ids this booster feeds the model (0: none)."""
        return 0

    def pair_feature_sizes(self, schema: Schema) -> list[int]:
        """Number of ids of each extra pair feature this booster feeds the relation head."""
        return []

    # --- hooks (``own``: the gold document itself during training, to be left out of what it says) ------
    def token_tags(self, view: DocumentView, own: Document | None = None) -> Sequence[int] | None:
        return None

    def pair_rows(self, text: str, entities: Sequence[Entity], own: Document | None = None) -> PairRow | None:
        return None

    def entities(self, view: DocumentView, mentions: list[Mention]) -> list[Mention]:
        return mentions

    def relation_probs(self, view: DocumentView, entities: Sequence[Entity], pairs: Sequence[tuple[int, int]],
                       probs: torch.Tensor) -> torch.Tensor:
        return probs

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in self.params.items())})"


REGISTRY: dict[str, type[Booster]] = {}


def register(cls: type[Booster]) -> type[Booster]:
    """Class decorator: make ``cls`` available under ``cls.name`` in configs and model directories."""
    if not cls.name:
        raise TypeError(f"{cls.__name__}: a booster needs a name")
    if cls.fit_stage not in FIT_STAGES:
        raise TypeError(f"{cls.__name__}: fit_stage must be one of {', '.join(FIT_STAGES)}")
    REGISTRY[cls.name] = cls
    return cls
