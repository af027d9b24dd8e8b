"""Signature blocks run together in one paragraph (a converted page that lost its line
breaks): "COMPANY, by: / s / Name Name Title NEXT COMPANY, by: ...": a lower-case "by:" after
the comma that ends each company's name, the conformed mark typed with spaces ("/ s /"), the
name typed again and the title with no captions, then the next company in any case. Passages
written for these tests."""

from __future__ import annotations

import pytest

from tests.passages import edges, extract_text
from tests.test_typed_signer_names import signed

OPENING = """WAIVER NO. 2

WAIVER NO. 2 dated as of May 4, 2012 (this "Waiver") to the Credit Agreement dated as of
January 9, 2010 among BRANTLEY FOODS CORP., a Nevada corporation (the "Company"), the lenders
party thereto (the "Lenders") and ORLOFF BANK, as agent (the "Agent").

1. The Lenders signing below waive the Event of Default under Section 7.1(c) for the fiscal
quarter ended March 31, 2012.

IN WITNESS WHEREOF, the parties have signed this Waiver as of the date first above written.

"""


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "BRANTLEY FOODS CORP., by: / s / Harold V. Ashgrove Harold V. ASHGROVE Chief"
            " Executive Officer ORLOFF BANK, as Agent and a Lender, by: / s / Alice T. Brandt"
            " Alice T. BRANDT Senior Vice President Capstone Savings Bank, by: / s / Oliver"
            " Kemp Oliver KEMP Vice President",
            {
                "Harold V. Ashgrove": ("Chief Executive Officer", "BRANTLEY FOODS CORP."),
                "Alice T. Brandt": ("Senior Vice President", "ORLOFF BANK"),
                "Oliver Kemp": ("Vice President", "Capstone Savings Bank"),
            },
        ),
        (
            "BRANTLEY FOODS CORP., by: /s/ Mina Ostrova Mina OSTROVA Treasurer Galway Trust"
            " Company, by: / s / Nadia Petrov-Lund Nadia PETROV-LUND Managing Director, by: /"
            " s / Samuel Okoro Samuel OKORO Director",
            {
                "Mina Ostrova": ("Treasurer", "BRANTLEY FOODS CORP."),
                "Nadia Petrov-Lund": ("Managing Director", "Galway Trust Company"),
                "Samuel Okoro": ("Director", "Galway Trust Company"),
            },
        ),
    ],
)
def test_blocks_run_together_are_read_one_by_one(
    paragraph: str, expected: dict[str, tuple[str, str]]
) -> None:
    x = extract_text(OPENING + paragraph + "\n")
    assert signed(x) == expected
    companies = {c for _, c in expected.values()}
    assert companies <= {p for p, _ in edges(x, "PARTY_TO")}


def test_a_title_naming_its_company_stays_whole() -> None:
    """Near miss: "Vice President of Capstone Savings Bank" is a title, no next block."""
    x = extract_text(
        OPENING + "BRANTLEY FOODS CORP., by: / s / Oliver Kemp Oliver KEMP Vice President of"
        " Brantley Foods Corp.\n"
    )
    assert set(signed(x)) == {"Oliver Kemp"}
    assert "Capstone Savings Bank" not in {p for p, _ in edges(x, "PARTY_TO")}
