"""The shape of a securing or amending stress passage, the facts it states, and how an
extraction is scored against them (see :mod:`tests.securing_shapes`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.records import Extraction
from tests.passages import OWN, extract_text

Fact = tuple[str, str, str]
SELF = "SELF"


@dataclass(frozen=True)
class Shape:
    name: str
    text: str
    expected: tuple[Fact, ...]
    optional: tuple[Fact, ...] = ()


def _norm(name: str) -> str:
    name = re.sub(r"\s+", " ", name.upper()).strip(" .,;:")
    return re.sub(r"^THE ", "", name)


#: the signature pages of :func:`credit_agreement`
_CA_CLOSING = """
IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written above.

{borrower}

By: /s/ Jordan Pell
Name: Jordan Pell
Title: Chief Financial Officer

{bank}

By: /s/ Morgan Ruiz
Name: Morgan Ruiz
Title: Vice President
"""


def credit_agreement(borrower: str, bank: str, year: int, body: str) -> str:
    """A short credit agreement between ``borrower`` and ``bank`` whose body is ``body``."""
    return (
        "CREDIT AGREEMENT\n\n"
        f'THIS CREDIT AGREEMENT (this "Agreement") is dated as of May 1, {year}, between '
        f'{borrower}, a Delaware corporation (the "Borrower"), and {bank} (the "Bank").\n\n'
        "2.1 Revolving Loans. The Bank agrees to make revolving loans to the Borrower in an "
        "aggregate amount not to exceed $5,000,000.\n\n"
        + body
        + _CA_CLOSING.format(borrower=borrower.upper(), bank=bank.upper())
    )


def _node_names(x: Extraction) -> dict[str, set[str]]:
    """Entity ref -> every name it answers to (name or title, aliases, SELF, ASSET: words)."""
    names: dict[str, set[str]] = {}
    for e in x.entities:
        found = {_norm(str(v)) for v in (e.props.get("name"), e.props.get("title")) if v}
        found |= {_norm(a) for a in e.aliases}
        if e.label == "Asset":
            found.add("ASSET:" + _norm(str(e.props.get("description", ""))))
        if e.ref == OWN:
            found.add(SELF)
        names[e.ref] = found
    return names


def _answers(names: set[str], wanted: str) -> bool:
    if wanted.startswith("ASSET:"):
        words = _norm(wanted[len("ASSET:") :])
        return any(n.startswith("ASSET:") and words in n for n in names)
    return _norm(wanted) in names or wanted in names


def _matches(x: Extraction, names: dict[str, set[str]], fact: Fact) -> bool:
    type_, source, target = fact
    return any(
        r.type == type_ and _answers(names[r.source], source) and _answers(names[r.target], target)
        for r in x.relations
    )


@dataclass(frozen=True)
class Score:
    right: int
    expected: int
    wrong: tuple[str, ...]
    missed: tuple[Fact, ...]


def score(shape: Shape) -> Score:
    """Expected facts found, and the SECURES / AMENDS / own PARTY_TO edges nobody expected."""
    x = extract_text(shape.text)
    names = _node_names(x)
    missed = tuple(f for f in shape.expected if not _matches(x, names, f))
    allowed = shape.expected + shape.optional
    wrong = []
    for r in x.relations:
        judged = r.type in ("SECURES", "AMENDS") or (r.type == "PARTY_TO" and r.target == OWN)
        if not judged:
            continue
        if not any(
            r.type == t and _answers(names[r.source], s) and _answers(names[r.target], g)
            for t, s, g in allowed
        ):
            wrong.append(f"{r.type} {sorted(names[r.source])[0]} -> {sorted(names[r.target])[0]}")
    return Score(len(shape.expected) - len(missed), len(shape.expected), tuple(wrong), missed)
