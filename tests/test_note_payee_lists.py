"""A note payable to several lenders named in a list ("promises to pay to the order of A, a
New York banking corporation, B, Tampa Agency (collectively, "Existing Lenders") and C ...
(the "New Lender") ... the principal sum of"), written out as an exhibit: every lender listed
holds the note, and none holds or lends its whole principal alone. Shapes of drafting, on
passages written for these tests."""

from __future__ import annotations

from tests.passages import edges, extract_text

SYNDICATE = (
    "TERM LOAN AGREEMENT\n\n"
    'THIS TERM LOAN AGREEMENT (the "Agreement") dated as of October 4, 2002 by and among '
    'CORAL RIDGE BANK, a Florida banking corporation (the "Agent" and a "Lender"), HUDSON '
    "VALLEY BANK, N.A., a national banking association, MESA FEDERAL BANK, a federal savings "
    'bank (each a "Lender" and collectively, "Lenders"), and BLUEGILL MARINE, INC., a Florida '
    'corporation ("Borrower").\n\n'
    "1. The Lenders agree to make a term loan to Borrower of $9,000,000, evidenced by the Note "
    "in the form of Exhibit A.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\n"
    "CORAL RIDGE BANK\n\nBy: /s/ Ann Smith\nAnn Smith, Vice President\n\n"
    "HUDSON VALLEY BANK, N.A.\n\nBy: /s/ Carl Berg\nCarl Berg, Vice President\n\n"
    "MESA FEDERAL BANK\n\nBy: /s/ Luis Mora\nLuis Mora, Vice President\n\n"
    "BLUEGILL MARINE, INC.\n\nBy: /s/ Dan Price\nDan Price, President\n\n\n"
    "Exhibit A\n\nTERM PROMISSORY NOTE\n\n$9,000,000.00                 Orlando, Florida\n"
    "October 4, 2002\n\n"
    'FOR VALUE RECEIVED, BLUEGILL MARINE, INC. ("Borrower") promises to pay to the order of '
    'CORAL RIDGE BANK, a Florida banking corporation ("Agent" or "Lender"), HUDSON VALLEY '
    'BANK, N.A., a national banking association (collectively, "Existing Lenders"), and MESA '
    'FEDERAL BANK, a federal savings bank (the "New Lender") and their respective successors '
    "and assigns, at 200 Bay Street, Orlando, FL 32801, the principal sum of NINE MILLION AND "
    "00/100 DOLLARS ($9,000,000.00), together with interest, in accordance with the terms of "
    "the Term Loan Agreement of even date among Borrower and Lenders.\n\n"
    "BLUEGILL MARINE, INC.\n\nBy:\nDan Price, President\n"
)
NOTE = "Term Promissory Note"
LENDERS = {"CORAL RIDGE BANK", "HUDSON VALLEY BANK, N.A.", "MESA FEDERAL BANK"}


def test_every_lender_the_promise_lists_holds_the_note() -> None:
    holders = {src for src, dst in edges(extract_text(SYNDICATE), "HOLDS") if dst == NOTE}
    assert holders == LENDERS


def test_no_listed_lender_holds_or_lends_the_whole_principal_alone() -> None:
    x = extract_text(SYNDICATE)
    names = {e.ref: str(e.props.get("name") or e.props.get("title")) for e in x.entities}
    for r in x.relations:
        if r.type in ("HOLDS", "LENDS_TO") and names[r.source] in LENDERS:
            assert r.props.get("amount") != 9_000_000


def test_a_note_payable_to_one_lender_keeps_its_principal() -> None:
    one = SYNDICATE.replace(
        ', HUDSON VALLEY BANK, N.A., a national banking association (collectively, "Existing '
        'Lenders"), and MESA FEDERAL BANK, a federal savings bank (the "New Lender") and their '
        "respective",
        " and its",
    )
    x = extract_text(one)
    assert {src for src, dst in edges(x, "HOLDS") if dst == NOTE} == {"CORAL RIDGE BANK"}
    held = [r for r in x.relations if r.type == "HOLDS"]
    assert any(r.props.get("amount") == 9_000_000 for r in held)
