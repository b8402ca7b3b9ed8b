"""Training data as the config describes it: schema, parts, validation, and the encoder checkpoint check."""

from __future__ import annotations

import os
from pathlib import Path

from ..config import ConfigError
from ..data.document import Document
from ..data.errors import AnnotationError
from ..data.io import load_documents
from ..data.splits import load_splits
from ..data.validate import known_surfaces, validate_document
from ..schema import SEED_SCHEMA, Schema, SchemaFileError, entity_only_schema, load_schema
from .args import DataArguments


def resolve_schema(data_args: DataArguments, config_path: str | None = None) -> Schema:
    """The run's schema: the ``schema`` file, else ``entity_types`` without relations, else the seed schema."""
    if data_args.schema:
        if data_args.entity_types:
            raise ConfigError("config keys schema and entity_types: give one (the schema file lists the entity types)")
        path = Path(data_args.schema)
        if not path.exists() and config_path and not path.is_absolute():
            path = Path(config_path).parent / data_args.schema
        try:
            return load_schema(path)
        except SchemaFileError as exc:
            raise ConfigError(f"config key schema: {exc}") from None
    if data_args.entity_types:
        return entity_only_schema(data_args.entity_types, name="conll")
    return SEED_SCHEMA


def _tag_map(entries: list[str]) -> dict[str, str]:
    mapping = {}
    for entry in entries:
        if "=" not in entry:
            raise ConfigError(f"config key tag_map: entry {entry!r} must look like SOURCE=TARGET")
        src, dst = entry.split("=", 1)
        mapping[src.strip()] = dst.strip()
    return mapping


def _load(path: str, key: str, data_args: DataArguments, schema: Schema) -> list[Document]:
    if not Path(path).exists():
        raise ConfigError(f"config key {key}: {path} does not exist")
    return load_documents(path, fmt=data_args.data_format, tag_map=_tag_map(data_args.tag_map),
                          entity_types=schema.entity_types)


def load_parts(data_args: DataArguments, schema: Schema, seed: int = 0,
               config_path: str | None = None) -> dict[str, list[Document]]:
    """Train/dev/test documents as the config describes them, validated against the schema."""
    if data_args.dataset_entries:
        if data_args.train_path or data_args.data_path:
            raise ConfigError("config key datasets: give either datasets or data_path / train_path, not both")
        from .datasets import dataset_parts, parse_dataset_specs

        specs = parse_dataset_specs(data_args.dataset_entries, schema,
                                    Path(config_path).parent if config_path else None)
        parts, data_args.dataset_counts = dataset_parts(specs, schema, seed)
    elif data_args.train_path:
        parts = {"train": _load(data_args.train_path, "train_path", data_args, schema),
                 "dev": _load(data_args.dev_path, "dev_path", data_args, schema) if data_args.dev_path else [],
                 "test": _load(data_args.test_path, "test_path", data_args, schema) if data_args.test_path else []}
    elif data_args.data_path:
        docs = _load(data_args.data_path, "data_path", data_args, schema)
        if not data_args.splits_file:
            raise ConfigError("config key splits_file: required with data_path (or give train_path/dev_path/test_path)")
        if not Path(data_args.splits_file).exists():
            raise ConfigError(f"config key splits_file: {data_args.splits_file} does not exist")
        splits = load_splits(data_args.splits_file)
        if data_args.split not in splits:
            raise ConfigError(f"config key split: {data_args.split!r} not in {data_args.splits_file} "
                              f"(known: {', '.join(splits)})")
        parts = splits[data_args.split].select(docs)
    else:
        raise ConfigError("config keys data_path or train_path: say where the training documents are")
    if data_args.max_train_documents:
        parts["train"] = parts["train"][:data_args.max_train_documents]
    if not parts["dev"] and data_args.dev_fraction > 0:
        n_dev = max(1, int(len(parts["train"]) * data_args.dev_fraction))
        parts["dev"], parts["train"] = parts["train"][-n_dev:], parts["train"][:-n_dev]
    if not parts["train"]:
        raise ConfigError("no training documents after applying the config")
    # variants made by mention replacement are checked through their originals (names from the training parts)
    all_docs = [d for docs in parts.values() for d in docs if d.augmented_from is None]
    surfaces = known_surfaces(d for d in all_docs if d.annotates_relations) if schema.relation_types else set()
    problems = []
    seen: set[int] = set()
    for doc in all_docs:
        if id(doc) in seen:
            continue  # a weighted corpus repeats its documents
        seen.add(id(doc))
        for p in validate_document(doc, schema, surfaces):
            # the proclitic rule reads the project's own annotations; other corpora follow their guidelines
            if (schema.relation_types and doc.annotates_relations) or "proclitic" not in p.message:
                problems.append(p)
    if problems:
        raise AnnotationError(problems[:50])
    return parts


PROJECT_MODELS = Path(__file__).resolve().parents[3] / "models"  # the repository's models/ (checkout or -e install)


def installed_model_folders() -> list[Path]:
    """Where a non-editable install put the embedded checkpoints (pyproject's data-files): PREFIX/share/arabic-ie/
    models for the running interpreter's prefix and for the prefix the package itself sits in
    (PREFIX/lib/pythonX.Y/site-packages/arabic_ie)."""
    import sys

    here = Path(__file__).resolve()
    prefixes = [Path(sys.prefix)] + ([here.parents[5]] if len(here.parents) > 5 else [])
    return [p / "share" / "arabic-ie" / "models" for p in prefixes]


def resolve_model_path(value: str | None, config_path: str | None = None) -> str | None:
    """A model directory named in a config, found wherever the command runs: as given (absolute or relative to the
    working directory), else relative to the config file's folder or its parent (``configs/../models/X``), else
    in the project's ``models/`` by name (``models/arabic-bert-mini`` or ``arabic-bert-mini``), in a checkout or
    where a ``pip install`` put the embedded checkpoints (``PREFIX/share/arabic-ie/models``). A value found
    nowhere is returned unchanged (a hub id, or an error for check_checkpoint to report)."""
    if not value:
        return value
    path = Path(value)
    if path.is_absolute() or (path / "config.json").exists():
        return value
    candidates = []
    if config_path:
        folder = Path(config_path).resolve().parent
        candidates += [folder / path, folder.parent / path]
    name = path.name if path.parts[:1] == ("models",) and len(path.parts) == 2 else (value if len(path.parts) == 1
                                                                                      else None)
    if name:
        candidates += [PROJECT_MODELS / name] + [folder / name for folder in installed_model_folders()]
    for candidate in candidates:
        if (candidate / "config.json").exists():
            return str(candidate)
    return value


def check_checkpoint(checkpoint: str, key: str = "checkpoint") -> None:
    """Fail early, once, with the config key, when an encoder checkpoint cannot be loaded."""
    path = Path(checkpoint)
    looks_local = path.is_absolute() or checkpoint.startswith((".", "models/", "runs/")) or path.exists()
    if looks_local:
        if not (path / "config.json").exists():
            raise ConfigError(f"config key {key}: {checkpoint} is not a model directory (no config.json there)")
        import json

        try:
            json.loads((path / "config.json").read_text(encoding="utf-8"))
        except (ValueError, OSError) as exc:
            raise ConfigError(f"config key {key}: {path / 'config.json'} is not valid JSON ({exc}); the checkpoint "
                              "is damaged") from None
        return
    from huggingface_hub import snapshot_download

    try:
        snapshot_download(checkpoint, local_files_only=True, allow_patterns=["config.json"])
        return
    except Exception:
        pass
    if os.environ.get("HF_HUB_OFFLINE", "0") not in ("0", "", "false", "False"):
        raise ConfigError(f"config key {key}: {checkpoint!r} is not in the local Hugging Face cache and "
                          f"HF_HUB_OFFLINE is set; download it on a machine with internet first")
    try:
        snapshot_download(checkpoint, allow_patterns=["config.json"], etag_timeout=5)
    except Exception as exc:
        raise ConfigError(f"config key {key}: cannot load {checkpoint!r} from the Hugging Face hub "
                          f"({type(exc).__name__}); this needs network access, or use a local directory") from None




def check_output_dir(output_dir: str, key: str = "output_dir") -> None:
    """Fail before any work when the run's output folder cannot be created or written."""
    import tempfile

    path = Path(output_dir)
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path, prefix=".write-check-"):
            pass
    except OSError as exc:
        raise ConfigError(f"config key {key}: {output_dir} cannot be created or written "
                          f"({exc.strerror or type(exc).__name__})") from None
