"""Whole commercial contracts written blind (issue 12): the title, parties (names and the
defined terms the contract gives them), agreement date and governing law of each contract of
:mod:`tests.whole_contracts_w9`, written from its text before the extractor ran, compared
the way :mod:`tests.evaluation.cuad` compares them with the lawyers' labels.

What the extractor does not get right yet is listed in ``KNOWN_MISSES``; each such case runs
as a test that the miss persists, so that a change that fixes one shows up (remove it from
the list) and a change that loses a fact fails. ``python -m tests.test_whole_contracts_w9``
prints the score.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from tests.evaluation.cuad import Predicted, basics, norm, norm_law
from tests.passages import extract_text
from tests.whole_contracts_w9 import CONTRACTS


@dataclass(frozen=True)
class Facts:
    title: str
    parties: frozenset[str]
    date: str
    law: str | None


def facts(title: str, parties: set[str], date: str, law: str | None) -> Facts:
    return Facts(title, frozenset(norm(p) for p in parties), date, law)


EXPECTED: dict[str, Facts] = {
    "distribution: by and between, a GmbH, notices and exhibits": facts(
        "Exclusive Distribution Agreement",
        {"HALVORSEN MEDICAL DEVICES, INC.", "Supplier", "BRENNER KLINIKBEDARF GMBH", "Distributor"},
        "2011-03-03",
        "New York",
    ),
    "supply: PARTIES (1) (2), English dating": facts(
        "Supply Agreement",
        {"ORCHARD VALE FOODS LIMITED", "Supplier", "NORTHGATE PROVISIONS PLC", "Customer"},
        "2009-09-14",
        "England and Wales",
    ),
    "manufacturing: amendment no. 2 with a K.K.": facts(
        "Amendment No. 2 to Manufacturing and Supply Agreement",
        {"Pellucid Optics Corporation", "Pellucid", "Kosei Precision K.K.", "Manufacturer"},
        "2013-10-01",
        "Washington",
    ),
    "reseller: B E T W E E N, of the first part, Ontario": facts(
        "Reseller Agreement",
        {"NORTHERN LIGHTS SOFTWARE CORP.", "NLS", "DATASPAN SOLUTIONS INC.", "Reseller"},
        "1999-02-22",
        "Ontario",
    ),
    "transportation: formerly known as, a partnership signing by its GP": facts(
        "Firm Transportation Services Agreement",
        {
            "BLUEWATER PIPELINE COMPANY, L.L.C.",
            "Bluewater Gathering Company, L.L.C.",
            "Transporter",
            "REDFIELD ENERGY MARKETING, LP",
            "Shipper",
        },
        "2014-01-01",
        "Oklahoma",
    ),
    "software licence: among three, two of them one defined term": facts(
        "Software License and Support Agreement",
        {
            "Quillon Systems Ltd.",
            "Quillon",
            "Quillon Software Inc.",
            "Quillon US",
            "Licensor",
            "Marlowe Retail Group, Inc.",
            "Licensee",
        },
        "2015-06-30",
        "England and Wales",
    ),
    "endorsement: a company and an individual": facts(
        "Endorsement Agreement",
        {"Vireo Nutrition Corp.", "Company", "Dana K. Whitlock", "Athlete"},
        "2018-01-15",
        "Utah",
    ),
    "patent licence: effective this 9th day, exhibits with headings": facts(
        "Exclusive Patent License Agreement",
        {"CALDER RESEARCH FOUNDATION, INC.", "Foundation", "VANTAGE SENSOR CORP.", "Licensee"},
        "2006-08-09",
        "Wisconsin",
    ),
    "co-branding: a parties table of Party A and Party B": facts(
        "Co-Branding Agreement",
        {"Lumen Card Services, Inc.", "Lumen", "TrailPeak Outfitters, LLC", "TrailPeak"},
        "2019-04-01",
        "Delaware",
    ),
    "franchise: a d/b/a and two owners, the franchisor over the title": facts(
        "Franchise Agreement",
        {
            "COPPER KETTLE FRANCHISING, LLC",
            "Franchisor",
            "ORTEGA HOSPITALITY GROUP, INC.",
            "Copper Kettle Cafe of El Paso",
            "Franchisee",
            "RAMON ORTEGA",
            "LUCIA ORTEGA",
            "Owner",
            "Owners",
        },
        "2004-05-02",
        "Texas",
    ),
    "development: titled only in the preamble, an Israeli Ltd.": facts(
        "Development Agreement",
        {"Ardent Games Ltd.", "Developer", "Polestar Interactive Inc.", "Publisher"},
        "2017-12-12",
        "Israel",
    ),
    "hosting: a letter from the letterhead to the addressee": facts(
        "Managed Hosting Services Agreement",
        {"NimbusTrail Networks, Inc.", "NimbusTrail", "Harrow Learning Systems, Inc.", "Harrow"},
        "2016-08-08",
        "Massachusetts",
    ),
    "maintenance: parties named on the cover page, a B.V.": facts(
        "Aircraft Maintenance Agreement",
        {
            "KESTREL AVIONICS SERVICES B.V.",
            "Provider",
            "SUNWARD REGIONAL AIRLINES, INC.",
            "Operator",
        },
        "2012-07-01",
        "Netherlands",
    ),
    "sales agency: a term after the address": facts(
        "Sales Agency Agreement",
        {
            "GRANITE FALLS TOOL WORKS, INC.",
            "Principal",
            "PACIFIC RIM TRADE REPRESENTATIVES LTD.",
            "Agent",
        },
        "2001-03-05",
        "Illinois",
    ),
    "strategic alliance: among an S.A., a B.V. and an Inc.": facts(
        "Strategic Alliance Agreement",
        {
            "SERRANO BIOLOGICS S.A.",
            "Serrano",
            "ALTAMIRA PHARMA HOLDINGS B.V.",
            "Altamira",
            "COBALT RIDGE THERAPEUTICS, INC.",
            "Cobalt Ridge",
        },
        "2007-11-20",
        "New York",
    ),
    "joint filing: signers only, a partnership by its GP, an individual": facts(
        "Joint Filing Agreement",
        {"BLACKMERE CAPITAL PARTNERS, L.P.", "BLACKMERE CAPITAL GP, LLC", "THOMAS R. VANCE"},
        "2020-02-11",
        None,
    ),
    "non-compete: among buyer, company and seller; affiliates joining": facts(
        "Non-Competition and Non-Solicitation Agreement",
        {
            "Sterling Harbor Holdings, Inc.",
            "Buyer",
            "Mariner Data Services, Inc.",
            "Company",
            "Jonathan P. Greaves",
            "Seller",
            "GREAVES FAMILY HOLDINGS, LLC",
            "MARINER RECORDS TRUST",
            "Seller Affiliate",
        },
        "2010-07-01",
        "Maine",
    ),
}


@dataclass(frozen=True)
class Miss:
    """What still comes out otherwise than a contract states."""

    title: bool = False
    date: bool = False
    law: bool = False
    missed: frozenset[str] = field(default_factory=frozenset)
    extra: frozenset[str] = field(default_factory=frozenset)


#: contract name -> its known misses. First score (main at a9b0888): titles 17/17, dates
#: 17/17, laws 16/16, party names precision 77/79 = 0.975, recall 77/83 = 0.928.
KNOWN_MISSES: dict[str, Miss] = {
    # a parties table's label ("Party A:") is taken for the alias, the quoted term is lost
    "co-branding: a parties table of Party A and Party B": Miss(
        missed=frozenset({"lumen", "trailpeak"}), extra=frozenset({"party a", "party b"})
    ),
    # "(each an "Owner" and together the "Owners")": the joint term is given to nobody
    "franchise: a d/b/a and two owners, the franchisor over the title": Miss(
        missed=frozenset({"owners"})
    ),
    # the second party of a cover page ("between X (the "Provider") and Y (the "Operator")",
    # each on lines of its own) is not read
    "maintenance: parties named on the cover page, a B.V.": Miss(
        missed=frozenset({"operator", "sunward regional airlines inc"})
    ),
    # a joinder's term ("joins in this Agreement as a "Seller Affiliate"") is no alias
    "non-compete: among buyer, company and seller; affiliates joining": Miss(
        missed=frozenset({"seller affiliate"})
    ),
}


@dataclass(frozen=True)
class Outcome:
    title: bool
    date: bool
    law: bool
    missed: frozenset[str]
    extra: frozenset[str]


def outcome(expected: Facts, got: Predicted) -> Outcome:
    parties = got.parties - {"party", "parties"}
    law_ok = (
        got.law is None
        if expected.law is None
        else got.law is not None and norm_law(got.law) == norm_law(expected.law)
    )
    return Outcome(
        title=got.title is not None and norm(got.title) == norm(expected.title),
        date=got.date == expected.date,
        law=law_ok,
        missed=expected.parties - parties,
        extra=parties - expected.parties,
    )


def test_every_contract_has_its_facts() -> None:
    assert set(EXPECTED) == set(CONTRACTS)
    assert set(KNOWN_MISSES) <= set(CONTRACTS)


@pytest.mark.parametrize("name", sorted(CONTRACTS))
def test_whole_contract(name: str) -> None:
    got = outcome(EXPECTED[name], basics(extract_text(CONTRACTS[name])))
    miss = KNOWN_MISSES.get(name, Miss())
    assert got == Outcome(
        title=not miss.title,
        date=not miss.date,
        law=not miss.law,
        missed=miss.missed,
        extra=miss.extra,
    )


def main() -> None:
    titles = dates = laws = laws_gold = pred = pred_ok = gold = 0
    for name, text in CONTRACTS.items():
        expected = EXPECTED[name]
        got = basics(extract_text(text))
        o = outcome(expected, got)
        titles += o.title
        dates += o.date
        laws_gold += expected.law is not None
        laws += o.law and expected.law is not None
        gold += len(expected.parties)
        pred += len(expected.parties - o.missed) + len(o.extra)
        pred_ok += len(expected.parties - o.missed)
        print(f"{name}: {o}" if o != Outcome(True, True, True, frozenset(), frozenset()) else name)
        if not o.title:
            print(f"   title {got.title!r}")
        if not o.date or not o.law:
            print(f"   date {got.date!r} law {got.law!r}")
    n = len(CONTRACTS)
    print(
        f"contracts {n}: titles {titles}/{n}, dates {dates}/{n}, laws {laws}/{laws_gold}, "
        f"party names precision {pred_ok}/{pred} = {pred_ok / max(pred, 1):.3f}, "
        f"recall {pred_ok}/{gold} = {pred_ok / gold:.3f}"
    )


if __name__ == "__main__":
    main()
