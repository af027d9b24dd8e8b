"""A guaranty or security document recites the note it supports as one its maker delivered to
the holder ("Maker has executed and delivered to Lender that certain Secured Promissory Note of
even date herewith ... (the "Note")"): the maker ISSUES the note and the one it went to HOLDS
it. A guaranty the guarantor delivered is no note. Passages written for the test.
"""

from __future__ import annotations

import pytest

from tests.passages import edges, extract_text

_GUARANTY = """GUARANTY OF PAYMENT

This Guaranty of Payment (this "Guaranty") is made as of {date} by {guarantor}, an
individual ("Guarantor"), for the benefit of {lender}, a {lender_form} ("Lender").

RECITALS

A. {maker}, a {maker_form} ("{maker_term}"), {verb} to Lender {det} {title} of even date
herewith in the original principal amount of {amount} (the "Note").

B. Lender requires this Guaranty as a condition of the loan the Note evidences.

1. Guarantor unconditionally guarantees to Lender the payment of all sums due under the Note.

IN WITNESS WHEREOF, Guarantor has executed this Guaranty as of the date above.

/s/ {guarantor}
------------------------------
{guarantor}
"""


@pytest.mark.parametrize(
    ("maker", "maker_term", "lender", "verb", "det", "title"),
    [
        (
            "Wexley Harbor Inns, LLC",
            "Maker",
            "Brightline Mortgage Capital, LLC",
            "has executed and delivered",
            "that certain",
            "Secured Promissory Note",
        ),
        (
            "Corvin Dental Group, Inc.",
            "Borrower",
            "Sandhill Community Bank",
            "has made, executed and delivered",
            "its",
            "Term Loan Note",
        ),
    ],
)
def test_the_maker_issues_the_note_it_delivered_and_the_lender_holds_it(
    maker: str, maker_term: str, lender: str, verb: str, det: str, title: str
) -> None:
    text = _GUARANTY.format(
        date="August 12, 2014",
        guarantor="Nora Vance",
        lender=lender,
        lender_form="Delaware limited liability company",
        maker=maker,
        maker_form="Georgia limited liability company",
        maker_term=maker_term,
        verb=verb,
        det=det,
        title=title,
        amount="$1,250,000",
    )
    x = extract_text(text)
    assert (maker, title) in edges(x, "ISSUES")
    assert (lender, title) in edges(x, "HOLDS")
    assert ("Nora Vance", title) not in edges(x, "ISSUES")


def test_a_guaranty_delivered_is_no_note() -> None:
    text = """SECURITY AGREEMENT

This Security Agreement is made as of May 2, 2013 by Garnet Supply Co., a Texas corporation
("Debtor"), in favor of Prairie State Bank ("Bank").

Recitals. Halden Garnet, the sole shareholder of Debtor ("Guarantor"), has executed and
delivered to Bank that certain Guaranty of the obligations of Debtor under the Loan Agreement
dated as of May 2, 2013.

1. Debtor grants to Bank a security interest in all of its equipment and inventory.
"""
    x = extract_text(text)
    assert not edges(x, "ISSUES")
    assert not edges(x, "HOLDS")
