"""The built wheel, installed in a fresh virtual environment outside the source tree, works.

The wheel is built from a copy of the package sources (so the check cannot lean on the
checkout), installed with ``pip --no-deps`` into a new venv, and run from a folder that
is not the repository, with no ``PYTHONPATH``: ``dealgraph ingest`` of the bundled samples
(which also runs the named queries of ``queries/``), ``dealgraph serve`` answering
``/api/health``, ``/``, a named-query route and the UI's script, and ``dealgraph export -o``.

The new venv borrows the third-party dependencies (spaCy, FalkorDB, ...) from the test's own
environment through a ``.pth`` line, because tests never download: only DealGraph itself
comes from the wheel, which the test asserts. (The Dockerfile installs the same wheel with
its dependencies from PyPI.)
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import sysconfig
import time
import urllib.request
from pathlib import Path

from tests.paths import REPO

HANG_LIMIT_S = 600.0
SOURCES = ["pyproject.toml", "README.md", "build_backend.py", "queries", "samples"]
PACKAGES = ["dealgraph", "ingest", "graph", "api"]


def _run(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, timeout=HANG_LIMIT_S
    )
    assert done.returncode == 0, f"{args[:3]} exited {done.returncode}:\n{done.stderr[-3000:]}"
    return done.stdout


def _build_wheel(tmp: Path) -> Path:
    src = tmp / "src"
    src.mkdir()
    for name in SOURCES:
        path = REPO / name
        if path.is_dir():
            shutil.copytree(path, src / name, symlinks=True)
        else:
            shutil.copy2(path, src / name)
    skip = shutil.ignore_patterns("node_modules", "__pycache__", "*.pyc")
    for name in PACKAGES:
        shutil.copytree(REPO / name, src / name, symlinks=True, ignore=skip)
    assert (src / "api" / "ui" / "dist" / "index.html").is_file(), "run `make ui` first"
    wheels = tmp / "wheels"
    pip_wheel = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation"]
    _run([*pip_wheel, "-q", "-w", str(wheels), str(src)], cwd=tmp)
    (wheel,) = wheels.glob("dealgraph-*.whl")
    return wheel


def _fresh_venv(tmp: Path, wheel: Path) -> Path:
    venv = tmp / "venv"
    _run([sys.executable, "-m", "venv", str(venv)], cwd=tmp)
    python = venv / "bin" / "python"
    _run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)], tmp)
    site = _run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], tmp
    )
    # after the venv's own site-packages: third-party packages only (see the module docstring)
    (Path(site.strip()) / "zz_borrowed_dependencies.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8"
    )
    return venv


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get(url: str) -> tuple[int, str, str]:
    with urllib.request.urlopen(url, timeout=30) as r:
        return r.status, r.headers.get("content-type", ""), r.read().decode()


def _wait_serving(proc: subprocess.Popen[bytes], url: str) -> None:
    deadline = time.monotonic() + HANG_LIMIT_S  # a hang limit, not a speed check
    while time.monotonic() < deadline:
        assert proc.poll() is None, f"dealgraph serve exited with {proc.returncode}"
        try:
            _get(url)
            return
        except OSError:
            time.sleep(0.2)
    raise AssertionError("dealgraph serve did not answer")


def test_wheel_installs_and_runs_outside_the_source_tree(tmp_path: Path) -> None:
    wheel = _build_wheel(tmp_path)
    venv = _fresh_venv(tmp_path, wheel)
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DEALGRAPH_", "PYTHON"))}
    env["DEALGRAPH_DATA_DIR"] = str(tmp_path / "data")
    python, dealgraph = str(venv / "bin" / "python"), str(venv / "bin" / "dealgraph")

    where = _run(
        [python, "-c", "import api, dealgraph, graph, ingest, dealgraph.cli as c; "
         "print(*[m.__file__ for m in (api, dealgraph, graph, ingest)], c.SAMPLES, sep='\\n')"],
        work,
        env,
    ).split()  # fmt: skip
    site = str(venv.resolve())
    assert all(p.startswith(site) for p in where), where  # DealGraph from the wheel only
    samples = where[-1]

    summary = json.loads(_run([dealgraph, "ingest", samples, "--json"], work, env))
    assert summary["errors"] == [] and summary["documents_added"] == 3

    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    serve = subprocess.Popen(
        [dealgraph, "serve", "--port", str(port)],
        cwd=work,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_serving(serve, f"{base}/api/health")
        status, _, body = _get(f"{base}/api/health")
        health = json.loads(body)
        assert status == 200 and health["counts"]["labels"]["Document"] == 3
        status, kind, page = _get(f"{base}/")
        assert status == 200 and kind.startswith("text/html") and "UI not built" not in page
        assert _get(f"{base}/assets/app.js")[0] == 200
        status, _, body = _get(f"{base}/api/documents")
        assert status == 200 and len(json.loads(body)["items"]) == 3
    finally:
        serve.terminate()
        serve.wait(timeout=60)

    out = work / "graph.json"
    _run([dealgraph, "export", "-o", str(out)], work, env)
    exported = json.loads(out.read_text(encoding="utf-8"))
    nodes = sum(health["counts"]["labels"].values())
    assert len(exported["nodes"]) == nodes and len(exported["edges"]) > 0
