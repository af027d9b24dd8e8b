"""Facilities a bank credit agreement defines in the sentences that make its loans: "The Bank
agrees, on the terms and conditions set forth herein, to make loans (each, a "Revolving Loan,"
and collectively, the "Revolving Loans") ... shall not exceed the lesser of (i) $6,000,000 (as
such figure may be reduced ..., the "Revolving Credit Commitment")", and "The Bank shall extend
to Borrower ... a term facility in the principal amount of Five Hundred Thousand Dollars
($500,000.00) (the "Term Loan")". Each is a credit facility with its amount, ISSUED_UNDER the
agreement; the commitment the loans' sentence defines is the same facility, not another.

Passages written for the test in the shape of a two-party bank credit agreement; never copied
from a filing. Blind annotation h6-c found the shape (credit-dev, tuned half).
"""

from __future__ import annotations

from ingest.extract import extract
from ingest.records import Extraction, SourceDocument

_AGREEMENT = (
    "CREDIT AGREEMENT\n"
    "THIS CREDIT AGREEMENT, dated as of May 2, 2013, is made and entered into by and between"
    " LARKSPUR SYSTEMS, INC., a Delaware corporation (\u201cBorrower\u201d), and PRAIRIE STATE"
    " BANK, an Illinois banking corporation (\u201cBank\u201d).\n"
    "ARTICLE II\n2.1 Commitments.\n"
    "(a) Revolving Loan. The Bank agrees, on the terms and conditions set forth herein, to make"
    " loans (each, a \u201cRevolving Loan,\u201d and collectively, the \u201cRevolving\nLoans"
    "\u201d) to the Borrower from time to time before the Revolving Credit Termination Date;"
    " provided that the aggregate outstanding principal amount of the Revolving Loans shall not"
    " exceed the lesser of (i) $6,000,000 (as such figure may be reduced\nfrom time to time as"
    " provided in this Agreement, the \u201cRevolving Credit Commitment\u201d), and (ii) the"
    " Borrowing Base.\n"
    "(b) Term Loan. The\nBank shall extend to Borrower for use in connection with the refinance"
    " of existing term debt a term facility in the principal amount of Five Hundred Thousand"
    " Dollars\n($500,000.00) (the \u201cTerm Loan\u201d), which shall be repaid in accordance"
    " with the terms of the Term Note.\n"
)


def _facilities(x: Extraction) -> dict[str, tuple[object, tuple[str, ...]]]:
    """Title -> (amount, aliases) of each credit facility ISSUED_UNDER the own agreement."""
    under = {r.source for r in x.relations if r.type == "ISSUED_UNDER"}
    return {
        str(e.props["title"]): (e.props.get("amount"), e.aliases)
        for e in x.entities
        if e.props.get("kind") == "credit_facility" and e.ref in under
    }


def test_each_facility_with_its_amount() -> None:
    x = extract(SourceDocument(text=_AGREEMENT, path="passage.txt"))
    found = _facilities(x)
    assert set(found) == {"Revolving Loan", "Term Loan"}
    assert found["Revolving Loan"][0] == 6000000
    assert "Revolving Credit Commitment" in found["Revolving Loan"][1]
    assert found["Term Loan"][0] == 500000


def test_loans_a_recital_says_were_applied_for_are_no_facility() -> None:
    text = _AGREEMENT.replace(
        "ARTICLE II",
        "A. The Borrower has applied to the Bank for a revolving line of credit loan in the"
        " principal amount of $6,000,000 (each, a \u201cLoan\u201d and collectively, the"
        " \u201cLoans\u201d).\nARTICLE II",
    )
    x = extract(SourceDocument(text=text, path="passage.txt"))
    assert set(_facilities(x)) == {"Revolving Loan", "Term Loan"}


def test_revolving_advances_up_to_an_amount_a_definition_states() -> None:
    # an asset-based form: the advances' limit is a term defined with typewriter spacing
    text = (
        "CREDIT AND SECURITY AGREEMENT\n\nDated June 9, 2011\n\n"
        'TAMSIN FOODS, INC., a Texas corporation (the "Borrower"), and FENWICK STATE BANK (the'
        ' "Lender") acting through its Commercial Finance division, hereby agree as follows:\n\n'
        "ARTICLE I\n\n"
        '"Maximum  Line  Amount"  means  $2,500,000,  unless  this amount is reduced.\n\n'
        "ARTICLE II\n\n"
        "Section 2.1 Revolving Advances. The Lender agrees, subject to the terms and conditions"
        ' of this Agreement, to make advances ("Revolving Advances") to the Borrower from time'
        " to time in an amount not in excess of the Maximum Line Amount.\n"
    )
    x = extract(SourceDocument(text=text, path="passage.txt"))
    assert _facilities(x) == {"Revolving Advances": (2500000, ("Revolving Advances",))}
