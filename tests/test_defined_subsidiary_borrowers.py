"""Subsidiary borrowers a credit agreement names only in its definitions ('"Swedish Borrower"
means Valdren Nordic AB, ...'; '"Foreign Subsidiary Borrowers" means the Swedish Borrower and
the Dutch Borrower'), the preamble introducing them by their class alone. They sign without a
caption beside the lenders, and the preamble's undefined class of lenders must not take them in
(:func:`ingest.signatures.collectives.defined_as_obligor`); the definition gives them their
borrower's role, so each lender lends to them (``relations.role_definition``). Passages written
for this test (invented companies).
"""

from __future__ import annotations

from ingest.records import Extraction
from tests.passages import edges, extract_text, own_roles


def _low(x: Extraction) -> tuple[set[tuple[str, str]], dict[str, object]]:
    """LENDS_TO pairs and own roles by lower-case names (a definition and a signature block
    spell a company in different cases)."""
    lends = {(a.lower(), b.lower()) for a, b in edges(x, "LENDS_TO")}
    roles = {k.lower(): v for k, v in own_roles(x).items()}
    return lends, roles


def _agreement(definitions: str, preamble_class: str, blocks: str) -> str:
    return (
        "REVOLVING CREDIT AGREEMENT\n\n"
        'REVOLVING CREDIT AGREEMENT dated as of March 3, 2015 (this "Agreement") among '
        'HARTFELL GROUP, INC., a Delaware corporation (the "Company"), '
        f"{preamble_class}, the Lenders, and Oswin Bank, N.A., as administrative agent (in such "
        'capacity, the "Administrative Agent").\n\n'
        "ARTICLE I\nDEFINITIONS\n\n"
        f"{definitions}\n\n"
        "ARTICLE II\nTHE CREDITS\n\n"
        "SECTION 2.01. Each Lender agrees to make Revolving Loans to the Company and to each "
        "Subsidiary Borrower from time to time.\n\n"
        "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\n"
        "HARTFELL GROUP, INC.\n\nBy: /s/ Ada Munro\nName: Ada Munro\nTitle: Treasurer\n\n"
        f"{blocks}"
        "OSWIN BANK, N.A., as a Lender and as Administrative Agent\n\n"
        "By: /s/ Leon Fairley\nName: Leon Fairley\nTitle: Vice President\n\n"
        "PERRAN TRUST COMPANY\n\nBy: /s/ Mina Oduya\nName: Mina Oduya\nTitle: Director\n"
    )


_BLOCKS = (
    "HARTFELL CANADA LTD.\n\nBy: /s/ Guy Lamothe\nName: Guy Lamothe\nTitle: Director\n\n"
    "HARTFELL EUROPE B.V.\n\nBy: /s/ Anouk Smit\nName: Anouk Smit\nTitle: Director\n\n"
)


def test_kinds_of_borrower_defined_by_name_borrow_and_lend_nothing() -> None:
    definitions = (
        '"Canadian Borrower" means Hartfell Canada Ltd., a corporation organized under the laws '
        "of Ontario.\n\n"
        '"Dutch Borrower" means Hartfell Europe B.V., a private company with limited liability.'
        '\n\n"Subsidiary Borrowers" means the Canadian Borrower and the Dutch Borrower.\n\n'
        '"Lenders" means the Persons listed on Schedule 2.01.'
    )
    x = extract_text(_agreement(definitions, "the Subsidiary Borrowers", _BLOCKS))
    lends, roles = _low(x)
    for sub in ("hartfell canada ltd.", "hartfell europe b.v."):
        assert roles.get(sub) not in (None, "Lender"), roles
        assert ("oswin bank, n.a.", sub) in lends, lends
        assert ("perran trust company", sub) in lends, lends
        assert not any(a == sub for a, _ in lends), lends


def test_subsidiary_terms_in_the_colon_style_keep_them_out_of_the_lenders() -> None:
    # the definitions call them "subsidiaries" and write a colon: still no lenders
    definitions = (
        '"Canadian Subsidiary": Hartfell Canada Ltd., an Ontario corporation.\n\n'
        '"Dutch Subsidiary": Hartfell Europe B.V., a Netherlands company.\n\n'
        '"Subsidiary Borrowers" means the Canadian Subsidiary and the Dutch Subsidiary.'
    )
    x = extract_text(_agreement(definitions, "the Subsidiary Borrowers", _BLOCKS))
    lends, roles = _low(x)
    for sub in ("hartfell canada ltd.", "hartfell europe b.v."):
        assert sub in roles and roles[sub] != "Lender", roles
        assert not any(a == sub for a, _ in lends), lends


def test_near_miss_banks_signing_without_a_definition_stay_lenders() -> None:
    # companies no definition names are the preamble's undefined class of lenders
    definitions = '"Subsidiary Borrowers" means each Subsidiary designated by the Company.'
    blocks = "KESTLE BANK PLC\n\nBy: /s/ Ivo Brandt\nName: Ivo Brandt\nTitle: Director\n\n"
    x = extract_text(_agreement(definitions, "the Subsidiary Borrowers", blocks))
    lends, roles = _low(x)
    assert roles.get("kestle bank plc") == "Lender", roles
    assert ("kestle bank plc", "hartfell group, inc.") in lends, lends


def test_near_miss_an_existing_lender_defined_by_name_takes_no_role_here() -> None:
    from ingest.relations.role_definitions import _ROLE_DEFINITION

    assert _ROLE_DEFINITION.search('"Existing Lender" means Harbor National Bank.') is None
    assert _ROLE_DEFINITION.search('"Defaulting Lender" means any Lender that fails.') is None
    m = _ROLE_DEFINITION.search('"UK Borrower" means Hartfell UK Limited.')
    assert m is not None and m["term"] == "UK Borrower"
