"""The parties of a mentioned agreement listed with a capacity that acts for a class: "the
Pledge Agreement ... between the Company and Harbor Trust Company, as collateral agent for the
Purchasers". The class the agent acts for (the purchasers, the holders) is no party to that
agreement; the company and the agent are. Passages written for this test."""

from __future__ import annotations

import pytest

from tests.passages import edges, extract_text

_AGREEMENT = """NOTE PURCHASE AGREEMENT

     THIS NOTE PURCHASE AGREEMENT (this "Agreement") is dated as of May 2, 2018 among
LINDQVIST MARINE, INC., a Maine corporation (the "Company"), NORTHCOVE FUND I, L.P., a
Delaware limited partnership, and PEMAQUID CAPITAL LLC, a Maine limited liability company
(each, a "Purchaser" and together, the "Purchasers").

     1.  Security. {security}

     IN WITNESS WHEREOF, the parties have executed this Agreement.

LINDQVIST MARINE, INC.

By: /s/ Ola Lindqvist
Name: Ola Lindqvist
Title: President
"""


@pytest.mark.parametrize(
    ("security", "title"),
    [
        (
            "The Notes are secured by the Pledge Agreement dated as of the date hereof between the"
            " Company and Harbor Trust Company, as collateral agent for the Purchasers.",
            "Pledge Agreement",
        ),
        (
            "The Notes are secured by a Security Agreement dated as of the date hereof between the"
            " Company and Harbor Trust Company, as trustee for the benefit of the Purchasers.",
            "Security Agreement",
        ),
    ],
)
def test_the_class_an_agent_acts_for_is_no_party(security: str, title: str) -> None:
    party_to = edges(extract_text(_AGREEMENT.format(security=security)), "PARTY_TO")
    assert ("Harbor Trust Company", title) in party_to
    assert ("NORTHCOVE FUND I, L.P.", title) not in party_to
    assert ("PEMAQUID CAPITAL LLC", title) not in party_to


def test_a_class_listed_beside_the_agent_stays_a_party() -> None:
    # near miss: "the Company, the Purchasers and Harbor Trust Company, as agent" lists them all
    security = (
        "The Notes are secured by the Pledge Agreement dated as of the date hereof among the"
        " Company, the Purchasers and Harbor Trust Company, as collateral agent."
    )
    party_to = edges(extract_text(_AGREEMENT.format(security=security)), "PARTY_TO")
    assert ("Harbor Trust Company", "Pledge Agreement") in party_to
    assert ("PEMAQUID CAPITAL LLC", "Pledge Agreement") in party_to
