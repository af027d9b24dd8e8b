"""A consent letter addressed to the agent "and each of the Lenders party to the Credit
Agreement referred to below" (issue #13): the line under the agent's address names the
lenders' class as addressees, so the companies accepting the letter below are those lenders,
party to the credit agreement and lending to the borrower
(``relations.class_agreements._CLASS_ADDRESSEE``). A letter addressed to the agent alone
makes no lender of a company accepting it under no lender's caption.
"""

from __future__ import annotations

from tests.passages import edges, extract_text

_LETTER = """{borrower}

June 5, 2021

{agent}, as Administrative Agent
{addressees}

Re:  Consent to Sale of Assets

Ladies and Gentlemen:

Reference is made to the Credit Agreement dated as of April 30, 2019 (the "Credit Agreement") \
among {borrower}, a Michigan corporation (the "Borrower"), the lenders from time to time party \
thereto (the "Lenders") and {agent}, as administrative agent. The Borrower requests that the \
Required Lenders consent to the sale of its warehouse in Flint, Michigan. By signing below, each \
Lender consents to that sale.

Very truly yours,

{borrower}

By: /s/ Gretchen A. Lofgren
Name: Gretchen A. Lofgren
Title: Chief Financial Officer

CONSENTED AND AGREED TO as of June 5, 2021:

{agent}

By: /s/ Philip R. Osterhout
Name: Philip R. Osterhout
Title: Senior Vice President

CONSENTED AND AGREED TO as of June 5, 2021:

{lender}

By: /s/ Naomi T. Brandt
Name: Naomi T. Brandt
Title: Vice President
"""


def _lenders(**names: str) -> set[str]:
    x = extract_text(_LETTER.format(**names))
    return {s for s, _ in edges(x, "LENDS_TO")}


def test_each_of_the_lenders_under_the_agents_address() -> None:
    lenders = _lenders(
        borrower="WHITBY BRANDS, INC.",
        agent="HARBOR CREST BANK, N.A.",
        addressees="and each of the Lenders party to the Credit Agreement referred to below",
        lender="CALLOWAY FEDERAL SAVINGS BANK",
    )
    assert "CALLOWAY FEDERAL SAVINGS BANK" in lenders


def test_the_lenders_that_are_parties_under_the_agents_address() -> None:
    lenders = _lenders(
        borrower="ORRIN GRAIN CORP.",
        agent="LAKESHORE BANK",
        addressees="and the Lenders that are parties to\nthe Credit Agreement referred to below",
        lender="BRIGHTWATER CAPITAL FUNDING LLC",
    )
    assert "BRIGHTWATER CAPITAL FUNDING LLC" in lenders


def test_a_letter_to_the_agent_alone_makes_no_lender() -> None:
    lenders = _lenders(
        borrower="ORRIN GRAIN CORP.",
        agent="LAKESHORE BANK",
        addressees="1200 Lake Street, Chicago, Illinois 60601",
        lender="ORRIN MILLS, INC.",
    )
    assert "ORRIN MILLS, INC." not in lenders
