"""Store fixtures: the embedded store and a real Neo4j, and ``store`` over both.

One server of each kind per test session (starting them per test would dominate the run);
each test gets an empty graph. If Neo4j cannot start, every test that needs it FAILS with
the harness's message: a Neo4j path no test executes is not done.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.embedded_store import EmbeddedStore
from graph.neo4j_store import Neo4jStore
from graph.store import GraphStore

STORE_KINDS = ["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)]


@pytest.fixture(scope="session")
def neo4j_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    from neo4j_harness import start_neo4j

    try:
        server = start_neo4j(tmp_path_factory.mktemp("neo4j"), timeout=180.0)
    except RuntimeError as exc:
        pytest.fail(f"the Neo4j test server did not start:\n{exc}", pytrace=False)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def _neo4j_session_store(neo4j_server: object) -> Iterator[Neo4jStore]:
    store = Neo4jStore(neo4j_server.uri)  # type: ignore[attr-defined]
    store.ensure_schema()
    yield store
    store.close()


@pytest.fixture(scope="session")
def embedded_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("embedded")


@pytest.fixture(scope="session")
def _embedded_session_store(embedded_data_dir: Path) -> Iterator[EmbeddedStore]:
    store = EmbeddedStore(embedded_data_dir)
    yield store
    store.close()


@pytest.fixture
def embedded_store(_embedded_session_store: EmbeddedStore) -> EmbeddedStore:
    _embedded_session_store.clear()
    return _embedded_session_store


@pytest.fixture
def neo4j_store(_neo4j_session_store: Neo4jStore) -> Neo4jStore:
    _neo4j_session_store.clear()
    return _neo4j_session_store


@pytest.fixture(params=STORE_KINDS)
def store(request: pytest.FixtureRequest) -> GraphStore:
    """Each contract test runs once per store (ids ``embedded`` / ``neo4j``)."""
    value: GraphStore = request.getfixturevalue(f"{request.param}_store")
    return value
