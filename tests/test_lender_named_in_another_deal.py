"""A bank the definitions name only as a party of another, dated deal (the trustee of the
borrower's 1931 mortgage, the collateral trustee of an earlier pledge) that signs the credit
agreement in no capacity of its own, among the lenders the preamble names as a class: one of
those lenders. Being named in another deal is no role in this one (passages written for the
test)."""

from __future__ import annotations

import pytest

from tests.passages import edges, extract_text, lenders_on_signature_pages, own_roles


@pytest.mark.parametrize(
    ("definition", "bank", "name"),
    [
        (
            '"Harrow Mortgage" means the First Mortgage, dated as of May 1, 1931, between the\n'
            "Borrower and Granite Trust Bank, National Association, as successor trustee.",
            "GRANITE TRUST BANK, NATIONAL ASSOCIATION",
            "Granite Trust Bank, National Association",
        ),
        (
            '"Prior Pledge Agreement" means the Pledge Agreement dated as of June 5, 2001 between\n'
            "the Borrower and Redfield National Bank, as collateral trustee.",
            "REDFIELD NATIONAL BANK",
            "Redfield National Bank",
        ),
    ],
)
def test_a_bank_of_another_deal_signing_in_no_capacity_is_a_lender(
    definition: str, bank: str, name: str
) -> None:
    x = extract_text(lenders_on_signature_pages(definition, [bank]))
    lenders = {s.casefold() for s, t in edges(x, "LENDS_TO") if t == "Harrow Utilities Company"}
    assert name.casefold() in lenders
    roles = {n.casefold(): r for n, r in own_roles(x).items()}
    assert roles[name.casefold()] == "Lender"


def test_a_bank_the_definitions_give_a_role_of_this_deal_is_no_class_lender() -> None:
    """Near miss: named before in this deal (its depositary), it signs as that, not as a
    lender."""
    x = extract_text(
        lenders_on_signature_pages(
            '"Depositary" means Silver Lake Bank, a New York banking corporation.',
            ["SILVER LAKE BANK"],
        )
    )
    lenders = {s for s, _ in edges(x, "LENDS_TO")}
    assert "Silver Lake Bank" not in lenders
