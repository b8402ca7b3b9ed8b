"""A user's own list of names: where the transformer found nothing, a listed name is tagged with its type."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any, Sequence

from ..core.hooks import DocumentView
from ..core.spans import Mention, Occupied, mention, renumber
from ..data.document import Document
from .base import Booster, BoosterError, FitContext, register
from .lexicon import Lexicon


def read_name_list(path: Path, entity_types: Sequence[str]) -> dict[str, str]:
    """``surface -> type`` from a UTF-8 file of ``NAME<TAB>TYPE`` lines (``#`` comments and blank lines skipped);
    a bad line is an error naming the file and line."""
    names: dict[str, str] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise BoosterError(f"booster gazetteer: cannot read {path}: {exc}") from None
    for lineno, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        surface, sep, etype = line.rpartition("\t")
        surface, etype = surface.strip(), etype.strip()
        if not sep or not surface:
            raise BoosterError(f"{path}:{lineno}: expected NAME<TAB>TYPE, got {line!r}")
        if etype not in entity_types:
            raise BoosterError(f"{path}:{lineno}: unknown entity type {etype!r}; known: {', '.join(entity_types)}")
        names[surface] = etype
    return names


@register
class GazetteerBooster(Booster):
    """Names from a user's list (``path``: NAME<TAB>TYPE lines), tagged where they overlap no kept entity."""

    name = "gazetteer"
    fit_stage = "before"
    defaults = {"path": "", "score": 0.5}
    FILE = "gazetteer.json"

    def __init__(self, **params: Any) -> None:
        super().__init__(**params)
        self.names: dict[str, str] = {}
        self._lexicon: Lexicon | None = None

    def fit(self, documents: Sequence[Document], context: FitContext) -> dict[str, Any]:
        if self.params["path"]:
            self.names = read_name_list(Path(self.params["path"]), context.schema.entity_types)
        self.fitted = True
        return {"names": len(self.names)}

    def save(self, directory: Path) -> list[str]:
        (directory / self.FILE).write_text(json.dumps(self.names, ensure_ascii=False, sort_keys=True, indent=0),
                                           encoding="utf-8")
        return [self.FILE]

    def load(self, directory: Path) -> None:
        self.names = json.loads((directory / self.FILE).read_text(encoding="utf-8"))
        self.fitted = True

    def describe(self) -> str:
        return f"gazetteer: {len(self.names)} listed names tagged where the model found no entity"

    def entities(self, view: DocumentView, mentions: list[Mention]) -> list[Mention]:
        if not self.names:
            return mentions
        if self._lexicon is None:
            self._lexicon = Lexicon({s: Counter({t: 1}) for s, t in self.names.items()})
        taken = Occupied()
        for ent, _, _ in mentions:
            taken.add(ent.start, ent.end)
        out = list(mentions)
        for start, end, etype in self._lexicon.match(view.text):
            if taken.overlaps(start, end):
                continue
            item = mention(view.encoding, etype, start, end, self.params["score"])
            if item is not None:
                out.append(item)
                taken.add(start, end)
        out.sort(key=lambda m: m[0].start)
        return renumber(out)
