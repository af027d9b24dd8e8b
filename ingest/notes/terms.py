"""A written-out note's terms: its maturity, issue date and interest rate, stated or
given by reference to a section or a defined date.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.dates import find_dates, parse_date
from ingest.instruments.terms import interest_rate, maturity_date, parse_amount
from ingest.law import governing_law
from ingest.records import PropValue
from ingest.references.titles import DATE
from ingest.rules import passage, rule


def terms(ctx: DocContext, start: int, promise: int, end: int) -> dict[str, PropValue]:
    """The note's amount and date (its heading lines, else the promise), maturity, rate and
    governing law (its text)."""
    text = ctx.text
    head = text[start:promise]
    body = text[promise:end]
    found = parse_amount(head) or parse_amount(body[:600])
    dates = find_dates(text, start, promise)
    law = governing_law(text, promise, end)
    # "On or before ..., for value", else further on: "On September 30, 2000, all outstanding
    # principal ... will be due and payable" after a page of rate tables
    matures = maturity_date(text[start:promise] + body[:4000]) or maturity_date(body[4000:])
    if matures is None:
        # "payable on the Termination Date", "on the Maturity Date (as defined in the Credit
        # Agreement)": the date the document gives that term
        named = _DUE_ON_TERM.search(body[:4000])
        term = named["term"] if named else None
        if term is None and _MATURITY_TERM.search(body[:4000]):
            term = "Maturity Date"
        matures = _defined_date(text, term) if term else None
    signed = _DATED.search(body)
    props: dict[str, PropValue] = {
        "date": dates[0].iso if dates else (parse_date(signed["date"]) if signed else None),
        "maturity_date": matures,
        "interest_rate": interest_rate(body[:4000]) or _rate_by_reference(text, body[:4000]),
        "governing_law": law.jurisdiction if law else None,
    }
    if found:
        props["amount"], props["currency"] = found
    return props


#: a note that speaks of its maturity date as a defined term without saying which
_MATURITY_TERM = rule(
    "notes.maturity_term",
    r"\bMaturity\s+Date\b",
    reads="a note that names the Maturity Date, a term its agreement defines",
    matches=[
        passage("all principal is due on the Maturity Date (as defined", match="Maturity Date")
    ],
    rejects=["the maturity date of the Loans", "the Maturity Dates"],
)


#: the defined date a note's principal falls due on: "on the Termination Date", "until the
#: Revolving Credit Maturity Date"
_DUE_ON_TERM = rule(
    "notes.due_on_term",
    r"\b(?:on|until|by)\s+the\s+(?P<term>(?:[A-Z][\w-]*\s+){0,3}?(?:Maturity|Termination"
    r"|Expiration)\s+Date)\b",
    reads="the defined date a note's principal falls due on",
    matches=[
        passage("payable in full on the Maturity Date", term="Maturity Date"),
        passage(
            "until the Revolving Credit Termination Date",
            term=("Revolving Credit Termination Date"),
        ),
    ],
    rejects=["on the date of maturity", "the Maturity Date means"],
)

#: the label a note's opening lines date it by: "Issue Date:", "Original Issue Date:", "Date
#: of Issuance:", "Issuance Date:"
ISSUE_DATE = rule(
    "notes.issue_date",
    rf"(?i)\b(?:(?:original\s+)?issu(?:e|ance)\s+date|date\s+of\s+(?:original\s+)?issu(?:e|ance))"
    rf"\s*:\s*(?P<date>{DATE})",
    reads="the label a note's opening lines date it by",
    matches=[
        passage("Original Issue Date: March 3, 2014", date="March 3, 2014"),
        passage("Date of Issuance: June 30, 2019", date="June 30, 2019"),
    ],
    rejects=["the issue date of the Note", "Issue Date: to be determined"],
)

#: the line a note is dated by at its foot, above the signature: "Dated: March 28, 2013."
_DATED = rule(
    "notes.dated",
    rf"(?im)^[ \t]*dated(?:\s+as\s+of)?\s*:?\s*(?P<date>{DATE})",
    reads="the line a note is dated by at its foot, above the signature",
    matches=[
        passage("\nDated: March 28, 2013.\n", date="March 28, 2013"),
        passage("  Dated as of January 5, 2020", date="January 5, 2020"),
    ],
    rejects=["the Note dated March 28, 2013", "Dated: ____________"],
)


#: a rate the note takes from a section of its agreement: "at the rates and on the dates
#: specified in subsection 1.4 of the Credit Agreement"
_RATE_IN_SECTION = rule(
    "notes.rate_in_section",
    r"(?is)\brates?\b[^.;]{0,80}?\b(?:specified|set\s+forth|provided|stated)\s+in\s+"
    r"(?:sub)?sections?\s+(?P<num>\d+(?:\.\d+)*)",
    reads="a rate the note takes from a section of its agreement: the section's number",
    matches=[
        passage("at the rates and on the dates specified in subsection 1.4 of", num="1.4"),
        passage("interest at the rate set forth in Section 2.07", num="2.07"),
    ],
    rejects=["at the rate of 8% per annum", "rates specified in Schedule A"],
)


def _rate_by_reference(text: str, body: str) -> float | int | None:
    """The fixed rate of the section a note's rate clause points to, where the document holds
    that section ("1.4 Interest Rates ... 1.4.1 The Loan shall bear interest at a rate equal to
    eight percent (8%) per annum")."""
    m = _RATE_IN_SECTION.search(body)
    section = (
        re.search(rf"(?m)^[ \t]*(?:Section\s+)?{re.escape(m['num'])}\.?[ \t]+\S", text)
        if m
        else None
    )
    return interest_rate(text[section.start() : section.start() + 1200]) if section else None


def _defined_date(text: str, term: str) -> str | None:
    """The date a document defines ``term`` as: "July 1, 2012 (the "Maturity Date")",
    ""Termination Date": October 1, 2002", ""Maturity Date" means December 31, 2023"."""
    t = r"\s+".join(map(re.escape, term.split()))
    m = re.search(
        rf"(?P<date>{DATE})\s*\(\s*the\s+[\"\u201c]{t}[\"\u201d]\s*\)"
        rf"|[\"\u201c]{t}[\"\u201d]\s*(?::|means|shall\s+mean)\s*(?P<date2>{DATE})",
        text,
    )
    return parse_date(m["date"] or m["date2"]) if m else None
