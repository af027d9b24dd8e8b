"""Titles of mentioned agreements and instruments: the title pattern and its head
nouns, amendment titles and their numbers, and what an amendment or a
restatement names as its base.
"""

from __future__ import annotations

import re

from ingest.agreements.kinds import ORDINALS
from ingest.amounts import UNITS
from ingest.dates import DATE_RE
from ingest.rules import passage, rule

#: a written date, as a pattern to embed in the cue patterns below: ``ingest.dates``'s pattern
#: without its group names (a cue may hold two dates).
DATE = re.sub(r"\(\?P<\w+>", "(?:", DATE_RE.pattern)


#: "Second" and "No. Two" alike: the number words of amendment titles ("Amendment Number
#: Fifteen" is as far as filed titles count in words).
ORDINAL_NUMBERS = {**ORDINALS, **{w: n for w, n in UNITS.items() if 1 <= n <= 15}}
ORDINAL = "(?:" + "|".join(w.capitalize() for w in ORDINALS) + ")"
NUMBER = r"(?:(?:No\.?|Number|#)\s*(?:\d+|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten))"
#: The security instruments on land are agreements too ("a Deed of Trust dated May 1, 2020
#: encumbering the Borrower's plant", "the Mortgage, Security Agreement and Fixture Filing dated
#: ..."): a note or loan secured by one names it by its title and date.
AGREEMENT_HEADS = (
    r"Agreement|Lease|Sublease|Guaranty|Guarantee|Indenture|Mortgage|Deed\s+of\s+Trust"
    r"|Deed\s+to\s+Secure\s+Debt"
)
INSTRUMENT_HEADS = r"Notes?|Debentures?|Warrants?|Letters?\s+of\s+Credit|Bonds?"
#: "364-Day" and "5-Year" open the titles of facilities by their term; a year or a rate opens
#: one ("1997 Credit Agreement", "8% Senior Notes") but never right before "to" / "of": "dated
#: April 30, 1997 to the Loan Agreement" ends a date, "51% of the Notes" is a share of them
_NUMERIC_END = r"(?!\s+(?:to|of)\b)"
_WORD = (
    rf"(?:[A-Z][a-z][A-Za-z'\u2019\-]*|[A-Z]{{2,5}}\b|{NUMBER}|\d{{4}}{_NUMERIC_END}"
    rf"|\d+%{_NUMERIC_END}|\d+-[A-Z][a-z]+)"
)
#: "Amendment No. 4 to the Credit Agreement": "to the" / "of the" join a title too
_JOIN = r"(?:\s+(?:(?:to|of)(?:\s+the)?|and|for|&)\s+|\s+)"
#: a head noun with what it is of: "Agreement of Limited Partnership", "Agreement and Plan of
#: Merger", "Warrants to Purchase Common Stock", "Warrant to Purchase Shares of Series B
#: Preferred Stock"
_HEAD_WITH_OBJECT = (
    r"Agreement\s+of\s+(?:Limited\s+)?Partnership"
    # "Agreement and Plan of Merger", "Agreement and Plan of Reorganization"
    r"|Agreement\s+and\s+Plan\s+of\s+(?:Share\s+)?(?:Merger|Reorganization|Exchange|Arrangement"
    r"|Amalgamation|Consolidation)"
    r"|Warrants?\s+to\s+Purchase\s+(?:Shares\s+of\s+)?(?:Series\s+[A-Z]\s+)?(?:Common|Preferred)"
    r"(?:\s+(?:Stock|Shares|Units))?"
)
#: a capitalised title ending in an agreement or instrument head noun (or a numbered amendment)
TITLE = rule(
    "references.title",
    rf"\b(?:{_WORD}{_JOIN})*"
    rf"(?:(?:{_HEAD_WITH_OBJECT}|{AGREEMENT_HEADS}|{INSTRUMENT_HEADS})\b"
    rf"|(?:{ORDINAL}\s+)?Amendment(?:\s+{NUMBER})?(?!\s+(?:to|of)\b)(?!\s+{NUMBER}))",
    reads="any text: the title of an agreement or instrument it mentions",
    matches=[
        passage(
            "pursuant to that certain Loan and Security Agreement dated as of",
            match="Loan and Security Agreement",
        ),
        passage(
            "as amended by Amendment No. 4 to the Credit Agreement, the",
            match="Amendment No. 4 to the Credit Agreement",
        ),
        passage(
            "the Company issued its 8% Senior Secured Notes due", match="8% Senior Secured Notes"
        ),
        passage("and the Second Amendment, dated", match="Second Amendment"),
        passage(
            "commitments under the 364-Day Revolving Credit Agreement among",
            match="364-Day Revolving Credit Agreement",
        ),
        passage("its 5-Year Credit Agreement dated", match="5-Year Credit Agreement"),
        passage(
            "under the Irrevocable Standby Letter of Credit",
            match="Irrevocable Standby Letter of Credit",
        ),
        passage(
            "pursuant to the Amended and Restated Agreement of Limited Partnership dated as of",
            match="Amended and Restated Agreement of Limited Partnership",
        ),
        passage(
            "the holders of the Warrants to Purchase Common Stock dated as of",
            match="Warrants to Purchase Common Stock",
        ),
        passage(
            "to the Agreement and Plan of Merger dated as of",
            match="Agreement and Plan of Merger",
        ),
        passage(
            "SECOND AMENDMENT dated as of April 30, 1997 to the Loan Agreement dated",
            match="Loan Agreement",
        ),
        passage("the holders of at least 51% of the Notes may", match="Notes"),
        passage("the 2004 Revolving Credit Agreement", match="2004 Revolving Credit Agreement"),
    ],
    rejects=["the agreement of the parties", "the amended terms"],
)
#: determiners, and the preposition a sentence may open on ("Pursuant to the Securities
#: Purchase Agreement ..."), before a title
_LEADING = rule(
    "references.leading_determiner",
    r"^(?:(?:The|This|That|Such|Each|Any|Said|Certain|A|An|All|Other|Pursuant\s+to|Under|the)\s+)+",
    reads="a matched title: the determiners (and a sentence's opening preposition) before it",
    matches=[
        passage("That Certain Credit Agreement", match="That Certain "),
        passage("Each Other Guaranty", match="Each Other "),
        passage("Pursuant to the Securities Purchase Agreement", match="Pursuant to the "),
        passage("Under the Indenture", match="Under the "),
    ],
    rejects=["Thermal Supply Agreement", "Anyway Agreement", "Undertaking Agreement"],
)
#: "Amendment One", "AMENDMENT TWO": a number word right after the word amendment
_NUMBER_WORD = rule(
    "references.amendment_number_word",
    r"(?i)\bamendment\s+(one|two|three|four|five|six|seven|eight|nine|ten)\b",
    reads="an amendment's title: its number as a word right after 'amendment'",
    matches=[passage("Amendment One to Lease", match="Amendment One"), "AMENDMENT TWO"],
    rejects=["Amendment No. 2", "Amendment Twelve", "amendment onerous"],
)
#: "Waiver and First Amendment", "Consent and Letter Amendment", "Limited Waiver and
#: Amendment No. 3": a waiver or consent joined to an amendment is an amendment.
_JOINED = (
    r"(?:(?:Limited\s+)?(?:Waiver|Consent|Forbearance|Joinder|Reaffirmation|Release|Ratification)"
    r"(?:\s+Agreement)?(?:,\s*|\s+(?:and|&)\s+))?"
)
#: "Letter Amendment", "Incremental Amendment": words that say what sort of amendment it is.
_AMENDMENT_SORT = r"(?:Omnibus|Letter|Incremental|Extension|Technical)"
_AMENDMENT_TITLE = rule(
    "references.amendment_title",
    rf"^{_JOINED}(?:{ORDINAL}\s+)?(?:{_AMENDMENT_SORT}\s+)?"
    rf"Amendment(?:\s+{NUMBER})?(?:\s|$)"
    rf"|^{ORDINAL}\s+(?:Amendment|Supplement|Modification)|^(?:Amendment|Supplement)\b"
    r"|^Amendments\s+(?:to|of)\s",
    reads="a title: whether it names an amendment",
    matches=[
        "Second Amendment to Credit Agreement",
        "Amendments to Loan Agreement and Promissory Note",
        "Amendment No. 3",
        "Limited Waiver and Amendment No. 3",
        "Waiver and First Amendment to Loan Agreement",
        "Consent and Letter Amendment",
        "First Supplement to Indenture",
    ],
    rejects=[
        "Amended and Restated Credit Agreement",
        "Credit Agreement Amendment",
        "Amendments Agreement",
    ],
)
#: An instrument's head noun ending a title.
_INSTRUMENT_HEAD_END = rule(
    "references.instrument_head_end",
    rf"(?:{INSTRUMENT_HEADS})$",
    reads="a title (or what an amendment's title amends): whether it ends in an instrument noun",
    matches=["Convertible Promissory Note", "Common Stock Purchase Warrants", "Letter of Credit"],
    rejects=["Note Purchase Agreement", "Warrant Agreement"],
)
#: "Amendment No. 3", "Amendment #2", "Amendment Number Four", "Supplement No. 2": the number
#: must follow the amendment's own noun, for "Note No. 3" and "Warrant No. 2" number a note.
_NUMBERED = rule(
    "references.numbered",
    rf"(?i)\b(?:Amendment|Supplement|Modification)(?:\s+Agreement)?\s+(?:(?:No\.?|Number)\s*|#\s*)"
    rf"(\d+|{'|'.join(ORDINAL_NUMBERS)})\b",
    reads="an amendment's title: its number after 'Amendment No.' / 'Number' / '#'",
    matches=[
        passage("Amendment No. 3 to Credit Agreement", match="Amendment No. 3"),
        passage("Amendment No.12", match="Amendment No.12"),
        passage("AMENDMENT NUMBER FOUR", match="AMENDMENT NUMBER FOUR"),
        passage("Amendment #12 to the Lease", match="Amendment #12"),
        passage("Consent, Waiver and Amendment No. 8", match="Amendment No. 8"),
        passage("Amendment No. Fifteen", match="Amendment No. Fifteen"),
        passage("Amendment Agreement No. 2", match="Amendment Agreement No. 2"),
    ],
    rejects=["Amendment to Note", "Second Amendment", "Note No. 3", "Letter Agreement No. 5"],
)
#: "Second Amendment", "Third Letter Amendment".
_ORDINAL_AMENDMENT = rule(
    "references.ordinal_amendment",
    rf"(?i)\b(?:(?P<tens>twenty|thirty)[\s-])?({ORDINAL})\s+"
    rf"(?:{_AMENDMENT_SORT}\s+|(?!lien\b)[a-z]+\s+)?Amendment",
    reads="an amendment's title: its number as an ordinal before 'Amendment' (with its tens, "
    "'Twenty-First'), one word of what it amends between ('Second Mortgage Amendment') but a "
    "lien's rank",
    matches=[
        passage("Second Amendment to Lease", match="Second Amendment"),
        passage("Twenty-First Amendment", match="Twenty-First Amendment"),
        passage("THIRD LETTER AMENDMENT", match="THIRD LETTER AMENDMENT"),
        passage("Fourth Mortgage Amendment", match="Fourth Mortgage Amendment"),
    ],
    rejects=["Amendment No. 2", "Second Amended and Restated Note", "First Lien Amendment"],
)
#: "... to (the) Credit Agreement": what an amendment's title says it amends.
_AMENDED_BASE = rule(
    "references.amended_base",
    r"\b(?:to|of)\s+(?:the\s+)?(.+)$",
    reads="an amendment's title: the title of what it amends",
    matches=[
        passage("Second Amendment to the Credit Agreement", match="to the Credit Agreement"),
        passage("Amendment No. 1 of Lease", match="of Lease"),
    ],
    rejects=["Amendment No. 1", "Second Amendment"],
)
_TITLE_HEADS = rf"(?:{AGREEMENT_HEADS}|{INSTRUMENT_HEADS})"
#: "Loan Agreement and Security Agreement": each title of a list an amendment's title amends.
_TITLE_LIST = rule(
    "references.title_list",
    rf"(.+?\b{_TITLE_HEADS})(?:\s*(?:,|and|&)\s+|$)",
    reads="what an amendment's title amends: each title of a list of them",
    matches=[
        passage("Credit Agreement and Promissory Note", match="Credit Agreement and "),
        passage("Loan Agreement", match="Loan Agreement"),
    ],
    rejects=["Credit Facility", "the Loan Documents"],
)
#: "Second Amended and Restated Credit Agreement" restates the "Credit Agreement"; so does a
#: "Third Restated and Amended Line of Credit Agreement" the "Line of Credit Agreement".
_RESTATED_BASE = rule(
    "references.restated_base",
    r"(?:(?:\w+)\s+)?(?:Amended\s+and\s+Restated|Restated\s+and\s+Amended)\s+(.+)$",
    reads="a title: the prior title an amended and restated agreement replaces",
    matches=[
        passage(
            "Amended and Restated Credit Agreement", match="Amended and Restated Credit Agreement"
        ),
        passage("Third Amended and Restated Note", match="Third Amended and Restated Note"),
        passage(
            "Second Restated and Amended Line of Credit Agreement",
            match="Second Restated and Amended Line of Credit Agreement",
        ),
    ],
    rejects=["Restated Certificate of Incorporation", "Credit Agreement, as amended and restated"],
    mode="match",
)


def is_amendment_title(title: str) -> bool:
    """Whether a title names an amendment ("Second Amendment to ...", "Amendment No. 3")."""
    return bool(_AMENDMENT_TITLE.search(title))


def is_instrument_title(title: str) -> bool:
    """Whether the title's head noun is an instrument (note, debenture, warrant, ...)."""
    head = amended_base(title) if is_amendment_title(title) else title
    return bool(_INSTRUMENT_HEAD_END.search(head.strip()))


def amendment_number(title: str) -> int | None:
    """ "Second Amendment" -> 2, "Amendment No. 8" -> 8, "AMENDMENT TWO" -> 2; None for a
    title that numbers no amendment."""
    m = _NUMBERED.search(title)
    if m:
        v = m.group(1).lower()
        return int(v) if v.isdigit() else ORDINAL_NUMBERS.get(v)
    m = _ORDINAL_AMENDMENT.search(title)
    if m:
        tens = {"twenty": 20, "thirty": 30}.get((m["tens"] or "").lower(), 0)
        return tens + ORDINAL_NUMBERS[m.group(2).lower()]
    m = _NUMBER_WORD.search(title)
    return ORDINAL_NUMBERS[m.group(1).lower()] if m else None


def amended_base(title: str) -> str:
    """What an amendment title says it amends ("... to Credit Agreement" -> "Credit Agreement")."""
    m = _AMENDED_BASE.search(title)
    return m.group(1) if m else ""


def amended_titles(title: str) -> list[str]:
    """Titles an amendment names as its targets; "X Agreement and Y Agreement" gives both."""
    base = amended_base(title)
    if not base:
        return []
    parts = _TITLE_LIST.findall(base)
    return [p.strip() for p in parts if p.strip()]


def restated_base(title: str) -> str | None:
    """The prior title an "Amended and Restated X" replaces, else None."""
    m = _RESTATED_BASE.match(title)
    return m.group(1) if m else None


def clean_title(raw: str) -> str:
    """A matched title without leading determiners and with single spaces; a title never
    crosses a blank line ("DECEMBER 28, 2001 / (blank) / The Credit Agreement made ...")."""
    last = re.split(r"\n[ \t]*\n", raw.strip())[-1]
    return " ".join(_LEADING.sub("", last.strip()).split())


HEAD_WORD = rule(
    "references.head_word",
    rf"\b(?:{AGREEMENT_HEADS}|{INSTRUMENT_HEADS})\b",
    reads="a gap or a defined term: the head noun of an agreement or instrument",
    matches=["the Loan Agreement", "the Debentures", "Letters of Credit", "the Guarantee"],
    rejects=["the agreement", "Guarantor", "Lessee"],
)
