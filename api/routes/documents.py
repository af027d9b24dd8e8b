"""``/api/documents``: list, one, its text (what evidence offsets index), and upload.

An upload is bounded before it is read (Content-Length against the per-file limit times
the file count), saved under sanitised names in a private temporary directory, ingested by
``dealgraph.pipeline.ingest_paths`` in a worker thread (one ingestion at a time), and
answered with the pipeline's summary.
"""

from __future__ import annotations

import tempfile
import threading
from pathlib import Path as FsPath
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import PlainTextResponse
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from api.auth import TokenRequired
from api.convert import ModelResponse, as_node, one_row
from api.deps import SettingsDep, StoreDep
from api.errors import LengthRequired, PayloadTooLarge
from api.models import DocumentDetail, DocumentList, ErrorResponse, IngestResult, UploadedFile
from api.routes.nodes import NOT_FOUND, KeyPath
from api.uploads import MAX_FILES, check_type, safe_filename, save
from dealgraph.errors import InvalidInput, NotFound
from dealgraph.settings import Settings
from graph.store import GraphStore

router = APIRouter(tags=["documents"])

INGEST_LOCK = threading.Lock()
#: Allowance for multipart boundaries and headers on top of the files themselves.
_MULTIPART_OVERHEAD = 64 * 1024

_UPLOAD_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["files"],
                    "properties": {
                        "files": {
                            "type": "array",
                            "items": {"type": "string", "format": "binary"},
                            "description": "EDGAR .txt, .htm or .html exhibits",
                        }
                    },
                }
            }
        },
    }
}


@router.get("/api/documents", response_model=DocumentList)
def documents(
    store: StoreDep,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> ModelResponse:
    """Documents ingested so far (path, title, exhibit, chars), by title."""
    rows = store.read("api_documents", {"skip": offset, "limit": limit})
    return ModelResponse(
        DocumentList(items=[as_node(r["document"]) for r in rows], limit=limit, offset=offset)
    )


@router.post(
    "/api/documents",
    response_model=IngestResult,
    openapi_extra=_UPLOAD_BODY,
    responses={
        400: {"model": ErrorResponse, "description": "Nothing could be ingested"},
        401: {"model": ErrorResponse, "description": "Missing or wrong API token"},
        411: {"model": ErrorResponse, "description": "No Content-Length"},
        413: {"model": ErrorResponse, "description": "A file is over the size limit"},
        415: {"model": ErrorResponse, "description": "Not a .txt/.htm/.html text document"},
    },
)
async def upload(
    request: Request, store: StoreDep, settings: SettingsDep, _: TokenRequired
) -> IngestResult:
    """Ingest one or more uploaded files (field ``files``); answers the ingest summary."""
    _check_length(request, settings.max_document_bytes)
    async with request.form(max_files=MAX_FILES, max_fields=MAX_FILES) as form:
        uploads = [v for k, v in form.multi_items() if k == "files" and isinstance(v, UploadFile)]
        if not uploads:
            raise InvalidInput("send one or more files in the multipart field 'files'")
        return await run_in_threadpool(_save_and_ingest, store, settings, uploads)


def _check_length(request: Request, max_bytes: int) -> None:
    raw = request.headers.get("content-length")
    if raw is None:
        raise LengthRequired("uploads need a Content-Length header")
    try:
        length = int(raw)
    except ValueError:
        raise InvalidInput("malformed Content-Length header") from None
    if length > max_bytes * MAX_FILES + _MULTIPART_OVERHEAD:
        raise PayloadTooLarge(f"upload larger than {MAX_FILES} files of {max_bytes} bytes")


def _save_and_ingest(
    store: GraphStore, settings: Settings, uploads: list[UploadFile]
) -> IngestResult:
    with tempfile.TemporaryDirectory(prefix="dealgraph-upload-") as tmp:
        saved: list[tuple[FsPath, UploadedFile]] = []
        for i, up in enumerate(uploads):
            name = safe_filename(up.filename)
            check_type(name, up.content_type)
            folder = FsPath(tmp) / str(i)
            folder.mkdir()
            target = folder / name
            size = save(up.file, target, settings.max_document_bytes, name)
            saved.append(
                (target, UploadedFile(filename=up.filename or "", saved_as=name, bytes=size))
            )
        from dealgraph.pipeline import ingest_paths  # the heavy NLP stack loads on first upload

        with INGEST_LOCK:
            summary = ingest_paths(
                store,
                [p for p, _ in saved],
                settings,
                shown_as={p: f"upload/{f.saved_as}" for p, f in saved},
            )
        report = summary.to_json()
    if summary.errors and not (summary.documents_added or summary.documents_unchanged):
        raise InvalidInput("nothing ingested: " + "; ".join(report["errors"][:5]))
    return IngestResult(files=[f for _, f in saved], summary=report)


@router.get("/api/documents/{key}/text", response_class=PlainTextResponse, responses=NOT_FOUND)
def document_text(store: StoreDep, key: KeyPath) -> PlainTextResponse:
    """The decoded text that evidence offsets index (``text[start:end] == evidence.text``)."""
    text = store.document_text(key)
    if text is None:
        raise NotFound(f"no document with key {key!r}")
    return PlainTextResponse(text, media_type="text/plain; charset=utf-8")


@router.get("/api/documents/{key}", response_model=DocumentDetail, responses=NOT_FOUND)
def document(store: StoreDep, key: KeyPath) -> ModelResponse:
    """One document's properties and the agreements and instruments it contains."""
    row = one_row(store, "api_document", {"key": key}, "document")
    return ModelResponse(
        DocumentDetail(
            document=as_node(row["document"]), contains=[as_node(m) for m in row["contains"]]
        )
    )
