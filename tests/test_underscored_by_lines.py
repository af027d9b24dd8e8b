"""Signature blocks whose "By" runs straight into the rule to sign on ("By__________"), with
the signer's name typed under it and the title on the next line, with or without "Title:".

A conformed copy of a 1990s bank credit agreement is often set this way; the word boundary
the field readers looked for after "By" is not there when an underscore follows it.
"""

from __future__ import annotations

from tests.passages import edges, extract_text

_AGREEMENT = """CREDIT AGREEMENT dated as of March 2, 1997 between HOLLOWAY TOOL WORKS, INC., an
Ohio corporation (the "Borrower"), and MERIDIAN STATE BANK, a national banking association
(the "Bank").

Section 2.1. The Loans. The Bank agrees to make loans to the Borrower from time to time.

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed as of
the day and year first above written.

HOLLOWAY TOOL WORKS, INC.


By___________________________________
Martin J. Oberle
Title: Vice President and
Treasurer

Address for Notices to Borrower:
12 Canal Street
Dayton, Ohio 45402
Attention:  Ruth Kessler

MERIDIAN STATE BANK


By_____________________________________
Paul D. Ferrante
Senior Vice President

Address for Notices and Lending Office:
1 Main Street
Columbus, Ohio 43215
"""


def test_each_signer_under_an_underscored_by_line_signs_for_the_block_company() -> None:
    x = extract_text(_AGREEMENT)
    assert edges(x, "SIGNED") == {
        ("Martin J. Oberle", "Credit Agreement"),
        ("Paul D. Ferrante", "Credit Agreement"),
    }
    titles = {str(r.props.get("title")) for r in x.relations if r.type == "SIGNED"}
    assert titles == {"Vice President and Treasurer", "Senior Vice President"}


def test_the_notice_contact_under_the_block_signs_nothing() -> None:
    x = extract_text(_AGREEMENT)
    names = {str(e.props.get("name")) for e in x.entities if e.label == "Party"}
    assert "Ruth Kessler" not in names
