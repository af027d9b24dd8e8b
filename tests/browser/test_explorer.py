"""The explorer in a real browser: search, chain, inspector evidence, expansion, legend, XSS."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Page, Request, expect
from ui_helpers import (
    edge_count,
    find,
    graph_idle,
    node_count,
    open_app,
    rendered_point,
    search_and_open,
)
from ui_seed_graph import XSS_IMG, XSS_PARTY, XSS_SCRIPT

CREDIT = "Credit Agreement"
FIRST = "First Amendment to Credit Agreement"
SECOND = "Second Amendment to Credit Agreement"
BANK = "Southwest Bank of St. Louis"


def open_credit_agreement(page: Page) -> str:
    open_app(page)
    return search_and_open(page, "Credit Agreement", CREDIT)


def test_search_and_open_the_credit_agreement(page: Page, screenshots_dir: Path) -> None:
    key = open_credit_agreement(page)
    inspector = page.locator("#inspector-body")
    expect(inspector).to_have_attribute("data-kind", "node")
    expect(inspector.locator(".inspector-heading")).to_have_text(f"Agreement: {CREDIT}")
    expect(inspector.locator(".props")).to_contain_text("2001-05-11")
    evidence = page.request.get(f"/api/nodes/{key}").json()["node"]["evidence"]
    assert evidence
    marks = inspector.locator(".evidence mark")
    expect(marks).to_have_count(len(evidence))
    assert marks.first.text_content() == evidence[0]["text"]  # exact, newlines included
    assert node_count(page) >= 4  # the agreement, both amendments, a party
    names = page.evaluate("() => window.dealgraph.cy.nodes().map(n => n.data('name'))")
    wanted = {CREDIT, FIRST, SECOND, BANK}
    assert {n.lower() for n in wanted} <= {n.lower() for n in names}
    assert page.evaluate("k => window.dealgraph.cy.getElementById(k).selected()", key)
    expect(page.locator("#explorer-status")).to_contain_text(CREDIT)
    page.locator("#btn-fit").click()
    page.screenshot(path=str(screenshots_dir / "explorer.png"))


def test_amendment_chain_lists_amendments_in_date_order(page: Page, screenshots_dir: Path) -> None:
    open_credit_agreement(page)
    page.get_by_role("link", name="Amendment chain").click()
    expect(page.locator("#view-chain")).to_be_visible()
    expect(page.locator("#chain-cy")).to_have_attribute("data-ready", "true")
    items = page.locator("#chain-list > li")
    names = items.locator(".chain-name").all_inner_texts()
    assert FIRST in names and SECOND in names, names
    assert names.index(FIRST) < names.index(SECOND)
    assert names[0] == CREDIT  # the original agreement leads the chain
    dates = [d for d in items.evaluate_all("els => els.map(e => e.dataset.date)") if d]
    assert dates == sorted(dates)
    first = items.filter(has=page.locator(".chain-name", has_text=FIRST))
    expect(first).to_contain_text("2003-02-13")
    expect(first.locator(".chain-facts")).to_contain_text(f"amends {CREDIT}")
    assert page.evaluate("() => window.dealgraph.chainCy.nodes().length") == len(names)
    page.screenshot(path=str(screenshots_dir / "amendment-chain.png"))


def test_click_an_amends_edge_and_read_its_evidence(page: Page, screenshots_dir: Path) -> None:
    open_credit_agreement(page)
    edge_id = page.evaluate(
        """() => {
            const cy = window.dealgraph.cy;
            const e = cy.edges('[type = "AMENDS"]').filter(
                e => e.source().data('name') === 'First Amendment to Credit Agreement');
            return e.nonempty() ? e.id() : null;
        }"""
    )
    assert edge_id, "no AMENDS edge from the First Amendment in the view"
    # Keep the edge's midpoint clear of nodes: fit, then click exactly where it is drawn.
    x, y = rendered_point(page, edge_id, edge=True)
    page.mouse.click(x, y)
    inspector = page.locator("#inspector-body")
    expect(inspector).to_have_attribute("data-kind", "edge")
    expect(inspector.locator(".inspector-heading")).to_have_text("AMENDS")
    expect(inspector.locator(".edge-ends")).to_contain_text(FIRST)
    evidence = inspector.locator(".evidence").first
    expect(evidence.locator("mark")).to_contain_text("First")
    expect(evidence.locator("figcaption")).to_contain_text("characters")
    # the quote is shown in its context once the document text has loaded
    expect(evidence.locator("blockquote")).to_contain_text("Bank and Borrowers are parties")
    link = evidence.get_by_role("link", name="Show in document")
    href = link.get_attribute("href") or ""
    assert href.startswith("#/document/")
    page.screenshot(path=str(screenshots_dir / "inspector-edge-evidence.png"))
    link.click()
    expect(page.locator("#view-document")).to_be_visible()
    mark = page.locator("#document-mark")
    expect(mark).to_be_visible()
    doc_text = page.locator("#document-text").inner_text()
    _, start, end = href.rsplit("/", 2)
    assert doc_text[int(start) : int(end)] == mark.inner_text()


def test_double_click_expands_a_party(page: Page) -> None:
    open_credit_agreement(page)
    bank = find(page, "Southwest Bank", "Party", BANK)["id"]
    before_nodes, before_edges = node_count(page), edge_count(page)
    x, y = rendered_point(page, bank)
    page.mouse.dblclick(x, y)
    expect(page.locator("#explorer-status")).to_contain_text(re.compile(r"new nodes?"))
    graph_idle(page)
    assert node_count(page) + edge_count(page) > before_nodes + before_edges
    types = page.evaluate(
        "k => window.dealgraph.cy.getElementById(k).connectedEdges().map(e => e.data('type'))", bank
    )
    assert "LENDS_TO" in types


def test_expand_from_the_inspector_by_type_and_direction(page: Page) -> None:
    open_app(page)
    search_and_open(page, "Southwest Bank", BANK)
    page.evaluate("() => { window.dealgraph.cy.elements().remove(); }")  # start from nothing
    page.get_by_role("button", name="Expand LENDS_TO outgoing").click()
    graph_idle(page)
    expect(page.locator("#explorer-status")).to_contain_text("LENDS_TO out")
    types = page.evaluate("() => window.dealgraph.cy.edges().map(e => e.data('type'))")
    assert types and set(types) == {"LENDS_TO"}


def test_legend_toggles_hide_and_show_without_a_request(page: Page) -> None:
    open_credit_agreement(page)
    page.wait_for_load_state("networkidle")
    total_edges = int(page.locator("#cy").get_attribute("data-visible-edge-count") or 0)
    amends = page.evaluate("() => window.dealgraph.cy.edges('[type = \"AMENDS\"]').length")
    assert amends >= 2
    requests: list[Request] = []
    page.on("request", lambda r: requests.append(r))

    page.locator("#legend-type-AMENDS").uncheck()
    expect(page.locator("#cy")).to_have_attribute(
        "data-visible-edge-count", str(total_edges - amends)
    )
    shown = "() => window.dealgraph.cy.edges('[type = \"AMENDS\"]:visible').length"
    assert page.evaluate(shown) == 0
    page.locator("#legend-type-AMENDS").check()
    expect(page.locator("#cy")).to_have_attribute("data-visible-edge-count", str(total_edges))

    parties = page.evaluate("() => window.dealgraph.cy.nodes('[label = \"Party\"]').length")
    total_nodes = node_count(page)
    page.locator("#legend-label-Party").uncheck()
    expect(page.locator("#cy")).to_have_attribute(
        "data-visible-node-count", str(total_nodes - parties)
    )
    page.locator("#legend-label-Party").check()
    expect(page.locator("#cy")).to_have_attribute("data-visible-node-count", str(total_nodes))
    page.wait_for_timeout(300)
    assert requests == [], [r.url for r in requests]


def test_png_export_downloads_the_view(page: Page) -> None:
    open_credit_agreement(page)
    with page.expect_download() as info:
        page.get_by_role("button", name="Export PNG").click()
    download = info.value
    assert download.suggested_filename == "dealgraph.png"
    data = Path(download.path()).read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 1000


def test_document_text_with_markup_is_shown_literally(page: Page) -> None:
    open_app(page, f"#/explorer/{XSS_PARTY}")
    inspector = page.locator("#inspector-body")
    expect(inspector).to_have_attribute("data-id", XSS_PARTY)
    expect(inspector.locator(".inspector-heading")).to_contain_text("<img src=x onerror=")
    expect(inspector.locator(".evidence mark").first).to_contain_text(XSS_SCRIPT)
    # the edge's evidence, quoting both payloads
    edge_id = page.evaluate("() => window.dealgraph.cy.edges()[0].id()")
    page.evaluate("id => window.dealgraph.explorer.inspectEdge(id)", edge_id)
    quote = inspector.locator(".evidence blockquote").first
    expect(quote).to_contain_text(XSS_IMG)
    expect(quote).to_contain_text(XSS_SCRIPT)
    # the search suggestion and the document view show it as text too
    page.locator("#search-input").fill("Mallory")
    expect(page.locator("#search-results .hit-name").first).to_contain_text("<img")
    inspector.get_by_role("link", name="Show in document").first.click()
    expect(page.locator("#document-text")).to_contain_text(XSS_SCRIPT)
    page.wait_for_timeout(300)
    assert page.evaluate("() => typeof window.__xss") == "undefined"
    assert page.locator("#main img, #main script").count() == 0


def test_narrow_window_has_no_horizontal_scroll(page: Page, screenshots_dir: Path) -> None:
    page.set_viewport_size({"width": 600, "height": 900})
    open_credit_agreement(page)
    assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1")
    expect(page.locator("#cy")).to_be_visible()
    expect(page.locator("#inspector")).to_be_visible()
    page.screenshot(path=str(screenshots_dir / "explorer-narrow.png"))


def test_capped_expansion_says_how_many_more(page: Page) -> None:
    open_app(page)
    bank = find(page, "Southwest Bank", "Party", BANK)["id"]
    page.evaluate("() => { window.dealgraph.explorer.state.expandCap = 2; }")
    page.evaluate("k => { location.hash = '#/explorer/' + encodeURIComponent(k); }", bank)
    expect(page.locator("#inspector-body")).to_have_attribute("data-id", bank)
    graph_idle(page)
    total = page.request.get(f"/api/nodes/{bank}/neighbors?limit=200").json()
    relations = len(total["edges"])
    assert relations > 2
    assert edge_count(page) == 2
    more = page.evaluate("k => window.dealgraph.cy.getElementById(k).data('more')", bank)
    assert more == relations - 2
    expect(page.locator("#explorer-status")).to_contain_text(f"+{more} more")
    assert f"+{more} more" in page.evaluate(
        "k => window.dealgraph.cy.getElementById(k).data('display')", bank
    )
    # double-clicking loads the next page of relations
    x, y = rendered_point(page, bank)
    page.mouse.dblclick(x, y)
    expect(page.locator("#cy")).to_have_attribute("data-edge-count", str(min(4, relations)))
