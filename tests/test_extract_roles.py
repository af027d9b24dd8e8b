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
