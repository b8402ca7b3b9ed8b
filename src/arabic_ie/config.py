"""Config files: YAML for dataclass arguments, with command-line overrides, checked before any work."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any, Sequence

import yaml
from transformers import HfArgumentParser


class ConfigError(ValueError):
    """A bad config: unknown key, wrong type, missing file. The message names the key and file."""


def _known_keys(dataclass_types: Sequence[type]) -> set[str]:
    return {f.name for dc in dataclass_types for f in dataclasses.fields(dc) if f.init}


def _default_is_empty(dataclass_types: Sequence[type], key: str) -> bool:
    for dc in dataclass_types:
        for f in dataclasses.fields(dc):
            if f.name == key:
                default = f.default_factory() if f.default_factory is not dataclasses.MISSING else f.default
                return default in (None, [], (), "")
    return False


INCLUDE_KEY = "include"


class _UniqueKeyLoader(yaml.SafeLoader):
    """SafeLoader that refuses a key given twice in one mapping (YAML would silently keep the last)."""


def _mapping_without_duplicates(loader: _UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False):
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"key {key!r} is given twice (lines {seen[key]} and {key_node.start_mark.line + 1})",
                key_node.start_mark)
        seen[key] = key_node.start_mark.line + 1
    return loader.construct_mapping(node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_without_duplicates)


def load_yaml(path: str | Path, _seen: tuple[Path, ...] = ()) -> dict[str, Any]:
    """A YAML mapping; ``include: PRESET.yaml`` (relative to the file) is read first and overridden by the file."""
    path = Path(path)
    if not path.exists():
        raise ConfigError(f"{path}: config file not found")
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: invalid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping of keys to values at the top level")
    include = data.pop(INCLUDE_KEY, None)
    if include is None:
        return data
    includes = include if isinstance(include, list) else [include]
    merged: dict[str, Any] = {}
    for item in includes:
        if not isinstance(item, str):
            raise ConfigError(f"{path}: config key include: expected a file name, got {item!r}")
        target = (path.parent / item).resolve()
        if target in _seen or target == path.resolve():
            raise ConfigError(f"{path}: config key include: {item} includes itself")
        if not target.exists():
            raise ConfigError(f"{path}: config key include: {item} not found (looked at {target})")
        merged.update(load_yaml(target, _seen + (path.resolve(),)))
    merged.update(data)
    return merged


def _structured_keys(dataclass_types: Sequence[type]) -> set[str]:
    return {name for dc in dataclass_types for name in getattr(dc, "STRUCTURED_FIELDS", ())}


def parse_config(dataclass_types: Sequence[type], argv: Sequence[str]) -> tuple[Any, ...]:
    """Parse ``CONFIG.yaml [--key value ...]`` into the given dataclasses.

    Unknown keys in the YAML file are rejected with the file name; the command line overrides
    the file. Type errors surface as ``ConfigError`` naming the key.
    """
    argv = list(argv)
    if not argv or argv[0].startswith("-"):
        raise ConfigError("usage: SCRIPT CONFIG.yaml [--key value ...]")
    path, overrides = Path(argv[0]), argv[1:]
    data = load_yaml(path)
    unknown = sorted(set(data) - _known_keys(dataclass_types))
    if unknown:
        raise ConfigError(f"{path}: unknown config key(s): {', '.join(unknown)}")
    args: list[str] = []
    structured = _structured_keys(dataclass_types)
    for key, value in data.items():
        if key in structured:
            args += [f"--{key}", json.dumps(value, ensure_ascii=False)]
            continue
        if isinstance(value, list) and not value:
            if not _default_is_empty(dataclass_types, key):
                raise ConfigError(f"{path}: config key {key}: an empty list cannot be given here; leave the key out")
            continue
        if isinstance(value, list):
            args += [f"--{key}", *map(str, value)]
        elif isinstance(value, bool):
            args += [f"--{key}", str(value)]
        elif value is None:
            continue
        else:
            args += [f"--{key}", str(value)]
    parser = HfArgumentParser(dataclass_types)
    try:
        return tuple(parser.parse_args_into_dataclasses(args=args + overrides, look_for_args_file=False))
    except SystemExit:
        raise ConfigError(f"{path}: invalid value in config or command line (see the message above)") from None
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{path}: {exc}") from None
