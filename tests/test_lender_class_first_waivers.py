"""A waiver whose subjects name the lenders' class first and the agent after it: "The Required
Lenders and the Agent hereby waive the Specified Default" (issue #13).

Each passage is written in the general shape, not copied from a filing: a consent and waiver
under a credit agreement, signed by the borrower, the agent and the lenders on their own pages
("Name of Institution:"). Every signing lender waives, as the agent does. The near miss: the
same subjects with "may" (a power, not a waiver given).
"""

from __future__ import annotations

from tests.passages import edges, extract_text

_WAIVER = """CONSENT AND WAIVER

CONSENT AND WAIVER, dated as of May 9, 2013 (this "Consent"), under the Credit Agreement, \
dated as of January 4, 2011 (the "Credit Agreement"), among {borrower}, an Ohio corporation \
(the "Company"), the several lenders from time to time parties thereto (the "Lenders"), and \
{agent}, as administrative agent (the "Agent").

1. Waiver. {sentence}

2. This Consent shall be governed by the law of the State of Ohio.

IN WITNESS WHEREOF, the parties have executed this Consent as of the date first written above.

{borrower}

By: /s/ Lena Harte
Name: Lena Harte
Title: Treasurer

{agent}, as Agent and as a Lender

By: /s/ Omar Reyes
Name: Omar Reyes
Title: Director

<PAGE>

Name of Institution:

{lender}

By: /s/ Priya Nand
Name: Priya Nand
Title: Vice President
"""

REQUIRED_FIRST = _WAIVER.format(
    borrower="KETTERING PAPER CO.",
    agent="ASHGROVE TRUST COMPANY",
    lender="Cobalt Ridge Bank, N.A.",
    sentence="The Required Lenders and the Agent hereby waive the Event of Default arising "
    "under Section 7.2 of the Credit Agreement for the fiscal quarter ended March 31, 2013.",
)

EACH_OF_FIRST = _WAIVER.format(
    borrower="MONTOUR FOUNDRY, INC.",
    agent="WESTLAKE NATIONAL BANK",
    lender="Pinewell Savings Bank",
    sentence="Each of the Lenders and the Administrative Agent hereby waives any Default "
    "resulting from the Company's failure to deliver its annual financial statements under "
    "Section 6.1 of the Credit Agreement.",
)

NEAR_MISS = _WAIVER.format(
    borrower="TALLIS BRICK CORP.",
    agent="HOLYOKE BANK",
    lender="Granary Point Bank",
    sentence="The Required Lenders and the Agent may waive any Event of Default under "
    "Section 7.2 of the Credit Agreement by a writing signed by them.",
)


def test_each_signing_lender_waives_when_the_class_is_named_first() -> None:
    waives = edges(extract_text(REQUIRED_FIRST), "WAIVES")
    assert ("Cobalt Ridge Bank, N.A.", "Credit Agreement") in waives
    assert ("ASHGROVE TRUST COMPANY", "Credit Agreement") in waives


def test_each_of_the_lenders_and_the_agent_waive() -> None:
    waives = edges(extract_text(EACH_OF_FIRST), "WAIVES")
    assert ("Pinewell Savings Bank", "Credit Agreement") in waives


def test_a_power_to_waive_is_no_waiver() -> None:
    assert not edges(extract_text(NEAR_MISS), "WAIVES")
