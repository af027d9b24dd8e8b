"""Page helpers shared by the browser tests: wait for the UI's exposed state, find nodes."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

from playwright.sync_api import Page, expect


def open_app(page: Page, hash_: str = "#/explorer") -> None:
    page.goto(f"/{hash_}")
    expect(page.locator("body")).to_have_attribute("data-ready", "true")


def graph_idle(page: Page) -> None:
    expect(page.locator("#cy")).to_have_attribute("data-busy", "false")


def node_count(page: Page) -> int:
    return int(page.locator("#cy").get_attribute("data-node-count") or 0)


def edge_count(page: Page) -> int:
    return int(page.locator("#cy").get_attribute("data-edge-count") or 0)


def find(page: Page, q: str, label: str, name: str | None = None) -> dict[str, Any]:
    """The first search hit with ``label`` (and exactly ``name`` when given), via the API."""
    r = page.request.get(f"/api/search?q={quote(q)}&label={label}&limit=50")
    assert r.ok, r.text()
    items = r.json()["items"]
    for hit in items:
        if name is None or hit["name"].lower() == name.lower():
            return dict(hit)
    raise AssertionError(f"no {label} {name or q!r} in search results: {items}")


def search_and_open(page: Page, q: str, name: str) -> str:
    """Type into the search box, pick the suggestion called ``name``; answers its key."""
    box = page.get_by_role("combobox", name="Search agreements, parties and instruments")
    box.fill(q)
    exact = re.compile(f"^{re.escape(name)}$", re.IGNORECASE)
    option = (
        page.locator("#search-results [role=option]")
        .filter(has=page.locator(".hit-name", has_text=exact))
        .first
    )
    expect(option).to_be_visible()
    key = option.get_attribute("data-key")
    assert key
    option.click()
    expect(page.locator("#inspector-body")).to_have_attribute("data-id", key)
    graph_idle(page)
    return key


def rendered_point(page: Page, element_id: str, edge: bool = False) -> tuple[float, float]:
    """Page coordinates of a node's centre, or of a point on an edge that a click there hits.

    An edge's midpoint may lie on a node or on another edge crossing it, so points along the
    edge are tried with the renderer's own hit test (the one a click goes through) and the
    first that hits this edge is used; where none does, the test fails here, saying so, rather
    than clicking something else."""
    graph_idle(page)
    pos = page.evaluate(
        """([id, edge]) => {
            const cy = window.dealgraph.cy;
            const el = cy.getElementById(id);
            if (el.empty()) return null;
            if (!edge) return el.renderedPosition();
            const a = el.renderedSourceEndpoint(), b = el.renderedTargetEndpoint();
            const pan = cy.pan(), zoom = cy.zoom();
            const hits = (p) => {
                const hit = cy.renderer().findNearestElement(
                    (p.x - pan.x) / zoom, (p.y - pan.y) / zoom, true, false);
                return hit !== undefined && hit.id() === id;
            };
            // from the middle outwards, so the point is well inside the edge's drawn length
            for (let k = 0; k <= 40; k++) {
                const t = 0.5 + (k % 2 ? 1 : -1) * Math.ceil(k / 2) * 0.01;
                const p = {x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t};
                if (hits(p)) return p;
            }
            return "no point of the edge is clear of other elements";
        }""",
        [element_id, edge],
    )
    assert pos, f"{element_id} is not in the graph"
    assert not isinstance(pos, str), f"{element_id}: {pos}"
    box = page.locator("#cy").bounding_box()
    assert box
    return box["x"] + pos["x"], box["y"] + pos["y"]


def run_query(page: Page, query: str, params: str = "{}") -> None:
    """Replace the editor text and parameters, then run with Ctrl+Enter from the editor."""
    page.evaluate("q => window.dealgraph.console.setQuery(q)", query)
    page.locator("#params").fill(params)
    page.locator("#editor .cm-content").click()
    page.keyboard.press("Control+Enter")
    expect(page.locator("#view-console")).not_to_have_attribute("data-state", "running")
