"""POST /api/documents: bounded, sanitised uploads that end in the pipeline's summary."""

from __future__ import annotations

from pathlib import Path

import pytest
from api_sample_graph import SEED, client_for

from api.uploads import safe_filename
from graph.store import GraphStore


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("../../etc/passwd.txt", "passwd.txt"),
        ("..\\..\\Windows\\evil.htm", "evil.htm"),
        ("/abs/path/ex10-14.txt", "ex10-14.txt"),
        ("..", "document"),
        ("", "document"),
        (None, "document"),
        (".hidden.txt", "hidden.txt"),
        ("exhibit 10.14 (final).txt", "exhibit_10.14_final_.txt"),
        ("ｅｘ.txt", "ex.txt"),  # NFKC folds full-width letters
        ("x\x00y.txt", "x_y.txt"),
    ],
)
def test_safe_filename(name: str | None, safe: str) -> None:
    assert safe_filename(name) == safe


def test_oversized_file_is_413(embedded_store: GraphStore) -> None:
    with client_for(embedded_store, max_document_bytes=1000) as client:
        r = client.post("/api/documents", files={"files": ("big.txt", b"a" * 1001, "text/plain")})
        assert r.status_code == 413
        assert r.json()["error"]["code"] == "payload_too_large"
        # past the whole-request bound: refused from Content-Length before reading the body
        big = {"files": ("big.txt", b"a" * 100_000, "text/plain")}
        r = client.post("/api/documents", files=big)
        assert r.status_code == 413
    assert embedded_store.counts()["labels"]["Document"] == 0


@pytest.mark.parametrize(
    ("name", "content", "ctype"),
    [
        ("report.pdf", b"%PDF-1.4", "application/pdf"),
        ("image.txt", b"hello", "image/png"),
        ("binary.txt", b"\x00\x01\x02\x03", "application/octet-stream"),
        ("noext", b"hello", "text/plain"),
    ],
)
def test_unsupported_types_are_415(
    embedded_store: GraphStore, name: str, content: bytes, ctype: str
) -> None:
    with client_for(embedded_store) as client:
        r = client.post("/api/documents", files={"files": (name, content, ctype)})
        assert r.status_code == 415, r.text
        assert r.json()["error"]["code"] == "unsupported_media_type"


def test_empty_and_missing_files_are_400(embedded_store: GraphStore) -> None:
    with client_for(embedded_store) as client:
        r = client.post("/api/documents", files={"files": ("empty.txt", b"", "text/plain")})
        assert r.status_code == 400
        assert "empty" in r.json()["error"]["message"]
        r = client.post("/api/documents", data={"other": "x"})
        assert r.status_code == 400
        assert "'files'" in r.json()["error"]["message"]


def test_traversal_filename_is_saved_under_a_safe_name(
    embedded_store: GraphStore, tmp_path: Path
) -> None:
    victim = tmp_path / "passwd.txt"
    name = "../" * 12 + str(victim).lstrip("/")
    with client_for(embedded_store) as client:
        r = client.post("/api/documents", files={"files": (name, SEED.read_bytes(), "text/plain")})
    assert not victim.exists()
    assert r.status_code in (200, 400), r.text
    if r.status_code == 200:
        [f] = r.json()["files"]
        assert f["filename"] == name and f["saved_as"] == "passwd.txt"
        assert "dealgraph-upload-" not in str(r.json()["summary"])


def test_upload_ingests_and_is_idempotent(embedded_store: GraphStore) -> None:
    with client_for(embedded_store) as client:
        files = {"files": ("002_b203cef46917a992.txt", SEED.read_bytes(), "text/plain")}
        r = client.post("/api/documents", files=files)
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["files"][0]["bytes"] == len(SEED.read_bytes())
        assert body["summary"]["documents_added"] == 1
        assert body["summary"]["nodes_added"] > 0
        [doc] = client.get("/api/documents").json()["items"]
        text = client.get(f"/api/documents/{doc['id']}/text").text
        assert "SECOND AMENDMENT TO CREDIT AGREEMENT" in text
        again = client.post("/api/documents", files=files).json()
        assert again["summary"]["documents_added"] == 0
        assert again["summary"]["documents_unchanged"] == 1
        assert again["summary"]["nodes_added"] == 0
