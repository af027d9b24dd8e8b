"""Foreign banks lending through a US agency or branch: a name in the bank's own language
("Banque", "Banco", "Banca"), a list of lenders separated by semicolons, and a signature block
whose description ("an international bank agency licensed by the State of" / "Florida") wraps
before its place: shapes of drafting, on passages written for these tests."""

from __future__ import annotations

from ingest.names import is_org_name
from ingest.parties.forms import suffix_type
from ingest.signatures.licensed_descriptors import describes, left_open
from tests.passages import edges, entity_names, extract_text, own_roles

AGENCY_LOAN = (
    "LOAN AGREEMENT\n\n"
    'THIS LOAN AGREEMENT (the "Agreement") dated as of March 3, 2001 by and among HARBOR '
    "TRUST BANK, Tampa Agency, an international bank agency licensed by the State of Florida "
    '(the "Agent" and a "Lender"), NORDIC CREDIT BANK LIMITED, Tampa Agency, an international '
    "bank agency licensed by the State of Florida; BANCO AUSTRAL, Tampa Agency, an "
    'international bank agency licensed by the State of Florida (each a "Lender" and, '
    'collectively, "Lenders"), and PELICAN TOOLS, INC., a Florida corporation ("Borrower").\n\n'
    "1. The Lenders agree to make loans to Borrower.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\n"
    "LENDERS:\n\n"
    "HARBOR TRUST BANK, Tampa Agency,\nan international bank agency licensed by the State of\n"
    "Florida\n\nBy: /s/ Ann Smith\nPrint Name: Ann Smith\nTitle: Vice President\n\n\n"
    "NORDIC CREDIT BANK LIMITED, Tampa Agency,\nan international bank agency licensed by the\n"
    "State of Florida\n\nBy: /s/ Carl Berg\nPrint Name: Carl Berg\nTitle: Senior Vice President"
    "\n\n\n"
    "BANCO AUSTRAL, Tampa Agency,\nan international bank agency licensed by the State of\n"
    "Florida\n\nBy: /s/ Luis Mora\nPrint Name: Luis Mora\nTitle: Assistant Vice President\n\n\n"
    "BORROWER:\n\nPELICAN TOOLS, INC.,\na Florida corporation\n\nBy: /s/ Dan Price\n"
    "Dan Price, President\n"
)

#: a lender whose name no name rule reads as a company's, under the same wrapped description
UNREAD_NAME = (
    "CREDIT AGREEMENT\n\n"
    'THIS CREDIT AGREEMENT (the "Agreement") dated as of June 9, 2004 between SOL Y MAR, '
    "Miami Agency, an international bank agency licensed by the State of Florida (the "
    '"Lender"), and OSPREY MILLS, INC., a Georgia corporation (the "Borrower").\n\n'
    "1. The Lender agrees to make loans to the Borrower.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\n"
    "OSPREY MILLS, INC.\n\nBy: /s/ Rita Vance\nRita Vance, Treasurer\n\n\n"
    "SOL Y MAR, Miami Agency,\nan international bank agency licensed by the State of\n"
    "Florida\n\nBy: /s/ Kenji Ota\nName: Kenji Ota\nTitle: General Manager\n"
)


def test_the_word_for_a_bank_in_another_language_makes_a_company() -> None:
    for name in ("Banque Sudoise", "BANCO AUSTRAL", "Banca Veneta"):
        assert is_org_name(name)


def test_a_lender_after_a_semicolon_in_the_list_of_parties_is_a_party() -> None:
    roles = own_roles(extract_text(AGENCY_LOAN))
    # the agency is written with the bank's name, as the agreement names the party
    assert roles.get("BANCO AUSTRAL, Tampa Agency") == "Lender"
    assert "NORDIC CREDIT BANK LIMITED, Tampa Agency" in roles


def test_a_description_wrapped_before_its_place_is_no_company() -> None:
    x = extract_text(AGENCY_LOAN)
    assert "Florida" not in entity_names(x).values()
    assert ("Luis Mora", "Loan Agreement") in edges(x, "SIGNED")
    signed_for = {
        entity_names(x).get(str(r.props.get("on_behalf_of")))
        for r in x.relations
        if r.type == "SIGNED"
    }
    assert {
        "HARBOR TRUST BANK, Tampa Agency",
        "NORDIC CREDIT BANK LIMITED, Tampa Agency",
        "BANCO AUSTRAL, Tampa Agency",
    } <= signed_for


def test_a_name_no_rule_reads_keeps_its_block_over_the_wrapped_description() -> None:
    x = extract_text(UNREAD_NAME)
    assert "Florida" not in entity_names(x).values()
    kenji = [r for r in x.relations if r.type == "SIGNED" and "Kenji" in entity_names(x)[r.source]]
    assert kenji and "SOL Y MAR" in entity_names(x)[str(kenji[0].props["on_behalf_of"])]


def test_the_description_lines() -> None:
    assert describes("an international bank agency licensed by the State of", after_open=False)
    assert left_open("an international bank agency licensed by the State of")
    assert describes("Florida", after_open=True)
    assert not describes("Florida", after_open=False)
    assert not describes("a Delaware corporation", after_open=False)
    assert not left_open("a corporation organized under the laws of the State of Ohio")


def test_a_bank_named_in_another_language_is_a_bank() -> None:
    for name in ("BANQUE SUDOISE", "Banco Austral, S.A.", "Banca Veneta S.p.A."):
        assert suffix_type(name) == "bank"
