"""An amendment that restates the lending section of the agreement it amends: the loans that
section makes are a credit facility of the amended agreement (its amount, its last day), and
the single lender's LENDS_TO carries that amount; the letters of credit a restated section has
the bank issue "for the account of" the borrower, set off by commas, are the amended
agreement's too. A lending clause of an amendment outside a restated section (a recital of
what the agreement provides) is left alone. Passages written for this test (invented
parties); the shape is that of lexpredict-1084048-2010-11-05.
"""

from __future__ import annotations

from ingest.extract import extract
from ingest.instruments.restated_lending import in_restated_section
from ingest.readers import read_file
from ingest.records import Extraction
from tests.passages import edges, extract_text
from tests.paths import CORPUS

_OPENING = (
    "AMENDMENT NO. {n} TO {title}\n\n"
    'This Amendment No. {n} to {title_case} ("Amendment") dated as of {date}, is made by and '
    'between {borrower}, a {state} corporation ("Borrower"), and {bank}, a national banking '
    'association ("Bank").\n\n'
    "RECITALS\n\n"
    "A. Borrower and Bank have entered into that certain {title_case} dated as of {base_date} "
    '(as amended, the "{title_case}").\n\n'
    "AGREEMENT\n\n"
)
_SIGNATURES = (
    "IN WITNESS WHEREOF, this Amendment has been duly executed as of the date first set forth "
    "above.\n\n{borrower_caps}\n\nBy: /s/ Ione Parrish\nIone Parrish\nChief Financial Officer\n\n"
    "{bank_caps}\n\nBy: /s/ Tobias Wren\nTobias Wren\nVice President\n"
)


def _amendment(body: str, **names: str) -> Extraction:
    text = _OPENING.format(**names) + body + _SIGNATURES.format(**names)
    return extract_text(text)


_REVOLVER = dict(
    n="1",
    title="CREDIT AGREEMENT",
    title_case="Credit Agreement",
    date="August 16, 2010",
    base_date="January 5, 2009",
    borrower="Quillon Networks, Inc.",
    borrower_caps="QUILLON NETWORKS, INC.",
    state="Delaware",
    bank="Harrowgate Bank, N.A.",
    bank_caps="HARROWGATE BANK, N.A.",
)
_REVOLVER_BODY = (
    "1. AMENDMENTS\n\n"
    '1.1 Definitions. The definition of "Revolving Credit Commitment Termination Date" is '
    "amended and restated to read as follows:\n\n"
    '"Revolving Credit Commitment Termination Date" shall mean August 16, 2013.\n\n'
    "1.2 Section 2.1 (Revolving Credit Commitment). Section 2.1 of the Credit Agreement is "
    "amended and restated to read as follows:\n\n"
    "2.1 Revolving Credit Commitment. Subject to the terms and conditions of this Agreement, "
    "during the period from the date hereof to but excluding the Revolving Credit Commitment "
    'Termination Date, Bank will make loans (collectively, the "Revolving Loans" and '
    'individually, a "Revolving Loan") to Borrower as Borrower may request from time to '
    "time; provided, however, that the "
    "aggregate principal amount of all such Revolving Loans outstanding at any one time shall "
    'not exceed Forty Million Dollars ($40,000,000) (the "Revolving Credit Commitment").\n\n'
    "1.3 Section 2.2 (Letter of Credit Sublimit). Section 2.2 of the Credit Agreement is "
    "amended and restated to read as follows:\n\n"
    "2.2 Letter of Credit Sublimit. Subject to the terms and conditions of this Agreement, Bank "
    "shall issue, for the account of Borrower, one or more irrevocable commercial or standby "
    'letters of credit (collectively, the "Letters of Credit," and individually, a "Letter of '
    "Credit\") upon Borrower's request.\n\n"
    "2. CONDITIONS PRECEDENT\n\nBorrower shall have paid to Bank an amendment fee of $25,000.\n\n"
)


def _facility(x: Extraction, title: str) -> dict[str, object]:
    (facility,) = [e for e in x.entities if e.props.get("title") == title]
    return dict(facility.props)


def test_a_restated_revolving_section_states_the_amended_agreements_facility() -> None:
    x = _amendment(_REVOLVER_BODY, **_REVOLVER)
    facility = _facility(x, "Revolving Loans")
    assert facility["amount"] == 40000000
    assert facility["maturity_date"] == "2013-08-16"
    assert ("Revolving Loans", "Credit Agreement") in edges(x, "ISSUED_UNDER")
    # the amendment itself makes no loans
    assert not any(target.startswith("Amendment") for _, target in edges(x, "ISSUED_UNDER"))
    lends = [r for r in x.relations if r.type == "LENDS_TO"]
    assert [r.props.get("amount") for r in lends] == [40000000]


def test_letters_of_credit_for_the_borrowers_account_set_off_by_commas() -> None:
    x = _amendment(_REVOLVER_BODY, **_REVOLVER)
    assert ("Harrowgate Bank, N.A.", "Letters of Credit") in edges(x, "ISSUES")
    assert ("Letters of Credit", "Credit Agreement") in edges(x, "ISSUED_UNDER")


def test_a_term_loan_section_replaced_in_another_wording() -> None:
    names = dict(
        _REVOLVER,
        n="3",
        title="LOAN AGREEMENT",
        title_case="Loan Agreement",
        date="March 2, 2012",
        base_date="May 14, 2010",
        borrower="Fenwick Hollow Foods Corp.",
        borrower_caps="FENWICK HOLLOW FOODS CORP.",
        state="Oregon",
        bank="Stellmark Savings Bank",
        bank_caps="STELLMARK SAVINGS BANK",
    )
    body = (
        "1. Amendment to Section 2.01. Section 2.01 of the Loan Agreement is hereby deleted in "
        "its entirety and replaced with the following:\n\n"
        "2.01 Term Loan. Subject to the terms hereof, Bank agrees to make a term loan to "
        "Borrower in the principal amount of Six Million Five Hundred Thousand Dollars "
        '($6,500,000) (the "Term Loan") on the Closing Date.\n\n'
        "2. Fees. Borrower shall pay all costs of this Amendment.\n\n"
    )
    x = _amendment(body, **names)
    assert _facility(x, "Term Loan")["amount"] == 6500000
    assert ("Term Loan", "Loan Agreement") in edges(x, "ISSUED_UNDER")
    lends = [r for r in x.relations if r.type == "LENDS_TO"]
    assert [r.props.get("amount") for r in lends] == [6500000]


def test_loans_an_amendment_only_recites_are_left_to_the_agreement() -> None:
    body = (
        "1. Background. Under Section 2.1 of the Credit Agreement, Bank agreed to make loans "
        '(collectively, the "Revolving Loans") to Borrower not to exceed Forty Million Dollars '
        "($40,000,000).\n\n"
        "2. Amendment. Section 6.11 of the Credit Agreement is amended and restated to read as "
        "follows:\n\n6.11 EBITDA. Borrower shall not permit EBITDA to be less than $20,000,000."
        "\n\n"
    )
    x = _amendment(body, **_REVOLVER)
    assert not [e for e in x.entities if e.props.get("title") == "Revolving Loans"]


def test_the_instruction_must_stand_just_before_the_lending_clause() -> None:
    text = "Section 2.1 of the Credit Agreement is amended and restated to read as follows:\n\n"
    assert in_restated_section(text + "2.1 Loans. Bank will make loans", len(text))
    assert not in_restated_section(text + "x" * 700, len(text) + 700)
    assert not in_restated_section("Section 2.1 is amended as set forth below.\n\n", 44)


def test_the_real_amendment_restating_its_revolver() -> None:
    path = CORPUS / "credit-dev" / "lexpredict-1084048-2010-11-05.txt"
    (source,) = read_file(path, max_bytes=10_000_000).documents
    x = extract(source)
    assert _facility(x, "Revolving Loans")["amount"] == 40000000
    assert ("Revolving Loans", "Credit Agreement") in edges(x, "ISSUED_UNDER")
    assert ("Union Bank, N.A.", "Letters of Credit") in edges(x, "ISSUES")
