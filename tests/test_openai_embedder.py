"""The OpenAI-compatible embedder against a real HTTP server on 127.0.0.1.

The server speaks the ``/v1/embeddings`` wire format and computes its vectors with the real
default model, so the cache on top behaves as it would with a hosted model.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from yamabiko import AsyncSemanticCache
from yamabiko.embedders import USEMultilingual
from yamabiko.embedders.openai import EmbeddingAPIError, OpenAIEmbedder


@pytest.fixture(scope="module")
def embeddings_server():
    model = USEMultilingual()
    model.embed_sync(["warm up"])  # load it now, not within a client's first request
    seen_auth: list[str | None] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            seen_auth.append(self.headers.get("Authorization"))
            if body.get("model") != "use-m3":
                payload = {"error": {"message": "model not found", "type": "invalid_request"}}
                self._send(404, payload)
                return
            vectors = model.embed_sync(body["input"])
            data = [
                {"object": "embedding", "index": i, "embedding": v.tolist()}
                for i, v in reversed(list(enumerate(vectors)))  # out of order on purpose
            ]
            self._send(200, {"object": "list", "data": data, "model": "use-m3"})

        def _send(self, status, payload):
            raw = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(raw)))
            self.end_headers()
            self.wfile.write(raw)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/v1", seen_auth
    server.shutdown()


#: a loaded machine is not a slow provider: the server computes its vectors with the real model
#: on a busy CPU, so the client's timeouts and the cache's budgets are far above what it takes
PATIENT = {"timeout_s": 300.0, "deadline_s": 600.0}
BUDGETS = {"lookup_budget": 300.0, "write_budget": 300.0}


async def test_cache_on_a_remote_embedding_model(tmp_path, embeddings_server):
    url, seen_auth = embeddings_server
    embedder = OpenAIEmbedder("use-m3", 512, base_url=url, api_key="sk-test-key", **PATIENT)
    async with AsyncSemanticCache(embedder, path=tmp_path / "remote.sqlite3", **BUDGETS) as cache:
        await cache.store("空はなぜ青いのですか?", "レイリー散乱です。")
        hit = await cache.lookup("空が青いのはなぜですか?")
        assert hit is not None and hit.similarity > 0.95
    assert seen_auth[-1] == "Bearer sk-test-key"
    await embedder.aclose()


async def test_api_errors_are_misses_not_exceptions(tmp_path, embeddings_server):
    url, _ = embeddings_server
    wrong = OpenAIEmbedder("no-such-model", 512, base_url=url, **PATIENT)
    with pytest.raises(EmbeddingAPIError, match="answered 404"):
        await wrong.embed(["hello"])
    async with AsyncSemanticCache(wrong, path=tmp_path / "wrong.sqlite3", **BUDGETS) as cache:
        record = await cache.probe("hello there")
        assert record.hit is None and record.reason == "error:EmbeddingAPIError"
        assert await cache.get_or_call("hello there", lambda p: "from the LLM") == "from the LLM"
    await wrong.aclose()
    dims = OpenAIEmbedder("use-m3", 384, base_url=url, **PATIENT)
    with pytest.raises(EmbeddingAPIError, match="expected \\(1, 384\\)"):
        await dims.embed(["hello"])
    await dims.aclose()
    down = OpenAIEmbedder("use-m3", 512, base_url="http://127.0.0.1:9/v1", timeout_s=1)
    with pytest.raises(EmbeddingAPIError, match="failed"):
        await down.embed(["hello"])
    await down.aclose()
