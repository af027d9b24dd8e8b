"""A party of a mentioned deal written with the bank it succeeded ("Lakeshore Bank, N.A.,
successor by merger to Lakeshore Trust and Savings Bank, as administrative agent"): the
predecessor is no party of that deal, the successor is (passages written for the test)."""

from __future__ import annotations

import pytest

from tests.passages import edges, entity_names, extract_text

_CREDIT = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT dated as of January 3, 2006 is among Harrow Data Corporation, a Delaware
corporation (the "Borrower"), the Banks party hereto and Granite Trust Bank, as Administrative
Agent.

Section 1.1 Definitions.

{definition}

Section 2.1 Commitments. Each Bank severally agrees to make a loan to the Borrower.
"""


@pytest.mark.parametrize(
    ("definition", "successor", "predecessor", "other"),
    [
        (
            '"Existing Credit Agreement" means the Credit Agreement dated as of April 10, 2003,\n'
            "among the Borrower, the lenders party thereto and Lakeshore Bank, N.A., successor by\n"
            "merger to Lakeshore Trust and Savings Bank, as administrative agent.",
            "Lakeshore Bank, N.A.",
            "Lakeshore Trust and Savings Bank",
            "Credit Agreement",
        ),
        (
            '"Intercreditor Agreement" means the Intercreditor Agreement dated as of June 1,\n'
            "2002, among Pellham Fiduciary Company, successor-in-interest to Orrin Trust\n"
            "Corporation, as collateral agent, the Borrower and the holders of the Senior Notes.",
            "Pellham Fiduciary Company",
            "Orrin Trust Corporation",
            "Intercreditor Agreement",
        ),
    ],
)
def test_the_bank_a_party_succeeded_is_no_party(
    definition: str, successor: str, predecessor: str, other: str
) -> None:
    x = extract_text(_CREDIT.format(definition=definition))
    parties = {s for s, t in edges(x, "PARTY_TO") if t == other}
    assert successor in parties
    assert predecessor not in parties
    assert predecessor not in set(entity_names(x).values())


def test_a_successor_agent_named_without_its_predecessor_stays_a_party() -> None:
    """Near miss: "as successor agent" states the party's own capacity, naming no other bank."""
    x = extract_text(
        _CREDIT.format(
            definition='"Existing Credit Agreement" means the Credit Agreement dated as of April\n'
            "10, 2003, among the Borrower, the lenders party thereto and Redfield National Bank,\n"
            "as successor agent."
        )
    )
    assert ("Redfield National Bank", "Credit Agreement") in edges(x, "PARTY_TO")
