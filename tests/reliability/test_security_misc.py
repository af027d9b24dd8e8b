"""Security beyond the basic suites: console extras, auth, logs, CORS, schema allow-list, CSP.

``tests/test_console_guard.py`` and ``tests/test_api_auth.py`` hold the basic batteries; this
adds what an attacker tries next: LOAD CSV spelled every way, backtick-quoted and mixed-case
procedure names, queries that eat memory, hostile labels and relationship types on every
path that splices them, secrets in logs, and the headers of the UI pages.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

import pytest
from api_sample_graph import client_for
from fastapi.testclient import TestClient

from api.app import create_app
from api.routes.ui import CSP
from dealgraph.errors import InvalidInput, QueryTimeout, ReadOnlyViolation
from dealgraph.settings import Settings
from graph import dialect, schema
from graph.batch import EdgeRow, Evidence, GraphBatch, NodeRow
from graph.store import GraphStore

from .badinput import EVIL_PARTY

HANG_LIMIT_S = 300.0  # a hang guard, not a speed check: stopping is what QueryTimeout shows
EV = (Evidence("doc-evil", 0, 4, "text"),)

FILE_AND_NETWORK = [
    "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
    "LOAD/**/CSV FROM 'file:///etc/passwd' AS row RETURN row",
    "LOAD -- x\nCSV FROM 'file:///etc/shadow' AS row RETURN row",
    "load\tcsv\nFROM 'file:///proc/self/environ' AS row RETURN row",
    "LoAd CsV WITH HEADERS FROM 'http://169.254.169.254/latest/meta-data/' AS r RETURN r",
    "USING PERIODIC COMMIT LOAD CSV FROM 'https://evil.example/x.csv' AS r RETURN r",
    "CALL { LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row } RETURN row",
    "MATCH (n) WITH n LIMIT 1 LOAD CSV FROM 'file:///' + n.key AS row RETURN row",
    "WITH 'file:///etc/passwd' AS u LOAD CSV FROM u AS row RETURN row",
]
PROCEDURES = [
    "CALL `dbms`.`components`()",
    "CALL `DBMS`.`Components`() YIELD name RETURN name",
    "cAlL `dBmS.cOmPoNeNtS`()",
    "CALL `db`.`idx`.`fulltext`.`drop`('Party')",
    "CALL `db.idx.fulltext.createNodeIndex`('Party', 'x')",
    "CALL db.INDEX.FULLTEXT.createNodeIndex('x', ['Party'], ['name'])",
    "CALL `apoc`.`load`.`json`('file:///etc/passwd')",
    "CALL ``dbms``.components()",
    "CALL dbms.listConfig() YIELD name, value RETURN name, value",
    "CALL dbms.security.listUsers()",
    "CALL db.stats.retrieve('GRAPH COUNTS')",
    "CALL tx.setMetaData({x: 1})",
    "CALL   dbms . components ( )",
    "RETURN `apoc`.`version`()",
    "RETURN APOC.text.join(['a'], ',')",
    "CALL { CALL dbms.components() YIELD name RETURN name } RETURN name",
]
MEMORY_HOGS = [
    "UNWIND range(1, 50000000) AS x RETURN collect(x) AS xs",
    "UNWIND range(1, 3000) AS a UNWIND range(1, 3000) AS b RETURN collect([a, b]) AS pairs",
    "UNWIND range(1, 20000000) AS x WITH x ORDER BY x DESC RETURN x",
]


def _seed(store: GraphStore) -> None:
    store.upsert(
        GraphBatch(
            nodes=tuple(NodeRow("Party", f"p{i}", {"name": f"P{i}"}, (), EV) for i in range(3))
        )
    )


@pytest.mark.parametrize("query", FILE_AND_NETWORK + PROCEDURES)
def test_console_refuses_files_network_and_procedures(store: GraphStore, query: str) -> None:
    _seed(store)
    before = store.export()
    with pytest.raises((ReadOnlyViolation, InvalidInput)):
        store.console(query, {}, timeout_s=5, row_cap=100)
    assert store.export() == before


@pytest.mark.parametrize("query", MEMORY_HOGS)
def test_console_memory_exhaustion_is_stopped(store: GraphStore, query: str) -> None:
    """A query that would eat the server's memory is stopped (504) or capped, and the store
    keeps answering: never a crash of the server nor of the API process."""
    started = time.monotonic()
    try:
        result = store.console(query, {}, timeout_s=3, row_cap=100)
        assert len(result.rows) <= 100
        assert result.truncated or len(result.rows) <= 1
    except (QueryTimeout, InvalidInput):
        pass
    assert time.monotonic() - started < HANG_LIMIT_S
    store.ping()
    _seed(store)
    assert store.counts()["labels"]["Party"] == 3


def test_console_abandons_an_expression_the_engine_does_not_interrupt(tmp_path: Path) -> None:
    """FalkorDB checks its timeout between operations, not inside one ``reduce()``: the store
    stops waiting shortly after the limit and answers a timeout instead of hanging. (The
    server thread runs on until the expression ends: see SECURITY.md; this test's own server
    is killed afterwards so the quadratic string below does not burn the suite's CPU.)"""
    import os
    import signal

    from graph.embedded_store import EmbeddedStore

    store = EmbeddedStore(tmp_path / "data")
    pid = store.server.server_pid()
    try:
        started = time.monotonic()
        with pytest.raises(QueryTimeout):
            store.console(
                "RETURN size(reduce(s = '', x IN range(1, 400000) | s + 'xxxxxxxxxx')) AS n",
                {},
                timeout_s=1,
                row_cap=10,
            )
        assert time.monotonic() - started < HANG_LIMIT_S
    finally:
        os.kill(pid, signal.SIGKILL)
        store.close()


# --- labels and relationship types come only from the schema --------------------------

EVIL_NAMES = [
    "Party`) DETACH DELETE n //",
    "Party:Admin",
    "Party {key: 'x'}) MATCH (m) DETACH DELETE m //",
    "party",
    "PARTY_TO]->() DETACH DELETE n //",
    "",
    "Document`",
    "AMENDS|REFERENCES",
]


@pytest.mark.parametrize("name", EVIL_NAMES)
def test_schema_allow_list_refuses_injection(name: str) -> None:
    with pytest.raises(InvalidInput):
        schema.label(name)
    with pytest.raises(InvalidInput):
        schema.rel_type(name)
    with pytest.raises(InvalidInput):
        dialect.node_part_cypher(name, "rows")
    with pytest.raises(InvalidInput):
        dialect.edge_part_cypher(name, "Party", "Agreement", "rows")
    with pytest.raises(InvalidInput):
        dialect.edge_part_cypher("PARTY_TO", name, "Agreement", "rows")


@pytest.mark.parametrize("name", EVIL_NAMES[:3])
def test_upsert_refuses_injected_labels_and_writes_nothing(store: GraphStore, name: str) -> None:
    _seed(store)
    before = store.export()
    party = NodeRow("Party", "p-new", {"name": "New"}, (), EV)
    agreement = NodeRow("Agreement", "a-new", {"title": "A"}, (), EV)
    bad_batches = [
        GraphBatch(nodes=(party, NodeRow(name, "x", {}, (), EV))),
        GraphBatch(
            nodes=(party, agreement),
            edges=(EdgeRow(name, "e1", "p-new", "Party", "a-new", "Agreement", {}, EV),),
        ),
        GraphBatch(
            nodes=(party, agreement),
            edges=(EdgeRow("PARTY_TO", "e1", "p-new", name, "a-new", "Agreement", {}, EV),),
        ),
        GraphBatch(nodes=(NodeRow("Party", "p-x", {name.replace(" ", "_"): 1}, (), EV),)),
        GraphBatch(nodes=(NodeRow("Party", "p-x", {"a` = 1, n.b": 1}, (), EV),)),
    ]
    for batch in bad_batches:
        with pytest.raises(InvalidInput):
            store.upsert(batch)
    assert store.export() == before


def test_hostile_values_are_stored_verbatim(store: GraphStore) -> None:
    """Keys, names, aliases and evidence are parameters: stored as written, never run."""
    _seed(store)
    hostile = [
        EVIL_PARTY,
        "x'}) MATCH (m) DETACH DELETE m //",
        "back\\slash \\' \\\" \\u0041",
        "`tick` $param {key: 1} /* c */ -- d",
        "\u202eevil",
    ]
    nodes = tuple(
        NodeRow("Party", f"party:{h}", {"name": h}, (h,), (Evidence("doc-evil", 0, len(h), h),))
        for h in hostile
    )
    store.upsert(GraphBatch(nodes=nodes))
    export = store.export()
    parties = {n["id"]: n for n in export["nodes"] if n["label"] == "Party"}
    assert len(parties) == 3 + len(hostile)  # nothing deleted, nothing merged wrongly
    for h in hostile:
        node = parties[f"party:{h}"]
        assert node["properties"]["name"] == h
        assert node["properties"]["aliases"] == [h]
        assert node["evidence"][0]["text"] == h
    hits = store.search("DETACH", ["Party"], 10)
    assert all(hit["id"] in parties for hit in hits)

    # A NUL character: FalkorDB cannot take it as a parameter and refuses the whole batch
    # (readers refuse NUL bytes, so only a hand-made batch carries one); Neo4j stores it.
    nul = "nul\u0000nul"
    row = NodeRow("Party", "party:nul", {"name": nul}, (), (Evidence("doc-evil", 0, 7, nul),))
    try:
        store.upsert(GraphBatch(nodes=(row,)))
    except InvalidInput:
        assert store.export() == export
    else:
        node = next(n for n in store.export()["nodes"] if n["id"] == "party:nul")
        assert node["properties"]["name"] == nul


def test_api_refuses_injected_labels_and_types(embedded_store: GraphStore) -> None:
    _seed(embedded_store)
    with client_for(embedded_store) as client:
        for name in EVIL_NAMES[:5]:
            r = client.get("/api/search", params={"q": "P1", "label": name})
            assert r.status_code in (400, 422), r.text
            r = client.get("/api/nodes/p1/neighbors", params={"types": name})
            assert r.status_code in (400, 422), r.text
        assert client.get("/api/health").json()["counts"]["labels"]["Party"] == 3


# --- auth beyond loopback, secrets in logs, CORS, CSP -----------------------------------


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.10", "example.com", "[::]"])
def test_auth_on_by_default_beyond_loopback(embedded_store: GraphStore, host: str) -> None:
    with client_for(embedded_store, listen_host=host) as client:
        r = client.post("/api/cypher", json={"query": "RETURN 1 AS x"})
        assert r.status_code == 401
        assert "DEALGRAPH_API_TOKEN" in r.json()["error"]["message"]
        r = client.post("/api/documents", files={"files": ("a.txt", b"hello", "text/plain")})
        assert r.status_code == 401
        r = client.post(
            "/api/cypher", json={"query": "RETURN 1"}, headers={"Authorization": "Bearer x"}
        )
        assert r.status_code == 401  # no token configured: no token can be right


def test_no_secret_in_logs(
    store: GraphStore, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    token = "CONFIGURED-TOKEN-7f3a9c"
    wrong = "WRONG-TOKEN-91bd22"
    param = "PARAM-SECRET-4471"
    deal = "CONFIDENTIAL-DEAL-TERM-8812"
    caplog.set_level(logging.INFO)
    caplog.set_level(logging.DEBUG, logger="dealgraph")
    caplog.set_level(logging.DEBUG, logger="api")
    bodies: list[str] = []
    with client_for(store, api_token=token, max_document_bytes=100_000) as client:
        auth = {"Authorization": f"Bearer {token}"}
        bodies.append(
            client.post(
                "/api/cypher", json={"query": "RETURN 1"}, headers={"Authorization": wrong}
            ).text
        )
        bodies.append(
            client.post(
                "/api/cypher",
                json={"query": "RETURN 1"},
                headers={"Authorization": f"Bearer {wrong}"},
            ).text
        )
        for query in [
            "RETURN date($secret) AS d",  # engines quote the text they cannot parse
            "RETURN toInteger(size($secret)) / 0",
            "MATCH (n) WHERE n.name = $secret RETURN n LIMIT",  # syntax error
            "UNWIND range(1, 100000000) AS x WITH x, $secret AS s ORDER BY x RETURN s",
            "MATCH (n) SET n.name = $secret",
        ]:
            r = client.post(
                "/api/cypher", json={"query": query, "params": {"secret": param}}, headers=auth
            )
            assert r.status_code >= 400
            bodies.append(r.text)
        for name, content in [
            ("deal.txt", deal.encode() + b"\x00\x01binary"),
            ("deal.pdf", deal.encode()),
            ("deal.txt", deal.encode() * 10_000),
        ]:
            r = client.post(
                "/api/documents", files={"files": (name, content, "text/plain")}, headers=auth
            )
            assert r.status_code >= 400
            bodies.append(r.text)
    logged = caplog.text + "".join(r.getMessage() for r in caplog.records)
    for secret in (token, wrong, param, deal):
        assert secret not in logged, secret
        assert all(secret not in body for body in bodies), secret


def test_cors_preflight_from_anywhere_is_not_allowed(embedded_store: GraphStore) -> None:
    preflight = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "x"}
    with client_for(embedded_store) as client:
        for origin in ("http://evil.example", "null", "http://127.0.0.1:8000"):
            r = client.options("/api/documents", headers={**preflight, "Origin": origin})
            assert "access-control-allow-origin" not in r.headers
            assert "access-control-allow-credentials" not in r.headers
    with client_for(embedded_store, cors_origins=["https://analyst.example"]) as client:
        r = client.get("/api/health", headers={"Origin": "https://analyst.example"})
        assert r.headers["access-control-allow-origin"] == "https://analyst.example"
        assert r.headers.get("access-control-allow-credentials") != "true"
        r = client.get("/api/health", headers={"Origin": "https://analyst.example.evil.com"})
        assert "access-control-allow-origin" not in r.headers


def test_ui_pages_carry_csp(embedded_store: GraphStore, tmp_path: Path) -> None:
    from api.routes.ui import UI_DIST

    built = (UI_DIST / "index.html").is_file()
    assert built, "the web UI is not built: run make ui"
    directives = {
        name: value
        for name, _, value in (part.strip().partition(" ") for part in CSP.split(";"))
        if name
    }
    assert directives["script-src"] == "'self'"
    assert "unsafe-inline" not in directives["script-src"]
    assert "unsafe-eval" not in CSP
    assert directives["frame-ancestors"] == "'none'"
    assert directives["object-src"] == "'none'"
    assets = sorted(p.name for p in (UI_DIST / "assets").iterdir())
    with client_for(embedded_store) as client:
        for path in ["/", "/ui/", *(f"/assets/{a}" for a in assets[:3])]:
            r = client.get(path)
            assert r.status_code == 200, path
            assert r.headers["content-security-policy"] == CSP, path
            assert r.headers["x-content-type-options"] == "nosniff"
        page = client.get("/").text
        assert "<script>" not in page.replace(" ", "").lower()  # no inline script to allow
        assert " on" not in page.lower().split("<body", 1)[-1].split(">", 1)[0]
        r = client.get("/api/health")
        assert r.headers["x-content-type-options"] == "nosniff"
    app = create_app(Settings(), embedded_store, ui_dist=tmp_path / "missing")
    with TestClient(app, base_url="http://127.0.0.1") as client:
        r = client.get("/")
        assert r.status_code == 503 and r.headers["content-security-policy"] == CSP


def test_document_text_is_served_as_plain_text(embedded_store: GraphStore) -> None:
    html = "<script>alert(1)</script><img src=x onerror=alert(2)>"
    key = "doc-html"
    embedded_store.upsert(
        GraphBatch(nodes=(NodeRow("Document", key, {"path": "x.htm", "text": html}, (), ()),))
    )
    with client_for(embedded_store) as client:
        r = client.get(f"/api/documents/{key}/text")
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("text/plain")
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.text == html
