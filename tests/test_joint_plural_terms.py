"""A joint term and its plural in one parenthesis: ("TPL" and together with the Borrower and
OHI, each individually, a "Loan Party" and collectively, the "Loan Parties"). The plural names
the same parties as the singular, although the list of parties first gave it to the party
named last. Shapes of drafting, on passages written for these tests."""

from __future__ import annotations

from tests.passages import extract_text

AGREEMENT = (
    "CREDIT AGREEMENT\n\n"
    'THIS CREDIT AGREEMENT, dated as of May 2, 2013 (this "Agreement"), is by and among '
    'LAKESHORE TRUST BANK, a national banking association (the "Bank"), KESTREL SOLAR, LLC, a '
    'Michigan limited liability company (the "Borrower"), OSPREY HOLDINGS, INC., a Michigan '
    'corporation ("OHI"), and TERN POWER, LLC, a Michigan limited liability company ("TPL" and '
    'together with the Borrower and OHI, each individually, a "Loan Party" and collectively, '
    'the "Loan Parties").\n\n'
    "1. The Bank agrees to lend to the Borrower.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\n"
    "LAKESHORE TRUST BANK\n\nBy: /s/ Ann Smith\nAnn Smith, Vice President\n"
)
LOAN_PARTIES = {"KESTREL SOLAR, LLC", "OSPREY HOLDINGS, INC.", "TERN POWER, LLC"}


def test_the_plural_names_every_party_the_singular_names() -> None:
    x = extract_text(AGREEMENT)
    going_by = {
        str(e.props["name"])
        for e in x.entities
        if e.label == "Party" and "Loan Parties" in e.aliases
    }
    assert going_by == LOAN_PARTIES


def test_the_bank_is_no_loan_party() -> None:
    x = extract_text(AGREEMENT)
    bank = next(e for e in x.entities if e.props.get("name") == "LAKESHORE TRUST BANK")
    assert "Loan Party" not in bank.aliases and "Loan Parties" not in bank.aliases
