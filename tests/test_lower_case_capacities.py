"""A party's capacity written in lower case right after its name, as much credit drafting has
it: ", as borrower", ", as administrative agent", ", as agent for the Lenders", also after the
party's short name ("Fleet"). The capacity is the party's role, written as roles are
("Administrative Agent"); where a defined term follows it ("(in such capacity, the "Agent")")
the term is what the document calls the party, and stays its role. Words after the capacity
("for the Lenders", "hereunder") are no part of it, and an "as" that gives no role ("as a
result of", "as follows") gives none.
"""

from __future__ import annotations

import pytest

from tests.passages import extract_text, own_roles

_BODY = "\n\nSECTION 2.1. Loans. Each Lender severally agrees to make revolving loans.\n"


def _roles(preamble: str) -> dict[str, object]:
    return own_roles(extract_text("CREDIT AGREEMENT\n\n" + preamble + _BODY))


@pytest.mark.parametrize(
    ("preamble", "expected"),
    [
        (
            "This CREDIT AGREEMENT dated as of June 1, 2004 is among PELLHAM INDUSTRIES, INC., "
            'a Delaware corporation ("Pellham"), as borrower, the several banks from time to '
            'time parties hereto (the "Lenders"), and FLEET NATIONAL BANK ("Fleet"), as '
            "administrative agent.",
            {"PELLHAM INDUSTRIES, INC.": "Borrower", "FLEET NATIONAL BANK": "Administrative Agent"},
        ),
        (
            "This Credit Agreement, dated as of May 5, 2011, is entered into by and among Orion "
            "Mills, LLC, a Georgia limited liability company, as the borrower hereunder, the "
            "Lenders party hereto and SunTrust Bank, as administrative agent and issuing bank.",
            {
                "Orion Mills, LLC": "Borrower",
                "SunTrust Bank": "Administrative Agent and Issuing Bank",
            },
        ),
        (
            "THIS AGREEMENT is made as of March 9, 1999 among Delacroix Shipping Corp., as "
            "borrower, the banks named on the signature pages hereof and Nordfjord Bank ASA, "
            "as co-documentation agent, and Baltic Capital Bank plc, as agent for the banks.",
            {
                "Delacroix Shipping Corp.": "Borrower",
                "Nordfjord Bank ASA": "Co-documentation Agent",
                "Baltic Capital Bank plc": "Agent",
            },
        ),
    ],
)
def test_a_lower_case_capacity_is_the_party_role(
    preamble: str, expected: dict[str, object]
) -> None:
    assert _roles(preamble) == expected


@pytest.mark.parametrize(
    "capacity",
    [
        'as administrative agent (in such capacity, the "Agent")',
        'as administrative agent for the Lenders (the "Agent")',
        "as administrative agent and collateral agent (in such capacities, together with its "
        'successors in such capacities, the "Agent")',
    ],
)
def test_a_term_after_the_capacity_stays_the_role(capacity: str) -> None:
    roles = _roles(
        "This CREDIT AGREEMENT dated as of June 1, 2004 is among PELLHAM INDUSTRIES, INC., a "
        'Delaware corporation (the "Borrower"), the several banks from time to time parties '
        f'hereto (the "Lenders"), and FLEET NATIONAL BANK, {capacity}.'
    )
    assert roles["FLEET NATIONAL BANK"] == "Agent"


def test_an_as_that_gives_no_role_gives_none() -> None:
    roles = _roles(
        "This CREDIT AGREEMENT dated as of June 1, 2004 is among PELLHAM INDUSTRIES, INC., a "
        'Delaware corporation ("Pellham"), as a result of the merger described below, the '
        'several banks from time to time parties hereto (the "Lenders"), and FLEET NATIONAL '
        'BANK ("Fleet"), as follows.'
    )
    assert roles == {"PELLHAM INDUSTRIES, INC.": None, "FLEET NATIONAL BANK": None}


def test_capitals_stop_at_a_second_as() -> None:
    """ "as Lender and as Agent" in capitals was read before; the lower-case words after it
    ("for the Lenders") never join it."""
    roles = _roles(
        "This CREDIT AGREEMENT dated as of June 1, 2004 is among PELLHAM INDUSTRIES, INC., a "
        'Delaware corporation ("Pellham"), as Borrower, the several banks from time to time '
        'parties hereto (the "Lenders"), and FLEET NATIONAL BANK ("Fleet"), as Co-Agent for '
        "the Lenders."
    )
    assert roles["FLEET NATIONAL BANK"] == "Co-Agent"
