"""The shapes round ten's blind passages (``tests/changes_round10``) showed the change reader
missing, each in passages of its own: two variants in different words and a near miss.

- a change that opens "1.1 With effect from 1 March 2016," after an English item label (a
  dotted number without a full stop): the date the change takes effect on;
- a part of an attachment, "Part B of Schedule 3", "paragraph 3.2 of Schedule 1": the
  attachment changes in part (``amend``, even where the part is deleted), as the gold files
  annotate it, never a section "3.2" of the agreement; and a lettered recital ("Recital (C)");
- new words as the subject, the provision they join after the verb ("The following sentence
  is added at the end of Section 4.2:"): that provision changes in part;
- a table named by its columns ("amended to read as set out opposite them in the right
  column:"), its rows parted by blank lines: each row restates its provision;
- what a provision lists grown without a verb of amending ("the Territory set out in Schedule
  1 shall now include Canada");
- an English amendment called a "Deed of Variation" or "Variation Agreement": an amendment.
"""

from __future__ import annotations

from tests.changes_round5.case import amendment, predicted
from tests.changes_round10.case import deed


def _changes(text: str) -> set[tuple[str, str, str | None]]:
    return set(predicted(text))


def _dated(text: str) -> set[tuple[str, str]]:
    return {(p[0], d) for p, (_, d) in predicted(text).items()}


def _deed(body: str, title: str = "Deed of Amendment") -> str:
    return deed(body, "Facility Agreement", "9 October 2012", "2 February 2015", title=title)


def _supply(body: str) -> str:
    return amendment(
        "Amendment No. 4 to Supply Agreement",
        "Supply Agreement",
        "Supply Agreement",
        body,
        first="LAKEHURST POLYMERS, INC.",
        first_alias="Supplier",
        second="ORCHARD HILL FOODS COMPANY",
        second_alias="Buyer",
        date="May 9, 2016",
        base_date="March 1, 2012",
    )


def test_an_english_item_opening_with_effect_from_a_date() -> None:
    assert _dated(
        _deed(
            "2. AMENDMENT\n\n2.1 With effect from 1 April 2015, Clause 18.2 of the Agreement "
            'shall be amended by replacing "GBP 500,000" with "GBP 750,000".\n'
        )
    ) == {("section:18.2", "2015-04-01")}
    assert _dated(
        _deed(
            "3.2 With effect from 30 June 2015, Clause 7 (Repayment) of the Agreement shall be "
            "deleted in its entirety.\n"
        )
    ) == {("section:7", "2015-06-30")}


def test_an_item_label_before_effect_from_the_effective_date_names_no_date() -> None:
    assert _dated(
        _deed(
            "2.1 With effect from the Effective Date, Clause 18.2 of the Agreement shall be "
            'amended by replacing "GBP 500,000" with "GBP 750,000".\n'
        )
    ) == {("section:18.2", "2015-02-02")}


def test_a_part_of_an_attachment_changes_the_attachment_in_part() -> None:
    assert _changes(
        _deed(
            "1. Part A of Schedule 4 (Existing Security) to the Agreement shall be deleted in "
            "its entirety.\n\n"
            "2. Paragraph 3.2 of Schedule 1 to the Agreement shall be amended by deleting the "
            'words "and the Guarantors".\n'
        )
    ) == {
        ("section:schedule4", "amend", None),
        ("section:schedule1", "amend", None),
    }
    assert _changes(
        _supply(
            '1. Paragraph 2 of Exhibit C to the Supply Agreement is amended by replacing "net 30 '
            'days" with "net 45 days".\n'
        )
    ) == {("section:exhibitc", "amend", "net 45 days")}


def test_a_whole_attachment_still_changes_whole() -> None:
    assert _changes(
        _supply(
            "1. Exhibit C to the Supply Agreement is amended by adding the following paragraph "
            "at the end thereof: Buyer may return defective Products within 60 days.\n"
        )
    ) == {("section:exhibitc", "amend", "Buyer may return defective Products within 60 days.")}


def test_a_lettered_recital_replaced() -> None:
    assert _changes(
        _deed(
            "1. Recital (B) of the Agreement shall be deleted and replaced with the following:\n\n"
            '"(B) The Bank has agreed to provide a term loan facility of GBP 3,000,000."\n'
        )
    ) == {
        (
            "section:recital(b)",
            "replace",
            "(B) The Bank has agreed to provide a term loan facility of GBP 3,000,000.",
        )
    }
    assert _changes(
        _supply(
            '1. Recital A of the Supply Agreement is amended by replacing "resins" with "resins '
            'and films".\n'
        )
    ) == {("section:recitala", "amend", "resins and films")}


def test_new_words_added_at_the_end_of_a_provision() -> None:
    assert _changes(
        _supply(
            "1. The following sentence is added at the end of Section 6.1 of the Supply "
            "Agreement:\n\n"
            '"Supplier shall notify Buyer of any change in the source of a raw material."\n'
        )
    ) == {
        (
            "section:6.1",
            "amend",
            "Supplier shall notify Buyer of any change in the source of a raw material.",
        )
    }
    assert _changes(
        _deed(
            "1. The following words shall be inserted at the end of Clause 22.1 of the "
            "Agreement:\n\n"
            '"or any other member of the Group"\n'
        )
    ) == {("section:22.1", "amend", "or any other member of the Group")}


def test_new_words_added_to_the_agreement_name_no_provision_they_join() -> None:
    assert not _changes(
        _supply(
            "1. Price. The following sentence is added to the recitals of the Supply "
            "Agreement for convenience only: Buyer is a food company.\n"
        )
    )


def test_a_table_named_by_its_columns_restates_each_row() -> None:
    text = _supply(
        "1. The provisions of the Supply Agreement listed in the left column below are amended "
        "to read as set out opposite them in the right column:\n\n"
        "Section    Amended text\n\n"
        "3.2        Buyer shall order at least 40,000 units in each Contract Year.\n\n"
        "12.1       This Agreement shall expire on March 1, 2019.\n\n"
        "2.  Buyer confirms that the Supply Agreement, as so amended, is binding on it.\n"
    )
    assert _changes(text) == {
        (
            "section:3.2",
            "replace",
            "Buyer shall order at least 40,000 units in each Contract Year.",
        ),
        ("section:12.1", "replace", "This Agreement shall expire on March 1, 2019."),
    }


def test_a_table_of_old_and_new_words_changes_each_row_in_part() -> None:
    text = _supply(
        "1. The Supply Agreement is amended as set forth in the table below:\n\n"
        "Section    Existing Text    Amended Text\n"
        "4.1        $2.10            $2.25\n"
        "4.3        30 days          45 days\n"
    )
    assert _changes(text) == {
        ("section:4.1", "amend", "$2.25"),
        ("section:4.3", "amend", "45 days"),
    }


def test_what_a_provision_lists_shall_now_include() -> None:
    assert _changes(
        _deed(
            "1. With effect from 1 May 2015, the Permitted Jurisdictions set out in Schedule 6 "
            "to the Agreement shall now include Ireland.\n"
        )
    ) == {("section:schedule6", "amend", None)}
    assert _changes(
        _supply(
            "1. The Products listed in Exhibit A to the Supply Agreement will henceforth "
            "include the Model 40 tray.\n"
        )
    ) == {("section:exhibita", "amend", None)}


def test_what_a_provision_always_included_is_no_change() -> None:
    assert not _changes(
        _supply(
            "1. Acknowledgement. Buyer acknowledges that the Products listed in Exhibit A to "
            "the Supply Agreement shall include the Model 40 tray.\n"
        )
    )


def test_a_deed_of_variation_is_an_amendment() -> None:
    body = (
        "1. With effect from 1 March 2015, Clause 9.4 of the Agreement shall be deleted and "
        'replaced with the following: "The Company shall maintain insurance."\n'
    )
    for title in ("Deed of Variation", "Variation Agreement"):
        assert _changes(_deed(body, title=title)) == {
            ("section:9.4", "replace", "The Company shall maintain insurance.")
        }
