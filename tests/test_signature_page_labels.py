"""A signature page's own label on a line of its own ("Signature Page to Larkspur Systems, Inc.
Credit Agreement"): it names the document by its borrower, and the borrower signs no block
there, least of all under the caption of the block above it ("BANK").

Passages written for the test in the shape of a two-party bank credit agreement signed in
counterparts (each page a caption, a company, a "By:" line, the label at its foot); never
copied from a filing. Blind annotation h6-c found the shape (credit-dev, tuned half).
"""

from __future__ import annotations

from tests.passages import edges, extract_text, own_roles

_LARKSPUR, _PRAIRIE = "LARKSPUR SYSTEMS, INC.", "PRAIRIE STATE BANK"

_AGREEMENT = (
    "CREDIT AGREEMENT\n"
    "THIS CREDIT AGREEMENT, dated as of May 2, 2013, is made and entered into by and between"
    " LARKSPUR SYSTEMS, INC., a Delaware corporation (\u201cBorrower\u201d), and PRAIRIE STATE"
    " BANK, an Illinois banking corporation (\u201cBank\u201d).\n"
    "1. Loans. The Bank agrees to make loans to the Borrower from time to time.\n"
)
_PAGE = (
    "\nIN WITNESS WHEREOF, the parties hereto have caused this Credit Agreement to be duly\n"
    "executed and delivered by their respective duly authorized officers as of the date first"
    " above written.\n\n\n\nBORROWER:\n\nLARKSPUR SYSTEMS, INC.\n\nBy:\n{left}\n"
    "Name: Helen R. Marsh\nTitle: President\n\n\n\n\n\nBANK\n\nPRAIRIE STATE BANK\n\nBy:\n"
    "{right}\nName: Walter P. Greer\nTitle: Senior Vice President\n\n\n\n"
    "Signature Page to Larkspur Systems, Inc. Credit Agreement\n\n"
)


def _signed(counterparts: int) -> str:
    pages = [
        _PAGE.format(left="/s/ Helen R. Marsh", right=""),
        _PAGE.format(left="", right="/s/ Walter P. Greer"),
    ]
    return _AGREEMENT + "".join(pages[:counterparts])


def test_the_label_gives_the_borrower_no_second_role() -> None:
    for counterparts in (1, 2):
        roles = own_roles(extract_text(_signed(counterparts)))
        assert {k.upper(): v for k, v in roles.items()} == {_LARKSPUR: "Borrower", _PRAIRIE: "Bank"}


def test_the_bank_lends_to_the_borrower() -> None:
    x = extract_text(_signed(2))
    assert {(a.upper(), b.upper()) for a, b in edges(x, "LENDS_TO")} == {(_PRAIRIE, _LARKSPUR)}
    assert {p for p, _ in edges(x, "SIGNED")} == {"Helen R. Marsh", "Walter P. Greer"}
