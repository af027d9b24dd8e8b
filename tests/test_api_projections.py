"""What list answers carry: node properties without node evidence, edges with theirs.

The named queries spell out the properties a listed node shows (``queries/api.cypher``);
these tests keep that list equal to the schema's, and check on both stores that lists leave
node evidence to the node's own answer while every edge keeps its citation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from api_sample_graph import BANK, CREDIT, DOC, SECOND, TEXT, ZOLTEK, client_for, load_zoltek
from fastapi.testclient import TestClient

from graph import dialect, queries, schema
from graph.batch import Evidence, GraphBatch, NodeRow
from graph.store import GraphStore

API_CYPHER = "\n".join(
    queries.get(name, engine)
    for name in sorted(queries.names())
    if name.startswith("api_")
    for engine in queries.ENGINES
)
#: every declared property a node shows (its key is its id; a Document's text has its own path)
SHOWN = {p for t in schema.NODE_TYPES.values() for p in t.properties} - {"key", "text"}
PROJECTION = re.compile(
    r"(\w+) \{id: \1\.key, label: labels\(\1\)\[0\], properties: \1 \{([^}]*)\}\}"
)
FULL = ".*, text: null, search_text: null"


def test_listed_nodes_show_every_declared_property_and_no_evidence() -> None:
    found = PROJECTION.findall(API_CYPHER)
    assert len(found) > 20
    for var, props in found:
        if props == FULL:
            continue
        names = [p.strip() for p in props.split(",")]
        assert all(n.startswith(".") for n in names), (var, props)
        assert {n[1:] for n in names} == SHOWN, var


def test_rows_of_values_show_every_property_of_their_labels() -> None:
    text = queries.get("api_party_agreements")
    for branch in text.split("UNION ALL"):
        fields = set(re.findall(r"AS `node\.(\w+)`", branch)) - {"id", "label"}
        labels = ("Party", "Agreement", "Instrument")
        assert fields == {p for lab in labels for p in schema.NODE_TYPES[lab].properties} - {"key"}


@pytest.fixture
def client(store: GraphStore) -> Iterator[TestClient]:
    load_zoltek(store)
    with client_for(store) as c:
        yield c


def get(client: TestClient, url: str) -> Any:
    r = client.get(url)
    assert r.status_code == 200, r.text
    return r.json()


def cites(evidence: list[dict[str, Any]]) -> bool:
    return bool(evidence) and all(TEXT[e["start"] : e["end"]] == e["text"] for e in evidence)


def test_lists_carry_edge_evidence_and_leave_node_evidence_to_the_node(
    client: TestClient,
) -> None:
    lenders = get(client, f"/api/parties/{ZOLTEK}/lenders")
    assert lenders["party"]["evidence"] is None
    [item] = lenders["items"]
    assert item["party"]["id"] == BANK and item["party"]["evidence"] is None
    assert item["party"]["properties"]["aliases"] == ["Bank"]
    assert cites(item["relation"]["evidence"])
    agreements = get(client, f"/api/parties/{ZOLTEK}/agreements")
    assert all(i["agreement"]["evidence"] is None for i in agreements["items"])
    assert all(cites(e["evidence"]) for i in agreements["items"] for e in i["relations"])
    page = get(client, f"/api/nodes/{CREDIT}/neighbors")
    assert all(n["evidence"] is None for n in page["nodes"])
    assert all(cites(e["evidence"]) for e in page["edges"])
    detail = get(client, f"/api/nodes/{BANK}")
    assert cites(detail["node"]["evidence"])
    assert all(r["node"]["evidence"] is None for rels in detail["relations"].values() for r in rels)
    assert cites(get(client, f"/api/parties/{BANK}")["party"]["evidence"])


def test_documents_are_listed_without_their_text(client: TestClient) -> None:
    detail = get(client, f"/api/agreements/{SECOND}")
    assert [d["id"] for d in detail["documents"]] == [DOC]
    assert detail["documents"][0]["properties"]["chars"] == len(TEXT)
    assert "text" not in detail["documents"][0]["properties"]
    assert "text" not in get(client, f"/api/documents/{DOC}")["document"]["properties"]


def test_search_finds_documents_only_when_asked(client: TestClient) -> None:
    title = "Second Amendment to Credit Agreement"
    default = get(client, f"/api/search?q={title}")["items"]
    assert SECOND in [h["id"] for h in default]
    assert all(h["label"] != "Document" for h in default)
    asked = get(client, f"/api/search?q={title}&label=Document")["items"]
    assert [h["id"] for h in asked] == [DOC]


def test_a_broad_word_still_answers_a_full_page(store: GraphStore) -> None:
    """More matches than one search ranks (SEARCH_CANDIDATES): a full page, best first."""
    quote = "Credit Agreement"
    start = TEXT.find(quote)
    evidence = (Evidence(DOC, start, start + len(quote), quote),)
    many = dialect.SEARCH_CANDIDATES + 50
    load_zoltek(store)
    store.upsert(
        GraphBatch(
            tuple(
                NodeRow(
                    "Agreement",
                    f"agreement:loan-agreement-{i:04d}",
                    {"title": f"Loan Agreement {i}", "kind": "loan_agreement"},
                    evidence=evidence,
                )
                for i in range(many)
            ),
            (),
        )
    )
    hits = store.search("loan agreement", ["Agreement"], 20)
    assert len(hits) == 20 and all(h["label"] == "Agreement" for h in hits)
    scores = [h["score"] for h in hits]
    assert scores == sorted(scores, reverse=True)
