"""A title set in capitals whose words are compounds joined by a hyphen or a slash ("CO-BRANDING
AGREEMENT", "364-DAY CREDIT AGREEMENT", "NON-EXCLUSIVE LICENSE AGREEMENT", "DISTRIBUTION/RESELLER
AGREEMENT", "TERM NOTE-B"): the documents that write such titles in mixed case capitalise every
part ("Co-Branding", "364-Day", "Five-Year", "Non-Exclusive"), and so does the annotated gold.
Before, the title was cased as one word ("Co-branding Agreement", "364-day Credit Agreement",
"Term Note-b"). A connector inside a compound stays in lower case ("Video-on-Demand"), a title
already in mixed case is kept as written, and a qualifier in brackets too. Passages written for
this test (names and dates invented)."""

from __future__ import annotations

import pytest

from ingest.agreements.kinds import title_case
from tests.passages import extract_text

_BETWEEN = (
    "is made as of March 2, 2018 by and between Halvern Media, Inc., a Delaware corporation "
    '("Halvern"), and Ostrow Retail LLC, a Texas limited liability company ("Ostrow").\n\n'
    "1. Services. Halvern shall provide the services.\n\n"
    "2. Governing Law. This Agreement shall be governed by the laws of the State of Texas.\n"
)

HEADINGS = [
    ("CO-BRANDING AGREEMENT", "Co-Branding Agreement"),
    ("364-DAY REVOLVING CREDIT AGREEMENT", "364-Day Revolving Credit Agreement"),
    ("FIVE-YEAR CREDIT AGREEMENT", "Five-Year Credit Agreement"),
    ("NON-EXCLUSIVE DISTRIBUTOR AGREEMENT", "Non-Exclusive Distributor Agreement"),
    ("DISTRIBUTION/RESELLER AGREEMENT", "Distribution/Reseller Agreement"),
    ("VIDEO-ON-DEMAND CONTENT LICENSE AGREEMENT", "Video-on-Demand Content License Agreement"),
    (
        "PRODUCT DEVELOPMENT AND CO-PROMOTION AGREEMENT",
        "Product Development and Co-Promotion Agreement",
    ),
]


@pytest.mark.parametrize(("heading", "title"), HEADINGS, ids=[t for _, t in HEADINGS])
def test_a_capitals_heading_with_compound_words_is_cased_part_by_part(
    heading: str, title: str
) -> None:
    x = extract_text("EXHIBIT 10.4\n\n" + heading + "\n\nThis Agreement " + _BETWEEN)
    own = [e for e in x.entities if e.contained and e.label == "Agreement"]
    assert own and own[0].props["title"] == title


@pytest.mark.parametrize(
    ("written", "cased"),
    [
        ("TERM NOTE-B", "Term Note-B"),
        ("AMENDMENT NO. 2-A TO LOAN AGREEMENT", "Amendment No. 2-A to Loan Agreement"),
        ("PURCHASE AND/OR SALE AGREEMENT", "Purchase and/or Sale Agreement"),
        ("ATTORNEY-IN-FACT AGREEMENT", "Attorney-in-Fact Agreement"),
    ],
)
def test_title_case_cases_each_part_of_a_compound(written: str, cased: str) -> None:
    assert title_case(written) == cased


@pytest.mark.parametrize(
    "kept",
    [
        "Co-branding Agreement",  # mixed case: as written
        "e-Business Hosting Agreement",  # a brand's lower-case prefix
        "Turn - Key Manufacturing Agreement",  # a dash between words, no compound
        "Franchise Development Agreement (Non-exclusive/Exclusive)",  # a qualifier as written
    ],
)
def test_near_misses_keep_their_case(kept: str) -> None:
    assert title_case(kept) == kept


def test_a_qualifier_after_a_capitals_compound_is_kept_as_written() -> None:
    assert title_case("CO-BRANDING AGREEMENT (FORM)") == "Co-Branding Agreement (FORM)"
