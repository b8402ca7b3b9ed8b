"""Helpers shared by test modules: a tiny training config and mentions located by surface."""

from __future__ import annotations

import yaml
from transformers import TrainingArguments

from arabic_ie.data.document import Document, Entity
from arabic_ie.training.args import DataArguments, ModelArguments, RunArguments

from conftest import REPO, SEED_DIR

TYPES = (DataArguments, ModelArguments, RunArguments, TrainingArguments)


def write_config(tmp_path, encoder, **overrides):
    config = {
        "data_path": str(SEED_DIR), "splits_file": str(REPO / "data" / "splits.json"), "split": "default",
        "max_train_documents": 1, "checkpoint": str(encoder), "max_length": 64, "stride": 16, "span_dim": 32,
        "type_embedding_dim": 8, "output_dir": str(tmp_path / "run"), "seed": 1, "num_train_epochs": 1,
        "max_steps": 4, "learning_rate": 0.001, "per_device_train_batch_size": 8, "per_device_eval_batch_size": 8,
        "eval_strategy": "steps", "eval_steps": 2, "save_strategy": "steps", "save_steps": 2,
        "load_best_model_at_end": True, "metric_for_best_model": "combined_f1", "remove_unused_columns": False,
        "report_to": "none", "use_cpu": True, "disable_tqdm": True, "logging_steps": 1,
    }
    config.update(overrides)
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    return path



def _mentions(text: str, items: list[tuple[str, str, int]]) -> list[Entity]:
    out = []
    for i, (etype, surface, occurrence) in enumerate(items):
        pos = -1
        for _ in range(occurrence + 1):
            pos = text.index(surface, pos + 1)
        out.append(Entity(f"T{i + 1}", etype, pos, pos + len(surface), surface))
    return out


def doc_with(text: str, spans: list[tuple[str, str]], doc_id: str = "d") -> Document:
    """A document whose entities are the first occurrence of each ``(type, surface)``."""
    ents = []
    for i, (etype, surface) in enumerate(spans):
        s = text.index(surface)
        ents.append(Entity(f"T{i + 1}", etype, s, s + len(surface), surface))
    return Document(doc_id, text, ents)


def main_in_process(main, argv, capsys):
    """Run a command's ``main(argv)`` in this process; returns returncode, stdout and stderr like a subprocess."""
    from types import SimpleNamespace

    capsys.readouterr()
    try:
        code = main(argv)
    except SystemExit as exc:
        code = exc.code
    out = capsys.readouterr()
    return SimpleNamespace(returncode=code or 0, stdout=out.out, stderr=out.err)
