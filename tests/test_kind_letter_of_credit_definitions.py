"""A definition of one kind of the agreement's letters of credit, under the definition's number
as older agreements write it ("1.44 "Standby Letter(s) of Credit" shall mean any letter or
letters of credit issued by Administrative Agent on behalf of Lenders ..."): the party named
issues the letters of credit the agreement provides for, the one instrument the facility
defines together ("Standby Letters of Credit and Commercial Letters of Credit (collectively,
the "Letters of Credit")"). Shapes of drafting, on passages written for these tests."""

from __future__ import annotations

from tests.passages import edges, extract_text

AGREEMENT = (
    "CREDIT FACILITY AGREEMENT\n\n"
    'THIS CREDIT FACILITY AGREEMENT (the "Agreement") dated as of June 1, 1998 by and among '
    'CYPRESS POINT BANK, a California banking corporation ("Administrative Agent"), SIERRA '
    'COMMERCE BANK, a California banking corporation (each a "Lender" and, collectively, '
    '"Lenders"), and REDWOOD PAVING, INC., a California corporation ("Borrower").\n\n'
    "I. DEFINITIONS\n\n"
    '1.01 "Banking Day" shall mean any day on which banks in San Francisco are open.\n\n'
    '1.02 "Standby Letter(s) of Credit" shall mean any letter or letters of credit issued by '
    "Administrative Agent on behalf of Lenders in favor of a bonding company or customer of "
    "Borrower.\n\n"
    "II. THE FACILITY\n\n"
    "2.01 The Line of Credit. The line of credit shall be available up to $6,000,000 for the "
    "issuance of Standby Letters of Credit and Commercial Letters of Credit (collectively, the "
    '"Letters of Credit") for the account of Borrower.\n\n'
    "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\n"
    "CYPRESS POINT BANK\n\nBy: /s/ Ann Smith\nAnn Smith, Vice President\n\n"
    "SIERRA COMMERCE BANK\n\nBy: /s/ Carl Berg\nCarl Berg, Vice President\n\n"
    "REDWOOD PAVING, INC.\n\nBy: /s/ Dan Price\nDan Price, President\n"
)


def test_the_party_a_numbered_definition_names_issues_the_letters_of_credit() -> None:
    x = extract_text(AGREEMENT)
    issued = {(src, dst) for src, dst in edges(x, "ISSUES") if "Letters of Credit" in dst}
    assert {src for src, _ in issued} == {"CYPRESS POINT BANK"}


def test_the_letters_of_credit_stay_one_instrument() -> None:
    x = extract_text(AGREEMENT)
    lcs = [
        e
        for e in x.entities
        if e.label == "Instrument" and e.props.get("kind") == "letter_of_credit"
    ]
    assert len(lcs) == 1
