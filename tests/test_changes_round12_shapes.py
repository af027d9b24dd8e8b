"""The shapes round twelve's blind passages (``tests/changes_round12/``) found the reader
missing, each in passages of its own, two wordings or more and the near misses it must leave
alone.

Imperative instructions (``ingest.changes.imperatives``): "(a) In the definition of "X", add
... after ...", "In Section 6.4, delete "A" and insert "B"", "Delete Section 4.3 and
substitute:", "Add a new Section 7.12 as follows:", "Strike the word "A" in Section 2.4 and
insert "B" in its place", "Replace Schedule 2.1 with Schedule 2.1 attached hereto"; and a
lead-in "Section 1.1 is amended as follows:" over such items changes nothing itself."""

from __future__ import annotations

import pytest

from tests.changes_round5.case import amendment, credit_amendment, pid, predicted
from tests.changes_round11.case import note_amendment


def _changes(text: str) -> set[tuple[str, str, str | None]]:
    return set(predicted(text))


def _expect(*items: tuple[str, str, str | None]) -> set[tuple[str, str, str | None]]:
    return {(pid(p), action, new) for p, action, new in items}


IMPERATIVES = [
    (
        "lettered_items_in_definitions_of_a_note_agreement_curly_quotes",
        amendment(
            "Second Amendment to Note Purchase Agreement",
            "Note Purchase Agreement",
            "Note Agreement",
            """
1. Amendments to Schedule B. Schedule B to the Note Agreement is amended as follows:

(x) In the definition of “Consolidated Debt”, replace “three” with “four”.

(y) In the definition of “Priority Debt”, insert “(other than Permitted Receivables Debt)”
after the words “all Indebtedness”.

2. Effectiveness. This Amendment is effective on the date hereof.
""",
            first="WESTBROOK FILTRATION CORP.",
            second="THE PRUDENT MUTUAL LIFE INSURANCE COMPANY",
            second_alias="Noteholder",
        ),
        _expect(
            ("term:Consolidated Debt", "amend", "four"),
            ("term:Priority Debt", "amend", "(other than Permitted Receivables Debt)"),
        ),
    ),
    (
        "sections_of_a_lease_deleted_restated_and_words_inserted",
        amendment(
            "Fourth Amendment to Lease",
            "Lease",
            "Lease",
            """
1. Delete Section 9.3 of the Lease in its entirety and substitute the following:

"9.3 Assignment. Tenant may assign this Lease to an Affiliate without Landlord's consent."

2. Insert "or any Affiliate of Tenant" after "Tenant" in Section 12.1 of the Lease.

3. Amend and restate Section 6.1 of the Lease as follows:

"6.1 Use. The Premises shall be used for general office and laboratory purposes."

4. Add a new Exhibit F to the Lease in the form attached to this Amendment.
""",
            first="RIVERBEND OFFICE PARK LLC",
            first_alias="Landlord",
            second="ALDERGROVE THERAPEUTICS, INC.",
            second_alias="Tenant",
        ),
        _expect(
            (
                "9.3",
                "replace",
                "9.3 Assignment. Tenant may assign this Lease to an Affiliate without Landlord's "
                "consent.",
            ),
            ("12.1", "amend", "or any Affiliate of Tenant"),
            (
                "6.1",
                "replace",
                "6.1 Use. The Premises shall be used for general office and laboratory purposes.",
            ),
            ("Exhibit F", "add", None),
        ),
    ),
    (
        "numbered_items_with_headings_in_a_loan_agreement",
        credit_amendment(
            """
2. Interest Rate. In Section 2.3(a) of the Loan Agreement, replace "LIBOR plus 2.50%" with
"LIBOR plus 2.25%".

3. Reporting. In Section 6.1, delete "one hundred twenty (120) days" and insert "ninety (90)
days".

4. Restate Section 7.9 in its entirety as follows:

"7.9 Capital Expenditures. The Borrower shall not make Capital Expenditures exceeding
$750,000 in any fiscal year."
""",
            borrower="COPPERLEAF MILLWORK, INC.",
        ),
        _expect(
            ("2.3(a)", "amend", "LIBOR plus 2.25%"),
            ("6.1", "amend", "ninety (90)\ndays"),
            ("7.9", "replace", None),
        ),
    ),
]


@pytest.mark.parametrize(
    "text, expected", [c[1:] for c in IMPERATIVES], ids=[c[0] for c in IMPERATIVES]
)
def test_imperative_instructions(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    got = _changes(text)
    for p, action, new in expected:
        assert any(g[:2] == (p, action) and (new is None or g[2] == new) for g in got), (p, got)
    assert {g[:2] for g in got} == {e[:2] for e in expected}


NEAR_MISSES = [
    (
        "drafting_notes_of_a_form_name_its_own_sections",
        credit_amendment(
            """
1. Section 2.2 of the Loan Agreement is amended by replacing "$5,000,000" with "$6,000,000".

EXHIBIT A

FORM OF BORROWING REQUEST

1. Insert the amount requested in Section 1 below.

2. In Section 2 of this Request, insert the date of the Borrowing.

(a) Delete bracketed language if no Eurodollar Loans are requested.
""",
            borrower="STONEFIELD PUMP WORKS, INC.",
        ),
        _expect(("2.2", "amend", "$6,000,000")),
    ),
    (
        "instructions_to_the_borrower_in_a_waiver_are_no_changes",
        credit_amendment(
            """
1. Waiver. The Bank waives the Default under Section 7.1 for the quarter ended June 30, 2007.

2. Conditions. The Borrower shall (a) replace the Compliance Certificate delivered for that
quarter, (b) insert in it the corrected figures and (c) deliver it to the Bank.

In the event the Borrower fails to do so, the waiver in Section 1 is void.
""",
            borrower="HALFMOON BAY CANNERY CO.",
        ),
        set(),
    ),
]


@pytest.mark.parametrize(
    "text, expected", [c[1:] for c in NEAR_MISSES], ids=[c[0] for c in NEAR_MISSES]
)
def test_imperative_near_misses(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert {g[:2] for g in _changes(text)} == {e[:2] for e in expected}


# Definition blocks under a lead-in that names no definition (ingest.changes.following_blocks):
# the verb before "the following" says what happens to each definition; a term may carry a long
# parenthesis before "means".
DEFINITION_BLOCKS = [
    (
        "replaced_and_added_blocks_as_two_items_of_a_credit_agreement",
        credit_amendment(
            """
1. Section 1.01 of the Credit Agreement is hereby amended as follows:

(a) by replacing the following in their entirety:

"Fixed Charges" means, for any period, scheduled principal payments plus Interest Expense.

"Revolving Maturity Date" means August 31, 2013.

(b) by adding thereto the following:

"Second Lien Debt" means Indebtedness secured by Liens junior to the Liens of the Agent.

2. Costs. The Borrower shall pay the Agent's costs of this Amendment.
""",
            base="Credit Agreement",
            borrower="TIDEWATER COMPOSITES, INC.",
        ),
        _expect(
            ("term:Fixed Charges", "replace", None),
            ("term:Revolving Maturity Date", "replace", None),
            ("term:Second Lien Debt", "add", None),
        ),
    ),
    (
        "lease_definitions_inserted_at_the_end_with_shall_mean",
        amendment(
            "Second Amendment to Lease",
            "Lease",
            "Lease",
            """
1. Section 1 of the Lease is amended by inserting the following at the end thereof:

"Storage Space" shall mean the area of approximately 600 square feet in the basement of the
Building shown on Exhibit B-1.

"Storage Rent" shall mean $750.00 per month.

2. Except as set forth herein, the Lease is unmodified.
""",
            first="MAPLE COURT REALTY TRUST",
            first_alias="Landlord",
            second="BELLWETHER ANALYTICS LLC",
            second_alias="Tenant",
        ),
        _expect(("term:Storage Space", "add", None), ("term:Storage Rent", "add", None)),
    ),
    (
        "term_with_a_long_parenthesis_before_means",
        credit_amendment(
            """
1. Section 1.1 of the Loan Agreement is amended by inserting the following in the
appropriate alphabetical order:

"Permitted Seller Note" (as such term is used in the Subordination Agreement dated as of the
date hereof between the Bank and the Seller) means the promissory note of the Borrower to the
Seller in the original principal amount of $2,000,000.
""",
            borrower="OAKHURST SIGNAL SYSTEMS, INC.",
        ),
        _expect(("term:Permitted Seller Note", "add", None)),
    ),
    (
        "words_added_at_the_end_of_a_section_are_no_definitions",
        credit_amendment(
            """
1. Section 7.2 of the Loan Agreement is amended by adding the following at the end thereof:

"; provided that the Borrower may pay dividends not exceeding $250,000 in any fiscal year."

2. Section 6.1 of the Loan Agreement is amended by adding the following sentence at the end
thereof: "As used herein, "Capital Expenditures" means expenditures capitalized under GAAP."
""",
            borrower="GRANITE RIDGE DAIRY COOPERATIVE",
        ),
        _expect(("7.2", "amend", None), ("6.1", "amend", None)),
    ),
]


@pytest.mark.parametrize(
    "text, expected", [c[1:] for c in DEFINITION_BLOCKS], ids=[c[0] for c in DEFINITION_BLOCKS]
)
def test_definition_blocks(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert {g[:2] for g in _changes(text)} == {e[:2] for e in expected}


# Terms whose quotes the conversion lost, at the start of their lines; lists of quoted terms
# deleted under "the following"; terms given "the following meanings" in the agreement named.
MORE_BLOCKS = [
    (
        "unquoted_terms_added_and_restated_under_the_following",
        credit_amendment(
            """
1. Section 1.01 of the Credit Agreement is hereby amended by inserting the following in the
appropriate alphabetical order:

     Cash Dominion Period means any period during which Excess Availability is less than
$5,000,000.

     Excess Availability means the Borrowing Base minus the Revolving Loans.

2. Section 1.01 of the Credit Agreement is hereby amended by restating the following in their
entirety:

     Maturity Date means June 30, 2014.
""",
            base="Credit Agreement",
            borrower="PINEHAVEN BOTTLING CO.",
        ),
        _expect(
            ("term:Cash Dominion Period", "add", None),
            ("term:Excess Availability", "add", None),
            ("term:Maturity Date", "replace", None),
        ),
    ),
    (
        "quoted_terms_deleted_under_the_following_active_and_passive",
        credit_amendment(
            """
1. Section 1.1 of the Loan Agreement is amended by deleting the following in their entirety:
"Term Lender", "Term Loan" and "Term Note".

2. The following, each as defined in Section 1.1 of the Loan Agreement, are hereby deleted:

"Capex Facility";

"Capex Loan".
""",
            borrower="RED FERN ORCHARDS, INC.",
        ),
        _expect(
            ("term:Term Lender", "delete", None),
            ("term:Term Loan", "delete", None),
            ("term:Term Note", "delete", None),
            ("term:Capex Facility", "delete", None),
            ("term:Capex Loan", "delete", None),
        ),
    ),
    (
        "terms_given_the_following_meanings_with_and_without_a_verb_of_amending",
        amendment(
            "Third Amendment to Lease",
            "Lease",
            "Lease",
            """
1. Section 1 of the Lease is amended so that the following terms shall have the following
meanings:

"Expiration Date" shall mean October 31, 2018.

2. The following terms used in the Lease shall have the following respective meanings:

"Base Rent" means $14,250.00 per month.

"Rentable Area" means 9,120 rentable square feet.
""",
            first="HARBORVIEW PROPERTIES L.P.",
            first_alias="Landlord",
            second="NIGHTJAR DESIGN STUDIO, INC.",
            second_alias="Tenant",
        ),
        _expect(
            ("term:Expiration Date", "replace", None),
            ("term:Base Rent", "replace", None),
            ("term:Rentable Area", "replace", None),
        ),
    ),
    (
        "words_deleted_under_the_following_and_own_meanings_are_no_definitions",
        credit_amendment(
            """
1. Definitions. For purposes of this Amendment, the following terms shall have the following
meanings:

"Consent Fee" means $15,000.

2. Section 6.3 of the Loan Agreement is amended by deleting the following sentence:
"The Borrower shall not change its fiscal year."
""",
            borrower="BLACKWATER TIMBER COMPANY",
        ),
        _expect(("6.3", "amend", None)),
    ),
]


@pytest.mark.parametrize(
    "text, expected", [c[1:] for c in MORE_BLOCKS], ids=[c[0] for c in MORE_BLOCKS]
)
def test_more_definition_blocks(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert {g[:2] for g in _changes(text)} == {e[:2] for e in expected}


# The second batch's shapes: "Sec." as the place of an instruction, a page break between a
# lead-in's colon and its definitions, "the following" as the subject of a passive restating.
SECOND_BATCH_SHAPES = [
    (
        "instructions_placed_in_sec_abbreviations",
        amendment(
            "Amendment No. 3 to Sublease",
            "Sublease",
            "Sublease",
            """
1. In Sec. 3.2 of the Sublease, replace "March 31, 2016" with "March 31, 2018".

2. (a) in Sec. 7, delete "thirty (30)" and insert "sixty (60)".
""",
            first="LODESTAR MEDIA GROUP, INC.",
            first_alias="Sublandlord",
            second="PAPERBARK CREATIVE LLC",
            second_alias="Subtenant",
        ),
        _expect(("3.2", "amend", "March 31, 2018"), ("7", "amend", "sixty (60)")),
    ),
    (
        "page_break_between_the_colon_and_the_definitions",
        credit_amendment(
            """
1. Section 1.1 of the Loan Agreement is amended by restating the following in their entirety:

<PAGE>

                                   4

"Applicable Margin" means 2.25% per annum.

2. Section 1.1 of the Loan Agreement is amended by adding the following at the end thereof:

<PAGE>

                                   5

Notwithstanding the foregoing, each term defined in the UCC has the meaning given it there.
""",
            borrower="SAWGRASS IRRIGATION SUPPLY, INC.",
        ),
        _expect(("term:Applicable Margin", "replace", None), ("1.1", "amend", None)),
    ),
    (
        "the_following_as_the_subject_of_a_passive_restating",
        credit_amendment(
            """
1. The following, each as defined in Section 1.01 of the Credit Agreement, are hereby amended
and restated in their entirety:

"Commitment Fee Rate" means 0.30% per annum.

"Eurodollar Margin" means 2.00% per annum.

2. The following are hereby added to Schedule 4.5 of the Credit Agreement:

Riverside Holdings LLC, a Delaware limited liability company.
""",
            base="Credit Agreement",
            borrower="FIELDSTONE RENDERING CO.",
        ),
        _expect(
            ("term:Commitment Fee Rate", "replace", None),
            ("term:Eurodollar Margin", "replace", None),
        ),
    ),
]


@pytest.mark.parametrize(
    "text, expected",
    [c[1:] for c in SECOND_BATCH_SHAPES],
    ids=[c[0] for c in SECOND_BATCH_SHAPES],
)
def test_second_batch_shapes(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    got = {g[:2] for g in _changes(text)}
    assert {e[:2] for e in expected} <= got
    assert not {g for g in got if g[0].startswith("term:")} - {e[:2] for e in expected}


# "and by deleting therefrom the following:" on a line of its own after the block the same
# sentence inserts: its terms deleted, the block above ending before it.
AND_BY_LINES = [
    (
        "added_then_deleted_in_one_sentence",
        note_amendment(
            """
1. Section 10.1 of the Note Agreement is amended by adding thereto the following in proper
alphabetical order:
     "Permitted Securitization" means a sale of receivables of up to $50,000,000.
     and by deleting therefrom the following:
     "Existing Bank Facility".
2. Each Noteholder consents to this Amendment.
""",
        ),
        _expect(
            ("term:Permitted Securitization", "add", None),
            ("term:Existing Bank Facility", "delete", None),
        ),
    ),
    (
        "restated_then_added_in_one_sentence",
        credit_amendment(
            """
1. Section 1.1 of the Loan Agreement is hereby amended by restating the following in their
entirety:

"Termination Date" means January 31, 2013.

and by adding thereto the following:

"Extension Fee" means $12,000.
""",
            borrower="SOUTHFORK TANNERY, INC.",
        ),
        _expect(("term:Termination Date", "replace", None), ("term:Extension Fee", "add", None)),
    ),
]


@pytest.mark.parametrize(
    "text, expected", [c[1:] for c in AND_BY_LINES], ids=[c[0] for c in AND_BY_LINES]
)
def test_and_by_lines(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert {g[:2] for g in _changes(text)} == {e[:2] for e in expected}
