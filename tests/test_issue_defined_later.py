"""A named issue whose defined term comes further on in its clause, past its date and amount:
"that certain 9% Senior Subordinated Note due June 30, 2019, dated May 1, 2016, in the original
principal amount of $1,750,000 (the "Prior Note")" is one note, not a titled one beside the
term's. Passages written for this test."""

from __future__ import annotations

from tests.passages import extract_text

RECITAL = (
    "AMENDMENT AND EXCHANGE AGREEMENT\n\n"
    'This AMENDMENT AND EXCHANGE AGREEMENT (this "Agreement") is made as of July 8, 2019, by '
    'and between Corvalis Marine Holdings, Inc., a Delaware corporation (the "Company"), and '
    'Westgate Special Situations LP, a Delaware limited partnership (the "Holder").\n\n'
    "WHEREAS, the Company issued to the Holder that certain 9% Senior Subordinated Note due "
    "June 30, 2019, dated May 1, 2016, in the original principal amount of $1,750,000 (the "
    '"Prior Note");\n'
)


def test_the_issue_and_its_later_term_are_one_note() -> None:
    x = extract_text(RECITAL)
    notes = [e for e in x.entities if e.label == "Instrument" and e.props.get("kind") == "note"]
    assert len(notes) == 1
    note = notes[0]
    assert "Prior Note" in note.aliases
    assert "9% Senior Subordinated Note due June 30, 2019" in note.aliases
    assert note.props.get("interest_rate") == 9
    assert note.props.get("maturity_date") == "2019-06-30"
    assert note.props.get("amount") == 1750000


def test_a_term_for_another_instrument_is_not_taken() -> None:
    text = RECITAL.replace(
        '(the "Prior Note")', 'and the warrants issued with it (the "Prior Note Warrants")'
    )
    x = extract_text(text)
    titled = [
        e
        for e in x.entities
        if "9% Senior Subordinated Note due June 30, 2019"
        in (str(e.props.get("title")), *e.aliases)
    ]
    assert all("Prior Note Warrants" not in e.aliases for e in titled)


def test_a_series_issue_is_the_series_its_term_defines() -> None:
    text = (
        "NOTE PURCHASE AGREEMENT\n\nThe Company will authorize the issue and sale of (a) "
        "$20,000,000 aggregate principal amount of its 5.85% Series A Senior Notes due September "
        '15, 2010 (the "Series A Notes") and (b) $10,000,000 aggregate principal amount of its '
        '6.10% Series B Senior Notes due September 15, 2013 (the "Series B Notes" and, together '
        'with the Series A Notes, the "Notes").\n'
    )
    x = extract_text(text)
    notes = {
        str(e.props.get("title")): e
        for e in x.entities
        if e.label == "Instrument" and e.props.get("kind") == "note"
    }
    assert set(notes) == {"Series A Notes", "Series B Notes"}
    assert notes["Series B Notes"].props.get("interest_rate") == 6.10
    assert notes["Series B Notes"].props.get("maturity_date") == "2013-09-15"
    assert notes["Series A Notes"].props.get("interest_rate") == 5.85
