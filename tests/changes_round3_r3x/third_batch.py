"""A third blind batch of round three, written after the second batch's fix: 1990s run-in
article and section headings over unquoted restated sections, a note's paragraph substituted,
definitions deleted and substituted, a recital quoting an earlier amendment's new wording, a
licence's defined term extended by a proviso, an indenture's clause deleted, an annex's names
changed, and a partnership agreement's first sentence restated."""

from __future__ import annotations

from tests.changes_round2_other.case import Case, sign

_SEC_503 = (
    "5.03  Limitation on Indebtedness.  The Company will not\n"
    "     create, incur or suffer to exist any Indebtedness in excess of\n"
    "     $4,000,000 in the aggregate."
)
_NOTE_2 = (
    "2. Payments. Principal and interest shall be payable in monthly installments of $12,450.00 "
    "commencing on August 1, 2016 and continuing until the Maturity Date."
)
_GUARANTORS = (
    "\u201cGuarantors\u201d means each Domestic Subsidiary of the Borrower existing on the Third "
    "Amendment Effective Date or thereafter formed or acquired."
)
_NET_SALES_PROVISO = (
    ", provided that sales between Licensee and its Affiliates for resale shall not be Net Sales"
)
_PARTNERSHIP_SENTENCE = (
    "The General Partner shall distribute Available Cash to the Partners within sixty (60) days "
    "after the end of each calendar quarter."
)

THIRD_CASES: list[Case] = [
    Case(
        "nineties_article_and_section_run_in_headings",
        "                    FIRST AMENDMENT TO LOAN AGREEMENT\n\n"
        '     THIS FIRST AMENDMENT (this "Amendment") is made as of June 30,\n'
        "1998 between PRAIRIE STATE MILLING COMPANY, an Illinois corporation\n"
        '(the "Company"), and CORN BELT NATIONAL BANK (the "Bank").\n\n'
        "     WHEREAS, the Company and the Bank are parties to a Loan\n"
        'Agreement dated as of September 1, 1996 (the "Loan Agreement");\n\n'
        "     NOW, THEREFORE, the parties agree as follows:\n\n"
        "                               ARTICLE II\n\n"
        "                               AMENDMENTS\n\n"
        "     Section 2.01.  Amendment of Section 5.03.  Section 5.03 of the\n"
        "Loan Agreement is hereby amended to read in its entirety as\nfollows:\n\n"
        f"          {_SEC_503}\n\n"
        "     Section 2.02.  Amendment of Section 6.01.  Section 6.01(c) of\n"
        'the Loan Agreement is hereby amended by deleting "$250,000" and\n'
        'substituting "$500,000" therefor.\n\n'
        "                              ARTICLE III\n\n"
        "                             MISCELLANEOUS\n\n"
        "     Section 3.01.  Representations.  The Company represents that\n"
        "no Event of Default under Section 7.01 of the Loan Agreement has\n"
        "occurred." + sign("PRAIRIE STATE MILLING COMPANY"),
        "1996-09-01",
        (
            ("5.03", None, "replace", _SEC_503),
            ("6.01(c)", None, "amend", "$500,000"),
        ),
    ),
    Case(
        "note_paragraph_substituted_unquoted",
        "FIRST MODIFICATION OF PROMISSORY NOTE\n\n"
        'This First Modification (this "Modification") is made as of July 1, 2016 by BAYOU '
        'CONTAINER SERVICES, L.L.C. ("Maker") and GULF COAST COMMUNITY BANK ("Holder").\n\n'
        "Maker executed a Promissory Note dated as of January 15, 2014 in favor of Holder in the "
        'original principal amount of $900,000 (the "Note").\n\n'
        "1. The Note is hereby amended by deleting Paragraph 2 thereof in its entirety and "
        f"substituting the following:\n\n{_NOTE_2}\n\n"
        "2. Maker shall pay a modification fee of $1,500 on the date hereof.\n\n"
        "3. Except as modified hereby, the Note remains in full force and effect."
        + sign("BAYOU CONTAINER SERVICES, L.L.C."),
        "2014-01-15",
        (("2", None, "replace", _NOTE_2),),
    ),
    Case(
        "definition_deleted_following_substituted_curly",
        "THIRD AMENDMENT TO CREDIT AGREEMENT\n\n"
        "This Third Amendment (this \u201cAmendment\u201d) is dated as of April 14, 2020 between "
        "NORTHSTAR DENTAL PARTNERS, LLC (the \u201cBorrower\u201d) and GRANITE STATE BANK (the "
        "\u201cLender\u201d), parties to a Credit Agreement dated as of October 1, 2017 (the "
        "\u201cCredit Agreement\u201d).\n\n"
        "1. Amendments.\n\n"
        "(a) Amendment to Definition of Guarantors. The definition of \u201cGuarantors\u201d in "
        "Section 1.1 of the Credit Agreement is hereby deleted and the following substituted "
        f"therefor:\n\n{_GUARANTORS}\n\n"
        "(b) Amendment to Section 6.1. Section 6.1(b) of the Credit Agreement is hereby amended "
        "by deleting \u201c120 days\u201d and inserting \u201c90 days\u201d in lieu thereof.\n\n"
        "2. Joinder. Each Subsidiary listed on Schedule 1 hereto shall become a Guarantor under "
        "Section 5.12 of the Credit Agreement." + sign("NORTHSTAR DENTAL PARTNERS, LLC"),
        "2017-10-01",
        (
            (None, "Guarantors", "replace", _GUARANTORS),
            ("6.1(b)", None, "amend", "90 days"),
        ),
    ),
    Case(
        "recital_quotes_earlier_restated_section",
        "SECOND AMENDMENT TO SUPPLY AGREEMENT\n\n"
        'This Second Amendment (this "Amendment") is made as of March 2, 2021 between KESWICK '
        'POLYMERS, INC. ("Supplier") and RIVERTON PACKAGING CORP. ("Customer").\n\n'
        "RECITALS\n\n"
        "A. Supplier and Customer are parties to a Supply Agreement dated as of May 5, 2017 (as "
        'amended, the "Agreement").\n\n'
        'B. The First Amendment to the Agreement amended Section 4.1 to read as follows: "4.1 '
        'Price. The price of each Product is set forth on Exhibit A."\n\n'
        "AGREEMENT\n\n"
        '1. Section 4.1 of the Agreement is hereby amended by adding the words ", as adjusted '
        'annually under Section 4.3" at the end thereof.\n\n'
        "2. This Amendment may be executed in counterparts." + sign("KESWICK POLYMERS, INC."),
        "2017-05-05",
        (("4.1", None, "amend", ", as adjusted annually under Section 4.3"),),
    ),
    Case(
        "licence_defined_term_section_proviso_added",
        "AMENDMENT NO. 2 TO LICENSE AGREEMENT\n\n"
        'This Amendment No. 2 (this "Amendment") dated as of September 12, 2019 amends the '
        'License Agreement dated as of June 1, 2015 (the "License Agreement") between LUMEN '
        'BIOSCIENCES, INC. ("Licensor") and CASTELLAN PHARMA AG ("Licensee").\n\n'
        '1. Section 1.12 ("Net Sales") of the License Agreement is hereby amended by adding the '
        f'following at the end thereof: "{_NET_SALES_PROVISO}".\n\n'
        "2. Licensee shall pay the royalties accrued under Section 5.2 of the License Agreement "
        "through June 30, 2019 within thirty days." + sign("LUMEN BIOSCIENCES, INC."),
        "2015-06-01",
        (("1.12", None, "amend", _NET_SALES_PROVISO),),
    ),
    Case(
        "indenture_clause_deleted_thereof",
        "SECOND SUPPLEMENTAL INDENTURE\n\n"
        'SECOND SUPPLEMENTAL INDENTURE, dated as of March 9, 2023 (this "Supplemental '
        'Indenture"), between HALCYON RESORTS CORP. (the "Company") and EVERGREEN TRUST '
        'COMPANY, N.A., as trustee (the "Trustee"), supplementing the Indenture dated as of '
        'October 20, 2020 (the "Indenture").\n\n'
        "1. Section 4.03 of the Indenture is hereby amended by deleting clause (b) thereof.\n\n"
        '2. Section 4.04(a) of the Indenture is hereby amended by replacing "30 days" with '
        '"60 days".\n\n'
        "3. The Company shall deliver to the Trustee the Officer's Certificate required by "
        "Section 9.06 of the Indenture." + sign("HALCYON RESORTS CORP."),
        "2020-10-20",
        (
            ("4.03(b)", None, "delete", None),
            ("4.04(a)", None, "amend", "60 days"),
        ),
    ),
    Case(
        "annex_names_changed",
        "AMENDMENT NO. 2 TO CREDIT AGREEMENT\n\n"
        'This Amendment No. 2 (this "Amendment") is dated as of August 1, 2022 among MARIGOLD '
        'FOODS, INC. (the "Borrower"), the Lenders party hereto and WESTBRIDGE BANK, N.A., as '
        'agent (the "Agent"), parties to a Credit Agreement dated as of December 3, 2019 (the '
        '"Credit Agreement").\n\n'
        '1. Annex A to the Credit Agreement is hereby amended by deleting the name "Harbor '
        'First Bank" and inserting "Harbor First Bank, N.A." in lieu thereof.\n\n'
        "2. The Agent confirms that the Register maintained under Section 10.6(c) of the Credit "
        "Agreement reflects this Amendment." + sign("MARIGOLD FOODS, INC."),
        "2019-12-03",
        (("Annex A", None, "amend", "Harbor First Bank, N.A."),),
    ),
    Case(
        "partnership_first_sentence_restated",
        "AMENDMENT NO. 1 TO AGREEMENT OF LIMITED PARTNERSHIP\n\n"
        "This Amendment No. 1 to the Agreement of Limited Partnership of BLUE HERON REALTY "
        'FUND, L.P. (the "Partnership") is made as of January 1, 2018 by BLUE HERON GP, LLC, '
        'as general partner (the "General Partner").\n\n'
        "The General Partner and the limited partners are parties to the Agreement of Limited "
        'Partnership of the Partnership dated as of March 15, 2012 (the "Partnership '
        'Agreement").\n\n'
        "1. The first sentence of Section 5.1 of the Partnership Agreement is amended and "
        f'restated to read as follows: "{_PARTNERSHIP_SENTENCE}"\n\n'
        "2. The General Partner has approved this Amendment under Section 14.1 of the "
        "Partnership Agreement." + sign("BLUE HERON GP, LLC"),
        "2012-03-15",
        (("5.1", None, "amend", _PARTNERSHIP_SENTENCE),),
    ),
]
