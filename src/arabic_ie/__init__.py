"""arabic-ie: Arabic named-entity recognition and relation extraction on top of transformers."""

from .data.document import Document, Entity, Relation
from .schema import SEED_SCHEMA, RelationType, Schema

__version__ = "0.1.0"

__all__ = ["Document", "Entity", "Relation", "Schema", "RelationType", "SEED_SCHEMA", "__version__"]
