"""Tiny models built on the fly, for tests and smoke runs (no download, seconds on a CPU)."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from transformers import BertConfig, BertForMaskedLM

from .lm.tokenizer import train_wordpiece

_DEFAULT_TEXTS = [
    "توجه الرئيس الروسي فلاديمير بوتين إلى فيتنام، اليوم الخميس، في زيارة دولة.",
    "والتقى الرئيس الفيتنامي تو لام نظيره الروسي في القصر الرئاسي في هانوي.",
    "وقعت روسيا وكوريا الشمالية معاهدة الشراكة الاستراتيجية الشاملة في بيونغ يانغ.",
    "وانتقدت الولايات المتحدة الزيارة، وقالت وكالة بلومبيرغ إن 80 في المئة من السلاح روسي.",
]


def make_tiny_encoder(directory: str | Path, texts: Iterable[str] | None = None, vocab_size: int = 400,
                      hidden_size: int = 32, layers: int = 2, max_positions: int = 128, seed: int = 0) -> Path:
    """Save a randomly initialized tiny BERT (with MLM head) and a WordPiece tokenizer to ``directory``."""
    import torch

    torch.manual_seed(seed)
    directory = Path(directory)
    texts = list(texts) if texts is not None else _DEFAULT_TEXTS
    tokenizer = train_wordpiece(iter(texts * 3), vocab_size=vocab_size, min_frequency=1)
    tokenizer.model_max_length = max_positions
    config = BertConfig(vocab_size=len(tokenizer), hidden_size=hidden_size, num_hidden_layers=layers,
                        num_attention_heads=2, intermediate_size=2 * hidden_size,
                        max_position_embeddings=max_positions, pad_token_id=tokenizer.pad_token_id)
    BertForMaskedLM(config).save_pretrained(directory)
    tokenizer.save_pretrained(directory)
    return directory
