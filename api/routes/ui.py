"""``GET /``: the web UI built into ``api/ui/dist`` (``make ui``), or a page saying so.

UI pages carry a Content-Security-Policy that allows only our own scripts (no inline
script, no third-party origin); the header is added by :class:`SecurityHeaders`.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, FastAPI, Request, Response
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

UI_DIST = Path(__file__).resolve().parent.parent / "ui" / "dist"

#: Scripts only from our origin; styles may be set inline by the graph and editor
#: libraries (CodeMirror injects style elements); nothing may frame the UI.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)

NOT_BUILT = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>DealGraph: UI not built</title></head>
<body><main><h1>UI not built: run make ui</h1>
<p>The API is up: see <a href="/docs">/docs</a> and <a href="/api/health">/api/health</a>.</p>
</main></body></html>
"""

router = APIRouter(tags=["ui"], include_in_schema=False)


def ui_dist(request: Request) -> Path:
    dist: Path = getattr(request.app.state, "ui_dist", UI_DIST)
    return dist


@router.get("/", response_class=HTMLResponse)
def index(request: Request) -> Response:
    """The single page of the web UI (503 with instructions when it has not been built)."""
    page = ui_dist(request) / "index.html"
    if not page.is_file():
        return HTMLResponse(NOT_BUILT, status_code=503)
    return FileResponse(page, media_type="text/html; charset=utf-8")


def mount_assets(app: FastAPI, dist: Path) -> None:
    """Serve ``dist/assets`` at ``/assets`` and the rest of ``dist`` at ``/ui`` if built."""
    if (dist / "assets").is_dir():
        app.mount("/assets", StaticFiles(directory=dist / "assets"), name="assets")
    if dist.is_dir():
        app.mount("/ui", StaticFiles(directory=dist, html=True), name="ui")


def is_ui_path(path: str) -> bool:
    return path == "/" or path.startswith(("/assets/", "/ui/", "/ui"))


class SecurityHeaders:
    """CSP on UI pages; ``nosniff`` everywhere (document text is never run as HTML).

    Plain ASGI, like :class:`api.auth.LoopbackGuard`: the headers are added to the response
    start message as it passes, without relaying the body.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        ui_page = is_ui_path(scope["path"])

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("X-Content-Type-Options", "nosniff")
                if ui_page:
                    headers["Content-Security-Policy"] = CSP
                    headers.setdefault("Referrer-Policy", "no-referrer")
            await send(message)

        await self.app(scope, receive, send_with_headers)
