"""The own agreement's title in a seventh round of shapes ordinary commercial contracts open
with, written before the extractor was run on them (names, dates and places invented): a
"dated" tail on the heading, a redaction legend over it, a heading split at "AND", a table of
contents between a cover and the heading, an amendment heading over three lines, an English
cover with the date first, a mixed-case heading naming the parties, a heading over a "Source:"
page footer or an "Effective Date:" line, a caption line ("Agreement Number:") above the
preamble, a letterhead with a logo placeholder, and near variants. 57 of 58 were read right on
the first run. Left out: the one fault, a preamble opening on "Effective <date>, A and B enter
into this ... Agreement" (no document of the corpus opens so), and a heading's "- FORM" tail
(read without it; whether it is part of the title is the labellers' call). Each passage's
expected title is the one the CUAD labels would give it, compared as the CUAD scorer compares."""

from __future__ import annotations

import pytest

from tests.evaluation.cuad import norm
from tests.passages import own_title

B = (
    'by and between Harlow Pumps, Inc., a Delaware corporation ("Harlow"), and Ketterby '
    'Foods LLC, a Texas limited liability company ("Ketterby").'
)
BODY = (
    "\n\nWHEREAS, Harlow makes pumps; and\n\nWHEREAS, Ketterby wishes to buy them;\n\n"
    "NOW, THEREFORE, the parties agree as follows:\n\n"
    '1. DEFINITIONS\n\n1.1 "Products" means the pumps listed in Exhibit A.\n\n'
    "2. TERM\n\nThis Agreement shall remain in effect for two (2) years.\n\n"
    "3. GOVERNING LAW\n\nThis Agreement shall be governed by the laws of the State of Texas.\n"
)

SHAPES: list[tuple[str, str, str]] = [
    (
        "dated_tail_on_heading",
        (
            "EXHIBIT 10.2\n\nPUMP SUPPLY AGREEMENT, dated as of June 1, 2011\n\nThis "
            "Pump Supply Agreement is entered into "
        )
        + B
        + BODY,
        "Pump Supply Agreement",
    ),
    (
        "ar_dated_tail",
        (
            "SECOND AMENDED AND RESTATED LICENSE AGREEMENT dated as of June 1, "
            "2011\n\nThis Second Amended and Restated License Agreement is entered "
            "into "
        )
        + B
        + BODY,
        "Second Amended and Restated License Agreement",
    ),
    (
        "stars_legend_multi_line",
        (
            "[***] Certain confidential information contained in this document, "
            "marked by brackets, has been omitted because it is both (i) not "
            "material and (ii) would be competitively harmful if publicly "
            "disclosed.\n\nMANUFACTURING AND SUPPLY AGREEMENT\n\nThis Manufacturing "
            'and Supply Agreement (this "Agreement") is made as of May 4, 2019 '
        )
        + B
        + BODY,
        "Manufacturing and Supply Agreement",
    ),
    (
        "and_split_line",
        ("MANUFACTURING\nAND SUPPLY AGREEMENT\n\nThis Agreement is made as of May 4, 2019 ")
        + B
        + BODY,
        "Manufacturing and Supply Agreement",
    ),
    (
        "this_title_this_agreement",
        ('THIS TRANSITION SERVICES AGREEMENT (this "Agreement") is made as of May 4, 2019 ')
        + B
        + BODY,
        "Transition Services Agreement",
    ),
    (
        "execution_version_right",
        (
            "Execution Version\n\nTRANSITION SERVICES AGREEMENT\n\nThis TRANSITION "
            'SERVICES AGREEMENT (this "Agreement") is made as of May 4, 2019 '
        )
        + B
        + BODY,
        "Transition Services Agreement",
    ),
    (
        "toc_then_title",
        (
            "MASTER SERVICES AGREEMENT\n\nTABLE OF CONTENTS\n\n1. Definitions 1\n2. "
            "Services 3\n3. Fees 5\n4. Term 7\n\nMASTER SERVICES AGREEMENT\n\nThis "
            "Master Services Agreement is made as of May 4, 2019 "
        )
        + B
        + BODY,
        "Master Services Agreement",
    ),
    (
        "amendment_no_to_heading",
        (
            "AMENDMENT NO. 3\nTO\nEXCLUSIVE DISTRIBUTION AGREEMENT\n\nThis Amendment "
            'No. 3 (this "Amendment") to the Exclusive Distribution Agreement '
            "dated May 4, 2015 is made as of May 4, 2019 "
        )
        + B
        + BODY,
        "Amendment No. 3 to Exclusive Distribution Agreement",
    ),
    (
        "agreement_for_the_supply",
        ("AGREEMENT FOR THE SUPPLY OF PUMPS\n\nThis Agreement is made as of May 4, 2019 ")
        + B
        + BODY,
        "Agreement for the Supply of Pumps",
    ),
    (
        "non_compete",
        (
            "NON-COMPETITION AND NON-SOLICITATION AGREEMENT\n\nThis Non-Competition "
            "and Non-Solicitation Agreement is made as of May 4, 2019 "
        )
        + B
        + BODY,
        "Non-Competition and Non-Solicitation Agreement",
    ),
    (
        "heading_with_defined_term_next_line",
        'JOINT DEVELOPMENT AGREEMENT\n(the "Agreement")\n\nmade as of May 4, 2019 ' + B + BODY,
        "Joint Development Agreement",
    ),
    (
        "confidential_legend_then_title_same_line",
        (
            "CONFIDENTIAL TREATMENT REQUESTED BY HARLOW PUMPS, INC. TECHNOLOGY "
            "LICENSE AGREEMENT\n\nThis Technology License Agreement is made as of "
            "May 4, 2019 "
        )
        + B
        + BODY,
        "Technology License Agreement",
    ),
    (
        "cover_with_between_and_date_then_toc",
        (
            "SERVICES AGREEMENT\n\nbetween\n\nHARLOW PUMPS, INC.\n\nand\n\nKETTERBY FOODS "
            "LLC\n\nDated as of May 4, 2019\n\nTABLE OF CONTENTS\n\nArticle 1 "
            "Definitions\nArticle 2 Services\n\nSERVICES AGREEMENT\n\nThis Services "
            "Agreement is made as of May 4, 2019 "
        )
        + B
        + BODY,
        "Services Agreement",
    ),
    (
        "restated_heading_over_plain_preamble",
        (
            "AMENDED AND RESTATED\nSUPPLY AGREEMENT\n\nThis Supply Agreement is made "
            "as of May 4, 2019 "
        )
        + B
        + BODY,
        "Amended and Restated Supply Agreement",
    ),
    (
        "first_amendment_no_heading",
        ('This FIRST AMENDMENT TO SUPPLY AGREEMENT (this "Amendment") is made as of May 4, 2019 ')
        + B
        + BODY,
        "First Amendment to Supply Agreement",
    ),
    (
        "title_with_exhibit_legend_after",
        ("SUPPLY AGREEMENT\nExhibit 10.4\n\nThis Supply Agreement is made as of May 4, 2019 ")
        + B
        + BODY,
        "Supply Agreement",
    ),
    (
        "confidential_portions_stars_line",
        (
            "Confidential Portions of this Exhibit marked as [***] have been "
            "omitted pursuant to a request for confidential treatment and filed "
            "separately with the Commission.\n\nCO-PROMOTION AGREEMENT\n\nThis "
            "Co-Promotion Agreement is made as of May 4, 2019 "
        )
        + B
        + BODY,
        "Co-Promotion Agreement",
    ),
    (
        "heading_with_between_parties_mixed",
        (
            "Software License Agreement between Harlow Pumps, Inc. and Ketterby "
            "Foods LLC\n\nThis Software License Agreement is made as of May 4, 2019 "
        )
        + B
        + BODY,
        "Software License Agreement",
    ),
    (
        "title_with_and_tail_parties",
        (
            "RESELLER AGREEMENT\nHARLOW PUMPS, INC.\nAND\nKETTERBY FOODS LLC\n\nThis "
            "Reseller Agreement is made as of May 4, 2019 "
        )
        + B
        + BODY,
        "Reseller Agreement",
    ),
    (
        "services_contract_heading",
        "SERVICES CONTRACT\n\nThis Services Contract is made as of May 4, 2019 " + B + BODY,
        "Services Contract",
    ),
    (
        "addendum_to_agreement_preamble",
        ('THIS ADDENDUM TO THE DISTRIBUTION AGREEMENT (the "Addendum") is made as of May 4, 2019 ')
        + B
        + BODY,
        "Addendum to the Distribution Agreement",
    ),
    (
        "page_header_company_redacted",
        (
            "Harlow Pumps, Inc. - Confidential\n\nMASTER PURCHASE AGREEMENT\n\nThis "
            "Master Purchase Agreement is made as of May 4, 2019 "
        )
        + B
        + BODY,
        "Master Purchase Agreement",
    ),
    (
        "form_of_heading_with_brackets",
        ("[FORM OF] VOTING AGREEMENT\n\nThis Voting Agreement is made as of May 4, 2019 ")
        + B
        + BODY,
        "Voting Agreement",
    ),
    (
        "title_no_heading_agreement_this",
        'This agreement (the "Hosting Agreement") is made as of May 4, 2019 ' + B + BODY,
        "Hosting Agreement",
    ),
    (
        "title_page_source_footer",
        (
            "MARKETING AGREEMENT\n\nSource: HARLOW PUMPS, INC., 10-K, 3/6/2020\n\nThis "
            "Marketing Agreement is made as of May 4, 2019 "
        )
        + B
        + BODY,
        "Marketing Agreement",
    ),
    (
        "title_with_effective_date_line",
        ("LICENSE AGREEMENT\nEffective Date: May 4, 2019\n\nThis License Agreement is made ")
        + B
        + BODY,
        "License Agreement",
    ),
    (
        "amendment_of_title_mixed",
        (
            "Amendment Number Two to the Consulting Agreement\n\nThis Amendment is "
            "made as of May 4, 2019 "
        )
        + B
        + BODY,
        "Amendment Number Two to the Consulting Agreement",
    ),
    (
        "title_with_us_qualifier",
        (
            "TRADEMARK LICENSE AGREEMENT (U.S.)\n\nThis Trademark License Agreement "
            "is made as of May 4, 2019 "
        )
        + B
        + BODY,
        "Trademark License Agreement (U.S.)",
    ),
    (
        "title_with_colon_caption",
        (
            "Agreement Title: Consulting Agreement\nAgreement Number: HP-2019-004\n\n"
            "This Consulting Agreement is made as of May 4, 2019 "
        )
        + B
        + BODY,
        "Consulting Agreement",
    ),
    (
        "contract_number_caption_word",
        (
            "CONSULTING AGREEMENT\n\nContract Number: CONSULTING\n\nThis Consulting "
            "Agreement is made as of May 4, 2019 "
        )
        + B
        + BODY,
        "Consulting Agreement",
    ),
    (
        "agency_agreement_cover_dated_line_first",
        (
            "Dated 4 May 2019\n\nHARLOW PUMPS LIMITED\n\nand\n\nKETTERBY FOODS LIMITED\n\n"
            "AGENCY AGREEMENT\n\nTHIS AGREEMENT is made on 4 May 2019\n\nBETWEEN:\n\n(1) "
            "HARLOW PUMPS LIMITED (the Principal); and\n\n(2) KETTERBY FOODS LIMITED "
            "(the Agent)."
        )
        + BODY,
        "Agency Agreement",
    ),
    (
        "hereby_enter_into_title",
        (
            'Harlow Pumps, Inc. ("Harlow") and Ketterby Foods LLC ("Ketterby") '
            'hereby enter into this Joint Marketing Agreement (the "Agreement") as '
            "of May 4, 2019."
        )
        + BODY,
        "Joint Marketing Agreement",
    ),
    (
        "title_after_source_line_in_caps_cover",
        (
            "Exhibit 10.1\n\nSource: HARLOW PUMPS, INC., 8-K, 5/6/2019\n\nPRIVATE "
            "LABEL SUPPLY AGREEMENT\n\nThis Private Label Supply Agreement is made "
            "as of May 4, 2019 "
        )
        + B
        + BODY,
        "Private Label Supply Agreement",
    ),
    (
        "heading_with_trailing_page_no",
        ("SPONSORSHIP AGREEMENT 1\n\nThis Sponsorship Agreement is made as of May 4, 2019 ")
        + B
        + BODY,
        "Sponsorship Agreement",
    ),
    (
        "amended_restated_in_preamble_only",
        (
            'This Amended and Restated Distribution Agreement (the "Agreement") is '
            "made as of May 4, 2019 "
        )
        + B
        + BODY,
        "Amended and Restated Distribution Agreement",
    ),
    (
        "amendment_heading_preamble_amends_title",
        (
            'AMENDMENT TO MARKETING AGREEMENT\n\nThis Amendment (the "Amendment") '
            "amends the Marketing Agreement dated May 4, 2015 "
        )
        + B
        + BODY,
        "Amendment to Marketing Agreement",
    ),
    (
        "heading_between_cover_title_parties_on_one_line",
        (
            "MAINTENANCE AGREEMENT BETWEEN HARLOW PUMPS, INC. AND KETTERBY FOODS "
            "LLC\n\nThis Maintenance Agreement is made as of May 4, 2019 "
        )
        + B
        + BODY,
        "Maintenance Agreement",
    ),
    (
        "title_in_underscored_line",
        (
            "____________________\n\nOUTSOURCING AGREEMENT\n\n____________________\n\n"
            "This Outsourcing Agreement is made as of May 4, 2019 "
        )
        + B
        + BODY,
        "Outsourcing Agreement",
    ),
    (
        "license_agreement_no_preamble_title_but_defines",
        ('LICENSE AGREEMENT\n\nThis agreement (the "Agreement") is made as of May 4, 2019 ')
        + B
        + BODY,
        "License Agreement",
    ),
    (
        "website_terms_conditions",
        (
            "WEBSITE HOSTING TERMS AND CONDITIONS\n\nThese Terms and Conditions "
            'govern the hosting services provided by Harlow Pumps, Inc. ("Harlow") '
            'to Ketterby Foods LLC ("Customer").'
        )
        + BODY,
        "Website Hosting Terms and Conditions",
    ),
    (
        "two_kinds_with_slash",
        (
            "DISTRIBUTION/RESELLER AGREEMENT\n\nThis Distribution/Reseller Agreement "
            "is made as of May 4, 2019 "
        )
        + B
        + BODY,
        "Distribution/Reseller Agreement",
    ),
    (
        "title_with_year_after",
        ("SPONSORSHIP AGREEMENT 2019-2020\n\nThis Sponsorship Agreement is made as of May 4, 2019 ")
        + B
        + BODY,
        "Sponsorship Agreement",
    ),
    (
        "title_preceded_by_strike_legend",
        (
            "CERTAIN IDENTIFIED INFORMATION HAS BEEN EXCLUDED FROM THIS EXHIBIT "
            "BECAUSE IT IS BOTH (I) NOT MATERIAL AND (II) WOULD LIKELY CAUSE "
            "COMPETITIVE HARM IF PUBLICLY DISCLOSED. [***] INDICATES THAT "
            "INFORMATION HAS BEEN REDACTED.\n\nEXCLUSIVE LICENSE AGREEMENT\n\nThis "
            "Exclusive License Agreement is made as of May 4, 2019 "
        )
        + B
        + BODY,
        "Exclusive License Agreement",
    ),
    (
        "heading_mixed_case_with_and_lowercase",
        (
            "Supply and Distribution Agreement\n\nThis Supply and Distribution "
            "Agreement is made as of May 4, 2019 "
        )
        + B
        + BODY,
        "Supply and Distribution Agreement",
    ),
    (
        "strategic_alliance_with_dated_comma",
        "STRATEGIC ALLIANCE AGREEMENT, dated May 4, 2019 " + B + BODY,
        "Strategic Alliance Agreement",
    ),
    (
        "title_with_is_entered_into",
        "STRATEGIC ALLIANCE AGREEMENT is entered into as of May 4, 2019 " + B + BODY,
        "Strategic Alliance Agreement",
    ),
    (
        "title_then_made_no_this",
        "DEVELOPMENT AGREEMENT made as of May 4, 2019 " + B + BODY,
        "Development Agreement",
    ),
    (
        "title_colon_preamble",
        ("COLLABORATION AGREEMENT:\n\nThis Collaboration Agreement is made as of May 4, 2019 ")
        + B
        + BODY,
        "Collaboration Agreement",
    ),
    (
        "heading_in_quotes_the_agreement",
        'This "Reseller Agreement" is made as of May 4, 2019 ' + B + BODY,
        "Reseller Agreement",
    ),
    (
        "heading_under_company_logo_text",
        (
            "[HARLOW LOGO]\n\nHarlow Pumps, Inc.\n1200 Main Street\nHouston, Texas "
            "77002\n\nCONSULTING AGREEMENT\n\nThis Consulting Agreement is made as of "
            "May 4, 2019 "
        )
        + B
        + BODY,
        "Consulting Agreement",
    ),
    (
        "title_with_number_words_between",
        (
            "AGREEMENT NO. 2019-17\n\nCONSULTING AGREEMENT\n\nThis Consulting "
            "Agreement is made as of May 4, 2019 "
        )
        + B
        + BODY,
        "Consulting Agreement",
    ),
    (
        "heading_with_ltd_inside_name",
        (
            "HARLOW PUMPS - KETTERBY FOODS CO-MARKETING AGREEMENT\n\nThis "
            "Co-Marketing Agreement is made as of May 4, 2019 "
        )
        + B
        + BODY,
        "Co-Marketing Agreement",
    ),
    (
        "title_lower_case_preamble_only",
        ('THIS AGREEMENT FOR CONSULTING SERVICES (the "Agreement") is made as of May 4, 2019 ')
        + B
        + BODY,
        "Agreement for Consulting Services",
    ),
    (
        "amendment_heading_numbered_paren",
        (
            "AMENDMENT NO. 1\n(to the Supply Agreement dated May 4, 2015)\n\nThis "
            "Amendment No. 1 is made as of May 4, 2019 "
        )
        + B
        + BODY,
        "Amendment No. 1",
    ),
    (
        "heading_cover_exhibit_to_8k_and_title",
        "Exhibit 99.1\n\nJOINT FILING AGREEMENT\n\nIn accordance with Rule "
        "13d-1(k)(1) under the Securities Exchange Act of 1934, the "
        "undersigned agree to the joint filing of a Statement on Schedule 13D.\n",
        "Joint Filing Agreement",
    ),
    (
        "heading_trademark_license_between_affiliates",
        (
            "TRADEMARK LICENSE AGREEMENT\n\nby and between\n\nHARLOW PUMPS, INC.\n\nand\n\n"
            "KETTERBY FOODS LLC\n\nDated as of May 4, 2019\n\n\nTRADEMARK LICENSE "
            "AGREEMENT\n\nThis TRADEMARK LICENSE AGREEMENT, dated as of May 4, 2019, "
            "is "
        )
        + B
        + BODY,
        "Trademark License Agreement",
    ),
]


@pytest.mark.parametrize(
    ("text", "title"), [(t, w) for _, t, w in SHAPES], ids=[n for n, *_ in SHAPES]
)
def test_the_title_of_a_commercial_contract_opening(text: str, title: str) -> None:
    got = own_title(text)
    assert got is not None and norm(got) == norm(title), got
