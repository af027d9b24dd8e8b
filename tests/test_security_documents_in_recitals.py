"""Security documents and grants an amendment's recitals state as history: "WHEREAS, pursuant to
a Security Agreement dated ..., the Borrower granted to the Lender a security interest in ...",
"WHEREAS, the Borrower has pledged to the Lender all of the stock of its subsidiary, ...",
"WHEREAS, the Loan Agreement is secured by a Security Agreement dated ... made by the Borrower
in favor of the Lender" (:mod:`ingest.relations.security_grants`,
:mod:`ingest.relations.given_security_documents`). Passages written for this test."""

from __future__ import annotations

import pytest

from ingest.records import Extraction
from tests.passages import extract_text

_AMENDMENT = """                  SECOND AMENDMENT TO CREDIT AGREEMENT

     THIS SECOND AMENDMENT TO CREDIT AGREEMENT (this "Amendment") is entered into as of \
August 19, 2013 between BRIGHTWATER INSTRUMENTS CORP., an Ohio corporation (the "Borrower"), \
and LAKE ERIE NATIONAL BANK (the "Bank").

     WHEREAS, the Borrower and the Bank are parties to a Credit Agreement dated as of \
February 4, 2011 (as amended, the "Credit Agreement");

     {recital}

     NOW, THEREFORE, the parties agree as follows:

     1. Section 6.1 of the Credit Agreement is amended by deleting "$4,000,000" and inserting \
"$5,500,000".

BRIGHTWATER INSTRUMENTS CORP.
By: /s/ Nadia Orloff, Chief Financial Officer

LAKE ERIE NATIONAL BANK
By: /s/ Curtis Flagg, Vice President
"""
_BORROWER = "BRIGHTWATER INSTRUMENTS CORP."
_BANK = "LAKE ERIE NATIONAL BANK"


def _relations(x: Extraction, type_: str) -> set[tuple[str, str]]:
    names = {
        e.ref: str(e.props.get("name") or e.props.get("title") or e.props.get("description"))
        for e in x.entities
    }
    return {(names[r.source], names[r.target]) for r in x.relations if r.type == type_}


def _titled(x: Extraction, title: str) -> bool:
    return any(e.props.get("title") == title for e in x.entities)


def test_a_grant_a_recital_states_pursuant_to_its_security_agreement() -> None:
    x = extract_text(
        _AMENDMENT.format(
            recital="WHEREAS, pursuant to a Security Agreement dated as of February 4, 2011 (the "
            '"Security Agreement"), the Borrower granted to the Bank a security interest in all '
            "of its accounts, inventory and equipment to secure its obligations under the "
            "Credit Agreement;"
        )
    )
    assert (_BORROWER, "Credit Agreement") in _relations(x, "SECURES")
    assert ("all of its accounts, inventory and equipment", "Credit Agreement") in _relations(
        x, "SECURES"
    )


def test_shares_a_recital_says_the_borrower_has_pledged() -> None:
    x = extract_text(
        _AMENDMENT.format(
            recital="WHEREAS, the Borrower has pledged to the Bank all of the issued and "
            "outstanding stock of its wholly-owned subsidiary, Brightwater Optics, Inc., pursuant "
            "to a Stock Pledge Agreement dated as of February 4, 2011;"
        )
    )
    secures = _relations(x, "SECURES")
    assert (_BORROWER, "Credit Agreement") in secures
    assert any(s.startswith("all of the issued and outstanding stock") for s, _ in secures)


@pytest.mark.parametrize(
    ("recital", "document"),
    [
        (
            "WHEREAS, the Credit Agreement is secured by a Security Agreement dated as of "
            "February 4, 2011 made by the Borrower in favor of the Bank;",
            "Security Agreement",
        ),
        (
            "WHEREAS, the obligations under the Credit Agreement are secured by that certain "
            "Mortgage and Security Agreement dated February 4, 2011, executed and delivered by "
            "the Borrower to the Bank;",
            "Mortgage and Security Agreement",
        ),
        (
            "WHEREAS, the Credit Agreement is secured by an Equity Pledge Agreement given by the "
            'Borrower for the benefit of the Bank (the "Pledge Agreement");',
            "Equity Pledge Agreement",
        ),
    ],
)
def test_a_security_document_named_with_its_giver_and_receiver(recital: str, document: str) -> None:
    x = extract_text(_AMENDMENT.format(recital=recital))
    assert _titled(x, document)
    assert {(_BORROWER, document), (_BANK, document)} <= _relations(x, "PARTY_TO")
    assert (_BORROWER, "Credit Agreement") in _relations(x, "SECURES")


def test_a_guaranty_given_by_a_party_makes_it_the_guarantor() -> None:
    text = _AMENDMENT.replace(
        'and LAKE ERIE NATIONAL BANK (the "Bank")',
        'BRIGHTWATER HOLDINGS, LLC, a Delaware limited liability company ("Holdings"), and LAKE '
        'ERIE NATIONAL BANK (the "Bank")',
    ).format(
        recital="WHEREAS, the Credit Agreement is guaranteed pursuant to that certain Guaranty "
        "dated as of February 4, 2011 executed by Holdings in favor of the Bank;"
    )
    x = extract_text(text)
    assert ("BRIGHTWATER HOLDINGS, LLC", "Guaranty") in _relations(x, "PARTY_TO")
    assert ("BRIGHTWATER HOLDINGS, LLC", "Credit Agreement") in _relations(x, "SECURES")
    titles = {e.ref: e.props.get("title") for e in x.entities}
    roles = {
        r.props.get("role")
        for r in x.relations
        if r.type == "PARTY_TO" and titles[r.target] == "Guaranty"
    }
    assert "Guarantor" in roles


def test_a_document_given_by_an_unnamed_class_is_no_fact() -> None:
    x = extract_text(
        _AMENDMENT.format(
            recital="WHEREAS, any Mortgage executed by a Subsidiary in favor of the Bank shall be "
            "recorded within thirty days;"
        )
    )
    assert not _titled(x, "Mortgage")
    assert _relations(x, "SECURES") == set()


def test_a_note_naming_its_security_agreement_is_what_it_secures() -> None:
    x = extract_text(
        """                              PROMISSORY NOTE

$750,000                                                          May 2, 2016

     FOR VALUE RECEIVED, the undersigned, OSAGE RIVER TOOLING, INC., a Missouri corporation
("Borrower"), promises to pay to the order of BRIDGEPORT STATE BANK ("Bank") the principal sum
of $750,000, as provided in the Credit Agreement dated as of May 2, 2016 between Borrower and
Bank (the "Credit Agreement").

     This Note is secured by a Security Agreement dated as of May 2, 2016 executed by Borrower
in favor of Bank.

OSAGE RIVER TOOLING, INC.
By: /s/ Pia Lund, President
"""
    )
    secures = _relations(x, "SECURES")
    assert ("OSAGE RIVER TOOLING, INC.", "Promissory Note") in secures
    assert ("OSAGE RIVER TOOLING, INC.", "Credit Agreement") not in secures


@pytest.mark.parametrize(
    ("recital", "giver", "document"),
    [
        (
            "WHEREAS, the Credit Agreement is secured by a Pledge Agreement between Ida Marsh "
            "and the Bank dated February 4, 2011 covering her shares of the Borrower;",
            "Ida Marsh",
            "Pledge Agreement",
        ),
        (
            "WHEREAS, the Credit Agreement is secured by a Security Agreement dated as of "
            "February 4, 2011 by and between the Bank and the Borrower;",
            _BORROWER,
            "Security Agreement",
        ),
    ],
)
def test_a_security_document_between_its_giver_and_a_creditor(
    recital: str, giver: str, document: str
) -> None:
    x = extract_text(_AMENDMENT.format(recital=recital))
    assert {(giver, document), (_BANK, document)} <= _relations(x, "PARTY_TO")
    assert (giver, "Credit Agreement") in _relations(x, "SECURES")


def test_a_document_between_two_debtors_or_two_creditors_gives_no_security() -> None:
    x = extract_text(
        _AMENDMENT.format(
            recital="WHEREAS, the Credit Agreement is supported by a Guaranty between the Bank "
            "and the Agent dated February 4, 2011;"
        )
    )
    assert _relations(x, "SECURES") == set()
