"""A credit agreement whose preamble names its parties only by term ("between the Borrower and
the Lender (each as defined below)") and whose definitions name them ('"Borrower" means
Kestrel Solar Corporation, a Delaware corporation'): each signing company takes the role its
own definition gives it (never the next definition's term), the lender lends to the
borrower, and the definition's descriptor gives the form and jurisdiction. A passage written
in that general shape; names invented."""

from __future__ import annotations

from tests.passages import edges, extract_text

_AGREEMENT = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT is entered into as of April 6, 2011 between the Borrower and the Lender
(each as defined below).

ARTICLE 1 DEFINITIONS

"Borrower" means Kestrel Solar Corporation, a Delaware corporation.

"Lender" means Westmarch Bank of Commerce, Ltd., acting through its New York branch.

ARTICLE 2 LOANS

2.1 Term Loan. The Lender agrees to make a term loan to the Borrower in the amount of
$50,000,000.

IN WITNESS WHEREOF, the parties have executed this Agreement.

KESTREL SOLAR CORPORATION

By: /s/ Dan Pike
Name: Dan Pike
Title: Chief Financial Officer

WESTMARCH BANK OF COMMERCE, LTD.

By: /s/ Li Wen
Name: Li Wen
Title: General Manager
"""


def test_each_signing_company_takes_its_own_definitions_role() -> None:
    x = extract_text(_AGREEMENT)
    roles = {
        str(e.props["name"]): r.props.get("role")
        for r in x.relations
        if r.type == "PARTY_TO"
        for e in x.entities
        if e.ref == r.source
    }
    assert roles == {
        "Kestrel Solar Corporation": "Borrower",
        "Westmarch Bank of Commerce, Ltd.": "Lender",
    }
    assert edges(x, "LENDS_TO") == {
        ("Westmarch Bank of Commerce, Ltd.", "Kestrel Solar Corporation")
    }
    kestrel = next(e for e in x.entities if e.ref == "party:kestrel solar corporation")
    assert kestrel.props["jurisdiction"] == "Delaware"
