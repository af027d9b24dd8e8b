"""``POST /api/fetch``: the ``dealgraph fetch`` of the API (token-protected, like uploads).

The fetch runs in a worker thread under the same lock as uploads (one ingestion at a
time) and answers both summaries once everything fetched has been ingested.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from api.auth import TokenRequired
from api.deps import SettingsDep, StoreDep
from api.errors import FetchDisabled
from api.models import ErrorResponse
from api.routes.documents import INGEST_LOCK
from dealgraph.edgar.http import user_agent
from dealgraph.errors import ConfigError

router = APIRouter(tags=["documents"])


class FetchBody(BaseModel):
    """Exactly one of ``ticker``, ``cik``, ``company``, ``accession`` (with ``cik`` for a
    filing agent's accession); then the filters, as ``dealgraph fetch`` takes them."""

    ticker: str | None = None
    cik: str | None = None
    company: str | None = None
    accession: str | None = None
    forms: list[str] = Field(default_factory=list, examples=[["10-K", "8-K"]])
    exhibits: list[str] = Field(default_factory=lambda: ["EX-10"], examples=[["EX-10", "EX-4"]])
    since: str | None = Field(default=None, examples=["2001-01-01"])
    until: str | None = None
    titles: list[str] = Field(default_factory=list, examples=[["credit", "amend"]])
    limit: int | None = Field(default=None, ge=1, le=1000)
    ingest: bool = True


class FetchAnswer(BaseModel):
    fetch: dict[str, Any]
    ingest: dict[str, Any] | None = None


@router.post(
    "/api/fetch",
    response_model=FetchAnswer,
    responses={
        400: {"model": ErrorResponse, "description": "A malformed request"},
        401: {"model": ErrorResponse, "description": "Missing or wrong API token"},
        403: {"model": ErrorResponse, "description": "No EDGAR User-Agent on this server"},
        404: {"model": ErrorResponse, "description": "No such ticker, company or filing"},
        502: {"model": ErrorResponse, "description": "EDGAR did not answer"},
    },
)
async def fetch(
    body: FetchBody, store: StoreDep, settings: SettingsDep, _: TokenRequired
) -> FetchAnswer:
    """Fetch a company's agreements (or one filing's) from EDGAR and ingest them."""
    try:
        user_agent(settings)
    except ConfigError as exc:
        raise FetchDisabled(f"fetching from EDGAR is off on this server: {exc.message}") from None
    from dealgraph.edgar.fetch import FetchRequest
    from dealgraph.edgar.run import run_fetch

    req = FetchRequest(
        ticker=body.ticker,
        cik=body.cik,
        company=body.company,
        accession=body.accession,
        forms=tuple(body.forms),
        exhibits=tuple(body.exhibits),
        since=body.since,
        until=body.until,
        titles=tuple(body.titles),
        limit=body.limit,
    ).checked()

    def work() -> FetchAnswer:
        with INGEST_LOCK:
            result = run_fetch(settings, req, store=store if body.ingest else None)
        data = result.to_json()
        return FetchAnswer(fetch=data["fetch"], ingest=data["ingest"])

    return await run_in_threadpool(work)
