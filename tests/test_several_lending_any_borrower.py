"""The several lending sentence of an agreement with more than one borrower, or whose lenders
agree to a labelled list of things, the loans first (``instruments.several_lending_sentence``):
"Each Lender severally agrees ... to make Loans to any Borrower, and to participate in Letters
of Credit ...", "Each Lender severally agrees ... to (a) make Revolving Loans to the Borrower,
(b) participate in Swingline Loans ...". The loans the definitions name are the agreement's
facility, ISSUED_UNDER it. Passages written for this test (invented parties)."""

from __future__ import annotations

from tests.passages import facility_facts

_HEAD = (
    "CREDIT AGREEMENT\n\n"
    "This CREDIT AGREEMENT, dated as of March 3, 2002, is among Larkspur Holdings, Inc. "
    '("LHI"), Larkspur Power Company ("LPC" and, together with LHI, each a "Borrower"), '
    'various financial institutions (each a "Lender") and Cumberland National Bank, as '
    "administrative agent.\n\n"
    "SECTION 1.01. Definitions.\n\n"
    '"Loan" means, with respect to a Lender, any loan made by such Lender pursuant to '
    "Article II.\n\n"
    '"Revolving Loan" means an Advance made pursuant to Section 2.01(a).\n\n'
    '"Termination Date" means March 3, 2005.\n\n'
)


def test_loans_to_any_borrower_are_the_facility() -> None:
    lending = (
        "SECTION 2.01. Commitment. Each Lender severally agrees, on the terms and conditions "
        "set forth in this Agreement, to make Loans to any Borrower, and to participate in "
        "Letters of Credit issued upon the request of any Borrower, in amounts not to exceed "
        "in the aggregate at any one time outstanding the amount of such Lender's "
        "Commitment.\n\n"
    )
    facts = facility_facts(_HEAD + lending)
    assert facts.get("Loans", {}).get("under") is True, facts


def test_the_first_of_a_labelled_list_is_the_facility() -> None:
    lending = (
        "SECTION 2.01. Commitments. Each Lender severally agrees, on the terms and conditions "
        "hereinafter set forth, to (a) make Revolving Loans to the Borrower, (b) participate "
        "in Swing Loans of the Agent, and (c) participate in Facility LCs issued upon the "
        "request of the Borrower, in an aggregate amount not to exceed such Lender's "
        "Commitment Amount.\n\n"
    )
    facts = facility_facts(_HEAD + lending)
    assert facts.get("Revolving Loans", {}).get("under") is True, facts


def test_loans_to_a_subsidiary_or_a_payment_first_make_no_facility() -> None:
    # near misses: the loans go to someone other than a borrower, or the list opens with a
    # payment, not the lending
    for lending in (
        "SECTION 2.01. Each Lender severally agrees to make Loans to any Subsidiary of the "
        "Borrower that asks.\n\n",
        "SECTION 2.01. Each Lender severally agrees to (a) pay to the Agent its share of any "
        "costs, (b) make Loans to any Borrower on request.\n\n",
    ):
        assert "Loans" not in facility_facts(_HEAD + lending), lending
