"""``POST /api/cypher``: the read-only console (the store refuses writes, files, procedures)."""

from __future__ import annotations

import math
from typing import Any

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
        rows=json_safe(result.rows),
        graph=json_safe(result.graph),
        truncated=result.truncated,
        elapsed_ms=result.elapsed_ms,
    )


def json_safe(value: Any) -> Any:
    """Values JSON can carry: NaN/infinity become null, unknown engine types their text.

    The stores convert their drivers' values already; this is the edge's last guard so an
    analyst's exotic expression (a duration, say) answers a string rather than a 500.
    """
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, list | tuple):
        return [json_safe(v) for v in value]
    if isinstance(value, dict):
        return {str(k): json_safe(v) for k, v in value.items()}
    return str(value)
