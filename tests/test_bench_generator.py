"""The benchmark's graph generator builds a consistent graph through the real embedded store,
and the API's named queries answer what the generator says they should (no timings here)."""

from __future__ import annotations

import re

import pytest

from bench import query_bench
from bench.scale_graph import ScaledGraph, ScaleSpec, build
from graph.embedded_store import EmbeddedStore


@pytest.fixture
def scaled(embedded_store: EmbeddedStore) -> ScaledGraph:
    spec = ScaleSpec.of(0.002)  # 200 agreements, 60 parties
    assert spec.agreements == 200
    return build(embedded_store, spec, batch_agreements=50)


def test_counts_match_what_was_generated(embedded_store: EmbeddedStore, scaled: ScaledGraph):
    chains = scaled.chains
    assert sum(len(c.agreements) for c in chains) == 200
    assert all(1 <= len(c.agreements) <= 12 for c in chains)
    assert scaled.batches > 1
    counts = embedded_store.counts()
    assert counts["labels"]["Agreement"] == 200
    assert counts["labels"]["Document"] == 200
    assert counts["labels"]["Party"] == len(scaled.parties) == 60
    assert counts["labels"]["Instrument"] == len(chains)
    assert counts["types"]["AMENDS"] == 200 - len(chains)
    assert counts["types"]["CONTAINS"] == 200
    assert counts["types"]["ISSUED_UNDER"] == len(chains)
    lends = {(lender, c.borrower) for c in chains for lender in c.lenders}
    assert counts["types"]["LENDS_TO"] == len(lends)
    assert counts["types"]["PARTY_TO"] == sum(
        len(c.agreements) * (1 + len(c.lenders)) + len(c.guarantors) for c in chains
    )


def test_every_citation_quotes_its_document(embedded_store: EmbeddedStore, scaled: ScaledGraph):
    export = embedded_store.export()
    texts: dict[str, str] = {}
    cited = 0
    for item in export["nodes"] + export["edges"]:
        if item.get("label") != "Document":
            assert item["evidence"], item["id"]
        for ev in item["evidence"]:
            if ev["document"] not in texts:
                text = embedded_store.document_text(ev["document"])
                assert text is not None
                texts[ev["document"]] = text
            assert texts[ev["document"]][ev["start"] : ev["end"]] == ev["text"]
            cited += 1
    assert cited > 1000


def test_keys_are_shaped_like_ingestion_keys(scaled: ScaledGraph):
    assert all(re.fullmatch(r"party:[a-z0-9-]+", k) for k in scaled.parties)
    assert all(
        re.fullmatch(r"agreement:[a-z0-9-]+:\d{4}-\d{2}-\d{2}", k) for k in scaled.agreement_keys
    )
    assert len(set(scaled.agreement_keys)) == 200


def test_named_queries_answer_the_generated_facts(
    embedded_store: EmbeddedStore, scaled: ScaledGraph
):
    longest = max(scaled.chains, key=lambda c: len(c.agreements))
    base = longest.agreements[0]
    [row] = embedded_store.read("api_amendments_in_transitive", {"key": base})
    found = row["amendments"]
    assert {a["agreement"]["id"] for a in found} == set(longest.agreements[1:])
    assert max((a["depth"] for a in found), default=0) == len(longest.agreements) - 1

    for borrower, lenders in list(scaled.lenders_of().items())[:10]:
        [row] = embedded_store.read("api_lenders", {"key": borrower})
        assert {i["party"]["id"] for i in row["items"]} == lenders
        assert all(i["instrument"] is not None for i in row["items"])

    for party, agreements in list(scaled.agreements_of().items())[:10]:
        params = {"key": party, "skip": 0, "limit": len(agreements)}
        rows = embedded_store.read("api_party_agreements", params)
        assert {r["node.id"] for r in rows if r["relation.id"]} == agreements

    name = next(iter(scaled.parties.values())).name
    hits = embedded_store.search(name, query_bench.SEARCH_LABELS, 20)
    assert next(iter(scaled.parties)) in {h["id"] for h in hits}


def test_query_benchmark_runs_every_query(embedded_store: EmbeddedStore, scaled: ScaledGraph):
    figures = query_bench.run(embedded_store, scaled, samples=5, runs=1, warmup=1)
    assert set(figures) == set(query_bench.QUERIES)
    assert figures["neighbors"]["rows_max"] <= 25
    assert figures["amends_transitive"]["rows_max"] <= 11 * 12
    assert figures["search"]["rows_mean"] >= 1
