"""A credit agreement called by the other bare name of its kind, with its own date, in a letter
appended to it or in a form it quotes ("the Loan Agreement, dated as of March 3, 2001" for the
"Credit Agreement" made as of March 3, 2001) is the agreement itself, not a second one of the
same day; a fuller title of that day ("Term Loan Agreement") stays another agreement."""

from __future__ import annotations

from tests.passages import OWN, extract_text

_CREDIT = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT is made as of March 3, 2001, by and between NORTHWIND TOOLS, INC. (the
"Company"), a Delaware corporation, and FIRST HARBOR BANK (the "Bank"), a national banking
association.

1. The Loans. The Bank will make loans to the Company from time to time up to $2,000,000.

IN WITNESS WHEREOF, the parties have caused this Agreement to be executed as of the day and
year first above written.

NORTHWIND TOOLS, INC.

By: /s/ Jane Roe
Title: President

FIRST HARBOR BANK

By: /s/ John Doe
Title: Vice President

Re: Amendment No. 1 to Loan Agreement

We refer to the Loan Agreement, dated as of March 3, 2001 (as amended, the "Agreement"),
between Northwind Tools, Inc. and First Harbor Bank.
"""

_LOAN = """LOAN AGREEMENT

THIS LOAN AGREEMENT, dated as of June 9, 2004, is between ALDER MILLS CORPORATION, a Texas
corporation ("Borrower"), and PRAIRIE STATE BANK, N.A., a national banking association
("Lender").

Section 1. Advances. Lender will lend to Borrower from time to time up to $4,000,000.

Section 2. Modifications. Section 2 of the Reimbursement Agreement is replaced by the
following: "Applicant agrees to pay such fees as set forth in the Credit Agreement between
Issuer and Applicant dated as of June 9, 2004 (hereinafter referred to as the "Credit
Agreement")".

IN WITNESS WHEREOF, the parties hereto have executed this Agreement.

ALDER MILLS CORPORATION

By: /s/ Ann Poe
Title: President
"""

_OTHER_OF_THE_DAY = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT is made as of March 3, 2001, by and between NORTHWIND TOOLS, INC. (the
"Company"), a Delaware corporation, and FIRST HARBOR BANK (the "Bank"), a national banking
association.

1. Existing Debt. The Company's subsidiary Northwind Leasing LLC is borrower under the Term
Loan Agreement dated as of March 3, 2001 with Quay Capital, and under a Loan Agreement dated
as of March 4, 2001 with Harbor Finance Co.

IN WITNESS WHEREOF, the parties have caused this Agreement to be executed.

NORTHWIND TOOLS, INC.

By: /s/ Jane Roe
Title: President
"""


def _agreements(text: str) -> dict[str, tuple[object, object, tuple[str, ...]]]:
    x = extract_text(text)
    return {
        e.ref: (e.props.get("title"), e.props.get("date"), e.aliases)
        for e in x.entities
        if e.label == "Agreement"
    }


def test_a_letter_calls_the_credit_agreement_its_loan_agreement() -> None:
    found = _agreements(_CREDIT)
    assert [t for t, d, _ in found.values() if d == "2001-03-03"] == ["Credit Agreement"]
    assert found[OWN][0] == "Credit Agreement"


def test_a_quoted_form_calls_the_loan_agreement_its_credit_agreement() -> None:
    found = _agreements(_LOAN)
    assert [t for t, d, _ in found.values() if d == "2004-06-09"] == ["Loan Agreement"]
    assert "Credit Agreement" in found[OWN][2]  # the form's term joins the own agreement


def test_a_fuller_title_or_another_day_names_another_agreement() -> None:
    found = _agreements(_OTHER_OF_THE_DAY)
    dated = sorted((str(t), str(d)) for t, d, _ in found.values())
    assert ("Term Loan Agreement", "2001-03-03") in dated
    assert ("Loan Agreement", "2001-03-04") in dated
    assert ("Credit Agreement", "2001-03-03") in dated
