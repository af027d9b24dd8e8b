"""Short financing forms written for this test in the general shape of their kind (invented
banks, companies, people, amounts and dates): a waiver letter from an agent bank accepted by
the borrower and its guarantors, a first amendment closed by the guarantors' consent and
reaffirmation, a standalone continuing guaranty, a loan agreement with a security grant and
its revolving credit note as an exhibit, and a pledge of a subsidiary's shares to a collateral
agent. Each runs through the whole extractor; the facts asserted are the ones an analyst
reading the passage expects (written down before the extractor was run on it). Names are
compared without regard to case: a party is the same whether its preamble or its signature
block names it."""

from __future__ import annotations

from ingest.records import EntityRecord, Extraction
from tests.passages import extract_text


def _names(x: Extraction) -> dict[str, str]:
    """Entity ref -> its name, title or (an asset) description, lower case."""
    return {
        e.ref: str(e.props.get("name") or e.props.get("title") or e.props.get("description"))
        .lower()
        .removeprefix("the ")
        for e in x.entities
    }


def _low(x: Extraction, type_: str) -> set[tuple[str, str]]:
    n = _names(x)
    return {(n[r.source], n[r.target]) for r in x.relations if r.type == type_}


def _entity(x: Extraction, label: str, name: str) -> EntityRecord:
    return next(
        e
        for e in x.entities
        if e.label == label and str(e.props.get("name") or e.props.get("title")).lower() == name
    )


def _own(x: Extraction) -> EntityRecord:
    return next(e for e in x.entities if e.ref == "agreement:self")


def _roles(x: Extraction, target: str) -> dict[str, str]:
    """Party name -> its role in the agreement titled ``target`` (lower case)."""
    n = _names(x)
    return {
        n[r.source]: str(r.props.get("role") or "")
        for r in x.relations
        if r.type == "PARTY_TO" and n[r.target] == target
    }


def _signed(x: Extraction) -> dict[tuple[str, str], tuple[str, str]]:
    """(signer, agreement) -> (title, party signed for), lower case."""
    n = _names(x)
    return {
        (n[r.source], n[r.target]): (
            str(r.props.get("title") or ""),
            n.get(str(r.props.get("on_behalf_of")), ""),
        )
        for r in x.relations
        if r.type == "SIGNED"
    }


# 1. A waiver letter. Expected: the letter is an agreement of kind "waiver" titled by its
# subject ("Waiver of Fixed Charge Coverage Ratio Covenant"), dated 2016-08-12, New York law.
# Parties of the letter: Granite State Bank (Agent), Harbor Point Logistics, Inc. (Borrower),
# Harbor Point Trucking, LLC and Casco Bay Warehousing Corp. (Guarantors, named only in the
# acceptance). The Credit Agreement of 2014-06-30 is referenced; the Borrower and the bank are
# party to it, the bank lends to the Borrower. The bank WAIVES the Credit Agreement (what:
# the Fixed Charge Coverage Ratio of Section 6.12 for the fiscal quarter ended June 30, 2016,
# with a condition). Each guarantor SECURES the Credit Agreement (it reaffirms its guaranty of
# the Obligations). Thomas Whitfield signs for the bank, Ellen Langford for the Borrower and
# Marcus Bell for each guarantor.
WAIVER_LETTER = """GRANITE STATE BANK
100 Elm Street
Manchester, New Hampshire 03101

August 12, 2016

Harbor Point Logistics, Inc.
400 Wharf Street
Portland, Maine 04101
Attention: Ellen Langford, Chief Financial Officer

Re: Waiver of Fixed Charge Coverage Ratio Covenant

Dear Ms. Langford:

Reference is made to the Credit Agreement dated as of June 30, 2014 (as amended, the "Credit
Agreement") among Harbor Point Logistics, Inc., a Maine corporation (the "Borrower"), the
lenders party thereto (the "Lenders") and Granite State Bank, as a Lender and as
administrative agent for the Lenders (in such capacity, the "Agent"). Capitalized terms used
and not defined herein have the meanings given to them in the Credit Agreement.

The Borrower has informed the Agent that it failed to maintain the minimum Fixed Charge
Coverage Ratio required by Section 6.12 of the Credit Agreement for the fiscal quarter ended
June 30, 2016, which failure constitutes an Event of Default under Section 8.1(c) of the Credit
Agreement (the "Specified Default"). The Borrower has requested that the Lenders waive the
Specified Default.

Subject to the condition that the Borrower pay to the Agent, for the account of the Lenders, a
waiver fee of $15,000 on or before August 19, 2016, the Agent, acting at the direction of the
Required Lenders, hereby waives the Specified Default. This waiver is limited to the Specified
Default and shall not be deemed a waiver of any other Default or Event of Default.

Each Guarantor, by signing below, consents to this letter and confirms that its guaranty of the
Obligations under the Credit Agreement remains in full force and effect.

This letter shall be governed by the laws of the State of New York.

Very truly yours,

GRANITE STATE BANK,
as Agent

By: /s/ Thomas Whitfield
Name: Thomas Whitfield
Title: Senior Vice President

ACCEPTED AND AGREED
as of the date first written above:

BORROWER:

HARBOR POINT LOGISTICS, INC.

By: /s/ Ellen Langford
Name: Ellen Langford
Title: Chief Financial Officer

GUARANTORS:

HARBOR POINT TRUCKING, LLC

By: /s/ Marcus Bell
Name: Marcus Bell
Title: Manager

CASCO BAY WAREHOUSING CORP.

By: /s/ Marcus Bell
Name: Marcus Bell
Title: Treasurer
"""

_WAIVER = "waiver of fixed charge coverage ratio covenant"
_BANK, _HARBOR = "granite state bank", "harbor point logistics, inc."
_TRUCKING, _CASCO = "harbor point trucking, llc", "casco bay warehousing corp."


def test_a_waiver_letter_is_a_waiver_titled_by_its_subject_dated_and_governed() -> None:
    x = extract_text(WAIVER_LETTER)
    own = _own(x)
    assert str(own.props["title"]).lower() == _WAIVER
    assert own.props["kind"] == "waiver"
    assert own.props["date"] == "2016-08-12"
    assert own.props["governing_law"] == "New York"
    credit = _entity(x, "Agreement", "credit agreement")
    assert credit.props["date"] == "2014-06-30"


def test_a_waiver_letter_makes_the_agent_the_borrower_and_the_accepting_guarantors_parties() -> (
    None
):
    x = extract_text(WAIVER_LETTER)
    roles = _roles(x, _WAIVER)
    assert {_BANK, _HARBOR, _TRUCKING, _CASCO} <= set(roles)
    assert roles[_TRUCKING] == roles[_CASCO] == "Guarantor"
    assert roles[_HARBOR] == "Borrower"
    assert {_BANK, _HARBOR} <= set(_roles(x, "credit agreement"))
    assert _TRUCKING not in _roles(x, "credit agreement")
    assert (_BANK, _HARBOR) in _low(x, "LENDS_TO")
    assert not {(g, _HARBOR) for g in (_TRUCKING, _CASCO)} & _low(x, "LENDS_TO")


def test_a_waiver_letter_waives_the_covenant_default_and_the_guarantors_secure() -> None:
    x = extract_text(WAIVER_LETTER)
    n = _names(x)
    waives = [r for r in x.relations if r.type == "WAIVES"]
    assert {(n[r.source], n[r.target]) for r in waives} == {(_BANK, "credit agreement")}
    what = str(waives[0].props.get("what") or "")
    assert "Fixed Charge Coverage Ratio" in what or "Specified Default" in what
    assert waives[0].props.get("condition")
    secures = _low(x, "SECURES")
    assert {(_TRUCKING, "credit agreement"), (_CASCO, "credit agreement")} <= secures
    assert (_BANK, "credit agreement") not in secures


def test_a_waiver_letter_is_signed_by_the_agent_the_borrower_and_the_guarantors() -> None:
    signed = _signed(extract_text(WAIVER_LETTER))
    assert signed[("thomas whitfield", _WAIVER)] == ("Senior Vice President", _BANK)
    assert signed[("ellen langford", _WAIVER)] == ("Chief Financial Officer", _HARBOR)
    assert ("marcus bell", _WAIVER) in signed


# 2. A first amendment with the guarantors' consent and reaffirmation at its end. Expected:
# "First Amendment to Credit Agreement" (amendment no. 1, 2019-11-04, Colorado law) AMENDS the
# Credit Agreement of 2017-02-15. Silverlake Brewing Company (Borrower), Front Range National
# Bank (Administrative Agent and a Lender) and Peakview Bank (a Lender) are party to both; each
# Lender lends to the Borrower. The "Consent and Reaffirmation of Guarantors" is its own
# agreement: Silverlake Distribution, LLC, Silverlake Taprooms, Inc. and Mountain Hops Supply
# Co. (named only by their signatures) are party to it and to the Guaranty of 2017-02-15 as
# Guarantors, and each SECURES the Credit Agreement; none of them lends or is a party of the
# amendment's lenders. Rachel Ortiz signs the amendment for the Borrower and the consent for
# the first guarantor.
FIRST_AMENDMENT = """FIRST AMENDMENT TO CREDIT AGREEMENT

THIS FIRST AMENDMENT TO CREDIT AGREEMENT (this "Amendment") is entered into as of November 4,
2019, among SILVERLAKE BREWING COMPANY, a Colorado corporation (the "Borrower"), the banks and
other financial institutions party hereto (the "Lenders"), and FRONT RANGE NATIONAL BANK, as
administrative agent for the Lenders (in such capacity, the "Administrative Agent").

RECITALS

A. The Borrower, the Lenders and the Administrative Agent are parties to a Credit Agreement
dated as of February 15, 2017 (as amended prior to the date hereof, the "Credit Agreement").

B. The Borrower has requested that the Lenders amend the Credit Agreement as set forth below,
and the Lenders are willing to do so on the terms and conditions of this Amendment.

NOW, THEREFORE, in consideration of the premises and the mutual agreements herein, the parties
agree as follows:

1. Amendments. (a) The definition of "Maturity Date" in Section 1.01 of the Credit Agreement
is amended by deleting "February 15, 2022" and inserting "February 15, 2024" in lieu thereof.

(b) Section 2.01 of the Credit Agreement is amended by deleting "$40,000,000" and inserting
"$55,000,000" in lieu thereof.

2. Conditions Precedent. This Amendment shall become effective when the Administrative Agent
has received counterparts of this Amendment executed by the Borrower, each Lender and each
Guarantor.

3. Governing Law. This Amendment shall be governed by and construed in accordance with the laws
of the State of Colorado.

IN WITNESS WHEREOF, the parties hereto have caused this Amendment to be duly executed as of the
date first above written.

SILVERLAKE BREWING COMPANY

By: /s/ Rachel Ortiz
Name: Rachel Ortiz
Title: Chief Financial Officer

FRONT RANGE NATIONAL BANK,
as Administrative Agent and as a Lender

By: /s/ Gordon Pike
Name: Gordon Pike
Title: Senior Vice President

PEAKVIEW BANK,
as a Lender

By: /s/ Lena Hoffman
Name: Lena Hoffman
Title: Vice President

CONSENT AND REAFFIRMATION OF GUARANTORS

Each of the undersigned (each, a "Guarantor") hereby (a) consents to the execution and delivery
of the foregoing First Amendment to Credit Agreement, (b) reaffirms its obligations under the
Guaranty dated as of February 15, 2017 made by the Guarantors in favor of the Administrative
Agent for the benefit of the Lenders (the "Guaranty"), and (c) agrees that the Guaranty remains
in full force and effect and continues to guarantee the Obligations under the Credit Agreement
as amended by the Amendment.

SILVERLAKE DISTRIBUTION, LLC

By: /s/ Rachel Ortiz
Name: Rachel Ortiz
Title: Manager

SILVERLAKE TAPROOMS, INC.

By: /s/ Rachel Ortiz
Name: Rachel Ortiz
Title: Treasurer

MOUNTAIN HOPS SUPPLY CO.

By: /s/ Rachel Ortiz
Name: Rachel Ortiz
Title: Treasurer
"""

_AMENDMENT = "first amendment to credit agreement"
_SILVER, _FRONT, _PEAK = "silverlake brewing company", "front range national bank", "peakview bank"
_GUARANTORS = (
    "silverlake distribution, llc",
    "silverlake taprooms, inc.",
    "mountain hops supply co.",
)


def test_a_first_amendment_amends_the_credit_agreement_and_its_lenders_lend() -> None:
    x = extract_text(FIRST_AMENDMENT)
    own = _own(x)
    assert (str(own.props["title"]).lower(), own.props["kind"]) == (_AMENDMENT, "amendment")
    assert own.props["date"] == "2019-11-04"
    assert own.props["governing_law"] == "Colorado"
    assert own.props["amendment_number"] == 1
    assert _entity(x, "Agreement", "credit agreement").props["date"] == "2017-02-15"
    assert (_AMENDMENT, "credit agreement") in _low(x, "AMENDS")
    assert {_SILVER, _FRONT, _PEAK} <= set(_roles(x, _AMENDMENT))
    assert {(_FRONT, _SILVER), (_PEAK, _SILVER)} <= _low(x, "LENDS_TO")
    signed = _signed(x)
    assert signed[("rachel ortiz", _AMENDMENT)] == ("Chief Financial Officer", _SILVER)
    assert signed[("gordon pike", _AMENDMENT)][1] == _FRONT
    assert signed[("lena hoffman", _AMENDMENT)][1] == _PEAK


def test_the_guarantors_of_a_consent_and_reaffirmation_are_named_by_their_signatures() -> None:
    x = extract_text(FIRST_AMENDMENT)
    consent = "consent and reaffirmation of guarantors"
    assert _entity(x, "Agreement", consent).props["kind"] == "consent"
    roles = _roles(x, consent)
    for g in _GUARANTORS:
        assert roles.get(g) == "Guarantor", g
        assert (g, "credit agreement") in _low(x, "SECURES")
        assert _roles(x, "guaranty").get(g) == "Guarantor", g
        assert g not in _roles(x, _AMENDMENT) or _roles(x, _AMENDMENT)[g] == "Guarantor"
    assert not {s for s, _ in _low(x, "LENDS_TO")} & set(_GUARANTORS)
    assert ("rachel ortiz", consent) in _signed(x)


# 3. A standalone continuing guaranty. Expected: "Continuing Guaranty" (kind guaranty,
# 2018-05-02, Florida law). Blue Heron Holdings, LLC (Guarantor) and Gulfstream Community Bank
# (Lender, the beneficiary) are party to it; Blue Heron Marine Services, Inc. (Borrower) is not.
# The Loan Agreement of 2018-05-02 is referenced with the Borrower and the bank as its parties;
# the bank lends to the Borrower; the guarantor SECURES the Loan Agreement. Nadia Brooks signs
# for the guarantor as its Managing Member.
GUARANTY = """CONTINUING GUARANTY

FOR VALUE RECEIVED, and in consideration of any loan or other financial accommodation
heretofore or hereafter at any time made or granted to BLUE HERON MARINE SERVICES, INC., a
Florida corporation (the "Borrower"), by GULFSTREAM COMMUNITY BANK (the "Lender"), the
undersigned, BLUE HERON HOLDINGS, LLC, a Delaware limited liability company (the
"Guarantor"), hereby absolutely and unconditionally guarantees to the Lender the full and
prompt payment when due, whether at maturity or earlier by acceleration or otherwise, of all
Obligations of the Borrower. "Obligations" means all loans, advances, debts and liabilities of
the Borrower to the Lender, including those arising under the Loan Agreement dated as of May 2,
2018 between the Borrower and the Lender (the "Loan Agreement").

1. Continuing Guaranty. This is a continuing guaranty of payment and not of collection and
shall remain in full force and effect until all Obligations have been paid in full.

2. Waivers. The Guarantor waives presentment, demand, protest and notice of acceptance of this
Guaranty.

3. Governing Law. This Guaranty shall be governed by and construed in accordance with the laws
of the State of Florida.

Dated: May 2, 2018

GUARANTOR:

BLUE HERON HOLDINGS, LLC

By: /s/ Nadia Brooks
Name: Nadia Brooks
Title: Managing Member
"""

_GUARANTY, _HOLD = "continuing guaranty", "blue heron holdings, llc"
_MARINE, _GULF = "blue heron marine services, inc.", "gulfstream community bank"


def test_a_continuing_guaranty_names_its_guarantor_its_lender_and_what_it_secures() -> None:
    x = extract_text(GUARANTY)
    own = _own(x)
    assert (str(own.props["title"]).lower(), own.props["kind"]) == (_GUARANTY, "guaranty")
    assert own.props["date"] == "2018-05-02"
    assert own.props["governing_law"] == "Florida"
    roles = _roles(x, _GUARANTY)
    assert roles.get(_HOLD) == "Guarantor"
    assert roles.get(_GULF) == "Lender"
    assert _MARINE not in roles
    assert {_MARINE, _GULF} <= set(_roles(x, "loan agreement"))
    assert (_GULF, _MARINE) in _low(x, "LENDS_TO")
    assert (_HOLD, "loan agreement") in _low(x, "SECURES")
    assert _signed(x)[("nadia brooks", _GUARANTY)] == ("Managing Member", _HOLD)


# The same shape in other words: two individuals, "each of the undersigned", the "Bank".
GUARANTY_BY_INDIVIDUALS = (
    GUARANTY.replace(
        "the\nundersigned, BLUE HERON HOLDINGS, LLC, a Delaware limited liability company (the\n"
        '"Guarantor"), hereby absolutely and unconditionally guarantees',
        'each of the\nundersigned, LAURA M. FENTON and GREGORY A. FENTON (each, a "Guarantor" and '
        'together, the\n"Guarantors"), hereby jointly and severally, absolutely and '
        "unconditionally guarantees",
    )
    .replace('(the "Lender")', '(the "Bank")')
    .replace("the Lender", "the Bank")
    .replace(
        "GUARANTOR:\n\nBLUE HERON HOLDINGS, LLC\n\nBy: /s/ Nadia Brooks\nName: Nadia Brooks\n"
        "Title: Managing Member\n",
        "GUARANTORS:\n\n/s/ Laura M. Fenton\nLaura M. Fenton\n\n/s/ Gregory A. Fenton\n"
        "Gregory A. Fenton\n",
    )
)


def test_a_guaranty_by_two_individuals_each_of_the_undersigned_to_a_bank() -> None:
    text = GUARANTY_BY_INDIVIDUALS
    assert "Fenton" in text and "Nadia" not in text and '"Bank"' in text
    x = extract_text(text)
    roles = _roles(x, _GUARANTY)
    for g in ("laura m. fenton", "gregory a. fenton"):
        assert roles.get(g) == "Guarantor", g
        assert (g, "loan agreement") in _low(x, "SECURES")
    assert roles.get(_GULF) == "Bank"
    assert (_GULF, _MARINE) in _low(x, "LENDS_TO")


# 4. A loan agreement with a security grant and its revolving credit note as an exhibit.
# Expected: "Loan Agreement" (loan_agreement, 2021-09-09, Oregon law) between Pinecrest
# Organics, Inc. (Borrower) and Cascade Valley Bank (Bank); the bank lends to the Borrower
# ($4,000,000); the Collateral SECURES the Loan Agreement. The Revolving Credit Note is an
# instrument of its own ($4,000,000, dated 2021-09-09, maturing 2023-09-09) issued under the
# Loan Agreement: the Borrower ISSUES it, the bank HOLDS it. Owen Marsh signs the agreement and
# the note for the Borrower, Julia Tan the agreement for the bank.
LOAN_AGREEMENT = """LOAN AGREEMENT

THIS LOAN AGREEMENT (this "Agreement") is dated as of September 9, 2021, by and between
PINECREST ORGANICS, INC., an Oregon corporation ("Borrower"), and CASCADE VALLEY BANK, an Oregon
state-chartered bank ("Bank").

1. THE REVOLVING CREDIT.

1.1 Revolving Line. Subject to the terms of this Agreement, Bank agrees to make advances to
Borrower from time to time before the Maturity Date in an aggregate principal amount
outstanding at any time not to exceed $4,000,000 (the "Revolving Line").

1.2 Revolving Credit Note. The advances shall be evidenced by a revolving credit note of
Borrower in the form of Exhibit A (the "Note"), payable to the order of Bank.

1.3 Maturity Date. All advances shall be repaid on September 9, 2023 (the "Maturity Date").

2. SECURITY INTEREST. To secure the payment and performance of all obligations of Borrower to
Bank under this Agreement and the Note (the "Obligations"), Borrower hereby grants to Bank a
continuing security interest in all of Borrower's right, title and interest in the following
property, whether now owned or hereafter acquired (collectively, the "Collateral"): (a) all
accounts; (b) all inventory; (c) all equipment; (d) all general intangibles; and (e) all
proceeds of the foregoing.

3. GOVERNING LAW. This Agreement shall be governed by the laws of the State of Oregon.

IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written above.

BORROWER:                               BANK:

PINECREST ORGANICS, INC.                CASCADE VALLEY BANK

By: /s/ Owen Marsh                      By: /s/ Julia Tan
Name: Owen Marsh                        Name: Julia Tan
Title: President                        Title: Vice President

EXHIBIT A

REVOLVING CREDIT NOTE

$4,000,000                                                          Portland, Oregon
                                                                   September 9, 2021

FOR VALUE RECEIVED, PINECREST ORGANICS, INC., an Oregon corporation ("Borrower"), promises to
pay to the order of CASCADE VALLEY BANK ("Bank") the principal sum of Four Million Dollars
($4,000,000), or, if less, the aggregate unpaid principal amount of all advances made by Bank
to Borrower under the Loan Agreement dated as of September 9, 2021 between Borrower and Bank
(the "Loan Agreement"), on September 9, 2023, with interest on the unpaid principal balance at
the rate provided in the Loan Agreement. This Note is the Note referred to in the Loan Agreement
and is secured by the Collateral described therein.

PINECREST ORGANICS, INC.

By: /s/ Owen Marsh
Name: Owen Marsh
Title: President
"""

_LOAN, _NOTE = "loan agreement", "revolving credit note"
_PINE, _CASCADE = "pinecrest organics, inc.", "cascade valley bank"


def test_a_loan_agreement_with_a_security_grant_lends_and_its_collateral_secures() -> None:
    x = extract_text(LOAN_AGREEMENT)
    own = _own(x)
    assert (str(own.props["title"]).lower(), own.props["kind"]) == (_LOAN, "loan_agreement")
    assert own.props["date"] == "2021-09-09"
    assert own.props["governing_law"] == "Oregon"
    assert [e for e in x.entities if e.label == "Agreement"] == [own]  # the note is no agreement
    roles = _roles(x, _LOAN)
    assert (roles.get(_PINE), roles.get(_CASCADE)) == ("Borrower", "Bank")
    lends = [r for r in x.relations if r.type == "LENDS_TO"]
    assert {(_names(x)[r.source], _names(x)[r.target]) for r in lends} == {(_CASCADE, _PINE)}
    assert lends[0].props.get("amount") == 4000000
    assert ("collateral", _LOAN) in _low(x, "SECURES")
    signed = _signed(x)
    assert signed[("owen marsh", _LOAN)] == ("President", _PINE)
    assert signed[("julia tan", _LOAN)] == ("Vice President", _CASCADE)


def test_the_revolving_credit_note_of_a_loan_agreement_is_its_own_instrument() -> None:
    x = extract_text(LOAN_AGREEMENT)
    notes = [e for e in x.entities if e.label == "Instrument" and e.props.get("kind") == "note"]
    assert [str(e.props["title"]).lower() for e in notes] == [_NOTE]
    note = notes[0].props
    assert (note.get("amount"), note.get("date"), note.get("maturity_date")) == (
        4000000,
        "2021-09-09",
        "2023-09-09",
    )
    assert (_PINE, _NOTE) in _low(x, "ISSUES")
    assert (_CASCADE, _NOTE) in _low(x, "HOLDS")
    assert (_NOTE, _LOAN) in _low(x, "ISSUED_UNDER")
    assert ("owen marsh", _NOTE) in _signed(x)


# 5. A pledge agreement. Expected: "Pledge Agreement" (pledge_agreement, 2020-03-01, New York
# law) made by Ironwood Industrial Holdings, Inc. (Pledgor) in favor of Northstar Capital
# Finance, LLC (Collateral Agent), both party to it. The Term Loan Agreement of 2020-03-01 is
# referenced, with Ironwood Fabrication Co. (the Company, the borrower) and the Collateral Agent
# party to it (the Pledgor is not: it owns the Company). The Pledged Collateral and the Pledgor
# SECURE the Term Loan Agreement. The Collateral Agent is no lender (the Lenders are not named).
# Victor Lindqvist signs for the Pledgor, Sandra Wu for the Collateral Agent.
PLEDGE = """PLEDGE AGREEMENT

THIS PLEDGE AGREEMENT (this "Agreement"), dated as of March 1, 2020, is made by IRONWOOD
INDUSTRIAL HOLDINGS, INC., a Delaware corporation (the "Pledgor"), in favor of NORTHSTAR
CAPITAL FINANCE, LLC, a Delaware limited liability company, as collateral agent (in such
capacity, the "Collateral Agent") for the benefit of the Secured Parties (as defined below).

RECITALS

WHEREAS, Ironwood Fabrication Co., an Ohio corporation and a wholly-owned subsidiary of the
Pledgor (the "Company"), the lenders from time to time party thereto (the "Lenders") and the
Collateral Agent are parties to a Term Loan Agreement dated as of March 1, 2020 (the "Loan
Agreement"), pursuant to which the Lenders have agreed to make term loans to the Company in an
aggregate principal amount of $30,000,000; and

WHEREAS, it is a condition precedent to the obligation of the Lenders to make the term loans
that the Pledgor shall have executed and delivered this Agreement.

NOW, THEREFORE, the Pledgor agrees with the Collateral Agent as follows:

1. Definitions. "Secured Obligations" means all obligations of the Company under the Loan
Agreement and the other Loan Documents. "Secured Parties" means the Collateral Agent and the
Lenders.

2. Pledge. As security for the prompt payment and performance in full of the Secured
Obligations, the Pledgor hereby pledges, assigns and grants to the Collateral Agent, for the
benefit of the Secured Parties, a security interest in all of the following (collectively, the
"Pledged Collateral"): (a) 1,000 shares of common stock, par value $0.01 per share, of the
Company, constituting all of the issued and outstanding capital stock of the Company, and the
certificates representing such shares; (b) all dividends and distributions on such shares; and
(c) all proceeds of the foregoing.

3. Governing Law. This Agreement shall be governed by, and construed in accordance with, the
laws of the State of New York.

IN WITNESS WHEREOF, the Pledgor has caused this Agreement to be duly executed as of the date
first above written.

IRONWOOD INDUSTRIAL HOLDINGS, INC.,
as Pledgor

By: /s/ Victor Lindqvist
Name: Victor Lindqvist
Title: President

ACKNOWLEDGED AND ACCEPTED:

NORTHSTAR CAPITAL FINANCE, LLC,
as Collateral Agent

By: /s/ Sandra Wu
Name: Sandra Wu
Title: Managing Director
"""

_PLEDGE, _TERM = "pledge agreement", "term loan agreement"
_PLEDGOR, _AGENT = "ironwood industrial holdings, inc.", "northstar capital finance, llc"
_FAB = "ironwood fabrication co."


def test_a_pledge_agreement_names_its_pledgor_its_agent_and_what_the_pledge_secures() -> None:
    x = extract_text(PLEDGE)
    own = _own(x)
    assert (str(own.props["title"]).lower(), own.props["kind"]) == (_PLEDGE, "pledge_agreement")
    assert own.props["date"] == "2020-03-01"
    assert own.props["governing_law"] == "New York"
    roles = _roles(x, _PLEDGE)
    assert (roles.get(_PLEDGOR), roles.get(_AGENT)) == ("Pledgor", "Collateral Agent")
    assert _FAB not in roles
    term = _entity(x, "Agreement", _TERM)
    assert term.props["date"] == "2020-03-01"
    assert {_FAB, _AGENT} <= set(_roles(x, _TERM))
    assert _PLEDGOR not in _roles(x, _TERM)  # "a wholly-owned subsidiary of the Pledgor"
    secures = _low(x, "SECURES")
    assert {("pledged collateral", _TERM), (_PLEDGOR, _TERM)} <= secures
    assert not {t for s, t in _low(x, "LENDS_TO") if s == _AGENT}
    signed = _signed(x)
    assert signed[("victor lindqvist", _PLEDGE)] == ("President", _PLEDGOR)
    assert signed[("sandra wu", _PLEDGE)] == ("Managing Director", _AGENT)


# 1b. A waiver letter from a single bank under a loan agreement, in other words. Expected: the
# Bank WAIVES the Loan Agreement (Section 7.2's Debt Service Coverage Ratio for the quarter ended
# March 31, 2012, on a condition), lends to the Borrower; the individual who signs under
# "GUARANTOR:" is party to the letter and SECURES the Loan Agreement.
BANK_WAIVER_LETTER = """CEDAR RIVER BANK

May 3, 2012

Prairie Wind Foods, LLC
12 Mill Road
Cedar Rapids, Iowa 52401

Re: Limited Waiver

Ladies and Gentlemen:

We refer to the Loan Agreement dated as of October 1, 2010 (the "Loan Agreement") between
Prairie Wind Foods, LLC, an Iowa limited liability company (the "Borrower"), and Cedar River
Bank (the "Bank"), and to the Guaranty of the same date given by Thomas J. Keller (the
"Guarantor") in favor of the Bank.

The Borrower did not maintain the Debt Service Coverage Ratio required by Section 7.2 of the
Loan Agreement for the fiscal quarter ended March 31, 2012. The Bank hereby waives that
noncompliance for such fiscal quarter only; provided that the Borrower delivers to the Bank its
audited financial statements for fiscal year 2011 by June 30, 2012.

This letter shall be governed by the laws of the State of Iowa.

Sincerely,

CEDAR RIVER BANK

By: /s/ Anne Holt
Anne Holt, Vice President

Acknowledged and agreed:

PRAIRIE WIND FOODS, LLC

By: /s/ Paul Dietz
Paul Dietz, Manager

GUARANTOR:

/s/ Thomas J. Keller
Thomas J. Keller
"""


def test_a_waiver_letter_from_a_single_bank_accepted_by_an_individual_guarantor() -> None:
    x = extract_text(BANK_WAIVER_LETTER)
    own = _own(x)
    assert own.props["kind"] == "waiver"
    assert own.props["date"] == "2012-05-03"
    assert own.props["governing_law"] == "Iowa"
    bank, borrower, keller = "cedar river bank", "prairie wind foods, llc", "thomas j. keller"
    title = str(own.props["title"]).lower()
    roles = _roles(x, title)
    assert {bank, borrower, keller} <= set(roles)
    assert _low(x, "WAIVES") == {(bank, "loan agreement")}
    waiver = next(r for r in x.relations if r.type == "WAIVES")
    assert "Debt Service Coverage Ratio" in str(waiver.props["what"])
    assert waiver.props.get("condition")
    assert (bank, borrower) in _low(x, "LENDS_TO")
    assert (keller, "loan agreement") in _low(x, "SECURES")
    assert (bank, "loan agreement") not in _low(x, "SECURES")


# 2b. A consent of guarantors under a "GUARANTORS:" caption whose text names the Subsidiary
# Guaranty. Expected: each company below the caption is party to the consent and to the
# Subsidiary Guaranty as a guarantor and SECURES the Credit Agreement.
CONSENT_OF_GUARANTORS = FIRST_AMENDMENT[: FIRST_AMENDMENT.index("CONSENT AND REAFFIRMATION")] + (
    """CONSENT OF GUARANTORS

Each Guarantor hereby consents to the foregoing Amendment and agrees that the Subsidiary
Guaranty executed by it remains in full force and effect and continues to guarantee the
Obligations under the Credit Agreement.

GUARANTORS:

SILVERLAKE DISTRIBUTION, LLC

By: /s/ Rachel Ortiz
Name: Rachel Ortiz
Title: Manager

MOUNTAIN HOPS SUPPLY CO.

By: /s/ Dale Price
Name: Dale Price
Title: President
"""
)


def test_a_consent_of_guarantors_under_a_caption_names_the_subsidiary_guaranty() -> None:
    x = extract_text(CONSENT_OF_GUARANTORS)
    consent = "consent of guarantors"
    for g in ("silverlake distribution, llc", "mountain hops supply co."):
        assert _roles(x, consent).get(g) == "Guarantor", g
        assert "Guarantor" in _roles(x, "subsidiary guaranty").get(g, ""), g
        assert (g, "credit agreement") in _low(x, "SECURES")
    assert ("dale price", consent) in _signed(x)


# 3b. A guaranty of a credit agreement given to an agent by several companies. Expected: each
# company is party to the Guaranty as a Guarantor and SECURES the Credit Agreement; the
# Administrative Agent is party to the Guaranty as such; the agent does not lend.
AGENT_GUARANTY = """SUBSIDIARY GUARANTY

THIS SUBSIDIARY GUARANTY (this "Guaranty"), dated as of July 1, 2015, is made by each of the
undersigned, OSPREY DATA SERVICES LLC, a Delaware limited liability company, and OSPREY FIELD
SYSTEMS, INC., a Texas corporation (each, a "Guarantor" and, collectively, the "Guarantors"),
in favor of KEYSTONE COMMERCIAL BANK, N.A., as administrative agent (the "Administrative
Agent") for the Lenders party to the Credit Agreement referred to below.

RECITALS

Osprey Analytics Corp., a Delaware corporation (the "Borrower"), the lenders party thereto (the
"Lenders") and the Administrative Agent are parties to a Credit Agreement dated as of July 1,
2015 (the "Credit Agreement").

1. Guaranty. Each Guarantor hereby jointly and severally guarantees to the Administrative
Agent, for the benefit of the Lenders, the prompt payment of all Obligations of the Borrower
under the Credit Agreement.

2. Governing Law. This Guaranty shall be governed by the laws of the State of New York.

OSPREY DATA SERVICES LLC

By: /s/ Mei Chen
Name: Mei Chen
Title: Treasurer

OSPREY FIELD SYSTEMS, INC.

By: /s/ Mei Chen
Name: Mei Chen
Title: Treasurer
"""


def test_a_subsidiary_guaranty_to_an_agent_by_each_of_the_undersigned() -> None:
    x = extract_text(AGENT_GUARANTY)
    own = _own(x)
    title = str(own.props["title"]).lower()
    assert (title, own.props["kind"], own.props["date"]) == (
        "subsidiary guaranty",
        "guaranty",
        "2015-07-01",
    )
    roles = _roles(x, title)
    for g in ("osprey data services llc", "osprey field systems, inc."):
        assert roles.get(g) == "Guarantor", g
        assert (g, "credit agreement") in _low(x, "SECURES")
    assert roles.get("keystone commercial bank, n.a.") == "Administrative Agent"
    assert "osprey analytics corp." not in roles
    assert not {s for s, _ in _low(x, "LENDS_TO")} & {"keystone commercial bank, n.a."}


# 5b. A stock pledge by two holders to a bank, in other words. Expected: both pledgors are
# party to the pledge as Pledgors and SECURE the Loan Agreement, as does the Pledged
# Collateral; the Bank is party to the pledge and lends to the Borrower.
TWO_PLEDGORS = """STOCK PLEDGE AGREEMENT

This STOCK PLEDGE AGREEMENT (this "Agreement") is made as of April 30, 2007 by WESTLAKE
HOLDINGS, INC., a Nevada corporation, and DANA R. WHITMORE, an individual (each, a "Pledgor" and
together, the "Pledgors"), in favor of SIERRA MOUNTAIN BANK (the "Bank").

RECITALS

A. The Bank has agreed to make a loan to Westlake Manufacturing, Inc., a Nevada corporation (the
"Borrower"), pursuant to a Loan Agreement dated as of April 30, 2007 between the Borrower and
the Bank (the "Loan Agreement").

B. Each Pledgor owns shares of the capital stock of the Borrower.

1. Pledge. To secure the payment of all obligations of the Borrower under the Loan Agreement,
each Pledgor hereby pledges to the Bank and grants to the Bank a security interest in all shares
of the capital stock of the Borrower now or hereafter owned by it (the "Pledged Collateral").

2. Governing Law. This Agreement shall be governed by the laws of the State of Nevada.

WESTLAKE HOLDINGS, INC.

By: /s/ Dana R. Whitmore
Name: Dana R. Whitmore
Title: President

/s/ Dana R. Whitmore
Dana R. Whitmore, individually

SIERRA MOUNTAIN BANK

By: /s/ Lucas Ford
Name: Lucas Ford
Title: Senior Vice President
"""


def test_a_stock_pledge_by_two_pledgors_to_a_bank() -> None:
    x = extract_text(TWO_PLEDGORS)
    own = _own(x)
    title = str(own.props["title"]).lower()
    assert (title, own.props["kind"], own.props["date"]) == (
        "stock pledge agreement",
        "pledge_agreement",
        "2007-04-30",
    )
    assert own.props["governing_law"] == "Nevada"
    roles = _roles(x, title)
    bank, borrower = "sierra mountain bank", "westlake manufacturing, inc."
    for p in ("westlake holdings, inc.", "dana r. whitmore"):
        assert roles.get(p) == "Pledgor", p
        assert (p, "loan agreement") in _low(x, "SECURES")
    assert roles.get(bank) == "Bank"
    assert borrower not in roles
    assert ("pledged collateral", "loan agreement") in _low(x, "SECURES")
    assert (bank, borrower) in _low(x, "LENDS_TO")
    assert ("lucas ford", title) in _signed(x)
