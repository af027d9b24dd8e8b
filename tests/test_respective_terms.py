"""Terms given to several parties in one parenthesis, in order: "A, a Delaware corporation, and
B, a national banking association (the "Borrower" and the "Bank", respectively)". Each term is
the alias and role of the name in its place; before the rule the first term went to the last
name (the bank became "Borrower") and the lender lent to nobody. Passages written for the test
in that shape (a loan agreement, a three-party guaranty, a licence), and near misses: the same
parenthesis without "respectively", and one whose terms are fewer than the names.
"""

from __future__ import annotations

import pytest

from tests.passages import edges, extract_text, own_parties, own_roles

_LOAN = """LOAN AGREEMENT

THIS LOAN AGREEMENT (this "Agreement") is made and entered into as of {date}, by and between
{borrower}, a Delaware corporation, and {bank}, a national banking association {terms}.

WHEREAS, the Borrower has requested that the Bank extend to it a revolving line of credit in an
amount not to exceed $5,000,000.

NOW, THEREFORE, the parties agree as follows:

1. Loans. The Bank agrees to make loans to the Borrower from time to time.

2. Governing Law. This Agreement shall be governed by the laws of the State of Ohio.
"""


@pytest.mark.parametrize(
    ("date", "borrower", "bank"),
    [
        ("March 3, 2004", "HARBOR FREIGHT LINES, INC.", "FIRST CAPITOL BANK, N.A."),
        ("June 30, 1998", "Kestrel Molding Corporation", "Lakeland National Bank"),
    ],
)
def test_each_term_names_the_party_in_its_place(date: str, borrower: str, bank: str) -> None:
    text = _LOAN.format(
        date=date,
        borrower=borrower,
        bank=bank,
        terms='(the "Borrower" and the "Bank", respectively)',
    )
    x = extract_text(text)
    parties = own_parties(text)
    assert "Borrower" in parties[borrower] and "Bank" not in parties[borrower]
    assert "Bank" in parties[bank] and "Borrower" not in parties[bank]
    assert own_roles(x)[borrower] == "Borrower"
    assert own_roles(x)[bank] == "Bank"
    assert (bank, borrower) in edges(x, "LENDS_TO")


def test_three_parties_and_unquoted_articles() -> None:
    text = """GUARANTY AGREEMENT

This GUARANTY AGREEMENT is entered into as of May 1, 2007 among Orion Castings LLC, an Ohio
limited liability company, Marta Delgado, an individual, and Ridgeway Commercial Bank, an
Illinois state bank ("Borrower", "Guarantor" and "Lender" respectively).

1. Guaranty. The Guarantor unconditionally guarantees to the Lender the payment of all
obligations of the Borrower to the Lender.
"""
    parties = own_parties(text)
    assert "Borrower" in parties["Orion Castings LLC"]
    assert "Guarantor" in parties["Marta Delgado"]
    assert "Lender" in parties["Ridgeway Commercial Bank"]


def test_without_respectively_the_parenthesis_is_not_split() -> None:
    """Near miss: two terms and no "respectively" ("(the "Borrower" and the "Bank")") is not
    read as one term per name; the rule leaves it to the readers it was left to before."""
    text = _LOAN.format(
        date="March 3, 2004",
        borrower="Kestrel Molding Corporation",
        bank="Lakeland National Bank",
        terms='(the "Borrower" and the "Bank")',
    )
    assert "Bank" not in own_parties(text).get("Lakeland National Bank", ())


def test_fewer_terms_than_names_are_not_dealt_out() -> None:
    """Near miss: "respectively" over two terms after three names cannot say whose is whose."""
    text = """SECURITY AGREEMENT

This SECURITY AGREEMENT is made as of May 1, 2007 by Orion Castings LLC, an Ohio limited
liability company, Teton Forge, Inc., a Utah corporation, and Ridgeway Commercial Bank, an
Illinois state bank (the "Debtor" and the "Secured Party", respectively).

1. Grant. The Debtor grants to the Secured Party a security interest in the Collateral.
"""
    parties = own_parties(text)
    assert "Debtor" not in parties.get("Orion Castings LLC", ())
