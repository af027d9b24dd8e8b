"""The credit agreement amendment every round-two passage is written into, the helper that cuts
an expected wording from it, and the check of one passage's changes."""

from __future__ import annotations

from tests.amendment_changes import Expected, changes
from tests.evaluation.changes import provision_id

_HEAD = (
    "{title}\n\n"
    'THIS {title} (this "Amendment") is entered into as of {date}, among {borrower}, a '
    'Delaware corporation (the "Borrower"), the financial institutions party hereto (the '
    '"Lenders") and {agent}, as administrative agent (in such capacity, the "Agent").\n\n'
    "RECITALS\n\n"
    "A. The Borrower, the Lenders and the Agent are parties to a {base} dated as of "
    '{base_date} (as amended prior to the date hereof, the "{short}").\n\n'
    "B. The Borrower has requested that the Lenders amend the {short} as set forth herein, "
    "and the Lenders are willing to do so on the terms and conditions hereof.\n\n"
    "NOW, THEREFORE, the parties hereto agree as follows:\n\n"
)
_TAIL = (
    "\n\n9. Counterparts. This Amendment may be executed in any number of counterparts.\n\n"
    "IN WITNESS WHEREOF, the parties have caused this Amendment to be executed as of the date "
    "first written above.\n\n{borrower}\n\nBy: /s/ Martin Quell\nName: Martin Quell\n"
    "Title: Treasurer\n\n{agent}, as Agent and a Lender\n\nBy: /s/ Dana Ortiz\n"
    "Name: Dana Ortiz\nTitle: Managing Director\n"
)


def amendment(
    body: str,
    *,
    title: str = "THIRD AMENDMENT TO CREDIT AGREEMENT",
    base: str = "Credit Agreement",
    short: str = "Credit Agreement",
    borrower: str = "HOLLOWAY PACKAGING CORP.",
    agent: str = "FIRST CASCADE BANK, N.A.",
) -> str:
    """One short amendment of a credit agreement dated June 2, 2016 with ``body`` as its
    operative sections."""
    head = _HEAD.format(
        title=title,
        date="May 14, 2019",
        borrower=borrower,
        agent=agent,
        base=base,
        base_date="June 2, 2016",
        short=short,
    )
    return head + body + _TAIL.format(borrower=borrower, agent=agent)


def cut(text: str, first: str, last: str | None = None) -> str:
    """The slice of ``text`` from ``first`` (which occurs once) through the end of the first
    ``last`` after it (``first`` itself when no ``last``)."""
    assert text.count(first) == 1, first
    start = text.index(first)
    end = start + len(first) if last is None else text.index(last, start) + len(last)
    return text[start:end]


Case = tuple[str, str, list[Expected]]


def case(cases: list[Case], name: str, text: str, expected: list[Expected]) -> None:
    """Add one passage and the changes written for it before the extractor ran."""
    cases.append((name, text, expected))


def check_case(name: str, text: str, expected: list[Expected]) -> None:
    """Every change expected is found with its exact new wording (where one is expected), and
    no other change is."""
    got = [g for g, _ in changes(text)]
    got_keys = sorted({(provision_id(s, t), a) for s, t, a, _ in got})
    assert got_keys == sorted({(provision_id(s, t), a) for s, t, a, _ in expected}), name
    for s, t, a, new in expected:
        if new is None:
            continue
        found = {
            n for gs, gt, ga, n in got if (provision_id(gs, gt), ga) == (provision_id(s, t), a)
        }
        assert found == {new}, (name, s, t)
