"""The joint model: learning, saving and reloading, relation decoding, clear errors."""

from __future__ import annotations


import pytest
import torch

from arabic_ie.data.io import load_documents
from arabic_ie.core import ArabicIEConfig, ArabicIEModel
from arabic_ie.core.features import collate, window_features
from arabic_ie.core.decoding import predict_documents
from arabic_ie.schema import SEED_SCHEMA

from conftest import SEED_DIR


def _batch(model, tokenizer, n_windows=4):
    doc = load_documents(SEED_DIR)[0]
    feats, report = window_features(doc, tokenizer, SEED_SCHEMA, model.config.window_size,
                                    model.config.window_overlap, 3)
    assert report.unreachable == 0
    assert any(f["pairs"] for f in feats)
    return collate(feats[:n_windows], pad_token_id=tokenizer.pad_token_id)


def test_one_training_step_lowers_the_loss(tiny_encoder):
    from transformers import AutoTokenizer

    torch.manual_seed(0)
    model = ArabicIEModel.from_encoder(str(tiny_encoder), window_size=64, window_overlap=16, span_dim=32,
                                       type_embedding_dim=8, classifier_dropout=0.0)
    tokenizer = AutoTokenizer.from_pretrained(tiny_encoder)
    batch = _batch(model, tokenizer)
    model.train()
    for module in model.modules():  # no dropout noise, so the comparison is exact
        if isinstance(module, torch.nn.Dropout):
            module.p = 0.0
    opt = torch.optim.AdamW(model.parameters(), lr=1e-3)
    first = model(**batch)
    assert first.relation_loss is not None and first.entity_loss is not None
    first.loss.backward()
    opt.step()
    second = model(**batch)
    assert second.loss.item() < first.loss.item()


def test_save_and_load_restore_identical_outputs(tiny_model_and_tokenizer, tmp_path):
    model, tokenizer = tiny_model_and_tokenizer
    model.eval()
    batch = _batch(model, tokenizer, 2)
    with torch.no_grad():
        before = model(**batch)
    model.save_pretrained(tmp_path)
    tokenizer.save_pretrained(tmp_path)
    assert (tmp_path / "model.safetensors").exists() and not list(tmp_path.glob("*.bin"))
    loaded = ArabicIEModel.from_pretrained(tmp_path).eval()
    assert loaded.config.schema == SEED_SCHEMA.to_dict()
    assert loaded.config.id2label == model.config.id2label
    with torch.no_grad():
        after = loaded(**batch)
    torch.testing.assert_close(before.entity_logits, after.entity_logits)
    torch.testing.assert_close(before.relation_logits, after.relation_logits)


def test_auto_classes_load_the_directory(tiny_model_and_tokenizer, tmp_path):
    from transformers import AutoConfig, AutoModel

    model, _ = tiny_model_and_tokenizer
    model.save_pretrained(tmp_path)
    assert isinstance(AutoConfig.from_pretrained(tmp_path), ArabicIEConfig)
    assert isinstance(AutoModel.from_pretrained(tmp_path), ArabicIEModel)


def test_prediction_offsets_index_the_input_and_are_deterministic(tiny_model_and_tokenizer):
    model, tokenizer = tiny_model_and_tokenizer
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEED_DIR.glob("*.txt"))][:2] + ["", "   "]
    first = predict_documents(model, tokenizer, texts, batch_size=3)
    second = predict_documents(model, tokenizer, texts, batch_size=1)
    assert [d.to_dict() for d in first] == [d.to_dict() for d in second]
    for doc in first:
        ids = {e.id for e in doc.entities}
        for e in doc.entities:
            assert doc.text[e.start:e.end] == e.text
        for r in doc.relations:
            assert r.head in ids and r.tail in ids
    assert first[2].entities == [] and first[3].entities == []


def test_word_dropout_masks_only_labelled_subwords_and_only_in_training(tiny_encoder):
    model = ArabicIEModel.from_encoder(str(tiny_encoder), window_size=64, window_overlap=16, span_dim=32,
                                       token_mask_prob=0.5, mask_token_id=4)
    torch.manual_seed(0)
    ids = torch.arange(10, 74).reshape(2, 32)
    labels = torch.zeros_like(ids)
    labels[:, 0] = labels[:, -1] = -100  # [CLS]/[SEP]/padding carry no label and are never masked
    masked = model.mask_tokens(ids, labels)
    dropped = masked == 4
    assert 0.3 < dropped[labels != -100].float().mean() < 0.7
    assert not dropped[labels == -100].any()
    assert torch.equal(masked[~dropped], ids[~dropped])
    model.eval()
    batch = {"input_ids": ids, "attention_mask": torch.ones_like(ids), "labels": labels}
    with torch.no_grad():
        torch.testing.assert_close(model(**batch).entity_logits, model(**batch).entity_logits)


def test_a_predicted_entity_never_runs_across_a_line_break(tiny_model_and_tokenizer):
    from arabic_ie.core.decoding import decode_entities
    from arabic_ie.core.windows import encode_document

    _, tokenizer = tiny_model_and_tokenizer
    text = "More Stories\nاليابان"
    enc = encode_document(text, tokenizer, 64, 16)
    id2label = {0: "O", 1: "B-GPE", 2: "I-GPE"}
    probs = torch.zeros(len(enc), 3)
    probs[:, 2] = 0.9  # every token says "inside a GPE"
    probs[0] = torch.tensor([0.0, 0.9, 0.1])
    found = [e for e, _, _ in decode_entities(enc, probs, torch.zeros(len(enc), dtype=torch.long), id2label)]
    assert [e.text for e in found] == ["More Stories", "اليابان"]


def test_relation_none_weight_scales_the_loss_of_pairs_without_a_relation(tiny_encoder):
    torch.manual_seed(0)
    model = ArabicIEModel.from_encoder(str(tiny_encoder), window_size=64, window_overlap=16, span_dim=32)
    model.eval()
    ids = torch.tensor([[2, 10, 11, 12, 13, 3]])
    batch = {"input_ids": ids, "labels": torch.zeros_like(ids), "pairs": torch.tensor([[[1, 1, 3, 3], [3, 3, 1, 1]]]),
             "pair_types": torch.tensor([[[0, 3], [3, 0]]])}
    only_none = model(**batch, pair_labels=torch.tensor([[0, 0]])).relation_loss
    mixed = model(**batch, pair_labels=torch.tensor([[0, 2]]))
    model.config.relation_none_weight = 0.25
    only_none_weighted = model(**batch, pair_labels=torch.tensor([[0, 0]])).relation_loss
    mixed_weighted = model(**batch, pair_labels=torch.tensor([[0, 2]]))
    torch.testing.assert_close(only_none, only_none_weighted)  # a weighted mean of NONE losses only
    per_pair = torch.nn.functional.cross_entropy(mixed.relation_logits[0], torch.tensor([0, 2]), reduction="none")
    torch.testing.assert_close(mixed_weighted.relation_loss, (0.25 * per_pair[0] + per_pair[1]) / 1.25)


def test_encoder_dropout_reaches_every_dropout_layer_of_the_encoder_and_its_saved_config(tiny_encoder):
    from arabic_ie.core.model import set_encoder_dropout

    kept = ArabicIEModel.from_encoder(str(tiny_encoder), window_size=64, window_overlap=16, span_dim=32)
    model = ArabicIEModel.from_encoder(str(tiny_encoder), window_size=64, window_overlap=16, span_dim=32,
                                       encoder_dropout=0.25)
    layers = [m for m in model.encoder.modules() if isinstance(m, torch.nn.Dropout)]
    assert layers and all(m.p == 0.25 for m in layers)
    assert model.config.encoder["hidden_dropout_prob"] == 0.25 == model.config.encoder["attention_probs_dropout_prob"]
    assert kept.config.encoder.get("hidden_dropout_prob") != 0.25  # None keeps the checkpoint's own
    with pytest.raises(ValueError, match="encoder dropout"):
        set_encoder_dropout(model.encoder, 1.0)
