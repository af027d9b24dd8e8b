"""Drafting shapes the first rules missed, each on passages written for this test (invented
parties, the general shape of the clause), run through the whole extractor."""

from __future__ import annotations

from ingest.names import name_runs
from ingest.readers.furniture import blank_dms_stamps
from tests.passages import edges, entity_names, extract_text


def test_company_names_that_start_with_a_number() -> None:
    text = (
        "by and among Larkspur Timber LP, 2210 Ridge Holdings, LLC, a Texas limited liability "
        "company, and 88 Harbor Street Partners, L.P., dated as of May 4, 2021 Fenwick Oil Inc."
    )
    assert [r.text for r in name_runs(text)] == [
        "Larkspur Timber LP",
        "2210 Ridge Holdings, LLC",
        "Texas",
        "88 Harbor Street Partners, L.P.",
        "May",
        "Fenwick Oil Inc.",  # the year of the date before it is not part of the name
    ]
    # an address or a quantity is no company, even before a capitalised word
    assert [r.text for r in name_runs("located at 400 Main Street; sold 5,000 Acme Corp.")] == [
        "Main Street",
        "Acme Corp.",
    ]
    # a signature page's company line after a document-management stamp run into it: the
    # reader blanks the stamp to a line start, where a number may head a name
    footer = "[Signature Page] US_ACTIVE: \\50213377\\4 2409118 Alberta Ltd. By: /s/ J. Roe"
    assert "2409118 Alberta Ltd." in [r.text for r in name_runs(blank_dms_stamps(footer))]


NOTE_UNDER_PURCHASE = """PROMISSORY NOTE

FOR VALUE RECEIVED, Quillfeather Labs, Inc., a Delaware corporation ("Borrower"), promises to
pay to Osprey Peak Fund, LLC, a Utah limited liability company ("Lender"), $750,000.00.
This Note is issued pursuant to that certain Note Purchase Agreement dated March 2, 2022, as
the same may be amended from time to time, by and between Borrower and Lender (the "Purchase
Agreement").
"""


def test_parties_of_a_referenced_agreement_named_by_their_terms_after_an_as_amended_clause() -> (
    None
):
    x = extract_text(NOTE_UNDER_PURCHASE)
    party_to = edges(x, "PARTY_TO")
    assert ("Quillfeather Labs, Inc.", "Note Purchase Agreement") in party_to
    assert ("Osprey Peak Fund, LLC", "Note Purchase Agreement") in party_to
    assert ("Promissory Note", "Note Purchase Agreement") in edges(x, "ISSUED_UNDER")


SELLER_NOTE = """SUBORDINATED PROMISSORY NOTE

This unsecured, subordinated Note is being delivered pursuant to that certain Stock Purchase
Agreement dated as of June 1, 2020 (the "Purchase Agreement"), by and among Tamarind Mining
Co., a Nevada corporation (the "Company"), and 5150 Granite Holdings, LLC, a Texas limited
liability company ("Holder").

FOR VALUE RECEIVED, the Company promises to pay to the order of Holder the principal sum of
$2,000,000.
"""


def test_a_note_delivered_pursuant_to_a_purchase_agreement_is_issued_under_it() -> None:
    x = extract_text(SELLER_NOTE)
    assert ("Subordinated Promissory Note", "Stock Purchase Agreement") in edges(x, "ISSUED_UNDER")
    assert "5150 Granite Holdings, LLC" in entity_names(x).values()


WARRANT = """COMMON STOCK PURCHASE WARRANT

BRAMBLE THERAPEUTICS, INC.

THIS COMMON STOCK PURCHASE WARRANT (the "Warrant") certifies that, for value received,
Heron Bay Capital LLC or its assigns (the "Holder") is entitled to subscribe for and purchase
from Bramble Therapeutics, Inc., a Delaware corporation (the "Company"), up to 40,000 shares of
Common Stock.

Section 1. Definitions. Capitalized terms used herein have the meanings set forth in that
certain Securities Purchase Agreement (the "Purchase Agreement"), dated May 5, 2022, among the
Company and the purchasers signatory thereto.

Section 9. Amendment. This Warrant may be amended with the consent of the Company and holders
of Warrants to acquire a majority of the shares issuable under the Warrants that were issued
under the Purchase Agreement.
"""


def test_a_warrant_is_issued_by_the_company_held_by_the_holder_and_issued_under_its_class() -> None:
    x = extract_text(WARRANT)
    title = "Common Stock Purchase Warrant"
    assert ("Bramble Therapeutics, Inc.", title) in edges(x, "ISSUES")
    assert ("Heron Bay Capital LLC", title) in edges(x, "HOLDS")
    assert (title, "Securities Purchase Agreement") in edges(x, "ISSUED_UNDER")
    # a statement of parties in a definition section counts, not only in the recitals
    assert ("Bramble Therapeutics, Inc.", "Securities Purchase Agreement") in edges(x, "PARTY_TO")


AMENDED_NOTE = """AMENDMENT NO. 2 TO PROMISSORY NOTE

This Amendment No. 2 to Promissory Note (this "Amendment") is entered into as of May 1, 2023
by and between Corvid Systems, Inc., a Nevada corporation (the "Company"), and Alder Creek
Partners, LLC (the "Holder").

WHEREAS, the Company issued to the Holder a Promissory Note dated January 3, 2022 (the "Note").

NOW, THEREFORE, the parties agree that the maturity date of the Note is extended.
"""


def test_an_amendment_of_a_note_is_not_itself_issued_or_held() -> None:
    x = extract_text(AMENDED_NOTE)
    own = "Amendment No. 2 to Promissory Note"
    assert not {e for e in edges(x, "ISSUES") | edges(x, "HOLDS") if e[1] == own}


CONSENT = """CONSENT AND WAIVER AGREEMENT

This CONSENT AND WAIVER AGREEMENT, dated as of March 1, 2023 (this "Consent"), is made by and
among PELICAN ROBOTICS, INC., a Delaware corporation (the "Company"), and the Investors (as
defined below).

WHEREAS, the Company, Marlin Growth Fund, L.P. ("Marlin Growth"), Marlin Offshore Fund, Ltd.
("Marlin Offshore" and, together with Marlin Growth, the "Investors") are parties to that
certain Note Purchase Agreement, dated as of April 2, 2019;

WHEREAS, the Investors have agreed to waive all accrued but unpaid interest on the Notes held
by the Investors;

NOW, THEREFORE, the parties agree as follows.

IN WITNESS WHEREOF, the parties have executed this Consent.

PELICAN ROBOTICS, INC.

By: /s/ Dana Whitfield
Name: Dana Whitfield
Title: Chief Executive Officer

INVESTORS:

MARLIN GROWTH FUND, L.P.

By: /s/ Omar Reyes
Name: Omar Reyes
Title: Managing Partner

Address: Marlin Capital Advisors
200 Harbor Boulevard, Suite 10
Miami, FL 33131

MARLIN OFFSHORE FUND, LTD.

By: /s/ Omar Reyes
Name: Omar Reyes
Title: Director

/s/ Lena Fairbanks
Lena Fairbanks

ACKNOWLEDGED AND AGREED:

PELICAN ROBOTICS OPERATIONS, LLC

By: /s/ Dana Whitfield
Name: Dana Whitfield
Title: President
"""


def test_joint_terms_recital_waivers_and_signature_pages() -> None:
    x = extract_text(CONSENT)
    names = set(entity_names(x).values())
    # "and, together with Marlin Growth, the "Investors"": both funds are the Investors
    waives = {w for w, _ in edges(x, "WAIVES")}
    assert waives == {"Marlin Growth Fund, L.P.", "Marlin Offshore Fund, Ltd."}
    # the notice address under a block names no party
    assert "Marlin Capital Advisors" not in names
    # "/s/ Lena Fairbanks" alone: an individual signs for herself and is a party
    own = "Consent and Waiver Agreement"
    assert ("Lena Fairbanks", own) in edges(x, "SIGNED")
    assert ("Lena Fairbanks", own) in edges(x, "PARTY_TO")
    # below "ACKNOWLEDGED AND AGREED:" the caption "INVESTORS" no longer applies
    roles = {
        r.source: r.props.get("role")
        for r in x.relations
        if r.type == "PARTY_TO" and r.target == "agreement:self"
    }
    assert roles["party:pelican robotics operations llc"] is None
    assert roles["party:marlin offshore fund ltd"] == "Investor"


WAIVER_AMENDMENT = """WAIVER AND SECOND AMENDMENT TO CREDIT AGREEMENT

This WAIVER AND SECOND AMENDMENT TO CREDIT AGREEMENT (this "Amendment") is dated as of
April 1, 2021, and is entered into by and among TALLGRASS FOODS, INC., a Kansas corporation
(the "Borrower"), PRAIRIE STATE BANK, a Kansas banking corporation ("Prairie"), and BLUESTEM
CAPITAL, L.P., a Delaware limited partnership ("Bluestem" and, together with Prairie, the
"Lenders").

RECITALS

A. The Borrower and the Lenders are parties to that certain Credit Agreement dated as of
March 3, 2019 (as amended by that certain Consent and Letter Amendment dated as of May 5,
2020 (the "Letter Amendment"), the "Credit Agreement").

B. Tallgrass Holdings, LLC, a Delaware limited liability company ("Holdings"), has
guaranteed the Obligations of the Borrower under the Credit Agreement.

NOW, THEREFORE, the parties agree as follows:

1. Waiver. The Lenders hereby waive the Event of Default arising under Section 7.1 of the
Credit Agreement for the fiscal quarter ended December 31, 2020.

2. Reaffirmation. Holdings hereby confirms, reaffirms and ratifies its obligations as a
guarantor of the Obligations.

IN WITNESS WHEREOF, the parties have executed this Amendment.

TALLGRASS FOODS, INC.

By: /s/ Nora Quist
Name: Nora Quist
Title: Chief Financial Officer

PRAIRIE STATE BANK, as a
  Lender

By: /s/ Owen Hale
Name: Owen Hale
Title: Vice President

SCHEDULE 1

COMMITMENTS

Lender                          Commitment
------------------------------  ---------------
Prairie State Bank              $6,000,000.00
Bluestem Capital, L.P.          $4,000,000.00
------------------------------  ---------------
"""


def test_a_waiver_joined_to_an_amendment_amends_and_its_chain_is_read() -> None:
    x = extract_text(WAIVER_AMENDMENT)
    amends = edges(x, "AMENDS")
    assert ("Waiver and Second Amendment to Credit Agreement", "Credit Agreement") in amends
    assert ("Consent and Letter Amendment", "Credit Agreement") in amends
    # a guarantor stated in the recitals, and reaffirming: it SECURES the credit agreement
    assert ("Tallgrass Holdings, LLC", "Credit Agreement") in edges(x, "SECURES")
    assert {w for w, _ in edges(x, "WAIVES")} == {"Prairie State Bank", "Bluestem Capital, L.P."}
    # a role cut at the line end ("as a" / "Lender"); schedule rows each with their figure
    lenders = {lender for lender, _ in edges(x, "LENDS_TO")}
    assert lenders == {"Prairie State Bank", "Bluestem Capital, L.P."}
    assert all(
        "Bluestem" not in n or n == "Bluestem Capital, L.P." for n in entity_names(x).values()
    )


FLATTENED = (
    "Execution Version DOCS\\\\4410021.3 AMENDMENT NO. 3 TO LOAN AGREEMENT AMENDMENT NO. 3 TO "
    "LOAN AGREEMENT, dated as of June 1, 2022 (this \u201cAgreement\u201d), by and among "
    "Heron Lake Energy, LLC (the \u201cBorrower\u201d) and Cobalt Ridge Funding Trust, as "
    "lender (the \u201cLender\u201d). WHEREAS, reference is made to the loan agreement dated as of "
    "May 2, 2020 (as amended, the \u201cLoan Agreement\u201d) between the Borrower and the "
    "Lender.\n\n"
    "1. Amendment. Section 2.1 of the Loan Agreement is hereby amended.\n\n"
    "[Signature Page to Amendment No. 3] IN WITNESS WHEREOF, the parties hereto have caused this "
    "Agreement to be duly executed as of the day and year first above written. HERON LAKE "
    "ENERGY, LLC, as Borrower By: /s/ Iris Tanaka Name: Iris Tanaka Title: Chief Executive "
    "Officer HERON LAKE HOLDINGS, LLC, as Guarantor By: /s/ Iris Tanaka Name: Iris Tanaka "
    "Title: Chief Executive Officer [Signature Page to Amendment No. 3] COBALT RIDGE FUNDING "
    "TRUST, as Lender By: /s/ Victor Osei Name: Victor Osei Title: Authorized Signatory\n"
)


def test_a_page_flattened_onto_one_line_by_html_conversion() -> None:
    x = extract_text(FLATTENED)
    own = "Amendment No. 3 to Loan Agreement"  # no document number, no doubled cover title
    assert own in entity_names(x).values()
    # the lower-case title defined by a capitalised term is the amended agreement
    assert (own, "Loan Agreement") in edges(x, "AMENDS")
    signed = edges(x, "SIGNED")
    assert {("Iris Tanaka", own), ("Victor Osei", own)} <= signed
    party_to = {p for p, a in edges(x, "PARTY_TO") if a == own}
    assert {"HERON LAKE HOLDINGS, LLC", "COBALT RIDGE FUNDING TRUST"} <= {
        n.upper() for n in party_to
    }


def test_bank_names_with_a_state_or_a_word_of_an_agreement_title() -> None:
    text = "PNC BANK, OHIO, N.A., as a Lender, and Morgan Guaranty Trust Company of New York"
    runs = [r.text for r in name_runs(text)]
    assert runs[0] == "PNC BANK, OHIO, N.A."
    assert "Morgan Guaranty Trust Company of New York" in runs
    # a list of companies is still a list, and an agreement's title is no company
    assert [r.text for r in name_runs("Acme Corporation, Cape, Inc.")] == [
        "Acme Corporation",
        "Cape, Inc.",
    ]
    from ingest.names import is_org_name

    assert not is_org_name("Guaranty Agreement") and is_org_name("Morgan Guaranty Trust Company")


LICENSE = """SOFTWARE LICENSE AGREEMENT

This SOFTWARE LICENSE AGREEMENT (this "Agreement") is entered into as of July 1, 2021 by and
between Lumen Arc Software, Inc., a Delaware corporation ("Licensor"), and Redfern Analytics,
LLC, an Oregon limited liability company ("Licensee").

5. Parent Guaranty. Redfern Group Corp., an Oregon corporation and the sole member of Licensee
("Parent"), has executed a Guaranty pursuant to which Parent unconditionally guarantees the
payment of all amounts payable by Licensee under this Agreement.

9. Governing Law. This Agreement shall be governed by the laws of the State of Oregon.

IN WITNESS WHEREOF, the parties have executed this Agreement.

LUMEN ARC SOFTWARE, INC.

By: /s/ Jonah Pike
Name: Jonah Pike
Title: President

EXHIBIT A

AMENDED SECURITY TERMS

As security for the payment of all amounts under this Agreement, the Licensee hereby grants to
the Licensor a security interest in all of the Licensee's equipment (the "Equipment Collateral").
"""


def test_a_party_described_in_the_body_and_text_after_the_signature_pages() -> None:
    x = extract_text(LICENSE)
    names = entity_names(x)
    assert "Redfern Group Corp." in names.values()
    assert ("Redfern Group Corp.", "Software License Agreement") in edges(x, "SECURES")
    # "this Agreement" of an attachment after the signature pages is not the license
    assert not any(s == "Equipment Collateral" for s, _ in edges(x, "SECURES"))


INITIALS_IN_NAMES = """SUPPLY AGREEMENT

This SUPPLY AGREEMENT (this "Agreement") is made as of June 1, 2020 between Corvid Mills Inc.,
a Delaware corporation ("Buyer"), and Tamsin Fibres Ltd., an Ontario corporation ("Seller").

WHEREAS, the obligations of Seller are guaranteed by Tamsin Holdings Inc. and 2409118 B.C. Ltd.,
a British Columbia company ("Holdco"), and the payments are held by U.S. Bank National
Association, a national banking association (the "Escrow Agent").
"""


def test_a_described_party_whose_name_holds_initials() -> None:
    names = set(entity_names(extract_text(INITIALS_IN_NAMES)).values())
    # the stop closing "B.C." or "U.S." does not cut the name that the term defines
    assert {"2409118 B.C. Ltd.", "U.S. Bank National Association"} <= names
    assert not names & {"B.C. Ltd.", "Bank National Association"}


LEGEND_AND_CHAIN = """The indebtedness evidenced by this instrument is subject to the
Intercreditor Agreement, dated as of March 1, 2021, by and among, inter alia, Kestrel Financial
Trust and Granite Bank Trust Company, National Association and acknowledged by Umber Mobility,
Inc.

SECURITY AGREEMENT

This SECURITY AGREEMENT (this "Agreement") is made as of March 1, 2021 by Umber Mobility, Inc.,
a Delaware corporation (the "Grantor"), in favor of Granite Bank Trust Company, National
Association, as collateral agent (the "Agent").

WHEREAS, the Grantor and certain purchasers are parties to that certain Note Purchase
Agreement, dated as of June 2, 2016 (as amended from time to time, including without limitation
pursuant to that certain Note Amendment Agreement dated May 1, 2017, that certain Twelfth
Amendment to Note Purchase Agreement dated April 4, 2019 and that certain Thirteenth Amendment
to Note Purchase Agreement dated May 5, 2020, the "Purchase Agreement").
"""


def test_a_legend_above_the_title_and_a_chain_introduced_by_pursuant_to() -> None:
    x = extract_text(LEGEND_AND_CHAIN)
    party_to = {p for p, a in edges(x, "PARTY_TO") if a == "Intercreditor Agreement"}
    # "and" between two whole companies splits them; "acknowledged by" ends the list
    assert party_to == {
        "Kestrel Financial Trust",
        "Granite Bank Trust Company, National Association",
    }
    amends = {a for a, t in edges(x, "AMENDS") if t == "Note Purchase Agreement"}
    assert amends == {
        "Note Amendment Agreement",
        "Twelfth Amendment to Note Purchase Agreement",
        "Thirteenth Amendment to Note Purchase Agreement",
    }
    # a bank "and Trust Company" is one name
    assert [r.text for r in name_runs("Harris Bank and Trust Company of Chicago")] == [
        "Harris Bank and Trust Company of Chicago"
    ]


ATTESTED_NOTE = """SENIOR NOTE

$5,000,000                                                    May 1, 1996

FOR VALUE RECEIVED, the undersigned, KINGFISHER TOOL CORP., a Delaware corporation
("Borrower"), promises to pay to the order of HARBOR NATIONAL BANK ("Bank") the principal
sum of Five Million Dollars ($5,000,000).

     This Note shall be binding upon the Borrower and its successors.

ATTEST:                  KINGFISHER TOOL CORP.

By: /s/ Elena Marsh By: /s/ Paul Okafor
     Secretary           Its: Treasurer
"""


def test_a_note_signed_under_attest_without_a_witness_clause() -> None:
    x = extract_text(ATTESTED_NOTE)
    signers = {s for s, _ in edges(x, "SIGNED")}
    assert signers == {"Elena Marsh", "Paul Okafor"}
