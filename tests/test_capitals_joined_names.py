"""Two names typed in capitals joined by a lower-case "and" (the list's joiner) are two names:
"CREDIT SUISSE FIRST BOSTON and MIZUHO CORPORATE BANK, LTD., as Co-Documentation Agents". The
"and" inside one name is typed in capitals with it ("STATE STREET BANK AND TRUST COMPANY"), and
a second part that opens with a company word or a line of business is no company of its own
("HARRIS TRUST and SAVINGS BANK")."""

from __future__ import annotations

import pytest

from ingest.extract import extract
from ingest.names import name_runs
from ingest.records import SourceDocument


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "among CREDIT SUISSE FIRST BOSTON and MIZUHO CORPORATE BANK, LTD., as Agents",
            ["CREDIT SUISSE FIRST BOSTON", "MIZUHO CORPORATE BANK, LTD."],
        ),
        (
            "among NORTHWIND CAPITAL MARKETS and HARBOR POINT BANK, as Co-Arrangers",
            ["NORTHWIND CAPITAL MARKETS", "HARBOR POINT BANK"],
        ),
    ],
)
def test_capitals_joined_by_lower_and_are_two_names(text: str, names: list[str]) -> None:
    assert [r.text for r in name_runs(text) if r.text != "Agents" and r.text != "Co-Arrangers"][
        :2
    ] == names


@pytest.mark.parametrize(
    "name",
    [
        "STATE STREET BANK AND TRUST COMPANY",
        "HARRIS TRUST and SAVINGS BANK",
        "BANK OF AMERICA NATIONAL TRUST and SAVINGS ASSOCIATION",
        "MORGAN GUARANTY TRUST COMPANY OF NEW YORK",
    ],
)
def test_one_name_stays_whole(name: str) -> None:
    assert name in [r.text for r in name_runs(f"among {name}, as Agent")]


_PREAMBLE = (
    "364-DAY CREDIT AGREEMENT, dated as of May 14, 2003, among ACME CORPORATION, a Virginia "
    "corporation, as Borrower, the LENDERS parties hereto, CITIBANK, N.A. and THE BANK OF NOVA "
    "SCOTIA, as Co-Syndication Agents, NORTHWIND CAPITAL BANK and MIZUHO CORPORATE BANK, LTD., "
    "as Co-Documentation Agents, and JPMORGAN CHASE BANK, as Administrative Agent.\n\n"
    "The parties agree as follows.\n"
)


def test_preamble_reads_two_agents() -> None:
    ex = extract(SourceDocument(text=_PREAMBLE, path="agents.txt"))
    names = {str(e.props.get("name")) for e in ex.entities if e.label == "Party"}
    assert "MIZUHO CORPORATE BANK, LTD." in names
    assert not any(" and " in n for n in names)
