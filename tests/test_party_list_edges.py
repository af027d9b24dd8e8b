"""The edges of a party's name in the list of parties: where a name starts and ends, and where
a list of parties stands, in four shapes of drafting.

- A company whose name opens on a caption's word in title case: "Signature Orthopaedics Pty
  Ltd", "Title Resource Group, LLC", "Page Industries, Inc." (``names.caption_word_opens_company``):
  the word is the name's, never trimmed as the "Signature" of "Signature Page" is.
- A street address closed by a town and its state's postal code right before the party's term
  ("... of 7 Sirius Road, Sydney NSW ("Supplier")", "..., Dallas TX ("): the town is no party
  and the term stays the company's (``parties.town_and_state_code``).
- The parties listed in a first numbered section headed "Parties" ("1. PARTIES" / "1.1 ..." /
  "1.2 ...") with no preamble naming them (``parties.numbered_parties_section``); a section
  number before a name ("1.1 Nordic ...") is no street number.
- A person's identity document between the name and the term ("Mr. Li Wei, holder of PRC
  passport No. E1234 (the "Consultant")", "bearing identity card number ...").

Every passage is written in the general shape; the near misses keep what they read before.
"""

from __future__ import annotations

import pytest

from tests.passages import OPENING_BODY, compared_names, own_parties


def _names(text: str) -> set[str]:
    return compared_names(own_parties(text + OPENING_BODY))


def _preamble(first: str, second: str, title: str = "SUPPLY AGREEMENT") -> str:
    return (
        f"{title}\n\nThis {title.title()} is made on 3 March 2016 between {first} and {second}.\n"
    )


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        (
            'Signature Brands Pty Ltd, a company registered in New South Wales ("Supplier"),',
            "signature brands pty ltd",
        ),
        (
            'Title Resource Group, LLC, a Delaware limited liability company ("TRG"),',
            "title resource group llc",
        ),
        (
            'Exhibit Media LLC, a New York limited liability company ("Exhibit"),',
            "exhibit media llc",
        ),
        ('Page Industries, Inc., an Ohio corporation ("Page"),', "page industries inc"),
    ],
)
def test_caption_word_opens_company_name(first: str, expected: str) -> None:
    names = _names(_preamble(first, 'Halden Retail, Inc., a Texas corporation ("Buyer")'))
    assert expected in names
    assert not any(n != expected and expected.endswith(n) for n in names)


def test_caption_words_still_trimmed_before_a_name() -> None:
    # "Signature Page" heads no company: the name after it is read alone
    text = _preamble(
        'Orrin Foods LLC, a Delaware limited liability company ("Orrin"),',
        'Halden Retail, Inc., a Texas corporation ("Buyer")',
    )
    text += "\n\nSignature Page to Supply Agreement\n\nORRIN FOODS LLC\n\nBy: /s/ Jo Ames\n"
    assert _names(text) == {"orrin foods llc", "orrin", "halden retail inc", "buyer"}


@pytest.mark.parametrize(
    "address",
    [
        "7 Sirius Road, Sydney NSW",
        "100 Main Street, Dallas TX",
        "12 High Street, Melbourne VIC",
        "5 Queen Street, Toronto ON",
    ],
)
def test_town_and_state_code_end_an_address(address: str) -> None:
    text = _preamble(
        f'Kestrel Brands Pty Ltd (ACN 123 456 789) of {address} ("Supplier")',
        'Premier Health Distributors, Inc., a Texas corporation ("Distributor")',
        "DISTRIBUTION AGREEMENT",
    )
    assert _names(text) == {
        "kestrel brands pty ltd",
        "supplier",
        "premier health distributors inc",
        "distributor",
    }


def test_person_named_by_term_still_a_party() -> None:
    # a person's two-word name before a term (no address before it) is still a party
    text = _preamble(
        'Aqua Swim Co., a California corporation ("Company"),',
        'Tanya Brooks ("Endorser")',
        "ENDORSEMENT AGREEMENT",
    )
    assert _names(text) == {"aqua swim co", "company", "tanya brooks", "endorser"}


_SECTION_PARTIES = {"nordic outdoor ab", "supplier", "trailhead gear inc", "distributor"}


@pytest.mark.parametrize(
    ("heading", "first", "second"),
    [
        ("1. PARTIES", "1.1", "1.2"),
        ("1. PARTIES", "(a)", "(b)"),
        ("ARTICLE 1 - THE PARTIES", "1.1", "1.2"),
        ("PARTIES", "1.1", "1.2"),
    ],
)
def test_parties_listed_in_numbered_section(heading: str, first: str, second: str) -> None:
    text = (
        f"DISTRIBUTION AGREEMENT\n\n{heading}\n\n"
        f'{first} Nordic Outdoor AB, a Swedish company ("Supplier").\n\n'
        f'{second} Trailhead Gear, Inc., a Colorado corporation ("Distributor").\n\n'
        "2. APPOINTMENT\n\nSupplier appoints Distributor as its distributor.\n"
    )
    assert _names(text) == _SECTION_PARTIES


def test_municipality_named_by_term_unchanged() -> None:
    text = _preamble(
        'the City of Marston, a municipal corporation (the "City"),',
        'Greenfield Solar Inc., a Delaware corporation ("Greenfield")',
        "LEASE AGREEMENT",
    )
    assert _names(text) == {"city of marston", "city", "greenfield solar inc", "greenfield"}


@pytest.mark.parametrize(
    "who",
    [
        'Mr. Li Wei, holder of PRC passport No. E12345678 (the "Consultant")',
        'Li Wei, holder of PRC passport No. E12345678 (the "Consultant")',
        'Li Wei, bearing PRC identity card number 110101198001010000 (the "Consultant")',
    ],
)
def test_identity_document_between_person_and_term(who: str) -> None:
    text = _preamble(
        'Horizon Star Holdings Limited, a Hong Kong company (the "Company"),',
        who,
        "CONSULTING AGREEMENT",
    )
    names = _names(text)
    assert "consultant" in names
    assert {"li wei", "mr li wei"} & names
