"""A guaranty the conditions say the lender receives from a company named only there
(:mod:`ingest.relations.guaranty_from`): passages written for this test."""

from __future__ import annotations

from tests.passages import edges, extract_text

_CONDITIONS = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT dated as of June 8, 2012 is between TALLOW CREEK FOODS, INC., a \
Delaware corporation (the "Borrower"), and REDSTONE NATIONAL BANK (the "Lender").

Section 4.01 Closing Conditions. This Agreement shall become effective when (a) the Lender \
shall have received (i) from the Borrower a counterpart of this Agreement signed on behalf of \
the Borrower and (ii) from Halvern Group, Inc. ("Parent" or the "Guarantor") a guaranty of the \
Borrower's obligations under this Agreement in form and substance satisfactory to the Lender \
(the "Guaranty"), together with evidence of its authorization.

Section 6.01 Events of Default. If the Guarantor shall fail to pay any amount when due.
"""


def test_the_company_the_guaranty_is_received_from_is_its_guarantor() -> None:
    x = extract_text(_CONDITIONS)
    assert ("Halvern Group, Inc.", "Guaranty") in edges(x, "PARTY_TO")
    assert ("Halvern Group, Inc.", "Credit Agreement") in edges(x, "SECURES")
    assert ("Halvern Group, Inc.", "Credit Agreement") not in edges(x, "PARTY_TO")


def test_a_company_the_clause_names_no_guarantor_gives_no_guaranty() -> None:
    text = _CONDITIONS.replace('("Parent" or the "Guarantor")', '(the "Seller")')
    x = extract_text(text)
    assert not any(s == "Halvern Group, Inc." for s, _ in edges(x, "SECURES"))
    assert not any(s == "Halvern Group, Inc." for s, _ in edges(x, "PARTY_TO"))
