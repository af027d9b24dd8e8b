"""A partnership or fund named in the list of parties with the partner or manager that acts for
it ("Crescent Midstream Partners LP, a Delaware limited partnership, by its general partner
Crescent GP LLC ("Crescent")"): the partnership is the party and the term is its own; the
general partner or manager only describes how it acts, as "acting by and through its general
partner" already did (ingest.parties.cues.DESCRIBED_IN)."""

from __future__ import annotations

from tests.passages import own_parties


def test_by_its_general_partner_gives_the_term_to_the_partnership() -> None:
    text = (
        "SERVICES AGREEMENT\n\n"
        "This Services Agreement is made as of February 2, 2017 between Crescent Midstream "
        "Partners LP, a Delaware limited partnership, by its general partner Crescent GP LLC "
        '("Crescent"), and Alder Pipeline Services, Inc. ("Operator").\n\n'
        "1. Services. Operator shall operate the gathering system of Crescent.\n"
    )
    assert own_parties(text) == {
        "Crescent Midstream Partners LP": ("Crescent",),
        "Alder Pipeline Services, Inc.": ("Operator",),
    }


def test_through_its_investment_manager_after_the_other_party() -> None:
    text = (
        "ADVISORY AGREEMENT\n\n"
        'This Agreement is entered into on May 9, 2019 by Tamsin Logistics, Inc. ("Company") '
        "and Birch Opportunity Fund II, L.P., through its investment manager, Birch Capital "
        'Advisors LLC, a Delaware limited liability company ("Investor").\n\n'
        "1. Advice. Investor shall advise the Company.\n"
    )
    assert own_parties(text) == {
        "Tamsin Logistics, Inc.": ("Company",),
        "Birch Opportunity Fund II, L.P.": ("Investor",),
    }


def test_a_general_partner_listed_as_a_party_of_its_own_stays_one() -> None:
    text = (
        "CONTRIBUTION AGREEMENT\n\n"
        "This Contribution Agreement is made as of June 1, 2015 by and among Crescent "
        'Midstream Partners LP, a Delaware limited partnership (the "Partnership"), Crescent '
        'GP LLC, a Delaware limited liability company and its general partner (the "General '
        'Partner"), and Alder Pipeline Services, Inc. ("Alder").\n\n'
        "1. Contribution. Alder shall contribute the assets to the Partnership.\n"
    )
    assert own_parties(text) == {
        "Crescent Midstream Partners LP": ("Partnership",),
        "Crescent GP LLC": ("General Partner",),
        "Alder Pipeline Services, Inc.": ("Alder",),
    }
