"""What secures a deal, in the general shapes drafting gives it: guarantors named only by a
definition or by a passive "shall be guaranteed by", grants of security promised rather than
made ("shall grant to Bank security interests in ..."), obligations "secured by" a company's
assets, a guarantors' consent that keeps its grant of security in force. Passages written for
this test in each shape (invented parties), then real credit documents of the corpus."""

from __future__ import annotations

from ingest.extract import extract
from ingest.readers import read_file
from ingest.records import Extraction
from tests.passages import extract_text
from tests.paths import CORPUS


def _label(x: Extraction, ref: str) -> str:
    e = next(e for e in x.entities if e.ref == ref)
    return str(e.props.get("name") or e.props.get("title") or e.props.get("description")).upper()


def _secures(x: Extraction) -> set[tuple[str, str]]:
    return {(_label(x, r.source), _label(x, r.target)) for r in x.relations if r.type == "SECURES"}


def _evidence(x: Extraction, source: str) -> str:
    """The text the SECURES edges from ``source`` cite, joined."""
    return " | ".join(
        sp.text
        for r in x.relations
        if r.type == "SECURES" and _label(x, r.source) == source
        for sp in r.evidence
    )


_OPENING = (
    "CREDIT AGREEMENT\n\n"
    'THIS CREDIT AGREEMENT (this "Agreement") is entered into as of May 2, 2017, by and '
    'between Kestrel Valley Foods, Inc., an Idaho corporation ("Borrower"), and IRONBRIDGE '
    'NATIONAL BANK ("Bank").\n\n'
    "1.1 Line of Credit. Bank hereby agrees to make advances to Borrower from time to time "
    "not to exceed at any time the aggregate principal amount of $4,000,000.\n\n"
)
_CLOSING = (
    "IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be executed as of "
    "the day and year first written above.\n\n"
    "KESTREL VALLEY FOODS, INC.\n\nBy: /s/ Mara J. Oyelaran\nMara J. Oyelaran, President\n\n"
    "IRONBRIDGE NATIONAL BANK\n\nBy: /s/ Tobias Wren\nTobias Wren, Vice President\n"
)


def test_guarantors_named_only_by_a_definition_secure_the_agreement() -> None:
    text = (
        _OPENING + "ARTICLE II DEFINITIONS\n\n"
        '"Guarantors" means Kestrel Valley Farms, LLC, Kestrel Valley Logistics, Inc. and each '
        "other Subsidiary of Borrower that hereafter executes a Guaranty.\n\n"
        '"Guaranty" means the guaranty of the Guarantors in the form of Exhibit B.\n\n'
        '"Obligor" means any Person that pledges its credit or property in any manner for the '
        "payment of the Obligations.\n\n"
        '"Mortgage Loan Guarantor" means Harlan P. Voss.\n\n' + _CLOSING
    )
    x = extract_text(text)
    secures = _secures(x)
    assert {
        ("KESTREL VALLEY FARMS, LLC", "CREDIT AGREEMENT"),
        ("KESTREL VALLEY LOGISTICS, INC.", "CREDIT AGREEMENT"),
    } <= secures, secures
    # the lender, the borrower and the guarantor of some other loan guarantee nothing here;
    # "each other Subsidiary ..." names no one
    sources = {s for s, _ in secures}
    assert not sources & {"IRONBRIDGE NATIONAL BANK", "HARLAN P. VOSS"}, secures
    assert not any("SUBSIDIARY" in s for s in sources), secures
    # the edge cites the definition that makes the company a guarantor
    assert '"Guarantors" means Kestrel Valley Farms' in _evidence(x, "KESTREL VALLEY FARMS, LLC")


def test_a_guarantor_defined_by_a_term_of_the_preamble_secures_the_agreement() -> None:
    text = (
        "CREDIT AGREEMENT\n\n"
        'This Credit Agreement ("Agreement"), dated as of March 3, 2016, by and between Larkspur '
        'Homes, LLC, a Georgia limited liability company ("Borrower"), and Dorian P. Achterberg, '
        'an individual ("DPA"), AND HOLLOWAY FUNDING, LLC, a Delaware limited liability company '
        '("Lender").\n\n'
        '"Guarantor" shall mean DPA in his capacity as such under the Guaranty.\n\n'
        '"Guaranty" shall mean that certain Commercial Guaranty dated of even date herewith '
        "given by DPA as guarantor of the Loan.\n\n"
        "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\n"
    )
    secures = _secures(extract_text(text))
    assert ("DORIAN P. ACHTERBERG", "CREDIT AGREEMENT") in secures, secures
    assert not {s for s, _ in secures} & {"HOLLOWAY FUNDING, LLC"}


def test_obligations_guaranteed_by_a_list_of_companies_are_secured_by_each() -> None:
    text = (
        _OPENING + "SECTION 1.5. GUARANTIES. The payment and performance of all indebtedness "
        "and other obligations of Borrower to Bank shall be guaranteed jointly and severally by "
        "Tamsin Field Services, Inc., a Colorado corporation, Tamsin Rentals, Inc. a Texas "
        "corporation, and Tamsin Marine, LLC, a Louisiana limited liability company, as "
        "evidenced by and subject to the terms of guaranties in form and substance satisfactory "
        "to Bank.\n\n"
        "SECTION 5.5. GUARANTIES. Borrower shall not guarantee or become liable in any way as "
        "surety for the obligations of any other person, except obligations guaranteed by "
        "Ferris Outdoor Supply, Inc. on the date hereof.\n\n"
        "SECTION 5.6. SUBSIDIARIES. Borrower's obligations may also be guaranteed by each "
        "Subsidiary, present and future, of Borrower.\n\n" + _CLOSING
    )
    x = extract_text(text)
    secures = _secures(x)
    guarantors = {"TAMSIN FIELD SERVICES, INC.", "TAMSIN RENTALS, INC.", "TAMSIN MARINE, LLC"}
    assert {(g, "CREDIT AGREEMENT") for g in guarantors} <= secures, secures
    # a negative covenant's exception and a class of subsidiaries name no guarantor of the deal
    sources = {s for s, _ in secures}
    assert sources <= guarantors, secures
    assert "shall be guaranteed jointly and severally by" in _evidence(x, "TAMSIN RENTALS, INC.")
    # a guarantor named only in the list keeps the form the list states
    marine = next(e for e in x.entities if e.props.get("name") == "Tamsin Marine, LLC")
    assert marine.props.get("jurisdiction") == "Louisiana", marine.props


def test_a_grant_of_security_promised_in_the_collateral_section_secures_the_agreement() -> None:
    text = (
        _OPENING + "SECTION 2.4. COLLATERAL. As security for all indebtedness and other "
        "obligations of Borrower to Bank under this Agreement, Borrower shall grant to Bank "
        "security interests of first priority in all of Borrower's accounts, inventory, "
        "equipment and general intangibles, whether now owned or hereafter acquired.\n\n"
        "SECTION 5.1. LIENS. Borrower shall not grant to any person other than Bank a security "
        "interest in any of its assets.\n\n" + _CLOSING
    )
    secures = _secures(extract_text(text))
    assert ("KESTREL VALLEY FOODS, INC.", "CREDIT AGREEMENT") in secures, secures
    assert (
        "ALL OF BORROWER'S ACCOUNTS, INVENTORY, EQUIPMENT AND GENERAL INTANGIBLES",
        "CREDIT AGREEMENT",
    ) in secures, secures
    assert not {s for s, _ in secures} & {"IRONBRIDGE NATIONAL BANK"}


def test_a_listed_collateral_description_is_kept_whole() -> None:
    text = (
        _OPENING + "SECTION 1.4. COLLATERAL. As security for all indebtedness of Borrower to "
        "Bank subject hereto, Borrower hereby grants to Bank security interests of first "
        "priority in all Borrower's accounts receivable and other rights to payment, general "
        "intangibles, inventory and equipment.\n\n" + _CLOSING
    )
    secures = _secures(extract_text(text))
    assert (
        "ALL BORROWER'S ACCOUNTS RECEIVABLE AND OTHER RIGHTS TO PAYMENT, GENERAL INTANGIBLES, "
        "INVENTORY AND EQUIPMENT",
        "CREDIT AGREEMENT",
    ) in secures, secures


REPORT = (
    "FORM 8-K\n\nCURRENT REPORT\n\nItem 1.01 Entry into a Material Definitive Agreement.\n\n"
    "On April 4, 2019, Quarry Lane Brands, Inc. (the \u201cCompany\u201d) entered into a Senior "
    "Secured Revolving Loan Facility Agreement in the maximum amount of $3,000,000 with Saltmarsh "
    "Credit Partners, L.P. (the \u201cLoan Agreement\u201d). The Company\u2019s obligations under "
    "the Loan Agreement are secured by the Company\u2019s inventory and accounts receivable "
    "under the terms of a Security Agreement.\n\n"
    "Marsh Creek Supply, Inc. has unconditionally guaranteed the obligations of the Company "
    "under the Loan Agreement.\n\n"
    "On April 4, 2019, the Company also entered into an Asset Purchase Agreement with Marsh "
    "Creek Supply, Inc. and Odile Fenwick (the \u201cPurchase Agreement\u201d).\n\n"
)


def test_a_report_says_what_secures_the_loan_agreement_it_describes() -> None:
    secures = _secures(extract_text(REPORT))
    loan = "SENIOR SECURED REVOLVING LOAN FACILITY AGREEMENT"
    assert ("MARSH CREEK SUPPLY, INC.", loan) in secures, secures
    assert ("THE COMPANY\u2019S INVENTORY AND ACCOUNTS RECEIVABLE", loan) in secures, secures
    # the purchase agreement the guarantor is also party to is not what it guarantees
    assert not {t for _, t in secures} - {loan}, secures


def test_a_consent_that_keeps_the_grant_of_security_in_force_secures_the_deal() -> None:
    text = (
        "AMENDMENT NO. 3 TO CREDIT AGREEMENT\n\n"
        'AMENDMENT NO. 3, dated as of June 9, 2014 (this "Amendment"), to the Credit Agreement '
        'dated as of May 1, 2011 (the "Credit Agreement") among Brightwater Paper Corporation '
        '(the "Borrower") and Ostrava Bank, as administrative agent (the "Agent").\n\n'
        "1. Amendment. Section 7.1 of the Credit Agreement is hereby amended by replacing "
        '"3.00" with "3.25".\n\n'
        "IN WITNESS WHEREOF, the parties have executed this Amendment.\n\n"
        "BRIGHTWATER PAPER CORPORATION\n\nBy: /s/ Ilse Marrow\nName: Ilse Marrow\nTitle: "
        "Treasurer\n\n"
        "OSTRAVA BANK, as Agent\n\nBy: /s/ Colm Hartigan\nName: Colm Hartigan\nTitle: "
        "Director\n\n\n"
        "CONSENT AND CONFIRMATION\n\nDated as of June 9, 2014\n\n"
        "Each of the undersigned hereby consents to the foregoing Amendment and hereby confirms "
        "and agrees that the pledge and security interest in the Collateral granted by it "
        "pursuant to the Collateral Documents to which it is a party shall continue in full "
        "force and effect and shall continue to secure the Obligations.\n\n"
        "BRIGHTWATER MILLS LLC\n\nBy: /s/ Ilse Marrow\nName: Ilse Marrow\nTitle: Secretary\n\n"
        "HARROW PULP COMPANY\n\nBy: /s/ Ilse Marrow\nName: Ilse Marrow\nTitle: Secretary\n"
    )
    secures = _secures(extract_text(text))
    assert {
        ("BRIGHTWATER MILLS LLC", "CREDIT AGREEMENT"),
        ("HARROW PULP COMPANY", "CREDIT AGREEMENT"),
    } <= secures, secures
    assert not {s for s, _ in secures} & {"OSTRAVA BANK"}


def _real(name: str) -> Extraction:
    (source,) = read_file(CORPUS / "credit-dev" / name, max_bytes=10_000_000).documents
    return extract(source)


def test_real_guarantors_listed_in_a_guaranties_section_and_a_whole_collateral_list() -> None:
    x = _real("lexpredict-933738-2010-01-11.txt")
    secures = {(s.replace(".", ""), t) for s, t in _secures(x)}
    # "ENGlobal Systems, Inc, a Texas corporation": the text drops the suffix's period
    for g in ("ENGLOBAL LAND, INC", "ENGLOBAL SYSTEMS, INC", "ENGLOBAL ENGINEERING, INC"):
        assert (g, "CREDIT AGREEMENT") in secures, secures
    assert any(s.endswith("GENERAL INTANGIBLES, INVENTORY AND EQUIPMENT") for s, _ in secures)
    assert not {s for s, _ in secures} & {"WELLS FARGO BANK, NATIONAL ASSOCIATION"}


def test_real_guarantor_defined_only_in_the_definitions() -> None:
    secures = _secures(_real("lexpredict-832989-1999-03-22.txt"))
    assert (
        "ALLIANZ LIFE INSURANCE COMPANY OF NORTH AMERICA, INC.",
        "CREDIT AGREEMENT",
    ) in secures, secures


def test_an_attached_security_agreement_secures_what_its_obligations_are_defined_as() -> None:
    text = (
        "LOAN AGREEMENT\n\n"
        'This Loan Agreement (this "Agreement"), dated as of August 1, 2012, is between '
        'Halberd Instruments Inc., a Delaware corporation (the "Borrower"), and Copperline '
        'Capital, Inc., a Minnesota corporation (the "Lender").\n\n'
        "1. The Lender agrees to make advances to the Borrower of up to $6,000,000.\n\n"
        "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\n"
        "HALBERD INSTRUMENTS INC.\n\nBy: /s/ Noor Castellane\nTitle: President\n\n"
        "COPPERLINE CAPITAL, INC.\n\nBy: /s/ Eben Marsh\nTitle: President\n\n\n"
        "EXHIBIT B\n\nSECURITY AGREEMENT\n\n"
        "THIS SECURITY AGREEMENT is made by Halberd Instruments Inc. (the \u201cGrantor\u201d) "
        "to Copperline Capital, Inc. (the \u201cSecured Party\u201d).\n\n"
        "Section 1. Definitions. \u201cObligations\u201d means all liabilities of the Grantor "
        "to the Secured Party under the Loan Agreement, whether now existing or hereafter "
        "arising.\n\n"
        "Section 2. Grant of Security Interest. As security for the payment and performance "
        "of all of the Obligations, the Grantor hereby grants to the Secured Party a security "
        "interest in all of the Grantor\u2019s right, title, and interest in and to the "
        "following: (a) all patents listed on Schedule A; (b) all proceeds thereof (the "
        "\u201cCollateral\u201d).\n\n"
        "IN WITNESS WHEREOF, the Grantor has executed this Security Agreement.\n"
    )
    secures = _secures(extract_text(text))
    assert ("COLLATERAL", "LOAN AGREEMENT") in secures, secures
    assert ("HALBERD INSTRUMENTS INC.", "LOAN AGREEMENT") in secures, secures
    # the grant's own words are not its collateral
    assert not any("RIGHT, TITLE" in s for s, _ in secures), secures
    assert not {s for s, _ in secures} & {"COPPERLINE CAPITAL, INC."}


def test_security_documents_a_definition_says_who_gives_to_whom() -> None:
    text = (
        "CREDIT AGREEMENT\n\n"
        'This Credit Agreement ("Agreement"), dated as of March 3, 2016, by and between Larkspur '
        'Homes, LLC, a Georgia limited liability company ("Borrower"), and Dorian P. Achterberg, '
        'an individual ("DPA"), AND HOLLOWAY FUNDING, LLC, a Delaware limited liability company '
        '("Lender").\n\n'
        '"Guaranty" shall mean that certain Commercial Guaranty dated of even date herewith '
        "given by DPA as guarantor of the Loan.\n\n"
        '"Mortgage" shall mean that certain deed to secure debt and security agreement executed '
        "and delivered by Borrower to Lender dated as of the date hereof.\n\n"
        '"Security Documents" means (a) the Pledge Agreement, dated as of the date hereof, '
        "executed by Borrower in favor of Lender; and (b) any similar document executed "
        "hereafter.\n\n"
        "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\n"
    )
    x = extract_text(text)
    party_to = {
        (_label(x, r.source), _label(x, r.target), r.props.get("role"))
        for r in x.relations
        if r.type == "PARTY_TO"
    }
    assert ("DORIAN P. ACHTERBERG", "COMMERCIAL GUARANTY", "Guarantor") in party_to, party_to
    # a document named in lower case goes by its term
    assert {
        ("LARKSPUR HOMES, LLC", "MORTGAGE", None),
        ("HOLLOWAY FUNDING, LLC", "MORTGAGE", None),
        ("LARKSPUR HOMES, LLC", "PLEDGE AGREEMENT", None),
        ("HOLLOWAY FUNDING, LLC", "PLEDGE AGREEMENT", None),
    } <= party_to, party_to
    # "any similar document" names no document; the lender gives no guaranty
    assert not {t for _, t, _ in party_to} & {"SIMILAR DOCUMENT", "ANY SIMILAR DOCUMENT"}
    assert ("HOLLOWAY FUNDING, LLC", "COMMERCIAL GUARANTY", "Guarantor") not in party_to


def test_a_guaranty_of_another_companys_debt_does_not_secure_the_deal() -> None:
    text = (
        _OPENING + "SECTION 1.5. GUARANTIES. All indebtedness of Pellham (Europe) Ltd. to Bank "
        "shall be guaranteed by Borrower in the principal amount of $500,000.\n\n"
        '"Guarantor" means the Company.\n\n' + _CLOSING
    )
    x = extract_text(text)
    assert not _secures(x), _secures(x)
    # "the Company." is a term, never a company's name
    assert not any(str(e.props.get("name")).startswith("Company") for e in x.entities)


def test_the_collateral_a_credit_agreement_defines_secures_it() -> None:
    text = (
        _OPENING + '"Collateral" means all property of the Borrower that is or is intended '
        "under the terms of the Loan Documents to be subject to Liens in favor of the Bank.\n\n"
        '"Commitment" means the obligation of the Bank to make advances hereunder.\n\n' + _CLOSING
    )
    x = extract_text(text)
    assert ("COLLATERAL", "CREDIT AGREEMENT") in _secures(x), _secures(x)
    assert '"Collateral" means all property of the Borrower' in _evidence(x, "COLLATERAL")


def test_guarantors_of_different_legal_forms_are_different_companies() -> None:
    text = (
        "CREDIT AGREEMENT\n\n"
        "THIS CREDIT AGREEMENT is entered into as of May 2, 2017, by and between Alder Camp "
        'Services, Inc., a Texas corporation ("Borrower"), and IRONBRIDGE NATIONAL BANK '
        '("Bank").\n\n'
        '"Guarantors" means Alder Camp Services Ltd., an Alberta corporation, and Alder '
        "Rentals, LLC.\n\n" + _CLOSING
    )
    x = extract_text(text)
    names = {str(e.props.get("name")) for e in x.entities if e.label == "Party"}
    assert {"Alder Camp Services, Inc.", "Alder Camp Services Ltd."} <= names, names
    assert ("ALDER CAMP SERVICES LTD.", "CREDIT AGREEMENT") in _secures(x), _secures(x)
    # the borrower is not its Canadian sister's guaranty
    assert ("ALDER CAMP SERVICES, INC.", "CREDIT AGREEMENT") not in _secures(x)


def test_real_individual_guarantor_and_the_security_documents_he_and_the_borrower_give() -> None:
    x = _real("lexpredict-1544190-2014-06-26.txt")
    assert ("CHARLES R. RICH", "CREDIT AGREEMENT") in _secures(x), _secures(x)
    party_to = {
        (_label(x, r.source), _label(x, r.target)) for r in x.relations if r.type == "PARTY_TO"
    }
    assert {
        ("CHARLES R. RICH", "COMMERCIAL GUARANTY"),
        ("SOUTHEASTERN LAND DEVELOPERS, LLC", "MORTGAGE"),
        ("SHEPHERD\u2019S FINANCE, LLC", "MORTGAGE"),
    } <= party_to, party_to


def test_a_grant_names_its_collateral_by_the_term_it_defines_for_it() -> None:
    text = (
        _OPENING + "SECTION 1.6. COLLATERAL. As security for all indebtedness of Borrower to "
        "Bank under this Agreement, Borrower hereby grants to Bank security interests of first "
        "priority in Borrower's brokerage account number 4471902 maintained with Ridgeway "
        'Securities, LLC ("Pledged Account"), which shall at all times hold securities worth '
        "not less than the amount of the line of credit.\n\n" + _CLOSING
    )
    secures = _secures(extract_text(text))
    assert ("PLEDGED ACCOUNT", "CREDIT AGREEMENT") in secures, secures
    assert ("KESTREL VALLEY FOODS, INC.", "CREDIT AGREEMENT") in secures, secures
    # the account's words as written are not a second collateral
    assert not any(s.startswith("BORROWER'S BROKERAGE") for s, _ in secures), secures


def test_a_first_lien_granted_by_delivered_documents_secures_the_agreement_and_the_note() -> None:
    text = (
        _OPENING + '"Notes" shall mean the $4,000,000 Promissory Note, dated as of the date '
        "hereof, made by Borrower to the order of Bank.\n\n"
        '"Real Estate" shall mean the land and warehouse at 14 Tallow Road, Boise, Idaho '
        '(the "Warehouse Property").\n\n'
        "SECTION 3.1. CONDITIONS. Bank shall have received: (a) the Notes, duly executed by "
        "Borrower; (b) the Security Agreement and the Deed of Trust, duly executed and "
        "delivered on behalf of the Borrower, granting to the Bank a first lien on the assets "
        'listed in the Security Agreement (the "Collateral") and the Warehouse Property as '
        "security for the payment of the Borrower's obligations under this Agreement and the "
        "Notes.\n\n"
        "SECTION 5.2. LIENS. Borrower will not grant to any person other than Bank a first "
        "lien on any of its assets.\n\n" + _CLOSING
    )
    secures = _secures(extract_text(text))
    for source in ("KESTREL VALLEY FOODS, INC.", "COLLATERAL", "WAREHOUSE PROPERTY"):
        assert (source, "CREDIT AGREEMENT") in secures, secures
        assert (source, "PROMISSORY NOTE") in secures, secures
    assert not {s for s, _ in secures} & {"IRONBRIDGE NATIONAL BANK", "ANY OF ITS ASSETS"}


def test_a_security_interest_over_property_promised_in_a_list_of_security() -> None:
    text = (
        _OPENING + "7. Security. As security for the Borrower's obligations hereunder, the "
        "Borrower will deliver to the Bank: (a) a general security agreement under which the "
        "Borrower will grant to the Bank a first priority security interest over all of its "
        "present and after-acquired property; (b) a share pledge agreement under which the "
        "Borrower will grant to the Bank a first priority security interest over all of the "
        "shares held in: (i) Kestrel Farms Ltd.; and (ii) Kestrel Mills Ltd.\n\n" + _CLOSING
    )
    secures = _secures(extract_text(text))
    assert ("ALL OF ITS PRESENT AND AFTER-ACQUIRED PROPERTY", "CREDIT AGREEMENT") in secures
    assert ("KESTREL VALLEY FOODS, INC.", "CREDIT AGREEMENT") in secures, secures
    # a description cut off before the list it introduces names no collateral
    assert not any(s.endswith("HELD IN:") or s.endswith("HELD IN") for s, _ in secures), secures


def test_the_debt_of_a_co_borrower_guaranteed_by_the_other_secures_the_deal() -> None:
    text = (
        "CREDIT AGREEMENT\n\n"
        "THIS AGREEMENT is entered into as of May 2, 2017, by and between Kestrel Valley "
        'Foods, Inc., an Idaho corporation ("Borrower"), KESTREL FOODS (UK) LIMITED, a '
        'private limited company incorporated in England ("Kestrel(UK)"), and IRONBRIDGE '
        'NATIONAL BANK ("Bank").\n\n'
        "1.1 Subfeature. Bank hereby agrees to make advances to Kestrel(UK) of up to "
        "$1,000,000.\n\n"
        "1.4 GUARANTIES. All indebtedness of Kestrel(UK) to Bank shall be guaranteed by "
        "Borrower in the principal amount of $1,000,000, as evidenced by a guaranty in form "
        "and substance satisfactory to Bank.\n\n" + _CLOSING
    )
    secures = _secures(extract_text(text))
    assert ("KESTREL VALLEY FOODS, INC.", "CREDIT AGREEMENT") in secures, secures
    assert not {s for s, _ in secures} & {"IRONBRIDGE NATIONAL BANK", "KESTREL FOODS (UK) LIMITED"}


def test_real_mortgaged_property_custody_account_and_co_borrower_guaranty() -> None:
    secures = _secures(_real("lexpredict-2589-2001-10-04.txt"))
    for source in ("AERO SYSTEMS ENGINEERING, INC.", "COLLATERAL", "MORTGAGED PROPERTY"):
        assert (source, "CREDIT AGREEMENT") in secures, secures
        assert (source, "PROMISSORY NOTE") in secures, secures
    custody = _secures(_real("lexpredict-1379041-2008-05-27.txt"))
    assert ("CUSTODY ACCOUNT", "AMENDED AND RESTATED CREDIT AGREEMENT") in custody, custody
    smart = _secures(_real("lexpredict-1001840-1998-06-15.txt"))
    assert smart == {("SMART MODULAR TECHNOLOGIES, INC.", "CREDIT AGREEMENT")}, smart


def test_guarantors_of_the_note_a_credit_agreement_attaches_secure_the_note() -> None:
    text = (
        _OPENING
        + '"Guarantors" means Kestrel Farms Ltd. and Kestrel Mills Ltd.\n\n'
        + _CLOSING
        + "\n\nEXHIBIT A\n\nPROMISSORY NOTE\n\n$4,000,000 May 2, 2017\n\n"
        "FOR VALUE RECEIVED, Kestrel Valley Foods, Inc. promises to pay to the order of "
        "IRONBRIDGE NATIONAL BANK the principal sum of Four Million Dollars ($4,000,000), "
        "with interest at eight percent (8%) per annum.\n\n"
        "EXHIBIT B\n\nGUARANTY\n\n1. Guaranty. The Guarantors hereby irrevocably and "
        "unconditionally guarantee to Bank the full payment when due of: (i) the Note, "
        "including all principal and interest thereon; and (ii) all other sums payable under "
        "the Credit Agreement.\n\n"
        "2. No Guaranty of Others. Nothing herein is a guarantee of the Note Purchase "
        "Agreement obligations of any other person.\n"
    )
    secures = _secures(extract_text(text))
    for g in ("KESTREL FARMS LTD.", "KESTREL MILLS LTD."):
        assert (g, "PROMISSORY NOTE") in secures, secures
        assert (g, "CREDIT AGREEMENT") in secures, secures
    assert not {s for s, _ in secures} & {"IRONBRIDGE NATIONAL BANK"}


_AMENDMENT = (
    "FIRST AMENDMENT TO CREDIT AGREEMENT\n\n"
    'THIS FIRST AMENDMENT (this "Amendment") is made as of June 1, 2018 between Kestrel '
    'Valley Foods, Inc., an Idaho corporation ("Borrower"), and IRONBRIDGE NATIONAL BANK '
    '("Bank"), and amends the Credit Agreement dated as of May 2, 2017 between Borrower and '
    'Bank (the "Credit Agreement").\n\n'
)


def test_a_pledge_of_things_named_by_their_terms_secures_the_amended_agreement() -> None:
    text = (
        _AMENDMENT + "4.2 Pledge. Concurrently herewith, the Borrower will pledge to the Bank "
        '(i) all of the issued shares (the "Mill Shares") of Kestrel Mills Ltd. held by the '
        "Borrower and (ii) the Mill Subsidiary Note.\n\n"
        '4.3 Mill Subsidiary Note. Kestrel Mills Ltd. will issue a note (the "Mill Subsidiary '
        'Note") evidencing its loan from the Borrower.\n\n'
        "4.4 No Pledge to Others. The Borrower will not pledge to any other person (i) any "
        "of its assets or (ii) any receivables.\n\n" + _CLOSING
    )
    secures = _secures(extract_text(text))
    for source in ("MILL SHARES", "MILL SUBSIDIARY NOTE", "KESTREL VALLEY FOODS, INC."):
        assert (source, "CREDIT AGREEMENT") in secures, secures
    assert not {s for s, _ in secures} & {"IRONBRIDGE NATIONAL BANK", "ANY RECEIVABLES"}


def test_all_collateral_securing_the_indebtedness_under_the_agreement_secures_it() -> None:
    text = (
        _AMENDMENT + "5. Cross-Collateralization. The Borrower agrees that all Collateral from "
        "time to time securing the Indebtedness of the Borrower arising under the Credit "
        "Agreement shall secure all of it.\n\n"
        "6. Application. Proceeds of Collateral securing Equipment Obligations are applied "
        "first to the Equipment Obligations.\n\n" + _CLOSING
    )
    x = extract_text(text)
    assert ("COLLATERAL", "CREDIT AGREEMENT") in _secures(x), _secures(x)
    assert "all Collateral from time to time securing the Indebtedness" in _evidence(
        x, "COLLATERAL"
    )


def test_pledged_shares_a_grant_describes_go_by_the_term_the_document_defines() -> None:
    text = (
        _OPENING + '"Pledged Shares" means all shares of the Subsidiaries which are subject to '
        "the Share Pledge Agreement.\n\n"
        "7. Security. As security for the Borrower's obligations hereunder, the Borrower will "
        "deliver a share pledge agreement under which the Borrower will grant to the Bank a "
        "first priority security interest over all of the shares held in: (i) Kestrel Farms "
        "Ltd.; and (ii) Kestrel Mills Ltd.\n\n" + _CLOSING
    )
    secures = _secures(extract_text(text))
    assert ("PLEDGED SHARES", "CREDIT AGREEMENT") in secures, secures
    assert ("KESTREL VALLEY FOODS, INC.", "CREDIT AGREEMENT") in secures, secures
