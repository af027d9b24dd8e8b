"""A syndicated term loan agreement whose lending sentence names its loans after the fact
("each Lender shall make loans ... (each such loan, a "Loan")", ``instruments.loan_term``) and
caps each lender's loans by its share of the commitments together, whose definition states
what they come to on the day the agreement is made (``instruments.commitments_defined_total``).
Passages written for these tests."""

from __future__ import annotations

from tests.passages import edges, extract_text

_AGREEMENT = """TERM CREDIT AGREEMENT

THIS TERM CREDIT AGREEMENT (this "Agreement") is made and entered into as of May 4, 2011, by
and among BRIGHTWATER MARINE SYSTEMS, INC., a Nevada corporation (the "Borrower"); each of the
lenders which is or may from time to time become a party hereto (individually, a "Lender" and,
collectively, the "Lenders"); and FIRST PRAIRIE BANK, N.A., a national banking association, as
administrative agent (in such capacity, the "Agent").

Section 1.1 Definitions.

"Total Term Commitments" means the sum of the Term Commitments of all the Lenders, which, as of
the date hereof, shall be $60,000,000, as such amount may be reduced under Section 2.4.

"Term Commitment" means, as to any Lender, its obligation to make Term Loans up to the amount
set forth opposite its name on Schedule I.

"Term Loan Maturity Date" means May 4, 2016.

Section 2.1 Term Loans. On the Closing Date each Lender shall make term loans under this
Section 2.1 (each such loan, a "Term Loan") to the Borrower in an aggregate principal amount not
exceeding such Lender's Pro Rata Share of the Total Term Commitments. Term Loans repaid may not
be reborrowed, and all Term Loans shall be repaid on the Term Loan Maturity Date.

Section 2.2 Fees. On the Closing Date the Borrower shall pay the Agent a fee of $75,000.
"""


def _facility() -> dict[str, object]:
    x = extract_text(_AGREEMENT)
    [loans] = [e for e in x.entities if e.props.get("title") == "Term Loan"]
    return dict(loans.props)


def test_the_loans_each_such_loan_names_are_the_facility_of_the_agreement() -> None:
    assert ("Term Loan", "Term Credit Agreement") in {
        (s, t.title()) for s, t in edges(extract_text(_AGREEMENT), "ISSUED_UNDER")
    }


def test_the_facility_amounts_to_the_commitments_together_on_the_day_it_is_made() -> None:
    facility = _facility()
    assert facility["amount"] == 60_000_000


def test_a_definition_that_states_no_amount_for_the_day_gives_none() -> None:
    vague = _AGREEMENT.replace(", which, as of\nthe date hereof, shall be $60,000,000,", ",")
    x = extract_text(vague)
    [loans] = [e for e in x.entities if e.props.get("title") == "Term Loan"]
    assert loans.props.get("amount") is None
