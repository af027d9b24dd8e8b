"""A whole ``fetch``, as the CLI and the API run it: fetch, then ingest what was fetched.

Ingestion is the ordinary pipeline over the fetched files (their sidecars carry the
filing), so ``dealgraph fetch --no-ingest`` followed by ``dealgraph ingest DIR`` gives
the same graph.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dealgraph.edgar.catalog import FilingRef
from dealgraph.edgar.fetch import FetchRequest, FetchSummary, fetch
from dealgraph.edgar.http import EdgarClient
from dealgraph.settings import Settings
from graph.store import GraphStore

if TYPE_CHECKING:
    from dealgraph.writing import FileResult, IngestSummary


@dataclass(frozen=True, slots=True)
class FetchResult:
    fetched: FetchSummary
    ingested: IngestSummary | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "fetch": self.fetched.to_json(),
            "ingest": self.ingested.to_json() if self.ingested else None,
        }


def default_out(settings: Settings) -> Path:
    return settings.edgar_home / "filings"


def run_fetch(
    settings: Settings,
    req: FetchRequest,
    *,
    out: Path | None = None,
    store: GraphStore | None = None,
    client: EdgarClient | None = None,
    on_plan: Callable[[int], None] | None = None,
    on_filing: Callable[[FilingRef], None] | None = None,
    on_file: Callable[[FileResult], None] | None = None,
) -> FetchResult:
    """Fetch into ``out`` (default ``edgar_home/filings``); ingest into ``store`` if given."""
    own = client is None
    client = client or EdgarClient(settings)
    try:
        fetched = fetch(
            client, req, out or default_out(settings), on_plan=on_plan, on_filing=on_filing
        )
    finally:
        if own:
            client.close()
    if store is None or not fetched.files:
        return FetchResult(fetched)
    from dealgraph.pipeline import ingest_paths  # the NLP stack loads only to ingest

    paths = [Path(f) for f in fetched.files]
    return FetchResult(fetched, ingest_paths(store, paths, settings, on_file=on_file))
