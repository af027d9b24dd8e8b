"""The legal form a party's descriptor or name states: the entity type (", a
Delaware limited liability company", a name ending in "LLC") and the
jurisdiction.
"""

from __future__ import annotations

import re

from ingest.jurisdictions import JURISDICTIONS
from ingest.names import clean_name, words
from ingest.records import PropValue

_ENTITY_TYPES: tuple[tuple[str, str], ...] = (
    (r"unlimited\s+liability\s+company", "ulc"),
    (r"(?:professional\s+|private\s+)?limited\s+liability\s+company|l\.?l\.?c\.?", "llc"),
    (r"limited\s+liability\s+partnership", "llp"),
    # "a Cayman Islands exempted limited partnership": an offshore fund's form, its register's
    # "exempted" status before it
    (r"(?:exempted\s+)?limited\s+partnership|general\s+partnership|partnership", "lp"),
    (r"national\s+(?:banking\s+)?association", "bank"),
    (r"(?:federal\s+)?savings\s+(?:and\s+loan\s+)?association", "bank"),
    # "a Louisiana state-chartered bank", "a Texas state banking association", "a Canadian
    # chartered bank"
    (
        r"(?:(?:state(?:[\s-]+chartered)?|chartered)\s+)?"
        r"(?:banking\s+corporation|bank(?:ing\s+association)?|savings\s+bank)",
        "bank",
    ),
    (r"trust\s+company", "bank"),
    (r"(?:statutory\s+|business\s+)?trust|real\s+estate\s+investment\s+trust", "trust"),
    # "a Luxembourg société à responsabilité limitée"
    (r"soci[ée]t[ée]\s+[àa]\s+responsabilit[ée]\s+limit[ée]e", "sarl"),
    # "a Mexican sociedad anónima", "a German Aktiengesellschaft", "a Dutch naamloze vennootschap"
    (
        r"sociedad\s+an[oó]nima(?:\s+de\s+capital\s+variable)?|soci[ée]t[ée]\s+anonyme"
        r"|aktiengesellschaft|naamloze\s+vennootschap|besloten\s+vennootschap",
        "company",
    ),
    (
        r"(?:private\s+|public\s+)?(?:exempt(?:ed)?\s+company|company\s+limited\s+by\s+shares"
        r"|limited\s+company|company)",
        "company",
    ),
    (r"(?:professional\s+|non-?profit\s+|not-for-profit\s+)?corporation|corp\.?", "corporation"),
)
_TYPE_ALT = "|".join(p for p, _ in _ENTITY_TYPES)
#: ", a Delaware corporation", "(a Georgia corporation)", ", a corporation organized under the
#: laws of the State of Ohio", ", a private limited liability company (besloten vennootschap)
#: incorporated in the Netherlands": a party's descriptor, its jurisdiction before the form
#: (``jur``) or after it (``jur2``).
DESCRIPTOR = re.compile(
    rf"\s*,?\s*\(?(?:(?P<art>an?)\s+|(?=(?-i:[A-Z])[\w.]*[ \t]+(?:{_TYPE_ALT})\b))"
    rf"(?P<jur>(?:(?-i:[A-Z])[\w.]*\s+){{0,3}}?)(?P<type>{_TYPE_ALT})\b"
    r"(?:\s*\((?-i:[a-zà-ÿ ]){3,60}\))?"
    r"(?:\s+(?:(?:(?:duly\s+)?(?:organi[sz]ed|incorporated|formed|existing)(?:\s+and\s+existing)?"
    r"\s+under\s+the\s+laws\s+of)|(?:organi[sz]ed|incorporated|formed|registered)\s+in|of)"
    r"\s+(?:the\s+)?"
    r"(?:State\s+of\s+|Commonwealth\s+of\s+|Province\s+of\s+)?(?P<jur2>(?-i:[A-Z])[\w'’]+(?:\s+(?:of\s+(?:the\s+)?|and\s+)?(?-i:[A-Z])\w+){0,3}))?",
    re.IGNORECASE,
)


def entity_type_of(type_words: str) -> str:
    for pattern, et in _ENTITY_TYPES:
        if re.fullmatch(pattern, type_words.strip(), re.IGNORECASE):
            return et
    return "organization"


#: Words of a name that make its owner a bank whatever its company form ("Sumitomo Mitsui
#: Banking Corporation", "The Long-Term Credit Bank of Japan, Ltd.", "Westdeutsche
#: Landesbank Girozentrale", "Banque Paribas", "Banco Santander"), and the last words of a
#: bank's name ("Wells Fargo Bank, National Association", "Wachovia Bank, N.A.", "UBS AG,
#: Stamford Branch": a foreign bank's office, "Wilmington Trust Company": a bank chartered as
#: a trust company).
_BANK_WORDS = frozenset(
    {"bank", "banking", "landesbank", "bankers", "girozentrale", "banque", "banco", "banca"}
)
_BANK_ENDS = ("na", "n a", "branch", "national association", "savings association", "trust company")


def suffix_type(name: str) -> str | None:
    """The entity type a name alone states: the form it ends with ("Inc." a corporation,
    "LLC" an llc), a bank for a name with a bank's word in it or ending as a bank's does
    (the annotators' and the graph model's ``bank``: a national association is one)."""
    ws = words(name)
    last = ws[-1] if ws else ""
    if (
        _BANK_WORDS & set(ws)
        or last in _BANK_ENDS
        or " ".join(ws[-2:]) in _BANK_ENDS
        or "trust company" in " ".join(ws)  # "Morgan Guaranty Trust Company of New York"
    ):
        return "bank"
    table = {
        "inc": "corporation",
        "incorporated": "corporation",
        "corp": "corporation",
        "corporation": "corporation",
        "llc": "llc",
        "lp": "lp",
        "llp": "llp",
        "trust": "trust",
        "ltd": "company",
        "limited": "company",
        "plc": "plc",
        "gmbh": "gmbh",
        "ulc": "ulc",
        "fsb": "bank",
        "sarl": "sarl",
    }
    return table.get(last)


def stated_form(text: str, end: int, limit: int) -> dict[str, PropValue]:
    """The jurisdiction and entity type a descriptor right after a company's name (ending at
    ``end``) states: "ENGlobal Land, Inc., a Colorado corporation"; {} when none follows."""
    desc = DESCRIPTOR.match(text, end, limit)
    if desc is None or not desc["art"]:
        return {}
    props: dict[str, PropValue] = {"entity_type": entity_type_of(desc["type"])}
    jur = clean_name(desc["jur2"] or desc["jur"] or "")
    if jur and jur[0].isupper():
        props["jurisdiction"] = place_of(jur)
    return props


def place_of(jurisdiction: str) -> str:
    """A descriptor's jurisdiction as a place: a country written as one word, its adjective
    or its letters, is the country ("a Japanese corporation" -> Japan, "a PRC company" ->
    People's Republic of China); a name of several words ("the Republic of Korea"), a state or
    a province stays as written ("an Alberta corporation" -> Alberta)."""
    if " " in jurisdiction:
        return jurisdiction
    place = JURISDICTIONS.get(jurisdiction.lower(), jurisdiction)
    return jurisdiction if "," in place else place
