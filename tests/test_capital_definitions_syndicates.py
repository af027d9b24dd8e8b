"""A syndicated credit agreement whose definitions article writes its terms in capitals (a
filing's converted small capitals): ""BORROWER" means Harlan Freight Lines, Inc., a Kansas
corporation", ""LOANS" means the loans made by the Lenders to the Borrower pursuant to this
Agreement", the commitments' first total in the commitment definition and each lender's share
on a Commitment Schedule whose figures only the first and total rows write with "$"
(``ingest.relations.role_definitions``, ``ingest.instruments.advance_definitions``,
``ingest.relations.scheduled_commitments``): passages composed in that shape, and near misses."""

from __future__ import annotations

from ingest.extract import Extraction
from tests.passages import credit_facilities, edges, extract_text, own_roles


def _agreement(
    borrower: str, borrower_definition: str, loans_definition: str, total: str, rows: str
) -> str:
    return f"""CREDIT AGREEMENT

dated as of

March 3, 2006

CREDIT AGREEMENT dated as of March 3, 2006, among {borrower.upper()}, the LENDERS party \
hereto, and MERCER NATIONAL BANK, as Administrative Agent

The parties hereto agree as follows:

ARTICLE 1
DEFINITIONS

SECTION 1.01. DEFINED TERMS. As used in this Agreement, the following terms have the \
meanings specified below:

"ADMINISTRATIVE AGENT" means Mercer National Bank, in its capacity as administrative agent \
for the Lenders hereunder.

{borrower_definition}

"COMMITMENT" means, with respect to each Lender, the commitment of such Lender to make Loans \
hereunder. The initial amount of each Lender's Commitment is set forth on the Commitment \
Schedule. {total}

"LENDERS" means the Persons listed on the Commitment Schedule.

{loans_definition}

"MATURITY DATE" means March 3, 2011.

ARTICLE 2
THE CREDITS

SECTION 2.01. COMMITMENTS. Subject to the terms and conditions set forth herein, each Lender \
agrees to make Loans to the Borrower from time to time during the Availability Period.

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed by \
their respective authorized representatives as of the day and year first above written.

{borrower.upper()}

By:    /s/  Dana Whitcomb
Name:  Dana Whitcomb
Title: Treasurer

MERCER NATIONAL BANK, individually and as Administrative Agent

By:    /s/  Owen Tillery
Name:  Owen Tillery
Title: Vice President

RIDGE SAVINGS BANK

By:    /s/  Priya Anand
Name:  Priya Anand
Title: Director

CALLOWAY TRUST COMPANY

By:    /s/  Hugo Brandt
Name:  Hugo Brandt
Title: Managing Director

COMMITMENT SCHEDULE

Lender                                Commitment
{rows}
"""


_ROWS = """Mercer National Bank                            $ 40,000,000
Ridge Savings Bank                                 35,000,000
Calloway Trust Company                             25,000,000
TOTAL                                           $100,000,000"""

_HARLAN = _agreement(
    "Harlan Freight Lines, Inc.",
    '"BORROWER" means Harlan Freight Lines, Inc., a Kansas corporation.',
    '"LOANS" means the loans made by the Lenders to the Borrower pursuant to this Agreement.',
    "The initial aggregate amount of the Lenders' Commitments is $100,000,000.",
    _ROWS,
)

#: the same shape, another borrower and wording: "shall mean", "the Banks", "Advances"
_OSPREY = _agreement(
    "Osprey Marine Holdings Corp.",
    '"BORROWER" shall mean Osprey Marine Holdings Corp., a Maryland corporation, and its '
    "successors.",
    '"ADVANCES" means the advances made by the Banks to the Borrower under Article 2.',
    "The initial aggregate amount of the Banks' Commitments shall be $100,000,000.",
    _ROWS,
).replace("to make Loans", "to make Advances")

#: near miss: the capitals define a borrowing, not the borrower, and the loans are a bank's own
_NEAR = _agreement(
    "Harlan Freight Lines, Inc.",
    '"BORROWING" means Loans of the same Type, made on the same date.',
    '"LOANS" means the loans made by the Borrower to its Subsidiaries.',
    "The initial amount of each Lender's Commitment is $100,000,000.",
    _ROWS,
)


def _lent(x: Extraction) -> dict[tuple[str, str], object]:
    names = {e.ref: str(e.props.get("name")) for e in x.entities}
    return {
        (names[r.source], names[r.target]): r.props.get("amount")
        for r in x.relations
        if r.type == "LENDS_TO"
    }


def test_a_borrower_defined_in_capitals_borrows_from_each_scheduled_lender() -> None:
    for text, borrower in ((_HARLAN, "Harlan Freight Lines, Inc."), (_OSPREY, "Osprey")):
        x = extract_text(text)
        roles = {name: role for name, role in own_roles(x).items() if name.startswith(borrower)}
        assert list(roles.values()) == ["Borrower"], roles
        lent = {lender: amount for (lender, _), amount in _lent(x).items()}
        assert lent == {
            "Mercer National Bank": 40_000_000,
            "Ridge Savings Bank": 35_000_000,
            # the last row's own figure, not the total under it
            "Calloway Trust Company": 25_000_000,
        }, lent


def test_the_syndicates_loans_defined_in_capitals_are_the_facility_with_its_first_total() -> None:
    for text, title in ((_HARLAN, "Loans"), (_OSPREY, "Advances")):
        x = extract_text(text)
        facilities = credit_facilities(x)
        assert set(facilities) == {title}
        assert facilities[title]["amount"] == 100_000_000
        assert facilities[title]["maturity_date"] == "2011-03-03"
        assert (title, "Credit Agreement") in edges(x, "ISSUED_UNDER")


def test_a_borrowing_in_capitals_or_the_borrowers_own_loans_give_no_role_nor_facility() -> None:
    x = extract_text(_NEAR)
    assert "Borrower" not in own_roles(x).values()
    assert "Loans" not in credit_facilities(x)
