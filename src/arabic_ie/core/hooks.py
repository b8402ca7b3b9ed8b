"""The points where decoding can be extended, and the do-nothing default.

The core calls one :class:`DecodeHooks` object while it decodes; whatever composes plug-ins (a list of them,
each with its own state) implements it. The core itself never knows which plug-ins exist.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

import torch

from ..data.document import Entity
from .spans import Mention
from .windows import DocumentEncoding

PairRow = Callable[[int, int], list[int]]


@dataclass
class DocumentView:
    """One document being decoded: its encoding and a cache the hooks may share for this document."""

    index: int
    encoding: DocumentEncoding
    cache: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.encoding.text


class DecodeHooks:
    """No-op hooks: the transformer alone."""

    def token_tags(self, view: DocumentView) -> Sequence[int] | None:
        """Extra tag ids, one per subword of ``view.encoding`` (``config.token_tag_vocab`` slot), or None."""
        return None

    def pair_rows(self, view: DocumentView, entities: Sequence[Entity]) -> PairRow | None:
        """``row(h, t)``: the extra pair feature ids (``config.pair_feature_sizes`` slot) of a candidate pair
        (indices into ``entities``, sorted by start), or None."""
        return None

    def entities(self, view: DocumentView, mentions: list[Mention]) -> list[Mention]:
        """The document's entities after the transformer's decoding (non-overlapping, in text order)."""
        return mentions

    def relation_probs(self, view: DocumentView, entities: Sequence[Entity], pairs: Sequence[tuple[int, int]],
                       probs: torch.Tensor) -> torch.Tensor:
        """Relation probabilities ``(P, R)`` of ``pairs`` (indices into ``entities``) after the relation head."""
        return probs


NO_HOOKS = DecodeHooks()
