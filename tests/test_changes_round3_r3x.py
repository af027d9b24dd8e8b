"""Blind stress test, round three: whole amendments as filed, first line to signatures, whose
changes sit among sections that change nothing (recitals quoting earlier amendments,
representations and conditions citing sections, fees, reaffirmations, counterparts): credit and
loan agreements, supplemental indentures, a note purchase agreement, leases, a licence, supply,
purchase, merger, operating, guaranty and security agreements.

Every passage (in :mod:`tests.changes_round3_r3x`) was written from how such amendments are
drafted, not copied from a corpus document, and the changes each one makes were written down
before the extractor ran on it. First score: 51 of the 63 changes expected found right, of 58
found (recall .81, precision .88). A second batch (10 passages, 21 changes), written blind after
the first batch's fixes, scored 20 of 21 found right, of 20 found; a third (8 passages, 11
changes), written blind after the second's fix, 10 of 11, of 10 found. A new wording of
``None`` means the passage states none and is not checked.
"""

from __future__ import annotations

import pytest

from tests.amendment_changes import FRAME_HEAD, FRAME_TAIL, changes
from tests.changes_round2_other.case import Case, score_case
from tests.changes_round3_r3x import credit, other
from tests.changes_round3_r3x.second_batch import SECOND_CASES
from tests.changes_round3_r3x.third_batch import THIRD_CASES

CASES: list[Case] = credit.CASES + other.CASES


#: The changes the extractor still misses or gets otherwise, by passage, as (section, term,
#: action) of the change expected ("missed") or found ("wrong"): none since round five read
#: "changed from June 30, 2021 to June 30, 2023" with its unquoted new value.
_Key = tuple[str | None, str | None, str]
KNOWN: dict[str, tuple[set[_Key], set[_Key]]] = {}


@pytest.mark.parametrize("case", CASES + SECOND_CASES + THIRD_CASES, ids=lambda c: c.name)
def test_round_three_passage(case: Case) -> None:
    """Each passage's changes come out as expected, but for its known misses, which persist."""
    missed, wrong = score_case(case)
    known_missed, known_wrong = KNOWN.get(case.name, (set(), set()))
    assert {m[:3] for m in missed} == known_missed, case.name
    assert {w[:3] for w in wrong} == known_wrong, case.name


@pytest.mark.parametrize(
    ("cases", "score"),
    [(CASES, (63, 63, 63)), (SECOND_CASES, (21, 21, 21))],
    ids=["first", "second"],
)
def test_round_three_score(cases: list[Case], score: tuple[int, int, int]) -> None:
    """The changes expected, those found right, and all those found, per batch."""
    expected = sum(len(c.expected) for c in cases)
    missed = wrong = 0
    for case in cases:
        m, w = score_case(case)
        missed, wrong = missed + len(m), wrong + len(w)
    found = expected - missed
    assert (expected, found, found + wrong) == score


_LEAD = "1. Section 1.01 of the Agreement is hereby amended "
_SOFR = '"Term SOFR" means the rate published by the Term SOFR Administrator'
_MARGIN = (
    'the definition of "Applicable Margin" by deleting "2.25%" and inserting "2.50%" in lieu '
    "thereof"
)
_ADD = f"adding the following new definition in the appropriate alphabetical order: {_SOFR}"
_DEL = 'deleting the definition of "LIBOR Rate" in its entirety'
_SOFR_ADDED = ((None, "Term SOFR", "add", _SOFR), "2019-07-01")
_MARGIN_AMENDED = ((None, "Applicable Margin", "amend", "2.50%"), "2019-07-01")
_LIBOR_DELETED = ((None, "LIBOR Rate", "delete", None), "2019-07-01")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            f"by (i) {_ADD}; (ii) amending {_MARGIN}; and (iii) {_DEL}.",
            [_SOFR_ADDED, _MARGIN_AMENDED, _LIBOR_DELETED],
        ),
        (f"by (i) {_DEL} and (ii) amending {_MARGIN}.", [_LIBOR_DELETED, _MARGIN_AMENDED]),
        (
            f"(a) by {_ADD}; (b) by amending {_MARGIN}; and (c) by {_DEL}.",
            [_SOFR_ADDED, _MARGIN_AMENDED, _LIBOR_DELETED],
        ),
        (f"by (A) {_ADD}, and (B) {_DEL}.", [_SOFR_ADDED, _LIBOR_DELETED]),
    ],
)
def test_instructions_listed_in_one_sentence(body: str, expected: list[object]) -> None:
    """ "Section 1.01 is amended by (i) adding ...; (ii) amending ...; and (iii) deleting ...":
    each item changes the provision it names, its wording ending before the next item (a fix
    after round three)."""
    assert sorted(changes(FRAME_HEAD + _LEAD + body + FRAME_TAIL), key=str) == sorted(
        expected, key=str
    )


def test_items_changing_one_definition_in_parts() -> None:
    """Items that name no provision of their own change the lead-in's definition in parts."""
    body = (
        '1. The definition of "EBITDA" is hereby amended by (i) deleting the word "and" at the '
        'end of clause (f) thereof and (ii) adding a new clause (g) as follows: "(g) '
        'restructuring charges".'
    )
    got = changes(FRAME_HEAD + body + FRAME_TAIL)
    assert [g[:3] for g, _ in got] == [(None, "EBITDA", "amend")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            '1. Paragraph 7A(iii) of the Agreement is modified by deleting "five Business Days" '
            'and substituting "ten Business Days".',
            ("7A(iii)", None, "amend", "ten Business Days"),
        ),
        (
            "1. The Agreement is hereby amended by deleting Paragraph 9 thereof in its entirety.",
            ("9", None, "delete", None),
        ),
    ],
)
def test_paragraphs_named(body: str, expected: tuple[object, ...]) -> None:
    """A note purchase agreement numbers its paragraphs "6B", "7A(iii)"; a note's "Paragraph
    2 thereof" is its paragraph (fixes after round three's first and third batches)."""
    assert [g for g, _ in changes(FRAME_HEAD + body + FRAME_TAIL)] == [expected]


_SCHEDULES = (
    "\n\n\nSCHEDULE 1.1\n\nPRICING GRID\n\nLevel I   1.25%\n\n\nSCHEDULE 5.6\n\nLOCATIONS\n\n"
    "100 Main Street, Dayton, Ohio\n"
)


def test_attachments_replaced_each_by_its_own() -> None:
    """ "Schedules 1.1, 3.2 and 5.6 are replaced with Schedules 1.1, 3.2 and 5.6 attached
    hereto": each its own attached namesake, where one is attached (a fix after round three)."""
    body = (
        "1. Schedules 1.1, 3.2 and 5.6 to the Agreement are hereby replaced with Schedules 1.1, "
        "3.2 and 5.6, respectively, attached hereto."
    )
    got = sorted(g for g, _ in changes(FRAME_HEAD + body + FRAME_TAIL + _SCHEDULES))
    assert got == [
        ("Schedule 1.1", None, "replace", "SCHEDULE 1.1\n\nPRICING GRID\n\nLevel I   1.25%"),
        ("Schedule 3.2", None, "replace", None),
        (
            "Schedule 5.6",
            None,
            "replace",
            "SCHEDULE 5.6\n\nLOCATIONS\n\n100 Main Street, Dayton, Ohio",
        ),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            '1. In Section 6.4, "$250,000" is replaced by "$400,000".',
            ("6.4", None, "amend", "$400,000"),
        ),
        (
            '1. In Section 9.2 of the Agreement, "thirty (30) days" is changed to "sixty (60) '
            'days".',
            ("9.2", None, "amend", "sixty (60) days"),
        ),
        (
            '1. In Section 6.4, the figure "$250,000" is replaced by "$400,000".',
            ("6.4", None, "amend", "$400,000"),
        ),
        (
            "1. The rent schedule in Section 4 of the Agreement is deleted and replaced with the "
            'following: "Months 1-12: $9,000 per month."',
            ("4", None, "amend", "Months 1-12: $9,000 per month."),
        ),
    ],
)
def test_words_a_section_holds(body: str, expected: tuple[object, ...]) -> None:
    """Quoted words a section holds, named after "In Section 6.4,", replaced by new ones; a
    rent schedule in a section replaced: the section changes in part (fixes after round
    three)."""
    assert [g for g, _ in changes(FRAME_HEAD + body + FRAME_TAIL)] == [expected]


def test_a_defined_term_after_in_section_is_the_term() -> None:
    """'In Section 1.01, "Applicable Margin" is amended': a defined term, not words held."""
    body = (
        '1. In Section 1.01 of the Agreement, "Applicable Margin" is amended to read as follows: '
        '"Applicable Margin" means 2.00%.'
    )
    got = [g[:3] for g, _ in changes(FRAME_HEAD + body + FRAME_TAIL)]
    assert got == [(None, "Applicable Margin", "replace")]


@pytest.mark.parametrize(
    "body",
    [
        "1. Schedule 5.6 attached hereto is hereby added to the Agreement.",
        "1. A new Schedule 5.6 in the form attached hereto is hereby added to the Agreement.",
    ],
)
def test_attachment_added_as_subject(body: str) -> None:
    """ "Schedule 5.6 attached hereto is hereby added": the attached schedule is its wording (a
    fix after the second batch)."""
    got = [g for g, _ in changes(FRAME_HEAD + body + FRAME_TAIL + _SCHEDULES)]
    assert got == [
        ("Schedule 5.6", None, "add", "SCHEDULE 5.6\n\nLOCATIONS\n\n100 Main Street, Dayton, Ohio")
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "1. The Agreement is hereby amended by (i) deleting Section 6.5 in its entirety and "
            '(ii) amending and restating Section 6.6 to read as follows: "6.6 Leases. The '
            'Borrower shall not enter into any Lease."',
            [
                ("6.5", None, "delete", None),
                (
                    "6.6",
                    None,
                    "replace",
                    "6.6 Leases. The Borrower shall not enter into any Lease.",
                ),
            ],
        ),
        (
            "1. The Agreement is hereby amended by (a) deleting Sections 6.5 and 6.7 in their "
            "entirety, (b) deleting Exhibit C and (c) replacing Schedule 4.1 with Schedule 4.1 "
            "attached hereto.",
            [
                ("6.5", None, "delete", None),
                ("6.7", None, "delete", None),
                ("Exhibit C", None, "delete", None),
                ("Schedule 4.1", None, "replace", None),
            ],
        ),
        (
            "1. Section 7.1 of the Agreement is hereby amended by (a) deleting clause (f) thereof "
            "in its entirety and (b) deleting clause (g) thereof in its entirety.",
            [("7.1(f)", None, "delete", None), ("7.1(g)", None, "delete", None)],
        ),
        (
            "1. The Borrower and the Lender hereby amend the Agreement by (i) deleting Section "
            "6.5 in its entirety and (ii) deleting Section 6.7 in its entirety.",
            [("6.5", None, "delete", None), ("6.7", None, "delete", None)],
        ),
        # inline lists that change nothing: no operative phrase opens them
        (
            "1. The Lender may increase the Commitment by (a) adding new Lenders or (b) "
            "increasing the commitment of any existing Lender.",
            [],
        ),
        (
            "1. The Borrower has requested that the Lender consent to amending the Agreement by "
            "(a) deleting Section 6.5 and (b) deleting Section 6.7, and the Lender has agreed.",
            [],
        ),
        (
            "1. Background. The First Amendment amended the Agreement by (i) deleting Section "
            "6.5 in its entirety and (ii) adding a new Section 6.6.\n\n2. Section 6.6 of the "
            'Agreement is hereby amended by deleting "$100,000" and inserting "$150,000" in lieu '
            "thereof.",
            [("6.6", None, "amend", "$150,000")],
        ),
    ],
)
def test_agreement_amended_by_listed_instructions(body: str, expected: list[object]) -> None:
    """ "The Agreement is amended by (i) deleting Section 6.5 ... and (ii) amending and
    restating Section 6.6 ...": each item its own change (before the fix, one change of 6.5
    with 6.6's wording)."""
    assert [g for g, _ in changes(FRAME_HEAD + body + FRAME_TAIL)] == expected
