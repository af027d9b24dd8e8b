"""One passage of the round-two stress test and the changes written for it before the
extractor ran on it."""

from __future__ import annotations

from dataclasses import dataclass

from tests.amendment_changes import changes
from tests.evaluation.changes import provision_id

Expected = tuple[str | None, str | None, str, str | None]  # section, term, action, new wording


@dataclass(frozen=True)
class Case:
    name: str
    text: str
    base_date: str
    expected: tuple[Expected, ...]


def sign(party: str) -> str:
    """The signature page closing a passage, for ``party``."""
    return (
        "\n\nIN WITNESS WHEREOF, the parties have executed this Amendment as of the date first "
        f"written above.\n\n{party}\n\nBy: /s/ Pat Reyes\nName: Pat Reyes\nTitle: President\n"
    )


def _fold(s: str | None) -> str | None:
    return None if s is None else " ".join(s.split())


def _same(got: Expected, want: Expected) -> bool:
    """One change: the same provision (as the changes evaluation keys it) and action, and the
    same new wording (runs of whitespace folded) where the passage states one."""
    return (
        provision_id(got[0], got[1]) == provision_id(want[0], want[1])
        and got[2] == want[2]
        and (want[3] is None or _fold(got[3]) == _fold(want[3]))
    )


def score_case(case: Case) -> tuple[list[Expected], list[Expected]]:
    """The expected changes not found, and the changes found that none expected (or that
    change an agreement of another date)."""
    found = changes(case.text)
    got = [g for g, date in found if date == case.base_date]
    wrong = [g for g, date in found if date != case.base_date]
    missed: list[Expected] = []
    for want in case.expected:
        hit = next((g for g in got if _same(g, want)), None)
        if hit is None:
            missed.append(want)
        else:
            got.remove(hit)
    return missed, got + wrong
