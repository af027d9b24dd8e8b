"""The date stated right after a title ("dated as of May 11, 2001"), across a
parties clause or an aside but never a sentence end.
"""

from __future__ import annotations

from ingest.dates import parse_date
from ingest.references.closing_date import DATED_CLOSING, closing_date_is_own
from ingest.references.titles import DATE, HEAD_WORD
from ingest.rules import passage, rule

_DATED = rule(
    "references.dated",
    rf"(?:dated|made|entered\s+into|effective|issued)(?:\s+as)?(?:\s+of|\s+on)?\s+(?P<date>{DATE})"
    rf"|as\s+of\s+(?P<date2>{DATE})|(?:dated\s+)?(?:as\s+)?of\s+even\s+date\s+herewith"
    r"|dated\s+(?:as\s+of\s+)?the\s+date\s+(?:hereof|of\s+this\s+Agreement)",
    reads="the text after a mentioned title: the date that identifies it",
    matches=[
        passage(", dated as of May 11, 2001, between", date="May 11, 2001"),
        passage(" entered into on 3 March 2004", date="3 March 2004"),
        passage(" issued on June 1, 2019 (the", date="June 1, 2019"),
        passage(" as of December 30, 2022", date2="December 30, 2022"),
        passage(" of even date herewith", match="of even date herewith"),
        passage(" dated as of even date herewith", match="dated as of even date herewith"),
        passage(" dated the date hereof", match="dated the date hereof"),
        passage(" dated the date of this Agreement", match="dated the date of this Agreement"),
    ],
    rejects=[" dated as of the Closing Date", " effective upon the Closing"],
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
#: "that certain Office Lease for premises at 400 Main Street, Suite 300 dated as of ...": the
#: premises a lease covers, described between its title and its date
_PREMISES_CLAUSE = rule(
    "references.premises_clause",
    r"\s*,?\s*(?:for|covering|demising|relating\s+to|with\s+respect\s+to)\s+(?:certain\s+)?"
    r"(?:the\s+|those\s+)?(?:premises|office\s+space|space|real\s+property|property"
    r"|building|land)\b(?:\s+(?:located|situated|known\s+as|commonly\s+known\s+as|at|in|on))?",
    reads="the gap between a mentioned title and its date: the premises a lease covers",
    matches=[
        passage(" for premises at 400 Main Street ", match=" for premises at"),
        passage(
            ", covering certain office space located at",
            match=", covering certain office space located",
        ),
        " for the real property commonly known as",
    ],
    rejects=[" for the benefit of the Lenders ", " for the account of the Borrower "],
    mode="match",
)
#: "that certain Revolving Credit Note in the principal amount of $5,000,000 dated as of ...": a
#: note's principal stated between its title and its date (or its term), in figures, or in words
#: with the figures after them ("of Two Million Dollars ($2,000,000)") or before them ("of $750,000
#: (Seven Hundred Fifty Thousand Dollars)")
_PRINCIPAL_GAP = rule(
    "references.principal_gap",
    r"\s*,?\s*in\s+the\s+(?:(?:original|aggregate|maximum|stated|face)\s+)*principal\s+"
    r"(?:amount|sum)\s+of\s+(?:[A-Za-z][A-Za-z,/\- ]{0,150}?\s*\(\s*)?(?:U\.?S\.?\s*)?\$\s*"
    r"[\d,]*\d(?:\.\d{2})?\)?(?:\s+\((?!the\b)[A-Za-z][A-Za-z,/\- ]{0,118}\))?\s*,?\s*",
    reads="the gap between a mentioned note's title and its date or term: its principal amount",
    matches=[
        " in the principal amount of $5,000,000 ",
        ", in the original principal amount of $2,500,000.00, ",
        " in the maximum principal amount of $750,000 (Seven Hundred Fifty Thousand Dollars) ",
        ", in the original principal amount of Two Million Dollars ($2,000,000), ",
        " in the face principal amount of $1,250,000",
    ],
    rejects=[
        " in the principal amount of $5,000,000 and the Guaranty ",
        " for $5,000,000 ",
        " in an amount equal to $5,000 ",
        ' in the principal amount of $750,000 (the "Note")',
    ],
    mode="fullmatch",
)


def principal_end(text: str, pos: int) -> int | None:
    """Where a note's principal, stated right after its title, ends (before its term)."""
    m = _PRINCIPAL_GAP.match(text, pos)
    return m.end() if m else None


#: "... dated as of May 1, 2004, for premises at 400 Main Street, Suite 300 (the "Lease")": the
#: premises described after a lease's date, up to the parenthesis that names it
_PREMISES_BEFORE_TERM = rule(
    "references.premises_before_term",
    _PREMISES_CLAUSE.pattern + r"[^()\";:\u201c\u201d]{0,150}?(?=\s*,?\s*\()",
    reads="right after a mentioned lease's date: the premises it covers, before its term",
    matches=[
        passage(
            ' for premises at 400 Main Street, Suite 300 (the "Lease")',
            match=" for premises at 400 Main Street, Suite 300",
        ),
    ],
    rejects=[' for the benefit of the Lenders (the "Lenders")', " for premises; (the"],
    mode="match",
)


def premises_end(text: str, pos: int) -> int | None:
    """Where a lease's premises, described right after its date, end (before its term)."""
    m = _PREMISES_BEFORE_TERM.match(text, pos)
    return m.end() if m else None


#: "the First Amendment thereto dated December 23, 1997": an amendment's title, "thereto" (the
#: agreement named before it), then its date
_THERETO = rule(
    "references.thereto_gap",
    r"\s*,?\s*(?:thereto|hereto)\s*,?\s*",
    reads="the gap between a mentioned amendment's title and its date: 'thereto'",
    matches=[" thereto ", ", thereto, "],
    rejects=[" thereto and to the Security Agreement ", " to the Lender "],
    mode="fullmatch",
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
    return not (_SENTENCE_END.search(gap) or HEAD_WORD.search(outside) or ";" in gap)


#: "The Borrower and the Lender entered into a Pledge Agreement on July 2, 2010": a recital
#: dates the agreement it says the parties entered into by a bare "on" right after the title
#: (read only after "entered into": "terminate the Credit Agreement on June 30, 2012" is the
#: day of something else)
ENTERED_INTO_BEFORE = rule(
    "references.entered_into_before",
    r"\bentered\s+into\s+(?:(?:a|an|the)\s+)?(?:certain\s+)?$",
    reads="the words before a mentioned title: a recital that its parties entered into it",
    matches=[
        passage("the Guarantor and the Lender entered into a ", match="entered into a "),
        passage("The Company entered into a certain ", match="entered into a certain "),
    ],
    rejects=["the Borrower may terminate the ", "entered into a certain Letter Agreement and "],
)
_ON_DATE = rule(
    "references.entered_on",
    rf"\s*,?\s*on\s+(?P<date>{DATE})",
    reads="right after a title the parties entered into: the day they did",
    matches=[passage(" on July 20, 2010 (the", date="July 20, 2010")],
    rejects=[" on the Closing Date", " dated July 20, 2010"],
    mode="match",
)


def date_after(
    text: str, pos: int, self_date: str | None, entered: bool = False
) -> tuple[str | None, int]:
    """The date stated right after a title (allowing a parties clause), and where it ends; a
    bare "on <date>" too where the text says the parties ``entered`` into the titled one."""
    on = _ON_DATE.match(text, pos) if entered else None
    if on:
        return parse_date(on["date"]), on.end()
    window = text[pos : pos + 400]
    m = _DATED.search(window)
    closing = DATED_CLOSING.search(window)
    if closing and (not m or closing.start() < m.start()):
        if not closing_date_is_own(text):
            return None, pos
        m = closing
    if not m:
        return None, pos
    gap = window[: m.start()]
    if len(gap) > 300 or not _gap_ok(gap):
        return None, pos
    if gap.strip(" ,\n") and not (
        _PARTY_CLAUSE.match(gap)
        or _ONLY_ASIDE.fullmatch(gap)
        or _THERETO.fullmatch(gap)
        or _PREMISES_CLAUSE.match(gap)
        or _PRINCIPAL_GAP.fullmatch(gap)
    ):
        return None, pos
    date = m.groupdict().get("date") or m.groupdict().get("date2")
    return (parse_date(date) if date else self_date), pos + m.end()
