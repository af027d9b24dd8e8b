"""A signer's typed name with credentials after it ("Lena M. Ortiz, CPA"): the person is
named without them (``ingest.signatures.credentials``)."""

from __future__ import annotations

from tests.passages import edges, extract_text

_PASSAGE = """LOAN AGREEMENT

THIS LOAN AGREEMENT dated as of March 3, 2011 is made between HARBORVIEW CAPITAL CORP., a
Delaware corporation (the "Borrower"), and NORTHGATE BANK, N.A. (the "Lender").

The Lender agrees to make a term loan to the Borrower in the amount of $4,000,000.

IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first above
written.

HARBORVIEW CAPITAL CORP.,
as Borrower

By: /s/ Paul R. Hart, Esq.
Name: Paul R. Hart, Esq.
Title: General Counsel

NORTHGATE BANK, N.A.,
as Lender

By: /s/ Lena M. Ortiz, CPA, CFA
Name: Lena M. Ortiz, CPA, CFA
Title: Senior Vice President
"""


def test_signers_are_named_without_their_credentials() -> None:
    signed = edges(extract_text(_PASSAGE), "SIGNED")
    assert ("Paul R. Hart", "Loan Agreement") in {(a, b.title()) for a, b in signed}
    assert ("Lena M. Ortiz", "Loan Agreement") in {(a, b.title()) for a, b in signed}
    assert not any("CPA" in a or "Esq" in a for a, _ in signed)
