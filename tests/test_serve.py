"""The HTTP server: real requests on 127.0.0.1 (good, bad, oversized, concurrent), the Predictor's JSON."""

from __future__ import annotations

import http.client
import json
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

pytest.importorskip("fastapi", reason="the server is the optional extra arabic-ie[serve]")
uvicorn = pytest.importorskip("uvicorn", reason="the server is the optional extra arabic-ie[serve]")

from arabic_ie.predictor import Predictor  # noqa: E402
from arabic_ie.serve import ServeLimits, create_app  # noqa: E402


@pytest.fixture(scope="module")
def server(tiny_model_dir):
    predictor = Predictor.from_pretrained(tiny_model_dir, device="cpu")
    app = create_app(predictor, tiny_model_dir, ServeLimits(max_body_bytes=20_000, max_chars=2_000, max_batch=8))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    assert srv.started, "the server did not start"
    yield port, predictor
    srv.should_exit = True
    thread.join(timeout=10)


def request(port: int, method: str, path: str, body: bytes | None = None, headers: dict | None = None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    conn.request(method, path, body=body, headers=headers or {"Content-Type": "application/json"})
    response = conn.getresponse()
    data = response.read()
    conn.close()
    return response.status, json.loads(data) if data else None


def post(port: int, payload) -> tuple[int, dict]:
    return request(port, "POST", "/predict", json.dumps(payload, ensure_ascii=False).encode("utf-8"))


def test_health_and_model_describe_the_served_model(server):
    port, predictor = server
    assert request(port, "GET", "/health") == (200, {"status": "ok"})
    status, info = request(port, "GET", "/model")
    assert status == 200 and info["entity_types"] == list(predictor.config.schema_obj.entity_types)
    assert info["limits"] == {"max_body_bytes": 20_000, "max_chars": 2_000, "max_batch": 8}


def test_one_text_and_a_batch_answer_exactly_what_the_predictor_answers(server):
    port, predictor = server
    texts = ["زار بوتين هانوي أمس", "وقال بيسكوف إن الزيارة ناجحة", ""]
    status, one = post(port, {"text": texts[0]})
    assert status == 200 and one == predictor(texts[0])
    status, many = post(port, {"texts": texts})
    assert status == 200 and many == {"results": predictor(texts)}
    for result, text in zip(many["results"], texts):
        assert all(text[e["start"]:e["end"]] == e["text"] for e in result["entities"])


@pytest.mark.parametrize("body,status,detail", [
    (b"{not json", 422, "not UTF-8 JSON"),
    (b"\xff\xfe", 422, "not UTF-8 JSON"),
    (json.dumps({"texts": []}).encode(), 422, "non-empty list"),
    (json.dumps({"text": 5}).encode(), 422, "text #0 is int"),
    (json.dumps(["a"]).encode(), 422, "expected"),
    (json.dumps({"texts": ["نص"] * 9}).encode(), 413, "9 texts in one request; the limit is 8"),
    (json.dumps({"text": "ن" * 2001}, ensure_ascii=False).encode(), 413, "2001 characters; the limit is 2000"),
    (json.dumps({"text": "ن" * 30_000}, ensure_ascii=False).encode(), 413, "the limit is 20000"),
    (json.dumps({"text": "a\ud800b"}).encode(), 422, "surrogate"),
])
def test_bad_and_oversized_requests_get_a_clear_4xx_and_the_server_lives_on(server, body, status, detail):
    port, _ = server
    got, payload = request(port, "POST", "/predict", body)
    assert got == status and detail in payload["detail"]
    assert post(port, {"text": "زار بوتين هانوي"})[0] == 200


def test_concurrent_clients_are_all_answered_correctly(server):
    port, predictor = server
    texts = [f"زار الرئيس {i} مدينة هانوي يوم {i}" for i in range(200)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(lambda t: post(port, {"text": t}), texts))
    assert all(status == 200 for status, _ in answers)
    assert [a["text"] for _, a in answers] == texts  # none lost, none swapped
    assert answers[17][1] == predictor(texts[17])
