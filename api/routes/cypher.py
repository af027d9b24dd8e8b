"""``POST /api/cypher``: the read-only console (the store refuses writes, files, procedures)."""

from __future__ import annotations

from fastapi import APIRouter

from api.auth import TokenRequired
from api.deps import SettingsDep, StoreDep
from api.models import CypherRequest, CypherResult, ErrorResponse

router = APIRouter(tags=["console"])


@router.post(
    "/api/cypher",
    response_model=CypherResult,
    responses={
        400: {"model": ErrorResponse, "description": "Syntax error (with position)"},
        401: {"model": ErrorResponse, "description": "Missing or wrong API token"},
        403: {"model": ErrorResponse, "description": "Not a read-only query"},
        504: {"model": ErrorResponse, "description": "Ran past the time limit"},
    },
)
def cypher(
    body: CypherRequest, store: StoreDep, settings: SettingsDep, _: TokenRequired
) -> CypherResult:
    """Run one read-only query with the server's time limit and row cap."""
    result = store.console(
        body.query,
        body.params,
        timeout_s=settings.console_timeout_s,
        row_cap=settings.console_row_cap,
    )
    return CypherResult(
        columns=result.columns,
        rows=result.rows,
        graph=result.graph,
        truncated=result.truncated,
        elapsed_ms=result.elapsed_ms,
    )
