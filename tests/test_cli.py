"""The arabic-ie command line: stats and convert (validate has its own test module)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from arabic_ie.cli import main
from arabic_ie.data.brat import write_brat
from arabic_ie.data.io import load_documents

from conftest import SEED_DIR


def test_stats_json_has_the_documented_shape(capsys):
    assert main(["stats", str(SEED_DIR), "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["documents"] == 5
    assert set(stats["entities"]) >= {"PER", "GPE", "PERCENT"}
    assert set(stats["relations"]) == {"ROLE", "LOCATED_IN", "VISIT", "MEET", "PARTY_TO", "CRITICIZES", "SUPPORTS"}
    docs = load_documents(SEED_DIR)
    assert sum(stats["entities"].values()) == sum(len(d.entities) for d in docs)
    per_doc = stats["per_document"][docs[0].id]["entities"]
    assert sum(per_doc.values()) == len(docs[0].entities)


def test_stats_table(capsys, doc, tmp_path):
    write_brat(doc, tmp_path)
    assert main(["stats", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1 documents, 7 entities, 3 relations")
    assert "TOTAL" in out


def test_convert_brat_jsonl_conll(tmp_path, doc, capsys):
    write_brat(doc, tmp_path / "brat")
    assert main(["convert", str(tmp_path / "brat"), str(tmp_path / "c.jsonl"), "--to", "jsonl"]) == 0
    assert main(["convert", str(tmp_path / "c.jsonl"), str(tmp_path / "back"), "--to", "brat"]) == 0
    assert load_documents(tmp_path / "back") == [doc]
    assert main(["convert", str(tmp_path / "c.jsonl"), str(tmp_path / "c.conll"), "--to", "conll"]) == 0
    conll_docs = load_documents(tmp_path / "c.conll")
    assert [(e.type, e.text) for e in conll_docs[0].entities] == [(e.type, e.text) for e in doc.entities]


def test_console_script_is_installed():
    result = subprocess.run([sys.executable, "-m", "arabic_ie.cli", "--help"], capture_output=True, text=True)
    assert result.returncode == 0
    assert "validate" in result.stdout and "convert" in result.stdout


def test_a_lossy_conversion_says_what_it_drops_and_strict_refuses_it(tmp_path, doc, capsys):
    write_brat(doc, tmp_path / "brat")
    assert main(["convert", str(tmp_path / "brat"), str(tmp_path / "c.conll"), "--to", "conll"]) == 0
    err = capsys.readouterr().err
    assert f"warning: converting to conll drops {len(doc.relations)} relation(s) of 1 document(s)" in err
    assert main(["convert", str(tmp_path / "brat"), str(tmp_path / "strict.conll"), "--to", "conll", "--strict"]) == 1
    err = capsys.readouterr().err
    assert "error: converting to conll drops" in err and "nothing written" in err
    assert not (tmp_path / "strict.conll").exists()
    # every lossless target says nothing and round-trips
    for fmt, name in (("doccano", "d.jsonl"), ("label-studio", "ls.json"), ("jsonl", "j.jsonl")):
        assert main(["convert", str(tmp_path / "brat"), str(tmp_path / name), "--to", fmt, "--strict"]) == 0
        back, = load_documents(tmp_path / name)
        assert [(e.type, e.start, e.end) for e in back.entities] == [(e.type, e.start, e.end) for e in doc.entities]
        assert len(back.relations) == len(doc.relations)
    assert "drops" not in capsys.readouterr().err


def test_version_and_help_list_every_command():
    out = subprocess.run([sys.executable, "-m", "arabic_ie.cli", "--help"], capture_output=True, text=True).stdout
    for command in ("train", "evaluate", "cross-validate", "predict", "convert", "validate", "stats"):
        assert command in out
    version = subprocess.run([sys.executable, "-m", "arabic_ie.cli", "--version"], capture_output=True, text=True)
    assert version.stdout.startswith("arabic-ie ")
    train_help = subprocess.run([sys.executable, "-m", "arabic_ie.cli", "train", "--help"], capture_output=True,
                                text=True)
    assert train_help.returncode == 0 and "arabic-ie train CONFIG.yaml" in train_help.stdout
    assert "checkpoint" in train_help.stdout and "schema" in train_help.stdout  # the config keys, with help


def test_model_paths_in_a_config_resolve_from_any_working_directory(tmp_path, monkeypatch):
    from arabic_ie.training.data import PROJECT_MODELS, resolve_model_path

    monkeypatch.chdir(tmp_path)
    expected = str(PROJECT_MODELS / "arabic-bert-mini")
    assert resolve_model_path("models/arabic-bert-mini") == expected
    assert resolve_model_path("arabic-bert-mini") == expected
    assert resolve_model_path("aubmindlab/bert-base-arabertv02") == "aubmindlab/bert-base-arabertv02"  # a hub id
    own = tmp_path / "project" / "configs"
    (tmp_path / "project" / "mine" / "enc").mkdir(parents=True)
    (tmp_path / "project" / "mine" / "enc" / "config.json").write_text("{}", encoding="utf-8")
    own.mkdir()
    # run from elsewhere: found beside the config's folder (configs/../mine/enc)
    assert resolve_model_path("mine/enc", str(own / "x.yaml")) == str(tmp_path / "project" / "mine" / "enc")


def test_train_and_predict_from_a_folder_outside_the_repository(tmp_path, tiny_encoder):
    """Issue 20: `arabic-ie train` on a config naming a corpus in the user's folder, then `arabic-ie predict`."""
    import yaml

    from arabic_ie.data.document import Document, Entity
    from arabic_ie.data.io import save_documents

    docs = []
    for i, (city, person) in enumerate([("القاهرة", "سامي"), ("تونس", "ليلى"), ("الرياض", "كريم"), ("عمان", "هدى")]):
        text = f"زار {person} مدينة {city} أمس."
        docs.append(Document(f"d{i}", text, [Entity("T1", "PER", 4, 4 + len(person), person),
                                             Entity("T2", "GPE", text.index(city), text.index(city) + len(city), city)],
                             []))
    work = tmp_path / "user"
    work.mkdir()
    save_documents(docs, work / "corpus.jsonl", "jsonl")
    config = {"train_path": "corpus.jsonl", "dev_fraction": 0.25, "entity_types": ["PER", "GPE"],
              "checkpoint": str(tiny_encoder), "max_length": 64, "stride": 16, "span_dim": 32, "type_embedding_dim": 8,
              "output_dir": "run", "num_train_epochs": 1, "per_device_train_batch_size": 2, "report_to": "none",
              "use_cpu": True, "disable_tqdm": True, "save_strategy": "no", "eval_strategy": "no"}
    (work / "my.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    env = {"HF_HUB_OFFLINE": "1", "PATH": "/usr/bin:/bin"}
    train = subprocess.run([sys.executable, "-m", "arabic_ie.cli", "train", "my.yaml"], cwd=work, capture_output=True,
                           text=True, env=env, timeout=600)
    assert train.returncode == 0, train.stderr[-2000:]
    assert (work / "run" / "model" / "config.json").exists()
    (work / "new.txt").write_text("وصل سامي إلى القاهرة.", encoding="utf-8")
    pred = subprocess.run([sys.executable, "-m", "arabic_ie.cli", "predict", "--model", "run/model", "new.txt"],
                          cwd=work, capture_output=True, text=True, env=env, timeout=600)
    assert pred.returncode == 0, pred.stderr[-2000:]
    assert json.loads(pred.stdout.splitlines()[0])["text"] == "وصل سامي إلى القاهرة."


def test_a_non_editable_install_finds_its_embedded_checkpoint_and_trains_from_a_clean_folder(tmp_path):
    """Issue 20: `pip install` of the built wheel (not the checkout): the package, its data files and the embedded
    encoder come from the installation; `arabic-ie train` names the encoder by name and `predict` uses the result."""
    import sysconfig

    import yaml

    import shutil

    repo = Path(__file__).resolve().parents[1]
    source, wheels, prefix, work = tmp_path / "source", tmp_path / "wheels", tmp_path / "prefix", tmp_path / "user"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):  # what the build needs, copied: no build/ left in the checkout
        shutil.copy(repo / name, source / name)
    for name in ("src", "models"):
        shutil.copytree(repo / name, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--quiet",
                            "-w", str(wheels), str(source)], capture_output=True, text=True, timeout=600,
                           cwd=tmp_path)
    assert build.returncode == 0, build.stderr[-2000:]
    wheel = next(wheels.glob("arabic_ie-*.whl"))
    install = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--ignore-installed", "--quiet",
                              "--prefix", str(prefix), str(wheel)],  # --ignore-installed: leave this environment's
                             capture_output=True, text=True, timeout=600)  # own (editable) install in place
    assert install.returncode == 0, install.stderr[-2000:]
    site = Path(sysconfig.get_path("purelib", vars={"base": str(prefix), "platbase": str(prefix)}))
    env = {"HF_HUB_OFFLINE": "1", "PATH": "/usr/bin:/bin", "PYTHONPATH": str(site)}
    work.mkdir()
    where = subprocess.run([sys.executable, "-c", "import arabic_ie; from arabic_ie.training.data import "
                            "resolve_model_path as r; print(arabic_ie.__file__); print(r('arabic-bert-mini'))"],
                           cwd=work, capture_output=True, text=True, env=env, timeout=120)
    package_file, encoder = where.stdout.split()
    assert package_file.startswith(str(prefix)) and encoder == str(prefix / "share/arabic-ie/models/arabic-bert-mini")
    text = "زار سامي مدينة القاهرة أمس."
    rows = [{"id": f"d{i}", "text": text, "entities": [{"start": 4, "end": 8, "type": "PER"},
                                                        {"start": 15, "end": 22, "type": "GPE"}]} for i in range(4)]
    (work / "corpus.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    config = {"train_path": "corpus.jsonl", "dev_fraction": 0.25, "entity_types": ["PER", "GPE"],
              "checkpoint": "arabic-bert-mini", "max_length": 64, "stride": 16, "span_dim": 32, "type_embedding_dim": 8,
              "output_dir": "run", "max_steps": 2, "per_device_train_batch_size": 2, "report_to": "none",
              "use_cpu": True, "disable_tqdm": True, "save_strategy": "no", "eval_strategy": "no"}
    (work / "my.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    script = prefix / "bin" / "arabic-ie"
    train = subprocess.run([sys.executable, str(script), "train", "my.yaml"], cwd=work, capture_output=True,
                           text=True, env=env, timeout=600)
    assert train.returncode == 0, train.stderr[-2000:]
    assert "arabic-bert-mini" in (work / "run" / "model" / "config.json").read_text(encoding="utf-8")
    pred = subprocess.run([sys.executable, str(script), "predict", "--model", "run/model", "-"], input=text, cwd=work,
                          capture_output=True, text=True, env=env, timeout=600)
    assert pred.returncode == 0, pred.stderr[-2000:]
    assert json.loads(pred.stdout.splitlines()[0])["text"] == text


def test_convert_refuses_an_invalid_corpus_unless_forced_and_checks_types_against_a_given_schema(tmp_path, capsys):
    row = {"id": "a", "text": "زار بوتين هانوي", "entities": [
        {"id": "T1", "type": "PER", "start": 4, "end": 9}, {"id": "T2", "type": "GPE", "start": 10, "end": 15}],
        "relations": [{"type": "VISIT", "head": "T1", "tail": "T9"}]}
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["convert", str(src), str(tmp_path / "out.jsonl"), "--to", "jsonl"]) == 1
    err = capsys.readouterr().err
    assert "argument T9 is not an entity of this document" in err and "nothing written" in err
    assert not (tmp_path / "out.jsonl").exists()
    assert main(["convert", str(src), str(tmp_path / "out.jsonl"), "--to", "jsonl", "--force"]) == 0
    row["relations"][0]["tail"] = "T2"
    row["entities"][1]["type"] = "CITY"  # a custom type: fine without a schema, refused against the seed schema
    src.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["convert", str(src), str(tmp_path / "ok.jsonl"), "--to", "jsonl"]) == 0
    seed_schema = Path(__file__).resolve().parents[1] / "src" / "arabic_ie" / "schemas" / "seed.yaml"
    assert main(["convert", str(src), str(tmp_path / "no.jsonl"), "--to", "jsonl", "--schema", str(seed_schema)]) == 1
    assert "unknown entity type 'CITY'" in capsys.readouterr().err


def test_a_file_that_is_not_utf8_is_named_and_the_rest_of_a_folder_still_validated(tmp_path, capsys):
    import shutil

    for name in ("000_d5c3160b1123fbbd", "001_d0583fb1593f5019"):
        for ext in (".txt", ".ann"):
            shutil.copy(SEED_DIR / f"{name}{ext}", tmp_path / f"{name}{ext}")
    (tmp_path / "000_d5c3160b1123fbbd.txt").write_bytes("نص".encode("cp1256"))
    assert main(["validate", str(tmp_path)]) == 1
    out = capsys.readouterr()
    assert f"{tmp_path / '000_d5c3160b1123fbbd.txt'}: not UTF-8 text (byte 0xe4 at position 0)" in out.out
    assert "1 documents, 119 entities" in out.err  # the other article was still checked
