"""A syndicate named only on its signature pages, converted from an HTML table: under each
lender's block a "Commitment:" cell, then the amount's cell sharing its line with the notice
address of the next column, set off by a tab (``relations.commitment_below_block``). Passages
written for these tests."""

from __future__ import annotations

from tests.passages import entity_names, extract_text

_AGREEMENT = """TERM CREDIT AGREEMENT

THIS TERM CREDIT AGREEMENT (this "Agreement") is made and entered into as of May 4, 2011, by
and among BRIGHTWATER MARINE SYSTEMS, INC., a Nevada corporation (the "Borrower"); each of the
lenders which is or may from time to time become a party hereto (individually, a "Lender" and,
collectively, the "Lenders"); and FIRST PRAIRIE BANK, N.A., a national banking association, as
administrative agent (in such capacity, the "Agent").

Section 2.1 Loans. Each Lender shall make loans to the Borrower up to its Commitment.

IN WITNESS WHEREOF, the parties hereto have executed this Agreement as of the date first
written above.

BRIGHTWATER MARINE SYSTEMS, INC.

By:
/s/ Helen T. Marsh
Name:
Helen T. Marsh
Title:
Treasurer

Signature Page to Term Credit Agreement

FIRST PRAIRIE BANK, N.A., as Agent and as a Lender

By:\t \t/s/ Oscar P. Lind
Name:
Oscar P. Lind
Title:\t \tSenior Vice President

Address for Notices:

Commitment:

$45,000,000.00\t\xa0\t77 Granary Road
4th Floor
Omaha, NE 68102
Attention: Ruth Adler

Signature Page to Term Credit Agreement

CASCADE NATIONAL BANK

By:\t \t/s/ Nina Vogt
Name:\t \tNina Vogt
Title:\t \tDirector

Commitment:

$15,000,000.00\t\xa0\t500 Pine Avenue, Suite 9
Portland, OR 97204
Attention: Loan Servicing

Signature Page to Term Credit Agreement
"""


def _amounts(text: str) -> dict[str, object]:
    x = extract_text(text)
    names = entity_names(x)
    return {names[r.source]: r.props.get("amount") for r in x.relations if r.type == "LENDS_TO"}


def test_each_lender_lends_the_amount_beside_its_notice_address() -> None:
    assert _amounts(_AGREEMENT) == {
        "FIRST PRAIRIE BANK, N.A.": 45_000_000,
        "CASCADE NATIONAL BANK": 15_000_000,
    }


def test_an_amount_run_into_words_of_a_sentence_is_not_a_cell() -> None:
    prose = _AGREEMENT.replace(
        "$15,000,000.00\t\xa0\t500 Pine Avenue", "$15,000,000.00 of which is 500 Pine Avenue"
    )
    assert _amounts(prose)["CASCADE NATIONAL BANK"] is None
