"""A lenders' class waiving with words between it and its verb that say which of the class
waive and what share they make: "The Lenders signatory hereto, constituting the Required
Lenders, waive the Reporting Default", "The Banks signing below, being all of the Banks, waive
...": each lender the signature pages name waives. Passages written for these tests."""

from __future__ import annotations

import pytest

from tests.passages import edges, extract_text

TEXT = """LIMITED WAIVER

LIMITED WAIVER (this "Waiver"), dated as of March 9, 2016, among ORMSBY TOOL CORP., a Texas
corporation (the "Borrower"), the {cls} signatory hereto and HALDANE BANK, as administrative
agent (the "Agent"), under the Credit Agreement dated as of October 1, 2014 (the "Credit
Agreement").

SECTION 1. Waiver. {sentence}

SECTION 2. Governing Law. This Waiver is governed by the law of the State of Texas.

ORMSBY TOOL CORP.

By: /s/ Carla M. Vinter
Name: Carla M. Vinter
Title: Chief Financial Officer

HALDANE BANK, as Agent and as a {one}

By: /s/ Lachlan Ebbsworth
Name: Lachlan Ebbsworth
Title: Managing Director

SOUTHLAKE NATIONAL BANK, as a {one}

By: /s/ Mireille Okonjo
Name: Mireille Okonjo
Title: Vice President
"""


@pytest.mark.parametrize(
    ("cls", "one", "sentence"),
    [
        (
            "Lenders",
            "Lender",
            "The Lenders signatory hereto, constituting the Required Lenders, waive the Event of"
            " Default under Section 7.1(c) arising from the Borrower's failure to deliver its"
            " audited financial statements.",
        ),
        (
            "Banks",
            "Bank",
            "The Banks signing below, being all of the Banks, waive compliance with Section 6.2"
            " of the Credit Agreement for the fiscal quarter ended December 31, 2015.",
        ),
    ],
)
def test_the_signing_lenders_waive(cls: str, one: str, sentence: str) -> None:
    x = extract_text(TEXT.format(cls=cls, one=one, sentence=sentence))
    waivers = {w for w, _ in edges(x, "WAIVES")}
    assert {"HALDANE BANK", "SOUTHLAKE NATIONAL BANK"} <= waivers


def test_a_condition_on_a_class_waiving_is_no_waiver() -> None:
    """Near miss: "if the Lenders ..., being all of the Lenders, waive" states a condition."""
    x = extract_text(
        TEXT.format(
            cls="Lenders",
            one="Lender",
            sentence="The Agent may act if the Lenders, being all of the Lenders, waive the Event"
            " of Default under Section 7.1(c).",
        )
    )
    assert edges(x, "WAIVES") == set()
