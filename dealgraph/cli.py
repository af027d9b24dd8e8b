"""The ``dealgraph`` command: ingest, extract/load, query, export, serve, demo, store.

Expected failures (bad input, unreachable store, refused query) print one line and exit
with a code from :data:`EXIT_CODES`, the one place where errors become exit codes; a
traceback means a bug. SIGTERM and SIGHUP end every command the way Ctrl-C does.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import threading
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
from dealgraph.output_file import check_output, replaced_atomically
from dealgraph.ray_extract import SHARD_DOCUMENTS
from dealgraph.settings import Settings, get_settings
from dealgraph.shard_loading import BULK_DOCUMENTS
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
err = Console(stderr=True, soft_wrap=True)  # a message stays one line, however long

#: The one mapping from our errors to exit codes (first matching class wins).
EXIT_CODES: tuple[tuple[type[errors.DealGraphError], int], ...] = (
    (errors.ConfigError, 2),
    (errors.InvalidInput, 2),
    (errors.NotFound, 2),
    (errors.StoreUnavailable, 3),
    (errors.SourceUnavailable, 3),
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
    _end_on_termination()


def _end_on_termination() -> None:
    """SIGTERM (process managers, ``docker stop``) and SIGHUP (a closed terminal) unwind the
    command like Ctrl-C, so its ``finally`` closes the store: the last user of the embedded
    store stops its server. The exit status is the shell's 128 + signal number."""
    if threading.current_thread() is not threading.main_thread():
        return  # signal handlers can only be set from the main thread

    def end(signum: int, _frame: object) -> None:
        raise SystemExit(128 + signum)

    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, end)


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
        _check_inputs(paths)
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


def _check_inputs(paths: list[Path]) -> None:
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise errors.InvalidInput(f"no such file or folder: {', '.join(missing)}")


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
def fetch(
    ticker: Annotated[str | None, typer.Option(help="Company by ticker (AAPL).")] = None,
    cik: Annotated[str | None, typer.Option(help="Company by CIK (41850).")] = None,
    company: Annotated[str | None, typer.Option(help="Company by name (listed ones).")] = None,
    accession: Annotated[
        str | None,
        typer.Option(help="One filing (0000041850-96-000001); add --cik for an agent's."),
    ] = None,
    form: Annotated[
        list[str] | None, typer.Option(help="Form types to take (10-K, 8-K, ...), repeatable.")
    ] = None,
    exhibit: Annotated[
        list[str] | None,
        typer.Option(help="Exhibit types: EX-10 (default), EX-4, EX-10.2, any; repeatable."),
    ] = None,
    since: Annotated[str | None, typer.Option(help="Filed on or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Filed on or before YYYY-MM-DD.")] = None,
    title: Annotated[
        list[str] | None,
        typer.Option(help="Keep documents whose title has one of these words (credit, amend)."),
    ] = None,
    limit: Annotated[int | None, typer.Option(min=1, help="At most this many filings.")] = None,
    out_dir: Annotated[
        Path | None, typer.Option("--out", help="Where files go (default: DATA_DIR/edgar/filings).")
    ] = None,
    do_ingest: Annotated[
        bool, typer.Option("--ingest/--no-ingest", help="Ingest what was fetched.")
    ] = True,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable summary.")] = False,
) -> None:
    """Fetch a company's agreements from SEC EDGAR (resumable), then ingest them."""
    from dealgraph.edgar.fetch import FetchRequest
    from dealgraph.edgar.run import run_fetch

    req = FetchRequest(
        ticker=ticker,
        cik=cik,
        company=company,
        accession=accession,
        forms=tuple(form or ()),
        exhibits=tuple(exhibit or ("EX-10",)),
        since=since,
        until=until,
        titles=tuple(title or ()),
        limit=limit,
    )
    with _edge():
        req = req.checked()
        settings = _settings()
        store = _open(settings) if do_ingest else None
        try:
            with _progress() as bar:
                filings = bar.add_task("fetching filings", total=None)
                files = bar.add_task("ingesting", total=None, visible=False)
                result = run_fetch(
                    settings,
                    req,
                    out=out_dir,
                    store=store,
                    on_plan=lambda n: bar.update(filings, total=n),
                    on_filing=lambda _r: bar.advance(filings),
                    on_file=lambda _f: bar.update(files, advance=1, visible=True),
                )
        finally:
            if store is not None:
                store.close()
    data = result.to_json()
    if as_json:
        out.print_json(data=data)
    else:
        _print_fetch_summary(data["fetch"])
        if result.ingested:
            _print_summary(data["ingest"])
    if data["fetch"]["errors"] or (result.ingested and not result.ingested.ok):
        raise typer.Exit(EXIT_PARTIAL)


def _print_fetch_summary(s: dict[str, Any]) -> None:
    t = Table(title=f"fetch summary: {s['company']} (CIK {s['cik']})", show_header=False)
    for k in (
        "filings_matched",
        "documents_fetched",
        "documents_present",
        "documents_not_matching_title",
        "requests",
        "cache_hits",
        "retries",
    ):
        t.add_row(k.replace("_", " "), str(s[k]))
    out.print(t)
    for e in s["errors"]:
        err.print(f"[red]error[/red] {escape(e)}", highlight=False)


@app.command()
def extract(
    paths: Annotated[
        list[str], typer.Argument(help="Files or folders (with --engine ray also s3://... URIs).")
    ],
    output: Annotated[
        str,
        typer.Option(
            "--output",
            "-o",
            help="JSON Lines file to write (replaced only when complete); with --engine ray, "
            "a new folder of shards.",
        ),
    ],
    workers: Annotated[int, typer.Option(min=1, help="Extraction processes.")] = 1,
    engine: Annotated[
        str, typer.Option(help="local (this process, --workers) or ray (Ray Data, sharded).")
    ] = "local",
    ray_address: Annotated[
        str | None,
        typer.Option(envvar="RAY_ADDRESS", help="Ray cluster to run on; absent: a local Ray."),
    ] = None,
    shard_documents: Annotated[
        int, typer.Option(min=1, help="With --engine ray: documents per shard (at least).")
    ] = SHARD_DOCUMENTS,
) -> None:
    """Extract to JSON Lines (one document per line, with evidence) without a database."""
    from dealgraph.pipeline import extract_paths
    from dealgraph.writing import document_to_json

    if engine == "ray":
        _extract_on_ray(paths, output, ray_address, shard_documents)
        return
    with _edge():
        if engine != "local":
            raise errors.InvalidInput(f"unknown engine {engine!r} (expected local or ray)")
        local_paths, target = [Path(p) for p in paths], Path(output)
        _check_inputs(local_paths)
        check_output(target)
        failed = 0
        written = 0
        with replaced_atomically(target) as fh:
            for fr in extract_paths(local_paths, _settings(), workers):
                if fr.error:
                    failed += 1
                    line = escape(f"{fr.path}: {fr.error}")
                    err.print(f"[red]error[/red] {line}", highlight=False)
                for doc in fr.documents:
                    fh.write(document_to_json(doc) + "\n")
                    written += 1
            if not written:  # raised inside: the old file stays as it was
                raise errors.InvalidInput(f"no document extracted; {output} left unchanged")
    if failed:
        raise typer.Exit(EXIT_PARTIAL)


def _extract_on_ray(
    paths: list[str], output: str, address: str | None, shard_documents: int
) -> None:
    """``extract --engine ray``: shards in a folder; failures listed as in ``extract``."""
    from dealgraph.ray_extract import extract_with_ray

    with _edge():
        summary = extract_with_ray(
            paths,
            output,
            _settings(),
            address=address,
            shard_documents=shard_documents,
            progress=err.is_terminal,
        )
    for line in summary.errors:
        err.print(f"[red]error[/red] {escape(line)}", highlight=False)
    err.print(
        f"{summary.documents} documents in {len(summary.shards)} shards in {output} "
        f"({summary.run_s:.1f} s on {summary.cpus:g} CPUs)",
        highlight=False,
    )
    if summary.errors:
        raise typer.Exit(EXIT_PARTIAL)


@app.command()
def load(
    records: Annotated[
        Path, typer.Argument(help="A JSON Lines file or a folder of shards written by extract.")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable summary.")] = False,
    bulk_documents: Annotated[
        int, typer.Option(min=1, help="Documents per transaction (1: one per document).")
    ] = BULK_DOCUMENTS,
) -> None:
    """Write extracted records into the store; shards already loaded are skipped."""
    from dealgraph.shard_loading import load_shards

    with _edge():
        if not records.exists():
            raise errors.InvalidInput(f"no such file or folder: {records}")
        store = _open(_settings())
        try:
            with _progress() as bar:
                task = bar.add_task("loading shards", total=None)
                summary, shards = load_shards(
                    store,
                    records,
                    bulk_documents=bulk_documents,
                    on_shard=lambda _s: bar.advance(task),
                )
        finally:
            store.close()
    if as_json:
        out.print_json(data={**summary.to_json(), "shards": shards.to_json()})
    else:
        _print_summary(summary.to_json())
        err.print(
            f"shards: {shards.loaded} loaded, {shards.skipped} already loaded, "
            f"{shards.incomplete} incomplete (loaded again next time)",
            highlight=False,
        )
    if not summary.ok:
        raise typer.Exit(EXIT_PARTIAL)


@app.command()
def query(
    cypher: Annotated[str, typer.Argument(help="A read-only Cypher query.")],
    param: Annotated[
        list[str] | None, typer.Option("--param", "-p", help="name=JSON value, repeatable.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
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
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="File to write (replaced only when complete); default stdout."
        ),
    ] = None,
) -> None:
    """Print (or write) the whole graph as JSON: {"nodes": [...], "edges": [...]}."""
    with _edge():
        if fmt != "json":
            raise errors.InvalidInput(f"unknown export format {fmt!r} (expected json)")
        if output:
            check_output(output)
        store = _open(_settings())
        try:
            data = store.export()
        finally:
            store.close()
        text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)
        if output:
            with replaced_atomically(output) as fh:
                fh.write(text + "\n")
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
        # uvicorn shuts down gracefully on SIGTERM (then raises it again, so the exit status
        # is 143) but not on SIGHUP, which would stop its event loop mid-request
        signal.signal(signal.SIGHUP, lambda *_: signal.raise_signal(signal.SIGTERM))
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


HOST_HELP = "Address to listen on; beyond loopback, a token is required (see README)."
#: Worker processes, help text of ``serve --workers``.
WORKERS_HELP = (
    "API worker processes (uvicorn --workers). Each answers requests on its own core: 2 on a "
    "2-core machine roughly doubles the reads answered per second when a core is free."
)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help=HOST_HELP)] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option(min=1, max=64, help=WORKERS_HELP)] = 1,
) -> None:
    """Serve the REST API and the web UI on one port."""
    with _edge():
        _serve(_settings(), host, port, lambda _s: None, workers)


#: The bundled sample documents: package data (``dealgraph/samples`` links to ``samples/``).
SAMPLES = (Path(__file__).parent / "samples").resolve()


@app.command()
def demo(
    host: Annotated[str, typer.Option(help=HOST_HELP)] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port to listen on.")] = 8000,
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


@app.command()
def rules() -> None:
    """List the registered extraction rules (a name's first part is its module in ingest/)."""
    from ingest.rules import registered

    found = sorted(registered(), key=lambda r: r.name)
    table = Table(title="Extraction rules (ingest.rules): name, what it reads")
    table.add_column("rule", ratio=1)
    table.add_column("passages", justify="right")
    table.add_column("near misses", justify="right")
    for i, r in enumerate(found):
        last = i + 1 == len(found) or found[i + 1].module != r.module
        table.add_row(
            Text.assemble((r.name, "bold"), "\n", (r.reads, "dim")),
            str(len(r.matches)),
            str(len(r.rejects)),
            end_section=last,
        )
    out.print(table)
    out.print(f"{len(found)} rules, {sum(len(r.matches) for r in found)} passages")


# ------------------------------------------------------------------ the embedded store's server

store_app = typer.Typer(
    help="The embedded store's FalkorDB server (one per data folder, shared by processes).",
    no_args_is_help=True,
)
app.add_typer(store_app, name="store")


def _embedded_data_dir() -> Path:
    settings = _settings()
    if (settings.store or "").strip() not in ("", "embedded"):
        raise errors.ConfigError(
            "store status and stop concern the embedded store: unset DEALGRAPH_STORE and --store"
        )
    return settings.data_dir


@store_app.command("status")
def store_status(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Whether a server runs for the data folder, its pid and memory (starts nothing)."""
    from dataclasses import asdict

    from graph.embedded_server import server_status

    with _edge():
        status = server_status(
            _embedded_data_dir(), connect_timeout_s=_settings().connect_timeout_s
        )
    if as_json:
        out.print_json(
            data={k: str(v) if isinstance(v, Path) else v for k, v in asdict(status).items()}
        )
        return
    if not status.running:
        out.print(f"no server running for {status.data_dir}", highlight=False)
        return
    memory = f"{status.rss_mb} MB resident, {status.used_memory_mb} MB of data"
    users = "in use" if status.in_use else "not in use (stops after the idle time)"
    out.print(f"server pid {status.pid} for {status.data_dir}: {memory}, {users}", highlight=False)


@store_app.command("stop")
def store_stop() -> None:
    """Stop the data folder's server cleanly (refused while a DealGraph process uses it)."""
    from graph.embedded_server import stop_server

    with _edge():
        data_dir = _embedded_data_dir()
        pid = stop_server(data_dir, connect_timeout_s=_settings().connect_timeout_s)
    if pid is None:
        out.print(f"no server running for {data_dir}", highlight=False)
    else:
        out.print(f"stopped server pid {pid} for {data_dir}", highlight=False)
