"""A blind instrument-shape passage: its text, the edges expected of it and the key attributes
(principal, rate, maturity) of the instruments it states, all written before the extractor ran."""

from __future__ import annotations

from dataclasses import dataclass

from tests.instrument_stress.stress import Fact, Stress

#: (a word group of the instrument's title, attribute, value)
Attribute = tuple[str, str, object]


@dataclass(frozen=True, slots=True)
class Shape:
    stress: Stress
    attributes: tuple[Attribute, ...] = ()


def shape(
    name: str,
    text: str,
    expected: tuple[Fact, ...],
    optional: tuple[Fact, ...] = (),
    attributes: tuple[Attribute, ...] = (),
) -> Shape:
    return Shape(Stress(name, text, expected, optional), attributes)
