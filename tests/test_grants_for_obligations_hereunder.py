"""A grant whose purpose clause names a note and the grantor's obligations under the agreement
it stands in ("To secure the payment of the Note and the performance of the Borrower's
obligations hereunder, the Borrower hereby grants ..."): the collateral and the grantor secure
the note and the agreement. Passages written for these tests (names and figures made up)."""

from __future__ import annotations

from tests.passages import edges, extract_text

LOAN = """\
                                 TERM LOAN AGREEMENT

     This TERM LOAN AGREEMENT is made as of the 9th day of September, 2004, by and between
the OZARK REGIONAL ENTERPRISE AUTHORITY, a body politic and corporate of the State of
Missouri (the "Authority"), and CEDAR HOLLOW MILLWORKS, LLC, a Missouri limited liability
company (the "Borrower").

     Section 1.01. The Loan. The Authority agrees to lend to the Borrower $750,000 (the
"Loan"), evidenced by the Borrower's Promissory Note of even date herewith in the principal
amount of $750,000 payable to the order of the Authority (the "Note").

     Section 2.01. Security. To secure the payment of the Note and the performance of the
Borrower's obligations hereunder, the Borrower hereby grants to the Authority a security
interest in all machinery and equipment of the Borrower (the "Collateral").

     Section 3.01. Governing Law. This Term Loan Agreement shall be governed by the laws of
the State of Missouri.
"""


def test_the_grant_secures_the_note_and_the_agreement() -> None:
    secures = edges(extract_text(LOAN), "SECURES")
    assert ("CEDAR HOLLOW MILLWORKS, LLC", "Term Loan Agreement") in secures
    assert ("CEDAR HOLLOW MILLWORKS, LLC", "Borrower's Promissory Note") in secures


def test_a_grant_for_the_note_alone_secures_the_note() -> None:
    text = LOAN.replace(" and the performance of the\nBorrower's obligations hereunder", "")
    secures = edges(extract_text(text), "SECURES")
    assert ("CEDAR HOLLOW MILLWORKS, LLC", "Term Loan Agreement") not in secures
