"""A syndicated credit agreement's bare dated opening with a parenthesis naming the document
between its title and its date ("CREDIT AGREEMENT (as amended ... from time to time, herein
called this "Agreement") dated as of August 20, 2008, among ..."): still the preamble, so the
body's statements of another agreement's parties are read after it ("the Credit Agreement
dated as of May 5, 2005 executed by and among Borrower and Halden Supply L.L.C. ..., Riverton
Bank, as Administrative Agent ..."). Passages written for these tests."""

from __future__ import annotations

import pytest

from ingest.structure.dated_openings import DATED_AMONG
from tests.passages import entity_names, extract_text

TEXT = """CREDIT AGREEMENT

CREDIT AGREEMENT {aside} dated as of May 1, 2007, among HARTWELL TOOLS, INC., a Delaware
corporation, the LENDERS party hereto and NORTHGATE TRUST BANK, as Administrative Agent for the
Lenders.

"Borrower" means Hartwell Tools, Inc., a Delaware corporation.

SECTION 2.09 Prepayments. No prepayment shall be required to the extent it would result in a
Default under that certain Credit Agreement dated as of May 5, 2005 executed by and among
Borrower and HALDEN SUPPLY L.L.C., a Delaware limited liability company (collectively as the
borrowers), RIVERTON BANK, as Administrative Agent, and certain financial institutions therein
named.

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed.

HARTWELL TOOLS, INC.

By: /s/ Jane Roe
Name: Jane Roe
Title: President
"""


def _parties_of_the_2005_agreement(aside: str) -> set[str]:
    x = extract_text(TEXT.format(aside=aside))
    names = entity_names(x)
    old = {e.ref for e in x.entities if e.props.get("date") == "2005-05-05"}
    return {names[r.source] for r in x.relations if r.type == "PARTY_TO" and r.target in old}


@pytest.mark.parametrize(
    "aside",
    [
        "(as amended from time to time)",
        "(as amended, modified, restated, supplemented and in effect from time to\ntime, herein"
        " called this \u201cAgreement\u201d)",
    ],
)
def test_the_other_agreements_parties_are_read_after_a_self_named_opening(aside: str) -> None:
    assert _parties_of_the_2005_agreement(aside) >= {"HALDEN SUPPLY L.L.C.", "RIVERTON BANK"}


def test_a_cover_page_is_still_no_opening() -> None:
    """Near miss: the cover's title, its parenthesis and its date on lines of their own."""
    cover = "CREDIT AGREEMENT (as amended)\n\ndated as of\n\nMay 1, 2007\n\namong\n\nHARTWELL"
    assert DATED_AMONG.match(cover) is None
