"""A credit agreement's lenders identified only on its signature pages, in the page layouts
drafting uses: two blocks side by side (the agent's capacity wrapped onto the line below, beside
the next block), a lender's page whose name fills a "NAME OF LENDER:" label, a bank signing
"individually and as Agent" (a lender too), a borrower's block beside its secretary's
"ATTEST:" (a witness, who signs nothing), a fund signing through its manager. Passages
written for these tests."""

from __future__ import annotations

import pytest

from tests.passages import edges, extract_text

PREAMBLE = """CREDIT AGREEMENT

This CREDIT AGREEMENT dated as of May 2, 2003 among HOLLOWAY FOODS, INC., a Delaware
corporation (the "Borrower"), the lenders from time to time party hereto (the "Lenders"), and
FIRST CASCADE BANK, N.A., as administrative agent (the "Agent").

Section 2.01. Loans. Each Lender agrees to make Loans to the Borrower.

Section 9.12. GOVERNING LAW. This Agreement shall be governed by the laws of the State of New
York.

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed as of
the date first above written.

"""

SIDE_BY_SIDE = """HOLLOWAY FOODS, INC.                    FIRST CASCADE BANK, N.A., as Agent
                                        and as a Lender
By: /s/ Maria Delgado                   By: /s/ Peter Lindqvist
    -----------------------                 -----------------------
Its: Chief Financial Officer            Its: Vice President

MERIDIAN TRUST COMPANY                  NORTHGATE SAVINGS BANK

By: /s/ Alan Brooks                     By: /s/ Julia Reyes
    -----------------------                 -----------------------
Its: Senior Vice President              Its: Managing Director
"""

LABELLED_PAGES = """                                   HOLLOWAY FOODS, INC.,
                                   as Borrower

                                   By: /s/ Maria Delgado
                                      ------------------------------
                                      Maria Delgado
                                      Chief Financial Officer

                     [Signature Page to Credit Agreement]
<PAGE>
                                   FIRST CASCADE BANK, N.A.,
                                   individually and as Agent

                                   By: /s/ Peter Lindqvist
                                      ------------------------------
                                      Peter Lindqvist
                                      Vice President

                     [Signature Page to Credit Agreement]
<PAGE>
                                   MERIDIAN TRUST COMPANY

                                   By: /s/ Alan Brooks
                                      ------------------------------
                                   Name: Alan Brooks
                                   Title: Senior Vice President

                     [Signature Page to Credit Agreement]
<PAGE>
                                   NAME OF LENDER: NORTHGATE SAVINGS BANK

                                   By: /s/ Julia Reyes
                                      ------------------------------
                                   Name: Julia Reyes
                                   Title: Managing Director

                     [Signature Page to Credit Agreement]
"""

CAPTIONED = """BORROWER:

HOLLOWAY FOODS, INC.

By:   ___________________________
      Name: Maria Delgado
      Title: Treasurer

AGENT:

FIRST CASCADE BANK, N.A.

By:   ___________________________
      Name: Peter Lindqvist
      Title: Vice President

LENDERS:

FIRST CASCADE BANK, N.A.

By:   ___________________________
      Name: Peter Lindqvist
      Title: Vice President

MERIDIAN TRUST COMPANY

By:   ___________________________
      Name: Alan Brooks
      Title: Senior Vice President

NORTHGATE SAVINGS BANK

By:   ___________________________
      Name: Julia Reyes
      Title: Managing Director
"""

THROUGH_MANAGER = """HOLLOWAY FOODS, INC.

By: /s/ Maria Delgado
Its: President

FIRST CASCADE BANK, N.A., as Agent and Lender

By: /s/ Peter Lindqvist
Its: Vice President

MERIDIAN CLO II, LTD.,
as a Lender
By: Meridian Capital Management LLC, as Collateral Manager

By: /s/ Alan Brooks
Name: Alan Brooks
Title: Portfolio Manager

NORTHGATE MUTUAL LIFE INSURANCE COMPANY, as a Lender

By: /s/ Julia Reyes
Name: Julia Reyes
Title: Assistant Vice President
"""


UNDER_SEAL = """ATTEST:                                 HOLLOWAY FOODS, INC.

/s/ Ron Pike                            By: /s/ Maria Delgado
- ---------------------------               -----------------------
Secretary                                  Maria Delgado, President
[CORPORATE SEAL]

                                        FIRST CASCADE BANK, N.A.,
                                        as Agent and as a Lender

                                        By: /s/ Peter Lindqvist
                                           -----------------------
                                           Peter Lindqvist, Vice President

                                        MERIDIAN TRUST COMPANY,
                                        as a Lender

                                        By: /s/ Alan Brooks
                                           -----------------------
                                           Alan Brooks, Senior Vice President

                                        NORTHGATE SAVINGS BANK,
                                        as a Lender

                                        By: /s/ Julia Reyes
                                           -----------------------
                                           Julia Reyes, Managing Director
"""

THREE_BANKS = {"first cascade bank", "meridian trust company", "northgate savings bank"}


@pytest.mark.parametrize(
    ("pages", "lenders"),
    [
        (SIDE_BY_SIDE, THREE_BANKS),
        (LABELLED_PAGES, THREE_BANKS),
        (CAPTIONED, THREE_BANKS),
        (UNDER_SEAL, THREE_BANKS),
        (
            THROUGH_MANAGER,
            {"first cascade bank", "meridian clo ii", "northgate mutual life insurance company"},
        ),
    ],
    ids=["side_by_side", "labelled_pages", "captioned", "under_seal", "through_manager"],
)
def test_each_lender_signing_lends_to_the_borrower(pages: str, lenders: set[str]) -> None:
    x = extract_text(PREAMBLE + pages)
    lent = {_short(s) for s, t in edges(x, "LENDS_TO") if _short(t) == "holloway foods"}
    assert lent == lenders
    parties = {_short(s) for s, t in edges(x, "PARTY_TO") if t == "Credit Agreement"}
    assert parties == lenders | {"holloway foods"}
    signers = {s for s, t in edges(x, "SIGNED")}
    assert signers == {"Maria Delgado", "Peter Lindqvist", "Alan Brooks", "Julia Reyes"}


def _short(name: str) -> str:
    """A name without its corporate form, lower case: the tests compare the company."""
    n = name.lower().replace(",", "")
    for form in (" inc.", " n.a.", " ltd."):
        n = n.removesuffix(form)
    return n.strip()
