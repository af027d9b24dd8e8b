"""Whole commercial contracts written before the extractor ran on them (round three, part a).

Each file in ``tests/whole_contracts_r3a`` was composed for this test (not copied from a corpus
document): a whole short contract of a kind CUAD holds (distribution, reseller, supply,
manufacturing, software, trademark and patent licences, hosting, outsourcing, maintenance,
development, transportation, an amendment), where the parties appear in the title block,
preamble, recitals, notices, signature blocks and exhibits, as filed. Three are HTML
conversions (spacing, non-breaking spaces, page footers), three 1990s plain text. They name
their parties in different shapes: by-and-between, "among" three parties, a parties table, an
English "PARTIES (1) ... (2)" block under a cover page, an individual, GmbH, B.V., N.V., K.K.,
a Chilean S.A. and a Taiwan "Co., Ltd.", d/b/a and formerly-known-as names, a parent joining
for one section, a term after an address, parties named in a letter heading, and parties
named only on a cover page. Files 15 to 22 were written after the first fourteen scored
(still before the extractor ran on them), in shapes nearer the PDF conversions CUAD holds:
lines broken mid-sentence with filing footers, doubled apostrophes for quotes, a loan-out
company "f/s/o" an athlete, a date only beside the last signature, a joint filing of funds,
people and a trust, an Italian "BETWEEN ... AND ... (hereinafter ...)" block dated at the foot,
a cover page above a preamble, an Australian parties schedule, an individual doing business
under a trade name. Files 23 to 30, a third round written the same way, try the titles and
openings of filings: a letterhead and an agreement number above the title, a title spaced
letter by letter, a title on two lines, a Canadian "BETWEEN: ... AND: ..." block, an
association and its foundation with a joint term, an amendment whose preamble gives no terms
(its recital does), a Chinese distribution agreement made "in Shanghai", a joint venture of
two companies and a person, a customer "on behalf of itself and its Affiliates". Files 31 to
35, a fourth round: a title whose "AMENDED AND RESTATED" stands on a line of its own, a
statement of work under a master agreement, a preamble that lists its parties in indented
paragraphs, a developer and its principal owner, a parties clause numbered as section 1.
Files 36 to 40, a fifth round: a title "Agreement for the Supply of ...", Malaysian and
Singapore companies in a numbered "BETWEEN:" list, a party "together with its successors and
permitted assigns" and one "on behalf of its subsidiaries", a seller and its owner under one
joint term, an Italian S.r.l. and a Swiss AG numbered "1." and "2.", an effective date set on
the signature page under a contract number. Files 41 to 43, a sixth round: a filing footer
that splits a party's name in the preamble, an Indian licence whose terms carry "which
expression shall include its successors", a 13G joint filing of a master fund, its manager,
the manager's general partner and two people. Files 44 and 45, a seventh round, are laid
out as the corpus's PDF conversions are (a paragraph a line, headings run into one line
with wide gaps, "1s t day", "Inc ."), which the first rounds were not. Files 46 and 47, an
eighth round: "The parties to this Agreement are: (a) ... of <address> (the "Company")", and
an opening in capitals with no "between" ("X ("X") AND Y ("Y") HEREBY AGREE"). Files 48 and
49, a ninth round: a rail contract whose carrier and shipper stand side by side in a labelled
two-column header, and a university's regents licensing a patent.

What is expected was written down before the first run: the title, the agreement date, the
governing law, and the party names and aliases the CUAD lawyers would label, compared as
:mod:`tests.evaluation.cuad` compares them. A miss the extractor still makes is listed in
``KNOWN`` and asserted to persist, so that fixing it shows up here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.evaluation.cuad import Predicted, norm, norm_law, predict

HERE = Path(__file__).parent / "whole_contracts_r3a"
#: Terms every contract uses: they count neither way (as in the CUAD scorer).
GENERIC = frozenset({"party", "parties", "we", "us", "our", "you", "your", "each party"})


@dataclass(frozen=True)
class Expected:
    titles: tuple[str, ...]
    date: str
    #: None where the contract chooses no law (CUAD scores a law only where one is labelled).
    law: str | None
    parties: frozenset[str]


def _exp(titles: str | tuple[str, ...], date: str, law: str | None, *parties: str) -> Expected:
    return Expected((titles,) if isinstance(titles, str) else titles, date, law, frozenset(parties))


EXPECTED: dict[str, Expected] = {
    "01_distribution_gmbh_html.txt": _exp(
        "Exclusive Distribution Agreement",
        "2014-09-08",
        "New York",
        "Brenner Optik Systeme GmbH",
        "Manufacturer",
        "Lakeshore Vision Supply, Inc.",
        "Distributor",
    ),
    "02_reseller_parties_table.txt": _exp(
        "Value Added Reseller Agreement",
        "2019-03-01",
        "California",
        "Quanterra Software Corporation",
        "Company",
        "Hollis & Crane Technology Partners, LLC",
        "VAR",
    ),
    "03_supply_1996_plain.txt": _exp(
        "Supply Agreement",
        "1996-08-22",
        "Illinois",
        "Prairie Mill Ingredients, Inc.",
        "Prairie Mill Flour Company",
        "Supplier",
        "Golden Hearth Bakeries Corporation",
        "Golden Hearth",
    ),
    "04_manufacturing_among_three.txt": _exp(
        "Manufacturing Services Agreement",
        "2017-06-15",
        "California",
        "Tidewell Audio, Inc.",
        "Tidewell",
        "Tidewell Audio (HK) Limited",
        "Tidewell HK",
        "Customer",
        "Sunrise Precision Electronics Co., Ltd.",
        "Manufacturer",
    ),
    "05_software_licence_english.txt": _exp(
        "Software Licence Agreement",
        "2011-02-03",
        "England and Wales",
        "Ashcombe Risk Analytics Limited",
        "Licensor",
        "Pellinore Insurance Group, Inc.",
        "Licensee",
    ),
    "06_trademark_licence_individual_html.txt": _exp(
        "Trademark License Agreement",
        "2021-04-01",
        "Florida",
        "Marisol Quintero",
        "Quintero",
        "Licensor",
        "Brightwater Foods Group, Inc.",
        "Quintero's Cocina",
        "Licensee",
    ),
    "07_patent_licence_1998_kk.txt": _exp(
        "Non-Exclusive Patent License Agreement",
        "1998-11-30",
        "Japan",
        "Hayashida Denki Kabushiki Kaisha",
        "HAYASHIDA",
        "Cascade Imaging Devices, Inc.",
        "CASCADE",
    ),
    "08_hosting_term_after_address.txt": _exp(
        "Hosting Services Agreement",
        "2012-10-19",
        "Texas",
        "Stratus Ridge Data Centers, Inc.",
        "Host",
        "Juniper Lane Health, Inc.",
        "Client",
    ),
    "09_outsourcing_letter.txt": _exp(
        ("Customer Care Outsourcing Agreement", "Letter Agreement"),
        "2020-05-12",
        "Connecticut",
        "Blue Meridian Contact Solutions, Inc.",
        "Blue Meridian",
        "Foxglove Home Insurance Company",
        "Foxglove",
    ),
    "10_maintenance_1994_plain.txt": _exp(
        "Equipment Service and Maintenance Agreement",
        "1994-01-01",
        "Pennsylvania",
        "Allegheny Valley Medical Center",
        "Hospital",
        "Tri-State Biomedical Services Corp.",
        "Keystone Biomedical Services, Inc.",
        "Contractor",
    ),
    "11_development_bv_parent_joins.txt": _exp(
        "Product Development and Collaboration Agreement",
        "2016-01-27",
        "New York",
        "Arcwell Robotics, Inc.",
        "Arcwell",
        "Verhoeven Agritech B.V.",
        "Verhoeven",
        "Verhoeven Holding N.V.",
        "Verhoeven Parent",
    ),
    "12_transportation_title_in_preamble_html.txt": _exp(
        "Transportation Services Agreement",
        "2013-07-01",
        "Oklahoma",
        "Red Mesa Gathering Company, L.L.C.",
        "Shipper",
        "Cimarron Crude Transport, LP",
        "Carrier",
    ),
    "13_amendment_distribution.txt": _exp(
        "Amendment No. 2 to Exclusive Distributor Agreement",
        "2018-11-30",
        "Minnesota",
        "NorthStar Orthopedic Implants, Inc.",
        "NorthStar",
        "Medisur Distribuciones S.A.",
        "Distributor",
    ),
    "14_support_cover_page_parties.txt": _exp(
        "Software Support and Maintenance Agreement",
        "2008-10-01",
        "Wisconsin",
        "Orchid Lane Systems, Inc.",
        "Vendor",
        "Halverson Mutual Insurance Company",
        "Customer",
    ),
    "15_distributor_pdf_broken_lines.txt": _exp(
        "Distributor Agreement",
        "2009-05-14",
        "Nevada",
        "Kestrel Water Technologies, Inc.",
        "Kestrel",
        "Company",
        "AquaPura Distribuidora Ltda.",
        "Distributor",
    ),
    "16_endorsement_fso_loan_out.txt": _exp(
        "Endorsement Agreement",
        "2017-02-03",
        "Colorado",
        "Velocity Trail Nutrition, Inc.",
        "Company",
        "Summit Nine Promotions, LLC",
        "Lender",
        "Jordan Ellery",
        "Athlete",
    ),
    "17_cobranding_last_signed.txt": _exp(
        "Co-Branding Agreement",
        "2015-08-09",
        "Washington",
        "Larkspur Travel Media, Inc.",
        "Larkspur",
        "Cobalt Bay Credit Union",
        "Cobalt Bay",
        "Credit Union",
    ),
    "18_joint_filing_individuals_trust.txt": _exp(
        "Joint Filing Agreement",
        "2021-10-22",
        None,
        "Aspenwood Capital Partners III, L.P.",
        "Aspenwood Capital Management III, LLC",
        "Aspenwood Co-Invest Fund, L.P.",
        "Mitchell R. Dorsey",
        "Catherine L. Ybarra",
        "The Dorsey Family 2015 Irrevocable Trust",
    ),
    "19_agency_italian_spa.txt": _exp(
        "Commercial Agency Agreement",
        "2003-03-12",
        "Italy",
        "Cantieri Navali Fratelli Morandi S.p.A.",
        "MORANDI",
        "Principal",
        "Coastline Yacht Brokers, Inc.",
        "Agent",
    ),
    "20_outsourcing_recital_alias.txt": _exp(
        "Information Technology Outsourcing Agreement",
        "1999-04-01",
        "New Hampshire",
        "Granite State Mutual Bancorp",
        "Granite State",
        "Sentinel Operations & Technology, Inc.",
        "Sentinel",
    ),
    "21_supply_australian_details.txt": _exp(
        "Supply Agreement",
        "2016-10-18",
        "Victoria",
        "Wattle Creek Dairy Pty Ltd",
        "Supplier",
        "Halcyon Infant Nutrition Limited",
        "Customer",
    ),
    "22_development_individual_dba_1997.txt": _exp(
        "Software Development and License Agreement",
        "1997-06-05",
        "Georgia",
        "Nexus Point Medical, Inc.",
        "NEXUS",
        "Richard A. Tolliver",
        "Tolliver Software Engineering",
        "DEVELOPER",
    ),
    "23_purchase_letterhead_pdf.txt": _exp(
        "Master Purchase Agreement",
        "2016-03-22",
        "Massachusetts",
        "Halberd Motion Controls, Inc.",
        "Buyer",
        "Ostergaard Magnetics A/S",
        "Seller",
    ),
    "24_license_spaced_title_1993.txt": _exp(
        "License Agreement",
        "1993-10-15",
        "Ohio",
        "Buckeye Brands Licensing Corp.",
        "Licensor",
        "Sportswear Concepts of America, Inc.",
        "Licensee",
    ),
    "25_services_canadian_between_and.txt": _exp(
        "Geological Consulting Services Agreement",
        "2010-09-01",
        "Ontario",
        "Northern Lights Mining Corp.",
        "Company",
        "Keewatin Geoscience Inc.",
        "Consultant",
    ),
    "26_sponsorship_association_foundation.txt": _exp(
        "Sponsorship Agreement",
        "2019-01-10",
        "Illinois",
        "American Association of Pediatric Dentistry",
        "AAPD",
        "AAPD Foundation for Children's Oral Health",
        "Foundation",
        "Association",
        "Brightsmile Oral Care, Inc.",
        "Sponsor",
    ),
    "27_amendment_parties_without_terms.txt": _exp(
        "First Amendment to Master Services Agreement",
        "2020-12-01",
        "Tennessee",
        "Pinnacle Claims Administration, LLC",
        "Administrator",
        "Rivermark Health Plan, Inc.",
        "Plan",
    ),
    "28_distribution_prc_hereinafter.txt": _exp(
        "Exclusive Distribution Agreement",
        "2012-06-08",
        "People's Republic of China",
        "Shanghai Minghua Medical Instruments Co., Ltd.",
        "Minghua",
        "Distributor",
        "Pacific Rim Diagnostics Corp.",
        "PRD",
    ),
    "29_joint_venture_1995_three.txt": _exp(
        "Joint Venture Agreement",
        "1995-04-03",
        "Mississippi",
        "Desert Sun Gaming, Inc.",
        "Desert Sun",
        "Red Clay Entertainment Corporation",
        "Red Clay",
        "Lucien P. Beauchamp",
        "Beauchamp",
        "Venturer",
        "Venturers",
    ),
    "30_hosting_two_line_title_affiliates_html.txt": _exp(
        "Managed Hosting and Disaster Recovery Services Agreement",
        "2017-08-14",
        "Virginia",
        "Trellis Cloud Services, LLC",
        "Trellis",
        "Oakmont Financial Holdings, Inc.",
        "Customer",
    ),
    "31_restated_supply_two_line_title.txt": _exp(
        "Amended and Restated Manufacturing and Supply Agreement",
        "2019-07-31",
        "New York",
        "Lyonnaise Pharma Services SAS",
        "LPS",
        "Tamarack Therapeutics, Inc.",
        "Tamarack",
    ),
    "32_statement_of_work_under_msa.txt": _exp(
        "Statement of Work No. 3",
        "2015-10-06",
        "Washington",
        "Quillmark Systems Integration, Inc.",
        "Quillmark",
        "Harborview Regional Medical Center",
        "Client",
    ),
    "33_license_supply_listed_block.txt": _exp(
        "License and Supply Agreement",
        "2004-02-12",
        "Delaware",
        "Greenfield Biologics Ltd.",
        "Greenfield",
        "AgriVantage Crop Sciences, Inc.",
        "AgriVantage",
    ),
    "34_area_development_individual_and_llc.txt": _exp(
        "Area Development Agreement",
        "2008-03-17",
        "Kansas",
        "Fireside Grill Franchising, LLC",
        "Franchisor",
        "Copper Kettle Hospitality, LLC",
        "Developer",
        "Garrett L. Holmquist",
        "Principal Owner",
    ),
    "35_content_license_parties_clause.txt": _exp(
        "Content License Agreement",
        "2006-05-01",
        "California",
        "Silver Screen Classics Library, LLC",
        "Licensor",
        "StreamNation Media, Inc.",
        "Licensee",
    ),
    "36_agreement_for_the_supply_sdn_bhd.txt": _exp(
        "Agreement for the Supply of Semiconductor Test Services",
        "2013-01-09",
        "Singapore",
        "Penang Precision Test Sdn. Bhd.",
        "PPT",
        "Orion Mixed Signal Pte. Ltd.",
        "Orion",
    ),
    "37_services_successors_subsidiaries.txt": _exp(
        "Pharmacy Benefit Administration Services Agreement",
        "2011-11-15",
        "Nebraska",
        "Meridian Rx Solutions, LLC",
        "Meridian",
        "Prairie Health Alliance, Inc.",
        "Plan Sponsor",
    ),
    "38_non_compete_seller_individual.txt": _exp(
        "Non-Competition and Non-Solicitation Agreement",
        "2005-08-01",
        "Oregon",
        "Evergreen Landscape Holdings, Inc.",
        "Buyer",
        "Thompson & Sons Nursery, Inc.",
        "Company",
        "Harold W. Thompson",
        "Thompson",
        "Restricted Parties",
    ),
    "39_maintenance_srl_ag_numbered.txt": _exp(
        "Preventive Maintenance Service Contract",
        "2010-04-14",
        "Switzerland",
        "Tecnofarma Impianti S.r.l.",
        "Contractor",
        "Rheintal Pharma AG",
        "Client",
    ),
    "40_joint_development_contract_no.txt": _exp(
        "Joint Development Agreement",
        "2012-09-17",
        "California",
        "Aurora Photonics Corporation",
        "Aurora",
        "Kiyomizu Optical Components Co., Ltd.",
        "Kiyomizu",
    ),
    "41_reseller_footer_splits_preamble_pdf.txt": _exp(
        "Reseller Agreement",
        "2018-01-05",
        "Massachusetts",
        "Cygnet Secure Networks, Inc.",
        "Cygnet",
        "Bluewater IT Distribution Pty Ltd",
        "Reseller",
    ),
    "42_software_licence_indian_expression.txt": _exp(
        "Software Licence Agreement",
        "2011-03-21",
        "India",
        "Navya Infosolutions Private Limited",
        "Licensor",
        "Horizon Microfinance Limited",
        "Licensee",
    ),
    "43_joint_filing_13g_master_fund.txt": _exp(
        "Joint Filing Agreement",
        "2020-02-14",
        None,
        "Silvermere Master Fund, Ltd.",
        "Silvermere Capital Management LP",
        "Silvermere Capital GP LLC",
        "Natalia Ferreira-Holt",
        "Bernard K. Osei",
    ),
    "44_private_label_supply_flattened_ocr.txt": _exp(
        "Private Label Supply Agreement",
        "2015-10-01",
        "Utah",
        "Wasatch Nutrition Labs, Inc.",
        "Supplier",
        "GreenLeaf Pharmacy Group, LLC",
        "Buyer",
    ),
    "45_web_hosting_flattened_between_and.txt": _exp(
        "Web Hosting Services Agreement",
        "2000-06-19",
        "Illinois",
        "Lakefront Internet Solutions Corp.",
        "Provider",
        "eToyland.com, Inc.",
        "Client",
    ),
    "46_agency_parties_are_list.txt": _exp(
        "Sales Representative Agreement",
        "2002-02-01",
        "Rhode Island",
        "Coldwater Marine Electronics, Inc.",
        "Company",
        "Gulf Coast Marine Sales Associates",
        "Representative",
    ),
    "47_license_caps_hereby_agree.txt": _exp(
        "Technology License Agreement",
        "2001-12-12",
        "New York",
        "Spectralink Sensor Technologies Ltd.",
        "SPECTRALINK",
        "Omniview Security Systems, Inc.",
        "OMNIVIEW",
    ),
    "48_rail_contract_two_column_header.txt": _exp(
        "Rail Transportation Contract",
        "2014-04-01",
        "Nebraska",
        "Prairie River Railroad Company",
        "Carrier",
        "High Plains Ethanol, LLC",
        "Shipper",
    ),
    "49_research_license_regents.txt": _exp(
        "Exclusive License Agreement",
        "2009-07-20",
        "Oregon",
        "The Regents of the University of Wexford",
        "University",
        "Corvallis Biosensors, Inc.",
        "Licensee",
    ),
}


@dataclass(frozen=True)
class Known:
    """What the extractor still gets wrong on one contract (asserted to persist)."""

    title: bool = False
    date: bool = False
    law: bool = False
    missed: frozenset[str] = field(default_factory=frozenset)
    extra: frozenset[str] = field(default_factory=frozenset)


KNOWN: dict[str, Known] = {
    # "Statement of Work" is no title word (a rule that read it was withdrawn at stop 29's
    # merge), so no own agreement is found and nothing of it is read
    "32_statement_of_work_under_msa.txt": Known(
        title=True,
        date=True,
        law=True,
        missed=frozenset(
            {
                "Quillmark Systems Integration, Inc.",
                "Quillmark",
                "Harborview Regional Medical Center",
                "Client",
            }
        ),
    ),
    # the filer's footer, blanked to an empty line, splits the second party's name in the
    # preamble; its signature line runs both companies' names together
    "41_reseller_footer_splits_preamble_pdf.txt": Known(
        missed=frozenset({"Bluewater IT Distribution Pty Ltd", "Reseller"})
    ),
}


@dataclass(frozen=True)
class Outcome:
    title: bool
    date: bool
    law: bool
    missed: frozenset[str]
    extra: frozenset[str]
    predicted: int


def outcome(name: str) -> Outcome:
    """How the extraction of one contract compares with what was expected of it."""
    exp = EXPECTED[name]
    pred: Predicted = predict(HERE / name)
    gold = {norm(p) for p in exp.parties}
    got = {p for p in pred.parties if p not in GENERIC}
    return Outcome(
        title=pred.title is not None and norm(pred.title) in {norm(t) for t in exp.titles},
        date=pred.date == exp.date,
        law=exp.law is None or (pred.law is not None and norm_law(pred.law) == norm_law(exp.law)),
        missed=frozenset(gold - got),
        extra=frozenset(got - gold),
        predicted=len(got),
    )


def test_every_contract_file_has_its_expectations() -> None:
    assert sorted(p.name for p in HERE.glob("*.txt")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_whole_contract_basics(name: str) -> None:
    got = outcome(name)
    known = KNOWN.get(name, Known())
    assert got.title is not known.title
    assert got.date is not known.date
    assert got.law is not known.law
    assert got.missed == {norm(p) for p in known.missed}
    assert got.extra == {norm(p) for p in known.extra}


def score() -> dict[str, float]:
    """The round's figures: titles, dates and laws right, party precision and recall."""
    outs = [outcome(name) for name in sorted(EXPECTED)]
    gold = sum(len({norm(p) for p in EXPECTED[n].parties}) for n in sorted(EXPECTED))
    pred = sum(o.predicted for o in outs)
    return {
        "title": sum(o.title for o in outs) / len(outs),
        "date": sum(o.date for o in outs) / len(outs),
        "law": sum(o.law for o, n in zip(outs, sorted(EXPECTED), strict=True) if EXPECTED[n].law)
        / sum(1 for n in EXPECTED if EXPECTED[n].law),
        "party_precision": (pred - sum(len(o.extra) for o in outs)) / pred if pred else 1.0,
        "party_recall": (gold - sum(len(o.missed) for o in outs)) / gold,
    }


if __name__ == "__main__":
    for name in sorted(EXPECTED):
        print(name, outcome(name))
    print(score())
