"""Company names that begin with a number ("0845123 B.C. Ltd.", "2012 Holdings LLC", "6550
Partners, L.P.", "1-800 Pallets Inc."), as Canadian numbered companies and holding companies
are named, keep their number wherever the name stands: in a preamble after "and", on a
signature block's company line indented deep into the right half of the page, and wrapped
over two lines ("1234567 B.C. UNLIMITED" / "LIABILITY COMPANY"). Before, a block indented more
than forty characters lost the number (the search for it stopped short of the line's start), a
telephone-style number ("1-800") was never read as part of a name, and a wrapped name whose
first line began with digits was read from the second line only, so its block signed for a
"LIABILITY COMPANY" or a "PALLETS INC." that matched no party. Passages written for the test.
"""

from __future__ import annotations

import pytest

from tests.passages import edges, entity_names, extract_text

_INDENT = " " * 42

_PREAMBLE = (
    "THIS LOAN AGREEMENT is made as of June 1, 2010 between {borrower}, a {place} corporation "
    '(the "Borrower"), and CEDAR HOLLOW BANK (the "Lender").\n\n'
    "1. The Loan. The Lender shall lend the Borrower $1,000,000.\n\n"
    "IN WITNESS WHEREOF the parties have executed this Agreement as of the date above.\n\n"
)


def _block(company: str, signer: str, title: str, indent: str = _INDENT) -> str:
    lines = company.split("\n")
    head = "\n".join(indent + line for line in lines)
    return (
        f"{head}\n\n{indent}By: /s/ {signer}\n{indent}    ----------------------\n"
        f"{indent}Name: {signer}\n{indent}Title: {title}\n\n"
    )


@pytest.mark.parametrize(
    ("borrower", "place", "company_line"),
    [
        ("0845123 B.C. LTD.", "British Columbia", "0845123 B.C. LTD."),
        ("1-800 PALLETS INC.", "Georgia", "1-800 PALLETS INC."),
        ("2012 KESTREL HOLDINGS LLC", "Delaware", "2012 KESTREL HOLDINGS LLC"),
        ("6550 Partners, L.P.", "Delaware", "6550 PARTNERS, L.P."),
    ],
)
def test_a_numbered_name_keeps_its_number_in_the_preamble_and_deep_blocks(
    borrower: str, place: str, company_line: str
) -> None:
    text = (
        _PREAMBLE.format(borrower=borrower, place=place)
        + _block(company_line, "Graham D. Whitcombe", "Director")
        + _block("CEDAR HOLLOW BANK", "Sophie Arsenault", "Vice President")
    )
    x = extract_text(text)
    names = entity_names(x)
    parties = {s for s, _ in edges(x, "PARTY_TO")}
    assert any(p.casefold() == borrower.casefold() for p in parties), parties
    number = borrower.split()[0]
    # no second party of the name without its number
    assert not any(p.casefold() == borrower[len(number) + 1 :].casefold() for p in names.values())
    assert "Graham D. Whitcombe" in {s for s, _ in edges(x, "SIGNED")}


def test_a_wrapped_numbered_name_is_read_from_its_first_line() -> None:
    text = (
        _PREAMBLE.format(borrower="Alder Crest Inc.", place="Delaware")
        + _block("ALDER CREST INC.", "Graham D. Whitcombe", "Director")
        + _block("CEDAR HOLLOW BANK", "Sophie Arsenault", "Vice President")
        + "GUARANTOR:\n\n"
        + _block("1234567 B.C. UNLIMITED\nLIABILITY COMPANY", "Harjit S. Dhillon", "President")
    )
    names = set(entity_names(extract_text(text)).values())
    assert "1234567 B.C. UNLIMITED LIABILITY COMPANY" in names, names
    assert "LIABILITY COMPANY" not in names, names


@pytest.mark.parametrize(
    "line",
    [
        # a street address under a block: its number heads no company
        "4400 Main Street",
        # a year ending a date, then a company on the same line
        "dated December 30, 2022 Alder Crest Inc.",
    ],
)
def test_a_number_that_heads_no_name_is_left_alone(line: str) -> None:
    """Near misses: a street number on a notice line and a date's year are not part of a name."""
    text = (
        _PREAMBLE.format(borrower="Alder Crest Inc.", place="Delaware")
        + _block("ALDER CREST INC.", "Graham D. Whitcombe", "Director")
        + f"{_INDENT}{line}\n\n"
        + _block("CEDAR HOLLOW BANK", "Sophie Arsenault", "Vice President")
    )
    names = set(entity_names(extract_text(text)).values())
    assert not any(n[:1].isdigit() for n in names), names
