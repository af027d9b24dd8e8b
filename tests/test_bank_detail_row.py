"""A table of parties whose blocks give each party's bank under its address or representative
("Seller: Ningbo ... Co., Ltd." / "Address: ..." / "Legal Representative: ..." / "Bank: Bank
of Ningbo Co., Ltd., Beilun Sub-branch" / "Account No.: ..."): "Bank" is a role word, so its
row was read as a third party's. A bank's row that follows a row of details in the same block
is that block's detail; a "Bank:" row right under another party's row, or after a blank line,
is still a party of the table.

Passages written for the test: sale contracts and cooperation agreements drafted as tables of
parties, the shape the lead named for issue #12 (blocks with "Address:", "Bank:", "Legal
Representative:" rows whose persons and banks must not become parties).
"""

from __future__ import annotations

import pytest

from tests.passages import assert_own_parties

_BODY = """
The Buyer agrees to buy and the Seller agrees to sell the goods below on these terms.

1. Commodity: stainless steel cookware sets, model HY-220, 12,000 sets.

2. Price: US$18.50 per set FOB Ningbo.

3. Governing Law: This Contract is governed by the laws of the People's Republic of China.
"""


@pytest.mark.parametrize(
    "blocks",
    [
        "Seller: Ningbo Haoyun Kitchenware Co., Ltd.\nAddress: 155 Jiangnan Road, Ningbo\n"
        "Legal Representative: Zhou Min\nBank: Bank of Ningbo Co., Ltd., Beilun Sub-branch\n"
        "Account No.: 5501 0122 0003 4418\n\n"
        "Buyer: Gransden Home Goods Ltd.\nAddress: Unit 4, Meridian Park, Leicester\n"
        "Contact Person: Sarah Whitfield\nBank: Barclays Bank PLC, Leicester Branch\n",
        "Seller: Ningbo Haoyun Kitchenware Co., Ltd.\nTel.: 0574-8688 1200\n"
        "Opening Bank: Industrial and Commercial Bank of China Limited, Ningbo Branch\n\n"
        "Buyer: Gransden Home Goods Ltd.\nFax: +44 116 555 0100\n"
        "Beneficiary Bank: Lloyds Bank plc\n",
    ],
)
def test_a_bank_row_in_a_party_block_is_no_party(blocks: str) -> None:
    assert_own_parties(
        "SALES CONTRACT\n\n" + blocks + _BODY,
        {"Ningbo Haoyun Kitchenware Co., Ltd.", "Seller", "Gransden Home Goods Ltd.", "Buyer"},
    )


def test_a_bank_row_of_its_own_is_still_a_party() -> None:
    text = (
        "LOAN CONTRACT\n\nBorrower: Harlow Textile Mills Ltd.\nAddress: 9 Mill Lane, Bolton\n\n"
        "Bank: Pennine Commercial Bank PLC\nAddress: 1 King Street, Manchester\n\n"
        "The Bank agrees to lend and the Borrower agrees to borrow GBP 2,000,000 on these terms."
        "\n\n1. Interest. Interest accrues at 6% a year.\n\n"
        "2. Governing Law. This Contract is governed by English law.\n"
    )
    assert_own_parties(
        text, {"Harlow Textile Mills Ltd.", "Borrower", "Pennine Commercial Bank PLC", "Bank"}
    )
