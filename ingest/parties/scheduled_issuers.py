"""The companies whose shares a pledge lists on a schedule: "the issued and outstanding shares
of capital stock of each of the corporations listed on Schedule I hereto (each, an "Issuer"
and collectively, the "Issuers")", and at the end of the document "SCHEDULE I / DESCRIPTION OF
PLEDGED STOCK / Issuer  Jurisdiction  Class  Certificate No.  Number of Shares", one row each.

Exists because a stock pledge names the subsidiaries whose shares it pledges nowhere but in that
table: each row's first cell is a company (a Party, with its state when the next cell is one).
No relation is stated: an issuer is not party to the pledge (it may only acknowledge it).
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.defined_terms import find_definitions
from ingest.jurisdictions import JURISDICTIONS
from ingest.names import is_org_name
from ingest.parties.add import add_party
from ingest.parties.not_names import only_roles
from ingest.records import PropValue
from ingest.rules import passage, rule

#: the class of companies a term defines, pointing to the schedule that lists them
_LISTED_ON = rule(
    "parties.scheduled_issuers.listed_on",
    r"(?i)\b(?:listed|set\s+forth|named|identified|described)\s+(?:on|in)\s+"
    r"schedule\s+(?P<schedule>[A-Z0-9][\w.\-]*)(?:\s+(?:hereto|hereof|attached\s+hereto))?"
    r"[\s,]*$",
    reads="the companies whose shares are pledged, listed on a schedule the term points to",
    matches=[
        passage("each of the corporations listed on Schedule I hereto ", schedule="I"),
        passage("the Subsidiaries described in Schedule 2 ", schedule="2"),
    ],
    rejects=["listed on the signature pages hereto ", "listed on Schedule I hereto and Beta "],
)
#: a term for the companies whose equity is pledged
_ISSUERS_TERM = rule(
    "parties.scheduled_issuers.term",
    r"(?i)(?:(?:pledged|stock)\s+)?(?:issuers?|companies|company|subsidiaries|entities)",
    reads="the term a pledge gives the companies whose shares it pledges",
    matches=["Issuer", "Issuers", "Pledged Companies", "Pledged Subsidiaries"],
    rejects=["Pledgor", "Guarantors", "Pledged Stock"],
    mode="fullmatch",
)
#: How far before a term its class may be described, and how long a schedule may run
_REACH = 300
_BODY = 4_000
_NEXT_PART = re.compile(r"(?m)^[ \t]*(?:SCHEDULE|EXHIBIT|ANNEX|APPENDIX|ACKNOWLEDG\w*)\b")
#: a first cell of a table row's wrapped line that only ends the name above ("Inc.", "LLC")
_SUFFIX_LINE = re.compile(
    r"(?i)^[ \t]{1,12}(?P<suffix>Inc\.?|L\.?L\.?C\.?|Ltd\.?|Corp\.?|Corporation|Company|L\.?P\.?)"
    r"(?:\s{2,}|\s*$)"
)
_ITEM = re.compile(r"^\s*(?:\(?[0-9]{1,3}[.)]|\([a-z]{1,4}\)|[a-z]{1,4}\))?\s*")


def extract_scheduled_issuers(ctx: DocContext) -> None:
    """A Party for each company the schedule of a pledged class of issuers lists."""
    text = ctx.text
    for d in find_definitions(text):
        if d.style != "paren" or not _ISSUERS_TERM.fullmatch(d.term):
            continue
        m = _LISTED_ON.search(text, max(0, d.clause_start - _REACH), d.clause_start)
        if m is None:
            continue
        heading = re.compile(
            rf"(?im)^[ \t]*SCHEDULE\s+{re.escape(m['schedule'])}[ \t]*(?:[-:.][^\n]*)?$"
        )
        found = list(heading.finditer(text, d.end))
        if not found:
            continue
        start = found[-1].end()
        nxt = _NEXT_PART.search(text, start, start + _BODY)
        end = nxt.start() if nxt else min(len(text), start + _BODY)
        _rows(ctx, start, end)


def _rows(ctx: DocContext, start: int, end: int) -> None:
    """Each row's first cell that names a company, joined with a wrapped "Inc." below it."""
    lines = list(re.finditer(r"[^\n]+", ctx.text[start:end]))
    for i, line in enumerate(lines):
        row = _ITEM.sub("", line.group())
        cells = [c.strip(" ,;") for c in re.split(r"\s{2,}|\t", row.strip())]
        name = cells[0] if cells else ""
        if i + 1 < len(lines) and (wrapped := _SUFFIX_LINE.match(lines[i + 1].group())):
            name = f"{cells[0]}, {wrapped['suffix']}" if cells else ""
        if not name or not is_org_name(name) or len(name.split()) < 2 or only_roles(name):
            continue
        at = start + line.start() + line.group().index(cells[0])
        props: dict[str, PropValue] = {}
        place = JURISDICTIONS.get(cells[1].lower()) if len(cells) > 1 else None
        if place and "," not in place:
            props["jurisdiction"] = place
        add_party(ctx, name, at, at + len(cells[0]), kind="organization", props=props)
