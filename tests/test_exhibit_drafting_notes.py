"""A form attached as an exhibit whose first line is a bracketed note to its drafter
(:mod:`ingest.agreements.exhibits`): "[Dated as provided in Section 4.02 of the Loan
Agreement]" over a form of legal opinion is no title, and names no agreement. Passages written
for this test (invented parties)."""

from __future__ import annotations

from tests.passages import extract_text

_TEXT = (
    "LOAN AGREEMENT\n\n"
    "AGREEMENT dated as of May 5, 2001 between OAKHOLLOW FOODS, INC. and GRANITE STATE BANK, "
    "as Lender.\n\n"
    "SECTION 2.01. Loans. The Lender agrees to make loans to Oakhollow Foods, Inc.\n\n"
    "IN WITNESS WHEREOF, the parties hereto have executed this Agreement.\n\n"
    "OAKHOLLOW FOODS, INC.\n\nBy: ____________\nTitle:\n\n"
    "GRANITE STATE BANK\n\nBy: ____________\nTitle:\n\n"
    "EXHIBIT C\n\nOPINION OF\nCOUNSEL FOR THE COMPANY\n\n"
    "[Dated as provided in Section 4.02 of the Loan Agreement]\n\n"
    "Granite State Bank\n12 Elm Street\nConcord, New Hampshire\n\n"
    "Ladies and Gentlemen:\n\nWe have acted as counsel for Oakhollow Foods, Inc. in connection "
    "with the Loan Agreement dated as of May 5, 2001.\n"
)


def test_a_bracketed_drafting_note_is_no_exhibit_title() -> None:
    titles = [
        str(e.props.get("title"))
        for e in extract_text(_TEXT).entities
        if e.label in ("Agreement", "Instrument")
    ]
    assert not any(t.startswith("[") for t in titles), titles
