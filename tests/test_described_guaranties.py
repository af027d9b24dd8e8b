"""A guaranty the definitions describe in lower case ("the unconditional guaranty ... dated
..., executed and delivered by PEI to the Bank"), its giver a company a definition names with
its form (:mod:`ingest.relations.security_documents`, :mod:`ingest.relations.defined_companies`):
passages written for this test."""

from __future__ import annotations

from tests.passages import edges, extract_text

_BANK_FORM = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT, made as of the 3rd day of May, 1999, by and between ACME WIDGET \
CORPORATION, an Ohio corporation (herein called "Company"), and FIRST RIVER BANK, an Ohio \
banking corporation (herein called "Bank");

1. DEFINITIONS

"Guaranty" shall mean the unconditional guaranty of the Indebtedness dated April 2, 1996, \
executed and delivered by AWH to the Bank.

"AWH" shall mean Acme Widget Holdings, Inc., a Nevada corporation.

2.1 Bank agrees to make Advances to Company not to exceed Five Million Dollars ($5,000,000).

WITNESS the due execution hereof as of the day and year first above written.

ACME WIDGET CORPORATION
By: /s/ John Doe
Its: President

FIRST RIVER BANK
By: /s/ Jane Roe
Its: Vice President
"""


def test_the_giver_of_a_described_unconditional_guaranty_secures_the_agreement() -> None:
    x = extract_text(_BANK_FORM)
    assert ("Acme Widget Holdings, Inc.", "Guaranty") in edges(x, "PARTY_TO")
    assert ("Acme Widget Holdings, Inc.", "Credit Agreement") in edges(x, "SECURES")
    guaranty = next(e for e in x.entities if e.props.get("kind") == "guaranty")
    assert guaranty.props.get("date") == "1996-04-02"
    holdings = next(e for e in x.entities if e.props.get("name") == "Acme Widget Holdings, Inc.")
    assert holdings.props.get("jurisdiction") == "Nevada"
