"""A consent, a reaffirmation or a guaranty often opens on the agreement it concerns
("Reference is made to that certain Credit Agreement dated as of ...", "as an inducement to
Lessor entering into that certain Equipment Lease"). Under a heading naming the document
itself, the heading is its title, and a date alone on a line under a letter's heading is its
date, not the referenced agreement's."""

from __future__ import annotations

from tests.passages import OWN, extract_text

_CONSENT = """                      CONSENT AND REAFFIRMATION OF GUARANTOR

                                  April 14, 2016

Harbor Point Business Credit, Inc.
40 Water Street
Providence, Rhode Island 02903

Ladies and Gentlemen:

     Reference is made to that certain Credit Agreement dated as of March 1, 2013 (the
"Credit Agreement") between NARRAGANSETT YARN MILLS, INC., a Rhode Island corporation
("Borrower"), and HARBOR POINT BUSINESS CREDIT, INC. ("Lender"). The undersigned,
NARRAGANSETT TEXTILE GROUP, INC. ("Guarantor"), has guaranteed the obligations of Borrower
under the Credit Agreement.

     Guarantor consents to the Second Amendment to Credit Agreement dated as of the date
hereof and reaffirms its guaranty.

                                        NARRAGANSETT TEXTILE GROUP, INC.

                                        By: /s/ Owen T. Castellano
                                        Name: Owen T. Castellano
                                        Title: President
"""

_LEASE = """                              GUARANTY OF LEASE

     FOR VALUE RECEIVED, and as an inducement to CEDAR KNOLL PROPERTIES, LLC ("Lessor") to
enter into that certain Industrial Lease dated as of June 5, 2001 (the "Lease") with
MARLOWE CASTINGS, INC. ("Lessee"), the undersigned, MARLOWE INDUSTRIES, INC., a Michigan
corporation ("Guarantor"), guarantees to Lessor the payment of all rent under the Lease.

                                        MARLOWE INDUSTRIES, INC.

                                        By: /s/ Dana K. Whitfield
                                        Title: Treasurer
"""


def _own(text: str) -> dict[str, object]:
    x = extract_text(text)
    return next(dict(e.props) for e in x.entities if e.ref == OWN)


def test_a_letter_consent_is_titled_and_dated_by_its_heading() -> None:
    own = _own(_CONSENT)
    assert own["title"] == "Consent and Reaffirmation of Guarantor"
    assert own["date"] == "2016-04-14"


def test_a_guaranty_of_lease_is_not_the_lease() -> None:
    own = _own(_LEASE)
    assert own["title"] == "Guaranty of Lease"
    assert own["kind"] == "guaranty"
