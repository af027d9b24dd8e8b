"""Amendments whose parties sign through their managing members, carry former names, share a
role across one parenthesis and name a second agreement of the same title (issue #13).

Each passage is written in the general shape, not copied from a filing: the LLC's block
("ORCHARD VISUAL LLC" / "f/k/a OVX, LLC" / "By:" / "HALDEN SERVICES, INC., as Sole Member" /
"By:" / "Name:" / "Title:"), a role given to several parties by their terms ("each of OVX and
OPX, therein referred to as a "Borrower""), and a definition that names an older agreement of
the same title with another date.
"""

from __future__ import annotations

from ingest.names import name_runs
from tests.passages import edges, extract_text, own_roles

MEMBER_SIGNED = """AMENDMENT NO. 2 TO LOAN AGREEMENT

AMENDMENT NO. 2, dated as of June 3, 2011 (this "Amendment"), to that certain Loan Agreement, \
dated as of January 10, 2010 (the "Loan Agreement"), among ORCHARD VISUAL LLC (f/k/a OVX, LLC), \
an Ohio limited liability company ("OVX"), and ORCHARD PRINT LLC (f/k/a OPX, LLC), an Ohio \
limited liability company ("OPX"; each of OVX and OPX, therein referred to as a "Borrower" and, \
collectively, as the "Borrowers"), HALDEN HOLDINGS, INC., an Ohio corporation ("Halden"), \
HALDEN SERVICES,
INC., an Ohio corporation ("Halden Services"; each of Halden and Halden Services, a "Guarantor" \
and, collectively, the "Guarantors") and KESTREL SAVINGS BANK, an Ohio banking corporation (the \
"Lender").

1. The Loan Agreement is amended as set forth herein.

IN WITNESS WHEREOF, the parties hereto have caused this Amendment to be duly executed as of \
the day and year first above written.

ORCHARD VISUAL LLC
f/k/a OVX, LLC
By:
HALDEN SERVICES, INC., as Sole Member
By:
Name:
Title:
ORCHARD PRINT LLC
f/k/a OPX, LLC
By:
HALDEN SERVICES, INC., its Managing Member
By:
Name:
Title:
HALDEN HOLDINGS, INC.
By:
Name: Mara Quist
Title: President
HALDEN SERVICES, INC.
By:
Name: Mara Quist
Title: President
KESTREL SAVINGS BANK
By:
Name: Tobias Wren
Title: Vice President
"""


def _parties(text: str) -> dict[str, dict[str, object]]:
    x = extract_text(text)
    return {
        str(e.props["name"]): {**e.props, "aliases": e.aliases}
        for e in x.entities
        if e.label == "Party"
    }


def test_a_former_name_under_the_block_company_is_the_same_party() -> None:
    parties = _parties(MEMBER_SIGNED)
    assert "OVX, LLC" not in parties and "OPX, LLC" not in parties
    assert "OVX, LLC" in parties["ORCHARD VISUAL LLC"]["aliases"]  # type: ignore[operator]


def test_the_form_after_a_former_name_is_the_partys() -> None:
    parties = _parties(MEMBER_SIGNED)
    assert parties["ORCHARD VISUAL LLC"]["jurisdiction"] == "Ohio"
    assert parties["ORCHARD PRINT LLC"]["jurisdiction"] == "Ohio"


def test_a_company_signing_as_member_is_no_signer_and_no_title() -> None:
    x = extract_text(MEMBER_SIGNED)
    signed = {(s, t) for s, t in edges(x, "SIGNED")}
    assert {s for s, _ in signed} == {"Mara Quist", "Tobias Wren"}
    titles = {str(r.props.get("title")) for r in x.relations if r.type == "SIGNED"}
    assert titles == {"President", "Vice President"}


def test_each_of_their_terms_shares_the_role() -> None:
    x = extract_text(MEMBER_SIGNED)
    roles = own_roles(x)
    assert roles["ORCHARD VISUAL LLC"] == roles["ORCHARD PRINT LLC"] == "Borrower"
    assert roles["HALDEN HOLDINGS, INC."] == roles["HALDEN SERVICES, INC."] == "Guarantor"
    lends = edges(x, "LENDS_TO")
    assert ("KESTREL SAVINGS BANK", "ORCHARD VISUAL LLC") in lends
    assert ("KESTREL SAVINGS BANK", "ORCHARD PRINT LLC") in lends
    assert ("HALDEN SERVICES, INC.", "Loan Agreement") in edges(x, "SECURES")


SAME_TITLE = """FIRST AMENDMENT TO LOAN AGREEMENT

THIS FIRST AMENDMENT, dated as of May 2, 2012 (this "Amendment"), to that certain Loan \
Agreement, dated as of April 1, 2011 (the "Loan Agreement"), among TARNWOOD, INC., a Nevada \
corporation ("Tarnwood"), and BRISTLECONE BANK, a Utah banking corporation (the "Bank").

1. Definitions. The following definition is added to Section 1.1 of the Loan Agreement:

"Prior Facility" means the Loan Agreement, dated as of June 9, 2008, between Tarnwood and \
Harrow Capital LLC, as amended.

2. Governing Law. This Amendment shall be governed by the laws of the State of Utah.
"""


def test_parties_go_to_the_agreement_of_their_date_only() -> None:
    x = extract_text(SAME_TITLE)
    dated = {e.ref: e.props.get("date") for e in x.entities if e.label == "Agreement"}
    parties_of = {(str(dated.get(r.target)), r.source) for r in x.relations if r.type == "PARTY_TO"}
    assert ("2011-04-01", "party:bristlecone bank") in parties_of
    assert ("2008-06-09", "party:harrow capital llc") in parties_of
    assert ("2011-04-01", "party:harrow capital llc") not in parties_of
    assert ("2008-06-09", "party:bristlecone bank") not in parties_of


def test_a_company_named_like_its_term_is_not_cut_at_its_suffix() -> None:
    names = {n.lower() for n in _parties(SAME_TITLE)}
    assert "inc." not in names and "tarnwood, inc." in names


def test_a_dotted_plc_ends_the_name() -> None:
    runs = [
        r.text for r in name_runs("Northgate Finance p.l.c. and Vestry Bank P.L.C. (the Banks)")
    ]
    assert runs[:2] == ["Northgate Finance p.l.c.", "Vestry Bank P.L.C."]


FORMERLY_UNDER_DESCRIPTOR = """THIRD AMENDMENT TO LOAN AGREEMENT

THIS THIRD AMENDMENT (this "Amendment") is made as of April 9, 2009, by and among WESTBROOK \
PLATING & FINISHING, INC., a Texas corporation ("WPF"), and CEDAR RIDGE BANK, N.A. (the "Bank").

1. The Loan Agreement is amended as set forth herein.

IN WITNESS WHEREOF, the parties have caused this Amendment to be duly executed.

WESTBROOK PLATING &
FINISHING, INC., a Texas corporation,
formerly known as Larch Metals Corporation, as
Borrower


By /s/ Ines Varga
Ines Varga, Vice President


CEDAR RIDGE BANK, N.A.


By /s/ Owen Pratt
Owen Pratt, Senior Vice President
"""


def test_a_former_name_under_a_described_block_company_is_the_same_party() -> None:
    names = set(_parties(FORMERLY_UNDER_DESCRIPTOR))
    assert "Larch Metals Corporation" not in names
    assert not any(n.startswith("FINISHING") for n in names)
    assert "WESTBROOK PLATING & FINISHING, INC." in names


SUBSIDIARY_BORROWER = """AMENDMENT NO. 1

THIS AMENDMENT NO. 1 ("Amendment") is made as of May 5, 2010 by and among Pemberton Tools \
Inc. (the "Company"), the financial institutions listed on the signature pages hereof (the \
"Lenders") and First Lakeshore Bank, N.A., as administrative agent (the "Administrative \
Agent"), under the Credit Agreement dated as of June 1, 2008 by and among the Company, the \
Foreign Subsidiary Borrowers from time to time parties thereto, the Lenders and the \
Administrative Agent.

1. The Credit Agreement is amended as set forth herein.

IN WITNESS WHEREOF, the parties have caused this Amendment to be executed.

PEMBERTON TOOLS INC.
By: /s/ Lena Marsh
Name: Lena Marsh
Title: Treasurer

PEMBERTON TOOLS GMBH, as a Foreign Subsidiary Borrower
By: /s/ Lena Marsh
Name: Lena Marsh
Title: Managing Director

FIRST LAKESHORE BANK, N.A., individually as a Lender and as Administrative Agent
By: /s/ Carl Boyd
Name: Carl Boyd
Title: Vice President

HARBOR NATIONAL BANK, as a Lender
By: /s/ Nia Frost
Name: Nia Frost
Title: Director
"""


def test_the_company_borrows_beside_its_subsidiary_borrowers() -> None:
    lends = edges(extract_text(SUBSIDIARY_BORROWER), "LENDS_TO")
    assert ("HARBOR NATIONAL BANK", "PEMBERTON TOOLS GMBH") in lends
    assert ("HARBOR NATIONAL BANK", "Pemberton Tools Inc.") in lends


FORM_DEFINITIONS = """CREDIT AGREEMENT

This Credit Agreement (the "AGREEMENT") is made and entered into as of July 8, 1999 by and \
between Corvel Freight Lines, Inc., an Iowa corporation (the "BORROWER"), and Prairie State \
Bank, an Iowa banking corporation (the "BANK").

ARTICLE I. DEFINITIONS

"GUARANTOR(S)" shall mean Fenwick Supply, Inc., an Iowa corporation, and any other Person who \
enters into a Guaranty of any of the Obligations.

"SECURITY AGREEMENT" shall mean the Business Security Agreement of even date herewith executed \
by the Borrower, as debtor, in favor of the Bank, as secured party.

ARTICLE II. THE LOANS

2.1 The Bank shall make Advances to the Borrower in an aggregate amount not to exceed \
$4,000,000.
"""


def test_a_forms_guarantor_s_definition_names_a_guarantor() -> None:
    x = extract_text(FORM_DEFINITIONS)
    assert ("Fenwick Supply, Inc.", "Credit Agreement") in edges(x, "SECURES")


def test_the_givers_capacity_under_a_security_document_is_its_role() -> None:
    x = extract_text(FORM_DEFINITIONS)
    names = {e.ref: e.props.get("name") or e.props.get("title") for e in x.entities}
    roles = {
        (names[r.source], names[r.target]): r.props.get("role")
        for r in x.relations
        if r.type == "PARTY_TO"
    }
    assert roles[("Corvel Freight Lines, Inc.", "Business Security Agreement")] == "Debtor"


CURLY = (
    "AMENDMENT NO. 3, dated as of May 1, 2012 (this \u201cAmendment\u201d), to that certain Loan "
    "Agreement, dated as of January 10, 2010, among ORCHARD VISUAL LLC, an Ohio limited "
    "liability company (\u201cOVX\u201d), and ORCHARD PRINT LLC, an Ohio limited liability company "
    "(\u201cOPX\u201d; each of OVX and OPX, therein referred to as a \u201c Borrower\u201d and, "
    "collectively, as the \u201cBorrowers\u201d) and KESTREL SAVINGS BANK, an Ohio banking "
    "corporation (the \u201cLender\u201d).\n\n"
    "1. The Loan Agreement is amended as set forth herein.\n"
)


def test_a_curly_quote_may_stand_apart_from_its_term() -> None:
    x = extract_text(CURLY)
    roles = own_roles(x)
    assert roles["ORCHARD VISUAL LLC"] == roles["ORCHARD PRINT LLC"] == "Borrower"
