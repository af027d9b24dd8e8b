"""The API token that guards the two endpoints that spend server resources or take input.

``POST /api/documents`` (ingests files) and ``POST /api/cypher`` (runs analysts' queries)
need ``Authorization: Bearer <token>`` when either
- a token is configured (``DEALGRAPH_API_TOKEN``): then it is always required, or
- the server listens beyond loopback (``Settings.listen_host``, which ``dealgraph serve --host``
  sets, kept on ``app.state.listen_host``): then, without a configured token, those
  endpoints are refused outright rather than left open to the network.
Reads (every ``GET /api/...``, the export included) follow the same rule when they are
guarded (:func:`reads_guarded`): by default whenever the server listens beyond loopback
with a token set, or as ``DEALGRAPH_READ_TOKEN_REQUIRED`` says. The UI's page and scripts
stay open (they hold no data) so that a user can load it and enter the token.
Tokens are compared with :func:`hmac.compare_digest` (constant time).
"""

from __future__ import annotations

import hmac
import ipaddress
from typing import Annotated
from urllib.parse import urlsplit

from fastapi import Depends, Request
from starlette.types import ASGIApp, Receive, Scope, Send

from api.errors import ForeignRequest, error_response
from dealgraph.errors import Unauthorized
from dealgraph.settings import Settings

LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})


def is_loopback(host: str | None) -> bool:
    """True for 127.0.0.0/8, ::1 and localhost; False for 0.0.0.0, :: and real interfaces."""
    if host is None:
        return True
    name = host.strip().strip("[]").lower()
    if name in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def token_matches(given: str, expected: str) -> bool:
    """Constant-time comparison of the presented token with the configured one."""
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


async def require_token(request: Request) -> None:
    """Dependency of the guarded routes: raise Unauthorized unless the caller may proceed
    (async: a check this small should not cost a trip through the thread pool)."""
    expected: str | None = request.app.state.settings.api_token
    listen_host: str | None = getattr(request.app.state, "listen_host", None)
    if not expected:
        if is_loopback(listen_host):
            return
        raise Unauthorized(
            "this server listens beyond loopback: set DEALGRAPH_API_TOKEN to enable this endpoint"
        )
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise Unauthorized("missing API token: send 'Authorization: Bearer <token>'")
    if not token_matches(given.strip(), expected):
        raise Unauthorized("wrong API token")


TokenRequired = Annotated[None, Depends(require_token)]


def reads_guarded(settings: Settings, listen_host: str | None) -> bool:
    """Whether GET endpoints need the token: as configured, else when the graph would be
    readable by the network although a token was set to protect it."""
    if settings.read_token_required is not None:
        return settings.read_token_required
    return bool(settings.api_token) and not is_loopback(listen_host)


async def require_read_token(request: Request) -> None:
    """Dependency of every API router: reads pass :func:`require_token` when guarded."""
    if request.method not in ("GET", "HEAD"):
        return  # writes have their own TokenRequired
    listen_host: str | None = getattr(request.app.state, "listen_host", None)
    if reads_guarded(request.app.state.settings, listen_host):
        await require_token(request)


#: ``include_router(..., dependencies=READ_GUARD)`` for the API's routers.
READ_GUARD = [Depends(require_read_token)]


def _host_name(host_header: str) -> str:
    """``127.0.0.1:8000`` -> ``127.0.0.1``; ``[::1]:8000`` -> ``::1``."""
    if host_header.startswith("["):
        return host_header[1:].split("]", 1)[0]
    return host_header.rsplit(":", 1)[0] if host_header.count(":") == 1 else host_header


class LoopbackGuard:
    """On a loopback server, answer only loopback names and pages (or configured origins).

    Without this, any web page the analyst visits could POST documents into their graph
    (a multipart POST needs no CORS preflight), and a page whose DNS name is re-bound to
    127.0.0.1 could read the whole export. Plain ASGI rather than ``@app.middleware``:
    Starlette's ``BaseHTTPMiddleware`` relays every response through a task and a stream,
    which cost about half a millisecond per request.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        refusal = _foreign(Request(scope)) if scope["type"] == "http" else None
        if refusal is not None:
            await error_response(refusal)(scope, receive, send)
            return
        await self.app(scope, receive, send)


def _foreign(request: Request) -> ForeignRequest | None:
    if not is_loopback(getattr(request.app.state, "listen_host", None)):
        return None
    origin = request.headers.get("origin")
    allowed = request.app.state.settings.cors_origins
    if not is_loopback(_host_name(request.headers.get("host", ""))):
        return ForeignRequest("this server answers only to localhost")
    if origin and origin not in allowed and not is_loopback(urlsplit(origin).hostname):
        return ForeignRequest(f"requests from {origin} are not allowed")
    return None
