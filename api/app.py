"""The FastAPI application: REST queries, the read-only console, the web UI's files.

:func:`create_app` is the only way to build it. One store per process: the lifespan opens
it with :func:`graph.stores.open_store` and closes it at shutdown, unless the caller
injects one (tests, ``dealgraph demo``), in which case the caller owns and closes it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from api import auth, caching, errors
from api.routes import (
    agreements,
    changes,
    cypher,
    documents,
    export,
    fetch,
    health,
    instruments,
    nodes,
    parties,
    search,
    ui,
)
from dealgraph.settings import Settings, get_settings
from graph.store import GraphStore

DESCRIPTION = """
A knowledge graph of SEC-filed agreements, parties and instruments. Every node and edge
carries `evidence`: the document key, character offsets and the exact quoted text
(`GET /api/documents/{key}/text` returns the text those offsets index). Answers quote every
edge's evidence; a node's own evidence comes with its details (`GET /api/nodes/{key}` and the
agreement, party, instrument and document pages) and with each amendment of "what amends X",
and is `null` on nodes in lists, where a bank cited in thousands of filings would repeat it.

Every `GET /api/...` answer carries an `ETag` that changes with every write to the graph:
send it back in `If-None-Match` for `304 Not Modified` while the graph is unchanged. Lists
that grow with the graph come in pages (`limit`, `offset`; a party's agreements say `total`).

Errors answer `{"error": {"code", "message", "position"?}}` with a meaningful status.
`POST /api/documents` and `POST /api/cypher` need `Authorization: Bearer <token>` when a
token is configured or the server listens beyond loopback; so do the `GET` endpoints when a
server listening beyond loopback has a token (or `DEALGRAPH_READ_TOKEN_REQUIRED=true`).
"""


def create_app(
    settings: Settings | None = None,
    store: GraphStore | None = None,
    *,
    listen_host: str | None = None,
    ui_dist: Path | None = None,
) -> FastAPI:
    """Build the app. ``listen_host`` overrides ``Settings.listen_host`` (the token rule)."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if app.state.store is not None:  # injected: the caller owns it
            yield
            return
        from graph.stores import open_store

        opened = open_store(settings)
        app.state.store = opened
        try:
            yield
        finally:
            app.state.store = None
            opened.close()

    app = FastAPI(
        title="DealGraph",
        version="0.1.0",
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url="/docs",
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.store = store
    app.state.listen_host = listen_host or settings.listen_host
    dist = ui_dist or ui.UI_DIST
    app.state.ui_dist = dist

    errors.install(app)
    # innermost: answers it keeps have passed every check outside it
    app.add_middleware(caching.VersionedReads, cache_bytes=settings.cache_mb * 2**20)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type"],
            allow_credentials=False,
        )
    app.add_middleware(auth.LoopbackGuard)
    app.add_middleware(ui.SecurityHeaders)  # outermost: the guard's refusals get them too

    for module in (
        health,
        search,
        nodes,
        agreements,
        changes,
        parties,
        instruments,
        documents,
        fetch,
        cypher,
        export,
    ):
        app.include_router(module.router, dependencies=auth.READ_GUARD)
    app.include_router(ui.router)
    ui.mount_assets(app, dist)
    return app
