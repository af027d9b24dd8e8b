"""Grants, guaranties and "secured by" whose subject opens the sentence
(:mod:`ingest.relations.security_grants`), and the agreement a guaranty stands behind. Passages
written for this test in each shape (invented parties), then real credit agreements of the
corpus (tunable ones)."""

from __future__ import annotations

from ingest.extract import extract
from ingest.readers import read_file
from ingest.records import Extraction
from tests.passages import extract_text
from tests.paths import CORPUS


def _label(x: Extraction, ref: str) -> str:
    e = next(e for e in x.entities if e.ref == ref)
    return str(e.props.get("name") or e.props.get("title") or e.props.get("description")).upper()


def _secures(x: Extraction) -> set[tuple[str, str]]:
    return {(_label(x, r.source), _label(x, r.target)) for r in x.relations if r.type == "SECURES"}


_OPENING = (
    "CREDIT AGREEMENT\n\n"
    'THIS CREDIT AGREEMENT (this "Agreement") is entered into as of March 9, 2016, by and '
    'between Pinecrest Harbor Mills, Inc., an Oregon corporation ("Borrower"), and SALTLICK '
    'STATE BANK ("Bank").\n\n'
    '"Supply Agreement" means the Supply Agreement dated as of January 4, 2015 between '
    "Borrower and Ardent Pulp Co.\n\n"
    "1.1 Line of Credit. Bank hereby agrees to make advances to Borrower from time to time "
    "not to exceed at any time the aggregate principal amount of $6,000,000.\n\n"
)
_CLOSING = (
    "IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be executed as of "
    "the day and year first written above.\n\n"
    "PINECREST HARBOR MILLS, INC.\n\nBy: /s/ Oren Vasquez-Hale\nOren Vasquez-Hale, President\n\n"
    "SALTLICK STATE BANK\n\nBy: /s/ Delia Marchetti\nDelia Marchetti, Vice President\n"
)
_CREDIT = "CREDIT AGREEMENT"


def test_a_grant_in_the_plain_present_tense_secures_the_agreement() -> None:
    text = (
        _OPENING + "7.2 Setoff. The Borrower grants to the Bank a security interest in the "
        "Deposits, and the Bank may apply the Deposits against the Obligations.\n\n" + _CLOSING
    )
    secures = _secures(extract_text(text))
    assert ("THE DEPOSITS", _CREDIT) in secures, secures
    assert ("PINECREST HARBOR MILLS, INC.", _CREDIT) in secures, secures


def test_a_covenant_not_to_grant_secures_nothing() -> None:
    text = (
        _OPENING + "5.6 Liens. The Borrower will not grant to any Person a security interest in "
        "its inventory. If the Borrower grants to any Person a Lien on its accounts, the Bank "
        "may declare the advances due.\n\n" + _CLOSING
    )
    assert _secures(extract_text(text)) == set()


def test_the_deals_obligations_secured_by_a_lien_on_assets() -> None:
    text = (
        _OPENING + "1.4 Security. The Obligations shall be secured by a first priority lien on "
        "all assets of the Borrower, whether now owned or hereafter acquired.\n\n" + _CLOSING
    )
    secures = _secures(extract_text(text))
    assert ("ALL ASSETS OF THE BORROWER", _CREDIT) in secures, secures


def test_a_guaranty_naming_no_agreement_stands_behind_the_deal_not_another_one() -> None:
    text = (
        _OPENING + "9.1 Guaranty. Ardent Timber Holdings, Inc. hereby unconditionally "
        "guarantees to the Bank the prompt payment when due of the Obligations.\n\n" + _CLOSING
    )
    secures = _secures(extract_text(text))
    assert ("ARDENT TIMBER HOLDINGS, INC.", _CREDIT) in secures, secures
    assert not {t for _, t in secures} - {_CREDIT}, secures


def _corpus(name: str) -> Extraction:
    (doc,) = read_file(CORPUS / "credit-dev" / name, max_bytes=1 << 30).documents
    return extract(doc)


def test_a_setoff_grant_in_a_bank_form_credit_agreement() -> None:
    secures = _secures(_corpus("lexpredict-1040426-2009-11-06.txt"))
    assert ("THE DEPOSITS", _CREDIT) in secures, secures
    assert ("SYNTEL, INC.", _CREDIT) in secures, secures


def test_an_unsecured_credit_agreement_states_no_security() -> None:
    assert _secures(_corpus("lexpredict-1195933-2005-03-10.txt")) == set()


def test_a_grant_of_a_security_interest_in_and_a_lien_upon_secures_the_agreement() -> None:
    text = (
        _OPENING + "7.1 Additional Collateral. As additional collateral for the payment of all "
        "of Borrower's obligations to Bank, Borrower hereby grants to Bank a security interest "
        "in and lien upon all deposits and other property of Borrower in the possession of "
        "Bank.\n\n" + _CLOSING
    )
    secures = _secures(extract_text(text))
    assert ("PINECREST HARBOR MILLS, INC.", _CREDIT) in secures, secures
    assert ("ALL DEPOSITS AND OTHER PROPERTY OF BORROWER IN THE POSSESSION OF BANK", _CREDIT) in (
        secures
    ), secures


def test_a_promise_to_grant_a_security_interest_in_and_a_lien_on_its_right_title_and_interest() -> (
    None
):
    text = (
        _OPENING + "3.1 Security. (a) The Borrower agrees to grant to the Bank a security "
        "interest in, and a lien on, all right, title and interest of the Borrower in and to "
        "its inventory and equipment, in order to secure the Borrower's obligations to the Bank "
        "under this Agreement.\n\n" + _CLOSING
    )
    secures = _secures(extract_text(text))
    assert ("PINECREST HARBOR MILLS, INC.", _CREDIT) in secures, secures
    assert not any(s.startswith("ALL RIGHT") for s, _ in secures), secures
