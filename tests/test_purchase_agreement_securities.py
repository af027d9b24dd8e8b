"""The notes and warrants a securities purchase agreement sells, read from its recitals in the
shape such agreements share: "The Company has authorized a new series of senior convertible
notes ... (the "Notes")", "(ii) warrants, in the form attached hereto as Exhibit B (the
"Warrants"), to acquire up to that number of additional shares of Common Stock", a warrant
description with a definition nested in it, and "shall issue and deliver to the Holder".
Passages written for this test (names, amounts and dates of our own)."""

from __future__ import annotations

from tests.passages import OWN, edges, entity_names, extract_text

SPA = (
    "SECURITIES PURCHASE AGREEMENT\n\n"
    'This SECURITIES PURCHASE AGREEMENT (the "Agreement"), dated as of October 2, 2017, is by '
    'and among Fernhill Diagnostics Corp., a Nevada corporation (the "Company"), and each of '
    'the investors listed on the Schedule of Buyers attached hereto (individually, a "Buyer" '
    'and collectively, the "Buyers").\n\n'
    "RECITALS\n\n"
    "A. The Company has authorized a new series of senior convertible notes of the Company, in "
    "the aggregate original principal amount of $3,200,000, in the form attached hereto as "
    'Exhibit A (the "Notes"), which Notes shall be convertible into shares of Common Stock.\n\n'
    "B. Each Buyer wishes to purchase, and the Company wishes to sell, (i) that aggregate "
    "principal amount of the Notes set forth opposite such Buyer's name on the Schedule of "
    'Buyers, and (ii) warrants, in the form attached hereto as Exhibit B (the "Warrants"), to '
    "acquire up to that number of additional shares of Common Stock set forth opposite such "
    "Buyer's name on the Schedule of Buyers.\n\n"
    "2. USE OF PROCEEDS. The Company shall use the proceeds to repay the Promissory Note dated "
    "May 9, 2016 issued by the Company to Harlow Family Partners, LLC.\n\n"
    "1. PURCHASE AND SALE. The Company shall issue and sell to each Buyer, and each Buyer "
    "severally agrees to purchase from the Company on the Closing Date, (x) a principal amount "
    "of Notes and (y) Warrants as set forth opposite such Buyer's name on the Schedule of "
    "Buyers.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written "
    "above.\n\n"
    "FERNHILL DIAGNOSTICS CORP.\n\nBy: /s/ Owen T. Marsh\nName: Owen T. Marsh\nTitle: Chief "
    "Executive Officer\n\n"
    "BUYERS:\n\nSTILLWATER GROWTH FUND, L.P.\n\nBy: /s/ Dana K. Ruiz\nName: Dana K. Ruiz\n"
    "Title: Managing Member\n"
)

EXCHANGE = (
    "EXCHANGE AGREEMENT\n\n"
    'This EXCHANGE AGREEMENT (this "Agreement") is entered into as of March 1, 2021, by and '
    'between Ostrava Robotics, Inc., a Delaware corporation (the "Company"), and Beacon Ridge '
    'Credit Fund LP, a Delaware limited partnership (the "Holder").\n\n'
    "WHEREAS, the Company desires to exchange its outstanding note for (i) a new senior secured "
    'note in the form attached hereto as Exhibit A (the "New Note"), and (ii) a warrant to '
    "purchase up to 800,000 shares of the Company's common stock, par value $0.001 per share "
    '(the "Common Stock"), at an exercise price of $0.25 per share, in the form attached hereto '
    'as Exhibit B (the "New Warrant").\n\n'
    "1. Exchange. On the date hereof, the Company shall issue and deliver to the Holder (a) the "
    "New Note, in the principal amount of $1,100,000, and (b) the New Warrant.\n"
)


def test_notes_the_company_has_authorized_are_an_instrument_it_sells() -> None:
    x = extract_text(SPA)
    names = entity_names(x)
    notes = [e for e in x.entities if e.label == "Instrument" and "Notes" in e.aliases]
    assert notes and names[notes[0].ref] == "Senior Convertible Notes"
    assert notes[0].props.get("amount") == 3200000
    assert ("Fernhill Diagnostics Corp.", "Senior Convertible Notes") in edges(x, "ISSUES")
    assert ("Senior Convertible Notes", "Securities Purchase Agreement") in edges(x, "ISSUED_UNDER")


def test_warrants_defined_after_the_notes_are_warrants_not_notes() -> None:
    x = extract_text(SPA)
    warrants = [e for e in x.entities if e.label == "Instrument" and "Warrants" in e.aliases]
    assert warrants and warrants[0].props.get("kind") == "warrant"
    title = entity_names(x)[warrants[0].ref]
    assert ("Fernhill Diagnostics Corp.", title) in edges(x, "ISSUES")
    assert (title, "Securities Purchase Agreement") in edges(x, "ISSUED_UNDER")


def test_a_warrant_description_may_nest_a_definition() -> None:
    x = extract_text(EXCHANGE)
    names = entity_names(x)
    warrant = next(e for e in x.entities if "New Warrant" in e.aliases)
    assert warrant.props.get("kind") == "warrant"
    assert warrant.props.get("exercise_price") == 0.25
    note = next(e for e in x.entities if "New Note" in e.aliases)
    assert note.props.get("exercise_price") is None  # the warrant's price, not the note's
    issued = edges(x, "ISSUES")
    assert ("Ostrava Robotics, Inc.", names[warrant.ref]) in issued
    assert ("Ostrava Robotics, Inc.", names[note.ref]) in issued
    held = edges(x, "HOLDS")
    assert ("Beacon Ridge Credit Fund LP", names[warrant.ref]) in held
    assert ("Beacon Ridge Credit Fund LP", names[note.ref]) in held
    under = {(s, t) for s, t in edges(x, "ISSUED_UNDER")}
    assert (names[note.ref], names[OWN]) in under


def test_a_titled_note_is_not_taken_for_the_class_the_agreement_defines() -> None:
    x = extract_text(SPA)
    assert ("Fernhill Diagnostics Corp.", "Promissory Note") in edges(x, "ISSUES")
