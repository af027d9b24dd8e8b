"""An amendment chain written with "a ... and a ..." links, a modification agreement as a link,
or the last link's parties before the head's term ("the Business Loan Agreement dated ...
between X ("Borrower") and Y ("Lender"), as modified by the Loan Modification Agreement dated
... between Borrower and Lender (as so modified, the "Loan Agreement")"): every link AMENDS the
head, and the closing term names the head (:mod:`ingest.references.mentions`), so that what the
document later says of "the Loan Agreement" (a waiver, a note issued under it) reaches it."""

from __future__ import annotations

from ingest.references.kinds import title_kind
from ingest.references.mentions import find_mentions
from tests.passages import edges, extract_text


def _chains(text: str) -> list[tuple[str, str | None, list[str]]]:
    return [(h.title, h.term, [c.title for c in chain]) for h, chain in find_mentions(text)]


def test_a_modification_agreement_linked_after_a_partys_parenthesis() -> None:
    text = (
        "We refer to the Business Loan Agreement dated June 30, 2006 between Kell Tool, Inc., a"
        ' Utah corporation ("Borrower"), and Orem State Bank ("Lender"), as modified by the Loan'
        " Modification Agreement dated July 1, 2007 between Borrower and Lender (as so modified,"
        ' the "Loan Agreement").'
    )
    assert _chains(text) == [
        ("Business Loan Agreement", "Loan Agreement", ["Loan Modification Agreement"])
    ]


def test_links_introduced_by_a_and_a() -> None:
    text = (
        "The Company and the Banks are parties to a Revolving Credit Agreement dated as of June"
        " 8, 2016, as amended by a First Amendment to Revolving Credit Agreement dated as of"
        " April 3, 2017 and a Second Amendment to Revolving Credit Agreement dated as of"
        ' September 28, 2018 (as so amended, the "Credit Agreement").'
    )
    assert _chains(text) == [
        (
            "Revolving Credit Agreement",
            "Credit Agreement",
            [
                "First Amendment to Revolving Credit Agreement",
                "Second Amendment to Revolving Credit Agreement",
            ],
        )
    ]


def test_a_partys_parenthesis_never_swallows_an_agreements_own_term() -> None:
    text = (
        "the Security Agreement dated May 1, 2012 between Acme Corp. and Beta Bank (the Existing"
        " Agreement), as amended by the First Amendment dated June 1, 2013"
    )
    [(_head, chain)] = find_mentions(text)[:1]
    assert chain == []


def test_a_modification_agreement_is_an_amendment_but_a_loan_agreement_is_not() -> None:
    assert title_kind("Loan Modification Agreement") == "amendment"
    assert title_kind("Business Loan Agreement") == "loan_agreement"


_LETTER = """EXHIBIT 10.7

March 2, 2011

Hollis Marine Supply, Inc.
Attention: Chief Financial Officer

Dear Sirs:

     We refer to the Business Loan Agreement dated May 5, 2009 between Hollis Marine Supply,
Inc., an Oregon corporation ("Borrower"), and Cascade Harbor Bank ("Lender"), as modified by
the Loan Modification Agreement dated April 1, 2010 between Borrower and Lender (as so
modified, the "Loan Agreement"). Borrower did not maintain the Current Ratio required by
Section 6.4 of the Loan Agreement for the fiscal quarter ended December 31, 2010 (the
"Ratio Default").

     Lender hereby waives the Ratio Default.

                                   CASCADE HARBOR BANK

                                   By: /s/ Dana R. Whitby
                                       Dana R. Whitby, Vice President

ACKNOWLEDGED AND AGREED:

HOLLIS MARINE SUPPLY, INC.

By: /s/ Peter N. Lund
    Peter N. Lund, President
"""


def test_the_modification_amends_the_head_and_the_waiver_reaches_the_head() -> None:
    x = extract_text(_LETTER)
    assert ("Loan Modification Agreement", "Business Loan Agreement") in edges(x, "AMENDS")
    assert ("Cascade Harbor Bank", "Business Loan Agreement") in edges(x, "WAIVES")
