"""Syndicated credit agreements with two borrowers, a cover page and schedules of banks, probed
with passages written for the test (never copied from a filing):

- an opening whose title starts with its term in days or years ("364-DAY CREDIT AGREEMENT,
  dated as of ... among ...") is the preamble, below the cover page that lists the parties;
- a parenthesis that joins a borrower to one named before it with a singular and its plural
  ("and, together with HHI, each a "Borrower" and collectively the "Borrowers"") names those
  two borrowers: the banks signing below are no borrowers, they lend to both;
- a schedule of the banks' addresses closes each address on a city, its state and a ZIP code:
  the ZIP code is no figure, the city no bank;
- a row of the schedule of commitments whose name wraps onto a line of its own begins the name
  of a bank that signs: it is that bank, not one more.
"""

from __future__ import annotations

import pytest

from ingest.schedules import schedule_rows
from ingest.structure.preamble import find_preamble
from ingest.structure.regions import Region
from tests.passages import edges, entity_names, extract_text, own_roles

_COVER = """{first} and {second},
as Borrowers

{title}

Dated as of March 3, 2004

{agent},
as Administrative Agent

TABLE OF CONTENTS

Section 1.     Definitions.......................................1

"""

_BODY = """{title}, dated as of March 3, 2004 among {first}, a corporation organized and existing
under the laws of Delaware ("{t1}"); {second}, a corporation organized and existing under the
laws of England and Wales ("{t2}" and, together with {t1}, {each} a "Borrower" and
collectively the "Borrowers"); the financial institutions listed in Schedule I (each a "Bank"
and, collectively, the "Banks"); and {agent}, as Administrative Agent.

W I T N E S S E T H:

WHEREAS, the Borrowers have requested the Banks to extend credit to the Borrowers.

NOW, THEREFORE, the parties hereto hereby agree as follows:

Section 1. Definitions.

"Commitment" shall mean, for each Bank, the amount set forth opposite such Bank's name in
Schedule I hereto.

"Lending Office" shall mean, for each Bank, the office set forth opposite the name of such Bank
in Schedule II hereto.

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be executed.

{first}

By: /s/ John Smith
Name:  John Smith
Title: Treasurer

{second}

By: /s/ John Smith
Name:  John Smith
Title: Director

{agent},
as Administrative Agent

By: /s/ Mary Jones
Name:  Mary Jones
Title: Vice President

{bank}

By: /s/ Ann Green
Name:  Ann Green
Title: Vice President

<PAGE>

SCHEDULE I

SCHEDULE OF COMMITMENTS

Name of Bank                                                      Commitment

{agent_row}                                                 $50,000,000

{bank_row}
"""

_ADDRESSES = """
<PAGE>

SCHEDULE II

BANK ADDRESSES AND LENDING OFFICES

Name of Bank                               Lending Office

{agent_row}                           Same as Name of Bank
200 Harbor Street
{city_1}                   Same as Name of Bank

{bank_row_1}                             Same as Name of Bank
15 Main Street
{city_2}
"""

_CASES = [
    {
        "title": "364-DAY CREDIT AGREEMENT",
        "first": "HARBOR HOLDINGS INC.",
        "second": "HARBOR EUROPE LIMITED",
        "t1": "HHI",
        "t2": "HEL",
        "each": "each",
        "agent": "FIRST EXAMPLE BANK, N.A.",
        "agent_row": "First Example Bank, N.A.",
        "bank": "BANCO DI LOMBARDIA SOCIETA PER AZIONI",
        "bank_row": "Banco di Lombardia Societa                                $30,000,000\n"
        "per Azioni",
        "bank_row_1": "Banco di Lombardia",
        "city_1": "New Castle, Delaware  19720",
        "city_2": "Atlanta, Georgia  30303",
    },
    {
        "title": "5-Year Revolving Credit Agreement",
        "first": "MERIDIAN FOODS CORP.",
        "second": "MERIDIAN FOODS (UK) LIMITED",
        "t1": "MFC",
        "t2": "MFUK",
        "each": "individually,",
        "agent": "NORTHERN TRUST BANK",
        "agent_row": "Northern Trust Bank",
        "bank": "CAISSE REGIONALE DE CREDIT AGRICOLE MUTUEL",
        "bank_row": "Caisse Regionale de Credit                                $30,000,000\n"
        "Agricole Mutuel",
        "bank_row_1": "Caisse Regionale",
        "city_1": "Chicago, IL  60603",
        "city_2": "Minneapolis, Minnesota  55402-4302",
    },
]


def _document(case: dict[str, str], addresses: bool = True) -> str:
    text = _COVER.format(**case) + _BODY.format(**case)
    return text + (_ADDRESSES.format(**case) if addresses else "")


@pytest.mark.parametrize("case", _CASES)
def test_titled_with_a_term_opens_under_the_cover(case: dict[str, str]) -> None:
    text = _document(case)
    found = find_preamble(text)
    assert found is not None
    assert text[found[0] :].startswith(case["title"] + ", dated as of March 3, 2004 among")


def test_a_paragraph_opening_on_days_is_no_preamble() -> None:
    """ "30 days after ..." opens a covenant, not the agreement."""
    text = (
        "CREDIT AGREEMENT\n\n30 days after the Agreement dated as of May 1, 2004 among the "
        "parties, the Borrower shall deliver its statements.\n"
    )
    assert find_preamble(text) is None


@pytest.mark.parametrize("case", _CASES)
def test_joint_singular_and_plural_name_the_two_borrowers(case: dict[str, str]) -> None:
    x = extract_text(_document(case))
    roles = own_roles(x)
    assert roles[case["first"]] == "Borrower"
    assert roles[case["second"]] == "Borrower"
    assert roles[case["bank"]] == "Bank"
    lends = edges(x, "LENDS_TO")
    assert (case["bank"], case["first"]) in lends
    assert (case["bank"], case["second"]) in lends


@pytest.mark.parametrize("case", _CASES)
def test_address_cities_are_no_banks(case: dict[str, str]) -> None:
    names = set(entity_names(extract_text(_document(case))).values())
    for city in (case["city_1"], case["city_2"]):
        assert not any(name.startswith(city.split(",")[0]) for name in names)


@pytest.mark.parametrize("case", _CASES)
def test_wrapped_commitment_row_is_the_signing_bank(case: dict[str, str]) -> None:
    x = extract_text(_document(case, addresses=False))
    banks = {name for name, role in own_roles(x).items() if role == "Bank"}
    assert banks == {case["bank"]}


@pytest.mark.parametrize(
    ("row", "figure"),
    [
        ("Acme Capital, L.P.                  15000", 15000.0),
        ("Delaware Trust Company              19720", 19720.0),
    ],
)
def test_a_five_digit_figure_after_a_name_is_still_a_figure(row: str, figure: float) -> None:
    """A purchaser's count of units, or a company named for a state: no city, no ZIP code."""
    text = f"SCHEDULE A\n\nName of Purchaser                    Units\n\n{row}\n"
    rows = schedule_rows(text, Region("schedule", 0, len(text)))
    assert [r.quantity for r in rows] == [figure]


def _closed_early(case: dict[str, str]) -> str:
    """The borrowers' parenthesis closed before their role's terms, as filings misprint it."""
    return _document(case).replace(
        f'("{case["t2"]}" and, together with',
        f'("{case["t2"]}") and, together with',
    )


@pytest.mark.parametrize("case", _CASES)
def test_cover_page_gives_the_role_the_preamble_misprints(case: dict[str, str]) -> None:
    text = _closed_early(case)
    assert f'("{case["t2"]}") and, together with' in text
    x = extract_text(text)
    roles = own_roles(x)
    assert roles[case["first"]] == "Borrower"
    assert roles[case["second"]] == "Borrower"
    lends = edges(x, "LENDS_TO")
    assert (case["bank"], case["first"]) in lends
    assert (case["bank"], case["second"]) in lends


def test_cover_page_names_no_new_party() -> None:
    """A company the cover lists as a borrower but the preamble never names is no party."""
    case = _CASES[0]
    text = _closed_early(case).replace(
        f"{case['first']} and {case['second']},\nas Borrowers",
        f"{case['first']}, {case['second']} and HARBOR CAPITAL LLC,\nas Borrowers",
    )
    x = extract_text(text)
    assert "HARBOR CAPITAL LLC" not in entity_names(x).values()
    assert own_roles(x)[case["first"]] == "Borrower"
