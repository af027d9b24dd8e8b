"""Dependencies the routes declare with ``Annotated`` aliases (FastAPI template style).

The store and the settings live on ``app.state``: one store per process, opened in the
app's lifespan (or injected by tests), never at import time. The dependencies are async
because they only read that state: FastAPI runs a plain ``def`` dependency in its thread
pool, a hop that costs more than the lookup.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from dealgraph.errors import StoreUnavailable
from dealgraph.settings import Settings
from graph.store import GraphStore


async def get_store(request: Request) -> GraphStore:
    store: GraphStore | None = getattr(request.app.state, "store", None)
    if store is None:
        raise StoreUnavailable("the graph store is not open")
    return store


async def get_app_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


StoreDep = Annotated[GraphStore, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_app_settings)]
