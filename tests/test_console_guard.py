"""The read-only console: hostile queries are refused or stopped, and nothing changes."""

from __future__ import annotations

import time

import pytest

from dealgraph.errors import QuerySyntaxError, QueryTimeout, ReadOnlyViolation
from graph.batch import Evidence, GraphBatch, NodeRow
from graph.console_guard import check_read_only
from graph.store import GraphStore

#: how long a stopped query may take to come back: a hang guard, not a speed check (that the
#: engine stopped it is what QueryTimeout or a truncated answer shows)
HANG_LIMIT_S = 300.0
ENGINE_PROCS = frozenset({"db.index.fulltext.querynodes", "db.idx.fulltext.querynodes"})

HOSTILE = [
    "CREATE (n:Party {key: 'evil'})",
    "MERGE (n:Party {key: 'evil'}) RETURN n",
    "MATCH (n:Party) SET n.name = 'x'",
    "MATCH (n:Party) SET n:Evil",
    "MATCH (n) DELETE n",
    "MATCH (n) DETACH DELETE n",
    "MATCH (n:Party) REMOVE n.name",
    "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
    "load  csv with headers from 'http://127.0.0.1:1/x.csv' AS row RETURN row",
    "CALL dbms.components()",
    "WITH 1 AS `as` LOAD CSV FROM 'https://example.invalid/x.csv' AS row RETURN row",
    "WITH 1 AS `as` CALL db.indexes() YIELD label RETURN label",
    "WITH 1 AS `AS` CREATE (n:Evil) RETURN n",
    "cAlL DbMs.Components()",
    "CALL dbms.security.createUser('x', 'y', false)",
    "CALL apoc.load.json('file:///etc/passwd')",
    "CALL `db`.`createLabel`('Evil')",
    "CALL `db.createLabel`('Evil')",
    "CALL db.createProperty('evil')",
    "CALL db.idx.fulltext.drop('Party')",
    "CALL db.index.fulltext.drop('dealgraph_search')",
    "MATCH (n) WITH n LIMIT 1 CREATE (m:Evil) RETURN m",
    "MATCH (n) CALL { WITH n DETACH DELETE n } RETURN 1",
    "CALL { CREATE (x:Evil) } RETURN 1",
    "MATCH (n) FOREACH (x IN [1] | CREATE (:Evil))",
    "MATCH (n) CALL { WITH n SET n.x = 1 } IN TRANSACTIONS RETURN 1",
    "USE system SHOW USERS",
    "SHOW DATABASES",
    "DROP INDEX dealgraph_search",
    "CREATE INDEX FOR (n:Party) ON (n.name)",
    "STOP DATABASE neo4j",
    "RETURN apoc.version()",
    "MATCH (n) RETURN n; MATCH (m) DETACH DELETE m",
    "MATCH (n) /* hidden */ DETACH /* */ DELETE n",
    "MATCH (n) // comment\nDETACH DELETE n",
]

SAFE = [
    "MATCH (n) RETURN n.name AS create",
    "MATCH (n) WHERE n.title = 'CREATE (x) // DELETE' RETURN n",
    "MATCH (n {`set`: 1}) RETURN n.`delete`",
    "RETURN {create: 1, merge: 2} AS m",
    "MATCH (a)-[:AMENDS*1..]->(b) RETURN a, b /* CREATE */",
    "CALL db.labels() YIELD label RETURN label",
    "CALL { MATCH (n) RETURN count(n) AS c } RETURN c",
    "MATCH (n) RETURN n;",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_lexical_guard_refuses(query: str) -> None:
    with pytest.raises(ReadOnlyViolation):
        check_read_only(query, ENGINE_PROCS)


@pytest.mark.parametrize("query", SAFE)
def test_lexical_guard_lets_reads_through(query: str) -> None:
    check_read_only(query, ENGINE_PROCS)


def test_guard_names_the_reason() -> None:
    with pytest.raises(ReadOnlyViolation, match="LOAD CSV"):
        check_read_only("LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r", ENGINE_PROCS)
    with pytest.raises(ReadOnlyViolation, match=r"'dbms\.components'"):
        check_read_only("cAlL `DbMs`.Components()", ENGINE_PROCS)
    with pytest.raises(ReadOnlyViolation, match="DELETE"):
        check_read_only("MATCH (n) DELETE n", ENGINE_PROCS)


def seed(store: GraphStore, n: int = 40) -> None:
    e = Evidence("doc", 0, 4, "text")
    store.upsert(
        GraphBatch(
            nodes=tuple(
                NodeRow("Party", f"p{i}", {"name": f"Party {i}"}, (), (e,)) for i in range(n)
            )
        )
    )


@pytest.mark.parametrize("query", HOSTILE)
def test_store_refuses_hostile_queries(store: GraphStore, query: str) -> None:
    seed(store, 3)
    before = store.export()
    with pytest.raises(ReadOnlyViolation):
        store.console(query, {}, timeout_s=5, row_cap=100)
    assert store.export() == before


def test_engine_refuses_writes_the_guard_cannot_see(
    store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Defense in depth: with a hole punched in the guard, the engine still refuses."""
    from graph import console_guard

    seed(store, 3)
    before = store.export()
    monkeypatch.setattr(console_guard, "_WRITE_WORDS", frozenset())
    with pytest.raises(ReadOnlyViolation):
        store.console("MATCH (n:Party) SET n.name = 'x' RETURN n", {}, timeout_s=5, row_cap=10)
    assert store.export() == before


def test_huge_unwind_is_stopped_or_capped(store: GraphStore) -> None:
    started = time.monotonic()
    try:
        result = store.console(
            "UNWIND range(1, 100000000) AS x RETURN x", {}, timeout_s=2, row_cap=1000
        )
        assert len(result.rows) == 1000 and result.truncated
    except QueryTimeout:
        pass
    assert time.monotonic() - started < HANG_LIMIT_S  # FalkorDB builds the list first


def test_runaway_cartesian_product_times_out(store: GraphStore) -> None:
    seed(store, 40)
    before = store.export()
    started = time.monotonic()
    with pytest.raises(QueryTimeout):
        store.console(
            "MATCH (a:Party), (b:Party), (c:Party), (d:Party), (e:Party), (f:Party) "
            "WITH a, b, c, d, e, f ORDER BY a.name + b.name + c.name + d.name + e.name "
            "RETURN count(f)",
            {},
            timeout_s=1,
            row_cap=10,
        )
    assert time.monotonic() - started < HANG_LIMIT_S
    assert store.export() == before


def test_syntax_error_has_position(store: GraphStore) -> None:
    with pytest.raises(QuerySyntaxError) as info:
        store.console("MATCH (n:Party)\nRETURN n +", {"k": "a\nb"}, timeout_s=5, row_cap=10)
    assert info.value.position is not None
    assert info.value.position["line"] == 2
    assert info.value.position["offset"] >= len("MATCH (n:Party)\n")
    with pytest.raises(QuerySyntaxError) as info:
        store.console("MATCH (n RETURN n", {}, timeout_s=5, row_cap=10)
    assert info.value.position == {"line": 1, "column": 10, "offset": 9}


def test_allowed_procedures_run(store: GraphStore) -> None:
    seed(store, 2)
    result = store.console("CALL db.labels() YIELD label RETURN label", {}, timeout_s=5, row_cap=10)
    assert ["Party"] in result.rows


def test_params_must_be_json_values(store: GraphStore) -> None:
    from dealgraph.errors import InvalidInput

    with pytest.raises(InvalidInput):
        store.console("RETURN $x", {"x = 1 RETURN 2 //": 1}, timeout_s=5, row_cap=10)
    with pytest.raises(InvalidInput):
        store.console("RETURN $x", {"x": float("nan")}, timeout_s=5, row_cap=10)
    ok = store.console("RETURN $x AS x", {"x": 'a"b\\c\n'}, timeout_s=5, row_cap=10)
    assert ok.rows == [['a"b\\c\n']]
