"""Blind stress test, round two: amendments of agreements other than credit agreements (leases,
licence and supply agreements, employment agreements, purchase agreements, warrants and notes,
indenture supplements, partnership and LLC agreements, letter amendments, amendments numbered
with words, and plain-language amendments naming a provision by its heading).

Every passage (in :mod:`tests.changes_round2_other`) was written from how such amendments are
drafted, not copied from a corpus document, and the changes each one makes were written down
before the extractor ran on it. Each expected change is (section, term, action, new wording); a
new wording of ``None`` means the passage states none (an attached exhibit, a plain deletion)
and is not checked.
"""

from __future__ import annotations

import pytest

from tests.amendment_changes import changes
from tests.changes_round2_other import commercial, securities_and_entities
from tests.changes_round2_other.case import Case, score_case

CASES: list[Case] = commercial.CASES + securities_and_entities.CASES


#: The changes the extractor still misses or gets otherwise, by passage, as (section, term,
#: action) of the change expected ("missed") or found ("wrong"). Each is one provision named
#: otherwise than expected: "Paragraph 3" and "Clause 12" come out as "3" and "12", the bare
#: numbers the gold files give sections (whether an annotator keeps the word is open). (The
#: English deed of variation's own agreement is read since round ten, which named a "Deed of
#: Variation" an amendment.)
_Key = tuple[str | None, str | None, str]
KNOWN: dict[str, tuple[set[_Key], set[_Key]]] = {
    "lease_1990s_paragraph_substituted": (
        {("Paragraph 3", None, "replace"), ("Paragraph 5(a)", None, "amend")},
        {("3", None, "replace"), ("5(a)", None, "amend")},
    ),
    "licence_exhibit_and_clause_british": (
        {("Clause 4.2", None, "replace")},
        {("4.2", None, "replace")},
    ),
    "lease_roman_list_new_subparagraph": (
        {
            ("Paragraph 1(b)", None, "replace"),
            ("Paragraph 12(e)", None, "add"),
            ("Paragraph 20", None, "delete"),
        },
        {("1(b)", None, "replace"), ("12(e)", None, "add"), ("20", None, "delete")},
    ),
    "supply_clause_heading_words_replaced": (
        {("Clause 12", None, "amend"), ("Clause 15.1", None, "delete")},
        {("12", None, "amend"), ("15.1", None, "delete")},
    ),
}


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_round_two_passage(case: Case) -> None:
    """Each passage's changes come out as expected, but for its known misses, which persist."""
    missed, wrong = score_case(case)
    known_missed, known_wrong = KNOWN.get(case.name, (set(), set()))
    assert {m[:3] for m in missed} == known_missed, case.name
    assert {w[:3] for w in wrong} == known_wrong, case.name


def test_round_two_score() -> None:
    """The share of expected changes found right and of changes found that are right."""
    expected = sum(len(c.expected) for c in CASES)
    missed = wrong = 0
    for case in CASES:
        m, w = score_case(case)
        missed, wrong = missed + len(m), wrong + len(w)
    found = expected - missed
    assert (expected, found, found + wrong) == (58, 50, 58)


_LEASE_HEAD = (
    "FIRST AMENDMENT TO LEASE\n\nThis First Amendment to Lease is made as of May 1, 2011 between "
    'ELM STREET LLC ("Landlord") and BOLT CORP. ("Tenant"), who are parties to a Lease dated as '
    'of June 1, 2006 (the "Lease").\n\n'
)
_LEASE_TAIL = (
    "\n\n5. Counterparts. This Amendment may be executed in counterparts.\n\nBOLT CORP.\n\n"
    "By: /s/ Ann Bell\nName: Ann Bell\nTitle: Chief Executive Officer\n"
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "1. Extension. The term of the Lease is hereby extended to May 31, 2016.",
            [(None, "Term", "amend")],
        ),
        (
            "1. Expansion. The Premises are hereby expanded to include Suite 300 of the Building.",
            [(None, "Premises", "amend")],
        ),
        (
            "1. Expansion. Effective July 1, 2011, the Premises are expanded to include Suite 300.",
            [(None, "Premises", "amend")],
        ),
        (
            "1. Rent. The Base Rent is hereby increased to $12,000 per month.",
            [(None, "Base Rent", "amend")],
        ),
        # what a lease amendment says of its terms without changing them
        ("1. Rent. Commencing July 1, 2011, Tenant shall pay Base Rent of $12,000 per month.", []),
        ("1. Condition. The Premises are hereby accepted by Tenant in their as-is condition.", []),
    ],
)
def test_lease_terms_changed(body: str, expected: list[tuple[str | None, str | None, str]]) -> None:
    """A lease's term, premises and rent change as terms of the lease (fixes after round two)."""
    got = changes(_LEASE_HEAD + body + _LEASE_TAIL)
    assert [g[:3] for g, _ in got] == expected
    assert all(date == "2006-06-01" for _, date in got)
