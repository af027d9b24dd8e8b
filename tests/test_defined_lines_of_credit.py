"""A bank form defines its line of credit once as the one its own lending section establishes
(""Line of Credit" means the revolving line of credit established by Lender for Borrower under
Section 2 of this Agreement") and caps it by another defined term (""Maximum Line Amount" means
$900,000", "not to exceed the lesser of the Maximum Line Amount and the Borrowing Base"): a
credit facility ISSUED_UNDER the own agreement with that amount (rule
``instruments.provided_facility_definition`` of :mod:`ingest.instruments.defined_facilities`,
the limit term read by :func:`ingest.instruments.lines_of_credit.term_amount`). Passages
written for this test in two wordings, near misses, and round sixteen's business loan agreement."""

from __future__ import annotations

from pathlib import Path

from tests.passages import facility_facts

_ROOT = Path(__file__).resolve().parent.parent

_BANK_FORM = """BUSINESS LOAN AGREEMENT

THIS BUSINESS LOAN AGREEMENT dated March 2, 2017, is made and executed between Alder Creek \
Nursery, Inc., an Oregon corporation ("Borrower") and Willamette Commerce Bank ("Lender").

1. DEFINITIONS.

{definition}

"Maximum Line Amount" means $650,000.

2. LINE OF CREDIT. Lender will make Advances to Borrower under the Line of Credit from time \
to time, in an aggregate principal amount outstanding at any time not to exceed the lesser of \
the Maximum Line Amount and the Borrowing Base.

3. This Agreement is governed by the laws of the State of Oregon.

BORROWER: ALDER CREEK NURSERY, INC.
By: /s/ Jonas Whitcomb, President

LENDER: WILLAMETTE COMMERCE BANK
By: /s/ Keiko Amundsen, Vice President
"""


def _facts(definition: str) -> dict[str, dict[str, object]]:
    return facility_facts(_BANK_FORM.format(definition=definition), "Business Loan Agreement")


def test_line_of_credit_established_under_a_section() -> None:
    facts = _facts(
        '"Line of Credit" means the revolving line of credit established by Lender for '
        "Borrower under Section 2 of this Agreement."
    )
    assert facts["Line of Credit"]["amount"] == 650000
    assert facts["Line of Credit"]["under"]


def test_line_of_credit_made_available_pursuant_to_a_section() -> None:
    facts = _facts(
        "\u201cLine of Credit\u201d shall mean the line of credit made available to Borrower "
        "pursuant to Section 2."
    )
    assert facts["Line of Credit"]["amount"] == 650000


def test_a_line_of_credit_of_another_agreement_or_a_note_is_not_the_own() -> None:
    facts = _facts(
        '"Line of Credit" means the line of credit established by Lender for Borrower under '
        'the Prior Loan Agreement.\n\n"Line of Credit Note" means the promissory note '
        "evidencing the line of credit."
    )
    assert "Line of Credit" not in facts


def test_round_sixteen_business_loan_agreement() -> None:
    text = (_ROOT / "tests/gold_written/docs/r16fac_loan_brockhurst.txt").read_text()
    facts = facility_facts(text, "Business Loan Agreement")
    assert facts["Line of Credit"] == {"amount": 900000, "maturity": "2020-07-09", "under": True}
