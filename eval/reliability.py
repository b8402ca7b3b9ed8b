#!/usr/bin/env python
"""Reliability probes of issue 21, rerun in one go: each line prints a count that must be 0.

    python eval/reliability.py [--model models/arabic-ie-news] [--skip-resume]

* native crashes: 24 damaged copies of a CRFsuite model (truncated, bytes overwritten, a forged header) go
  through what loading a model directory does (an isolated CRFsuite process), then tag an article; the calling
  process killed by a signal counts.
* escapes: document ids such as `../../X`, `/tmp/X`, ``, `.hidden`, `a/b` and duplicates written as brat,
  WebAnno TSV and `predict --format brat`; a file outside the output folder or two documents in one file count.
* raw tags in HTML: type names and ids with markup in report.html and the predict page.
* validate misses: 11 mutation kinds applied to every seed article; a mutated corpus that validates clean counts.
* tracebacks: bad inputs and configs given to `arabic-ie predict` / `arabic-ie train` / the Predictor; a Python
  traceback or a signal instead of a one-line error counts.
* failed resumes: a tiny training killed (SIGKILL) at several moments, then resumed; a resume that fails or
  a final model that does not load counts (--skip-resume leaves this out: about a minute).
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "data" / "seed"
PY = sys.executable


def run(args: list[str], cwd: Path | None = None, input: bytes | None = None, timeout: int = 600):
    return subprocess.run(args, cwd=cwd or REPO, input=input, capture_output=True, timeout=timeout,
                          env={**os.environ, "HF_HUB_OFFLINE": "1", "OMP_NUM_THREADS": "1"})


def native_crashes(tmp: Path) -> int:
    from arabic_ie.boosters.crf import CRFTagger
    from arabic_ie.data.io import load_documents

    good = CRFTagger.fit(load_documents(SEED)[:2], max_iterations=20).to_bytes()
    rng = random.Random(21)
    crashes = 0
    # what loading a model directory does with its vote_crf.crfsuite, then tagging an article
    child = ("import sys\nfrom arabic_ie.boosters.crf import CRFTagger, CRFWorkerError\n"
             "data = sys.stdin.buffer.read()\ntry:\n"
             "    CRFTagger(data, isolated=True).tag(open("
             f"{str(SEED / '000_d5c3160b1123fbbd.txt')!r}, encoding='utf-8').read())\n"
             "except CRFWorkerError:\n    sys.exit(3)\n")
    for k in range(24):
        b = bytearray(good)
        if k % 4 == 0:
            b = b[:rng.randrange(len(b))]
        elif k % 4 == 1:
            for _ in range(20):
                b[rng.randrange(len(b))] = rng.randrange(256)
        elif k % 4 == 2:
            at = rng.randrange(len(b) - 64)
            b[at:at + 64] = bytes(rng.randrange(256) for _ in range(64))
        else:
            at = rng.randrange(8, 64)
            b[at:at + 4] = b"\xff\xff\xff\x7f"
        crashes += run([PY, "-c", child], input=bytes(b)).returncode < 0
    return crashes


EVIL_IDS = ["../../escaped", "/tmp/arabic-ie-escaped", "", ".hidden", "a/b", "same", "same", "..", "x\x00y"]


def escapes(tmp: Path, model: str) -> int:
    from arabic_ie.data.document import Document, Entity
    from arabic_ie.data.io import save_documents

    text = "زار بوتين هانوي"
    docs = [Document(i, text, [Entity("T1", "PER", 4, 9, "بوتين")], []) for i in EVIL_IDS]
    bad = 0
    for fmt, ext in (("brat", ".ann"), ("webanno-tsv", ".tsv")):
        out = tmp / f"out-{fmt}" / "inner"
        save_documents(docs, out, fmt)
        inside = list(out.glob(f"*{ext}"))
        outside = [p for p in (tmp / f"out-{fmt}").rglob("*") if p.is_file() and p.parent != out]
        bad += len(outside) + (len(docs) - len(inside)) + Path("/tmp/arabic-ie-escaped.ann").exists()
    jsonl = tmp / "ids.jsonl"
    jsonl.write_text("".join(json.dumps({"id": i, "text": text}, ensure_ascii=False) + "\n" for i in EVIL_IDS),
                     encoding="utf-8")
    out = tmp / "pred" / "inner"
    done = run([PY, "-m", "arabic_ie.cli", "predict", "--model", model, str(jsonl), "--format", "brat",
                "--output", str(out)])
    inside = list(out.glob("*.ann")) if out.is_dir() else []
    outside = [p for p in (tmp / "pred").rglob("*") if p.is_file() and p.parent != out]
    bad += (done.returncode != 0) + len(outside) + (len(EVIL_IDS) - len(inside))
    return bad


def raw_tags(tmp: Path) -> int:
    from arabic_ie.data.document import Document, Entity, Relation
    from arabic_ie.evaluation.harness import score_documents
    from arabic_ie.evaluation.report import write_reports
    from arabic_ie.schema import RelationType, Schema
    from arabic_ie.visualize import render_html

    evil = ["<script>alert(1)</script>", "LAW<img/src=x/onerror=alert(1)>", '"><svg onload=alert(1)>']
    text = "وصل بوتين إلى هانوي في 20 مايو 2024."
    gold = [Document("<b>doc</b>", text, [Entity("T1", evil[0], 4, 9, "بوتين"), Entity("T2", evil[1], 14, 19, "هانوي")],
                     [Relation("R1", evil[2], "T1", "T2")])]
    pred = [Document("<b>doc</b>", text, [Entity("T1", evil[1], 4, 9, "بوتين")], [])]
    schema = Schema(entity_types=tuple(evil[:2]), relation_types=(RelationType(evil[2], tuple(evil[:2]),
                                                                                tuple(evil[:2])),))
    pages = [write_reports(score_documents(gold, pred, schema), gold, pred, schema, tmp / "report",
                           title=evil[0])["html"].read_text(encoding="utf-8"), render_html(pred, evil[:2], title=evil[0])]
    return sum(page.count(tag) for page in pages for tag in ("<script", "<img/src", "<svg", "<b>doc"))


def validate_misses() -> int:
    from arabic_ie.data.document import Relation
    from arabic_ie.data.io import load_documents
    from arabic_ie.data.validate import known_surfaces, validate_document

    docs = load_documents(SEED)
    surfaces = known_surfaces(docs)

    def mutations(doc):
        e0, r0 = doc.entities[0], doc.relations[0] if doc.relations else None
        yield "offset shifted", lambda d: setattr(d.entities[0], "start", d.entities[0].start + 1)
        yield "text differs", lambda d: setattr(d.entities[0], "text", d.entities[0].text + "x")
        yield "unknown type", lambda d: setattr(d.entities[0], "type", "PERSON")
        yield "outside text", lambda d: setattr(d.entities[0], "end", len(d.text) + 5)
        yield "duplicate entity id", lambda d: setattr(d.entities[1], "id", d.entities[0].id)
        if r0 is not None:
            yield "duplicate relation id", lambda d: d.relations.append(Relation(d.relations[0].id, "ROLE",
                                                                                  d.relations[0].head, d.relations[0].tail))
            yield "missing argument", lambda d: setattr(d.relations[0], "tail", "T999")
            yield "unknown relation", lambda d: setattr(d.relations[0], "type", "LIKES")
        yield "empty text", lambda d: (setattr(d, "text", ""), d.entities.clear(), d.relations.clear())
        for e in doc.entities:  # a span that keeps its proclitic
            if e.start > 0 and doc.text[e.start - 1] in "وبلفك" and (e.start == 1 or doc.text[e.start - 2] == " "):
                i = doc.entities.index(e)
                yield "proclitic kept", lambda d, i=i: (setattr(d.entities[i], "start", d.entities[i].start - 1),
                                                         setattr(d.entities[i], "text",
                                                                 d.text[d.entities[i].start:d.entities[i].end]))
                break
        for e in doc.entities:  # a span that ends in a tatweel
            i = doc.entities.index(e)
            yield "tatweel edge", lambda d, i=i: (setattr(d, "text", d.text[:d.entities[i].end] + "ـ" +
                                                           d.text[d.entities[i].end:]),
                                                   setattr(d.entities[i], "end", d.entities[i].end + 1),
                                                   setattr(d.entities[i], "text",
                                                           d.text[d.entities[i].start:d.entities[i].end]))
            break

    misses = 0
    for doc in docs:
        for name, mutate in mutations(doc):
            mutated = copy.deepcopy(doc)
            mutate(mutated)
            if not validate_document(mutated, surfaces=surfaces):
                print(f"  validate missed: {name} in {doc.id}")
                misses += 1
    return misses


def tracebacks(tmp: Path, model: str) -> int:
    from arabic_ie.testing import make_tiny_encoder

    encoder = make_tiny_encoder(tmp / "enc")
    bad_input = tmp / "bad.txt"
    bad_input.write_bytes(b"\xff\xfe\x00bad")
    broken_model = tmp / "model-no-tokconf"
    shutil.copytree(REPO / model if not Path(model).is_absolute() else model, broken_model)
    (broken_model / "tokenizer_config.json").unlink()
    cases = [["predict", "--model", model, str(bad_input)], ["predict", "--model", model, "--device", "gpu", "-"],
             ["predict", "--model", str(broken_model), "-"]]
    for key, value in (("window_overlap", 300), ("entity_threshold", "high"), ("window_size", 100000)):
        edited = tmp / f"model-{key}"
        shutil.copytree(REPO / model if not Path(model).is_absolute() else model, edited)
        config = json.loads((edited / "config.json").read_text(encoding="utf-8"))
        config[key] = value
        (edited / "config.json").write_text(json.dumps(config), encoding="utf-8")
        cases.append(["predict", "--model", str(edited), "-"])
    base = {"data_path": str(SEED), "splits_file": str(REPO / "data" / "splits.json"), "checkpoint": str(encoder),
            "max_length": 64, "stride": 16, "output_dir": str(tmp / "run"), "max_steps": 1, "report_to": "none",
            "use_cpu": True, "save_strategy": "no", "eval_strategy": "no"}
    for override in ({"candidate_policy": "bogus"}, {"data_format": "xml"}, {"per_device_train_batch_size": 0},
                     {"learning_rate": -0.1}, {"stride": 300}, {"num_train_epochs": -1, "max_steps": -1},
                     {"output_dir": "/proc/arabic-ie-unwritable"}, {"checkpoint": str(tmp / "corrupt-enc")}):
        config = tmp / f"c{len(cases)}.yaml"
        config.write_text("\n".join(f"{k}: {json.dumps(v)}" for k, v in {**base, **override}.items()) + "\n",
                          encoding="utf-8")
        cases.append(["train", str(config)])
    corrupt = tmp / "corrupt-enc"
    shutil.copytree(encoder, corrupt)
    (corrupt / "config.json").write_text("{not json", encoding="utf-8")
    dup = tmp / "dup.yaml"
    dup.write_text(f"data_path: {SEED}\nmax_steps: 1\nmax_steps: 2\n", encoding="utf-8")
    cases.append(["train", str(dup)])
    failures = 0
    for case in cases:
        done = run([PY, "-m", "arabic_ie.cli", *case], input="زار بوتين هانوي".encode("utf-8"))
        err = done.stderr.decode("utf-8", "replace")
        if done.returncode < 0 or "Traceback" in err or done.returncode == 0:
            print(f"  {' '.join(case[:1])} {case[-1]}: exit {done.returncode}: {err.strip().splitlines()[-1:]}")
            failures += 1
    from arabic_ie.predictor import Predictor, PredictorError

    predictor = Predictor.from_pretrained(model, device="cpu")
    for call in (lambda: predictor("a\ud800b"), lambda: predictor(None), lambda: predictor([1, 2]),
                 lambda: Predictor.from_pretrained(model, device="gpu"),
                 lambda: Predictor.from_pretrained(model, batch_size="8")):
        try:
            call()
            failures += 1
        except PredictorError:
            pass
        except Exception as exc:  # noqa: BLE001 - what this probe counts
            print(f"  Predictor raised {type(exc).__name__}: {exc}")
            failures += 1
    return failures


def failed_resumes(tmp: Path) -> int:
    from arabic_ie.testing import make_tiny_encoder

    encoder = make_tiny_encoder(tmp / "enc-resume")
    failures = 0
    for k, delay in enumerate((6.0, 9.0, 12.0)):
        out = tmp / f"resume{k}"
        config = tmp / f"resume{k}.yaml"
        config.write_text("\n".join(f"{a}: {json.dumps(b)}" for a, b in {
            "data_path": str(SEED), "splits_file": str(REPO / "data" / "splits.json"), "checkpoint": str(encoder),
            "max_length": 64, "stride": 16, "span_dim": 32, "type_embedding_dim": 8, "output_dir": str(out),
            "max_steps": 40, "save_strategy": "steps", "save_steps": 2, "eval_strategy": "no",
            "per_device_train_batch_size": 2, "report_to": "none", "use_cpu": True, "do_test": False}.items()) + "\n",
            encoding="utf-8")
        proc = subprocess.Popen([PY, "-m", "arabic_ie.cli", "train", str(config)], cwd=REPO,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                env={**os.environ, "OMP_NUM_THREADS": "1"})
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        done = run([PY, "-m", "arabic_ie.cli", "train", str(config), "--resume", "true"])
        ok = done.returncode == 0 and (out / "model" / "config.json").exists()
        if ok:
            check = run([PY, "-c", f"from arabic_ie import Predictor; Predictor.from_pretrained({str(out / 'model')!r})"])
            ok = check.returncode == 0
        if not ok:
            print(f"  resume after a kill at {delay:.0f} s failed: {done.stderr.decode('utf-8', 'replace')[-300:]}")
            failures += 1
    return failures


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default="models/arabic-ie-news")
    parser.add_argument("--skip-resume", action="store_true")
    args = parser.parse_args(argv)
    counts = {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        counts["native crashes (24 damaged CRF models)"] = native_crashes(tmp)
        counts[f"escapes outside the output folder or lost documents ({len(EVIL_IDS)} ids x 3 writers)"] = \
            escapes(tmp, args.model)
        counts["raw tags in HTML (report.html, predict page)"] = raw_tags(tmp)
        counts["validate misses (up to 11 mutation kinds x 5 seed articles)"] = validate_misses()
        counts["tracebacks or silent successes on bad inputs and configs"] = tracebacks(tmp, args.model)
        if not args.skip_resume:
            counts["failed resumes after a kill (3 kill points)"] = failed_resumes(tmp)
    for what, n in counts.items():
        print(f"{n:4d}  {what}")
    print(f"\n`python eval/reliability.py {' '.join(argv)}`")
    return 0 if not any(counts.values()) else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
