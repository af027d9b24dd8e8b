"""A lender's name cut on its signature page right after an "&" ("Boston Management &" /
"Research as investment advisor" on a real amendment, lexpredict-1086844-2003-01-15): the "&"
leaves the name open as "AND" does, so the next line goes on it and no party is named "... &".
A name whose "&" stands inside its line is left whole (passages written for the test, in the
shape of a syndicate amendment's signature pages)."""

from __future__ import annotations

import pytest

from tests.passages import edges, extract_text

_AMENDMENT = """THIRD AMENDMENT TO CREDIT AGREEMENT

This Third Amendment, dated as of March 3, 2003, is among Keel Wireless, Inc., a Delaware
corporation (the "Borrower"), the Lenders party hereto and Granite Bank, as Agent. The
parties agree as follows:

1. Section 6.2 of the Credit Agreement is amended by deleting "4.25" and inserting "4.75".

IN WITNESS WHEREOF, the parties have executed this Amendment.

KEEL WIRELESS, INC.

By: /s/ Ann Lowe
Title: Treasurer

GRANITE BANK, as Agent and as a Lender

By: /s/ Bo Park
Title: Vice President

{lender}

By: /s/ Cy Rand
Title: Managing Director
"""


@pytest.mark.parametrize(
    ("lender", "name"),
    [
        ("Tidewater Advisory &\nResearch Co., as a Lender", "Tidewater Advisory & Research Co."),
        ("SUMMIT CAPITAL PARTNERS &\nCOMPANY, as a Lender", "SUMMIT CAPITAL PARTNERS & COMPANY"),
        ("Ridge Loan Partners & Co., as a Lender", "Ridge Loan Partners & Co."),
    ],
)
def test_name_cut_after_ampersand_is_one_lender(lender: str, name: str) -> None:
    x = extract_text(_AMENDMENT.format(lender=lender))
    lenders = {s for s, t in edges(x, "LENDS_TO") if t == "Keel Wireless, Inc."}
    assert name in lenders
    assert not any(s.endswith("&") for s in lenders)
