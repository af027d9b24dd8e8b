"""A grant of the borrower's deposits with the lender, its verbs split around the grantee: "As
security for the payment and performance of the Obligations, the Company hereby transfers,
assigns, and pledges to the Bank and grants to the Bank a security interest in all funds of
the Company now or hereafter on deposit with the Bank". The funds on deposit (the place is part
of what is granted) SECURE the agreement. Passages written in the shape, not copied from a
filing.
"""

from __future__ import annotations

from tests.passages import extract_text

DEPOSITS = """LOAN AGREEMENT

THIS LOAN AGREEMENT is made and entered into effective the 3rd day of May, 2005, by and between \
ACME OIL CORP., a Texas corporation (the "Company"), and FIRST PLAINS BANK, a Texas banking \
corporation (the "Bank").

2.1 Loans. The Bank agrees to make Loans to the Company not to exceed $3,000,000.

2.9 Security Interest in Deposits; Offset. As security for the payment and performance of the \
Obligations, the Company hereby transfers, assigns, and pledges to the Bank and grants to the \
Bank a security interest in all funds of the Company now or hereafter or from time to time on \
deposit with the Bank, with such interest to be released upon payment in full of the Obligations.
"""

OWNED = DEPOSITS.replace(
    "all funds of the Company now or hereafter or from time to time on deposit with the Bank",
    "all equipment of the Company now owned or hereafter acquired",
)


def _secured_assets(text: str) -> set[str]:
    x = extract_text(text)
    assets = {e.ref: str(e.props.get("description")) for e in x.entities if e.label == "Asset"}
    return {assets[r.source] for r in x.relations if r.type == "SECURES" and r.source in assets}


def test_funds_on_deposit_with_the_lender_secure_the_agreement() -> None:
    assert _secured_assets(DEPOSITS) == {"all funds of the Company on deposit with the Bank"}


def test_owned_or_acquired_adds_no_place() -> None:
    assert _secured_assets(OWNED) == {"all equipment of the Company"}
