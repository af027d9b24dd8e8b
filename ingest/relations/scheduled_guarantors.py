"""Guarantors a schedule lists: "each of the subsidiaries of Acme Holdings, Inc. listed on
Schedule I hereto (the "Guarantors")", and at the end of the document "SCHEDULE I /
GUARANTORS / 1. Acme Stores of Ohio, Inc. / 2. Acme Distribution LLC".

Exists because a subsidiary guaranty often names its guarantors nowhere but in that schedule
(they may not even sign above it); the term names the class, each row a member.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.defined_terms import find_definitions
from ingest.names import is_org_name
from ingest.parties.not_names import only_roles
from ingest.records import Span
from ingest.rules import passage, rule

#: the class a guarantors' term defines, pointing to the schedule that lists it
_LISTED_ON = rule(
    "relations.guarantors_listed_on_schedule",
    r"(?i)\b(?:listed|set\s+forth|named|identified)\s+(?:on|in)\s+"
    r"schedule\s+(?P<schedule>[A-Z0-9][\w.\-]*)(?:\s+(?:hereto|hereof|attached\s+hereto))?"
    r"[\s,]*$",
    reads="the class of guarantors a term defines: its members listed on a schedule",
    matches=[
        passage("the subsidiaries of Acme listed on Schedule I hereto ", schedule="I"),
        passage("each Subsidiary set forth on Schedule 1.1, ", schedule="1.1"),
    ],
    rejects=["listed on the signature pages hereto ", "listed on Schedule I hereto and Beta "],
)
#: a term for those who stand behind the obligations (not "Guaranty", "Guaranteed Parties")
_GUARANTORS_TERM = re.compile(r"(?i)(?:[\w-]+\s+)?(?:guarantor|grantor|pledgor)s?")
#: How far before a term its class may be described
_REACH = 300
#: How long a schedule of names may run
_BODY = 4_000
#: a row's item mark ("1.", "(a)", "ii)") and, after two spaces, a column of its own
_ITEM = re.compile(r"^\s*(?:\(?[0-9]{1,3}[.)]|\([a-z]{1,4}\)|[a-z]{1,4}\))?\s*")
_NEXT_PART = re.compile(r"(?m)^[ \t]*(?:SCHEDULE|EXHIBIT|ANNEX|APPENDIX)\b")


def scheduled_guarantors(ctx: DocContext) -> list[tuple[str, str, Span, Span]]:
    """The companies a schedule lists as the members of a guarantors' class, in the shape of
    :func:`ingest.roles.defined_guarantors`: term, name, its span, and the span of the
    description and term."""
    text = ctx.text
    out: list[tuple[str, str, Span, Span]] = []
    for d in find_definitions(text):
        if d.style != "paren" or not _GUARANTORS_TERM.fullmatch(d.term):
            continue
        m = _LISTED_ON.search(text, max(0, d.clause_start - _REACH), d.clause_start)
        if m is None:
            continue
        heading = re.compile(
            rf"(?im)^[ \t]*SCHEDULE\s+{re.escape(m['schedule'])}[ \t]*(?:[-:.][^\n]*)?$"
        )
        # the schedule itself, after the text that cites it (a table of contents lists it
        # before)
        found = [h for h in heading.finditer(text, d.end)]
        if not found:
            continue
        start = found[-1].end()
        nxt = _NEXT_PART.search(text, start, start + _BODY)
        end = nxt.start() if nxt else min(len(text), start + _BODY)
        described = ctx.span(m.start(), d.end + 1)
        for line in re.finditer(r"[^\n]+", text[start:end]):
            row = _ITEM.sub("", line.group())
            name = re.split(r"\s{2,}|\t", row.strip())[0].strip(" ,;")
            if not name or not is_org_name(name) or len(name.split()) < 2 or only_roles(name):
                continue  # "Indiana corporation": a cell of the column of forms, no name
            at = start + line.start() + line.group().index(name)
            out.append((d.term, name, ctx.span(at, at + len(name)), described))
    return out
