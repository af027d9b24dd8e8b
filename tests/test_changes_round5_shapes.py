"""The shapes round five's blind passages (``tests/changes_round5``) showed the change reader
missing, each in passages of its own: two variants in different words and a near miss.

- a lease or note named with its premises or principal between its title and its date;
- an effective date stated apart from the changes ("shall become effective on ... (the
  "Effective Date")", "the amendments set forth in Section 1 shall be effective as of ...");
- a new value stated without quotes ("increased from $X to $Y", "reduced to $1.50 per share");
- quoted words a section holds as the subject ("The date "X" appearing in Section 9.1 is
  replaced with "Y"") or named after an agreement's "amended by deleting";
- a part's letter wrapped to the start of a line ("clause\\n(a) is amended");
- sibling clauses under one lead-in ("(i) clause (a) ...; and (ii) clause (b) ...");
- words struck in a section before a new clause is added to it.
"""

from __future__ import annotations

import pytest

from tests.changes_round5.case import amendment, credit_amendment, predicted
from tests.passages import OWN, extract_text


def _lease(base: str, body: str) -> str:
    return (
        "SECOND AMENDMENT TO LEASE\n\n"
        'This Second Amendment to Lease (this "Amendment") is made as of May 5, 2009, by and '
        'between HARROW POINT PROPERTIES LLC ("Landlord") and FENWICK DENTAL GROUP, P.C. '
        '("Tenant").\n\n'
        f"Landlord and Tenant are parties to that certain {base}.\n\n"
        "NOW, THEREFORE, Landlord and Tenant agree as follows:\n\n" + body + "\n\n"
        "IN WITNESS WHEREOF, the parties have executed this Amendment.\n\n"
        "HARROW POINT PROPERTIES LLC\n\nBy: /s/ Alma Brandt\nName: Alma Brandt\nTitle: Manager\n"
    )


def _amended(text: str) -> set[tuple[str, str | None]]:
    """(title, date) of the agreements the passage's own amendment AMENDS."""
    x = extract_text(text)
    props = {e.ref: e.props for e in x.entities}
    out: set[tuple[str, str | None]] = set()
    for r in x.relations:
        if r.type == "AMENDS" and r.source == OWN:
            date = props[r.target].get("date")
            out.add((str(props[r.target].get("title")), date if isinstance(date, str) else None))
    return out


_RENT = '2. Paragraph 4 of the Lease is amended by deleting "$8,100" and inserting "$8,600".'


@pytest.mark.parametrize(
    "base",
    [
        "Lease Agreement for premises at 77 Wharf Street, Unit 4 dated as of June 1, 2006 (the "
        '"Lease")',
        "Office Lease, covering certain office space located at 9 Elm Plaza, dated June 1, 2006 "
        '(the "Lease")',
        "Lease Agreement dated as of June 1, 2006 for the premises known as 77 Wharf Street (the "
        '"Lease")',
    ],
)
def test_a_lease_named_with_its_premises_is_the_one_amended(base: str) -> None:
    text = _lease(base, _RENT)
    assert {d for _, d in _amended(text)} == {"2006-06-01"}
    assert predicted(text).keys() == {("section:4", "amend", "$8,600")}


def test_premises_alone_date_no_lease() -> None:
    """Near miss: "the Lease for premises at ..." without a date is any lease, none amended."""
    text = _lease('Lease for premises at 77 Wharf Street (the "Lease")', _RENT)
    assert _amended(text) == set()


@pytest.mark.parametrize(
    ("title", "base"),
    [
        (
            "Amendment to Note",
            "Term Note in the principal amount of $900,000 dated as of March 3, 2004",
        ),
        (
            "Second Amendment to Promissory Note",
            "Promissory Note, in the original principal amount of $1,250,000.00, dated March 3, "
            "2004",
        ),
    ],
)
def test_a_note_named_with_its_principal_is_the_one_amended(title: str, base: str) -> None:
    text = amendment(
        title,
        base,
        "Note",
        '1. Section 3 of the Note is amended by deleting "May 1, 2008" and inserting "May 1, '
        '2010".',
        base_date="",
    ).replace(" dated as of  (the", " (the")
    assert {d for _, d in _amended(text)} == {"2004-03-03"}
    assert predicted(text).keys() == {("section:3", "amend", "May 1, 2010")}


def test_a_principal_then_another_title_lends_no_date() -> None:
    """Near miss: the principal of a note, then another agreement and its date."""
    text = amendment(
        "Amendment to Security Agreement",
        "Term Note in the principal amount of $900,000 and a Security Agreement",
        "Security Agreement",
        '1. Section 5 of the Security Agreement is amended by deleting "annual" and inserting '
        '"quarterly".',
    )
    assert all(t != "Term Note" for t, _ in _amended(text))


@pytest.mark.parametrize(
    ("body", "date", "effective"),
    [
        (
            'SECTION 1. Section 2.4 of the Loan Agreement is amended by replacing "2.00%" with '
            '"1.75%".\n\nSECTION 2. This Amendment shall become effective on July 1, 2008 (the '
            '"Amendment Effective Date") upon its execution.',
            "June 12, 2008",
            "2008-07-01",
        ),
        (
            '1. Section 7.2 of the Loan Agreement is amended by replacing "$400,000" with '
            '"$650,000".\n\n2. The amendments contained in Section 1 hereof shall be deemed '
            "effective as of March 31, 2008, notwithstanding the date of this Amendment.",
            "April 20, 2008",
            "2008-03-31",
        ),
    ],
)
def test_an_effective_date_stated_apart(body: str, date: str, effective: str) -> None:
    x = extract_text(credit_amendment(body, date=date))
    dates = {r.props.get("effective_date") for r in x.relations if r.type == "CHANGES"}
    assert dates == {effective}


def test_an_effective_date_on_conditions_is_none() -> None:
    """Near miss: effective "on the date on which" conditions are met: the amendment's date."""
    body = (
        '1. Section 2.4 of the Loan Agreement is amended by replacing "2.00%" with "1.75%".\n\n'
        "2. This Amendment shall become effective on the date on which the Bank receives the "
        "amendment fee."
    )
    x = extract_text(credit_amendment(body, date="June 12, 2008"))
    dates = {r.props.get("effective_date") for r in x.relations if r.type == "CHANGES"}
    assert dates == {"2008-06-12"}


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "1. The Maximum Loan Amount set forth in Section 2.2 of the Loan Agreement is "
            "increased from $4,000,000 to $6,500,000.",
            ("section:2.2", "amend", "$6,500,000"),
        ),
        (
            "1. The Applicable Rate (as defined in the Loan Agreement) is hereby reduced from "
            "9.25% to 8.5% per annum.",
            ("term:applicable rate", "amend", "8.5% per annum"),
        ),
    ],
)
def test_a_new_value_stated_without_quotes(body: str, want: tuple[str, str, str]) -> None:
    assert predicted(credit_amendment(body)).keys() == {want}


def test_a_value_not_stated_is_no_wording() -> None:
    """Near miss: extended to the next Business Day: no value, no new wording."""
    body = (
        "1. The Maturity Date (as defined in the Loan Agreement) is hereby extended to the "
        "next Business Day following the Borrower's request."
    )
    assert {n for _, _, n in predicted(credit_amendment(body))} == {None}


@pytest.mark.parametrize(
    ("body", "new"),
    [
        (
            '1. The date "June 30, 2009" appearing in Section 6.4(b) of the Loan Agreement is '
            'hereby replaced with "December 31, 2009".',
            "December 31, 2009",
        ),
        (
            '1. The percentage "65%" contained in Section 6.4(b) of the Loan Agreement is replaced '
            'by "70%".',
            "70%",
        ),
        (
            '1. The Loan Agreement is hereby amended by deleting the date "June 30, 2009" '
            'appearing in Section 6.4(b) thereof and inserting in lieu thereof "December 31, '
            '2009".',
            "December 31, \n2009".replace(" \n", " "),
        ),
    ],
)
def test_quoted_words_a_section_holds_amend_it(body: str, new: str) -> None:
    assert predicted(credit_amendment(body)).keys() == {("section:6.4(b)", "amend", new)}


def test_a_section_replaced_is_replaced() -> None:
    """Near miss: the section itself replaced with quoted words is replaced whole."""
    body = '1. Section 6.4(b) of the Loan Agreement is hereby replaced with "[Reserved]".'
    assert predicted(credit_amendment(body)).keys() == {("section:6.4(b)", "replace", "[Reserved]")}


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "1. Section 6.9 of the Loan Agreement is amended as follows: (i) clause\n(a) is "
            'amended by replacing "2.50" with "2.75"; and (ii) clause (b) is amended by '
            'replacing "4.00" with "4.50".',
            {
                ("section:6.9(a)", "amend", "2.75"),
                ("section:6.9(b)", "amend", "4.50"),
            },
        ),
        (
            "1. Section 4.2 of the Loan Agreement is hereby amended by (a) amending subsection\n"
            '(c) thereof by deleting "ninety" and inserting "sixty"; and (b) amending subsection '
            '(d) thereof by deleting "annual" and inserting "quarterly".',
            {
                ("section:4.2(c)", "amend", "sixty"),
                ("section:4.2(d)", "amend", "quarterly"),
            },
        ),
    ],
)
def test_sibling_parts_under_one_lead_in(body: str, want: set[tuple[str, str, str]]) -> None:
    assert predicted(credit_amendment(body)).keys() == want


def test_a_part_of_a_part_stays_nested() -> None:
    """Near miss: a roman part under a lettered clause is that clause's part."""
    body = (
        "1. Section 6.9(a) of the Loan Agreement is amended as follows: (i) clause (ii) thereof "
        'is amended by replacing "2.50" with "2.75".'
    )
    assert predicted(credit_amendment(body)).keys() == {("section:6.9(a)(ii)", "amend", "2.75")}


_NEW_CLAUSE = "(h) Liens on deposit accounts securing Bank Products."


@pytest.mark.parametrize(
    "body",
    [
        f'1. Section 7.3 of the Loan Agreement is amended by deleting the word "and" at the end '
        f'of clause (f), by replacing the period at the end of clause (g) with "; and", and by '
        f'adding the following new clause (h):\n\n"{_NEW_CLAUSE}"',
        f'1. Section 7.3 of the Loan Agreement is hereby amended by striking "and" at the end of '
        f"clause (f) and inserting a new clause (h) immediately after clause (g) to read as "
        f"follows:\n\n{_NEW_CLAUSE}",
    ],
)
def test_words_struck_before_a_new_clause_amend_the_section(body: str) -> None:
    assert predicted(credit_amendment(body)).keys() == {
        ("section:7.3(h)", "add", _NEW_CLAUSE),
        ("section:7.3", "amend", _NEW_CLAUSE),
    }


def test_a_new_clause_alone_is_an_addition() -> None:
    """Near miss: a new clause added with nothing struck adds the clause only."""
    body = (
        "1. Section 7.3 of the Loan Agreement is amended by adding the following new clause (h) "
        f'at the end thereof:\n\n"{_NEW_CLAUSE}"'
    )
    assert predicted(credit_amendment(body)).keys() == {("section:7.3(h)", "add", _NEW_CLAUSE)}


def _services(dating: str) -> str:
    return (
        "FIRST AMENDMENT TO SERVICES AGREEMENT\n\n"
        f'This First Amendment to Services Agreement (this "Amendment") {dating}, by and between '
        'ALDER CREEK SCHOOLS ("Client") and BRIGHTPATH TUTORING, LLC ("Provider").\n\n'
        "Client and Provider are parties to a Services Agreement dated as of August 1, 2011 (the "
        '"Agreement"). The parties agree as follows:\n\n'
        '1. Section 4.2 of the Agreement is amended by deleting "$95" and inserting "$105".\n\n'
        "IN WITNESS WHEREOF, the parties have executed this Amendment.\n\nALDER CREEK SCHOOLS\n\n"
        "By: /s/ Lena Ortiz\nName: Lena Ortiz\nTitle: Superintendent\n"
    )


@pytest.mark.parametrize(
    ("dating", "effective"),
    [
        ("is made as of June 2, 2014 and shall be effective as of May 1, 2014", "2014-05-01"),
        ("is entered into on June 2, 2014, and is effective as of July 1, 2014", "2014-07-01"),
        # near miss: a date the preamble gives another document is not the amendment's
        (
            "is dated as of June 2, 2014 and the Agreement is effective as of May 1, 2014",
            "2014-06-02",
        ),
    ],
)
def test_an_effective_date_in_the_preamble(dating: str, effective: str) -> None:
    x = extract_text(_services(dating))
    dates = {r.props.get("effective_date") for r in x.relations if r.type == "CHANGES"}
    assert dates == {effective}


@pytest.mark.parametrize(
    ("lead", "first", "second"),
    [
        (
            "1. Section 1.1 of the Loan Agreement is amended by adding the following new "
            "definitions in the appropriate alphabetical order: ",
            '"Cash Dominion Period" means any period during which Availability is less than '
            "$2,000,000",
            '"Availability Block" means $500,000.',
        ),
        (
            "1. The following definitions are hereby added to Section 1.1 of the Loan Agreement: ",
            '"Spring Season" means each period from March 1 through May 31',
            '"Seasonal Advance" means a Revolving Loan made during a Spring Season.',
        ),
    ],
)
def test_definitions_run_together_in_one_sentence(lead: str, first: str, second: str) -> None:
    got = predicted(credit_amendment(f"{lead}{first}; and {second}"))
    assert {(p[1], p[2]) for p in got} == {("add", first), ("add", second)}


def test_quoted_words_after_a_joiner_inside_one_definition() -> None:
    """Near miss: quoted words after "; and" that open no definition stay in the one."""
    new = (
        '"Excluded Taxes" means taxes imposed on the net income of a Lender; and "franchise '
        'taxes" imposed in lieu thereof.'
    )
    body = (
        "1. Section 1.1 of the Loan Agreement is amended by adding the following new definition "
        f"in the appropriate alphabetical order: {new}"
    )
    assert predicted(credit_amendment(body)).keys() == {("term:excluded taxes", "add", new)}
