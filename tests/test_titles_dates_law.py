"""Title, date and governing law of an agreement in the general shapes converted filings take:
cover lines flattened into one line or into the preamble's paragraph, confidentiality legends
that say "THIS DOCUMENT", dates stated only in the definitions, the witness clause or the
signers' date lines, and choice-of-law clauses in their less usual wordings. Every passage is
written for this test in the shape, not copied from a filing."""

from __future__ import annotations

import re

import pytest

from ingest.agreements.kinds import title_case
from ingest.dates import find_dates, parse_date
from ingest.extract import extract
from ingest.law import governing_law
from ingest.records import SourceDocument

_PARTIES = (
    'by and between Quillfeather Systems, Inc., a Delaware corporation ("Quillfeather"), and '
    'Marrow Lane Foods LLC, a Texas limited liability company ("Marrow").'
)


def _own(text: str) -> dict[str, object]:
    ex = extract(SourceDocument(text=text, path="passage.txt"))
    own = [e for e in ex.entities if e.ref == "agreement:self"]
    assert own, ex.warnings
    return dict(own[0].props)


# --- titles -------------------------------------------------------------------------------


def test_a_legend_saying_this_document_is_skipped_for_the_title() -> None:
    text = (
        "Exhibit 10.4 CERTAIN PORTIONS OF THIS DOCUMENT HAVE BEEN OMITTED AND FILED SEPARATELY "
        "WITH THE SECURITIES AND EXCHANGE COMMISSION. MASTER HAULING AGREEMENT This Master "
        'Hauling Agreement ("Agreement") is made as of May 2, 2012 ' + _PARTIES
    )
    props = _own(text)
    assert props["title"] == "Master Hauling Agreement"
    assert props["date"] == "2012-05-02"


def test_a_plural_exhibit_label_before_the_title() -> None:
    text = "Exhibits 10.9 SERVICES AGREEMENT This Agreement is made as of May 1, 2020 " + _PARTIES
    assert _own(text)["title"] == "Services Agreement"


def test_a_cover_line_flattened_with_an_address() -> None:
    text = (
        "EXHIBIT 10.2\n\n"
        "RESELLER AGREEMENT         Quillfeather Systems, Inc. 12 Birch Lane Suite # 4 Dover, "
        "DE 19901 Tel: (302) 555-0100\n\n"
        'This Agreement is effective March 1, 2011 ("Effective Date") ' + _PARTIES + "\n\n"
        "1. Appointment\n"
    )
    props = _own(text)
    assert props["title"] == "Reseller Agreement"
    assert props["date"] == "2011-03-01"


def test_a_heading_on_the_same_flattened_line_as_a_plain_this_agreement() -> None:
    text = (
        "Contract Ref: 8812   WATER HAULING AGREEMENT (Form B)   THIS AGREEMENT is made and "
        "entered into as of the 2nd day of March, 2009, " + _PARTIES
    )
    props = _own(text)
    assert props["title"] == "Water Hauling Agreement"
    assert props["date"] == "2009-03-02"


def test_a_title_naming_its_parties_before_this_agreement() -> None:
    text = (
        "EXHIBIT 10.1\n\n"
        "Event Sponsorship Agreement Between Harbor Runners Club and Pellucid Foods, Inc. This "
        'Agreement ("Agreement") is made effective April 3, 2016, by and between Pellucid '
        'Foods, Inc. ("Company") and Harbor Runners Club ("Club").\n'
    )
    props = _own(text)
    assert props["title"] == "Event Sponsorship Agreement"
    assert props["date"] == "2016-04-03"


def test_two_cover_titles_on_one_flattened_line_keep_the_first() -> None:
    text = (
        "EXHIBIT 99.4\n\n"
        "              DATED 3RD MAY 2010\n\n"
        "     CONTENT LICENSE AGREEMENT          SUPPLEMENT TO THE MASTER SERVICES AGREEMENT\n\n"
        "THIS AGREEMENT is made the 3rd day of May 2010.\n\n"
        "BETWEEN\n\n(1) Quillfeather Systems, Inc.; and\n\n(2) Marrow Lane Foods LLC.\n"
    )
    props = _own(text)
    assert props["title"] == "Content License Agreement"
    assert props["date"] == "2010-05-03"


def test_a_fuller_heading_in_the_preamble_paragraph_wins() -> None:
    text = (
        "Exhibit 10.1   HARBOR LIGHTS SPONSORSHIP AGREEMENT   This Sponsorship Agreement (this "
        '"Agreement") is entered into as of June 1, 2017 ' + _PARTIES
    )
    assert _own(text)["title"] == "Harbor Lights Sponsorship Agreement"


def test_a_page_number_and_the_preambles_first_word_are_no_part_of_the_title() -> None:
    text = (
        "EXHIBIT 99.2 Page 1 of 4 SUPPLY AGREEMENT Agreement made this 4th day of June, 2015 "
        'Between: Quillfeather Systems, Inc. (herein referred to as "Supplier") And Marrow '
        'Lane Foods LLC (herein referred to as "Buyer").\n'
    )
    props = _own(text)
    assert props["title"] == "Supply Agreement"
    assert props["date"] == "2015-06-04"


def test_a_title_repeated_after_execution_version_without_this() -> None:
    text = (
        "Exhibit 10.2 EXECUTION VERSION JOINT MARKETING AGREEMENT JOINT MARKETING AGREEMENT, "
        'dated as of March 3, 2021 (this "Agreement"), by and among Quillfeather Systems, Inc., '
        'a Delaware corporation ("Quillfeather"), and Marrow Lane Foods LLC ("Marrow").'
    )
    props = _own(text)
    assert props["title"] == "Joint Marketing Agreement"
    assert props["date"] == "2021-03-03"


def test_a_schedule_attached_to_an_agreement_is_not_that_agreement() -> None:
    text = (
        "SCHEDULE B\n\nImplementation Schedule\n\n"
        "This Implementation Schedule is attached to the Software License and Support Agreement "
        '(the "Agreement") executed by and between Quillfeather Systems, Inc. and Marrow Lane '
        "Foods LLC.\n"
    )
    ex = extract(SourceDocument(text=text, path="passage.txt"))
    titles = [e.props.get("title") for e in ex.entities if e.ref == "agreement:self"]
    assert all(not str(t).lower().startswith("to ") for t in titles)


def test_an_addendum_titled_over_a_blank_line() -> None:
    text = (
        "Exhibit 10.2\n\nPARTNER PROGRAM\n\nADDENDUM TO\n\nREGIONAL RESELLER AGREEMENT\n\n"
        'THIS ADDENDUM ("Addendum") is made on the 4th day of February 2019 ' + _PARTIES
    )
    props = _own(text)
    assert props["title"] == "Addendum to Regional Reseller Agreement"
    assert props["kind"] == "amendment"
    assert props["date"] == "2019-02-04"


def test_a_preamble_opening_on_its_title_beats_a_later_legend() -> None:
    text = (
        "CREDIT AGREEMENT dated as of October 3, 2008 (this \u201cAgreement\u201d), between "
        "Quillfeather Systems, Inc., as Borrower, and Marrow Lane Capital LLC, as Lender.\n"
        "REFERENCE IS MADE TO THE SUBORDINATION AGREEMENT REFERRED TO BELOW. THE LIENS GRANTED "
        "TO THE LENDER PURSUANT TO THE SECURITY AGREEMENT AND THE EXERCISE OF ANY RIGHT OR "
        "REMEDY BY THE LENDER THEREUNDER ARE SUBJECT TO THE PROVISIONS OF THE SUBORDINATION "
        "AGREEMENT. IN THE EVENT OF ANY CONFLICT BETWEEN THE TERMS OF THE SUBORDINATION "
        "AGREEMENT AND THIS AGREEMENT, THE TERMS OF THE SUBORDINATION AGREEMENT SHALL GOVERN.\n"
    )
    assert _own(text)["title"] == "Credit Agreement"


def test_contents_lines_and_section_headings_are_no_titles() -> None:
    text = (
        "TABLE OF CONTENTS\n\n"
        "8 Procurement Group; Supply Contract for the Northern Segment\n\n"
        "25 Duration of Agreement and Realization of Assets 29\n\n"
        "                 TRANS-OCEAN CABLE NETWORK\n\n"
        "           CONSTRUCTION AND MAINTENANCE AGREEMENT\n\n"
        "This  Agreement,  made  and  entered  into  this  2nd  day  of  September  1998, "
        'between and among the Parties signatory hereto (collectively called "Parties").\n'
    )
    props = _own(text)
    assert props["title"] == "Construction and Maintenance Agreement"
    assert props["date"] == "1998-09-02"


def test_a_signature_page_caption_is_no_title() -> None:
    text = (
        "Exhibit 99.1\n\nJOINT FILING AGREEMENT\n\n"
        "The undersigned agree to the joint filing of the Statement on Schedule 13D to which "
        "this Joint Filing Agreement is attached.\n\nDated: July 6, 2020\n\n"
        "QUILLFEATHER PARTNERS, LLC /s/ Ann Lee Name: Ann Lee Title: Authorized Signatory\n\n"
        "[Signature Page to Joint Filing Agreement]\n\n"
        "MARROW LANE FUND, L.P. /s/ Bo Park Name: Bo Park Title: Authorized Signatory\n"
    )
    props = _own(text)
    assert props["title"] == "Joint Filing Agreement"
    assert props["date"] == "2020-07-06"


# --- dates --------------------------------------------------------------------------------


def test_the_effective_date_defined_in_the_definitions() -> None:
    text = (
        "MANUFACTURING AND SUPPLY AGREEMENT\n\n"
        "This Manufacturing and Supply Agreement is made " + _PARTIES + "\n\n"
        "1. DEFINITIONS\n\n"
        '1.4 "Affiliate" means any entity controlling a party.\n\n'
        '1.5 "Effective Date" shall mean December 5, 2014.\n'
    )
    assert _own(text)["date"] == "2014-12-05"


def test_the_agreement_date_defined_in_the_definitions() -> None:
    text = (
        "LOAN AGREEMENT\n\n"
        "The parties, Quillfeather Systems, Inc. and Marrow Lane Bank, agree as follows:\n\n"
        '1.1 "Agreement Date" shall mean December 15, 1995.\n'
    )
    assert _own(text)["date"] == "1995-12-15"


def test_the_witness_clause_dates_an_agreement_whose_preamble_does_not() -> None:
    text = (
        "CONSULTING AGREEMENT\n\n"
        "This Consulting Agreement is made " + _PARTIES + "\n\n"
        "WHEREAS, the parties entered into a Services Agreement, dated as of December 5, 1995; "
        "and\n\nNOW, THEREFORE, the parties agree as follows:\n\n1. Services.\n\n"
        "IN WITNESS WHEREOF, the parties hereto have executed this Agreement as of this 4th day "
        "of April, 2003.\n\nQUILLFEATHER SYSTEMS, INC.\n\nBy: /s/ Ann Lee\nDate: April 9, 2003\n"
    )
    assert _own(text)["date"] == "2003-04-04"


def test_without_a_preamble_the_witness_clause_beats_a_recited_date() -> None:
    text = (
        "ENDORSEMENT AGREEMENT\n\n"
        "WHEREAS, Quillfeather Systems, Inc. and the Lee Family Trust entered into a Split "
        'Dollar Agreement, dated as of December 5, 1995 (the "Split Dollar Agreement");\n\n'
        "NOW, THEREFORE, the parties agree as follows:\n\n1. Endorsement.\n\n"
        "IN WITNESS WHEREOF, the parties hereto have executed this Agreement as of this 4th day "
        "of April, 2003.\n\nQUILLFEATHER SYSTEMS, INC.\n\nBy: /s/ Ann Lee\n"
    )
    assert _own(text)["date"] == "2003-04-04"


def test_a_filers_page_footer_never_dates_the_agreement() -> None:
    text = (
        "JOINT DEVELOPMENT AGREEMENT\n\nSource: QUILLFEATHER SYSTEMS INC, 8-K, 11/6/2019\n\n"
        "This Joint Development Agreement is made " + _PARTIES + "\n\n"
        "1. Scope.\n\nSource: QUILLFEATHER SYSTEMS INC, 8-K, 11/6/2019\n\n"
        "IN WITNESS WHEREOF, the parties have signed this Agreement.\n\n"
        "By: /s/ Ann Lee Date: November 4, 2019 By: /s/ Bo Park Date: November 5, 2019\n\n"
        "Source: QUILLFEATHER SYSTEMS INC, 8-K, 11/6/2019\n"
    )
    assert _own(text)["date"] == "2019-11-05"
    assert find_dates("Source: QUILLFEATHER SYSTEMS INC, 8-K, 11/6/2019") == []


def test_date_lines_at_the_end_date_an_agreement_without_a_witness_clause() -> None:
    text = (
        "MASTER JOINT DEVELOPMENT AGREEMENT\n\n"
        "This Master Joint Development Agreement is made " + _PARTIES + "\n\n"
        "1. Scope. The parties will develop the product together.\n\n"
        "Quillfeather Systems, Inc. Marrow Lane Foods LLC Name: Ann Lee Name: Bo Park "
        "Title: President Title: Chairman Date: August 7, 2018 Date: August 8, 2018\n"
    )
    assert _own(text)["date"] == "2018-08-08"


def test_signed_on_a_day_and_effective_from_an_earlier_one() -> None:
    text = (
        "MAINTENANCE AGREEMENT\n\n"
        'This Maintenance Agreement (this "Agreement") is entered on this 9th day of October, '
        "2001 and is deemed effective as of October 1, 2001, " + _PARTIES
    )
    assert _own(text)["date"] == "2001-10-09"


def test_a_deadline_near_an_undated_title_is_not_the_date() -> None:
    text = (
        "PROMOTION AGREEMENT\n\n"
        "Quillfeather will update its catalogue by June 30, 2009 and Marrow will print the codes "
        "on its packages.\n\nSigned in agreement: /s/ Ann Lee Date: June 29, 2009\n"
    )
    assert _own(text).get("date") in (None, "2009-06-29")


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("made as of July 11 , 2006", "2006-07-11"),
        ("on the 1st  day of JUNE , 2006", "2006-06-01"),
        ("Commercial in Confidence   Page 2   May 2004", None),
        # numeric dates as signers write them: a two-digit year, day first where the first
        # number cannot be a month, hyphens, and the European dotted form (day first)
        ("/s/ Dana Whitlock   Date 6/3/97", "1997-06-03"),
        ("Signature /s/ R. Okafor   Date 21/08/04", "2004-08-21"),
        ("Dated 27/4/19 at Leeds", "2019-04-27"),
        ("Signed: 10-30-2015", "2015-10-30"),
        ("Geschlossen am 02.11.2007 in Bremen", "2007-11-02"),
        # a comma without its space, a day without "day", the ISO form
        ("entered into on December 1,2019 by", "2019-12-01"),
        ("entered into as of December 15,\n1998, by", "1998-12-15"),
        ("made this 5th of March, 2019", "2019-03-05"),
        ("Effective Date: 2021-07-15", "2021-07-15"),
        # what only looks like one: a month beyond 12, a section or version number
        ("Ratio 14/15/16 applies", None),
        ("see clause 2.4.2005.1", None),
        ("release 3/4/05/06", None),
        ("part no. 2019-13-45", None),
    ],
)
def test_date_spellings_of_converted_text(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


def test_a_date_only_under_the_signatures_in_two_digit_form() -> None:
    text = (
        "TOLLING SERVICES AGREEMENT\n\nThis Agreement is effective as of the date last signed "
        "below " + _PARTIES + "\n\n1. Services. Marrow shall process the goods.\n\n"
        "IN WITNESS WHEREOF, the parties have signed this Agreement.\n\n"
        "QUILLFEATHER SYSTEMS, INC.   By: /s/ Ada Brook   Title: President   Date 14/03/11\n\n"
        "MARROW LANE FOODS LLC   By: /s/ Tom Reyes   Title: Manager   Date 15/03/11\n"
    )
    assert _own(text)["date"] == "2011-03-15"


def test_signers_dates_without_a_label_or_signature_pages() -> None:
    """No "IN WITNESS WHEREOF" and no "Date:" label: the dates written beside a signature or
    above a line captioned "Date" still date the agreement (the latest of them)."""
    body = (
        "HAULING AGREEMENT\n\nQuillfeather Systems, Inc. and Marrow Lane Foods LLC agree as "
        "follows.\n\n1. Marrow shall haul the goods.\n\n2. Fees are due monthly.\n\n"
        + "3. Marrow shall keep the trucks insured and in good repair at its own cost.\n\n"
        * 30
    )
    beside = body + "QUILLFEATHER\n\n/s/ Ada Brook        Director        4 Feb. 2003\n"
    assert _own(beside)["date"] == "2003-02-04"
    above = body + (
        "11/02/09                     11/05/09\n"
        "________________________     ________________________ Date                      Date\n"
        "/s/ Ada Brook                /s/ Tom Reyes\n"
    )
    assert _own(above)["date"] == "2009-11-05"


def test_a_heading_worded_otherwise_than_the_preamble_names_the_agreement() -> None:
    text = (
        "Exhibit 10.2   CERTAIN PORTIONS HAVE BEEN OMITTED.   RESEARCH ALLIANCE AGREEMENT     "
        'This Research Partnership Agreement ("Agreement") is made as of June 3, 2015 ' + _PARTIES
    )
    assert _own(text)["title"] == "Research Alliance Agreement"
    fuller = (
        "CREDIT AGREEMENT     This Amended and Restated Credit Agreement is made as of June 3, "
        "2015 " + _PARTIES
    )
    assert _own(fuller)["title"] == "Amended and Restated Credit Agreement"


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        (
            "REGIONAL DEALER AGREEMENT (Exclusive Territory)",
            "Regional Dealer Agreement (Exclusive Territory)",
        ),
        (
            "TOLLING SERVICES AGREEMENT                    (FORM)",
            "Tolling Services Agreement (FORM)",
        ),
        ("CATERING SERVICES ADDENDUM II", "Catering Services Addendum II"),
        ('WAREHOUSE LICENSE AGREEMENT (the "Agreement")', "Warehouse License Agreement"),
        ("GAS STORAGE AGREEMENT (For Use under Rate Schedule SS-2)", "Gas Storage Agreement"),
    ],
)
def test_a_heading_qualifier_is_part_of_the_title(heading: str, title: str) -> None:
    """A short bracketed tag or a numeral ending the heading's line belongs to the title, also
    where the preamble repeats the title without it; a defined term or a descriptive phrase
    in brackets does not."""
    plain = re.sub(r"\s*\(.*|\s+II$", "", heading).title()
    text = f"{heading}\n\nThis {plain} is made as of May 2, 2012 " + _PARTIES + "\n\n1. Term.\n"
    assert _own(text)["title"] == title


# --- governing law ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        (
            "12. Governing Law. This  Agreement  shall be  governed  by and  construed  in "
            "accordance  with the laws of the  Province  of  British  Columbia  (without regard "
            "to its conflict of laws provisions).",
            "British Columbia, Canada",
        ),
        (
            "18. Venue. This AGREEMENT is controlled by the laws of the State of Texas, and venue "
            "shall lie in the courts of Pecos County.",
            "Texas",
        ),
        (
            "(4) Applicable law. Even for agreements with foreign publishers, the law of the "
            "Federal Republic of Germany applies.",
            "Germany",
        ),
        (
            "Any dispute regarding the Contract shall be heard by the Taipei District Court "
            "pursuant to the laws of the R.O.C.. Article XII.",
            "Taiwan",
        ),
        ("This Agreement shall be governed by the laws of the State of New\nYork.", "New York"),
        (
            "THE LOAN DOCUMENTS SHALL BE CONSTRUED IN ACCORDANCE WITH THE INTERNAL LAWS (AND NOT "
            "THE LAW OF CONFLICTS) OF THE STATE OF ILLINOIS.",
            "Illinois",
        ),
        (
            "This Supply Agreement shall be governed and enforced by the laws of the United "
            "States of America and of the Commonwealth of Virginia, without regard to conflicts.",
            "Virginia",
        ),
        (
            "This Agreement is governed by the laws of the United States and the State of Oregon.",
            "Oregon",
        ),
    ],
)
def test_less_usual_choice_of_law_wordings(clause: str, expected: str) -> None:
    found = governing_law(clause)
    assert found is not None and found.jurisdiction == expected


def test_a_place_of_incorporation_inside_a_sentence_is_no_choice_of_law() -> None:
    text = (
        "Interest payable hereunder for the account of any Lender that is not incorporated "
        "under the laws of the United States of America shall be paid gross.\n\n"
        "9.12 Choice of Law. This Agreement shall be governed by the laws of the State of Ohio."
    )
    found = governing_law(text)
    assert found is not None and found.jurisdiction == "Ohio"
    assert governing_law(text[: text.index("9.12")]) is None


def test_federal_law_alone_stays_federal() -> None:
    clause = (
        "This Agreement shall be governed by the federal laws of the United States and the "
        "parties submit to the courts of Ohio."
    )
    found = governing_law(clause)
    assert found is not None and found.jurisdiction == "United States"


# --- layouts a conversion flattens, letterheads, contents and amendments ----------------------


def _long_clauses(n: int) -> str:
    return " ".join(
        f"{i}. Clause. Marrow shall deliver the goods of lot {i} to the address Quillfeather names "
        "in writing, at its own cost and risk, within ten days of the order."
        for i in range(2, n)
    )


def test_an_opening_inside_a_page_flattened_into_one_line() -> None:
    """A converted page can come as one line: page number, legend, heading and the opening
    sentence run together, and the clauses follow on the same line."""
    text = (
        "1 EXHIBIT 10.7 CERTAIN PORTIONS OF THIS AGREEMENT HAVE BEEN OMITTED AND FILED "
        'SEPARATELY WITH THE COMMISSION. GRAIN STORAGE AGREEMENT This agreement ("Agreement") '
        "is entered into as of the 9th day of May, 2014 " + _PARTIES + " 1. Storage. Marrow "
        "shall store the grain. " + _long_clauses(30)
    )
    props = _own(text)
    assert props["title"] == "Grain Storage Agreement"
    assert props["date"] == "2014-05-09"


def test_a_legends_this_agreement_opens_no_sentence() -> None:
    text = (
        "CONFIDENTIAL TREATMENT HAS BEEN REQUESTED FOR PORTIONS OF THIS AGREEMENT\n\n"
        "FREIGHT FORWARDING AGREEMENT\n\n"
        'This agreement ("Agreement") is made as of June 2, 2016 ' + _PARTIES + "\n"
    )
    assert _own(text)["title"] == "Freight Forwarding Agreement"


@pytest.mark.parametrize(
    "cover",
    [
        "HARBOR MILLS, INC. CATERING SERVICES AGREEMENT",
        "Harbor Mills Corporation\n\nCATERING SERVICES AGREEMENT",
        "Harbor Mills Ltd. and Tallis Foods Ltd. Catering Services Agreement",
    ],
)
def test_a_letterhead_or_the_parties_names_before_the_title(cover: str) -> None:
    """A company's name (it ends on its legal form) printed before the title is a letterhead
    or the parties' names, not part of the title."""
    text = f"Exhibit 10.3 {cover} This Agreement is made as of July 8, 2013 " + _PARTIES
    assert _own(text)["title"] == "Catering Services Agreement"


def test_contents_entries_and_report_items_are_no_titles() -> None:
    text = (
        "Item 1.01 Entry into a Material Definitive Agreement\n\n"
        "TABLE OF CONTENTS\n\n"
        "SECTION 2.04. Notes..........................................18\n"
        "SECTION 3.07 Continuing Guarantee 41\n"
        "Exhibit F - Assignment and Assumption Agreement\n"
        "- Form of Extension Agreement\n\n"
        "TERM LOAN AGREEMENT\n\n"
        'This Term Loan Agreement (this "Agreement") is dated as of April 4, 2011 ' + _PARTIES
    )
    assert _own(text)["title"] == "Term Loan Agreement"
    heading_only = text.replace("This Term Loan Agreement", "This Agreement")
    assert _own(heading_only)["title"] == "Term Loan Agreement"


@pytest.mark.parametrize("reference", ["Contract No.: QF-118/2015", "Agreement Number: N4471"])
def test_a_covers_reference_number_is_no_title(reference: str) -> None:
    """A cover prints the agreement's reference number under its head noun; a title carries a
    plain number only ("Amendment No. 2")."""
    text = (
        f"Exhibit 10.4\n\n{reference}\n\nHAULAGE CONTRACT\n\n"
        "This Contract is made as of March 9, 2015 " + _PARTIES + "\n"
    )
    assert _own(text)["title"] == "Haulage Contract"
    numbered = "AMENDMENT NO. 2\n\nThis Amendment No. 2 is made as of March 9, 2015 " + _PARTIES
    assert _own(numbered)["title"] == "Amendment No. 2"


def test_a_reports_item_caption_is_no_agreement() -> None:
    """A Form 8-K lists what it reports under item captions ("Item 1.01 Entry into a Material
    Definitive Agreement"): the report is no agreement, and the caption no title."""
    text = (
        "Quillfeather Systems 8-K\n\nUNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\n\n"
        "FORM 8-K\n\nCURRENT REPORT\n\n"
        "Item 1.01\tENTRY INTO A MATERIAL DEFINITIVE AGREEMENT\n\n"
        "On May 2, 2011 the company entered into a term loan with Marrow Lane Bank.\n"
    )
    ex = extract(SourceDocument(text=text, path="passage.txt"))
    assert not [e for e in ex.entities if e.ref == "agreement:self"]
    assert any("Form 8-K" in w for w in ex.warnings)


# --- agreements named otherwise ------------------------------------------------------------


def test_a_preamble_opening_on_the_bare_word_agreement() -> None:
    """ "AGREEMENT made this 5th day of May, 2004, by and between ...": no heading, no "This"."""
    text = "AGREEMENT made this 5th day of May, 2004, " + _PARTIES + "\n\n1. Services.\n"
    props = _own(text)
    assert (props["title"], props["date"]) == ("Agreement", "2004-05-05")
    dated = "Agreement, dated as of July 1, 2019, " + _PARTIES + "\n\n1. Scope.\n"
    assert _own(dated)["date"] == "2019-07-01"


def test_a_memorandum_of_understanding_and_general_terms_are_agreements() -> None:
    mou = (
        "MEMORANDUM OF UNDERSTANDING\n\nThis Memorandum of Understanding is entered into as of "
        "May 1, 2020 " + _PARTIES
    )
    assert _own(mou)["title"] == "Memorandum of Understanding"
    terms = (
        "GENERAL TERMS AND CONDITIONS\n\nThese General Terms and Conditions are entered into as "
        "of May 1, 2020 " + _PARTIES
    )
    assert _own(terms)["title"] == "General Terms and Conditions"


def test_a_legend_on_the_attached_terms_and_conditions_is_no_title() -> None:
    text = (
        "HOSTING SERVICES AGREEMENT\n\nDate: March 1, 2018\n\nBetween Quillfeather Systems, Inc. "
        "and Marrow Lane Foods LLC\n\nTHE ATTACHED TERMS AND CONDITIONS ARE PART OF THIS "
        "AGREEMENT. THIS AGREEMENT IS THE SOLE AGREEMENT BETWEEN THE PARTIES.\n"
    )
    assert _own(text)["title"] == "Hosting Services Agreement"


def test_a_joint_filing_statement_under_a_flattened_cover_line() -> None:
    text = (
        "Schedule 13G CUSIP No. 12345X678 EXHIBIT 1 JOINT FILING STATEMENT PURSUANT TO RULE "
        "13d-1(k)\n\nThe undersigned acknowledge and agree that the foregoing statement on "
        "Schedule 13G is filed on behalf of each of the undersigned.\n\nDATED: June 3, 2021 "
        "QUILLFEATHER CAPITAL LP\n\nBy: /s/ Dana Whitcombe Dana Whitcombe Chief Financial "
        "Officer MARROW LANE PARTNERS LLC\n\nBy: /s/ Dana Whitcombe Dana Whitcombe Manager\n"
    )
    props = _own(text)
    assert (props["title"], props["date"]) == ("Joint Filing Statement", "2021-06-03")


def test_a_plan_says_what_it_is() -> None:
    text = (
        "EXHIBIT 10A\n\n\n   EMPLOYEE SAVINGS AND STOCK BONUS PLAN\n\n      OF\n\n"
        "   QUILLFEATHER SYSTEMS, INC.\n\n\n   TABLE OF CONTENTS\n\nARTICLE I  DEFINITIONS .... 2\n"
    )
    ex = extract(SourceDocument(text=text, path="passage.txt"))
    assert not [e for e in ex.entities if e.ref == "agreement:self"]
    assert ex.warnings == (
        "no agreement found (the document is a 'EMPLOYEE SAVINGS AND STOCK BONUS PLAN')",
    )


def test_a_schedule_or_statement_of_work_filed_on_its_own_is_titled_by_its_name() -> None:
    """A part executed under a master agreement ("This Statement of Work is entered into
    pursuant to the Master Services Agreement ...") is the document's agreement, by its own
    name; a schedule attached inside an agreement is no such document."""
    sow = (
        'STATEMENT OF WORK NO. 3\n\nThis Statement of Work ("SOW") is entered into as of June '
        "4, 2019 pursuant to the Master Services Agreement dated January 2, 2018 " + _PARTIES
    )
    props = _own(sow)
    assert (props["title"], props["kind"], props["date"]) == (
        "Statement of Work",
        "agreement",
        "2019-06-04",
    )
    schedule = (
        "SCHEDULE B\n\nPricing Schedule\n\nThis Pricing Schedule is attached to the Supply "
        'Agreement (the "Agreement") executed by and between Quillfeather Systems, Inc. and '
        "Marrow Lane Foods LLC. The prices below apply to every order under the Agreement.\n"
    )
    assert _own(schedule)["title"] == "Pricing Schedule"


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("dated as of September 30/th/, 1999 by and between", "1999-09-30"),
        ("made this 15/th/ day of March, 2001", "2001-03-15"),
        ("entered into as of the 29thday of October, 1997", "1997-10-29"),
        ("This AGREEMENT is made the 20 March day of 1998", "1998-03-20"),
    ],
)
def test_dates_as_converted_pages_write_ordinals(written: str, iso: str) -> None:
    """EDGAR writes a superscript ordinal between slashes ("30/th/"); a converted page may glue
    the ordinal to "day" or put the month where the day's name goes."""
    assert parse_date(written) == iso


def test_a_heading_split_one_word_per_line_above_a_bare_preamble() -> None:
    """A converted page puts each word of the heading on its own line; the preamble then opens
    on the bare word ("AGREEMENT dated as of ...") or on "THIS" / "AGREEMENT"."""
    bare = (
        "Exhibit\n\n10.4\n\n\nLOAN\n\n\nAGREEMENT\n\n\nLOAN\n\n\nAGREEMENT dated as of June 4, "
        "2001 " + _PARTIES + "\n\n1. Loans.\n"
    )
    assert (_own(bare)["title"], _own(bare)["date"]) == ("Loan Agreement", "2001-06-04")
    opener = (
        "Exhibit\n\n10.1\n\n\nSECURITY\n\n\nAGREEMENT\n\n\nTHIS\n\n\nAGREEMENT dated for reference "
        "May 7, 2008 is " + _PARTIES + "\n\n1. Grant.\n"
    )
    assert (_own(opener)["title"], _own(opener)["date"]) == ("Security Agreement", "2008-05-07")


def test_the_cover_heading_wins_over_the_contents_entries() -> None:
    """A cover, then a table of contents whose entries are on lines of their own (no dotted
    leaders): the cover's heading titles the agreement, not the longest entry."""
    entries = "\n".join(
        f"SECTION {i}.\n\n{name}\n\n{i + 2}"
        for i, name in enumerate(
            [
                "Definitions",
                "Guaranty Absolute and Unconditional",
                "Compliance with Intercreditor Agreement Covenants with Respect to Pledges",
                "Guarantor Security Agreements",
            ],
            1,
        )
    )
    text = (
        "EXHIBIT 10.15\n\n$200,000,000\n\nTHREE-YEAR CREDIT AGREEMENT\n\nDated as of July 13, "
        "2006\n\nAmong\n\nQUILLFEATHER SYSTEMS, INC.,\n\nas Borrower,\n\n"
        "MARROW LANE BANK, N.A.,\n\nas Administrative Agent\n\nTABLE OF CONTENTS\n\nPage\n\n"
        + entries
        + "\n\n"
        + "\n\n".join(
            f"SECTION {i}. Heading {i}. The Borrower shall comply with this covenant."
            for i in range(60)
        )
    )
    assert _own(text)["title"] == "Three-Year Credit Agreement"


def test_terms_and_conditions_under_a_title_are_a_part_of_it() -> None:
    text = (
        "SUPPLY AGREEMENT\n\nGENERAL TERMS AND CONDITIONS\n\n"
        "This Agreement is made as of May 1, 2020 " + _PARTIES
    )
    assert _own(text)["title"] == "Supply Agreement"


def test_a_running_head_with_the_parties_names_loses_to_the_cover_title() -> None:
    footer = "Quillfeather Marrow Reseller Agreement        {page}        rev. 0412\n\n"
    text = (
        "EXHIBIT 10.7\n\n"
        "RESELLER AGREEMENT          BETWEEN          QUILLFEATHER          AND          MARROW\n\n"
        "Effective Date: May 2, 2012\n\n"
        "Quillfeather Systems, Inc. and Marrow Lane Foods LLC agree that the following terms "
        "govern the resale of the Products.\n\n1. Appointment. Marrow may resell the Products.\n\n"
        + footer.format(page=2)
        + "2. Orders. Marrow orders in writing.\n\n"
        + footer.format(page=3)
        + "3. Prices. As listed.\n\n"
        + footer.format(page=4)
    )
    assert _own(text)["title"] == "Reseller Agreement"


def test_a_running_head_that_is_the_title_itself_stays_the_title() -> None:
    head = "Network Staffing Agreement      Commercial in Confidence      Page {page}\n\n"
    text = (
        "Exhibit 10.4\n\nNetwork Staffing Agreement\n\n"
        + head.format(page=1)
        + "Service Level Agreement\n\n1. Services. Marrow staffs the network.\n\n"
        + head.format(page=2)
        + "2. Fees. Quillfeather pays monthly.\n\n"
        + head.format(page=3)
    )
    assert _own(text)["title"] == "Network Staffing Agreement"


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("this first day of July, 2017", "2017-07-01"),
        ("this Twenty-Third day of March 2011", "2011-03-23"),
        ("the THIRTIETH DAY OF JUNE, 1999", "1999-06-30"),
    ],
)
def test_a_day_written_as_an_ordinal_word_dates_the_agreement(written: str, iso: str) -> None:
    text = (
        "RECIPE LICENSE AGREEMENT\n\nTHIS RECIPE LICENSE AGREEMENT is made and entered into "
        + written
        + ", "
        + _PARTIES
        + "\n\nThe license fee is payable on the first day of each calendar month.\n"
    )
    assert _own(text)["date"] == iso


@pytest.mark.parametrize(
    "heading",
    [
        "MARKETING AGREEMENT BY AND BETWEEN QUILLFEATHER SYSTEMS, INC. AND MARROW LANE FOODS LLC",
        "Marketing Agreement among Quillfeather Systems, Inc., Marrow Lane Foods LLC and Roe LLC",
        "MARKETING AGREEMENT BETWEEN\nQUILLFEATHER SYSTEMS, INC. AND MARROW LANE FOODS LLC",
    ],
)
def test_the_parties_a_heading_names_after_its_title_are_no_part_of_it(heading: str) -> None:
    text = (
        "EXHIBIT 10.4\n\n" + heading + "\n\nThis Agreement is made as of June 1, 2019 " + _PARTIES
    )
    assert _own(text)["title"] == "Marketing Agreement"


def test_a_contents_entry_naming_an_amendment_is_no_amendment_heading() -> None:
    text = (
        "Exhibit 10.6\n\nSUPPLY AGREEMENT\n\ndated as of\n\nJune 5, 2012\n\nbetween\n"
        "QUILLFEATHER SYSTEMS, INC.\nand\nMARROW LANE FOODS LLC\n\n"
        "TABLE OF CONTENTS\n\n"
        "Section 1.01 Defined Terms\t \t1\n"
        "Section 7.04 No Amendment to Marrow Supply Agreement\t \t8\n"
        "Section 7.05 Notices\t \t9\n\n"
        "SUPPLY AGREEMENT, dated as of June 5, 2012, " + _PARTIES + "\n\n"
        "1. Supply. Quillfeather supplies the Products.\n"
    )
    props = _own(text)
    assert props["title"] == "Supply Agreement"
    assert props["date"] == "2012-06-05"


def test_a_cover_title_fuller_by_a_hyphenated_word_wins() -> None:
    text = (
        "EXHIBIT 10.2\n\nVIDEO-ON-DEMAND CONTENT LICENSE AGREEMENT\n\n"
        'This Content License Agreement (the "Agreement") is made as of May 4, 2015 '
        + _PARTIES
        + "\n\n1. License. Quillfeather licenses the content.\n"
    )
    assert _own(text)["title"] == "Video-on-Demand Content License Agreement"


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        (
            "DATA ANALYTICS,\nHOSTING AND SUPPORT AGREEMENT",
            "Data Analytics, Hosting and Support Agreement",
        ),
        ("RESEARCH, TESTING AND\n\nSUPPLY AGREEMENT", "Research, Testing and Supply Agreement"),
        ("RESEARCH, TESTING\n\nAND SUPPLY AGREEMENT", "Research, Testing and Supply Agreement"),
        ("NON-EXCLUSIVE SUBLICENSE\n\nAGREEMENT", "Non-Exclusive Sublicense Agreement"),
    ],
)
def test_a_heading_split_over_two_lines_is_read_whole(heading: str, title: str) -> None:
    text = (
        "EXHIBIT 10.9\n\n" + heading + "\n\nThis Agreement is made as of March 2, 2018 " + _PARTIES
    )
    assert _own(text)["title"] == title


def test_a_line_above_the_title_that_ends_a_sentence_is_no_part_of_it() -> None:
    text = (
        "EXHIBIT 10.9\n\nPORTIONS HAVE BEEN OMITTED.\n\nSUPPLY AGREEMENT\n\n"
        "This Agreement is made as of March 2, 2018 " + _PARTIES
    )
    assert _own(text)["title"] == "Supply Agreement"


def test_a_filers_footer_run_into_a_line_never_dates_the_agreement() -> None:
    text = (
        "SUPPLY AGREEMENT   1   Source: QUILLFEATHER SYSTEMS, INC., 10-Q, 11/1/2019   This "
        "Agreement is entered into " + _PARTIES + "\n\n1. Supply. Quillfeather supplies the "
        "Products.\n"
    )
    assert "date" not in _own(text)


def test_a_heading_in_capitals_run_into_a_preamble_opening_on_its_head_word() -> None:
    text = (
        "EXHIBIT 99.2 SUPPLY AGREEMENT AGREEMENT MADE THIS 4TH DAY OF JUNE, 2015 Between: "
        'Quillfeather Systems, Inc. (herein referred to as "Supplier") And Marrow Lane Foods '
        'LLC (herein referred to as "Buyer").\n'
    )
    props = _own(text)
    assert props["title"] == "Supply Agreement"
    assert props["date"] == "2015-06-04"


# --- general shapes of commercial contracts: covers, recitals, foreign law, written dates -------

_BODY = (
    "\n\n1. Appointment. Quillfeather appoints Marrow as its distributor.\n\n2. Term. The term "
    "is five years.\n\n"
)
_SIGNED = (
    "\n\nIN WITNESS WHEREOF, the parties have executed this Agreement.\n\nQUILLFEATHER SYSTEMS, "
    "INC.\n\nBy: /s/ Ann Lee\nName: Ann Lee\nTitle: CEO\n\nMARROW LANE FOODS LLC\n\nBy: /s/ Bo "
    "Chu\nName: Bo Chu\nTitle: Manager\n"
)


@pytest.mark.parametrize(
    ("opening", "law_clause", "expected"),
    [
        (  # a cover page and a table of contents before the body repeats the title
            "EXHIBIT 10.3\n\nEXECUTION COPY\n\n\n\nSUPPLY AGREEMENT\n\nbetween\n\nQUILLFEATHER "
            "SYSTEMS, INC.\n\nand\n\nMARROW LANE FOODS LLC\n\nDated as of June 1, 2010\n\n\n"
            "TABLE OF CONTENTS\n\nARTICLE 1 DEFINITIONS ........ 1\nARTICLE 2 SUPPLY ........ 4"
            '\n\n\nSUPPLY AGREEMENT\n\nThis SUPPLY AGREEMENT (this "Agreement") is entered '
            "into as of June 1, 2010 ",
            "12. Governing Law. This Agreement shall be governed by the laws of England and Wales.",
            ("Supply Agreement", "2010-06-01", "England and Wales"),
        ),
        (  # contents right under the title, the preamble never repeating it
            "EXHIBIT 10.3\n\nLICENSE AGREEMENT\n\nTABLE OF CONTENTS\n\n1. Definitions 1\n2. "
            "Grant 3\n\nThis Agreement is made the 1st day of June, 2010 ",
            "9. Applicable Law. This Agreement shall be construed in accordance with the laws of "
            "the Province of Ontario and the federal laws of Canada applicable therein.",
            ("License Agreement", "2010-06-01", "Ontario, Canada"),
        ),
        (  # a contract number above the title; the date written day first
            "Contract No.: QS-2010-117\n\nSERVICES AGREEMENT\n\nThis Services Agreement is "
            "made on 1 June 2010 ",
            "11. This Agreement shall be governed by and construed in accordance with the laws "
            "of the People's Republic of China.",
            ("Services Agreement", "2010-06-01", "People's Republic of China"),
        ),
        (  # a bare "AGREEMENT" heading; the law named as the subject of "shall govern"
            "AGREEMENT\n\nThis Agreement is entered into this 3rd day of March, 2008 ",
            "8. The laws of the Commonwealth of Massachusetts shall govern this Agreement.",
            ("Agreement", "2008-03-03", "Massachusetts"),
        ),
        (  # a title over two lines; the year after "in the year"
            "EXHIBIT 10.5\n\nEXCLUSIVE MANUFACTURING AND\nSUPPLY AGREEMENT\n\nThis Exclusive "
            "Manufacturing and Supply Agreement is made on this the 1st day of June in the year "
            "2010 ",
            "Governing Law. This Agreement shall be governed by and interpreted under the laws "
            "of Japan.",
            ("Exclusive Manufacturing and Supply Agreement", "2010-06-01", "Japan"),
        ),
        (  # an omission legend before the title; California law "as applied to"
            "Exhibit 10.9\n\n[***] Certain information in this document has been omitted and "
            "filed separately with the Securities and Exchange Commission.\n\nCOLLABORATION AND "
            "LICENSE AGREEMENT\n\nThis Collaboration and License Agreement is entered into as "
            "of June 1, 2010 ",
            "Governing Law. This Agreement will be governed by the laws of the State of "
            "California as applied to agreements entered into and performed within California.",
            ("Collaboration and License Agreement", "2010-06-01", "California"),
        ),
        (  # an English agency agreement: "dated" day first, Hong Kong law by its adjective
            "EXHIBIT 10.12\n\nAGENCY AGREEMENT\n\nTHIS AGREEMENT is dated 15 March 2012 ",
            "15. Governing Law\n\n15.1 This Agreement is governed by and shall be construed in "
            "accordance with Hong Kong law.",
            ("Agency Agreement", "2012-03-15", "Hong Kong"),
        ),
        (  # an amended and restated agreement; "construed and enforced" Delaware law
            "EXHIBIT 10.1\n\nAMENDED AND RESTATED DISTRIBUTION AGREEMENT\n\nThis Amended and "
            'Restated Distribution Agreement (this "Agreement") is made and entered into as of '
            "the 1st day of June, 2010 ",
            "20. Governing Law. This Agreement shall be construed and enforced in accordance "
            "with the internal laws of the State of Delaware.",
            ("Amended and Restated Distribution Agreement", "2010-06-01", "Delaware"),
        ),
        (  # the title and the preamble on the exhibit label's line; "the first of June"
            "EXHIBIT 10.21 TRADEMARK LICENSE AGREEMENT This Trademark License Agreement is made "
            "as of the first of June, 2010 ",
            "Governing Law: State of Florida",
            ("Trademark License Agreement", "2010-06-01", "Florida"),
        ),
        (  # a Chinese cooperation agreement: the date written year first, "the laws of the PRC"
            "COOPERATION AGREEMENT\n\nThis Cooperation Agreement is signed on 2010/06/01 in "
            "Beijing ",
            "Article 12 The formation, validity, interpretation and performance of this "
            "Agreement shall be governed by the laws of the PRC.",
            ("Cooperation Agreement", "2010-06-01", "People's Republic of China"),
        ),
        (  # the Effective Date defined in the definitions; the law as a thing the clause names
            'SERVICES AGREEMENT\n\nThis Services Agreement ("Agreement") is entered into as of '
            "the Effective Date ",
            '1. Definitions. "Effective Date" means July 15, 2009.\n\n10. Applicable Law. The '
            "applicable law shall be the law of the State of Washington.",
            ("Services Agreement", "2009-07-15", "Washington"),
        ),
    ],
)
def test_general_shapes_of_commercial_contracts(
    opening: str, law_clause: str, expected: tuple[str, str, str]
) -> None:
    props = _own(opening + _PARTIES + _BODY + law_clause + _SIGNED)
    assert (props["title"], props["date"], props["governing_law"]) == expected


def test_a_contract_dated_only_by_its_last_signature() -> None:
    text = (
        'MASTER SERVICES AGREEMENT\n\nThis Master Services Agreement (the "Agreement") is '
        'effective as of the date of the last signature below (the "Effective Date") '
        + _PARTIES
        + _BODY
        + "14. Governing Law. The laws of the State of New York shall govern this Agreement, "
        "without regard to conflicts of law principles.\n\nQUILLFEATHER SYSTEMS, INC.\n\nBy: /s/ "
        "Ann Lee\nName: Ann Lee\nDate: May 3, 2011\n\nMARROW LANE FOODS LLC\n\nBy: /s/ Bo Chu\n"
        "Name: Bo Chu\nDate: May 5, 2011\n"
    )
    props = _own(text)
    assert (props["date"], props["governing_law"]) == ("2011-05-05", "New York")


def test_a_short_form_agreement_with_a_heading_that_names_only_the_place() -> None:
    text = (
        "SPONSORSHIP AGREEMENT\n\nThis Sponsorship Agreement is entered into "
        + _PARTIES
        + _BODY
        + "9. Governing law: Minnesota.\n\nAgreed and accepted:\n\nQUILLFEATHER SYSTEMS, INC.\n\n"
        "By: /s/ Ann Lee      Date: 6/1/2010\n\nMARROW LANE FOODS LLC\n\nBy: /s/ Bo Chu       "
        "Date: 6/3/2010\n"
    )
    props = _own(text)
    assert (props["date"], props["governing_law"]) == ("2010-06-03", "Minnesota")


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("This Agreement will be governed by the laws in effect in the State of Idaho.", "Idaho"),
        (
            "This Agreement shall be deemed made in, and shall be construed pursuant to the laws "
            "of, the State of New York.",
            "New York",
        ),
        ("The parties agree that the laws of the State of Utah govern this Agreement.", "Utah"),
        ("German law applies to this Agreement.", "Germany"),
        ("The applicable law shall be the law of France.", "France"),
        ("The proper law of this Agreement is the law of the Republic of Singapore.", "Singapore"),
        ("GOVERNING LAW. Delaware.", "Delaware"),
        (
            "Applicable Law. The laws of the Commonwealth of Massachusetts, without regard to "
            "conflicts of law.",
            "Massachusetts",
        ),
        ("This Agreement is subject to Scots law.", "Scotland"),
        (
            "This Agreement shall be governed by the laws of the Hong Kong Special Administrative "
            "Region of the People's Republic of China.",
            "Hong Kong",
        ),
        (
            "This Agreement shall be governed by the laws of England and the parties submit to "
            "the exclusive jurisdiction of the English courts.",
            "England",
        ),
        ("This Agreement is governed by the laws of the State of Victoria, Australia.", "Victoria"),
        ("This Agreement shall be governed by the laws of the United Arab Emirates.", "UAE"),
        ("This Agreement shall be governed by the laws of the Czech Republic.", "Czech Republic"),
        ("This Agreement shall be governed by the laws of the Isle of Man.", "Isle of Man"),
        ("This Agreement shall be governed by the laws of Tasmania.", "Tasmania"),
        ("Portuguese law shall govern this Agreement.", "Portugal"),
        ("This Agreement is governed by the laws of the United Mexican States.", "Mexico"),
        ("This Agreement is governed by the laws of the Socialist Republic of Vietnam.", "Vietnam"),
        ("This Agreement is governed by the laws of the Emirate of Dubai.", "Dubai"),
        (
            "The rights of the parties shall be determined under the laws of the State of "
            "Minnesota.",
            "Minnesota",
        ),
        (
            "This Agreement shall be governed by the laws in force in the Province of Québec.",
            "Quebec",
        ),
        (
            "THIS AGREEMENT SHALL BE CONSTRUED IN ACCORDANCE WITH THE INTERNAL LAWS (BUT WITHOUT "
            "REGARD TO THE CONFLICT OF LAWS PROVISIONS OR PRINCIPLES) OF THE STATE OF OREGON.",
            "Oregon",
        ),
    ],
)
def test_choice_of_law_in_the_wordings_of_many_jurisdictions(clause: str, expected: str) -> None:
    found = governing_law(clause)
    assert found is not None
    assert found.jurisdiction.split(",")[0] == {"UAE": "United Arab Emirates"}.get(
        expected, expected
    )


@pytest.mark.parametrize(
    "clause",
    [
        "Each party shall comply with the laws of the State of Ohio.",
        "Licensee is a corporation organized under the laws of Ohio.",
        "Any dispute shall be resolved by arbitration in the State of Arizona.",
        "Governing Law. Texas Instruments shall supply the chips.",
        "The applicable law is the law of the place where the Services are performed.",
    ],
)
def test_no_choice_of_law_in_near_misses(clause: str) -> None:
    assert governing_law(clause) is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("made this 1st day of June in the year 2010, by", "2010-06-01"),
        ("this 1st day of June in the year of our Lord 2010", "2010-06-01"),
        ("made as of the first of June, 2010", "2010-06-01"),
        ("Signed: 01-Jun-2010", "2010-06-01"),
        ("signed on 2010.06.01 in Shanghai", "2010-06-01"),
        ("as of June the 1st, 2010", "2010-06-01"),
        ("made the 1 st day of June,2010 by", "2010-06-01"),
        ("dated June 22 nd, 2008", "2008-06-22"),
        ("from June 1 through 2010", None),
        ("payable on the first of each month", None),
        ("Version 12-Mayfield-2010", None),
    ],
)
def test_more_written_dates(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    "opening",
    [
        "This agreement is entered into as of June 1, 2010 ",
        'EXHIBIT 10.4\n\nThis agreement ("Agreement") is made on June 1, 2010 ',
    ],
)
def test_a_preamble_calling_itself_this_agreement_in_lower_case(opening: str) -> None:
    props = _own(
        opening + _PARTIES + _BODY + "This Agreement is governed by the laws of Ohio." + _SIGNED
    )
    assert (props["title"], props["date"], props["governing_law"]) == (
        "Agreement",
        "2010-06-01",
        "Ohio",
    )


@pytest.mark.parametrize(
    "cover",
    [
        "ACME CONTRACT No. 076C/01   LICENCE AND MAINTENANCE AGREEMENT   entered into ",
        "EXHIBIT 10.8\n\nPURCHASE CONTRACT NO. PC-2010/08\n\nLICENCE AND MAINTENANCE AGREEMENT\n\n"
        "This Licence and Maintenance Agreement is made on June 1, 2010 ",
    ],
)
def test_a_reference_line_numbering_a_contract_before_the_title(cover: str) -> None:
    props = _own(cover + _PARTIES + _BODY + _SIGNED)
    assert props["title"] == "Licence and Maintenance Agreement"


@pytest.mark.parametrize(
    ("signatures", "iso"),
    [
        (  # the dates written on blank lines of the signature blocks
            "\n\nQUILLFEATHER SYSTEMS, INC.\n\nBy: /s/ Ann Lee\nDate: ____June 1, 2010____\n\n"
            "MARROW LANE FOODS LLC\n\nBy: /s/ Bo Chu\nDate: ____June 3, 2010____\n",
            "2010-06-03",
        ),
        (  # a sentence right above undated signature blocks says when they signed
            "\n\nSigned on the 3rd day of June, 2010 at Beijing.\n\nQUILLFEATHER SYSTEMS, INC.\n\n"
            "By: /s/ Ann Lee\n\nMARROW LANE FOODS LLC\n\nBy: /s/ Bo Chu\n",
            "2010-06-03",
        ),
    ],
)
def test_an_agreement_effective_on_its_last_signature(signatures: str, iso: str) -> None:
    text = (
        "SUPPLY AGREEMENT\n\nThis Supply Agreement is effective as of the date of the last "
        "signature below " + _PARTIES + _BODY + "This Agreement is governed by the laws of "
        "Ohio." + signatures
    )
    assert _own(text)["date"] == iso


def test_an_amendment_whose_heading_dates_the_agreement_it_amends() -> None:
    text = (
        "EXHIBIT 10.1\n\nAMENDMENT NO. 3 TO THE SUPPLY AGREEMENT DATED JANUARY 5, 2008\n\n"
        "This Amendment No. 3 is entered into as of June 1, 2010 " + _PARTIES + _BODY + _SIGNED
    )
    props = _own(text)
    assert (props["title"], props["date"]) == (
        "Amendment No. 3 to the Supply Agreement",
        "2010-06-01",
    )


@pytest.mark.parametrize(
    "opening",
    [
        "AMENDMENT NO. 1\n\nThis Amendment No. 1 to the Supply Agreement dated January 5, 2008 "
        '(the "Agreement") is made this 1st day of June, 2010 ',
        "AMENDMENT NO. 1 TO SUPPLY AGREEMENT DATED JANUARY 5, 2008\n\nThis Amendment is made "
        "June 1, 2010 ",
        "FIRST AMENDMENT\n\nThis First Amendment to the Supply Agreement dated as of January 5, "
        "2008 is effective June 1, 2010 ",
        "FIRST AMENDMENT\n\nTHIS FIRST AMENDMENT TO THE SUPPLY AGREEMENT, dated as of January 5, "
        "2008 (the Agreement), is entered into this 1st day of June, 2010 ",
    ],
)
def test_an_amendment_is_dated_by_its_own_verb_not_by_the_agreement_it_amends(
    opening: str,
) -> None:
    assert _own(opening + _PARTIES + _BODY + _SIGNED)["date"] == "2010-06-01"


# --- the title in the layouts a cover takes: each passage states the title it must give -------

_OTHER_PARTIES = (
    'by and between Tallowmere Robotics, Inc., a Nevada corporation ("Tallowmere"), and Brisk '
    'Orchard Ltd., an Ontario corporation ("Brisk").'
)
_OTHER_BODY = (
    "\n\n1. Services. Tallowmere shall provide the services.\n\n2. Term. The term is three "
    "years.\n\n3. Governing Law. This Agreement shall be governed by the laws of the State of "
    "Oregon.\n\nIN WITNESS WHEREOF, the parties have executed this Agreement.\n\nTALLOWMERE "
    "ROBOTICS, INC.\n\nBy: /s/ Cy Moss\nName: Cy Moss\n\nBRISK ORCHARD LTD.\n\nBy: /s/ Di Pell\n"
    "Name: Di Pell\n"
)


@pytest.mark.parametrize(
    ("title", "opening"),
    [
        (  # a letterhead over the heading
            "Manufacturing Services Agreement",
            "TALLOWMERE ROBOTICS, INC.\n4410 Harbor Way, Suite 200\nSan Diego, California 92101\n\n"
            "MANUFACTURING SERVICES AGREEMENT\n\nThis Agreement is made as of March 3, 2011 ",
        ),
        (  # the company's name in capitals right over the heading: a letterhead, no title word
            "Referral Agreement",
            "TALLOWMERE ROBOTICS\nREFERRAL AGREEMENT\n\nThis Agreement is made as of March 3, "
            "2011 ",
        ),
        (  # a confidential-treatment legend and an exhibit caption over the heading
            "Technology Transfer Agreement",
            "Exhibit 10.3\n\n[Confidential Treatment Requested]\n\nCONFIDENTIAL TREATMENT HAS BEEN "
            "REQUESTED FOR PORTIONS OF THIS EXHIBIT.\n\nTECHNOLOGY TRANSFER AGREEMENT\n\nThis "
            "Agreement is made as of March 3, 2011 ",
        ),
        (  # a heading split over two lines with nothing to show it goes on
            "Intellectual Property License Agreement",
            "EXHIBIT 10.2\n\nINTELLECTUAL PROPERTY\nLICENSE AGREEMENT\n\nThis Agreement is made "
            "as of March 3, 2011 ",
        ),
        (  # ... after the exhibit label on its first line, under "Execution Copy"
            "Joint Venture Contract",
            "EXECUTION COPY\n\nEXHIBIT 10.9 JOINT VENTURE\nCONTRACT\n\nThis Contract is made as of "
            "March 3, 2011 ",
        ),
        (  # ... in capitalised words
            "Web Site Hosting Agreement",
            "Web Site Hosting\nAgreement\n\nThis Agreement is made as of March 3, 2011 ",
        ),
        (  # a legend's words or a company's name right over the heading are no part of it
            "Distribution Agreement",
            "PORTIONS OMITTED\nMARROWFIELD TRADING COMPANY\nDISTRIBUTION AGREEMENT\n\nThis "
            "Agreement is made as of March 3, 2011 ",
        ),
        (  # ... and then flattened into one line
            "Joint Venture Contract",
            "EXHIBIT 10.9   JOINT VENTURE     CONTRACT     between the parties named below\n\nThis "
            "Contract is made as of March 3, 2011 ",
        ),
        (  # ... after words that hold a head noun but end on none
            "Software License and Services Agreement",
            "SOFTWARE LICENSE AND SERVICES   AGREEMENT\n\nThis Agreement is made as of March 3, "
            "2011 ",
        ),
        (  # a flattened legend or letterhead before the heading is no part of it
            "Supply Agreement",
            "CONFIDENTIAL TREATMENT REQUESTED    TALLOWMERE ROBOTICS    SUPPLY AGREEMENT\n\nThis "
            "Agreement is made as of March 3, 2011 ",
        ),
        (  # ... and over three lines
            "Software Development, Hosting and Support Agreement",
            "SOFTWARE DEVELOPMENT,\nHOSTING AND SUPPORT\nAGREEMENT\n\nTHIS AGREEMENT is made as of "
            "March 3, 2011 ",
        ),
        (  # "Execution Copy" over a heading split one word per line above a bare preamble
            "Promotion Agreement",
            "EXECUTION COPY\n\nPROMOTION\nAGREEMENT\n\nThis agreement is made on March 3, 2011 ",
        ),
        (  # no heading: the preamble's "This ___ Agreement"
            "Hosting Services Agreement",
            'Exhibit 10.4\n\nThis Hosting Services Agreement (the "Agreement") is entered into as '
            "of March 3, 2011 ",
        ),
        (  # an amendment's heading over a preamble that calls it by its number only
            "Amendment No. 2 to Supply Agreement",
            'AMENDMENT NO. 2\nTO\nSUPPLY AGREEMENT\n\nThis Amendment No. 2 (this "Amendment") is '
            "made as of March 3, 2011 ",
        ),
        (  # the defined term on the heading's line
            "Sponsorship Agreement",
            'SPONSORSHIP AGREEMENT (the "Agreement")\n\nmade as of March 3, 2011 ',
        ),
        (  # a title page and a table of contents whose entries name other agreements
            "License and Supply Agreement",
            "EXHIBIT 10.7\n\nLICENSE AND SUPPLY AGREEMENT\n\nBETWEEN\n\nTALLOWMERE ROBOTICS, INC."
            "\n\nAND\n\nBRISK ORCHARD LTD.\n\nDATED AS OF MARCH 3, 2011\n\nTABLE OF CONTENTS\n\n"
            "ARTICLE 1 DEFINITIONS 1\nARTICLE 2 SUPPLY AGREEMENT 4\nARTICLE 3 TERM 9\n\nThis "
            "Agreement is made as of March 3, 2011 ",
        ),
        (  # a title opening on its head noun, in the preamble
            "Agreement for the Provision of Maintenance Services",
            'THIS AGREEMENT FOR THE PROVISION OF MAINTENANCE SERVICES (the "Agreement") is made '
            "as of March 3, 2011 ",
        ),
        (  # ... and in the heading, over a preamble that says "This Contract"
            "Contract for the Supply of Components",
            "CONTRACT FOR THE SUPPLY OF COMPONENTS\n\nThis Contract is made as of March 3, 2011 ",
        ),
        (  # an exhibit caption and a dash before the title
            "Services Agreement",
            "Exhibit 10.3 - Services Agreement\n\nThis Agreement is made as of March 3, 2011 ",
        ),
    ],
)
def test_the_title_in_the_layouts_of_a_cover(title: str, opening: str) -> None:
    props = _own(opening + _OTHER_PARTIES + _OTHER_BODY)
    assert (props["title"].lower(), props["date"], props["governing_law"]) == (
        title.lower(),
        "2011-03-03",
        "Oregon",
    )


@pytest.mark.parametrize(
    ("title", "opening", "after_parties"),
    [
        (  # a cover heading over two lines, fuller than the title the body repeats
            "Amended and Restated Supply Agreement",
            "AMENDED AND RESTATED\nSUPPLY AGREEMENT\n\nBY AND BETWEEN\n\nTALLOWMERE ROBOTICS, "
            "INC.\n\nAND\n\nBRISK ORCHARD LTD.\n\nTABLE OF CONTENTS\n\nARTICLE 1 DEFINITIONS 1\n"
            'ARTICLE 2 SUPPLY 4\n\nSUPPLY AGREEMENT\n\nThis Supply Agreement (this "Agreement") '
            "is made as of March 3, 2011 ",
            "",
        ),
        (  # the filing's description over the exhibit label; the cover's heading over two
            # lines, a facility's term opening it, and the name the text calls itself by
            "Five-Year Revolving Credit Agreement",
            "Credit Agreement\n\n\nExhibit 10.1\n\nFIVE-YEAR REVOLVING\nCREDIT AGREEMENT\n\n"
            "March 3, 2011\n\n\nThis Agreement is made as of March 3, 2011 ",
            "\n\nReferences to this Five-Year Revolving Credit Agreement include its schedules. "
            "The Five-Year Revolving Credit Agreement replaces the Five-Year Revolving Credit "
            "Agreement of 2008.",
        ),
        (  # an amendment's heading with its own date between it and what it amends
            "Amendment No. 3 to Supply Agreement",
            "EXECUTION COPY\n\nAMENDMENT NO. 3\n\nDated as of March 3, 2011\n\nto\n\nSUPPLY "
            'AGREEMENT\n\nDated as of June 1, 2008\n\nTHIS AMENDMENT NO. 3 ("Amendment") is '
            "made as of March 3, 2011 ",
            "",
        ),
        (  # ... in capitals, run over the lines
            "Second Amendment to License Agreement",
            "EXHIBIT 10.2\n\nSECOND AMENDMENT DATED\nAS OF MARCH 3, 2011\nTO LICENSE AGREEMENT "
            "DATED AS OF JUNE 1, 2008\n\nTHIS SECOND AMENDMENT, dated as of March 3, 2011, is "
            "entered into ",
            "",
        ),
    ],
)
def test_the_whole_heading_of_a_cover_beats_a_shorter_title(
    title: str, opening: str, after_parties: str
) -> None:
    props = _own(opening + _OTHER_PARTIES + after_parties + _OTHER_BODY)
    assert (props["title"].lower(), props["date"], props["governing_law"]) == (
        title.lower(),
        "2011-03-03",
        "Oregon",
    )


def test_the_preambles_shorter_title_names_the_document_a_fuller_heading_titles() -> None:
    text = (
        "AMENDED AND RESTATED\nSUPPLY AGREEMENT\n\nTABLE OF CONTENTS\n\nARTICLE 1 DEFINITIONS 1\n\n"
        'This Supply Agreement (this "Agreement") dated as of March 3, 2011 '
        + _OTHER_PARTIES
        + "\n\n1. Term. This Supply Agreement dated as of March 3, 2011 runs five years."
        + _OTHER_BODY
    )
    ex = extract(SourceDocument(text=text, path="passage.txt"))
    agreements = [e for e in ex.entities if e.label == "Agreement"]
    # one agreement: the body's "This Supply Agreement dated ..." is the document itself
    assert [e.props["title"] for e in agreements] == ["Amended and Restated Supply Agreement"]
    assert "Supply Agreement" in agreements[0].aliases


@pytest.mark.parametrize(
    ("written", "cased"),
    [
        ("AMENDMENT NO. 2 to CREDIT AGREEMENT", "Amendment No. 2 to Credit Agreement"),
        ("e-business Hosting Agreement", "e-business Hosting Agreement"),
        ("LINAC and Multi-Modality Agreement", "LINAC and Multi-Modality Agreement"),
    ],
)
def test_a_heading_in_capitals_with_lower_case_connectors_is_title_cased(
    written: str, cased: str
) -> None:
    assert title_case(written) == cased


@pytest.mark.parametrize(
    ("title", "opening"),
    [
        (  # no heading: the specific name a bare "This Agreement" defines for itself
            "Distribution Agreement",
            'Exhibit 10.6\n\nThis Agreement (the "Distribution Agreement") is made as of March 3, '
            "2011 ",
        ),
        (  # ... after "hereinafter"
            "Hosting Services Agreement",
            'THIS AGREEMENT (hereinafter the "Hosting Services Agreement") is made and entered '
            "into as of March 3, 2011 ",
        ),
        (  # a cover's legend in brackets after the title is no qualifier of it
            "Supply Agreement",
            "SUPPLY AGREEMENT (CONFIDENTIAL)\n\nThis Agreement is made as of March 3, 2011 ",
        ),
        (  # nor a footnote's mark
            "Supply Agreement",
            "SUPPLY AGREEMENT*\n\nThis Agreement is made as of March 3, 2011 ",
        ),
        (  # nor the quotes a preamble sets its title in
            "Supply Agreement",
            'THIS "SUPPLY AGREEMENT" is made as of March 3, 2011 ',
        ),
        (  # nor the dash after a letterhead run into the title's line
            "Services Agreement",
            "Tallowmere Robotics, Inc. - Services Agreement\n\nThis Agreement is made as of "
            "March 3, 2011 ",
        ),
        (  # a heading in spaced-out capitals, read as its words
            "Master Hosting Agreement",
            "M A S T E R   H O S T I N G   A G R E E M E N T\n\nThis Agreement is made as of "
            "March 3, 2011 ",
        ),
    ],
)
def test_a_title_without_the_marks_around_it(title: str, opening: str) -> None:
    props = _own(opening + _OTHER_PARTIES + _OTHER_BODY)
    assert (props["title"], props["date"], props["governing_law"]) == (
        title,
        "2011-03-03",
        "Oregon",
    )


def test_a_bare_agreement_defining_a_date_or_a_plain_term_keeps_its_word() -> None:
    props = _own(
        'This Agreement (this "Agreement") is made as of March 3, 2011 (the "Effective Date") '
        + _OTHER_PARTIES
        + _OTHER_BODY
    )
    assert props["title"] == "Agreement"
