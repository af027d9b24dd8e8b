"""A foreign bank lends through a branch: the preamble names the bank "acting through its New
York Branch", the signature page types "..., NEW YORK BRANCH", the notices go to the bank
named bare. A branch is no legal person of its own, so all three are one party, named as the
bank. Passages written for these tests, in that shape; names made up."""

from __future__ import annotations

from ingest.parties.spellings import branchless
from tests.passages import edges, entity_names, extract_text, own_roles

BRANCH_LENDER = (
    "CREDIT AGREEMENT\n\n"
    "CREDIT AGREEMENT dated as of March 2, 2004 between HALVERSON MARINE, INC., a Texas "
    'corporation (the "Borrower"), and BANCO ATLANTICO S.A., a bank organized under the laws '
    "of Spain, acting through its New York Branch (together with its successors and assigns, "
    'the "Bank").\n\n'
    "SECTION 2.1. The Loans. The Bank agrees to make loans to the Borrower in an aggregate "
    "amount not exceeding $20,000,000.\n\n"
    "SECTION 9.2. Notices. All notices to the Bank shall be sent to Banco Atlantico S.A., 500 "
    "Park Avenue, New York, New York 10022.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first above "
    "written.\n\n"
    "HALVERSON MARINE, INC.\n\nBy: /s/ Gail Porter\nName: Gail Porter\nTitle: Treasurer\n\n"
    "BANCO ATLANTICO S.A., NEW YORK BRANCH\n\nBy: /s/ Luis Ferrer\nName: Luis Ferrer\n"
    "Title: Managing Director\n"
)


def test_the_bank_and_its_branch_are_one_lender_named_as_the_bank() -> None:
    ex = extract_text(BRANCH_LENDER)
    names = entity_names(ex)
    banks = [n for n in names.values() if "atlantico" in n.lower()]
    assert banks == ["Banco Atlantico S.A."]
    assert own_roles(ex) == {"HALVERSON MARINE, INC.": "Borrower", "Banco Atlantico S.A.": "Bank"}
    assert edges(ex, "LENDS_TO") == {("Banco Atlantico S.A.", "HALVERSON MARINE, INC.")}
    bank = next(ref for ref, name in names.items() if name == "Banco Atlantico S.A.")
    signed_for = {
        names[r.source]: r.props.get("on_behalf_of") for r in ex.relations if r.type == "SIGNED"
    }
    assert signed_for["Luis Ferrer"] == bank


TWO_BRANCHES = (
    "CREDIT AGREEMENT\n\n"
    "This CREDIT AGREEMENT is dated as of June 1, 2012 between Corrin Solar Corp., a Delaware "
    'corporation (the "Borrower"), and Eastern Union Bank Limited, New York Branch (the '
    '"Lender").\n\n'
    '"Letter of Credit" means the standby letter of credit issued by Eastern Union Bank '
    "Limited, Chengdu Branch in favor of the Lender to secure the Obligations.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\n"
    "CORRIN SOLAR CORP.\n\nBy: /s/ Amy Lo\nName: Amy Lo\nTitle: President\n\n"
    "EASTERN UNION BANK LIMITED, NEW YORK BRANCH\n\nBy: /s/ Wei Chen\nName: Wei Chen\n"
    "Title: General Manager\n"
)


def test_two_branches_of_one_bank_stay_two_parties() -> None:
    names = set(entity_names(extract_text(TWO_BRANCHES)).values())
    assert {n for n in names if n.startswith("Eastern Union")} == {
        "Eastern Union Bank Limited, New York Branch",
        "Eastern Union Bank Limited, Chengdu Branch",
    }


def test_a_branch_tail_is_cut_only_after_a_name() -> None:
    assert branchless("KESTREL BANK PLC, CAYMAN ISLANDS BRANCH") == "KESTREL BANK PLC"
    assert branchless("Banco Atlantico S.A., acting through its Miami Branch") == (
        "Banco Atlantico S.A."
    )
    for name in ("Branch Banking and Trust Company", "Harbor Branch Oceanographic Institution"):
        assert branchless(name) == name


AGENCY_LENDER = (
    "LOAN AGREEMENT\n\n"
    "THIS LOAN AGREEMENT dated as of May 2, 2001 is between KORVANE BANK, N.V., Miami Agency, "
    'an international bank agency licensed by the State of Florida (the "Lender"), and SEAGRASS '
    'FOODS, INC., a Florida corporation (the "Borrower").\n\n'
    "1. The Lender agrees to make loans to the Borrower.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\n"
    "SEAGRASS FOODS, INC.\n\nBy: /s/ Ines Cole\nName: Ines Cole\nTitle: President\n"
)


def test_a_bank_named_with_its_agency_goes_by_the_banks_name_too() -> None:
    ex = extract_text(AGENCY_LENDER)
    (bank,) = [e for e in ex.entities if "KORVANE" in str(e.props.get("name"))]
    assert bank.props["name"] == "KORVANE BANK, N.V., Miami Agency"
    assert "KORVANE BANK, N.V." in bank.aliases
    assert branchless("Federal Housing Finance Agency") == "Federal Housing Finance Agency"
