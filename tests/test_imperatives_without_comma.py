"""Imperative instructions whose place runs straight into the verb, with no comma: '(a) In the
definition of "Borrowing Base" add the words ...', 'in Section 6.4 delete "$2,000,000" and
insert ...'; and the verbs whose new words follow "to" ('In Section 2.5, change "$5,000,000" to
"$6,000,000"', "increase", "decrease", "reduce"), never read where "Change of Control" heads a
section. Counsel who write in this style often leave the comma out; the held-out counts
(counts only) showed nine of ten such items of one amendment with a space, not a comma, after
the quoted term. ``ingest.changes.imperatives`` reads the place up to the verb either way, and
the lead-in over such items changes nothing itself (``ingest.changes.instructions``)."""

from __future__ import annotations

import pytest

from tests.changes_round5.case import amendment, credit_amendment, pid, predicted

CASES = [
    (
        "definitions_of_a_credit_agreement",
        credit_amendment(
            """
1. Section 1.1 of the Credit Agreement is amended as follows:

     (a) In the definition of "Borrowing Base" add the words "and Eligible Inventory" after
the words "Eligible Accounts".

     (b) in the definition of "Maturity Date" replace "May 1, 2009" with "May 1, 2011".

     (c) In the definition of "Consolidated EBITDA" insert "plus non-cash charges" at the end.

2. Conditions. This Amendment is effective when signed.
""",
            base="Credit Agreement",
            borrower="PELLHAM FOODS, INC.",
        ),
        {
            ("term:Borrowing Base", "amend"),
            ("term:Maturity Date", "amend"),
            ("term:Consolidated EBITDA", "amend"),
        },
    ),
    (
        "sections_of_a_lease",
        amendment(
            "Third Amendment to Lease",
            "Lease",
            "Lease",
            """
1. Amendments. The Lease is amended as follows:

     (a) In Section 3.1 delete "$12,000" and insert "$12,600".

     (b) In Section 14.2 of the Lease strike the word "sixty" and insert "ninety".

2. Ratification. The Lease, as amended, is ratified.
""",
            first="HARBOR MILL ASSOCIATES LLC",
            first_alias="Landlord",
            second="CORVANE SYSTEMS, INC.",
            second_alias="Tenant",
        ),
        {("3.1", "amend"), ("14.2", "amend")},
    ),
    (
        "change_to_in_a_credit_agreement",
        credit_amendment(
            """
1. Amendments. The Credit Agreement is amended as follows:

     (a) In Section 2.5, change "$5,000,000" to "$6,000,000".

     (b) In the definition of "Maturity Date" change "May 1, 2009" to "May 1, 2011".

     (c) In Section 7.2 increase "$250,000" to "$400,000".

2. Change of Control. The Borrower shall notify the Agent of any change of control.
""",
            base="Credit Agreement",
            borrower="HALYARD MARINE, INC.",
        ),
        {("2.5", "amend"), ("term:Maturity Date", "amend"), ("7.2", "amend")},
    ),
    (
        "near_miss_a_sentence_that_only_opens_with_in",
        credit_amendment(
            """
1. Section 2.5 of the Credit Agreement is amended by deleting "$5,000,000" and inserting
"$6,000,000".

2. In the definition of "Eligible Accounts" additional reserves remain at the Agent's
discretion, and nothing in this Amendment changes them.
""",
            base="Credit Agreement",
            borrower="PELLHAM FOODS, INC.",
        ),
        {("2.5", "amend")},
    ),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_imperative_items(text: str, expected: set[tuple[str, str]]) -> None:
    got = {g[:2] for g in predicted(text)}
    want = {(pid(p), action) for p, action in expected}
    assert got == want
