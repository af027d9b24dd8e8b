"""A legend on the first line of a converted page, the opening run on under it with no blank
line between: "The indebtedness evidenced by this instrument is subordinated to ... LLC." /
"GUARANTY This GUARANTY (the "Guaranty"), dated as of ..., made jointly and severally by ...".
The legend is no part of the opening (``structure.subordination_legend``, and the securities
legend), and a guaranty that calls itself only "this Guaranty" is titled by that word, as an
agreement calling itself "this Agreement" is. Before, the legend opened the preamble: the
document had no agreement of its own, and the legend's parties (the senior lenders of the
subordination agreement it cites) were read as guarantors. Passages written for this test
(names, dates and amounts invented); the near misses keep a preamble that speaks of
subordination, and a guaranty titled by its heading."""

from __future__ import annotations

import pytest

from tests.passages import OWN, edges, extract_text, own_roles, own_title

_SUBORDINATION = (
    "The indebtedness evidenced by this instrument or agreement is subordinated to the Senior "
    "Lenders (as defined in the Subordination Agreement referred to below) pursuant to, and to "
    "the extent provided in, the Subordination Agreement, dated as of March 1, 2021, by and "
    "among Harrow Capital Partners, LLC, Millbrook Trust Company, National Association and "
    "Keystone Commercial Bank.\n"
)
_CAPITALS_SUBORDINATION = (
    "THIS GUARANTEE AND THE OBLIGATIONS HEREUNDER ARE EXPRESSLY SUBORDINATED IN RIGHT OF PAYMENT "
    "TO THE SENIOR DEBT OWED TO FALCON RIDGE BANK UNDER THE INTERCREDITOR AGREEMENT DATED AS OF "
    "JUNE 30, 2019 AMONG FALCON RIDGE BANK, AS SENIOR AGENT, AND DORSET CAPITAL LLC.\n"
)
_SECURITIES = (
    "THIS AGREEMENT AND THE NOTES ISSUED HEREUNDER HAVE NOT BEEN REGISTERED UNDER THE SECURITIES "
    "ACT OF 1933, AS AMENDED, AND MAY NOT BE SOLD OR TRANSFERRED WITHOUT REGISTRATION OR AN "
    "EXEMPTION THEREFROM.\n"
)
_WITNESS = (
    "\n\n2\n\n[Signature Page to Guaranty]\nIN WITNESS WHEREOF, each Guarantor has caused this "
    "Guaranty to be executed as of the date first above written. PELLHAM HOLDINGS, LLC By: /s/ "
    "Dana Wirth Name: Dana Wirth Title: Chief Financial Officer\n"
)

SHAPES = [
    (
        "subordination_legend_over_a_bare_guaranty",
        _SUBORDINATION + 'GUARANTY This GUARANTY (the "Guaranty"), dated as of March 1, 2021, made '
        "jointly and severally by Pellham Holdings, LLC, a Delaware limited liability company, "
        "and Pellham Logistics, LLC, a Texas limited liability company (collectively, the "
        '"Guarantors" and individually, a "Guarantor"), is in favor of Millbrook Trust Company, '
        'National Association, as Collateral Agent (the "Collateral Agent"), and the Purchasers '
        "under the Note Purchase Agreement (as defined below). WHEREAS, Pellham Foods, Inc. "
        '(the "Issuer") and the Purchasers entered into the Note Purchase Agreement dated as of '
        'March 1, 2021 (the "Note Purchase Agreement"). NOW, THEREFORE, each Guarantor hereby '
        "unconditionally guarantees the Obligations." + _WITNESS,
        "Guaranty",
        {"Pellham Holdings, LLC", "Pellham Logistics, LLC"},
        {"Harrow Capital Partners, LLC", "Keystone Commercial Bank"},
    ),
    (
        "capitals_legend_over_a_titled_guarantee",
        _CAPITALS_SUBORDINATION
        + 'CONTINUING GUARANTEE This CONTINUING GUARANTEE (this "Guarantee") '
        "is made as of July 1, 2019 by Abbott Lane Holdings, Inc., a Nevada corporation (the "
        '"Guarantor"), in favor of Dorset Capital LLC (the "Lender"). The Guarantor hereby '
        "guarantees the payment of the Loan made by the Lender to Abbott Lane Farms, LLC.",
        "Continuing Guarantee",
        {"Abbott Lane Holdings, Inc.", "Dorset Capital LLC"},
        {"Falcon Ridge Bank"},
    ),
    (
        "legend_line_closed_by_cover_words",
        "The obligations evidenced by this instrument are subject to the Subordination and "
        "Intercreditor Agreement dated as of March 1, 2021 among Harrow Capital Partners, LLC, "
        "Keystone Commercial Bank and Millbrook Trust Company, National Association. Execution "
        "Version 1\n"
        '                    GUARANTEE This GUARANTEE (this "Guarantee"), dated as of March 1, '
        "2021, is made by Pellham Holdings, LLC, a Delaware limited liability company (the "
        '"Guarantor"), in favor of Millbrook Trust Company, National Association, as agent (the '
        '"Agent"). NOW, THEREFORE, the Guarantor hereby guarantees the Obligations.',
        "Guarantee",
        {"Pellham Holdings, LLC", "Millbrook Trust Company, National Association"},
        {"Harrow Capital Partners, LLC", "Keystone Commercial Bank"},
    ),
    (
        "securities_legend_over_a_loan_agreement",
        _SECURITIES + 'LOAN AGREEMENT This LOAN AGREEMENT (this "Agreement") is entered into as of '
        'May 5, 2018 between Quarry Point Minerals Corp., a Nevada corporation (the "Borrower"), '
        'and Westhaven Credit Fund, L.P. (the "Lender"). 1. Loan. The Lender agrees to lend the '
        "Borrower $2,000,000.",
        "Loan Agreement",
        {"Quarry Point Minerals Corp.", "Westhaven Credit Fund, L.P."},
        set(),
    ),
]


@pytest.mark.parametrize(
    "text,title,parties,not_parties", [s[1:] for s in SHAPES], ids=[s[0] for s in SHAPES]
)
def test_legend_line_over_a_flattened_opening(
    text: str, title: str, parties: set[str], not_parties: set[str]
) -> None:
    x = extract_text(text)
    assert own_title(text) == title
    roles = own_roles(x)
    assert parties <= set(roles)
    assert not (not_parties & set(roles))
    # the legend's lenders guarantee nothing
    assert not {s for s, _ in edges(x, "SECURES")} & not_parties


def test_the_guarantors_signature_on_a_flattened_page() -> None:
    x = extract_text(SHAPES[0][1])
    assert ("Dana Wirth", "Guaranty") in edges(x, "SIGNED")


NEAR_MISSES = [
    (
        "preamble_speaking_of_subordination",
        'THIS SUBORDINATION AGREEMENT (this "Agreement") is made as of May 1, 2020 by and among '
        'Orchard Bank, N.A. (the "Senior Lender"), Tamsin Capital LLC (the "Junior Lender") and '
        'Brackley Mills, Inc. (the "Borrower"), whereby the Junior Debt is subordinated.\n'
        "The parties agree as follows: 1. Subordination. The Junior Debt is subordinated to the "
        "Senior Debt.",
        "Subordination Agreement",
        {"Orchard Bank, N.A.", "Tamsin Capital LLC", "Brackley Mills, Inc."},
    ),
    (
        "guaranty_titled_by_its_heading",
        'PARENT GUARANTY\n\nThis Guaranty (this "Guaranty") is made as of April 4, 2017 by '
        'Corbel Group plc (the "Guarantor") in favor of Larchmont Bank (the "Bank").',
        "Parent Guaranty",
        {"Corbel Group plc", "Larchmont Bank"},
    ),
]


@pytest.mark.parametrize(
    "text,title,parties", [s[1:] for s in NEAR_MISSES], ids=[s[0] for s in NEAR_MISSES]
)
def test_openings_that_are_no_legend(text: str, title: str, parties: set[str]) -> None:
    x = extract_text(text)
    assert own_title(text) == title
    assert parties <= set(own_roles(x))
    assert any(e.ref == OWN for e in x.entities)
