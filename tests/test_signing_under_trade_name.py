"""A party that signs under the trade or former name the preamble gave it ("B K Marketing
Concepts Inc., dba Cascade Brewing Company" over a block "CASCADE BREWING COMPANY", "HOLM
OPERATIONS INC. d/b/a HOLM SOFTWARE INC." over "HOLM SOFTWARE INC."): the block is that party's,
never a second party of the other name. Passages written for this test."""

from __future__ import annotations

from tests.passages import own_parties

_BODY = "\n\n1. Development.\n\nThe Company shall develop the Products.\n\n"
_WITNESS = "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\n"


def test_block_under_the_dba_name_is_the_party() -> None:
    parties = own_parties(
        "DEVELOPMENT AGREEMENT\n\nThis Development Agreement is made as of May 5, 2019 between "
        'Ranier Beverages, Inc. ("Ranier"), and B K Marketing Concepts Inc., dba Cascade Brewing '
        'Company (the "Company").' + _BODY + _WITNESS + "RANIER BEVERAGES, INC.\n\n"
        "By: /s/ Tom Hale\nName: Tom Hale\nTitle: CEO\n\nCASCADE BREWING COMPANY\n\n"
        "By: /s/ Ann Lee\nName: Ann Lee\nTitle: President\n"
    )
    assert parties == {
        "Ranier Beverages, Inc.": ("Ranier",),
        "B K Marketing Concepts Inc.": ("Cascade Brewing Company", "Company"),
    }


def test_side_by_side_blocks_under_a_trade_name() -> None:
    parties = own_parties(
        "DISTRIBUTOR AGREEMENT\n\nDISTRIBUTOR AGREEMENT dated as of April 15, 1994 by and between "
        "HOLM OPERATIONS INC. d/b/a HOLM SOFTWARE INC., a Delaware corporation (hereinafter "
        'referred to as "Developer") and Teal Systems Ltd, a Singapore company (hereinafter '
        'referred to as "Distributor").\n\n1. Appointment.\n\nDeveloper appoints Distributor.\n\n'
        + _WITNESS
        + "HOLM SOFTWARE INC.                       TEAL SYSTEMS LTD\n\n"
        "By: /s/ Tom Hale                         By: /s/ Ann Lee\n"
        "Title: CEO                               Title: President\n"
    )
    assert parties == {
        "HOLM OPERATIONS INC.": ("HOLM SOFTWARE INC.", "Developer"),
        "Teal Systems Ltd": ("Distributor",),
    }


def test_a_block_of_another_company_stays_its_own() -> None:
    # near miss: the parent signs too, under a name no party goes by
    parties = own_parties(
        "DEVELOPMENT AGREEMENT\n\nThis Development Agreement is made as of May 5, 2019 between "
        'Ranier Beverages, Inc. ("Ranier"), and B K Marketing Concepts Inc., dba Cascade Brewing '
        'Company (the "Company").' + _BODY + _WITNESS + "RANIER BEVERAGES, INC.\n\n"
        "By: /s/ Tom Hale\nName: Tom Hale\nTitle: CEO\n\nB K MARKETING CONCEPTS INC.\n\n"
        "By: /s/ Ann Lee\nName: Ann Lee\nTitle: President\n\nCASCADE BREWING HOLDINGS LLC\n\n"
        "By: /s/ Ann Lee\nName: Ann Lee\nTitle: Manager\n"
    )
    assert parties == {
        "Ranier Beverages, Inc.": ("Ranier",),
        "B K Marketing Concepts Inc.": ("Cascade Brewing Company", "Company"),
        "CASCADE BREWING HOLDINGS LLC": (),
    }
