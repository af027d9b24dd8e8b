"""A short name a definition lists among another deal's parties before the definitions reach
its own entry ("among Maple Freight, the guarantors party thereto and ...", then ""Maple
Freight" means Maple Freight Logistics Canada Inc., an Ontario corporation": the definitions
run in alphabetical order): the company the later definition names, not a party of its own
called by the short name (passages written for the test)."""

from __future__ import annotations

import pytest

from tests.passages import edges, entity_names, extract_text

_CREDIT = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT dated as of January 3, 2006 is among Harrow Data Corporation, a Delaware
corporation (the "Borrower"), the Banks party hereto and Granite Trust Bank, as Administrative
Agent.

Section 1.1 Definitions.

"Bank" means each bank listed on the signature pages hereof.

{first}

{second}

Section 2.1 Commitments. Each Bank severally agrees to make a loan to the Borrower.
"""


@pytest.mark.parametrize(
    ("first", "second", "short", "company", "other"),
    [
        (
            '"Canadian Credit Agreement" means the Credit Agreement (Canadian), dated as of April\n'
            "10, 2003, among Maple Freight, the guarantors from time to time party thereto and\n"
            "Granite Trust Bank, as administrative agent.",
            '"Maple Freight" means Maple Freight Logistics Canada Inc., an Ontario corporation.',
            "Maple Freight",
            "Maple Freight Logistics Canada Inc.",
            "Credit Agreement",
        ),
        (
            '"Pledge Agreement" means the Pledge Agreement, dated as of June 1, 2002, by and\n'
            "between the Borrower, Westbrook Capital and the Collateral Agent.",
            '"Westbrook Capital" shall mean Westbrook Capital Holdings, Inc., a Delaware\n'
            "corporation.",
            "Westbrook Capital",
            "Westbrook Capital Holdings, Inc.",
            "Pledge Agreement",
        ),
    ],
)
def test_a_short_name_defined_further_on_names_the_defined_company(
    first: str, second: str, short: str, company: str, other: str
) -> None:
    x = extract_text(_CREDIT.format(first=first, second=second))
    names = set(entity_names(x).values())
    assert company in names
    assert short not in names
    assert (company, other) in edges(x, "PARTY_TO")


def test_a_name_no_definition_gives_stays_a_party_of_its_own() -> None:
    """Near miss: a company named only in the list is the party that list names."""
    x = extract_text(
        _CREDIT.format(
            first='"Canadian Credit Agreement" means the Credit Agreement (Canadian), dated as of\n'
            "April 10, 2003, among Harbor Freight Lines Ltd., the guarantors from time to time\n"
            "party thereto and Granite Trust Bank, as administrative agent.",
            second='"Maturity Date" means June 30, 2006.',
        )
    )
    assert "Harbor Freight Lines Ltd." in set(entity_names(x).values())
