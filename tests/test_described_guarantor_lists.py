"""A recital listing several companies, each with its descriptor, under one distributive term
("guaranteed by A, a Nebraska corporation, and B, a Missouri limited liability company (each a
"Guarantor" and together, the "Guarantors")") describes and names every company of the list;
and a guarantor of an amendment is no party to the agreement it amends where the text names
that agreement's parties without it."""

from __future__ import annotations

from ingest.records import Extraction
from tests.passages import edges, extract_text

_AMENDMENT = """AMENDMENT NO. 3 TO CREDIT AGREEMENT

THIS AMENDMENT NO. 3 TO CREDIT AGREEMENT (this "Amendment") is dated as of May 2, 2008,
between HOLLIS GRAIN CORP., a Kansas corporation (the "Borrower"), and PRAIRIE STATE BANK, an
Iowa banking corporation (the "Bank").

WHEREAS, the Borrower and the Bank are parties to a Credit Agreement dated as of June 1, 2006
(the "Credit Agreement"), and the obligations of the Borrower under the Credit Agreement are
guaranteed by Hollis Feed Mills, Inc., a Nebraska corporation, and Redfield Storage, LLC, a
Missouri limited liability company (each a "Guarantor" and together, the "Guarantors"),
pursuant to the Guaranty dated as of June 1, 2006 (the "Guaranty").

NOW, THEREFORE, the parties agree as follows:

1. Section 6.2 of the Credit Agreement is amended by deleting "$2,000,000" and inserting
"$2,500,000".

HOLLIS GRAIN CORP.

By: /s/ Anita Lemaire
Name: Anita Lemaire
Title: President

PRAIRIE STATE BANK

By: /s/ Tobias Oduya
Name: Tobias Oduya
Title: Vice President

GUARANTORS:

HOLLIS FEED MILLS, INC.

By: /s/ Anita Lemaire
Name: Anita Lemaire
Title: President

REDFIELD STORAGE, LLC

By: /s/ Anita Lemaire
Name: Anita Lemaire
Title: Manager
"""


def _party(x: Extraction, name: str) -> dict[str, object]:
    return next(dict(e.props) for e in x.entities if e.props.get("name") == name)


def test_each_listed_company_keeps_its_own_descriptor() -> None:
    x = extract_text(_AMENDMENT)
    assert _party(x, "Hollis Feed Mills, Inc.")["jurisdiction"] == "Nebraska"
    redfield = _party(x, "Redfield Storage, LLC")
    assert redfield["jurisdiction"] == "Missouri"
    assert redfield["entity_type"] == "llc"


def test_both_listed_guarantors_secure_and_join_the_guaranty() -> None:
    x = extract_text(_AMENDMENT)
    for name in ("Hollis Feed Mills, Inc.", "Redfield Storage, LLC"):
        assert (name, "Guaranty") in edges(x, "PARTY_TO")
        assert (name, "Credit Agreement") in edges(x, "SECURES")


def test_a_guarantor_the_recital_leaves_out_is_no_party_to_the_amended_agreement() -> None:
    parties = {s for s, t in edges(extract_text(_AMENDMENT), "PARTY_TO") if t == "Credit Agreement"}
    assert parties == {"HOLLIS GRAIN CORP.", "PRAIRIE STATE BANK"}


_CONSENT = """CONSENT UNDER LOAN AGREEMENT

CONSENT, dated as of March 3, 2011 (this "Consent"), among OSPREY MARINE WORKS, INC., a Maine
corporation (the "Borrower"), the Lenders party hereto and KENNEBEC TRUST COMPANY, as agent for
the Lenders (the "Agent").

(1) The Borrower, the Lenders and the Agent are parties to a Loan Agreement dated as of
January 14, 2009 (the "Loan Agreement"). The obligations of the Borrower under the Loan
Agreement are guaranteed by Osprey Boatyards, LLC, a Maine limited liability company, and
Casco Sails Corp., a Delaware corporation (each, a "Subsidiary Guarantor").

SECTION 1. The Lenders consent to the sale of the Bath yard.

OSPREY MARINE WORKS, INC.

By /s/ Martin Beaulieu
   Title: Treasurer

OSPREY BOATYARDS, LLC

By /s/ Martin Beaulieu
   Title: Manager

CASCO SAILS CORP.

By /s/ Lydia Strand
   Title: President

KENNEBEC TRUST COMPANY, as Agent and as a Lender

By /s/ Owen Pike
   Title: Vice President

ANDROSCOGGIN SAVINGS BANK

By /s/ Priya Dalal
   Title: Vice President
"""


def test_an_uncaptioned_listed_guarantor_is_no_lender() -> None:
    x = extract_text(_CONSENT)
    lenders = {s for s, _ in edges(x, "LENDS_TO")}
    assert "ANDROSCOGGIN SAVINGS BANK" in lenders
    assert not lenders & {"OSPREY BOATYARDS, LLC", "Osprey Boatyards, LLC", "CASCO SAILS CORP."}
    assert _party(x, "Osprey Boatyards, LLC")["jurisdiction"] == "Maine"
