"""Two-column syndicate pages whose conversion put every wrapped line at the left margin: the
line under two banks' names side by side goes on the name it can only continue. A branch cut
in two after a comma ("BANK OF IRELAND, GRAND" / "CAYMAN BRANCH"), a name cut at a French or
Spanish joining word ("BANQUE FRANCAISE DU" / "COMMERCE EXTERIEUR"), a bank's legal form under
a name without one ("FIRST BANK" / "NATIONAL ASSOCIATION" beside "SUN BANK, N.A."), a branch
under a name its suffix ends ("THE SUMITOMO BANK, LIMITED," / "CHICAGO BRANCH"), a line that
kept both columns (each cell on the name above it): one lender each, never a truncated bank
and a branch of no bank. "TRUST AND BANKING CORPORATION" is one bank's name (passages written
for the test)."""

from __future__ import annotations

import pytest

from ingest.names import name_runs
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


@pytest.mark.parametrize(
    ("rows", "lenders"),
    [
        (
            [
                ("THE SUMITOMO BANK, LIMITED,", "UNION BANK", "CHICAGO BRANCH"),
                ("SUN BANK, N.A.", "SWISS BANK CORPORATION,", "NEW YORK BRANCH"),
            ],
            {
                "SUMITOMO BANK, LIMITED, CHICAGO BRANCH",
                "UNION BANK",
                "SUN BANK, N.A.",
                "SWISS BANK CORPORATION, NEW YORK BRANCH",
            },
        ),
        (
            [
                (
                    "THE DAIWA BANK, LIMITED",
                    "DRESDNER BANK AG NEW YORK",
                    "AND GRAND CAYMAN BRANCHES",
                ),
                ("KESTREL BANK PLC,", "ALPINE SAVINGS BANK", "LOS ANGELES AGENCY"),
            ],
            {
                "DAIWA BANK, LIMITED",
                "DRESDNER BANK AG NEW YORK AND GRAND CAYMAN BRANCHES",
                "KESTREL BANK PLC, LOS ANGELES AGENCY",
                "ALPINE SAVINGS BANK",
            },
        ),
    ],
)
def test_a_branch_below_a_suffixed_name_is_that_banks(
    rows: list[tuple[str, str, str]], lenders: set[str]
) -> None:
    """The branch after the suffix is the bank's own, no second company beside it."""
    assert _lenders(rows) == lenders


@pytest.mark.parametrize(
    ("left", "right", "tail", "lenders"),
    [
        (
            "THE MITSUBISHI BANK, LIMITED,",
            "THE MITSUBISHI TRUST AND",
            f"{'NEW YORK BRANCH':<40}BANKING CORPORATION",
            {
                "MITSUBISHI BANK, LIMITED, NEW YORK BRANCH",
                "MITSUBISHI TRUST AND BANKING CORPORATION",
            },
        ),
        (
            "VAN KAMPEN MERRITT PRIME",
            "THE TOYO TRUST AND BANKING",
            f"{'RATE INCOME TRUST':<40}CO., LTD.",
            {"VAN KAMPEN MERRITT PRIME RATE INCOME TRUST", "TOYO TRUST AND BANKING CO., LTD."},
        ),
    ],
)
def test_a_line_that_kept_both_columns_goes_on_both_names(
    left: str, right: str, tail: str, lenders: set[str]
) -> None:
    """Each cell of a line wrapped in both columns goes on the name above it; "TRUST AND
    BANKING CORPORATION" is one bank's name, not a trust and a bank."""
    assert _lenders([(left, right, tail)]) == lenders


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("THE SUMITOMO TRUST AND BANKING CO., LTD.", 1),
        ("Harris Trust and Savings Bank", 1),
        # near misses: two companies, each named whole
        ("Acme Holdings Trust and Beta Banking Corporation", 2),
        ("Midcap Financial Trust and U.S. Bank Trust Company, National Association", 2),
    ],
)
def test_a_line_of_business_after_and_is_no_second_company(name: str, parts: int) -> None:
    assert len([r for r in name_runs(name) if r.is_org]) == parts


def test_an_of_line_goes_on_the_name_that_has_no_place_yet() -> None:
    """ "INDUSTRIAL BANK OF JAPAN" ends on its place; "OF JAPAN, LIMITED," and the branch
    under it are the right bank's, however many lines it takes."""
    rows = [
        (
            "INDUSTRIAL BANK OF JAPAN",
            "THE LONG-TERM CREDIT BANK",
            "OF JAPAN, LIMITED,\nNEW YORK BRANCH",
        )
    ]
    assert _lenders(rows) == {
        "INDUSTRIAL BANK OF JAPAN",
        "LONG-TERM CREDIT BANK OF JAPAN, LIMITED, NEW YORK BRANCH",
    }


def test_an_of_line_under_a_closed_right_name_is_the_lefts() -> None:
    """Near miss: the right name ends in its suffix; the left one takes the "OF" line."""
    rows = [("THE FIRST NATIONAL BANK", "THE FUJI BANK, LIMITED", "OF CHICAGO")]
    assert _lenders(rows) == {"FIRST NATIONAL BANK OF CHICAGO", "FUJI BANK, LIMITED"}
