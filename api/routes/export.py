"""``GET /api/export``: the whole graph, the same JSON as ``dealgraph export``."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from api.deps import StoreDep
from api.models import Export

router = APIRouter(tags=["export"])


@router.get("/api/export", response_model=Export)
def export(store: StoreDep) -> dict[str, list[dict[str, Any]]]:
    """``{"nodes": [{id, label, properties, evidence}], "edges": [...]}``, sorted."""
    return store.export()
