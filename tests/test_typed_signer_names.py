"""The signer's name typed with no "Name:" caption beside or under a conformed signature:
a signature table flattened onto one line ("By: /s/ Lionel Aske Lionel Aske Senior Managing
Director": the signature, the name typed again, the title), and a typed line under the
signature that writes the same surname in another form ("By: /s/ G. H. LINDQVIST" / "Gunnar H.
Lindqvist"), which is the printed name a "Name:" line would give. Passages written for these
tests."""

from __future__ import annotations

import pytest

from ingest.records import Extraction
from tests.passages import entity_names, extract_text

OPENING = """FIRST AMENDMENT TO LOAN AGREEMENT

This FIRST AMENDMENT TO LOAN AGREEMENT (this "Amendment") is made as of March 2, 2017 among
HOLLIS MARINE SUPPLY, INC., a Maine corporation (the "Borrower"), the lenders party hereto
and TIDEWATER CAPITAL, LLC, as agent (the "Agent").

1. Section 6.1 of the Loan Agreement dated as of June 1, 2015 is amended by replacing
"$4,000,000" with "$5,000,000".

IN WITNESS WHEREOF, the parties have executed this Amendment as of the date above.

"""


def signed(x: Extraction) -> dict[str, tuple[str | None, str | None]]:
    """Signer -> (title, the company signed for)."""
    n = entity_names(x)
    out = {}
    for r in x.relations:
        if r.type == "SIGNED":
            obo = r.props.get("on_behalf_of")
            out[n[r.source]] = (r.props.get("title"), n.get(str(obo)) if obo else None)
    return out


@pytest.mark.parametrize(
    ("block", "signer", "title"),
    [
        (
            "TIDEWATER CAPITAL, LLC, as Agent By: /s/ Lionel Aske Lionel Aske Senior Managing"
            " Director [Signature Page to First Amendment]",
            "Lionel Aske",
            "Senior Managing Director",
        ),
        (
            "TIDEWATER CAPITAL, LLC, as Agent By: /s/ Harold V. Ashgrove Harold V. ASHGROVE"
            " Chief Executive Officer [Signature Page to First Amendment]",
            "Harold V. Ashgrove",
            "Chief Executive Officer",
        ),
    ],
)
def test_a_flattened_block_types_the_name_again_before_the_title(
    block: str, signer: str, title: str
) -> None:
    borrower = (
        "HOLLIS MARINE SUPPLY, INC. By: /s/ Dana Whitfield Name: Dana Whitfield Title:"
        " President [Signature Page to First Amendment]"
    )
    x = extract_text(OPENING + borrower + "\n\n" + block + "\n")
    got = signed(x)
    assert got[signer] == (title, "TIDEWATER CAPITAL, LLC")
    assert got["Dana Whitfield"] == ("President", "HOLLIS MARINE SUPPLY, INC.")


def test_a_name_typed_twice_with_no_title_is_one_signer() -> None:
    """Near miss: the name typed again and nothing after it; the title is the next line's."""
    x = extract_text(
        OPENING + "TIDEWATER CAPITAL, LLC, as Agent\n\nBy: /s/ Shelby J. Butterfield Shelby J."
        " Butterfield\nTitle: Vice President\n"
    )
    assert signed(x) == {"Shelby J. Butterfield": ("Vice President", "TIDEWATER CAPITAL, LLC")}


@pytest.mark.parametrize(
    ("signature", "typed", "title"),
    [
        ("G. H. LINDQVIST", "Gunnar H. Lindqvist", "President"),
        ("Kathy Griggs", "Kathleen Griggs", "Chief Financial Officer"),
    ],
)
def test_the_name_typed_under_the_signature_is_the_signer(
    signature: str, typed: str, title: str
) -> None:
    x = extract_text(
        OPENING + f"HOLLIS MARINE SUPPLY, INC.\n\nBy: /s/ {signature}\n    {typed}\n    {title}\n"
    )
    assert signed(x) == {typed: (title, "HOLLIS MARINE SUPPLY, INC.")}


def test_another_surname_under_the_signature_is_no_signer() -> None:
    """Near miss: a line of another surname under the signature is not the signer's name."""
    x = extract_text(
        OPENING + "HOLLIS MARINE SUPPLY, INC.\n\nBy: /s/ Ruth A. Pemberton\n    Mark Ellison\n"
        "    Vice President\n"
    )
    assert "Mark Ellison" not in signed(x)


def test_two_signers_on_one_line_keep_their_own_titles() -> None:
    """Two officers sign for one company, each with the title typed on the By line."""
    x = extract_text(
        OPENING + "HOLLIS MARINE SUPPLY, INC.\n\nBy: /s/ Dana Whitfield, Secretary\n\n"
        "By: /s/ Paul Okafor, Vice President\n"
    )
    assert signed(x) == {
        "Dana Whitfield": ("Secretary", "HOLLIS MARINE SUPPLY, INC."),
        "Paul Okafor": ("Vice President", "HOLLIS MARINE SUPPLY, INC."),
    }


@pytest.mark.parametrize(
    ("lines", "signer"),
    [
        # the signature wrapped at the line end: the next line is its rest, not a typed name
        ("By: /s/ Joseph\n    M. Brooker\n    President", "Joseph M. Brooker"),
        # the name typed with a courtesy title is the same name
        ("By: /s/ Maria Mamilovich\n    Ms. Maria Mamilovich\n    President", "Maria Mamilovich"),
    ],
)
def test_the_rest_of_a_wrapped_signature_or_the_same_name_keeps_the_signer(
    lines: str, signer: str
) -> None:
    """Near misses: a line under the signature that ends it or repeats it."""
    x = extract_text(OPENING + f"HOLLIS MARINE SUPPLY, INC.\n\n{lines}\n")
    assert set(signed(x)) == {signer}
