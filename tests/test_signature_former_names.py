"""A signature block that gives its company's former name ("CHESAPEAKE PLC (FORMERLY KNOWN AS /
FIELD GROUP PLC)") names one company: the former name is no party of its own, and takes none
of the roles of the block. A passage written for this test (invented parties), then a real
amendment of the corpus."""

from __future__ import annotations

from ingest.extract import extract
from ingest.readers import read_file
from tests.passages import edges, extract_text
from tests.paths import CORPUS

_TEXT = (
    "AMENDMENT NO. 2 TO CREDIT AGREEMENT\n\n"
    'AMENDMENT NO. 2 (this "Amendment") dated as of May 6, 2010 to the Credit Agreement among '
    'Brightwater Mills plc (formerly known as Orwell Weaving plc) (the "Borrower"), the banks '
    'party to the Credit Agreement (the "Lenders") and Saltmarsh Bank, N.A., as administrative '
    'agent (the "Agent").\n\n'
    "Section 1. Section 5.01 of the Credit Agreement is amended as set forth herein.\n\n"
    "IN WITNESS WHEREOF, the parties have caused this Amendment to be executed as of the date "
    "first above written.\n\n"
    "BRIGHTWATER MILLS\nPLC (FORMERLY KNOWN AS\n\nORWELL\nWEAVING PLC)\n\n"
    "By /s/ Imogen R. Thwaite\nName: Imogen R. Thwaite\nTitle: Director\n\n\n"
    "SALTMARSH BANK, N.A., as Agent and as a Lender\n\n"
    "By /s/ Desmond K. Ure\nName: Desmond K. Ure\nTitle: Managing Director\n"
)


def test_a_blocks_former_name_is_no_party_and_lends_nothing() -> None:
    x = extract_text(_TEXT)
    parties = {str(e.props.get("name")).upper() for e in x.entities if e.label == "Party"}
    assert "ORWELL WEAVING PLC" not in parties, parties
    lenders = {s.upper() for s, _ in edges(x, "LENDS_TO")}
    assert "ORWELL WEAVING PLC" not in lenders, lenders
    assert any(s.startswith("SALTMARSH BANK") for s in lenders), lenders


def test_a_real_amendment_signed_under_a_former_name() -> None:
    path = CORPUS / "credit-dev" / "lexpredict-19731-2008-03-06.txt"
    (source,) = read_file(path, max_bytes=10_000_000).documents
    x = extract(source)
    lenders = {s.upper() for s, _ in edges(x, "LENDS_TO")}
    assert "FIELD GROUP PLC" not in lenders, lenders
    assert "WACHOVIA BANK, NATIONAL ASSOCIATION" in lenders, lenders


#: The former name wraps over two lines under the company's, the second a branch's name: both
#: lines are the former name, and "New York Branch)" no company of its own.
_WRAPPED_FORMER_BRANCH = (
    "CREDIT AGREEMENT\n\n"
    'This Agreement, dated as of June 3, 1999, is among Larchmont Mills, Inc. (the "Borrower"), '
    'Banque Meridionale Cressy ("Cressy") and the other lending institutions listed in '
    'Schedule A (each a "Bank"), and Cressy, as agent for the Banks (the "Agent").\n\n'
    "SECTION 2.1. Loans. Each Bank agrees to make loans to the Borrower.\n\n"
    "IN WITNESS WHEREOF, the parties hereto have executed this Agreement.\n\n"
    "LARCHMONT MILLS, INC.\n\nBy: /s/ Jo Fenn\nName: Jo Fenn\nTitle: President\n\n"
    "BANQUE MERIDIONALE CRESSY\n(formerly Banque Cressy,\nNew York Branch)\n"
    "as a Bank and as Agent\n\nBy: /s/ Remy Aubert\nName: Remy Aubert\nTitle: Vice President\n"
)


def test_a_former_name_wrapped_onto_a_branch_line_names_no_party() -> None:
    x = extract_text(_WRAPPED_FORMER_BRANCH)
    parties = {str(e.props.get("name")) for e in x.entities if e.label == "Party"}
    assert not any("Branch" in p or "BRANCH" in p for p in parties), parties
    assert edges(x, "LENDS_TO") == {("Banque Meridionale Cressy", "Larchmont Mills, Inc.")}
