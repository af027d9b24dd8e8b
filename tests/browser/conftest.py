"""Browser tests: the real app on a loopback port over a real embedded store, Debian chromium.

One server per session (uvicorn in a background thread, over its own embedded store holding
the seed documents and a hostile document). pytest-playwright's fixtures are configured here:
Debian's ``/usr/bin/chromium`` with flags that keep it off the network, a 1280x800 window,
and ``base_url`` pointing at our server. Without chromium the tests FAIL with the fix.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import ui_seed_graph  # tests/browser is on sys.path (pytest's rootdir-less "prepend" import)
from playwright.sync_api import Page, expect

from dealgraph.settings import Settings
from graph.store import GraphStore
from graph.stores import open_store

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
ROOT = Path(__file__).resolve().parents[2]
UI_DIST = ROOT / "api" / "ui" / "dist"
AXE = ROOT / "api" / "ui" / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "docs" / "screenshots"
VIEWPORT = {"width": 1280, "height": 800}


# CI machines are small and shared: give the page time before an assertion gives up.
expect.set_options(timeout=20_000)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).resolve().parent
    for item in items:
        if Path(str(item.fspath)).resolve().parent == here:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    # a small row cap so that the "truncated" notice can be shown with a short query
    return Settings(data_dir=tmp_path_factory.mktemp("browser-store"), console_row_cap=50)


@pytest.fixture(scope="session")
def browser_store(browser_settings: Settings) -> Iterator[GraphStore]:
    store = open_store(browser_settings)
    try:
        ui_seed_graph.load(store, browser_settings)
        yield store
    finally:
        store.close()


@pytest.fixture(scope="session")
def server_url(browser_store: GraphStore, browser_settings: Settings) -> Iterator[str]:
    """The real app (``create_app``) served by uvicorn on a free 127.0.0.1 port."""
    import uvicorn

    from api.app import create_app

    if not (UI_DIST / "index.html").is_file():
        pytest.fail("the web UI is not built: run `make ui` (cd api/ui && npm ci && npm run build)")
    app = create_app(browser_settings, browser_store, listen_host="127.0.0.1", ui_dist=UI_DIST)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 120  # a hang guard, not a speed check
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("the DealGraph server did not start for the browser tests")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@pytest.fixture(scope="session")
def browser_type_launch_args() -> dict[str, Any]:
    if not CHROMIUM.exists():
        pytest.fail(
            "the browser tests need Debian's chromium at /usr/bin/chromium: "
            "apt-get update && apt-get install -y chromium",
            pytrace=False,
        )
    return {"executable_path": str(CHROMIUM), "args": CHROMIUM_ARGS, "headless": True}


@pytest.fixture(scope="session")
def browser_context_args(server_url: str) -> dict[str, Any]:
    return {
        "base_url": server_url,
        "viewport": VIEWPORT,
        "accept_downloads": True,
        "service_workers": "block",
    }


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE.is_file():
        pytest.fail("axe-core is missing: run `cd api/ui && npm ci`")
    return AXE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def screenshots_dir() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


# The explorer lays a graph out from Math.random (cose, randomize on open), so where an edge is
# drawn differed from run to run and a click meant for one edge could land on another that
# crossed it. Every page gets the same seeded generator instead: the same graph is laid out the
# same way on every machine, so what a test clicks is what it clicked when it was written.
SEEDED_RANDOM = """(() => {
  let s = 0x9e3779b9;
  Math.random = () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
})();"""


@pytest.fixture(autouse=True)
def seeded_layout(page: Page) -> None:
    page.add_init_script(SEEDED_RANDOM)


@pytest.fixture(autouse=True)
def no_script_errors(page: Page) -> Iterator[None]:
    """Every browser test also fails on an uncaught exception or a CSP refusal in the page."""
    problems: list[str] = []
    page.on("pageerror", lambda exc: problems.append(f"uncaught: {exc}"))
    page.on(
        "console",
        lambda msg: (
            problems.append(f"console: {msg.text}")
            if msg.type == "error"
            and ("Content Security Policy" in msg.text or "Refused" in msg.text)
            else None
        ),
    )
    yield
    assert problems == []
