"""A notary signs under its certificate of acknowledgment ("/s/ ..." over "Notary Public" or
"My commission expires"): it certifies a signature and is neither a signer nor a party."""

from __future__ import annotations

from tests.passages import edges, extract_text

_GUARANTY = """PERSONAL GUARANTY

This Personal Guaranty is made as of April 2, 2008 by WALTER J. KESSLING, an individual
("Guarantor"), in favor of BLUE HERON STATE BANK, an Iowa banking corporation ("Bank").

1. Guarantor guarantees the payment of all obligations of Kessling Grain, Inc. to Bank.

IN WITNESS WHEREOF, Guarantor has signed this Personal Guaranty as of the date above.

/s/ Walter J. Kessling
-------------------------------
Walter J. Kessling

STATE OF IOWA        )
                     ) ss.
COUNTY OF POLK       )

On this 2nd day of April, 2008, before me, the undersigned notary public, personally
appeared Walter J. Kessling, known to me to be the person whose name is signed above.

/s/ Agnes M. Tillotson
-------------------------------
Notary Public
My commission expires: 6/30/2010
"""

_STAMPED = """SECURITY AGREEMENT

This Security Agreement is dated as of October 9, 2012 between CORDELL MARINE, LLC, a Texas
limited liability company (the "Debtor"), and GULF COAST CAPITAL BANK (the "Secured Party").

1. The Debtor grants to the Secured Party a security interest in all of its equipment.

IN WITNESS WHEREOF, the Debtor has executed this Security Agreement as of the date above.

CORDELL MARINE, LLC

By: /s/ Rosa Delacroix
Name: Rosa Delacroix
Title: Manager

Subscribed and sworn before me, a notary, personally appeared Rosa Delacroix this 9th day of
October, 2012.

/s/ Lyle B. Fenwick
Notary Public, State of Texas
"""


def test_the_notary_under_a_personal_guaranty_signs_nothing() -> None:
    x = extract_text(_GUARANTY)
    signed = edges(x, "SIGNED")
    assert ("Walter J. Kessling", "Personal Guaranty") in signed
    assert not [s for s in signed if s[0] == "Agnes M. Tillotson"]
    assert not [p for p in edges(x, "PARTY_TO") if p[0] == "Agnes M. Tillotson"]


def test_a_notary_stamped_with_its_state_signs_nothing() -> None:
    x = extract_text(_STAMPED)
    signed = edges(x, "SIGNED")
    assert ("Rosa Delacroix", "Security Agreement") in signed
    assert not [s for s in signed if s[0] == "Lyle B. Fenwick"]
