"""One passage of the round-two stress test and the changes written for it before the
extractor ran on it."""

from __future__ import annotations

from dataclasses import dataclass

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
