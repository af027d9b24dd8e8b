"""The round-five case: a short amendment of a note, warrant, lease, licence, supply, purchase,
employment or credit agreement, the changes expected of it as (provision id, action, new text),
the changes it may state without counting (a recital has no number of its own), the amended
agreement each change must land on and the effective date each change must carry; and the
changes the extractor reads from a passage, in the same form."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial

from tests.evaluation.changes import provision_id
from tests.passages import OWN, extract_text

Expected = tuple[str, str, str | None]


def pid(provision: str) -> str:
    """``"4.1"``, ``"Schedule 2"``, ``'term:Escrow Amount'`` -> the scorer's provision id."""
    if provision.startswith("term:"):
        return provision_id(None, provision[len("term:") :])
    return provision_id(provision, None)


@dataclass(frozen=True)
class Case:
    name: str
    text: str
    expected: tuple[Expected, ...]
    #: changes that are true but not required: neither a hit nor a wrong change
    optional: tuple[str, ...] = ()
    #: provision id -> a word of the title of the agreement the change must land on
    targets: dict[str, str] = field(default_factory=dict)
    #: the ISO date every change of the passage must carry as its effective date
    effective: str | None = None


CASES: list[Case] = []


def register(
    cases: list[Case],
    name: str,
    text: str,
    *expected: tuple[str, str, str | None],
    optional: tuple[str, ...] = (),
    targets: dict[str, str] | None = None,
    effective: str | None = None,
) -> None:
    """Register a case in ``cases`` (a round's own list); provisions are written as in
    :func:`pid`."""
    cases.append(
        Case(
            name,
            text,
            tuple((pid(p), action, new) for p, action, new in expected),
            tuple(pid(p) for p in optional),
            {pid(p): word for p, word in (targets or {}).items()},
            effective,
        )
    )


#: register a case of round five
case = partial(register, CASES)


_SIGNATURES = """

IN WITNESS WHEREOF, the parties have executed this Amendment as of the date first written
above.

{first}

By: /s/ Eleanor V. Haskins
Name: Eleanor V. Haskins
Title: President

{second}

By: /s/ Raymond J. Okafor
Name: Raymond J. Okafor
Title: Vice President
"""


def amendment(
    title: str,
    base: str,
    alias: str,
    body: str,
    *,
    first: str = "NORTHGATE LABORATORIES, INC.",
    first_alias: str = "Company",
    second: str = "BRIARWOOD CAPITAL PARTNERS, L.P.",
    second_alias: str = "Holder",
    date: str = "August 14, 2006",
    base_date: str = "May 2, 2003",
) -> str:
    """An amendment called ``title`` of the agreement ``base`` (known as ``alias``) dated
    ``base_date`` between two parties: title, preamble, recitals, lead-in, ``body``,
    signatures."""
    return (
        f"{title.upper()}\n\n"
        f'This {title} (this "Amendment") is made and entered into as of {date}, by and '
        f'between {first}, a Delaware corporation (the "{first_alias}"), and {second} (the '
        f'"{second_alias}").\n\n'
        "RECITALS\n\n"
        f"A. The {first_alias} and the {second_alias} are parties to that certain {base} "
        f'dated as of {base_date} (the "{alias}").\n\n'
        f"B. The parties desire to amend the {alias} on the terms set forth in this "
        "Amendment.\n\n"
        "NOW, THEREFORE, in consideration of the mutual covenants set forth herein and other "
        "good and valuable consideration, the receipt and sufficiency of which are hereby "
        "acknowledged, the parties agree as follows:\n\n"
        + body.strip("\n")
        + _SIGNATURES.format(first=first, second=second)
    )


def credit_amendment(
    body: str,
    ordinal: str = "Third",
    date: str = "November 20, 2007",
    base_date: str = "April 9, 2005",
    *,
    base: str = "Loan Agreement",
    borrower: str = "KESTREL MARINE SUPPLY CO.",
    lender: str = "OLD HARBOR NATIONAL BANK",
    lender_alias: str = "Bank",
) -> str:
    """A short amendment to a loan or credit agreement between a borrower and its bank (or the
    agent of its lenders) around ``body``."""
    return amendment(
        f"{ordinal} Amendment to {base}",
        base,
        base,
        body,
        first=borrower,
        first_alias="Borrower",
        second=lender,
        second_alias=lender_alias,
        date=date,
        base_date=base_date,
    )


def check_well_formed(cases: list[Case]) -> None:
    """A round's cases have unique names and quote every expected new wording from their
    passage."""
    assert len({c.name for c in cases}) == len(cases)
    for c in cases:
        for _, _, new_text in c.expected:
            assert new_text is None or new_text in c.text, (c.name, new_text)


def predicted(text: str) -> dict[tuple[str, str, str | None], tuple[str, str]]:
    """The changes the passage's own amendment makes, as (provision id, action, new text),
    each with the title of the agreement it lands on and its effective date."""
    x = extract_text(text)
    provisions = {e.ref: e.props for e in x.entities if e.label == "Provision"}
    titles = {e.ref: str(e.props.get("title") or "") for e in x.entities}
    owner = {r.source: titles.get(r.target, "") for r in x.relations if r.type == "PROVISION_OF"}
    out: dict[tuple[str, str, str | None], tuple[str, str]] = {}
    for r in x.relations:
        if r.type == "CHANGES" and r.source == OWN:
            p = provisions[r.target]
            new_text = r.props.get("new_text")
            key = (
                provision_id(str(p.get("section") or ""), str(p.get("term") or "")),
                str(r.props.get("action")),
                str(new_text) if new_text is not None else None,
            )
            out[key] = (owner.get(r.target, ""), str(r.props.get("effective_date") or ""))
    return out


def right(p: tuple[str, str, str | None], e: Expected) -> bool:
    return p[:2] == e[:2] and (e[2] is None or p[2] == e[2])


@dataclass
class Score:
    """One case scored: expected changes found right, predictions right, and what went
    wrong (a missed or wrongly worded change, a wrong change, a wrong target or date)."""

    found: int = 0
    predicted: int = 0
    correct: int = 0
    problems: list[str] = field(default_factory=list)


def score(c: Case) -> Score:
    got = predicted(c.text)
    s = Score()
    used: set[tuple[str, str, str | None]] = set()
    for e in c.expected:
        hit = next((p for p in got if p not in used and right(p, e)), None)
        if hit is None:
            near = [p for p in got if p[:2] == e[:2]]
            s.problems.append(f"missed {e}" + (f" (got {near})" if near else ""))
            continue
        used.add(hit)
        title, effective = got[hit]
        word = c.targets.get(e[0])
        if word and word.lower() not in title.lower():
            s.problems.append(f"{e[0]} lands on {title!r}, not the {word}")
            continue
        if c.effective and effective != c.effective:
            s.problems.append(f"{e[0]} effective {effective!r}, not {c.effective}")
            continue
        s.found += 1
    for p in got:
        if p in used or p[0] in c.optional:
            continue
        s.predicted += 1
        s.problems.append(f"wrong change {p}")
    s.predicted += len(used)
    s.correct = s.found
    return s
