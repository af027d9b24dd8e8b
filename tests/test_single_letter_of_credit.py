"""One letter of credit a syndicated credit agreement provides for, with a second verb and the
account between "issue" and it: "the Issuing Bank agrees to issue and amend (including to
extend the Expiration Date) for the account of the Borrower a standby letter of credit ...
(the "Letter of Credit")" (``ingest.relations.defined_letters_of_credit``): passages composed
in that shape, and the near misses it must leave alone."""

from __future__ import annotations

from tests.passages import edges, extract_text

_HEAD = """CREDIT AGREEMENT

CREDIT AGREEMENT, dated as of March 2, 2011, among HARROW MILLS, INC., an Ohio corporation \
(the "Borrower"), the lenders listed on the signature pages hereof (the "Lenders"), and \
EASTBANK TRUST COMPANY ("Eastbank"), as administrative agent (in such capacity, the \
"Agent") for the Lenders, and Eastbank, as the issuer of the Letter of Credit (in such \
capacity, the "Fronting Bank").

"""

_TAIL = """

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed.

HARROW MILLS, INC.
By: /s/ Paula Grant
Name: Paula Grant
Title: Treasurer

EASTBANK TRUST COMPANY,
as Lender and Fronting Bank
By: /s/ Omar Reyes
Name: Omar Reyes
Title: Director

EASTBANK TRUST COMPANY,
as Agent
By: /s/ Omar Reyes
Name: Omar Reyes
Title: Director
"""

#: the promise to issue one standby letter of credit, with a second verb and the account
_ISSUE_AND_AMEND = (
    _HEAD
    + """SECTION 2.04. Letter of Credit. (a) Subject to the terms and conditions of this \
Agreement, the Fronting Bank agrees to issue and amend (including to increase the stated \
amount or to extend the Expiry Date) for the account of the Borrower a standby letter of \
credit substantially in the form of Exhibit C or in such other form as the Fronting Bank may \
approve (the \u201cLetter of Credit\u201d) at any time before the Maturity Date."""
    + _TAIL
)

#: the same promise refused: no letter of credit is issued
_REFUSED = (
    _HEAD
    + """SECTION 2.04. Letter of Credit. The Fronting Bank shall not be obligated to issue and \
amend for the account of the Borrower a standby letter of credit (the \u201cLetter of \
Credit\u201d) after the Maturity Date."""
    + _TAIL
)

#: the parenthesis names something else
_OTHER_TERM = (
    _HEAD
    + """SECTION 2.04. Letter of Credit. The Fronting Bank agrees to issue and amend for the \
account of the Borrower a standby letter of credit under an application in the form of \
Exhibit C (the \u201cLC Application\u201d)."""
    + _TAIL
)


def _lower(pairs: set[tuple[str, str]]) -> set[tuple[str, str]]:
    return {(a.lower(), b.lower()) for a, b in pairs}


def test_the_bank_that_agrees_to_issue_and_amend_one_letter_of_credit_issues_it() -> None:
    x = extract_text(_ISSUE_AND_AMEND)
    assert ("eastbank trust company", "letters of credit") in _lower(edges(x, "ISSUES"))
    assert ("letters of credit", "credit agreement") in _lower(edges(x, "ISSUED_UNDER"))


def test_a_refused_or_otherwise_named_letter_of_credit_is_not_issued() -> None:
    for text in (_REFUSED, _OTHER_TERM):
        x = extract_text(text)
        assert not any(t.lower() == "letters of credit" for _, t in edges(x, "ISSUES"))
