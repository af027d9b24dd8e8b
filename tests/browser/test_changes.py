"""What each amendment changed (on the chain page) and the agreement as amended, in a real
browser over the seeds and a third amendment written for the tests."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page, expect
from test_accessibility import serious_violations
from ui_helpers import find, open_app

CREDIT = "Credit Agreement"
SECOND = "Second Amendment to Credit Agreement"
THIRD = "Third Amendment to Credit Agreement"


def credit_key(page: Page) -> str:
    open_app(page)
    return str(find(page, "Credit Agreement", "Agreement", CREDIT)["id"])


def test_chain_lists_what_each_amendment_changes(page: Page, screenshots_dir: Path) -> None:
    key = credit_key(page)
    page.goto(f"/#/chain/{key}")
    expect(page.locator("#chain-cy")).to_have_attribute("data-ready", "true")
    second = page.locator("#chain-list > li").filter(
        has=page.locator(".chain-name", has_text=SECOND)
    )
    changes = second.locator(".chain-changes > li")
    expect(changes).to_have_count(2)
    expect(changes.nth(0)).to_contain_text("Section 3.02")
    expect(changes.nth(0)).to_contain_text("replace")
    expect(changes.nth(1)).to_contain_text("Section 3.03(a)")
    # the new wording, exactly as the amendment states it, behind a disclosure
    changes.nth(0).locator("summary").click()
    wording = changes.nth(0).locator(".wording-text")
    expect(wording).to_contain_text("to and including January 31, 2005")
    api = page.request.get(f"/api/agreements/{second.get_attribute('data-key')}/changes").json()
    assert wording.text_content() == api["changes"][0]["new_text"]
    # the evidence link opens the source text with the operative words marked
    changes.nth(0).locator("a.change-source").click()
    expect(page.locator("#view-document")).to_be_visible()
    expect(page.locator("#document-text mark")).to_contain_text("Section 3.02 of the Agreement")
    page.go_back()
    expect(page.locator("#chain-cy")).to_have_attribute("data-ready", "true")
    third = page.locator("#chain-list > li").filter(has=page.locator(".chain-name", has_text=THIRD))
    actions = third.locator(".chain-changes .change-action").all_inner_texts()
    assert sorted(actions) == ["add", "add", "amend", "delete", "replace"], actions
    page.screenshot(path=str(screenshots_dir / "amendment-changes.png"), full_page=True)


def test_as_amended_shows_current_wording_history_and_diff(
    page: Page, screenshots_dir: Path
) -> None:
    key = credit_key(page)
    page.goto(f"/#/chain/{key}")
    expect(page.locator("#chain-cy")).to_have_attribute("data-ready", "true")
    page.locator("a.as-amended").click()
    expect(page.locator("#view-amended")).to_be_visible()
    expect(page.locator("#amended-title")).to_have_text(f"As amended: {CREDIT}")
    body = page.request.get(f"/api/agreements/{key}/provisions").json()
    sections = page.locator("#amended-list > section.provision")
    expect(sections).to_have_count(len(body["provisions"]))
    s302 = sections.filter(has=page.locator("h2", has_text="Section 3.02"))
    # the wording in force is the later restatement; the history is oldest first
    expect(s302.locator(".current-text")).to_contain_text("to and including June 30, 2006")
    dates = s302.locator(".provision-history > li time").all_inner_texts()
    assert dates == ["2001-05-11", "2004-01-13", "2004-06-30"], dates  # the original first
    expect(s302.locator(".provision-history > li").first).to_contain_text("original")
    # a word-level diff between two stated wordings (by default the last two): the dates
    assert len(s302.locator("select.diff-from option").all()) == 3
    diff = s302.locator(".diff")
    expect(diff).to_be_visible()
    removed = " ".join(diff.locator("del").all_inner_texts())
    added = " ".join(diff.locator("ins").all_inner_texts())
    assert "January 31, 2005" in removed and "June 30, 2006" in added, (removed, added)
    assert "TERM OF REVOLVING CREDIT FACILITY" not in removed + added  # unchanged words stay
    # compare the original with the Second Amendment's wording instead
    s302.locator("select.diff-from").select_option("0")
    s302.locator("select.diff-to").select_option("1")
    expect(diff.locator("del").first).to_be_visible()
    removed = " ".join(diff.locator("del").all_inner_texts())
    added = " ".join(diff.locator("ins").all_inner_texts())
    # "31," is common to both dates: only the month and the year words differ
    assert removed.split()[:2] == ["May", "2003."], removed
    assert added.split()[:2] == ["January", "2005."], added
    # the deleted section has no wording in force
    s614 = sections.filter(has=page.locator("h2", has_text="Section 6.14"))
    expect(s614.locator(".current-text")).to_contain_text("Not stated in full")
    s302.scroll_into_view_if_needed()
    page.screenshot(path=str(screenshots_dir / "as-amended.png"), full_page=True)


def test_as_amended_has_no_serious_accessibility_violation(page: Page, axe_source: str) -> None:
    key = credit_key(page)
    page.goto(f"/#/amended/{key}")
    expect(page.locator("#amended-list > section.provision").first).to_be_visible()
    violations = serious_violations(page, axe_source)
    assert violations == [], violations
