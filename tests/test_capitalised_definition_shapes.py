"""Definitions of the 1990s bank forms in capitals, with a qualified guarantor and tranches
defined by their commitments: '"SPONSOR GUARANTOR" shall mean Larch Holdings (Nevada), Inc., a
Nevada corporation', '"SPONSOR GUARANTY" shall mean that certain Guaranty dated as of ...,
executed by the Sponsor Guarantor in favor of the Lender', '"TRANCHE A COMMITMENT" shall mean
the obligation of the Lender to make Tranche A Loans ... up to but not exceeding $4,250,000'.

Passages written for the test (names, dates and amounts invented); never copied from a filing.
Blind annotation h7-a found the shapes (credit-dev, tuned half).
"""

from __future__ import annotations

from tests.passages import OWN, edges, extract_text

_FORM = (
    "CREDIT AGREEMENT (this \u201cAgreement\u201d) dated as of June 2, 1998 by and between"
    " BRIGHTON FORMS, INC., a Delaware corporation (the \u201cCompany\u201d) and COASTAL"
    " NATIONAL BANK, N.A. (the \u201cLender\u201d).\n\n"
    "1.1 CERTAIN DEFINED TERMS\n\n"
    "\u201cSPONSOR GUARANTOR\u201d shall mean Larch Holdings (Nevada), Inc., a Nevada"
    " corporation.\n\n"
    "\u201cSPONSOR GUARANTY\u201d shall mean that certain Guaranty dated as of March 3, 1996,"
    " executed by the Sponsor Guarantor in favor of the Lender.\n\n"
    "\u201cTRANCHE A COMMITMENT\u201d shall mean the obligation of the Lender to make Tranche A"
    " Loans to the Company in an aggregate principal amount at any one time outstanding up to"
    " but not exceeding $4,250,000.\n\n"
    "\u201cTRANCHE B COMMITMENT\u201d shall mean the obligation of the Lender to make Tranche B"
    " Loans to the Company in an aggregate principal amount at any one time outstanding up to"
    " but not exceeding $1,750,000.\n\n"
    "2.1 AMOUNT OF LOANS. The Lender agrees to make Tranche A Loans and Tranche B Loans.\n"
)


def test_a_qualified_guarantor_stands_behind_the_agreement_and_is_party_to_its_guaranty() -> None:
    x = extract_text(_FORM)
    secures = {(a.upper(), b) for a, b in edges(x, "SECURES")}
    own = next(b for a, b in edges(x, "ISSUED_UNDER"))
    assert ("LARCH HOLDINGS (NEVADA), INC.", own) in secures
    guaranties = {b for a, b in edges(x, "PARTY_TO") if a.upper().startswith("LARCH")}
    assert len(guaranties) == 1  # one guaranty of that date, not one more of the term's own


def test_each_tranche_commitment_is_a_facility_with_its_amount() -> None:
    x = extract_text(_FORM)
    facilities = {
        str(e.props["title"]).upper(): e.props.get("amount")
        for e in x.entities
        if e.label == "Instrument" and e.props.get("kind") == "credit_facility"
    }
    assert facilities == {"TRANCHE A COMMITMENT": 4250000, "TRANCHE B COMMITMENT": 1750000}
    under = {(a.upper(), b) for a, b in edges(x, "ISSUED_UNDER")}
    assert {a for a, _ in under} == {"TRANCHE A COMMITMENT", "TRANCHE B COMMITMENT"}
    assert all(r.target == OWN for r in x.relations if r.type == "ISSUED_UNDER")
