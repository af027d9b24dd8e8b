"""The named-query registry: files parse, names used in code exist, both engines compile them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dealgraph.errors import ConfigError
from graph import dialect, queries, schema
from graph.embedded_store import EmbeddedStore
from graph.neo4j_store import Neo4jStore

ROOT = Path(__file__).resolve().parent.parent
CODE_DIRS = ("dealgraph", "ingest", "graph", "api")
NAME_USE = re.compile(r"""(?:\.read|queries\.get)\(\s*["']([a-z][a-z0-9_]*)["']""")


def used_names() -> set[str]:
    found: set[str] = set()
    for folder in CODE_DIRS:
        for path in (ROOT / folder).rglob("*.py"):
            found.update(NAME_USE.findall(path.read_text(encoding="utf-8")))
    return found


@pytest.mark.parametrize("path", sorted((ROOT / "queries").glob("*.cypher")), ids=lambda p: p.name)
def test_every_file_parses(path: Path) -> None:
    parsed = queries.parse(path.read_text(encoding="utf-8"), path.name)
    assert parsed
    for name, text in parsed.items():
        assert queries.get(name) == text


def test_store_queries_are_registered() -> None:
    assert {"export_nodes", "export_edges", "count_label_party", "document_text"} <= queries.names()


def test_every_name_used_in_code_exists() -> None:
    used = used_names()
    assert "document_text" in used  # the scan itself works
    assert used - queries.names() == set()


def test_unknown_name_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="no_such_query"):
        queries.get("no_such_query")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("// name: a\nRETURN 1\n// name: a\nRETURN 2", "duplicate"),
        ("RETURN 1\n// name: a\nRETURN 2", "outside"),
        ("// name: a\n// only a comment\n", "empty"),
        ("// name: Bad-Name\nRETURN 1", "bad query name"),
        ("// name: a\nRETURN $0", "positional"),
    ],
)
def test_malformed_files_are_refused(text: str, reason: str) -> None:
    with pytest.raises(ConfigError, match=reason):
        queries.parse(text, "broken.cypher")


def test_blocks_keep_their_text() -> None:
    parsed = queries.parse(
        "// file note\n\n// name: one\n// what it does\nMATCH (n)\nRETURN n\n\n// name: two\n"
        "RETURN $x AS x\n",
        "ok.cypher",
    )
    assert parsed == {
        "one": "// what it does\nMATCH (n)\nRETURN n",
        "two": "RETURN $x AS x",
    }


def test_every_query_compiles_on_neo4j(neo4j_store: Neo4jStore) -> None:
    """EXPLAIN each named query on the real server: a typo fails here, not in production."""
    failures = {}
    with neo4j_store._driver.session() as session:
        for name in sorted(queries.names()):
            try:
                session.run("EXPLAIN " + queries.get(name, "neo4j")).consume()
            except Exception as exc:  # collected and reported together
                failures[name] = str(exc).splitlines()[0]
    assert failures == {}


def test_every_query_compiles_on_falkordb(embedded_store: EmbeddedStore) -> None:
    """GRAPH.EXPLAIN each named query (an EXPLAIN prefix would run it on FalkorDB)."""
    samples = {"limit": 1, "skip": 0, "types": ["AMENDS"], "keys": ["k"], "labels": ["Party"]}
    failures = {}
    for name in sorted(queries.names()):
        text = queries.get(name, "embedded")
        params = {p: samples.get(p, "x") for p in re.findall(r"\$([A-Za-z_]\w*)", text)}
        try:
            embedded_store._graph.explain(text, params)
        except Exception as exc:  # collected and reported together
            failures[name] = str(exc).splitlines()[0]
    assert failures == {}


def test_engine_variants() -> None:
    parsed = queries.parse(
        "// name: a @neo4j\nRETURN 1\n// name: a @embedded\nRETURN 2\n// name: b\nRETURN 3",
        "ok.cypher",
    )
    assert parsed == {"a@neo4j": "RETURN 1", "a@embedded": "RETURN 2", "b": "RETURN 3"}
    with pytest.raises(ConfigError, match="unknown engine"):
        queries.parse("// name: a @sqlite\nRETURN 1", "broken.cypher")
    assert queries.get("api_neighbors", "neo4j") != queries.get("api_neighbors", "embedded")
    assert queries.get("graph_version", "neo4j") == queries.get("graph_version")
    with pytest.raises(ConfigError, match="differs per engine"):
        queries.get("api_neighbors")


def test_neo4j_degree_count_covers_the_schema() -> None:
    """Neo4j's neighbours total counts each declared type, both directions, by name."""
    text = queries.get("api_neighbors", "neo4j")
    for rel in schema.REL_TYPES:
        assert f"{rel}: [COUNT {{ (n)-[:{rel}]->() }}, COUNT {{ (n)<-[:{rel}]-() }}]" in text, rel


def test_every_write_query_bumps_the_version() -> None:
    """clear()'s and load's marker queries end as every upsert does (the cache key of read
    answers)."""
    assert queries.get("delete_some").endswith(dialect.VERSION_BUMP + "\nRETURN deleted")
    assert queries.get("mark_shard_loaded").endswith(dialect.VERSION_BUMP)
    assert dialect.VERSION_BUMP in dialect.NEO4J_UPSERT


def test_count_queries_cover_the_schema() -> None:
    """One count per label and type, each in the one shape both engines answer from their
    statistics (anything more is a scan of the graph): none missing, none reshaped."""
    for label in schema.NODE_TYPES:
        text = queries.get(f"count_label_{label.lower()}")
        assert text == f"MATCH (n:{label}) RETURN count(n) AS n"
    for rel in schema.REL_TYPES:
        text = queries.get(f"count_type_{rel.lower()}")
        assert text == f"MATCH ()-[r:{rel}]->() RETURN count(r) AS n"
