"""Round thirteen's registry: the round-five case, scorer and amendment frames with a list of
its own, so that the rounds report apart."""

from __future__ import annotations

from functools import partial

from tests.changes_round5.case import Case, register

CASES: list[Case] = []


#: register a case of round thirteen
case = partial(register, CASES)
