"""``GET /api/instruments/{key}``: a note, debenture or warrant and what surrounds it."""

from __future__ import annotations

from fastapi import APIRouter

from api.convert import ModelResponse, as_node, one_row, relations, sort_relations
from api.deps import StoreDep
from api.models import InstrumentDetail
from api.routes.nodes import NOT_FOUND, RELATION_CAP, KeyPath

router = APIRouter(tags=["instruments"])

_BUCKETS: dict[tuple[str, str], str] = {
    ("ISSUES", "in"): "issuers",
    ("HOLDS", "in"): "holders",
    ("ISSUED_UNDER", "out"): "issued_under",
    ("SECURES", "in"): "secured_by",
    ("PARTY_TO", "in"): "parties",
    ("AMENDS", "out"): "amends",
    ("AMENDS", "in"): "amended_by",
}


@router.get("/api/instruments/{key}", response_model=InstrumentDetail, responses=NOT_FOUND)
def instrument(store: StoreDep, key: KeyPath) -> ModelResponse:
    """Issuer, holders, the agreement it is issued under, what secures it."""
    row = one_row(store, "api_instrument", {"key": key, "limit": RELATION_CAP}, "instrument")
    buckets = sort_relations(relations(key, row["relations"]), _BUCKETS)
    return ModelResponse(
        InstrumentDetail(
            instrument=as_node(row["instrument"]),
            issuers=buckets["issuers"],
            holders=buckets["holders"],
            issued_under=buckets["issued_under"],
            secured_by=buckets["secured_by"],
            parties=buckets["parties"],
            amends=buckets["amends"],
            amended_by=buckets["amended_by"],
            other=buckets["other"],
        )
    )
