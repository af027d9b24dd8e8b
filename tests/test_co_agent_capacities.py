"""A syndicate's signature pages where a bank signs as a co-agent and as a lender ("as Co-Agent
and as a Lender", the name above with no comma after it): its PARTY_TO states both capacities,
as the agent's block ("as Agent and as a Lender") does. Facts written before the extractor ran
on the passage.
"""

from __future__ import annotations

from tests.passages import extract_text, own_roles

_PAGES = (
    "CREDIT AGREEMENT, dated as of May 1, 1996, among Harlow Energy Corp., a Texas corporation"
    ' (the "Borrower"), the several banks and other financial institutions from time to time'
    ' parties to this Agreement (the "Lenders") and Midland Trust Bank, a Texas banking'
    " corporation, as agent for the Lenders hereunder.\n\n"
    "1. Loans. Each Lender agrees to make revolving loans to the Borrower.\n\n"
    "IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed.\n\n"
    "HARLOW ENERGY CORP.\n\n"
    "By: /s/ Ellen R. Marsh\n"
    "Title: President\n\n"
    "MIDLAND TRUST BANK,\n"
    "as Agent and as a Lender\n\n"
    "By: /s/ Carl J. Upton\n"
    "Title: Vice President\n\n"
    "ALDER BANK OF TEXAS, N.A.\n"
    "as Co-Agent and as a Lender\n\n"
    "By: /s/ Nora P. Feld\n"
    "Title: Vice President\n\n"
    "BIRCH CAPITAL INC.,\n"
    "as Documentation Co-Agent\n\n"
    "By: /s/ Paul Gray\n"
    "Title: Managing Director\n"
)


def test_a_co_agents_block_states_both_its_capacities() -> None:
    roles = own_roles(extract_text(_PAGES))
    assert roles["Midland Trust Bank"] == "Agent and Lender"
    assert roles["ALDER BANK OF TEXAS, N.A."] == "Co-Agent and Lender"
    assert roles["BIRCH CAPITAL INC."] == "Documentation Co-Agent"
