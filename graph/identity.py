"""Stable node keys: one real-world party, agreement or instrument is one key everywhere.

Keys are readable, URL-safe slugs (``party:zoltek-companies-inc``,
``agreement:credit-agreement:2001-05-11``) built only from what identifies the thing:
- an EDGAR filer by its CIK (``party:cik-0000041850``), whatever name it filed under;
- any other Party by its normalised legal name ("ZOLTEK COMPANIES, INC." = "Zoltek Companies,
  Incorporated");
- an Agreement or Instrument by its kind, normalised title and date; without a date the
  title alone is too weak to merge across filings, so the key is scoped to the document;
- an Asset (collateral) by its description, scoped to the document;
- a Provision by its agreement's key and its section number or defined term.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_SUFFIXES = (
    (r"\bincorporated\b", "inc"),
    (r"\bcorporation\b", "corp"),
    (r"\bcompany\b", "co"),
    (r"\blimited\b", "ltd"),
    (r"\bnational association\b", "na"),
    (r"\binternational\b", "intl"),
    (r"\bl\s*l\s*c\b", "llc"),
    (r"\bl\s*p\b", "lp"),
)
_ORDINALS = {
    "first": "1",
    "second": "2",
    "third": "3",
    "fourth": "4",
    "fifth": "5",
    "sixth": "6",
    "seventh": "7",
    "eighth": "8",
    "ninth": "9",
    "tenth": "10",
    "eleventh": "11",
    "twelfth": "12",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "eleven": "11",
    "twelve": "12",
}
_ORDINAL_AMENDMENT = re.compile(
    r"\b("
    + "|".join(k for k in _ORDINALS if k.endswith(("st", "nd", "rd", "th")))
    + r")\s+amendment\b"
)
_NUMBERED_AMENDMENT = re.compile(r"\bamendment\s+(?:no|number)\s+(\w+)\b")


def _fold(text: str) -> str:
    """Accents off ("Société" = "Societe"), other scripts kept as they are."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def normalise_name(name: str) -> str:
    """Lower-case words without punctuation, corporate suffixes in one spelling."""
    s = _fold(name).lower().replace("&", " and ")
    s = re.sub(r"[.,'\u2019\"()\[\]]", "", s)
    s = re.sub(r"[\W_]+", " ", s).strip()
    s = re.sub(r"^the\s+", "", s)
    for pattern, repl in _SUFFIXES:
        s = re.sub(pattern, repl, s)
    return " ".join(s.split())


def normalise_title(title: str) -> str:
    """A title in one spelling: "Second Amendment" and "Amendment No. 2" become equal."""
    s = normalise_name(title)
    s = _ORDINAL_AMENDMENT.sub(lambda m: f"amendment {_ORDINALS[m.group(1)]}", s)
    s = _NUMBERED_AMENDMENT.sub(lambda m: f"amendment {_ORDINALS.get(m.group(1), m.group(1))}", s)
    return s


def slug(text: str, limit: int = 80) -> str:
    """URL-safe: ASCII letters and digits; a name in another script keeps a digest of itself."""
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    digest = hashlib.sha1(text.encode()).hexdigest()[:8]
    if not text.isascii() or not s:
        s = f"{s[: limit - 9]}-{digest}".lstrip("-")
    if len(s) <= limit:
        return s
    return s[:limit].rstrip("-") + "-" + digest


def party_key(name: str) -> str:
    return "party:" + slug(normalise_name(name))


def filer_key(cik: str) -> str:
    """The key of an EDGAR filer: its ten-digit CIK, so renames and spellings are one node."""
    return f"party:cik-{int(cik):010d}"


#: EDGAR's conformed names end in a state or disambiguation tag: "GLOBAL MARINE INC /DE/".
_CONFORMED_TAG = re.compile(r"\s*/[A-Za-z0-9 .]{1,12}/?\s*$")


def conformed_name(name: str) -> str:
    """An EDGAR conformed name without its trailing tag (``/DE/``, ``/NEW/``)."""
    return _CONFORMED_TAG.sub("", name).strip()


_BARE_TITLES = frozenset({"agreement", "contract"})


def titled_key(label: str, title: str, date: str | None, document: str) -> str:
    """Agreement/Instrument key: label, title (which carries the kind) and date; a bare
    "Agreement" or "Contract" says too little to meet another document's, so it stays in its
    own document."""
    base = f"{label.lower()}:{slug(normalise_title(title))}"
    if date and normalise_title(title) not in _BARE_TITLES:
        return f"{base}:{date}"
    return f"{base}:doc-{document[:12]}"


def amount_scoped(key: str, amount: float | int) -> str:
    """An instrument's key told apart by its principal: one document's two notes of one title
    and date (a "Revolving Note" to each of two banks, both dated the closing day) are two
    instruments, and their principal is what the text gives to tell them apart."""
    return f"{key}:amt-{slug(f'{amount:g}' if isinstance(amount, float) else str(amount))}"


def asset_key(description: str, document: str) -> str:
    return f"asset:{slug(normalise_name(description))}:doc-{document[:12]}"


def provision_key(agreement: str, section: str | None, term: str | None) -> str:
    """ "Section 3.03(a)" of an agreement, or its definition of "Maturity Date"."""
    what = f"term:{slug(normalise_name(term))}" if term else f"section:{slug(section or '')}"
    return f"provision:{agreement}:{what}"


def edge_key(type_: str, source: str, target: str) -> str:
    digest = hashlib.sha1(f"{type_}|{source}|{target}".encode()).hexdigest()[:20]
    return f"{type_.lower()}:{digest}"
