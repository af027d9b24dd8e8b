"""Extractors on short passages written in the shape of legal drafting (not the samples)."""

from __future__ import annotations

import pytest

from ingest.amounts import find_amounts, parse_amount, parse_per_share, parse_percent
from ingest.context import DocContext
from ingest.dates import parse_date
from ingest.defined_terms import find_definitions
from ingest.extract import extract
from ingest.names import is_org_name, looks_like_person, name_runs
from ingest.nlp import sentences
from ingest.records import Extraction, SourceDocument
from ingest.structure.analysis import analyze
from tests.passages import edges, extract_text


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("dated as of March 3, 2011", "2011-03-03"),
        ("Sept. 9, 1999", "1999-09-09"),
        ("this 2nd day of June, 2015", "2015-06-02"),
        ("the 21st day of\nOctober, 2019", "2019-10-21"),
        ("on 07/04/2020", "2020-07-04"),
        ("June\n30, 2001", "2001-06-30"),
        ("February 30, 2001", None),
    ],
)
def test_dates(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


def test_amounts() -> None:
    assert parse_amount("a principal sum of $1,250,000.50") == 1250000.5
    assert parse_amount("U.S. $40,000,000 Revolving Credit Facility") == 40_000_000
    assert parse_amount("Twelve Million Dollars") == 12_000_000
    assert parse_amount("Two Hundred Fifty Thousand Dollars ($250,000)") == 250_000
    assert parse_percent("at the rate of nine and one-half percent (9.5%)") == 9.5
    assert parse_percent("Eight Percent per annum") == 8
    assert parse_per_share("at $4.10 per share of Common Stock") == 4.10
    [a] = find_amounts("payable in the amount of $3.5 million")
    assert a.plain == 3_500_000 and a.currency == "USD"


def test_names() -> None:
    text = (
        "among Hartwell Grain Co., a Kansas corporation, First Prairie Bank, N.A. and "
        "Blue Heron Partners, L.P."
    )
    found = [r.text for r in name_runs(text) if r.is_org]
    assert found == ["Hartwell Grain Co.", "First Prairie Bank, N.A.", "Blue Heron Partners, L.P."]
    assert is_org_name("Lakeside Credit Fund II LLC")
    assert looks_like_person("Maria T. Okafor") and not looks_like_person("Vice President")
    # a schedule's heading after the signature pages is no one signing alone
    assert not looks_like_person("Existing Indebtedness")
    assert not looks_like_person("Permitted Liens")
    assert looks_like_person("Dale Ness") and looks_like_person("Anne Jennings")


def test_sentences_do_not_split_after_abbreviations() -> None:
    text = (
        "Payment is due under Section 6.03(a) to Keystone Trust Co. and U.S. Bank, N.A. "
        "on demand. The Maker waives presentment.\n\nARTICLE II\nMore text."
    )
    sents = [text[s:e] for s, e in sentences(text)]
    assert sents[0].endswith("on demand.")
    assert sents[1] == "The Maker waives presentment."
    assert sents[2].startswith("ARTICLE II")


def test_defined_terms() -> None:
    text = (
        "Orchard Foods, Inc., an Ohio corporation (the “Company”), and the purchasers listed "
        'on Exhibit A (each, a "Purchaser" and, collectively, the "Purchasers"). '
        '"Maturity Date" means June 1, 2030.'
    )
    defs = {d.term: d for d in find_definitions(text)}
    assert set(defs) == {"Company", "Purchaser", "Purchasers", "Maturity Date"}
    assert defs["Purchasers"].collective and not defs["Company"].collective
    assert text[defs["Company"].antecedent_start :].startswith("Orchard Foods")
    assert defs["Maturity Date"].style == "means"


def test_the_stop_of_initials_inside_a_name_does_not_end_a_terms_antecedent() -> None:
    text = (
        "The notes are guaranteed. 5521904 B.C. Unlimited Liability Company, a British "
        'Columbia company ("Holdco"), and the escrow is held by U.S. Bank National '
        'Association (the "Escrow Agent"). Payment is made to Farrow Mills Inc. (the "Payee").'
    )
    defs = {d.term: d for d in find_definitions(text)}
    holdco = text[defs["Holdco"].antecedent_start : defs["Holdco"].clause_start]
    assert holdco.startswith("5521904 B.C. Unlimited Liability Company")
    escrow = text[defs["Escrow Agent"].antecedent_start : defs["Escrow Agent"].clause_start]
    assert escrow.startswith(", and the escrow is held by U.S. Bank")
    # an ordinary sentence stop still ends the antecedent ("Inc." is no run of initials)
    payee = text[defs["Payee"].antecedent_start : defs["Payee"].clause_start]
    assert payee.startswith("Payment is made to Farrow Mills Inc.")


LOAN = """EXHIBIT 10.7

                     THIRD AMENDMENT TO LOAN AND SECURITY AGREEMENT

     THIS THIRD AMENDMENT TO LOAN AND SECURITY AGREEMENT (this "Amendment") is entered
into as of the 2nd day of March, 2018, by and between PINECREST MEDICAL DEVICES, LLC, a
Delaware limited liability company ("Borrower"), and HIGHLAND COMMERCE BANK, a Texas state
bank (together with its successors, "Lender").

                                   RECITALS

     WHEREAS, Borrower and Lender are parties to that certain Loan and Security Agreement
dated as of May 5, 2015 (the "Loan Agreement").

     NOW, THEREFORE, the parties agree as follows:

     1. This Amendment shall be governed by the laws of the State of Texas.

     IN WITNESS WHEREOF, the parties have executed this Amendment as of the date first
written above.

BORROWER:                                  LENDER:

PINECREST MEDICAL DEVICES, LLC             HIGHLAND COMMERCE BANK

By: /s/ Dana R. Whitfield                  By: /s/ Marcus Lee
Name: Dana R. Whitfield                    Name: Marcus Lee
Title: Chief Executive Officer             Title: Senior Vice President
"""


def _ctx_extract(text: str) -> Extraction:
    return extract(SourceDocument(text=text, path="t.txt"))


def _own_roles(x: Extraction) -> dict[str, object]:
    """Each party's PARTY_TO role in the document's own agreement, by ref."""
    return {
        r.source: r.props.get("role")
        for r in x.relations
        if r.type == "PARTY_TO" and r.target == "agreement:self"
    }


def test_structure_regions() -> None:
    st = analyze(LOAN)
    assert st.preamble and LOAN[st.preamble.start :].startswith("THIS THIRD AMENDMENT")
    assert st.recitals and "WHEREAS" in LOAN[st.recitals.start : st.recitals.end]
    assert st.signatures and LOAN[st.signatures.start :].startswith("IN WITNESS")


def test_own_agreement_parties_and_two_column_signatures() -> None:
    x = _ctx_extract(LOAN)
    ents = {e.ref: e for e in x.entities}
    own = ents["agreement:self"]
    assert own.props["title"] == "Third Amendment to Loan and Security Agreement"
    assert own.props["kind"] == "amendment" and own.props["amendment_number"] == 3
    assert own.props["date"] == "2018-03-02" and own.props["governing_law"] == "Texas"
    assert own.contained and own.aliases == ()
    names = {e.props["name"]: e for e in x.entities if e.label == "Party"}
    pinecrest = (
        names["Pinecrest Medical Devices, LLC"]
        if "Pinecrest Medical Devices, LLC" in names
        else names["PINECREST MEDICAL DEVICES, LLC"]
    )
    assert pinecrest.props["jurisdiction"] == "Delaware" and pinecrest.props["entity_type"] == "llc"
    roles = {(r.source, r.props.get("role")) for r in x.relations if r.type == "PARTY_TO"}
    assert (pinecrest.ref, "Borrower") in roles
    signed = {r.source: r for r in x.relations if r.type == "SIGNED"}
    assert set(signed) == {"party:dana r whitfield", "party:marcus lee"}
    assert signed["party:marcus lee"].props["title"] == "Senior Vice President"
    assert signed["party:marcus lee"].props["on_behalf_of"] == "party:highland commerce bank"


NOTE = """SECURED PROMISSORY NOTE

$2,500,000.00                                                  April 9, 2012
                                                               Tulsa, Oklahoma

     FOR VALUE RECEIVED, the undersigned, REDBUD ENERGY PARTNERS, L.P., an Oklahoma
limited partnership ("Maker"), promises to pay to the order of CIMARRON NATIONAL BANK
("Payee") the principal sum of Two Million Five Hundred Thousand Dollars ($2,500,000.00).

     This Note shall be governed by the laws of the State of Oklahoma.
"""


def test_note_is_an_instrument_with_maker_and_payee() -> None:
    x = _ctx_extract(NOTE)
    own = next(e for e in x.entities if e.ref == "agreement:self")
    assert own.label == "Instrument" and own.props["kind"] == "note"
    assert own.props["date"] == "2012-04-09" and own.props["governing_law"] == "Oklahoma"
    parties = {e.props["name"] for e in x.entities if e.label == "Party"}
    assert {"REDBUD ENERGY PARTNERS, L.P.", "CIMARRON NATIONAL BANK"} <= parties


LENDERS = """AMENDMENT NO. 3 TO NOTE PURCHASE AGREEMENT

     This AMENDMENT NO. 3 TO NOTE PURCHASE AGREEMENT (this "Amendment") is dated as of
August 1, 2009, by and among Verdant Labs Corp., a Nevada corporation (the "Company"), and
the holders listed on the signature pages hereto (each, a "Holder" and, collectively, the
"Holders").

     IN WITNESS WHEREOF, the parties have executed this Amendment.

VERDANT LABS CORP.

By: /s/ Ana Ruiz
Name: Ana Ruiz
Title: President

SILVERLAKE OPPORTUNITY FUND, LP

By: /s/ Tom Brandt
Name: Tom Brandt
Title: Managing Member
"""


def test_collective_term_resolves_to_signatories() -> None:
    x = _ctx_extract(LENDERS)
    party_to = {(r.source, r.props.get("role")) for r in x.relations if r.type == "PARTY_TO"}
    assert ("party:silverlake opportunity fund lp", "Holder") in party_to
    assert ("party:verdant labs corp", "Company") in party_to


def test_plan_is_not_an_agreement() -> None:
    text = "EMPLOYEE STOCK OWNERSHIP PLAN\n\nSection 1. Purpose. The Plan is adopted by X.\n"
    x = _ctx_extract(text)
    assert not [e for e in x.entities if e.ref == "agreement:self"]
    assert any("no agreement found" in w for w in x.warnings)


def test_context_spans_are_slices() -> None:
    ctx = DocContext(SourceDocument(text=LOAN, path="t"))
    s = ctx.span(5, 20)
    assert s.text == LOAN[5:20]


def _party_to(x: Extraction) -> set[tuple[str, str]]:
    titles = {e.ref: str(e.props.get("title")) for e in x.entities if e.label != "Party"}
    return {(r.source, titles[r.target]) for r in x.relations if r.type == "PARTY_TO"}


def test_parties_of_the_amended_agreement_carry_over_and_are_stated() -> None:
    x = _ctx_extract(LOAN)
    links = _party_to(x)
    assert ("party:pinecrest medical devices llc", "Loan and Security Agreement") in links
    assert ("party:highland commerce bank", "Loan and Security Agreement") in links


GUARANTEE = """GUARANTY

     GUARANTY, dated as of June 1, 2021 (this "Guaranty"), made by ORCHARD HOLDINGS CORP.
("Parent"), in favor of FIRST TIDEWATER BANK, N.A., as Administrative Agent (in such
capacity, the "Administrative Agent") for the Lenders party to the Credit Agreement, dated as
of March 1, 2019 (as amended, the "Credit Agreement"), among Harbor Point Interim Corp.
(formerly known as Harbor Point Realty Corporation, "HPR"), the Subsidiaries of HPR party
thereto (collectively; the "Subsidiary Borrowers"), the Lenders and the Administrative Agent.

     WHEREAS, Parent owns all of the Capital Stock of HPR;

     NOW, THEREFORE, Parent agrees as follows:
"""


def test_parties_listed_after_a_mentioned_agreement() -> None:
    x = _ctx_extract(GUARANTEE)
    links = _party_to(x)
    parties = {e.props["name"] for e in x.entities if e.label == "Party"}
    assert ("party:harbor point interim corp", "Credit Agreement") in links
    assert ("party:first tidewater bank na", "Credit Agreement") in links
    assert "Harbor Point Realty Corporation" not in parties  # a former name, in parentheses
    assert ("party:orchard holdings corp", "Credit Agreement") not in links  # not amended


RECITED = """AMENDMENT #2 TO PROMISSORY NOTE

     This AMENDMENT is entered into by and between Company and Holder (each as defined
below), effective as of May 2, 2022.

     Willow Creek Foods, Inc. ("BORROWER") and Daniel Okoro ("LENDER") entered into that
certain Promissory Note dated January 4, 2021 in the amount of $50,000.00 (the "Note").

     Whereas, the parties have agreed to extend the maturity date of the Note.
"""


def test_amendment_without_named_parties_adopts_the_note_parties() -> None:
    x = _ctx_extract(RECITED)
    links = _party_to(x)
    for ref in ("party:willow creek foods inc", "party:daniel okoro"):
        assert (ref, "Promissory Note") in links
        assert (ref, "Amendment #2 to Promissory Note") in links
    okoro = next(e for e in x.entities if e.ref == "party:daniel okoro")
    assert okoro.props["kind"] == "person"


def test_name_shapes() -> None:
    text = "between Brightline Leasing (Canada), ULC, a Nova Scotia company, and Ida Moss, Jr."
    assert [r.text for r in name_runs(text) if r.is_org] == ["Brightline Leasing (Canada), ULC"]
    assert "Ida Moss, Jr." in [r.text for r in name_runs(text)]
    assert next(r.text for r in name_runs("Corvid Therapeutics inc.\n\nBy:")).endswith("inc.")
    assert not is_org_name("Chief Financial Officer") and not is_org_name("Managing Director")


SIGNATURES = """THIS LOAN AGREEMENT (this "Agreement") is made as of July 7, 2020, by and between
Cobalt Ridge Minerals, a Utah corporation ("Borrower"), and Juniper Vale Capital, LLC
("Lender").

     IN WITNESS WHEREOF, the parties have executed this Agreement.

                              BORROWER:

                              COBALT RIDGE
                              MINERALS, INC.

                              By:
                              Name:
                              Tomas Ferreira, Jr.
                              Title:
                              President

                              LENDER:

                              JUNIPER VALE CAPITAL, LLC

                              By: /s/ Lena Park
                              Name: Lena Park
                              Title: Chief Financial Officer
"""


def test_signature_blocks_wrapped_names_and_suffixes() -> None:
    x = _ctx_extract(SIGNATURES)
    parties = {e.ref: e.props["name"] for e in x.entities if e.label == "Party"}
    assert parties["party:cobalt ridge minerals"] == "Cobalt Ridge Minerals, Inc."
    assert "party:cobalt ridge minerals inc" not in parties
    assert not any("Officer" in str(n) for n in parties.values())
    signed = {r.source: r.props for r in x.relations if r.type == "SIGNED"}
    assert signed["party:tomas ferreira jr"]["on_behalf_of"] == "party:cobalt ridge minerals"
    assert signed["party:tomas ferreira jr"]["title"] == "President"
    assert signed["party:lena park"]["on_behalf_of"] == "party:juniper vale capital llc"


SIGNATORY_WAIVER = """CONSENT AND WAIVER

This CONSENT AND WAIVER (this "Agreement"), dated as of March 2, 2023, is entered into by and
between Lumen Robotics, Inc., a Nevada corporation (the "Company"), and the lender signatory
hereto (the "Noteholder").

RECITALS

A. The Company and the Noteholder are parties to the Note Purchase Agreement, dated as of
June 5, 2022 (the "Purchase Agreement"), pursuant to which the Noteholder purchased from the
Company a Secured Promissory Note (the "Existing Note").

B. The Company has requested that the Noteholder waive Section 7(c) of the Existing Note
through June 30, 2023.

AGREEMENT

1. Waiver. The Lender hereby waives the Company's compliance with Section 5.2 of the
Purchase Agreement until June 30, 2023.

IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written
above.

LUMEN ROBOTICS, INC.

By: /s/ Ada Brennan
Name: Ada Brennan
Title: Chief Executive Officer

BRIGHTWATER CREDIT PARTNERS, LP

By: /s/ Omar Feld
Name: Omar Feld
Title: Managing Director
"""


def test_a_party_named_only_as_the_signatory_is_bound_to_its_term() -> None:
    x = _ctx_extract(SIGNATORY_WAIVER)
    titles = {e.ref: str(e.props.get("title")) for e in x.entities if e.label != "Party"}
    rels = {(r.type, r.source, titles.get(r.target, r.target)) for r in x.relations}
    fund, company = "party:brightwater credit partners lp", "party:lumen robotics inc"
    assert ("PARTY_TO", fund, "Consent and Waiver") in rels
    assert ("PARTY_TO", fund, "Note Purchase Agreement") in rels
    # the waiver requested in a recital is granted by the waiver itself; "the Lender" of the
    # operative clause is the "lender signatory hereto"
    assert ("WAIVES", fund, "Secured Promissory Note") in rels
    assert ("WAIVES", fund, "Note Purchase Agreement") in rels
    # buying a note from the company is lending to it, under the agreement just named
    assert ("LENDS_TO", fund, company) in rels
    assert ("ISSUES", company, "Secured Promissory Note") in rels
    assert ("HOLDS", fund, "Secured Promissory Note") in rels
    note = next(e.ref for e in x.entities if e.props.get("title") == "Secured Promissory Note")
    assert ("ISSUED_UNDER", note, "Note Purchase Agreement") in rels


def test_a_requested_waiver_outside_a_waiver_is_not_granted() -> None:
    text = SIGNATORY_WAIVER.replace("CONSENT AND WAIVER", "THIRD AMENDMENT").replace(
        "Consent and Waiver", "Third Amendment"
    )
    x = _ctx_extract(text.replace("1. Waiver. The Lender hereby waives", "1. The Lender notes"))
    assert not [r for r in x.relations if r.type == "WAIVES"]


FLATTENED_SIGNATURES = """PLEDGE AGREEMENT

This PLEDGE AGREEMENT (this "Pledge"), dated as of May 9, 2022, is made by Corvid Holdings,
Inc. (the "Pledgor") in favor of Harbor Trust Company, as Collateral Agent (the "Agent").

1. Pledge. The Pledgor hereby pledges the Shares.

[Signature Page to Pledge Agreement] IN WITNESS WHEREOF, the Pledgor has caused this Pledge \
to be executed by one of its duly authorized officers. CORVID HOLDINGS, INC. By: /s/ Lena \
Ortiz Name: Lena Ortiz Title: Chief Financial Officer

[Signature Page to Pledge Agreement] Acknowledged and Agreed: HARBOR TRUST COMPANY, as the \
Collateral Agent By: Harbor Advisers, L.P., its Manager By: /s/ Paul Greer Name: Paul Greer \
Title: Authorized Signatory
"""


def test_signature_pages_flattened_onto_one_line() -> None:
    x = _ctx_extract(FLATTENED_SIGNATURES)
    signed = {(r.source, r.props.get("on_behalf_of")) for r in x.relations if r.type == "SIGNED"}
    assert signed == {
        ("party:lena ortiz", "party:corvid holdings inc"),
        ("party:paul greer", "party:harbor trust company"),
    }
    people = {r.source for r in x.relations if r.type == "PARTY_TO"}
    assert "party:paul greer" not in people


TWO_CAPACITIES = """EXTENSION AGREEMENT

This Extension Agreement (this "Agreement") dated as of April 3, 2023, is among Halcyon Bio
Inc., a Delaware corporation ("Borrower"), Ridgeway Capital, LLC, not individually, but solely
in its capacity as administrative agent for the Lenders (the "Agent") and the Lenders party
hereto.

WHEREAS, the Borrower, the Lenders and the Agent are party to that certain Loan Agreement,
dated as of May 5, 2021 (the "Loan Agreement"), pursuant to which the Lenders agreed to make
loans to the Borrower.

WHEREAS, the Borrower has requested that the Agent and the Lenders make a limited amendment to
the Loan Agreement.

NOW, THEREFORE, the parties hereto agree as follows:

1. Extension. The Maturity Date is extended to June 30, 2024.

IN WITNESS WHEREOF, the parties hereto have executed this Agreement.

BORROWER:

HALCYON BIO INC.

By: /s/ Nora Vance
Name: Nora Vance
Title: Chief Executive Officer

AGENT AND LENDER:

Ridgeway Capital, LLC

By: /s/ Felix Moreau
Name: Felix Moreau
Title: Authorized Signatory
"""


def test_a_party_signing_in_two_capacities_keeps_both_roles() -> None:
    x = _ctx_extract(TWO_CAPACITIES)
    fund, borrower = "party:ridgeway capital llc", "party:halcyon bio inc"
    roles = _own_roles(x)
    assert roles[fund] == "Agent and Lender" and roles[borrower] == "Borrower"
    assert ("LENDS_TO", fund, borrower) in {(r.type, r.source, r.target) for r in x.relations}


def test_a_party_with_its_own_term_signing_among_a_collective_keeps_both_roles() -> None:
    text = (
        "SECOND AMENDMENT TO CREDIT AGREEMENT\n\nTHIS SECOND AMENDMENT is made as of June 1, 2004 "
        'by ORCHARD CORP., a Kansas corporation ("Parent"), ORCHARD MILLS, INC., a Kansas '
        "corporation, and ORCHARD PROPERTIES, INC., a Kansas corporation, (individually and "
        'collectively hereinafter "Borrowers") and KESTREL BANK (the "Bank").\n\nWHEREAS, Bank '
        "and Borrowers are parties to that certain Credit Agreement dated as of May 1, 2001 (the "
        '"Agreement").\n\nNOW, THEREFORE, the parties agree as follows:\n\n1. Amendment. '
        "Section 2 is amended.\n\nIN WITNESS WHEREOF, the parties have executed this Second "
        "Amendment.\n\nBORROWERS:\n\nORCHARD CORP.\n\nBy: /s/ Ivan Petrov\nName: Ivan Petrov\n"
        "Title: President\n\nORCHARD MILLS, INC.\n\nBy: /s/ Ivan Petrov\nName: Ivan Petrov\n"
        "Title: President\n"
    )
    x = _ctx_extract(text)
    roles = _own_roles(x)
    assert roles["party:orchard mills inc"] == "Borrower"
    assert roles["party:orchard corp"] == "Parent and Borrower"


SUBORDINATION = """SUBORDINATION AGREEMENT

This Subordination Agreement (this "Agreement") is made as of March 1, 2023, between Copperline
Capital, LLC, a Delaware limited liability company, as lender under the Senior Loan Agreement
referred to below ("Senior Lender"), and Dana Whitcomb ("Junior Creditor").

RECITALS

A. Brightfield Health, Inc., a Nevada corporation ("Borrower"), has obtained certain unsecured
debt from Junior Creditor.

B. Borrower is entering into that certain Loan Agreement (the "Senior Loan Agreement") with
Senior Lender.

C. In order to induce the Senior Lender to make the loans to Borrower pursuant to the Senior
Loan Agreement, the Junior Creditor is willing to subordinate the Junior Debt.

NOW, THEREFORE, THE PARTIES AGREE AS FOLLOWS:

1. All Junior Debt is subordinated to the Senior Debt.

IN WITNESS WHEREOF, the undersigned have executed this Agreement.

Senior Lender:

Copperline Capital, LLC

By

/s/ Hugo Lind

Name:
Hugo Lind

Title:

Manager

The undersigned acknowledges the terms of this Agreement.

Brightfield Health, Inc.

By

/s/ Mei Tanaka

Name:

Mei Tanaka

Title:

Director
"""


def test_a_recital_party_of_the_underlying_loan() -> None:
    x = _ctx_extract(SUBORDINATION)
    titles = {e.ref: str(e.props.get("title")) for e in x.entities if e.label != "Party"}
    rels = {(r.type, r.source, titles.get(r.target, r.target)) for r in x.relations}
    lender, borrower = "party:copperline capital llc", "party:brightfield health inc"
    # "B. Borrower is entering into ...": a bare list label opens the paragraph
    assert ("PARTY_TO", borrower, "Loan Agreement") in rels
    # "to induce the Senior Lender to make the loans to Borrower"
    assert ("LENDS_TO", lender, borrower) in rels
    roles = _own_roles(x)
    # the acknowledging borrower does not sign under the "Senior Lender:" caption
    assert roles.get(borrower) != "Senior Lender"
    titles_signed = {r.source: r.props.get("title") for r in x.relations if r.type == "SIGNED"}
    assert titles_signed["party:hugo lind"] == "Manager"
    assert roles[lender] == "Senior Lender"
    # a person made a party by the role term after the name; "has obtained debt from" lends
    assert roles["party:dana whitcomb"] == "Junior Creditor"
    assert ("LENDS_TO", "party:dana whitcomb", borrower) in rels


NOTE_AMENDMENT = """Amendment No. 1 to
Promissory Note

This AMENDMENT (this "AMENDMENT") is entered into by and between Company and Holder (each as
defined below), effective as of March 3, 2023.

Larkspur Dental, Inc. ("BORROWER") and Owen Pryce ("LENDER") entered into that certain
Promissory Note (the "Note") dated June 1, 2022 in the amount of $50,000.00.

Whereas, the parties have agreed to extend the maturity date of the Note.

NOW, THEREFORE, the parties hereto agree as follows:

1. Extension. The Maturity Date of the Note is amended and extended to June 30, 2023.

IN WITNESS WHEREOF, BORROWER and LENDER affix their signatures hereto,

Larkspur Dental, Inc.

By: /s/ Ruth Ames
Title: President

/s/ Owen Pryce
"""


def test_amendment_of_a_note_lends_through_the_roles_it_carries_over() -> None:
    x = _ctx_extract(NOTE_AMENDMENT)
    note = next(e.ref for e in x.entities if e.props.get("title") == "Promissory Note")
    rels = {(r.type, r.source, r.target) for r in x.relations}
    lender, borrower = "party:owen pryce", "party:larkspur dental inc"
    assert ("LENDS_TO", lender, borrower) in rels
    assert ("ISSUES", borrower, note) in rels and ("HOLDS", lender, note) in rels


def test_merged_roles_are_stated_once() -> None:
    from ingest.parties.role_words import has_role, merge_roles

    assert merge_roles("Parent", "Borrowers") == "Parent and Borrowers"
    assert merge_roles("US Borrower", "Borrower") == "US Borrower"
    assert merge_roles("Agent and Lender", "Lenders") == "Agent and Lender"
    assert has_role("Agent and Lender", "Lenders") and not has_role("Agent", "Lender")


def test_a_singular_term_after_two_names_names_the_last() -> None:
    text = (
        "AMENDMENT NO. 2 TO CREDIT AGREEMENT\n\nThis AMENDMENT NO. 2, dated as of May 2, 2023, is "
        "by and among MAPLEWOOD OP, LLC, a Delaware limited liability company (the "
        '"Borrower"), MAPLEWOOD TRUST INC., a Maryland corporation, and FIRST HARBOR BANK, '
        'N.A., as administrative agent (the "Administrative Agent").\n\nWHEREAS, the Borrower '
        'is party to the Credit Agreement dated as of June 1, 2020 (the "Credit Agreement").\n'
    )
    x = _ctx_extract(text)
    roles = _own_roles(x)
    assert roles["party:first harbor bank na"] == "Administrative Agent"
    assert roles.get("party:maplewood trust inc") in (None, "")


def test_the_company_another_agreement_defines_is_this_ones_borrower() -> None:
    """ "the Note Purchase Agreement ... among Company and other parties signatory thereto under
    which Company issued ...": "Company", undefined here, is the amendment's one borrower, not a
    party named "Company"."""
    text = (
        "FIRST AMENDMENT TO CREDIT AGREEMENT\n\nThis FIRST AMENDMENT TO CREDIT AGREEMENT (this "
        '"Amendment") is dated as of May 2, 2006, between HALVERSON PIPE, INC., a Delaware '
        'corporation ("Borrower"), and PRAIRIE NATIONAL BANK, a national banking association '
        '("Lender").\n\n1. DEFINITIONS. "Note Agreement" means the Note Purchase Agreement dated '
        "as of June 1, 2001, among Company and other parties signatory thereto under which Company "
        "issued certain 6.75% Senior Notes due June 1, 2011.\n\n2. GOVERNING LAW. This Amendment "
        "shall be governed by the laws of the State of Missouri.\n"
    )
    x = extract_text(text)
    names = {str(e.props.get("name")) for e in x.entities if e.label == "Party"}
    assert "Company" not in names
    assert ("HALVERSON PIPE, INC.", "Note Purchase Agreement") in edges(x, "PARTY_TO")
