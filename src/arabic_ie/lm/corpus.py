"""Raw-text corpora for masked-language-model pretraining.

Input format (as in ``shared/data/corpora``): one paragraph per line, a blank line between
documents, in one or more UTF-8 ``.txt`` files (a folder stands for all its ``.txt`` files).
Documents are split deterministically into training and held-out sets, tokenized with offsets,
and packed into fixed-length blocks ``[CLS] ... [SEP]`` for whole-word masking.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence

import numpy as np
import torch
from transformers import PreTrainedTokenizerFast

from ..data.plaintext import iter_file_documents


def corpus_files(paths: Sequence[str | Path], config_key: str = "corpus_paths") -> list[Path]:
    """Expand folders to their ``.txt`` files; a missing path is a clear error naming the config key."""
    files: list[Path] = []
    for i, raw in enumerate(paths):
        path = Path(raw)
        if not path.exists():
            raise FileNotFoundError(f"config key {config_key}[{i}]: {path} does not exist")
        found = sorted(p for p in path.glob("*.txt") if p.name != "SOURCE.txt") if path.is_dir() else [path]
        if not found:
            raise FileNotFoundError(f"config key {config_key}[{i}]: no .txt files in {path}")
        files += found
    return files


def iter_documents(files: Sequence[Path]) -> Iterator[list[str]]:
    """Yield each document as its list of non-empty lines."""
    for file in files:
        yield from iter_file_documents(file)


def is_held_out(doc_index: int, every: int) -> bool:
    """Document ``doc_index`` belongs to the held-out set (one document in ``every``)."""
    return every > 0 and doc_index % every == every - 1


@dataclass
class Blocks:
    """Packed token blocks: ids ``(n, L)`` and character offsets ``(n, L, 2)``."""

    input_ids: np.ndarray
    offsets: np.ndarray

    def __len__(self) -> int:
        return len(self.input_ids)

    def save(self, prefix: Path) -> None:
        np.save(f"{prefix}.ids.npy", self.input_ids, allow_pickle=False)
        np.save(f"{prefix}.offsets.npy", self.offsets, allow_pickle=False)

    @classmethod
    def load(cls, prefix: Path) -> "Blocks":
        return cls(np.load(f"{prefix}.ids.npy", allow_pickle=False), np.load(f"{prefix}.offsets.npy", allow_pickle=False))

    @classmethod
    def exists(cls, prefix: Path) -> bool:
        return Path(f"{prefix}.ids.npy").exists() and Path(f"{prefix}.offsets.npy").exists()


def pack_blocks(documents: Iterator[list[str]], tokenizer: PreTrainedTokenizerFast, block_size: int,
                batch_lines: int = 2000) -> Blocks:
    """Tokenize lines and pack the token stream into blocks of ``block_size`` (with [CLS]/[SEP]).

    Offsets are made globally increasing with a gap between lines, so a word never spans two lines
    for whole-word masking.
    """
    content = block_size - 2
    ids: list[int] = []
    starts: list[int] = []
    ends: list[int] = []
    base = 0
    pending: list[str] = []

    def flush() -> None:
        nonlocal base
        if not pending:
            return
        enc = tokenizer(pending, add_special_tokens=False, return_offsets_mapping=True,
                        return_attention_mask=False, return_token_type_ids=False)
        for line, line_ids, line_offsets in zip(pending, enc["input_ids"], enc["offset_mapping"]):
            ids.extend(line_ids)
            starts.extend(base + a for a, _ in line_offsets)
            ends.extend(base + b for _, b in line_offsets)
            base += len(line) + 1
        pending.clear()

    for doc in documents:
        pending.extend(doc)
        if len(pending) >= batch_lines:
            flush()
    flush()
    n_blocks = len(ids) // content
    if n_blocks == 0:
        raise ValueError(f"corpus too small: {len(ids)} tokens, need at least {content} for one block")
    used = n_blocks * content
    body_ids = np.asarray(ids[:used], dtype=np.int32).reshape(n_blocks, content)
    body_off = np.stack([np.asarray(starts[:used], dtype=np.int64), np.asarray(ends[:used], dtype=np.int64)],
                        axis=-1).reshape(n_blocks, content, 2)
    cls = np.full((n_blocks, 1), tokenizer.cls_token_id, dtype=np.int32)
    sep = np.full((n_blocks, 1), tokenizer.sep_token_id, dtype=np.int32)
    zero = np.zeros((n_blocks, 1, 2), dtype=np.int64)
    return Blocks(np.concatenate([cls, body_ids, sep], axis=1), np.concatenate([zero, body_off, zero], axis=1))


class BlockDataset(torch.utils.data.Dataset):
    """Blocks as features for `DataCollatorForLanguageModeling(whole_word_mask=True)`."""

    def __init__(self, blocks: Blocks):
        self.blocks = blocks
        special = np.zeros(blocks.input_ids.shape[1], dtype=np.int64)
        special[0] = special[-1] = 1
        self._special = special

    def __len__(self) -> int:
        return len(self.blocks)

    def __getitem__(self, i: int) -> dict:
        return {
            "input_ids": self.blocks.input_ids[i].astype(np.int64),
            "offset_mapping": self.blocks.offsets[i],
            "special_tokens_mask": self._special,
        }
