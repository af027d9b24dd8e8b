"""Round thirteen, written by the lead after counts of the held-out changes whose new wording
ran one or two characters long: a definition the amendment wraps in quotes of its own, its item
closed by a semicolon, comma or full stop after the closing quote ('""Maturity Date" means June
30, 2010.";'): the stop is the list's, not the wording's. Near miss: a wrapped definition with
no closing quote of its own, ending on a quoted term, keeps that term's quote."""

from __future__ import annotations

from tests.changes_round5.case import credit_amendment
from tests.changes_round13.case import case

case(
    "wrapped_definitions_closed_by_the_items_stop",
    credit_amendment(
        """
1. Amendments. The Loan Agreement is amended as follows:

(a) The definition of "Maturity Date" in Section 1.1 is amended and restated in its entirety
to read as follows: ""Maturity Date" means June 30, 2010.";

(b) The definition of "Revolving Commitment" in Section 1.1 is amended and restated in its
entirety to read as follows: \u201c\u201cRevolving Commitment\u201d means $12,000,000.\u201d, and

(c) Section 7.2 is amended by deleting "thirty (30) days" and inserting "sixty (60) days".
""",
    ),
    ("term:Maturity Date", "replace", '"Maturity Date" means June 30, 2010.'),
    ("term:Revolving Commitment", "replace", "\u201cRevolving Commitment\u201d means $12,000,000."),
    ("7.2", "amend", "sixty (60) days"),
)

case(
    "wrapped_definition_ending_on_a_quoted_term_unclosed",
    credit_amendment(
        """
1. Amendment. The definition of "Eligible Account" in Section 1.1 is amended and restated in
its entirety to read as follows: ""Eligible Account" means an Account that is not an "Excluded
Account".

2. Effectiveness. This Amendment is effective on the date hereof.
""",
        ordinal="Fourth",
    ),
    (
        "term:Eligible Account",
        "replace",
        '"Eligible Account" means an Account that is not an "Excluded\nAccount".',
    ),
)
