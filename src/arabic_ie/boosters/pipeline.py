"""An ordered list of boosters: built from a config, fitted by training, saved as ``boosters.json``.

The pipeline is the :class:`~arabic_ie.core.hooks.DecodeHooks` object the core decodes with: token tags
come from the one booster that provides them, pair features are the concatenation of the boosters' rows,
and the entity and relation hooks run in list order. A booster fitted ``after`` the neural training is
skipped until it is fitted (the dev evaluations during training see the boosters that are ready).
"""

from __future__ import annotations

import hashlib
import importlib
import json
import pkgutil
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any, Iterable, Sequence

import torch
import yaml

from ..core.hooks import DecodeHooks, DocumentView, PairRow
from ..core.spans import Mention
from ..core.windows import DocumentEncoding
from ..data.document import Document, Entity
from ..schema import Schema
from .base import REGISTRY, Booster, BoosterError, FitContext

MANIFEST = "boosters.json"
_discovered = False


def registry() -> dict[str, type[Booster]]:
    """All registered boosters: this package's modules and the ``arabic_ie.boosters`` entry points."""
    global _discovered
    if not _discovered:
        package = importlib.import_module(__package__)
        for info in pkgutil.iter_modules(package.__path__):
            importlib.import_module(f"{__package__}.{info.name}")
        for ep in entry_points(group="arabic_ie.boosters"):
            ep.load()
        _discovered = True
    return REGISTRY


def parse_specs(specs: Iterable[Any], source: str = "config key boosters") -> list[tuple[str, dict[str, Any]]]:
    """``[name | {name: {param: value}}]`` -> ``[(name, params)]``, with errors naming the entry."""
    parsed = []
    for i, spec in enumerate(specs):
        if isinstance(spec, str):
            name, params = spec, {}
        elif isinstance(spec, dict) and len(spec) == 1:
            name, params = next(iter(spec.items()))
            params = params or {}
            if not isinstance(params, dict):
                raise BoosterError(f"{source}: entry #{i + 1} ({name}): parameters must be a mapping, got {params!r}")
        else:
            raise BoosterError(f"{source}: entry #{i + 1} must be a name or {{name: {{parameters}}}}, got {spec!r}")
        parsed.append((str(name), dict(params)))
    return parsed


def _instantiate(specs: Iterable[Any], source: str) -> list[Booster]:
    """The boosters of ``specs``, each constructed with its parameters (unknown names and parameters refused)."""
    known = registry()
    boosters = []
    for name, params in parse_specs(specs, source):
        if name not in known:
            raise BoosterError(f"{source}: unknown booster {name!r} (known: {', '.join(sorted(known))})")
        boosters.append(known[name](**params))
    return boosters


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class BoosterPipeline(DecodeHooks):
    """Boosters in order, bound to one schema."""

    def __init__(self, boosters: Sequence[Booster], schema: Schema) -> None:
        self.boosters = list(boosters)
        self.schema = schema
        names = [b.name for b in self.boosters]
        for b in self.boosters:
            if names.count(b.name) > 1:
                raise BoosterError(f"booster {b.name} is listed twice")
            for required in b.requires:
                if required not in names[:names.index(b.name)]:
                    raise BoosterError(f"booster {b.name} requires {required} earlier in the list "
                                       f"(boosters: {', '.join(names) or 'none'})")
        taggers = [b.name for b in self.boosters if b.token_tag_vocab(schema)]
        if len(taggers) > 1:
            raise BoosterError(f"boosters {', '.join(taggers)} all feed token tags; the model has one token tag slot")
        for b in self.boosters:
            b.bind(self, schema)

    @classmethod
    def from_specs(cls, specs: Iterable[Any], schema: Schema, source: str = "config key boosters"
                   ) -> "BoosterPipeline":
        return cls(_instantiate(specs, source), schema)

    @property
    def names(self) -> list[str]:
        return [b.name for b in self.boosters]

    def specs(self) -> list[dict[str, Any]]:
        return [{b.name: dict(b.params)} for b in self.boosters]

    def get(self, name: str) -> Booster:
        for b in self.boosters:
            if b.name == name:
                return b
        raise BoosterError(f"no booster {name!r} in this pipeline ({', '.join(self.names) or 'none'})")

    def without(self, names: Iterable[str]) -> tuple["BoosterPipeline", list[str]]:
        """This pipeline less ``names`` and whatever requires them; returns it and every name dropped."""
        dropped = set(names)
        unknown = sorted(dropped - set(self.names))
        if unknown:
            raise BoosterError(f"no booster {', '.join(unknown)} in this model (boosters: "
                               f"{', '.join(self.names) or 'none'})")
        kept = []
        for b in self.boosters:
            if b.name in dropped or any(r in dropped for r in b.requires):
                dropped.add(b.name)
            else:
                kept.append(b)
        return BoosterPipeline(kept, self.schema), [n for n in self.names if n in dropped]

    def with_(self, specs: Iterable[Any], source: str = "--with") -> tuple["BoosterPipeline", list[str]]:
        """This pipeline plus the boosters of ``specs`` that need no fitting (``patterns``, ``propagation``, ...),
        appended in the given order; returns it and the names added. A spec is a name, ``{name: {param: value}}``
        or that mapping as YAML text (``"{patterns: {fill_only: true}}"``, from a command line). A booster that
        learns from training data (``lexicon``, ``vote``, ...) cannot be added to a trained model: retrain with it
        in the config."""
        try:
            specs = [yaml.safe_load(s) if isinstance(s, str) and s.lstrip().startswith("{") else s for s in specs]
        except yaml.YAMLError as exc:
            raise BoosterError(f"{source}: not a booster name or YAML mapping ({exc})") from None
        added = _instantiate(specs, source)
        for b in added:
            if b.fit_stage != "none":
                raise BoosterError(f"{source}: booster {b.name} is fitted on training data ({b.fit_stage} the neural "
                                   "training); add it to the config's boosters and train again")
            if b.name in self.names:
                raise BoosterError(f"{source}: booster {b.name} is already in this model (boosters: "
                                   f"{', '.join(self.names)})")
        return BoosterPipeline([*self.boosters, *added], self.schema), [b.name for b in added]

    # --- slots -------------------------------------------------------------------------------------
    def token_tag_vocab(self) -> int:
        return max([b.token_tag_vocab(self.schema) for b in self.boosters] or [0])

    def pair_feature_sizes(self) -> list[int]:
        return [n for b in self.boosters for n in b.pair_feature_sizes(self.schema)]

    # --- fitting and state -------------------------------------------------------------------------
    def fit(self, stage: str, documents: Sequence[Document], context: FitContext) -> dict[str, Any]:
        """Fit every booster of ``stage`` (``before`` / ``after``) on ``documents``; returns their reports."""
        return {b.name: b.fit(documents, context) for b in self.boosters if b.fit_stage == stage}

    def save(self, directory: Path) -> Path:
        """Write each booster's files and the manifest (order, parameters, files with their sha256)."""
        directory = Path(directory)
        entries = []
        for b in self.boosters:
            if not b.fitted:
                raise BoosterError(f"booster {b.name} was never fitted; nothing to save")
            files = b.save(directory)
            entries.append({"name": b.name, "params": b.params,
                            "files": {f: _sha256(directory / f) for f in files}})
        path = directory / MANIFEST
        path.write_text(json.dumps({"format_version": 1, "boosters": entries}, indent=2, ensure_ascii=False) + "\n",
                        encoding="utf-8")
        return path

    @classmethod
    def load(cls, directory: Path, schema: Schema) -> "BoosterPipeline":
        """The boosters a model directory lists (none when it has no manifest), their files checked first."""
        directory = Path(directory)
        path = directory / MANIFEST
        if not path.exists():
            return cls([], schema)
        source = str(path)
        try:
            manifest = json.loads(path.read_text(encoding="utf-8"))
            entries = manifest["boosters"]
            specs = [{e["name"]: e.get("params") or {}} for e in entries]
        except (ValueError, KeyError, TypeError) as exc:
            raise BoosterError(f"{source}: not a valid booster manifest ({type(exc).__name__}: {exc})") from None
        pipeline = cls.from_specs(specs, schema, source=source)
        for booster, entry in zip(pipeline.boosters, entries):
            for name, digest in (entry.get("files") or {}).items():
                file = directory / name
                if Path(name).name != name:
                    raise BoosterError(f"{source}: booster {booster.name}: file name {name!r} leaves the directory")
                if not file.is_file():
                    raise BoosterError(f"{source}: booster {booster.name}: missing file {name}")
                if _sha256(file) != digest:
                    raise BoosterError(f"{source}: booster {booster.name}: {name} does not match its checksum "
                                       "(changed or corrupt since the model was saved)")
            try:
                booster.load(directory)
            except BoosterError:
                raise
            except Exception as exc:
                raise BoosterError(f"{source}: booster {booster.name}: cannot read its state "
                                   f"({type(exc).__name__}: {exc})") from None
        return pipeline

    def describe(self) -> list[str]:
        return [f"`{b.name}`: {b.describe()}" for b in self.boosters]

    # --- training-time hooks (window features of gold documents) ---------------------------------------
    def training_token_tags(self, encoding: DocumentEncoding, document: Document) -> Sequence[int]:
        tags = self._token_tags(DocumentView(0, encoding), own=document)
        return tags if tags is not None else [0] * len(encoding)

    def training_pair_rows(self, document: Document, entities: Sequence[Entity]) -> PairRow:
        return self._pair_rows(document.text, entities, own=document)

    # --- DecodeHooks ----------------------------------------------------------------------------------
    def _ready(self) -> list[Booster]:
        return [b for b in self.boosters if b.fitted]

    def _token_tags(self, view: DocumentView, own: Document | None = None) -> Sequence[int] | None:
        for b in self._ready():
            if b.token_tag_vocab(self.schema):
                return b.token_tags(view, own)
        return None

    def _pair_rows(self, text: str, entities: Sequence[Entity], own: Document | None = None) -> PairRow:
        parts: list[tuple[PairRow | None, int]] = []
        for b in self.boosters:
            width = len(b.pair_feature_sizes(self.schema))
            if width:
                parts.append((b.pair_rows(text, entities, own) if b.fitted else None, width))

        def row(h: int, t: int) -> list[int]:
            out: list[int] = []
            for fn, width in parts:
                out += fn(h, t) if fn is not None else [0] * width
            return out
        return row

    def token_tags(self, view: DocumentView) -> Sequence[int] | None:
        return self._token_tags(view)

    def pair_rows(self, view: DocumentView, entities: Sequence[Entity]) -> PairRow | None:
        return self._pair_rows(view.text, entities) if self.pair_feature_sizes() else None

    def entities(self, view: DocumentView, mentions: list[Mention]) -> list[Mention]:
        for b in self._ready():
            mentions = b.entities(view, mentions)
        return mentions

    def relation_probs(self, view: DocumentView, entities: Sequence[Entity], pairs: Sequence[tuple[int, int]],
                       probs: torch.Tensor) -> torch.Tensor:
        for b in self._ready():
            probs = b.relation_probs(view, entities, pairs, probs)
        return probs

    def __repr__(self) -> str:
        return f"BoosterPipeline([{', '.join(map(repr, self.boosters))}])"
