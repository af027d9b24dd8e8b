"""A conformed signature typed without its first slash ("By s/John M. Lang, Jr."), as some
filings' signature pages print it: the person named after "s/" signs for the block's company.
Passages written for these tests."""

from __future__ import annotations

import pytest

from tests.passages import edges, extract_text

TEXT = """CREDIT AGREEMENT

AGREEMENT dated as of May 1, 2007 among HARTWELL TOOLS, INC., the BANKS listed on the
signature pages hereof and NORTHGATE TRUST BANK, as Agent.

SECTION 2.1. Commitments to Lend. Each Bank severally agrees to make loans to the Borrower.

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed.

HARTWELL TOOLS, INC.


By {first}
Title:  Senior Vice President & Treasurer
100 Main Street
Portland, Maine 04122

NORTHGATE TRUST BANK

By {second}
Title:  Vice President
"""


@pytest.mark.parametrize(
    ("first", "second", "signers"),
    [
        ("s/Jane A. Roe, Jr.", "s/Paul F. W. Okafor", {"Jane A. Roe, Jr.", "Paul F. W. Okafor"}),
        ("S/ Elena Ruiz", "/s/ Tomas Berg", {"Elena Ruiz", "Tomas Berg"}),
    ],
)
def test_the_person_after_a_bare_conformed_mark_signs(
    first: str, second: str, signers: set[str]
) -> None:
    x = extract_text(TEXT.format(first=first, second=second))
    assert {s for s, t in edges(x, "SIGNED")} == signers


def test_a_blank_by_line_names_no_signer() -> None:
    """Near miss: "By s/________" on a form names nobody."""
    x = extract_text(TEXT.format(first="s/________", second="____________"))
    assert edges(x, "SIGNED") == set()
