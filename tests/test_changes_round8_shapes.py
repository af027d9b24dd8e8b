"""The shapes round eight's blind passages (``tests/changes_round8``) showed the change reader
missing, each in passages of its own: two variants in different words and a near miss.

- a table of changes whose lead-in says what its columns mean before its colon ("..., in each
  case by deleting the existing text appearing in the provision indicated and substituting
  therefor the amended text:"), a line too long for the lead-in's old reach;
- a clause opening with a provision named on the way ("Subject to Section 3, Section 2.3 of
  the Agreement is amended ..."): the qualifier's section is no change, nor the first of a
  list with the subject;
- and from the second batch: a ruled table of changes ("| Section | Old Text | New Text |"
  over "|------|------|------|"), its rule lines no rows and no end of it; the "(x) ... and
  (y) ..." lettering of the instructions one sentence lists, an item that adds a new part
  ("(y) inserting the following as a new Section 5.5:") naming a provision of its own; a
  sentence that opens with the date its change takes effect on ("With effect from July 1,
  2011, ...", "Effective as of January 1, 2015, ...");
- and from the third batch: the words a section holds named by their kind ('The dollar amount
  "$2,000,000" appearing in Section 7.3(a) ... is hereby replaced with "$3,000,000"'), the
  section changed in part, not replaced; amendments said to "take effect on" a date ("The
  amendments set forth in Sections 1 and 2 above shall take effect on September 1, 2014");
  a sublease named by its one-word title and its date ("that certain Sublease dated as of May
  2, 2003", the agreement an "Amendment to Sublease" changes), as a lease is; an agreement
  "amended so that the Base Rent set forth in Section 4.1 ... is reduced to $18,000": the
  section that states the term's value changes.
"""

from __future__ import annotations

from tests.changes_round5.case import amendment, predicted
from tests.changes_round8.case import side_letter
from tests.passages import OWN, extract_text


def _supply(body: str) -> str:
    return amendment(
        "Second Amendment to Supply Agreement",
        "Supply Agreement",
        "Supply Agreement",
        body,
        first="OAKHURST CERAMICS, INC.",
        first_alias="Supplier",
        second="PENROSE KITCHENWARE LLC",
        second_alias="Buyer",
        date="May 9, 2016",
        base_date="February 2, 2013",
    )


def _changes(text: str) -> set[tuple[str, str, str | None]]:
    return set(predicted(text))


def test_table_lead_in_that_explains_its_columns() -> None:
    text = _supply(
        "1. Amendments. The Supply Agreement is hereby amended as shown in the table below, "
        "with the words in the column headed New Text taking the place of those in the column "
        "headed Current Text:\n\n"
        "Section        Current Text          New Text\n"
        "4.1            sixty (60) days       ninety (90) days\n"
        "9.3(b)         $75,000               $125,000\n\n"
        "2. Counterparts. This Amendment may be signed in counterparts.\n"
    )
    assert _changes(text) == {
        ("section:4.1", "amend", "ninety (90) days"),
        ("section:9.3(b)", "amend", "$125,000"),
    }


def test_table_lead_in_of_the_deleting_and_substituting_kind() -> None:
    text = _supply(
        "Section 1. The following provisions of the Supply Agreement are amended as set forth "
        "in the following table, in each case by deleting the existing text appearing in the "
        "provision indicated and substituting therefor the amended text:\n\n"
        "Provision      Existing Text         Amended Text\n"
        "Section 2.2    Exhibit A             Exhibit A-1\n\n"
        "Section 2. Governing Law. The laws of Oregon govern this Amendment.\n"
    )
    assert _changes(text) == {("section:2.2", "amend", "Exhibit A-1")}


def test_a_table_the_amendment_only_describes_changes_nothing() -> None:
    text = _supply(
        "1. Pricing. The Supplier's prices for calendar year 2017 are shown in the table below, "
        "which the parties have reviewed and which does not amend the Supply Agreement:\n\n"
        "Product        Current Price         New Price\n"
        "Platter        $14.00                $15.25\n\n"
        "2. Counterparts. This Amendment may be signed in counterparts.\n"
    )
    assert _changes(text) == set()


def test_a_section_named_on_the_way_before_the_subject_changes_nothing() -> None:
    text = _supply(
        "1. Price. Subject to Section 3, Section 2.3 of the Supply Agreement is amended by "
        'deleting "$4.10" and inserting "$4.35" in lieu thereof.\n\n'
        "2. Minimums. Notwithstanding Section 9.2 hereof, Section 5.1 of the Supply Agreement "
        'is hereby amended by replacing "10,000 units" with "12,500 units".\n\n'
        '3. Effectiveness. This Amendment shall be effective as of June 1, 2016 (the "Effective '
        'Date").\n'
    )
    assert _changes(text) == {
        ("section:2.3", "amend", "$4.35"),
        ("section:5.1", "amend", "12,500 units"),
    }


def test_a_list_of_sections_as_the_subject_still_changes_each() -> None:
    text = _supply(
        "1. Notices. Section 11.1, Section 11.2 and Section 11.4 of the Supply Agreement are "
        "hereby deleted in their entirety.\n"
    )
    assert _changes(text) == {
        ("section:11.1", "delete", None),
        ("section:11.2", "delete", None),
        ("section:11.4", "delete", None),
    }


def test_ruled_table_of_changes() -> None:
    text = _supply(
        "1. The Supply Agreement is revised as shown in the table below:\n\n"
        "| Provision | Current | Revised |\n"
        "|:----------|:--------|:--------|\n"
        "| 6.2 | 2% per month | 1.5% per month |\n"
        "|-----------|---------|---------|\n"
        "| 8.1(a) | Exhibit D | Exhibit D-1 |\n\n"
        "2. Counterparts. This Amendment may be signed in counterparts.\n"
    )
    assert _changes(text) == {
        ("section:6.2", "amend", "1.5% per month"),
        ("section:8.1(a)", "amend", "Exhibit D-1"),
    }


def test_x_and_y_instructions_of_one_sentence() -> None:
    text = _supply(
        "1. The Supply Agreement is hereby amended by (x) deleting Section 3.6 in its "
        'entirety and (y) inserting the following as a new Section 3.7: "3.7 Audit. Buyer '
        "may audit Supplier's records once per year.\"\n\n"
        "2. Governing Law. The laws of Oregon govern this Amendment.\n"
    )
    assert _changes(text) == {
        ("section:3.6", "delete", None),
        ("section:3.7", "add", "3.7 Audit. Buyer may audit Supplier's records once per year."),
    }
    other = _supply(
        "1. The parties hereby amend the Supply Agreement by (x) deleting Section 12.2 in its "
        'entirety, (y) amending Section 12.4 by replacing "Delaware" with "Oregon" and '
        '(z) adding a new Section 12.9 as follows: "12.9 Waiver. No waiver is effective '
        'unless in writing."\n'
    )
    assert _changes(other) == {
        ("section:12.2", "delete", None),
        ("section:12.4", "amend", "Oregon"),
        ("section:12.9", "add", "12.9 Waiver. No waiver is effective unless in writing."),
    }


def test_x_and_y_parts_of_one_section_stay_one_change() -> None:
    text = _supply(
        "1. Section 4.4 of the Supply Agreement is hereby amended by (x) deleting the word "
        '"monthly" and (y) inserting the word "quarterly" in its place.\n'
    )
    assert {(p, a) for p, a, _ in _changes(text)} == {("section:4.4", "amend")}


def _effective(text: str) -> set[str]:
    return {effective for _, effective in predicted(text).values()}


def test_a_sentence_opening_with_the_date_its_change_takes_effect_on() -> None:
    letter = side_letter(
        "With effect from 1 March 2014, clause 9.1 of the Agency Agreement shall be amended by "
        'replacing "5%" with "6%".\n',
        "Agency Agreement",
        "April 2, 2010",
        "February 10, 2014",
    )
    assert predicted(letter) == {("section:9.1", "amend", "6%"): ("Agency Agreement", "2014-03-01")}
    text = _supply(
        "1. Term. Effective as of January 1, 2017, Section 10.1 of the Supply Agreement is "
        'amended by deleting "five (5) years" and inserting "seven (7) years".\n'
    )
    assert _effective(text) == {"2017-01-01"}


def test_a_date_inside_the_sentence_is_no_effective_date() -> None:
    text = _supply(
        "1. Term. Section 10.1 of the Supply Agreement, effective as of the Effective Date, is "
        'amended by deleting "five (5) years" and inserting "seven (7) years". Orders placed '
        "with effect from June 1, 2016 ship under the new terms.\n"
    )
    assert _effective(text) == {"2016-05-09"}


def test_a_dollar_amount_a_section_holds_replaced_changes_it_in_part() -> None:
    text = _supply(
        '1. The dollar amount "$250,000" appearing in Section 13.2 of the Supply Agreement is '
        'hereby replaced with "$400,000".\n\n'
        '2. The numerical figure "45" in Section 6.3 of the Supply Agreement is changed to '
        '"60".\n'
    )
    assert _changes(text) == {
        ("section:13.2", "amend", "$400,000"),
        ("section:6.3", "amend", "60"),
    }


def test_a_section_replaced_whole_stays_replaced() -> None:
    text = _supply(
        "1. Section 13.2 of the Supply Agreement is hereby replaced with the following: "
        '"13.2 Cap. Neither party\'s liability shall exceed $400,000."\n'
    )
    assert {(p, a) for p, a, _ in _changes(text)} == {("section:13.2", "replace")}


def test_amendments_said_to_take_effect_on_a_date() -> None:
    text = _supply(
        '1. Section 3.2 of the Supply Agreement is amended by deleting "net 30" and inserting '
        '"net 45".\n\n'
        "2. The amendments set forth in Section 1 above shall take effect on July 1, 2016.\n"
    )
    assert _effective(text) == {"2016-07-01"}
    other = _supply(
        '1. Section 3.2 of the Supply Agreement is amended by deleting "net 30" and inserting '
        '"net 45".\n\n'
        "2. This Amendment will take effect as of June 15, 2016.\n"
    )
    assert _effective(other) == {"2016-06-15"}


def test_a_term_that_takes_effect_later_is_no_effective_date_of_the_amendment() -> None:
    text = _supply(
        '1. Section 3.2 of the Supply Agreement is amended by deleting "net 30" and inserting '
        '"net 45".\n\n'
        "2. Each price increase notified under Section 3.4 shall take effect on July 1, 2017.\n"
    )
    assert _effective(text) == {"2016-05-09"}


def _sublease(body: str, base: str = "Sublease") -> str:
    return amendment(
        "Second Amendment to Sublease",
        base,
        "Sublease",
        body,
        first="ORCHARD LANE PARTNERS LLC",
        first_alias="Sublandlord",
        second="QUILL & INK DESIGN, INC.",
        second_alias="Subtenant",
        date="January 19, 2009",
        base_date="May 2, 2003",
    )


def _amended(text: str) -> set[tuple[str, str]]:
    x = extract_text(text)
    titles = {e.ref: str(e.props.get("title")) for e in x.entities}
    dates = {e.ref: str(e.props.get("date")) for e in x.entities}
    return {
        (titles[r.target], dates[r.target])
        for r in x.relations
        if r.type == "AMENDS" and r.source == OWN
    }


def test_an_amendment_to_a_sublease_changes_the_dated_sublease() -> None:
    text = _sublease(
        '1. Section 4.1 of the Sublease is amended by deleting "$20,000" and inserting "$18,000".\n'
    )
    assert _amended(text) == {("Sublease", "2003-05-02")}
    assert predicted(text) == {("section:4.1", "amend", "$18,000"): ("Sublease", "2009-01-19")}
    other = _sublease(
        "1. The Term of the Sublease is extended to June 30, 2012.\n\n"
        "2. Paragraph 7 of the Sublease is deleted in its entirety.\n"
    )
    assert ("section:7", "delete", None) in predicted(other)


def test_an_undated_sublease_names_no_agreement() -> None:
    text = amendment(
        "Consent to Assignment",
        "Office Lease",
        "Lease",
        "1. Landlord consents to Tenant entering into a Sublease of a portion of the Premises "
        "on the terms Tenant has described to Landlord.\n",
        first="TANAGER POINT OFFICE PARK, LLC",
        first_alias="Landlord",
        second="BLUE HERON DIAGNOSTICS, INC.",
        second_alias="Tenant",
    )
    titles = {str(e.props.get("title")) for e in extract_text(text).entities}
    assert "Sublease" not in titles


def test_an_agreement_amended_so_that_a_term_a_section_states_changes_that_section() -> None:
    text = _sublease(
        "1. The Sublease is amended so that the Base Rent set forth in Section 4.1 of the "
        "Sublease is reduced to $18,000 per month.\n"
    )
    assert {(p, a) for p, a, _ in _changes(text)} == {("section:4.1", "amend")}
    other = _supply(
        "1. The Supply Agreement is hereby amended to provide that the Minimum Quantity "
        "specified in Section 2.4 of the Supply Agreement shall be 8,000 units per quarter.\n"
    )
    assert {(p, a) for p, a, _ in _changes(other)} == {("section:2.4", "amend")}


def test_a_term_stated_in_a_section_of_a_recital_changes_nothing() -> None:
    text = _supply(
        "1. The Buyer acknowledges that the Minimum Quantity specified in Section 2.4 of the "
        "Supply Agreement was met for 2015.\n"
    )
    assert _changes(text) == set()
