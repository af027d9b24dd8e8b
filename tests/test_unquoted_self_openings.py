"""An opening that names the document in a parenthesis with no quotation marks, as some
counsel define every term: "NOTE PURCHASE AGREEMENT, dated as of June 28, 2019 (this
Agreement), among ACME, LLC ... (the Issuer), and each of the persons listed on Schedule I
(each, a Purchaser)". It is the preamble under a cover page, so the agreement is the one its
title names (not a line of the cover such as the notes it sells) and its signers sign it.
Passages written for this test."""

from __future__ import annotations

import pytest

from ingest.structure.analysis import analyze
from tests.passages import edges, extract_text

_COVER = """                                                   EXHIBIT 10.4

                            {title}

                            Dated as of {date}

                                  between

                           {company},
                                 as {role},

                                    and

                              {other}

                {issue}

<PAGE>

     {opening}

     1.  Terms. The parties agree to the terms set out below.

     2.  Governing Law. This Agreement shall be governed by the laws of the State of Oregon.

     IN WITNESS WHEREOF, the parties have executed this Agreement.

{company}                              {other}

By: /s/ Inga Sorensen                        By: /s/ Paul Marek
Name: Inga Sorensen                          Name: Paul Marek
Title: President                             Title: Managing Director
"""

CASES = [
    dict(
        title="NOTE PURCHASE AGREEMENT",
        date="March 4, 2020",
        company="BLUE HERON TIMBER, LLC",
        role="Issuer",
        other="CASCADE MUTUAL LIFE COMPANY",
        issue="$4,000,000 9% Senior Notes due March 4, 2027",
        opening="NOTE PURCHASE AGREEMENT, dated as of March 4, 2020 (this Agreement), between"
        " BLUE HERON TIMBER, LLC, an Oregon limited liability company (the Issuer), and CASCADE"
        " MUTUAL LIFE COMPANY, an Oregon corporation (the Purchaser).",
        agreement="Note Purchase Agreement",
    ),
    dict(
        title="LOAN AGREEMENT",
        date="August 9, 2016",
        company="WILLAMETTE FOUNDRY CO.",
        role="Borrower",
        other="COLUMBIA RIVER BANK",
        issue="$2,500,000 Term Loan",
        opening="LOAN AGREEMENT dated as of August 9, 2016 (this Agreement) between WILLAMETTE"
        " FOUNDRY CO., an Oregon corporation (Borrower), and COLUMBIA RIVER BANK (Lender).",
        agreement="Loan Agreement",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=["note_purchase", "loan"])
def test_an_opening_naming_itself_without_quotes_is_the_preamble(case: dict[str, str]) -> None:
    text = _COVER.format(**case)
    st = analyze(text)
    assert st.preamble is not None
    assert text[st.preamble.start :].startswith(case["opening"][:30])
    signed = edges(extract_text(text), "SIGNED")
    assert ("Inga Sorensen", case["agreement"]) in signed
    assert ("Paul Marek", case["agreement"]) in signed


def test_a_parenthesis_under_this_agreement_is_no_opening() -> None:
    # near miss: "(under this Agreement)" in a body paragraph names no document
    text = (
        "1.  Payments. The Borrower (under this Agreement) shall pay the Lender monthly.\n\n"
        "2.  Notices. Notices shall be in writing.\n"
    )
    assert analyze(text).preamble is None
