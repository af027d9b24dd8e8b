"""Governing law: which jurisdiction's law an agreement chooses, in all its usual phrasings.

Vocabulary:
- *choice-of-law clause*: a sentence that makes a law govern the agreement. Drafting says it
  many ways, each a named phrasing below (``PHRASINGS``): "governed by (and construed in
  accordance with) the laws of the State of New York", "construed in accordance with English
  law", "the laws of Delaware shall govern", "subject to the laws of Ontario", "Effective
  legislation of the Republic of Kazakhstan shall apply". A clause under a "Governing Law" /
  "Applicable Law" / "Choice of Law" heading is read first.
- *jurisdiction*: a US state, a Canadian province or Australian state, or a country,
  normalised from what the text writes ("the State of New York" -> "New York", "English law"
  -> "England"); the table is :mod:`ingest.jurisdictions`.
- Incorporation is no choice of law: "organized under the laws of Delaware" never counts.

Where a clause names federal law first and a state after it ("the laws of the United States
and ... of the Commonwealth of Kentucky"), the state is the answer: federal law applies anyway.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ingest.jurisdictions import FEDERAL, JURISDICTIONS, alternation
from ingest.rules import Passage, passage, rule

#: Every written form of a jurisdiction (lower case; the patterns ignore case).
_NAME = alternation(JURISDICTIONS)
#: A jurisdiction as the object of "the laws of": "the State of New York", "the Province of
#: Ontario", "the Federal Republic of Germany", "Ontario, Canada", "the PRC".
_PLACE = (
    r"(?:the\s+)?(?:(?:State|Commonwealth|Province|Kingdom|Republic|Territory)\s+of\s+(?:the\s+)?)?"
    rf"(?P<place>{_NAME})"
)
_LAWS_OF = (
    r"\b(?:(?:substantive|internal|domestic|published|applicable|effective|federal)\s+)?"
    r"(?:laws?|legislation|regulations)"
    r"(?:\s+(?:and\s+(?:judicial\s+)?decisions|in\s+(?:force|effect)|as\s+applied|applicable))?"
    # "construed pursuant to the laws of, the State of New York" (the comma of an inserted "in")
    # an aside between "laws" and the place: "the internal laws (but without regard to the
    # conflict of laws provisions or principles) of the State of Texas"
    r"(?:\s*,[^,.;]{1,60},|\s*\([^().;]{1,120}\))?\s+(?:of|in),?\s+"
)
#: A law named by its adjective or place: "English law", "New York law", "PRC Laws".
_ADJ_LAW = rf"\b(?P<adj>{_NAME})\s+(?:substantive\s+|internal\s+)?laws?\b"
#: Verbs that choose a law; weaker words ("subject to", "under") count only with the
#: agreement as their subject ("this Contract is subject to the laws of ...").
_GOVERN = (
    r"(?:govern(?:ed|s|ing)?|constru(?:ed|e)|interpret(?:ed)?|enforced|controlled"
    r"|(?:shall|will)\s+be\s+determined"
    r"|(?:Agreement|Contract|hereof|hereunder|hereto)\b[^.;]{0,150}?"
    r"\b(?:subject\s+to|under|pursuant\s+to|in\s+accordance\s+with))"
)
_NOT_CHOICE = rule(
    "law.incorporated_before",
    r"(?i)\b(?:organi[sz]ed|incorporated|formed|existing|chartered|registered|established"
    r"|licensed|qualified|good\s+standing)\b[^.;]{0,40}$",
    reads="the words before a law named: a place of incorporation, no choice of law",
    matches=[
        "Acme Corp., a corporation duly organized and existing under ",
        "a limited liability company formed under ",
        "is duly qualified and in good standing under ",
    ],
    rejects=["This Agreement shall be governed by and construed in accordance with "],
)
#: "... each Lender that is not incorporated under the laws of the United States": a place of
#: incorporation inside what looked like a choice of law.
_INCORPORATION = rule(
    "law.incorporated_under",
    r"(?i)\b(?:organi[sz]ed|incorporated|formed|chartered)\s+(?:under|in)\b",
    reads="a choice-of-law match: a place of incorporation inside it",
    matches=[
        "governed by any Lender that is not incorporated under the laws of the United States",
        "a company organised in England",
    ],
    rejects=["This Agreement shall be governed by the laws of the State of Ohio"],
)
_HEADING = rule(
    "law.heading",
    # no-break spaces between the number and the words, as filings converted from HTML have
    r"(?im)^[ \t\xa0]*(?:\d+(?:\.\d+)*\.?|[A-Z]\.|\([a-z0-9]+\)|Section\s+\d+(?:\.\d+)*\.?|"
    r"ARTICLE\s+[\dIVXL]+\.?)?[ \t\xa0]*(?:Governing\s+Laws?|Applicable\s+Laws?|Choice\s+of\s+Laws?"
    r"|Law\s+Applicable|Governing\s+Law\s+and\s+(?:Jurisdiction|Venue)|Jurisdiction)\b",
    reads="a section heading over the choice-of-law clause",
    matches=[
        "12. Governing Law. This Agreement shall be governed by the laws of Ohio.",
        passage("Section 9.12 Choice of Law.", match="Section 9.12 Choice of Law"),
        "ARTICLE XII\nAPPLICABLE LAW",
        "(h) Governing Law and Jurisdiction.",
        passage(
            "14.11\xa0\xa0\xa0\xa0Governing\nLaw.", match="14.11\xa0\xa0\xa0\xa0Governing\nLaw"
        ),
    ],
    rejects=["The parties shall comply with the governing law of each place of performance."],
)


#: Every phrasing's match holds one of these words, so the phrasings only need to run near them.
_KEYWORD = rule(
    "law.keyword",
    r"(?i)\b(?:laws?|legislation|regulations)\b",
    reads="any text: where a choice-of-law phrasing can be (each holds one of these words)",
    matches=["governed by the Laws of Ohio", "the applicable legislation of the Republic"],
    rejects=["the lawyers of the parties", "in a lawful manner"],
)
#: Longer than any match of a phrasing (their gaps are bounded to a few hundred characters).
_REACH = 1500


@dataclass(frozen=True)
class Phrasing:
    """One way drafting states the choice of law: a pattern whose ``place`` or ``adj`` group
    names the jurisdiction; ``reach`` bounds how far a match extends on either side of its
    keyword (:data:`_KEYWORD`)."""

    name: str
    pattern: re.Pattern[str]
    reach: int = _REACH


def _p(
    name: str,
    pattern: str,
    *,
    reads: str,
    matches: list[str | Passage],
    rejects: list[str],
    reach: int = _REACH,
) -> Phrasing:
    """A phrasing, registered as the rule ``law.<name>``."""
    registered = rule(
        "law." + name.replace("-", "_"),
        pattern,
        re.IGNORECASE,
        reads=reads,
        matches=matches,
        rejects=rejects,
    )
    return Phrasing(name, registered, reach)


#: The phrasings, most explicit first. A match must stay inside one sentence.
PHRASINGS: tuple[Phrasing, ...] = (
    _p(
        "govern-laws-of",
        rf"\b{_GOVERN}\b[^.;]{{0,220}}?{_LAWS_OF}{_PLACE}",
        reads="a choice-of-law clause: a verb that chooses a law, then the laws of a place",
        matches=[
            passage(
                "This Agreement shall be governed by and construed in accordance with the laws "
                "of the State of New York, without regard to its conflict of laws principles.",
                place="New York",
            ),
            passage(
                "This Lease shall be interpreted under the internal laws of the Commonwealth of "
                "Pennsylvania.",
                place="Pennsylvania",
            ),
            passage(
                "This Contract is subject to the laws of England and Wales.",
                place="England and Wales",
            ),
            passage(
                "The rights of the parties hereunder shall be governed by the substantive laws "
                "of the Province of Ontario, Canada.",
                place="Ontario",
            ),
            passage(
                "THIS AGREEMENT SHALL BE CONSTRUED IN ACCORDANCE WITH THE INTERNAL LAWS (BUT "
                "WITHOUT REGARD TO THE CONFLICT OF LAWS PROVISIONS OR PRINCIPLES) OF THE STATE OF "
                "TEXAS.",
                place="TEXAS",
            ),
            passage(
                "The rights of the parties shall be determined under the laws of the State of "
                "Minnesota.",
                place="Minnesota",
            ),
            passage(
                "This Agreement shall be governed by the laws in force in the Province of Québec.",
                place="Québec",
            ),
            passage(
                "This Agreement will be governed by the laws in effect in the State of Idaho.",
                place="Idaho",
            ),
            passage(
                "This Agreement shall be deemed made in, and shall be construed pursuant to the "
                "laws of, the State of New York.",
                place="New York",
            ),
        ],
        rejects=[
            "The Company is a corporation organized under the laws of the State of Delaware.",
            "Each party shall comply with all laws of the State of Texas.",
        ],
    ),
    _p(
        "laws-of-shall-govern",
        rf"{_LAWS_OF}{_PLACE}[^.;]{{0,80}}?\b(?:(?:shall|will|to)\s+(?:govern|apply|control)"
        r"|(?:governs|applies|controls)\b|(?:govern|apply\s+to)\s+(?:this|these)\b"
        # "... govern the rights and duties of the parties", "... govern the validity ..."
        r"|govern\s+the\s+(?:rights|validity|construction|interpretation|enforcement)\b)",
        reads="a choice-of-law clause: the laws of a place, then a verb that makes them govern",
        matches=[
            passage(
                "The laws of the Province of Ontario shall govern this Agreement.", place="Ontario"
            ),
            passage(
                "The internal laws of the State of Delaware will apply to any dispute hereunder.",
                place="Delaware",
            ),
            passage(
                "The legislation of the Republic of Kazakhstan shall apply to this Contract.",
                place="Kazakhstan",
            ),
            passage(
                "The parties agree that the laws of the State of Utah govern this Agreement and "
                "any dispute under it.",
                place="Utah",
            ),
            passage(
                "Unless otherwise stated in any Loan Document, the Laws of the State of Kansas and"
                " of the United States of America govern the Rights and duties of the parties to"
                " the Loan Documents.",
                place="Kansas",
            ),
        ],
        rejects=["the laws of the State of Nevada, under which the Company is organized"],
    ),
    _p(
        "govern-adjective-law",
        rf"\b{_GOVERN}\b[^.;]{{0,160}}?{_ADJ_LAW}",
        reads="a choice-of-law clause: a verb that chooses a law, then the law by its place",
        matches=[
            passage(
                "This Agreement and any dispute arising from it are governed by English law.",
                adj="English",
            ),
            passage(
                "This Agreement shall be construed in accordance with New York law, without "
                "regard to its conflicts principles.",
                adj="New York",
            ),
        ],
        rejects=[
            "The Borrower shall comply with applicable law.",
            "This Agreement is governed by the decisions of the Board.",
        ],
    ),
    _p(
        "adjective-law-governs",
        rf"{_ADJ_LAW}[^.;]{{0,40}}?\b(?:(?:shall|will)\s+(?:govern|apply)|(?:governs|applies)\b)",
        reads="a choice-of-law clause: the law by its place, then a verb that makes it govern",
        matches=[
            passage("Delaware law shall govern any dispute under this Agreement.", adj="Delaware"),
            passage("Swiss law will apply to this Agreement.", adj="Swiss"),
            passage("German law applies to this Agreement and any claim under it.", adj="German"),
        ],
        rejects=["Delaware law firms often act for both sides, and they shall not be named."],
        reach=300,  # a place name, "law", a few words, a verb
    ),
    _p(
        "made-in-place-laws-thereof",
        rf"\b(?:entered\s+into|made|executed|performed)\s+in\s+{_PLACE}[^.;]{{0,200}}?"
        r"\blaws?\s+(?:thereof|of\s+(?:that|such|said)\s+(?:State|jurisdiction|country))",
        reads="a choice-of-law clause: the place an agreement is made in, then 'the laws thereof'",
        matches=[
            passage(
                "This Agreement is made in the State of California and shall be governed by the "
                "laws thereof.",
                place="California",
            ),
            passage(
                "This Agreement was entered into in the State of New Jersey and shall be "
                "construed according to the laws of that State.",
                place="New Jersey",
            ),
        ],
        rejects=["This Agreement is made in the State of California. Its laws thereof apply."],
    ),
    _p(
        "applicable-law-is",
        r"\b(?:applicable|governing|proper)\s+laws?\b[^.;]{0,60}?\b(?:shall\s+be|is|will\s+be)"
        rf"\s+(?:that\s+of\s+)?(?:(?:the\s+)?(?:substantive\s+|internal\s+)?laws?\s+(?:of|in)\s+)?"
        rf"{_PLACE}",
        reads="a choice-of-law clause that names the law as a thing: 'the applicable law shall be "
        "the law of' a place",
        matches=[
            passage("The applicable law shall be the law of France.", place="France"),
            passage(
                "The proper law of this Agreement is the law of the Republic of Singapore.",
                place="Singapore",
            ),
            passage("The applicable law of this Contract shall be PRC law.", place="PRC"),
        ],
        rejects=[
            "The applicable law is the law of the place where the Services are performed.",
            "to the extent required by applicable law, the Texas franchise registration",
        ],
        reach=300,  # "applicable law", a few words, "shall be", the place
    ),
    _p(
        "heading-names-place",
        r"(?m)^[ \t]*(?:\d+(?:\.\d+)*\.?|[A-Z]\.|\([a-z0-9]+\)|Section\s+\d+(?:\.\d+)*\.?)?[ \t]*"
        r"(?:Governing|Applicable|Choice\s+of)\s+Laws?[ \t]*[:.\-\u2013\u2014][ \t]*"
        rf"(?:(?:the\s+)?(?:substantive\s+|internal\s+)?laws?\s+of\s+)?{_PLACE}"
        r"[ \t]*(?=[.,;(]|$|\s+without\b)",
        reads="a choice-of-law heading followed by nothing but the place ('Governing Law: State "
        "of Florida'), as term sheets and short-form agreements state it",
        matches=[
            passage("Governing Law: State of Florida", place="Florida"),
            passage("9. Governing law: Minnesota.", place="Minnesota"),
            passage(
                "Applicable Law. The laws of the Commonwealth of Massachusetts, without regard "
                "to conflicts of law.",
                place="Massachusetts",
            ),
        ],
        rejects=[
            "Governing Law. Texas Instruments shall comply with all export rules.",
            "Governing Law. This Agreement shall be construed by the arbitrator.",
            "The governing law: see Section 12 of the Master Agreement with Delaware Co.",
        ],
        reach=300,  # a heading line
    ),
)
_OTHER_PLACE = rule(
    "law.other_place",
    rf"(?i){_LAWS_OF}{_PLACE}|{_ADJ_LAW}",
    reads="the rest of a clause that first named federal law: the state's law after it",
    matches=[
        passage(
            "and, to the extent not inconsistent therewith, by the laws of the Commonwealth of "
            "Kentucky",
            place="Kentucky",
        ),
        passage("and otherwise by Texas law", adj="Texas"),
    ],
    rejects=["and the parties submit to the courts sitting in Cook County"],
)
#: The state named right after federal law with "laws" left out: "the laws of the United
#: States of America and of the State of Texas".
_AND_PLACE = rule(
    "law.and_place",
    rf"(?i)[ \t\n]*(?:of[ \t\n]+America[ \t\n]+)?and[ \t\n]+(?:of[ \t\n]+)?{_PLACE}",
    reads="right after federal law named: the state named with it, 'laws' left out",
    matches=[
        passage(" and of the Commonwealth of Virginia", place="Virginia"),
        passage(" of America and the State of Oregon", place="Oregon"),
    ],
    rejects=[", without regard to conflicts of law", " and the parties submit to Ohio courts"],
    mode="match",
)


#: "Except in the case of the forum selection clause in Section 14.6, which clause shall be
#: governed by Florida law, this Agreement shall be governed by the laws of the State of
#: Nevada": a law chosen for one excepted clause, inside the exception's own "which" clause; the
#: agreement's law follows it.
_CARVED_OUT = rule(
    "law.carved_out",
    # "Section 14.6": a dot inside a section number ends no sentence
    r"(?i)\b(?:except|other\s+than|save|excluding)\b(?:[^.;]|\.(?=\d)){0,250}?,\s*which\b"
    r"(?:[^.;,]|\.(?=\d)){0,200}",
    reads="a choice-of-law clause: an exception whose 'which' clause chooses a law for the "
    "excepted part only",
    matches=[
        "Except in the case of the Mandatory Forum Selection Clause in Section 14.6 above, which "
        "clause shall be governed and interpreted in accordance with Florida law",
        "Other than Section 9 (Arbitration), which shall be construed under the laws of the "
        "State of Texas",
    ],
    rejects=["This Agreement shall be governed by the laws of the State of Nevada, which "],
)


@dataclass(frozen=True)
class GoverningLaw:
    jurisdiction: str
    start: int
    end: int
    phrasing: str


def _place(m: re.Match[str]) -> tuple[str, int]:
    group = "place" if m.groupdict().get("place") else "adj"
    return JURISDICTIONS[" ".join(m[group].lower().split())], m.end(group)


def _windows(text: str, start: int, end: int, reach: int) -> list[tuple[int, int]]:
    """The stretches of ``text[start:end]`` within ``reach`` of a keyword, merged.

    Scanning a whole credit agreement with every phrasing cost a third of all extraction
    time: each "Agreement" or "construed" starts a bounded but long lazy search. Any match
    lies inside one stretch, so the matches found are the same. A stretch ends at a space
    (or at ``end``) so that ``\b`` at its end means what it means in the whole text."""
    out: list[tuple[int, int]] = []
    for m in _KEYWORD.finditer(text, start, end):
        a, b = max(start, m.start() - reach), min(end, m.end() + reach)
        while b < end and not text[b].isspace():
            b += 1
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _matches(
    pattern: re.Pattern[str], text: str, windows: list[tuple[int, int]]
) -> Iterator[re.Match[str]]:
    for a, b in windows:
        yield from pattern.finditer(text, a, b)


def _carved_out(text: str, place_end: int) -> bool:
    """Whether the place ending at ``place_end`` is named in an exception's "which" clause,
    the law of the excepted part only (the agreement's own law comes after the exception)."""
    lo = max(0, place_end - 600)
    return any(
        m.start() < place_end <= m.end() for m in _CARVED_OUT.finditer(text, lo, place_end + 1)
    )


def _clause(text: str, start: int, end: int) -> GoverningLaw | None:
    best: GoverningLaw | None = None
    windows: dict[int, list[tuple[int, int]]] = {}
    for phrasing in PHRASINGS:
        if phrasing.reach not in windows:
            windows[phrasing.reach] = _windows(text, start, end, phrasing.reach)
        for m in _matches(phrasing.pattern, text, windows[phrasing.reach]):
            if _NOT_CHOICE.search(text, max(0, m.start() - 80), m.start() + 1) or (
                _INCORPORATION.search(m.group())
            ):
                continue
            place, place_end = _place(m)
            if _carved_out(text, place_end):
                continue
            if place in FEDERAL:
                # "the laws of the United States and ... of the Commonwealth of Kentucky"
                stop = text.find(".", place_end, end)
                nxt = _AND_PLACE.match(text, place_end) or _OTHER_PLACE.search(
                    text, place_end, stop if stop > 0 else end
                )
                if nxt:
                    other, other_end = _place(nxt)
                    if other not in FEDERAL:
                        place, place_end = other, other_end
            found = GoverningLaw(place, m.start(), place_end, phrasing.name)
            if best is None or found.start < best.start:
                best = found
            break
    return best


def governing_law(text: str, start: int = 0, end: int | None = None) -> GoverningLaw | None:
    """The jurisdiction whose law governs the agreement in ``text[start:end]``: the clause
    under a choice-of-law heading if there is one, else the first choice-of-law clause; a
    clause naming only federal law ("comply with applicable United States laws") loses to one
    that names a state or a country elsewhere."""
    end = len(text) if end is None else end
    found: list[GoverningLaw] = []
    for heading in _HEADING.finditer(text, start, end):
        clause = _clause(text, heading.start(), min(end, heading.end() + 1200))
        if clause:
            found.append(clause)
    pos = start
    while (clause := _clause(text, pos, end)) is not None:
        found.append(clause)
        if clause.jurisdiction not in FEDERAL:
            break
        pos = clause.end
    return next((f for f in found if f.jurisdiction not in FEDERAL), found[0] if found else None)
