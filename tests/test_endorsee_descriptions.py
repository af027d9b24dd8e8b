"""An allonge whose endorsement describes the endorsee after its name ("PAY TO THE ORDER OF
WESTLAKE CAPITAL, LLC, a Delaware limited liability company, WITHOUT RECOURSE", "Pay to the
order of Osprey Credit Partners LP, its successors and assigns"): the endorsee is the company
named, without its description, and it holds the note."""

from __future__ import annotations

from tests.passages import edges, extract_text

_NOTE = """\
                                 PROMISSORY NOTE

$900,000.00                                                 March 1, 2021

     FOR VALUE RECEIVED, BRAMBLE CREEK DAIRY, INC., a Vermont corporation (the
"Maker"), promises to pay to the order of GREEN MOUNTAIN FARM BANK (the
"Payee"), the principal sum of $900,000.00 on March 1, 2026.

                                 BRAMBLE CREEK DAIRY, INC.

                                 By: /s/ Nora Lind
                                 Name: Nora Lind
                                 Title: President

<PAGE>

                                     ALLONGE

     This Allonge is attached to and made a part of the Promissory Note dated
March 1, 2021 made by BRAMBLE CREEK DAIRY, INC. in the principal amount of
$900,000.00.

     {endorsement}

                                 GREEN MOUNTAIN FARM BANK

                                 By: /s/ Paul Ferrante
                                 Name: Paul Ferrante
                                 Title: Senior Vice President
"""


def _holders(endorsement: str) -> set[str]:
    x = extract_text(_NOTE.format(endorsement=endorsement))
    return {h for h, _ in edges(x, "HOLDS")}


def test_an_endorsee_described_as_a_company_of_a_state() -> None:
    holders = _holders(
        "PAY TO THE ORDER OF WESTLAKE CAPITAL, LLC, a Delaware limited liability\n"
        "company, WITHOUT RECOURSE."
    )
    assert "WESTLAKE CAPITAL, LLC" in holders
    assert not any("Delaware" in h for h in holders)


def test_an_endorsee_with_its_successors_and_assigns() -> None:
    holders = _holders("Pay to the order of Osprey Credit Partners LP, its successors and assigns.")
    assert "Osprey Credit Partners LP" in holders
    assert not any("successors" in h for h in holders)


def test_a_blank_endorsement_names_no_holder() -> None:
    """Near miss: an endorsement left blank adds no holder beside the payee."""
    assert _holders("PAY TO THE ORDER OF ______________, WITHOUT RECOURSE.") == {
        "GREEN MOUNTAIN FARM BANK"
    }
