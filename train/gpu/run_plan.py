#!/usr/bin/env python
"""Run a plan of training jobs side by side on one GPU, with a deadline, and put what must come back under --out
(docs/training.md, "On a borrowed GPU machine").

    python train/gpu/run_plan.py train/gpu/plans/PLAN.yaml --out $OUT [--deadline-s 560] [--smoke]

A plan lists jobs (a script of this repository and its arguments), each started once the job it names in `after`
has succeeded; `gpu_args` are added to every job (not with --smoke, which adds `smoke_args` instead: a CPU
rehearsal of a few steps). `soups` average finished models (`arabic-ie soup`) as soon as their runs are done.
Each model named in `return_models` is written in fp16 as tar parts of 15 MiB (`NAME.tar.partNN`; join them with
`cat NAME.tar.part* | tar -x`) as soon as it exists and the jobs in its `after` have succeeded. At the end, or at
the deadline (jobs still running are killed), `results.tar.xz` holds every job's log and the files matching
`return_globs`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]


def log(t0: float, message: str) -> None:
    print(f"[{time.time() - t0:6.0f}s] {message}", flush=True)


def pack_fp16(model_dir: Path, name: str, out: Path, work: Path) -> float:
    """Write model_dir with fp16 weights as tar parts of 15 MiB under out; returns the tar's size in MiB."""
    from safetensors.torch import load_file, save_file

    copy = work / name
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(model_dir, copy)
    weights = load_file(str(copy / "model.safetensors"))
    weights = {k: (v.half() if v.is_floating_point() else v).contiguous() for k, v in weights.items()}
    save_file(weights, str(copy / "model.safetensors"), metadata={"format": "pt"})
    archive = work / f"{name}.tar"
    with tarfile.open(archive, "w") as tar:
        tar.add(copy, arcname=name)
    subprocess.run(["split", "-b", "15M", "-d", str(archive), str(out / f"{name}.tar.part")], check=True)
    return archive.stat().st_size / 2**20


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("plan", type=Path)
    parser.add_argument("--out", type=Path, default=Path(os.environ.get("OUT", "runs/gpu-out")))
    parser.add_argument("--deadline-s", type=float, default=None, help="seconds after T0 (env) or now")
    parser.add_argument("--smoke", action="store_true", help="a CPU rehearsal: smoke_args instead of gpu_args")
    args = parser.parse_args(argv)
    plan = yaml.safe_load(args.plan.read_text(encoding="utf-8"))
    t0 = float(os.environ.get("T0", time.time()))
    deadline = t0 + (args.deadline_s or plan.get("deadline_s", 560))
    extra = plan.get("smoke_args", []) if args.smoke else plan.get("gpu_args", [])
    args.out.mkdir(parents=True, exist_ok=True)
    logs, work = Path("runs/gpu-logs"), Path("runs/gpu-pack")
    logs.mkdir(parents=True, exist_ok=True)
    work.mkdir(parents=True, exist_ok=True)
    jobs = {j["name"]: j for j in plan["jobs"]}
    to_return = plan.get("return_models", [])
    running: dict[str, subprocess.Popen] = {}
    status: dict[str, int] = {}
    soups_done: set[str] = set()
    returned: set[str] = set()

    def start(job: dict) -> None:
        threads = str(job.get("threads", 4))
        env = dict(os.environ, OMP_NUM_THREADS=threads, MKL_NUM_THREADS=threads, PYTHONUNBUFFERED="1",
                   HF_HUB_OFFLINE="1", TOKENIZERS_PARALLELISM="false")
        command = [sys.executable, *map(str, job["command"]), *map(str, job.get("extra_args", [])), *map(str, extra)]
        log(t0, f"start {job['name']}: {' '.join(command[1:])}")
        running[job["name"]] = subprocess.Popen(command, stdout=open(logs / f"{job['name']}.log", "w"),
                                                stderr=subprocess.STDOUT, env=env, start_new_session=True)

    def ready(job: dict) -> bool:
        after = job.get("after")
        return job["name"] not in running and job["name"] not in status and (not after or status.get(after) == 0)

    while time.time() < deadline:
        for job in jobs.values():
            if ready(job):
                start(job)
        for name, proc in list(running.items()):
            if proc.poll() is not None:
                status[name] = proc.returncode
                del running[name]
                log(t0, f"{name} exited {proc.returncode}")
        for soup in plan.get("soups", []):
            if soup["dir"] not in soups_done and all((Path(m) / "config.json").is_file() for m in soup["models"]) \
                    and all(status.get(n) == 0 for n in soup.get("after", [])):
                soups_done.add(soup["dir"])
                result = subprocess.run([sys.executable, "-m", "arabic_ie.cli", "soup", *soup["models"], "--output",
                                         soup["dir"]], capture_output=True, text=True)
                log(t0, f"soup {soup['dir']} exited {result.returncode}: {(result.stdout + result.stderr)[-800:]}")
        for model in to_return:  # once the jobs that write it have succeeded (a soup is written atomically)
            if model["name"] not in returned and (Path(model["dir"]) / "config.json").is_file() and \
                    all(status.get(n) == 0 for n in model.get("after", [])):
                returned.add(model["name"])
                size = pack_fp16(Path(model["dir"]), model["name"], args.out, work)
                log(t0, f"packed {model['name']}: {size:.1f} MiB")
        waiting = [j for j in jobs.values() if j["name"] not in status and (not j.get("after") or
                                                                           status.get(j["after"], 0) == 0)]
        if not running and not waiting:
            break
        time.sleep(0.5)
    for name, proc in running.items():
        log(t0, f"{name} still running at the deadline: killed")
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    with tarfile.open(args.out / "results.tar.xz", "w:xz") as tar:
        tar.add(logs, arcname="logs")
        for pattern in plan.get("return_globs", []):
            for path in sorted(Path(".").glob(pattern)):
                tar.add(path, arcname=str(path))
    log(t0, f"done: {status}")
    return 0 if all(v == 0 for v in status.values()) and len(status) == len(jobs) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
