"""``GET /api/health``: is the store reachable, and what does it hold."""

from __future__ import annotations

from fastapi import APIRouter

from api.convert import ModelResponse
from api.deps import StoreDep
from api.models import ErrorResponse, Health

router = APIRouter(tags=["health"])


@router.get(
    "/api/health",
    response_model=Health,
    responses={503: {"model": ErrorResponse, "description": "Store unreachable"}},
)
def health(store: StoreDep) -> ModelResponse:
    """Store reachable (503 otherwise), node counts by label and edge counts by type."""
    store.ping()
    return ModelResponse(Health(store=store.kind, counts=store.counts()))
