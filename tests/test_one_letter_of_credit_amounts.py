"""A reimbursement agreement by which a bank agrees to issue one letter of credit, defined in a
parenthesis, "in the stated amount of" a sum (or "in a face amount of"): the letter of credit
is drawable for that sum. Where the sentence offers letters of credit in the plural, a stated
amount is each letter's own, no amount of the class (passages written for the test)."""

from __future__ import annotations

import pytest

from tests.passages import edges, extract_text

_AGREEMENT = """{title}

     THIS {title} dated as of March 1, 2001 is between {account}, a Louisiana corporation (the
"Account Party"), and {bank} (the "Bank").

     Section 2.01. The Letter of Credit. {offer}
"""


def _letters(title: str, account: str, bank: str, offer: str) -> dict[str, object]:
    text = _AGREEMENT.format(title=title, account=account, bank=bank, offer=offer)
    x = extract_text(text)
    assert any(s == bank for s, _ in edges(x, "ISSUES"))
    return {
        str(e.props.get("title")): e.props.get("amount")
        for e in x.entities
        if e.label == "Instrument" and e.props.get("kind") == "letter_of_credit"
    }


@pytest.mark.parametrize(
    ("title", "account", "bank", "offer", "amount"),
    [
        (
            "LETTER OF CREDIT AND REIMBURSEMENT AGREEMENT",
            "HALCYON CHEMICAL CORP.",
            "FIRST METROPOLITAN BANK",
            "The Bank agrees, on the terms and conditions hereinafter set forth, to issue for the\n"
            "account of the Account Party its irrevocable direct-pay letter of credit (the\n"
            '"Letter of Credit") in favor of Lakeview National Bank, as trustee, in the stated\n'
            "amount of $10,250,000.",
            10_250_000,
        ),
        (
            "REIMBURSEMENT AGREEMENT",
            "BAYOU TIMBER CO.",
            "GULF COAST TRUST COMPANY",
            "The Bank agrees to issue, for the account of the Account Party, an irrevocable\n"
            'standby letter of credit (the "Letter of Credit") in a face amount of $4,400,000\n'
            "in favor of the Trustee.",
            4_400_000,
        ),
    ],
)
def test_one_letter_of_credit_is_drawable_for_its_stated_amount(
    title: str, account: str, bank: str, offer: str, amount: int
) -> None:
    assert list(_letters(title, account, bank, offer).values()) == [amount]


def test_letters_of_credit_in_the_plural_take_no_stated_amount() -> None:
    """Near miss: "letters of credit ... in the stated amount of" a sum is each one's own."""
    offer = (
        "The Bank agrees to issue for the account of the Account Party standby letters of credit\n"
        '(each, a "Letter of Credit"), each in the stated amount of $500,000.'
    )
    letters = _letters(
        "REIMBURSEMENT AGREEMENT", "BAYOU TIMBER CO.", "GULF COAST TRUST COMPANY", offer
    )
    assert list(letters.values()) == [None]
