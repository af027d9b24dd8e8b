"""Security documents and collateral a credit agreement defines in two shapes the "means"
readers missed: the colon style of the modern bank forms, whose converted text breaks the line
after the colon ('"Security Agreement":' / 'A security agreement, in form and substance
satisfactory to the Agent, executed and delivered by the Borrower to the Agent'), and the
capitalised terms of the 1990s forms ('"COLLATERAL" means', '"SECURITY AGREEMENTS" shall mean
(a) the Security Agreements dated as of the date hereof and executed by the Company').

Passages written for the test (names, dates and amounts invented); never copied from a filing.
Blind annotation h7-a found the shapes (credit-dev, tuned half).
"""

from __future__ import annotations

from ingest.records import Extraction
from tests.passages import OWN, edges, entity_names, extract_text

_COLON_FORM = (
    "CREDIT AGREEMENT\n\n"
    "THIS CREDIT AGREEMENT, dated as of April 4, 2017, between CORVID DEVICES, INC., a Delaware"
    " corporation (the \u201cBorrower\u201d), and PINECREST BANK, a Utah state chartered bank,"
    " as Agent (in such capacity, the \u201cAgent\u201d).\n\n"
    "1.1 Defined Terms. As used in this Agreement:\n\n"
    "\u201cCollateral\u201d:\nAs defined in the Security Agreement, but which excludes the"
    " Excluded Collateral.\n\n"
    "\u201cMortgage\u201d:\nA deed of trust, in form and substance satisfactory to the Agent,"
    " executed and delivered by the Borrower to the Agent, as amended from time to time.\n\n"
    "\u201cSecurity Agreement\u201d:\nA security agreement, in form and substance satisfactory"
    " to the Agent, for the benefit of the Lender Parties, executed and delivered by the"
    " Borrower to the Agent, as amended from time to time.\n\n"
    "2.1 Loans. The Agent agrees to make loans to the Borrower of up to $4,000,000.\n"
)

_CAPITALISED_FORM = (
    "CREDIT AGREEMENT (this \u201cAgreement\u201d) dated as of May 6, 1996 by and between"
    " HOLLIS DATA, INC., a Texas corporation (the \u201cCompany\u201d) and FIRST PRAIRIE BANK,"
    " N.A. (the \u201cLender\u201d).\n\n"
    "1.1 CERTAIN DEFINED TERMS\n\n"
    "\u201cCOLLATERAL\u201d means any collateral security hereafter pledged by any Loan Party to"
    " secure the Obligations or any portion thereof.\n\n"
    "\u201cSECURITY AGREEMENTS\u201d shall mean (a) the Security Agreements dated as of the date"
    " hereof and executed by the Company and (b) each security agreement entered into after the"
    " Closing Date, in each case substantially in the form of Exhibit D.\n\n"
    "2.1 The Lender agrees to make loans to the Company of up to $2,500,000.\n"
)


def _upper(pairs: set[tuple[str, str]]) -> set[tuple[str, str]]:
    return {(a.upper(), b.upper()) for a, b in pairs}


def _secured_by(x: Extraction) -> set[tuple[str, str]]:
    """SECURES as (source, target) names, an asset named by its description."""
    n = {e.ref: str(e.props.get("name") or e.props.get("description")) for e in x.entities}
    n |= {k: v for k, v in entity_names(x).items() if v != "None"}
    return _upper({(n[r.source], n[r.target]) for r in x.relations if r.type == "SECURES"})


def test_colon_definitions_give_the_documents_their_parties() -> None:
    x = extract_text(_COLON_FORM)
    parties = _upper(edges(x, "PARTY_TO"))
    for document in ("SECURITY AGREEMENT", "MORTGAGE"):
        assert ("CORVID DEVICES, INC.", document) in parties
        assert ("PINECREST BANK", document) in parties


def test_colon_definitions_secure_the_credit_agreement() -> None:
    x = extract_text(_COLON_FORM)
    own = entity_names(x)[OWN].upper()
    secures = _secured_by(x)
    assert ("CORVID DEVICES, INC.", own) in secures
    assert ("COLLATERAL", own) in secures


def test_capitalised_terms_define_the_collateral_and_the_security_agreements() -> None:
    x = extract_text(_CAPITALISED_FORM)
    own = entity_names(x)[OWN].upper()
    assert ("COLLATERAL", own) in _secured_by(x)
    assert ("HOLLIS DATA, INC.", "SECURITY AGREEMENTS") in _upper(edges(x, "PARTY_TO"))


def test_a_colon_with_nothing_after_it_on_its_line_and_the_next_is_no_definition() -> None:
    text = _COLON_FORM.replace("\u201cMortgage\u201d:\nA deed", "\u201cMortgage\u201d:\n\nA deed")
    assert ("CORVID DEVICES, INC.", "MORTGAGE") not in _upper(edges(extract_text(text), "PARTY_TO"))
