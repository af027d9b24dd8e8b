"""The round-four case: an amendment text and the changes expected of it as (provision id,
action, new text); the short credit-agreement amendment most cases are written around; and the
changes the extractor reads from a passage, in the same form."""

from __future__ import annotations

from dataclasses import dataclass

from tests.evaluation.changes import provision_id
from tests.passages import OWN, extract_text

Expected = tuple[str, str, str | None]


@dataclass(frozen=True)
class Case:
    name: str
    text: str
    expected: tuple[Expected, ...]


_SIGNATURES = """

IN WITNESS WHEREOF, the parties hereto have caused this Amendment to be duly executed as of
the date first written above.

                                   HARTWELL FOODS, INC.

                                   By: /s/ Margaret O. Lindqvist
                                   Name: Margaret O. Lindqvist
                                   Title: Chief Financial Officer

                                   FIRST CASCADE BANK, N.A.,
                                   as Administrative Agent and a Lender

                                   By: /s/ Thomas R. Abernathy
                                   Name: Thomas R. Abernathy
                                   Title: Senior Vice President
"""


def amendment(
    body: str,
    ordinal: str = "FIRST",
    date: str = "March 3, 2004",
    base_date: str = "June 1, 2002",
) -> str:
    """A short amendment to a credit agreement around ``body``: title, preamble, recitals,
    the operative lead-in, then ``body`` and the signatures."""
    title = f"{ordinal} AMENDMENT TO CREDIT AGREEMENT"
    return (
        f"{title}\n\n"
        f'THIS {title} (this "Amendment"), dated as of {date}, is entered into among HARTWELL '
        'FOODS, INC., a Delaware corporation (the "Borrower"), the financial institutions '
        'party hereto as lenders (the "Lenders") and FIRST CASCADE BANK, N.A., as '
        'administrative agent for the Lenders (in such capacity, the "Agent").\n\n'
        "RECITALS\n\n"
        "A. The Borrower, the Lenders and the Agent are parties to a Credit Agreement dated as "
        f'of {base_date} (as amended prior to the date hereof, the "Credit Agreement").\n\n'
        "B. The Borrower has requested that the Lenders amend the Credit Agreement as set "
        "forth herein, and the Lenders are willing to do so on the terms set forth herein.\n\n"
        "NOW, THEREFORE, in consideration of the premises and the mutual agreements herein, "
        "the parties hereto agree as follows:\n\n" + body + _SIGNATURES
    )


CASES: list[Case] = []


def case(name: str, text: str, *expected: Expected) -> None:
    CASES.append(Case(name, text, expected))


def predicted(text: str) -> set[tuple[str, str, str | None]]:
    """The changes the passage's own amendment makes, as (provision id, action, new text)."""
    x = extract_text(text)
    provisions = {e.ref: e.props for e in x.entities if e.label == "Provision"}
    out: set[tuple[str, str, str | None]] = set()
    for r in x.relations:
        if r.type == "CHANGES" and r.source == OWN:
            p = provisions[r.target]
            new_text = r.props.get("new_text")
            out.add(
                (
                    provision_id(str(p.get("section") or ""), str(p.get("term") or "")),
                    str(r.props.get("action")),
                    str(new_text) if new_text is not None else None,
                )
            )
    return out


def right(p: tuple[str, str, str | None], e: Expected) -> bool:
    return p[:2] == e[:2] and (e[2] is None or p[2] == e[2])
