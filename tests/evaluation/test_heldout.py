"""Held-out scoring: one word-level projection rule for every system, corpus parts that never overlap."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import pytest
import yaml

from arabic_ie.evaluation.heldout import ANERCORP_PROJECTION, project, score_words, standard_corpora, word_tags

from conftest import REPO, SEED_DIR, SHARED
from helpers import doc_with


def test_a_word_takes_the_type_of_a_span_inside_it_so_a_proclitic_is_not_counted_against():
    text = "وصل بوتين لمصر ثم زار الاتحاد الأوروبي.\nوعاد"
    with_clitic = doc_with(text, [("PER", "بوتين"), ("GPE", "لمصر"), ("ORG", "الاتحاد الأوروبي")])
    without = doc_with(text, [("PER", "بوتين"), ("GPE", "مصر"), ("ORG", "الاتحاد الأوروبي")])
    assert word_tags(with_clitic) == word_tags(without) == [
        ["O", "B-PER", "B-GPE", "O", "O", "B-ORG", "I-ORG"], ["O"]]
    scores = score_words([with_clitic], [without])
    assert scores["default"]["f1"] == scores["strict"]["f1"] == 1.0


def test_projection_maps_system_types_onto_the_corpus_types_and_drops_the_rest():
    doc = doc_with("زار بوتين موسكو والكرملين مع الروس", [("PER", "بوتين"), ("GPE", "موسكو"), ("FAC", "الكرملين"),
                                                     ("NORP", "الروس")])
    projected = project(doc, ANERCORP_PROJECTION)
    assert [(e.type, e.text) for e in projected.entities] == [("PER", "بوتين"), ("LOC", "موسكو"), ("LOC", "الكرملين")]


def test_missed_and_wrong_types_lower_the_score_per_type():
    gold = doc_with("زار بوتين موسكو", [("PER", "بوتين"), ("LOC", "موسكو")])
    pred = doc_with("زار بوتين موسكو", [("ORG", "بوتين")])
    scores = score_words([gold], [pred])
    assert scores["default"]["f1"] == 0.0 and scores["default"]["per_type"]["LOC"]["support"] == 1


@pytest.mark.skipif(not (SHARED / "data" / "ner" / "fane").exists(), reason="needs ../shared/data/ner (not shipped)")
def test_newsfane_and_wikifane_parts_do_not_overlap_and_newsfane_test_is_anercorp_test_text():
    tag_map = yaml.safe_load((REPO / "configs" / "tagmaps" / "fane-to-seed.yaml").read_text(encoding="utf-8"))
    by_part = {part: {c.name: c for c in standard_corpora(SHARED, part, SEED_DIR, REPO / "data" / "splits.json",
                                                         tag_map)} for part in ("dev", "test")}
    for name in ("newsfane", "wikifane"):
        dev, test = (set(d.id for d in by_part[p][name].load()) for p in ("dev", "test"))
        assert dev and test and not dev & test
    labels = (SHARED / "data" / "ner" / "fane" / "newsfane_camel_split.txt").read_text().split()
    test_ids = {int(d.id.rsplit("-", 1)[1]) for d in by_part["test"]["newsfane"].load()}
    assert {labels[i] for i in test_ids} == {"test"}
    # NewsFANE dev is ANERcorp dev's text (the same sentences re-annotated), never ANERcorp training text
    from arabic_ie.data.align import text_key

    from arabic_ie.data.conll import read_conll

    aner_all = read_conll(SHARED / "data" / "ner" / "anercorp" / "ANERCorp_CamelLab_train.txt",
                          tag_map={"PERS": "PER", "MISC": "O"})
    aner_dev = {text_key(d.text) for d in by_part["dev"]["anercorp"].load()}
    aner_train = {text_key(d.text) for d in aner_all} - aner_dev
    newsfane_dev = [text_key(d.text) for d in by_part["dev"]["newsfane"].load()]
    assert len(newsfane_dev) > 300 and sum(k in aner_dev for k in newsfane_dev) >= 0.8 * len(newsfane_dev)
    assert not set(newsfane_dev) & aner_train


def heldout_script():
    """eval/heldout.py as a module, to call its main in this process (no interpreter start)."""
    spec = importlib.util.spec_from_file_location("heldout_script", REPO / "eval" / "heldout.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    return script


def refused(argv: list[str], capsys) -> str:
    """Run eval/heldout.py's main and return its stderr; it must exit 2 with an argparse message."""
    script = heldout_script()
    capsys.readouterr()
    with pytest.raises(SystemExit) as exit_info:
        script.main(argv)
    assert exit_info.value.code == 2
    return capsys.readouterr().err


def test_the_script_resolves_its_device_before_loading_anything(tiny_model_dir, tmp_path, capsys):
    err = refused(["--model", str(tiny_model_dir), "--corpora", "seed", "--device", "gpu0",
                   "--output", str(tmp_path)], capsys)
    assert "--device: device='gpu0' is not a device" in err and not (tmp_path / "heldout.json").exists()
    # auto: the GPU where there is one, else the CPU; it runs either way
    assert heldout_script().main(["--model", str(tiny_model_dir), "--corpora", "seed", "--device", "auto",
                                  "--output", str(tmp_path)]) == 0
    assert (tmp_path / "heldout.json").exists()


def test_the_script_scores_a_model_on_the_seed_article(tiny_model_dir, tmp_path):
    out = subprocess.run([sys.executable, str(REPO / "eval" / "heldout.py"), "--model", str(tiny_model_dir),
                          "--corpora", "seed", "--precisions", "fp32,bf16,int8", "--entity-o-bias", "50",
                          "--output", str(tmp_path)],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "| system | seed (977 words) |" in out.stdout and (tmp_path / "heldout.json").exists()
    name = tiny_model_dir.name
    systems = json.loads((tmp_path / "heldout.json").read_text(encoding="utf-8"))["results"]["seed"]
    # one row per compute path, and one per O bias: at +50 nothing is an entity
    assert set(systems) == {name, f"{name} [bf16]", f"{name} [int8]", f"{name} [O bias +50]"}
    assert systems[f"{name} [O bias +50]"]["strict"]["precision"] == 0 < systems[name]["strict"]["precision"]


@pytest.mark.parametrize("value,message", [("0.5,high", "'0.5,high' is not a comma-separated list of numbers"),
                                           ("0.5,nan", "the values must be finite numbers")])
def test_an_o_bias_that_is_not_a_finite_number_is_refused(tiny_model_dir, tmp_path, capsys, value, message):
    err = refused(["--model", str(tiny_model_dir), "--corpora", "seed", "--entity-o-bias", value,
                   "--output", str(tmp_path)], capsys)
    assert f"--entity-o-bias: {message}" in err and not (tmp_path / "heldout.json").exists()


@pytest.mark.parametrize("content", [None, "- a list\n- not a mapping\n"])
def test_an_unreadable_fane_tag_map_is_refused_before_any_scoring(tiny_model_dir, tmp_path, capsys, content):
    tag_map = tmp_path / "map.yaml"
    if content is not None:
        tag_map.write_text(content, encoding="utf-8")
    err = refused(["--model", str(tiny_model_dir), "--corpora", "seed", "--fane-tag-map", str(tag_map),
                   "--output", str(tmp_path / "out")], capsys)
    assert "error: --fane-tag-map:" in err and str(tag_map) in err
    assert not (tmp_path / "out" / "heldout.json").exists()
