"""The joint entity + relation model, its config and the document-level encode/decode logic."""

from .configuration import ArabicIEConfig
from .model import ArabicIEModel

from transformers import AutoConfig, AutoModel

AutoConfig.register(ArabicIEConfig.model_type, ArabicIEConfig, exist_ok=True)
AutoModel.register(ArabicIEConfig, ArabicIEModel, exist_ok=True)

__all__ = ["ArabicIEConfig", "ArabicIEModel"]
