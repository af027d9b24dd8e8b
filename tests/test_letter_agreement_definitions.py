"""A letter agreement the definitions name before the roles of its parties are defined
(:mod:`ingest.relations.defined_letter_agreements`): '"Agent's Letter Agreement" means that
certain letter agreement, dated as of ..., between the Company and the Agent relating to ...'
comes before '"Company" means ...' in alphabetical order. Passages written for this test
(invented parties)."""

from __future__ import annotations

from tests.passages import edges, extract_text

_TEXT = (
    "CREDIT AGREEMENT\n\n"
    "AGREEMENT dated as of June 2, 2003 among BRIGHTWATER LOOMS, INC., the LENDERS listed on "
    "the signature pages hereof and PIEDMONT TRUST BANK, as Agent.\n\n"
    "SECTION 1.01. Definitions.\n\n"
    '"Agent" means Piedmont Trust Bank, a Virginia banking corporation, in its capacity as '
    "agent for the Lenders.\n\n"
    '"Agent\'s Letter Agreement" means that certain letter agreement, dated as of May 9, '
    "2003, between the Company and the Agent relating to the arrangement of the Loans and "
    "certain fees payable by the Company to the Agent, together with all amendments "
    "thereto.\n\n"
    '"Company" means Brightwater Looms, Inc., a Georgia corporation, and its successors.\n\n'
    "SECTION 2.01. Commitments. Each Lender severally agrees to make Loans to the Company.\n\n"
    "IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed.\n\n"
    "BRIGHTWATER LOOMS, INC.\n\nBy: ____________\nTitle:\n\n"
    "PIEDMONT TRUST BANK, as Agent and as a Lender\n\nBy: ____________\nTitle:\n"
)


def test_both_parties_of_a_letter_agreement_defined_before_their_roles() -> None:
    party_to = {(s.upper(), t) for s, t in edges(extract_text(_TEXT), "PARTY_TO")}
    assert ("BRIGHTWATER LOOMS, INC.", "Agent's Letter Agreement") in party_to, party_to
    assert ("PIEDMONT TRUST BANK", "Agent's Letter Agreement") in party_to, party_to


def test_each_party_of_the_letter_is_in_the_role_the_list_names() -> None:
    x = extract_text(_TEXT)
    names = {e.ref: str(e.props.get("name") or e.props.get("title")) for e in x.entities}
    roles = {
        names[r.source].upper(): r.props.get("role")
        for r in x.relations
        if r.type == "PARTY_TO" and names[r.target] == "Agent's Letter Agreement"
    }
    assert roles == {"BRIGHTWATER LOOMS, INC.": "Company", "PIEDMONT TRUST BANK": "Agent"}, roles
