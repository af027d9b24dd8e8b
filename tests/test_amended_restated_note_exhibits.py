"""An amendment that replaces a note by an amended and restated note attached as an exhibit: the
body defines the new note ("an Amended and Restated Revolving Promissory Note in the form
attached as Exhibit A (the "Amended Note"), which amends, restates and replaces ... the Existing
Note"), and the exhibit's own text says which note it restates ("This Note amends and restates
in its entirety the Revolving Promissory Note dated March 3, 2021") and which agreement it is
issued under ("issued pursuant to the Loan Agreement dated as of March 3, 2021"). The new note is
its own instrument, dated by its own heading (never the agreement's date it cites), and AMENDS
the note it restates. Shapes of drafting, on passages written for these tests."""

from __future__ import annotations

from ingest.records import Extraction
from tests.passages import extract_text

_AMENDMENT = """\
                     THIRD AMENDMENT TO LOAN AGREEMENT

     This THIRD AMENDMENT TO LOAN AGREEMENT (this "Amendment") is made as of
{date}, by and between {bank}, a national banking association ("Lender"), and
{borrower}, a Kansas corporation ("Borrower").

     WHEREAS, Lender and Borrower are parties to a Loan Agreement dated as of
{old_date} (the "Loan Agreement"), and the loans under it are evidenced by a
{old_title} dated {old_date} made by Borrower payable to Lender (the "Existing
Note");

     NOW, THEREFORE, the parties agree as follows:

     1.  Borrower shall deliver to Lender an {new_title} in the form attached as
Exhibit A (the "Restated Note"), which amends and restates the Existing Note.

     IN WITNESS WHEREOF, the parties have signed this Amendment.

{bank}

By: /s/ Alma Reyes
Alma Reyes, Vice President

{borrower}

By: /s/ Peter Lund
Peter Lund, President

                                  EXHIBIT A

                      {heading}

$2,500,000.00                                            Wichita, Kansas
                                                         {date}

     FOR VALUE RECEIVED, the undersigned, {borrower} ("Maker"), promises to
pay to the order of {bank} ("Payee") the principal sum of $2,500,000.00.

     This Note is issued pursuant to the Loan Agreement dated as of {old_date}
between Maker and Payee. {restates}

                                  {borrower}

                                  By: /s/ Peter Lund
                                  Peter Lund, President
"""

_REVOLVING = _AMENDMENT.format(
    date="May 1, 2023",
    old_date="March 3, 2021",
    bank="PLAINSVIEW NATIONAL BANK",
    borrower="SUNFLOWER MILLWORK CORP.",
    old_title="Revolving Promissory Note",
    new_title="Amended and Restated Revolving Promissory Note",
    heading="AMENDED AND RESTATED REVOLVING PROMISSORY NOTE",
    restates="This Note amends and restates in its entirety the Revolving Promissory Note "
    "dated March 3, 2021 made by Maker to the order of Payee.",
)

_TERM = _AMENDMENT.format(
    date="October 9, 2019",
    old_date="June 1, 2015",
    bank="COTTONWOOD STATE BANK",
    borrower="HAYMARKET FEED & SEED, INC.",
    old_title="Term Note",
    new_title="Amended and Restated Term Note",
    heading="AMENDED AND RESTATED TERM NOTE",
    restates="This Term Note is given in substitution for that certain Term Note, dated June 1, "
    "2015, and not in payment of it.",
)

#: near miss: a note whose text restates nothing, only cites the agreement
_PLAIN = _AMENDMENT.format(
    date="February 2, 2018",
    old_date="July 7, 2016",
    bank="MEADOWLARK BANK",
    borrower="OSAGE TRAILER WORKS, INC.",
    old_title="Term Note",
    new_title="Amended and Restated Term Note",
    heading="AMENDED AND RESTATED TERM NOTE",
    restates="",
)


def _notes(x: Extraction) -> dict[str, object]:
    return {
        e.ref: e.props.get("date")
        for e in x.entities
        if e.label == "Instrument" and e.props.get("kind") == "note"
    }


def _titles(x: Extraction) -> dict[str, str]:
    return {e.ref: str(e.props.get("title")) for e in x.entities}


def test_the_restated_note_is_its_own_note_dated_by_its_heading() -> None:
    x = extract_text(_REVOLVING)
    assert sorted(d for d in _notes(x).values() if isinstance(d, str)) == [
        "2021-03-03",
        "2023-05-01",
    ]


def test_the_restated_note_amends_the_note_it_restates() -> None:
    x = extract_text(_REVOLVING)
    titles, dates = _titles(x), _notes(x)
    amends = {
        (dates[r.source], dates[r.target])
        for r in x.relations
        if r.type == "AMENDS" and r.source in dates and r.target in dates
    }
    assert ("2023-05-01", "2021-03-03") in amends
    assert any(titles[r.source] != titles[r.target] for r in x.relations if r.type == "AMENDS")


def test_a_note_given_in_substitution_for_an_earlier_note() -> None:
    x = extract_text(_TERM)
    dates = _notes(x)
    amends = {
        (dates[r.source], dates[r.target])
        for r in x.relations
        if r.type == "AMENDS" and r.source in dates and r.target in dates
    }
    assert ("2019-10-09", "2015-06-01") in amends
    makers = {dates.get(r.target) for r in x.relations if r.type == "ISSUES"}
    assert "2019-10-09" in makers


def test_a_note_citing_its_agreement_is_not_dated_by_it() -> None:
    x = extract_text(_PLAIN)
    assert "2018-02-02" in _notes(x).values()
