"""A note form attached to a credit agreement with two borrowers offers its maker as bracketed
alternatives: "FOR VALUE RECEIVED, the undersigned, [HOLLIS MARINE CORPORATION, a Maine
corporation] [DESIGNATED BORROWER, a [ ] corporation] (the "Borrower"), HEREBY PROMISES TO PAY
to the order of [NAME OF LENDER]". The party a bracket names is the maker, not whoever signs
the next page; a placeholder names no one. Passages written in the shape, not copied from a
filing.
"""

from __future__ import annotations

from tests.passages import edges, extract_text

_FORM = """

EXHIBIT A

FORM OF PROMISSORY NOTE

U.S.$__________                                   Dated: __________, 2008

FOR VALUE RECEIVED, the undersigned, {maker} [DESIGNATED BORROWER, a [          ] \
corporation] (the "Borrower"), HEREBY PROMISES TO PAY to the order of [NAME OF LENDER] (the \
"Lender") the principal sum of the Advances made by the Lender to the Borrower pursuant to the \
Credit Agreement referred to below.

This Promissory Note is one of the Notes referred to in, and is entitled to the benefits of, \
the Credit Agreement.

[BORROWER]

By: ______________________



EXHIBIT B

FORM OF ASSIGNMENT AND ACCEPTANCE

Reference is made to the Credit Agreement. The Assignor and the Assignee agree as follows.

NORTHGATE BANK, N.A.

By: ______________________
"""

_CREDIT = """CREDIT AGREEMENT

Dated as of March 3, 2008

HOLLIS MARINE CORPORATION, a Maine corporation (the "Company"), the banks listed on the \
signature pages hereof (the "Lenders") and NORTHGATE BANK, N.A., as agent (the "Agent"), agree \
as follows:

SECTION 2.01. The Advances. Each Lender severally agrees to make advances to the Company or \
the Designated Borrower (each an "Advance") on the terms set forth herein.

IN WITNESS WHEREOF, the parties have caused this Agreement to be executed as of the date \
first above written.

HOLLIS MARINE CORPORATION

By: /s/ Ann Ford

NORTHGATE BANK, N.A., as Agent and Lender

By: /s/ Tom Hale
"""


def test_the_bracketed_company_makes_the_note() -> None:
    x = extract_text(
        _CREDIT + _FORM.format(maker="[HOLLIS MARINE CORPORATION, a Maine corporation]")
    )
    makers = {s for s, t in edges(x, "ISSUES") if "Note" in t}
    assert makers == {"HOLLIS MARINE CORPORATION"}


def test_placeholders_alone_name_no_maker_of_the_bank() -> None:
    x = extract_text(_CREDIT + _FORM.format(maker="[NAME OF BORROWER]"))
    makers = {s for s, t in edges(x, "ISSUES") if "Note" in t}
    assert "NORTHGATE BANK, N.A." not in makers
