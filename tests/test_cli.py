"""The ``dealgraph`` command through Typer's runner, on both stores: exit codes, messages,
JSON output, and what bad input does (one clear line, non-zero exit, nothing half-written)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dealgraph import errors
from dealgraph.cli import EXIT_CODES, app, exit_code_for
from dealgraph.settings import get_settings
from graph.store import GraphStore
from tests.paths import SEEDS

runner = CliRunner()


@pytest.fixture
def cli_env(
    store: GraphStore,
    request: pytest.FixtureRequest,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[GraphStore]:
    """Point the CLI's settings at the test's store (embedded data dir or Neo4j URL)."""
    if store.kind == "neo4j":
        server = request.getfixturevalue("neo4j_server")
        monkeypatch.setenv("DEALGRAPH_STORE", server.uri)
    else:
        monkeypatch.delenv("DEALGRAPH_STORE", raising=False)
        monkeypatch.setenv("DEALGRAPH_DATA_DIR", str(request.getfixturevalue("embedded_data_dir")))
    get_settings.cache_clear()
    yield store
    get_settings.cache_clear()


def test_ingest_export_query(cli_env: GraphStore) -> None:
    res = runner.invoke(app, ["ingest", str(SEEDS), "--json"])
    assert res.exit_code == 0, res.output
    summary = json.loads(res.stdout)
    assert summary["documents_added"] == 3 and summary["nodes_added"] > 20

    again = json.loads(runner.invoke(app, ["ingest", str(SEEDS), "--json"]).stdout)
    assert again["documents_unchanged"] == 3 and again["nodes_added"] == 0

    exported = json.loads(runner.invoke(app, ["export", "--format", "json"]).stdout)
    assert {"nodes", "edges"} <= exported.keys()
    assert any(n["label"] == "Document" for n in exported["nodes"])

    res = runner.invoke(
        app,
        [
            "query",
            "MATCH (p:Party {key: $k}) RETURN p.name AS name",
            "-p",
            'k="party:southwest-bank-of-st-louis"',
            "--json",
        ],
    )
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["rows"] == [["Southwest Bank of St. Louis"]]


def test_console_refuses_writes_and_reports_syntax(cli_env: GraphStore) -> None:
    res = runner.invoke(app, ["query", "CREATE (n:Party {key: 'x'}) RETURN n"])
    assert res.exit_code == exit_code_for(errors.ReadOnlyViolation("")) == 4
    assert "read-only" in res.stderr
    res = runner.invoke(app, ["query", "MATCH (n RETURN n"])
    assert res.exit_code == 2 and "line 1" in res.stderr
    assert "Traceback" not in res.output + res.stderr


def test_bad_files_fail_alone(cli_env: GraphStore, tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02binary\x00" * 100)
    (folder / "good.txt").write_text((SEEDS / "004_a6cf6f05e78ff96c.txt").read_text())
    res = runner.invoke(app, ["ingest", str(folder), "--json"])
    assert res.exit_code == 1
    summary = json.loads(res.stdout)
    assert summary["documents_added"] == 1
    assert any("empty" in e for e in summary["errors"])
    assert any("binary" in e for e in summary["errors"])


def test_missing_path_is_one_line(cli_env: GraphStore, tmp_path: Path) -> None:
    res = runner.invoke(app, ["ingest", str(tmp_path / "nope")])
    assert res.exit_code == 2 and "no such file or folder" in res.stderr
    assert "Traceback" not in res.stderr


@pytest.mark.parametrize(
    ("url", "code", "message"),
    [
        ("mysql://x", 2, "bolt://"),
        ("bolt://neo4j:pw@127.0.0.1:1", 3, "cannot reach Neo4j"),
    ],
)
def test_bad_store_urls(url: str, code: int, message: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEALGRAPH_STORE", url)
    monkeypatch.setenv("DEALGRAPH_CONNECT_TIMEOUT_S", "2")
    get_settings.cache_clear()
    try:
        res = runner.invoke(app, ["export"])
    finally:
        get_settings.cache_clear()
    assert res.exit_code == code and message in res.stderr
    assert "Traceback" not in res.stderr


def test_every_error_class_has_an_exit_code() -> None:
    classes = [
        errors.ConfigError,
        errors.InvalidInput,
        errors.QuerySyntaxError,
        errors.NotFound,
        errors.ReadOnlyViolation,
        errors.QueryTimeout,
        errors.Unauthorized,
        errors.StoreUnavailable,
        errors.SourceUnavailable,
        errors.DealGraphError,
    ]
    for cls in classes:
        assert exit_code_for(cls("x")) != 0
    assert EXIT_CODES[-1][0] is errors.DealGraphError


def test_extract_then_load_equals_ingest(cli_env: GraphStore, tmp_path: Path) -> None:
    records = tmp_path / "records.jsonl"
    res = runner.invoke(app, ["extract", str(SEEDS), "-o", str(records)])
    assert res.exit_code == 0, res.output
    assert len(records.read_text().splitlines()) == 3
    res = runner.invoke(app, ["load", str(records), "--json"])
    assert res.exit_code == 0, res.output
    loaded = cli_env.export()
    cli_env.clear()
    runner.invoke(app, ["ingest", str(SEEDS)])
    ingested = cli_env.export()

    def strip(e: dict) -> str:
        for n in e["nodes"]:
            n["properties"].pop("ingested_at", None)
        return json.dumps(e, sort_keys=True)

    assert strip(loaded) == strip(ingested)


# --- a CLI that never loses a file ----------------------------------------------------------


def _one_error_line(res: object) -> str:
    stderr: str = res.stderr  # type: ignore[attr-defined]
    lines = [ln for ln in stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return lines[0]


def test_extract_of_a_missing_path_keeps_the_output_file(tmp_path: Path) -> None:
    existing = tmp_path / "existing.jsonl"
    existing.write_text("earlier work\n")
    res = runner.invoke(app, ["extract", str(tmp_path / "nope"), "-o", str(existing)])
    assert res.exit_code == 2
    assert "no such file or folder" in _one_error_line(res)
    assert existing.read_text() == "earlier work\n"


def test_extract_of_nothing_keeps_the_output_file(tmp_path: Path) -> None:
    existing = tmp_path / "existing.jsonl"
    existing.write_text("earlier work\n")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    res = runner.invoke(app, ["extract", str(empty), "-o", str(existing)])
    assert res.exit_code == 2
    lines = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert len(lines) == 2 and str(empty) in lines[0] and "left unchanged" in lines[1]
    assert existing.read_text() == "earlier work\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.txt", "existing.jsonl"]


@pytest.mark.parametrize("command", ["extract", "export"])
def test_output_into_a_missing_folder_is_one_line(
    command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DEALGRAPH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("DEALGRAPH_STORE", raising=False)
    get_settings.cache_clear()
    target = tmp_path / "no" / "such" / "out.json"
    args = ["extract", str(SEEDS), "-o", str(target)] if command == "extract" else []
    args = args or ["export", "-o", str(target)]
    try:
        res = runner.invoke(app, args)
    finally:
        get_settings.cache_clear()
    assert res.exit_code == 2
    assert "no such folder" in _one_error_line(res)
    assert not (tmp_path / "no").exists() and not (tmp_path / "data").exists()  # checked first


def test_output_that_is_a_folder_is_one_line(tmp_path: Path) -> None:
    res = runner.invoke(app, ["extract", str(SEEDS), "-o", str(tmp_path)])
    assert res.exit_code == 2
    assert "is a folder" in _one_error_line(res)


def test_export_replaces_its_output_only_when_complete(cli_env: GraphStore, tmp_path: Path) -> None:
    runner.invoke(app, ["ingest", str(SEEDS / "004_a6cf6f05e78ff96c.txt")])
    out = tmp_path / "graph.json"
    out.write_text("older export\n")
    res = runner.invoke(app, ["export", "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert json.loads(out.read_text())["nodes"]
    assert [p.name for p in tmp_path.iterdir()] == ["graph.json"]  # no temporary file left


def test_an_interrupted_write_keeps_the_old_file(tmp_path: Path) -> None:
    from dealgraph.output_file import replaced_atomically

    out = tmp_path / "records.jsonl"
    out.write_text("old\n")
    with pytest.raises(KeyboardInterrupt), replaced_atomically(out) as fh:
        fh.write("half of the new content")
        raise KeyboardInterrupt
    assert out.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["records.jsonl"]
    with replaced_atomically(out) as fh:
        fh.write("new\n")
    assert out.read_text() == "new\n"


@pytest.mark.parametrize("content", ["text", "half", "binary", "empty"])
def test_load_of_a_file_that_is_not_records_writes_nothing(
    cli_env: GraphStore, tmp_path: Path, content: str
) -> None:
    runner.invoke(app, ["ingest", str(SEEDS / "004_a6cf6f05e78ff96c.txt")])
    before = cli_env.export()
    records = tmp_path / "records.jsonl"
    assert runner.invoke(app, ["extract", str(SEEDS), "-o", str(records)]).exit_code == 0
    good = records.read_text().splitlines()
    bad = tmp_path / "bad.jsonl"
    if content == "text":
        bad.write_text((SEEDS / "000_42ddd5099abacb80.txt").read_text())
    elif content == "half":  # good records, then one that is not
        bad.write_text(good[0] + "\n" + good[1] + '\n{"key": "x"}\n')
    elif content == "binary":
        bad.write_bytes(b"\x00\xff\xfe" * 1000)
    else:
        bad.write_text("\n")
    res = runner.invoke(app, ["load", str(bad), "--json"])
    assert res.exit_code == 2
    line = _one_error_line(res)
    assert str(bad) in line and "record" in line
    assert res.stdout == ""
    assert cli_env.export() == before


def test_every_option_and_argument_has_help() -> None:
    import typer.main

    group = typer.main.get_command(app)
    commands = {"(dealgraph)": group, **group.commands}  # type: ignore[attr-defined]
    missing = [
        f"{name} {param.name}"
        for name, command in commands.items()
        for param in command.params
        if not getattr(param, "help", None) and param.name != "help"
    ]
    assert missing == []
    assert set(group.commands) >= {"ingest", "extract", "load", "query", "export", "serve", "demo"}  # type: ignore[attr-defined]
