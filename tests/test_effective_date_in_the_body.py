"""An agreement whose opening states no date and whose body defines its "Effective Date" by a
parenthesis right after a date ("This Agreement shall commence on April 12, 2010 (the
"Effective Date")"): that date is the agreement's (ingest.agreements.own_date), as a
'"Effective Date" means April 12, 2010' definition already was."""

from __future__ import annotations

from tests.evaluation.cuad import basics
from tests.passages import extract_text

_OPENING = (
    "SUPPLY AGREEMENT\n\n"
    'This Supply Agreement is made by and between Harlow Mills LLC ("Buyer") and Kestrel '
    'Foods Inc. ("Seller").\n\n'
)


def test_a_term_clause_that_commences_on_the_effective_date() -> None:
    text = _OPENING + (
        "1. Term. This Agreement shall commence on April 12, 2010 (the \u201cEffective Date\u201d) "
        "and continue for three years.\n\n2. Supply. Seller shall supply the goods.\n"
    )
    assert basics(extract_text(text)).date == "2010-04-12"


def test_effective_as_of_a_date_in_the_definitions() -> None:
    text = _OPENING + (
        "1. Definitions. Capitalised terms have these meanings.\n\n"
        'This Agreement is effective as of 3 March 2015 (the "Effective Date"). Deliveries '
        "begin on June 1, 2015.\n\n2. Supply. Seller shall supply the goods.\n"
    )
    assert basics(extract_text(text)).date == "2015-03-03"


def test_a_date_the_body_defines_as_another_date_is_not_the_agreement_s() -> None:
    text = _OPENING + (
        '1. Term. The first delivery is due on May 1, 2011 (the "Delivery Date").\n\n'
        "2. Supply. Seller shall supply the goods.\n"
    )
    assert basics(extract_text(text)).date is None
