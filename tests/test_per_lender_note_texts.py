"""A syndicated credit agreement of the 1990s bank form: its opening under the page furniture
of the contents ("ii" then "<PAGE> 3" on the lines right above it), and the notes it appends
one to each lender, all of one form and heading but each for its lender's commitment and to
its order, payable "at the office of" the agent.

Facts written before the extractor ran on the passage: the Borrower is party as "Borrower"
(Texas); each note is its own instrument with its principal, held by its payee alone (not by
the agent, whose office is only the place of payment, nor by the other lenders the body's
"deliver to each Bank a promissory note" names), issued by the Borrower under the agreement.
Two notes of one form and one principal, each under its own signature block, are two
instruments as well, each held by its payee alone.
"""

from __future__ import annotations

import pytest

from ingest.records import Extraction
from tests.passages import OWN, extract_text, own_roles

_HEAD = (
    "TABLE OF CONTENTS\n\n"
    "Section 1.  Definitions . . . . . . . . . . . . . . . . . . . . 1\n"
    "Section 2.  The Term Loans  . . . . . . . . . . . . . . . . . . 4\n\n"
    "EXHIBITS\n\n"
    "Exhibit A      Term Note\n\n\n"
    "ii\n"
    "<PAGE>   3\n"
    "LOAN AGREEMENT, dated as of March 3, 1997, among Harlow Energy Corp., a Texas\n"
    'corporation (the "Borrower"), the several banks from time to time parties to this\n'
    'Agreement (the "Banks") and Midland Trust Bank, a Texas banking corporation, as agent\n'
    "for the Banks hereunder.\n\n"
    "The parties hereto hereby agree as follows:\n\n"
    "2.1  Term Loans.  Each Bank severally agrees to make a term loan to the Borrower on the\n"
    "Closing Date in the amount set forth opposite its name on Schedule I.\n\n"
    "2.5  Notes.  The Borrower will execute and deliver to each Bank a promissory note of the\n"
    "Borrower evidencing the term loan of such Bank, substantially in the form of Exhibit A\n"
    '(a "Term Note").\n\n'
    "IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed\n"
    "as of the day and year first above written.\n\n"
    "HARLOW ENERGY CORP.\n\n"
    "By: /s/ Ellen R. Marsh\n"
    "Title: President\n\n"
    "MIDLAND TRUST BANK,\n"
    "as Agent and as a Bank\n\n"
    "By: /s/ Carl J. Upton\n"
    "Title: Senior Vice President\n\n"
    "ALDER NATIONAL BANK,\n"
    "as a Bank\n\n"
    "By: /s/ Nora P. Feld\n"
    "Title: Vice President\n\n\n"
)


def _note(amount: str, words: str, payee: str, page: str = "<PAGE>\n") -> str:
    return (
        page + "TERM NOTE\n\n\n"
        f"{amount}                                        Dallas, Texas\n"
        "March 3, 1997\n\n\n"
        "FOR VALUE RECEIVED, the undersigned, Harlow Energy Corp., a Texas corporation (the\n"
        '"Borrower"), hereby unconditionally promises to pay to the order of ' + payee + "\n"
        '(the "Bank") at the office of Midland Trust Bank, located at 400 Elm Street, Dallas,\n'
        f"Texas 75201, on the Maturity Date the principal amount of {words} ({amount}).\n\n"
        "This Note is one of the Term Notes referred to in the Loan Agreement dated as of\n"
        "March 3, 1997 among the Borrower, the Banks and Midland Trust Bank, as agent.\n\n"
        "HARLOW ENERGY CORP.\n\n"
        "By: /s/ Ellen R. Marsh\n"
        "Title: President\n\n\n"
    )


_TWO_LENDERS = (
    _HEAD
    + _note("$40,000,000", "FORTY MILLION DOLLARS", "ALDER NATIONAL BANK")
    + _note("$25,000,000", "TWENTY-FIVE MILLION DOLLARS", "MIDLAND TRUST BANK")
)
#: the same notes run on from the signature pages with no page marker above their headings
_RUN_ON = (
    _HEAD
    + _note("$40,000,000", "FORTY MILLION DOLLARS", "ALDER NATIONAL BANK", page="")
    + _note("$25,000,000", "TWENTY-FIVE MILLION DOLLARS", "MIDLAND TRUST BANK", page="")
)
_ONE_PRINCIPAL = (
    _HEAD
    + _note("$10,000,000", "TEN MILLION DOLLARS", "ALDER NATIONAL BANK", page="")
    + _note("$10,000,000", "TEN MILLION DOLLARS", "MIDLAND TRUST BANK", page="")
)


def _notes(x: Extraction) -> dict[str, object]:
    """Note ref -> its principal."""
    return {
        e.ref: e.props.get("amount")
        for e in x.entities
        if e.label == "Instrument" and e.props.get("kind") == "note"
    }


def _held(x: Extraction, type_: str = "HOLDS") -> set[tuple[str, object]]:
    """(party name, principal of the note) of each edge of ``type_`` into a note."""
    names = {e.ref: str(e.props.get("name")) for e in x.entities if e.label == "Party"}
    notes = _notes(x)
    return {
        (names[r.source], notes[r.target])
        for r in x.relations
        if r.type == type_ and r.target in notes
    }


def test_the_opening_under_the_page_furniture_is_the_preamble() -> None:
    x = extract_text(_TWO_LENDERS)
    assert own_roles(x)["Harlow Energy Corp."] == "Borrower"
    (borrower,) = (e for e in x.entities if e.props.get("name") == "Harlow Energy Corp.")
    assert borrower.props.get("jurisdiction") == "Texas"


@pytest.mark.parametrize("text", [_TWO_LENDERS, _RUN_ON], ids=["paged", "run_on"])
def test_each_lenders_note_is_its_own_instrument_held_by_its_payee(text: str) -> None:
    x = extract_text(text)
    assert sorted(a for a in _notes(x).values() if isinstance(a, int)) == [25_000_000, 40_000_000]
    assert _held(x) == {("ALDER NATIONAL BANK", 40_000_000), ("Midland Trust Bank", 25_000_000)}
    assert _held(x, "ISSUES") == {
        ("Harlow Energy Corp.", 40_000_000),
        ("Harlow Energy Corp.", 25_000_000),
    }
    under = {r.source for r in x.relations if r.type == "ISSUED_UNDER" and r.target == OWN}
    assert set(_notes(x)) <= under


@pytest.mark.parametrize("text", [_TWO_LENDERS, _RUN_ON], ids=["paged", "run_on"])
def test_the_agents_office_is_no_payee(text: str) -> None:
    x = extract_text(text)
    holds = {
        (r.source, r.props.get("amount"))
        for r in x.relations
        if r.type == "HOLDS" and r.target in _notes(x)
    }
    assert all(amount is not None for _, amount in holds)


def test_notes_of_one_form_and_one_principal_are_each_held_by_their_payee() -> None:
    x = extract_text(_ONE_PRINCIPAL)
    assert list(_notes(x).values()) == [10_000_000, 10_000_000]
    holds = [(r.source, r.target) for r in x.relations if r.type == "HOLDS"]
    assert len(holds) == 2 and len({t for _, t in holds}) == 2
