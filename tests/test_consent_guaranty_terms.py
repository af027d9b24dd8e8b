"""A guarantors' consent below an amendment names the guaranty they reaffirm by its title and
then by the short term it defines for it ("the Guaranty Agreement dated as of ... (the
"Guaranty") ... reaffirms its guaranty under the Guaranty"): one guaranty, to which each
signing guarantor is a party. Two guaranties the consent titles apart ("the Parent Guaranty",
"the Subsidiary Guaranty") leave open who gave which. Passages written for the test.
"""

from __future__ import annotations

import pytest

from tests.passages import edges, extract_text

_AMENDMENT = """SECOND AMENDMENT TO CREDIT AGREEMENT

THIS SECOND AMENDMENT TO CREDIT AGREEMENT (this "Amendment") is dated as of May 5, 2020 among
{borrower}, a Delaware corporation (the "Borrower"), the Lenders party hereto and {agent}, as
administrative agent (the "Agent").

The Borrower, the Lenders and the Agent are parties to a Credit Agreement dated as of
January 10, 2018 (the "Credit Agreement").

1. Section 6.1 of the Credit Agreement is amended by deleting "3.00" and inserting "3.50".

IN WITNESS WHEREOF, the parties have executed this Amendment as of the date first above
written.

{borrower}

By: /s/ Ruth Allard
Name: Ruth Allard
Title: Treasurer

{agent}, as Agent and as a Lender

By: /s/ Omar Little
Name: Omar Little
Title: Vice President

CONSENT AND REAFFIRMATION OF GUARANTORS

{consent}

{guarantor_1}

By: /s/ Ruth Allard
Name: Ruth Allard
Title: Treasurer

{guarantor_2}

By: /s/ Ruth Allard
Name: Ruth Allard
Title: Treasurer
"""

_TITLED_THEN_TERM = (
    'Each of the undersigned (each a "Guarantor") is a party to the {title} dated as of '
    'January 10, 2018 (the "{term}") made by the Guarantors in favor of the Agent. Each '
    "Guarantor consents to the foregoing Amendment and reaffirms its guaranty of the "
    "Obligations under the {term}, which remains in full force and effect."
)


@pytest.mark.parametrize(
    ("borrower", "agent", "guarantors", "title", "term"),
    [
        (
            "HOLLOWAY PUMPS, INC.",
            "GRANITE CITY BANK",
            ("HOLLOWAY CASTINGS LLC", "HOLLOWAY SEALS CO."),
            "Guaranty Agreement",
            "Guaranty",
        ),
        (
            "MARSDEN AUDIO CORP.",
            "TIDEMARK NATIONAL BANK",
            ("MARSDEN STUDIOS, INC.", "KEYLINE SPEAKERS LLC"),
            "Subsidiary Guarantee Agreement",
            "Guarantee",
        ),
    ],
)
def test_guarantors_are_party_to_the_guaranty_named_by_title_then_term(
    borrower: str, agent: str, guarantors: tuple[str, str], title: str, term: str
) -> None:
    consent = _TITLED_THEN_TERM.format(title=title, term=term)
    text = _AMENDMENT.format(
        borrower=borrower,
        agent=agent,
        consent=consent,
        guarantor_1=guarantors[0],
        guarantor_2=guarantors[1],
    )
    party_to = edges(extract_text(text), "PARTY_TO")
    for guarantor in guarantors:
        assert (guarantor, title) in party_to
    assert (agent, title) not in party_to


def test_two_guaranties_titled_apart_leave_the_givers_open() -> None:
    consent = (
        "Each of the undersigned is a party to the Parent Guaranty dated as of January 10, 2018 "
        "or to the Subsidiary Guaranty dated as of January 10, 2018, and reaffirms its "
        "obligations under the Parent Guaranty or the Subsidiary Guaranty, as applicable."
    )
    text = _AMENDMENT.format(
        borrower="CALDER MILLS, INC.",
        agent="SUMMIT RIDGE BANK",
        consent=consent,
        guarantor_1="CALDER HOLDINGS CORP.",
        guarantor_2="CALDER YARNS LLC",
    )
    party_to = edges(extract_text(text), "PARTY_TO")
    for guarantor in ("CALDER HOLDINGS CORP.", "CALDER YARNS LLC"):
        assert (guarantor, "Parent Guaranty") not in party_to
        assert (guarantor, "Subsidiary Guaranty") not in party_to
