"""A singular caption over the first of several blocks: "BORROWER:" heads the block of the one
party the preamble calls "the Borrower"; a company signing below it with no caption of its own,
which the preamble gave a term of its own ("Holdings"), signs in no borrower's role and is lent
nothing. A plural caption ("BORROWERS:") still heads every block below it (see
tests/test_extract_units.py, a party with its own term signing among a collective).

Passages written for the test in the shape of credit agreements whose parent guarantees in the
body and signs beside the borrower; never copied from a filing. The lead found the shape probing
guarantors' roles.
"""

from __future__ import annotations

from tests.passages import edges, extract_text, own_roles

_TEXT = """CREDIT AGREEMENT

CREDIT AGREEMENT dated as of April 2, 2004 among DELTA MARINE CORP., a Florida corporation
(the "Borrower"), DELTA HOLDINGS, INC., a Delaware corporation ("Holdings"), the Lenders
party hereto and SUMMIT BANK, as Administrative Agent.

ARTICLE II THE LOANS

2.1 Each Lender severally agrees to make Loans to the Borrower in an amount not to exceed its
Commitment.

ARTICLE X GUARANTY

10.1 Holdings hereby unconditionally and irrevocably guarantees to the Administrative Agent and
the Lenders the punctual payment of the Obligations of the Borrower.

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed as of
the date first above written.

BORROWER:

DELTA MARINE CORP.

By: /s/ Kay Fox
Name: Kay Fox
Title: President

DELTA HOLDINGS, INC.

By: /s/ Kay Fox
Name: Kay Fox
Title: President

SUMMIT BANK, as Administrative Agent and as a Lender

By: /s/ Lou Park
Name: Lou Park
Title: Vice President

RIVER CITY BANK, as a Lender

By: /s/ Ed Moss
Name: Ed Moss
Title: Vice President
"""


def test_the_company_below_the_borrowers_block_is_no_borrower() -> None:
    x = extract_text(_TEXT)
    roles = own_roles(x)
    assert roles["DELTA MARINE CORP."] == "Borrower"
    assert roles["DELTA HOLDINGS, INC."] is None
    assert not {to for _, to in edges(x, "LENDS_TO")} & {"DELTA HOLDINGS, INC."}
    assert ("DELTA HOLDINGS, INC.", "Credit Agreement") in edges(x, "SECURES")


def test_a_company_with_no_term_of_its_own_keeps_the_caption() -> None:
    # the preamble names only the Borrower: the block below the caption is read as its own
    text = _TEXT.replace(', DELTA HOLDINGS, INC., a Delaware corporation ("Holdings")', "")
    text = text.replace("10.1 Holdings hereby", "10.1 The Parent hereby")
    roles = own_roles(extract_text(text))
    assert roles["DELTA MARINE CORP."] == "Borrower"
    assert roles.get("DELTA HOLDINGS, INC.") == "Borrower"
