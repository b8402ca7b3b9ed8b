"""Unlabelled words that may be of a type (``may_be``): a corpus that labels a type in part frees only the listed
words, never every unlabelled word."""

from __future__ import annotations

import json

import pytest

from arabic_ie.config import ConfigError
from arabic_ie.core.features import collate, window_features
from arabic_ie.data.document import Document
from arabic_ie.schema import SEED_SCHEMA
from arabic_ie.training.datasets import dataset_parts, parse_dataset_specs
from arabic_ie.training.may_be import in_list, may_be_spans, nisba_forms, write_word_list


def test_nisba_forms_cover_both_genders_numbers_and_the_article():
    forms = nisba_forms("المصرية")
    assert {"مصري", "المصري", "مصريه", "المصريه", "المصريين", "مصريون", "المصريات"} <= forms
    assert nisba_forms("الأكراد") == {"اكراد", "الاكراد"}  # not a nisba: the word itself, with and without ال


def test_a_listed_word_is_found_behind_its_proclitics_and_other_words_are_not():
    words = nisba_forms("المصري")
    assert in_list("والمصري", words) and in_list("للمصريين", words) and in_list("بالمصريه", words)
    assert not in_list("مصر", words) and not in_list("الرئيس", words)


def test_only_unlabelled_listed_words_may_be_the_type():
    text = "قال الرئيس المصري إن المصريين والحكومة المصرية"
    labelled = [(text.index("المصريين"), text.index("المصريين") + len("المصريين")),
                (text.index("والحكومة") + 1, len(text))]
    spans = may_be_spans(text, labelled, {"NORP": nisba_forms("مصري")})
    assert [(text[s:e], t) for s, e, t in spans] == [("المصري", "NORP")]


def test_the_word_list_is_written_from_one_word_mentions(tmp_path):
    path = tmp_path / "norp.txt"
    n = write_word_list(["الفلسطينيين", "الشعب الفلسطيني"], path, "header line")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "# header line" and n == len(lines) - 1
    assert "الفلسطيني" in lines and "الشعب" not in " ".join(lines)


def _corpus(tmp_path):
    text = "قال الرئيس المصري إن الوزير سافر إلى القاهرة"
    start = text.index("القاهرة")
    doc = {"id": "d", "text": text, "relations": [],
           "entities": [{"id": "T1", "type": "GPE", "start": start, "end": start + len("القاهرة")}]}
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    words = tmp_path / "norp.txt"
    words.write_text("# NORP\nالمصري\n", encoding="utf-8")
    return str(path), str(words), text


def test_a_dataset_may_be_entry_frees_the_listed_words_alone(tmp_path, tiny_model_and_tokenizer):
    _, tokenizer = tiny_model_and_tokenizer
    path, words, text = _corpus(tmp_path)
    specs = parse_dataset_specs([{"path": path, "annotates": ["PER", "NORP", "ORG", "GPE"],
                                  "may_be": {"NORP": words}}], SEED_SCHEMA)
    [doc] = dataset_parts(specs, SEED_SCHEMA)[0]["train"]
    assert [(text[s:e], t) for s, e, t in doc.unlabelled_may_be] == [("المصري", "NORP")]
    [feature], _ = window_features(doc, tokenizer, SEED_SCHEMA, 64, 16, max_proclitic=3)
    batch = collate([feature], n_labels=len(SEED_SCHEMA.bio_labels()))
    label2id = {label: i for i, label in enumerate(SEED_SCHEMA.bio_labels())}
    enc = tokenizer(text, return_offsets_mapping=True)
    offsets = enc["offset_mapping"]
    allowed = batch["allowed_labels"][0]
    start = text.index("المصري")
    for tok, (a, b) in enumerate(offsets):
        if b <= a:
            continue
        norp = allowed[tok, label2id["B-NORP"]] or allowed[tok, label2id["I-NORP"]]
        assert bool(norp) == (start <= a < start + len("المصري")), text[a:b]  # the listed word alone
        per = allowed[tok, label2id["B-PER"]]
        assert not per  # PER is annotated by this corpus: no unlabelled word may be PER
        if start <= a < start + len("المصري"):
            assert allowed[tok, label2id["O"]]  # it may also stay O (an adjective inside a name is not NORP)


def test_may_be_entries_are_checked(tmp_path):
    path, words, _ = _corpus(tmp_path)
    with pytest.raises(ConfigError, match=r"may_be: 'NATION' is not an entity type"):
        parse_dataset_specs([{"path": path, "may_be": {"NATION": words}}], SEED_SCHEMA)
    with pytest.raises(ConfigError, match=r"may_be\.NORP: .*missing\.txt does not exist"):
        parse_dataset_specs([{"path": path, "may_be": {"NORP": str(tmp_path / "missing.txt")}}], SEED_SCHEMA)
    with pytest.raises(ConfigError, match=r"may_be: expected a mapping"):
        parse_dataset_specs([{"path": path, "may_be": ["NORP"]}], SEED_SCHEMA)


def test_documents_keep_their_may_be_spans_when_copied():
    doc = Document("d", "المصري", [], unlabelled_may_be=((0, 6, "NORP"),))
    assert doc.sorted().unlabelled_may_be == doc.renumbered().unlabelled_may_be == ((0, 6, "NORP"),)
