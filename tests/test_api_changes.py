"""What each amendment changed, and the agreement as amended, through the real app on both
stores: the seeds ingested from their files, and re-ingestion that changes nothing."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from api_sample_graph import client_for
from fastapi.testclient import TestClient

from dealgraph.pipeline import ingest_paths
from dealgraph.settings import Settings
from graph.store import GraphStore
from tests.export_helpers import one
from tests.paths import SEEDS

SECOND_SEED = SEEDS / "002_b203cef46917a992.txt"


@pytest.fixture
def seeded(store: GraphStore, tmp_path: Path) -> Iterator[tuple[TestClient, dict[str, Any]]]:
    summary = ingest_paths(store, [SEEDS], Settings(data_dir=tmp_path))
    assert summary.ok
    with client_for(store) as c:
        yield c, store.export()


def get(client: TestClient, url: str, status: int = 200) -> Any:
    r = client.get(url)
    assert r.status_code == status, r.text
    return r.json()


def _cites(client: TestClient, evidence: list[dict[str, Any]]) -> None:
    for e in evidence:
        text = client.get(f"/api/documents/{e['document']}/text").text
        assert text[e["start"] : e["end"]] == e["text"]


def test_the_second_amendment_replaces_3_02_and_3_03a(
    seeded: tuple[TestClient, dict[str, Any]],
) -> None:
    client, graph = seeded
    second = one(graph, "Agreement", "Second Amendment to Credit Agreement", "2004-01-13")
    credit = one(graph, "Agreement", "Credit Agreement", "2001-05-11")
    body = get(client, f"/api/agreements/{second['id']}/changes")
    got = {
        (c["provision"]["properties"]["section"], c["action"], c["amended"]["id"])
        for c in body["changes"]
    }
    assert got == {("3.02", "replace", credit["id"]), ("3.03(a)", "replace", credit["id"])}
    source = SECOND_SEED.read_text(encoding="utf-8")
    by_section = {c["provision"]["properties"]["section"]: c for c in body["changes"]}
    new_302 = by_section["3.02"]["new_text"]
    assert new_302.startswith("3.02 TERM OF REVOLVING CREDIT FACILITY.")
    assert new_302.endswith("termination of this Agreement.")
    assert "to and including January 31, 2005" in new_302
    new_303 = by_section["3.03(a)"]["new_text"]
    assert new_303.startswith("(a) Principal payable on account of the")
    assert '(the "Revolving Loan Maturity Date")' in new_303 and new_303.endswith("excess;")
    for c in body["changes"]:
        assert c["new_text"] in source
        assert c["effective_date"] == "2004-01-13"
        assert c["amendment"]["id"] == second["id"]
        evidence = c["relation"]["evidence"]
        assert any(e["text"] == c["new_text"] for e in evidence)
        assert any("deleted in" in e["text"] for e in evidence)
        _cites(client, evidence)
    assert by_section["3.02"]["provision"]["properties"]["heading"] == (
        "TERM OF REVOLVING CREDIT FACILITY"
    )


def test_the_credit_agreement_as_amended(seeded: tuple[TestClient, dict[str, Any]]) -> None:
    client, graph = seeded
    credit = one(graph, "Agreement", "Credit Agreement", "2001-05-11")
    body = get(client, f"/api/agreements/{credit['id']}/provisions")
    sections = [p["provision"]["properties"]["section"] for p in body["provisions"]]
    assert sections == ["3.02", "3.03(a)"]
    for p in body["provisions"]:
        assert p["provision"]["properties"]["agreement"] == credit["id"]
        (change,) = p["history"]
        assert change["amendment"]["properties"]["date"] == "2004-01-13"
        assert p["current_text"] == change["new_text"]


def test_unknown_agreement_is_404(seeded: tuple[TestClient, dict[str, Any]]) -> None:
    client, _ = seeded
    for path in ("changes", "provisions"):
        body = get(client, f"/api/agreements/agreement:nothing/{path}", 404)
        assert body["error"]["code"]


def test_reingesting_the_seeds_changes_no_provision(store: GraphStore, tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    ingest_paths(store, [SEEDS], settings)
    before = store.export()
    ingest_paths(store, [SEEDS], settings)
    after = store.export()

    def changes(g: dict[str, Any]) -> list[Any]:
        nodes = sorted((n["id"], n["properties"]) for n in g["nodes"] if n["label"] == "Provision")
        rels = sorted(
            (e["id"], e["properties"])
            for e in g["edges"]
            if e["type"] in ("CHANGES", "PROVISION_OF")
        )
        return [nodes, rels]

    assert changes(before) == changes(after)
    assert len(changes(before)[0]) >= 3


def test_the_original_wording_leads_the_history_where_the_graph_holds_it(
    store: GraphStore, tmp_path: Path
) -> None:
    """A short Credit Agreement written for the tests merges with the one the seeds amend; its
    Section 3.02 is the original wording, before the Second Amendment's."""
    base = Path(__file__).parent / "data" / "changes" / "credit_agreement.txt"
    assert ingest_paths(store, [SEEDS, base], Settings(data_dir=tmp_path)).ok
    graph = store.export()
    credit = one(graph, "Agreement", "Credit Agreement", "2001-05-11")
    with client_for(store) as client:
        body = get(client, f"/api/agreements/{credit['id']}/provisions")
        # only changed provisions: 3.01 and 3.03 of the base are in the graph but unchanged
        sections = [p["provision"]["properties"]["section"] for p in body["provisions"]]
        assert sections == ["3.02", "3.03(a)"]
        s302 = body["provisions"][0]
        original = s302["original"]
        assert original["text"].startswith("3.02 TERM OF REVOLVING CREDIT FACILITY.")
        assert "May 31, 2003" in original["text"]
        _cites(client, [original])
        assert s302["current_text"] == s302["history"][-1]["new_text"]
        assert "January 31, 2005" in s302["current_text"]
        assert body["provisions"][1]["original"] is None


def _console_example(name: str) -> str:
    """The query of a console example, read from the UI's source (a JSON-compatible string)."""
    source = (Path(__file__).parents[1] / "api" / "ui" / "src" / "console.js").read_text()
    m = re.search(r'name: "' + re.escape(name) + r'",\s*query:\s*("(?:[^"\\]|\\.)*")', source)
    assert m, name
    query: str = json.loads(m.group(1))
    return query


def test_the_console_examples_answer_on_the_seeds(store: GraphStore, tmp_path: Path) -> None:
    third = Path(__file__).parent / "data" / "changes" / "third_amendment.txt"
    assert ingest_paths(store, [SEEDS, third], Settings(data_dir=tmp_path)).ok
    with client_for(store) as client:
        body = client.post(
            "/api/cypher",
            json={
                "query": _console_example("Every change to the Maturity Date"),
                "params": {"term": "Maturity Date"},
            },
        ).json()
        rows = [dict(zip(body["columns"], r, strict=True)) for r in body["rows"]]
        assert [(r["date"], r["provision"], r["action"]) for r in rows] == [
            ("2004-01-13", "3.03(a)", "replace"),  # "(v) January 31, 2005 (the "Revolving Loan
            ("2004-06-30", "Maturity Date", "amend"),  # Maturity Date")"; then the definition
        ]
        body = client.post(
            "/api/cypher",
            json={
                "query": _console_example("What the Second Amendment changed"),
                "params": {"title": "Second Amendment to Credit Agreement"},
            },
        ).json()
        rows = [dict(zip(body["columns"], r, strict=True)) for r in body["rows"]]
        assert [(r["section"], r["action"], r["of"]) for r in rows] == [
            ("3.02", "replace", "Credit Agreement"),
            ("3.03(a)", "replace", "Credit Agreement"),
        ]
