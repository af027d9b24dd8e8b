"""A party named in an amended agreement's party list with its former or trade name after it
("Greenfield Snacks Co., formerly known as Greenfield Chips, Inc.", "Tarrow Freight LLC f/k/a
Tarrow Hauling LLC", "Marden Foods, Inc. d/b/a Marden Farms") is one party. The preamble's
reader knew the cue; the reader of the amended agreement's parties did not and made the other
name a party of the credit agreement of its own. Passages written for the test in the shape of
an amendment whose preamble recites the credit agreement's parties.
"""

from __future__ import annotations

import pytest

from tests.passages import extract_text

_AMENDMENT = """AMENDMENT NO. 2 TO CREDIT AGREEMENT

AMENDMENT NO. 2, dated March 31, 1999 (the "Amendment"), to the Credit Agreement dated June 30,
1997 (as amended, the "Agreement") by and among ORCHARD HILL FOODS, INC., an Ohio corporation
(the "Company"), {named} ("{term}") (the Company and {term} each individually and collectively
referred to as the "Borrowers"), the financial institutions signatories hereto (collectively
the "Banks" and individually a "Bank") and LAKE ERIE NATIONAL BANK, a national banking
association, as agent for the Banks ("Agent").

1. Amendment. Section 6.3 of the Agreement is amended by deleting "$2,000,000" and inserting
"$3,000,000".

IN WITNESS WHEREOF, the parties have executed this Amendment as of the date first written above.

ORCHARD HILL FOODS, INC.
By: /s/ Ellen Marsh
Title: Treasurer

LAKE ERIE NATIONAL BANK, individually as a Bank and as Agent
By: /s/ Paul Fenwick
Title: Vice President
"""


@pytest.mark.parametrize(
    ("named", "term", "party", "other"),
    [
        (
            "GREENFIELD SNACKS CO., formerly known as Greenfield Chips, Inc.",
            "Greenfield",
            "GREENFIELD SNACKS CO.",
            "Greenfield Chips, Inc.",
        ),
        (
            "Tarrow Freight LLC f/k/a Tarrow Hauling LLC",
            "Tarrow",
            "Tarrow Freight LLC",
            "Tarrow Hauling LLC",
        ),
        (
            "Marden Foods, Inc. d/b/a Marden Farms Company",
            "Marden",
            "Marden Foods, Inc.",
            "Marden Farms Company",
        ),
    ],
)
def test_another_name_in_the_amended_agreements_list_is_no_party(
    named: str, term: str, party: str, other: str
) -> None:
    x = extract_text(_AMENDMENT.format(named=named, term=term))
    names = {str(e.props.get("name")) for e in x.entities if e.label == "Party"}
    assert party in names, names
    assert other not in names, names
    ref = next(e.ref for e in x.entities if e.props.get("name") == party)
    targets = {r.target for r in x.relations if r.type == "PARTY_TO" and r.source == ref}
    assert len(targets) == 2, targets  # the amendment and the credit agreement it amends


def test_a_second_company_in_the_list_stays_a_party() -> None:
    """Near miss: the same list with a descriptor where the cue stood keeps the company a
    party."""
    x = extract_text(
        _AMENDMENT.format(named="Greenfield Snacks Co., an Ohio corporation", term="Greenfield")
    )
    names = {str(e.props.get("name")) for e in x.entities if e.label == "Party"}
    assert {"ORCHARD HILL FOODS, INC.", "Greenfield Snacks Co."} <= names, names
