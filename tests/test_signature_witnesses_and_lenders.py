"""Witnesses beside and under the parties' blocks, a lenders' signature page headed "BY AND
AMONG", an agent signing again as a lender, and borrowers and lenders named only in the
definitions, on passages written for these tests."""

from __future__ import annotations

from ingest.extract import extract
from ingest.records import SourceDocument
from tests.passages import edges

SYNDICATE = """CREDIT AGREEMENT

This CREDIT AGREEMENT, dated as of March 2, 2001, is entered into by and among HALCYON
OPTICS CORPORATION, an Ohio corporation, and HALCYON LENS CO., an Ohio corporation, as
Borrowers, the financial institutions which are or become parties hereto (the "Lenders")
and LAKE ERIE BANK, NATIONAL ASSOCIATION, as the agent for the Lenders (in such capacity,
the "Agent").

ARTICLE 1. DEFINITIONS

"Borrowers" means Halcyon Optics Corporation, an Ohio corporation, and Halcyon Lens Co.,
an Ohio corporation, and their respective successors.

"Lender Affiliate" means an affiliate of a Lender.

2.1 Loans. Each Lender severally agrees to make revolving loans to the Borrowers.

IN WITNESS WHEREOF, the parties hereto have caused this Credit Agreement to be executed by
their duly authorized officers as of the date first written above.


ATTEST/WITNESS:                          HALCYON OPTICS CORPORATION


/s/ Maren Solberg                        By  /s/ Tomas Reyes
Name: Maren Solberg                      Name: Tomas Reyes
Title: Secretary                         Title: President


HALCYON LENS CO.

By:/s/ Tomas Reyes
Name: Tomas Reyes
Title: President

WITNESSES:

/s/ Ivo Petrakis
Name: Ivo Petrakis
Address: 12 Harbour Road
Occupation: Accountant


LAKE ERIE BANK, NATIONAL ASSOCIATION, in its
capacity as Agent

By /s/ Celia Nakamura
Name: Celia Nakamura
Title: Vice President

<PAGE>

SIGNATURE PAGE TO CREDIT AGREEMENT
DATED AS OF MARCH 2, 2001
BY AND AMONG
HALCYON OPTICS CORPORATION
THE LENDERS PARTIES HERETO
AND LAKE ERIE BANK, NATIONAL ASSOCIATION, AS AGENT


LAKE ERIE BANK, NATIONAL ASSOCIATION


By /s/ Celia Nakamura
Name: Celia Nakamura
Title: Vice President

Revolving Credit Commitment:  $10,000,000
"""


def test_witnesses_sign_nothing_and_an_agent_signing_again_lends() -> None:
    x = extract(SourceDocument(text=SYNDICATE, path="t.txt"))
    signers = {s for s, _ in edges(x, "SIGNED")}
    assert signers == {"Tomas Reyes", "Celia Nakamura"}  # no witness, no "AND AMONG"
    lends = edges(x, "LENDS_TO")
    bank = "Lake Erie Bank, National Association"
    assert {b for lender, b in lends if lender.lower() == bank.lower()} == {
        "Halcyon Optics Corporation",
        "Halcyon Lens Co.",
    }
    roles = {
        r.props.get("role")
        for r in x.relations
        if r.type == "PARTY_TO" and r.target == "agreement:self"
    }
    assert not any("Capacity" in str(r) for r in roles)


CONSENT = """AMENDMENT NO. 2 TO CREDIT AGREEMENT

This AMENDMENT NO. 2 TO CREDIT AGREEMENT (this "Amendment") dated as of May 1, 2003 is
among Corvid Health, Inc. (the "Borrower") and Juniper State Bank (the "Lender").

1. Amendment. Section 6.1 of the Credit Agreement is amended as set forth herein.

IN WITNESS WHEREOF, the parties have executed this Amendment as of the date above.

CORVID HEALTH, INC.

By: /s/ Lena Ortiz
Title: Treasurer

JUNIPER STATE BANK

By: /s/ Owen Hale
Title: Vice President

<PAGE>

ACKNOWLEDGMENT AND CONSENT

Each of the undersigned consents to the Amendment and agrees that the Subsidiary Guaranty
remains in full force and effect.

SIGNATURES OF PARTIES TO THE SUBSIDIARY GUARANTY

CORVID CLINICS, INC.
CORVID PHARMACY SERVICES, INC.

By: /s/ Lena Ortiz
Title: Treasurer
"""


def test_companies_under_a_parties_caption_are_parties_to_the_agreement_it_names() -> None:
    x = extract(SourceDocument(text=CONSENT, path="t.txt"))
    parties = {(s, t) for s, t in edges(x, "PARTY_TO") if t == "Subsidiary Guaranty"}
    assert parties == {
        ("CORVID CLINICS, INC.", "Subsidiary Guaranty"),
        ("CORVID PHARMACY SERVICES, INC.", "Subsidiary Guaranty"),
    }
