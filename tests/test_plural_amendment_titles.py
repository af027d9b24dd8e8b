"""A document titled in the plural, "AMENDMENTS TO LOAN AGREEMENT AND PROMISSORY NOTE", is an
amendment of each agreement its title names, as "Amendment to ..." is
(:mod:`ingest.agreements.kinds`, ``references.amendment_title``)."""

from __future__ import annotations

from tests.passages import edges, extract_text

_LETTER = """                AMENDMENTS TO LOAN AGREEMENT AND PROMISSORY NOTE

     These Amendments to Loan Agreement and Promissory Note (these "Amendments") are made as
of March 1, 2004 between HIGH DESERT GRANITE, INC., a Nevada corporation ("Borrower"), and
SILVER STATE BANK ("Lender").

     1. The Loan Agreement dated April 2, 2002 between Borrower and Lender (the "Loan
Agreement") is amended by changing the Termination Date to March 31, 2005.

     2. The Promissory Note dated April 2, 2002 in the principal amount of $900,000 made by
Borrower payable to Lender (the "Note") is amended to extend its maturity to March 31, 2005.

HIGH DESERT GRANITE, INC.

By: /s/ Ray Dunmore
    Ray Dunmore, President

SILVER STATE BANK

By: /s/ Lucia Pratt
    Lucia Pratt, Vice President
"""


def test_a_plural_title_amends_each_document_it_names() -> None:
    x = extract_text(_LETTER)
    own = next(e for e in x.entities if e.ref == "agreement:self")
    assert own.props["kind"] == "amendment"
    assert edges(x, "AMENDS") == {
        ("Amendments to Loan Agreement and Promissory Note", "Loan Agreement"),
        ("Amendments to Loan Agreement and Promissory Note", "Promissory Note"),
    }


def test_an_agreement_that_amends_a_note_as_well_is_no_instrument() -> None:
    text = _LETTER.replace("AMENDMENTS TO LOAN", "AMENDMENT TO LOAN").replace(
        'These Amendments to Loan Agreement and Promissory Note (these "Amendments") are',
        'This Amendment to Loan Agreement and Promissory Note (this "Amendment") is',
    )
    x = extract_text(text)
    own = next(e for e in x.entities if e.ref == "agreement:self")
    assert (own.label, own.props["kind"]) == ("Agreement", "amendment")


def test_a_note_amendment_is_still_an_instrument() -> None:
    text = """                      AMENDMENT TO PROMISSORY NOTE

     This Amendment to Promissory Note is made as of March 1, 2004 by HIGH DESERT GRANITE,
INC. ("Maker") in favor of SILVER STATE BANK ("Holder"). The Promissory Note dated April 2,
2002 made by Maker payable to Holder in the principal amount of $900,000 (the "Note") is
amended by extending its Maturity Date to March 31, 2005.
"""
    x = extract_text(text)
    own = next(e for e in x.entities if e.ref == "agreement:self")
    assert own.props["kind"] == "amendment"
    assert own.label == "Instrument"
