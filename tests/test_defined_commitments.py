"""A credit facility an agreement defines as its lender's obligation to lend
(:mod:`ingest.instruments.defined_commitments`): passages written for this test."""

from __future__ import annotations

from tests.passages import edges, extract_text

_MEANS = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT dated as of February 2, 2006 is by and between HALCYON LABS, INC., a \
Delaware corporation ("Borrower"), and NORTHSHORE BANK, N.A. ("Lender").

1.1 Definitions.

"Line Commitment" means the obligation hereunder of Lender, during the Commitment Period, to \
make Line Loans up to an aggregate principal amount outstanding at any time of $7,500,000.

"Line Commitment Period" means the period from the Closing Date to May 1, 2009.

2.1 Line Loans. Lender shall make Line Loans to Borrower in such amounts as Borrower may \
request, not exceeding the Line Commitment.
"""

_REFERRED = """LOAN AGREEMENT

THIS LOAN AGREEMENT dated as of March 9, 2001 is by and between SUMMIT RIDGE HOMES, LLC, a \
Colorado limited liability company (the "Company"), and ASPEN BANK and PEAK NATIONAL BANK \
(collectively the "Banks").

2.1 The Commitment. Each of the Banks agrees to make Advances to the Company, provided the \
aggregate principal amount outstanding shall not exceed Twelve Million Dollars ($12,000,000). \
The obligation of the Banks to make Advances hereunder up to such limit, as it may be reduced \
under Section 2.7(b), is hereinafter referred to as the "Commitment".

2.6 Expiration. The Commitment shall expire, without action by the Banks, on June 30, 2003.
"""


def test_a_commitment_defined_as_the_lenders_obligation_is_a_facility_under_the_agreement() -> None:
    x = extract_text(_MEANS)
    assert ("Line Commitment", "Credit Agreement") in edges(x, "ISSUED_UNDER")
    facility = next(e for e in x.entities if e.props.get("title") == "Line Commitment")
    assert facility.props.get("kind") == "credit_facility"
    assert facility.props.get("amount") == 7500000
    assert facility.props.get("maturity_date") == "2009-05-01"


def test_an_obligation_referred_to_as_the_commitment_takes_the_limit_its_paragraph_set() -> None:
    x = extract_text(_REFERRED)
    assert ("Commitment", "Loan Agreement") in edges(x, "ISSUED_UNDER")
    facility = next(e for e in x.entities if e.props.get("title") == "Commitment")
    assert facility.props.get("amount") == 12000000
    assert facility.props.get("maturity_date") == "2003-06-30"


def test_each_lenders_commitment_is_no_facility_of_its_own() -> None:
    text = _MEANS.replace(
        "means the obligation hereunder of Lender, during",
        "means, as to each Lender, its obligation, during",
    )
    x = extract_text(text)
    assert ("Line Commitment", "Credit Agreement") not in edges(x, "ISSUED_UNDER")


def test_a_commitment_termination_date_definition_is_the_facilitys_last_day() -> None:
    text = _MEANS.replace(
        '"Line Commitment Period" means the period from the Closing Date to May 1, 2009.',
        '"Line Commitment Termination Date" shall mean August 15, 2010.',
    )
    x = extract_text(text)
    facility = next(e for e in x.entities if e.props.get("title") == "Line Commitment")
    assert facility.props.get("maturity_date") == "2010-08-15"
