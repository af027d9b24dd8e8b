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
from tests.passages import extract_text, own_parties
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
    # the second batch, written after the first was scored and fixed
    "outsourcing: a PDF conversion, title over two lines, a party with its affiliates": facts(
        "Master Outsourcing Services Agreement",
        {
            "Corvane Health Holdings, Inc.",
            "Corvane",
            "Indus Bridge Technologies Private Limited",
            "Supplier",
        },
        "2019-11-17",
        "Tennessee",
    ),
    "trademark licence: hereinafter referred to as, two terms, Swiss law": facts(
        "Trademark License Agreement",
        {
            "Bellamy Brands International S.a r.l.",
            "Bellamy",
            "Licensor",
            "Tropica Beverage Company, S.A. de C.V.",
            "Licensee",
        },
        "2003-04-03",
        "Switzerland",
    ),
    "hosting amendment: first amendment, title broken, law named by the agreement's": facts(
        "First Amendment to Hosting Services Agreement",
        {
            "Stratus Ridge Data Centers, LLC",
            "Stratus Ridge",
            "Pinnacle Ticketing, Inc.",
            "Customer",
        },
        "2012-05-22",
        "Colorado",
    ),
    "joint venture: BETWEEN (1)(2)(3) with ACNs, each a Participant": facts(
        "Joint Venture Agreement",
        {
            "HARBOUR LIGHT ENERGY PTY LTD",
            "Harbour Light",
            "KURRAWA MINERALS LIMITED",
            "Kurrawa",
            "NORDSTRAND INVEST AS",
            "Nordstrand",
            "Participant",
            "Participants",
        },
        "2018-02-28",
        "Western Australia",
    ),
    # the third batch, written after the second was scored and fixed
    "consulting: an individual doing business as, the term after the address": facts(
        "Marketing Consulting Agreement",
        {
            "Brightwater Organics, Inc.",
            "Client",
            "Jordan E. Castillo",
            "Castillo Creative Media",
            "Consultant",
        },
        "2014-09-09",
        "Vermont",
    ),
    "sponsorship: a title block naming the parties above the preamble": facts(
        "Sponsorship Agreement",
        {"HOLLOWAY SPORTS DRINKS, INC.", "Sponsor", "RIVERTON ATHLETIC CLUB, L.L.C.", "Club"},
        "2016-01-08",
        "Georgia",
    ),
    "restated distribution: parties in blocks of their own, hereinafter": facts(
        "Amended and Restated Exclusive Distribution Agreement",
        {"THE GREENBRIAR GROUP, INC.", "Greenbriar", "HOLLIS & CRANE LLC", "Distributor"},
        "2009-06-30",
        "North Carolina",
    ),
    "data processing: brands in small letters and with digits": facts(
        "Data Processing Services Agreement",
        {"eTrove.com, Inc.", "eTrove", "4Sight Data Systems, Inc.", "4Sight"},
        "2001-08-01",
        "Minnesota",
    ),
    # the fourth batch, written after the third was scored and fixed
    "website development: parties in a first numbered section, Delaware law governs": facts(
        "Website Development Agreement",
        {"Copperline Outdoor Gear, Inc.", "Copperline", "Pixelgrove Studios LLC", "Developer"},
        "2004-07-01",
        "Delaware",
    ),
    "cross-license: a third party solely for purposes of one section": facts(
        "Intellectual Property Cross-License Agreement",
        {
            "Meridian Instruments Corporation",
            "Meridian",
            "Lumora Photonics, Inc.",
            "Lumora",
            "Meridian Holdings Limited",
            "Parent",
        },
        "2017-03-31",
        "California",
    ),
    "brand ambassador: a letter to a person called you": facts(
        "Brand Ambassador Agreement",
        {"Aurora Skincare Company", "Aurora", "Sofia Marchetti", "Ambassador"},
        "2021-11-03",
        "New York",
    ),
    "commercial agency: of the one part, of the other part, English law": facts(
        "Commercial Agency Agreement",
        {"WESTBURY CERAMICS LIMITED", "Principal", "MAISON DUVAL SARL", "Agent"},
        "2004-07-01",
        "England",
    ),
    # the fifth batch, written after the fourth was scored and fixed
    "business process services: Indian drafting, which expression shall include": facts(
        "Business Process Services Agreement",
        {
            "Sahyadri Infotech Services Private Limited",
            "Service Provider",
            "Oakhurst Insurance Brokers, Inc.",
            "Client",
        },
        "2010-01-05",
        "India",
    ),
    "contract manufacturing: dated by a defined Effective Date, an AG": facts(
        "Contract Manufacturing Agreement",
        {"Rheinquell Pharma AG", "Rheinquell", "Alder Creek Therapeutics, Inc.", "Alder Creek"},
        "2012-02-14",
        "Switzerland",
    ),
    "master services: the parties to this Agreement are (a) (b), Irish law": facts(
        "Master Services Agreement",
        {
            "Tessellate Cloud Solutions Ltd",
            "Provider",
            "Kingfisher Retail Holdings Limited",
            "Customer",
        },
        "2020-10-19",
        "Ireland",
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
#: 17/17, laws 16/16, party names precision 77/79 = 0.975, recall 77/83 = 0.928. Fixed since:
#: a parties table's row term ("Party A: Lumen Card Services, Inc. ("Lumen")") is the alias,
#: not the row's label; a cover page's blocks spaced by several blank lines are one list of
#: parties; the plural of a term several parties share ("together the "Owners"") names them.
#: The second batch's first score: titles 4/4, dates 4/4, laws 3/4, party names precision
#: 17/18, recall 17/21 (a second term after "hereinafter referred to as" and a term after the
#: list of parties were missed, "S.a r.l." was cut from a name); 21/21 and 21/21 now. The
#: third batch's: titles 4/4, dates 4/4, laws 4/4, party names precision 15/15, recall 15/17
#: (a person trading under a name, the description wrapped over two lines, was lost); 17/17.
#: The fourth batch's: titles 4/4, dates 4/4, laws 4/4, party names precision 16/16, recall
#: 16/18 (a letter's opening terms, for "you" and for the writer, were lost); 18/18 now.
#: The fifth batch's: titles 3/3, dates 3/3, laws 3/3, party names precision 12/14, recall
#: 12/12 ("For Sahyadri Infotech Services Private Limited" over a signature was taken for a
#: name); 12/12 and 12/12 now.
KNOWN_MISSES: dict[str, Miss] = {
    # the evaluation's norm_law drops one trailing country: the law read, "Western Australia,
    # Australia", keeps "western australia", the label's "western"
    "joint venture: BETWEEN (1)(2)(3) with ACNs, each a Participant": Miss(law=True),
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


# The general shapes the fixes read, each in a passage of its own.


def test_a_parties_table_row_gives_its_party_the_term_it_quotes() -> None:
    text = (
        "SERVICES AGREEMENT\n\n"
        'Party A: Wexford Analytics Corp. ("Wexford")\n'
        "Address: 10 Elm Street, Hartford, Connecticut\n\n"
        'Party B: Blue Heron Clinics, P.C. ("Clinic")\n'
        "Address: 4 Shore Road, Mystic, Connecticut\n\n"
        "1. Services. Wexford shall provide the Clinic with billing analytics.\n"
    )
    assert own_parties(text) == {
        "Wexford Analytics Corp.": ("Wexford",),
        "Blue Heron Clinics, P.C.": ("Clinic",),
    }


def test_a_parties_table_row_without_a_term_keeps_its_label() -> None:
    text = (
        "COOPERATION AGREEMENT\n\n"
        "Party A: Hunan Greenfield Solar Co., Ltd.\n"
        "Party B: Lakeview Power Holdings Limited\n\n"
        "Party A and Party B agree as follows:\n"
    )
    assert own_parties(text) == {
        "Hunan Greenfield Solar Co., Ltd.": ("Party A",),
        "Lakeview Power Holdings Limited": ("Party B",),
    }


def test_a_cover_page_spaced_by_several_blank_lines_names_both_parties() -> None:
    text = (
        "LOGISTICS SERVICES AGREEMENT\n\n\n\n        between\n\n\n\n"
        '   MARLIN FREIGHT LINES LIMITED\n          (the "Carrier")\n\n\n\n'
        "            and\n\n\n\n"
        '   GOLDLEAF APPAREL, INC.\n          (the "Customer")\n\n\n\n'
        "   Dated 3 March 2015\n\n\n"
        "THIS AGREEMENT is made on the date stated above between the Carrier and the "
        "Customer.\n\n1. SERVICES\n\nThe Carrier shall carry the Customer's goods.\n"
    )
    assert own_parties(text) == {
        "MARLIN FREIGHT LINES LIMITED": ("Carrier",),
        "GOLDLEAF APPAREL, INC.": ("Customer",),
    }


def test_the_plural_of_a_term_several_parties_share_names_them_together() -> None:
    text = (
        "GUARANTY AND SUPPORT AGREEMENT\n\n"
        "This Agreement is dated as of June 1, 2012, by and between Tamarack Lending Co., a "
        'Vermont corporation ("Lender"), and Helen Price and Owen Price, individuals residing '
        'in Burlington, Vermont (each a "Guarantor" and together the "Guarantors").\n\n'
        "1. Guaranty. The Guarantors guarantee the loan.\n"
    )
    parties = own_parties(text)
    assert parties["Tamarack Lending Co."] == ("Lender",)
    assert parties["Helen Price"] == ("Guarantor", "Guarantors")
    assert parties["Owen Price"] == ("Guarantor", "Guarantors")


def test_a_second_term_after_hereinafter_referred_to_as_names_the_same_party() -> None:
    text = (
        "LICENSE AGREEMENT\n\n"
        "This License Agreement is entered into on 9 May 2011 between Orrin Brands S.a r.l., "
        'a company of Luxembourg, hereinafter referred to as "Orrin" or "Licensor", and '
        'Casa Verde Alimentos S.A., a company of Chile, hereinafter referred to as "Licensee".\n\n'
        "1. Grant. Licensor grants Licensee a license.\n"
    )
    assert own_parties(text) == {
        "Orrin Brands S.a r.l.": ("Orrin", "Licensor"),
        "Casa Verde Alimentos S.A.": ("Licensee",),
    }


def test_a_term_in_a_parenthesis_after_the_list_of_parties_names_each() -> None:
    text = (
        "SHAREHOLDERS AGREEMENT\n\n"
        "THIS AGREEMENT is made on 4 October 2016\n\nBETWEEN:\n\n"
        '(1)  ALDER RIDGE CAPITAL LIMITED of 3 Quay Street, Auckland ("Alder");\n\n'
        '(2)  TEMPLETON FARMS LIMITED of 80 Main Road, Hamilton ("Templeton"),\n\n'
        '(each a "Shareholder" and together the "Shareholders").\n\n'
        "1. SHARES\n\nEach Shareholder holds half of the shares.\n"
    )
    assert own_parties(text) == {
        "ALDER RIDGE CAPITAL LIMITED": ("Alder", "Shareholder", "Shareholders"),
        "TEMPLETON FARMS LIMITED": ("Templeton", "Shareholder", "Shareholders"),
    }


def test_each_a_party_after_the_list_gives_no_one_another_name() -> None:
    text = (
        "SERVICES AGREEMENT\n\n"
        "THIS AGREEMENT is made on 4 October 2016\n\nBETWEEN:\n\n"
        '(1)  ALDER RIDGE CAPITAL LIMITED of 3 Quay Street, Auckland ("Alder");\n\n'
        '(2)  TEMPLETON FARMS LIMITED of 80 Main Road, Hamilton ("Templeton"),\n\n'
        '(each a "Party" and together the "Parties").\n\n'
        "1. SERVICES\n\nAlder shall provide the services.\n"
    )
    assert own_parties(text) == {
        "ALDER RIDGE CAPITAL LIMITED": ("Alder",),
        "TEMPLETON FARMS LIMITED": ("Templeton",),
    }


def test_a_letter_s_opening_gives_you_and_the_writer_their_terms() -> None:
    text = (
        "HARLAN VINEYARDS, INC.\n1 Estate Road, Napa, California 94558\n\n"
        "                                        March 2, 2015\n\n"
        "Mr. Peter Okonjo\n12 Vine Street\nSonoma, California 95476\n\n"
        "     Re: Winemaking Consulting Agreement\n\nDear Mr. Okonjo:\n\n"
        '     This letter agreement (the "Agreement") sets out the terms on which you '
        '("Winemaker") will advise Harlan Vineyards, Inc. ("Harlan") on its 2015 vintage.\n\n'
        "     1. Fees. Harlan will pay Winemaker $5,000 a month.\n\n"
        "     2. Law. This Agreement is governed by the laws of the State of California.\n\n"
        "                                        Very truly yours,\n\n"
        "                                        HARLAN VINEYARDS, INC.\n\n"
        "                                        By: /s/ Ann Harlan\n"
        "                                            Ann Harlan, President\n\n"
        "ACCEPTED AND AGREED:\n\n/s/ Peter Okonjo\nPeter Okonjo\n"
    )
    assert own_parties(text) == {
        "Harlan Vineyards, Inc.": ("Harlan",),
        "Peter Okonjo": ("Winemaker",),
    }


def test_for_a_company_over_a_signature_is_no_part_of_its_name() -> None:
    text = (
        "SUPPLY AGREEMENT\n\n"
        "This Supply Agreement is made on 2 June 2014 between Deccan Polymers Private Limited, "
        "a company incorporated under the Companies Act, 1956 (hereinafter referred to as the "
        '"Supplier") and Hartley Packaging Ltd, a company incorporated in England (hereinafter '
        'referred to as the "Buyer").\n\n'
        "1. Supply. The Supplier shall supply the goods.\n\n"
        "2. Law. This Agreement is governed by the laws of India.\n\n"
        "IN WITNESS WHEREOF the Parties have executed this Agreement on the day first above "
        "written.\n\n"
        "For Deccan Polymers Private Limited          For Hartley Packaging Ltd\n\n"
        "/s/ Arjun Mehta                              /s/ Colin Hartley\n"
        "Name: Arjun Mehta                            Name: Colin Hartley\n"
        "Designation: Director                        Designation: Director\n"
    )
    assert own_parties(text) == {
        "Deccan Polymers Private Limited": ("Supplier",),
        "Hartley Packaging Ltd": ("Buyer",),
    }


def test_a_term_run_on_after_the_last_party_s_term_is_not_every_party_s() -> None:
    text = (
        "SALE AGREEMENT\n\nThis Agreement is made as of May 1, 2010, by and among Halcyon Buyer "
        'Corp., a Delaware corporation ("Buyer"), John Smith ("Smith") and Jane Doe ("Doe") '
        '(collectively, the "Sellers").\n\n1. Sale.\n'
    )
    assert "Sellers" not in own_parties(text)["Halcyon Buyer Corp."]
