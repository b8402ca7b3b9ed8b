"""Small-corpus heuristics as registered plug-ins of the transformer (see docs/boosters.md).

Each module holds one booster; :func:`~.pipeline.registry` finds them all. ``boosters: []`` in a config is
the transformer alone.
"""

from .base import Booster, BoosterError, FitContext, register
from .pipeline import BoosterPipeline, parse_specs, registry

__all__ = ["Booster", "BoosterError", "BoosterPipeline", "FitContext", "parse_specs", "register", "registry"]
