"""The ONE place where errors become HTTP answers.

Every failure leaves the API as ``{"error": {"code", "message", "position"?}}``:
- a :class:`~dealgraph.errors.DealGraphError` gets the status of the nearest class in
  :data:`STATUS` (walking its MRO, so a subclass inherits its parent's status);
- request validation failures answer 422 in the same envelope;
- Starlette's own HTTP errors (unknown path, wrong method) keep their status;
- anything else is a 500 whose message says nothing about the request (no parameters,
  no document text: they are confidential deal terms).
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from dealgraph.errors import (
    ConfigError,
    DealGraphError,
    InvalidInput,
    NotFound,
    QuerySyntaxError,
    QueryTimeout,
    ReadOnlyViolation,
    SourceUnavailable,
    StoreUnavailable,
    Unauthorized,
)

log = logging.getLogger("dealgraph.api")


class PayloadTooLarge(InvalidInput):
    """An upload larger than ``Settings.max_document_bytes``."""

    code = "payload_too_large"


class UnsupportedMediaType(InvalidInput):
    """An upload whose extension or content type we do not read."""

    code = "unsupported_media_type"


class LengthRequired(InvalidInput):
    """An upload without Content-Length (we bound uploads before reading them)."""

    code = "length_required"


class FetchDisabled(DealGraphError):
    """``POST /api/fetch`` on a server without an EDGAR User-Agent: EDGAR is not asked."""

    code = "fetch_disabled"


class ForeignRequest(DealGraphError):
    """A request a loopback server must not answer: another site's page, or a rebound DNS name."""

    code = "foreign_request"


#: DealGraphError class -> HTTP status. Most specific classes are found first via the MRO.
STATUS: dict[type[DealGraphError], int] = {
    DealGraphError: 500,
    ConfigError: 500,
    InvalidInput: 400,
    QuerySyntaxError: 400,
    PayloadTooLarge: 413,
    LengthRequired: 411,
    UnsupportedMediaType: 415,
    NotFound: 404,
    ReadOnlyViolation: 403,
    ForeignRequest: 403,
    Unauthorized: 401,
    QueryTimeout: 504,
    StoreUnavailable: 503,
    SourceUnavailable: 502,
    FetchDisabled: 403,
}

_HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "validation_error",
}


def status_for(exc: DealGraphError) -> int:
    """The HTTP status of ``exc``: that of the nearest class in :data:`STATUS`."""
    for cls in type(exc).__mro__:
        if cls in STATUS:
            return STATUS[cls]
    return 500


def envelope(code: str, message: str, position: dict[str, int] | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"code": code, "message": message}
    if position is not None:
        body["position"] = position
    return {"error": body}


def error_response(exc: DealGraphError) -> JSONResponse:
    status = status_for(exc)
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    if status >= 500 and not isinstance(exc, QueryTimeout | StoreUnavailable):
        log.error("request failed: %s (%s)", type(exc).__name__, exc.code)
    return JSONResponse(
        envelope(exc.code, exc.message, exc.position), status_code=status, headers=headers
    )


async def _dealgraph_handler(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, DealGraphError)
    return error_response(exc)


async def _validation_handler(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    parts = []
    for err in exc.errors()[:5]:
        where = ".".join(str(p) for p in err.get("loc", ()))
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    message = "; ".join(parts) or "invalid request"
    return JSONResponse(envelope("validation_error", message), status_code=422)


async def _http_handler(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = _HTTP_CODES.get(exc.status_code, "http_error")
    message = exc.detail if isinstance(exc.detail, str) else code.replace("_", " ")
    return JSONResponse(envelope(code, message), status_code=exc.status_code, headers=exc.headers)


async def _unexpected_handler(_: Request, exc: Exception) -> JSONResponse:
    # Only the type: messages of driver errors may quote query parameters.
    log.error("unexpected %s while serving a request", type(exc).__name__)
    return JSONResponse(envelope("internal_error", "internal server error"), status_code=500)


def install(app: FastAPI) -> None:
    """Register the handlers on ``app``; called once by :func:`api.app.create_app`."""
    app.add_exception_handler(DealGraphError, _dealgraph_handler)
    app.add_exception_handler(RequestValidationError, _validation_handler)
    app.add_exception_handler(StarletteHTTPException, _http_handler)
    app.add_exception_handler(Exception, _unexpected_handler)
