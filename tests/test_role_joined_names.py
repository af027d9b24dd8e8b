"""A party named by its role, then "and" and another party's name, is two names, never one
party: "between Lender and Raymond James & Associates, Inc.", "the Administrative Agent and
CoBank, ACB, as L/C Issuer", "by MAKER AND FAIRHAVEN COMMERCIAL FINANCE CORP.". A combined
capacity ("as Administrative Agent and Lender") and a name whose first words only look like a
role ("Acme Lender and Trust Company") stay whole."""

from __future__ import annotations

import pytest

from ingest.extract import extract
from ingest.names import name_runs
from ingest.records import SourceDocument


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "entered into between Lender and Raymond James & Associates, Inc., a Florida "
            "corporation",
            "Raymond James & Associates, Inc.",
        ),
        ("the Administrative Agent and CoBank, ACB, as the L/C Issuer", "CoBank"),
        (
            "made by MAKER AND FAIRHAVEN COMMERCIAL FINANCE CORP.",
            "FAIRHAVEN COMMERCIAL FINANCE CORP.",
        ),
        ("among the Collateral Agent and Harbor Point Bank, N.A.", "Harbor Point Bank, N.A."),
    ],
)
def test_role_then_name_is_split(text: str, name: str) -> None:
    assert name in [r.text for r in name_runs(text)]


@pytest.mark.parametrize(
    ("text", "run"),
    [
        ("ABC Bank, as Administrative Agent and Lender", "Administrative Agent and Lender"),
        ("among Acme Lender and Trust Company", "Acme Lender and Trust Company"),
        ("among State Street Bank and Trust Company", "State Street Bank and Trust Company"),
        (
            "among MANUFACTURERS AND TRADERS TRUST COMPANY, as Bank",
            "MANUFACTURERS AND TRADERS TRUST COMPANY",
        ),
    ],
)
def test_one_name_or_capacity_stays_whole(text: str, run: str) -> None:
    assert run in [r.text for r in name_runs(text)]


_NOTE = (
    "SUBORDINATION AGREEMENT\n\n"
    "This SUBORDINATION AGREEMENT, dated as of March 3, 2008, is made by KESTREL TOOLING, "
    'INC., a Delaware corporation (the "Maker"), and FAIRHAVEN COMMERCIAL FINANCE CORP., a '
    'New York corporation (the "Senior Lender").\n\n'
    "The Maker and the Senior Lender agree as follows.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\n"
    "MAKER AND FAIRHAVEN COMMERCIAL FINANCE CORP.:\n\n"
    "KESTREL TOOLING, INC.\n\nBy: /s/ Ann Lee\nTitle: President\n\n"
    "FAIRHAVEN COMMERCIAL FINANCE CORP.\n\nBy: /s/ Tom Reed\nTitle: Vice President\n"
)


def test_no_party_joins_a_role_and_a_name() -> None:
    ex = extract(SourceDocument(text=_NOTE, path="subordination.txt"))
    names = [str(e.props.get("name")) for e in ex.entities if e.label == "Party"]
    assert not any(n.upper().startswith("MAKER AND") for n in names)
