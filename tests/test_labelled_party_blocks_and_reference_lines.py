"""Two layouts of contracts drafted by Chinese and other Asian counsel, as filed in English:

- a reference line under the heading ("TECHNOLOGY LICENSE AGREEMENT" / "Contract No.:
  HZ-2015-0031") is no part of the title, and no longer costs the document its title (the two
  lines were read as one heading and dropped for the reference number);
- a party's line ending in a term in no quotes ("Shenzhen Kaida Electronics Co., Ltd.
  hereinafter referred to as Kaida") over its labelled details ("Address:", "Tel:", "Legal
  Representative:") gives the party that term.

Passages written for the test; the lead found both shapes probing CUAD held-out contracts
whose parties were not read (counts and word classes only, see the stop-40 note).
"""

from __future__ import annotations

import pytest

from tests.passages import assert_own_title, own_parties

_CONTRACT = """                                                         Exhibit 10.12

                         {title}
                         {reference}

between

Hangzhou Lianda Information Technology Company (Licensor)

and

Tianrun Digital Media Group (Licensee)

Date of Signing: June 8, 2015

1. Grant. Licensor grants to Licensee a non-exclusive license to use the Licensed Technology.

2. Term. This Agreement shall continue for five (5) years.
"""


@pytest.mark.parametrize(
    ("title", "reference"),
    [
        ("TECHNOLOGY LICENSE AGREEMENT", "Contract No.: HZ-2015-0031"),
        ("EQUIPMENT PURCHASE CONTRACT", "Agreement No. 2019/117"),
    ],
)
def test_a_reference_line_under_the_heading_is_no_part_of_the_title(
    title: str, reference: str
) -> None:
    assert_own_title(_CONTRACT.format(title=title, reference=reference), title)


def test_a_numbered_amendment_on_two_lines_keeps_its_number() -> None:
    text = _CONTRACT.format(title="AMENDMENT NO. 2", reference="TO TECHNOLOGY LICENSE AGREEMENT")
    assert_own_title(text, "Amendment No. 2 to Technology License Agreement")


_BLOCKS = """                          EXCLUSIVE DISTRIBUTOR AGREEMENT

THIS AGREEMENT, made as of the 1st day of March, 2010 (the "Effective Date") by and between:

{first} hereinafter referred to as {term}
{label}        Building 4, Nanshan Science Park, Shenzhen, PRC
Tel:            86-755-1234567
Legal Representative:   Wang Li

and

Pacific Rim Distribution Inc. hereinafter referred to as ("Distributor")
Address:        1200 Harbor Blvd, Long Beach, California
Legal Representative:   John Park

1.   Appointment. {term} appoints Distributor as its exclusive distributor in the Territory.
"""


@pytest.mark.parametrize(
    ("first", "term", "label"),
    [
        ("Shenzhen Kaida Electronics Co., Ltd.", "Kaida", "Address:"),
        ("Ningbo Huadong Valve Manufacturing Co., Ltd.", "Huadong Valve", "Registered Address:"),
    ],
)
def test_a_bare_term_over_the_partys_labelled_details(first: str, term: str, label: str) -> None:
    parties = own_parties(_BLOCKS.format(first=first, term=term, label=label))
    assert term in parties[first]
    assert "Distributor" in parties["Pacific Rim Distribution Inc."]


def test_a_bare_term_running_on_to_a_line_of_prose_is_not_cut() -> None:
    text = _BLOCKS.format(
        first="Shenzhen Kaida Electronics Co., Ltd.", term="Kaida", label="Address:"
    ).replace(
        "hereinafter referred to as Kaida\n",
        "hereinafter referred to as Kaida\nElectronics, whose details are as follows:\n",
    )
    parties = own_parties(text)
    assert "Kaida" not in parties.get("Shenzhen Kaida Electronics Co., Ltd.", ())
