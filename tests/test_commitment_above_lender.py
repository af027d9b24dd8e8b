"""A lender's commitment alone on its line right above its name on the signature pages
("€32,500,000" / "SOCIETE GENERALE" / "By: ____"), where the commitment is defined as "the
amount set forth opposite such Lender's name on the signature pages hereof"
(:mod:`ingest.relations.signed_commitments`). Passages written for this test."""

from __future__ import annotations

import pytest

from tests.passages import extract_text

_AGREEMENT = """                            TERM CREDIT AGREEMENT

     TERM CREDIT AGREEMENT dated as of May 2, 2006 among {borrower}, a Delaware corporation \
(the "Borrower"), the banks listed on the signature pages hereof (the "Lenders") and {agent}, \
as administrative agent (the "Agent").

     "Commitment" means, as to any Lender, the amount set forth opposite such Lender's name on \
the signature pages hereof.

     Section 2.01. The Advances. Each Lender severally agrees to make advances to the Borrower \
on the Closing Date in an amount not to exceed its Commitment.

     IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be executed as of \
the date first above written.

{borrower}

By____________________________
Name:  Sara Quint
Title:  Treasurer

Lenders

{first_amount}


{first}

By____________________________
Name:
Title:

{second_amount}
{second}

By____________________________
Name:
Title:
"""

_CASES = [
    ("ALDER CHEMICAL CORP.", "SOCIETE MARITIME", "€40,000,000", "BANCO DEL NORTE", "€20,000,000"),
    ("PINE RIDGE FOODS, INC.", "HALVARD BANK ASA", "$15,000,000", "NORDEN TRUST", "$10,000,000"),
]


@pytest.mark.parametrize(("borrower", "first", "first_amount", "second", "second_amount"), _CASES)
def test_the_amount_above_a_lenders_name_is_its_commitment(
    borrower: str, first: str, first_amount: str, second: str, second_amount: str
) -> None:
    text = _AGREEMENT.format(
        borrower=borrower,
        agent=first,
        first=first,
        first_amount=first_amount,
        second=second,
        second_amount=second_amount,
    )
    x = extract_text(text)
    names = {e.ref: e.props.get("name") for e in x.entities}
    lent = {
        names[r.source]: r.props.get("amount")
        for r in x.relations
        if r.type == "LENDS_TO" and names[r.target] == borrower
    }
    assert lent[first] == int(first_amount[1:].replace(",", ""))
    assert lent[second] == int(second_amount[1:].replace(",", ""))


def test_a_title_above_the_name_is_no_commitment() -> None:
    """Near miss: the line above the next block's name is the last block's title."""
    text = _AGREEMENT.format(
        borrower="ALDER CHEMICAL CORP.",
        agent="SOCIETE MARITIME",
        first="SOCIETE MARITIME",
        first_amount="",
        second="BANCO DEL NORTE",
        second_amount="",
    )
    x = extract_text(text)
    amounts = [r.props.get("amount") for r in x.relations if r.type == "LENDS_TO"]
    assert amounts and not any(amounts)
