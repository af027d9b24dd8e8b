"""A purchase agreement selling notes to buyers who state what they pay on their own signature
pages ("Name of Purchaser: ... Subscription Amount: $1,500,000"): each buyer lends the notes'
issuer that amount. An agreement selling shares only lends nothing."""

from __future__ import annotations

from ingest.records import Extraction
from tests.passages import extract_text

_SPA = """\
SECURITIES PURCHASE AGREEMENT

This Securities Purchase Agreement (this \u201cAgreement\u201d) is dated as of March 3, 2016, \
between Tamsin Robotics, Inc., a Nevada corporation (the \u201cCompany\u201d), and each purchaser \
identified on the signature pages hereto (each, a \u201cPurchaser\u201d and collectively the \
\u201cPurchasers\u201d).

\u201c{term}\u201d means the {title}, issued by the Company to the Purchasers hereunder.

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed.

TAMSIN ROBOTICS, INC.

By: /s/ Owen F. Radley

Name: Owen F. Radley

Title: President

[PURCHASER SIGNATURE PAGES TO TMSN SECURITIES PURCHASE AGREEMENT]

Name of Purchaser: Larkspur Value Partners, LP

Signature of Authorized Signatory of Purchaser: /s/ Ines W. Kolar

Name of Authorized Signatory: Ines W. Kolar

Title of Authorized Signatory: Managing Partner

Subscription Amount: $1,500,000

[PURCHASER SIGNATURE PAGES TO TMSN SECURITIES PURCHASE AGREEMENT]

Name of Purchaser: Ruben Castellano

Signature of Authorized Signatory of Purchaser: /s/ Ruben Castellano

Name of Authorized Signatory: Ruben Castellano

Title of Authorized Signatory: Individual

Subscription Amount: $500,000
"""


def _lent(x: Extraction) -> dict[str, object]:
    names = {e.ref: str(e.props.get("name")) for e in x.entities}
    return {names[r.source]: r.props.get("amount") for r in x.relations if r.type == "LENDS_TO"}


def test_each_buyer_of_notes_lends_what_its_page_states() -> None:
    x = extract_text(_SPA.format(term="Notes", title="10% Senior Notes due March 3, 2018"))
    assert _lent(x) == {"Larkspur Value Partners, LP": 1_500_000, "Ruben Castellano": 500_000}


def test_buyers_of_shares_lend_nothing() -> None:
    x = extract_text(_SPA.format(term="Shares", title="shares of Common Stock"))
    assert _lent(x) == {}
