"""An agreement form attached to a credit agreement whose own date is left blank for its
signers ("AGREEMENT dated as of __________, 2007 among [ASSIGNOR] ..."): the form is undated,
never dated by the first full date after the blank, which is the credit agreement's its recital
names ("relates to the Credit Agreement dated as of May 1, 2007"). Passages written for these
tests."""

from __future__ import annotations

import pytest

from tests.passages import extract_text

MAIN = """CREDIT AGREEMENT

AGREEMENT dated as of May 1, 2007 among HARTWELL TOOLS, INC., the BANKS listed on the signature
pages hereof and NORTHGATE TRUST BANK, as Agent.

SECTION 2.1. Commitments to Lend. Each Bank severally agrees to make loans to the Borrower.

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed.

HARTWELL TOOLS, INC.

By: /s/ Jane Roe
Title: President

NORTHGATE TRUST BANK

By: /s/ Paul Okafor
Title: Vice President

EXHIBIT C

{title}

{opening}

WHEREAS, this {title_case} (the "Agreement") relates to the Credit Agreement dated as of
May 1, 2007 among the Borrower, the Banks party thereto and the Agent (the "Credit Agreement");

NOW, THEREFORE, the parties hereto agree as follows:

SECTION 1. Terms. The parties agree to the terms of the Credit Agreement.

SECTION 2. Governing Law. This Agreement shall be governed by the laws of the State of New York.

[ASSIGNOR]

By
Title:
"""

ASSIGNMENT = (
    "ASSIGNMENT AND ASSUMPTION AGREEMENT",
    "Assignment and Assumption Agreement",
    'AGREEMENT dated as of __________, 2007 among [ASSIGNOR] (the "Assignor"), [ASSIGNEE]\n'
    '(the "Assignee"), HARTWELL TOOLS, INC. (the "Borrower") and NORTHGATE TRUST BANK, as Agent.',
)
JOINDER = (
    "JOINDER AGREEMENT",
    "Joinder Agreement",
    "THIS JOINDER AGREEMENT is made this ___ day of ____________, 20__, by [NEW BANK]\n"
    "in favor of NORTHGATE TRUST BANK, as Agent.",
)


def _form_dates(title: str, title_case: str, opening: str) -> list[object]:
    x = extract_text(MAIN.format(title=title, title_case=title_case, opening=opening))
    forms = [e for e in x.entities if e.label == "Agreement" and e.props.get("title") == title_case]
    assert forms, "the attached form was not read"
    return [e.props.get("date") for e in forms]


@pytest.mark.parametrize(("title", "title_case", "opening"), [ASSIGNMENT, JOINDER])
def test_a_form_dated_in_blank_is_undated(title: str, title_case: str, opening: str) -> None:
    assert _form_dates(title, title_case, opening) == [None]


def test_a_form_with_its_own_date_keeps_it() -> None:
    """Near miss: a form whose opening writes its date out is dated so."""
    title, title_case, _ = ASSIGNMENT
    opening = (
        'AGREEMENT dated as of June 15, 2007 among FIRST MERIDIAN BANK (the "Assignor") and\n'
        'LAKESIDE BANK (the "Assignee").'
    )
    assert _form_dates(title, title_case, opening) == ["2007-06-15"]
