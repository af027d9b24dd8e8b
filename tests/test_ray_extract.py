"""``dealgraph extract --engine ray`` and ``dealgraph load`` of its shards, on both stores.

Ray starts once for the whole module (``ray_run``: tens of seconds on a busy machine), on a
local Ray started by the command itself, over real samples of every kind: plain EDGAR
exhibits, an HTML exhibit, a full submission with several agreements, and an empty file
that must fail alone. Shards of two documents, so that the load tests have several shards.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from dealgraph.cli import app
from dealgraph.ray_extract import plan_input, shown_name
from dealgraph.settings import get_settings
from graph.store import GraphStore
from tests.export_helpers import without_timestamps
from tests.paths import CORPUS, REPO, SEEDS

runner = CliRunner()
EDGAR = CORPUS / "edgar"
SAMPLES = [
    SEEDS,
    REPO / "tests" / "data" / "full_submission.txt",
    EDGAR / "0001477932-23-000040_7.txt",
    EDGAR / "0001731122-23-000006_4.txt",
    EDGAR / "0001861449-23-000002_14.txt",
    EDGAR / "html_originals" / "0001104659-22-131441_2.html",
]


@dataclass(frozen=True)
class RayRun:
    exit_code: int
    stderr: str
    shards: Path
    inputs: list[Path]  # what both engines read: the samples and the empty file
    empty: Path


def _dealgraph(*args: str) -> subprocess.CompletedProcess[str]:
    """The real command in its own process, running this tree's code (as its Ray workers)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DEALGRAPH_", "RAY_"))}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
    command = [sys.executable, "-c", "from dealgraph.cli import app; app()"]
    return subprocess.run(
        [*command, *args], capture_output=True, text=True, timeout=900, cwd=REPO, env=env
    )


@pytest.fixture(scope="module")
def ray_run(tmp_path_factory: pytest.TempPathFactory) -> RayRun:
    """The module's one Ray run, as a user runs it: the real command in its own process."""
    work = tmp_path_factory.mktemp("ray")
    empty = work / "empty.txt"
    empty.write_bytes(b"")
    inputs = [*SAMPLES, empty]
    shards = work / "shards"
    done = _dealgraph(
        "extract", "--engine", "ray", "--shard-documents", "2", "-o", str(shards),
        *map(str, inputs),
    )  # fmt: skip
    return RayRun(done.returncode, done.stderr, shards, inputs, empty)


def _records(lines: list[str]) -> list[str]:
    """Records as comparable text: ``ingested_at`` (the moment of extraction) left out."""
    out = []
    for line in lines:
        record = json.loads(line)
        for node in record["nodes"]:
            node[2].pop("ingested_at", None)
        out.append(json.dumps(record, sort_keys=True))
    return sorted(out)


def _shard_lines(folder: Path) -> list[str]:
    return [ln for p in sorted(folder.glob("*.jsonl")) for ln in p.read_text().splitlines()]


def test_ray_output_equals_single_process_output(ray_run: RayRun, tmp_path: Path) -> None:
    assert ray_run.exit_code == 1, ray_run.stderr  # the empty file failed, the rest went on
    failures = [ln for ln in ray_run.stderr.splitlines() if ln.startswith("error")]
    assert len(failures) == 1, ray_run.stderr
    assert str(ray_run.empty) in ray_run.stderr.replace("\n", "")  # rich folds long lines
    shards = sorted(ray_run.shards.glob("*.jsonl"))
    assert len(shards) >= 3

    single = tmp_path / "single.jsonl"
    res = runner.invoke(app, ["extract", "-o", str(single), *map(str, ray_run.inputs)])
    assert res.exit_code == 1 and str(ray_run.empty) in res.output.replace("\n", "")
    expected = _records(single.read_text().splitlines())
    assert len(expected) == 10  # 3 seeds, 3 parts of the submission, 3 exhibits, 1 HTML
    assert _records(_shard_lines(ray_run.shards)) == expected
    paths = {json.loads(line)["path"] for line in _shard_lines(ray_run.shards)}
    assert f"{REPO / 'tests' / 'data' / 'full_submission.txt'}#2" in paths  # named as given


# ---------------------------------------------------------------- loading the shards


@pytest.fixture
def cli_store(
    store: GraphStore,
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[GraphStore]:
    """Point the CLI at the test's store (embedded data dir or Neo4j URL)."""
    if store.kind == "neo4j":
        monkeypatch.setenv("DEALGRAPH_STORE", request.getfixturevalue("neo4j_server").uri)
    else:
        monkeypatch.delenv("DEALGRAPH_STORE", raising=False)
        monkeypatch.setenv("DEALGRAPH_DATA_DIR", str(request.getfixturevalue("embedded_data_dir")))
    get_settings.cache_clear()
    yield store
    get_settings.cache_clear()


def _load(path: Path, *extra: str) -> tuple[int, dict[str, Any]]:
    res = runner.invoke(app, ["load", str(path), "--json", *extra])
    return res.exit_code, json.loads(res.stdout[res.stdout.index("{") :])


def _ingested(store: GraphStore, run: RayRun) -> dict[str, Any]:
    """What ``dealgraph ingest`` of the same files writes (the store is left empty)."""
    store.clear()
    res = runner.invoke(app, ["ingest", *map(str, run.inputs)])
    assert res.exit_code == 1, res.output  # the empty file
    export = without_timestamps(store.export())
    store.clear()
    return export


def _copy_shards(run: RayRun, to: Path) -> list[Path]:
    shutil.copytree(run.shards, to)
    return sorted(to.glob("*.jsonl"))


def test_loading_ray_shards_equals_ingest_and_twice_changes_nothing(
    cli_store: GraphStore, ray_run: RayRun
) -> None:
    ingested = _ingested(cli_store, ray_run)
    shards = len(list(ray_run.shards.glob("*.jsonl")))

    code, summary = _load(ray_run.shards)
    assert code == 0, summary
    assert summary["documents_added"] == 10 and summary["errors"] == []
    assert summary["shards"] == {"loaded": shards, "skipped": 0, "incomplete": 0}
    loaded = without_timestamps(cli_store.export())
    assert loaded == ingested
    assert all(n["label"] != "LoadedShard" for n in cli_store.export()["nodes"])

    code, again = _load(ray_run.shards)
    assert code == 0
    assert again["shards"] == {"loaded": 0, "skipped": shards, "incomplete": 0}
    assert again["documents_added"] == 0 and again["nodes_added"] == 0
    assert without_timestamps(cli_store.export()) == loaded


def test_load_resumes_after_a_shard_that_failed_midway(
    cli_store: GraphStore, ray_run: RayRun, tmp_path: Path
) -> None:
    """A shard cut off in its second record (a copy that stopped): nothing of it is written,
    the load goes on with the other shards and leaves that one unmarked; once it is whole,
    loading again loads it alone and the graph is the one ``ingest`` writes."""
    ingested = _ingested(cli_store, ray_run)
    shards = _copy_shards(ray_run, tmp_path / "shards")
    victim = next(p for p in shards if len(p.read_text().splitlines()) >= 2)
    whole = victim.read_bytes()
    first, second = whole.split(b"\n")[:2]
    victim.write_bytes(first + b"\n" + second[: len(second) // 2])

    code, summary = _load(tmp_path / "shards")
    assert code == 1
    assert summary["shards"] == {"loaded": len(shards) - 1, "skipped": 0, "incomplete": 1}
    assert len(summary["errors"]) == 1 and f"{victim}: line 2" in summary["errors"][0]
    victim_docs = {json.loads(line)["key"] for line in whole.decode().splitlines()}
    assert not victim_docs & {n["id"] for n in cli_store.export()["nodes"]}

    victim.write_bytes(whole)
    code, summary = _load(tmp_path / "shards")
    assert code == 0, summary
    assert summary["shards"] == {"loaded": 1, "skipped": len(shards) - 1, "incomplete": 0}
    assert summary["documents_added"] == len(victim_docs)
    assert without_timestamps(cli_store.export()) == ingested


def test_replaying_a_loaded_shard_without_its_marker_changes_nothing(
    cli_store: GraphStore, ray_run: RayRun, tmp_path: Path
) -> None:
    """A kill between writing a shard's documents and marking it: the next load writes the
    shard again. Here the same records under another digest (reversed) stand for it."""
    _load(ray_run.shards)
    before = cli_store.export()
    replay = tmp_path / "replay.jsonl"
    replay.write_text("\n".join(reversed(_shard_lines(ray_run.shards))) + "\n")

    code, summary = _load(replay)
    assert code == 0, summary
    assert summary["shards"] == {"loaded": 1, "skipped": 0, "incomplete": 0}
    assert summary["documents_unchanged"] == 10 and summary["documents_added"] == 0
    assert cli_store.export() == before  # ingested_at included: nothing was rewritten


def test_a_refused_document_costs_only_itself_in_a_bulk_group(
    cli_store: GraphStore, ray_run: RayRun, tmp_path: Path
) -> None:
    """One record whose relationship points at a node that exists nowhere: its group is
    refused whole, then written one document per transaction; that document alone fails,
    nothing of it is written, and its shard stays unmarked."""
    lines = _shard_lines(ray_run.shards)
    bad = json.loads(lines[0])
    bad["edges"][0][4] = "nowhere:" + bad["edges"][0][4]
    shard = tmp_path / "bulk.jsonl"
    shard.write_text("\n".join([json.dumps(bad), *lines[1:]]) + "\n")

    code, summary = _load(shard, "--bulk-documents", "50")
    assert code == 1
    assert summary["documents_added"] == 9
    assert len(summary["errors"]) == 1 and bad["path"] in summary["errors"][0]
    assert summary["shards"] == {"loaded": 0, "skipped": 0, "incomplete": 1}
    export = cli_store.export()
    cited = {
        e["document"] for item in [*export["nodes"], *export["edges"]] for e in item["evidence"]
    }
    assert bad["key"] not in cited
    assert bad["key"] not in {n["id"] for n in export["nodes"]}


def test_ray_engine_refuses_an_output_folder_in_use(tmp_path: Path) -> None:
    (tmp_path / "old-shard.jsonl").write_text("{}\n")
    res = runner.invoke(app, ["extract", "--engine", "ray", "-o", str(tmp_path), str(SEEDS)])
    assert res.exit_code == 2
    assert "not empty" in res.output


def test_unknown_engine_is_refused(tmp_path: Path) -> None:
    res = runner.invoke(app, ["extract", "--engine", "spark", "-o", str(tmp_path / "x"), "."])
    assert res.exit_code == 2
    assert "unknown engine" in res.output


def test_load_of_a_missing_folder_is_refused(tmp_path: Path) -> None:
    res = runner.invoke(app, ["load", str(tmp_path / "nothing")])
    assert res.exit_code == 2
    assert "no such file or folder" in res.output


def test_storage_uris_are_named_as_given(tmp_path: Path) -> None:
    """Ray Data reports ``s3://bucket/x.txt`` as ``bucket/x.txt``; the graph shows the URI.
    (A ``file://`` URI goes the same way as object storage, without the network.)"""
    plan = plan_input([f"file://{tmp_path}/edgar/"])
    assert plan.paths == [f"file://{tmp_path}/edgar/"]
    assert plan.filesystem is not None
    reported = f"{tmp_path}/edgar/sub/x.txt"
    assert shown_name(reported, plan.roots) == f"file://{tmp_path}/edgar/sub/x.txt"
    assert shown_name(f"{tmp_path}/edgar-2/x.txt", plan.roots) == f"{tmp_path}/edgar-2/x.txt"


def test_local_paths_and_uris_do_not_mix(tmp_path: Path) -> None:
    res = runner.invoke(
        app, ["extract", "--engine", "ray", "-o", str(tmp_path / "out"), str(SEEDS), "s3://b/x"]
    )
    assert res.exit_code == 2
    assert "not both" in res.output
