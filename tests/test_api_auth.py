"""The API token on POST /api/documents and POST /api/cypher (and on reads when they are
guarded), and CORS closed by default."""

from __future__ import annotations

import hmac
from collections.abc import Callable
from typing import Any

import pytest
from api_sample_graph import client_for, load_zoltek
from fastapi.testclient import TestClient

from api import auth
from api.app import create_app
from dealgraph.settings import Settings
from graph.store import GraphStore

QUERY = {"query": "MATCH (a:Agreement) RETURN count(a) AS n"}
TOKEN = "s3cret-token-for-tests"


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.8.0.1", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        (None, True),
        ("0.0.0.0", False),
        ("::", False),
        ("192.168.1.20", False),
        ("example.com", False),
    ],
)
def test_loopback_detection(host: str | None, loopback: bool) -> None:
    assert auth.is_loopback(host) is loopback


def test_loopback_without_token_is_open(embedded_store: GraphStore) -> None:
    load_zoltek(embedded_store)
    with client_for(embedded_store) as client:
        r = client.post("/api/cypher", json=QUERY)
        assert r.status_code == 200, r.text
        assert r.json()["rows"] == [[3]]


def test_beyond_loopback_without_token_refuses(embedded_store: GraphStore) -> None:
    with client_for(embedded_store, listen_host="0.0.0.0") as client:
        r = client.post("/api/cypher", json=QUERY)
        assert r.status_code == 401
        assert "DEALGRAPH_API_TOKEN" in r.json()["error"]["message"]
        up = client.post("/api/documents", files={"files": ("a.txt", b"hello", "text/plain")})
        assert up.status_code == 401
        assert client.get("/api/health").status_code == 200  # reads stay open


@pytest.mark.parametrize("host", ["127.0.0.1", "0.0.0.0"])
def test_configured_token_is_always_required(embedded_store: GraphStore, host: str) -> None:
    load_zoltek(embedded_store)
    with client_for(embedded_store, listen_host=host, api_token=TOKEN) as client:
        missing = client.post("/api/cypher", json=QUERY)
        assert missing.status_code == 401
        assert missing.json()["error"] == {
            "code": "unauthorized",
            "message": "missing API token: send 'Authorization: Bearer <token>'",
        }
        assert missing.headers["www-authenticate"] == "Bearer"
        for header in (f"Bearer {TOKEN}x", "Bearer ", f"Basic {TOKEN}", TOKEN):
            r = client.post("/api/cypher", json=QUERY, headers={"Authorization": header})
            assert r.status_code == 401, header
        wrong = client.post("/api/cypher", json=QUERY, headers={"Authorization": "Bearer nope"})
        assert wrong.json()["error"]["message"] == "wrong API token"
        ok = client.post("/api/cypher", json=QUERY, headers={"Authorization": f"Bearer {TOKEN}"})
        assert ok.status_code == 200
        up = client.post("/api/documents", files={"files": ("a.txt", b"hello", "text/plain")})
        assert up.status_code == 401
        export = client.get("/api/export")
        assert export.status_code == (200 if host == "127.0.0.1" else 401)  # reads: see below


def test_token_compared_in_constant_time(
    embedded_store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[Any, Any]] = []
    real: Callable[[Any, Any], bool] = hmac.compare_digest

    def spy(a: Any, b: Any) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(auth.hmac, "compare_digest", spy)
    with client_for(embedded_store, api_token=TOKEN) as client:
        client.post("/api/cypher", json=QUERY, headers={"Authorization": "Bearer guess"})
        client.post("/api/cypher", json=QUERY, headers={"Authorization": f"Bearer {TOKEN}"})
    assert calls == [(b"guess", TOKEN.encode()), (TOKEN.encode(), TOKEN.encode())]


def test_cors_closed_unless_configured(embedded_store: GraphStore) -> None:
    preflight = {
        "Origin": "http://evil.example",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type",
    }
    with client_for(embedded_store) as client:
        r = client.get("/api/health", headers={"Origin": "http://evil.example"})
        assert "access-control-allow-origin" not in r.headers
        r = client.options("/api/cypher", headers=preflight)
        assert "access-control-allow-origin" not in r.headers
    allowed = "http://localhost:5173"
    with client_for(embedded_store, cors_origins=[allowed]) as client:
        r = client.get("/api/health", headers={"Origin": allowed})
        assert r.headers["access-control-allow-origin"] == allowed
        r = client.options("/api/cypher", headers={**preflight, "Origin": allowed})
        assert r.status_code == 200
        assert r.headers["access-control-allow-origin"] == allowed
        r = client.get("/api/health", headers={"Origin": "http://evil.example"})
        assert "access-control-allow-origin" not in r.headers


def test_listen_host_comes_from_settings(embedded_store: GraphStore) -> None:
    app = create_app(Settings(listen_host="0.0.0.0"), embedded_store)
    with TestClient(app, base_url="http://127.0.0.1") as client:
        assert client.post("/api/cypher", json=QUERY).status_code == 401


def test_loopback_server_refuses_other_sites_and_rebound_names(
    embedded_store: GraphStore,
) -> None:
    """A web page elsewhere must not post into, nor (DNS rebinding) read, a local graph."""
    client = client_for(embedded_store)
    upload = {"files": ("a.txt", b"This Agreement is made as of May 1, 2020.", "text/plain")}
    res = client.post("/api/documents", files=upload, headers={"Origin": "https://evil.example"})
    assert res.status_code == 403 and res.json()["error"]["code"] == "foreign_request"
    res = client.get("/api/export", headers={"Host": "evil.example:8000"})
    assert res.status_code == 403
    assert (
        client.post(
            "/api/cypher", json=QUERY, headers={"Origin": "http://localhost:8000"}
        ).status_code
        == 200
    )
    assert embedded_store.counts()["labels"]["Document"] == 0


READS = [
    "/api/health",
    "/api/export",
    "/api/documents",
    "/api/search?q=zoltek",
    "/api/nodes/party:zoltek-companies-inc",
    "/api/parties/party:southwest-bank-of-st-louis/borrowers",
]


@pytest.mark.parametrize(
    ("host", "token", "setting", "guarded"),
    [
        ("0.0.0.0", TOKEN, None, True),  # the default beyond loopback with a token set
        ("192.168.1.20", TOKEN, None, True),
        ("127.0.0.1", TOKEN, None, False),  # loopback: reads stay open by default
        ("0.0.0.0", None, None, False),  # no token: reads open (writes are refused)
        ("127.0.0.1", TOKEN, True, True),  # asked for
        ("0.0.0.0", TOKEN, False, False),  # turned off (e.g. behind an authenticating proxy)
        ("0.0.0.0", None, True, True),  # asked for without a token: refused outright
    ],
)
def test_reads_need_the_token_when_guarded(
    store: GraphStore, host: str, token: str | None, setting: bool | None, guarded: bool
) -> None:
    load_zoltek(store)
    with client_for(store) as open_client:
        expected = {url: open_client.get(url).json() for url in READS}
    settings = {"api_token": token, "read_token_required": setting}
    with client_for(store, listen_host=host, **settings) as client:
        for url in READS:
            r = client.get(url)
            assert r.status_code == (401 if guarded else 200), (url, r.text)
            if guarded:
                assert r.json()["error"]["code"] == "unauthorized"
                assert r.headers["www-authenticate"] == "Bearer"
            if token:
                wrong = client.get(url, headers={"Authorization": "Bearer guess"})
                assert wrong.status_code == (401 if guarded else 200), url
                right = client.get(url, headers={"Authorization": f"Bearer {token}"})
                assert right.status_code == 200, url
                assert _without_scores(right.json()) == _without_scores(expected[url]), url
        page = client.get("/")  # the UI's page holds no data: it opens, then asks for the token
        assert page.status_code != 401
        assert client.get("/openapi.json").status_code == 200


def test_read_guard_setting_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings().read_token_required is None
    monkeypatch.setenv("DEALGRAPH_READ_TOKEN_REQUIRED", "true")
    assert Settings().read_token_required is True
    monkeypatch.setenv("DEALGRAPH_READ_TOKEN_REQUIRED", "false")
    assert Settings().read_token_required is False


def _without_scores(body: Any) -> Any:
    """A response with its search hits' relevance scores left out: the embedded store's
    full-text index scores a hit from statistics it updates in the background, so the same
    query may score differently a moment later; which hits come back is what the guard keeps."""
    if isinstance(body, dict):
        return {k: _without_scores(v) for k, v in body.items() if k != "score"}
    if isinstance(body, list):
        return [_without_scores(v) for v in body]
    return body
