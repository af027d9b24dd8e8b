"""Companies listed one per line over one "By:" with no comma or "and" between them ("ACME
SHIPYARDS, INC." / "GULF PARTS, LLC" / "LAKE SUPPLY CORP." / "By: ..."): each is a party to
the agreement in the role the block states, and the officer signs for each. Passages written
for this test in the general shape of a credit or security agreement's signature pages, where
an officer of the parent signs once for a list of its subsidiaries."""

from __future__ import annotations

import pytest

from ingest.signatures.blocks import signature_blocks
from tests.passages import edges, extract_text, own_roles

# a security agreement whose other grantors sign only on its signature page, in a right-hand
# column, under their parent's block, with their shared capacity on the last name's line
SECURITY = """SECURITY AGREEMENT

SECURITY AGREEMENT dated as of May 2, 2020, by CORRANDE PUMP WORKS, INC., a Delaware
corporation (the "Company"), and each of the other Grantors from time to time party hereto, in
favor of MERIWEATHER BANK, N.A., as collateral agent (the "Collateral Agent").

1. Grant. Each Grantor hereby grants to the Collateral Agent a security interest in all of its
Equipment and Inventory to secure the Obligations.

     IN WITNESS WHEREOF, each Grantor has caused this Agreement to be executed as of the date
first above written.

                                 CORRANDE PUMP WORKS, INC.

                                 By: /s/ Imelda R. Vantongeren
                                     Name:  Imelda R. Vantongeren
                                     Title: Chief Financial Officer

                                 CORRANDE FLUID SYSTEMS, INC.
                                 BELLSHIRE CASTINGS, LLC
                                 NORTH FORK VALVE CORPORATION,
                                 each as a Grantor

                                 By: /s/ Imelda R. Vantongeren
                                     Name:  Imelda R. Vantongeren
                                     Title: Treasurer

                                 MERIWEATHER BANK, N.A., as Collateral Agent

                                 By: /s/ Osric Pemberton-Hale
                                     Name:  Osric Pemberton-Hale
                                     Title: Vice President
"""

# a credit agreement's guarantors at the left margin under a caption, one officer signing
# with "By" and no colon
CREDIT = """CREDIT AGREEMENT

This CREDIT AGREEMENT is entered into as of July 9, 2015 among HOLLENBECK CARE GROUP, INC., a
Delaware corporation (the "Borrower"), the Guarantors party hereto and FIRST DORRANCE BANK (the
"Bank").

IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written.

HOLLENBECK CARE GROUP, INC.

By  /s/ Anders P. Liang
Name: Anders P. Liang
Title: President

GUARANTORS:

MAPLE HOLLOW NURSING CENTER CORP.
RIVERBEND REHABILITATION CORP.
SUMMIT CREST SENIOR LIVING LLC

By  /s/ Anders P. Liang
Name: Anders P. Liang
Title: Treasurer

FIRST DORRANCE BANK

By  /s/ Colette M. Ashgrove
Name: Colette M. Ashgrove
Title: Senior Vice President
"""

LISTED_GRANTORS = {
    "CORRANDE FLUID SYSTEMS, INC.",
    "BELLSHIRE CASTINGS, LLC",
    "NORTH FORK VALVE CORPORATION",
}
LISTED_GUARANTORS = {
    "MAPLE HOLLOW NURSING CENTER CORP.",
    "RIVERBEND REHABILITATION CORP.",
    "SUMMIT CREST SENIOR LIVING LLC",
}


def _block_companies(text: str) -> dict[str, str | None]:
    """Company -> signer of each signature block from the witness clause on."""
    start = text.index("IN WITNESS")
    return {b.company: b.signer for b in signature_blocks(text, start, len(text)) if b.company}


@pytest.mark.parametrize(
    ("text", "listed", "officer"),
    [
        (SECURITY, LISTED_GRANTORS, "Imelda R. Vantongeren"),
        (CREDIT, LISTED_GUARANTORS, "Anders P. Liang"),
    ],
)
def test_each_listed_company_is_a_block_its_officer_signs(
    text: str, listed: set[str], officer: str
) -> None:
    blocks = _block_companies(text)
    for name in listed:
        assert blocks.get(name) == officer


def test_listed_grantors_are_parties_in_the_blocks_capacity() -> None:
    x = extract_text(SECURITY)
    roles = {name.upper(): role for name, role in own_roles(x).items()}
    for name in LISTED_GRANTORS:
        assert roles.get(name) == "Grantor"
    assert ("Imelda R. Vantongeren", "Security Agreement") in edges(x, "SIGNED")


def test_listed_guarantors_under_a_caption_are_guarantors() -> None:
    roles = {name.upper(): role for name, role in own_roles(extract_text(CREDIT)).items()}
    for name in LISTED_GUARANTORS:
        assert roles.get(name) == "Guarantor"


# near misses: a partnership's name wrapped after a suffix-like word ("LIMITED" /
# "PARTNERSHIP"), and two blocks a blank line apart, are no list
WRAPPED = """IN WITNESS WHEREOF, the parties have executed this Agreement.

KESTREL BAY HEALTH CORPORATION

By  /s/ Anders P. Liang
Name: Anders P. Liang
Title: President

KESTREL BAY OF DAYTON LIMITED
PARTNERSHIP

By: Kestrel Bay Health Corporation, its general partner

By  /s/ Anders P. Liang
Name: Anders P. Liang
Title: Treasurer
"""

APART = """IN WITNESS WHEREOF, the parties have executed this Agreement.

WOLCOTT ENGINEERING, INC.

ASHBY MARINE LLC

By: /s/ Petra Lindqvist-Moore
Name: Petra Lindqvist-Moore
Title: Manager
"""


def test_a_name_wrapped_after_limited_is_not_a_list() -> None:
    assert "KESTREL BAY OF DAYTON LIMITED" not in _block_companies(WRAPPED)


def test_names_a_blank_line_apart_are_not_one_list() -> None:
    blocks = _block_companies(APART)
    assert blocks.get("ASHBY MARINE LLC") == "Petra Lindqvist-Moore"
    assert blocks.get("WOLCOTT ENGINEERING, INC.") is None
