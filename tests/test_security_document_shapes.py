"""Shapes of guaranties and security documents that whole documents written blind showed
(stop 30): an agreement "dated as of even date herewith", a bank-form credit agreement's own
grant of "the Collateral" after "To secure the payment of the Note ...", a notary's signature
with a blank line above "Notary Public", a title insurer named as trustee of a deed of trust.
Passages written for the tests (names, amounts and dates of their own)."""

from __future__ import annotations

from ingest.names import is_org_name
from ingest.signatures.acknowledgments import notary_signature
from tests.passages import edges, extract_text

_GUARANTY = """GUARANTY

THIS GUARANTY (this "Guaranty") is made as of October 2, 2017, by LINDQVIST MARINE GROUP,
INC., a Delaware corporation (the "Guarantor"), in favor of BAYVIEW HARBOR BANK, a Washington
state bank (the "Lender").

RECITALS

A. Lindqvist Tug & Barge, LLC, a Washington limited liability company (the "Borrower"), and the
Lender are parties to that certain Loan Agreement dated as of even date herewith (as amended
from time to time, the "Loan Agreement"), pursuant to which the Lender has agreed to make a term
loan to the Borrower in the principal amount of $3,100,000.

1. Guaranty. The Guarantor hereby unconditionally guarantees to the Lender the payment when due
of all obligations of the Borrower under the Loan Agreement.
"""


def test_an_agreement_dated_as_of_even_date_herewith_is_the_own_date() -> None:
    x = extract_text(_GUARANTY)
    loan = [e for e in x.entities if e.props.get("title") == "Loan Agreement"]
    assert [e.props.get("date") for e in loan] == ["2017-10-02"]
    assert ("Lindqvist Tug & Barge, LLC", "Loan Agreement") in edges(x, "PARTY_TO")
    assert ("LINDQVIST MARINE GROUP, INC.", "Loan Agreement") in edges(x, "SECURES")


_BANK_FORM = """                               LOAN AGREEMENT

     THIS LOAN AGREEMENT (the "Agreement") is made as of the 9th day of
August, 1993, by and between PRAIRIE DOCK MILLING CORP., a Kansas
corporation (the "Borrower"), and CIMARRON VALLEY BANK, a Kansas
banking corporation (the "Bank").

     1.1  "Collateral" means all of the Borrower's inventory and equipment.

     2.1  LOANS.  The Bank agrees to lend to the Borrower up to $640,000.

     3.1  SECURITY.  To secure the payment of the Note and all other
indebtedness of the Borrower to the Bank, the Borrower hereby grants to the
Bank a security interest in the Collateral.
"""


def test_a_bank_forms_grant_of_the_collateral_secures_its_own_agreement() -> None:
    x = extract_text(_BANK_FORM)
    secures = edges(x, "SECURES")
    assert ("PRAIRIE DOCK MILLING CORP.", "Loan Agreement") in secures
    assert not any(src == "CIMARRON VALLEY BANK" for src, _ in secures)
    assets = {e.ref: e.props.get("description") for e in x.entities if e.label == "Asset"}
    secured_by_assets = {
        assets[r.source] for r in x.relations if r.type == "SECURES" and r.source in assets
    }
    assert secured_by_assets == {"the Collateral"}


_DEED = """DEED OF TRUST, SECURITY AGREEMENT AND FIXTURE FILING

THIS DEED OF TRUST, SECURITY AGREEMENT AND FIXTURE FILING (this "Deed of Trust") is made as of
May 4, 2015, by ALDER BROOK ORCHARDS, LLC, an Oregon limited
liability company ("Trustor"), to CASCADE CREST TITLE COMPANY, an Oregon corporation
("Trustee"), for the benefit of HOOD RIVER COMMUNITY BANK, an Oregon state bank ("Beneficiary").

1. Grant. Trustor grants the Property to Trustee, in trust, for the benefit of Beneficiary.

IN WITNESS WHEREOF, Trustor has executed this Deed of Trust.

ALDER BROOK ORCHARDS, LLC

By:

/s/ Mateo R. Quintana

Mateo R. Quintana, Manager

STATE OF OREGON )

On May 4, 2015, before me, Wilhelmina J. Tso, Notary Public, personally appeared Mateo R.
Quintana, who acknowledged that he executed the same.

/s/ Wilhelmina J. Tso

Notary Public
"""


def test_a_notary_signing_above_a_blank_line_and_notary_public_signs_nothing() -> None:
    x = extract_text(_DEED)
    assert "Wilhelmina J. Tso" not in {s for s, _ in edges(x, "SIGNED") | edges(x, "PARTY_TO")}
    assert {s for s, _ in edges(x, "SIGNED")} == {"Mateo R. Quintana"}


def test_notary_public_on_the_next_line_that_is_not_blank() -> None:
    assert notary_signature("/s/ Ruth Ono\n\nNotary Public\n", 0)
    assert notary_signature("/s/ Ruth Ono\n-------------\nNotary Public\n", 0)
    # a signer's block, then a blank line, then its own name and title: no notary
    assert not notary_signature("/s/ Ian Roe\n\nIan Roe, President\n\nNotary Public", 0)


def test_a_title_insurer_is_an_organization() -> None:
    x = extract_text(_DEED)
    kinds = {e.props.get("name"): e.props.get("kind") for e in x.entities if e.label == "Party"}
    assert kinds["CASCADE CREST TITLE COMPANY"] == "organization"
    assert is_org_name("Harbor Title Insurance Company")
    assert not is_org_name("Title: Vice President")
    assert not is_org_name("Title Acme Company")


_JOINDER = """JOINDER AGREEMENT

This JOINDER AGREEMENT, dated as of April 6, 2021 (this \u201c Joinder \u201d), is entered into by
MERIDEN COIL WORKS, LLC, an Ohio limited liability company (the \u201c New Subsidiary \u201d), in
favor of TALLGRASS NATIONAL BANK, as administrative agent (the \u201c Agent \u201d).

WHEREAS, reference is made to (i) that certain Credit Agreement, dated as of March 1, 2019 (the
\u201c Credit Agreement \u201d), among Meriden Industrial Corp., a Delaware corporation (the
\u201c Borrower \u201d), the lenders party thereto and the Agent, and (ii) that certain Security
Agreement, dated as of March 1, 2019 (the \u201c Security Agreement \u201d), among the Borrower, the
other Grantors party thereto and the Agent;

1. Joinder to Security Agreement . The New Subsidiary hereby becomes a party to the Security
Agreement as a \u201cGrantor\u201d thereunder and, to secure the Obligations, hereby grants to the
Agent a security interest in all of its right, title and interest in the Collateral (as defined
in the Security Agreement), whether now owned or hereafter acquired.

2. Schedules . The supplements attached hereto are incorporated into the Security Agreement.
"""


def test_a_joinder_after_a_spaced_run_in_heading_and_collateral_defined_elsewhere() -> None:
    x = extract_text(_JOINDER)
    roles = {(r.source, r.target): r.props.get("role") for r in x.relations if r.type == "PARTY_TO"}
    names = {e.ref: e.props.get("name") or e.props.get("title") for e in x.entities}
    joined = {(names[s], names[t]): role for (s, t), role in roles.items()}
    assert joined[("MERIDEN COIL WORKS, LLC", "Security Agreement")] == "Grantor"
    assets = {e.ref for e in x.entities if e.label == "Asset"}
    secured = {names[r.target] for r in x.relations if r.type == "SECURES" and r.source in assets}
    # "(as defined in the Security Agreement)" says where the term is defined; the next
    # section's "Security Agreement" is no object of the grant either
    assert secured == {"Credit Agreement"}


def test_a_farm_credit_lender_named_with_its_flca_suffix() -> None:
    text = (
        "PROMISSORY NOTE\n\nTHIS PROMISSORY NOTE is made as of June 2, 2014, by BRUSHY FORK "
        'RANCH, LLC, a Montana limited liability company ("Borrower"), to the order of BIG SKY '
        'FARM CREDIT SERVICES, FLCA, a federally chartered instrumentality ("Lender").\n'
    )
    parties = {e.props.get("name") for e in extract_text(text).entities if e.label == "Party"}
    assert any(str(p).upper() == "BIG SKY FARM CREDIT SERVICES, FLCA" for p in parties)


def test_a_company_a_party_succeeds_as_assignee_is_no_party() -> None:
    text = (
        "FIRST AMENDMENT TO CREDIT AGREEMENT\n\nTHIS FIRST AMENDMENT TO CREDIT AGREEMENT, dated "
        'as of May 5, 2016 (this "Amendment"), is entered into among Ridgeway Paper Company, a '
        'Maine corporation (the "Borrower"), and Harrow Farm Credit, PCA (as assignee of Harrow '
        'Farm Credit, FLCA), as administrative agent (the "Administrative Agent").\n'
    )
    x = extract_text(text)
    parties = {s for s, _ in edges(x, "PARTY_TO")}
    assert "Harrow Farm Credit, FLCA" not in parties
    assert "Ridgeway Paper Company" in parties


def test_a_grant_in_a_collateral_account_names_the_account() -> None:
    text = (
        "CREDIT AGREEMENT\n\nTHIS CREDIT AGREEMENT is made as of June 3, 2002, between KESTON "
        'MILLS, INC., a Georgia corporation (the "Borrower"), and PIEDMONT TRUST BANK, a Georgia '
        'banking corporation (the "Bank").\n\n2.9 Cash Collateral. The Borrower hereby grants '
        "to the Bank a security interest in all funds on deposit in the LC Collateral Account "
        "to secure the payment of the Obligations.\n"
    )
    x = extract_text(text)
    assets = {e.props.get("description") for e in x.entities if e.label == "Asset"}
    assert "the LC Collateral" not in assets
    assert "the LC Collateral Account" in assets
