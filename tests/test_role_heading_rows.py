"""Parties named in the blocks of an order form or a cover sheet, each under a heading of its
role with a name row below it ("CUSTOMER" / "Name: Ashgrove Property Management LLC" /
"Address: ..."), or on a role label's row that names an organisation with no corporate suffix
("LICENSEE: Bayshore Community Credit Union, a Florida credit union"), then a preamble that
speaks only of "the Customer and the Service Provider named above". Passages written for this
test in the general shape of services and licence forms; near misses: a signature block's
"Name:" row under a role (a person signing) and a role heading whose row names a contact.
"""

from __future__ import annotations

import pytest

from tests.passages import OPENING_BODY, assert_own_parties, own_parties

FORM_BLOCKS = (
    "PRACTICE MANAGEMENT AGREEMENT\n\n"
    "CLIENT\nName:     Pemberton Dental Group, P.C.\nAddress:  14 Elm Street, Dover, Delaware\n"
    "Contact:  Dr. Alan Pemberton\n\n"
    "CONSULTANT\nName:     Arcadia Practice Solutions LLC\nAddress:  900 Market Street, "
    "Wilmington, Delaware\nContact:  Joan Reyes\n\n"
    "This Practice Management Agreement is entered into as of May 1, 2019 between the Client "
    "and the Consultant named above." + OPENING_BODY
)
LEGAL_NAME_BLOCKS = (
    "EQUIPMENT LEASE\n\n"
    "Lessor:\n  Legal Name: Cobalt Imaging Finance, Inc.\n  Address: 1 Lakeside Plaza, "
    "Chicago, Illinois\n\n"
    "Lessee:\n  Legal Name: Wexford Regional Hospital Authority\n  Address: 300 Main Street, "
    "Wexford, Pennsylvania\n\n"
    "This Equipment Lease is made as of June 30, 2021 by the Lessor and the Lessee identified "
    "above." + OPENING_BODY
)
LABEL_ROWS_ORGANISATION = (
    "SOFTWARE SUBSCRIPTION AGREEMENT\n\n"
    "PROVIDER:   Ledgerline Systems, Inc., a Georgia corporation\n"
    "SUBSCRIBER: Piedmont Teachers Credit Union, a Georgia credit union\n\n"
    "This Software Subscription Agreement is entered into by Provider and Subscriber as of "
    "the date of the last signature below." + OPENING_BODY
)
#: the "Name:" rows of the signature blocks name the persons signing, never parties
SIGNATURE_NAME_ROWS = (
    "CONSULTING AGREEMENT\n\n"
    "This Consulting Agreement is entered into as of May 1, 2019 between Halberd Analytics, "
    'Inc., a Texas corporation ("Company"), and Marisol Vega ("Consultant").'
    + OPENING_BODY
    + "\nCOMPANY\nName: Thomas Reed\nTitle: Chief Executive Officer\n\n"
    "CONSULTANT\nName: Marisol Vega\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            FORM_BLOCKS,
            {
                "Pemberton Dental Group, P.C.",
                "Client",
                "Arcadia Practice Solutions LLC",
                "Consultant",
            },
        ),
        (
            LEGAL_NAME_BLOCKS,
            {
                "Cobalt Imaging Finance, Inc.",
                "Lessor",
                "Wexford Regional Hospital Authority",
                "Lessee",
            },
        ),
        (
            LABEL_ROWS_ORGANISATION,
            {
                "Ledgerline Systems, Inc.",
                "Provider",
                "Piedmont Teachers Credit Union",
                "Subscriber",
            },
        ),
    ],
)
def test_parties_of_role_blocks_and_rows(text: str, expected: set[str]) -> None:
    assert_own_parties(text, expected)


def test_signature_name_rows_under_a_role_name_no_party() -> None:
    assert set(own_parties(SIGNATURE_NAME_ROWS)) == {"Halberd Analytics, Inc.", "Marisol Vega"}


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (
            "Name of Licensor: Marigold Brands, Inc.\nAddress of Licensor: 10 Park Avenue, New "
            "York\n\nName of Licensee: Sunfield Apparel Co., Ltd.\nAddress of Licensee: 5 Harbour "
            "Road, Hong Kong\n\n",
            {"Marigold Brands, Inc.", "Licensor", "Sunfield Apparel Co., Ltd.", "Licensee"},
        ),
        (
            "NAME OF THE SUPPLIER: HALCYON FOODS LIMITED\nNAME OF THE BUYER: PORTREE "
            "GROCERS LTD\n\n",
            {"HALCYON FOODS LIMITED", "Supplier", "PORTREE GROCERS LTD", "Buyer"},
        ),
    ],
)
def test_name_of_role_rows_name_the_parties(rows: str, expected: set[str]) -> None:
    text = (
        "SUPPLY AND LICENSE AGREEMENT\n\n"
        + rows
        + "This Agreement is made between the parties named above."
        + OPENING_BODY
    )
    assert_own_parties(text, expected)


def test_a_name_of_row_naming_a_contact_is_no_party() -> None:
    text = (
        "SUPPLY AGREEMENT\n\nName of Supplier: Halcyon Foods Limited\nName of Buyer: Portree "
        "Grocers Ltd\nName of Contact: Fiona MacLeod\n\n"
        "This Agreement is made between the parties named above." + OPENING_BODY
    )
    assert set(own_parties(text)) == {"Halcyon Foods Limited", "Portree Grocers Ltd"}


def test_numbered_rows_with_role_labels_name_the_parties() -> None:
    text = (
        "CONSULTING AGREEMENT\n\nPARTIES:\n\n"
        "1. Client: Marwood Pharmaceuticals, Inc., 200 Lake Street, Chicago, Illinois "
        '("Client")\n\n'
        "2. Consultant: Fennimore Regulatory Group LLC, 9 Elm Street, Boston, Massachusetts "
        '("Consultant")\n\nEFFECTIVE DATE: June 1, 2016' + OPENING_BODY
    )
    assert_own_parties(
        text,
        {
            "Marwood Pharmaceuticals, Inc.",
            "Client",
            "Fennimore Regulatory Group LLC",
            "Consultant",
        },
    )
