"""The thin scripts in eval/ run end to end on a tiny model."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import yaml

from conftest import REPO


def run(args, cwd=REPO):
    return subprocess.run([sys.executable, *args], cwd=cwd, capture_output=True, text=True, timeout=600,
                          env={"HF_HUB_OFFLINE": "1", "PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO / "src")})


def evaluate_in_process(argv, capsys):
    """`arabic-ie evaluate` in this process (the script's own entry point is run as a subprocess once above)."""
    from arabic_ie.commands.evaluate import main

    from helpers import main_in_process

    return main_in_process(main, [str(REPO / a) if a == "data/seed" else a for a in argv], capsys)


def tiny_config(tmp_path, encoder):
    from arabic_ie.config import load_yaml

    config = load_yaml(REPO / "configs" / "seed-default.yaml")  # its preset merged in
    config.update({"checkpoint": str(encoder), "init_from": None, "max_length": 64, "stride": 16, "span_dim": 32,
                   "type_embedding_dim": 8, "num_train_epochs": 1, "max_train_documents": 1,
                   "output_dir": str(tmp_path / "run"), "disable_tqdm": True,
                   "cpu_bf16": "off"})  # the same arithmetic on every test machine, with or without bf16 instructions
    path = tmp_path / "tiny.yaml"
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    return path


def test_cross_validate_one_fold_with_baselines(tmp_path, tiny_encoder):
    config = tiny_config(tmp_path, tiny_encoder)
    out = tmp_path / "cv"
    result = run(["eval/cross_validate.py", str(config), "--output", str(out), "--folds", "fold-0"])
    assert result.returncode == 0, result.stderr[-2000:]
    cv = json.loads((out / "cv.json").read_text(encoding="utf-8"))
    fold = cv["folds"]["fold-0"]
    assert fold["test_documents"] == ["000_d5c3160b1123fbbd"]
    assert set(fold) >= {"transformer", "crf", "gazetteer"}
    assert "| entity strict F1 |" in (out / "cv.md").read_text(encoding="utf-8")
    # a second run reuses the finished fold
    again = run(["eval/cross_validate.py", str(config), "--output", str(out), "--folds", "fold-0"])
    assert "reusing" in again.stdout


def test_cross_validate_trains_folds_in_parallel_processes_reports_a_failing_one_and_reuses_the_rest(
        tmp_path, tiny_encoder):
    config = tiny_config(tmp_path, tiny_encoder)
    out = tmp_path / "cv"
    failing = run(["eval/cross_validate.py", str(config), "--output", str(out), "--folds", "fold-1,fold-2,fold-9",
                   "--jobs", "2"])
    assert "3 folds in 2 processes" in failing.stdout and failing.returncode == 1
    assert f"failed folds (see their logs): fold-9 ({out / 'fold-9.log'})" in failing.stderr
    assert "config key split: 'fold-9' not in" in (out / "fold-9.log").read_text(encoding="utf-8")
    for fold in ("fold-1", "fold-2"):  # the other folds finished, each with its own log
        assert (out / f"{fold}.log").exists() and (out / fold / "metrics.json").exists()
    result = run(["eval/cross_validate.py", str(config), "--output", str(out), "--folds", "fold-1,fold-2",
                  "--jobs", "2"])
    assert result.returncode == 0, result.stderr[-2000:]
    assert "reusing" in result.stdout and "processes" not in result.stdout  # nothing left to train
    cv = json.loads((out / "cv.json").read_text(encoding="utf-8"))
    assert list(cv["folds"]) == ["fold-1", "fold-2"]
    assert cv["folds"]["fold-2"]["test_documents"] == ["002_5890cfb022f8faa3"]
    assert "--jobs" not in cv["command"]  # how many processes ran it does not change the result


def test_cross_validate_reports_a_bad_config_value_without_a_traceback(tmp_path, tiny_encoder):
    config = tiny_config(tmp_path, tiny_encoder)
    result = run(["eval/cross_validate.py", str(config), "--output", str(tmp_path / "cv"), "--folds", "fold-0",
                  "--save_strategy", "no"])  # load_best_model_at_end needs it to match the eval strategy
    assert result.returncode == 2
    assert result.stderr.startswith("error: ") and "load_best_model_at_end" in result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "cv").exists()


def test_evaluate_writes_metrics_and_reports(tmp_path, tiny_encoder, capsys):
    config = tiny_config(tmp_path, tiny_encoder)
    trained = run(["train/train.py", str(config), "--do_test", "false"])
    assert trained.returncode == 0, trained.stderr[-2000:]
    out = tmp_path / "eval"
    result = run(["eval/evaluate.py", "--model", str(tmp_path / "run" / "model"), "--data", "data/seed",
                  "--split", "fold-1:test", "--output", str(out)])
    assert result.returncode == 0, result.stderr[-2000:]
    metrics = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    for key in ("strict", "per_type", "macro_f1", "seqeval_strict", "seqeval_default", "partial"):
        assert key in metrics["entities"]
    assert set(metrics["relations"]) == {"strict", "boundaries", "gold_entities"}
    assert (out / "report.html").exists() and (out / "confusion.png").exists()
    # the directory train.py saved is what the Predictor serves
    from arabic_ie import Predictor

    text = (REPO / "data" / "seed" / "004_a67773ad0dea250e.txt").read_text(encoding="utf-8")
    result = Predictor.from_pretrained(tmp_path / "run" / "model", device="cpu")(text)
    assert all(text[e["start"]:e["end"]] == e["text"] for e in result["entities"])
    int8 = evaluate_in_process(["--model", str(tmp_path / "run" / "model"), "--data", "data/seed",
                "--split", "fold-1:test", "--quantize", "int8"], capsys)
    assert int8.returncode == 0 and "entities" in int8.stdout, int8.stderr[-2000:]
    bad = evaluate_in_process(["--model", str(tmp_path / "nowhere"), "--data", "data/seed"], capsys)
    assert bad.returncode == 2 and "model directory not found" in bad.stderr
    # --without switches an inference option off for one run: the rules found every date of article 001
    assert metrics["entities"]["per_type"]["DATE"]["recall"] == 1.0
    without = tmp_path / "without"
    ablated = evaluate_in_process(["--model", str(tmp_path / "run" / "model"), "--data", "data/seed",
                   "--split", "fold-1:test", "--output", str(without), "--without", "patterns",
                   "--without", "propagation"], capsys)
    assert ablated.returncode == 0, ablated.stderr[-2000:]
    ablated_metrics = json.loads((without / "metrics.json").read_text(encoding="utf-8"))
    assert ablated_metrics["entities"]["per_type"]["DATE"]["recall"] < 1.0
    assert "boosters switched off: patterns, propagation" in ablated.stdout
    unknown = evaluate_in_process(["--model", str(tmp_path / "run" / "model"), "--data", "data/seed",
                   "--without", "entity_threshold"], capsys)
    assert unknown.returncode == 2 and "no booster entity_threshold in this model" in unknown.stderr
    table = evaluate_in_process(["--model", str(tmp_path / "run" / "model"), "--data", "data/seed",
                 "--split", "fold-1:test", "--ablation"], capsys)
    assert table.returncode == 0, table.stderr[-2000:]
    rows = [line for line in table.stdout.splitlines() if line.startswith("| ")]
    assert rows[1].startswith("| all boosters") and rows[-1].startswith("| transformer alone")
    assert any(row.startswith("| without lexicon, vote, compounds") for row in rows)  # dependents go too


def test_train_reports_a_bad_config_before_any_work(tmp_path, tiny_encoder):
    config = tiny_config(tmp_path, tiny_encoder)
    result = run(["train/train.py", str(config), "--checkpoint", "models/missing-model"])
    assert result.returncode == 2
    assert "config key checkpoint: models/missing-model is not a model directory" in result.stderr


def test_benchmark_prints_every_kind_of_system_side_by_side(tiny_model_dir):
    # one system per code path of the worker and per flag (bf16, entities alone, the ONNX backend): each is a process
    systems = ("encoder-forward", "hf-pipeline-bf16", "predictor-bf16", "predictor-int8-entities", "predictor-onnx-int8")
    result = run(["eval/benchmark.py", "--model", str(tiny_model_dir), "--docs", "2", "--repeats", "1", "--rounds", "1",
                  "--anercorp", "/nowhere", "--systems", ",".join(systems)])
    assert result.returncode == 0, result.stderr[-2000:]
    rows = {line.split()[0]: line for line in result.stdout.splitlines() if line.split()[:1] and
            line.split()[0] in systems}
    assert set(rows) == set(systems), (result.stdout, result.stderr[-2000:])
    assert "0 relations" in rows["predictor-int8-entities"] and "ceiling" in rows["encoder-forward"]
    assert "corpus: 2 documents" in result.stdout and "rerun: python eval/benchmark.py" in result.stdout


def test_train_step_speed_times_each_mode_for_pretraining_and_fine_tuning(tiny_encoder, capsys):
    result = run(["eval/train_step_speed.py", "--encoder", str(tiny_encoder), "--modes", "fp32,bf16", "--rounds", "1",
                  "--steps", "1", "--batch", "2", "--block", "16"])
    assert result.returncode == 0, result.stderr[-2000:]
    rows = [line.split(" | ") for line in result.stdout.splitlines() if line.startswith("| pretraining")
            or line.startswith("| fine-tuning")]
    assert [(r[0], r[1]) for r in rows] == [("| pretraining (MLM)", "fp32"), ("| pretraining (MLM)", "bf16"),
                                            ("| fine-tuning (NER)", "fp32"), ("| fine-tuning (NER)", "bf16")]
    assert all(float(r[3]) > 0 for r in rows) and rows[0][4] == "1.00x |"  # steps/s
    import importlib.util

    spec = importlib.util.spec_from_file_location("train_step_speed", REPO / "eval" / "train_step_speed.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    with pytest.raises(SystemExit) as bad:
        script.main(["--encoder", str(tiny_encoder), "--modes", "fp8"])
    assert bad.value.code == 2 and "unknown ['fp8']" in capsys.readouterr().err


def test_agreement_scores_two_annotations_of_one_text_per_type(tmp_path):
    """eval/agreement.py: F1 between two annotators; relations also on the arguments both marked identically."""
    seed_txt = sorted((REPO / "data" / "seed").glob("000_*.txt"))[0]
    first, second = tmp_path / "first", tmp_path / "second"
    for folder in (first, second):
        folder.mkdir()
        (folder / seed_txt.name).write_bytes(seed_txt.read_bytes())
    ann = seed_txt.with_suffix(".ann").read_text(encoding="utf-8")
    (first / seed_txt.with_suffix(".ann").name).write_text(ann, encoding="utf-8")
    lines = ann.splitlines()
    t_lines = [line for line in lines if line.startswith("T")]
    r_lines = [line for line in lines if line.startswith("R")]
    changed = t_lines[0].split("\t")
    old_type = changed[1].split()[0]
    changed[1] = changed[1].replace(old_type, "LOC" if old_type != "LOC" else "FAC", 1)
    # the second annotator types one mention differently and leaves out one relation
    second_ann = "\n".join(["\t".join(changed), *t_lines[1:], *r_lines[1:]]) + "\n"
    (second / seed_txt.with_suffix(".ann").name).write_text(second_ann, encoding="utf-8")
    result = run(["eval/agreement.py", str(first), str(second), "--output", str(tmp_path / "out")])
    assert result.returncode == 0, result.stderr
    data = json.loads((tmp_path / "out" / "agreement.json").read_text(encoding="utf-8"))
    n = len(t_lines)
    assert data["entities"]["strict"]["tp"] == n - 1
    assert data["entities"]["strict"]["f1"] == round((n - 1) / n, 4)
    assert data["relations"]["gold"] == len(r_lines) and data["relations"]["predicted"] == len(r_lines) - 1
    assert data["relations"]["tp"] <= len(r_lines) - 1
    assert "| entity type | first | second | identical | F1 |" in result.stdout
    empty = tmp_path / "empty"
    empty.mkdir()
    bad = run(["eval/agreement.py", str(first), str(empty)])
    assert bad.returncode == 2 and "no document annotated in both" in bad.stderr


def test_encoder_report_scores_each_variant_and_can_leave_the_plain_row_out(tmp_path, tiny_encoder, capsys):
    import importlib.util

    sentences = ["وصل O\nالرئيس O\nفلاديمير B-PERS\nبوتين I-PERS\nإلى O\nهانوي B-LOC\n. O\n",
                 "وقعت O\nروسيا B-LOC\nاتفاقية B-MISC\nمع O\nشركة B-ORG\nروساتوم I-ORG\n. O\n"]
    data = tmp_path / "tiny.txt"
    data.write_text("\n".join(sentences * 4), encoding="utf-8")
    config = {"train_path": str(data), "test_path": str(data), "data_format": "conll", "dev_fraction": 0.25,
              "entity_types": ["PERS", "LOC", "ORG", "MISC"], "max_length": 64, "stride": 16, "span_dim": 32,
              "type_embedding_dim": 8, "max_steps": 2, "learning_rate": 0.001, "per_device_train_batch_size": 4,
              "eval_strategy": "steps", "eval_steps": 2, "save_strategy": "steps", "save_steps": 2,
              "load_best_model_at_end": True, "metric_for_best_model": "combined_f1", "remove_unused_columns": False,
              "report_to": "none", "use_cpu": True, "output_dir": str(tmp_path / "unused")}
    path = tmp_path / "tiny.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    spec = importlib.util.spec_from_file_location("encoder_report", REPO / "eval" / "encoder_report.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    out = tmp_path / "report"
    assert script.main(["--encoder", str(tiny_encoder), "--seeds", "1", "--config", str(path), "--output", str(out),
                        "--variant", "no dropout=--classifier_dropout 0.0", "--only-variants"]) == 0
    report = (out / "report.md").read_text(encoding="utf-8")
    rows = [line.split(" | ")[0] for line in report.splitlines() if line.startswith("| ") and "---" not in line]
    assert rows == ["| system", "| encoder + no dropout (transformer alone, 1 seed, viterbi decoding)",
                    "| CRF baseline (same train + dev)"]
    assert "--only-variants" in report
    with pytest.raises(SystemExit):
        script.main(["--encoder", str(tiny_encoder), "--config", str(path), "--only-variants"])
    assert "--only-variants needs at least one --variant" in capsys.readouterr().err


def test_train_soup_trains_each_data_order_then_averages(tmp_path):
    config = str(REPO / "configs" / "seed-default.yaml")
    out = run(["train/train_soup.py", config, "--data-seeds", "none,3", "--output", str(tmp_path / "soup"),
               "--dry-run", "--", "--bf16", "true"])
    assert out.returncode == 0, out.stderr
    first, second, soup = out.stdout.strip().splitlines()
    assert "--data_seed" not in first and first.endswith(f"--bf16 true --output_dir {tmp_path}/soup-runs/dnone")
    assert "--data_seed 3 --bf16 true" in second and second.endswith(f"{tmp_path}/soup-runs/d3")
    assert soup.endswith(f"soup {tmp_path}/soup-runs/dnone/model {tmp_path}/soup-runs/d3/model --output {tmp_path}/soup")


@pytest.mark.parametrize("seeds", ["1", "1,1", "1,x"])
def test_train_soup_refuses_fewer_than_two_distinct_data_orders(tmp_path, seeds):
    out = run(["train/train_soup.py", str(REPO / "configs" / "seed-default.yaml"), "--data-seeds", seeds,
               "--output", str(tmp_path / "soup"), "--dry-run"])
    assert out.returncode != 0 and out.stderr.startswith("error: --data-seeds") and "Traceback" not in out.stderr


def test_ship_model_writes_fp16_weights_the_configs_notes_and_the_added_boosters(tmp_path, tiny_encoder):
    config = tiny_config(tmp_path, tiny_encoder)
    trained = run(["train/train.py", str(config), "--boosters", "[]", "--refit_with_dev", "false",
                   "--tune_entity_threshold", "false", "--tune_relation_threshold", "false", "--eval_strategy", "no",
                   "--save_strategy", "no", "--load_best_model_at_end", "false"])
    assert trained.returncode == 0, trained.stderr[-2000:]
    notes = tmp_path / "notes.yaml"
    notes.write_text(yaml.safe_dump({"card_notes": "Written after the run: data, terms, scores."}), encoding="utf-8")
    dest = tmp_path / "shipped"
    out = run(["train/ship_model.py", str(tmp_path / "run" / "model"), str(dest), "--name", "tiny-ready",
               "--config", str(notes), "--with", "{patterns: {fill_only: true}}", "--with", "propagation"])
    assert out.returncode == 0, out.stderr[-2000:]
    agreement = float(out.stdout.split("entity agreement with the trained directory on the seed articles: ")[1])
    assert agreement >= 0.99  # fp16 may flip a borderline span of this untrained tiny model, no more
    with open(dest / "model.safetensors", "rb") as fh:
        header = json.loads(fh.read(int.from_bytes(fh.read(8), "little")))
    assert {v["dtype"] for k, v in header.items() if k != "__metadata__"} == {"F16"}
    resolved = yaml.safe_load((dest / "training_config.yaml").read_text(encoding="utf-8"))
    assert resolved["run"]["card_notes"] == "Written after the run: data, terms, scores."
    card = (dest / "README.md").read_text(encoding="utf-8")
    assert "# tiny-ready" in card and "Written after the run: data, terms, scores." in card
    from arabic_ie.extractor import Extractor

    shipped = Extractor.from_pretrained(dest)
    assert shipped.boosters.names == ["patterns", "propagation"]
    assert shipped.boosters.get("patterns").params == {"fill_only": True, "replace": []}
    assert "where the model found no overlapping entity" in card


def test_sentence_context_gives_each_sentence_the_spans_inside_it_in_its_own_offsets():
    """eval/sentence_context.py: chunkN and aroundK map spans back to each sentence; spans over an edge drop."""
    import importlib.util
    import re

    from arabic_ie.data.document import Document, Entity

    spec = importlib.util.spec_from_file_location("sentence_context", REPO / "eval" / "sentence_context.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)

    class Marker:  # tags every "عمان" as GPE and the edge-crossing "الأردن\nعمان" as ORG
        calls = 0

        def predict_documents(self, texts, ids, with_relations):
            Marker.calls += 1
            ents = [Entity(f"T{i}", "GPE", m.start(), m.end(), m.group()) for i, m in enumerate(re.finditer("عمان", texts[0]))]
            ents += [Entity("X", "ORG", m.start(), m.end(), m.group()) for m in re.finditer("الأردن\nعمان", texts[0])]
            return [Document(ids[0], texts[0], ents, [])]

    docs = [Document(f"s{i}", t, [], []) for i, t in enumerate(["زار الأردن", "عمان مدينة", "في عمان وعمان"])]
    for mode, calls in (("chunk2", 2), ("around1", 3), ("chunk1", 3)):
        Marker.calls = 0
        out = module.with_context(Marker(), docs, mode)
        assert Marker.calls == calls and [d.id for d in out] == ["s0", "s1", "s2"]
        assert [[(e.type, d.text[e.start:e.end]) for e in d.entities] for d in out] == [
            [], [("GPE", "عمان")], [("GPE", "عمان"), ("GPE", "عمان")]], mode


def test_window_scan_rescores_one_model_under_each_window_and_refuses_bad_input(tiny_model_dir, capsys):
    import importlib.util

    spec = importlib.util.spec_from_file_location("window_scan", REPO / "eval" / "window_scan.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert script.parse_windows("256/64, 64/16") == [(256, 64), (64, 16)]
    for bad in ("256", "256/300", "a/b"):
        with pytest.raises(Exception, match="--windows"):
            script.parse_windows(bad)
    argv = [str(tiny_model_dir), "--windows", "64/16,32/8", "--offsets", "0,3", "--data", str(REPO / "data" / "seed"),
            "--split", "dev", "--splits-file", str(REPO / "data" / "splits.json")]
    assert script.main(argv) == 0
    rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith("| 64 / 16") or line.startswith("| 32 / 8")]
    assert [r.split("|")[2].strip() for r in rows] == ["0", "3", "0", "3"] and all(len(r.split("|")) == 6 for r in rows)
    from arabic_ie.core import decoding, windows

    assert decoding.encode_document is windows.encode_document  # the shifted grid does not outlive the scan
    assert script.main([str(tiny_model_dir / "missing")]) == 2
    assert script.main([*argv[:3], "--offsets", "22", *argv[5:]]) == 2  # 32/8 advances 22 subwords: offsets 0..21
    assert "not below 22" in capsys.readouterr().err


def test_pseudo_label_draws_past_annotated_articles_and_their_stories_and_keeps_only_the_chosen_types(
        tmp_path, tiny_model_dir, capsys):
    import importlib.util

    from arabic_ie.data.io import load_documents
    from arabic_ie.data.news_sample import SECTIONS, corpus_documents, write_manifest

    topic = {"politics": "وزير الخارجية يلتقي السفير في القمة", "economy": "أسعار النفط ترتفع في السوق",
             "sports": "المنتخب يفوز في المباراة على النادي", "culture": "افتتاح مهرجان الفيلم والمسرح",
             "local": "بلدية المحافظة تحذر المواطنين", "world": "الأمم المتحدة تبحث الوضع في سوريا"}

    def article(section, n, body_of=None):
        body = " ".join(f"كلمة{body_of if body_of is not None else n}x{i}" for i in range(130))
        return f"{topic[section].split()[0]} عنوان{n} خبر{n} نبأ{n}\n{topic[section]}\n{body}"

    folder = tmp_path / "corpora" / "saudinewsnet"
    folder.mkdir(parents=True)
    docs = [article(s, 10 * k + j) for k, s in enumerate(SECTIONS) for j in range(2)]
    docs.append(article("politics", 99, body_of=0))  # another title, the story of the annotated article 0
    (folder / "saudinewsnet_part000.txt").write_text("\n\n".join(docs) + "\n", encoding="utf-8")
    annotated = [e for e, _ in corpus_documents(tmp_path / "corpora", "saudinewsnet") if e.index == 0]
    write_manifest(tmp_path / "manifest.json", annotated, seed=1, command="test")
    spec = importlib.util.spec_from_file_location("pseudo_label", REPO / "train" / "pseudo_label.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    out = tmp_path / "pseudo" / "news.jsonl"
    common = ["--model", str(tiny_model_dir), "--corpora", str(tmp_path / "corpora"), "--manifest",
              str(tmp_path / "manifest.json"), "--output", str(out)]
    assert script.main([*common, "--count", "saudinewsnet=12", "--types", "PER,GPE"]) == 0
    written = load_documents(out)
    ids = {d.id for d in written}
    assert len(ids) == 11 and "saudinewsnet_part000_0000" not in ids  # 12 other articles, one the same story
    assert "saudinewsnet_part000_0012" not in ids
    record = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    assert record["left_out_same_story"] == {"saudinewsnet_part000_0012": "saudinewsnet_part000_0000"}
    assert all(e.type in ("PER", "GPE") and d.text[e.start:e.end] == e.text for d in written for e in d.entities)
    assert not any(d.relations for d in written)
    assert script.main([*common, "--count", "saudinewsnet=12", "--types", "PERSON"]) == 2
    assert "PERSON not in the model's schema" in capsys.readouterr().err
    for bad in ("saudinewsnet=0", "reuters=5"):
        with pytest.raises(SystemExit, match="CORPUS=N with CORPUS one of saudinewsnet, ant"):
            script.main([*common, "--count", bad])
    assert script.main([*common[:1], str(tmp_path / "missing"), *common[2:]]) == 2
