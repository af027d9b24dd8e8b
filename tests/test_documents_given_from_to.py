"""Security and other loan documents a credit agreement defines by who gives them to whom:
'"Security Documents" shall mean: (a) the Mortgages; (b) the Assignment of Patents ("Patent
Security Agreement") from Borrower to the Agent; ...', '"Environmental Indemnity" shall mean the
Environmental Indemnity Agreement of even date herewith from Borrower to the Agent' (stop 31).

Each document is an agreement its giver and its receiver are party to; a document the
definition of the security documents lists secures the credit agreement through its giver.
Passages written in the shape, not copied from a filing.
"""

from __future__ import annotations

from tests.passages import edges, entity_names, extract_text

GIVEN = """TERM LOAN AGREEMENT

This TERM LOAN AGREEMENT is entered into as of March 12, 2003 by and among HARROWGATE \
MARINA HOLDINGS, INC., an Oregon corporation ("Borrower"), the lenders from time to time \
party hereto, and FIRST CASCADE BANK, N.A., a national banking association, as Agent for the \
lenders (the "Agent").

Section 1.1 DEFINITIONS.

"ENVIRONMENTAL INDEMNITY" shall mean the Environmental Indemnity Agreement of even date \
herewith from Borrower to the Agent.

"SECURITY DOCUMENTS" shall mean:

(a)   The Deeds of Trust;

(b)   The Assignment of Patents ("Patent Security Agreement") from Borrower to the Agent;

(c)   The Assignment of Leases, Rents and Profits ("Lease Assignment") from Borrower to the \
Agent; and

(d)   All other instruments by which Borrower grants to the Agent a lien on its assets.

Section 2.1 THE LOANS. The Lenders shall make term loans to Borrower in the amount of \
$12,000,000. Any Lender may from time to time assign its Loan to an Eligible Assignee.
"""


def test_each_document_given_from_one_party_to_another() -> None:
    x = extract_text(GIVEN)
    party_to = edges(x, "PARTY_TO")
    for title in (
        "Environmental Indemnity Agreement",
        "Assignment of Patents",
        "Assignment of Leases, Rents and Profits",
    ):
        assert ("HARROWGATE MARINA HOLDINGS, INC.", title) in party_to
        assert ("FIRST CASCADE BANK, N.A.", title) in party_to


def test_the_listed_security_documents_secure_the_agreement_through_their_giver() -> None:
    x = extract_text(GIVEN)
    assert ("HARROWGATE MARINA HOLDINGS, INC.", "Term Loan Agreement") in edges(x, "SECURES")


def test_the_terms_name_the_documents() -> None:
    x = extract_text(GIVEN)
    titles = set(entity_names(x).values())
    assert "Patent Security Agreement" not in titles  # an alias, not a second document
    assert "Assignment of Patents" in titles


def test_each_party_in_the_role_its_term_names() -> None:
    x = extract_text(GIVEN)
    names = {e.ref: str(e.props.get("name") or e.props.get("title")) for e in x.entities}
    roles = {
        (names[r.source], names[r.target]): r.props.get("role")
        for r in x.relations
        if r.type == "PARTY_TO"
    }
    assert roles[("HARROWGATE MARINA HOLDINGS, INC.", "Assignment of Patents")] == "Borrower"
    assert roles[("FIRST CASCADE BANK, N.A.", "Assignment of Patents")] == "Agent"
