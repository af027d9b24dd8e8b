"""The amount a lender lends, where the document states it once for that lender: the line of
credit a single bank makes available, or the principal of the note a borrower issues to it.
Passages written for this test in the general shape of a small bank's credit agreement."""

from __future__ import annotations

from tests.passages import edge_amounts, extract_text

LINE_OF_CREDIT = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT (this "Agreement") is entered into as of June 3, 2004, by and between
LAKESHORE TOOLING, INC., a Michigan corporation ("Borrower"), and GREAT LAKES COMMERCE BANK
("Bank").

SECTION 1.1. LINE OF CREDIT.

(a) Line of Credit. Subject to the terms and conditions of this Agreement, Bank hereby agrees
to make advances to Borrower from time to time up to and including June 1, 2006, not to
exceed at any time the aggregate principal amount of Seven Million Five Hundred Thousand
Dollars ($7,500,000.00) ("Line of Credit"), the proceeds of which shall be used for working
capital purposes.

(b) Limitation on Borrowings. Outstanding borrowings under the Line of Credit shall not at
any time exceed $2,000,000.00 for equipment purchases.
"""


def _lent(text: str) -> dict[tuple[str, str], object]:
    return edge_amounts(extract_text(text), "LENDS_TO")


def test_a_single_bank_lends_the_line_of_credit_it_makes_available() -> None:
    lent = _lent(LINE_OF_CREDIT)
    assert lent == {("GREAT LAKES COMMERCE BANK", "LAKESHORE TOOLING, INC."): 7500000}


TWO_BANKS = LINE_OF_CREDIT.replace(
    'and GREAT LAKES COMMERCE BANK\n("Bank").',
    'GREAT LAKES COMMERCE BANK and\nHURON VALLEY BANK (each a "Bank" and together the "Banks").',
).replace("Bank hereby agrees", "each Bank severally agrees")


def test_a_line_of_credit_is_not_spread_over_several_lenders() -> None:
    """Two banks under one line: what each lends is its share, which the line does not state."""
    lent = _lent(TWO_BANKS)
    assert {lender for lender, _ in lent} == {"GREAT LAKES COMMERCE BANK", "HURON VALLEY BANK"}
    assert set(lent.values()) == {None}
