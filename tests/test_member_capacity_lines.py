"""A fund signs through its general partner, the partner's capacity on a line of its own
under its name, as pages converted from tables set it ("By:" / "Bramble Partners III, LLC," /
"its General Partner" / "By: /s/ Carl Webb"). The partner signs for the fund: it is no party
in the fund's caption role, and lends nothing. Passages written for the test in the shape of
venture loan agreements; names invented. The lead found the shape in a written document
(`tests/gold_written/docs/sec_veridane_ip_security.txt`) where the partner came out a lender.
"""

from __future__ import annotations

import pytest

from tests.passages import edges, extract_text, own_roles

_AGREEMENT = """LOAN AGREEMENT

This LOAN AGREEMENT is entered into as of March 1, 2016 by and between BRAMBLE VENTURE FUND
III, L.P., a Delaware limited partnership ("Lender"), and OSPREY DEVICES, INC., a Delaware
corporation ("Borrower").

1. Loan. Lender agrees to make a term loan to Borrower in the amount of $5,000,000.

IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written
above.

BORROWER:

OSPREY DEVICES, INC.

By: /s/ Ana Ruiz
Name: Ana Ruiz
Title: Chief Executive Officer

LENDER:

BRAMBLE VENTURE FUND III, L.P.

{partner}

By: /s/ Carl Webb
Name: Carl Webb
Title: Managing Member
"""

_FUND = "BRAMBLE VENTURE FUND III, L.P."


@pytest.mark.parametrize(
    "partner",
    [
        "By: \n\nBramble Partners III, LLC,\n\nits General Partner",
        "By:\n  Bramble Partners III, LLC\n  as Managing Member",
        "By: Bramble Partners III, LLC, its General Partner",
    ],
)
def test_the_general_partner_signs_for_the_fund_and_is_no_lender(partner: str) -> None:
    x = extract_text(_AGREEMENT.format(partner=partner))
    assert own_roles(x) == {_FUND: "Lender", "OSPREY DEVICES, INC.": "Borrower"}
    assert edges(x, "LENDS_TO") == {(_FUND, "OSPREY DEVICES, INC.")}
    assert ("Carl Webb", "Loan Agreement") in edges(x, "SIGNED")


def test_a_company_under_a_bare_by_line_with_no_capacity_below_is_read_as_before() -> None:
    # no capacity line: the name under "By:" names who signs, as it did
    x = extract_text(_AGREEMENT.format(partner="By: \n\nBramble Partners III, LLC"))
    assert own_roles(x)[_FUND] == "Lender"
