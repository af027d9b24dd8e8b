"""The shape of an instrument stress passage, its facts, and how the edges an extraction
produces are scored against them (see :mod:`tests.instrument_stress`)."""

from __future__ import annotations

from dataclasses import dataclass

Fact = tuple[str, str, str]


@dataclass(frozen=True, slots=True)
class Stress:
    name: str
    text: str
    expected: tuple[Fact, ...]
    optional: tuple[Fact, ...] = ()


def _folded(name: str) -> str:
    return " ".join(name.replace("\u00a0", " ").split()).casefold()


def _fits(fact: Fact, edge: Fact) -> bool:
    """An edge fits a fact: same type, the party's name as written, a title holding the
    fact's word group."""
    type_, source, target = fact
    if edge[0] != type_:
        return False
    if type_ == "ISSUED_UNDER":
        return source in _folded(edge[1]) and target in _folded(edge[2])
    return _folded(source) == _folded(edge[1]) and target in _folded(edge[2])


@dataclass(frozen=True, slots=True)
class Score:
    found: tuple[Fact, ...]
    missed: tuple[Fact, ...]
    wrong: tuple[Fact, ...]


def score(stress: Stress, produced: set[Fact]) -> Score:
    """The expected facts found and missed, and the produced edges no fact (nor an optional
    one) accounts for."""
    found = tuple(f for f in stress.expected if any(_fits(f, e) for e in produced))
    missed = tuple(f for f in stress.expected if f not in found)
    facts = stress.expected + stress.optional
    wrong = tuple(sorted(e for e in produced if not any(_fits(f, e) for f in facts)))
    return Score(found, missed, wrong)
