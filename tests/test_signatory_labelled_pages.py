"""A purchase agreement's buyers signing on their own pages, each field labelled at length
("Name of Purchaser:", "Signature of Authorized Signatory of Purchaser: /s/ ...", "Name of
Authorized Signatory:", "Title of Authorized Signatory:"), one buyer an individual: the
signatories sign for their buyers, the long title is no company, the individual is a person."""

from __future__ import annotations

import pytest

from ingest.records import Extraction
from tests.passages import edges, extract_text

_SPA = """\
SECURITIES PURCHASE AGREEMENT

This Securities Purchase Agreement (this \u201cAgreement\u201d) is dated as of March 3, 2016, \
between Tamsin Robotics, Inc., a Nevada corporation (the \u201cCompany\u201d), and each purchaser \
identified on the signature pages hereto (each, a \u201cPurchaser\u201d and collectively the \
\u201cPurchasers\u201d).

1.1 Purchase. The Company agrees to sell, and the Purchasers agree to purchase, up to \
$2,000,000 of Debentures.

1.2 Governing Law. This Agreement shall be governed by the laws of the State of New York.

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed as of \
the date first indicated above.

TAMSIN ROBOTICS, INC.

By: /s/ Owen F. Radley

Name: Owen F. Radley

Title: President

[PURCHASER SIGNATURE PAGES TO TMSN SECURITIES PURCHASE AGREEMENT]

Name of Purchaser: Larkspur Value Partners, LP

Signature of Authorized Signatory of Purchaser: /s/ Ines W. Kolar

Name of Authorized Signatory: Ines W. Kolar

Title of Authorized Signatory: Managing Partner of Larkspur Advisors LLC, its general partner

Subscription Amount: $1,500,000

[PURCHASER SIGNATURE PAGES TO TMSN SECURITIES PURCHASE AGREEMENT]

Name of Purchaser: Ruben Castellano

Signature of Authorized Signatory of Purchaser: /s/ Ruben Castellano

Name of Authorized Signatory: Ruben Castellano

Title of Authorized Signatory: Individual

Subscription Amount: $500,000
"""


@pytest.fixture(scope="module")
def spa() -> Extraction:
    return extract_text(_SPA)


def test_each_signatory_signs_for_its_purchaser(spa: Extraction) -> None:
    signed = edges(spa, "SIGNED")
    assert ("Ines W. Kolar", "Securities Purchase Agreement") in signed
    assert ("Ruben Castellano", "Securities Purchase Agreement") in signed
    behalf = {r.props.get("on_behalf_of") for r in spa.relations if r.type == "SIGNED"}
    assert "party:larkspur value partners lp" in behalf


def test_the_long_title_names_no_purchaser(spa: Extraction) -> None:
    parties = {s for s, _ in edges(spa, "PARTY_TO")}
    assert not any("Managing Partner" in p for p in parties)
    assert {"Larkspur Value Partners, LP", "Ruben Castellano"} <= parties


def test_an_individual_purchaser_is_a_person(spa: Extraction) -> None:
    kinds = {str(e.props.get("name")): e.props.get("kind") for e in spa.entities}
    assert kinds["Ruben Castellano"] == "person"
    assert kinds["Larkspur Value Partners, LP"] == "organization"
