"""Note issues a credit agreement cites by the note agreement that concerns them: "the Note
Purchase Agreement, dated as of ..., between the Borrower and the Noteholders named therein
pertaining to the $40,000,000, 6.10% Senior Notes of the Borrower due 2013, and (b) the Note
Purchase Agreement, dated as of ..., pertaining to (i) the ... Senior unsecured Notes, Series A
... and (ii) ... Senior Unsecured notes, Series B". Each issue is ISSUED_UNDER the agreement of
its title and date before it and ISSUED by the party written after it ("of the Borrower") or
against the holders ("between the Borrower and the Noteholders"); a list may write a class word
in lower case. Passages written in the shape, not copied from a filing.
"""

from __future__ import annotations

from tests.passages import edges, extract_text

CITED = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT (this "Agreement") is entered into as of March 3, 2009, by and between \
NORTHERN PRAIRIE UTILITIES CO., a Minnesota corporation (the "Borrower"), and LAKESIDE NATIONAL \
BANK ("Bank").

SECTION 1.1 DEFINITIONS.
"Senior Debt Agreement" means any agreement under which the Borrower issues notes that are \
senior obligations of the Borrower, and shall include (a) the Note Purchase Agreement, dated as \
of May 1, 2003, as amended, between the Borrower and the Noteholders named therein pertaining \
to the $40,000,000, 6.10% Senior Notes of the Borrower due May 1, 2013, and (b) the Note \
Purchase Agreement, dated as of June 9, 2006, as amended, between the Borrower and the \
Noteholders named therein pertaining to (i) the $25,000,000, 5.85% Senior unsecured Notes, \
Series A, due 2016, and (ii) the $35,000,000, 6.05% Senior Unsecured notes, Series B, due 2021.

SECTION 1.2 LINE OF CREDIT. Bank hereby agrees to make advances to Borrower not to exceed \
Five Million Dollars ($5,000,000) ("Line of Credit").
"""

NOT_CONCERNED = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT (this "Agreement") is entered into as of March 3, 2009, by and between \
NORTHERN PRAIRIE UTILITIES CO., a Minnesota corporation (the "Borrower"), and LAKESIDE NATIONAL \
BANK ("Bank").

SECTION 1.1 DEFINITIONS.
"Pledge Agreement" means the Pledge Agreement, dated as of May 1, 2003, between the Borrower \
and the Bank relating to the Collateral, and the Borrower's 6.10% Senior Notes due May 1, 2013 \
shall be subordinated to the Loans.
"""


def test_each_issue_is_issued_under_the_agreement_of_its_date() -> None:
    under = edges(extract_text(CITED), "ISSUED_UNDER")
    assert {
        ("6.10% Senior Notes", "Note Purchase Agreement"),
        ("5.85% Senior unsecured Notes, Series A, due 2016", "Note Purchase Agreement"),
        ("6.05% Senior Unsecured notes, Series B, due 2021", "Note Purchase Agreement"),
    } <= under


def test_the_issues_of_a_list_go_to_the_later_agreement() -> None:
    x = extract_text(CITED)
    dates = {e.ref: e.props.get("date") for e in x.entities}
    titles = {e.ref: e.props.get("title") for e in x.entities}
    under = {
        str(titles[r.source]): dates[r.target] for r in x.relations if r.type == "ISSUED_UNDER"
    }
    assert under["6.10% Senior Notes"] == "2003-05-01"
    assert under["5.85% Senior unsecured Notes, Series A, due 2016"] == "2006-06-09"
    assert under["6.05% Senior Unsecured notes, Series B, due 2021"] == "2006-06-09"


def test_the_borrower_issues_them() -> None:
    issues = edges(extract_text(CITED), "ISSUES")
    assert {
        ("NORTHERN PRAIRIE UTILITIES CO.", "6.10% Senior Notes"),
        ("NORTHERN PRAIRIE UTILITIES CO.", "5.85% Senior unsecured Notes, Series A, due 2016"),
        ("NORTHERN PRAIRIE UTILITIES CO.", "6.05% Senior Unsecured notes, Series B, due 2021"),
    } <= issues


def test_an_agreement_about_other_things_takes_no_issue() -> None:
    under = edges(extract_text(NOT_CONCERNED), "ISSUED_UNDER")
    assert not any("6.10%" in s for s, _ in under)


def test_an_issue_cited_again_with_its_maturity_is_one_instrument() -> None:
    text = CITED.replace(
        "SECTION 1.2 LINE OF CREDIT.",
        '"Intercreditor Agreement" means that certain Intercreditor Agreement, dated as of May '
        "2, 2003, among certain holders of the Borrower's 6.10% Senior Notes, due May 1, 2013 "
        "and the Bank.\n\nSECTION 1.2 LINE OF CREDIT.",
    )
    titles = [
        str(e.props.get("title"))
        for e in extract_text(text).entities
        if str(e.props.get("title")).startswith("6.10%")
    ]
    assert len(titles) == 1
