"""A passive guaranty of the deal's "Obligations" by a company a definition names by a short
term ("The payment and performance of the Obligations shall at all times be guaranteed by
Maple and its Subsidiaries (each a "Guarantor") pursuant to guaranty agreements ... (the
"Guaranties")", '"Maple" means Maple Ridge Foods Ltd., a corporation organized under the laws
of Ontario'): the company SECURES the agreement and is a Guarantor party to the guaranties the
term names, and to no other guaranty. Passages written for these tests."""

from __future__ import annotations

from tests.passages import edges, extract_text

_TEXT = """CREDIT AGREEMENT

This Credit Agreement is entered into as of June 4, 2001, by and among Maple Acquisition Sub,
Inc., a Delaware corporation (the "Borrower"), the financial institutions from time to time
party to this Agreement, as Lenders, and Lakeside Bank, as Administrative Agent as provided
herein.

Section 4.2. Guaranty. The payment and performance of the Obligations
shall at all times be guaranteed by Maple and its Subsidiaries (each a
"Guarantor") pursuant to guaranty agreements in form and substance acceptable to
the Lenders, as the same may be amended, modified or supplemented from time to
time (the "Guaranties").

Section 5.1. Definitions.

"Maple" means Maple Ridge Foods Ltd., a corporation organized under the
laws of Ontario.

"Obligations" means all obligations of the Borrower to pay principal and interest on the Loans.
"""

_MAPLE, _OWN = "Maple Ridge Foods Ltd.", "Credit Agreement"


def test_the_company_a_term_names_guarantees_the_obligations() -> None:
    x = extract_text(_TEXT)
    assert (_MAPLE, _OWN) in edges(x, "SECURES")
    assert (_MAPLE, "Guaranties") in edges(x, "PARTY_TO")


def test_another_companys_obligations_are_not_the_deals() -> None:
    x = extract_text(
        _TEXT.replace(
            "The payment and performance of the Obligations",
            "The payment and performance of the obligations of Birchwood Mills, Inc.",
        )
    )
    assert (_MAPLE, _OWN) not in edges(x, "SECURES")
