"""An amendment converted from an HTML filing: signature pages under captions ("BORROWER:",
"LENDERS:") each footed by an unbracketed three-line label ("Borrower, Inc." / "First
Amendment to Credit Agreement" / "Signature Page") that names the borrower but signs nothing,
and a commitments schedule one cell a line, its "$" in a cell of its own. The footer takes no
caption's role (the borrower stays the borrower, and the lenders lend), and each lender's
commitment is its figure under the "$". Passages written for these tests."""

from __future__ import annotations

from tests.passages import extract_text, own_roles

AMENDMENT = """FIRST AMENDMENT TO CREDIT AGREEMENT

THIS FIRST AMENDMENT TO CREDIT AGREEMENT (this \u201c Amendment \u201d) is entered into as of
May 2, 2016, among KESTREL ORCHARD FOODS, INC., a Delaware corporation (the \u201c Borrower
\u201d), the Lenders party hereto and BAYSHORE CAPITAL BANK, N.A., as Administrative Agent.

WHEREAS, the Borrower, the Lenders and the Administrative Agent are parties to that certain
Credit Agreement dated as of April 1, 2014 (the \u201c Credit Agreement \u201d);

1. Schedule 2.01 to the Credit Agreement is amended and restated in the form of Schedule 2.01
attached hereto.

IN WITNESS WHEREOF, the parties hereto have caused this Amendment to be duly executed as of
the date first above written.

BORROWER:

KESTREL ORCHARD FOODS, INC.

By:

/s/ Lucinda Farrow

Name:

Lucinda Farrow

Title:

Chief Financial Officer

Kestrel Orchard Foods, Inc.

First Amendment to Credit Agreement

Signature Page

LENDERS:

BAYSHORE CAPITAL BANK, N.A.,

as Administrative Agent and a Lender

By:

/s/ Dmitri Alvarado

Name:

Dmitri Alvarado

Title:

Director

SALT MARSH SAVINGS BANK,

as a Lender

By:

/s/ Priya Kellerman

Name:

Priya Kellerman

Title:

Vice President

Kestrel Orchard Foods, Inc.

First Amendment to Credit Agreement

Signature Page

SCHEDULE 2.01

COMMITMENTS

Lender

Revolving Commitment

Bayshore Capital Bank, N.A.

$

25,000,000.00

Salt Marsh Savings Bank

$

10,000,000.00

Total

$

35,000,000.00
"""

BORROWER = "kestrel orchard foods, inc."


def test_the_footer_gives_the_borrower_no_captions_role() -> None:
    roles = {name.lower(): role for name, role in own_roles(extract_text(AMENDMENT)).items()}
    assert roles[BORROWER] == "Borrower"


def test_each_lender_lends_its_figure_under_the_dollar_cell() -> None:
    x = extract_text(AMENDMENT)
    names = {e.ref: str(e.props.get("name")).lower() for e in x.entities if e.label == "Party"}
    lent = {
        names[r.source]: r.props.get("amount")
        for r in x.relations
        if r.type == "LENDS_TO" and names.get(r.target) == BORROWER
    }
    assert lent == {"bayshore capital bank, n.a.": 25000000, "salt marsh savings bank": 10000000}
