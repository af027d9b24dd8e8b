"""Schedules converted from tables drawn with bars and corners ("+------+------+" between rows,
"| Aldmoor Special | 500 Fifth Avenue | $2,000,000 |" in them), names wrapped over the rows of
one cell: the rule lines part the rows, the bars part the cells, and the cells of a wrapped name
are no companies of a signature page."""

from __future__ import annotations

from ingest.schedules import schedule_rows
from ingest.structure.regions import Region
from tests.passages import edges, extract_text, own_roles

_SPA = """\
                         SECURITIES PURCHASE AGREEMENT

     This Securities Purchase Agreement (this "Agreement") is dated as of May 5,
2025, by and among Corvina Biologics, Inc., a Nevada corporation (the
"Company"), and each of the buyers listed on the Schedule of Buyers attached
hereto (individually, a "Buyer" and collectively, the "Buyers").

     1.1 Purchase. The Company shall issue and sell to each Buyer, and each Buyer
severally agrees to purchase, the principal amount of Notes set forth opposite
such Buyer's name on the Schedule of Buyers.

COMPANY:                                BUYERS:

CORVINA BIOLOGICS, INC.                 HALLORAN STRATEGIC CREDIT FUND LP

By:  /s/ Ines Moreau                    By:  /s/ Victor Ames
Name: Ines Moreau                       Name: Victor Ames
Title: Chief Executive Officer          Title: Managing Member

                                        BRIGHTSAND CAPITAL PARTNERS, LTD.

                                        By:  /s/ Kaito Mercer
                                        Name: Kaito Mercer
                                        Title: Director

<PAGE>

                               SCHEDULE OF BUYERS

+----------------------------+------------------------+--------------+
| Buyer                      | Address                | Principal    |
|                            |                        | Amount       |
+----------------------------+------------------------+--------------+
| Halloran Strategic         | 7 Bryant Park,         | $1,000,000   |
| Credit Fund LP             | New York, NY 10018     |              |
+----------------------------+------------------------+--------------+
| Brightsand Capital         | P.O. Box 1190, Grand   | $750,000     |
| Partners, Ltd.             | Cayman                 |              |
+----------------------------+------------------------+--------------+
"""

_CREDIT = """\
                                CREDIT AGREEMENT

     THIS CREDIT AGREEMENT is dated as of August 1, 2023 among TIDEMARK PACKAGING
CORP., a Delaware corporation (the "Borrower"), the lenders listed on Schedule
2.1 (the "Lenders") and ASHGROVE BANK, N.A., as agent (the "Agent").

     2.1 Each Lender severally agrees to make loans to the Borrower in an amount
not to exceed its Commitment set forth opposite its name on Schedule 2.1.

                                  TIDEMARK PACKAGING CORP.

                                  By: /s/ Ruth Calder
                                  Name: Ruth Calder
                                  Title: Treasurer

<PAGE>

                                  SCHEDULE 2.1

                                  COMMITMENTS

+--------------------------------------+-------------------+
| Lender                               | Commitment        |
+--------------------------------------+-------------------+
| Ashgrove Bank, N.A.                  | $30,000,000       |
+--------------------------------------+-------------------+
| Fenwick Valley Savings and Loan      | $20,000,000       |
| Association                          |                   |
+--------------------------------------+-------------------+
| Total                                | $50,000,000       |
+--------------------------------------+-------------------+
"""


def test_wrapped_cells_of_a_boxed_schedule_are_no_signing_companies() -> None:
    roles = own_roles(extract_text(_SPA))
    assert roles.get("HALLORAN STRATEGIC CREDIT FUND LP") == "Buyer"
    assert roles.get("BRIGHTSAND CAPITAL PARTNERS, LTD.") == "Buyer"
    assert not {"Credit Fund LP", "Partners, Ltd.", "Brightsand Capital"} & set(roles)


def test_a_boxed_commitment_schedule_names_its_lenders_whole() -> None:
    start = _CREDIT.index("SCHEDULE 2.1\n")
    region = Region(kind="schedule", start=start, end=len(_CREDIT), label="2.1")
    rows = {row.name: row.quantity for row in schedule_rows(_CREDIT, region)}
    assert rows == {
        "Ashgrove Bank, N.A.": 30_000_000,
        "Fenwick Valley Savings and Loan Association": 20_000_000,
    }


def test_a_company_line_with_a_bar_in_its_name_is_still_a_signer() -> None:
    """Near miss: one bar in a company line ("BRIGHTSAND | CAPITAL") draws no table: the block
    keeps its company and its signer."""
    text = _SPA.replace(
        "BRIGHTSAND CAPITAL PARTNERS, LTD.\n", "BRIGHTSAND | CAPITAL PARTNERS, LTD.\n"
    )
    signed = {(signer, doc) for signer, doc in edges(extract_text(text), "SIGNED")}
    assert ("Kaito Mercer", "Securities Purchase Agreement") in signed
