"""A guaranty names the notes it guarantees as what the guaranteed amounts are payable under
or on ("all amounts payable by Borrower under the Note and the Loan Agreement", "the principal
of and interest on the Notes"): the guarantor SECURES those notes, as it does a note named
after "of"."""

from __future__ import annotations

from tests.passages import edges, extract_text

_GUARANTY = """LIMITED GUARANTY

THIS LIMITED GUARANTY is made as of October 6, 2004 by MILES T. ABERNATHY, an individual
("Guarantor"), for the benefit of GRANITE LEDGE CAPITAL, L.P., a Delaware limited partnership
("Lender").

WHEREAS, Lender has made a loan to Pinecrest Organics, Inc., a Vermont corporation
("Borrower"), evidenced by a Promissory Note dated October 6, 2004 made by Borrower payable to
the order of Lender in the original principal amount of $1,500,000 (the "Note").

1. Guarantor hereby unconditionally guarantees to Lender the punctual payment when due of all
amounts payable by Borrower under the Note, up to $500,000 in the aggregate.

/s/ Miles T. Abernathy
Miles T. Abernathy
"""


def test_the_guarantor_secures_the_note_amounts_are_payable_under() -> None:
    secures = edges(extract_text(_GUARANTY), "SECURES")
    assert [s for s in secures if s[1] == "Promissory Note" and "Abernathy" in s[0].title()]
