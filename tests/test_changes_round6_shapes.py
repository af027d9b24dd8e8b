"""The shapes round six's blind passages (``tests/changes_round6``) showed the change reader
missing, each in passages of its own: two variants in different words and a near miss.

- a new section inserted "immediately after Section 5.3 thereof the following new Section
  5.3A" (the "thereof" between the place and the new part);
- a section of an article struck and substituted ("Article 8 is amended by striking Section
  8.2 and substituting in lieu thereof the following"): the section changes, not the article;
- an old value quoted with words before "to" ("by changing the amount "$X" appearing therein
  to "$Y""): the new value is the wording;
- an effective date stated apart for "the modifications made in this Agreement";
- one change's own effective date after its wording (", effective as of January 1, 2003");
- and from the second batch: a table named by what it tabulates ("the table of installment
  payments set forth in Section 2.3(b)"), a sentence added "at the end of Section 6.3" under
  "Article 6 is amended", an exhibit with its heading "in the form attached to this Amendment"
  added;
- and from the third batch: words added "at the end of subsection (b)" of a section.
"""

from __future__ import annotations

import pytest

from tests.changes_round5.case import amendment, predicted


def _supply(body: str) -> str:
    return amendment(
        "Amendment No. 4 to Supply Agreement",
        "Supply Agreement",
        "Supply Agreement",
        body,
        first="HOLLIS BRAKE COMPONENTS, INC.",
        first_alias="Seller",
        second="GRANDVIEW TRUCK BODIES LLC",
        second_alias="Buyer",
        date="March 2, 2011",
        base_date="May 9, 2008",
    )


_NEW_SECTION = (
    "7.4A Audit Rights. Buyer may audit Seller's records relating to the Products once in "
    "each calendar year."
)


@pytest.mark.parametrize(
    "lead",
    [
        "The Supply Agreement is hereby amended by inserting immediately after Section 7.4 "
        "thereof the following new Section 7.4A:",
        "The Supply Agreement is amended by adding, immediately following Section 7.4 thereof, "
        "the following new Section 7.4A:",
    ],
)
def test_new_section_after_a_section_thereof(lead: str) -> None:
    text = _supply(f"1. {lead}\n\n{_NEW_SECTION}\n")
    assert predicted(text).keys() == {("section:7.4a", "add", _NEW_SECTION)}


def test_a_section_mentioned_after_thereof_is_not_added() -> None:
    """Near miss: the words after "thereof" are what is inserted, not a new section."""
    text = _supply(
        "1. Section 7.4 of the Supply Agreement is hereby amended by inserting immediately "
        'after the word "Products" in the first line thereof the words "and Spare Parts".\n'
    )
    assert predicted(text).keys() == {("section:7.4", "amend", "and Spare Parts")}


_SUBSTITUTED = "9.3 Warranty Period. The Warranty Period shall be twenty-four months."


@pytest.mark.parametrize(
    "lead",
    [
        "Article 9 of the Supply Agreement is hereby amended by striking Section 9.3 and "
        "substituting in lieu thereof the following:",
        "Article IX of the Supply Agreement is amended by striking Section 9.3 in its entirety "
        "and substituting therefor the following:",
    ],
)
def test_a_section_of_an_article_struck_and_substituted(lead: str) -> None:
    text = _supply(f"1. {lead}\n\n{_SUBSTITUTED}\n")
    assert predicted(text).keys() == {("section:9.3", "replace", _SUBSTITUTED)}


def test_words_struck_in_an_article_leave_the_article_the_target() -> None:
    """Near miss: words struck in an article (no section named) change the article."""
    text = _supply(
        '1. Article 9 of the Supply Agreement is hereby amended by striking "twelve months" '
        'and substituting "twenty-four months".\n'
    )
    assert predicted(text).keys() == {("section:article9", "amend", "twenty-four months")}


@pytest.mark.parametrize(
    ("sentence", "new"),
    [
        (
            "Section 3.2 of the Supply Agreement is hereby amended by changing the amount "
            '"$42.00" appearing therein to "$39.50".',
            "$39.50",
        ),
        (
            'Section 3.2 of the Supply Agreement is amended by changing the date "June 30, '
            '2011" set forth in the second sentence to "September 30, 2011".',
            "September 30, 2011",
        ),
    ],
)
def test_old_value_with_words_before_to(sentence: str, new: str) -> None:
    assert predicted(_supply(f"1. {sentence}\n")).keys() == {("section:3.2", "amend", new)}


def test_changing_a_value_by_reference_to_a_section_keeps_the_quoted_value() -> None:
    """Near miss: "to" before a section reference, not a quotation, names no new value: the
    quoted one after "with" is the wording."""
    text = _supply(
        '1. Section 3.2 of the Supply Agreement is amended by changing "$42.00" as provided in '
        'Section 3.4 to the extent set forth herein, and replacing it with "$39.50".\n'
    )
    assert predicted(text).keys() == {("section:3.2", "amend", "$39.50")}


_PRICE = (
    '1. Section 3.2 of the Supply Agreement is amended by deleting "$42.00" and inserting "$39.50".'
)


@pytest.mark.parametrize(
    ("closing", "iso"),
    [
        (
            "The modifications made in this Agreement shall be effective as of April 1, 2011.",
            "2011-04-01",
        ),
        (
            "The changes set forth in Section 1 above shall become effective on May 15, 2011.",
            "2011-05-15",
        ),
    ],
)
def test_modifications_said_to_take_effect_on_a_date(closing: str, iso: str) -> None:
    got = predicted(_supply(f"{_PRICE}\n\n2. {closing}\n"))
    assert list(got) == [("section:3.2", "amend", "$39.50")]
    assert got[("section:3.2", "amend", "$39.50")][1] == iso


def test_changes_of_something_else_taking_effect_keep_the_signing_date() -> None:
    """Near miss: changes in prices the agreement provides for, not this amendment's."""
    closing = "The changes in prices under Section 3.5 shall be effective on the date of notice."
    got = predicted(_supply(f"{_PRICE}\n\n2. {closing}\n"))
    assert got[("section:3.2", "amend", "$39.50")][1] == "2011-03-02"


@pytest.mark.parametrize(
    ("sentence", "new", "iso"),
    [
        (
            "The interest rate set forth in Section 2 of the Supply Agreement is hereby reduced "
            "from 9.5% to 8.0% per annum, effective as of January 1, 2011.",
            "8.0% per annum",
            "2011-01-01",
        ),
        (
            'Section 2 of the Supply Agreement is amended by deleting "60 days" and inserting '
            '"45 days", effective on February 1, 2011.',
            "45 days",
            "2011-02-01",
        ),
    ],
)
def test_one_change_with_its_own_effective_date(sentence: str, new: str, iso: str) -> None:
    got = predicted(_supply(f"1. {sentence}\n"))
    assert got == {("section:2", "amend", new): ("Supply Agreement", iso)}


def test_a_change_effective_on_an_event_keeps_the_signing_date() -> None:
    """Near miss: ", effective upon ..." names no date."""
    text = _supply(
        '1. Section 2 of the Supply Agreement is amended by deleting "60 days" and inserting '
        '"45 days", effective upon the Buyer\'s receipt of notice.\n'
    )
    assert predicted(text) == {
        ("section:2", "amend", "45 days"): ("Supply Agreement", "2011-03-02")
    }


# The second batch's shapes: a table named by what it tabulates, a sentence added at the end
# of a section of an article, an exhibit with its heading added "in the form attached to this
# Amendment".

_TABLE = """Quarter Ending                Minimum Units
June 30, 2011                 40,000
September 30, 2011            45,000"""


@pytest.mark.parametrize(
    "lead",
    [
        "The table of minimum quantities set forth in Section 4.2 of the Supply Agreement is "
        "hereby amended to read as follows:",
        "The table of quarterly purchase commitments contained in Section 4.2 of the Supply "
        "Agreement is amended and restated as follows:",
    ],
)
def test_a_table_named_by_what_it_tabulates_changes_its_section_in_part(lead: str) -> None:
    text = _supply(f"1. {lead}\n\n{_TABLE}\n")
    assert predicted(text).keys() == {("section:4.2", "amend", _TABLE)}


def test_a_section_restated_whole_is_replaced() -> None:
    """Near miss: no table named, the section itself reads anew."""
    text = _supply(
        "1. Section 4.2 of the Supply Agreement is hereby amended to read as follows:\n\n"
        f"{_TABLE}\n"
    )
    assert predicted(text).keys() == {("section:4.2", "replace", _TABLE)}


_SENTENCE = "Seller shall bear the cost of any recall caused by a defect in the Products."


@pytest.mark.parametrize(
    "lead",
    [
        "Article 6 of the Supply Agreement is amended by adding the following sentence at the "
        "end of Section 6.3:",
        "Article VI of the Supply Agreement is hereby amended by inserting the following "
        "language at the end of Section 6.3 thereof:",
    ],
)
def test_a_sentence_at_the_end_of_a_section_of_an_article(lead: str) -> None:
    text = _supply(f'1. {lead} "{_SENTENCE}"\n')
    assert predicted(text).keys() == {("section:6.3", "amend", _SENTENCE)}


def test_a_sentence_at_the_end_of_an_article_changes_the_article() -> None:
    """Near miss: the sentence goes at the end of the article, which no section names."""
    text = _supply(
        "1. Article 6 of the Supply Agreement is amended by adding the following sentence at "
        f'the end thereof: "{_SENTENCE}"\n'
    )
    assert predicted(text).keys() == {("section:article6", "amend", _SENTENCE)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Exhibit F (Quality Standards) in the form attached to this Amendment is hereby added "
        "to the Supply Agreement.",
        "Exhibit F in the form attached hereto is hereby added to the Supply Agreement as an "
        "exhibit thereto.",
    ],
)
def test_an_exhibit_the_amendment_attaches_is_added(sentence: str) -> None:
    got = predicted(_supply(f"1. {sentence}\n"))
    assert got == {("section:exhibitf", "add", None): ("Supply Agreement", "2011-03-02")}


def test_an_exhibit_of_the_agreement_amended_in_part_is_not_added() -> None:
    """Near miss: the exhibit the agreement already has, changed in words."""
    text = _supply(
        "1. Exhibit F (Quality Standards) to the Supply Agreement is hereby amended by deleting "
        '"0.5%" and inserting "0.25%".\n'
    )
    assert predicted(text).keys() == {("section:exhibitf", "amend", "0.25%")}


# The third batch's shape: words added at the end of a subsection the predicate names.

_REPORT = "Seller shall deliver each such report by electronic mail."


@pytest.mark.parametrize(
    "lead",
    [
        "Section 5 of the Supply Agreement is hereby amended to add the following at the end of "
        "subsection (b) thereof:",
        "Section 5 of the Supply Agreement is amended by inserting the following sentence at "
        "the end of clause (b):",
    ],
)
def test_words_added_at_the_end_of_a_subsection_change_the_subsection(lead: str) -> None:
    text = _supply(f'1. {lead} "{_REPORT}"\n')
    assert predicted(text).keys() == {("section:5(b)", "amend", _REPORT)}


def test_words_added_at_the_end_of_the_section_change_the_section() -> None:
    """Near miss: "at the end thereof" names no subsection."""
    text = _supply(
        "1. Section 5 of the Supply Agreement is hereby amended to add the following at the end "
        f'thereof: "{_REPORT}"\n'
    )
    assert predicted(text).keys() == {("section:5", "amend", _REPORT)}
