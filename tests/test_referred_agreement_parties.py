"""Parties a short document gives the credit agreement it changes or joins: an amendment whose
operative sentence puts an aside between the agreement and its verb ("the Existing Credit
Agreement (other than its exhibits) is amended and restated ...") AMENDS it, so its signers
are parties to it; a new lender that "hereby (a) becomes a party to the Credit Agreement as a
Lender ... and (b) assumes ..." joins it; a recital under no "WHEREAS" heading ("The Borrower
and the Bank are parties to a Loan Agreement dated ...") names that agreement's parties. The
near misses: an aside before "shall be amended only in writing" (boilerplate), "may (a) become
a party", and a request that another amend an agreement. Passages written for this test."""

from __future__ import annotations

from tests.passages import edges, extract_text

RESTATEMENT = """AMENDMENT NO. 2 AND RESTATEMENT AGREEMENT

     AMENDMENT NO. 2 AND RESTATEMENT AGREEMENT dated as of May 2, 2022 (this
"Agreement") among Tenterden Logistics, Inc. (the "Borrower"), the Lenders listed on
the signature pages hereof and Ashdown Bank, N.A., as agent (the "Agent").

     The Borrower, the Agent and the lenders party thereto are parties to a Credit
Agreement dated as of July 1, 2018 (the "Existing Credit Agreement").

     Section 1. Restatement. Effective on the date hereof, the Existing Credit
Agreement (other than its exhibits and schedules) is amended and restated in its
entirety to read as set forth in Annex A hereto.

     Section 2. Governing Law. This Agreement is governed by New York law.

TENTERDEN LOGISTICS, INC., as Borrower

By: /s/ Maya Okafor
Name: Maya Okafor
Title: Treasurer

ASHDOWN BANK, N.A., as Agent and as a Lender

By: /s/ Piet Hollander
Name: Piet Hollander
Title: Director

WEALD COUNTY BANK, as a Lender

By: /s/ Ruth Abiodun
Name: Ruth Abiodun
Title: Vice President
"""

AMENDMENT = """THIRD AMENDMENT

     THIS THIRD AMENDMENT (this "Amendment") is made as of
October 9, 2019 between Calder Ridge Farms LLC (the "Borrower") and Fenmore State
Bank (the "Bank").

     The Borrower and the Bank are parties to a Loan Agreement dated as of March 3,
2016 (the "Loan Agreement").

     1. Amendment. The Loan Agreement (including the Schedules thereto) is hereby
amended by deleting Section 6.4 in its entirety.

CALDER RIDGE FARMS LLC

By: /s/ Hal Brennan
Name: Hal Brennan
Title: Manager

FENMORE STATE BANK

By: /s/ Lucia Ferro
Name: Lucia Ferro
Title: Vice President
"""

#: near miss: the aside before boilerplate on how the agreement may be amended
NOT_AMENDED = """COLLATERAL ACCESS AGREEMENT

     THIS COLLATERAL ACCESS AGREEMENT (this "Agreement") is made as of June 1, 2020 by
Ravel Warehousing LLC (the "Landlord") in favor of Oakmere Bank (the "Lender").

     The Lender has made loans to Drayton Parts Co. under a Loan Agreement dated as of
May 1, 2020 (the "Loan Agreement"). The Loan Agreement (as defined above) shall be
amended only in writing signed by the parties thereto.

RAVEL WAREHOUSING LLC

By: /s/ Jonah Pike
Name: Jonah Pike
Title: Manager
"""

INCREMENTAL_JOINDER = """INCREMENTAL LENDER JOINDER AGREEMENT

     This Incremental Lender Joinder Agreement (this "Joinder") dated as of March 4,
2021 is made by Holloway Credit Partners LP (the "Incremental Lender") and
acknowledged by Brenton Mills Corp. ("Holdings").

     Reference is made to the Credit Agreement dated as of June 30, 2019 (the "Credit
Agreement") among Holdings, the Lenders party thereto and Ashby Trust Company, as
Administrative Agent.

     1. Joinder. The Incremental Lender hereby (a) becomes a party to the Credit
Agreement as a "Lender" thereunder with an Incremental Term Commitment of
$20,000,000 and (b) assumes all of the obligations of a Lender thereunder.

HOLLOWAY CREDIT PARTNERS LP

By: /s/ Nadia Ferraz
Name: Nadia Ferraz
Title: Authorized Signatory
"""

#: near miss: a new lender that may join later
MAY_JOIN = """FEE LETTER

     This Fee Letter (this "Letter") dated as of March 4, 2021 is made by Brenton Mills
Corp. (the "Company") in favor of Holloway Credit Partners LP (the "Arranger").

     Reference is made to the Credit Agreement dated as of June 30, 2019 (the "Credit
Agreement") among the Company, the Lenders party thereto and Ashby Trust Company, as
Administrative Agent. The Arranger may (a) become a party to the Credit Agreement as a
Lender or (b) arrange the commitments of others.

BRENTON MILLS CORP.

By: /s/ Nadia Ferraz
Name: Nadia Ferraz
Title: Treasurer
"""


def test_an_aside_between_the_restated_agreement_and_its_verb() -> None:
    x = extract_text(RESTATEMENT)
    assert ("Amendment No. 2 and Restatement Agreement", "Credit Agreement") in edges(x, "AMENDS")
    parties = {s for s, t in edges(x, "PARTY_TO") if t == "Credit Agreement"}
    assert {"Tenterden Logistics, Inc.", "WEALD COUNTY BANK"} <= parties


def test_an_aside_between_the_amended_agreement_and_hereby_amended() -> None:
    x = extract_text(AMENDMENT)
    assert ("Third Amendment", "Loan Agreement") in edges(x, "AMENDS")


def test_an_aside_before_how_an_agreement_may_be_amended_amends_nothing() -> None:
    x = extract_text(NOT_AMENDED)
    assert not {t for _, t in edges(x, "AMENDS")} & {"Loan Agreement"}


def test_a_new_lender_that_hereby_a_becomes_a_party() -> None:
    x = extract_text(INCREMENTAL_JOINDER)
    names = {e.ref: str(e.props.get("name") or e.props.get("title")) for e in x.entities}
    roles = {
        names[r.source]: r.props.get("role")
        for r in x.relations
        if r.type == "PARTY_TO" and names[r.target] == "Credit Agreement"
    }
    assert roles.get("Holloway Credit Partners LP") == "Lender"


def test_a_lender_that_may_become_a_party_joins_nothing() -> None:
    x = extract_text(MAY_JOIN)
    assert ("Holloway Credit Partners LP", "Credit Agreement") not in edges(x, "PARTY_TO")


#: a recital under no "WHEREAS" or "Recitals" heading, after the preamble's paragraph
UNHEADED_RECITAL = """LIMITED WAIVER

     LIMITED WAIVER dated as of February 1, 2021 between Selby Marine Supply, Inc. (the
"Borrower") and Tolland Savings Bank (the "Bank").

     The Borrower and the Bank are parties to a Loan Agreement dated as of May 5, 2017
(the "Original Agreement"). The Borrower has asked the Bank to waive a covenant.

     1. Waiver. The Bank waives compliance with Section 6.1 of the Original Agreement for
the fiscal year 2020.

SELBY MARINE SUPPLY, INC.

By: /s/ Ada Kwan
Name: Ada Kwan
Title: President
"""

UNHEADED_RECITAL_NAMES = """CONSENT

     This Consent dated as of July 9, 2020 is given by Norland Trust Company, as agent (the
"Agent"), to Hexham Plastics Corp. (the "Company").

     Hexham Plastics Corp., the Banks signatory thereto and Norland Trust Company are
parties to that certain Credit Agreement dated as of March 3, 2018 (the "Credit
Agreement").

     The Agent consents to the sale of the Company's Bristol plant.

NORLAND TRUST COMPANY, as Agent

By: /s/ Omar Haddad
Name: Omar Haddad
Title: Vice President
"""

#: near miss: a request to amend names no parties of the agreement
REQUEST_ONLY = """THIRD AMENDMENT

     THIRD AMENDMENT dated as of June 2, 2020 by Kilburn Foods LLC (the "Borrower").

     The Borrower has requested that Dorset Bank amend the Loan Agreement dated as of
January 2, 2015 (the "Loan Agreement").

KILBURN FOODS LLC

By: /s/ Ivo Grant
Name: Ivo Grant
Title: Manager
"""


def test_parties_a_recital_under_no_heading_states() -> None:
    parties = {
        s for s, t in edges(extract_text(UNHEADED_RECITAL), "PARTY_TO") if t == "Loan Agreement"
    }
    assert {"Selby Marine Supply, Inc.", "Tolland Savings Bank"} <= parties


def test_parties_a_recital_under_no_heading_names() -> None:
    x = extract_text(UNHEADED_RECITAL_NAMES)
    parties = {s for s, t in edges(x, "PARTY_TO") if t == "Credit Agreement"}
    assert {"Hexham Plastics Corp.", "Norland Trust Company"} <= parties


def test_a_request_to_amend_names_no_party_of_the_agreement() -> None:
    x = extract_text(REQUEST_ONLY)
    assert ("Dorset Bank", "Loan Agreement") not in edges(x, "PARTY_TO")


#: near miss: "an officer ... that is a party to" in the opening paragraphs: a relative clause
RELATIVE_CLAUSE = """CONSENT

     This Consent dated as of July 9, 2020 is given by Norland Trust Company (the "Bank") to
Hexham Plastics Corp. (the "Company").

     Each certificate shall be signed by an officer of the Company that is a party to the
Officer Support Agreement dated as of March 3, 2018.

     The Bank consents to the sale of the Company's Bristol plant.

NORLAND TRUST COMPANY

By: /s/ Omar Haddad
Name: Omar Haddad
Title: Vice President
"""


def test_a_relative_clause_names_no_party_of_the_agreement() -> None:
    x = extract_text(RELATIVE_CLAUSE)
    assert ("Hexham Plastics Corp.", "Officer Support Agreement") not in edges(x, "PARTY_TO")
