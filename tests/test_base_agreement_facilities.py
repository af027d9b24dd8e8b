"""An amendment, waiver or consent names the facilities of the lending agreement it changes by
that agreement's terms, never defining them again ("3. Term Loan.", "increase the Revolving
Credit Facility from $40,000,000 to $50,000,000", "the Line of Credit in the maximum principal
amount of $2,500,000"): each is a credit facility ISSUED_UNDER the base agreement, with the
amount stated after its term (rules ``instruments.base_agreement_facility_term``,
``instruments.base_agreement_facility_amount`` and ``instruments.base_agreement_facility_heading``
of :mod:`ingest.instruments.base_terms`). A term used in passing, a term another class word
begins, a running lower-case noun and a credit agreement's own sections are left alone.
Passages written for this test in three drafting styles, near misses, and the third amendments
of rounds fourteen and sixteen."""

from __future__ import annotations

from pathlib import Path

from tests.passages import facility_facts

_ROOT = Path(__file__).resolve().parent.parent

_BANK_AMENDMENT = """SECOND AMENDMENT TO LOAN AGREEMENT

This Second Amendment to Loan Agreement (this "Amendment") is made as of April 9, 2013 between \
TOLLAND FABRICATING CO., a Connecticut corporation (the "Borrower"), and MILLBROOK SAVINGS \
BANK (the "Lender").

The Borrower and the Lender are parties to a Loan Agreement dated as of May 2, 2011 (the \
"Loan Agreement"). Capitalized terms used and not defined herein have the meanings given in \
the Loan Agreement.

{body}

This Amendment is governed by the laws of the State of Connecticut.

TOLLAND FABRICATING CO.
By: /s/ Ruth Ambler
Title: President

MILLBROOK SAVINGS BANK
By: /s/ Dev Kapoor
Title: Vice President
"""

_SYNDICATED_AMENDMENT = """FOURTH AMENDMENT TO CREDIT AGREEMENT

FOURTH AMENDMENT, dated as of June 30, 2016 (this "Amendment"), among WESTBROOK TILE HOLDINGS, \
INC., a Delaware corporation (the "Borrower"), the Lenders party hereto and NORTHMARK BANK, \
N.A., as administrative agent (the "Administrative Agent").

WHEREAS, the Borrower, the Lenders and the Administrative Agent are parties to the Credit \
Agreement dated as of March 1, 2013 (the "Credit Agreement");

NOW, THEREFORE, the parties agree as follows:

SECTION 1. {clause}

SECTION 2. GOVERNING LAW. THIS AMENDMENT SHALL BE GOVERNED BY THE LAW OF THE STATE OF NEW YORK.

WESTBROOK TILE HOLDINGS, INC.
By: /s/ Gail Sorensen
Title: Treasurer

NORTHMARK BANK, N.A., as Administrative Agent and as a Lender
By: /s/ Paul Ibarra
Title: Director
"""

_WAIVER = """LIMITED WAIVER

This LIMITED WAIVER (this "Waiver") is entered into as of November 4, 2014 between \
CASCO BAY PACKAGING, INC., a Maine corporation (the "Borrower"), and PENOBSCOT TRUST \
COMPANY (the "Bank").

The Borrower and the Bank are parties to a Loan Agreement dated as of January 15, 2012 (the \
"Loan Agreement"), under which the Bank has extended to the Borrower the {loans}. \
Capitalized terms used herein have the meanings given to them in the Loan Agreement.

The Borrower failed to maintain the Fixed Charge Coverage Ratio required by Section 7.2 of \
the Loan Agreement for the fiscal quarter ended September 30, 2014 (the "Covenant Default"). \
The Bank hereby waives the Covenant Default.

This Waiver is governed by the laws of the State of Maine.

CASCO BAY PACKAGING, INC.
By: /s/ Ellen Thibodeau
Title: Chief Financial Officer

PENOBSCOT TRUST COMPANY
By: /s/ Marc Pelletier
Title: Senior Vice President
"""


def test_bank_amendment_with_a_section_for_each_loan() -> None:
    body = (
        "1. Revolving Loans. The Revolving Loans shall be due and payable in full on May 2, "
        "2015.\n\n2. Term Loan. The Borrower shall repay the Term Loan in monthly "
        "installments of $15,000, beginning June 1, 2013."
    )
    facts = facility_facts(_BANK_AMENDMENT.format(body=body), "Loan Agreement")
    assert facts["Revolving Loans"]["under"]
    assert facts["Term Loan"]["under"]


def test_syndicated_amendment_increasing_a_facility_by_its_term() -> None:
    clause = (
        "Increase. The Borrower has requested that the Lenders increase the Revolving Credit "
        "Facility from $40,000,000 to $50,000,000, and the Lenders so agree."
    )
    facts = facility_facts(_SYNDICATED_AMENDMENT.format(clause=clause))
    assert facts["Revolving Credit Facility"] == {
        "amount": 50000000,
        "maturity": None,
        "under": True,
    }


def test_waiver_naming_the_loans_with_their_amounts() -> None:
    loans = (
        "Line of Credit in the maximum principal amount of $3,000,000 and the Term Loan in the "
        "original principal amount of $850,000"
    )
    facts = facility_facts(_WAIVER.format(loans=loans), "Loan Agreement")
    assert facts["Line of Credit"]["amount"] == 3000000
    assert facts["Term Loan"]["amount"] == 850000
    assert facts["Line of Credit"]["under"] and facts["Term Loan"]["under"]


def test_a_term_used_over_and_over() -> None:
    uses = " ".join(
        f"The Applicable Margin for the Term Loans is {n}.25% in Level {n}." for n in range(1, 11)
    )
    facts = facility_facts(_SYNDICATED_AMENDMENT.format(clause=uses))
    assert facts["Term Loans"]["under"]


def test_a_term_used_in_passing_is_left_alone() -> None:
    clause = (
        "Pricing. The Applicable Margin for Revolving Loans is increased by 0.25%, and any "
        "prepayment of the Term Loans shall be applied to installments in direct order."
    )
    assert not facility_facts(_SYNDICATED_AMENDMENT.format(clause=clause))


def test_another_term_the_class_words_begin_and_running_nouns() -> None:
    body = (
        "1. Term Loan Maturity Date. The Term Loan Maturity Date is extended to May 2, 2016.\n\n"
        "2. Existing Revolving Loans. All Existing Revolving Loans shall be repaid.\n\n"
        "3. The Lender shall make a term loan to the Borrower in the original principal "
        "amount of $250,000."
    )
    facts = facility_facts(_BANK_AMENDMENT.format(body=body), "Loan Agreement")
    assert not {"Term Loan", "Revolving Loans", "Existing Revolving Loans"} & set(facts)


def test_a_credit_agreement_s_own_sections_are_not_its_base_terms() -> None:
    text = (
        _BANK_AMENDMENT.format(body="1. Term Loan. The Term Loan shall be repaid monthly.")
        .replace("SECOND AMENDMENT TO LOAN AGREEMENT", "SECURITY AGREEMENT")
        .replace("Second Amendment to Loan Agreement", "Security Agreement")
    )
    assert "Term Loan" not in facility_facts(text, "Loan Agreement")


def test_round_fourteen_and_sixteen_third_amendments() -> None:
    harlow = (_ROOT / "tests/gold_written/docs/r14fac_amend3_harlow.txt").read_text()
    facts = facility_facts(harlow, "Loan Agreement")
    assert facts["Revolving Loans"]["under"] and facts["Term Loan"]["under"]
    corvallen = (_ROOT / "tests/gold_written/docs/r16fac_amend3_corvallen.txt").read_text()
    facts = facility_facts(corvallen)
    assert facts["Revolving Credit Facility"]["amount"] == 55000000
    assert all(
        facts[t]["under"] for t in ("Revolving Credit Facility", "Revolving Loans", "Term Loan")
    )
