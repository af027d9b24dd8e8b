"""A class term defined over an earlier one ('each of the Shareholders and PDMC is hereinafter
referred to as a "Supplier" and collectively as the "Suppliers"', 'The Founders and HTLC are
each referred to as a "Supplier"'): every member of the earlier class takes the new term, with
the parties named beside it; the second class may follow the first after a comma in one
sentence. Passages written for this test."""

from __future__ import annotations

from tests.passages import own_parties

_PREAMBLE = (
    "SUPPLY AGREEMENT\n\nThis Supply Agreement is made as of March 1, 2016 by and among "
    'Harwick Optics, Inc. ("Harwick"), Tomoe Glass Co., Ltd. ("Tomoe"), Harwick Tomoe Lens '
    'Corporation ("HTLC") and Fennel Devices Ltd. (the "Company").\n\n'
)
_BODY = "\n\n1. Supply.\n\nEach Supplier shall supply the Products.\n"


def test_second_class_after_a_comma_takes_the_first_classes_members() -> None:
    parties = own_parties(
        _PREAMBLE + 'Each of Harwick and Tomoe is hereinafter referred to as a "Shareholder" '
        'and collectively as the "Shareholders", each of the Shareholders and HTLC is '
        'hereinafter referred to as a "Supplier" and collectively as the "Suppliers", and each '
        'of the Suppliers and the Company is hereinafter referred to as a "Party" and '
        'collectively as the "Parties."' + _BODY
    )
    assert parties == {
        "Harwick Optics, Inc.": ("Harwick", "Shareholder", "Shareholders", "Supplier", "Suppliers"),
        "Tomoe Glass Co., Ltd.": ("Tomoe", "Shareholder", "Shareholders", "Supplier", "Suppliers"),
        "Harwick Tomoe Lens Corporation": ("HTLC", "Supplier", "Suppliers"),
        "Fennel Devices Ltd.": ("Company",),
    }


def test_a_sentence_of_its_own_over_an_earlier_class() -> None:
    parties = own_parties(
        _PREAMBLE + 'Harwick and Tomoe are referred to together as the "Founders". The Founders '
        'and HTLC are each referred to as a "Supplier" and together as the "Suppliers".' + _BODY
    )
    assert parties == {
        "Harwick Optics, Inc.": ("Harwick", "Founders", "Supplier", "Suppliers"),
        "Tomoe Glass Co., Ltd.": ("Tomoe", "Founders", "Supplier", "Suppliers"),
        "Harwick Tomoe Lens Corporation": ("HTLC", "Supplier", "Suppliers"),
        "Fennel Devices Ltd.": ("Company",),
    }


def test_a_class_with_an_outsider_or_of_things_gives_no_term() -> None:
    # near misses: a class beside a company that is no party; a class of things after a comma
    parties = own_parties(
        _PREAMBLE + 'Harwick and Tomoe are referred to together as the "Founders". The Founders '
        'and Osprey Ventures LLC are each referred to as an "Investor". The Company shall issue '
        'the Shares, each of the Shares is referred to in Schedule 2 as a "Unit".' + _BODY
    )
    assert parties == {
        "Harwick Optics, Inc.": ("Harwick", "Founders"),
        "Tomoe Glass Co., Ltd.": ("Tomoe", "Founders"),
        "Harwick Tomoe Lens Corporation": ("HTLC",),
        "Fennel Devices Ltd.": ("Company",),
    }
