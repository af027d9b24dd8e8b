"""The Neo4j test server answers Cypher over Bolt, keeps data across a restart, enforces auth."""

from __future__ import annotations

import pytest
from neo4j import GraphDatabase
from neo4j.exceptions import AuthError

from tests.neo4j_harness import start_neo4j

pytestmark = pytest.mark.neo4j


def test_server_runs_cypher_and_keeps_data_across_restart(tmp_path):
    server = start_neo4j(tmp_path / "neo4j")
    try:
        assert server.uri.startswith("bolt://127.0.0.1:")
        uri = server.uri
        with GraphDatabase.driver(server.uri, auth=server.auth) as driver:
            records, _, _ = driver.execute_query("RETURN 1 AS one")
            assert records[0]["one"] == 1
            records, _, _ = driver.execute_query("CREATE (n:T {k: 1}) RETURN n.k AS k")
            assert records[0]["k"] == 1

        server.restart()
        assert server.uri == uri

        with GraphDatabase.driver(server.uri, auth=server.auth) as driver:
            records, _, _ = driver.execute_query("MATCH (n:T) RETURN n.k AS k")
            assert [r["k"] for r in records] == [1]
    finally:
        server.stop()
    assert (tmp_path / "neo4j" / "logs" / "debug.log").exists()


def test_server_with_password_rejects_a_wrong_one(tmp_path):
    server = start_neo4j(tmp_path / "neo4j", password="s3cret-pw")
    try:
        with GraphDatabase.driver(server.uri, auth=("neo4j", "s3cret-pw")) as driver:
            records, _, _ = driver.execute_query("RETURN 1 AS one")
            assert records[0]["one"] == 1
        wrong = ("neo4j", "wrong-password")
        with GraphDatabase.driver(server.uri, auth=wrong) as driver, pytest.raises(AuthError):
            driver.verify_connectivity()
        # Restarting with the same password on the same home still works.
        server.restart()
        with GraphDatabase.driver(server.uri, auth=server.auth) as driver:
            driver.verify_connectivity()
    finally:
        server.stop()
