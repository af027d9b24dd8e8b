"""``GET /api/search``: ranked matches over titles, names and aliases."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.convert import ModelResponse, split_list
from api.deps import StoreDep
from api.models import ErrorResponse, SearchHit, SearchResult
from dealgraph.errors import InvalidInput
from graph import schema

router = APIRouter(tags=["search"])

#: Labels the search covers by default. Documents only when asked for (``label=Document``):
#: a filing's title is its main agreement's title, so they would list every agreement twice.
SEARCH_LABELS = ("Agreement", "Party", "Instrument", "Asset")


@router.get(
    "/api/search",
    response_model=SearchResult,
    responses={400: {"model": ErrorResponse, "description": "Unknown label"}},
)
def search(
    store: StoreDep,
    q: Annotated[
        str,
        Query(
            min_length=1,
            max_length=200,
            description="Words to look for",
            openapi_examples={"party": {"value": "Zoltek"}, "title": {"value": "amendment"}},
        ),
    ],
    label: Annotated[
        list[str] | None,
        Query(
            description="Restrict to these labels (repeat or comma-separate)",
            openapi_examples={"agreements": {"value": ["Agreement"]}},
        ),
    ] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0, le=1000)] = 0,
) -> ModelResponse:
    """Full-text search over agreements, parties, instruments and assets (documents when
    ``label`` names them); ranked by the store, best first."""
    labels = [schema.label(x) for x in split_list(label)] or list(SEARCH_LABELS)
    if not q.strip():
        raise InvalidInput("empty search text")
    hits = store.search(q, labels, limit + offset)[offset : offset + limit]
    return ModelResponse(
        SearchResult(
            query=q, items=[SearchHit.model_validate(h) for h in hits], limit=limit, offset=offset
        )
    )
