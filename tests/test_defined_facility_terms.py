"""A lending clause that gives its limit, its last day and its note's date by defined terms:
"not to exceed at any time the Maximum Commitment Amount" (""Maximum Commitment Amount" means
Twenty Five Million Dollars ($25,000,000)"), "up to and including the Business Day immediately
preceding the Revolving Line Maturity Date" (a date the definitions give), "a promissory note
dated as of the Closing Date" (""Closing Date" means the date of this Agreement"), and a
guaranty "dated the Closing Date". Passages written in the shape, not copied from a filing.
"""

from __future__ import annotations

from tests.passages import extract_text

DEFINED_TERMS = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT (this "Agreement") is entered into as of March 3, 2012, by and between \
LUMEN DEVICES, INC., a Delaware corporation ("Borrower"), and PACIFIC COAST BANK, N.A. ("Bank").

SECTION 1.1 DEFINITIONS.
"Closing Date" means the date of this Agreement.
"Maximum Commitment Amount" means Twenty
Five Million Dollars ($25,000,000).
"Revolving Line Maturity Date" means March 3, 2015.
"Term Loan Maturity Date" means March 3, 2017.

SECTION 1.2 LINE OF CREDIT. (a) Bank hereby agrees to make advances to Borrower from time to \
time from the Closing Date up to and including the Business Day immediately preceding the \
Revolving Line Maturity Date, not to exceed at any time the Maximum Commitment Amount ("Line of \
Credit"). Borrower's obligation to repay advances under the Line of Credit shall be evidenced by \
a promissory note dated as of the Closing Date ("Line of Credit Note"), all terms of which are \
incorporated herein by this reference.
"""

GUARANTY_ON_CLOSING = """LOAN AGREEMENT

THIS LOAN AGREEMENT is made and entered into effective the 3rd day of May, 2005, by and between \
ACME OIL CORP., a Texas corporation (the "Borrower"), and FIRST PLAINS BANK, a Texas banking \
corporation (the "Lender").

1.1 Definitions.
"Closing Date" shall mean the effective date of this Agreement.
"Guarantor" shall mean Acme Holdings, Inc.
"Guaranty" shall mean the Guaranty dated the Closing Date executed by the Guarantor in favor \
of the Lender, guaranteeing the payment of the Obligations.

2.1 The Lender agrees to make Loans to the Borrower not to exceed $3,000,000.
"""

LATER_CLOSING = GUARANTY_ON_CLOSING.replace(
    "shall mean the effective date of this Agreement.",
    "shall mean the date on which the conditions of Section 3.1 are satisfied.",
)


def _props(text: str, title: str) -> dict[str, object]:
    x = extract_text(text)
    return next(dict(e.props) for e in x.entities if e.props.get("title") == title)


def test_line_amount_and_last_day_by_defined_terms() -> None:
    line = _props(DEFINED_TERMS, "Line of Credit")
    assert line["amount"] == 25_000_000
    assert line["maturity_date"] == "2015-03-03"


def test_lender_lends_the_defined_amount() -> None:
    x = extract_text(DEFINED_TERMS)
    lends = [r for r in x.relations if r.type == "LENDS_TO"]
    assert [r.props.get("amount") for r in lends] == [25_000_000]


def test_note_dated_the_closing_date_takes_the_agreement_date() -> None:
    assert _props(DEFINED_TERMS, "Line of Credit Note")["date"] == "2012-03-03"


def test_guaranty_dated_the_closing_date_takes_the_agreement_date() -> None:
    assert _props(GUARANTY_ON_CLOSING, "Guaranty").get("date") == "2005-05-03"


def test_a_later_closing_date_dates_nothing() -> None:
    assert _props(LATER_CLOSING, "Guaranty").get("date") is None
