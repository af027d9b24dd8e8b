"""Two shapes of the choice-of-law clause a lender's form writes.

- Its heading set off from the section number by no-break spaces, as filings converted from HTML
  have ("14.11\xa0\xa0\xa0Governing Law."): the clause under it is the agreement's law, though a
  forum clause before it names another state's law ("... AND GOVERNED BY AND INTERPRETED
  CONSISTENT WITH FLORIDA LAW").
- A clause that first excepts one clause and gives it a law of its own: "Except in the case of
  the Mandatory Forum Selection Clause in Section 14.6 above, which clause shall be governed and
  interpreted in accordance with Florida law, this Agreement ... shall be governed by the
  internal laws of the State of Nevada". The agreement's law is the one after the exception;
  the law inside the exception's "which" clause is the excepted clause's only.

Passages written in the shape of lenders' forms; the places vary."""

from __future__ import annotations

from ingest.law import governing_law


def _law(text: str) -> str | None:
    found = governing_law(text)
    return found.jurisdiction if found else None


def test_the_law_after_an_excepted_forum_clause() -> None:
    text = (
        "14.11 Governing Law. Except in the case of the Mandatory Forum Selection Clause in "
        "Section 14.6 above, which clause shall be governed and interpreted in accordance with "
        "Florida law, this Agreement, the Loan Documents and the Revolving Note shall be "
        "delivered and accepted in and shall be deemed to be contracts made under and governed "
        "by the internal laws of the State of Nevada, without giving effect to the choice of law "
        "provisions of such State."
    )
    assert _law(text) == "Nevada"


def test_an_excepted_arbitration_section_under_another_state() -> None:
    text = (
        "Section 9.4 Choice of Law. Other than Section 9.7 (Arbitration), which shall be "
        "construed under the laws of the State of Texas, this Note shall be governed by and "
        "construed in accordance with the laws of the Commonwealth of Pennsylvania."
    )
    assert _law(text) == "Pennsylvania"


def test_a_law_stated_first_and_a_later_exception_keeps_the_first() -> None:
    """Near miss: the agreement's law comes first; the exception after it changes nothing."""
    text = (
        "Governing Law. This Agreement shall be governed by the laws of the State of Ohio, "
        "except that Section 8, which concerns the Mortgage, shall be governed by the laws of "
        "the State of Indiana."
    )
    assert _law(text) == "Ohio"


def test_a_which_clause_without_an_exception_is_the_law() -> None:
    """Near miss: a "which" clause alone carves nothing out."""
    text = (
        "Governing Law. The parties choose Delaware law, which shall govern this Agreement "
        "and every claim under it."
    )
    assert _law(text) == "Delaware"


_FORUM = (
    "14.6\xa0\xa0\xa0\xa0FORUM SELECTION. EACH BORROWER AGREES THAT ANY DISPUTE SHALL BE "
    "SUBJECT TO THE EXCLUSIVE JURISDICTION OF THE COURTS LOCATED IN {county}. THIS PROVISION "
    "IS A MANDATORY FORUM SELECTION CLAUSE AND GOVERNED BY AND INTERPRETED CONSISTENT WITH "
    "{forum} LAW.\n\n"
)


def test_a_heading_after_no_break_spaces_beats_an_earlier_forum_clause() -> None:
    text = _FORUM.format(county="MIAMI-DADE COUNTY, FLORIDA", forum="FLORIDA") + (
        "14.11\xa0\xa0\xa0\xa0\xa0\xa0Governing\nLaw. This Agreement and the Revolving Note "
        "shall be governed by the internal laws of the State of Utah.\n"
    )
    assert _law(text) == "Utah"


def test_a_section_heading_with_a_no_break_space_before_choice_of_law() -> None:
    text = _FORUM.format(county="KING COUNTY, WASHINGTON", forum="WASHINGTON") + (
        "Section 9.3\xa0Choice of Law. The laws of the State of Oregon shall govern this "
        "Agreement.\n"
    )
    assert _law(text) == "Oregon"


def test_without_a_heading_the_first_clause_still_decides() -> None:
    """Near miss: no heading at all, so the forum clause's law, the first, stays the answer."""
    text = _FORUM.format(county="MIAMI-DADE COUNTY, FLORIDA", forum="FLORIDA") + (
        "This Agreement shall be governed by the internal laws of the State of Utah.\n"
    )
    assert _law(text) == "Florida"
