"""A guaranty written as a letter names itself on its "Re:" line with the company whose debt
it backs ("Re: Continuing Guaranty of the obligations of Acme Tool, Inc."): the letter is the
"Continuing Guaranty", the rest says whose obligations it covers. A title whose "of" is part
of it ("Guaranty of Payment") is kept whole. Passages written for the test.
"""

from __future__ import annotations

import pytest

from tests.passages import entity_names, extract_text

_LETTER = """Exhibit 10.9

                      {guarantor}
100 Main Street
Tulsa, Oklahoma 74103

June 9, 2012

{bank}
200 Elm Street
Tulsa, Oklahoma 74103

Re:   {subject}

Ladies and Gentlemen:

     {borrower} (hereinafter called Borrower) has entered into a Loan Agreement with you,
{bank} (hereinafter called Bank), dated as of June 9, 2012 (the Loan Agreement). To
induce Bank to make loans under the Loan Agreement, the undersigned, {guarantor}
(hereinafter called Guarantor), guarantees to Bank the payment of all obligations of
Borrower to Bank under the Loan Agreement. This letter shall be governed by the laws of the
State of Oklahoma.

                                   Very truly yours,

                                   {guarantor}

                                   By: /s/ Amos Reed
                                       Amos Reed, President
"""


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        (
            "Continuing Guaranty of the obligations of Redfern Pipe, Inc.",
            "Continuing Guaranty",
        ),
        ("Unconditional Guaranty of Indebtedness of Redfern Pipe, Inc.", "Unconditional Guaranty"),
    ],
)
def test_a_letter_guaranty_is_titled_without_whose_debt_it_backs(subject: str, title: str) -> None:
    assert title in _titles(subject)


def test_a_title_whose_of_is_its_own_is_kept_whole() -> None:
    titles = _titles("Guaranty of Payment")
    assert any(t.endswith("Guaranty of Payment") for t in titles)
    assert "Guaranty" not in titles


def _titles(subject: str) -> set[str]:
    text = _LETTER.format(
        guarantor="REDFERN HOLDINGS CORP.",
        bank="Cimarron Valley Bank",
        borrower="Redfern Pipe, Inc.",
        subject=subject,
    )
    return set(entity_names(extract_text(text)).values())
