"""An agreement a definition names with an indefinite article and its kind of parties ("a Swap
Agreement between Borrower and a Bank") is whatever such agreement there may be: no node, no
party to it; "the Swap Agreement between Borrower and Lender" is a particular one. Passages
written for these tests."""

from __future__ import annotations

from tests.passages import edges, extract_text

_HEAD = """LOAN AGREEMENT

            This LOAN AGREEMENT ("Agreement") is entered into as of June 3, 1996 by and among
CASCADE MARINE SUPPLY, INC., a Washington corporation ("Borrower"), and PUGET SOUND BANK, as
Agent and as a Bank.

"""


def test_an_agreement_of_a_kind_is_no_particular_agreement() -> None:
    x = extract_text(
        _HEAD + '            "SECURED HEDGE AGREEMENT" means a Hedge Agreement between Borrower\n'
        "       and a Bank that is secured by a Lien on the Collateral.\n"
    )
    assert not any(b == "Hedge Agreement" for _, b in edges(x, "PARTY_TO"))


def test_the_agreement_between_named_parties_still_is() -> None:
    x = extract_text(
        _HEAD + "            The Borrower shall perform the Hedge Agreement between Borrower and\n"
        "       Puget Sound Bank.\n"
    )
    assert ("CASCADE MARINE SUPPLY, INC.", "Hedge Agreement") in edges(x, "PARTY_TO")
