"""Who makes an agreement a credit agreement names but does not contain: its definition says
by whom and in whose favour, or a closing condition puts a form clause between the agreement
and who executes it; the agreements are known from the exhibit list."""

from __future__ import annotations

from tests.passages import edges, extract_text

_CREDIT = """CREDIT AGREEMENT dated as of March 2, 1997 between HOLLOWAY TOOL WORKS, INC., an
Ohio corporation (the "Borrower"), and MERIDIAN STATE BANK, a national banking association
(the "Bank").

Section 1.1. Definitions.

"Collateral" has the meaning given thereto in the Security Agreement.

"Parentco" means Holloway Group, Inc., the parent corporation of the Borrower.

"Security Agreement" means the security agreement dated as of the Closing Date by the
Borrower in favor of the Bank, in substantially the form of Exhibit C.

"Subordination Agreement" means the subordination agreement referred to in Section 4.1(c)
hereof.

Section 2.1. The Loans. The Bank agrees to make loans (the "Loans") to the Borrower.

Section 4.1. Conditions. (a) the Note duly executed by the Borrower; (c) a Subordination
Agreement, in form acceptable to the Bank, duly executed by the Borrower and Parentco; (d) an
opinion of counsel, in form acceptable to the Bank, executed by counsel for the Borrower.

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed.

HOLLOWAY TOOL WORKS, INC.

By: /s/ Martin J. Oberle
Title: Vice President

MERIDIAN STATE BANK

By: /s/ Paul D. Ferrante
Title: Senior Vice President

EXHIBITS

Exhibit A - Note
Exhibit B - Subordination Agreement
Exhibit C - Security Agreement
Exhibit D - Opinion of Counsel for Borrower
"""

_PLEDGE = """LOAN AGREEMENT dated June 9, 2004 between ARDEN MARINE, INC., a Maine corporation
("Borrower"), and COASTAL FIRST BANK ("Lender").

"Pledge Agreement" means that certain pledge agreement of even date executed by Harbor Lane
Holdings, LLC in favor of Lender.

"Environmental Agreement" means the environmental indemnity agreement required by Lender.

IN WITNESS WHEREOF, the parties have executed this Loan Agreement.

ARDEN MARINE, INC.

By: /s/ Celia Marsh
Title: President

COASTAL FIRST BANK

By: /s/ Omar Reyes
Title: Vice President

Exhibit A - Pledge Agreement
Exhibit B - Environmental Agreement
"""


def test_the_definition_makes_the_maker_and_the_beneficiary_parties() -> None:
    parties = edges(extract_text(_CREDIT), "PARTY_TO")
    assert ("HOLLOWAY TOOL WORKS, INC.", "Security Agreement") in parties
    assert ("MERIDIAN STATE BANK", "Security Agreement") in parties


def test_both_parties_executing_after_a_form_clause_are_party() -> None:
    parties = edges(extract_text(_CREDIT), "PARTY_TO")
    assert ("HOLLOWAY TOOL WORKS, INC.", "Subordination Agreement") in parties
    assert ("Holloway Group, Inc.", "Subordination Agreement") in parties


def test_the_maker_takes_the_role_its_term_states() -> None:
    x = extract_text(_CREDIT)
    n = {e.ref: str(e.props.get("name") or e.props.get("title")) for e in x.entities}
    roles = {
        (n[r.source], n[r.target]): r.props.get("role") for r in x.relations if r.type == "PARTY_TO"
    }
    assert roles[("HOLLOWAY TOOL WORKS, INC.", "Subordination Agreement")] == "Borrower"


def test_an_opinion_and_the_own_agreement_gain_no_party() -> None:
    x = extract_text(_CREDIT)
    parties = edges(x, "PARTY_TO")
    assert not [p for p in parties if p[1].startswith("Opinion")]
    assert ("Holloway Group, Inc.", "Credit Agreement") not in parties


def test_a_named_maker_of_a_defined_pledge_agreement() -> None:
    parties = edges(extract_text(_PLEDGE), "PARTY_TO")
    assert ("Harbor Lane Holdings, LLC", "Pledge Agreement") in parties
    assert ("COASTAL FIRST BANK", "Pledge Agreement") in parties
    assert not [p for p in parties if p[1] == "Environmental Agreement"]
