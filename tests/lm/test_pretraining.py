"""Pretraining data pipeline and a tiny end-to-end MLM run (seconds, no network)."""

from __future__ import annotations

import numpy as np
import pytest
from transformers import AutoModel, AutoTokenizer, TrainingArguments

from arabic_ie.lm.card import record_ablation, write_encoder_card
from arabic_ie.lm.corpus import BlockDataset, corpus_files, is_held_out, iter_documents, pack_blocks
from arabic_ie.lm.pretrain import BlockCollator, PretrainArguments, run_pretraining
from arabic_ie.lm.tokenizer import train_wordpiece

from conftest import SEED_DIR

ARTICLE_LINES = [line for p in sorted(SEED_DIR.glob("*.txt")) for line in p.read_text(encoding="utf-8").splitlines()
                 if line.strip()]


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    docs = ["\n".join(ARTICLE_LINES[i:i + 4]) for i in range(0, len(ARTICLE_LINES), 4)]
    (folder / "part000.txt").write_text("\n\n".join(docs[:20]) + "\n", encoding="utf-8")
    (folder / "part001.txt").write_text("\n\n".join(docs[20:]) + "\n", encoding="utf-8")
    (folder / "SOURCE.txt").write_text("not a corpus file", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def tokenizer():
    return train_wordpiece(iter(ARTICLE_LINES), vocab_size=800, min_frequency=1)


def test_documents_are_separated_by_blank_lines(corpus_dir):
    files = corpus_files([str(corpus_dir)])
    assert [f.name for f in files] == ["part000.txt", "part001.txt"]
    docs = list(iter_documents(files))
    assert len(docs) == (len(ARTICLE_LINES) + 3) // 4
    assert docs[0] == ARTICLE_LINES[:4]


def test_missing_corpus_path_names_the_config_key(tmp_path):
    with pytest.raises(FileNotFoundError, match=r"config key corpus_paths\[1\]: .*nowhere does not exist"):
        corpus_files([str(SEED_DIR), str(tmp_path / "nowhere")])


def test_held_out_documents_are_a_deterministic_slice():
    held = [i for i in range(100) if is_held_out(i, 10)]
    assert held == [9, 19, 29, 39, 49, 59, 69, 79, 89, 99]


@pytest.mark.parametrize("text", [
    "قَالَ الرئيـــس إنّ أوكرانيا ٣ «سلام» Putin", "\u200fوزار بوتين هانوي،\u200e في ٢٠٢٤.", "ﻻ إله", "بُوتِين والكرملين",
])
def test_tokenizer_offsets_round_trip_on_arabic_text(tokenizer, text):
    enc = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)
    pieces = [text[a:b] for a, b in enc["offset_mapping"]]
    for (a, b), piece in zip(enc["offset_mapping"], pieces):
        assert 0 <= a < b <= len(text) and piece.strip() == piece
    # every letter or digit of the input is covered by some token
    covered = {i for a, b in enc["offset_mapping"] for i in range(a, b)}
    assert all(i in covered for i, ch in enumerate(text) if ch.isalnum())


def test_normalizer_unifies_variants(tokenizer):
    same = tokenizer("أوكرانيا")["input_ids"] == tokenizer("اوكرانيا")["input_ids"] == tokenizer("أُوكـرانيا")["input_ids"]
    assert same
    assert tokenizer("٣")["input_ids"] == tokenizer("3")["input_ids"]


def test_blocks_are_packed_with_special_tokens_and_increasing_offsets(corpus_dir, tokenizer):
    blocks = pack_blocks(iter_documents(corpus_files([str(corpus_dir)])), tokenizer, block_size=64)
    assert blocks.input_ids.shape[1] == 64 and len(blocks) > 5
    assert (blocks.input_ids[:, 0] == tokenizer.cls_token_id).all()
    assert (blocks.input_ids[:, -1] == tokenizer.sep_token_id).all()
    body = blocks.offsets[:, 1:-1, 0].reshape(-1)
    assert (np.diff(body) >= 0).all()  # "…" unfolds to three tokens on one character


def test_whole_word_masking_masks_all_pieces_of_a_word(corpus_dir, tokenizer):
    blocks = pack_blocks(iter_documents(corpus_files([str(corpus_dir)])), tokenizer, block_size=64)
    collator = BlockCollator(tokenizer=tokenizer, mlm_probability=0.3, whole_word_mask=True, seed=0)
    ds = BlockDataset(blocks)
    batch = collator([ds[i] for i in range(4)])
    assert batch["input_ids"].shape == (4, 64)
    masked = batch["labels"] != -100
    assert masked.any()
    offsets = blocks.offsets[:4]
    for row in range(4):
        for j in range(2, 63):
            same_word = offsets[row, j, 0] == offsets[row, j - 1, 1]
            if same_word and j - 1 > 0:
                assert bool(masked[row, j]) == bool(masked[row, j - 1])


def test_tiny_pretraining_run_exports_a_directory_that_auto_classes_load(corpus_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    args = PretrainArguments(corpus_paths=[str(corpus_dir)], export_dir=str(tmp_path / "export"), vocab_size=600,
                             min_frequency=1, block_size=64, hidden_size=32, num_hidden_layers=1,
                             num_attention_heads=2, intermediate_size=64, held_out_every=5, eval_blocks=8)
    training = TrainingArguments(output_dir=str(tmp_path / "work"), max_steps=3, per_device_train_batch_size=4,
                                 learning_rate=1e-3, save_steps=3, logging_steps=1, report_to="none", use_cpu=True,
                                 remove_unused_columns=False, disable_tqdm=True, seed=0)
    summary = run_pretraining(args, training)
    assert summary["steps"] == 3 and summary["held_out_perplexity"] > 1
    model = AutoModel.from_pretrained(tmp_path / "export")
    tok = AutoTokenizer.from_pretrained(tmp_path / "export")
    out = model(**tok("وصل بوتين إلى هانوي", return_tensors="pt"))
    assert out.last_hidden_state.shape[-1] == 32
    assert (tmp_path / "export" / "pretraining_results.json").exists()
    card = (tmp_path / "export" / "README.md").read_text(encoding="utf-8")
    assert "CC BY-NC-SA 4.0" in card or "cc-by-nc-sa-4.0" in card
    assert "perplexity" in card and "Does pretraining help?" not in card

    # a measured comparison stored next to the weights goes into the rewritten card
    entry = {"kind": "cv", "title": "seed-default, cross-validation", "command": "python eval/pretraining_ablation.py X --cv",
             "test": "leave-one-article-out, 2 folds", "mean_difference": 0.05,
             "per_fold": {"fold-0": {"pretrained": 0.5, "random-init": 0.4}, "fold-1": {"pretrained": 0.6, "random-init": 0.6}},
             "rows": {"pretrained": {"entity_strict_f1": 0.55, "entity_strict_f1_std": 0.07, "relation_strict_f1": 0.1},
                      "random-init": {"entity_strict_f1": 0.5, "entity_strict_f1_std": 0.14, "relation_strict_f1": None}}}
    record_ablation(tmp_path / "export", entry["title"], entry)
    card = write_encoder_card(tmp_path / "export").read_text(encoding="utf-8")
    assert "| fold-0 | 0.500 | 0.400 | +0.100 |" in card
    assert "| mean ± std | 0.550 ± 0.070 | 0.500 ± 0.140 | +0.050 |" in card
    assert "Reproduce: `python eval/pretraining_ablation.py X --cv`" in card
    from arabic_ie.lm.card import record_encoder_report

    record_encoder_report(tmp_path / "export", "| system | F1 |\n|---|---|\n| tiny | 0.100 |", "python eval/encoder_report.py "
                          "--encoder X", {})
    card = write_encoder_card(tmp_path / "export").read_text(encoding="utf-8")
    assert "## Fine-tuning report card: ANERcorp" in card and "| tiny | 0.100 |" in card


def test_skipgram_and_sinusoid_initialization_start_the_encoder_from_structure(corpus_dir, tokenizer, tmp_path):
    import torch

    from arabic_ie.lm.corpus import Blocks
    from arabic_ie.lm.pretrain import build_model

    blocks = pack_blocks(iter_documents(corpus_files([corpus_dir])), tokenizer, 64)
    args = PretrainArguments(corpus_paths=[str(corpus_dir)], vocab_size=800, block_size=64, hidden_size=32,
                             num_hidden_layers=1, num_attention_heads=2, intermediate_size=64,
                             architecture="roberta-prelayernorm", embedding_init="skipgram", position_init="sinusoidal",
                             skipgram_epochs=2)
    model = build_model(args, tokenizer, blocks, tmp_path, seed=0)
    assert (tmp_path / "skipgram.npz").exists()
    words = model.base_model.embeddings.word_embeddings.weight.detach()
    cached = np.load(tmp_path / "skipgram.npz")
    found = torch.from_numpy(cached["found"])
    assert found.sum() > 100
    # embeddings of seen tokens are the skip-gram vectors, rescaled to the initializer's spread
    corr = np.corrcoef(words[found].flatten().numpy(), cached["vectors"][cached["found"]].flatten())[0, 1]
    assert corr > 0.999 and abs(float(words[found].std()) - model.config.initializer_range) < 1e-3
    positions = model.base_model.embeddings.position_embeddings.weight.detach()
    near = torch.nn.functional.cosine_similarity(positions[10:40], positions[11:41]).mean()
    far = torch.nn.functional.cosine_similarity(positions[5:35], positions[35:65]).mean()
    assert near > 0.9 > far  # neighbouring positions start similar, distant ones not
    again = build_model(args, tokenizer, Blocks(blocks.input_ids[:1], blocks.offsets[:1]), tmp_path, seed=0)
    assert torch.equal(again.base_model.embeddings.word_embeddings.weight[found], words[found])  # cache reused


def test_unknown_initialization_is_a_config_error(corpus_dir):
    with pytest.raises(ValueError, match="config key embedding_init"):
        PretrainArguments(corpus_paths=[str(corpus_dir)], embedding_init="glove")


def test_pretraining_continues_from_an_exported_encoder_and_keeps_its_stages(corpus_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    shape = dict(corpus_paths=[str(corpus_dir)], vocab_size=600, min_frequency=1, block_size=64, hidden_size=32,
                 num_hidden_layers=1, num_attention_heads=2, intermediate_size=64, held_out_every=5, eval_blocks=8,
                 architecture="roberta-prelayernorm", position_init="sinusoidal")

    def training(work: str, steps: int) -> TrainingArguments:
        return TrainingArguments(output_dir=str(tmp_path / work), max_steps=steps, per_device_train_batch_size=4,
                                 learning_rate=1e-3, save_steps=steps, logging_steps=1, report_to="none", use_cpu=True,
                                 remove_unused_columns=False, disable_tqdm=True, seed=0)

    first = PretrainArguments(**shape, export_dir=str(tmp_path / "stage1"))
    run_pretraining(first, training("work1", 2))
    stage1 = AutoModel.from_pretrained(tmp_path / "stage1")
    # stage 2 starts from the stage-1 weights and vocabulary; the shape keys of its config are ignored
    second = PretrainArguments(**{**shape, "hidden_size": 64, "vocab_size": 100}, init_from=str(tmp_path / "stage1"),
                               export_dir=str(tmp_path / "stage2"))
    from arabic_ie.lm.pretrain import build_model, prepare_data

    tokenizer, *_ = prepare_data(second, tmp_path / "work2")
    assert tokenizer.get_vocab() == AutoTokenizer.from_pretrained(tmp_path / "stage1").get_vocab()
    import torch

    start = build_model(second, tokenizer)
    assert torch.equal(start.base_model.embeddings.word_embeddings.weight, stage1.embeddings.word_embeddings.weight)
    summary = run_pretraining(second, training("work2", 3))
    assert [s["steps"] for s in summary["stages"]] == [2, 3] and summary["steps_total"] == 5
    assert summary["stages"][1]["init_from"] == str(tmp_path / "stage1")
    card = (tmp_path / "stage2" / "README.md").read_text(encoding="utf-8")
    assert "5 steps" in card and "in 2 stages" in card and "stage 2, continued from the stage-1 weights" in card
    assert "sinusoid" in card  # how stage 1 was initialized is kept
    # a comparison measured on stage 1 says so in the card of stage 2
    record_ablation(tmp_path / "stage2", "split", {"kind": "split", "title": "split", "test": "1 document",
                                                    "command": "python eval/pretraining_ablation.py X", "encoder_steps": 2,
                                                    "rows": {"pretrained": {"entity_strict_f1": 0.5,
                                                                            "entity_seqeval_default_f1": 0.5}}})
    card = write_encoder_card(tmp_path / "stage2").read_text(encoding="utf-8")
    assert "earlier stage of this checkpoint (after 2 of its 5 pretraining steps)" in card
    # running the finished stage again re-exports it without counting it twice
    second.init_from = str(tmp_path / "stage2")
    again = run_pretraining(second, training("work2", 3))
    assert [s["init_from"] for s in again["stages"]] == [None, str(tmp_path / "stage1")]


def test_init_from_a_missing_directory_is_a_config_error(corpus_dir, tmp_path):
    with pytest.raises(ValueError, match="config key init_from"):
        PretrainArguments(corpus_paths=[str(corpus_dir)], init_from=str(tmp_path / "nowhere"))


def test_the_gpu_pretraining_config_parses_and_its_encoder_fits_the_shipped_size_limit():
    from arabic_ie.config import parse_config
    from conftest import REPO

    args, training = parse_config((PretrainArguments, TrainingArguments),
                                  [str(REPO / "configs" / "pretrain-base-gpu.yaml"), "--use_cpu", "true",
                                   "--bf16", "false"])
    h, layers, ffn, vocab = args.hidden_size, args.num_hidden_layers, args.intermediate_size, args.vocab_size
    embeddings = (vocab + args.block_size + 2) * h
    per_layer = 4 * h * h + 2 * h * ffn
    fp16_megabytes = 2 * (embeddings + layers * per_layer) / 1e6
    assert layers >= 8 and h >= 512 and fp16_megabytes <= 60, fp16_megabytes
    assert training.max_steps > 0 and training.save_steps <= training.max_steps


def _tiny_args(corpus_dir, export_dir, **extra) -> PretrainArguments:
    return PretrainArguments(corpus_paths=[str(corpus_dir)], export_dir=str(export_dir), vocab_size=600,
                             min_frequency=1, block_size=64, hidden_size=32, num_hidden_layers=3,
                             num_attention_heads=2, intermediate_size=64, held_out_every=5, eval_blocks=8,
                             whole_word_mask=False, **extra)


def _tiny_training(work_dir, steps: int = 3) -> TrainingArguments:
    return TrainingArguments(output_dir=str(work_dir), max_steps=steps, per_device_train_batch_size=4,
                             learning_rate=1e-3, save_steps=steps, logging_steps=1, report_to="none", use_cpu=True,
                             remove_unused_columns=False, disable_tqdm=True, seed=0)


def test_replaced_token_detection_labels_only_tokens_that_differ_from_the_original(tokenizer):
    import torch
    from transformers import RobertaPreLayerNormConfig, RobertaPreLayerNormForMaskedLM

    from arabic_ie.lm.electra import ElectraPretrainer

    torch.manual_seed(0)
    config = RobertaPreLayerNormConfig(vocab_size=len(tokenizer), hidden_size=32, num_hidden_layers=3,
                                       num_attention_heads=2, intermediate_size=64, max_position_embeddings=80,
                                       pad_token_id=tokenizer.pad_token_id)
    pretrainer = ElectraPretrainer(RobertaPreLayerNormForMaskedLM(config), generator_layers=1)
    # generator and discriminator share one embedding table; the generator's output projection is tied to it
    shared = pretrainer.discriminator.base_model.embeddings.word_embeddings.weight
    assert pretrainer.generator.base_model.embeddings.word_embeddings.weight is shared
    assert pretrainer.generator.get_output_embeddings().weight is shared
    assert len(pretrainer.generator.base_model.encoder.layer) == 1
    ids = torch.tensor([tokenizer("وصل الرئيس إلى هانوي أمس")["input_ids"]])
    labels = torch.full_like(ids, -100)
    labels[0, 2] = ids[0, 2]
    masked = ids.clone()
    masked[0, 2] = tokenizer.mask_token_id
    out = pretrainer(masked, torch.ones_like(ids), labels, generator=torch.Generator().manual_seed(0))
    assert out["loss"] > 0 and 0 <= out["detection_accuracy"] <= 1
    # with one masked token, at most one token of the block can count as replaced
    assert float(out["replaced_fraction"]) * ids.shape[1] <= 1 + 1e-6
    with pytest.raises(ValueError, match="generator_layers"):
        ElectraPretrainer(RobertaPreLayerNormForMaskedLM(config), generator_layers=3)


def test_a_tiny_electra_run_exports_the_encoder_and_a_later_stage_continues_it(corpus_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    first = tmp_path / "mlm"
    run_pretraining(_tiny_args(corpus_dir, first, architecture="roberta-prelayernorm"),
                    _tiny_training(tmp_path / "work-mlm"))
    summary = run_pretraining(_tiny_args(corpus_dir, tmp_path / "electra", init_from=str(first), objective="electra"),
                              _tiny_training(tmp_path / "work-electra"))
    assert summary["objective"] == "electra" and summary["steps"] == 3
    assert 0 < summary["held_out_detection_accuracy"] <= 1 and summary["held_out_generator_mlm_loss"] > 0
    assert [st.get("objective", "mlm") for st in summary["stages"]] == ["mlm", "electra"]
    export = tmp_path / "electra"
    assert (export / "electra_pretrainer.safetensors").exists()
    model = AutoModel.from_pretrained(export)  # the discriminator is the encoder, loaded as any other
    tok = AutoTokenizer.from_pretrained(export)
    assert model(**tok("وصل بوتين إلى هانوي", return_tensors="pt")).last_hidden_state.shape[-1] == 32
    card = (export / "README.md").read_text(encoding="utf-8")
    assert "replaced-token detection" in card.lower() and "detection loss" in card
    # a further ELECTRA stage starts from the exported generator and detector, not from fresh ones
    again = run_pretraining(_tiny_args(corpus_dir, tmp_path / "electra2", init_from=str(export), objective="electra"),
                            _tiny_training(tmp_path / "work-electra2", steps=2))
    assert len(again["stages"]) == 3
    # the same command with more steps resumes from the run's checkpoint (shared tensors stored once)
    assert (tmp_path / "work-electra2" / "checkpoint-2" / "model.safetensors").exists()
    resumed = run_pretraining(_tiny_args(corpus_dir, tmp_path / "electra2", init_from=str(export), objective="electra"),
                              _tiny_training(tmp_path / "work-electra2", steps=4))
    assert resumed["steps"] == 4


def test_an_unknown_objective_is_a_config_error(corpus_dir):
    with pytest.raises(ValueError, match="config key objective"):
        PretrainArguments(corpus_paths=[str(corpus_dir)], objective="clm")


def test_bf16_reaches_the_masked_lm_step(corpus_dir, tmp_path, monkeypatch):
    """The MLM loss calls the encoder directly, past accelerate's autocast wrapper: --bf16 must still apply."""
    import torch

    from arabic_ie.lm import pretrain

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    seen: list[bool] = []
    original = pretrain.masked_lm_loss

    def spy(model, inputs):
        if model.training:  # the training steps; the held-out score at export runs in fp32
            seen.append(torch.is_autocast_enabled("cpu"))
        return original(model, inputs)

    monkeypatch.setattr(pretrain, "masked_lm_loss", spy)
    args = PretrainArguments(corpus_paths=[str(corpus_dir)], export_dir=str(tmp_path / "export"), vocab_size=600,
                             min_frequency=1, block_size=64, hidden_size=32, num_hidden_layers=1,
                             num_attention_heads=2, intermediate_size=64, held_out_every=5, eval_blocks=8)
    training = TrainingArguments(output_dir=str(tmp_path / "work"), max_steps=2, per_device_train_batch_size=4,
                                 learning_rate=1e-3, save_steps=2, logging_steps=1, report_to="none", use_cpu=True,
                                 remove_unused_columns=False, disable_tqdm=True, seed=0, bf16=True)
    summary = run_pretraining(args, training)
    assert seen == [True, True]
    assert np.isfinite(summary["held_out_perplexity"])
