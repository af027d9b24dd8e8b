"""Every read endpoint through the real app, on both stores, with the Zoltek graph."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from api_sample_graph import (
    BANK,
    CREDIT,
    DOC,
    FIRST,
    NOTE,
    RUMY,
    SECOND,
    TEXT,
    ZOLTEK,
    client_for,
    load_zoltek,
)
from fastapi.testclient import TestClient

from graph.batch import EdgeRow, Evidence, GraphBatch, NodeRow
from graph.store import GraphStore


@pytest.fixture
def client(store: GraphStore) -> Iterator[TestClient]:
    load_zoltek(store)
    with client_for(store) as c:
        yield c


def get(client: TestClient, url: str, status: int = 200) -> Any:
    r = client.get(url)
    assert r.status_code == status, r.text
    return r.json()


def assert_cites(evidence: list[dict[str, Any]]) -> None:
    """Every evidence entry quotes the document text exactly at its offsets."""
    assert evidence
    for e in evidence:
        assert e["document"] == DOC
        assert TEXT[e["start"] : e["end"]] == e["text"]


def test_what_amends_the_credit_agreement(client: TestClient) -> None:
    body = get(client, f"/api/agreements/{CREDIT}/amendments?direction=in")
    assert body["agreement"]["id"] == CREDIT
    got = [(a["agreement"]["id"], a["agreement"]["properties"]["date"]) for a in body["amendments"]]
    assert got == [(FIRST, "2003-02-13"), (SECOND, "2004-01-13")]
    for a in body["amendments"]:
        assert a["depth"] == 1
        assert a["relation"]["type"] == "AMENDS"
        assert a["relation"]["source"] == a["agreement"]["id"]
        assert a["relation"]["target"] == CREDIT
        assert_cites(a["relation"]["evidence"])
        assert_cites(a["agreement"]["evidence"])
        assert [n["id"] for n in a["path"]["nodes"]] == [a["agreement"]["id"], CREDIT]
    assert "First\nAmendment" in body["amendments"][0]["relation"]["evidence"][0]["text"]


def test_what_an_amendment_amends(client: TestClient) -> None:
    body = get(client, f"/api/agreements/{SECOND}/amendments?direction=out")
    assert [a["agreement"]["id"] for a in body["amendments"]] == [CREDIT]
    assert get(client, f"/api/agreements/{CREDIT}/amendments?direction=out")["amendments"] == []


def test_transitive_amendments_follow_amendments_of_amendments(
    client: TestClient, store: GraphStore
) -> None:
    third = "agreement:credit-agreement-amendment-3:2004-06-30"
    quote = "Bank and Borrowers desire to amend the Agreement"
    start = TEXT.find(quote)
    evidence = (Evidence(DOC, start, start + len(quote), quote),)
    store.upsert(
        GraphBatch(
            (
                NodeRow(
                    "Agreement",
                    third,
                    {
                        "title": "Third Amendment to Credit Agreement",
                        "kind": "amendment",
                        "date": "2004-06-30",
                    },
                    evidence=evidence,
                ),
            ),
            (
                EdgeRow(
                    "AMENDS",
                    "amends:third-second",
                    third,
                    "Agreement",
                    SECOND,
                    "Agreement",
                    {"date": "2004-06-30"},
                    evidence,
                ),
            ),
        )
    )
    direct = get(client, f"/api/agreements/{CREDIT}/amendments?direction=in")
    assert [a["agreement"]["id"] for a in direct["amendments"]] == [FIRST, SECOND]
    body = get(client, f"/api/agreements/{CREDIT}/amendments?direction=in&transitive=true")
    assert body["transitive"] is True
    got = [(a["agreement"]["id"], a["depth"]) for a in body["amendments"]]
    assert got == [(FIRST, 1), (SECOND, 1), (third, 2)]
    path = body["amendments"][2]["path"]
    assert [n["id"] for n in path["nodes"]] == [third, SECOND, CREDIT]
    assert [e["id"] for e in path["edges"]] == ["amends:third-second", "amends:second-credit"]
    out = get(client, f"/api/agreements/{third}/amendments?direction=out&transitive=true")
    assert [(a["agreement"]["id"], a["depth"]) for a in out["amendments"]] == [
        (CREDIT, 2),
        (SECOND, 1),
    ]
    chain = get(client, f"/api/agreements/{third}/chain")
    assert chain["original"]["id"] == CREDIT
    assert [link["agreement"]["id"] for link in chain["chain"]] == [CREDIT, FIRST, SECOND, third]


def test_chain_runs_from_the_original_to_the_latest(client: TestClient) -> None:
    for start in (CREDIT, FIRST, SECOND):
        body = get(client, f"/api/agreements/{start}/chain")
        assert body["agreement"]["id"] == start
        assert body["original"]["id"] == CREDIT
        links = body["chain"]
        assert [link["agreement"]["id"] for link in links] == [CREDIT, FIRST, SECOND]
        assert links[0]["amends"] == []
        assert [e["target"] for e in links[2]["amends"]] == [CREDIT]


def test_who_lends_to_zoltek(client: TestClient) -> None:
    body = get(client, f"/api/parties/{ZOLTEK}/lenders")
    assert body["party"]["properties"]["name"] == "Zoltek Companies, Inc."
    [item] = body["items"]
    assert item["party"]["id"] == BANK
    assert item["party"]["properties"]["name"] == "Southwest Bank of St. Louis"
    assert item["amount"] == 5000000
    assert item["currency"] == "USD"
    assert item["instrument"]["id"] == NOTE
    assert_cites(item["relation"]["evidence"])
    assert get(client, f"/api/parties/{BANK}/lenders")["items"] == []


def test_whom_the_bank_lends_to(client: TestClient) -> None:
    body = get(client, f"/api/parties/{BANK}/borrowers")
    assert [(i["party"]["id"], i["amount"]) for i in body["items"]] == [(ZOLTEK, 5000000)]


def test_party_agreements_group_roles(client: TestClient) -> None:
    body = get(client, f"/api/parties/{ZOLTEK}/agreements")
    got = {i["agreement"]["id"]: sorted(i["roles"]) for i in body["items"]}
    assert got == {CREDIT: ["Borrower"], SECOND: ["Borrower", "Parent"]}
    assert [i["agreement"]["id"] for i in body["items"]] == [CREDIT, SECOND]  # date order
    assert (body["total"], body["limit"], body["offset"]) == (2, 100, 0)


def test_party_agreements_come_in_pages(client: TestClient) -> None:
    """One agreement per page, every role of it on its page, and the total on each."""
    pages = [get(client, f"/api/parties/{ZOLTEK}/agreements?limit=1&offset={o}") for o in (0, 1, 2)]
    assert [[i["agreement"]["id"] for i in p["items"]] for p in pages] == [[CREDIT], [SECOND], []]
    assert sorted(pages[1]["items"][0]["roles"]) == ["Borrower", "Parent"]
    assert {p["total"] for p in pages} == {2}
    assert client.get(f"/api/parties/{ZOLTEK}/agreements?limit=0").status_code == 422
    assert get(client, f"/api/parties/{ZOLTEK}")["agreements_total"] == 2


def test_party_detail(client: TestClient) -> None:
    bank = get(client, f"/api/parties/{BANK}")
    assert bank["aliases"] == ["Bank"]
    [waiver] = bank["waivers"]
    assert waiver["node"]["id"] == SECOND
    assert waiver["edge"]["properties"]["what"] == "covenants 6.03(a)-(c)"
    assert_cites(waiver["edge"]["evidence"])
    zoltek = get(client, f"/api/parties/{ZOLTEK}")
    assert zoltek["aliases"] == ["Borrower", "Parent"]
    [sig] = zoltek["signatories"]
    assert sig["node"]["id"] == RUMY
    assert sig["edge"]["properties"]["title"] == "President"
    rumy = get(client, f"/api/parties/{RUMY}")
    assert [s["node"]["id"] for s in rumy["signed"]] == [SECOND]


def test_agreement_detail(client: TestClient) -> None:
    body = get(client, f"/api/agreements/{SECOND}")
    assert body["agreement"]["properties"]["title"] == "Second Amendment to Credit Agreement"
    assert_cites(body["agreement"]["evidence"])
    roles = {p["party"]["id"]: sorted(p["roles"]) for p in body["parties"]}
    assert roles == {BANK: ["Bank"], ZOLTEK: ["Borrower", "Parent"]}
    assert [d["id"] for d in body["documents"]] == [DOC]
    assert "text" not in body["documents"][0]["properties"]
    assert [r["node"]["id"] for r in body["amends"]] == [CREDIT]
    assert [r["node"]["id"] for r in body["waivers"]] == [BANK]
    assert [r["node"]["id"] for r in body["signatures"]] == [RUMY]
    credit = get(client, f"/api/agreements/{CREDIT}")
    assert [r["node"]["id"] for r in credit["instruments"]] == [NOTE]
    assert [r["node"]["id"] for r in credit["amended_by"]] == [FIRST, SECOND]


def test_instrument_detail(client: TestClient) -> None:
    body = get(client, f"/api/instruments/{NOTE}")
    assert body["instrument"]["properties"]["amount"] == 5000000
    assert [r["node"]["id"] for r in body["issuers"]] == [ZOLTEK]
    assert [(r["node"]["id"], r["edge"]["properties"]["amount"]) for r in body["holders"]] == [
        (BANK, 5000000)
    ]
    assert [r["node"]["id"] for r in body["issued_under"]] == [CREDIT]
    assert body["secured_by"] == []


def test_node_with_relations_grouped_by_type(client: TestClient) -> None:
    body = get(client, f"/api/nodes/{CREDIT}")
    assert body["node"]["label"] == "Agreement"
    assert_cites(body["node"]["evidence"])
    rel = body["relations"]
    assert sorted(rel) == ["AMENDS", "ISSUED_UNDER", "PARTY_TO"]
    assert {r["node"]["id"] for r in rel["AMENDS"]} == {FIRST, SECOND}
    assert all(r["direction"] == "in" for r in rel["AMENDS"])
    doc = get(client, f"/api/nodes/{DOC}")
    assert doc["node"]["label"] == "Document"
    assert "text" not in doc["node"]["properties"]
    assert {r["node"]["id"] for r in doc["relations"]["CONTAINS"]} == {SECOND, NOTE}


def test_neighbors_filters_pages_and_counts_more(client: TestClient) -> None:
    body = get(client, f"/api/nodes/{ZOLTEK}/neighbors")
    assert body["nodes"][0]["id"] == ZOLTEK
    assert body["more"] == 0
    assert len(body["edges"]) == 5  # 3 PARTY_TO out, ISSUES out, LENDS_TO in
    page = get(client, f"/api/nodes/{ZOLTEK}/neighbors?types=PARTY_TO&direction=out&limit=2")
    assert len(page["edges"]) == 2 and page["more"] == 1
    assert {e["type"] for e in page["edges"]} == {"PARTY_TO"}
    inbound = get(client, f"/api/nodes/{ZOLTEK}/neighbors?types=LENDS_TO,AMENDS&direction=in")
    assert [(e["source"], e["type"]) for e in inbound["edges"]] == [(BANK, "LENDS_TO")]
    assert {n["id"] for n in inbound["nodes"]} == {ZOLTEK, BANK}
    outbound = get(client, f"/api/nodes/{ZOLTEK}/neighbors?types=LENDS_TO&direction=out")
    assert outbound["edges"] == [] and outbound["more"] == 0


def test_neighbors_rejects_unknown_types(client: TestClient) -> None:
    body = get(client, f"/api/nodes/{ZOLTEK}/neighbors?types=OWNS", status=400)
    assert body["error"]["code"] == "invalid_input"
    assert "OWNS" in body["error"]["message"]
    injection = "AMENDS]->() DETACH DELETE n //"
    assert get(client, f"/api/nodes/{ZOLTEK}/neighbors?types={injection}", 400)["error"]


def test_unknown_keys_answer_404(client: TestClient) -> None:
    for url in (
        "/api/nodes/party:nobody",
        "/api/nodes/party:nobody/neighbors",
        "/api/agreements/agreement:none",
        "/api/agreements/agreement:none/amendments",
        "/api/agreements/agreement:none/chain",
        f"/api/agreements/{ZOLTEK}",
        "/api/parties/party:nobody",
        "/api/parties/party:nobody/lenders",
        "/api/parties/party:nobody/borrowers",
        "/api/parties/party:nobody/agreements",
        f"/api/parties/{CREDIT}",
        "/api/instruments/instrument:none",
        "/api/documents/0000",
        "/api/documents/0000/text",
    ):
        body = get(client, url, status=404)
        assert body["error"]["code"] == "not_found", url


def test_documents_list_one_and_text(client: TestClient) -> None:
    listing = get(client, "/api/documents")
    [doc] = listing["items"]
    assert doc["id"] == DOC
    assert doc["properties"]["exhibit"] == "10.14"
    assert "text" not in doc["properties"]
    one = get(client, f"/api/documents/{DOC}")
    assert {n["id"] for n in one["contains"]} == {SECOND, NOTE}
    r = client.get(f"/api/documents/{DOC}/text")
    assert r.status_code == 200
    assert r.headers["content-type"] == "text/plain; charset=utf-8"
    assert r.text == TEXT
    lenders = get(client, f"/api/parties/{ZOLTEK}/lenders")
    e = lenders["items"][0]["relation"]["evidence"][0]
    assert r.text[e["start"] : e["end"]] == e["text"]


def test_health_counts(client: TestClient, store: GraphStore) -> None:
    body = get(client, "/api/health")
    assert body["status"] == "ok"
    assert body["store"] == store.kind
    assert body["counts"]["labels"]["Agreement"] == 3
    assert body["counts"]["labels"]["Party"] == 3
    assert body["counts"]["types"]["AMENDS"] == 2
    assert body["counts"]["types"]["LENDS_TO"] == 1


def test_search_finds_parties_and_agreements(client: TestClient) -> None:
    body = get(client, "/api/search?q=Zoltek")
    assert ZOLTEK in [h["id"] for h in body["items"]]
    body = get(client, "/api/search?q=amendment&label=Agreement")
    assert {h["id"] for h in body["items"]} >= {FIRST, SECOND}
    assert all(h["label"] == "Agreement" for h in body["items"])
    assert get(client, "/api/search?q=x&label=Nope", status=400)["error"]["code"] == "invalid_input"
    assert get(client, "/api/search?q=", status=422)["error"]["code"] == "validation_error"


def test_export_is_the_whole_graph(client: TestClient) -> None:
    body = get(client, "/api/export")
    ids = {n["id"] for n in body["nodes"]}
    assert {CREDIT, FIRST, SECOND, ZOLTEK, BANK, RUMY, NOTE, DOC} <= ids
    lends = [e for e in body["edges"] if e["type"] == "LENDS_TO"]
    assert [(e["source"], e["target"]) for e in lends] == [(BANK, ZOLTEK)]
    assert_cites(lends[0]["evidence"])


def test_console_answers_rows_and_graph(client: TestClient) -> None:
    r = client.post(
        "/api/cypher",
        json={
            "query": "MATCH (a:Agreement)-[r:AMENDS]->(b:Agreement {key: $k}) "
            "RETURN a.title AS title, r ORDER BY a.date",
            "params": {"k": CREDIT},
        },
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["columns"] == ["title", "r"]
    assert [row[0] for row in body["rows"]] == [
        "First Amendment to Credit Agreement",
        "Second Amendment to Credit Agreement",
    ]
    assert {e["id"] for e in body["graph"]["edges"]} == {
        "amends:first-credit",
        "amends:second-credit",
    }
    assert body["truncated"] is False
    assert body["elapsed_ms"] >= 0


def test_console_values_are_always_json(client: TestClient) -> None:
    r = client.post(
        "/api/cypher",
        json={"query": "RETURN duration({days: 1}) AS d, 0.0 / 0.0 AS nan, [1, 2.5] AS xs"},
    )
    assert r.status_code == 200, r.text
    [[d, nan, xs]] = r.json()["rows"]
    assert d  # each engine spells a duration its own way; neither may answer a 500
    assert nan is None
    assert xs == [1, 2.5]
