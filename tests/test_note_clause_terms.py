"""The rate and maturity a clause requiring or reciting a note states of it: "the Loan is
evidenced by a Promissory Note of even date herewith in the principal amount of $2,000,000,
bearing interest at the rate of seven and one-half percent (7.5%) per annum and maturing on June
1, 2005 (the "Note")". A margin over a floating rate is no fixed rate. Passages written for this
test in the shape of a guaranty's or security document's recital."""

from __future__ import annotations

from tests.passages import extract_text

GUARANTY = """GUARANTY

     THIS GUARANTY is made as of June 1, 2000, by WILLOW BEND HOLDINGS, INC., a Kansas
corporation (the "Guarantor"), in favor of PRAIRIE TRUST BANK, a Kansas banking corporation (the
"Lender").

     WHEREAS, the Lender has made a loan to WILLOW BEND FARMS, LLC, a Kansas limited liability
company (the "Borrower"), which loan is evidenced by a Promissory Note of even date herewith
made by the Borrower payable to the order of the Lender in the principal amount of $2,000,000,
bearing interest {rate} and maturing on June 1, 2005 (the "Note").

     1.  The Guarantor hereby unconditionally guarantees to the Lender the payment of the Note.
"""


def _note(text: str) -> dict[str, object]:
    x = extract_text(text)
    return next(e.props for e in x.entities if e.props.get("title") == "Promissory Note")


def test_the_rate_and_maturity_of_the_recited_note() -> None:
    note = _note(GUARANTY.format(rate="at the rate of seven and one-half percent (7.5%) per annum"))
    assert note.get("interest_rate") == 7.5
    assert note.get("maturity_date") == "2005-06-01"
    assert note.get("amount") == 2_000_000


def test_a_margin_over_a_floating_rate_is_no_rate() -> None:
    note = _note(GUARANTY.format(rate="at the Prime Rate plus one percent (1%) per annum"))
    assert note.get("interest_rate") is None
    assert note.get("maturity_date") == "2005-06-01"
