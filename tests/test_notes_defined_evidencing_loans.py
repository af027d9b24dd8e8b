"""A note an agreement's own definitions describe as evidencing a loan the agreement makes:
""Ashby Note" means the promissory note of Ashby, payable to the order of the Lender, evidencing
the Ashby Loan", ""Term Note" means the promissory note of the Borrower evidencing the Term
Loans" (``relations.evidencing_notes.evidencing_own_loan``): the note is ISSUED_UNDER the
agreement, as its maker ISSUES it and its payee HOLDS it. Before, a definition ("means") gave
the maker and payee but no agreement where it named no exhibit or section. Near misses: a note
evidencing the loans of another agreement, and an existing note."""

from __future__ import annotations

from tests.passages import edges, extract_text

_AGREEMENT = """CREDIT AGREEMENT

This CREDIT AGREEMENT is made as of January 9, 2017 among KESTREL FARMS, LLC, a Wisconsin
limited liability company ("Kestrel"), LARCH DAIRY COMPANY, a Wisconsin corporation ("Larch"
and, with Kestrel, each a "Borrower"), and BADGER PRAIRIE BANK, N.A. (the "Lender").

1.1 Definitions.

{definitions}

2.1 Loans. The Lender agrees to make a term loan to Kestrel of $1,000,000 (the "Kestrel Loan")
and a term loan to Larch of $800,000 (the "Larch Loan").

KESTREL FARMS, LLC
By: /s/ Nina Kestrel
Title: Manager

LARCH DAIRY COMPANY
By: /s/ Nina Kestrel
Title: President

BADGER PRAIRIE BANK, N.A.
By: /s/ Paul Orr
Title: Vice President
"""

_PER_BORROWER = """"Kestrel Note" means the promissory note of Kestrel, payable to the order of the
Lender, evidencing the Kestrel Loan.

"Larch Note" means the promissory note of Larch, payable to the order of the Lender,
evidencing the Larch Loan."""

_OTHER_WORDING = """"Kestrel Note" means the promissory note made by Kestrel in favor of the Lender
evidencing the Kestrel Loan.

"Larch Note" means the promissory note made by Larch in favor of the Lender evidencing the
Larch Loan."""


def test_a_defined_note_evidencing_the_agreements_loan_is_issued_under_it() -> None:
    for definitions in (_PER_BORROWER, _OTHER_WORDING):
        x = extract_text(_AGREEMENT.format(definitions=definitions))
        assert {("Kestrel Note", "Credit Agreement"), ("Larch Note", "Credit Agreement")} <= edges(
            x, "ISSUED_UNDER"
        ), definitions
        assert ("KESTREL FARMS, LLC", "Kestrel Note") in edges(x, "ISSUES"), definitions
        assert ("LARCH DAIRY COMPANY", "Larch Note") in edges(x, "ISSUES"), definitions


_NEAR_MISSES = (
    # the loans of another agreement
    """"Kestrel Note" means the promissory note of Kestrel, payable to the order of the Lender,
evidencing the loans under the Prior Credit Agreement.""",
    # an existing note, made before
    """"Existing Kestrel Note" means the promissory note of Kestrel, payable to the order of the
Lender, evidencing the Existing Loans.""",
)


def test_a_note_of_other_loans_is_not_issued_under_the_agreement() -> None:
    for definitions in _NEAR_MISSES:
        x = extract_text(_AGREEMENT.format(definitions=definitions))
        assert not {n for n, _ in edges(x, "ISSUED_UNDER") if "Kestrel Note" in n}, definitions
