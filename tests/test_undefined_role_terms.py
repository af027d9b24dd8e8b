"""A commercial contract that names its counterparty in the preamble with no defined term and
then calls it throughout by the capacity its title gives ("RESELLER AGREEMENT" ... "Reseller
shall pay ..."): the role word is that party's alias. Passages written for this test."""

from __future__ import annotations

from tests.passages import own_parties

_BODY = (
    "\n\n1. Appointment.\n\n"
    "1.1 Harlow appoints {role} as a non-exclusive {low} of the Products.\n\n"
    "1.2 {role} will use best efforts to promote the Products in the Territory.\n\n"
    "2. Orders.\n\n2.1 {role} shall place written purchase orders with Harlow.\n\n"
    "2.2 {role} may not sell outside the Territory.\n\n"
    "3. Payment.\n\n3.1 {role} agrees to pay each invoice within thirty days.\n\n"
)


def _doc(title: str, preamble: str, role: str) -> str:
    return title + "\n\n" + preamble + _BODY.format(role=role, low=role.lower())


def test_distributor_named_only_by_its_role() -> None:
    parties = own_parties(
        _doc(
            "DISTRIBUTION AGREEMENT",
            "This Agreement is effective March 1, 2001 between Harlow Devices, Inc. "
            '("Harlow"), a Nevada corporation, and\n\nMarlin Trading Co., Ltd. 12 Harbour Road, '
            "Busan, Korea",
            "Distributor",
        )
    )
    assert parties == {
        "Harlow Devices, Inc.": ("Harlow",),
        "Marlin Trading Co., Ltd.": ("Distributor",),
    }


def test_reseller_named_only_by_its_role() -> None:
    parties = own_parties(
        _doc(
            "RESELLER AGREEMENT",
            'This Reseller Agreement is made on June 5, 2010 by Harlow Devices, Inc. ("Harlow") '
            "and Pemberton Systems LLC, a Texas limited liability company.",
            "Reseller",
        )
    )
    assert parties["Pemberton Systems LLC"] == ("Reseller",)


def test_role_defined_in_quotes_is_left_to_its_definition() -> None:
    parties = own_parties(
        _doc(
            "DISTRIBUTION AGREEMENT",
            'This Agreement is made between Harlow Devices, Inc. ("Harlow") and Marlin Trading '
            'Co., Ltd. (the "Distributor").',
            "Distributor",
        )
    )
    assert parties["Marlin Trading Co., Ltd."] == ("Distributor",)


def test_title_without_the_role_gives_no_alias() -> None:
    parties = own_parties(
        _doc(
            "SUPPLY AGREEMENT",
            'This Agreement is made between Harlow Devices, Inc. ("Harlow") and Marlin Trading '
            "Co., Ltd., a Korean company.",
            "Distributor",
        )
    )
    assert parties["Marlin Trading Co., Ltd."] == ()


def test_role_seldom_a_subject_gives_no_alias() -> None:
    parties = own_parties(
        "DISTRIBUTION AGREEMENT\n\nThis Agreement is made between Harlow Devices, Inc. "
        '("Harlow") and Marlin Trading Co., Ltd., a Korean company.\n\n1. Appointment.\n\n'
        "Harlow appoints Distributor as its distributor. Distributor shall buy the Products.\n"
    )
    assert parties["Marlin Trading Co., Ltd."] == ()


def test_both_parties_with_terms_gives_no_alias() -> None:
    parties = own_parties(
        _doc(
            "DISTRIBUTION AGREEMENT",
            'This Agreement is made between Harlow Devices, Inc. ("Harlow") and Marlin Trading '
            'Co., Ltd. ("Marlin").',
            "Distributor",
        )
    )
    assert parties["Marlin Trading Co., Ltd."] == ("Marlin",)
