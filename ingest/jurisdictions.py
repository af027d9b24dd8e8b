"""The places whose law an agreement can choose, and every way the text writes them.

A US state, a Canadian province or Australian state (labelled with its country, "Ontario,
Canada", as lawyers label them), or a country with its other names and its adjective ("the PRC",
"P.R.C." -> "People's Republic of China"; "English" -> "England"). ``JURISDICTIONS`` is the
table (written form, lower case -> jurisdiction as labelled): add a row for a new place.
:func:`alternation` turns the written forms into one fast pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_US_STATES = [
    "Alabama",
    "Alaska",
    "Arizona",
    "Arkansas",
    "California",
    "Colorado",
    "Connecticut",
    "Delaware",
    "Florida",
    "Georgia",
    "Hawaii",
    "Idaho",
    "Illinois",
    "Indiana",
    "Iowa",
    "Kansas",
    "Kentucky",
    "Louisiana",
    "Maine",
    "Maryland",
    "Massachusetts",
    "Michigan",
    "Minnesota",
    "Mississippi",
    "Missouri",
    "Montana",
    "Nebraska",
    "Nevada",
    "Ohio",
    "Oklahoma",
    "Oregon",
    "Pennsylvania",
    "Tennessee",
    "Texas",
    "Utah",
    "Vermont",
    "Virginia",
    "Washington",
    "Wisconsin",
    "Wyoming",
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "New York",
    "North Carolina",
    "North Dakota",
    "Rhode Island",
    "South Carolina",
    "South Dakota",
    "West Virginia",
    "District of Columbia",
    "Puerto Rico",
]
_PROVINCES = {
    "Canada": (
        "Ontario",
        "Quebec",
        "British Columbia",
        "Alberta",
        "Manitoba",
        "Saskatchewan",
        "Nova Scotia",
        "New Brunswick",
        "Newfoundland",
        "Prince Edward Island",
    ),
    "Australia": (
        "New South Wales",
        "Victoria",
        "Queensland",
        "Western Australia",
        "South Australia",
        "Tasmania",
    ),
}
#: A state or province as its own language spells it.
_OTHER_SPELLINGS = {"Québec": "Quebec"}
#: Countries as labelled, with the other ways the text names them.
_COUNTRIES: dict[str, tuple[str, ...]] = {
    "People's Republic of China": ("People's Republic of China", "PRC", "P.R.C.", "P. R. China"),
    "China": ("China", "Chinese"),
    "England and Wales": ("England and Wales", "England & Wales"),
    "England": ("England", "English"),
    "Scotland": ("Scotland", "Scottish", "Scots"),
    "United Kingdom": ("United Kingdom", "UK", "U.K."),
    "Hong Kong": ("Hong Kong", "Hong Kong SAR", "Hong Kong Special Administrative Region"),
    "Taiwan": ("Taiwan", "Republic of China", "R.O.C."),
    "Germany": ("Federal Republic of Germany", "Germany", "German"),
    "France": ("France", "French Republic", "French"),
    "Switzerland": ("Switzerland", "Swiss"),
    "Netherlands": ("Netherlands", "Dutch"),
    "Israel": ("Israel", "Israeli"),
    "Japan": ("Japan", "Japanese"),
    "Korea": ("Republic of Korea", "South Korea", "Korea", "Korean"),
    "Singapore": ("Singapore",),
    "India": ("India", "Indian"),
    "Ireland": ("Ireland", "Irish"),
    "Italy": ("Italy", "Italian"),
    "Spain": ("Spain", "Spanish"),
    "Sweden": ("Sweden", "Swedish"),
    "Norway": ("Norway", "Norwegian"),
    "Denmark": ("Denmark", "Danish"),
    "Finland": ("Finland", "Finnish"),
    "Belgium": ("Belgium", "Belgian"),
    "Austria": ("Austria", "Austrian"),
    "Luxembourg": ("Luxembourg",),
    "Bermuda": ("Bermuda",),
    "Cayman Islands": ("Cayman Islands",),
    "British Virgin Islands": ("British Virgin Islands", "BVI"),
    "Mexico": ("Mexico", "Mexican", "United Mexican States"),
    "Brazil": ("Brazil", "Brazilian", "Federative Republic of Brazil"),
    "Colombia": ("Colombia",),
    "Kazakhstan": ("Kazakhstan",),
    "South Africa": ("South Africa",),
    "Papua New Guinea": ("Papua New Guinea",),
    "New Zealand": ("New Zealand",),
    "Malaysia": ("Malaysia",),
    "Thailand": ("Thailand",),
    "Philippines": ("Philippines",),
    "Indonesia": ("Indonesia",),
    "Vietnam": ("Vietnam", "Socialist Republic of Vietnam"),
    "Cyprus": ("Cyprus",),
    "Greece": ("Greece",),
    "Russia": ("Russian Federation", "Russia"),
    "Poland": ("Poland",),
    "Northern Ireland": ("Northern Ireland",),
    "Macau": ("Macau", "Macao"),
    "United Arab Emirates": ("United Arab Emirates", "UAE", "U.A.E."),
    "Dubai": ("Dubai", "Emirate of Dubai"),
    "Saudi Arabia": ("Saudi Arabia",),
    "Qatar": ("Qatar",),
    "Egypt": ("Egypt",),
    "Turkey": ("Turkey", "Turkish"),
    "Portugal": ("Portugal", "Portuguese"),
    "Czech Republic": ("Czech Republic",),
    "Hungary": ("Hungary", "Hungarian"),
    "Romania": ("Romania",),
    "Ukraine": ("Ukraine",),
    "Argentina": ("Argentina", "Argentine"),
    "Chile": ("Chile", "Chilean"),
    "Peru": ("Peru",),
    "Panama": ("Panama",),
    "Bahamas": ("Bahamas",),
    "Barbados": ("Barbados",),
    "Guernsey": ("Guernsey",),
    "Jersey": ("Jersey",),
    "Isle of Man": ("Isle of Man",),
    "Gibraltar": ("Gibraltar",),
    "Malta": ("Malta",),
    "Liechtenstein": ("Liechtenstein",),
    "Marshall Islands": ("Marshall Islands",),
    "Nigeria": ("Nigeria",),
    "Ghana": ("Ghana",),
    "Kenya": ("Kenya",),
    "Pakistan": ("Pakistan",),
    "Mongolia": ("Mongolia",),
    "Canada": ("Canada", "Canadian"),
    "Australia": ("Australia", "Australian"),
    "United States": ("United States of America", "United States", "U.S.A.", "USA", "U.S."),
}
FEDERAL = frozenset({"United States", "Canada", "Australia"})
#: The states (and the District and Puerto Rico) a US address closes on, before its ZIP code.
US_STATES: tuple[str, ...] = tuple(_US_STATES)


def _table() -> dict[str, str]:
    """Every written form (lower case) -> the jurisdiction as labelled."""
    out: dict[str, str] = {}
    for country, forms in _COUNTRIES.items():
        out.update({f.lower(): country for f in forms})
    for state in _US_STATES:
        out[state.lower()] = state
    for country, provinces in _PROVINCES.items():
        out.update({p.lower(): f"{p}, {country}" for p in provinces})
    for form, place in _OTHER_SPELLINGS.items():
        out[form.lower()] = out[place.lower()]
    return out


JURISDICTIONS: dict[str, str] = _table()


def alternation(forms: Iterable[str]) -> str:
    """One pattern for the written forms as a character tree, longest form first on each path.

    A space may be any run of spacing ("British  Columbia", "New\nYork" in converted text) and
    a form ending in a period ends there ("the R.O.C."), else at a word boundary. It matches
    what the flat alternation of the forms longest first matches, but each position is tried
    against the few forms that share its first letters rather than all 200 (six times faster:
    the phrasings scan whole agreements)."""
    tree: dict[str, dict] = {}
    for form in forms:
        node = tree
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}

    def depth(node: dict[str, dict]) -> int:
        return max(0 if k == "" else 1 + depth(v) for k, v in node.items())

    def build(node: dict[str, dict], last: str) -> str:
        ends = ["" if last == "." else r"\b"] if "" in node else []
        children = sorted((k for k in node if k), key=lambda k: depth(node[k]), reverse=True)
        alts = [(r"\s+" if k == " " else re.escape(k)) + build(node[k], k) for k in children]
        alts += ends
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return build(tree, "")
