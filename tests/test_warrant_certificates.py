"""A warrant written as a certificate ("WARRANT CERTIFICATE / TO PURCHASE SHARES OF COMMON STOCK
OF ... / VOID AFTER 5:00 P.M. ... ON ...", "THIS CERTIFIES THAT, for value received, X ... is
entitled to purchase from Y ..."), issued with a loan, and a placement agent's warrant "issued to
the Holder pursuant to" the placement agency agreement. Passages written for this test."""

from __future__ import annotations

from ingest.agreements.kinds import classify
from tests.passages import OWN, edges, extract_text

CERTIFICATE = (
    "No. W-3                                                 75,000 Shares\n\n"
    "                          WARRANT CERTIFICATE\n\n"
    "                   TO PURCHASE SHARES OF COMMON STOCK OF\n\n"
    "                          BRAXTON FOODS, INC.\n\n"
    "                  VOID AFTER 5:00 P.M., CHICAGO TIME,\n"
    "                            ON MARCH 31, 2004\n\n\n"
    "     THIS CERTIFIES THAT, for value received, LAKEVIEW MEZZANINE FUND, L.P., a Delaware\n"
    'limited partnership, or registered assigns (the "Holder"), is entitled to purchase from\n'
    'BRAXTON FOODS, INC., an Illinois corporation (the "Company"), at any time prior to 5:00\n'
    "p.m., Chicago time, on March 31, 2004, Seventy-Five Thousand (75,000) shares of the Common\n"
    'Stock of the Company at a purchase price of $2.125 per share (the "Exercise Price").\n\n'
    "     This Warrant is issued pursuant to Section 6.2 of the Loan Agreement dated as of March\n"
    '31, 1999 (the "Loan Agreement") between the Company and the Holder, pursuant to which the\n'
    "Holder has made a term loan to the Company in the original principal amount of $4,000,000.\n"
    "\n     1.  GOVERNING LAW.  This Warrant shall be governed by the laws of the State of\n"
    "Illinois.\n\n"
    "     IN WITNESS WHEREOF, the Company has caused this Warrant Certificate to be signed by\n"
    "its duly authorized officer as of March 31, 1999.\n\n"
    "                                   BRAXTON FOODS, INC.\n\n"
    "                                   By  /s/ Harold M. Quist\n"
    "                                      ---------------------------------\n"
    "                                      Harold M. Quist\n"
    "                                      Its President\n"
)

AGENT_WARRANT = (
    "COMMON STOCK PURCHASE WARRANT\n\nSPRUCELINE MEDICAL, INC.\n\n"
    "THIS COMMON STOCK PURCHASE WARRANT (the \u201cWarrant\u201d) certifies that, for value "
    "received, Tillman Ross Securities LLC or its assigns (the \u201cHolder\u201d) is entitled "
    "to purchase from Spruceline Medical, Inc., a Delaware corporation (the \u201cCompany\u201d), "
    "up to 40,000 shares of Common Stock. This Warrant is issued to the Holder pursuant to that "
    "certain Placement Agency Agreement, dated as of June 6, 2018, by and between the Company "
    "and Tillman Ross Securities LLC, as placement agent (the \u201cPlacement Agency "
    "Agreement\u201d).\n\n"
    "SPRUCELINE MEDICAL, INC.\n\nBy: /s/ Ada Brennan\nName: Ada Brennan\nTitle: Chief Executive "
    "Officer\n"
)


def test_a_warrant_certificate_is_a_warrant() -> None:
    assert classify("WARRANT CERTIFICATE") == ("Instrument", "warrant")
    assert classify("Common Stock Purchase Warrant Certificate") == ("Instrument", "warrant")
    assert classify("Officer's Certificate") is None


def test_the_certificate_is_the_documents_own_warrant_dated_when_issued() -> None:
    x = extract_text(CERTIFICATE)
    own = next(e for e in x.entities if e.ref == OWN)
    assert own.label == "Instrument"
    assert own.props.get("kind") == "warrant"
    assert own.props.get("date") == "1999-03-31"  # not the day it is void after
    assert own.props.get("amount") is None  # the loan's principal is not the warrant's
    assert own.props.get("exercise_price") == 2.125


def test_the_certificate_names_its_issuer_holder_and_loan_agreement() -> None:
    x = extract_text(CERTIFICATE)
    assert ("BRAXTON FOODS, INC.", "Warrant Certificate") in edges(x, "ISSUES")
    assert ("LAKEVIEW MEZZANINE FUND, L.P.", "Warrant Certificate") in edges(x, "HOLDS")
    assert ("Warrant Certificate", "Loan Agreement") in edges(x, "ISSUED_UNDER")


def test_a_warrant_issued_to_the_holder_pursuant_to_an_agreement_is_issued_under_it() -> None:
    x = extract_text(AGENT_WARRANT)
    assert ("Common Stock Purchase Warrant", "Placement Agency Agreement") in edges(
        x, "ISSUED_UNDER"
    )


def test_the_term_closing_an_agreements_description_is_not_its_last_partys() -> None:
    x = extract_text(AGENT_WARRANT)
    agent = next(e for e in x.entities if e.props.get("name") == "Tillman Ross Securities LLC")
    assert "Placement Agency Agreement" not in agent.aliases
