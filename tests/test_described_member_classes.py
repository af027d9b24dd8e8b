"""A preamble's class of members described by the schedule that lists them, whose parenthesis
gives a term to each member ("and each of the Subsidiaries listed on Schedule 1 hereto
(together with the Borrower, the "Grantors" and each, a "Grantor")"), names no party of its
own: the members sign and are listed by name. A group the parenthesis names as one ("the
persons and entities listed on Schedule A (collectively, the "Investor Group")") stays one
described party. Passages written for the test.
"""

from __future__ import annotations

import pytest

from tests.passages import edges, entity_names, extract_text

_SECURITY = """SECURITY AGREEMENT

SECURITY AGREEMENT, dated as of {date} (this "Agreement"), among {borrower}, a Delaware
corporation (the "Borrower"), and each of the Subsidiaries of the Borrower listed on {where}
hereto ({paren}), in favor of {agent}, as collateral agent (the "Collateral Agent").

1. Each Grantor grants to the Collateral Agent a security interest in all of its Collateral.

IN WITNESS WHEREOF, each Grantor has executed this Agreement as of the date above.

{borrower}

By: /s/ Lena Fisk
Name: Lena Fisk
Title: President

{subsidiary}

By: /s/ Lena Fisk
Name: Lena Fisk
Title: President

{agent}, as Collateral Agent

By: /s/ Tom Reyes
Name: Tom Reyes
Title: Director
"""


@pytest.mark.parametrize(
    ("borrower", "subsidiary", "agent", "where", "paren", "term"),
    [
        (
            "BRIMLEY TOOLS, INC.",
            "BRIMLEY FORGE LLC",
            "CASTLEGATE CAPITAL LLC",
            "Schedule 1",
            'together with the Borrower, the "Grantors" and each, a "Grantor"',
            "Grantors",
        ),
        (
            "OSSINGTON FOODS CORP.",
            "OSSINGTON DAIRY, INC.",
            "PALISADE TRUST BANK",
            "Annex A",
            'collectively with the Borrower, the "Pledgors", and each individually a "Pledgor"',
            "Pledgors",
        ),
    ],
)
def test_a_class_whose_term_names_each_member_is_no_party(
    borrower: str, subsidiary: str, agent: str, where: str, paren: str, term: str
) -> None:
    text = _SECURITY.format(
        date="April 2, 2019",
        borrower=borrower,
        subsidiary=subsidiary,
        agent=agent,
        where=where,
        paren=paren,
    )
    x = extract_text(text)
    assert term not in entity_names(x).values()
    parties = {source for source, _ in edges(x, "PARTY_TO")}
    assert term not in parties
    assert any(p.upper() == subsidiary for p in parties)


def test_a_group_named_as_one_stays_a_described_party() -> None:
    text = """INVESTOR RIGHTS AGREEMENT

This Investor Rights Agreement is made as of May 9, 2016 by and among Larchwood Devices,
Inc., a Delaware corporation (the "Company"), and the persons and entities listed on
Schedule A hereto (collectively, the "Investor Group").

1. The Company grants the Investor Group the rights set forth herein.
"""
    x = extract_text(text)
    assert "Investor Group" in {source for source, _ in edges(x, "PARTY_TO")}
