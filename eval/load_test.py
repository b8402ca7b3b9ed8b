#!/usr/bin/env python
"""Load test of `arabic-ie serve`: requests per second and latency percentiles from concurrent clients.

    python eval/load_test.py --model models/arabic-ie-news [--requests 200] [--clients 8] [--texts data/seed] \
        [--backend onnx --quantize int8]
    python eval/load_test.py --url http://127.0.0.1:8000 ...      # a server that is already running

Without --url the script starts the server in-process on a free 127.0.0.1 port (the same app as `arabic-ie
serve`), then sends --requests POST /predict requests of one text each from --clients threads. The texts are the
sentences of --texts (a brat folder; default the seed articles) in turn. Prints requests/s, p50 / p95 / max
latency and the machine's thread count; every answer is checked (status 200, the text echoed back).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlparse


def sentences(folder: Path, limit: int = 500) -> list[str]:
    from arabic_ie.data.io import load_documents
    from arabic_ie.data.segment import sentences as split

    out = []
    for doc in load_documents(folder):
        out += [doc.text[s.start:s.end] for s in split(doc.text) if s.end - s.start > 20]
    return out[:limit]


def start_server(model: str, max_batch: int, backend: str = "torch", quantize: str | None = None
                 ) -> tuple[str, object]:
    import uvicorn

    from arabic_ie.predictor import Predictor
    from arabic_ie.serve import ServeLimits, create_app

    predictor = Predictor.from_pretrained(model, device="cpu", batch_size=16, backend=backend, quantize=quantize)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(predictor, model, ServeLimits(max_batch=max_batch)),
                                           host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}", server


def one_request(url, text: str) -> float:
    start = time.perf_counter()
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=300)
    conn.request("POST", "/predict", body=json.dumps({"text": text}, ensure_ascii=False).encode("utf-8"),
                 headers={"Content-Type": "application/json"})
    response = conn.getresponse()
    body = response.read()
    conn.close()
    if response.status != 200 or json.loads(body)["text"] != text:
        raise RuntimeError(f"bad answer {response.status}: {body[:200]!r}")
    return time.perf_counter() - start


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default="models/arabic-ie-news")
    parser.add_argument("--url", help="an already running server (then --model is not loaded)")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--max-batch", type=int, default=64)
    parser.add_argument("--texts", type=Path, default=Path("data/seed"))
    parser.add_argument("--backend", choices=("torch", "onnx"), default="torch", help="as `arabic-ie serve --backend`")
    parser.add_argument("--quantize", choices=("int8",), default=None, help="as `arabic-ie serve --quantize`")
    args = parser.parse_args(argv)
    texts = sentences(args.texts)
    if not texts:
        parser.error(f"--texts {args.texts}: no sentences")
    server = None
    url = args.url
    if not url:
        url, server = start_server(args.model, args.max_batch, args.backend, args.quantize)
    target = urlparse(url)
    one_request(target, texts[0])  # warm-up
    work = [texts[i % len(texts)] for i in range(args.requests)]
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=args.clients) as pool:
        latencies = sorted(pool.map(lambda t: one_request(target, t), work))
    wall = time.perf_counter() - start
    pct = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))]  # noqa: E731
    print(f"`python eval/load_test.py {' '.join(argv)}`".replace("  ", " "))
    print(f"{args.requests} requests ({statistics.mean(len(t) for t in work):.0f} characters on average) from "
          f"{args.clients} clients in {wall:.1f} s: {args.requests / wall:.1f} requests/s; latency p50 "
          f"{pct(0.5) * 1000:.0f} ms, p95 {pct(0.95) * 1000:.0f} ms, max {latencies[-1] * 1000:.0f} ms "
          f"(torch threads {__import__('torch').get_num_threads()}, {os.cpu_count()} CPUs)")
    if server is not None:
        server.should_exit = True
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
