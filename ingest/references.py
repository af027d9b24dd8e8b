"""Agreements and instruments a document *mentions*, and the amendment chains it states.

Vocabulary:
- *title*: a run of capitalised words ending in a head noun ("Credit Agreement",
  "Amendment No. 1 to Loan and Warrant Agreement", "Promissory Note").
- *mention*: a title with what identifies it nearby: its date ("dated as of May 11, 2001",
  "of even date herewith"), and the defined term it introduces ("(as amended, the
  "Agreement")").
- *chain*: "X dated D1, as amended by Y dated D2 and Z dated D3" -- Y and Z AMEND X.

Mentioned agreements get refs from their title and date so that the same agreement mentioned
twice in a document is one entity, and so that ``graph.resolve`` can merge it with the node of
the document that holds its own text (keys there are built from kind, title and date).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ingest.agreements import ORDINALS, title_case
from ingest.amounts import UNITS
from ingest.context import DocContext, norm_term
from ingest.dates import DATE_RE, parse_date
from ingest.defined_terms import Definition, find_definitions
from ingest.names import singular
from ingest.records import PropValue, Span
from ingest.rules import passage, rule
from ingest.structure import analyze

#: a written date, as a pattern to embed in the cue patterns below: ``ingest.dates``'s pattern
#: without its group names (a cue may hold two dates).
DATE = re.sub(r"\(\?P<\w+>", "(?:", DATE_RE.pattern)


#: "Second" and "No. Two" alike: the number words of amendment titles.
_ORDINALS = {**ORDINALS, **{w: n for w, n in UNITS.items() if 1 <= n <= 10}}
_ORDINAL = "(?:" + "|".join(w.capitalize() for w in ORDINALS) + ")"
_NUMBER = r"(?:(?:No\.?|Number|#)\s*(?:\d+|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten))"
_AGREEMENT_HEADS = r"Agreement|Lease|Guaranty|Guarantee|Indenture"
_INSTRUMENT_HEADS = r"Notes?|Debentures?|Warrants?|Letters?\s+of\s+Credit|Bonds?"
#: "364-Day" and "5-Year" open the titles of facilities by their term
_WORD = rf"(?:[A-Z][a-z][A-Za-z'\u2019\-]*|[A-Z]{{2,5}}\b|{_NUMBER}|\d{{4}}|\d+%|\d+-[A-Z][a-z]+)"
#: "Amendment No. 4 to the Credit Agreement": "to the" / "of the" join a title too
_JOIN = r"(?:\s+(?:(?:to|of)(?:\s+the)?|and|for|&)\s+|\s+)"
#: a capitalised title ending in an agreement or instrument head noun (or a numbered amendment)
TITLE = rule(
    "references.title",
    rf"\b(?:{_WORD}{_JOIN})*"
    rf"(?:(?:{_AGREEMENT_HEADS}|{_INSTRUMENT_HEADS})\b"
    rf"|(?:{_ORDINAL}\s+)?Amendment(?:\s+{_NUMBER})?(?!\s+(?:to|of)\b)(?!\s+{_NUMBER}))",
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
#: "Amendment No. 2 and Waiver", "Amendment No. 6, Consent and Waiver", "First Amendment to
#: Credit Agreement and Consent": what an amendment's title joins after its number or its
#: amended agreement ("..., Consent of the Guarantors" names another document).
_JOINED_AFTER = rule(
    "references.joined_after_amendment",
    r"(?:\s*,\s*(?:(?:and|AND)\s+)?|\s+(?:and|AND|&)\s+)"
    r"(?:Consent|Waiver|Agreement|Release|Reaffirmation|Ratification|Joinder"
    r"|CONSENT|WAIVER|AGREEMENT|RELEASE|REAFFIRMATION)\b"
    r"(?!\s+(?:of|to|under|by|with|OF|TO|UNDER|BY|WITH)\b)",
    reads="right after an amendment's title: what the title joins to it",
    matches=[
        passage(" and Waiver dated as of", match=" and Waiver"),
        passage(", Consent and Waiver", match=", Consent"),
        passage(" AND REAFFIRMATION AGREEMENT", match=" AND REAFFIRMATION"),
    ],
    rejects=[", Consent of the Guarantors", " and the Waiver", " and Release by the Lenders"],
    mode="match",
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
    rf"^{_JOINED}(?:{_ORDINAL}\s+)?(?:{_AMENDMENT_SORT}\s+)?"
    rf"Amendment(?:\s+{_NUMBER})?(?:\s|$)"
    rf"|^{_ORDINAL}\s+(?:Amendment|Supplement|Modification)|^(?:Amendment|Supplement)\b",
    reads="a title: whether it names an amendment",
    matches=[
        "Second Amendment to Credit Agreement",
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


def _kind(
    kind: str, pattern: str, matches: list[str], rejects: list[str], of: str = "agreement"
) -> tuple[re.Pattern[str], str]:
    """One row of a kind table, registered as ``references.<of>_kind_<kind>``."""
    registered = rule(
        f"references.{of}_kind_{kind}",
        pattern,
        reads=f"a mentioned {of}'s title, in lower case: the words of a {kind.replace('_', ' ')}",
        matches=matches,
        rejects=rejects,
    )
    return registered, kind


#: (pattern on the lower-case title, kind), first match wins.
_KIND_BY_WORDS: tuple[tuple[re.Pattern[str], str], ...] = (
    _kind(
        "registration_rights",
        r"registration rights",
        ["registration rights agreement", "amended and restated registration rights agreement"],
        ["registration statement"],
    ),
    _kind(
        "security_agreement",
        r"(?<!credit and )security agreement|collateral agreement",
        ["pledge and security agreement", "guarantee and collateral agreement"],
        ["securities purchase agreement", "credit and security agreement"],
    ),
    _kind("pledge_agreement", r"pledge", ["stock pledge agreement"], ["security agreement"]),
    _kind(
        "guaranty",
        r"(?<!credit and )guarant",
        ["continuing guaranty", "subsidiary guarantee agreement"],
        ["warranty deed", "credit and guaranty agreement"],
    ),
    _kind(
        "subordination_agreement",
        r"subordination|intercreditor",
        ["intercreditor agreement", "debt subordination agreement"],
        ["credit agreement"],
    ),
    _kind(
        "purchase_agreement",
        r"purchase agreement|subscription agreement",
        ["securities purchase agreement", "subscription agreement"],
        ["purchase order"],
    ),
    _kind(
        "credit_agreement",
        # a facility that also guarantees or secures is a credit agreement first
        r"credit (?:and (?:guarant\w*|security) )?agreement",
        [
            "revolving credit agreement",
            "second amended and restated credit agreement",
            "credit and guaranty agreement",
            "credit and security agreement",
        ],
        ["letter of credit"],
    ),
    _kind("loan_agreement", r"loan", ["term loan agreement", "loan and security agreement"], []),
    _kind(
        "warrant_agreement",
        r"warrant agreement",
        ["common stock warrant agreement"],
        ["warranty agreement", "warrant"],
    ),
    _kind(
        "lease",
        r"\b(?:sub)?lease\b",
        ["office lease", "master equipment lease agreement", "sublease"],
        ["rental", "general release agreement"],
    ),
    _kind("waiver", r"waiver", ["limited waiver", "waiver agreement"], ["consent"]),
    _kind("consent", r"consent", ["consent agreement", "consent and agreement"], ["waiver"]),
    _kind("merger_agreement", r"merger", ["agreement and plan of merger"], ["purchase agreement"]),
    _kind(
        "license_agreement",
        r"license",
        ["patent license agreement", "exclusive license and supply agreement"],
        ["licence"],
    ),
    _kind(
        "employment_agreement",
        r"employment",
        ["executive employment agreement"],
        ["consulting agreement"],
    ),
)
_INSTRUMENT_KIND_BY_WORDS: tuple[tuple[re.Pattern[str], str], ...] = (
    _kind(
        "debenture",
        r"debenture",
        ["convertible debenture", "secured debentures"],
        ["note"],
        of="instrument",
    ),
    _kind(
        "warrant",
        r"warrant",
        ["common stock purchase warrant", "warrants"],
        ["note"],
        of="instrument",
    ),
    _kind(
        "letter_of_credit",
        r"letters? of credit",
        ["standby letter of credit", "letters of credit"],
        ["letter agreement"],
        of="instrument",
    ),
    _kind("bond", r"bond", ["surety bond", "industrial revenue bonds"], ["note"], of="instrument"),
    _kind(
        "note",
        r"note",
        ["promissory note", "senior secured notes"],
        ["debenture", "notice of borrowing"],
        of="instrument",
    ),
)
#: An instrument's head noun ending a title.
_INSTRUMENT_HEAD_END = rule(
    "references.instrument_head_end",
    rf"(?:{_INSTRUMENT_HEADS})$",
    reads="a title (or what an amendment's title amends): whether it ends in an instrument noun",
    matches=["Convertible Promissory Note", "Common Stock Purchase Warrants", "Letter of Credit"],
    rejects=["Note Purchase Agreement", "Warrant Agreement"],
)
#: "Amendment No. 3", "Amendment #2", "Amendment Number Four".
_NUMBERED = rule(
    "references.numbered",
    rf"(?i)(?:\b(?:No\.?|Number)|#)\s*(\d+|{'|'.join(_ORDINALS)})\b",
    reads="an amendment's title: its number after 'No.' / 'Number' / '#'",
    matches=[
        passage("Amendment No. 3 to Credit Agreement", match="No. 3"),
        passage("Amendment No.12", match="No.12"),
        passage("AMENDMENT NUMBER FOUR", match="NUMBER FOUR"),
        passage("Amendment #12 to the Lease", match="#12"),
    ],
    rejects=["Amendment to Note", "Second Amendment"],
)
#: "Second Amendment", "Third Letter Amendment".
_ORDINAL_AMENDMENT = rule(
    "references.ordinal_amendment",
    rf"(?i)\b({_ORDINAL})\s+(?:{_AMENDMENT_SORT}\s+)?Amendment",
    reads="an amendment's title: its number as an ordinal before 'Amendment'",
    matches=[
        passage("Second Amendment to Lease", match="Second Amendment"),
        passage("THIRD LETTER AMENDMENT", match="THIRD LETTER AMENDMENT"),
    ],
    rejects=["Amendment No. 2", "Second Amended and Restated Note"],
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
_TITLE_HEADS = rf"(?:{_AGREEMENT_HEADS}|{_INSTRUMENT_HEADS})"
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
#: "Second Amended and Restated Credit Agreement" restates the "Credit Agreement".
_RESTATED_BASE = rule(
    "references.restated_base",
    r"(?:(?:\w+)\s+)?Amended\s+and\s+Restated\s+(.+)$",
    reads="a title: the prior title an amended and restated agreement replaces",
    matches=[
        passage(
            "Amended and Restated Credit Agreement", match="Amended and Restated Credit Agreement"
        ),
        passage("Third Amended and Restated Note", match="Third Amended and Restated Note"),
    ],
    rejects=["Restated Certificate of Incorporation", "Credit Agreement, as amended and restated"],
    mode="match",
)


def is_amendment_title(title: str) -> bool:
    """Whether a title names an amendment ("Second Amendment to ...", "Amendment No. 3")."""
    return bool(_AMENDMENT_TITLE.search(title))


def is_instrument_title(title: str) -> bool:
    """Whether the title's head noun is an instrument (note, debenture, warrant, ...)."""
    head = _amended_base(title) if is_amendment_title(title) else title
    return bool(_INSTRUMENT_HEAD_END.search(head.strip()))


def title_kind(title: str) -> str:
    """The agreement or instrument kind a title states (kinds of ``graph.schema``)."""
    if is_amendment_title(title):
        return "amendment"
    low = title.lower()
    table = _INSTRUMENT_KIND_BY_WORDS if is_instrument_title(title) else _KIND_BY_WORDS
    for pattern, kind in table:
        if pattern.search(low):
            return kind
    return "instrument" if is_instrument_title(title) else "agreement"


def amendment_number(title: str) -> int | None:
    m = _NUMBERED.search(title)
    if m:
        v = m.group(1).lower()
        return int(v) if v.isdigit() else _ORDINALS.get(v)
    m = _ORDINAL_AMENDMENT.search(title)
    if m:
        return _ORDINALS[m.group(1).lower()]
    m = _NUMBER_WORD.search(title)
    return _ORDINALS[m.group(1).lower()] if m else None


def _amended_base(title: str) -> str:
    """What an amendment title says it amends ("... to Credit Agreement" -> "Credit Agreement")."""
    m = _AMENDED_BASE.search(title)
    return m.group(1) if m else ""


def amended_titles(title: str) -> list[str]:
    """Titles an amendment names as its targets; "X Agreement and Y Agreement" gives both."""
    base = _amended_base(title)
    if not base:
        return []
    parts = _TITLE_LIST.findall(base)
    return [p.strip() for p in parts if p.strip()]


def restated_base(title: str) -> str | None:
    """The prior title an "Amended and Restated X" replaces, else None."""
    m = _RESTATED_BASE.match(title)
    return m.group(1) if m else None


_NORMALISED = "a title in lower case, to one spelling: "
_NORM_NUMBER = rule(
    "references.norm_number",
    r"\s*(?:\b(?:no\.?|number)(?=[\s\d])|#)\s*",
    reads=_NORMALISED + "'No.', 'Number' and '#' before an amendment's number",
    matches=[
        passage("amendment no. 4", match=" no. "),
        passage("amendment number 4", match=" number "),
        passage("amendment #4", match=" #"),
    ],
    rejects=["notice of amendment", "amendment nos"],
)
_NORM_ORDINAL_AMENDMENT = rule(
    "references.norm_ordinal_amendment",
    rf"\b({'|'.join(k for k in _ORDINALS if k.endswith(('st', 'nd', 'rd', 'th')))})"
    r" amendment\b",
    reads=_NORMALISED + "an ordinal before 'amendment' ('second amendment' = 'amendment no 2')",
    matches=[passage("second amendment to lease", match="second amendment")],
    rejects=["second amended and restated note", "amendment no 2"],
)
_NORM_AMENDMENT_WORD_NUMBER = rule(
    "references.norm_amendment_word_number",
    r"\bamendment (one|two|three|four|five|six|seven|eight|nine|ten)\b",
    reads=_NORMALISED + "a number word after 'amendment' ('amendment two' = 'amendment no 2')",
    matches=[passage("amendment two to loan agreement", match="amendment two")],
    rejects=["amendment no two", "amendment twelve"],
)
_NORM_NO_WORD = rule(
    "references.norm_no_word",
    r"\bno (one|two|three|four|five|six|seven|eight|nine|ten)\b",
    reads=_NORMALISED + "a number word after 'no' ('no two' = 'no 2')",
    matches=[passage("amendment no two", match="no two")],
    rejects=["amendment no 2", "no ninety"],
)
_NORM_TO_THE = rule(
    "references.norm_to_the",
    r"\b(to|of) the\b",
    reads=_NORMALISED + "'to the' / 'of the' as 'to' / 'of'",
    matches=[passage("amendment no 4 to the credit agreement", match="to the")],
    rejects=["amendment no 4 to credit agreement", "note of thexton"],
)


def norm_title(title: str) -> str:
    """One spelling of a title for matching within a document ("Second" = "No. 2")."""
    t = norm_term(title).replace("\u2019", "'")
    t = _NORM_NUMBER.sub(" no ", t)
    t = _NORM_ORDINAL_AMENDMENT.sub(lambda m: f"amendment no {_ORDINALS[m.group(1)]}", t)
    t = _NORM_AMENDMENT_WORD_NUMBER.sub(lambda m: f"amendment no {_ORDINALS[m.group(1)]}", t)
    t = _NORM_NO_WORD.sub(lambda m: f"no {_ORDINALS[m.group(1)]}", t)
    t = _NORM_TO_THE.sub(r"\1", t)  # "Amendment No. 4 to the Credit Agreement"
    return " ".join(re.sub(r"[^a-z0-9%& ]+", " ", t).split())


def mention_ref(title: str, date: str | None) -> str:
    """The document-local ref of a mentioned agreement or instrument."""
    prefix = "instrument" if is_instrument_title(title) else "agreement"
    return f"{prefix}:{norm_title(title)}|{date or ''}"


def clean_title(raw: str) -> str:
    """A matched title without leading determiners and with single spaces; a title never
    crosses a blank line ("DECEMBER 28, 2001 / (blank) / The Credit Agreement made ...")."""
    last = re.split(r"\n[ \t]*\n", raw.strip())[-1]
    return " ".join(_LEADING.sub("", last.strip()).split())


@dataclass(frozen=True, slots=True)
class Mention:
    """One titled agreement or instrument as written in the text."""

    title: str
    start: int
    end: int
    date: str | None = None
    term: str | None = None


_Q = '["\u201c\u201d]'
#: "(as heretofore modified, the "Existing Credit Agreement", and together with this
#: Amendment, the "Credit Agreement")": the first term a parenthesis defines names the title
_TERM_PAREN = rule(
    "references.term_paren",
    rf"\s*\((?:[^()\"\u201c\u201d]|\([^()]*\))*?{_Q}(?P<term>[^\"\u201c\u201d]{{1,60}}){_Q}"
    rf"(?:\s*,\s*(?:and\s+)?together\s+with\b[^()]{{0,120}})?\s*\)",
    reads="right after a mentioned title: the parenthesis that gives it a defined term",
    matches=[
        passage(' (the "Credit Agreement") and', term="Credit Agreement"),
        passage(
            ' (as heretofore modified, the "Existing Credit Agreement", and together with this '
            'Amendment, the "Credit Agreement")',
            term="Existing Credit Agreement",
        ),
        passage(" (as amended, the \u201cLoan Agreement\u201d)", term="Loan Agreement"),
    ],
    rejects=[" (as defined below)", ', the "Agreement"'],
    mode="match",
)
_DATED = rule(
    "references.dated",
    rf"(?:dated|made|entered\s+into|effective)(?:\s+as)?(?:\s+of|\s+on)?\s+(?P<date>{DATE})"
    rf"|as\s+of\s+(?P<date2>{DATE})|(?:dated\s+)?of\s+even\s+date\s+herewith"
    r"|dated\s+(?:as\s+of\s+)?the\s+date\s+hereof",
    reads="the text after a mentioned title: the date that identifies it",
    matches=[
        passage(", dated as of May 11, 2001, between", date="May 11, 2001"),
        passage(" entered into on 3 March 2004", date="3 March 2004"),
        passage(" as of December 30, 2022", date2="December 30, 2022"),
        passage(" of even date herewith", match="of even date herewith"),
        passage(" dated the date hereof", match="dated the date hereof"),
    ],
    rejects=[" dated as of the Closing Date", " effective upon the Closing"],
)
#: ", as the same may be amended ... from time to time," before a defined term
_AS_AMENDED = rule(
    "references.as_amended",
    r"\s*,?\s*(?:and\s+)?as\s+(?:the\s+same\s+|so\s+)?(?:may\s+(?:have\s+been\s+|be\s+)"
    r"|has\s+been\s+|heretofore\s+)?(?:further\s+)?(?:amended|modified|supplemented|restated|hereby)"
    r"[^()\"\u201c\u201d;]{0,120}?(?=\s*,?\s*\()\s*,?",
    reads="right after a mentioned title: 'as amended ...' before its defined term",
    matches=[
        passage(
            ", as the same may be amended from time to time (the",
            match=", as the same may be amended from time to time ",
        ),
        passage(" and as heretofore supplemented, (", match=" and as heretofore supplemented,"),
    ],
    rejects=[", as amended.", " (as amended, the"],
    mode="match",
)
_PARTY_CLAUSE = rule(
    "references.party_clause",
    r"\s*,?\s*(?:\([^()]*\)\s*,?\s*)?(?:by\s+and\s+)?(?:among|between|by|executed|issued|made"
    r"|entered|of|for\s+the\s+benefit|in\s+favou?r|from|to|with)\b",
    reads="the gap between a mentioned title and its date: a clause naming its parties",
    matches=[
        ", by and among the Borrower, the Lenders and the Agent, ",
        " between Acme Corp. and First Bank ",
        " (the Lease), made by the Landlord ",
        " in favor of the Lenders ",
    ],
    rejects=[" which was terminated ", ". The Borrower "],
    mode="match",
)
_SENTENCE_END = rule(
    "references.sentence_end",
    r"(?<!\b(?:St|No|Co|Mr|Ms|Dr|Jr|Sr))(?<!\b[A-Z])\.\s+[A-Z][a-z]",
    reads="the gap between a mentioned title and its date: a sentence end",
    matches=[
        passage("and the Lender. The Borrower", match=". Th"),
        passage("(the Notes).  Each", match=".  Ea"),
    ],
    rejects=["Acme Co. Inc", "Main St. Louis", "J. Smith", "Section 2.1 Term"],
)
_HEAD_WORD = rule(
    "references.head_word",
    rf"\b(?:{_AGREEMENT_HEADS}|{_INSTRUMENT_HEADS})\b",
    reads="a gap or a defined term: the head noun of an agreement or instrument",
    matches=["the Loan Agreement", "the Debentures", "Letters of Credit", "the Guarantee"],
    rejects=["the agreement", "Guarantor", "Lessee"],
)
_AMOUNT_GAP = rule(
    "references.amount_gap",
    r"\s*,?\s*(?:in\s+the\s+(?:original\s+|aggregate\s+)*principal\s+amount\s+"
    r"of\s+)?(?:U\.?S\.?\s*)?\$\s*[\d,.\[\]_]+",
    reads="right after a mentioned note's date: its principal amount",
    matches=[
        passage(
            ", in the original principal amount of $5,000,000, payable",
            match=", in the original principal amount of $5,000,000,",
        ),
        passage(" U.S. $250,000.00", match=" U.S. $250,000.00"),
        " in the aggregate principal amount of $[______]",
    ],
    rejects=[", in an amount equal to the Obligations", " $ "],
    mode="match",
)
#: the first link of a chain: "(as amended by (that certain) ..."
_CHAIN_START = rule(
    "references.chain_start",
    r"\s*,?\s*(?P<paren>\()?\s*(?:(?:and|which\s+\w+(?:\s+\w+)?\s+(?:has|have)\s+been)\s+)?"
    r"(?:as\s+)?(?:further\s+)?(?:amended|supplemented|modified)"
    r"(?:(?:,|\s+and|\s+or)\s+(?:restated|supplemented|modified|amended)){0,3}"
    r"(?:\s+from\s+time\s+to\s+time,?)?(?:\s+including(?:,?\s+without\s+limitation,?)?)?"
    r"\s+(?:by|pursuant\s+to)\s+(?:that\s+certain\s+|the\s+|a\s+)?",
    reads="right after a mentioned agreement: the first link of its amendment chain",
    matches=[
        passage(" (as amended by that certain ", paren="("),
        ", as amended, restated and supplemented from time to time by the ",
        ", which agreement has been amended by a ",
        " and as further modified including without limitation, pursuant to ",
    ],
    rejects=[" (as amended, the", ", as amended from time to time,"],
    mode="match",
)
#: "..., by and among Borrowers and Bank, as amended by ...": the parties between a title's
#: date and its chain
_PARTIES_BEFORE_CHAIN = rule(
    "references.parties_before_chain",
    r"\s*,?\s*(?:by\s+and\s+)?(?:among|between)\s+[^;()\"\u201c\u201d]{1,200}?"
    r"(?=,\s*(?:and\s+)?as\s+(?:further\s+)?(?:amended|supplemented|modified)\b)",
    reads="between a mentioned agreement's date and its amendment chain: its parties",
    matches=[
        passage(
            ", by and among Borrowers and Bank, as amended by",
            match=", by and among Borrowers and Bank",
        ),
        passage(" between Acme and Beta, and as further modified", match=" between Acme and Beta"),
    ],
    rejects=[", among Acme and Beta (the Agreement), as amended by", ", as amended by"],
    mode="match",
)
#: a further link of a started chain: ", the Amendment No. 2 ...", "and by Amendment No. 3 ..."
_CHAIN_NEXT = rule(
    "references.chain_next",
    r"\s*,?\s*(?:(?:and\s+)?(?:as\s+further\s+amended\s+)?(?:by\s+)?)?"
    r"(?:that\s+certain\s+|the\s+)?",
    reads="after a link of an amendment chain: the words before the next link (may be none)",
    matches=[
        passage(", and by Amendment No. 3", match=", and by "),
        passage(", the Amendment No. 2", match=", the "),
        passage(
            " and as further amended by that certain Waiver",
            match=" and as further amended by that certain ",
        ),
    ],
    mode="match",
)
#: a term closing the parenthesis a chain opened: "..., the "Loan Agreement")"
_TERM_CLOSING = rule(
    "references.term_closing",
    r"[^()\"\u201c\u201d;]{0,250}?\b(?:the|this)\s+[\"\u201c](?P<term>[^\"\u201c\u201d]{1,60})"
    r"[\"\u201d]\s*\)",
    reads="after an amendment chain opened by a parenthesis: the term that closes it",
    matches=[
        passage(
            ', and as further amended from time to time, the "Loan Agreement")',
            term="Loan Agreement",
        ),
        passage(" collectively, this \u201cAgreement\u201d )", term="Agreement"),
    ],
    rejects=[', the "Loan Agreement" and', '; the "Loan Agreement")'],
    mode="match",
)


#: "the Securities Purchase Agreement, between the Company and the Holder": an undated
#: mention is still a particular agreement when the text says whose it is.
_STATED_PARTIES = rule(
    "references.stated_parties",
    r"\s*,?\s*(?:\([^()]*\)\s*,?\s*)?(?:by\s+and\s+)?(?:among(?!\s+other\b)|between)\s",
    reads="right after an undated mention: the parties that make it a particular agreement",
    matches=[
        ", between the Company and the Holder",
        " (the Purchase Agreement), by and among ",
    ],
    rejects=[
        " with respect to the Notes",
        " under which the Notes were issued",
        ", among other things, the Borrower",
    ],
    mode="match",
)


#: A parenthetical aside in a gap: "(the "Lessor")", "(as defined below)".
_ASIDE = rule(
    "references.aside",
    r"\([^()]*\)",
    reads="the gap between a mentioned title and its date: a parenthetical aside",
    matches=[passage(' (the "Lease") dated', match='(the "Lease")')],
    rejects=["between the Landlord and the Tenant"],
)
#: A gap that is only an aside: "Lease (as amended) dated ...".
_ONLY_ASIDE = rule(
    "references.only_aside",
    r"\s*\([^()]*\)\s*,?\s*",
    reads="the gap between a mentioned title and its date: nothing but an aside",
    matches=[" (as amended), ", "(the Agreement) "],
    rejects=[" (as amended) between the parties, ", ", between the parties"],
    mode="fullmatch",
)


def _gap_ok(gap: str) -> bool:
    """A gap between a title and its date may name parties, but no sentence end or other title."""
    outside = _ASIDE.sub("", gap)
    return not (_SENTENCE_END.search(gap) or _HEAD_WORD.search(outside) or ";" in gap)


def _date_after(text: str, pos: int, self_date: str | None) -> tuple[str | None, int]:
    """The date stated right after a title (allowing a parties clause), and where it ends."""
    window = text[pos : pos + 400]
    m = _DATED.search(window)
    if not m:
        return None, pos
    gap = window[: m.start()]
    if len(gap) > 300 or not _gap_ok(gap):
        return None, pos
    if gap.strip(" ,\n") and not (_PARTY_CLAUSE.match(gap) or _ONLY_ASIDE.fullmatch(gap)):
        return None, pos
    date = m["date"] or m["date2"]
    return (parse_date(date) if date else self_date), pos + m.end()


#: The word "amendment" in a title.
_AMENDMENT_WORD = rule(
    "references.amendment_word",
    r"(?i)\bamendment\b",
    reads="a mentioned title: the word 'amendment', in any case",
    matches=["Amendment Four to the Credit Agreement", "LIMITED WAIVER AND AMENDMENT"],
    rejects=["Amended and Restated Note", "Amendments"],
)
#: The word "Amendment" capitalised in a chained title.
_AMENDMENT_CAPITALISED = rule(
    "references.amendment_capitalised",
    r"\bAmendment\b",
    reads="a title chained onto a mentioned agreement: the word 'Amendment' capitalised",
    matches=["First Mortgage Amendment", "Amendment"],
    rejects=["amendment", "AMENDMENT", "Amendments"],
)
#: A term that names a change of an agreement, which an amendment's term may be.
_CHANGE_TERM = rule(
    "references.change_term",
    r"(?i)\b(?:amendment|supplement|modification|waiver|consent)",
    reads="a defined term after an amendment's title: a term that can name the amendment",
    matches=["Fourth Amendment", "the Supplemental Indenture", "Waiver"],
    rejects=["Credit Agreement", "Existing Loan Documents"],
)


def _names_same_thing(term: str, title: str) -> bool:
    """A term can name a titled mention if it ends in a head noun or shares a word with it
    ("Debenture Agreement", "Senior NPA"); "(the "Closing")" after a title names something else."""
    words = set(norm_title(title).split()) - {"and", "to", "of", "the", "no"}
    if _AMENDMENT_WORD.search(title) and not _CHANGE_TERM.search(term):
        # "Amendment Four to the Credit Agreement ... (as amended, the "Credit Agreement")":
        # the term names the amended agreement, never the amendment
        return False
    head = _HEAD_WORD.search(term.split()[-1])
    if head and _same_head(head.group(0), words):
        return True
    if head and _HEAD_WORD.search(title):
        # "the Credit Agreement (the "Existing Guaranty")": the term heads another kind of
        # document, named earlier in the clause
        return False
    return bool(words & set(norm_title(term).split()))


def _same_head(head: str, title_words: set[str]) -> bool:
    """Whether a term's head noun occurs in the title ("Guaranty" = "Guarantee", "Notes" =
    "Note")."""
    h = norm_title(head).rstrip("s").replace("guarantee", "guaranty")
    return any(w.rstrip("s").replace("guarantee", "guaranty") == h for w in title_words)


#: "as amended by X": a chain, not a filler before a term.
_BY = rule(
    "references.by",
    r"\bby\s",
    reads="the filler between a mentioned title and its term: 'by' that makes it a chain",
    matches=[", as amended by the First Amendment"],
    rejects=[", as amended from time to time", "bylaws"],
)
#: "(as amended by X ..., the "Y")": a chain in the parenthesis that defines a term.
_AMENDED_BY = rule(
    "references.amended_by",
    r"\b(?:amended|supplemented|modified)\s+by\b",
    reads="the parenthesis defining a mentioned title's term: a chain inside it",
    matches=['(as amended by the First Amendment, the "Agreement")'],
    rejects=['(as amended, the "Agreement")', "(as amended hereby)"],
)
#: "(herein, the "Lease")", "(collectively, ...)": the words of a parenthesis that defines.
_DEFINING_WORD = rule(
    "references.defining_word",
    r"\b(?:herein|hereinafter|the|this|as\s+amended|collectively)\b",
    re.I,
    reads="the parenthesis after a mentioned title: words that make it define a term",
    matches=['(hereinafter, "Lease")', '(collectively, "Notes")', '(as amended, "Agreement")'],
    rejects=['(each a "Note")', '("Lender")'],
)
#: A parenthesis that opens with the quoted term: '("Agreement")'.
_QUOTE_OPENS = rule(
    "references.quote_opens",
    rf"\s*\(\s*{_Q}",
    reads="the parenthesis after a mentioned title: it opens with the quoted term",
    matches=[' ("Agreement")', "(\u201cNote\u201d)"],
    rejects=['(each a "Note")'],
    mode="match",
)


def _term_after(text: str, pos: int, title: str) -> tuple[str | None, int]:
    """A defined term introduced right after ``pos`` ("(as amended, the "Agreement")")."""
    filler = _AS_AMENDED.match(text, pos)
    if filler and _BY.search(filler.group(0)):
        filler = None  # "as amended by X" is a chain, read by the caller
    m = _TERM_PAREN.match(text, pos) or (_TERM_PAREN.match(text, filler.end()) if filler else None)
    if not m or len(m.group(0)) > 250 or not _names_same_thing(m["term"], title):
        return None, pos
    if _AMENDED_BY.search(m.group(0)):
        return None, pos  # "(as amended by X ..., the "Y")" is a chain, read by the caller
    inner = m.group(0)
    if _DEFINING_WORD.search(inner) or _QUOTE_OPENS.match(inner):
        return " ".join(m["term"].split()), m.end()
    return None, pos


#: the head noun every title ends in
_TITLE_HEAD = rule(
    "references.title_head",
    rf"\b(?:{_AGREEMENT_HEADS}|{_INSTRUMENT_HEADS}|Amendment)\b",
    reads="any text: the head noun every title ends in, where a title search starts",
    matches=["the Security Agreement", "Second Amendment", "the Indenture", "Warrants"],
    rejects=["amendment", "Agreements between", "Noteholder"],
)


def _next_title(text: str, pos: int) -> re.Match[str] | None:
    """The next title at or after ``pos``: searched back from the next head noun (a title is
    a few words long), not tried at every capitalised word of the document."""
    head = _TITLE_HEAD.search(text, pos)
    while head:
        m = TITLE.search(text, max(pos, head.start() - 300))
        if m:
            return m
        head = _TITLE_HEAD.search(text, head.end())
    return None


def find_mentions(text: str, self_date: str | None = None) -> list[tuple[Mention, list[Mention]]]:
    """Every dated or term-defining titled mention, with the amendments chained onto it.

    Returns ``(head, amendments)`` pairs in text order; a chained amendment is not repeated
    as a head of its own.
    """
    found: list[tuple[Mention, list[Mention]]] = []
    pos = 0
    while True:
        m = _next_title(text, pos)
        if not m:
            return found
        head, end = _read_mention(text, m, self_date)
        pos = max(m.end(), end)
        if head is None:
            continue
        based = _base_after_date(text, head, pos, self_date)
        if based:
            found.append((based[0], [head]))
            pos = based[1]
            continue
        chain: list[Mention] = []
        chains = head.term is None and not is_amendment_title(head.title)
        start = None
        if chains:
            parties = _PARTIES_BEFORE_CHAIN.match(text, pos)
            start = _CHAIN_START.match(text, parties.end() if parties else pos)
        link: re.Match[str] | None = start
        while link:
            nxt = TITLE.match(text, link.end())
            linked, lend = _read_mention(text, nxt, self_date) if nxt else (None, pos)
            if linked is None or not (
                is_amendment_title(linked.title) or _AMENDMENT_CAPITALISED.search(linked.title)
            ):
                break
            chain.append(linked)
            pos = lend
            if linked.term:
                head = Mention(head.title, head.start, head.end, head.date, linked.term)
                chain[-1] = Mention(linked.title, linked.start, linked.end, linked.date)
                break
            link = _CHAIN_NEXT.match(text, pos)
        if start and start["paren"] and chain and head.term is None:
            closing = _TERM_CLOSING.match(text, pos)
            if closing and _names_same_thing(closing["term"], head.title):
                head = Mention(head.title, head.start, head.end, head.date, closing["term"])
                pos = closing.end()
        if head.term is None:
            term, pos2 = _term_after(text, pos, head.title)
            if term:
                head = Mention(head.title, head.start, head.end, head.date, term)
                pos = pos2
        if head.date or head.term or chain or _STATED_PARTIES.match(text, pos):
            found.append((head, chain))


#: "Fifth Amendment, dated as of May 2, 2005, to the Credit Agreement": the base an amendment's
#: title leaves out, named after its date
_DATED_TO_BASE = rule(
    "references.dated_to_base",
    r"\s*,?\s*to\s+(?:the\s+|that\s+certain\s+)?(?=[A-Z])",
    reads="right after a dated amendment's date: 'to the' before the agreement it amends",
    matches=[
        passage(", to the Credit Agreement", match=", to the "),
        passage(" to that certain Note Purchase Agreement", match=" to that certain "),
    ],
    rejects=[", together with the Credit Agreement", " to the extent", ", and the Lease"],
    mode="match",
)


#: "Note Purchase Agreement-1997": a suffix that makes a title the name of one of several
_NAME_SUFFIX = rule(
    "references.name_suffix",
    r"-(?:\d{4}|[A-Z0-9]{1,3})\b",
    reads="right after a mentioned title: a suffix naming one of several of that title",
    matches=[passage("-1997 (the", match="-1997"), passage("-A and", match="-A")],
    rejects=["-Company", " 1997"],
    mode="match",
)


def _base_after_date(
    text: str, head: Mention, pos: int, self_date: str | None
) -> tuple[Mention, int] | None:
    """The agreement a dated amendment without a base in its title names right after its date
    ("Second Amendment dated as of the date hereof to the Note Purchase Agreement"), and where
    its mention ends."""
    if head.date is None or not is_amendment_title(head.title) or amended_titles(head.title):
        return None
    to = _DATED_TO_BASE.match(text, pos)
    t = TITLE.match(text, to.end()) if to else None
    base, end = _read_mention(text, t, self_date) if t else (None, pos)
    if base is None or is_amendment_title(base.title):
        return None
    suffix = _NAME_SUFFIX.match(text, base.end)
    if suffix:  # "to the Note Purchase Agreement-1997": a name of its own, defined elsewhere
        named = Mention(base.title + suffix.group(), base.start, suffix.end(), None, None)
        return named, max(end, suffix.end())
    return base, end


def _read_mention(text: str, m: re.Match[str], self_date: str | None) -> tuple[Mention | None, int]:
    """The mention starting at a title match: title, date, an amount gap and a defined term."""
    end = m.end()
    if _AMENDMENT_WORD.search(m.group(0)):
        while joined := _JOINED_AFTER.match(text, end):
            end = joined.end()
    raw = text[m.start() : end]
    title = clean_title(raw)
    if len(title.split()) < 2:
        return None, end
    start = m.start() + raw.index(title.split()[0])
    term, pos = _term_after(text, end, title)
    date, pos2 = _date_after(text, pos, self_date)
    if date:
        pos = pos2
        amount = _AMOUNT_GAP.match(text, pos)
        if amount:
            pos = amount.end()
    if term is None:
        term, pos = _term_after(text, pos, title)
    return Mention(title, start, end, date, term), pos


def _entity_title(ctx: DocContext, ref: str) -> str | None:
    e = ctx.collector.get(ref)
    t = e.props.get("title") if e else None
    return t if isinstance(t, str) else None


def _self_date(ctx: DocContext) -> str | None:
    e = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    d = e.props.get("date") if e else None
    return d if isinstance(d, str) else None


def _sentence_span(ctx: DocContext, start: int, end: int) -> Span:
    """Evidence for a mention: the text from the clause start to the mention's end."""
    text = ctx.text
    lo = max(text.rfind(". ", 0, start), text.rfind(";", 0, start), text.rfind("\n\n", 0, start))
    lo = lo + 1 if lo >= 0 else 0
    while lo < start and text[lo].isspace():
        lo += 1
    hi = min(len(text), max(end, start))
    return ctx.span(lo, hi)


def _contained_same(ctx: DocContext, mention: Mention) -> str | None:
    """The document's own agreement or an exhibit, when the mention names it ("this Note",
    "Second Amendment to Credit Agreement of even date herewith")."""
    # "replacement notes" and the attached "Form of Replacement Note" are one instrument
    want = norm_title(singular(mention.title))
    for ref, e in ctx.collector.entities.items():
        title, date = e.props.get("title"), e.props.get("date")
        same = e.contained and isinstance(title, str) and norm_title(singular(title)) == want
        # "the foregoing Amendment No. 6 to the Credit Agreement dated as of March 31, 2003":
        # the date is the amended agreement's; a numbered amendment is one document
        numbered = is_amendment_title(mention.title) and amendment_number(mention.title)
        if same and (mention.date is None or date in (None, mention.date) or numbered):
            return ref
    return None


_RESTATED_WORD = rule(
    "references.restated_word",
    r"(?i)\brestated\b",
    reads="a mentioned title: whether it restates an agreement of the same title",
    matches=["Amended and Restated Note", "SECOND AMENDED AND RESTATED CREDIT AGREEMENT"],
    rejects=["Restatement Agreement", "Amended Note"],
)


def _restated(title: str) -> bool:
    """An amended and restated X replaces an X of the same title: an undated one is not the
    dated one ("This Amended and Restated Note" restating the "Amended and Restated Note
    dated February 13, 2003")."""
    return bool(_RESTATED_WORD.search(title))


def _dated_names(mentions: Iterable[Mention]) -> dict[str, Mention]:
    """Normalised title or term -> the one dated mention it names in the document (a name
    two dated mentions share names neither)."""
    by_name: dict[str, set[tuple[str, str]]] = {}
    first: dict[tuple[str, str], Mention] = {}
    for m in mentions:
        if m.date is None:
            continue
        first.setdefault((m.title, m.date), m)
        for name in (m.title, m.term):
            if name:
                by_name.setdefault(norm_title(name), set()).add((m.title, m.date))
    return {n: first[next(iter(ks))] for n, ks in by_name.items() if len(ks) == 1}


def _identified(mention: Mention, named: Mapping[str, Mention]) -> Mention:
    """An undated mention ("to the Existing Credit Agreement (as defined below)") of what the
    document mentions once with its date ("the Second Amended and Restated Credit Agreement,
    dated as of December 19, 1997 (..., the "Existing Credit Agreement")") is that one."""
    if mention.date is not None or _restated(mention.title):
        return mention
    same = named.get(norm_title(mention.title))
    if same is None:
        return mention
    return Mention(same.title, mention.start, mention.end, same.date, mention.term)


def _names(title: PropValue | None, aliases: Iterable[str]) -> set[str]:
    """An agreement's title and aliases, normalised for comparison."""
    return {norm_title(n) for n in (title, *aliases) if isinstance(n, str)}


def _dated_same(ctx: DocContext, mention: Mention) -> str | None:
    """The one dated agreement or instrument already found whose title or term an undated
    mention repeats; not where the document itself restates an agreement of that title
    (then the undated mention may be either)."""
    if mention.date is not None:
        return None
    want = norm_title(mention.title)
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    own_names = _names(own.props.get("title"), own.aliases) if own else set()
    if _restated(mention.title) and (own is None or want in own_names):
        return None
    refs = [
        ref
        for ref, e in ctx.collector.entities.items()
        if e.label in ("Agreement", "Instrument")
        and not e.contained
        and isinstance(e.props.get("date"), str)
        and want in _names(e.props.get("title"), e.aliases)
    ]
    return refs[0] if len(refs) == 1 else None


def add_mention(ctx: DocContext, mention: Mention, evidence: Span) -> str:
    """Add (or merge into) the entity a mention names; the self entity when it is the same."""
    ref = (
        _contained_same(ctx, mention)
        or _dated_same(ctx, mention)
        or mention_ref(mention.title, mention.date)
    )
    label = "Instrument" if is_instrument_title(mention.title) else "Agreement"
    existing = ctx.collector.get(ref)
    if existing is not None:
        label = existing.label
    props: dict[str, PropValue] = {
        "title": mention.title,
        "kind": title_kind(mention.title),
        "date": mention.date,
    }
    if existing is not None and existing.props.get("title"):
        props = {}  # a later mention only adds its term and evidence
    if props.get("kind") == "amendment":
        props["amendment_number"] = amendment_number(mention.title)
    aliases = (mention.term,) if mention.term else ()
    ctx.collector.add(ref, label, evidence, props, aliases)
    if mention.term and not ctx.lookup(mention.term):
        ctx.define(mention.term, ref)
    return ref


def _known_by_title(ctx: DocContext, title: str, exclude: str) -> list[str]:
    """Refs of agreements/instruments in this document whose title or alias is ``title``."""
    want = norm_title(title)
    out = []
    for ref, e in ctx.collector.entities.items():
        if ref == exclude or e.label not in ("Agreement", "Instrument"):
            continue
        names = [e.props.get("title"), *e.aliases]
        if any(isinstance(n, str) and norm_title(n) == want for n in names):
            out.append(ref)
    return out


def _amend_named_targets(ctx: DocContext, ref: str, title: str, evidence: Span) -> None:
    """An amendment AMENDS what its title names ("... to X and Y"), when those are known here."""
    for target_title in amended_titles(title):
        for target in _known_by_title(ctx, target_title, ref)[:1]:
            if not is_amendment_title(_entity_title(ctx, target) or ""):
                ctx.collector.relate("AMENDS", ref, target, evidence)


#: the word every pattern of ``_self_amends_by_text`` holds
_AMEND_CUE = rule(
    "references.amend_cue",
    r"\b(?:amend(?:s|ed|ments?)?|modif(?:y|ies|ied|ications?)|supplemented|extend|revisions?"
    r"|changes)\b",
    reads="any text: the word every sentence in which the document amends another holds",
    matches=[
        "the parties desire to amend the Agreement",
        "the following modifications",
        "changes to the Lease",
    ],
    rejects=["the amenities of the premises", "the Amendment Effective Date"],
)


#: The own document's title: it changes another agreement.
_CHANGING_TITLE = rule(
    "references.changing_title",
    r"(?i)amendment|supplement|modification|extension|waiver",
    reads="the document's own title: whether it changes another agreement",
    matches=["Second Amendment to Lease", "Loan Modification Agreement", "Limited Waiver"],
    rejects=["Credit Agreement", "Amended and Restated Note"],
)
#: A defined agreement as the object of an amending verb: "the Credit Agreement".
_OBJ = r"the(?:\s+[A-Z][\w'\u2019-]*){1,6}"
_AMENDING_SENTENCE = "a sentence of the document's own text: the agreement it says it amends, "
#: The sentences in which the document amends an agreement it names by defined term
#: (``obj`` and, joined with "and", ``obj2``).
_AMENDS_OBJECT: tuple[re.Pattern[str], ...] = (
    rule(
        "references.amends_object",
        r"\b(?:to|hereby|desire\s+to|wish\s+to|agree\s+to|shall)\s+(?:further\s+)?"
        r"(?:amend|modify|extend)\s+(?:certain\s+(?:of\s+)?(?:the\s+)?(?:terms|provisions)\s+of\s+)?"
        rf"(?P<obj>{_OBJ})(?:,?\s+and\s+(?P<obj2>{_OBJ}))?",
        reads=_AMENDING_SENTENCE + "the object of 'amend' / 'modify' / 'extend'",
        matches=[
            passage(
                "the parties desire to amend the Credit Agreement as", obj="the Credit Agreement"
            ),
            passage(
                "the parties hereby modify certain of the terms of the Loan Agreement and the Note",
                obj="the Loan Agreement",
                obj2="the Note",
            ),
        ],
        rejects=["the parties desire to amend certain provisions hereof"],
    ),
    rule(
        "references.changes_to_object",
        r"\b(?:amendments?|modifications?|revisions?|changes)\s+to\s+"
        rf"(?P<obj>{_OBJ})(?P<obj2>)",
        reads=_AMENDING_SENTENCE + "after 'amendments to' / 'changes to'",
        matches=[
            passage(
                "make certain amendments to the Security Agreement.", obj="the Security Agreement"
            )
        ],
        rejects=["amendments to this Agreement", "Amendments to the Credit Agreement"],
    ),
    rule(
        "references.object_is_amended",
        r"(?P<obj>\b[Tt]he(?:\s+[A-Z][\w'\u2019-]*){1,6})(?P<obj2>)"
        r"\s+(?:is|are|shall\s+be)\s+(?:(?:hereby\s+)?amended|hereby\s+(?:modified|supplemented))\b"
        # the boilerplate on how it may be amended: "shall be amended only in writing"
        r"(?!,?\s+(?:or\s+(?:modified|waived|supplemented|changed)|only|except|solely|unless"
        r"|in\s+writing|without)\b)",
        reads=_AMENDING_SENTENCE + "as the subject of 'is hereby amended'",
        matches=[
            passage("Section 2.1 of the Lease is hereby amended", obj="the Lease"),
            passage(
                "The Credit Agreement is hereby amended and restated", obj="The Credit Agreement"
            ),
            passage("the Pledge Agreement is hereby supplemented by", obj="the Pledge Agreement"),
            passage("The Loan Agreement is hereby modified as follows", obj="The Loan Agreement"),
        ],
        rejects=[
            "the lease is hereby amended",
            "the Lease, as amended",
            "the Lease shall be amended only in writing signed by both parties",
            "The Agreement shall be amended or modified only by an instrument in writing",
            "the Note shall be amended, except by a writing signed by the Holder",
            "the Guaranteed Obligations shall be modified, supplemented or amended",
        ],
    ),
    # a term of it changed: "extend the maturity date of the Note", "The interest rate of
    # the Note is hereby modified"
    rule(
        "references.amends_term_of_object",
        r"\b(?:amend|modify|extend)(?:s|ed)?\s+the\s+(?:[a-z]+\s+){1,3}(?:of|under)\s+"
        rf"(?P<obj>{_OBJ})(?P<obj2>)",
        reads=_AMENDING_SENTENCE + "whose term it changes ('extend the maturity date of')",
        matches=[
            passage("the parties wish to extend the maturity date of the Note", obj="the Note"),
            passage(
                "Borrower and Lender amend the interest rate under the Loan Agreement",
                obj="the Loan Agreement",
            ),
        ],
        rejects=["extend the maturity date to June 1", "amend the Maturity Date of the Note"],
    ),
    rule(
        "references.term_of_object_is_amended",
        rf"\b(?:of|under)\s+(?P<obj>{_OBJ})(?P<obj2>)\s+(?:is|are|shall\s+be)\s+(?:hereby\s+)?"
        r"(?:amended|modified|extended)\b",
        reads=_AMENDING_SENTENCE + "whose term 'is hereby modified'",
        matches=[
            passage("The interest rate of the Note is hereby modified", obj="the Note"),
            passage("the term under the Lease shall be extended", obj="the Lease"),
        ],
        rejects=["the interest rate of the Note is fixed", "of the note is hereby amended"],
    ),
)


#: "consent to certain amendments to the Note Purchase Agreement", "including any amendment to
#: the Merger Agreement": a consent to another's amendment, or one that may come, is none the
#: document makes
_CONSENTED = rule(
    "references.consented_change",
    r"(?:\bconsent(?:s|ed|ing)?\s+to\s+(?:certain\s+|the\s+|such\s+|any\s+)?"
    r"|\b(?:any|each|no|all|future|subsequent)\s+)$",
    reads="right before an amending phrase: a consent to it or a hypothetical one, not made here",
    matches=["the Lender will consent to certain ", "and consents to the ", "including any "],
    rejects=["the parties desire to make certain ", "consent to the Borrower's "],
)


def _self_amends_by_text(ctx: DocContext) -> None:
    """ "This Amendment ... amends the Agreement", "desire to amend the Note": the own document
    AMENDS the agreements those sentences name by defined term."""
    own = ctx.self_ref
    own_title = _entity_title(ctx, own) if own else None
    text = ctx.text
    if not own or not own_title or not _CHANGING_TITLE.search(own_title):
        return
    body_end = analyze(text).main_end
    for m in (m for p in _AMENDS_OBJECT for m in matches_near(p, text, _AMEND_CUE, 160)):
        if _CONSENTED.search(text, max(0, m.start() - 40), m.start()) or m.start() >= body_end:
            continue  # a consent to another's amendment; an attached document's own sentence
        for group in ("obj", "obj2"):
            obj = m.group(group)
            if not obj:
                continue
            for target in _resolve_agreement_phrase(ctx, obj):
                if target != own:
                    evidence = _sentence_span(ctx, m.start(), m.end())
                    ctx.collector.relate("AMENDS", own, target, evidence)


#: "This letter agreement amends, restates and replaces the existing Letter Agreement dated
#: ...", "This Agreement amends and restates in its entirety that certain Credit Agreement":
#: the own document, as the subject, amends the title after the verb.
_THIS_AMENDS = rule(
    "references.this_amends",
    r"\b(?:This|THIS)\s+(?:[A-Za-z]+\s+){0,2}?(?:[Aa]greement|AGREEMENT|Amendment|AMENDMENT"
    r"|Supplement|SUPPLEMENT|Note|NOTE)\s+(?:hereby\s+)?(?:amends|modifies|supplements)\b"
    r"(?:(?:,|\s+and)\s+(?:restates|replaces|supersedes)){0,3}"
    r"(?:\s*,?\s+(?:\([^()]{0,80}\)|in\s+(?:its|their)\s+entirety))*,?\s+"
    r"(?:that\s+certain\s+|the\s+)?(?:(?:existing|prior|original)\s+)?(?=[A-Z])",
    reads="the document's own text: the agreement it amends as the subject of 'amends'",
    matches=[
        passage(
            "This letter agreement amends, restates and replaces (but does not constitute a "
            "novation of) the existing Loan Agreement dated",
            match="This letter agreement amends, restates and replaces (but does not "
            "constitute a novation of) the existing ",
        ),
        passage(
            "This Agreement amends and restates in its entirety that certain Credit Agreement",
            match="This Agreement amends and restates in its entirety that certain ",
        ),
        passage(
            "This Supplement hereby amends the Indenture",
            match="This Supplement hereby amends the ",
        ),
    ],
    rejects=[
        "This Agreement may be amended only in writing",
        "This Agreement amends the terms hereof",
        "no amendment of this Agreement amends the Note",
    ],
)


def _self_amends_by_subject(ctx: DocContext) -> None:
    """ "This Agreement amends and restates the Existing Credit Agreement": the own document
    AMENDS the title the sentence names after its verb (by defined term, else by title, the
    one of the date that follows where several share it)."""
    own = ctx.self_ref
    if not own:
        return
    text = ctx.text
    for m in matches_near(_THIS_AMENDS, text, _AMEND_CUE, 160):
        if m.start() >= analyze(text).main_end:
            break  # "This Agreement" of an attached document is that document
        t = TITLE.match(text, m.end())
        if not t:
            continue
        title = clean_title(t.group())
        targets = [r for r in _resolve_agreement_phrase(ctx, "the " + title) if r != own]
        if not targets:
            targets = _known_by_title(ctx, title, own)
            date, _ = _date_after(text, t.end(), None)
            dated = [
                r for r in targets if (e := ctx.collector.get(r)) and e.props.get("date") == date
            ]
            targets = dated or targets
        for target in targets[:1]:
            ctx.collector.relate("AMENDS", own, target, _sentence_span(ctx, m.start(), t.end()))


#: "REVOLVING CREDIT MODIFICATION AGREEMENT, dated as of ... (this "Agreement"), relating to
#: the AMENDED AND RESTATED CREDIT AGREEMENT, dated as of ...": the base an amendment's preamble
#: names right after its own defined term (a title in capitals too)
_RELATING_TO_BASE = rule(
    "references.relating_to_base",
    r"\(\s*this\s+[\"\u201c][^\"\u201c\u201d]{1,40}[\"\u201d]\s*\)\s*,?\s+"
    r"(?:relating\s+to|with\s+respect\s+to|in\s+respect\s+of)\s+(?:that\s+certain\s+|the\s+)?"
    r"(?P<title>(?:[A-Z][\w'\u2019&-]*\s+(?:(?:and|AND|of|OF|to|TO)\s+)?){0,8}?"
    r"(?:AGREEMENT|Agreement|INDENTURE|Indenture|GUARANTY|Guaranty|LEASE|Lease|NOTE|Note))\b",
    reads="an amendment's preamble: the agreement it relates to, after its own defined term",
    matches=[
        passage(
            '(this "Agreement"), relating to the SECOND AMENDED AND RESTATED CREDIT AGREEMENT,',
            title="SECOND AMENDED AND RESTATED CREDIT AGREEMENT",
        ),
        passage(
            "(this \u201cSupplement\u201d) with respect to that certain Loan and Security "
            "Agreement",
            title="Loan and Security Agreement",
        ),
    ],
    rejects=[
        '(the "Guaranty"), relating to the Credit Agreement',
        '(this "Agreement"), relating to the obligations under the Credit Agreement',
    ],
)
#: an own title that changes the agreement its preamble relates to
_CHANGING_OWN = rule(
    "references.changing_own_title",
    r"(?i)\b(?:amendment|modification|supplement)\b",
    reads="the document's own title: an amendment, modification or supplement",
    matches=["Revolving Credit Loan Modification Agreement", "First Supplement"],
    rejects=["Continuing Guaranty", "Promissory Note", "Waiver Letter"],
)


def _self_relates_to_base(ctx: DocContext) -> None:
    """An amendment whose preamble says it relates to an agreement AMENDS that agreement; a
    guaranty or a note "relating to the Credit Agreement" amends nothing."""
    own = ctx.self_ref
    own_title = _entity_title(ctx, own) if own else None
    if not own or not own_title or not _CHANGING_OWN.search(own_title):
        return
    text = ctx.text
    pre = analyze(text).preamble
    start = pre.start if pre else 0
    m = _RELATING_TO_BASE.search(text, start, min(len(text), start + 1500))
    if not m:
        return
    date, _ = _date_after(text, m.end(), _self_date(ctx))
    title = title_case(m["title"])
    evidence = _sentence_span(ctx, m.start(), m.end())
    ref = add_mention(ctx, Mention(title, m.start("title"), m.end("title"), date, None), evidence)
    if ref != own:
        ctx.collector.relate("AMENDS", own, ref, evidence)


def matches_near(
    pattern: re.Pattern[str], text: str, cue: re.Pattern[str], back: int
) -> list[re.Match[str]]:
    """The matches of ``pattern`` that contain a match of ``cue`` and start at most ``back``
    characters before it, in text order: what ``pattern.finditer`` finds when every match
    holds the cue, without trying the pattern at every common word of a long document."""
    out: list[re.Match[str]] = []
    last = 0
    for c in cue.finditer(text):
        m = pattern.search(text, max(last, c.start() - back), min(len(text), c.end() + back))
        if m and m.start() <= c.start() and m.end() >= c.end():
            out.append(m)
            last = m.end()
    return out


def _resolve_agreement_phrase(ctx: DocContext, phrase: str) -> list[str]:
    """Refs of agreements/instruments a phrase's longest defined-term prefix names."""
    words = phrase.split()
    for n in range(len(words), 0, -1):
        refs = [
            r
            for r in ctx.lookup(" ".join(words[:n]))
            if (e := ctx.collector.get(r)) is not None and e.label in ("Agreement", "Instrument")
        ]
        if refs:
            return refs
    return []


def _restates(ctx: DocContext, ref: str, title: str, date: str | None, evidence: Span) -> None:
    """ "Amended and Restated X" AMENDS (restates) the earlier X or earlier restated X."""
    base = restated_base(title)
    if not base:
        return
    for other, e in list(ctx.collector.entities.items()):
        t = e.props.get("title")
        d = e.props.get("date")
        if other == ref or not isinstance(t, str) or not isinstance(d, str):
            continue
        if norm_title(restated_base(t) or t) == norm_title(base) and (date is None or d < date):
            ctx.collector.relate("AMENDS", ref, other, evidence, {"restates": True})


def extract_references(ctx: DocContext) -> None:
    """Mentioned agreements/instruments, their defined terms, and every AMENDS the text states."""
    self_date = _self_date(ctx)
    found = find_mentions(ctx.text, self_date)
    named = _dated_names(m for head, chain in found for m in (head, *chain))
    deferred: list[tuple[Mention, list[Mention]]] = []
    for head, chain in found:
        if _NAME_SUFFIX.search(head.title.split()[-1]):
            deferred.append((head, chain))  # named by a definition: resolved once all are read
            continue
        head = _identified(head, named)
        chain = [_identified(m, named) for m in chain]
        last = chain[-1] if chain else head
        # "Fifth Amendment dated ... to the Credit Agreement": the base may follow its amendment
        evidence = _sentence_span(
            ctx, min([head.start, *(c.start for c in chain)]), max(head.end, last.end)
        )
        head_ref = add_mention(ctx, head, _sentence_span(ctx, head.start, head.end))
        # "the First Mortgage Amendment, as further amended by the Second ...": the later
        # amendments amend what the first one amends, not the first one
        amended = not _AMENDMENT_WORD.search(head.title)
        for amendment in chain:
            amend_ref = add_mention(ctx, amendment, evidence)
            if amend_ref != head_ref and amended:
                ctx.collector.relate("AMENDS", amend_ref, head_ref, evidence)
    _lower_case_mentions(ctx, self_date)
    _terms_of_titles(ctx, named)
    for head, chain in deferred:
        for head_ref in ctx.lookup(head.title)[:1]:
            evidence = _sentence_span(ctx, min(head.start, chain[0].start), head.end)
            for amendment in chain:
                amend_ref = add_mention(ctx, amendment, evidence)
                if amend_ref != head_ref:
                    ctx.collector.relate("AMENDS", amend_ref, head_ref, evidence)
    for ref, e in list(ctx.collector.entities.items()):
        title = e.props.get("title")
        if not isinstance(title, str) or e.label not in ("Agreement", "Instrument"):
            continue
        date = e.props.get("date")
        if is_amendment_title(title):
            _amend_named_targets(ctx, ref, title, e.evidence[0])
        _restates(ctx, ref, title, date if isinstance(date, str) else None, e.evidence[0])
    _self_amends_by_text(ctx)
    _self_amends_by_subject(ctx)
    _self_relates_to_base(ctx)


#: "Pledge Agreement Supplement", "Credit Agreement Modification", "Second Mortgage
#: Amendment": a title that names its base before the changing word amends that base.
_BASE_THEN_CHANGE = rule(
    "references.base_then_change",
    rf"(?i)^(?:(?:{_ORDINAL})\s+)?(?P<base>(?:[\w'\u2019&-]+\s+){{0,5}}?"
    rf"(?:{_AGREEMENT_HEADS}|Mortgage|Deed\s+of\s+Trust|Security\s+Deed|Note))"
    rf"\s+(?:Amendment|Supplement|Modification)(?:\s+{_NUMBER})?$",
    reads="an agreement's title: the base it names before 'Amendment' / 'Supplement'",
    matches=[
        passage("Pledge Agreement Supplement", base="Pledge Agreement"),
        passage("CREDIT AGREEMENT MODIFICATION", base="CREDIT AGREEMENT"),
        passage("Second Mortgage Amendment", base="Mortgage"),
        passage("Deed of Trust Modification No. 2", base="Deed of Trust"),
    ],
    rejects=[
        "Loan Modification Agreement",
        "Supplement to Pledge Agreement",
        "Credit Agreement Supplemental Terms",
        "Amendment to Note",
    ],
)


def changed_base(title: str) -> str | None:
    """The base a "<Base> Supplement" / "<Base> Modification" title names, else None."""
    m = _BASE_THEN_CHANGE.search(title.strip())
    return m["base"] if m else None


def extract_title_bases(ctx: DocContext) -> None:
    """ "Trademark Security Agreement Supplement" AMENDS the Trademark Security Agreement the
    document names: the own document, a mention or an attached exhibit, once all are read
    (exhibits are read after the references). The evidence is the title that says so."""
    for ref, e in list(ctx.collector.entities.items()):
        title = e.props.get("title")
        if e.label not in ("Agreement", "Instrument") or not isinstance(title, str):
            continue
        base = changed_base(title)
        if not base or not e.evidence:
            continue
        for target in _known_by_title(ctx, base, ref)[:1]:
            ctx.collector.relate("AMENDS", ref, target, e.evidence[0])


#: "(the Original Credit Agreement, as amended by this Amendment, ...": a parenthesis that
#: renames a defined agreement as amended
_RENAMED = rule(
    "references.renamed",
    r"\(\s*(?:the\s+)?(?P<term>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,5}),?\s+as\s+"
    r"(?:amended|modified|supplemented)\s+(?:by\s+this|hereby)\b",
    reads="a parenthesis defining a term: it renames a defined agreement as amended",
    matches=[
        passage(
            "(the Original Credit Agreement, as amended by this Amendment, is referred to "
            "herein as",
            term="Original Credit Agreement",
        ),
        passage("(Loan Agreement as modified hereby,", term="Loan Agreement"),
    ],
    rejects=[
        "(as amended by this Amendment, the",
        "(the Original Credit Agreement, as amended from",
    ],
    mode="match",
)

#: "the Credit Agreement, as amended by this Amendment No. 3 (the "Amended Credit Agreement"":
#: the same renaming written before the parenthesis
_RENAMED_BEFORE = rule(
    "references.renamed_before",
    r"\b(?:the\s+)?(?P<term>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,5}),?\s+as\s+"
    r"(?:amended|modified|supplemented)\s+(?:by\s+this(?:\s+[A-Z0-9][\w.]*){1,3}|hereby)\s*,?\s*$",
    reads="the words before a parenthesis defining a term: an agreement renamed as amended",
    matches=[
        passage(
            "the Credit Agreement, as amended by this Amendment No. 3 ", term="Credit Agreement"
        ),
        passage("the Note as modified hereby, ", term="Note"),
    ],
    rejects=["the Credit Agreement, as amended by the First Amendment "],
)


#: A quotation mark: a parenthesis that quotes another term before the one it defines.
_QUOTE = rule(
    "references.quote",
    r"[\"\u201c\u201d]",
    reads="a parenthesis before the term it defines: a term quoted before it",
    matches=['(the "Original Agreement", as amended, the', "(\u201cLoan\u201d"],
    rejects=["(the Original Credit Agreement, as amended hereby, the"],
)


#: '"Existing Credit Agreement" means the Credit Agreement dated as of ...': the definition
#: that names a dated mention
_MEANS_TITLE = rule(
    "references.means_title",
    r"[\"\u201d]?\s*(?:shall\s+)?means?\s*[,:]?\s+(?:that\s+certain\s+|the\s+)(?=[A-Z])",
    reads="right after a quoted defined term: 'means the' before the title it names",
    matches=[
        passage('" means the Credit Agreement dated', match='" means the '),
        passage("\u201d shall mean that certain Lease", match="\u201d shall mean that certain "),
    ],
    rejects=['" means any agreement', '" means, collectively, the Loan Documents'],
    mode="match",
)


def _term_means_title(ctx: DocContext, d: Definition) -> None:
    """'"Note Purchase Agreement-1997" means the Note Purchase Agreement dated as of February
    14, 1997': the term names the dated mention the sentence opens on."""
    m = _MEANS_TITLE.match(ctx.text, d.end)
    t = TITLE.match(ctx.text, m.end()) if m else None
    mention, _ = _read_mention(ctx.text, t, None) if t else (None, 0)
    if (
        mention is None
        or mention.date is None
        or is_amendment_title(mention.title)  # an amendment's term is read where it is made
        or not _names_same_thing(d.term, mention.title)
    ):
        return
    ref = mention_ref(mention.title, mention.date)
    if ref in ctx.collector.entities:
        e = ctx.collector.entities[ref]
        ctx.collector.add(ref, e.label, ctx.span(d.start, d.end), aliases=(d.term,))
        ctx.define(d.term, ref)


def _terms_of_titles(ctx: DocContext, named: Mapping[str, Mention]) -> None:
    """ "a Credit Agreement dated as of February 21, 1997, which Credit Agreement was amended
    and restated ... (as so amended and restated, the "Credit Agreement")": a term defined
    too far from its title to be read with it names the one dated mention of that title."""
    for d in find_definitions(ctx.text):
        if d.style == "means" and not ctx.lookup(d.term):
            _term_means_title(ctx, d)
        if d.style != "paren" or ctx.lookup(d.term):
            continue
        renamed = _RENAMED.match(ctx.text, d.clause_start) or _RENAMED_BEFORE.search(
            ctx.text, max(0, d.clause_start - 150), d.clause_start
        )
        first = not _QUOTE.search(ctx.text[d.clause_start : d.start - 1])
        if renamed and first and (refs := ctx.lookup(renamed["term"])):
            # "(the Original Credit Agreement, as amended by this Amendment, is referred to
            # herein as the "Credit Agreement")": the amended agreement's second name
            for ref in refs:
                e = ctx.collector.entities[ref]
                ctx.collector.add(ref, e.label, ctx.span(d.start, d.end), aliases=(d.term,))
            ctx.define(d.term, *refs)
            continue
        mention = named.get(norm_title(d.term))
        if mention is None:
            continue
        ref = mention_ref(mention.title, mention.date)
        if ref in ctx.collector.entities and mention.start < d.start:
            ctx.collector.add(
                ref, ctx.collector.entities[ref].label, ctx.span(d.start, d.end), aliases=(d.term,)
            )
            ctx.define(d.term, ref)


def _lower_case_mentions(ctx: DocContext, self_date: str | None) -> None:
    """ "the note purchase agreement dated as of December 30, 2022 (as amended, the "Note
    Purchase Agreement")": a title written in lower case is an agreement when the term it
    defines repeats it capitalised; the term is its title."""
    text = ctx.text
    for d in find_definitions(text):
        if d.style != "paren" or ctx.lookup(d.term) or not _TITLE_HEAD.search(d.term.split()[-1]):
            continue
        words = d.term.split()
        if len(words) < 2:
            continue
        pat = r"\b" + r"\W+".join(re.escape(w.lower()) for w in words) + r"\b"
        hits = list(re.finditer(pat, text[d.antecedent_start : d.clause_start]))
        if not hits:
            continue
        start = d.antecedent_start + hits[-1].start()
        end = d.antecedent_start + hits[-1].end()
        date, _ = _date_after(text, end, self_date)
        mention = Mention(d.term, start, end, date, d.term)
        add_mention(ctx, mention, _sentence_span(ctx, start, end))
