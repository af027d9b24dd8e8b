"""The GraphStore contract, run against the embedded store and a real Neo4j."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from dealgraph.errors import ConfigError, InvalidInput, StoreUnavailable
from dealgraph.settings import Settings
from graph.batch import EdgeRow, Evidence, GraphBatch, NodeRow
from graph.embedded_store import EmbeddedStore
from graph.neo4j_store import Neo4jStore
from graph.store import GraphStore
from graph.stores import open_store

ROOT = Path(__file__).resolve().parent.parent

DOC1_TEXT = (
    'ZOLTEK COMPANIES, INC., a Missouri corporation ("Parent"), and SOUTHWEST BANK OF '
    'ST. LOUIS (the "Bank") amend the Credit Agreement dated as of May 11, 2001.'
)
DOC2_TEXT = "Zoltek Companies, Inc. and the Bank enter into the Second Amendment."


def ev(doc: str, text: str, fragment: str) -> Evidence:
    start = text.index(fragment)
    return Evidence(doc, start, start + len(fragment), fragment)


def doc_batch() -> GraphBatch:
    """One document's facts: a document, two parties, an agreement, an amendment, edges."""
    e = lambda frag: ev("doc1", DOC1_TEXT, frag)  # noqa: E731 - short local alias
    return GraphBatch(
        nodes=(
            NodeRow(
                "Document",
                "doc1",
                {
                    "path": "ex10.txt",
                    "title": "First Amendment",
                    "exhibit": "10.14",
                    "chars": len(DOC1_TEXT),
                    "ingested_at": "2024-01-01T00:00:00Z",
                    "text": DOC1_TEXT,
                },
            ),
            NodeRow(
                "Party",
                "party:zoltek",
                {
                    "name": "Zoltek Companies, Inc.",
                    "kind": "organization",
                    "jurisdiction": "Missouri",
                },
                ("Parent",),
                (e("ZOLTEK COMPANIES, INC."),),
            ),
            NodeRow(
                "Party",
                "party:southwest",
                {
                    "name": "Southwest Bank of St. Louis",
                    "kind": "organization",
                    "entity_type": "bank",
                },
                ("Bank",),
                (e("SOUTHWEST BANK OF ST. LOUIS"),),
            ),
            NodeRow(
                "Agreement",
                "agreement:credit-2001",
                {"title": "Credit Agreement", "kind": "credit_agreement", "date": "2001-05-11"},
                (),
                (e("Credit Agreement dated as of May 11, 2001"),),
            ),
            NodeRow(
                "Agreement",
                "agreement:first-amendment",
                {
                    "title": "First Amendment",
                    "kind": "amendment",
                    "amendment_number": 1,
                },
                ("First Amendment",),
                (e("amend"),),
            ),
        ),
        edges=(
            EdgeRow(
                "AMENDS",
                "amends:1",
                "agreement:first-amendment",
                "Agreement",
                "agreement:credit-2001",
                "Agreement",
                {"restates": False},
                (e("amend the Credit Agreement"),),
            ),
            EdgeRow(
                "PARTY_TO",
                "party_to:zoltek:credit",
                "party:zoltek",
                "Party",
                "agreement:credit-2001",
                "Agreement",
                {"role": "Borrower"},
                (e("ZOLTEK COMPANIES, INC."),),
            ),
            EdgeRow(
                "LENDS_TO",
                "lends:sw:zoltek",
                "party:southwest",
                "Party",
                "party:zoltek",
                "Party",
                {"amount": 2500000.5, "currency": "USD"},
                (e("SOUTHWEST BANK OF ST. LOUIS"),),
            ),
            EdgeRow(
                "CONTAINS",
                "contains:doc1:first",
                "doc1",
                "Document",
                "agreement:first-amendment",
                "Agreement",
                {},
                (e("amend"),),
            ),
        ),
    )


def second_doc_batch() -> GraphBatch:
    e = lambda frag: ev("doc2", DOC2_TEXT, frag)  # noqa: E731
    return GraphBatch(
        nodes=(
            NodeRow(
                "Document",
                "doc2",
                {
                    "path": "ex10b.txt",
                    "title": "Second Amendment",
                    "ingested_at": "2024-02-02T00:00:00Z",
                    "text": DOC2_TEXT,
                },
            ),
            NodeRow(
                "Party",
                "party:zoltek",
                {"name": "Zoltek Companies, Inc."},
                ("Zoltek",),
                (e("Zoltek Companies, Inc."),),
            ),
            NodeRow("Party", "party:southwest", {}, ("Bank",), (e("the Bank"),)),
        ),
        edges=(
            EdgeRow(
                "LENDS_TO",
                "lends:sw:zoltek",
                "party:southwest",
                "Party",
                "party:zoltek",
                "Party",
                {},
                (e("the Bank"),),
            ),
        ),
    )


def node(export: dict[str, Any], key: str) -> dict[str, Any]:
    return next(n for n in export["nodes"] if n["id"] == key)


def edge(export: dict[str, Any], key: str) -> dict[str, Any]:
    return next(e for e in export["edges"] if e["id"] == key)


def test_export_shape_and_content(store: GraphStore) -> None:
    store.upsert(doc_batch())
    out = store.export()
    assert [n["id"] for n in out["nodes"]] == [
        "agreement:credit-2001",
        "agreement:first-amendment",
        "doc1",
        "party:southwest",
        "party:zoltek",
    ]
    zoltek = node(out, "party:zoltek")
    assert zoltek == {
        "id": "party:zoltek",
        "label": "Party",
        "properties": {
            "name": "Zoltek Companies, Inc.",
            "kind": "organization",
            "jurisdiction": "Missouri",
            "aliases": ["Parent"],
        },
        "evidence": [{"document": "doc1", "start": 0, "end": 22, "text": "ZOLTEK COMPANIES, INC."}],
    }
    doc = node(out, "doc1")
    assert "text" not in doc["properties"] and doc["properties"]["chars"] == len(DOC1_TEXT)
    lends = edge(out, "lends:sw:zoltek")
    assert (lends["type"], lends["source"], lends["target"]) == (
        "LENDS_TO",
        "party:southwest",
        "party:zoltek",
    )
    assert lends["properties"] == {"amount": 2500000.5, "currency": "USD"}
    for item in [*out["nodes"], *out["edges"]]:
        for e in item["evidence"]:
            text = DOC1_TEXT if e["document"] == "doc1" else DOC2_TEXT
            assert text[e["start"] : e["end"]] == e["text"]


def test_both_stores_export_identical_json(
    embedded_store: EmbeddedStore, neo4j_store: Neo4jStore
) -> None:
    for s in (embedded_store, neo4j_store):
        s.upsert(doc_batch())
        s.upsert(second_doc_batch())
    left = json.dumps(embedded_store.export(), sort_keys=False)
    right = json.dumps(neo4j_store.export(), sort_keys=False)
    assert json.loads(left) == json.loads(right)
    assert left == right  # same key order too: clients diff these files


def test_upsert_is_idempotent(store: GraphStore) -> None:
    store.upsert(doc_batch())
    first = store.export()
    store.upsert(doc_batch())
    assert store.export() == first
    assert store.counts()["labels"]["Party"] == 2


def test_reingest_keeps_first_ingested_at(store: GraphStore) -> None:
    store.upsert(doc_batch())
    again = GraphBatch(
        nodes=(
            NodeRow(
                "Document",
                "doc1",
                {
                    "path": "ex10.txt",
                    "title": "First Amendment",
                    "exhibit": "10.14",
                    "chars": len(DOC1_TEXT),
                    "ingested_at": "2030-01-01T00:00:00Z",
                    "text": DOC1_TEXT,
                },
            ),
        )
    )
    store.upsert(again)
    assert node(store.export(), "doc1")["properties"]["ingested_at"] == "2024-01-01T00:00:00Z"


def test_evidence_and_aliases_union_across_documents(store: GraphStore) -> None:
    store.upsert(doc_batch())
    store.upsert(second_doc_batch())
    out = store.export()
    zoltek = node(out, "party:zoltek")
    assert zoltek["properties"]["aliases"] == ["Parent", "Zoltek"]
    assert [(e["document"], e["text"]) for e in zoltek["evidence"]] == [
        ("doc1", "ZOLTEK COMPANIES, INC."),
        ("doc2", "Zoltek Companies, Inc."),
    ]
    assert zoltek["properties"]["jurisdiction"] == "Missouri"  # kept, not overwritten
    lends = edge(out, "lends:sw:zoltek")
    assert [e["document"] for e in lends["evidence"]] == ["doc1", "doc2"]
    assert lends["properties"]["amount"] == 2500000.5
    store.upsert(second_doc_batch())
    assert store.export() == out


@pytest.mark.parametrize("order", ["caps_first", "caps_last"])
def test_capitals_never_replace_a_mixed_case_name(store: GraphStore, order: str) -> None:
    def party(name: str) -> GraphBatch:
        e = Evidence("d" * 64, 0, len(name), name)
        return GraphBatch((NodeRow("Party", "party:acme-holdings-inc", {"name": name}, (), (e,)),))

    batches = [party("ACME HOLDINGS, INC."), party("Acme Holdings, Inc.")]
    for b in batches if order == "caps_first" else batches[::-1]:
        store.upsert(b)
    assert node(store.export(), "party:acme-holdings-inc")["properties"]["name"] == (
        "Acme Holdings, Inc."
    )


@pytest.mark.parametrize("order", ["a_first", "b_first"])
def test_conflicting_statements_settle_the_same_in_any_order(store: GraphStore, order: str) -> None:
    """Two documents state one property differently: any write order gives one graph."""

    def doc(title: str, law: str) -> GraphBatch:
        e = Evidence(title[-1] * 64, 0, len(title), title)
        return GraphBatch(
            (
                NodeRow(
                    "Agreement", "agreement:a4", {"title": title, "governing_law": law}, (), (e,)
                ),
            )
        )

    batches = [doc("Amendment No. 4", "New York"), doc("Amendment #4", "Delaware")]
    for b in batches if order == "a_first" else batches[::-1]:
        store.upsert(b)
    props = node(store.export(), "agreement:a4")["properties"]
    assert (props["title"], props["governing_law"]) == ("Amendment #4", "Delaware")


def test_missing_endpoint_fails_whole_batch(store: GraphStore) -> None:
    store.upsert(doc_batch())
    before = store.export()
    e = ev("doc2", DOC2_TEXT, "Second Amendment")
    bad = GraphBatch(
        nodes=(
            NodeRow("Agreement", "agreement:second", {"title": "Second Amendment"}, (), (e,)),
            NodeRow("Party", "party:zoltek", {"name": "CHANGED"}, ("Changed",), (e,)),
        ),
        edges=(
            EdgeRow(
                "AMENDS",
                "amends:2",
                "agreement:second",
                "Agreement",
                "agreement:credit-2001",
                "Agreement",
                {},
                (e,),
            ),
            EdgeRow(
                "PARTY_TO",
                "party_to:ghost",
                "party:ghost",
                "Party",
                "agreement:second",
                "Agreement",
                {"role": "Lender"},
                (e,),
            ),
        ),
    )
    with pytest.raises(InvalidInput, match="endpoint"):
        store.upsert(bad)
    assert store.export() == before


def test_invalid_rows_are_refused_before_writing(store: GraphStore) -> None:
    e = ev("doc1", DOC1_TEXT, "Parent")
    with pytest.raises(InvalidInput):
        store.upsert(GraphBatch(nodes=(NodeRow("Villain) DETACH DELETE (x", "k", {}, (), (e,)),)))
    with pytest.raises(InvalidInput):
        store.upsert(GraphBatch(nodes=(NodeRow("Party", "p", {"name": {"a": 1}}, (), (e,)),)))
    with pytest.raises(InvalidInput):
        store.upsert(GraphBatch(nodes=(NodeRow("Party", "p", {"name": "No evidence"}),)))
    with pytest.raises(InvalidInput):  # the schema does not allow Party-AMENDS->Party
        store.upsert(
            GraphBatch(edges=(EdgeRow("AMENDS", "x", "a", "Party", "b", "Party", {}, (e,)),))
        )
    assert store.counts()["labels"] == dict.fromkeys(store.counts()["labels"], 0)


def test_concurrent_threads_create_no_duplicates(store: GraphStore) -> None:
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(5):
                store.upsert(doc_batch())
                store.upsert(second_doc_batch())
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    counts = store.counts()
    assert counts["labels"]["Party"] == 2 and counts["labels"]["Document"] == 2
    assert counts["types"]["LENDS_TO"] == 1 and counts["types"]["AMENDS"] == 1


CHILD_UPSERT = """
import sys
sys.path.insert(0, {tests!r})
from test_store_contract import doc_batch, second_doc_batch, open_child_store
store = open_child_store(sys.argv[1], sys.argv[2])
for _ in range(3):
    store.upsert(doc_batch())
    store.upsert(second_doc_batch())
store.close()
"""


def open_child_store(kind: str, where: str) -> GraphStore:
    """How a child process opens the store under test (a data dir or a Bolt URL)."""
    if kind == "embedded":
        return EmbeddedStore(Path(where))
    return Neo4jStore(where)


def store_location(store: GraphStore) -> tuple[str, str]:
    if isinstance(store, EmbeddedStore):
        return "embedded", str(store.data_dir)
    assert isinstance(store, Neo4jStore)
    return "neo4j", f"bolt://{store.address}"


def test_concurrent_processes_create_no_duplicates(store: GraphStore) -> None:
    kind, where = store_location(store)
    code = CHILD_UPSERT.format(tests=str(ROOT / "tests"))
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", code, kind, where], cwd=ROOT, stderr=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    counts = store.counts()
    assert counts["labels"]["Party"] == 2 and counts["labels"]["Agreement"] == 2
    assert counts["types"]["LENDS_TO"] == 1 and counts["types"]["PARTY_TO"] == 1
    assert len(node(store.export(), "party:zoltek")["evidence"]) == 2


def test_search_by_name_alias_and_prefix(store: GraphStore) -> None:
    store.upsert(doc_batch())
    store.upsert(second_doc_batch())
    assert store.search("Southwest Bank", [], 10)[0]["id"] == "party:southwest"
    by_alias = store.search("Parent", ["Party"], 10)
    assert [h["id"] for h in by_alias] == ["party:zoltek"]
    assert by_alias[0]["label"] == "Party" and by_alias[0]["name"] == "Zoltek Companies, Inc."
    assert "agreement:credit-2001" in [h["id"] for h in store.search("credit agr", [], 10)]
    assert store.search("Zolt", ["Agreement"], 10) == []
    # user text is never query syntax: operators and quotes are just punctuation
    assert store.search('"Parent) -[* \\', [], 10)[0]["id"] == "party:zoltek"
    assert store.search("Parent OR AND NOT", [], 10) == []  # words, not operators
    assert store.search("", [], 10) == []
    with pytest.raises(InvalidInput):
        store.search("x", ["Villain"], 10)


def test_counts_text_read_and_clear(store: GraphStore) -> None:
    store.upsert(doc_batch())
    counts = store.counts()
    assert counts["labels"]["Party"] == 2 and counts["labels"]["Instrument"] == 0
    assert counts["types"]["CONTAINS"] == 1 and set(counts["types"]) >= {"AMENDS", "SIGNED"}
    assert store.document_text("doc1") == DOC1_TEXT
    assert store.document_text("nope") is None
    rows = store.read("export_edges")
    assert {r["type"] for r in rows} == {"AMENDS", "PARTY_TO", "LENDS_TO", "CONTAINS"}
    store.ping()
    store.clear()
    assert store.export() == {"nodes": [], "edges": []}


def test_console_converts_nodes_edges_paths(store: GraphStore) -> None:
    store.upsert(doc_batch())
    result = store.console(
        "MATCH p = (a:Party {key: $k})-[r:LENDS_TO]-(b) "
        "RETURN a, r, p, {who: b.name, list: [a.key, 1]} AS m",
        {"k": "party:zoltek"},
        timeout_s=5,
        row_cap=10,
    )
    assert result.columns == ["a", "r", "p", "m"] and not result.truncated
    [[a, r, p, m]] = result.rows
    assert a["id"] == "party:zoltek" and a["label"] == "Party"
    assert a["properties"]["evidence"][0]["text"] == "ZOLTEK COMPANIES, INC."
    assert (r["id"], r["type"], r["source"], r["target"]) == (
        "lends:sw:zoltek",
        "LENDS_TO",
        "party:southwest",
        "party:zoltek",
    )
    assert [n["id"] for n in p["nodes"]] == ["party:zoltek", "party:southwest"]
    assert [e["id"] for e in p["edges"]] == ["lends:sw:zoltek"]
    assert m == {"who": "Southwest Bank of St. Louis", "list": ["party:zoltek", 1]}
    assert sorted(n["id"] for n in result.graph["nodes"]) == ["party:southwest", "party:zoltek"]
    assert [e["id"] for e in result.graph["edges"]] == ["lends:sw:zoltek"]
    only_edge = store.console("MATCH ()-[r:AMENDS]->() RETURN r", {}, timeout_s=5, row_cap=10)
    assert only_edge.rows[0][0]["source"] == "agreement:first-amendment"
    doc = store.console("MATCH (d:Document) RETURN d", {}, timeout_s=5, row_cap=10)
    assert "text" not in doc.rows[0][0]["properties"]


def test_console_row_cap_reports_truncation(store: GraphStore) -> None:
    result = store.console("UNWIND range(1, 50) AS x RETURN x", {}, timeout_s=5, row_cap=10)
    assert result.rows == [[x] for x in range(1, 11)] and result.truncated
    exact = store.console("UNWIND range(1, 10) AS x RETURN x", {}, timeout_s=5, row_cap=10)
    assert len(exact.rows) == 10 and not exact.truncated


def test_open_store_selects_and_refuses(tmp_path: Path, neo4j_store: Neo4jStore) -> None:
    with pytest.raises(ConfigError, match="bolt://"):
        open_store(Settings(store="http://example.com:7474", data_dir=tmp_path))
    with pytest.raises(ConfigError) as info:
        open_store(Settings(store="mysql://root:hunter2@db/x", data_dir=tmp_path))
    assert "hunter2" not in info.value.message
    with pytest.raises(StoreUnavailable, match=r"cannot reach Neo4j at 127\.0\.0\.1:1"):
        open_store(Settings(store="bolt://u:p@127.0.0.1:1", data_dir=tmp_path, connect_timeout_s=2))
    neo = open_store(Settings(store=f"bolt://neo4j:any@{neo4j_store.address}", data_dir=tmp_path))
    try:
        assert neo.kind == "neo4j"
        neo.ping()
    finally:
        neo.close()
    emb = open_store(Settings(data_dir=tmp_path / "emb"))
    try:
        assert emb.kind == "embedded" and emb.export() == {"nodes": [], "edges": []}
    finally:
        emb.close()
