"""Two companies that borrow together, named in a preamble with no "between": each with its
own short name, then a parenthesis that makes both "the Borrower" (`(Northgate and Brightwater
are collectively and individually, the "Borrower")`), and the lender with a capacity after its
term ("acting through its Business Capital division, hereby agree as follows").

Passages written for the test in the shape of asset-based bank forms (a cover page listing
the parties one per line, a dated caption, the parties' paragraph); never copied from a
filing. Blind annotation h6-c found the shape (credit-dev, tuned half).
"""

from __future__ import annotations

from ingest.parties.listed_terms import listed_terms
from ingest.structure.preamble import find_preamble
from tests.passages import edges, extract_text, own_roles

_PARTIES = (
    'NORTHGATE  TOOL  SUPPLY  COMPANY,  an Ohio  corporation  ("Northgate"),\n'
    'BRIGHTWATER OUTLETS, INC., a Nevada corporation ("Brightwater") (Northgate and Brightwater\n'
    'are  collectively  and  individually,  the  "Borrower"),  and  HARBOR  NATIONAL  BANK\n'
    '(as more fully defined in Article I, the "Lender") acting through its Harbor Business\n'
    "Capital division, hereby agree as follows:\n\n"
)
_BODY = (
    "ARTICLE I\n\nDEFINITIONS\n\n"
    "Section 2.1 Advances. The Lender agrees to make advances to the Borrower from time to time"
    " in an amount not in excess of $3,000,000.\n"
)
_COVER = (
    "LOAN AND SECURITY AGREEMENT\n\nBY AND AMONG\n\nNORTHGATE TOOL SUPPLY COMPANY\n"
    "BRIGHTWATER OUTLETS, INC.\n\nAND\n\nHARBOR NATIONAL BANK\n\n\n\nJune 9, 2011\n\n"
)
_CAPTION = "LOAN AND SECURITY AGREEMENT\n\nDated June 9, 2011\n\n"

_BORROWERS = {"NORTHGATE TOOL SUPPLY COMPANY", "BRIGHTWATER OUTLETS, INC."}


def test_the_listed_parties_share_the_borrower_role() -> None:
    roles = own_roles(extract_text(_CAPTION + _PARTIES + _BODY))
    assert roles == {
        "NORTHGATE TOOL SUPPLY COMPANY": "Borrower",
        "BRIGHTWATER OUTLETS, INC.": "Borrower",
        "HARBOR NATIONAL BANK": "Lender",
    }


def test_the_lender_lends_to_each_borrower() -> None:
    x = extract_text(_CAPTION + _PARTIES + _BODY)
    assert edges(x, "LENDS_TO") == {("HARBOR NATIONAL BANK", b) for b in _BORROWERS}


def test_the_parties_paragraph_is_the_preamble_under_a_cover_page() -> None:
    # the cover lists the names one per line; the preamble, not the cover, names the parties
    text = _COVER + _CAPTION + _PARTIES + _BODY
    found = find_preamble(text)
    assert found is not None
    assert text[found[0] :].startswith("NORTHGATE  TOOL")
    assert set(own_roles(extract_text(text))) == _BORROWERS | {"HARBOR NATIONAL BANK"}


def test_other_wordings_of_the_shared_role() -> None:
    text = (
        "GUARANTY AGREEMENT\n\n"
        'QUILLON HOLDINGS, LLC, a Texas limited liability company ("Quillon"), and MARSH ROW'
        ' PARTNERS, L.P., a Delaware limited partnership ("Marsh") (Quillon and Marsh, each a'
        ' "Guarantor"), and FENWICK STATE BANK (the "Bank"), hereby agree as follows:\n\n'
        "1. Guaranty. Each Guarantor guarantees the obligations of Tamsin Foods, Inc."
        " to the Bank.\n"
    )
    roles = own_roles(extract_text(text))
    assert roles["QUILLON HOLDINGS, LLC"] == "Guarantor"
    assert roles["MARSH ROW PARTNERS, L.P."] == "Guarantor"


def test_listed_terms_name_only_parties_named_before() -> None:
    # from the end of the last party's own term to the opening quote of the shared one
    text = '") (Acme and Beta are sometimes referred to herein individually as a "'
    assert listed_terms(text, 0, len(text)) == {"acme", "beta"}
    # a parenthesis that describes, not one that lists the parties' terms
    other = '") (Acme and Beta are the parties to the Merger Agreement "'
    assert listed_terms(other, 0, len(other)) is None
