"""A guarantor's "Consent and Reaffirmation" appended below a forbearance agreement (or a waiver)
that amends nothing: the guarantor keeps guaranteeing the obligations under the loan agreement
the forbearance concerns, so it SECURES that agreement and is party to the guaranty it
reaffirms (``appended.secured_agreement`` falls back to the credit agreement the document
concerns, ``relations.obligations.secured_agreement``). Before, a consent under an amendment
was read so but one under a forbearance secured nothing."""

from __future__ import annotations

from tests.passages import edges, extract_text

_FORBEARANCE = """FORBEARANCE AGREEMENT

This Forbearance Agreement (this "Agreement") is entered into as of March 3, 2010, between
RIVERBEND CAPITAL, LLC, a Colorado limited liability company (the "Lender"), and SALTON
FREIGHT, INC., a Nebraska corporation (the "Borrower").

A. The Lender and the Borrower are parties to a Loan Agreement dated as of June 1, 2007 (the
"Loan Agreement"). The Existing Defaults are Events of Default under the Loan Agreement.

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

<PAGE>

"""

_CONSENT = """CONSENT AND REAFFIRMATION OF GUARANTOR

The undersigned, having guaranteed the obligations of the Borrower under the Unlimited Guaranty
dated as of June 1, 2007 (the "Guaranty"), consents to the foregoing Forbearance Agreement and
reaffirms that the Guaranty remains in full force and effect. The undersigned has executed this
Consent and Reaffirmation as of the date of this Consent and Reaffirmation.

SALTON REAL ESTATE HOLDINGS, INC.
By /s/ CARA SALTON
Name: Cara Salton
Title: President
"""

_ACKNOWLEDGMENT = """ACKNOWLEDGMENT AND CONSENT OF GUARANTOR

Salton Leasing Co., as guarantor under its Guaranty Agreement dated as of June 1, 2007 (the
"Guaranty"), acknowledges the foregoing Forbearance Agreement and agrees that its Guaranty
continues to guarantee the Borrower's obligations.

SALTON LEASING CO.

By: /s/ Cara Salton
Name: Cara Salton
Title: Treasurer
"""


def test_the_consenting_guarantor_secures_the_loan_agreement() -> None:
    for consent, guarantor in (
        (_CONSENT, "SALTON REAL ESTATE HOLDINGS, INC."),
        (_ACKNOWLEDGMENT, "SALTON LEASING CO."),
    ):
        x = extract_text(_FORBEARANCE + consent)
        secures = {(p.upper(), a) for p, a in edges(x, "SECURES")}
        assert (guarantor, "Loan Agreement") in secures, consent
        guaranties = {a for p, a in edges(x, "PARTY_TO") if p.upper() == guarantor}
        assert any("Guaranty" in a for a in guaranties), guaranties


def test_the_lender_and_the_borrower_secure_nothing() -> None:
    x = extract_text(_FORBEARANCE + _CONSENT)
    secured_by = {p for p, _ in edges(x, "SECURES")}
    assert not secured_by & {"RIVERBEND CAPITAL, LLC", "SALTON FREIGHT, INC."}
