"""Credit agreements with Luxembourg borrowers and lenders, a federal savings bank, a signer
whose typed name adds "Jr." under the conformed signature, and a form note under a bracketed
"[FORM OF NOTE]" label: shapes of drafting, on passages written for these tests."""

from __future__ import annotations

from ingest.names import is_org_name, name_runs
from tests.passages import OWN, edges, entity_names, extract_text

#: A Luxembourg société à responsabilité limitée in each typing ("S. à r. l.", "S.À R.L."),
#: a place in brackets with a hyphen before the suffix, a role term wrapped at a line end,
#: and the lenders' signature blocks under a bare "By".
LUX_TERM_LOAN = (
    "TERM LOAN AGREEMENT\n\n"
    "TERM LOAN AGREEMENT, dated as of May 5, 2011 (this \u201cAgreement\u201d), among Corvane "
    "Polymers, Inc., a Delaware corporation (the \u201cU.S. Borrower\u201d), Corvane Holdings S. "
    "\u00e0 r. l., a Luxembourg soci\u00e9t\u00e9 \u00e0 responsabilit\u00e9 limit\u00e9e (the "
    "\u201cLux\nBorrower\u201d and, together with the U.S. Borrower, the \u201cBorrowers\u201d), "
    "and "
    "Alder Fund (NW-2) S.\u00c0 R.L. and Birch Credit S.\u00e0r.l., each, a Luxembourg "
    "soci\u00e9t\u00e9 \u00e0 responsabilit\u00e9 limit\u00e9e, as Lenders (together with their "
    "successors, the \u201cLenders\u201d).\n\n"
    "WHEREAS, the Borrowers have requested, and the Lenders have agreed to provide, a term "
    "loan.\n\n"
    "SECTION 1. Loans. Each Lender severally agrees to make a Loan to the Borrowers.\n\n"
    "IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed as "
    "of the day and year first above written.\n\n"
    "CORVANE POLYMERS, INC., as the U.S. Borrower\n\nBy\n\nName:\t \tMarta L. Quince\n"
    "Title:\t \tTreasurer\n\n"
    "CORVANE HOLDINGS S. \u00c0 R. L., as the Lux Borrower\n\nBy\n\nName:\t \tPaul Renner\n"
    "Title:\t \tManager\n\n"
    "ALDER FUND (NW-2) S.\u00c0 R.L., as a Lender\n\nBy\n\nName:\t \tIrene Holt\n"
    "Title:\t \tClass B Manager\n"
)


def test_a_societe_a_responsabilite_limitee_is_one_suffix_in_each_typing() -> None:
    for name in (
        "Corvane Holdings S. \u00e0 r. l.",
        "CORVANE HOLDINGS S. \u00c0 R. L.",
        "Birch Credit S.\u00e0r.l.",
        "Alder Fund (NW-2) S.\u00c0 R.L.",
    ):
        assert [r.text for r in name_runs(f"among {name}, as agent")] == [name]
        assert is_org_name(name)


def test_luxembourg_parties_their_roles_and_the_lenders_who_lend_to_both_borrowers() -> None:
    ex = extract_text(LUX_TERM_LOAN)
    names = entity_names(ex)
    roles = {
        names[r.source]: r.props.get("role")
        for r in ex.relations
        if r.type == "PARTY_TO" and r.target == OWN
    }
    assert roles == {
        "Corvane Polymers, Inc.": "U.S. Borrower",
        "Corvane Holdings S. \u00e0 r. l.": "Lux Borrower",
        "Alder Fund (NW-2) S.\u00c0 R.L.": "Lender",
        "Birch Credit S.\u00e0r.l.": "Lender",
    }
    holdings = next(
        e for e in ex.entities if e.props.get("name") == "Corvane Holdings S. \u00e0 r. l."
    )
    assert holdings.props.get("entity_type") == "sarl"
    assert holdings.props.get("jurisdiction") == "Luxembourg"
    lends = edges(ex, "LENDS_TO")
    for lender in ("Alder Fund (NW-2) S.\u00c0 R.L.", "Birch Credit S.\u00e0r.l."):
        assert (lender, "Corvane Polymers, Inc.") in lends
        assert (lender, "Corvane Holdings S. \u00e0 r. l.") in lends
    signed = {
        (names[r.source], names.get(str(r.props.get("on_behalf_of")), r.props.get("on_behalf_of")))
        for r in ex.relations
        if r.type == "SIGNED"
    }
    assert {s for s, _ in signed} == {"Marta L. Quince", "Paul Renner", "Irene Holt"}


#: A federal savings bank named ", FSB" after a name a soft stop word opens ("Guaranty"),
#: its officer's typed name adding "Jr." under the conformed signature, and a form of note
#: headed by a bracketed label over its own title.
THRIFT_LOAN = (
    "LOAN AGREEMENT\n\n"
    "THIS LOAN AGREEMENT is made and entered into this 3 day of March, 2006, by and between "
    'KESTREL MINING L.L.C., a Nevada limited liability company (the "Borrower"), and '
    'GUARANTY SAVINGS BANK, FSB, a federal savings bank (the "Lender").\n\n'
    "1. Loans. The Lender agrees to make loans to the Borrower.\n\n"
    "IN WITNESS WHEREOF, this Agreement is deemed executed effective as of the date first "
    "above written.\n\n"
    "BORROWER:\n\nKESTREL MINING L.L.C.\n\nBy: /s/ Nora P. Vance\nNora P. Vance\nPresident\n\n"
    "<PAGE>\n\n"
    "LENDER:\n\nGUARANTY SAVINGS BANK, FSB\n\nBy: /s/ Calvin T. Moss\nCalvin T. Moss, Jr.\n"
    "Senior Vice President\n\n"
    "EXHIBIT A\n\n[FORM OF NOTE]\n\nPROMISSORY NOTE\n\n"
    "$2,000,000            Reno, Nevada            March 3, 2006\n\n"
    'FOR VALUE RECEIVED, the undersigned ("Maker") promises to pay to the order of GUARANTY '
    'SAVINGS BANK, FSB ("Payee") the sum of TWO MILLION DOLLARS ($2,000,000), or so much '
    "thereof as may be advanced against this Note pursuant to the Loan Agreement dated of even "
    "date herewith by and between Maker and Payee.\n\n"
    'This Note is issued pursuant to, is the "Note" under, and is payable as provided in the '
    "Loan Agreement.\n\n"
    "KESTREL MINING L.L.C.\n\nBy: ____________________\nNora P. Vance\nPresident\n"
)


def test_a_federal_savings_bank_a_junior_signer_and_a_form_note_under_its_label() -> None:
    ex = extract_text(THRIFT_LOAN)
    parties = {str(e.props["name"]): e for e in ex.entities if e.label == "Party"}
    assert set(parties) == {
        "KESTREL MINING L.L.C.",
        "GUARANTY SAVINGS BANK, FSB",
        "Nora P. Vance",
        "Calvin T. Moss, Jr.",
    }
    assert parties["GUARANTY SAVINGS BANK, FSB"].props.get("entity_type") == "bank"
    assert ("Calvin T. Moss, Jr.", "Loan Agreement") in edges(ex, "SIGNED")
    assert ("GUARANTY SAVINGS BANK, FSB", "KESTREL MINING L.L.C.") in edges(ex, "LENDS_TO")
    assert edges(ex, "ISSUES") == {("KESTREL MINING L.L.C.", "Promissory Note")}
    assert edges(ex, "HOLDS") == {("GUARANTY SAVINGS BANK, FSB", "Promissory Note")}


def test_a_soft_stop_word_opens_a_bank_never_a_document_title() -> None:
    assert is_org_name("Guaranty Bank, FSB")
    assert not is_org_name("Guaranty of Acme Corp.")
    assert not is_org_name("Guaranty Agreement")


def test_a_joint_term_after_a_party_term_names_the_group_not_the_last_party() -> None:
    text = (
        "AMENDMENT NO. 2\n\n"
        'AMENDMENT NO. 2 (this "Amendment") is entered into as of June 1, 2004, by and among '
        'Norwell Signal, Inc., a Delaware corporation (the "Borrower"), Norwell Parent, Inc., a '
        'Delaware corporation ("Parent"), Norwell Towers, Inc., a Delaware corporation\n'
        '("Towerco" and collectively with the Borrower and Parent, the "Loan\n'
        'Parties"), and Pickett Capital, Inc., as agent (the "Agent").\n\n'
        "1. Amendment. Section 2.01 of the Credit Agreement is amended as set forth herein.\n"
    )
    ex = extract_text(text)
    names = entity_names(ex)
    roles = {
        names[r.source]: r.props.get("role")
        for r in ex.relations
        if r.type == "PARTY_TO" and r.target == OWN
    }
    assert roles["Norwell Towers, Inc."] != "Loan Party"  # the group's term is no role of its own
    towers = next(e for e in ex.entities if e.props.get("name") == "Norwell Towers, Inc.")
    parent = next(e for e in ex.entities if e.props.get("name") == "Norwell Parent, Inc.")
    assert "Loan Parties" in towers.aliases and "Loan Parties" in parent.aliases
