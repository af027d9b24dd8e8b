"""Application-letter credit agreements: the borrower writes "The undersigned, <name>, a
<state> corporation (the "Borrower"), applies to you (the "Bank")" to the bank named above the
salutation, and the bank accepts (ingest.parties.letter_applicant)."""

from __future__ import annotations

from tests.passages import extract_text, own_roles

_LETTER = """LOAN AGREEMENT

DATED AS OF MARCH 3, 2011

BETWEEN

PELLAM TOOL WORKS, INC.

AND

FIRST PRAIRIE BANK



LOAN AGREEMENT

First Prairie Bank
Omaha, Nebraska

Ladies and Gentlemen:

The undersigned, Pellam Tool Works, Inc., an Iowa corporation (the "Company"), requests
that you (the "Lender") extend credit to the Company, all as more fully hereinafter set
forth.

Section 1. The Lender agrees to make loans to the Company in an amount not to exceed
$4,000,000. This Agreement shall be governed by the laws of the State of Nebraska.

Dated as of March 3, 2011.

PELLAM TOOL WORKS, INC.

By /s/ Hal Ober
Hal Ober
Treasurer

Accepted and agreed to as of the day and year last above written.

FIRST PRAIRIE BANK

By /s/ Ruth Kemp
Ruth Kemp
Senior Vice President
"""


def test_writer_and_addressee_take_the_roles_the_first_sentence_defines() -> None:
    x = extract_text(_LETTER)
    roles = own_roles(x)
    assert roles.get("Pellam Tool Works, Inc.") == "Company"
    assert roles.get("First Prairie Bank") == "Lender"
    writer = next(e for e in x.entities if e.props.get("name") == "Pellam Tool Works, Inc.")
    assert writer.props.get("jurisdiction") == "Iowa"
    assert writer.props.get("entity_type") == "corporation"


def test_a_joint_filing_opening_names_no_writer() -> None:
    text = (
        "JOINT FILING AGREEMENT\n\nGentlemen:\n\nThe undersigned hereby agree that the "
        "Schedule 13D is filed on behalf of each of them.\n\nDated: May 2, 2019\n"
    )
    assert "Company" not in own_roles(extract_text(text)).values()
