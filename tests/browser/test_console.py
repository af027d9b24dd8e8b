"""The Cypher console in a real browser: examples, result views, errors, history, downloads."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from playwright.sync_api import Page, expect
from ui_helpers import open_app, run_query


def open_console(page: Page) -> None:
    open_app(page, "#/console")
    expect(page.locator("#view-console")).to_be_visible()
    expect(page.locator("#editor .cm-content")).to_be_visible()


def test_example_query_shows_table_graph_and_json(page: Page, screenshots_dir: Path) -> None:
    open_console(page)
    page.get_by_role("button", name="Who lends to Zoltek").click()
    assert "LENDS_TO" in page.evaluate("() => window.dealgraph.console.getQuery()")
    page.locator("#editor .cm-content").click()
    page.keyboard.press("Control+Enter")
    expect(page.locator("#view-console")).to_have_attribute("data-state", "done")
    expect(page.locator("#console-status")).to_contain_text(re.compile(r"\d+ rows? in"))

    table = page.locator("#panel-table table")
    expect(table).to_be_visible()
    headers = table.locator("thead th").all_inner_texts()
    assert headers[:3] == ["lender", "borrower", "amount"]
    rows = table.locator("tbody tr")
    assert rows.count() >= 1
    lenders = rows.locator("td:first-child").all_inner_texts()
    assert any("southwest bank" in name.lower() for name in lenders), lenders
    assert rows.count() == page.evaluate("() => window.dealgraph.console.result.rows.length")

    page.get_by_role("tab", name="Graph").click()
    expect(page.locator("#panel-graph")).to_be_visible()
    graph = page.locator("#result-cy")
    assert int(graph.get_attribute("data-node-count") or 0) >= 2
    assert int(graph.get_attribute("data-edge-count") or 0) >= 1
    lends = "() => window.dealgraph.resultCy.edges('[type = \"LENDS_TO\"]').length"
    assert page.evaluate(lends) >= 1

    # a click on a drawn node shows its properties and evidence beside the graph
    point = page.evaluate(
        """() => {
            const n = window.dealgraph.resultCy.nodes('[label = "Party"]')[0];
            return {id: n.id(), ...n.renderedPosition()};
        }"""
    )
    box = graph.bounding_box()
    assert box
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    detail = page.locator("#result-detail")
    expect(detail.locator(".inspector-heading")).to_contain_text("Party: ")
    expect(detail.locator(".evidence mark").first).not_to_be_empty()
    expect(detail.get_by_role("link", name="Open in the explorer")).to_have_attribute(
        "href", re.compile(re.escape(point["id"].split(":")[0]))
    )

    page.get_by_role("tab", name="JSON").focus()
    page.keyboard.press("ArrowLeft")  # tabs move with the arrow keys
    expect(page.get_by_role("tab", name="Graph")).to_have_attribute("aria-selected", "true")
    page.get_by_role("tab", name="JSON").click()
    body = json.loads(page.locator("#result-json").inner_text())
    assert body["columns"][:3] == ["lender", "borrower", "amount"]
    assert len(body["rows"]) == rows.count()
    page.get_by_role("tab", name="Table").click()
    page.screenshot(path=str(screenshots_dir / "console.png"))


def test_write_query_is_refused_with_a_clear_message(page: Page) -> None:
    open_console(page)
    run_query(page, "CREATE (p:Party {name: 'Intruder'}) RETURN p")
    error = page.locator("#console-error")
    expect(error).to_be_visible()
    expect(error).to_have_attribute("data-code", "read_only")
    expect(error).to_contain_text("read-only")
    expect(page.locator("#view-console")).to_have_attribute("data-state", "error")
    r = page.request.get("/api/search?q=Intruder")
    assert r.json()["items"] == []


def test_syntax_error_is_shown_at_its_position(page: Page) -> None:
    open_console(page)
    run_query(page, "MATCH (a:Agreement)\nWHERE a.title = 'x'\nRETURN a.title AS t,, a")
    error = page.locator("#console-error")
    expect(error).to_have_attribute("data-code", "syntax_error")
    expect(error).to_contain_text("line 3, column 21")
    assert error.get_attribute("data-line") == "3"
    mark = page.locator("#editor .cm-error-mark")
    expect(mark).to_have_text(",")
    line = page.locator("#editor .cm-line.cm-error-line")
    expect(line).to_have_text("RETURN a.title AS t,, a")
    # editing the query clears the stale mark
    page.keyboard.type(" ")
    expect(mark).to_have_count(0)


def test_history_survives_a_reload(page: Page) -> None:
    open_console(page)
    query = "MATCH (a:Agreement) RETURN a.title AS title ORDER BY title LIMIT 3"
    run_query(page, query, '{"unused": 1}')
    expect(page.locator("#view-console")).to_have_attribute("data-state", "done")
    page.reload()
    expect(page.locator("body")).to_have_attribute("data-ready", "true")
    item = page.locator("#history-list .history-item").first
    expect(item).to_have_text(query)
    run_query(page, "MATCH (n) RETURN count(n) AS n")
    item.click()  # the older entry is now second
    page.locator("#history-list .history-item", has_text="ORDER BY title").click()
    assert page.evaluate("() => window.dealgraph.console.getQuery()") == query
    assert json.loads(page.locator("#params").input_value()) == {"unused": 1}


def test_csv_and_json_downloads(page: Page) -> None:
    open_console(page)
    run_query(
        page,
        "MATCH (a:Agreement) WHERE a.date IS NOT NULL "
        "RETURN a.title AS title, a.date AS date ORDER BY date",
    )
    expect(page.locator("#view-console")).to_have_attribute("data-state", "done")
    shown = page.locator("#panel-table tbody tr").count()
    with page.expect_download() as info:
        page.get_by_role("button", name="Download CSV").click()
    download = info.value
    assert download.suggested_filename.endswith(".csv")
    rows = list(csv.reader(io.StringIO(Path(download.path()).read_text(encoding="utf-8"))))
    assert rows[0] == ["title", "date"]
    assert len(rows) - 1 == shown
    assert ["Credit Agreement", "2001-05-11"] in rows
    with page.expect_download() as info:
        page.get_by_role("button", name="Download JSON").click()
    body = json.loads(Path(info.value.path()).read_text(encoding="utf-8"))
    assert body["columns"] == ["title", "date"] and len(body["rows"]) == shown


def test_invalid_parameters_are_reported_before_sending(page: Page) -> None:
    open_console(page)
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    run_query(page, "MATCH (n) RETURN n LIMIT 1", "{not json")
    expect(page.locator("#console-error")).to_have_attribute("data-code", "invalid_params")
    expect(page.locator("#params")).to_have_attribute("aria-invalid", "true")
    assert not [u for u in requests if u.endswith("/api/cypher")]


def test_truncated_results_say_so(page: Page) -> None:
    open_console(page)
    run_query(page, "UNWIND range(1, 500) AS x RETURN x")
    expect(page.locator("#view-console")).to_have_attribute("data-state", "done")
    notice = page.locator("#console-truncated")
    expect(notice).to_be_visible()
    rows = page.locator("#panel-table tbody tr").count()
    assert rows == 50  # the server's cap in these tests
    expect(notice).to_contain_text(f"Truncated at {rows} rows")
