"""From the real sample files to the graph, on both stores: the facts the seeds state,
evidence that quotes the text exactly, and re-ingestion that changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dealgraph.pipeline import ingest_paths
from dealgraph.settings import Settings
from graph.store import GraphStore
from tests.export_helpers import edges, one, without_timestamps
from tests.paths import CORPUS, SEEDS

EDGAR = sorted((CORPUS / "edgar").glob("*.txt"))


@pytest.fixture
def seeded(store: GraphStore, tmp_path: Path) -> dict:
    summary = ingest_paths(store, [SEEDS], Settings(data_dir=tmp_path))
    assert summary.ok and summary.documents_added == 3
    return store.export()


def test_the_seed_facts_of_the_issue(seeded: dict) -> None:
    credit = one(seeded, "Agreement", "Credit Agreement", "2001-05-11")
    first = one(seeded, "Agreement", "First Amendment to Credit Agreement", "2003-02-13")
    second = one(seeded, "Agreement", "Second Amendment to Credit Agreement", "2004-01-13")
    assert edges(seeded, "AMENDS", second["id"], credit["id"])
    assert edges(seeded, "AMENDS", first["id"], credit["id"])

    bank = one(seeded, "Party", "Southwest Bank of St. Louis")
    borrowers = [
        "Zoltek Companies, Inc.",
        "Zoltek Corporation",
        "Cape Composites, Inc.",
        "Engineering Technology Corporation",
        "Zoltek Properties, Inc.",
    ]
    for name in [*borrowers, "Southwest Bank of St. Louis"]:
        party = one(seeded, "Party", name)
        assert edges(seeded, "PARTY_TO", party["id"], second["id"]), name

    zoltek = one(seeded, "Party", "Zoltek Companies, Inc.")
    assert edges(seeded, "LENDS_TO", bank["id"], zoltek["id"])
    waivers = edges(seeded, "WAIVES", bank["id"], credit["id"])
    assert waivers and "covenant" in json.dumps(waivers[0]["properties"]).lower()

    warrants = one(seeded, "Instrument", "Additional Warrants")
    quantities = {
        "Rockmore Investment Master Fund, Ltd": 144219,
        "Omicron Master Trust": 311065,
        "Smithfield Fiduciary LLC": 124168,
        "Iroquois Capital, L.P.": 82779,
        "Cranshire Capital, L.P.": 82779,
        "Midsummer Investment Ltd.": 82779,
    }
    for lender, quantity in quantities.items():
        holds = edges(seeded, "HOLDS", one(seeded, "Party", lender)["id"], warrants["id"])
        assert holds and holds[0]["properties"].get("quantity") == quantity, lender

    debenture = one(seeded, "Instrument", "Subordinated Convertible Debenture")
    assert debenture["properties"]["interest_rate"] == 7
    assert debenture["properties"]["maturity_date"] == "2008-02-13"
    under = edges(seeded, "ISSUED_UNDER", debenture["id"])
    assert under, "the Debenture is issued under the Debenture Agreement"
    target = next(n for n in seeded["nodes"] if n["id"] == under[0]["target"])
    assert "debenture" in target["properties"]["title"].lower()


def test_every_evidence_quotes_its_document_exactly(seeded: dict, store: GraphStore) -> None:
    texts: dict[str, str] = {}
    items = [*seeded["nodes"], *seeded["edges"]]
    assert all(item["evidence"] for item in items), "nothing enters the graph without evidence"
    for item in items:
        for ev in item["evidence"]:
            text = texts.setdefault(ev["document"], store.document_text(ev["document"]) or "")
            assert text[ev["start"] : ev["end"]] == ev["text"]


def test_reingesting_changes_nothing(seeded: dict, store: GraphStore, tmp_path: Path) -> None:
    again = ingest_paths(store, [SEEDS], Settings(data_dir=tmp_path))
    assert again.documents_added == 0 and again.documents_unchanged == 3
    assert again.nodes_added == 0 and again.edges_added == 0
    assert json.dumps(store.export(), sort_keys=True) == json.dumps(seeded, sort_keys=True)


def test_all_samples_ingest_and_twice_is_identical(
    embedded_store: GraphStore, tmp_path: Path
) -> None:
    """All 45 real samples, twice, on the embedded store (the Neo4j run is in the bench)."""
    settings = Settings(data_dir=tmp_path)
    first = ingest_paths(embedded_store, [SEEDS, *EDGAR], settings)
    assert first.ok, first.errors
    assert first.documents_added == 3 + len(EDGAR) == 45
    export1 = without_timestamps(embedded_store.export())
    embedded_store.clear()
    ingest_paths(embedded_store, [SEEDS, *EDGAR], settings)
    ingest_paths(embedded_store, [SEEDS, *EDGAR], settings)
    export2 = without_timestamps(embedded_store.export())
    assert json.dumps(export1, sort_keys=True) == json.dumps(export2, sort_keys=True)
