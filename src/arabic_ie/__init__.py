"""arabic-ie: Arabic named-entity recognition and relation extraction on top of transformers."""

from .data.document import Document, Entity, Relation
from .schema import SEED_SCHEMA, RelationType, Schema

__version__ = "0.1.0"

__all__ = ["Document", "Entity", "Relation", "Schema", "RelationType", "SEED_SCHEMA", "Predictor", "__version__"]


def __getattr__(name: str):
    if name == "Predictor":  # imported lazily: it pulls in torch and transformers
        from .predictor import Predictor

        return Predictor
    raise AttributeError(f"module 'arabic_ie' has no attribute {name!r}")
