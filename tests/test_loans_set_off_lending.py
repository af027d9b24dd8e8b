"""The lending sentence of a credit agreement that sets a phrase off by commas between the verb
and the loans ("the Lender agrees to make, on the Closing Date, a loan or loans (each a "Loan"
and, collectively, the "Loans") to Company") defines the agreement's loans, a credit facility
ISSUED_UNDER it (:data:`ingest.instruments.lines_of_credit._MAKES_LOANS`). A term a clause
gives loans already outstanding ("the Affected Lender's obligation to maintain its outstanding
Eurodollar Rate Loans (the "Affected Loans") shall be terminated") names some of those loans,
never a facility of its own (:data:`ingest.instruments.lines_of_credit._OUTSTANDING_LOANS`).
Passages written for this test (invented parties)."""

from __future__ import annotations

from tests.passages import edges, extract_text

_HEAD = (
    "CREDIT AGREEMENT\n\n"
    "This CREDIT AGREEMENT, dated as of March 3, 2006, is entered into by and among Calder "
    "Systems Corporation, a Massachusetts corporation (\u201cCompany\u201d), the Lenders party "
    "hereto from time to time, and HARBOR CREDIT PARTNERS L.P. (\u201cHCP\u201d), as "
    "Administrative Agent (\u201cAdministrative Agent\u201d).\n\n"
    "SECTION 1. DEFINITIONS\n\n"
    "\u201cLender\u201d means HCP and any other Person that becomes a party hereto.\n\n"
    "SECTION 2. LOANS\n\n"
)
_LENDS = (
    "2.1. Commitments. Subject to the terms and conditions hereof, the Lender agrees to make, on "
    "the Closing Date, a loan or loans (each a \u201cLoan\u201d and, collectively, the "
    "\u201cLoans\u201d) to Company in an amount equal to such Lender\u2019s Commitment.\n\n"
)
_AFFECTED = (
    "2.18. Illegality. Thereafter (1) the obligation of the Affected Lender to make Loans as "
    "Eurodollar Rate Loans shall be suspended, (2) the Affected Lender shall make such Loan as a "
    "Base Rate Loan, and (3) the Affected Lender\u2019s obligation to maintain its outstanding "
    "Eurodollar Rate Loans (the \u201cAffected Loans\u201d) shall be terminated.\n\n"
)
_TAIL = (
    "IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed.\n\n"
    "CALDER SYSTEMS CORPORATION\n\nBy: /s/ Lee Park\nName: Lee Park\n"
    "Title: Chief Financial Officer\n\n"
    "HARBOR CREDIT PARTNERS L.P.,\nas Administrative Agent and a Lender\n\n"
    "By: /s/ Ann Moss\nAuthorized Signatory\n"
)


def _under(text: str) -> set[str]:
    return {s for s, t in edges(extract_text(text), "ISSUED_UNDER") if t == "Credit Agreement"}


def test_loans_a_set_off_phrase_separates_from_their_verb_are_the_facility() -> None:
    assert "Loan" in _under(_HEAD + _LENDS + _TAIL)


def test_a_term_for_outstanding_loans_is_no_facility() -> None:
    assert "Affected Loans" not in _under(_HEAD + _LENDS + _AFFECTED + _TAIL)
