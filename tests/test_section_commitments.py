"""Each lender's commitment listed in a section of the agreement's own text ("2.04
Commitments. ... the Commitment of each Lender is as follows:" and a row per lender), where
only the first row writes the currency: the amount each lender's LENDS_TO extends. Shapes of
drafting, on passages written for these tests."""

from __future__ import annotations

from tests.passages import extract_text

AGREEMENT = (
    "REVOLVING CREDIT AGREEMENT\n\n"
    'THIS REVOLVING CREDIT AGREEMENT (the "Agreement") dated as of August 8, 2000 by and '
    'among GRANITE STATE BANK, a New Hampshire banking corporation (the "Agent" and a '
    '"Lender"), LAUREL NATIONAL BANK, a national banking association, and PINE COAST SAVINGS '
    'BANK, a Maine savings bank (each a "Lender" and collectively, the "Lenders"), and '
    'WHITECAP FOODS, INC., a Maine corporation (the "Borrower").\n\n'
    "2.01 Revolving Loans. The Lenders agree to make revolving loans to the Borrower up to "
    "$40,000,000.\n\n"
    "2.04 Commitments. Each Lender will participate in each Advance in proportion to its "
    "Commitment. The Commitment of each Lender is as follows:\n\n"
    "GRANITE STATE BANK                      $18,000,000.00\n"
    "LAUREL NATIONAL BANK                     12,500,000.00\n"
    "PINE COAST SAVINGS BANK                   9,500,000.00\n\n"
    "2.05 Payments. All payments shall be made to the Agent.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\n"
    "GRANITE STATE BANK\n\nBy: /s/ Ann Smith\nAnn Smith, Vice President\n\n"
    "LAUREL NATIONAL BANK\n\nBy: /s/ Carl Berg\nCarl Berg, Vice President\n\n"
    "PINE COAST SAVINGS BANK\n\nBy: /s/ Luis Mora\nLuis Mora, Vice President\n\n"
    "WHITECAP FOODS, INC.\n\nBy: /s/ Dan Price\nDan Price, President\n"
)


def _lent() -> dict[str, object]:
    x = extract_text(AGREEMENT)
    names = {e.ref: str(e.props.get("name")) for e in x.entities}
    return {names[r.source]: r.props.get("amount") for r in x.relations if r.type == "LENDS_TO"}


def test_each_lender_lends_the_commitment_its_row_lists() -> None:
    lent = _lent()
    assert lent["LAUREL NATIONAL BANK"] == 12_500_000
    assert lent["PINE COAST SAVINGS BANK"] == 9_500_000
    # the agent's own row writes the currency; the agent named only "Agent" in the list of
    # parties lends nothing here (a separate shape, not this test's)
    assert lent.get("GRANITE STATE BANK") in (None, 18_000_000)


def test_a_section_on_something_else_lists_no_commitments() -> None:
    other = AGREEMENT.replace("2.04 Commitments.", "2.04 Commitment Fees.")
    x = extract_text(other)
    names = {e.ref: str(e.props.get("name")) for e in x.entities}
    lent = {names[r.source]: r.props.get("amount") for r in x.relations if r.type == "LENDS_TO"}
    assert lent.get("LAUREL NATIONAL BANK") is None
