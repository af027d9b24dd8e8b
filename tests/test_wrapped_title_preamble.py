"""A preamble whose title wraps onto a second line, below a cover page and a table of contents
("CREDIT\\nAGREEMENT, dated as of ... among ACME, INC., a Delaware corporation (the
"Company"), ..."): the page's conversion broke the line, and the paragraph still opens the
agreement (``ingest.structure.preamble``), so its parties take their terms, roles and
jurisdictions from it."""

from __future__ import annotations

from tests.passages import extract_text

_COVER = """$95,000,000

TERM LOAN AGREEMENT

Dated as of May 2, 2008

Among

HARROW MILLS, INC.,

as Borrower

and

EASTBANK TRUST COMPANY,

as Lender


TABLE OF CONTENTS

ARTICLE I DEFINITIONS ................................ 1

ARTICLE II THE LOAN .................................. 9

"""

_PREAMBLE = """TERM LOAN
AGREEMENT, dated as of May 2, 2008 between HARROW MILLS, INC., an Ohio corporation (the
\u201cCompany\u201d), and EASTBANK TRUST COMPANY, a New York banking corporation (the
\u201cLender\u201d).

ARTICLE I

SECTION 1.01. Defined Terms. \u201cLoan\u201d means the loan made under Section 2.01.

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed.

HARROW MILLS, INC.
By: /s/ Paula Grant
Name: Paula Grant
Title: Treasurer

EASTBANK TRUST COMPANY
By: /s/ Omar Reyes
Name: Omar Reyes
Title: Director
"""


def test_a_wrapped_title_still_opens_the_agreement_and_names_its_parties() -> None:
    x = extract_text(_COVER + _PREAMBLE)
    parties = {str(e.props.get("name")).lower(): e for e in x.entities if e.label == "Party"}
    harrow = parties["harrow mills, inc."]
    assert harrow.props.get("jurisdiction") == "Ohio"
    assert "Company" in harrow.aliases
    roles = {
        r.source: r.props.get("role")
        for r in x.relations
        if r.type == "PARTY_TO" and r.target == "agreement:self"
    }
    assert roles["party:harrow mills inc"] == "Company"
