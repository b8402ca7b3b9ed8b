"""The transformer: config, joint model, windows, candidates, features, span helpers and decoding.

Everything here works without any plug-in; decoding takes one :class:`~.hooks.DecodeHooks` object to extend.
"""

from transformers import AutoConfig, AutoModel

from .configuration import ArabicIEConfig
from .decoding import predict_documents
from .hooks import NO_HOOKS, DecodeHooks, DocumentView
from .model import ArabicIEModel

AutoConfig.register(ArabicIEConfig.model_type, ArabicIEConfig, exist_ok=True)
AutoModel.register(ArabicIEConfig, ArabicIEModel, exist_ok=True)

__all__ = ["ArabicIEConfig", "ArabicIEModel", "DecodeHooks", "DocumentView", "NO_HOOKS", "predict_documents"]
