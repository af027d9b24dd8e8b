"""A waiver signed by the agent alone "for itself and on behalf of the Required Lenders": the
agent signs as one of the lenders' class it acts for, so it lends to the borrowers and gives
the waiver the Required Lenders give ("the Agent and the Required Lenders hereby waive the
Specified Default"). A collateral agent signing for itself and for "the Secured Parties" is
no lender by that.

Passages written for the test in the shape of waiver letters and waiver-and-consent
agreements under loan and security agreements (an opening reciting the loan agreement, the
waiver, one agent's block over the borrowers'); never copied from a filing. Found by round 13
of the written documents (h24-c).
"""

from __future__ import annotations

from ingest.roles import _LENDING_CAPACITY
from tests.passages import edges, extract_text

_WAIVER = """WAIVER AND CONSENT

WAIVER AND CONSENT, dated as of November 30, 2022 (this "Waiver"), under the Loan and
Security Agreement dated as of February 11, 2020 (the "Loan Agreement") by and among
PELLINGHAM BREWING COMPANY, a Colorado corporation (the "Borrower"), the lenders party thereto
(the "Lenders") and GARROWAY BANK, as agent for the Lenders (the "Agent").

1. Waiver. The Agent and the Required Lenders hereby waive the Event of Default arising from
the Borrower's failure to comply with Section 7.12 of the Loan Agreement for the fiscal
quarter ended September 30, 2022.

2. Governing Law. This Waiver is governed by the laws of the State of Colorado.

IN WITNESS WHEREOF, the parties have executed this Waiver as of the date first above written.

GARROWAY BANK, {capacity}

By: /s/ Harriet S. Lundqvist
Name: Harriet S. Lundqvist
Title: Senior Vice President

PELLINGHAM BREWING COMPANY

By: /s/ Dominic A. Farrelly
Name: Dominic A. Farrelly
Title: President
"""


def _facts(capacity: str) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    x = extract_text(_WAIVER.format(capacity=capacity))
    return edges(x, "LENDS_TO"), edges(x, "WAIVES")


def test_an_agent_for_itself_and_on_behalf_of_the_required_lenders() -> None:
    lent, waived = _facts("as Agent, for itself\nand on behalf of the Required Lenders")
    assert ("GARROWAY BANK", "PELLINGHAM BREWING COMPANY") in lent
    assert ("GARROWAY BANK", "Loan and Security Agreement") in waived


def test_for_itself_and_for_and_on_behalf_of_the_lenders_on_one_line() -> None:
    lent, waived = _facts(
        "as Administrative Agent, for itself and for and on behalf of the Lenders"
    )
    assert ("GARROWAY BANK", "PELLINGHAM BREWING COMPANY") in lent
    assert ("GARROWAY BANK", "Loan and Security Agreement") in waived


def test_an_agent_alone_or_for_the_secured_parties_lends_nothing() -> None:
    # near misses: an agent's capacity, and a collateral agent acting for the secured parties
    for capacity in (
        "as Agent",
        "as Collateral Agent, for itself and on behalf of the Secured Parties",
    ):
        lent, _ = _facts(capacity)
        assert not lent, capacity
    assert (
        _LENDING_CAPACITY.search(
            "as Collateral Agent, for itself and on behalf of the Secured Parties"
        )
        is None
    )
