"""Letters of credit a class of issuers offers (``relations.letters_of_credit.class_of_issuers``
with the defining offer of :mod:`ingest.relations.defined_letters_of_credit`): "Each Issuing
Bank agrees ... to issue letters of credit (each, a "Letter of Credit") for the account of the
Borrower" names no one party as issuer, yet provides for the agreement's letters of credit,
ISSUED_UNDER it. Passages written for this test (invented parties)."""

from __future__ import annotations

from tests.passages import extract_text

_HEAD = (
    "CREDIT AGREEMENT\n\nDated as of August 4, 2010\n\n"
    "MERRITT RAIL FINANCE CORPORATION, a Delaware corporation (the \u201cBorrower\u201d), the "
    "banks listed on the signature pages hereof (the \u201cInitial Lenders\u201d) and initial "
    "issuing banks (the \u201cInitial Issuing Banks\u201d) listed on the signature pages hereof, "
    "and HOLLIS BANK, N.A., as administrative agent (the \u201cAgent\u201d), agree as follows:\n\n"
    "SECTION 1.01. Certain Defined Terms.\n\n"
    "\u201cIssuing Bank\u201d means an Initial Issuing Bank or any Eligible Assignee to which a "
    "Letter of Credit Commitment has been assigned.\n\n"
)
_PAGES = (
    "\n\nIN WITNESS WHEREOF, the parties hereto have caused this Agreement to be executed.\n\n"
    "MERRITT RAIL FINANCE CORPORATION\n\nBy: /s/ Ann Voss\nTitle: Treasurer\n\n"
    "HOLLIS BANK, N.A., as Agent\n\nBy: /s/ Carl Dunn\nTitle: Director\n"
)


def _letters(body: str) -> tuple[set[str], set[tuple[str, str]]]:
    """The letter-of-credit instruments and the (type, target) of the edges from them."""
    x = extract_text(_HEAD + body + _PAGES)
    lcs = {
        e.ref: str(e.props.get("title"))
        for e in x.entities
        if e.label == "Instrument" and e.props.get("kind") == "letter_of_credit"
    }
    edges = {(r.type, r.target) for r in x.relations if r.source in lcs}
    return set(lcs.values()), edges


def test_letters_each_issuing_bank_agrees_to_issue_are_the_agreements() -> None:
    titles, edges = _letters(
        "SECTION 2.01. (b) Letters of Credit. Each Issuing Bank agrees, on the terms and "
        "conditions hereinafter set forth, to issue letters of credit (each, a \u201cLetter of "
        "Credit\u201d) for the account of the Borrower from time to time on any Business Day."
    )
    assert titles == {"Letters of Credit"}
    assert ("ISSUED_UNDER", "agreement:self") in edges


def test_letters_each_lc_issuer_offers_in_another_wording() -> None:
    titles, edges = _letters(
        "2.03 Letters of Credit. (a) Subject to the terms hereof, each L/C Issuer agrees, in "
        "reliance upon the agreements of the other Lenders, to issue standby letters of credit "
        '(each, a "Letter of Credit") for the account of the Borrower.'
    )
    assert titles == {"Letters of Credit"}
    assert ("ISSUED_UNDER", "agreement:self") in edges


def test_a_class_refusing_to_issue_provides_no_letters() -> None:
    titles, _ = _letters(
        "(c) No Issuing Bank shall be obligated to issue letters of credit (each, a \u201cLetter "
        "of Credit\u201d) after the Termination Date, and each Issuing Bank shall not issue any "
        "after an Event of Default."
    )
    assert titles == set()


def test_a_lender_class_agreeing_about_letters_issues_none() -> None:
    # the lenders' class agrees to a participation, not to issue
    titles, _ = _letters(
        "(d) Each Revolving Lender agrees to purchase a participation in each letter of credit "
        "issued for the account of the Borrower."
    )
    assert titles == set()
