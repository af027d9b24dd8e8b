"""An agreement a credit agreement's conditions say a party shall have executed and delivered
(:mod:`ingest.relations.delivered_agreements`): passages written for this test."""

from __future__ import annotations

from tests.passages import edges, extract_text

_CONDITION = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT dated as of July 7, 2004 is by and between MARLIN COVE OUTFITTERS, INC., \
a Florida corporation (the "Company"), and GULF HARBOR BANK (the "Bank").

2.2 Letters of Credit. It shall be a condition precedent to the Bank's obligation to issue \
letters of credit that the Company shall have executed and delivered to the Bank the Master \
Letter of Credit Agreement in the form attached hereto as Exhibit C.

4.1 Conditions. The Company shall have executed and delivered to the Bank the Note.
"""


def test_the_party_that_executes_a_titled_agreement_is_party_to_it() -> None:
    x = extract_text(_CONDITION)
    party_to = edges(x, "PARTY_TO")
    assert ("MARLIN COVE OUTFITTERS, INC.", "Master Letter of Credit Agreement") in party_to
    # the note it delivers is an instrument it issues, no agreement it is party to
    assert not any(t == "Note" for _, t in party_to)
