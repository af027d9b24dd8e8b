"""Defined terms typed in a parenthesis without quotes, for an instrument or for the party whose
role they give ("the sum of $750,000 (the Loan), evidenced by a promissory note ... (the
Note)", "(herein called the Company)", "(hereinafter referred to as the Notes)"), and a notes
title with a series label between its noun and its maturity ("Senior Notes, Series 2021-B, due
May 1, 2031"), read as one series; a term's evidence cites the filing's words, though the
reading text moves them to quote them (passages written for this test)."""

from __future__ import annotations

from ingest.bare_parenthesised_terms import quote_bare_terms
from tests.passages import edges, entity_names, extract_text, own_roles


def _instruments(text: str) -> dict[str, tuple[str, ...]]:
    x = extract_text(text)
    return {str(e.props["title"]): e.aliases for e in x.entities if e.label == "Instrument"}


_LOAN_AND_NOTE = """LOAN AGREEMENT

This Loan Agreement is made as of June 1, 2015 between Harlan Feed Mills, Inc., a Kansas
corporation (hereinafter called Borrower), and Prairie State Bank (hereinafter called Lender).

1. Loan. Lender agrees to lend to Borrower the sum of $750,000 (the Loan), evidenced by a
promissory note of even date herewith (the Note) executed by Borrower payable to the order of
Lender.

2. Governing Law. This Agreement shall be governed by the laws of the State of Kansas.
"""


def test_loan_and_note_named_by_bare_terms() -> None:
    x = extract_text(_LOAN_AND_NOTE)
    names = entity_names(x)
    titles = {names[e.ref]: e.aliases for e in x.entities if e.label == "Instrument"}
    assert titles == {"Promissory Note": ("Note",), "Loan": ("Loan",)}
    assert edges(x, "ISSUES") == {("Harlan Feed Mills, Inc.", "Promissory Note")}
    assert edges(x, "HOLDS") == {("Prairie State Bank", "Promissory Note")}
    assert edges(x, "ISSUED_UNDER") == {
        ("Promissory Note", "Loan Agreement"),
        ("Loan", "Loan Agreement"),
    }


def test_term_loan_and_note_in_other_words() -> None:
    x = extract_text(
        "TERM LOAN AGREEMENT\n\nThis Term Loan Agreement dated as of March 3, 2011 is between "
        "Osgood Marine Supply Co., an Oregon corporation (the Company), and Cascade Valley "
        "Bank (the Bank).\n\n1. The Loan. The Bank agrees to lend to the Company the sum of "
        "$1,200,000 (the Loan). The Loan shall be evidenced by a secured promissory note "
        "(the Note) made by the Company payable to the order of the Bank.\n\n2. Governing Law. "
        "This Agreement shall be governed by the laws of the State of Oregon.\n"
    )
    assert ("Osgood Marine Supply Co.", "Secured Promissory Note") in edges(x, "ISSUES")
    assert ("Cascade Valley Bank", "Secured Promissory Note") in edges(x, "HOLDS")
    assert ("Secured Promissory Note", "Term Loan Agreement") in edges(x, "ISSUED_UNDER")


_NOTE_PURCHASE = """NOTE PURCHASE AGREEMENT

Dated as of May 1, 2021

To each of the Purchasers listed in Schedule A hereto:

     Hollin Tool Company, a Delaware corporation (herein called the
Company), agrees with each of the purchasers named in Schedule A as follows:

     1. AUTHORIZATION OF NOTES. The Company will authorize the issue and sale of
$50,000,000 aggregate principal amount of its 3.75% Senior Notes, Series 2021-B, due
May 1, 2031 (hereinafter referred to as the Notes).

     2. SALE AND PURCHASE. The Company will issue and sell to each Purchaser, and each
Purchaser will buy from the Company, Notes in the principal amount set out beside its name in
Schedule A.

     3. GOVERNING LAW. This Agreement shall be governed by the law of the State of New York.
"""


def test_note_purchase_agreement_with_herein_called_terms() -> None:
    x = extract_text(_NOTE_PURCHASE)
    title = "3.75% Senior Notes, Series 2021-B, due May 1, 2031"
    assert own_roles(x) == {"Hollin Tool Company": "Company"}
    assert _instruments(_NOTE_PURCHASE).keys() == {title}
    assert edges(x, "ISSUES") == {("Hollin Tool Company", title)}
    assert edges(x, "ISSUED_UNDER") == {(title, "Note Purchase Agreement")}


def test_series_label_with_quoted_term_is_one_series() -> None:
    text = (
        "NOTE PURCHASE AGREEMENT\n\nDated as of April 2, 2019\n\nBrisk Harbor Foods, Inc., a "
        'Minnesota corporation (the "Company"), agrees with each of the purchasers named in '
        "Schedule A as follows:\n\n1. AUTHORIZATION OF NOTES. The Company will authorize the "
        "issue and sale of $40,000,000 aggregate principal amount of its 4.10% Senior Notes, "
        'Series B, due April 2, 2029 (the "Notes").\n'
    )
    assert _instruments(text) == {
        "4.10% Senior Notes, Series B, due April 2, 2029": ("Notes", "Senior Notes")
    }


def test_reading_text_keeps_every_offset() -> None:
    text = "the sum of $750,000 (the Loan), and (herein called the\nCompany) agrees"
    read = quote_bare_terms(text).text
    assert len(read) == len(text)
    assert '("Loan")' in read
    assert '(the "Company")' in read


def test_parentheses_that_define_nothing_are_left_alone() -> None:
    text = (
        "all obligations under the Loan Documents (the Loan Documents excepted), the amounts "
        "(as defined below), the obligations (the Borrower's) and the agreement of 2010 (the "
        "Agreement) and the lender (Delaware)"
    )
    assert quote_bare_terms(text).text == text


def test_a_span_of_a_quoted_term_is_where_the_filing_has_its_words() -> None:
    text = "lend (the Loan), as (herein called the\nCompany) and (the Senior Notes); (Delaware)"
    quoted = quote_bare_terms(text)
    for word in ("Loan", "Company", "Senior Notes"):
        at = quoted.text.index(f'"{word}"')
        for start, end in ((at, at + len(word) + 2), (at + 1, at + 1 + len(word))):
            # with its quotes or without them: the filing's word, never a character off
            got = quoted.filing_span(start, end)
            assert text[slice(*got)] == word
        lo, hi = quoted.filing_span(at, at)  # an empty span at an opening quote stays empty
        assert lo == hi
    # offsets outside a quoted term, and a whole parenthesis, stay where they are
    whole = text.index("(the Senior")
    assert quoted.filing_span(whole, whole + len("(the Senior Notes)")) == (
        whole,
        whole + len("(the Senior Notes)"),
    )
    assert quoted.filing_span(0, 4) == (0, 4)
    assert text[slice(*quoted.filing_span(len(text) - 10, len(text)))] == "(Delaware)"


def test_evidence_of_a_bare_term_cites_the_filing_words() -> None:
    """The PARTY_TO evidence that cites a party's bare term is its words as the filing writes
    them ("Borrower", not " Borrowe"), in each drafting of the cue."""
    cases = (
        (_LOAN_AND_NOTE, {"Borrower", "Lender"}),
        (_NOTE_PURCHASE, {"Company"}),
        (
            "SUPPLY AGREEMENT\n\nThis Supply Agreement is made as of May 2, 2016 between Tallow "
            "Creek Foods, Inc., an Iowa corporation (the Supplier), and Brannock Grocers LLC "
            "(hereinafter referred to as the Purchaser).\n\n1. Supply. The Supplier shall sell "
            "the Products to the Purchaser.\n",
            {"Supplier", "Purchaser"},
        ),
    )
    for text, terms in cases:
        x = extract_text(text)
        cited = {sp.text for r in x.relations if r.type == "PARTY_TO" for sp in r.evidence}
        assert terms <= cited, cited
