"""A notary's certificate of acknowledgment under the signature blocks names the signer's
office and company in a sentence; no party comes of it, and the blocks above still sign."""

from __future__ import annotations

from tests.passages import edges, extract_text, own_roles

_LOAN = """LOAN AGREEMENT

This Loan Agreement is made as of this 4th day of May, 2011, by and between CASCADE
OPTICS, INC., a Vermont corporation (the "Borrower"), and NORTHFIELD SAVINGS BANK, a
state-chartered bank (the "Lender").

1. The Lender agrees to make loans to the Borrower.

IN WITNESS WHEREOF, the parties hereto have caused this Loan Agreement to be executed as of
the date first written above.

CASCADE OPTICS, INC.

By: /s/ Dana L. Whitcomb
Name: Dana L. Whitcomb
Title: Chief Financial Officer

NORTHFIELD SAVINGS BANK

By: /s/ Peter Lamont
Name: Peter Lamont
Title: Vice President

CERTIFICATE OF ACKNOWLEDGMENT

STATE OF VERMONT     )
                     )  SS:
COUNTY OF WASHINGTON )

On this the 4th day of May, 2011, before me, a Notary Public, personally appeared Dana L.
Whitcomb, who acknowledged herself to be the Chief Financial Officer of Cascade Optics, Inc.,
a Vermont corporation, and that she as such officer, being authorized to do so, executed the
foregoing instrument for the purposes therein contained.

_________________________
Notary Public
"""

_GUARANTY_ACK = """GUARANTY AGREEMENT

This Guaranty Agreement dated June 1, 2003 is made by ORTON FARMS, LLC, a Kansas limited
liability company (the "Guarantor"), in favor of PLAINS COMMERCE BANK (the "Bank").

1. The Guarantor guarantees the Obligations of Orton Mills, Inc. to the Bank.

IN WITNESS WHEREOF, the Guarantor has executed this Guaranty Agreement as of the date above.

ORTON FARMS, LLC

By: /s/ Glen Orton
Name: Glen Orton
Title: Managing Member

STATE OF KANSAS      )
COUNTY OF SEDGWICK   )

BEFORE ME, the undersigned authority, on this day personally came Glen Orton, known to me
to be the Managing Member of Orton Farms, LLC, a Kansas limited liability company, and
acknowledged that he executed the foregoing instrument on its behalf.
"""


def test_the_acknowledged_office_is_no_party() -> None:
    x = extract_text(_LOAN)
    assert own_roles(x) == {"Cascade Optics, Inc.": "Borrower", "NORTHFIELD SAVINGS BANK": "Lender"}
    names = {str(e.props.get("name")) for e in x.entities if e.label == "Party"}
    assert not [n for n in names if "Officer" in n]


def test_the_blocks_above_the_certificate_still_sign() -> None:
    x = extract_text(_LOAN)
    assert edges(x, "SIGNED") == {
        ("Dana L. Whitcomb", "Loan Agreement"),
        ("Peter Lamont", "Loan Agreement"),
    }


def test_a_certificate_in_which_the_signer_personally_came_adds_no_party() -> None:
    x = extract_text(_GUARANTY_ACK)
    names = {str(e.props.get("name")) for e in x.entities if e.label == "Party"}
    assert not [n for n in names if n.startswith(("Managing Member", "Member of"))]
    assert ("Glen Orton", "Guaranty Agreement") in edges(x, "SIGNED")
