"""GET /: the built UI with a strict Content-Security-Policy, or a page saying how to build it."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from api.app import create_app
from dealgraph.settings import Settings
from graph.store import GraphStore

PRODUCT_PATHS = {
    "/api/health",
    "/api/search",
    "/api/nodes/{key}",
    "/api/nodes/{key}/neighbors",
    "/api/agreements/{key}/amendments",
    "/api/agreements/{key}/chain",
    "/api/agreements/{key}",
    "/api/parties/{key}/lenders",
    "/api/parties/{key}/borrowers",
    "/api/parties/{key}/agreements",
    "/api/parties/{key}",
    "/api/instruments/{key}",
    "/api/documents",
    "/api/documents/{key}",
    "/api/documents/{key}/text",
    "/api/cypher",
    "/api/export",
}


def test_ui_not_built_says_how_to_build(embedded_store: GraphStore, tmp_path: Path) -> None:
    app = create_app(Settings(), embedded_store, ui_dist=tmp_path / "dist")
    with TestClient(app, base_url="http://127.0.0.1") as client:
        r = client.get("/")
        assert r.status_code == 503
        assert "UI not built: run make ui" in r.text
        assert "default-src 'self'" in r.headers["content-security-policy"]


def test_built_ui_is_served_with_csp(embedded_store: GraphStore, tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    (dist / "assets").mkdir(parents=True)
    (dist / "index.html").write_text(
        '<!doctype html><html><head><script type="module" src="/assets/app.js"></script>'
        "</head><body><div id=app></div></body></html>"
    )
    (dist / "assets" / "app.js").write_text("export const x = 1;\n")
    app = create_app(Settings(), embedded_store, ui_dist=dist)
    with TestClient(app, base_url="http://127.0.0.1") as client:
        page = client.get("/")
        assert page.status_code == 200
        assert page.headers["content-type"].startswith("text/html")
        csp = page.headers["content-security-policy"]
        directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
        assert directives["default-src"] == "'self'"
        assert directives["script-src"] == "'self'"  # no inline script, no other origin
        assert directives["object-src"] == "'none'"
        js = client.get("/assets/app.js")
        assert js.status_code == 200
        assert "javascript" in js.headers["content-type"]
        assert "content-security-policy" in js.headers
        assert client.get("/ui/index.html").status_code == 200
        assert client.get("/assets/../index.html").status_code in (200, 404)
        api = client.get("/api/health")
        assert api.headers["x-content-type-options"] == "nosniff"


def test_openapi_documents_every_product_path(embedded_store: GraphStore) -> None:
    with TestClient(create_app(Settings(), embedded_store), base_url="http://127.0.0.1") as client:
        spec = client.get("/openapi.json").json()
        assert set(spec["paths"]) >= PRODUCT_PATHS
        assert (
            "multipart/form-data"
            in spec["paths"]["/api/documents"]["post"]["requestBody"]["content"]
        )
        docs = client.get("/docs")
        assert docs.status_code == 200 and "swagger" in docs.text.lower()


def test_lifespan_opens_and_closes_one_store(tmp_path: Path) -> None:
    app = create_app(Settings(data_dir=tmp_path / "data"))
    with TestClient(app, base_url="http://127.0.0.1") as client:
        opened = app.state.store
        assert opened is not None and opened.kind == "embedded"
        assert client.get("/api/health").json()["store"] == "embedded"
        client.get("/api/documents")
        assert app.state.store is opened  # one store per process, not per request
    assert app.state.store is None
