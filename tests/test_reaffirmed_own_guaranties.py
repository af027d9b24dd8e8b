"""A reaffirmation below an amendment names the guaranty its signers gave by "its", the
guaranty's title and its date ("confirms that its Guaranty dated as of March 2, 2019 remains
in full force", "reaffirms that its Continuing Guaranty dated March 2, 2019 extends to"): the
date names one agreement, and each guarantor signing below is a party to it (a bare "its
Guaranty", each guarantor's own, names none: ``tests/test_guaranty_parties.py``). Passages
written for the test in the general shape of an amendment signed by a borrower and an agent
with the guarantors' reaffirmation on its last page."""

from __future__ import annotations

import pytest

from tests.passages import edges, extract_text

_AMENDMENT = """FIRST AMENDMENT TO LOAN AGREEMENT

THIS FIRST AMENDMENT (this "Amendment") is made as of October 1, 2021 between {borrower}, an
Ohio corporation (the "Borrower"), and {agent}, as agent (the "Agent").

The Borrower and the Agent are parties to a Loan Agreement dated as of March 2, 2019 (the
"Loan Agreement"). Section 7.2 of the Loan Agreement is amended by deleting "$5,000,000" and
inserting "$7,500,000".

IN WITNESS WHEREOF, the parties have executed this Amendment as of the date above.

{borrower}

By: /s/ Priya Oyelowo
Name: Priya Oyelowo
Title: Chief Financial Officer

{agent}

By: /s/ Lars Brennecke
Name: Lars Brennecke
Title: Vice President

{heading}

{consent}

{guarantor_1}
{guarantor_2}

By: /s/ Priya Oyelowo
Name: Priya Oyelowo
Title: Treasurer of each of the foregoing
"""


@pytest.mark.parametrize(
    ("borrower", "agent", "guarantors", "heading", "consent", "title"),
    [
        (
            "FENMORE TEXTILES, INC.",
            "BRIGHTWATER BANK",
            ("FENMORE DYEWORKS, LLC", "CASTLEGATE FABRICS CORP."),
            "REAFFIRMATION",
            "Each of the undersigned consents to the foregoing Amendment and confirms that its "
            "Guaranty dated as of March 2, 2019 remains in full force and effect.",
            "Guaranty",
        ),
        (
            "OSSINGTON FOODS CORP.",
            "LAKEVIEW NATIONAL BANK",
            ("OSSINGTON BAKERIES, INC.", "RED MAPLE DAIRY LLC"),
            "GUARANTORS' ACKNOWLEDGMENT",
            "The undersigned guarantors acknowledge the Amendment and each reaffirms that its "
            "Continuing Guaranty dated March 2, 2019 extends to the Loan Agreement as amended "
            "hereby.",
            "Continuing Guaranty",
        ),
    ],
)
def test_signers_of_a_reaffirmation_are_party_to_their_guaranty(
    borrower: str,
    agent: str,
    guarantors: tuple[str, str],
    heading: str,
    consent: str,
    title: str,
) -> None:
    text = _AMENDMENT.format(
        borrower=borrower,
        agent=agent,
        heading=heading,
        consent=consent,
        guarantor_1=guarantors[0],
        guarantor_2=guarantors[1],
    )
    party_to = edges(extract_text(text), "PARTY_TO")
    for guarantor in guarantors:
        assert (guarantor, title) in party_to
    assert (agent, title) not in party_to
    assert (borrower, title) not in party_to


def test_its_guaranty_of_a_debt_is_no_titled_guaranty() -> None:
    # near miss: "its Guaranty of the Obligations" says what it guarantees, naming no agreement
    text = _AMENDMENT.format(
        borrower="WESTBROOK PAPER CO.",
        agent="CEDAR FALLS BANK",
        heading="REAFFIRMATION",
        consent="Each of the undersigned reaffirms its Guaranty of the Obligations, which "
        "remains in full force and effect.",
        guarantor_1="WESTBROOK PULP, INC.",
        guarantor_2="KINGFISHER MILLS LLC",
    )
    party_to = edges(extract_text(text), "PARTY_TO")
    assert not {t for s, t in party_to if s == "WESTBROOK PULP, INC."} & {
        "Guaranty",
        "Guaranty of the Obligations",
    }
