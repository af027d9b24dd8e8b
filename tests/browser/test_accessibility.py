"""axe-core in the real page: no serious or critical violations on the main views."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page, expect
from ui_helpers import open_app, search_and_open


def serious_violations(page: Page, axe_source: str) -> list[dict[str, Any]]:
    page.evaluate(axe_source)  # evaluate, not a script tag: the CSP forbids inline scripts
    result = page.evaluate(
        """async () => {
            const r = await axe.run(document, {resultTypes: ['violations']});
            return r.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))
            }));
        }"""
    )
    return [v for v in result if v["impact"] in ("serious", "critical")]


@pytest.mark.parametrize("view", ["explorer", "chain", "console"])
def test_no_serious_accessibility_violations(page: Page, axe_source: str, view: str) -> None:
    open_app(page)
    search_and_open(page, "Credit Agreement", "Credit Agreement")
    if view == "chain":
        page.get_by_role("link", name="Amendment chain").click()
        expect(page.locator("#chain-cy")).to_have_attribute("data-ready", "true")
    elif view == "console":
        page.get_by_role("link", name="Cypher console").click()
        page.get_by_role("button", name="Run").click()
        expect(page.locator("#view-console")).to_have_attribute("data-state", "done")
    violations = serious_violations(page, axe_source)
    assert violations == [], violations


def test_keyboard_search_opens_a_node(page: Page) -> None:
    open_app(page)
    page.keyboard.press("Tab")  # skip link
    page.locator("#search-input").focus()
    page.keyboard.type("Credit Agreement")
    expect(page.locator("#search-results [role=option]").first).to_be_visible()
    page.keyboard.press("ArrowDown")
    expect(page.locator("#search-input")).to_have_attribute("aria-activedescendant", "suggestion-0")
    page.keyboard.press("Enter")
    expect(page.locator("#inspector-body")).to_have_attribute("data-kind", "node")


def test_edge_evidence_is_reachable_by_keyboard(page: Page) -> None:
    open_app(page)
    search_and_open(page, "Credit Agreement", "Credit Agreement")
    summary = page.locator("#inspector-body .edges-in-view summary")
    summary.focus()
    page.keyboard.press("Enter")
    button = page.locator("#inspector-body .edges-in-view button", has_text="AMENDS from").first
    button.focus()
    page.keyboard.press("Enter")
    inspector = page.locator("#inspector-body")
    expect(inspector).to_have_attribute("data-kind", "edge")
    expect(inspector.locator(".inspector-heading")).to_have_text("AMENDS")
    expect(inspector.locator(".evidence mark").first).not_to_be_empty()
