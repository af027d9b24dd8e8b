"""Whole amendments as filed of agreements other than credit agreements: supplemental
indentures, a note purchase agreement numbered by paragraph, leases, a licence with its patent
exhibit replaced, a supply agreement "modified", a purchase agreement with a page footer between
its lead-in and its list, and an operating agreement restated without quotation marks."""

from __future__ import annotations

from tests.changes_round2_other.case import Case, sign

_INDENTURE_IV = (
    "(iv) the Issuer shall have delivered to the Trustee an Officer's Certificate and an Opinion "
    "of Counsel, each stating that such consolidation complies with this Indenture."
)
_NPA_6B = (
    "6B. Consolidated Net Worth. The Company will not permit Consolidated Net Worth to be less "
    "than $85,000,000 at any time."
)
_NPA_PRIORITY = (
    '"Priority Debt" shall mean all Debt of Subsidiaries and all Debt of the Company secured by '
    "Liens."
)
_LEASE_2 = "2. Term. The Term shall expire at midnight on April 30, 2020."
_LEASE_RENT = "Months 1-12: $42,500.00 per month; Months 13-24: $43,775.00 per month."
_LICENCE_EXHIBIT = (
    "EXHIBIT A\n\nLICENSED PATENTS\n\nU.S. Patent No. 9,876,543       Method of Targeted Delivery"
    "\nU.S. Patent Application No. 16/123,456       Compositions for Delivery"
)
_APPENDIX_2 = "APPENDIX 2\n\nPRICE LIST\n\nModel T-40 valve assembly      $318.00 each"
_USE_6 = "6. Use. Tenant shall use the Premises for general office and laboratory purposes only."
_LLC_83 = (
    "8.3 Distributions. Distributable Cash shall be distributed to the Members in proportion to "
    "their Percentage Interests not less often than quarterly."
)
_RESERVED_410 = "Section 4.10. [Reserved]."
_GUARANTY_4B = (
    "Notwithstanding the foregoing, the Guarantor's liability under this Section 4(b) shall not "
    "exceed $2,500,000."
)
_MERGER_1215 = (
    "12.15 Electronic Signatures. This Agreement may be executed by electronic signature, which "
    "shall be deemed an original."
)
_SECURITY_32 = (
    "3.2 Commercial Tort Claims. The Grantor shall notify the Secured Party within ten (10) days "
    "after acquiring any Commercial Tort Claim."
)
_STOCK_62 = (
    "6.2 Non-Competition. For a period of three (3) years after the Closing Date, the Seller "
    "shall not engage in the Business in the Territory."
)

CASES: list[Case] = [
    Case(
        "supplemental_indenture_covenants_stripped",
        "FIRST SUPPLEMENTAL INDENTURE\n\n"
        'FIRST SUPPLEMENTAL INDENTURE (this "Supplemental Indenture"), dated as of November 3, '
        "2020, between KESTREL ENERGY PARTNERS, L.P., a Delaware limited partnership (the "
        '"Issuer"), and ATLANTIC TRUST COMPANY, N.A., as trustee (the "Trustee").\n\n'
        "W I T N E S S E T H\n\n"
        "WHEREAS, the Issuer and the Trustee are parties to an Indenture, dated as of January 22, "
        '2018 (the "Indenture"), relating to the Issuer\'s 6.875% Senior Notes due 2026 (the '
        '"Notes");\n\n'
        "WHEREAS, Section 9.02 of the Indenture provides that the Issuer and the Trustee may "
        "amend the Indenture with the consent of the Holders of a majority in aggregate principal "
        "amount of the Notes then outstanding;\n\n"
        "WHEREAS, the Holders of a majority in aggregate principal amount of the Notes have "
        "consented to the amendments set forth herein;\n\n"
        "NOW, THEREFORE, the Issuer and the Trustee agree as follows:\n\n"
        "ARTICLE I\nAMENDMENTS\n\n"
        "Section 1.01. Amendments to the Indenture. (a) Sections 4.07, 4.09 and 4.12 of the "
        "Indenture are hereby deleted in their entirety, and each such Section is replaced with "
        '"[Intentionally Omitted]".\n\n'
        "(b) Clause (4) of Section 6.01(a) of the Indenture is hereby deleted in its entirety.\n\n"
        "(c) Section 5.01(a)(iv) of the Indenture is hereby amended and restated as follows:\n\n"
        f'"{_INDENTURE_IV}"\n\n'
        "ARTICLE II\nMISCELLANEOUS\n\n"
        "Section 2.01. Effectiveness. This Supplemental Indenture shall be effective upon "
        "execution; provided that the amendments in Section 1.01 shall become operative only upon "
        "the payment of the consent fee described in Section 2 of the Consent Solicitation "
        "Statement.\n\n"
        "Section 2.02. Ratification. Except as amended hereby, the Indenture is ratified and "
        "confirmed. The Trustee makes no representation as to the validity of Section 1.01 "
        "hereof.\n\nSection 2.03. Counterparts. This Supplemental Indenture may be executed in "
        "counterparts." + sign("KESTREL ENERGY PARTNERS, L.P."),
        "2018-01-22",
        (
            ("4.07", None, "replace", "[Intentionally Omitted]"),
            ("4.09", None, "replace", "[Intentionally Omitted]"),
            ("4.12", None, "replace", "[Intentionally Omitted]"),
            ("6.01(a)(4)", None, "delete", None),
            ("5.01(a)(iv)", None, "replace", _INDENTURE_IV),
        ),
    ),
    Case(
        "supplemental_indenture_definitions_deleted",
        "SECOND SUPPLEMENTAL INDENTURE\n\n"
        'SECOND SUPPLEMENTAL INDENTURE, dated as of June 1, 2015 (this "Supplemental '
        'Indenture"), between NORTHERN PLAINS RAIL CORP. (the "Company") and BAYSIDE BANK '
        'NATIONAL ASSOCIATION, as trustee (the "Trustee"), to the Indenture dated as of May 5, '
        '2011 (as supplemented, the "Indenture").\n\n'
        "The Company and the Trustee agree as follows:\n\n"
        "SECTION 1. Amendments.\n\n"
        "1.1 Section 1.01 of the Indenture is hereby amended by deleting the definitions of "
        '"Asset Sale", "Consolidated Coverage Ratio" and "Restricted Payment" in their entirety, '
        "together with all references thereto.\n\n"
        "1.2 Section 4.10 (Limitation on Asset Sales) of the Indenture is hereby deleted in its "
        f'entirety and replaced with "{_RESERVED_410}"\n\n'
        "SECTION 2. Trustee. The Trustee accepts the Indenture as supplemented and shall be "
        "entitled to the rights set forth in Article 7 of the Indenture.\n\n"
        "SECTION 3. Counterparts. This Supplemental Indenture may be executed in counterparts."
        + sign("NORTHERN PLAINS RAIL CORP."),
        "2011-05-05",
        (
            (None, "Asset Sale", "delete", None),
            (None, "Consolidated Coverage Ratio", "delete", None),
            (None, "Restricted Payment", "delete", None),
            ("4.10", None, "replace", _RESERVED_410),
        ),
    ),
    Case(
        "note_purchase_agreement_paragraphs_modified",
        "AMENDMENT NO. 1 TO NOTE PURCHASE AGREEMENT\n\n"
        'THIS AMENDMENT NO. 1 (this "Amendment") dated as of July 18, 2012 to the Note Purchase '
        'Agreement dated as of December 10, 2009 (the "Note Agreement") is among COPPERLINE '
        'UTILITIES, INC. (the "Company") and the holders of Notes named on the signature pages '
        "hereto.\n\n"
        "The Company and the undersigned holders agree as follows:\n\n"
        "SECTION 1. AMENDMENTS.\n\n"
        "1.1. Paragraph 6B of the Note Agreement is modified to read as follows:\n\n"
        f'"{_NPA_6B}"\n\n'
        "1.2. Paragraph 10B of the Note Agreement is modified by adding the following defined "
        f"term in the proper alphabetical order:\n\n{_NPA_PRIORITY}\n\n"
        '1.3. Paragraph 7A(iii) of the Note Agreement is modified by deleting "five Business '
        'Days" and substituting "ten Business Days".\n\n'
        "SECTION 2. REPRESENTATIONS. The Company represents that no Default or Event of Default "
        "under paragraph 7A exists and that the representations in paragraph 8 of the Note "
        "Agreement are true.\n\n"
        "SECTION 3. FEE. The Company shall pay each holder an amendment fee equal to 0.10% of the "
        "principal amount of its Notes, as provided in paragraph 11B of the Note Agreement."
        + sign("COPPERLINE UTILITIES, INC."),
        "2009-12-10",
        (
            ("6B", None, "replace", _NPA_6B),
            (None, "Priority Debt", "add", _NPA_PRIORITY),
            ("7A(iii)", None, "amend", "ten Business Days"),
        ),
    ),
    Case(
        "lease_shall_read_recital_cites_earlier",
        "THIRD AMENDMENT TO LEASE\n\n"
        'THIS THIRD AMENDMENT TO LEASE (this "Amendment") is made as of January 9, 2015 by and '
        'between PARKSIDE PLAZA ASSOCIATES LLC ("Landlord") and NOVA GENOMICS, INC. ("Tenant").'
        "\n\nRECITALS\n\n"
        "A. Landlord and Tenant are parties to that certain Lease dated as of May 1, 2008, as "
        "amended by that certain First Amendment to Lease dated June 3, 2010 and that certain "
        'Second Amendment to Lease dated August 22, 2012 (collectively, the "Lease"), for '
        "premises at 400 Parkside Drive.\n\n"
        "B. Pursuant to the Second Amendment, Section 4 of the Lease was revised to set the Base "
        "Rent for the Extended Term.\n\nAGREEMENT\n\n"
        f'1. Term. Section 2 of the Lease shall read as follows:\n\n"{_LEASE_2}"\n\n'
        "2. Base Rent. The Base Rent schedule in Section 4 of the Lease is deleted and replaced "
        f'with the following:\n\n"{_LEASE_RENT}"\n\n'
        "3. Brokers. Tenant represents that it dealt with no broker other than as described in "
        "Section 23 of the Lease.\n\n"
        "4. Ratification. Except as amended hereby, the Lease is ratified and confirmed."
        + sign("NOVA GENOMICS, INC."),
        "2008-05-01",
        (
            ("2", None, "replace", _LEASE_2),
            ("4", None, "amend", _LEASE_RENT),
        ),
    ),
    Case(
        "licence_patent_exhibit_replaced",
        "AMENDMENT NO. 3 TO EXCLUSIVE LICENSE AGREEMENT\n\n"
        'This Amendment No. 3 (this "Amendment") to the Exclusive License Agreement dated as of '
        'September 1, 2011 (the "License Agreement") between HALVORSEN INSTITUTE OF TECHNOLOGY '
        '("Licensor") and ARCLIGHT THERAPEUTICS, INC. ("Licensee") is entered into as of March '
        "15, 2018.\n\nThe parties agree as follows:\n\n"
        "1. Exhibit A (Licensed Patents) of the License Agreement is hereby replaced with Exhibit "
        "A attached hereto.\n\n"
        '2. Section 4.2 of the License Agreement is hereby amended by deleting "two percent (2%)" '
        'and replacing it with "three percent (3%)".\n\n'
        "3. Licensee confirms that the milestone payment under Section 4.3 of the License "
        "Agreement was paid on January 5, 2018.\n\n"
        "4. Except as expressly amended by this Amendment, the License Agreement remains in full "
        "force and effect." + sign("ARCLIGHT THERAPEUTICS, INC.") + f"\n\n\n{_LICENCE_EXHIBIT}\n",
        "2011-09-01",
        (
            ("Exhibit A", None, "replace", _LICENCE_EXHIBIT),
            ("4.2", None, "amend", "three percent (3%)"),
        ),
    ),
    Case(
        "supply_agreement_modified_roman_items",
        "AMENDMENT TO SUPPLY AGREEMENT\n\n"
        'This Amendment to Supply Agreement (this "Amendment") is entered into as of August 1, '
        '2019 between DELTA FLOWWORKS, INC. ("Supplier") and CANYON IRRIGATION CO. ("Buyer").\n\n'
        "Supplier and Buyer are parties to a Supply Agreement dated as of October 15, 2016 (the "
        '"Supply Agreement"), which they now wish to modify as follows:\n\n'
        "(i) Section 5 of the Supply Agreement is modified to provide that the Initial Term ends "
        "on December 31, 2025.\n\n"
        '(ii) Section 7.3 of the Supply Agreement is modified by inserting the words "or its '
        'Affiliates" after the word "Supplier" in the second line thereof.\n\n'
        "(iii) Appendix 2 to the Supply Agreement is replaced with Appendix 2 attached to this "
        "Amendment.\n\n"
        "Buyer's purchase commitment under Section 3.1 of the Supply Agreement is unchanged. "
        "This Amendment may be executed in counterparts."
        + sign("DELTA FLOWWORKS, INC.")
        + f"\n\n\n{_APPENDIX_2}\n",
        "2016-10-15",
        (
            ("5", None, "amend", None),
            ("7.3", None, "amend", "or its Affiliates"),
            ("Appendix 2", None, "replace", _APPENDIX_2),
        ),
    ),
    Case(
        "purchase_agreement_footer_between_lead_in_and_list",
        "AMENDMENT NO. 1 TO ASSET PURCHASE AGREEMENT\n\n"
        'This Amendment No. 1 (this "Amendment") is made as of January 14, 2022 between '
        'WILLOWBROOK HOLDINGS, INC. ("Buyer") and STERLING PRESS LLC ("Seller").\n\n'
        "1. Background. Buyer and Seller are parties to an Asset Purchase Agreement dated as of "
        'October 28, 2021 (the "Purchase Agreement").\n\n'
        "2. Amendments to the Purchase Agreement. The Purchase Agreement is amended as follows:"
        "\n\n\nConfidential\n\n2\n\n\n"
        '(a) Section 2.5(a) of the Purchase Agreement is amended by replacing "$41,000,000" '
        'with "$39,250,000".\n\n'
        '(b) Section 9.1(b) of the Purchase Agreement is amended by replacing "December 31, '
        '2021" with "February 28, 2022".\n\n'
        "(c) Schedule 2.1(a) (Purchased Assets) to the Purchase Agreement is deleted.\n\n"
        "3. Closing. The Closing shall take place on the date determined under Section 3.1 of "
        "the Purchase Agreement.\n\n"
        "4. Counterparts. This Amendment may be executed in counterparts."
        + sign("WILLOWBROOK HOLDINGS, INC."),
        "2021-10-28",
        (
            ("2.5(a)", None, "amend", "$39,250,000"),
            ("9.1(b)", None, "amend", "February 28, 2022"),
            ("Schedule 2.1(a)", None, "delete", None),
        ),
    ),
    Case(
        "lease_section_deleted_and_substituted_unquoted",
        "FIRST AMENDMENT TO LEASE AGREEMENT\n\n"
        'This First Amendment to Lease Agreement (the "Amendment") is made as of September 1, '
        '2017 between CEDAR POINT REALTY TRUST ("Landlord") and HELIX DIAGNOSTICS, INC. '
        '("Tenant"), parties to a Lease Agreement dated as of March 1, 2014 (the "Lease").\n\n'
        "1. Use. The Lease is hereby amended by deleting Section 6 in its entirety and "
        f"substituting the following therefor:\n\n{_USE_6}\n\n"
        "2. Security Deposit. Landlord acknowledges that it holds the Security Deposit under "
        "Section 5 of the Lease.\n\n"
        "3. Counterparts. This Amendment may be executed in counterparts."
        + sign("HELIX DIAGNOSTICS, INC."),
        "2014-03-01",
        (("6", None, "replace", _USE_6),),
    ),
    Case(
        "operating_agreement_restated_unquoted",
        "AMENDMENT NO. 2 TO LIMITED LIABILITY COMPANY AGREEMENT\n\n"
        "This Amendment No. 2 to the Limited Liability Company Agreement of RIVERSTONE SOLAR "
        'HOLDINGS, LLC (the "Company") is made as of April 2, 2020 by its Members.\n\n'
        "The Members are parties to the Limited Liability Company Agreement of the Company dated "
        'as of February 12, 2018 (the "LLC Agreement"). The Members agree:\n\n'
        "1. Section 8.3 of the LLC Agreement is hereby amended and restated in its entirety as "
        f"follows:\n\n{_LLC_83}\n\n"
        "2. Except as provided in Section 1 of this Amendment, the LLC Agreement remains "
        "unchanged, including Section 8.4 thereof." + sign("RIVERSTONE SOLAR HOLDINGS, LLC"),
        "2018-02-12",
        (("8.3", None, "replace", _LLC_83),),
    ),
    Case(
        "stock_purchase_heading_run_in_is_modified",
        "AMENDMENT TO STOCK PURCHASE AGREEMENT\n\n"
        'This Amendment (this "Amendment") is dated as of May 5, 2023 among GREYSTONE '
        'INDUSTRIAL GROUP, INC. ("Buyer"), MAPLE LEAF COATINGS, INC. (the "Company") and DANIEL '
        'R. FOSTER ("Seller"), parties to a Stock Purchase Agreement dated as of March 20, 2023 '
        '(the "Stock Purchase Agreement").\n\n'
        "Section 1. Non-Competition. Section 6.2 of the Stock Purchase Agreement is modified to "
        f'read in full:\n\n"{_STOCK_62}"\n\n'
        "Section 2. Escrow. The Escrow Amount referred to in Section 2.3 of the Stock Purchase "
        'Agreement is hereby changed to "$1,750,000".\n\n'
        "Section 3. Indemnification. Nothing herein limits the Buyer's rights under Article VIII "
        "of the Stock Purchase Agreement.\n\nSection 4. Counterparts. This Amendment may be "
        "executed in counterparts." + sign("GREYSTONE INDUSTRIAL GROUP, INC."),
        "2023-03-20",
        (
            ("6.2", None, "replace", _STOCK_62),
            ("2.3", None, "amend", "$1,750,000"),
        ),
    ),
    Case(
        "guaranty_sentence_added_at_end",
        "FIRST AMENDMENT TO GUARANTY\n\n"
        'This First Amendment to Guaranty (this "Amendment") is made as of October 1, 2021 by '
        'MARCUS T. ELLINGTON (the "Guarantor") in favor of SEAVIEW COMMUNITY BANK (the "Bank").'
        '\n\nThe Guarantor executed a Guaranty dated as of December 15, 2019 (the "Guaranty") '
        "of the obligations of Ellington Marine Supply, Inc. to the Bank.\n\n"
        "1. Section 4(b) of the Guaranty is amended by adding at the end thereof the following: "
        f'"{_GUARANTY_4B}"\n\n'
        "2. The Guarantor reaffirms the waivers set forth in Section 6 of the Guaranty.\n\n"
        "3. This Amendment may be executed in counterparts." + sign("MARCUS T. ELLINGTON"),
        "2019-12-15",
        (("4(b)", None, "amend", _GUARANTY_4B),),
    ),
    Case(
        "merger_agreement_new_section_unquoted_in_list",
        "AMENDMENT NO. 1 TO AGREEMENT AND PLAN OF MERGER\n\n"
        'This Amendment No. 1 (this "Amendment"), dated as of August 8, 2022, to the Agreement '
        'and Plan of Merger dated as of June 13, 2022 (the "Merger Agreement") is among HARBORLINE '
        'SOFTWARE, INC. ("Parent"), HL MERGER SUB, INC. ("Merger Sub") and QUILLPOINT SYSTEMS, '
        'INC. (the "Company").\n\nThe parties agree as follows:\n\n'
        '1. Section 2.1(a) of the Merger Agreement is amended by deleting "$14.25" and '
        'inserting "$15.10" in lieu thereof.\n\n'
        "2. Article 12 of the Merger Agreement is amended by adding the following Section 12.15 "
        f"at the end thereof:\n\n{_MERGER_1215}\n\n"
        "3. The Company Board has approved this Amendment in accordance with Section 5.3 of the "
        "Merger Agreement.\n\n4. This Amendment may be executed in counterparts."
        + sign("HARBORLINE SOFTWARE, INC."),
        "2022-06-13",
        (
            ("2.1(a)", None, "amend", "$15.10"),
            ("12.15", None, "add", _MERGER_1215),
        ),
    ),
    Case(
        "security_agreement_html_run_in_headings",
        "AMENDMENT NO. 1 TO SECURITY AGREEMENT\n\n"
        "This Amendment No. 1 to Security Agreement (this \u201cAmendment\u201d) is entered into "
        "as of February\u00a027,\u00a02017 by BRAMBLE FARMS COOPERATIVE (the "
        "\u201cGrantor\u201d) and PLAINS FARM CREDIT, FLCA (the \u201cSecured Party\u201d), "
        "parties to a Security Agreement dated as of July\u00a011,\u00a02013 (the "
        "\u201cSecurity Agreement\u201d).\n\n"
        "Section\u00a01 .  Amendment to Section 3.2 .  Section\u00a03.2 of the Security "
        "Agreement is hereby amended and restated in its entirety to read as follows:\n\n"
        f"\u201c{_SECURITY_32}\u201d\n\n"
        "Section\u00a02 .  Deletion of Section 3.5 .  Section\u00a03.5 of the Security "
        "Agreement is hereby deleted in its entirety.\n\n"
        "Section\u00a03 .  Representations .  The Grantor represents that the Collateral "
        "described in Section\u00a02.1 of the Security Agreement is free of Liens other than "
        "Permitted Liens.\n\nSection\u00a04 .  Counterparts .  This Amendment may be executed "
        "in counterparts." + sign("BRAMBLE FARMS COOPERATIVE"),
        "2013-07-11",
        (
            ("3.2", None, "replace", _SECURITY_32),
            ("3.5", None, "delete", None),
        ),
    ),
]
