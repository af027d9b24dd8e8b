"""English execution clauses on a signature page: "SIGNED by <person> for and on behalf of
<company>" (in bracketed cells or in one sentence) and "EXECUTED as a DEED by <company> acting
by <person>". Each passage is written here in the general shape of English, Hong Kong and
Singapore drafting; names, amounts and dates are invented."""

from __future__ import annotations

from ingest.extract import extract
from ingest.records import Extraction, SourceDocument

_BODY = (
    "FACILITY AGREEMENT\n\n"
    "THIS AGREEMENT is dated 4 March 2015 and made between:\n\n"
    "(1) HARTWELL MARINE LIMITED, a company incorporated in England and Wales (the "
    '"Borrower"); and\n\n'
    '(2) NORDVIK BANK PLC (the "Lender").\n\n'
    "1. THE FACILITY\n\nThe Lender makes available to the Borrower a term loan facility in an "
    "aggregate amount equal to £5,000,000.\n\n"
    "2. GOVERNING LAW\n\nThis Agreement is governed by English law.\n\n"
    "SIGNATURES\n\n"
)


def _x(signatures: str) -> Extraction:
    return extract(SourceDocument(text=_BODY + signatures, path="facility.txt"))


def _signed(x: Extraction) -> dict[str, tuple[object, object]]:
    """signer's name -> (title, the party signed for: its ref, one node however spelt)"""
    names = {e.ref: str(e.props["name"]) for e in x.entities if e.label == "Party"}
    return {
        names[r.source]: (r.props.get("title"), r.props.get("on_behalf_of"))
        for r in x.relations
        if r.type == "SIGNED"
    }


HARTWELL, NORDVIK = "party:hartwell marine limited", "party:nordvik bank plc"


def _cited(x: Extraction) -> None:
    for r in x.relations:
        for s in r.evidence:
            assert x.document.text[s.start : s.end] == s.text


def test_bracketed_cells_give_signer_capacity_and_company() -> None:
    x = _x(
        "THE BORROWER\n\n"
        "SIGNED by PETER ASHCROFT              )\n"
        "for and on behalf of                  )   /s/ Peter Ashcroft\n"
        "HARTWELL MARINE LIMITED               )   Director\n\n"
        "THE LENDER\n\n"
        "SIGNED by MARGARET LOWE               )\n"
        "for and on behalf of                  )   /s/ Margaret Lowe\n"
        "NORDVIK BANK PLC                      )   Authorised Signatory\n"
    )
    assert _signed(x) == {
        "Peter Ashcroft": ("Director", HARTWELL),
        "Margaret Lowe": ("Authorised Signatory", NORDVIK),
    }
    _cited(x)
    # the signers sign for the parties; they are no parties themselves
    parties = {r.source for r in x.relations if r.type == "PARTY_TO"}
    assert parties == {HARTWELL, NORDVIK}


def test_one_sentence_with_the_capacity_in_it() -> None:
    x = _x(
        "Signed by Ruth Okafor, Director, for and on behalf of Hartwell Marine Limited\n\n"
        "Signed by Aled Price, Attorney, for and on behalf of Nordvik Bank plc\n"
    )
    assert _signed(x) == {
        "Ruth Okafor": ("Director", HARTWELL),
        "Aled Price": ("Attorney", NORDVIK),
    }


def test_a_deed_executed_by_the_company_acting_by_a_director() -> None:
    x = _x(
        "EXECUTED as a DEED by HARTWELL MARINE LIMITED acting by PETER ASHCROFT, a director\n\n"
        "EXECUTED as a DEED by NORDVIK BANK PLC acting by MARGARET LOWE, its attorney\n"
    )
    assert _signed(x) == {
        "PETER ASHCROFT": ("Director", HARTWELL),
        "MARGARET LOWE": ("Attorney", NORDVIK),
    }


def test_a_class_signed_for_is_no_company_and_a_sentence_is_no_clause() -> None:
    x = _x(
        "SIGNED by OWEN HART for and on behalf of the Lenders\n\n"
        "The Agent shall confirm that each Utilisation Request is signed by the Borrower.\n"
    )
    assert _signed(x) == {}
    names = {str(e.props["name"]) for e in x.entities if e.label == "Party"}
    assert "Lenders" not in names and "Owen Hart" not in names


def test_a_facility_agreement_is_a_credit_agreement() -> None:
    x = _x("SIGNED by PETER ASHCROFT for and on behalf of HARTWELL MARINE LIMITED\n")
    own = next(e for e in x.entities if e.ref == "agreement:self")
    assert (own.props["title"], own.props["kind"]) == ("Facility Agreement", "credit_agreement")
