"""The parties of the agreement an amendment or a consent recites, named with their capacities
in the recital ("WHEREAS, the Borrower, the Lenders, the Administrative Agent, Bank A and Bank
B, as syndication agents, ... entered into the Credit Agreement"), round sixteen (h27-b):

- an opening that is the amendment's title wrapped over lines, naming itself in a parenthesis
  before "among" (``structure.titled_among``): without it no preamble was found, and the
  recital's party statement was never read;
- the capacity written after a name, in lower case, once in the plural for several names
  (``underlying.as_capacity``): each named party holds it on the recited agreement, its own
  before the class ("the Lenders") that also names it; none of these capacities lends;
- "is party to ... with" the recited agreement's other parties, each named in its capacity
  (``underlying.counterparty``), never "with respect to";
- a foreign bank's branch in a parenthesis after its name (``names.PAREN_FORM``): part of the
  name, never a bank without it.
"""

from __future__ import annotations

from ingest.names import name_runs
from ingest.records import Extraction
from tests.passages import edges, entity_names, extract_text

_TITLED = """AMENDMENT
NO. 3 (this "Amendment") TO THE
AMENDED AND RESTATED CREDIT AGREEMENT among Fernlow Paper Company, a Maine
corporation (the "Borrower"), the banks and other lenders party to the Credit
Agreement referred to below (the "Lenders") and Aldermoor Bank, N.A., as
administrative agent for the Lenders (in such capacity, the "Administrative
Agent").

PRELIMINARY STATEMENTS:

WHEREAS, the Borrower, the Lenders, the Administrative Agent, Quarrington Bank,
N.A. and Helmsdale Credit Corp., as syndication agents, Ostwick Bank plc, as
documentation agent, and Aldermoor Securities LLC, as sole lead arranger and sole
bookrunner, have entered into an Amended and Restated Credit Agreement dated as of
May 4, 2007 (the "Credit Agreement"); and

WHEREAS, the Borrower has requested that the Lenders amend the Credit Agreement.

NOW, THEREFORE, the parties hereto agree as follows:

1. Section 6.02 of the Credit Agreement is amended by deleting "2.50" and inserting "2.75".

2. This Amendment shall be governed by the laws of the State of New York.

FERNLOW PAPER COMPANY

By: /s/ Gail R. Tennant
Name: Gail R. Tennant
Title: Treasurer

ALDERMOOR BANK, N.A., as Administrative Agent and as a Lender

By: /s/ Owen F. Lyle
Name: Owen F. Lyle
Title: Managing Director
"""

_ARE_PARTIES = """CONSENT AGREEMENT

This CONSENT AGREEMENT (this "Consent") is dated as of March 3, 2015 and is entered into
by and among Dunmore Textiles, Inc., a Georgia corporation (the "Company"), the Lenders
signatory hereto and Raleigh Trust Company, as agent (the "Agent").

RECITALS

A. The Company, the lenders from time to time party thereto (the "Lenders"), Calder Bank,
N.A. and Penrose Savings Bank, FSB, as co-documentation agents, Tarrant Bank (Cayman
Islands Branch), as syndication agent, and the Agent are parties to the Revolving Credit
Agreement dated as of June 1, 2013 (the "Credit Agreement").

B. The Company has requested that the Lenders consent to the sale of its Macon plant.

NOW, THEREFORE, the parties agree as follows:

1. The Lenders consent to the sale of the Macon plant. Notices to the Company shall be sent
to 10 Mill Street, Macon, Georgia, Attention: Irene Vashti, Controller.

2. This Consent shall be governed by the laws of the State of Georgia.

DUNMORE TEXTILES, INC.

By: /s/ Carl B. Weston
Name: Carl B. Weston
Title: Chief Financial Officer

RALEIGH TRUST COMPANY, as Agent and as a Lender

By: /s/ Mona T. Reyes
Name: Mona T. Reyes
Title: Vice President
"""

_PARTY_WITH = """SECOND AMENDMENT TO TERM LOAN AGREEMENT

This SECOND AMENDMENT TO TERM LOAN AGREEMENT (this "Amendment") is dated as of August 9,
2019 and is entered into by and between Kestwick Pipeline, LLC, a Delaware limited
liability company (the "Borrower"), and Brantham Bank, as administrative agent (the
"Administrative Agent").

RECITALS

1. The Borrower is party to a Term Loan Agreement dated as of February 12, 2016 (the "Loan
Agreement") with the lenders from time to time party thereto, the Administrative Agent,
Harrowgate Capital Markets, Inc., as sole lead arranger, and Corby Bank, as documentation
agent.

2. The Borrower has requested certain amendments to the Loan Agreement.

NOW, THEREFORE, the parties agree as follows:

1. Section 7.1 of the Loan Agreement is amended by deleting "3.00" and inserting "3.25".

2. This Amendment shall be governed by the laws of the State of Texas.
"""


def _roles(x: Extraction) -> dict[tuple[str, str], object]:
    n = entity_names(x)
    return {
        (n[r.source], n[r.target]): r.props.get("role") for r in x.relations if r.type == "PARTY_TO"
    }


def _held(role: object, capacity: str) -> bool:
    """Whether ``capacity`` is one of the capacities a role joins by "and"."""
    return capacity.lower() in [p.strip().lower() for p in str(role).split(" and ")]


def test_a_wrapped_title_naming_itself_opens_the_amendment_and_its_recital_is_read() -> None:
    party_to = edges(extract_text(_TITLED), "PARTY_TO")
    assert {
        ("Quarrington Bank, N.A.", "Amended and Restated Credit Agreement"),
        ("Helmsdale Credit Corp.", "Amended and Restated Credit Agreement"),
        ("Ostwick Bank plc", "Amended and Restated Credit Agreement"),
        ("Aldermoor Securities LLC", "Amended and Restated Credit Agreement"),
    } <= party_to


def test_each_name_holds_its_capacity_and_a_plural_one_is_shared() -> None:
    roles = _roles(extract_text(_TITLED))
    credit = "Amended and Restated Credit Agreement"
    assert _held(roles[("Quarrington Bank, N.A.", credit)], "Syndication Agent")
    assert _held(roles[("Helmsdale Credit Corp.", credit)], "Syndication Agent")
    assert _held(roles[("Ostwick Bank plc", credit)], "Documentation Agent")
    assert _held(roles[("Aldermoor Securities LLC", credit)], "Sole Lead Arranger")


def test_are_parties_to_in_another_wording_with_a_branch_in_parentheses() -> None:
    x = extract_text(_ARE_PARTIES)
    roles = _roles(x)
    credit = "Revolving Credit Agreement"
    assert _held(roles[("Calder Bank, N.A.", credit)], "Co-documentation Agent")
    assert _held(roles[("Penrose Savings Bank, FSB", credit)], "Co-documentation Agent")
    assert _held(roles[("Tarrant Bank (Cayman Islands Branch)", credit)], "Syndication Agent")
    assert "Tarrant Bank" not in entity_names(x).values()


def test_an_agent_named_only_in_the_recital_lends_to_nobody() -> None:
    for text, agent in ((_TITLED, "Ostwick Bank plc"), (_ARE_PARTIES, "Calder Bank, N.A.")):
        assert not [e for e in edges(extract_text(text), "LENDS_TO") if e[0] == agent]


def test_the_class_and_an_attention_line_are_no_parties() -> None:
    names = set(entity_names(extract_text(_ARE_PARTIES)).values())
    assert "Irene Vashti" not in names
    assert not names & {"Lenders", "the Lenders"}


def test_party_to_with_its_counterparties_named_in_their_capacities() -> None:
    x = extract_text(_PARTY_WITH)
    roles = _roles(x)
    assert _held(
        roles[("Harrowgate Capital Markets, Inc.", "Term Loan Agreement")], "Sole Lead Arranger"
    )
    assert _held(roles[("Corby Bank", "Term Loan Agreement")], "Documentation Agent")


def test_with_respect_to_names_no_counterparty() -> None:
    text = _PARTY_WITH.replace(
        "with the lenders from time to time party thereto, the Administrative Agent,\n"
        "Harrowgate Capital Markets, Inc., as sole lead arranger, and Corby Bank, as "
        "documentation\nagent.",
        "with respect to the loans made by Corby Bank, as documentation agent.",
    )
    assert ("Corby Bank", "Term Loan Agreement") not in edges(extract_text(text), "PARTY_TO")


def test_a_branch_in_parentheses_is_part_of_the_name() -> None:
    for text, name in (
        ("and NORBURY BANK ASA (NEW YORK BRANCH), as agent", "NORBURY BANK ASA (NEW YORK BRANCH)"),
        (
            "KESSEL LANDESBANK AG (NEW YORK\nBRANCH), as Lender",
            "KESSEL LANDESBANK AG (NEW YORK\nBRANCH)",
        ),
        (
            "Halden Bank plc (acting through its Cayman Islands Branch) as Lender",
            "Halden Bank plc (acting through its Cayman Islands Branch)",
        ),
    ):
        assert name_runs(text)[0].text == name


def test_other_parentheses_after_a_bank_are_no_part_of_it() -> None:
    assert name_runs('Acme Bank (the "Bank") and')[0].text == "Acme Bank"
    assert name_runs("Beta Bank AG (Branch Office) and")[0].text == "Beta Bank AG"


_OTHER_AGENT = """REVOLVING CREDIT AGREEMENT

This REVOLVING CREDIT AGREEMENT (this "Agreement") is dated as of July 1, 2011 and is entered
into by and among Wexcombe Capital, Inc., a Maryland corporation (the "Borrower"), the Lenders
party hereto and Pellham Bank, as administrative agent (the "Administrative Agent").

"Existing Facility" means that certain Credit Agreement dated March 2, 2009 among the Borrower
and Corvell Funding, LLC, as administrative agent for the lenders party thereto.

"Security Agreement" means the Security Agreement between the Borrower and the Administrative
Agent to be delivered on the Closing Date.

1. The Lenders agree to make Revolving Loans to the Borrower.
"""


def test_a_capacity_this_document_defines_for_its_own_agent_is_left_to_it() -> None:
    x = extract_text(_OTHER_AGENT)
    roles = _roles(x)
    assert not _held(
        roles.get(("Corvell Funding, LLC", "Credit Agreement")), "Administrative Agent"
    )
    assert ("Corvell Funding, LLC", "Security Agreement") not in edges(x, "PARTY_TO")
