"""The loans each lender of a syndicate makes severally, named by the lending sentence only
(:mod:`ingest.instruments.several_lending`): "Each Bank severally agrees ... to make Committed
Loans to the Borrower ...", with the commitments totalled on the signature pages. Passages
written for this test (invented parties)."""

from __future__ import annotations

from tests.passages import extract_text

_HEAD = (
    "$45,000,000\n\nCREDIT AGREEMENT\n\n"
    "AGREEMENT dated as of March 3, 1997 among LARKSPUR TEXTILES, INC., the BANKS listed on "
    "the signature pages hereof and CUMBERLAND NATIONAL BANK, as Agent.\n\n"
    "SECTION 1.01. Definitions.\n\n"
    '"Borrower" means Larkspur Textiles, Inc., a Tennessee corporation.\n\n'
    '"Committed Loan" means a Prime Rate Loan or a LIBOR Loan.\n\n'
    '"Termination Date" means March 3, 2000, or such later date as the Banks agree.\n\n'
)
_LENDING = (
    "SECTION 2.01. Commitments to Lend. Each Bank severally agrees, on the terms and "
    "conditions set forth herein, to make Committed Loans to the Borrower from time to time "
    "before the Termination Date; provided that the aggregate principal amount of Committed "
    "Loans by such Bank shall not exceed the amount of its Commitment.\n\n"
)
_PAGES = (
    "IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed.\n\n"
    "LARKSPUR TEXTILES, INC.\n\nBy: ____________\nTitle:\n\n"
    "$30,000,000        CUMBERLAND NATIONAL BANK, as Agent and as a Bank\n\nBy: ____________\n"
    "Title:\n\n$15,000,000        RIVERBEND BANK\n\nBy: ____________\nTitle:\n\n"
    "TOTAL COMMITMENTS:\n$45,000,000\n"
)


def _facilities(text: str) -> list[dict[str, object]]:
    x = extract_text(text)
    return [
        dict(e.props)
        for e in x.entities
        if e.label == "Instrument" and e.props.get("kind") == "credit_facility"
    ]


def test_the_loans_each_bank_makes_severally_are_the_facility() -> None:
    (facility,) = _facilities(_HEAD + _LENDING + _PAGES)
    assert facility["title"] == "Committed Loans"
    assert facility["amount"] == 45000000
    assert facility["maturity_date"] == "2000-03-03"


def test_two_kinds_of_loans_lent_severally_name_no_one_facility() -> None:
    term = _LENDING.replace("2.01", "2.02").replace("Committed Loan", "Term Loan")
    text = _HEAD.replace('"Committed Loan"', '"Term Loan" means a term loan.\n\n"Committed Loan"')
    assert _facilities(text + _LENDING + term + _PAGES) == []


def test_the_loans_lent_in_dollars_to_the_borrowers_are_the_facility() -> None:
    lending = (
        "Section 2.01 . Commitments to Lend. Each Lender severally agrees, on the terms and "
        "conditions set forth in this Agreement, to make loans in Dollars to the Borrowers "
        "pursuant to this Section 2.01 from time to time prior to the Termination Date.\n\n"
    )
    head = _HEAD.replace('"Committed Loan" means', '"Loan" means a loan made by a Bank or')
    (facility,) = _facilities(head + lending + _PAGES)
    assert facility["title"] == "Loans"
    assert facility["amount"] == 45000000


def test_the_loans_denominated_in_us_dollars_are_the_facility() -> None:
    lending = _LENDING.replace(
        "Committed Loans to the Borrower",
        "Committed Loans denominated in U.S. Dollars to the Borrower",
    )
    (facility,) = _facilities(_HEAD + lending + _PAGES)
    assert facility["title"] == "Committed Loans"


def test_loans_in_another_currency_are_left_alone() -> None:
    lending = _LENDING.replace("Committed Loans to the", "Committed Loans in Sterling to the")
    assert _facilities(_HEAD + lending + _PAGES) == []
