"""Shared fixtures: paths of the repository and tiny annotated documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from arabic_ie.data.document import Document, Entity, Relation

REPO = Path(__file__).resolve().parents[1]
SEED_DIR = REPO / "data" / "seed"
SHARED = REPO.parent / "shared"

TEXT = "توجه الرئيس الروسي فلاديمير بوتين إلى فيتنام، والتقى بالرئيس تو لام في هانوي.\nوقالت لبلومبيرغ إن 80 في المئة."


def _span(text: str, surface: str, occurrence: int = 0) -> tuple[int, int]:
    pos = -1
    for _ in range(occurrence + 1):
        pos = text.index(surface, pos + 1)
    return pos, pos + len(surface)


def make_doc() -> Document:
    """A two-paragraph document with entities of several types and three relations."""
    ents = []
    for i, (etype, surface) in enumerate([
        ("NORP", "الروسي"), ("PER", "فلاديمير بوتين"), ("GPE", "فيتنام"), ("PER", "تو لام"), ("GPE", "هانوي"),
        ("ORG", "بلومبيرغ"), ("PERCENT", "80 في المئة"),
    ]):
        s, e = _span(TEXT, surface)
        ents.append(Entity(f"T{i + 1}", etype, s, e, surface))
    rels = [Relation("R1", "ROLE", "T2", "T1"), Relation("R2", "VISIT", "T2", "T3"), Relation("R3", "MEET", "T2", "T4")]
    return Document("doc1", TEXT, ents, rels)


@pytest.fixture
def doc() -> Document:
    return make_doc()


@pytest.fixture(scope="session")
def tiny_encoder(tmp_path_factory) -> Path:
    """A randomly initialized tiny BERT + WordPiece tokenizer saved to a temp dir (built once per run)."""
    from arabic_ie.testing import make_tiny_encoder

    texts = [p.read_text(encoding="utf-8") for p in sorted(SEED_DIR.glob("*.txt"))]
    return make_tiny_encoder(tmp_path_factory.mktemp("tiny") / "encoder", texts=texts, vocab_size=600)


@pytest.fixture(scope="session")
def tiny_model_and_tokenizer(tiny_encoder):
    from transformers import AutoTokenizer

    import torch

    from arabic_ie.core import ArabicIEModel

    torch.manual_seed(0)  # the heads' random weights must not depend on which tests ran before
    model = ArabicIEModel.from_encoder(str(tiny_encoder), window_size=64, window_overlap=16, span_dim=32,
                                       type_embedding_dim=8)
    return model, AutoTokenizer.from_pretrained(tiny_encoder)


@pytest.fixture(scope="session")
def tiny_model_dir(tiny_model_and_tokenizer, tmp_path_factory) -> Path:
    """An untrained tiny joint model saved as a complete model directory."""
    model, tokenizer = tiny_model_and_tokenizer
    path = tmp_path_factory.mktemp("tiny-model")
    model.save_pretrained(path)
    tokenizer.save_pretrained(path)
    return path
