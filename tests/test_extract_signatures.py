"""Signature pages in the layouts drafting uses, on passages written for these tests."""

from __future__ import annotations

from ingest.extract import extract
from ingest.records import Extraction, SourceDocument
from tests.passages import edges, own_roles

PREAMBLE = """SECOND AMENDMENT TO CREDIT AGREEMENT

This SECOND AMENDMENT TO CREDIT AGREEMENT (this "Amendment") is dated as of May 4, 2016 and
is entered into by and among Harlow Timber Corporation, a Delaware corporation (the
"Borrower"), the lenders party hereto (the "Lenders") and the Administrative Agent.

1. Amendment. Section 2.01 of the Credit Agreement is amended to read as set forth herein.

IN WITNESS WHEREOF, the parties hereto have caused this Amendment to be duly executed as of
the date first above written.

"""

#: Companies whose names carry no word a name rule knows ("FARM CREDIT", ", PCA", ", FLCA"),
#: a caption broken over two lines, a role on the line under the name, titles cut at a line end.
UNKNOWN_WORDS = (
    PREAMBLE
    + """BORROWER:
HARLOW TIMBER CORPORATION,

a Delaware corporation
By: /s/ Dana Whitfield
Name: Dana Whitfield
Title: Vice President and

Chief Financial
Officer


ADMINISTRATIVE

AGENT:
NORTHERN PLAINS AGCREDIT, PCA,

as Administrative Agent
By: /s/ Owen Castellano
Name: Owen Castellano
Title: Senior Vice President, Chief Credit Officer &

Treasurer


PRAIRIE RIVER FARM CREDIT
as a Lender
By: /s/ Mira Jankowski
Name: Mira Jankowski
Title: Vice President


LAKESHORE FARM CREDIT SERVICES, FLCA


By: /s/ Tobias Renner
Name: Tobias Renner
Title: Director
"""
)

#: An execution copy: blank rules to sign on, a running head on every page, names in a
#: spelling no name rule reads (quotes, a lower-case first letter), a signer's name and title
#: on one line under a "By" line without a colon.
EXECUTION_COPY = (
    PREAMBLE
    + """BRIGHT "K" STORES, INC.

By: ________________________________

Name: ______________________________

Title: _____________________________


<PAGE>

BRIGHT "K" STORES, INC.
SECOND AMENDMENT TO CREDIT AGREEMENT

GRANITE HARBOR BANK, individually and as
Administrative Agent

By: ________________________________

Name: ______________________________

Title: _____________________________


<PAGE>

eKIOSK VENTURES COMPANY


By /s/ Priya Natarajan
Priya Natarajan, Assistant Vice
President
"""
)


def _signed(x: Extraction) -> dict[str, dict[str, object]]:
    return {r.source: dict(r.props) for r in x.relations if r.type == "SIGNED"}


def _party_roles(x: Extraction) -> dict[str, object]:
    return {
        r.source: r.props.get("role")
        for r in x.relations
        if r.type == "PARTY_TO" and r.target == "agreement:self"
    }


def _names(x: Extraction) -> dict[str, object]:
    return {e.ref: e.props.get("name") for e in x.entities if e.label == "Party"}


def test_companies_named_in_words_no_rule_knows_sign_in_their_captioned_roles() -> None:
    x = extract(SourceDocument(text=UNKNOWN_WORDS, path="t.txt"))
    roles, names, signed = _party_roles(x), _names(x), _signed(x)
    agcredit = next(ref for ref, n in names.items() if str(n).startswith("NORTHERN PLAINS"))
    assert names[agcredit] == "NORTHERN PLAINS AGCREDIT, PCA"
    assert roles[agcredit] == "Administrative Agent"
    assert signed["party:owen castellano"]["on_behalf_of"] == agcredit
    farm = next(ref for ref, n in names.items() if n == "PRAIRIE RIVER FARM CREDIT")
    assert roles[farm] == "Lender"
    assert signed["party:mira jankowski"]["on_behalf_of"] == farm
    lakeshore = next(ref for ref, n in names.items() if str(n).startswith("LAKESHORE"))
    assert names[lakeshore] == "LAKESHORE FARM CREDIT SERVICES, FLCA"
    assert signed["party:tobias renner"]["on_behalf_of"] == lakeshore
    assert lakeshore in roles
    # titles cut at a line end ("Vice President and" / "Chief Financial" / "Officer")
    assert signed["party:dana whitfield"]["title"] == "Vice President and Chief Financial Officer"
    assert (
        signed["party:owen castellano"]["title"]
        == "Senior Vice President, Chief Credit Officer & Treasurer"
    )
    # the signers are people who sign for companies, not parties themselves
    assert not any(ref in roles for ref in signed)


def test_execution_copies_running_heads_and_names_in_unusual_spellings() -> None:
    x = extract(SourceDocument(text=EXECUTION_COPY, path="t.txt"))
    roles, names, signed = _party_roles(x), _names(x), _signed(x)
    shown = {str(names[ref]) for ref in roles}
    assert 'BRIGHT "K" STORES, INC.' in shown
    assert "eKIOSK VENTURES COMPANY" in shown
    bank = next(ref for ref in roles if names[ref] == "GRANITE HARBOR BANK")
    assert roles[bank] == "Administrative Agent"
    # a blank "Title: ____" takes no value from the page mark below it
    assert not any("PAGE" in str(p.get("title")) for p in signed.values())
    kiosk = next(ref for ref in roles if names[ref] == "eKIOSK VENTURES COMPANY")
    assert signed["party:priya natarajan"] == {
        "title": "Assistant Vice President",
        "on_behalf_of": kiosk,
    }
    # the running head names the borrower once, not as a second company on every page
    assert sum(1 for ref in roles if "STORES" in str(names[ref])) == 1


#: No witness clause: the blocks stand above a "[Signature Page to ...]" footer; the parties
#: are listed one under another in the opening, each with its defined term after it, or a
#: label before it; the blocks carry no caption.
PARTY_LIST = """LOAN AGREEMENT
THIS AGREEMENT dated as of April 9, 2012 is between:
KESTREL RIDGE LENDING, LP, a Texas limited partnership, having an office at 12 Elm Street,
Tulsa, Oklahoma 74103

(the "Lender")
AND:

BRANTLEY OILFIELD SERVICES CORP., a Colorado corporation having its chief executive office
at 400 Larimer Street, Denver, Colorado 80202
(the "Borrower")

1. Loan. The Lender agrees to lend the Borrower up to $2,000,000 on the terms hereof.

2. Counterparts. This Agreement may be signed in counterparts.


KESTREL RIDGE LENDING, LP

By:\t\xa0\t /s/ Howard T. Lindqvist, 3rd

Authorized Signatory


BRANTLEY OILFIELD SERVICES CORP.

By /S/ Renata Okafor

Authorized Signatory

[SIGNATURE PAGE TO THE
LOAN AGREEMENT]
"""


def test_blocks_above_a_signature_page_footer_take_their_roles_from_the_party_list() -> None:
    x = extract(SourceDocument(text=PARTY_LIST, path="t.txt"))
    roles, signed = _party_roles(x), _signed(x)
    assert roles["party:kestrel ridge lending lp"] == "Lender"
    assert roles["party:brantley oilfield services corp"] == "Borrower"
    by_company = {p["on_behalf_of"]: (ref, p["title"]) for ref, p in signed.items()}
    assert by_company["party:kestrel ridge lending lp"][1] == "Authorized Signatory"
    assert by_company["party:brantley oilfield services corp"] == (
        "party:renata okafor",
        "Authorized Signatory",
    )
    assert by_company["party:kestrel ridge lending lp"][0] == "party:howard t lindqvist 3rd"


#: Captions beside their companies on one line, a caption that is a defined term, a role
#: given on the description line, a list of roles going on to the next line, "Title" followed
#: by a tab, a signer whose name ends in "Jr." (no full stop of a sentence).
CAPTIONS_BESIDE = (
    PREAMBLE
    + """BORROWER:                            HARLOW TIMBER CORPORATION, a Delaware corporation


By:/s/ Ellis P. Grant, Jr.
Name:   Ellis P. Grant, Jr.
Title: President & CEO

PARENT CO:                           HARLOW HOLDINGS, INC., a Delaware corporation


By:/s/ Ellis P. Grant, Jr.
Name:  Ellis P. Grant, Jr.
Title: President & CEO

LENDERS:

QUARRY STREET BANK, N.A., as Administrative Agent, an
Issuing Bank and a Lender

By: /s/ Nadia Farouk
Title:\tManaging Director

HARLOW MILLS, LLC,

a Delaware limited liability company, as Mill Owner

By: /s/ Ellis P. Grant, Jr.
Title:\tPresident
"""
)


def test_captions_beside_companies_and_roles_over_two_lines() -> None:
    x = extract(SourceDocument(text=CAPTIONS_BESIDE, path="t.txt"))
    roles, names, signed = _party_roles(x), _names(x), _signed(x)
    assert roles["party:harlow timber corporation"] == "Borrower"
    assert roles["party:harlow holdings inc"] == "Parent Co"
    bank = next(ref for ref, n in names.items() if str(n).startswith("QUARRY STREET BANK"))
    assert roles[bank] == "Administrative Agent and Issuing Bank and Lender"
    assert signed["party:nadia farouk"] == {"title": "Managing Director", "on_behalf_of": bank}
    mills = next(ref for ref, n in names.items() if str(n).startswith("HARLOW MILLS"))
    assert roles[mills] == "Mill Owner"
    # no company named after a caption or a role word
    assert not any(str(names[ref]) in ("Holdings", "Issuing Bank", "Parent Co") for ref in roles)


#: A lenders' page: each block's commitment beside its name, "by" on its own line, notice
#: paragraphs (lending offices, "c/o", "With a copy to:") under the blocks, a bank whose name
#: begins with "THE" (no caption).
LENDERS_PAGE = (
    PREAMBLE
    + """HARLOW TIMBER CORPORATION,

by
/s/   Dana Whitfield
Name:   Dana Whitfield
Title:  Treasurer
Harlow Timber Corporation
18 Mill Road
Eugene, Oregon 97401
Attention: Treasurer

With a copy to:

Harlow Holdings Inc.
18 Mill Road
Eugene, Oregon 97401
<PAGE>   41
Commitment
$25,000,000.00                QUARRY STREET BANK AND TRUST COMPANY,
individually and as Administrative Agent,

by
/s/     Nadia Farouk
Title:      Vice President
Domestic Lending Office
Quarry Street Bank and Trust Company
c/o Quarry Street Services Inc.
200 Harbor Road
Wilmington, DE 19801

Eurodollar Lending Office
Quarry Street Bank and Trust Company
200 Harbor Road
Wilmington, DE 19801
<PAGE>   42
Commitment
$10,000,000.00                THE LANTERN BANK OF OHIO

by
/s/     Colin Abernathy
Title:      Director
Domestic Lending Office
Lantern Bank Services Inc.
9 Lake Street
Toledo, OH 43604
"""
)


def test_lenders_pages_with_commitments_and_notice_paragraphs() -> None:
    x = extract(SourceDocument(text=LENDERS_PAGE, path="t.txt"))
    roles, signed = _party_roles(x), _signed(x)
    harlow, quarry = "party:harlow timber corporation", "party:quarry street bank and trust company"
    lantern = "party:the lantern bank of ohio"
    # the notice paragraphs' firms ("Harlow Holdings Inc.", "c/o ... Services Inc.") sign nothing
    assert set(roles) == {harlow, quarry, lantern}
    assert roles[quarry] == "Administrative Agent"
    assert signed["party:dana whitfield"] == {"title": "Treasurer", "on_behalf_of": harlow}
    assert signed["party:nadia farouk"] == {"title": "Vice President", "on_behalf_of": quarry}
    assert signed["party:colin abernathy"] == {"title": "Director", "on_behalf_of": lantern}


#: A commercial contract's signature page: acceptance captions on the companies' lines, a
#: company with no corporate suffix, a block signed "for and on behalf of the Company", and a
#: pricing exhibit whose capitalised heading and table follow the blocks.
COMMERCIAL_PAGE = """SUPPLY AGREEMENT

This SUPPLY AGREEMENT (this "Agreement") is made as of March 3, 2021 between Marlowe Optics,
Inc., a Delaware corporation ("Supplier"), Brightfield, a California partnership
("Reseller"), and Tessaly Lens Works Limited, an English company (the "Company").

1. Supply. Supplier shall supply the Products to Reseller on the terms of Exhibit A.

IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first above
written.

APPROVED FOR MARLOWE OPTICS, INC.
By: /s/ Teresa Lindqvist
Name: Teresa Lindqvist
Title: Chief Executive Officer

BRIGHTFIELD
By: /s/ Omar Haddad
Name: Omar Haddad
Title: Managing Partner

For and on behalf of the Company
By: /s/ Ruth Okafor
Name: Ruth Okafor
Title: Director

ACKNOWLEDGED AND AGREED TO:
HOLLIS RIDGE ADVISORS LLC
By: /s/ Ines Carvalho
Name: Ines Carvalho
Title: Manager


      EXHIBIT A     RESELLER DISCOUNTS ON PRODUCTS AND SERVICES
------------------------------------------------------------
PRODUCT FAMILY               YEAR 1          YEAR 2
------------------------------------------------------------
Precision Lens Systems        12%             14%
Field Calibration Services    8%              9%
------------------------------------------------------------
"""


def test_captions_headings_and_defined_terms_on_a_commercial_page_are_no_parties() -> None:
    x = extract(SourceDocument(text=COMMERCIAL_PAGE, path="t.txt"))
    roles, names, signed = _party_roles(x), _names(x), _signed(x)
    shown = {str(names[ref]) for ref in roles}
    # the acceptance caption is cut from the accepting company's name
    assert not any(n.upper().startswith(("APPROVED", "ACKNOWLEDGED")) for n in shown)
    marlowe = next(ref for ref in roles if str(names[ref]).upper().startswith("MARLOWE"))
    assert signed["party:teresa lindqvist"]["on_behalf_of"] == marlowe
    # a company with no suffix stays the company of its "By:" block
    brightfield = next(ref for ref in roles if str(names[ref]).upper() == "BRIGHTFIELD")
    assert signed["party:omar haddad"]["on_behalf_of"] == brightfield
    # the exhibit's heading and its table's rows are no companies; "Company" is a term
    for junk in ("DISCOUNTS", "YEAR", "Systems", "Services"):
        assert not any(junk in n for n in shown), shown
    assert "Company" not in shown and "the Company" not in shown


#: Two companies typed side by side over two "By:" lines, the second with no suffix.
SIDE_BY_SIDE = (
    COMMERCIAL_PAGE.split("IN WITNESS")[0]
    + """IN WITNESS WHEREOF, the parties have signed this Agreement.

KESTREL DYNAMICS CORPORATION   NORTHWIND OPTICAL GROUP

By: /s/ Lena Voss                By: /s/ Arjun Mehta
"""
)


def test_two_companies_side_by_side_over_two_signers_are_two_names() -> None:
    x = extract(SourceDocument(text=SIDE_BY_SIDE, path="t.txt"))
    shown = {str(n) for ref, n in _names(x).items() if ref in _party_roles(x)}
    assert "KESTREL DYNAMICS CORPORATION" in shown
    assert "NORTHWIND OPTICAL GROUP" in shown
    assert not any("KESTREL" in n and "NORTHWIND" in n for n in shown)


#: A role word in capitals typed before a company's name with no colon, and a page flattened
#: onto one line: a company, the next block's caption, then both "By:" lines.
ROLE_WORDS_ON_THE_LINE = """LICENCE AGREEMENT

This LICENCE AGREEMENT is made as of May 5, 2019 between Harbor Lane Media Corp., a Nevada
corporation ("Licensor"), Quillon Biosciences AG, a Swiss company ("Licensee"), and Ostrava
Print Holdings, Inc., a Delaware corporation ("Printer").

IN WITNESS WHEREOF, the parties have executed this Agreement.

LICENSOR Harbor Lane Media Corp.

By: /s/ Carla Mendes

QUILLON BIOSCIENCES AG LICENSEE By: /s/ Jonas Brandt By: /s/ Petra Novak Name: Jonas Brandt
"""


def test_role_words_typed_on_a_company_line_are_no_part_of_its_name() -> None:
    x = extract(SourceDocument(text=ROLE_WORDS_ON_THE_LINE, path="t.txt"))
    roles, names = _party_roles(x), _names(x)
    shown = {str(names[ref]) for ref in roles}
    assert not any(n.upper().startswith("LICENSOR") or n.endswith("LICENSEE") for n in shown)
    harbor = next(ref for ref in roles if str(names[ref]).startswith("Harbor Lane"))
    assert roles[harbor] == "Licensor"
    assert any(n.upper() == "QUILLON BIOSCIENCES AG" for n in shown), shown


#: One officer signs for a group's companies listed one per line; a name with a heading's
#: word ("VIDEO SERVICES") and no suffix is a company, the "By:" line under the list vouches.
GROUP_LIST = (
    PREAMBLE
    + """HARLOW TIMBER CORPORATION
By: /s/ Dana Whitfield
Name: Dana Whitfield
Title: Treasurer

Each of the undersigned Guarantors consents to this Amendment and reaffirms its Guaranty.

ORLANDO HARBOR PRODUCTIONS INC.
ORLANDO HARBOR DIGITAL IMAGES
ORLANDO HARBOR VIDEO SERVICES
ORLANDO HARBOR STUDIOS WEST

By: /s/ Marta Quinn
Vice President
"""
)


def test_a_groups_companies_above_one_signer_stay_whatever_their_words() -> None:
    x = extract(SourceDocument(text=GROUP_LIST, path="t.txt"))
    roles, names = _party_roles(x), _names(x)
    shown = {str(names[ref]) for ref in roles}
    assert {"ORLANDO HARBOR DIGITAL IMAGES", "ORLANDO HARBOR VIDEO SERVICES"} <= shown, shown


def test_a_name_opening_with_a_role_word_and_a_connector_stays_whole() -> None:
    page = PREAMBLE + "SUPPLIERS AND GROWERS TRUST COMPANY\nBy: /s/ Alma Reyes\nTitle: Officer\n"
    x = extract(SourceDocument(text=page, path="t.txt"))
    roles, names = _party_roles(x), _names(x)
    assert "SUPPLIERS AND GROWERS TRUST COMPANY" in {str(names[ref]) for ref in roles}


#: A page converted from HTML breaks lines where its table cells ended: a signer's name cut
#: after the first name or an initial (blank lines between), its "Jr." alone on the next line,
#: a conformed "//" signature with the title after a comma, titles cut after "--" or followed
#: by a line opening with "and".
WRAPPED_CELLS = (
    PREAMBLE
    + """HARLOW TIMBER CORPORATION
By:
// Renata
Okafor, Executive Vice President,
Chief Operating Officer and
Secretary

HARLOW TIMBER HOLDINGS, INC.
By: /s/ Bernard
T. Villanueva
Name: Bernard
T. Villanueva
Title: Treasurer
and Assistant Secretary

NORTHERN PLAINS BANK, N.A.,
as Administrative Agent
By /s/ L. M. Hargrove
Jr.

Name: L.

M. Hargrove Jr.
Title: Senior Vice President--
Loan Administration
"""
)


def test_names_and_titles_cut_where_converted_cells_ended_are_made_whole() -> None:
    x = extract(SourceDocument(text=WRAPPED_CELLS, path="t.txt"))
    signed, names = _signed(x), _names(x)
    assert set(signed) == {
        "party:renata okafor",
        "party:bernard t villanueva",
        "party:l m hargrove jr",
    }, signed
    okafor = signed["party:renata okafor"]
    assert okafor["title"] == "Executive Vice President, Chief Operating Officer and Secretary"
    assert okafor["on_behalf_of"] == "party:harlow timber corporation"
    villanueva = signed["party:bernard t villanueva"]
    assert villanueva["title"] == "Treasurer and Assistant Secretary"
    assert villanueva["on_behalf_of"] == "party:harlow timber holdings inc"
    hargrove = signed["party:l m hargrove jr"]
    assert hargrove["title"] == "Senior Vice President--Loan Administration"
    assert str(names[str(hargrove["on_behalf_of"])]).startswith("NORTHERN PLAINS BANK")
    # no fragment of a cut name ("Bernard", "M. Hargrove Jr.") is a person of its own
    fragments = {"Bernard", "T. Villanueva", "M. Hargrove Jr."}
    assert not fragments & {str(n) for n in names.values()}


#: "each by" one officer for several companies, two of them one group's companies in two
#: corporate forms (a U.S. "Inc." and a Canadian "Ltd."): two parties, not one.
TWO_FORMS = (
    PREAMBLE
    + """GUARANTORS:

ASPEN RIDGE LODGING SERVICES, INC.
ASPEN RIDGE LODGING SERVICES LTD.
ASPEN RIDGE HOLDINGS, L.P.

each by
Name: Carla Benedetti
Title: Vice President
"""
)


def test_one_groups_companies_in_two_corporate_forms_are_two_parties() -> None:
    x = extract(SourceDocument(text=TWO_FORMS, path="t.txt"))
    roles, names = _party_roles(x), _names(x)
    shown = {str(names[ref]) for ref in roles}
    assert {
        "ASPEN RIDGE LODGING SERVICES, INC.",
        "ASPEN RIDGE LODGING SERVICES LTD.",
    } <= shown, shown


#: An amendment among the borrower, "the Lenders (as defined in the Credit Agreement)" and an
#: agent: the lenders' blocks carry no caption, some funds sign through their manager ("By: X
#: as Collateral Manager," over two lines), the agent's capacities run over three lines after
#: "individually and as", and a guarantor signs under "ACKNOWLEDGED AND AGREED".
CLASS_OF_LENDERS = """AMENDMENT NO. 4 dated as of March 2, 2009 (this "Amendment") to the Credit
Agreement dated as of May 1, 2006 (the "Credit Agreement"), among Tillman Forge Co. (the
"Borrower"), the Lenders (as defined in the Credit Agreement) and Ridgeway Bank, as
administrative agent (the "Administrative Agent").

1. Amendment. Section 6.04 of the Credit Agreement is amended to read as set forth herein.

IN WITNESS WHEREOF, the parties hereto have caused this Amendment to be duly executed as of
the date first above written.

TILLMAN FORGE CO.,
by
/s/ Hollis Grange
Name: Hollis Grange
Title: Treasurer

RIDGEWAY BANK,
individually and as Administrative Agent,
Issuing Bank and
Swingline Lender,
by
/s/ Vera Lindqvist
Name: Vera Lindqvist
Title: Director

CEDAR POINT CLO II, LTD.
By: Marlow Street Capital Advisors L.P. as
Collateral Manager,
by
/s/ Oren Falk
Name: Oren Falk
Title: Managing Director

FIRST HARBOR BANK & TRUST
COMPANY,
by
/s/ Ines Marchetti
Name: Ines Marchetti
Title: Vice President

ACKNOWLEDGED AND AGREED:

TILLMAN FORGE HOLDINGS LLC
by
/s/ Hollis Grange
Name: Hollis Grange
Title: Treasurer
"""


def test_an_undefined_class_of_lenders_takes_the_uncaptioned_signing_companies() -> None:
    x = extract(SourceDocument(text=CLASS_OF_LENDERS, path="t.txt"))
    roles, signed = _party_roles(x), _signed(x)
    assert roles["party:cedar point clo ii ltd"] == "Lender"
    assert roles["party:first harbor bank trust company"] == "Lender"
    # the fund signs through its manager: the signer acts for the fund, the manager is no party
    assert signed["party:oren falk"]["on_behalf_of"] == "party:cedar point clo ii ltd"
    assert not any("marlow" in ref for ref in roles)
    agent = roles["party:ridgeway bank"]
    assert isinstance(agent, str) and "Swingline Lender" in agent and "Issuing Bank" in agent
    assert signed["party:vera lindqvist"]["on_behalf_of"] == "party:ridgeway bank"
    # who acknowledges is no lender
    assert roles.get("party:tillman forge holdings llc") != "Lender"


#: Titles typed over two lines after an empty "Title:", after "and Assistant", after a comma;
#: a conformed signature on a rule of dashes.
TITLES_OVER_LINES = (
    PREAMBLE
    + """HARLOW TIMBER CORPORATION
By: /s/ Dana Whitfield ----------
Title:
Authorized
Signatory

KESTREL TRUST BANK, LTD.
By: /s/ Hiro Tanabe
Title: Senior Vice President and Assistant
General Manager

NORTHERN PLAINS BANK, N.A.
By: /s/ Owen Castellano
Title: Associate Director,
Loan Syndications
"""
)


def test_titles_typed_over_two_lines_are_read_whole() -> None:
    signed = _signed(extract(SourceDocument(text=TITLES_OVER_LINES, path="t.txt")))
    assert signed["party:dana whitfield"]["title"] == "Authorized Signatory"
    assert signed["party:hiro tanabe"]["title"] == (
        "Senior Vice President and Assistant General Manager"
    )
    assert signed["party:owen castellano"]["title"] == "Associate Director, Loan Syndications"


#: A note closing "WITNESS the due execution hereof" (no "IN WITNESS WHEREOF"), signed in the
#: right column beside an "Attest:" column, the signer's name on a "Print Name:" line.
NOTE_UNDER_SEAL = """REVOLVING CREDIT NOTE

$5,000,000                                                          March 3, 2004

FOR VALUE RECEIVED, MARLOWE OPTICS, INC., a Delaware corporation (the "Borrower"),
promises to pay to the order of Keystone Valley Bank (the "Bank") the principal sum of
Five Million Dollars ($5,000,000), with interest as provided herein.

This Note shall be governed by the laws of the Commonwealth of Pennsylvania.

WITNESS the due execution hereof as a document under seal, as of the date first written
above, with the intent to be legally bound hereby.


[SEAL]                                        MARLOWE OPTICS, INC.


Attest:                                       By: /s/ Corinne Vasquez


Print Name:                                   Print Name: Corinne Vasquez

Title:                                        Title: Treasurer
"""


def test_a_note_signed_under_seal_by_its_maker() -> None:
    x = extract(SourceDocument(text=NOTE_UNDER_SEAL, path="t.txt"))
    signed = _signed(x)
    assert signed["party:corinne vasquez"]["title"] == "Treasurer"
    assert signed["party:corinne vasquez"]["on_behalf_of"] == "party:marlowe optics inc"
    assert not any(ref.startswith("party:print") for ref in _names(x))


#: A waiver signed in two columns under two captions on one line ("BORROWER:   LENDER:"), with
#: "Its:" titles, and a guarantors' consent signed by a company and by a person "individually".
WAIVER_WITH_CONSENT = """FIRST AMENDMENT AND WAIVER

This FIRST AMENDMENT AND WAIVER (this "Amendment"), dated as of April 9, 2010, is entered into
by and between Granite Falls Milling Co., a Minnesota corporation (the "Borrower"), and
Lakeview Commerce Bank (the "Lender"), and amends the Loan Agreement dated as of June 1, 2008
between the Borrower and the Lender (the "Loan Agreement").

1. Waiver. The Lender waives the Event of Default under Section 7.1 for the fiscal quarter
ended December 31, 2009.

IN WITNESS WHEREOF, the parties have executed this Amendment as of the date first above
written.

BORROWER:                                   LENDER:

GRANITE FALLS MILLING CO.                   LAKEVIEW COMMERCE BANK

By: /s/ Peter Halvorsen                     By: /s/ Amy Lindgren
Its: President                              Its: Vice President

GUARANTORS' CONSENT

Each of the undersigned guarantors consents to the foregoing Amendment and reaffirms its
Guaranty of the obligations of the Borrower under the Loan Agreement.

GRANITE FALLS LOGISTICS, LLC

By: /s/ Peter Halvorsen
Its: Chief Manager

/s/ Karl Halvorsen
Karl Halvorsen, individually
"""


def test_two_captions_on_one_line_and_an_individual_guarantors_consent() -> None:
    x = extract(SourceDocument(text=WAIVER_WITH_CONSENT, path="t.txt"))
    roles, signed = _party_roles(x), _signed(x)
    assert roles["party:granite falls milling co"] == "Borrower"
    assert roles["party:lakeview commerce bank"] == "Lender"
    assert signed["party:amy lindgren"]["title"] == "Vice President"
    consent = {r.source for r in x.relations if r.type == "PARTY_TO" and "appended" in r.target}
    assert consent == {"party:granite falls logistics llc", "party:karl halvorsen"}, consent


#: A lenders' page with each lender's share of the commitments in a column of its own beside
#: its name ("17.5%"), banks whose names end in a role word ("ORCHARD BANK", "FIRST PRAIRIE
#: BANK") signed right under it or wrapped after a comma ("HARBOR STATE BANK," / "NATIONAL
#: ASSOCIATION"), and the guarantors' consent below in two side-by-side columns.
PERCENTAGE_PAGE = (
    PREAMBLE
    + """HARLOW TIMBER CORPORATION

By: /s/ Dana Whitfield
Name:   Dana Whitfield
Title:  Treasurer

SHARE OF
COMMITMENTS
40.0%                            MERIDIAN TRUST COMPANY,
                                 as Administrative Agent and a Lender

By: /s/ Nadia Farouk
Name:   Nadia Farouk
Title:  Managing Director

35.0%                            ORCHARD BANK

By: /s/ Colin Abernathy
Name:   Colin Abernathy
Title:  Vice President

15.0%                            FIRST PRAIRIE BANK

By: /s/ Ines Varga
Name:   Ines Varga
Title:  Senior Vice President

10.0%                            HARBOR STATE BANK,
NATIONAL ASSOCIATION

By: /s/ Owen Castellano
Name:   Owen Castellano
Title:  Director

Each of the undersigned Guarantors consents to this Amendment and reaffirms its Guaranty.

HARLOW MILLS, INC.                  HARLOW LOGISTICS, INC.

By: /s/ Dana Whitfield              By: /s/ Dana Whitfield
Name:   Dana Whitfield              Name:   Dana Whitfield
Title:  Treasurer                   Title:  Treasurer
"""
)


def test_lenders_beside_their_share_of_the_commitments_and_bank_names_ending_in_a_role() -> None:
    x = extract(SourceDocument(text=PERCENTAGE_PAGE, path="t.txt"))
    roles, signed, names = _party_roles(x), _signed(x), _names(x)
    orchard, prairie = "party:orchard bank", "party:first prairie bank"
    meridian = "party:meridian trust company"
    # the banks over their "By:" lines are signing companies, not captions of the blocks below
    assert {orchard, prairie, meridian} <= set(roles)
    assert signed["party:colin abernathy"]["on_behalf_of"] == orchard
    assert signed["party:ines varga"]["on_behalf_of"] == prairie
    harbor = "party:harbor state bank national association"
    assert signed["party:owen castellano"]["on_behalf_of"] == harbor
    assert "party:national association" not in roles
    assert not {"Orchard Bank", "First Prairie Bank"} & {str(r) for r in roles.values()}
    lends = {(s.upper(), t.upper()) for s, t in edges(x, "LENDS_TO")}
    borrower = "HARLOW TIMBER CORPORATION"
    lenders = ("ORCHARD BANK", "FIRST PRAIRIE BANK", "HARBOR STATE BANK, NATIONAL ASSOCIATION")
    assert {(n, borrower) for n in lenders} <= lends
    # the guarantors in the right-hand column are read as companies of their own
    assert {"party:harlow mills inc", "party:harlow logistics inc"} <= set(roles)
    assert names["party:harlow logistics inc"] == "HARLOW LOGISTICS, INC."
    assert not {s for s, _ in lends} & {"HARLOW MILLS, INC.", "HARLOW LOGISTICS, INC."}


def test_a_name_wrapped_over_lines_above_its_suffix_signs_as_its_party() -> None:
    """A narrow column wraps "CASCADE MATERIALS TEST LABORATORIES, INC." so that only
    "LABORATORIES, INC." stands over its "By:" line; two parties end so, and the words above
    tell which one signs."""
    text = (
        "CREDIT AGREEMENT\n\nThis CREDIT AGREEMENT dated as of March 1, 2005 is among CASCADE "
        'MATERIALS TEST LABORATORIES, INC., a California corporation ("CMTL"), ORION SEVEN '
        'LABORATORIES, INC., a California corporation ("Orion"; together with CMTL, the '
        '"Borrowers"), and SUMMIT RIDGE BANK ("Bank").\n\n1. Loans. Bank agrees to lend to the '
        "Borrowers.\n\nIN WITNESS WHEREOF, the parties have executed this Agreement.\n\n"
        "CASCADE\nMATERIALS TEST\n\nLABORATORIES, INC.\n\n\n\nBy:\n\n/s/ Ann Voss\nAnn Voss, "
        "Treasurer\n\n\n\nORION SEVEN\n\nLABORATORIES, INC.\n\n\n\nBy:\n\n/s/ Ann Voss\nAnn Voss, "
        "Treasurer\n\n\n\nSUMMIT RIDGE BANK\n\nBy:\n\n/s/ Paul Okafor\nPaul Okafor, "
        "Vice President\n"
    )
    x = extract(SourceDocument(text=text, path="passage.txt"))
    parties = {s for s, t in edges(x, "PARTY_TO") if t == "Credit Agreement"}
    assert parties == {
        "CASCADE MATERIALS TEST LABORATORIES, INC.",
        "ORION SEVEN LABORATORIES, INC.",
        "SUMMIT RIDGE BANK",
    }


def test_companies_listed_over_one_signature_sign_in_its_role() -> None:
    """ "HARLOW SAWMILLS, LLC," / "HARLOW LOGISTICS CORP., and" / "TIMBERLINE PALLETS, INC.," /
    "each as a Guarantor": one officer signs for each company of the list, each a guarantor."""
    text = PREAMBLE.replace(
        'the lenders party hereto (the "Lenders")',
        'the Subsidiaries of the Borrower party hereto (the "Guarantors"), the lenders party '
        'hereto (the "Lenders")',
    ) + (
        "HARLOW TIMBER CORPORATION\n\nBy: /s/ Dana Whitfield\nName: Dana Whitfield\nTitle: Vice "
        "President\n\nHARLOW SAWMILLS, LLC,\nHARLOW LOGISTICS CORP., and\nTIMBERLINE PALLETS, "
        "INC.,\neach as a Guarantor\n\nBy: /s/ Dana Whitfield\nName: Dana Whitfield\nTitle: "
        "Treasurer\n\nFIRST PLAINS BANK, N.A., as Administrative Agent and as a Lender\n\nBy: /s/ "
        "Ruth Ames\nName: Ruth Ames\nTitle: Vice President\n"
    )
    x = extract(SourceDocument(text=text, path="passage.txt"))
    roles = own_roles(x)
    for guarantor in ("HARLOW SAWMILLS, LLC", "HARLOW LOGISTICS CORP.", "TIMBERLINE PALLETS, INC."):
        assert roles[guarantor] == "Guarantor"
