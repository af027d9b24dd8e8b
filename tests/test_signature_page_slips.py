"""Signature pages of an old filing typed with slips (stop 31): a company's name with two
letters typed twice over ("LODGINGING"), a body sentence on documents "executed on the date
hereof" that is no closing, and a "LIST OF SCHEDULES" page right after an agent's block whose
signature could not be read. Passages written in the shape, not copied from a filing.
"""

from __future__ import annotations

from tests.passages import edges, extract_text, own_roles

SLIPS = """CREDIT AGREEMENT

This CREDIT AGREEMENT is entered into as of May 6, 2002 by and among BRANDYWINE OUTDOOR \
LODGING PROPERTIES, INC., a Vermont corporation ("Borrower"), the lenders from time to time \
party hereto, and NORTHFIELD TRUST BANK, N.A., a national banking association, as Agent for \
the lenders (the "Agent").

Section 2.1 THE LOANS. The Lenders shall make term loans to Borrower in the amount of \
$9,000,000.

Section 5.15 PENSION PLANS. The execution, delivery and performance of this Agreement and the \
other Lender Agreements executed on the
date hereof will not involve any prohibited transaction within the meaning of ERISA.

Section 5.16 TAXES. Borrower has paid all taxes.

IN WITNESS WHEREOF, Borrower, the Agent and the Lenders have caused this Agreement to be \
executed by their duly authorized officers as of the date set forth above.

BRANDYWINE OUTDOOR LODGING
PROPERERTIES, INC.

By: /s/ Marian T. Okafor
Name: Marian T. Okafor
Title: Executive Vice President


[EXECUTION CONTINUED ON FOLLOWING PAGES]

<PAGE>

NORTHFIELD TRUST BANK, N.A., as Agent

By: signature illegible


[EXECUTION CONTINUED ON FOLLOWING PAGES]

<PAGE>

LIST OF SCHEDULES

Schedule I           Commitment Percentages, Designated Lenders

Schedule 2           Permitted Liens
"""


def test_the_misspelt_company_is_the_borrower_who_signs() -> None:
    x = extract_text(SLIPS)
    assert ("Marian T. Okafor", "Credit Agreement") in edges(x, "SIGNED")
    assert set(own_roles(x)) == {
        "BRANDYWINE OUTDOOR LODGING PROPERTIES, INC.",
        "NORTHFIELD TRUST BANK, N.A.",
    }


def test_no_line_of_the_list_of_schedules_signs() -> None:
    signed = edges(extract_text(SLIPS), "SIGNED")
    assert {s for s, _ in signed} == {"Marian T. Okafor"}
