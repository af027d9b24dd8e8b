"""A guarantor named only as the maker of a guaranty a recital or definition describes: "the
guaranty of Plattsmouth Terminal Company of all obligations of the Borrower under the Loan
Agreement", "the guaranty by Harlan Tool Works, Inc. of the payment of the indebtedness of the
Company" (``relations.guaranty_of_obligations``): the company SECURES the agreement whose
obligations the guaranty covers. Another's obligations, or a guaranty described by no maker,
give nothing."""

from __future__ import annotations

from tests.passages import edges, extract_text

_OPENING = """FORBEARANCE AGREEMENT

This Forbearance Agreement (this "Agreement") is entered into as of March 3, 2010, between
RIVERBEND CAPITAL, LLC, a Colorado limited liability company (the "Lender"), and SALTON
FREIGHT, INC., a Nebraska corporation (the "Borrower").

A. The Lender and the Borrower are parties to a Loan and Security Agreement dated as of June
1, 2007 (the "Loan Agreement").

"""

_CLOSING = """
1. The Lender shall not exercise its remedies for the Existing Defaults until May 31, 2010.

2. This Agreement shall be governed by the laws of the State of Colorado.

IN WITNESS WHEREOF, the parties have executed this Agreement.

RIVERBEND CAPITAL, LLC

By: /s/ Owen Blake
Name: Owen Blake
Title: Managing Director

SALTON FREIGHT, INC.

By: /s/ Cara Salton
Name: Cara Salton
Title: President
"""

_DEFINED = """B. As used herein, (a) "Guaranty" shall mean the guaranty of Kearney Terminal
Company of all obligations of the Borrower under the Loan Agreement; and (b) "Existing Defaults"
means the Borrower's failure to comply with Section 8.2 of the Loan Agreement.
"""

_RECITED = """B. The Borrower's obligations are supported by the guaranty by Kearney Terminal
Company of the payment of all indebtedness of the Borrower to the Lender, and the Borrower has
asked the Lender to forbear.
"""


def _secures(clause: str) -> set[tuple[str, str]]:
    return edges(extract_text(_OPENING + clause + _CLOSING), "SECURES")


def test_the_maker_of_the_guaranty_secures_the_loan_agreement() -> None:
    for clause in (_DEFINED, _RECITED):
        assert ("Kearney Terminal Company", "Loan and Security Agreement") in _secures(clause)


def test_another_obligors_debt_or_no_maker_gives_nothing() -> None:
    other = _DEFINED.replace("obligations of the Borrower", "obligations of Platte Leasing Co.")
    assert not {p for p, _ in _secures(other)} & {"Kearney Terminal Company"}
    unnamed = _DEFINED.replace("the guaranty of Kearney Terminal\nCompany of", "the guaranty of")
    assert "Kearney" not in unnamed
    # the lender and the borrower named after it are no makers of the guaranty
    parties = {"RIVERBEND CAPITAL, LLC", "SALTON FREIGHT, INC.", "Lender", "Borrower"}
    assert not {p for p, _ in _secures(unnamed)} & parties
