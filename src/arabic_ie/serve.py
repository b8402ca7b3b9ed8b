"""An HTTP server for a model directory (FastAPI + uvicorn; ``pip install 'arabic-ie[serve]'``).

    arabic-ie serve --model models/arabic-ie-news [--host 127.0.0.1] [--port 8000]

* ``POST /predict`` with ``{"text": "..."}`` answers the :class:`~arabic_ie.predictor.Predictor` JSON of one text;
  ``{"texts": ["...", ...]}`` answers ``{"results": [...]}`` in the same order.
* ``GET /health`` answers ``{"status": "ok"}``; ``GET /model`` the model's types, limits and card summary.
* Limits: a body over ``max_body_bytes`` or a text over ``max_chars`` is refused with 413, a batch over
  ``max_batch`` texts with 413; a body that is not one of the two shapes above with 422 (the detail names the
  problem). Nothing is truncated.
* Requests of all clients are batched: a single worker takes whatever texts are waiting (up to ``max_batch``,
  waiting at most ``batch_wait_ms`` for more) and runs them through the model together, so concurrent clients
  share forward passes instead of contending for the CPU.
"""

from __future__ import annotations

import asyncio
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from .predictor import Predictor, PredictorError


@dataclass
class ServeLimits:
    max_body_bytes: int = 2_000_000
    max_chars: int = 100_000
    max_batch: int = 64
    batch_wait_ms: float = 5.0


class _Batcher:
    """Collects texts from concurrent requests and predicts them in shared batches on one worker thread."""

    def __init__(self, predictor: Predictor, limits: ServeLimits) -> None:
        self.predictor = predictor
        self.limits = limits
        self.queue: asyncio.Queue | None = None
        self.task: asyncio.Task | None = None

    def start(self) -> None:
        self.queue = asyncio.Queue()
        self.task = asyncio.get_running_loop().create_task(self._run())

    async def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
            try:
                await self.task
            except asyncio.CancelledError:
                pass

    async def predict(self, texts: list[str]) -> list[dict[str, Any]]:
        future = asyncio.get_running_loop().create_future()
        await self.queue.put((texts, future))
        return await future

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            jobs = [await self.queue.get()]
            size = len(jobs[0][0])
            deadline = loop.time() + self.limits.batch_wait_ms / 1000
            while size < self.limits.max_batch:
                timeout = deadline - loop.time()
                if timeout <= 0:
                    break
                try:
                    job = await asyncio.wait_for(self.queue.get(), timeout)
                except asyncio.TimeoutError:
                    break
                jobs.append(job)
                size += len(job[0])
            texts = [t for job_texts, _ in jobs for t in job_texts]
            try:
                results = await loop.run_in_executor(None, self.predictor.predict, texts)
            except Exception as exc:  # noqa: BLE001 - every waiting request gets the error, the server lives on
                for _, future in jobs:
                    if not future.done():
                        future.set_exception(exc)
                continue
            at = 0
            for job_texts, future in jobs:
                if not future.done():
                    future.set_result(results[at:at + len(job_texts)])
                at += len(job_texts)


def card_summary(model_dir: Path) -> str:
    """The model card's first paragraph of prose (without Markdown headings or front matter)."""
    card = model_dir / "README.md"
    if not card.is_file():
        return ""
    text = card.read_text(encoding="utf-8")
    text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
    for block in re.split(r"\n\s*\n", text):
        block = block.strip()
        if block and not block.startswith(("#", "|", "```", "<")):
            return " ".join(block.split())[:1000]
    return ""


def create_app(predictor: Predictor, model_dir: str | Path, limits: ServeLimits | None = None):
    """The FastAPI application serving ``predictor``."""
    from contextlib import asynccontextmanager

    limits = limits or ServeLimits()
    batcher = _Batcher(predictor, limits)
    schema = predictor.config.schema_obj
    info = {"model": str(model_dir), "entity_types": list(schema.entity_types),
            "relation_types": [r.name for r in schema.relation_types],
            "limits": {"max_body_bytes": limits.max_body_bytes, "max_chars": limits.max_chars,
                       "max_batch": limits.max_batch},
            "card": card_summary(Path(model_dir))}

    @asynccontextmanager
    async def lifespan(app):
        batcher.start()
        yield
        await batcher.stop()

    app = FastAPI(title="arabic-ie", lifespan=lifespan)

    def error(status: int, detail: str) -> JSONResponse:
        return JSONResponse(status_code=status, content={"detail": detail})

    @app.get("/health")
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/model")
    async def model() -> dict[str, Any]:
        return info

    @app.post("/predict")
    async def predict(request: Request):
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > limits.max_body_bytes:
            return error(413, f"body of {declared} bytes; the limit is {limits.max_body_bytes}")
        body = b""
        async for chunk in request.stream():
            body += chunk
            if len(body) > limits.max_body_bytes:
                return error(413, f"body over the limit of {limits.max_body_bytes} bytes")
        try:
            payload = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            return error(422, f"the body is not UTF-8 JSON ({exc})")
        single = isinstance(payload, dict) and "text" in payload and "texts" not in payload
        texts = [payload["text"]] if single else payload.get("texts") if isinstance(payload, dict) else None
        if not isinstance(texts, list) or not texts:
            return error(422, 'expected {"text": "..."} or {"texts": ["...", ...]} (a non-empty list)')
        bad = [i for i, t in enumerate(texts) if not isinstance(t, str)]
        if bad:
            return error(422, f"text #{bad[0]} is {type(texts[bad[0]]).__name__}, expected a string")
        if len(texts) > limits.max_batch:
            return error(413, f"{len(texts)} texts in one request; the limit is {limits.max_batch}")
        long = [i for i, t in enumerate(texts) if len(t) > limits.max_chars]
        if long:
            return error(413, f"text #{long[0]} has {len(texts[long[0]])} characters; the limit is "
                              f"{limits.max_chars} (split the document)")
        try:
            predictor._check(texts)  # per request: one client's bad text never fails a shared batch
            results = await batcher.predict(texts)
        except PredictorError as exc:
            return error(422, str(exc))
        return results[0] if single else {"results": results}

    return app


def serve(model: str, host: str = "127.0.0.1", port: int = 8000, device: str = "auto",
          limits: ServeLimits | None = None, quantize: str | None = None, dtype: str | None = "auto",
          backend: str = "torch") -> None:
    """Load the model once and serve it until interrupted."""
    import uvicorn

    limits = limits or ServeLimits()
    predictor = Predictor.from_pretrained(model, device=device, quantize=quantize, max_chars=limits.max_chars,
                                          batch_size=16, dtype=dtype, backend=backend)
    uvicorn.run(create_app(predictor, model, limits), host=host, port=port, log_level="info")
