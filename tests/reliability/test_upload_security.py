"""``POST /api/documents`` as an attacker sees it: size, type and filename.

``tests/test_api_upload.py`` holds the everyday cases; here: the size limit at its exact
boundary and before the body is read (no Content-Length, a lying one), too many files,
declared types that are not documents, and filenames, fuzzed, that must never leave the
upload's private folder nor show up as a path anywhere in the graph.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from api_sample_graph import client_for
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from api.uploads import MAX_FILES, safe_filename
from graph.store import GraphStore
from tests.paths import CORPUS

SMALL = CORPUS / "edgar" / "0001493152-23-000031_2.txt"
SAFE_CHARS = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-")


HOSTILE_PARTS = [
    "..", ".", "/", "\\", "~", "C:", "%2e%2e", "\x00", "etc", "passwd",
    "\u2215", "\uff0e\uff0e", "\u202e", ":", "$HOME", " ",
]  # fmt: skip


@settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],  # a busy machine is not a failure
)
@given(
    st.one_of(
        st.text(max_size=300),
        st.lists(st.sampled_from(HOSTILE_PARTS), max_size=30).map("".join),
    )
)
def test_safe_filename_never_escapes(name: str) -> None:
    safe = safe_filename(name)
    assert safe and set(safe) <= SAFE_CHARS
    assert not safe.startswith((".", "-")) and ".." not in safe.split("/")
    assert len(safe) <= 120
    assert Path(safe).name == safe  # one path component, nothing to traverse


def test_size_limit_boundary(embedded_store: GraphStore) -> None:
    text = SMALL.read_bytes()
    limit = len(text)
    with client_for(embedded_store, max_document_bytes=limit) as client:
        ok = client.post("/api/documents", files={"files": ("at-limit.txt", text, "text/plain")})
        assert ok.status_code == 200, ok.text
        r = client.post("/api/documents", files={"files": ("over.txt", text + b"x", "text/plain")})
        assert r.status_code == 413
        assert "over.txt" in r.json()["error"]["message"]
    assert embedded_store.counts()["labels"]["Document"] == 1


def test_body_is_bounded_before_it_is_read(embedded_store: GraphStore) -> None:
    """No Content-Length: 411; a declared length beyond the bound: 413, body never read."""
    sent: list[int] = []

    def body() -> Iterator[bytes]:
        for _ in range(64):
            sent.append(1)
            yield b"a" * 65536

    boundary = "XyZ"
    headers = {"Content-Type": f"multipart/form-data; boundary={boundary}"}
    with client_for(embedded_store, max_document_bytes=10_000) as client:
        r = client.post("/api/documents", content=body(), headers=headers)
        assert r.status_code == 411, r.text
        r = client.post(
            "/api/documents",
            content=b"x",
            headers={**headers, "Content-Length": str(10**12)},
        )
        assert r.status_code in (400, 413), r.text
        r = client.post("/api/documents", content=b"x", headers={**headers, "Content-Length": "-5"})
        assert r.status_code in (400, 413), r.text
    assert embedded_store.counts()["labels"]["Document"] == 0


def test_too_many_files_is_refused(embedded_store: GraphStore) -> None:
    files = [("files", (f"f{i}.txt", b"hello", "text/plain")) for i in range(MAX_FILES + 1)]
    with client_for(embedded_store) as client:
        r = client.post("/api/documents", files=files)
    assert 400 <= r.status_code < 500, r.text
    assert embedded_store.counts()["labels"]["Document"] == 0


@pytest.mark.parametrize(
    ("name", "ctype"),
    [
        ("a.txt", "application/x-msdownload"),
        ("a.txt", "application/javascript"),
        ("a.htm", "image/svg+xml"),
        ("a.html", "application/zip"),
        ("a.exe", "text/plain"),
        ("a.txt.exe", "text/plain"),
        ("a.svg", "text/html"),
        ("a.sh", "text/plain"),
    ],
)
def test_content_type_and_extension_checked(
    embedded_store: GraphStore, name: str, ctype: str
) -> None:
    with client_for(embedded_store) as client:
        r = client.post("/api/documents", files={"files": (name, SMALL.read_bytes(), ctype)})
    assert r.status_code == 415, r.text
    assert embedded_store.counts()["labels"]["Document"] == 0


@pytest.mark.parametrize(
    "name",
    [
        "../../../../../../tmp/dealgraph-escape.txt",
        "..\\..\\..\\..\\tmp\\dealgraph-escape.txt",
        "/tmp/dealgraph-escape.txt",
        "....//....//tmp/dealgraph-escape.txt",
        "%2e%2e%2f%2e%2e%2ftmp%2fdealgraph-escape.txt",
        "\u2025/\u2025/tmp/dealgraph-escape.txt",
    ],
)
def test_traversal_names_stay_inside(embedded_store: GraphStore, name: str) -> None:
    target = Path("/tmp/dealgraph-escape.txt")
    existed = target.exists()
    before = target.stat().st_mtime_ns if existed else None
    with client_for(embedded_store) as client:
        r = client.post("/api/documents", files={"files": (name, SMALL.read_bytes(), "text/plain")})
        assert r.status_code == 200, r.text
        saved = r.json()["files"][0]["saved_as"]
        assert "/" not in saved and "\\" not in saved and not saved.startswith(".")
        doc = client.get("/api/documents").json()["items"][0]
    assert (target.stat().st_mtime_ns if target.exists() else None) == before
    path = doc["properties"]["path"]
    assert ".." not in path and not path.startswith("/") and "dealgraph-upload-" not in path
    assert path == f"upload/{saved}"


def test_upload_leaves_no_temporary_files(embedded_store: GraphStore, tmp_path: Path) -> None:
    import tempfile

    def ours() -> set[str]:
        return {p for p in os.listdir(tempfile.gettempdir()) if p.startswith("dealgraph-upload-")}

    before = ours()
    with client_for(embedded_store) as client:
        client.post("/api/documents", files={"files": ("a.txt", SMALL.read_bytes(), "text/plain")})
        client.post("/api/documents", files={"files": ("b.txt", b"\x00\x01", "text/plain")})
        client.post("/api/documents", files={"files": ("c.pdf", b"%PDF", "application/pdf")})
    assert ours() <= before
