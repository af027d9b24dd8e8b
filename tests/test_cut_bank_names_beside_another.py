"""Two-column syndicate pages whose conversion put every wrapped line at the left margin: the
line under two banks' names side by side goes on the name it can only continue. A branch cut
in two after a comma ("BANK OF IRELAND, GRAND" / "CAYMAN BRANCH"), a name cut at a French or
Spanish joining word ("BANQUE FRANCAISE DU" / "COMMERCE EXTERIEUR"), a bank's legal form under
a name without one ("FIRST BANK" / "NATIONAL ASSOCIATION" beside "SUN BANK, N.A."): one lender
each, never a truncated bank and a branch of no bank (passages written for the test)."""

from __future__ import annotations

import pytest

from tests.passages import edges, extract_text

_AMENDMENT = """AMENDMENT NO. 2

This Amendment No. 2, dated as of June 1, 1996, is among Harbor Cable, Inc., a Delaware
corporation (the "Company"), the Lenders party hereto and Fleet Bank, as Agent. The parties
agree as follows:

1. Section 2.1 of the Credit Agreement is amended by deleting "$100,000,000" and inserting
"$150,000,000".

IN WITNESS WHEREOF, the parties have executed this Amendment.

HARBOR CABLE, INC.

By /s/
Title:

LENDERS:

{pages}"""

_PAGE = """{left:<40}{right}
{tail}

By /s/                                  By /s/
Title:                                  Title:

"""


def _lenders(rows: list[tuple[str, str, str]]) -> set[str]:
    pages = "".join(_PAGE.format(left=a, right=b, tail=c) for a, b, c in rows)
    x = extract_text(_AMENDMENT.format(pages=pages))
    # a leading "THE" may go: the scorer compares names without it
    return {
        s.upper().removeprefix("THE ") for s, t in edges(x, "LENDS_TO") if t == "Harbor Cable, Inc."
    }


@pytest.mark.parametrize(
    ("rows", "lenders"),
    [
        (
            [
                ("BANK OF IRELAND, GRAND", "BANK OF MONTREAL", "CAYMAN BRANCH"),
                ("BANQUE FRANCAISE DU", "BANQUE NATIONALE DE PARIS", "COMMERCE EXTERIEUR"),
            ],
            {
                "BANK OF IRELAND, GRAND CAYMAN BRANCH",
                "BANK OF MONTREAL",
                "BANQUE FRANCAISE DU COMMERCE EXTERIEUR",
                "BANQUE NATIONALE DE PARIS",
            },
        ),
        (
            [
                ("BANCO POPOLARE DI MILANO, LOS", "ROYAL TRUST BANK", "ANGELES BRANCH"),
                ("CAISSE NATIONALE DE", "DEUTSCHE GIROBANK AG", "CREDIT AGRICOLE"),
            ],
            {
                "BANCO POPOLARE DI MILANO, LOS ANGELES BRANCH",
                "ROYAL TRUST BANK",
                "CAISSE NATIONALE DE CREDIT AGRICOLE",
                "DEUTSCHE GIROBANK AG",
            },
        ),
    ],
)
def test_a_left_name_cut_open_takes_the_line_below(
    rows: list[tuple[str, str, str]], lenders: set[str]
) -> None:
    assert _lenders(rows) == lenders


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("FIRST BANK", "FIRST FIDELITY BANK, N.A."),
        ("MERCANTILE BANK", "SUN BANK, N.A."),
    ],
)
def test_a_legal_form_below_goes_on_the_name_without_one(left: str, right: str) -> None:
    """The right name's own "N.A." closes it: the form below is the left bank's."""
    assert _lenders([(left, right, "NATIONAL ASSOCIATION")]) == {
        f"{left} NATIONAL ASSOCIATION",
        right,
    }


def test_a_closed_left_name_leaves_the_line_to_the_open_right_one() -> None:
    """Near miss: the left name ends in its suffix, the right one in "OF": the line below is
    the right bank's tail."""
    assert _lenders([("KLEINWORT BENSON LIMITED", "THE ROYAL BANK OF", "SCOTLAND, PLC")]) == {
        "KLEINWORT BENSON LIMITED",
        "ROYAL BANK OF SCOTLAND, PLC",
    }
