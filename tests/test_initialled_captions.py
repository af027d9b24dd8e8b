"""A caption over guarantors' blocks that a country's initials qualify ("U.S. GUARANTORS",
"U.K. SUBSIDIARY GUARANTORS:"): a caption, whose role the blocks below take, never a party of
its own (once names in plain words over a "By:" line were read as companies, it was read as
one named "U.S. GUARANTORS": the periods kept it from the captions). A company whose name
opens with initials ("U.S. BANK") stays a company: a caption names a class, in the plural.
Passages written for the test in the shape of a guarantors' consent signed at the end of an
amendment.
"""

from __future__ import annotations

import pytest

from tests.passages import edges, extract_text

_CONSENT = """FIRST AMENDMENT TO CREDIT AGREEMENT

THIS FIRST AMENDMENT TO CREDIT AGREEMENT (this "Amendment") is dated as of March 3, 2008
among {borrower}, a Delaware corporation (the "Borrower"), the lenders party hereto and
{agent}, as administrative agent (the "Agent").

1. Section 6.01 of the Credit Agreement is amended by deleting "$5,000,000" and inserting
"$7,500,000".

IN WITNESS WHEREOF, the parties have executed this Amendment as of the date first above
written.

{borrower}

By: /s/ Carla Munt
Name: Carla Munt
Title: Chief Financial Officer

{agent}, as Agent and as a Lender

By: /s/ Owen Park
Name: Owen Park
Title: Senior Vice President

<PAGE>

CONSENT AND REAFFIRMATION OF GUARANTORS

Each of the undersigned Guarantors consents to the foregoing Amendment and reaffirms its
Guaranty dated as of June 1, 2006.

{caption}


{first}


By:



Name:
Carla Munt

Title:
Treasurer


{second}

{third}


By:



Name:
Carla Munt

Title:
Treasurer
"""


@pytest.mark.parametrize(
    ("caption", "guarantors"),
    [
        (
            "U.S. GUARANTORS",
            ("Halvorsen Holdings, LLC", "Tarrow Precision LLC", "The Bexley Company"),
        ),
        (
            "U.K. SUBSIDIARY GUARANTORS:",
            ("Pellow Castings Ltd.", "Kestrel Marine Limited", "Ardmore Tools Ltd."),
        ),
    ],
)
def test_an_initialled_caption_is_no_party(caption: str, guarantors: tuple[str, str, str]) -> None:
    first, second, third = guarantors
    x = extract_text(
        _CONSENT.format(
            borrower="HALVORSEN TOOL COMPANY",
            agent="BROOKLINE NATIONAL BANK",
            caption=caption,
            first=first,
            second=second,
            third=third,
        )
    )
    parties = {s for s, _ in edges(x, "PARTY_TO")}
    assert caption.rstrip(":") not in {p.rstrip(":") for p in parties}
    assert set(guarantors) <= parties
    assert set(guarantors) <= {s for s, _ in edges(x, "SECURES")}


def test_a_company_whose_name_opens_with_initials_stays_a_company() -> None:
    text = _CONSENT.format(
        borrower="HALVORSEN TOOL COMPANY",
        agent="BROOKLINE NATIONAL BANK",
        caption="GUARANTORS:",
        first="Halvorsen Holdings, LLC",
        second="Tarrow Precision LLC",
        third="The Bexley Company",
    ).replace(
        "<PAGE>",
        "U.S. BANK, as a Lender\n\nBy: /s/ Ida Ross\nName: Ida Ross\nTitle: Vice President\n\n"
        "<PAGE>",
    )
    assert "U.S. BANK" in {s for s, _ in edges(extract_text(text), "PARTY_TO")}
