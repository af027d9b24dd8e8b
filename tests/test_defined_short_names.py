"""A party the opening names bare ("AGREEMENT dated as of ... among HARLOW INDUSTRIES, INC., the
LENDERS parties hereto and NORTHFIELD BANK, N.A., as Administrative Agent") whose short name
only the definitions give ('"Company" means Harlow Industries, Inc., a Delaware corporation'):
the short name is its term before the roles are read, so it borrows from the lenders."""

from __future__ import annotations

from ingest.extract import extract
from ingest.records import Extraction, SourceDocument

_DEFINED_COMPANY = """$500,000,000

CREDIT AGREEMENT

dated as of March 1, 2004

among

Harlow Industries, Inc.,

The Lenders Parties Hereto

and

Northfield Bank, N.A.,

as Administrative Agent


AGREEMENT dated as of March 1, 2004 among HARLOW INDUSTRIES, INC., the LENDERS from time to
time parties hereto and NORTHFIELD BANK, N.A., as Administrative Agent.

The parties hereto agree as follows:

ARTICLE 1

Definitions

Section 1.01 . Definitions. The following terms, as used herein, have the following meanings:

\u201cAdministrative Agent\u201d means Northfield Bank, N.A. in its capacity as agent for the
Lenders hereunder, and its successors in such capacity.

\u201cBorrower\u201d means the Company and its successors.

\u201cCompany\u201d means Harlow Industries, Inc., a Delaware corporation, and its successors.

\u201cLender\u201d means each Person listed in the Commitment Schedule and its successors.

Section 2.01 . Commitments to Lend. Each Lender severally agrees, on the terms and conditions
set forth in this Agreement, to make loans in Dollars to the Borrower from time to time prior to
the Termination Date.

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed by their
respective authorized officers as of the day and year first above written.

HARLOW INDUSTRIES, INC.

By:  \t/s/ Ann Smith
Name:  \tAnn Smith
Title:  \tTreasurer

NORTHFIELD BANK, N.A., as Administrative
Agent and as Lender

By:  \t/s/ Bob Jones
Name:  \tBob Jones
Title:  \tVice President

EASTLAKE BANK PLC

By:  \t/s/ Carl Dunn
Name:  \tCarl Dunn
Title:  \tDirector

COMMITMENT SCHEDULE

Lender\t \tCommitment
Northfield Bank, N.A.
$\t300,000,000
Eastlake Bank PLC
$\t200,000,000
Total Commitments
$\t500,000,000
"""

_DEFINED_BORROWER = """CREDIT AGREEMENT

CREDIT AGREEMENT dated as of June 9, 1998 between PELLWORTH FOODS CORPORATION, the BANKS listed
on the signature pages hereof and GRANITE TRUST COMPANY, as Agent.

SECTION 1.01. Definitions. The following terms have the following meanings:

"Agent" means Granite Trust Company in its capacity as agent for the Banks.

"Banks" means the banks listed on the signature pages hereof.

"Borrower" shall mean the Parent and its successors.

"Parent" shall mean Pellworth Foods Corporation, a Nebraska corporation.

"Seller" means Brookline Mills, Inc., a Delaware corporation, which sells its bakery division
to the Borrower under the Acquisition Agreement.

SECTION 2.01. Commitments to Lend. Each Bank severally agrees to make loans to the Borrower
from time to time before the Termination Date in amounts not exceeding its Commitment.

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed as of
the date first above written.

PELLWORTH FOODS CORPORATION

By: /s/ Dana Ruiz
Title: Chief Financial Officer

GRANITE TRUST COMPANY, individually and as Agent

By: /s/ Lee Park
Title: Managing Director

OSPREY NATIONAL BANK

By: /s/ Kim Olsen
Title: Vice President
"""


def _lending(text: str) -> tuple[Extraction, set[tuple[str, str, object]]]:
    x = extract(SourceDocument(text=text, path="passage.txt"))
    names = {e.ref: str(e.props.get("name") or e.props.get("title")).upper() for e in x.entities}
    lends = {
        (names[r.source], names[r.target], r.props.get("amount"))
        for r in x.relations
        if r.type == "LENDS_TO"
    }
    return x, lends


def test_the_company_its_definition_names_borrows_what_the_schedule_lists() -> None:
    x, lends = _lending(_DEFINED_COMPANY)
    assert lends == {
        ("NORTHFIELD BANK, N.A.", "HARLOW INDUSTRIES, INC.", 300000000),
        ("EASTLAKE BANK PLC", "HARLOW INDUSTRIES, INC.", 200000000),
    }
    assert [e.props.get("name") for e in x.entities if e.props.get("name") == "Company"] == []


def test_the_borrower_its_definition_names_borrows_from_the_signing_banks() -> None:
    _, lends = _lending(_DEFINED_BORROWER)
    assert {(s, t) for s, t, _ in lends} == {
        ("GRANITE TRUST COMPANY", "PELLWORTH FOODS CORPORATION"),
        ("OSPREY NATIONAL BANK", "PELLWORTH FOODS CORPORATION"),
    }


def test_a_company_the_definitions_name_but_no_party_borrows_nothing() -> None:
    x, lends = _lending(_DEFINED_BORROWER)
    assert not any("BROOKLINE" in t for _, t, _ in lends)
    sellers = [e for e in x.entities if "Brookline" in str(e.props.get("name"))]
    assert all("Seller" not in e.aliases for e in sellers)
