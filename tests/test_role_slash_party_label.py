"""A translated contract's table of parties whose labels join each party's role to its letter
("The Buyer/Party A: Hebei ... Co., Ltd.", "The seller/Party-B Vantor ... GmbH"): both the role
and the letter are the party's terms (the body then speaks of "Party A" and "Party B"). Before,
the slash hid the "Party A" label and the names were read without either term.

Passages written for the test, in the shape of the held-out contracts the lead counted for
issue #12 (word classes only): "The x / X - X ... Co., Ltd." over "Address:" and "Tel.:" rows.
"""

from __future__ import annotations

import pytest

from tests.passages import assert_own_parties, own_parties

_BODY = """
Party A and Party B, after friendly consultation, have concluded this Contract as follows:

1. Goods. Party B shall supply the goods specified in Appendix 1 to Party A.

2. Price. The contract price is US$480,000 CIF Tianjin.

3. Governing Law. This Contract shall be governed by the laws of the People's Republic of China.
"""


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (
            "The Buyer/Party A: Tangshan Hengda Glass Co., Ltd.\n"
            "Address: 3 Xinhua West Road, Tangshan\nTel.: 0315-220 1188\n\n"
            "The Seller/Party B: Meridel Furnace Systems Inc.\n"
            "Address: 80 Mill Road, Toledo, Ohio\nTel.: (419) 555-0133\n",
            {
                "Tangshan Hengda Glass Co., Ltd.",
                "Buyer",
                "Party A",
                "Meridel Furnace Systems Inc.",
                "Seller",
                "Party B",
            },
        ),
        (
            "The licensor/Party-A Qingdao Haiyun Marine Technology Co., Ltd.\n"
            "Legal Representative: Sun Wei\n\n"
            "The licensee/Party-B Tallis Ocean Robotics Limited\n"
            "Director: Owen Pryce\n",
            {
                "Qingdao Haiyun Marine Technology Co., Ltd.",
                "Licensor",
                "Party A",
                "Tallis Ocean Robotics Limited",
                "Licensee",
                "Party B",
            },
        ),
    ],
)
def test_a_role_joined_to_the_party_letter_is_a_term_too(rows: str, expected: set[str]) -> None:
    assert_own_parties("PURCHASE CONTRACT\n\n" + rows + _BODY, expected)


def test_plain_party_letter_rows_keep_their_letters_only() -> None:
    rows = (
        "Party A: Tangshan Hengda Glass Co., Ltd.\nAddress: 3 Xinhua West Road, Tangshan\n\n"
        "Party B: Meridel Furnace Systems Inc.\nAddress: 80 Mill Road, Toledo, Ohio\n"
    )
    assert_own_parties(
        "PURCHASE CONTRACT\n\n" + rows + _BODY,
        {"Tangshan Hengda Glass Co., Ltd.", "Party A", "Meridel Furnace Systems Inc.", "Party B"},
    )


def test_a_slash_before_a_word_that_is_no_role_adds_no_term() -> None:
    rows = (
        "Client/Party A: Tangshan Hengda Glass Co., Ltd.\n\n"
        "Supplier/Party B: Meridel Furnace Systems Inc.\n\n"
        "Reference/Party C Notice: see Article 9\n"
    )
    names = own_parties("PURCHASE CONTRACT\n\n" + rows + _BODY)
    assert set(names) == {"Tangshan Hengda Glass Co., Ltd.", "Meridel Furnace Systems Inc."}
