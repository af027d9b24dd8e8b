"""A note whose opening gives its maker and payee their terms in no quotes after a "hereinafter"
cue ("DUNMORE CO., an Oregon corporation (hereinafter called Maker)", "(together with any
subsequent holder hereof, hereinafter called Holder)"): that paragraph opens the document as a
quoted one does, so the maker and payee carry their descriptions and terms, and the clauses
that use the terms (the signer for the maker, a guarantor of the note) read them."""

from __future__ import annotations

from ingest.records import Extraction
from tests.passages import entity_names, extract_text

_GRANGE = """\
                        AMENDED AND RESTATED PROMISSORY NOTE

$1,200,000.00                                              Salem, Oregon
                                                          April 3, 2020

     FOR VALUE RECEIVED, the undersigned, GRANGE HOLLOW LUMBER CO., an Oregon
corporation (hereinafter called Maker), promises to pay to the order of
MCKENZIE VALLEY BANK, an Oregon state-chartered bank (together with any
subsequent holder hereof, hereinafter called Holder), the principal sum of
$1,200,000.00, with interest at 5.25% per annum.

     Payment of this Note is guaranteed by Ronan T. Ashby pursuant to a
Guaranty dated April 3, 2020 made in favor of Holder.

MAKER:

GRANGE HOLLOW LUMBER CO.

By   /s/ Ronan T. Ashby
     Ronan T. Ashby, President
"""

#: another bank's form: "hereinafter referred to as", a Kansas cooperative, an "including"
#: phrase before the payee's term
_LARKSPUR = """\
                                 PROMISSORY NOTE

     FOR VALUE RECEIVED, LARKSPUR GRAIN COOPERATIVE, INC., a Kansas
corporation (hereinafter referred to as Borrower), promises to pay to the order
of PLAINS HARVEST BANK, a Kansas banking corporation (including any later holder
of this Note, hereinafter referred to as Lender), the sum of $650,000.00 on
June 30, 2027.

                                 LARKSPUR GRAIN COOPERATIVE, INC.

                                 By: /s/ Wilma Ostrander
                                 Name: Wilma Ostrander
                                 Title: General Manager
"""


def _party(x: Extraction, name: str) -> dict[str, object]:
    e = next(e for e in x.entities if e.label == "Party" and e.props.get("name") == name)
    return {**e.props, "aliases": e.aliases}


def _edges(x: Extraction, type_: str) -> set[tuple[str, str]]:
    n = entity_names(x)
    return {(n[r.source], n[r.target]) for r in x.relations if r.type == type_}


def test_maker_and_payee_terms_given_without_quotes() -> None:
    x = extract_text(_GRANGE)
    maker = _party(x, "GRANGE HOLLOW LUMBER CO.")
    payee = _party(x, "MCKENZIE VALLEY BANK")
    assert "Maker" in maker["aliases"] and maker["jurisdiction"] == "Oregon"
    assert "Holder" in payee["aliases"] and payee["jurisdiction"] == "Oregon"


def test_the_terms_let_the_signer_and_the_guarantor_be_read() -> None:
    x = extract_text(_GRANGE)
    note = "Amended and Restated Promissory Note"
    assert ("Ronan T. Ashby", note) in _edges(x, "SIGNED")
    assert ("Ronan T. Ashby", note) in _edges(x, "SECURES")


def test_referred_to_as_after_an_including_phrase() -> None:
    x = extract_text(_LARKSPUR)
    assert "Borrower" in _party(x, "LARKSPUR GRAIN COOPERATIVE, INC.")["aliases"]
    assert "Lender" in _party(x, "PLAINS HARVEST BANK")["aliases"]
    assert _party(x, "PLAINS HARVEST BANK")["jurisdiction"] == "Kansas"


def test_a_hereinafter_phrase_that_defines_no_term_is_left_alone() -> None:
    """Near miss: "(as hereinafter defined)" gives the payee no term."""
    text = _LARKSPUR.replace(
        "(including any later holder\nof this Note, hereinafter referred to as Lender)",
        "(or its Assignee, as hereinafter defined)",
    )
    aliases = _party(extract_text(text), "PLAINS HARVEST BANK")["aliases"]
    assert not {"Lender", "defined", "Assignee"} & set(aliases)
