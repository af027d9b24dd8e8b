"""The ``dealgraph`` command: ingest, extract/load, query, export, serve, demo.

Expected failures (bad input, unreachable store, refused query) print one line and exit
with a code from :data:`EXIT_CODES`, the one place where errors become exit codes; a
traceback means a bug.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from dealgraph import errors
from dealgraph.settings import Settings, get_settings
from graph.store import GraphStore

if TYPE_CHECKING:
    from rich.progress import Progress

    from dealgraph.writing import IngestSummary

app = typer.Typer(
    name="dealgraph",
    help="Filed agreements into a cited graph of agreements, parties and instruments.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console()
err = Console(stderr=True)

#: The one mapping from our errors to exit codes (first matching class wins).
EXIT_CODES: tuple[tuple[type[errors.DealGraphError], int], ...] = (
    (errors.ConfigError, 2),
    (errors.InvalidInput, 2),
    (errors.NotFound, 2),
    (errors.StoreUnavailable, 3),
    (errors.ReadOnlyViolation, 4),
    (errors.QueryTimeout, 5),
    (errors.Unauthorized, 6),
    (errors.DealGraphError, 1),
)
#: Exit code when some files of an ingestion failed while the others were written.
EXIT_PARTIAL = 1

_store_option: dict[str, str | None] = {"store": None}


def exit_code_for(exc: errors.DealGraphError) -> int:
    return next(code for cls, code in EXIT_CODES if isinstance(exc, cls))


@contextmanager
def _edge() -> Iterator[None]:
    """Turn our own errors into one red line and an exit code (never a traceback)."""
    try:
        yield
    except errors.DealGraphError as exc:
        where = ""
        if exc.position:
            where = f" (line {exc.position.get('line')}, column {exc.position.get('column')})"
        err.print(f"[red]error[/red] {escape(exc.message)}{where}", highlight=False)
        raise typer.Exit(exit_code_for(exc)) from None


def _settings() -> Settings:
    s = get_settings()
    if _store_option["store"] is not None:
        s = s.model_copy(update={"store": _store_option["store"]})
    return s


def _open(settings: Settings) -> GraphStore:
    from graph.stores import open_store

    return open_store(settings)


@app.callback()
def main(
    store: Annotated[
        str | None,
        typer.Option(
            "--store",
            help="Graph store: absent = embedded (DEALGRAPH_DATA_DIR); bolt://, neo4j://, "
            "neo4j+s:// URL = Neo4j. Default: $DEALGRAPH_STORE.",
        ),
    ] = None,
) -> None:
    _store_option["store"] = store


def _progress() -> Progress:
    """Only ingestion shows progress: other commands do not import it."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=False,
        disable=not err.is_terminal,
    )


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (searched recursively).")],
    workers: Annotated[int, typer.Option(min=1, help="Extraction processes.")] = 1,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable summary.")] = False,
) -> None:
    """Ingest EDGAR exhibits (.txt, full submissions, .htm/.html); safe to re-run."""
    from dealgraph.pipeline import count_files, ingest_paths

    with _edge():
        missing = [str(p) for p in paths if not p.exists()]
        if missing:
            raise errors.InvalidInput(f"no such file or folder: {', '.join(missing)}")
        settings = _settings()
        store = _open(settings)
        try:
            total = count_files(paths)
            with _progress() as bar:
                task = bar.add_task("ingesting", total=total)
                summary = ingest_paths(
                    store,
                    paths,
                    settings,
                    workers=workers,
                    on_file=lambda _fr: bar.advance(task),
                )
        finally:
            store.close()
    _report(summary, as_json)


def _report(summary: IngestSummary, as_json: bool) -> None:
    """Print the summary; exit non-zero when any file failed (the others were written)."""
    if as_json:
        out.print_json(data=summary.to_json())
    else:
        _print_summary(summary.to_json())
    if not summary.ok:
        raise typer.Exit(EXIT_PARTIAL)


def _print_summary(s: dict[str, Any]) -> None:
    t = Table(title="ingest summary", show_header=False)
    for k in ("files", "documents_added", "documents_unchanged", "nodes_added", "edges_added"):
        t.add_row(k.replace("_", " "), str(s[k]))
    t.add_row("rejected facts", str(len(s["rejected"])))
    t.add_row("warnings", str(len(s["warnings"])))
    t.add_row("failed files", str(len(s["errors"])))
    out.print(t)
    for w in s["warnings"][:20]:
        err.print(f"[yellow]warning[/yellow] {escape(w)}", highlight=False)
    for e in s["errors"]:
        err.print(f"[red]error[/red] {escape(e)}", highlight=False)


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="JSON Lines file to write.")],
    workers: Annotated[int, typer.Option(min=1)] = 1,
) -> None:
    """Extract to JSON Lines (one document per line, with evidence) without a database."""
    from dealgraph.pipeline import extract_paths
    from dealgraph.writing import document_to_json

    with _edge():
        failed = 0
        with output.open("w", encoding="utf-8") as fh:
            for fr in extract_paths(paths, _settings(), workers):
                if fr.error:
                    failed += 1
                    line = escape(f"{fr.path}: {fr.error}")
                    err.print(f"[red]error[/red] {line}", highlight=False)
                for doc in fr.documents:
                    fh.write(document_to_json(doc) + "\n")
    if failed:
        raise typer.Exit(EXIT_PARTIAL)


@app.command()
def load(
    records: Annotated[Path, typer.Argument(help="JSON Lines written by `dealgraph extract`.")],
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Write extracted JSON Lines into the store (one transaction per document)."""
    from dealgraph.writing import FileResult, document_from_json, write_results

    def results() -> Iterator[FileResult]:
        with records.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    doc = document_from_json(line)
                except (ValueError, KeyError, IndexError, TypeError):
                    yield FileResult(f"{records}:{n}", error="not a record written by extract")
                    continue
                yield FileResult(doc.path, (doc,))

    with _edge():
        if not records.is_file():
            raise errors.InvalidInput(f"no such file: {records}")
        store = _open(_settings())
        try:
            summary = write_results(store, results())
        finally:
            store.close()
    _report(summary, as_json)


@app.command()
def query(
    cypher: Annotated[str, typer.Argument(help="A read-only Cypher query.")],
    param: Annotated[
        list[str] | None, typer.Option("--param", "-p", help="name=JSON value, repeatable.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Run a read-only Cypher query and print a table (or JSON)."""
    with _edge():
        params = _parse_params(param or [])
        settings = _settings()
        store = _open(settings)
        try:
            result = store.console(
                cypher,
                params,
                timeout_s=settings.console_timeout_s,
                row_cap=settings.console_row_cap,
            )
        finally:
            store.close()
    if as_json:
        out.print_json(
            data={"columns": result.columns, "rows": result.rows, "truncated": result.truncated}
        )
        return
    t = Table()
    for column in result.columns:
        t.add_column(Text(column))
    for row in result.rows:
        t.add_row(*(Text(_cell(v)) for v in row))
    out.print(t)
    if result.truncated:
        err.print(f"[yellow]truncated at {settings.console_row_cap} rows[/yellow]")


def _cell(value: Any) -> str:
    if isinstance(value, dict) and "id" in value and ("label" in value or "type" in value):
        return f"({value.get('label') or value.get('type')} {value['id']})"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _parse_params(items: list[str]) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for item in items:
        name, sep, raw = item.partition("=")
        if not sep or not name.isidentifier():
            raise errors.InvalidInput(f"--param takes name=value, got {item!r}")
        try:
            params[name] = json.loads(raw)
        except json.JSONDecodeError:
            params[name] = raw
    return params


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", help="Only json for now.")] = "json",
    output: Annotated[Path | None, typer.Option("--output", "-o")] = None,
) -> None:
    """Print (or write) the whole graph as JSON: {"nodes": [...], "edges": [...]}."""
    with _edge():
        if fmt != "json":
            raise errors.InvalidInput(f"unknown export format {fmt!r} (expected json)")
        store = _open(_settings())
        try:
            data = store.export()
        finally:
            store.close()
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)
    if output:
        output.write_text(text + "\n", encoding="utf-8")
    else:
        sys.stdout.write(text + "\n")


def _serve(
    settings: Settings,
    host: str,
    port: int,
    before: Callable[[GraphStore], None],
    workers: int = 1,
) -> None:
    import uvicorn

    from api.app import create_app

    settings = settings.model_copy(update={"listen_host": host})
    store = _open(settings)
    try:
        before(store)
        err.print(f"DealGraph on http://{host}:{port}/ ({store.kind} store)", highlight=False)
        if workers == 1:
            uvicorn.run(create_app(settings, store=store), host=host, port=port, log_level="info")
            return
        # each worker process builds its own app and opens its own store from the settings,
        # which it reads from the environment; this process's store keeps an embedded server
        # up meanwhile
        os.environ |= {
            "DEALGRAPH_LISTEN_HOST": host,
            "DEALGRAPH_STORE": settings.store or "",
            "DEALGRAPH_DATA_DIR": str(settings.data_dir),
        }
        uvicorn.run(
            "api.app:create_app",
            factory=True,
            workers=workers,
            host=host,
            port=port,
            log_level="info",
        )
    finally:
        store.close()


#: Worker processes, help text of ``serve --workers``.
WORKERS_HELP = (
    "API worker processes (uvicorn --workers). Each answers requests on its own core: 2 on a "
    "2-core machine roughly doubles the reads answered per second when a core is free."
)


@app.command()
def serve(
    host: Annotated[str, typer.Option()] = "127.0.0.1",
    port: Annotated[int, typer.Option()] = 8000,
    workers: Annotated[int, typer.Option(min=1, max=64, help=WORKERS_HELP)] = 1,
) -> None:
    """Serve the REST API and the web UI on one port."""
    with _edge():
        _serve(_settings(), host, port, lambda _s: None, workers)


SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@app.command()
def demo(
    host: Annotated[str, typer.Option()] = "127.0.0.1",
    port: Annotated[int, typer.Option()] = 8000,
) -> None:
    """Ingest the bundled sample documents into the embedded store and serve them."""
    from dealgraph.pipeline import ingest_paths

    def load_samples(store: GraphStore) -> None:
        summary = ingest_paths(store, [SAMPLES], settings)
        _print_summary(summary.to_json())

    with _edge():
        settings = _settings()
        if settings.store:
            raise errors.ConfigError("demo runs on the embedded store; unset DEALGRAPH_STORE")
        _serve(settings, host, port, load_samples)
