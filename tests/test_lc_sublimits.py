"""The cap on a credit agreement's letters of credit is the amount of its "Letters of Credit":
stated in a proviso ("the aggregate undrawn amount of all outstanding Letters of Credit shall
not at any time exceed ..."), a definition (""Letter of Credit Sublimit" means ..."), the
promise to issue them ("... not to exceed in the aggregate face amount ...") or a capped
measure ("the L/C Exposure to exceed ..."). Passages written for the test, probed by the lead;
never copied from a filing.
"""

from __future__ import annotations

import pytest

from tests.passages import extract_text

_LOAN_AGREEMENT = """                              CREDIT AGREEMENT

     THIS CREDIT AGREEMENT is entered into as of {date} by and between {borrower}, a Delaware
corporation ("Borrower"), and {bank} ("Bank").

     SECTION 1.1. LINE OF CREDIT. Bank hereby agrees to make advances to Borrower from time to
time up to and including {date}, not to exceed at any time the aggregate principal amount of
Eight Million Dollars ($8,000,000.00) ("Line of Credit").

     SECTION 1.2. LETTERS OF CREDIT. As a subfeature under the Line of Credit, Bank agrees to
issue standby letters of credit for the account of Borrower (each, a "Letter of Credit" and
collectively, "Letters of Credit"){cap}.

     SECTION 4.6. LIMITS. The aggregate amount of Borrower's capital expenditures shall not
exceed $3,000,000 in any fiscal year.

{definition}
     IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first above
written.

{borrower_upper}                          {bank_upper}

By: /s/ Alan Reyes                         By: /s/ Donna Kwan
    Alan Reyes, President                      Donna Kwan, Vice President
"""

_NAMES = [
    ("June 3, 2009", "Corvid Instruments, Inc.", "Pacific Western Bank"),
    ("August 14, 2012", "Linden Hall Foods Corp.", "Tri-County Savings Bank"),
]

_SHAPES = {
    "proviso": (
        "; provided however, that the aggregate undrawn amount of all outstanding Letters of "
        "Credit shall not at any time exceed Two Million Five Hundred Thousand Dollars "
        "($2,500,000.00)",
        "",
        2500000,
    ),
    "definition": (
        " in an aggregate amount up to the Letter of Credit Sublimit",
        '     SECTION 9.1. DEFINITIONS. "Letter of Credit Sublimit" means the lesser of (a) '
        "$2,500,000 and (b) the Line of Credit.\n\n",
        2500000,
    ),
    "promise": (
        " in such amounts as Borrower may request but not to exceed in the aggregate face "
        "amount at any time outstanding the sum of One Million and No/100 Dollars "
        "($1,000,000.00)",
        "",
        1000000,
    ),
    "measure": (
        "; provided that no Letter of Credit shall be issued if it would cause the L/C Exposure "
        "to exceed $750,000",
        "",
        750000,
    ),
}


def _lc_amount(cap: str, definition: str, names: tuple[str, str, str]) -> object:
    date, borrower, bank = names
    text = _LOAN_AGREEMENT.format(
        date=date,
        borrower=borrower,
        bank=bank,
        cap=cap,
        definition=definition,
        borrower_upper=borrower.upper(),
        bank_upper=bank.upper(),
    )
    x = extract_text(text)
    lcs = [e for e in x.entities if e.props.get("kind") == "letter_of_credit"]
    assert len(lcs) == 1, [e.props for e in lcs]
    return lcs[0].props.get("amount")


@pytest.mark.parametrize("names", _NAMES, ids=["corvid", "linden"])
@pytest.mark.parametrize("shape", list(_SHAPES))
def test_the_cap_on_the_letters_of_credit_is_their_amount(
    shape: str, names: tuple[str, str, str]
) -> None:
    cap, definition, amount = _SHAPES[shape]
    assert _lc_amount(cap, definition, names) == amount


@pytest.mark.parametrize(
    "cap",
    [
        # a cap that is no sum of money
        "; provided that the aggregate undrawn amount of all outstanding Letters of Credit "
        "shall not at any time exceed the Line of Credit",
        # one letter of credit's limit, not the class's
        "; provided that the amount of any Letter of Credit shall not exceed $500,000",
    ],
    ids=["no-sum", "one-letter"],
)
def test_a_cap_that_is_no_sum_or_of_one_letter_gives_no_amount(cap: str) -> None:
    assert _lc_amount(cap, "", _NAMES[0]) is None
