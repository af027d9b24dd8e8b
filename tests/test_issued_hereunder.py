"""Instruments an agreement issues "pursuant to this Agreement": an exchange or amendment
agreement's own new note is ISSUED_UNDER it, not under the agreement it amends; two classes a
passive clause issues together ("The Series B Notes and the Series B Warrants to be purchased
by the Investor will be issued by the Issuer to the Investor under this Purchase Agreement")
are each issued, held and issued under the agreement; a recital's capitalised title before a
bare defined word ("its 9% Senior Subordinated Debentures due 2027 ... (the "Debentures")")
names the instrument. Passages written for these tests."""

from __future__ import annotations

from tests.passages import edges, extract_text

_EXCHANGE = """NOTE EXCHANGE AND WARRANT AMENDMENT AGREEMENT

This Note Exchange and Warrant Amendment Agreement (this "Agreement") is made as of May 2, 2019,
by and between Larchfield Capital Partners, L.P., a Delaware limited partnership (the
"Investor"), and Ostrava Diagnostics, Inc., a Nevada corporation (the "Maker").

WHEREAS, the Investor holds the convertible promissory notes listed in Schedule 1 (the
"Existing Notes"), issued under the Note Purchase Agreement dated as of March 1, 2017 between
the Maker and the Investor (the "Purchase Agreement");

NOW, THEREFORE, the parties agree as follows:

1. Exchange. The Existing Notes are hereby exchanged for a Replacement Senior Note issued by the
Maker to the Investor pursuant to this Agreement, in the principal amount of $1,450,000, dated
the date hereof (the "Replacement Note").
"""

_AMENDMENT = """FIRST AMENDMENT TO LOAN AGREEMENT

This First Amendment to Loan Agreement (this "Amendment") is entered into as of August 9, 2012
between Copperline Foods, LLC, a Texas limited liability company (the "Borrower"), and Haverly
State Bank (the "Lender").

The Borrower and the Lender are parties to the Loan Agreement dated as of April 4, 2011 (the
"Agreement").

Section 1. New Note. The promissory note of April 4, 2011 is hereby replaced by an Amended and
Restated Revolving Promissory Note issued by the Borrower to the Lender pursuant to this
Amendment, in the principal amount of $3,000,000 (the "Restated Note").
"""

_QUOTED_WORDING = """FIRST AMENDMENT TO LOAN AGREEMENT

This First Amendment to Loan Agreement (this "Amendment") is entered into as of August 9, 2012
between Copperline Foods, LLC, a Texas limited liability company (the "Borrower"), and Haverly
State Bank (the "Lender").

The Borrower and the Lender are parties to the Loan Agreement dated as of April 4, 2011 (the
"Agreement").

Section 1. Section 2.4 of the Agreement is amended to read: "2.4 Notes. The Borrower shall
execute and deliver to the Lender a Revolving Note issued by the Borrower to the Lender pursuant
to this Agreement, in the principal amount of $3,000,000 (the "Revolving Note")."
"""


def test_an_exchange_agreements_own_note_is_issued_under_it() -> None:
    x = extract_text(_EXCHANGE)
    under = edges(x, "ISSUED_UNDER")
    own = "Note Exchange and Warrant Amendment Agreement"
    assert any(t == own for _, t in under)
    assert not any("Replace" in s and t == "Note Purchase Agreement" for s, t in under)


def test_an_amendments_restated_note_is_issued_under_the_amendment() -> None:
    under = edges(extract_text(_AMENDMENT), "ISSUED_UNDER")
    assert any(t == "First Amendment to Loan Agreement" for _, t in under)
    assert not any(t == "Loan Agreement" and "Restated" in s for s, t in under)


def test_quoted_new_wording_of_the_amended_agreement_is_not_the_amendments() -> None:
    under = edges(extract_text(_QUOTED_WORDING), "ISSUED_UNDER")
    assert not any(t == "First Amendment to Loan Agreement" for _, t in under)


_UNITS = """NOTE AND WARRANT PURCHASE AGREEMENT

This Note and Warrant Purchase Agreement (this "Agreement") is dated as of June 12, 2018 between
Teshmont Robotics Corp., a Delaware corporation (the "Issuer"), and Greyfield Partners LLC, a
New York limited liability company (the "Investor").

1. Securities. The Issuer has authorized the sale of its secured notes (each, a "Series B
Note") and warrants to purchase shares of its common stock (each, a "Series B Warrant").

2. Issue. The Series B Notes and the Series B Warrants to be purchased by the Investor will be
issued by the Issuer to the Investor under this Agreement at the Closing.
"""


def test_two_classes_issued_together_by_a_passive_clause() -> None:
    x = extract_text(_UNITS)
    issues, holds = edges(x, "ISSUES"), edges(x, "HOLDS")
    notes = {t for s, t in issues if s.startswith("Teshmont") and "Note" in t}
    warrants = {t for s, t in issues if s.startswith("Teshmont") and "Warrant" in t}
    assert notes and warrants
    assert {t for s, t in holds if s.startswith("Greyfield")} >= notes | warrants
    under = {s for s, t in edges(x, "ISSUED_UNDER") if t == "Note and Warrant Purchase Agreement"}
    assert under >= notes | warrants


_DEBENTURES = """DEBENTURE PURCHASE AGREEMENT

This Debenture Purchase Agreement (this "Agreement") is made as of October 1, 2009 by and among
Wexley Marine Holdings, Inc., a Florida corporation (the "Company"), and Coldbrook Income Fund,
L.P. (the "Purchaser").

Section 2.1 The Company has authorized its convertible debentures in the form of
Exhibit A (each, a "Debenture") and its common stock purchase warrants in the form of Exhibit B
(each, a "Warrant"). The Debentures and the Warrants are issued by the Company to the Purchaser
pursuant to this Agreement.
"""


def test_a_variant_with_debentures_and_warrants_issued_to_a_purchaser() -> None:
    x = extract_text(_DEBENTURES)
    held = {t for s, t in edges(x, "HOLDS") if s.startswith("Coldbrook")}
    assert any("Debenture" in t for t in held) and any("Warrant" in t for t in held)
    under = {s for s, t in edges(x, "ISSUED_UNDER") if t == "Debenture Purchase Agreement"}
    assert held <= under


def test_classes_only_delivered_at_closing_are_not_issued_by_the_clause() -> None:
    text = _UNITS.replace(
        "will be\nissued by the Issuer to the Investor under this Agreement at the Closing",
        "shall be\ndelivered at the Closing",
    )
    assert not edges(extract_text(text), "HOLDS")


_RECITAL = """SECURITIES PURCHASE AGREEMENT

This Securities Purchase Agreement (this "Agreement") is dated as of March 3, 2020 among Pallida
Energy, Inc., a Texas corporation (the "Company"), and the purchasers listed on Schedule A (the
"Purchasers").

A. The Company has authorized the issuance of its 9% Senior Subordinated Convertible Debentures
due 2027, in the aggregate principal amount of $5,000,000 (the "Debentures").
"""


def test_a_capitalised_title_before_a_bare_term_names_the_instrument() -> None:
    x = extract_text(_RECITAL)
    found = [e for e in x.entities if e.label == "Instrument"]
    assert [e.props.get("title") for e in found] == [
        "9% Senior Subordinated Convertible Debentures due 2027"
    ]
    assert "Debentures" in found[0].aliases
    assert found[0].props.get("amount") == 5000000


def test_a_variant_with_notes() -> None:
    text = _RECITAL.replace(
        "9% Senior Subordinated Convertible Debentures\ndue 2027", "Senior Secured Notes due 2026"
    ).replace('"Debentures"', '"Notes"')
    titles = [e.props.get("title") for e in extract_text(text).entities if e.label == "Instrument"]
    assert titles == ["Senior Secured Notes due 2026"]


def test_a_capitalised_title_with_no_issue_is_left_alone() -> None:
    text = _RECITAL.replace("has authorized the issuance of", "may refer to")
    assert not [e for e in extract_text(text).entities if e.label == "Instrument"]
