"""Titles of referenced agreements and attached exhibits that were fragments of a sentence.

Two shapes gave a node a title no analyst would write: an amendment dated before the agreement
it names ("SECOND AMENDMENT dated as of April 30, 1997 to the Loan Agreement dated ...") made a
second, split loan agreement titled "1997 to the Loan Agreement", and a form of letter attached
as an exhibit ("EXHIBIT F / COMMITMENT AMOUNT INCREASE REQUEST / ... / Re: Credit Agreement
dated as of July 23, 2008 ...") became an agreement titled by its "Re:" line.
"""

from __future__ import annotations

import pytest

from ingest.extract import extract
from ingest.readers import read_file
from tests.passages import edges, entity_names, extract_text
from tests.paths import CORPUS

_SIGNATURES = (
    "\n\n     IN WITNESS WHEREOF, the parties have executed this Amendment.\n\n"
    "KESTREL OIL COMPANY\n\nBy: /s/ Karen Olde\nTitle: Chief Financial Officer\n\n"
    "CENTRAL STATES BANK\n\nBy: /s/ Tom Bright\nTitle: Vice President\n"
)

#: an amendment's preamble whose own date stands between "Amendment" and the agreement it amends
DATED_BEFORE_BASE = {
    "year_then_to": (
        "SECOND AMENDMENT TO LOAN AGREEMENT\n\n     SECOND AMENDMENT dated as of April 30, 1997 "
        'to the Loan Agreement dated as of May 1, 1996 (the "Loan Agreement") between KESTREL '
        'OIL COMPANY ("Borrower") and CENTRAL STATES BANK ("Bank").\n\n     1. Section 2.1 of '
        'the Loan Agreement is amended by deleting "$40,000,000" and inserting "$45,000,000".',
        "Loan Agreement",
    ),
    "year_then_of": (
        "AMENDMENT NO. 3\n\n     AMENDMENT NO. 3, dated June 2, 2003, of the Revolving Credit "
        'Agreement dated as of March 1, 2001 (the "Credit Agreement") between Harlow Mills, '
        'Inc. (the "Company") and Fenwick National Bank (the "Bank").\n\n     1. Section 6.1 '
        'of the Credit Agreement is amended by deleting "2.00" and inserting "2.25".',
        "Revolving Credit Agreement",
    ),
}


@pytest.mark.parametrize("case", sorted(DATED_BEFORE_BASE))
def test_an_amendment_dated_before_its_base_names_the_base(case: str) -> None:
    text, base = DATED_BEFORE_BASE[case]
    x = extract_text(text + _SIGNATURES)
    titles = set(entity_names(x).values())
    assert base in titles
    assert not any(t[:1].isdigit() for t in titles), titles
    assert any(target == base for _, target in edges(x, "AMENDS"))


def test_a_year_still_opens_a_title() -> None:
    """Near miss of the cut: "the 1997 Credit Agreement" is that agreement's name, kept whole
    (before, "1999 to the 1997 Credit Agreement" took its place)."""
    x = extract_text(
        "FIRST AMENDMENT\n\n     FIRST AMENDMENT dated as of May 5, 1999 to the 1997 Credit "
        'Agreement dated as of June 1, 1997 (the "1997 Credit Agreement") between Harlow Mills, '
        'Inc. (the "Company") and Fenwick National Bank (the "Bank").' + _SIGNATURES
    )
    assert "1997 Credit Agreement" in set(entity_names(x).values())


_REQUEST_FORM = (
    "\n\n\nEXHIBIT {label}\n{heading}\n\n{agent}\nas Administrative Agent\n100 Main Street\n"
    "Attention: Agency Services\n\nRe:\t{base} dated as of {date} (together with all\n\n"
    'amendments thereto, the "{base}") by and among {borrower}, the Lenders party thereto\n\n'
    "Ladies and Gentlemen:\nThe Borrower hereby requests {asked}.\n"
)


@pytest.mark.parametrize(
    "label,heading,base,asked",
    [
        ("F", "COMMITMENT AMOUNT INCREASE REQUEST", "Credit Agreement", "an increase"),
        ("C", "Notice of Borrowing", "Loan and Security Agreement", "a Loan"),
    ],
)
def test_a_letter_form_attached_is_not_titled_by_its_subject(
    label: str, heading: str, base: str, asked: str
) -> None:
    text = (
        f"{base.upper()}\n\n     This {base} is entered into as of July 23, 2008 between "
        'Orrin Grain, LLC (the "Borrower") and Lakeshore Bank, as Administrative Agent.\n\n'
        "1. THE LOANS\n\n1.1 Loans. The Lenders agree to make loans to the Borrower.\n\n"
        "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\nORRIN GRAIN, LLC\n"
        "By: /s/ Dana Ruiz\nTitle: President\n"
        + _REQUEST_FORM.format(
            label=label,
            heading=heading,
            agent="Lakeshore Bank",
            base=base,
            date="July 23, 2008",
            borrower="Orrin Grain, LLC",
            asked=asked,
        )
    )
    titles = set(entity_names(extract_text(text)).values())
    assert base in titles
    assert not any(t.startswith("Re:") or "dated" in t for t in titles), titles


def test_the_filed_credit_agreement_has_no_subject_titled_exhibit() -> None:
    """The filing the shape was seen in: its Exhibit F, a form of request to the agent."""
    path = CORPUS / "credit-dev" / "lexpredict-1297846-2008-07-24.txt"
    (source,) = read_file(path, max_bytes=10_000_000).documents
    x = extract(source)
    titles = set(entity_names(x).values())
    assert "Credit Agreement" in titles
    assert not any(t.startswith("Re:") for t in titles), titles
