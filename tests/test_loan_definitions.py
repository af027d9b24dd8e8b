"""The credit facility an agreement names only by defining its loans as what the lender(s)
extend to the borrower under the agreement: ""Loans" shall mean loans made by the Banks to the
Borrower pursuant to this Agreement" (``ingest.instruments.loan_definitions``): passages
composed in that shape, and the near misses (an umbrella "Loans" over classes, another
agreement's loans, a term used in an operative sentence, an amendment)."""

from __future__ import annotations

from tests.passages import credit_facilities, edges, extract_text

_HEAD = """CREDIT AGREEMENT

CREDIT AGREEMENT, dated as of May 4, 2009, between CALLOWAY FOODS, INC., a Delaware \
corporation (the "Borrower"), and WESTRIDGE NATIONAL BANK, a national banking association \
(the "Bank").

ARTICLE I. DEFINITIONS

Section 1.1 Definitions. As used herein:

"""

#: the two signature blocks every passage here ends with
_SIGNATURES = """\
CALLOWAY FOODS, INC.
By: /s/ Dana Whitcombe
Name: Dana Whitcombe
Title: Chief Financial Officer

WESTRIDGE NATIONAL BANK
By: /s/ Victor Salas
Name: Victor Salas
Title: Senior Vice President
"""

_TAIL = (
    """

"Maturity Date" means May 4, 2012.

ARTICLE II. THE CREDIT

Section 2.1 Loans. Subject to the terms hereof, the Bank will lend to the Borrower from time \
to time before the Maturity Date amounts not to exceed $7,500,000 in the aggregate at any one \
time outstanding.

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed.

"""
    + _SIGNATURES
)


def _doc(definitions: str, head: str = _HEAD) -> str:
    return head + definitions + _TAIL


#: the loans the bank makes under this agreement, defined as "Loans"
_LOANS = _doc(
    '"Loans" shall mean loans made by the Bank to the Borrower pursuant to this Agreement.'
)

#: an extension of credit by the bank under a section, its plural given after it
_EXTENSIONS = _doc(
    "\u201cLoan\u201d means an extension of credit to the Borrower by the Bank pursuant to "
    "Section 2.1 and \u201cLoans\u201d means, collectively, all such extensions of credit."
)

#: a term and its plural defined together, "respectively", and an umbrella "Loans" over them
_PAIR = _doc(
    "\u201cLoan\u201d or \u201cLoans\u201d shall mean the aggregate of all Revolving Loans made "
    "by Bank to Borrower under and pursuant to this Agreement.\n\n"
    "\u201cRevolving Loan\u201d and \u201cRevolving Loans\u201d shall mean, respectively, each "
    "direct advance, and the aggregate of all such direct advances, made by Bank to Borrower "
    "under and pursuant to Section 2.1 of this Agreement."
)

#: syndicated "Advances" funded by the banks
_ADVANCES = _doc(
    '"Advances" shall mean amounts advanced by the Banks to the Borrower pursuant to Article 2 '
    "hereof on the occasion of any borrowing."
)

# near misses

#: the loans of another agreement (a guaranty-like recital inside a credit agreement)
_OTHER_AGREEMENT = _doc(
    '"Existing Loans" means the loans made by the Bank to the Borrower pursuant to Section 2.1 '
    'of the Prior Credit Agreement.\n\n"Loans" means the loans made by the lenders to the '
    "Borrower pursuant to the Prior Credit Agreement."
)

#: loans the borrower makes
_BY_BORROWER = _doc(
    '"Intercompany Loans" means loans made by the Borrower to its Subsidiaries pursuant to '
    "Section 6.4."
)

#: a bare "Loans" beside a class it does not name: which is the facility is not said
_BARE_AND_CLASS = _doc(
    '"Loans" means the loans made by the Bank to the Borrower pursuant to this Agreement.\n\n'
    '"Term Loan" means the term loan made by the Bank to the Borrower pursuant to Section 2.2.'
)

#: "Loans" only in an operative sentence, no definition
_OPERATIVE = _doc(
    '"Obligations" means all obligations of the Borrower hereunder.\n\nThe Bank shall make '
    "Loans to the Borrower pursuant to this Agreement from time to time."
)

#: an amendment's definitions: the loans are its base agreement's
_AMENDMENT = (
    """FIRST AMENDMENT TO CREDIT AGREEMENT

THIS FIRST AMENDMENT TO CREDIT AGREEMENT (this "Amendment"), dated as of June 1, 2010, \
between CALLOWAY FOODS, INC., a Delaware corporation (the "Borrower"), and WESTRIDGE \
NATIONAL BANK (the "Bank"), amends the Credit Agreement dated as of May 4, 2009 (the "Credit \
Agreement") between the Borrower and the Bank.

1. Section 1.1 of the Credit Agreement is amended by adding the following definition:

"Loans" shall mean loans made by the Bank to the Borrower pursuant to this Agreement.

IN WITNESS WHEREOF, the parties hereto have caused this Amendment to be duly executed.

"""
    + _SIGNATURES
)


def _facilities_under(text: str) -> set[tuple[str, str]]:
    x = extract_text(text)
    names = set(credit_facilities(x))
    return {e for e in edges(x, "ISSUED_UNDER") if e[0] in names}


def test_loans_the_bank_makes_under_this_agreement_are_the_facility() -> None:
    assert _facilities_under(_LOANS) == {("Loans", "Credit Agreement")}


def test_an_extension_of_credit_under_a_section_is_the_facility() -> None:
    assert _facilities_under(_EXTENSIONS) == {("Loan", "Credit Agreement")}


def test_the_class_an_umbrella_loans_term_names_is_the_one_facility() -> None:
    x = extract_text(_PAIR)
    facilities = credit_facilities(x)
    assert set(facilities) == {"Revolving Loans"}
    assert ("Revolving Loans", "Credit Agreement") in edges(x, "ISSUED_UNDER")


def test_advances_the_banks_fund_under_an_article_are_the_facility() -> None:
    assert _facilities_under(_ADVANCES) == {("Advances", "Credit Agreement")}


def test_another_agreements_loans_are_no_facility_of_this_one() -> None:
    assert _facilities_under(_OTHER_AGREEMENT) == set()


def test_loans_the_borrower_makes_are_no_facility() -> None:
    assert _facilities_under(_BY_BORROWER) == set()


def test_a_bare_loans_term_beside_a_class_it_does_not_name_is_left_alone() -> None:
    assert ("Loans", "Credit Agreement") not in _facilities_under(_BARE_AND_CLASS)


def test_loans_in_an_operative_sentence_are_no_definition() -> None:
    assert ("Loans", "Credit Agreement") not in _facilities_under(_OPERATIVE)


def test_an_amendments_definition_makes_no_facility_of_its_own() -> None:
    assert _facilities_under(_AMENDMENT) == set()
