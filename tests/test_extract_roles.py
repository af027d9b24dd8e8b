"""The role model: the capacities parties are given where they sign (and in the clauses
around), turned into financing edges by one table. Passages written for this test in the
general shape of each clause (invented parties), then real credit documents of the corpus."""

from __future__ import annotations

from ingest.extract import extract
from ingest.readers import read_file
from ingest.records import Extraction, Span
from ingest.roles import Signing
from tests.passages import edges, entity_names, extract_text
from tests.paths import CORPUS


def _block(name: str, capacity: str = "", signer: str = "Dana K. Whitlow") -> str:
    lines = [name + ("," if capacity else "")] + ([capacity] if capacity else [])
    return "\n".join(
        [*lines, "", f"By: /s/ {signer}", f"Name: {signer}", "Title: Director", "", ""]
    )


SYNDICATED = (
    "FIRST AMENDMENT TO CREDIT AGREEMENT\n\n"
    'FIRST AMENDMENT, dated as of March 3, 2015 (this "Amendment"), to the Credit Agreement '
    'dated as of June 1, 2012 (the "Credit Agreement"), among HARBOR MILLS, INC., a Delaware '
    'corporation (the "Borrower"), LARCH HOLDINGS, INC., a Delaware corporation ("Holdings"), '
    "the Lenders party hereto and GRANITE TRUST BANK, as "
    'administrative agent (in such capacity, the "Administrative Agent").\n\n'
    "1. Amendment. Section 6.01 of the Credit Agreement is hereby amended by replacing "
    '"$5,000,000" with "$7,500,000".\n\n'
    "2. Confirmation of Guaranty. After giving effect to this Amendment, (a) Holdings hereby "
    "acknowledges and agrees that the terms and conditions of its Guaranty Agreement shall "
    "remain in full force and effect.\n\n"
    "IN WITNESS WHEREOF, the parties hereto have caused this Amendment to be duly executed as "
    "of the date first above written.\n\n"
    + _block("HARBOR MILLS, INC.", signer="Owen P. Marsh")
    + _block("GRANITE TRUST BANK", "individually and as Administrative Agent")
    + _block("ALDER CREDIT FUND, L.P.", signer="Priya N. Castell")
    + _block("BLUE HERON BANK", "as a Lender", signer="Tomas R. Vell")
    + "The undersigned hereby acknowledge and consent to the foregoing Amendment and agree "
    "that the Guaranty Agreement executed by each of them shall remain in full force and "
    "effect.\n\n" + _block("CEDAR TOOLS, INC.", signer="Owen P. Marsh")
)


def test_lenders_named_only_where_they_sign_lend_to_the_borrower() -> None:
    x = extract_text(SYNDICATED)
    lends = edges(x, "LENDS_TO")
    borrower = "HARBOR MILLS, INC."
    # "individually and as Administrative Agent", "as a Lender", and a company of the class
    # "the Lenders party hereto" signing in no capacity of its own
    assert {
        ("GRANITE TRUST BANK", borrower),
        ("BLUE HERON BANK", borrower),
        ("ALDER CREDIT FUND, L.P.", borrower),
    } <= lends
    # who signs under an acknowledgment of the guaranty is a guarantor, not a lender
    assert not {s for s, _ in lends} & {"CEDAR TOOLS, INC.", "LARCH HOLDINGS, INC.", borrower}
    # each edge cites the signature block stating the lender's capacity
    n = entity_names(x)
    granite = next(
        r for r in x.relations if r.type == "LENDS_TO" and n[r.source] == "GRANITE TRUST BANK"
    )
    assert any("individually and as Administrative Agent" in sp.text for sp in granite.evidence)


def test_guarantors_of_an_acknowledgment_and_a_confirmed_guaranty_secure_the_deal() -> None:
    x = extract_text(SYNDICATED)
    secures = edges(x, "SECURES")
    assert ("CEDAR TOOLS, INC.", "Credit Agreement") in secures
    assert ("LARCH HOLDINGS, INC.", "Credit Agreement") in secures
    assert not {s for s, _ in secures} & {"GRANITE TRUST BANK", "BLUE HERON BANK"}


def test_an_agent_alone_or_a_company_under_another_caption_is_no_lender() -> None:
    text = (
        'CREDIT AGREEMENT dated as of May 2, 2019 among Quill Fabrics LLC (the "Borrower"), the '
        'several banks from time to time parties hereto (the "Lenders") and Ostrander Bank, '
        'N.A., as collateral agent (the "Collateral Agent").\n\n'
        "The Lenders severally agree to make Loans to the Borrower.\n\n"
        "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\n"
        + _block("QUILL FABRICS LLC", signer="Ines M. Carrow")
        + _block("OSTRANDER BANK, N.A.", "as Collateral Agent")
        + "GUARANTORS:\n\n"
        + _block("QUILL DYEWORKS, INC.", signer="Ines M. Carrow")
        + "LENDERS:\n\n"
        + _block("MERIDIAN LOAN TRUST", signer="Hal B. Stroud")
    )
    lends = edges(extract_text(text), "LENDS_TO")
    assert ("MERIDIAN LOAN TRUST", "Quill Fabrics LLC") in lends
    assert not {s for s, _ in lends} & {"OSTRANDER BANK, N.A.", "QUILL DYEWORKS, INC."}


def test_the_capacities_a_signature_block_states() -> None:
    def roles(capacity: str) -> list[str]:
        return Signing("party:x", capacity, Span(0, 1, "x"), "", "").roles

    assert roles("individually and as Administrative Agent and Swingline Lender") == [
        "Lender",
        "Administrative Agent",
        "Swingline Lender",
    ]
    assert roles("as Borrower and Guarantor") == ["Borrower", "Guarantor"]
    assert not Signing("party:x", "as Agent", Span(0, 1, "x"), "", "").lends
    assert Signing("party:x", "as Agent and as a Bank", Span(0, 1, "x"), "", "").lends


def test_a_tranche_list_issues_each_defined_instrument_to_its_buyers() -> None:
    text = (
        "CONSENT AND AGREEMENT\n\n"
        'This Consent and Agreement (this "Agreement") is entered into as of May 1, 2019 by and '
        'among Voltaic Health, Inc., a Delaware corporation (the "Company"), and Fernhill Growth '
        'Fund, L.P., a Delaware limited partnership (the "Investor").\n\n'
        "WHEREAS, the Company and the Investor are parties to a Note Purchase Agreement dated as "
        'of March 1, 2016 (the "Purchase Agreement"); and\n\n'
        "WHEREAS, as contemplated by the Purchase Agreement, the Company issued and sold (a) "
        '$4,000,000 initial principal amount of Notes (the "2016 Notes") and Warrants to purchase '
        '500,000 shares of Common Stock (the "2016 Warrants") to the Investor on March 1, 2016, '
        'and (b) $1,000,000 initial principal amount of additional Notes (the "2017 Notes") to '
        "the Investor on June 9, 2017; and\n\n"
        "NOW, THEREFORE, the parties agree as follows."
    )
    x = extract_text(text)
    company, investor = "Voltaic Health, Inc.", "Fernhill Growth Fund, L.P."
    tranches = {"2016 Notes", "2016 Warrants", "2017 Notes"}
    assert {(company, t) for t in tranches} <= edges(x, "ISSUES")
    assert {(investor, t) for t in tranches} <= edges(x, "HOLDS")
    assert {(t, "Note Purchase Agreement") for t in tranches} <= edges(x, "ISSUED_UNDER")
    assert (investor, company) in edges(x, "LENDS_TO")
    # the principal amount written before each class's noun is that class's amount
    amounts = {str(e.props.get("title")): e.props.get("amount") for e in x.entities}
    assert amounts["2016 Notes"] == 4_000_000 and amounts["2017 Notes"] == 1_000_000


def test_the_loan_note_of_a_credit_agreement_is_issued_by_the_borrower_to_the_lender() -> None:
    text = (
        "LOAN AGREEMENT dated as of July 7, 2020 between Saltmarsh Foods Corp., a Maine "
        'corporation (the "Borrower"), and Pemberton Savings Bank, a Maine savings bank (the '
        '"Lender").\n\n'
        "2.1 Revolving Loans. The Lender agrees to make revolving loans to the Borrower. The "
        "Revolving Loans shall be evidenced by a promissory note of the Borrower payable to the "
        'order of the Lender (the "Revolving Credit Note").\n\n'
        '2.2 The Borrower shall repay that certain Promissory Note dated May 1, 2011 (the "Prior '
        'Term Note") on the Closing Date.\n'
    )
    x = extract_text(text)
    assert ("Saltmarsh Foods Corp.", "Revolving Credit Note") in edges(x, "ISSUES")
    assert ("Pemberton Savings Bank", "Revolving Credit Note") in edges(x, "HOLDS")
    assert ("Revolving Credit Note", "LOAN AGREEMENT") in {
        (s, t.upper()) for s, t in edges(x, "ISSUED_UNDER")
    }
    # a note dated before the agreement was not issued under it
    assert not any(s == "Promissory Note" for s, _ in edges(x, "ISSUED_UNDER"))
    assert ("Saltmarsh Foods Corp.", "Promissory Note") not in edges(x, "ISSUES")


def _real(name: str) -> Extraction:
    """The document as ingestion reads it (the reader's cleaning included)."""
    (source,) = read_file(CORPUS / "credit-dev" / name, max_bytes=10_000_000).documents
    return extract(source)


def test_a_real_amendment_signed_by_lenders_in_no_capacity_and_acknowledging_guarantors() -> None:
    # the lenders of the Credit Agreement sign the amendment's pages with no capacity under
    # their names; the subsidiaries below "The undersigned hereby acknowledge and consent ...
    # the Guaranty Agreement ... shall remain in full force" are its guarantors
    x = _real("lexpredict-832101-1995-03-20.txt")
    lends = {(s.upper(), t.upper()) for s, t in edges(x, "LENDS_TO")}
    # the six banks sign beside their share of the commitments, each over its own "By:" line
    # ("UNION BANK" a company's name, no caption of the blocks below)
    banks = (
        "BANK OF SCOTLAND",
        "NATIONAL CITY BANK",
        "UNION BANK",
        "PNC BANK, NATIONAL ASSOCIATION",
    )
    assert {(b, "IDEX CORPORATION") for b in banks} <= lends
    assert ("UNITED STATES NATIONAL BANK OF OREGON", "IDEX CORPORATION") in lends
    secures = {s.upper() for s, t in edges(x, "SECURES") if "Credit Agreement" in t}
    assert {"BAND-IT-IDEX, INC.", "VIKING PUMP, INC.", "HALE PRODUCTS, INC."} <= secures
    assert not {s for s, _ in lends} & secures


def test_a_real_amendment_whose_lenders_sign_as_a_class() -> None:
    x = _real("lexpredict-1054040-2004-02-13.txt")
    lends = {(s.upper(), t.upper()) for s, t in edges(x, "LENDS_TO")}
    borrower = "EAGLE FAMILY FOODS, INC."
    assert {("BANK OF HAWAII", borrower), ("JPMORGAN CHASE BANK", borrower)} <= lends
    # Holdings, named in the preamble in a role of its own, signs but does not lend
    assert not any(s.startswith("EAGLE FAMILY FOODS HOLDINGS") for s, _ in lends)


def test_co_agents_named_in_the_preamble_and_guarantors_consenting_below() -> None:
    text = (
        "AMENDMENT NO. 2 TO CREDIT AGREEMENT\n\n"
        'AMENDMENT NO. 2 (this "Amendment") dated as of April 4, 2001, to the Credit Agreement '
        'dated as of May 5, 1999 (the "Credit Agreement"), by and among PELLWORTH SYSTEMS, INC., a '
        'Delaware corporation (the "Company"), the BANKS (as such term is defined in the Credit '
        "Agreement), and ROWAN STATE BANK and TALLIS BANK, N.A., as Co-Agents (collectively, the "
        '"Co-Agents").\n\n'
        "SECTION 1. Amendment. Section 7.2 of the Credit Agreement is hereby deleted.\n\n"
        "SECTION 2. Consent of Guarantors. Each Guarantor, by signing below, hereby consents to "
        "the terms of this Amendment and confirms that its Guaranty shall continue in full force "
        "and effect.\n\n"
        "IN WITNESS WHEREOF, the parties hereto have executed this Amendment.\n\n"
        + _block("PELLWORTH SYSTEMS, INC.", signer="Mara J. Quint")
        + _block("ROWAN STATE BANK", signer="Felix D. Orme")
        + _block("TALLIS BANK, N.A.", signer="Gwen A. Pyle")
        + _block("ORCHARD LOAN FUND LLC", signer="Ravi S. Kettle")
        + "The foregoing Amendment is\nconsented to and accepted:\n\n"
        + _block("PELLWORTH REALTY, INC.", signer="Mara J. Quint")
    )
    x = extract_text(text)
    lends = edges(x, "LENDS_TO")
    company = "PELLWORTH SYSTEMS, INC."
    assert {
        ("ROWAN STATE BANK", company),
        ("TALLIS BANK, N.A.", company),
        ("ORCHARD LOAN FUND LLC", company),
    } <= lends
    assert ("PELLWORTH REALTY, INC.", "Credit Agreement") in edges(x, "SECURES")
    assert not any(s == "PELLWORTH REALTY, INC." for s, _ in lends)


def test_a_waiver_by_the_required_lenders_is_given_by_each_lender_that_signs() -> None:
    text = SYNDICATED.replace(
        "2. Confirmation of Guaranty.",
        "1A. Consent and Waiver. The Required Lenders hereby (a) consent to the sale of the "
        "Dairy Division and (b) waive compliance by the Borrower with Section 6.05 of the Credit "
        "Agreement to the extent necessary to consummate that sale.\n\n"
        "2. Confirmation of Guaranty.",
    )
    waives = edges(extract_text(text), "WAIVES")
    lenders = {"GRANITE TRUST BANK", "BLUE HERON BANK", "ALDER CREDIT FUND, L.P."}
    assert {(lender, "Credit Agreement") for lender in lenders} <= waives
    assert not any(s in ("CEDAR TOOLS, INC.", "HARBOR MILLS, INC.") for s, _ in waives)


def test_notes_the_lenders_receive_from_one_of_two_borrowers() -> None:
    text = (
        "CREDIT AGREEMENT\n\n"
        'CREDIT AGREEMENT dated as of March 1, 1995 (this "Agreement") among TORVIK TOOLING INC., '
        'a Delaware corporation (the "Borrower" and the "Company"), TORVIK WERKZEUG GMBH, a '
        'German corporation (the "German Borrower"), the lenders party hereto (the "Lenders") '
        'and HALDEN BANK, as agent (the "Agent").\n\n'
        "4.1 Conditions. (b) The Lenders shall have received from the Company promissory notes "
        '(the "Dollar Notes"), each duly executed and delivered by the Company.\n'
    )
    x = extract_text(text)
    issues = edges(x, "ISSUES")
    assert ("TORVIK TOOLING INC.", "Dollar Notes") in issues
    assert ("TORVIK WERKZEUG GMBH", "Dollar Notes") not in issues
    assert {t for s, t in edges(x, "ISSUED_UNDER") if s == "Dollar Notes"} == {"Credit Agreement"}


WRAPPED_TESTIMONIUM = (
    "SECOND AMENDMENT TO CREDIT AGREEMENT\n\n"
    'THIS SECOND AMENDMENT (this "Amendment") is entered into as of May 9, 2011, by and among '
    'the lenders identified on the signature pages hereof (the "Lenders"), NORTHGATE '
    'CAPITAL, LLC, as agent for the Lenders ("Agent"), the Guarantors signatory hereto, and '
    'TALLOW RIDGE ENERGY, INC., a Nevada corporation ("Borrower").\n\n'
    "1. The Borrower and the Lenders are parties to the Credit Agreement dated as of "
    'January 4, 2010 (the "Credit Agreement"). Section 7.2 of the Credit Agreement is hereby '
    "amended by deleting the figure $2,000,000.\n\n"
    "2. Borrower and each Guarantor hereby ratifies its obligations under the Loan Documents.\n\n"
    "IN WITNESS WHEREOF, each of\nthe undersigned has executed this Agreement as of the date "
    "set forth above.\n\n"
    + _block("TALLOW RIDGE ENERGY, INC.", "as Borrower", signer="Owen P. Marsh")
    + _block("TALLOW RIDGE PIPELINE LLC", "as a Guarantor", signer="Owen P. Marsh")
    + _block("NORTHGATE CAPITAL, LLC", "as Agent and as a Lender", signer="Priya N. Castell")
    + _block("SILVERLAKE PARTNERS FUND II, L.P.", "as a Lender", signer="Tomas R. Vell")
    + "By: Silverlake GP, LLC,\nits general partner\n\n"
)


def test_a_testimonium_wrapped_onto_the_undersigned_is_no_acknowledgment() -> None:
    """ "IN WITNESS WHEREOF, each of / the undersigned has executed this Agreement": the
    parties' own execution, not a consent block whose signers would be guarantors; the one
    signing "as a Guarantor" secures the credit agreement, nobody else does."""
    x = extract_text(WRAPPED_TESTIMONIUM)
    secures = edges(x, "SECURES")
    assert ("TALLOW RIDGE PIPELINE LLC", "Credit Agreement") in {(a.upper(), b) for a, b in secures}
    guarantors = {a.upper() for a, _ in secures}
    assert guarantors == {"TALLOW RIDGE PIPELINE LLC"}, secures


STANDALONE_GUARANTY = (
    "GUARANTEE\n\n"
    'THIS GUARANTEE, dated as of August 2, 2016 (this "Guarantee"), is made by OSPREY '
    'INDUSTRIES CORP., a Delaware corporation (the "Guarantor"), in favor of LAKESHORE '
    'NATIONAL BANK (the "Lender").\n\n'
    "Reference is made to the Revolving Loan Agreement dated as of August 2, 2016, under "
    "which loans are made to OSPREY TOOLING (CANADA) LTD. The Guarantor will receive direct "
    "benefits from the loans made under the Revolving Loan Agreement.\n\n"
    "1. Guarantee. The Guarantor hereby unconditionally guarantees to the Lender the punctual "
    "payment when due of all amounts owing by OSPREY TOOLING (CANADA) LTD. to the Lender.\n\n"
    "IN WITNESS WHEREOF, the Guarantor has caused this Guarantee to be executed as of the date "
    "first above written.\n\n" + _block("OSPREY INDUSTRIES CORP.", signer="Owen P. Marsh")
)


def test_a_guaranty_secures_the_one_loan_agreement_it_names_without_a_defined_term() -> None:
    """ "the Revolving Loan Agreement dated as of ...", never given a defined term: the one
    credit or loan agreement a guaranty names is the one whose obligations it secures."""
    x = extract_text(STANDALONE_GUARANTY)
    secures = {(a.upper(), b) for a, b in edges(x, "SECURES")}
    assert ("OSPREY INDUSTRIES CORP.", "Revolving Loan Agreement") in secures, secures


def _columned(caption: str, name: str, form: str) -> str:
    """A block whose caption stands in the left column of its name's line."""
    return (
        f"{caption:<28}{name},\n{'':28}{form}\n\n{'':28}By: /s/ Dana K. Whitlow\n"
        f"{'':28}Name: Dana K. Whitlow\n{'':28}Title: Treasurer\n\n"
    )


CAPTIONED_GUARANTORS = (
    "CREDIT AGREEMENT\n\n"
    'CREDIT AGREEMENT dated as of October 14, 2009 (this "Agreement") among MARLOWE FOODS, '
    'INC., a Delaware corporation (the "Borrower"), MARLOWE DAIRY, INC., a Delaware '
    "corporation, and MARLOWE FARMS, INC., an Ohio corporation, the Lenders party hereto and "
    'PINEHURST BANK, N.A., as agent for the Lenders (the "Agent").\n\n'
    "1. The Loans. Each Lender agrees to make loans to the Borrower.\n\n"
    "IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed as "
    "of the date first above written.\n\n"
    + _columned("BORROWER:", "MARLOWE FOODS, INC.", "a Delaware corporation")
    + _columned("GUARANTORS:", "MARLOWE DAIRY, INC.", "a Delaware corporation")
    + _columned("", "MARLOWE FARMS, INC.", "an Ohio corporation")
    + _columned("LENDERS:", "PINEHURST BANK, N.A.", "individually and as Agent")
)


def test_companies_under_a_guarantors_caption_in_the_left_column_secure_the_agreement() -> None:
    """ "GUARANTORS:" written in the left column of the first guarantor's name: it and the
    blocks below it, up to "LENDERS:", sign as guarantors of the credit agreement; the
    borrower above and the lender below do not."""
    x = extract_text(CAPTIONED_GUARANTORS)
    guarantors = {a.upper() for a, _ in edges(x, "SECURES")}
    assert guarantors == {"MARLOWE DAIRY, INC.", "MARLOWE FARMS, INC."}, guarantors


UNSIGNED_GUARANTORS = (
    "CREDIT AGREEMENT\n\n"
    'CREDIT AGREEMENT dated as of April 2, 1998 (this "Agreement") among QUILLON STAFFING, '
    'INC., a Georgia corporation (the "Borrower"), the Subsidiaries of the Borrower, as '
    'Guarantors, the Lenders party hereto and FIRST CAROLINA BANK, as Agent (the "Agent").\n\n'
    "1. The Loans. Each Lender agrees to make loans to the Borrower.\n\n"
    "IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed as "
    "of the date first above written.\n\n"
    "BORROWER:                 QUILLON STAFFING, INC.,\n"
    "                          a Georgia corporation\n\nBy:\nName:\nTitle:\n\n"
    "GUARANTORS:               QUILLON HOLDINGS, INC.,\n"
    "                          a Delaware corporation\n\nBy:\nName:\nTitle:\n\n\n"
    "QUILLON PAYROLL II, L.P., a Delaware\nlimited partnership\n\n"
    "By its sole general partner:\n\nQuillon Holdings, Inc., a Delaware\ncorporation\n\n"
    "By:\nName:\nTitle:\n\n\n"
    "QUILLON PAYROLL OF TENNESSEE, L.P.,\na Delaware limited partnership\n\nBy:\nName:\nTitle:\n\n"
    "LENDERS:                  FIRST CAROLINA BANK,\n"
    "                          individually and as Agent\n\nBy:\nName:\nTitle:\n"
)


def test_unsigned_blocks_under_a_guarantors_caption_secure_the_agreement() -> None:
    """Subsidiary guarantors named only by their (unsigned) blocks under "GUARANTORS:": each
    secures the credit agreement, once; the general partner signing for one of them, the
    borrower above the caption and the lender below the next are no guarantors."""
    x = extract_text(UNSIGNED_GUARANTORS)
    secures = {a.upper() for a, b in edges(x, "SECURES") if b == "Credit Agreement"}
    named = {
        "QUILLON HOLDINGS, INC.",
        "QUILLON PAYROLL II, L.P.",
        "QUILLON PAYROLL OF TENNESSEE, L.P.",
    }
    assert named <= secures, secures
    assert not secures & {"QUILLON STAFFING, INC.", "FIRST CAROLINA BANK"}, secures
    holdings = [
        e for e in x.entities if str(e.props.get("name")).upper() == "QUILLON HOLDINGS, INC."
    ]
    assert len(holdings) == 1


# An amendment signed "EXECUTED to be effective as of ..." (a Texas form) whose body defines the
# guarantors as the subsidiaries its signature pages list; they sign below the borrowers'
# caption, several companies to one officer ("each by"), each its own block.
LISTED_GUARANTORS = (
    "AMENDMENT NO. 2\n\n"
    'This Amendment No. 2 dated as of May 4, 2016 (this "Amendment") is among Pecan Ridge '
    'Energy, Inc., a Texas corporation (the "Borrower"), each of the Guarantors, the lenders '
    'party to the Credit Agreement described below (the "Lenders") and Lamar Trust Bank, N.A., '
    'as administrative agent (the "Agent").\n\n'
    "A. The Borrower, the Lenders and the Agent are parties to the Credit Agreement dated as of "
    'June 1, 2013 (the "Credit Agreement").\n\n'
    "Section 1. Amendment. Section 6.02 of the Credit Agreement is amended by replacing "
    '"$2,000,000" with "$3,000,000".\n\n'
    "Section 2. Reaffirmation of Guaranty and Liens. (a) Each Subsidiary of the Borrower that "
    'is listed on the signature pages to this Amendment (each, a "Guarantor") is party to a '
    "Guaranty Agreement guaranteeing payment of the Obligations and agrees that it continues in "
    "full force and effect. (b) The Borrower and each Guarantor acknowledge that the liens "
    "created by the Security Documents create a first priority perfected security interest in "
    "the Collateral to secure the Obligations.\n\n"
    "EXECUTED to be effective as of the date first above written.\n\n"
    "BORROWER:\n\n\nPECAN RIDGE ENERGY, INC.\n\nby\nName:  Carla M. Ostrow\nTitle: President\n\n\n"
    "PECAN RIDGE PIPELINE, LLC\nPECAN RIDGE MIDSTREAM, L.P.\n"
    "By:     Pecan Ridge Pipeline, LLC\nits general partner\n"
    "BRAZOS FIELD SERVICES, INC.\n\neach by\n\nName:  Carla M. Ostrow\nTitle: President\n\n\n"
    "Signature Page to Amendment No. 2\n(Pecan Ridge Energy, Inc.)\n\n\n"
    "LAMAR TRUST BANK, N.A., as a U.S.\nLender and Administrative Agent\n\n\n"
    "by\nName:  Dale R. Pruett\nTitle: Senior Vice President\n\n\n"
    "Signature Page to Amendment No. 2\n(Pecan Ridge Energy, Inc.)\n"
)


def test_guarantors_listed_on_the_signature_pages_secure_the_credit_agreement() -> None:
    x = extract_text(LISTED_GUARANTORS)
    guarantors = {
        "PECAN RIDGE PIPELINE, LLC",
        "PECAN RIDGE MIDSTREAM, L.P.",
        "BRAZOS FIELD SERVICES, INC.",
    }
    secures = _upper(x, "SECURES")
    assert {(g, "CREDIT AGREEMENT") for g in guarantors} <= secures, secures
    # the caption "BORROWER:" heads the borrower's block only: the guarantors under it borrow
    # nothing, and the lender lends to the borrower alone
    roles = {
        _label(x, r.source): r.props.get("role")
        for r in x.relations
        if r.type == "PARTY_TO" and r.target == "agreement:self"
    }
    assert all(roles[g] == "Guarantor" for g in guarantors), roles
    assert _upper(x, "LENDS_TO") == {("LAMAR TRUST BANK, N.A.", "PECAN RIDGE ENERGY, INC.")}
    # the lender's capacity runs over two lines; a footer's parenthesised name is no block
    assert "Lender" in str(roles["LAMAR TRUST BANK, N.A."])
    assert ("THE COLLATERAL", "CREDIT AGREEMENT") in secures
    # a guarantor named only where it signs is party to its guaranty, not to the credit agreement
    assert not {(g, "CREDIT AGREEMENT") for g in guarantors} & _upper(x, "PARTY_TO")
    # the evidence of each guarantor's SECURES is its signature block
    brazos = next(
        r
        for r in x.relations
        if r.type == "SECURES" and _label(x, r.source) == "BRAZOS FIELD SERVICES, INC."
    )
    assert any("BRAZOS FIELD SERVICES" in sp.text for sp in brazos.evidence)


def _label(x: Extraction, ref: str) -> str:
    """An entity's name, title or description, in capitals (signature pages shout)."""
    e = next(e for e in x.entities if e.ref == ref)
    return str(e.props.get("name") or e.props.get("title") or e.props.get("description")).upper()


def _upper(x: Extraction, type_: str) -> set[tuple[str, str]]:
    return {(_label(x, r.source), _label(x, r.target)) for r in x.relations if r.type == type_}


def test_grants_of_security_make_the_grantor_and_the_collateral_secure_the_deal() -> None:
    text = (
        'CREDIT AGREEMENT dated as of April 2, 2018 between Marlow Optics, Inc. (the "Borrower") '
        'and Bellweather Bank (the "Bank").\n\n'
        "1.1 Line of Credit. The Bank agrees to make advances to the Borrower.\n\n"
        "1.2 Collateral. As security for all indebtedness of Borrower to Bank hereunder, Borrower "
        "hereby grants to Bank security\ninterests of first priority in all of Borrower's "
        "equipment and inventory, whether now owned or hereafter acquired.\n\n"
        "ARTICLE 9. GUARANTY. 9.1 The Parent hereby absolutely and unconditionally guarantees the "
        "prompt payment of the Obligations.\n\n"
        'For purposes of Article 9, "Parent" means Marlow Holdings Corp.\n\n'
        "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\n"
    )
    secures = _upper(extract_text(text), "SECURES")
    assert ("MARLOW OPTICS, INC.", "CREDIT AGREEMENT") in secures, secures
    assert ("ALL OF BORROWER'S EQUIPMENT AND INVENTORY", "CREDIT AGREEMENT") in secures
    # the bank granted nothing
    assert not {s for s, _ in secures} & {"BELLWEATHER BANK"}


def test_a_pledge_securing_a_guaranty_defines_the_secured_obligations() -> None:
    """A subsidiary's pledge and security agreement: the grantors have guaranteed the issuer's
    notes "pursuant to certain Guarantees" (a term, no title); the pledge secures each
    grantor's Guarantee (the "Secured Obligations"), and the general grant that follows
    secures the same Secured Obligations. The grantors stand behind the purchase agreement."""
    text = (
        "PLEDGE AND SECURITY AGREEMENT dated as of March 2, 2021 among Tamsin Labs Ltd., an "
        'Ontario corporation (the "Grantor"), and Harcourt Trust Company, as collateral agent '
        '(the "Collateral Agent"). Reference is made to the note purchase agreement dated as of '
        'March 2, 2021 (the "Note Purchase Agreement") among Tamsin Group, Inc. ("Issuer"), the '
        "Purchasers and the Collateral Agent.\n\n"
        "WHEREAS, the Grantor has guaranteed the obligations of the Issuer under the Note "
        "Purchase Agreement pursuant to certain Guarantees, each dated as of March 2, 2021 (a "
        '"Guarantee").\n\n'
        "SECTION 2.01. Pledge. As security for the performance by the Grantor of its agreements "
        'under the Guarantee to which it is a party (the "Secured Obligations"), the Grantor '
        "hereby pledges to the Collateral Agent a security interest in all of its right, title "
        'and interest in the shares listed on Schedule I (the "Pledged Collateral").\n\n'
        "SECTION 3.01. Security Interest. As security for the payment in full of the Secured "
        "Obligations, the Grantor hereby grants to the Collateral Agent a security interest "
        '(the "Security Interest") in all of its personal property (collectively, the '
        '"Collateral").\n\n'
        "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\n"
    )
    secures = _upper(extract_text(text), "SECURES")
    assert {("PLEDGED COLLATERAL", "GUARANTEE"), ("COLLATERAL", "GUARANTEE")} <= secures, secures
    assert ("TAMSIN LABS LTD.", "NOTE PURCHASE AGREEMENT") in secures
    assert not {s for s, _ in secures} & {"HARCOURT TRUST COMPANY", "TAMSIN GROUP, INC."}


def test_securities_defined_where_an_agreement_issues_them() -> None:
    text = (
        "SECURITY AGREEMENT dated as of June 1, 2022 among Orrin Robotics Ltd. (the "
        '"Grantor") and Pellham Trust, as collateral agent (the "Agent"). Reference is made to '
        'the securities purchase agreement dated as of June 1, 2022 (the "Purchase Agreement") '
        'among Orrin Holdings, Inc. ("Issuer"), the Purchasers and the Agent, pursuant to which '
        'Issuer has issued to Purchasers senior secured notes ("Notes").\n\n'
        "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\n"
    )
    x = extract_text(text)
    assert ("ORRIN HOLDINGS, INC.", "SENIOR SECURED NOTES") in _upper(x, "ISSUES")
    assert ("SENIOR SECURED NOTES", "PURCHASE AGREEMENT") in {
        (a, b.replace("SECURITIES ", "")) for a, b in _upper(x, "ISSUED_UNDER")
    }


def test_guarantors_affirming_their_guaranties_by_name_secure_the_deal() -> None:
    text = (
        "FIRST AMENDMENT TO CREDIT AGREEMENT dated as of May 9, 2019 among Halvard Gas Corp. "
        '(the "Company"), Halvard Gas Supply Co. ("HGS"), Halvard Cylinders Co. ("HCC") and '
        'Norrland Bank (the "Lender"), amending the Credit Agreement dated as of May 1, 2016 '
        'among the Company and the Lender (the "Credit Agreement").\n\n'
        "6. Guarantor Affirmation. HGS and HCC each affirms to the Lender that its Guaranty "
        "remains in full force and effect.\n\n"
        "IN WITNESS WHEREOF, the parties have executed this Amendment.\n\n"
    )
    secures = _upper(extract_text(text), "SECURES")
    assert {
        ("HALVARD GAS SUPPLY CO.", "CREDIT AGREEMENT"),
        ("HALVARD CYLINDERS CO.", "CREDIT AGREEMENT"),
    } <= secures, secures
    assert not {s for s, _ in secures} & {"HALVARD GAS CORP.", "NORRLAND BANK"}
