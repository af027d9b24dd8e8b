"""The one error mapping: every DealGraphError class -> its status, in one envelope."""

from __future__ import annotations

import inspect
from collections.abc import Iterator

import pytest
from api_sample_graph import CREDIT, client_for, load_zoltek
from fastapi.testclient import TestClient

from api.app import create_app
from api.errors import (
    STATUS,
    FetchDisabled,
    ForeignRequest,
    LengthRequired,
    PayloadTooLarge,
    UnsupportedMediaType,
)
from dealgraph import errors
from dealgraph.errors import DealGraphError
from dealgraph.settings import Settings
from graph.store import GraphStore

EXPECTED: dict[type[DealGraphError], int] = {
    errors.DealGraphError: 500,
    errors.ConfigError: 500,
    errors.InvalidInput: 400,
    errors.QuerySyntaxError: 400,
    errors.NotFound: 404,
    errors.ReadOnlyViolation: 403,
    errors.Unauthorized: 401,
    errors.QueryTimeout: 504,
    errors.StoreUnavailable: 503,
    errors.SourceUnavailable: 502,
    FetchDisabled: 403,
    PayloadTooLarge: 413,
    UnsupportedMediaType: 415,
    LengthRequired: 411,
    ForeignRequest: 403,
}


def test_every_error_class_is_mapped() -> None:
    declared = {
        cls
        for _, cls in inspect.getmembers(errors, inspect.isclass)
        if issubclass(cls, DealGraphError)
    }
    assert declared <= set(EXPECTED)
    assert set(STATUS) == set(EXPECTED)


@pytest.fixture
def raising_client(embedded_store: GraphStore) -> Iterator[TestClient]:
    app = create_app(Settings(), embedded_store)
    classes = {cls.__name__: cls for cls in EXPECTED}

    @app.get("/raise/{name}")
    def _raise(name: str) -> None:
        cls = classes[name]
        position = {"line": 1, "column": 7, "offset": 6} if cls is errors.QuerySyntaxError else None
        raise cls(f"{name} happened", position=position)

    with TestClient(app, base_url="http://127.0.0.1") as client:
        yield client


@pytest.mark.parametrize("cls", list(EXPECTED), ids=lambda c: c.__name__)
def test_error_envelope(raising_client: TestClient, cls: type[DealGraphError]) -> None:
    r = raising_client.get(f"/raise/{cls.__name__}")
    assert r.status_code == EXPECTED[cls]
    body = r.json()
    assert body["error"]["code"] == cls.code
    assert body["error"]["message"] == f"{cls.__name__} happened"
    if cls is errors.QuerySyntaxError:
        assert body["error"]["position"] == {"line": 1, "column": 7, "offset": 6}
    else:
        assert "position" not in body["error"]
    if cls is errors.Unauthorized:
        assert r.headers["www-authenticate"] == "Bearer"


def test_validation_and_routing_errors_use_the_envelope(embedded_store: GraphStore) -> None:
    load_zoltek(embedded_store)
    with client_for(embedded_store) as client:
        r = client.get(f"/api/nodes/{CREDIT}/neighbors?limit=0")
        assert r.status_code == 422
        assert r.json()["error"]["code"] == "validation_error"
        assert "limit" in r.json()["error"]["message"]
        r = client.get(f"/api/agreements/{CREDIT}/amendments?direction=sideways")
        assert r.status_code == 422 and r.json()["error"]["code"] == "validation_error"
        r = client.post("/api/cypher", json={"params": {}})
        assert r.status_code == 422 and r.json()["error"]["code"] == "validation_error"
        r = client.get("/api/no-such-thing")
        assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"
        r = client.delete("/api/export")
        assert r.status_code == 405 and r.json()["error"]["code"] == "method_not_allowed"


def test_console_refusals_map_to_4xx(store: GraphStore) -> None:
    load_zoltek(store)
    with client_for(store) as client:
        write = client.post("/api/cypher", json={"query": "MATCH (n) DETACH DELETE n"})
        assert write.status_code == 403
        assert write.json()["error"]["code"] == "read_only"
        load = client.post(
            "/api/cypher", json={"query": "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l"}
        )
        assert load.status_code == 403
        syntax = client.post("/api/cypher", json={"query": "MATCH (n RETURN n"})
        assert syntax.status_code == 400
        err = syntax.json()["error"]
        assert err["code"] == "syntax_error"
        assert {"line", "column", "offset"} <= set(err["position"])
        params = client.post("/api/cypher", json={"query": "RETURN $x", "params": {"1bad": 1}})
        assert params.status_code == 400
        still = client.get("/api/health").json()["counts"]["labels"]["Agreement"]
        assert still == 3  # nothing was deleted


def test_console_timeout_answers_504(store: GraphStore) -> None:
    with client_for(store, console_timeout_s=0.05) as client:
        r = client.post(
            "/api/cypher",
            json={
                "query": "UNWIND range(1, 3000) AS a UNWIND range(1, 3000) AS b "
                "UNWIND range(1, 100) AS c RETURN count(*)",
            },
        )
        assert r.status_code == 504, r.text
        assert r.json()["error"]["code"] == "timeout"


def test_store_unavailable_answers_503() -> None:
    app = create_app(Settings())
    # lifespan not entered: no store was opened
    client = TestClient(app, base_url="http://127.0.0.1")
    r = client.get("/api/health")
    assert r.status_code == 503
    assert r.json()["error"]["code"] == "store_unavailable"
