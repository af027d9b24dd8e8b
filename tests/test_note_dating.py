"""Notes dated by a sentence of their own: ""Notes" means the separate Term Notes made by the
Company payable to the order of each Bank ..." and, in the section that requires them, "Each
Note shall be dated the date hereof" (the own agreement's date) or "as of June 2, 1999".
"""

from __future__ import annotations

from tests.passages import extract_text

_AGREEMENT = (
    "TERM LOAN AGREEMENT\n\n"
    "THIS TERM LOAN AGREEMENT is dated as of August 14, 1998 among WESTLAKE MARINE "
    'CORPORATION, a Delaware corporation (the "Company"), the banks listed on the signature '
    'pages hereof (the "Banks") and CASCADE NATIONAL BANK, as agent for the Banks (the '
    '"Agent").\n\n'
    '"Notes" means the separate Term Notes made by the Company payable to the order of each '
    "Bank in the form of Exhibit B.\n\n"
    "SECTION 2.4 Notes. Each Bank's Loans shall be evidenced by a Note. Each Note shall be "
    "dated the date hereof and shall bear interest at the rate set forth in Section 3.1.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first "
    "written above.\n\n"
    "WESTLAKE MARINE CORPORATION\n\nBy: /s/ Helen R. Moss\nTitle: Treasurer\n\n"
    "CASCADE NATIONAL BANK, as Agent and as a Bank\n\nBy: /s/ Peter Lund\n"
    "Title: Vice President\n\n"
    "ORCHARD BANK, N.A.\n\nBy: /s/ Dana Kim\nTitle: Vice President\n"
)


def _note_date(text: str) -> object:
    x = extract_text(text)
    (note,) = (e for e in x.entities if e.label == "Instrument" and e.props.get("kind") == "note")
    return note.props.get("date")


def test_the_date_hereof_is_the_agreements() -> None:
    assert _note_date(_AGREEMENT) == "1998-08-14"


def test_a_written_date() -> None:
    assert _note_date(_AGREEMENT.replace("the date hereof", "as of June 2, 1999")) == "1999-06-02"


def test_the_date_of_issuance_is_no_date() -> None:
    assert _note_date(_AGREEMENT.replace("the date hereof", "the date of its issuance")) is None
