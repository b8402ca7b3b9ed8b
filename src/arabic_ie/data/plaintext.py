"""Raw-text corpora in the pretraining layout: one paragraph per line, a blank line between documents."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator


def iter_file_documents(path: str | Path) -> Iterator[list[str]]:
    """Each document of one file as its list of non-empty lines (stripped)."""
    lines: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.strip()
            if line:
                lines.append(line)
            elif lines:
                yield lines
                lines = []
    if lines:
        yield lines
