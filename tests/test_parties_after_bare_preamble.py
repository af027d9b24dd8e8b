"""A preamble that names no party ("This Packaging Supply Agreement (this "Agreement") is
effective as of June 1, 2009.", "This Ground Handling Agreement is dated as of October 15,
2012."): the parties are named in the recitals below it (under "RECITALS", "WHEREAS" or a
"BACKGROUND" heading), each with its descriptor and term, or else only in the operative words
after them ("NOW, THEREFORE, Halden Air Cargo Ltd. (the "Carrier") and Kestrel Aviation
Services, Inc. (the "Handler") agree as follows"). Passages
written for this test in the general shape of supply, licence and services openings; near
misses: a preamble that names its parties, whose recitals describe a third company, and an
operative clause that names nobody.
"""

from __future__ import annotations

import pytest

from tests.passages import OPENING_BODY, assert_own_parties, own_parties

LETTERED_RECITALS = (
    "DISTRIBUTION AGREEMENT\n\n"
    'This Distribution Agreement (this "Agreement") is effective as of March 3, 2011.\n\n'
    "RECITALS\n\n"
    'A. Orchard Valley Tools, Inc., a Michigan corporation ("Manufacturer"), makes garden '
    "tools.\n\n"
    'B. Saltmarsh Hardware Supply LLC, a Maine limited liability company ("Distributor"), '
    "sells hardware to retailers in New England.\n\n"
    "C. Manufacturer wishes to appoint Distributor on the terms below.\n\n"
    "NOW, THEREFORE, the parties agree as follows:" + OPENING_BODY
)
WHEREAS_RECITALS = (
    "SOFTWARE LICENSE AGREEMENT\n\n"
    "This Software License Agreement is dated as of July 9, 2004.\n\n"
    'WHEREAS, Brindle Software Corp., a Delaware corporation (the "Licensor"), owns the '
    "scheduling software known as ShiftWise; and\n\n"
    'WHEREAS, Copperfield Transit Company, an Oregon corporation (the "Licensee"), wishes '
    "to use ShiftWise for its bus operations;\n\n"
    "NOW, THEREFORE, in consideration of the premises, the parties agree as follows:" + OPENING_BODY
)
OPERATIVE_WORDS = (
    "COLD STORAGE SERVICES AGREEMENT\n\n"
    "This Cold Storage Services Agreement is made as of 1 April 2015.\n\n"
    "WHEREAS, the Customer imports frozen seafood into the United Kingdom; and\n\n"
    "WHEREAS, the Provider operates refrigerated warehouses at the Port of Felixstowe;\n\n"
    "NOW, THEREFORE, Bellweather Foods plc, a company incorporated in England and Wales (the "
    '"Customer"), and Quayside Cold Storage Limited, a company incorporated in Scotland (the '
    '"Provider"), agree as follows:' + OPENING_BODY
)
OPERATIVE_HEREBY = (
    "PHARMACY SUPPLY AGREEMENT\n\n"
    "This Pharmacy Supply Agreement is effective as of the 2nd day of January, 2018.\n\n"
    "Recitals\n\nWhereas the Buyer operates retail pharmacies and the Seller distributes "
    "medical supplies;\n\n"
    'Now, therefore, Kintyre Pharmacy Group, Inc. ("Buyer") and Lomond Medical Supply Co. '
    '("Seller") hereby agree:' + OPENING_BODY
)
BACKGROUND_HEADING = (
    "HOSTING AGREEMENT\n\n"
    'This Hosting Agreement ("Agreement") is made effective as of January 1, 2001.\n\n'
    "BACKGROUND\n\n"
    'A. NetHarbor Systems, Inc., a Delaware corporation ("NetHarbor"), operates data centers.\n\n'
    'B. Bluewater Retail Group, Inc., a Florida corporation ("Customer"), operates an online '
    "store.\n\nThe parties therefore agree as follows:" + OPENING_BODY
)
#: the preamble names the parties: the parent company the recitals describe is none
NAMED_IN_PREAMBLE = (
    "SERVICES AGREEMENT\n\n"
    "This Services Agreement is made as of May 5, 2016 between Ravenglass Networks, Inc., a "
    'Delaware corporation ("Company"), and Tolland Field Services LLC, a Connecticut limited '
    'liability company ("Contractor").\n\n'
    'WHEREAS, Tamarind Holdings Corp., a Delaware corporation ("Parent"), owns all the '
    "outstanding shares of the Company; and\n\n"
    "WHEREAS, the Company wishes to engage the Contractor;\n\n"
    "NOW, THEREFORE, the parties agree as follows:" + OPENING_BODY
)
#: neither the recitals nor the operative words name anyone
NAMED_NOWHERE = (
    "CONFIDENTIALITY AGREEMENT\n\n"
    "This Confidentiality Agreement is effective as of August 1, 2019.\n\n"
    "WHEREAS, the parties wish to discuss a possible business relationship;\n\n"
    "NOW, THEREFORE, in consideration of the premises, the parties agree as follows:" + OPENING_BODY
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            LETTERED_RECITALS,
            {
                "Orchard Valley Tools, Inc.",
                "Manufacturer",
                "Saltmarsh Hardware Supply LLC",
                "Distributor",
            },
        ),
        (
            WHEREAS_RECITALS,
            {"Brindle Software Corp.", "Licensor", "Copperfield Transit Company", "Licensee"},
        ),
        (
            OPERATIVE_WORDS,
            {"Bellweather Foods plc", "Customer", "Quayside Cold Storage Limited", "Provider"},
        ),
        (
            BACKGROUND_HEADING,
            {"NetHarbor Systems, Inc.", "NetHarbor", "Bluewater Retail Group, Inc.", "Customer"},
        ),
        (
            OPERATIVE_HEREBY,
            {"Kintyre Pharmacy Group, Inc.", "Buyer", "Lomond Medical Supply Co.", "Seller"},
        ),
    ],
)
def test_parties_below_a_preamble_that_names_none(text: str, expected: set[str]) -> None:
    assert_own_parties(text, expected)


def test_a_company_the_recitals_describe_is_no_party_of_a_named_preamble() -> None:
    assert_own_parties(
        NAMED_IN_PREAMBLE,
        {"Ravenglass Networks, Inc.", "Company", "Tolland Field Services LLC", "Contractor"},
    )


def test_recitals_and_operative_words_that_name_nobody_give_no_party() -> None:
    assert own_parties(NAMED_NOWHERE) == {}
