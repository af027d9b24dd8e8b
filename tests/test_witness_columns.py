"""A left column of witnesses under one "WITNESS:" caption, one signature beside each party's
block (the sealed-instrument form of bank forbearance and loan documents): the witnesses sign
nothing and are no parties; the individuals signing in the right column still are. Passages
written for these tests."""

from __future__ import annotations

from tests.passages import edges, extract_text, own_parties

FORBEARANCE = """LOAN MODIFICATION AGREEMENT

THIS LOAN MODIFICATION AGREEMENT (this "Agreement") is made as of March 3, 2003, by and
among PELLSTON ORCHARD SUPPLY CO., a Vermont corporation (the "Borrower"), AUGUSTA M.
FERNALD, an individual (the "Guarantor"), and GREEN MOUNTAIN TRUST COMPANY, a Vermont
trust company (the "Lender").

1. Modification. The maturity date of the Note is extended to June 30, 2004.

IN WITNESS WHEREOF, the parties have executed this Agreement as a sealed instrument as of
the date first written above.

WITNESS:                           PELLSTON ORCHARD SUPPLY CO.

/s/ Rowan T. Ashby                 By: /s/ Augusta M. Fernald
-------------------------              -----------------------------
                                       Augusta M. Fernald, President


/s/ Rowan T. Ashby                 /s/ Augusta M. Fernald
-------------------------          ---------------------------------
                                   AUGUSTA M. FERNALD


                                   GREEN MOUNTAIN TRUST COMPANY

/s/ Delphine K. Orr                By: /s/ Silas B. Whitcomb
-------------------------              -----------------------------
                                       Silas B. Whitcomb
                                       Vice President
"""


def test_a_column_of_witnesses_signs_nothing() -> None:
    x = extract_text(FORBEARANCE)
    signers = {s for s, _ in edges(x, "SIGNED")}
    assert "Rowan T. Ashby" not in signers
    assert "Delphine K. Orr" not in signers
    assert {"Augusta M. Fernald", "Silas B. Whitcomb"} <= signers


def test_the_witnesses_are_no_parties_and_the_signers_still_are() -> None:
    parties = {name.lower() for name in own_parties(FORBEARANCE)}
    assert "rowan t. ashby" not in parties
    assert "delphine k. orr" not in parties
    assert {"pellston orchard supply co.", "green mountain trust company"} <= parties
