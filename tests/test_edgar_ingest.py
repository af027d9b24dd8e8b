"""``dealgraph fetch`` and ``POST /api/fetch`` end to end: the loopback EDGAR replay into
both stores, with the filer identified by its CIK."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from api_sample_graph import client_for
from typer.testing import CliRunner

from dealgraph.cli import app
from dealgraph.settings import get_settings
from graph.store import GraphStore
from tests.edgar_replay import Replay, load_exhibits, serve
from tests.export_helpers import edges

runner = CliRunner()
UA = "DealGraph Tests tests@example.com"
GLOBAL_MARINE = "party:cik-0000041850"
ACCESSION = "0000041850-96-000001"


@pytest.fixture
def replay() -> Iterator[Replay]:
    yield from serve(Replay(load_exhibits()))


@pytest.fixture
def cli_env(
    store: GraphStore,
    replay: Replay,
    request: pytest.FixtureRequest,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[GraphStore]:
    """The CLI's settings: the test's store, the replay as EDGAR, a private EDGAR folder."""
    if store.kind == "neo4j":
        monkeypatch.setenv("DEALGRAPH_STORE", request.getfixturevalue("neo4j_server").uri)
    else:
        monkeypatch.delenv("DEALGRAPH_STORE", raising=False)
        monkeypatch.setenv("DEALGRAPH_DATA_DIR", str(request.getfixturevalue("embedded_data_dir")))
    monkeypatch.setenv("DEALGRAPH_EDGAR_USER_AGENT", UA)
    monkeypatch.setenv("DEALGRAPH_EDGAR_BASE_URL", replay.url)
    monkeypatch.setenv("DEALGRAPH_EDGAR_DATA_URL", replay.url)
    monkeypatch.setenv("DEALGRAPH_EDGAR_DIR", str(tmp_path / "edgar"))
    get_settings.cache_clear()
    yield store
    get_settings.cache_clear()


def fetch_json(*args: str) -> dict[str, Any]:
    res = runner.invoke(app, ["fetch", *args, "--json"])
    assert res.exit_code == 0, res.output
    data: dict[str, Any] = json.loads(res.stdout)
    return data


def check_global_marine(export: dict[str, Any]) -> None:
    """The 1996 amendment is in the graph with its filing, linked to its filer by CIK."""
    nodes = {n["id"]: n for n in export["nodes"]}
    (doc,) = [n for n in export["nodes"] if n["label"] == "Document"]
    props = doc["properties"]
    assert (props["accession"], props["cik"], props["form_type"]) == (
        ACCESSION,
        "0000041850",
        "10-K",
    )
    assert (props["filing_date"], props["exhibit_type"]) == ("1996-02-29", "EX-10.2")
    (filed,) = edges(export, "FILED_BY", source=doc["id"])
    assert filed["target"] == GLOBAL_MARINE
    assert filed["properties"]["accession"] == ACCESSION
    filer = nodes[GLOBAL_MARINE]["properties"]
    # the text's "Global Marine Inc." (the Guarantor) and EDGAR's "GLOBAL MARINE INC" are one
    assert filer["cik"] == "0000041850" and filer["name"] == "Global Marine Inc."
    assert {"GLOBAL MARINE INC", "Global Marine Inc."} <= set(filer["aliases"])
    roles = {e["properties"].get("role") for e in edges(export, "PARTY_TO", source=GLOBAL_MARINE)}
    assert "Guarantor" in roles
    assert not [k for k in nodes if k.startswith("party:global-marine-inc")]
    # the bank is no filer: its identity stays its name
    bank = [n for n in export["nodes"] if n["label"] == "Party" and "Societe" in str(n)]
    assert bank and all(not b["id"].startswith("party:cik-") for b in bank)


def test_fetch_by_cik_into_the_store(cli_env: GraphStore, replay: Replay) -> None:
    data = fetch_json("--cik", "41850", "--exhibit", "EX-10")
    assert data["fetch"]["documents_fetched"] == 1 and data["fetch"]["company"] == (
        "GLOBAL MARINE INC"
    )
    assert data["ingest"]["documents_added"] == 1
    check_global_marine(cli_env.export())

    sent = len(replay.log)
    again = fetch_json("--cik", "41850", "--exhibit", "EX-10")
    assert again["fetch"]["documents_present"] == 1 and again["fetch"]["requests"] == 0
    assert again["ingest"]["documents_unchanged"] == 1 and again["ingest"]["nodes_added"] == 0
    assert len(replay.log) == sent


def test_fetch_then_ingest_later_gives_the_same_graph(cli_env: GraphStore, tmp_path: Path) -> None:
    out = tmp_path / "filings"
    data = fetch_json("--ticker", "GLM", "--out", str(out), "--no-ingest")
    assert data["ingest"] is None and data["fetch"]["documents_fetched"] == 1
    assert cli_env.counts()["labels"].get("Document", 0) == 0
    res = runner.invoke(app, ["ingest", str(out), "--json"])
    assert res.exit_code == 0, res.output
    check_global_marine(cli_env.export())


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--ticker", "NOPE"], 2, "no EDGAR company with ticker 'NOPE'"),
        (["--accession", "0000041850-96-000099", "--cik", "41850"], 2, "lists no filing"),
        (["--accession", "not-one"], 2, "not an accession number"),
        (["--cik", "41850", "--ticker", "GLM"], 2, "exactly one of"),
    ],
)
def test_bad_requests_exit_with_one_line(
    cli_env: GraphStore, args: list[str], code: int, message: str
) -> None:
    res = runner.invoke(app, ["fetch", *args])
    assert res.exit_code == code
    said = " ".join(res.stderr.split())  # one message (the console wraps it at 80 columns)
    assert said.startswith("error ") and said.count("error ") == 1 and message in said
    assert "Traceback" not in res.output
    assert cli_env.counts()["labels"].get("Document", 0) == 0


def test_without_a_user_agent_nothing_is_asked(
    cli_env: GraphStore, replay: Replay, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DEALGRAPH_EDGAR_USER_AGENT")
    get_settings.cache_clear()
    res = runner.invoke(app, ["fetch", "--cik", "41850"])
    assert res.exit_code == 2 and "DEALGRAPH_EDGAR_USER_AGENT" in res.stderr
    assert replay.log == []


def test_edgar_down_exits_3_and_keeps_the_graph(
    cli_env: GraphStore, replay: Replay, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DEALGRAPH_EDGAR_RETRIES", "0")
    get_settings.cache_clear()
    replay.fail_next("/submissions/CIK0000041850.json", (503, None))
    res = runner.invoke(app, ["fetch", "--cik", "41850"])
    assert res.exit_code == 3 and "EDGAR answered 503" in res.stderr
    assert cli_env.counts()["labels"].get("Document", 0) == 0


def test_the_api_fetches_with_a_token(store: GraphStore, replay: Replay, tmp_path: Path) -> None:
    settings = {
        "api_token": "s3cret",
        "data_dir": tmp_path / "data",
        "edgar_user_agent": UA,
        "edgar_base_url": replay.url,
        "edgar_data_url": replay.url,
    }
    with client_for(store, **settings) as client:
        body = {"cik": "41850", "exhibits": ["EX-10"]}
        r = client.post("/api/fetch", json=body)
        assert r.status_code == 401 and replay.log == []
        auth = {"Authorization": "Bearer s3cret"}
        r = client.post("/api/fetch", json={"ticker": "NOPE"}, headers=auth)
        assert r.status_code == 404 and "ticker 'NOPE'" in r.json()["error"]["message"]
        r = client.post("/api/fetch", json={"cik": "41850", "since": "soon"}, headers=auth)
        assert r.status_code == 400 and r.json()["error"]["code"] == "invalid_input"
        r = client.post("/api/fetch", json=body, headers=auth)
        assert r.status_code == 200, r.text
        answer = r.json()
        assert answer["fetch"]["documents_fetched"] == 1
        assert answer["ingest"]["documents_added"] == 1
    check_global_marine(store.export())


def test_a_server_without_a_user_agent_does_not_fetch(
    embedded_store: GraphStore, replay: Replay, tmp_path: Path
) -> None:
    settings = {"data_dir": tmp_path, "edgar_base_url": replay.url, "edgar_data_url": replay.url}
    with client_for(embedded_store, **settings) as client:
        r = client.post("/api/fetch", json={"cik": "41850"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "fetch_disabled"
    assert "DEALGRAPH_EDGAR_USER_AGENT" in r.json()["error"]["message"] and replay.log == []


def test_a_renamed_filer_is_one_node_for_every_exhibit_of_its_filing(cli_env: GraphStore) -> None:
    """Odyssey's 8-K has three exhibits naming it "Odyssey Group Intl, Inc.", "Odyssey Group
    International, Inc." (its former name) and "Odyssey Health, Inc.": one Party, by CIK."""
    data = fetch_json("--cik", "1626644")
    assert data["ingest"]["documents_added"] == 3
    export = cli_env.export()
    filer = "party:cik-0001626644"
    filed = edges(export, "FILED_BY", target=filer)
    assert len({e["source"] for e in filed}) == 3
    odyssey = [
        n["id"]
        for n in export["nodes"]
        if n["label"] == "Party" and "odyssey" in n["properties"]["name"].lower()
    ]
    assert odyssey == [filer]
    aliases = set(next(n for n in export["nodes"] if n["id"] == filer)["properties"]["aliases"])
    assert {
        "Odyssey Group Intl, Inc.",
        "Odyssey Group International, Inc.",
        "Odyssey Health, Inc.",
    } <= aliases
    # the filer is a party to the notes of both names
    assert len({e["target"] for e in edges(export, "PARTY_TO", source=filer)}) >= 2
