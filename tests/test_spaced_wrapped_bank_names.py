"""A bank's name wrapped over a blank line on a signature page: text converted from a web page
spaces every line, so "THE NORIKURA BANK, LTD., SEATTLE" / blank / "BRANCH, as a Lender" is one
bank signing, never a company called "BRANCH" (passages written for the test)."""

from __future__ import annotations

import pytest

from ingest.signatures.company_lines import spaced_tail
from tests.passages import edges, entity_names, extract_text, own_roles

_CREDIT = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT dated as of March 3, 2004 is among {borrower}, the banks listed on the
signature pages hereof, and FIRST MERIDIAN BANK, N.A., as Administrative Agent.

"Borrower" means {borrower_defined}, an Ohio corporation.

"Lenders" means each of the financial institutions listed on the signature pages hereof.

SECTION 2.01 Commitments. Each Lender severally agrees to make Advances to the Borrower.

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be executed as of the date
first above written.

{borrower}

By:

Name:

Title:

FIRST MERIDIAN BANK, N.A., as

Administrative Agent and as a Lender

By:

Name:

Title:

{head}

{tail}

By:

Name:

Title:
"""


@pytest.mark.parametrize(
    ("borrower", "head", "tail", "whole", "role"),
    [
        (
            "HARROW UTILITIES COMPANY",
            "THE NORIKURA BANK, LTD., SEATTLE",
            "BRANCH, as a Co-Documentation Agent and as a Lender",
            "NORIKURA BANK, LTD., SEATTLE BRANCH",
            "Co-Documentation Agent",
        ),
        (
            "CALDER MILLS INC.",
            "KESTREL FINANZ AG, NEW YORK AND",
            "GRAND CAYMAN BRANCHES, as a Lender",
            "KESTREL FINANZ AG, NEW YORK AND GRAND CAYMAN BRANCHES",
            "Lender",
        ),
        (
            "HARROW UTILITIES COMPANY",
            "WESTMARK BANK, NATIONAL",
            "ASSOCIATION, as a Lender",
            "WESTMARK BANK, NATIONAL ASSOCIATION",
            "Lender",
        ),
    ],
)
def test_a_bank_name_wrapped_over_a_blank_line_is_one_signing_bank(
    borrower: str, head: str, tail: str, whole: str, role: str
) -> None:
    x = extract_text(
        _CREDIT.format(borrower=borrower, borrower_defined=borrower.title(), head=head, tail=tail)
    )
    names = set(entity_names(x).values())
    assert whole.casefold() in {n.casefold() for n in names}
    tail_word = tail.split(",")[0]
    assert tail_word.casefold() not in {n.casefold() for n in names}
    roles = {n.casefold(): r for n, r in own_roles(x).items()}
    assert role.casefold() in str(roles[whole.casefold()]).casefold()
    lent = {(s.casefold(), t) for s, t in edges(x, "LENDS_TO")}
    assert any(s == whole.casefold() for s, _ in lent)


def test_a_bank_named_branch_signing_in_its_own_block_stays_its_own_bank() -> None:
    """Near miss: "BRANCH BANKING AND TRUST COMPANY" opens a name of its own, in its own block
    below another bank's."""
    x = extract_text(
        _CREDIT.format(
            borrower="HARROW UTILITIES COMPANY",
            borrower_defined="Harrow Utilities Company",
            head="SILVER LAKE BANK\n\nBy:\n\nName:\n\nTitle:",
            tail="BRANCH BANKING AND TRUST COMPANY, as a Lender",
        )
    )
    names = {n.casefold() for n in entity_names(x).values()}
    assert "silver lake bank" in names
    assert "branch banking and trust company" in names


def test_only_one_blank_line_and_only_a_name_end_go_on_the_line_above() -> None:
    assert spaced_tail("\n\n", "BRANCH, as a Lender")
    assert spaced_tail("\n  \n", "ASSOCIATION, as Administrative Agent")
    assert not spaced_tail("\n", "BRANCH, as a Lender")  # no blank line: the plain wrap's
    assert not spaced_tail("\n\n\n", "BRANCH, as a Lender")  # two blank lines: a gap
    assert not spaced_tail("\n\n", "BRANCH BANKING AND TRUST COMPANY")
    assert not spaced_tail("\n\n", "Association of Lenders")
