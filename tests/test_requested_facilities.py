"""The credit facilities a preliminary statement requests by terms the agreement defines later:
"The Borrowers have requested that the Lenders lend ... consisting of U.S.$165,000,000 under the
Tranche A Term Facility (as hereinafter defined) ... and up to U.S.$100,000,000 under the
Revolving Credit Facility (as hereinafter defined)". Each is a facility of the own agreement with
the amount before "under"; another agreement's facility, a sentence that requests nothing and an
amendment add none.

Passages written for the test (names, dates and amounts invented); never copied from a filing.
Issue #13, helper h19-c (tuned filing lexpredict-1140415-2003-12-12 has the shape).
"""

from __future__ import annotations

from tests.passages import OWN, edges, entity_names, extract_text, facility_amounts
from tests.paths import CORPUS

_CREDIT_DEV = CORPUS / "credit-dev"

_PREAMBLE = (
    "CREDIT AGREEMENT\n\n"
    'CREDIT AGREEMENT dated as of August 2, 2002 (this "Agreement") among BRANSCOMBE\n'
    'INDUSTRIES, INC., a Delaware corporation (the "Company"), BRANSCOMBE B.V., a\n'
    'Netherlands company (the "Dutch Borrower"), the lenders party hereto (the "Lenders")\n'
    'and QUILLON BANK, as administrative agent (the "Agent").\n\n'
    "PRELIMINARY STATEMENTS:\n\n"
)

_TRANCHES = _PREAMBLE + (
    "     The Borrowers have requested that the Lenders lend to the Borrowers up to\n"
    "U.S.$500,000,000, consisting of U.S.$200,000,000 under the Term A Facility (as\n"
    "hereinafter defined) extended to the Company, the Equivalent in Euros of\n"
    "U.S.$50,000,000 under the Euro Term Facility (as hereinafter defined) extended to the\n"
    "Dutch Borrower and up to U.S.$250,000,000 under the Revolving Credit Facility (as\n"
    "hereinafter defined) to finance the Acquisition. The Lenders have indicated their\n"
    "willingness to lend such amounts on the terms of this Agreement.\n\n"
    '     "Term A Maturity Date" means August 2, 2008.\n\n'
    '     "Revolving Credit Termination Date" means August 2, 2007.\n'
)

_AGREED = _PREAMBLE + (
    "     WHEREAS, the Lenders have agreed to make to the Company $60,000,000 under the\n"
    "Acquisition Term Facility (as defined below) and $25,000,000 under the Working Capital\n"
    "Facility (as defined below), in each case on the terms and conditions hereof.\n"
)


def test_each_requested_facility_with_its_amount_is_issued_under_the_agreement() -> None:
    x = extract_text(_TRANCHES)
    assert facility_amounts(extract_text(_TRANCHES)) == {
        "Term A Facility": 200000000,
        "Euro Term Facility": None,
        "Revolving Credit Facility": 250000000,
    }
    own = entity_names(x)[OWN]
    assert {("Term A Facility", own), ("Revolving Credit Facility", own)} <= edges(
        x, "ISSUED_UNDER"
    )
    maturities = {e.props.get("title"): e.props.get("maturity_date") for e in x.entities}
    assert maturities["Term A Facility"] == "2008-08-02"
    assert maturities["Revolving Credit Facility"] == "2007-08-02"


def test_facilities_the_lenders_agreed_to_make_defined_below() -> None:
    assert facility_amounts(extract_text(_AGREED)) == {
        "Acquisition Term Facility": 60000000,
        "Working Capital Facility": 25000000,
    }


def test_another_agreements_facility_and_a_sentence_without_request_give_none() -> None:
    text = _PREAMBLE + (
        "     The Company has requested that the Lenders refinance $30,000,000 under the\n"
        "Existing Revolving Facility (as defined in the Existing Credit Agreement).\n\n"
        "     7.2 Indebtedness. The Company may incur Indebtedness of up to $5,000,000 under\n"
        "the Receivables Facility (as hereinafter defined).\n"
    )
    assert not {"Existing Revolving Facility", "Receivables Facility"} & set(
        facility_amounts(extract_text(text))
    )


def test_an_amendment_adds_no_facility_of_its_own() -> None:
    text = _AGREED.replace("CREDIT AGREEMENT", "SECOND AMENDMENT TO CREDIT AGREEMENT", 2)
    x = extract_text(text)
    own = entity_names(x)[OWN]
    assert not {t for t, a in edges(x, "ISSUED_UNDER") if a == own}


def test_the_tranches_of_a_syndicated_filing() -> None:
    text = (_CREDIT_DEV / "lexpredict-1140415-2003-12-12.txt").read_text(errors="replace")
    assert {
        "Tranche A U.S. Term Facility": 165000000,
        "Tranche A Euro Term Facility": None,
        "Tranche B Term Facility": 455000000,
        "Revolving Credit Facility": 100000000,
    }.items() <= facility_amounts(extract_text(text)).items()
