"""Earlier letters of credit a credit agreement takes over by deeming them issued under it:
"on the Effective Date ... each Existing Letter of Credit shall be deemed to have been issued
under this Agreement" (``relations.letters_of_credit.deemed_issued_hereunder``). They are an
instrument of their own ("Existing Letters of Credit"), ISSUED_UNDER the agreement; letters
of credit that only "constitute Letters of Credit hereunder" are not deemed issued under it.
Passages written for this test (invented parties)."""

from __future__ import annotations

from tests.passages import edges, extract_text

_HEAD = (
    "CREDIT AGREEMENT\n\n"
    "THIS CREDIT AGREEMENT dated as of May 2, 2006 is among HALVERN UTILITY COMPANY, the "
    "banks listed on the signature pages hereof and LINTON NATIONAL BANK, as Administrative "
    "Agent.\n\n"
    '"Existing Letter of Credit" means each letter of credit issued by an LC Issuer and '
    "specified by the Borrower to the Administrative Agent on the Effective Date.\n\n"
)


def _under(sentence: str) -> set[tuple[str, str]]:
    return edges(extract_text(_HEAD + sentence + "\n"), "ISSUED_UNDER")


def test_existing_letters_deemed_issued_under_this_agreement() -> None:
    under = _under(
        "2.16 Issuance. By their execution of this Agreement, the parties hereto agree that on "
        "the Effective Date (without any further action by any Person), each Existing Letter "
        "of Credit shall be deemed to have been issued under this Agreement and the rights "
        "and obligations of the issuer and the account party thereunder shall be subject to "
        "the terms hereof."
    )
    assert ("Existing Letters of Credit", "Credit Agreement") in under, under


def test_prior_letters_deemed_issued_pursuant_to_this_agreement() -> None:
    under = _under(
        "2.5 Prior Letters. On the Closing Date all Prior Letters of Credit shall be deemed "
        "issued pursuant to this Agreement."
    )
    assert ("Prior Letters of Credit", "Credit Agreement") in under, under


def test_letters_that_only_constitute_letters_hereunder_are_not_deemed_issued() -> None:
    # near miss: counted among the agreement's letters of credit, not deemed issued under it
    under = _under(
        "2.16 Existing Letters. The Existing Letters of Credit shall constitute Letters of "
        "Credit hereunder."
    )
    assert ("Existing Letters of Credit", "Credit Agreement") not in under, under
