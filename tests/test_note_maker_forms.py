"""A note a schedule or recital names with its maker, the maker's form and then its payee
("Term Promissory Note dated May 1, 2015, made by Kestle Mills, Inc., a Utah corporation, payable to
the order of Pell Creek Holdings, LLC"): the maker ISSUES it and the payee HOLDS it, the form
between them notwithstanding (:mod:`ingest.relations.note_owners`)."""

from __future__ import annotations

from tests.passages import edges, extract_text

_PLEDGE = """PLEDGE AGREEMENT

     THIS PLEDGE AGREEMENT dated as of March 1, 2016 is made by PELL CREEK HOLDINGS, LLC, a
Utah limited liability company (the "Pledgor"), in favor of WASATCH RANGE BANK (the "Bank").

     1. Pledge. The Pledgor hereby pledges to the Bank the Pledged Notes described in
Schedule I to secure its obligations under the Loan Agreement dated as of March 1, 2016
between the Pledgor and the Bank.

PELL CREEK HOLDINGS, LLC

By: /s/ Arlo V. Brandt
Name: Arlo V. Brandt
Title: Manager

                                   SCHEDULE I
                                 PLEDGED NOTES

     1. Term Promissory Note dated May 1, 2015, made by Kestle Mills, Inc., a Utah corporation,
{payable} in the original principal amount of $400,000.

     2. Demand Promissory Note dated June 9, 2014, made by Ogden Yard Services, LLC, a Utah limited
liability company, payable to the order of Pell Creek Holdings, LLC, in the original principal
amount of $150,000.
"""


def test_each_maker_issues_and_the_payee_after_the_makers_form_holds() -> None:
    x = extract_text(_PLEDGE.format(payable="payable to the order of Pell Creek Holdings, LLC,"))
    assert edges(x, "HOLDS") == {
        ("Pell Creek Holdings, LLC", "Term Promissory Note"),
        ("Pell Creek Holdings, LLC", "Demand Promissory Note"),
    }
    assert edges(x, "ISSUES") >= {
        ("Kestle Mills, Inc.", "Term Promissory Note"),
        ("Ogden Yard Services, LLC", "Demand Promissory Note"),
    }


def test_a_note_whose_payee_a_clause_of_its_own_names_is_left_alone() -> None:
    x = extract_text(
        _PLEDGE.format(payable="which note is payable to the order of Wasatch Range Bank,")
    )
    assert ("WASATCH RANGE BANK", "Term Promissory Note") not in edges(x, "HOLDS")
