"""A named issue of notes that a definition gives the agreement's own term, its issuer after it
and its form among the agreement's exhibits: ""Series A Notes" means the 5.62% Series A Senior
Notes due November 18, 2015 of the Company, substantially in the form of Exhibit 1-A", ""Notes"
shall mean the 8.10% Senior Secured Notes due 2016 issued by the Issuer in the form of Exhibit
A hereto".

Exists because :mod:`ingest.relations.rated_issues` reads an issue where the sentence names
its issuer before it ("its 6.92% Series A Senior Notes"), issues or sells it, or gives it a term
in a parenthesis after it; a note purchase agreement that keeps its defined terms in a schedule
("Schedule B - Defined Terms") does none of these: the definition is the one place that names
the notes the agreement sells. The issuer is the party named after "of" / "issued by"; the
notes are ISSUED_UNDER the own agreement only where their form is its exhibit (a definition of
another company's notes, "the 10% Subordinated Notes due 2003 issued by Acme", names no form).
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.instruments.terms import parse_amount
from ingest.relations.slots import parties_named
from ingest.rules import passage, rule

#: what follows the issue in its definition: its issuer and the exhibit that gives its form
_OF_ISSUER_IN_FORM = rule(
    "relations.defined_issue_of_issuer",
    r",?\s+(?:of|issued\s+by|to\s+be\s+issued\s+by)\s+(?:the\s+)?"
    r"(?P<issuer>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}?)"
    r"(?:\s+(?:hereunder|pursuant\s+to\s+this\s+Agreement))?,?\s+"
    r"(?:(?:substantially|each)\s+)?in\s+the\s+form\s+(?:of|set\s+out\s+in|attached\s+(?:hereto\s+)?as)"
    r"\s+Exhibit\b",
    reads="the issuer named after a defined issue of notes and the exhibit giving their form",
    matches=[
        passage(" of the Company, substantially in the form of Exhibit 1-A.", issuer="Company"),
        passage(" issued by the Issuer in the form of Exhibit A hereto", issuer="Issuer"),
        passage(
            ", to be issued by Harlow Industries hereunder, each in the form set out in Exhibit 2",
            issuer="Harlow Industries",
        ),
    ],
    rejects=[
        " issued by NMT Medical, Inc. in the original principal amount of $20,000,000",
        " of the Company outstanding on the date hereof",
        " issued by the Borrower on March 8, 2000 pursuant to the Shelf Registration",
    ],
    mode="match",
)

#: a definition's head: ""Series A Notes" means the", "“Notes” shall mean"
_HEAD = re.compile(
    r"\W*[\"\u201c](?P<term>[^\"\u201c\u201d]{1,60})[\"\u201d]\s+(?:shall\s+)?means?\s+(?:the\s+)?"
)


def defined_issue(ctx: DocContext, sentence: str, start: int, end: int) -> tuple[str, list[str]]:
    """For the named issue at ``sentence[start:end]``: the term the definition heading the
    sentence gives it and the parties it names as issuer, where the definition gives the form
    as an exhibit (("", []) otherwise)."""
    head = _HEAD.fullmatch(sentence[:start])
    after = _OF_ISSUER_IN_FORM.match(sentence, end)
    if head is None or after is None:
        return "", []
    return " ".join(head["term"].split()), parties_named(ctx, after["issuer"])


def stated_principal(text: str, title: str) -> tuple[float | int, str] | None:
    """The principal the document states right before the issue's title elsewhere, as a note
    purchase agreement's cover lists each series ("$35,000,000 5.62% Series A Senior Notes due
    November 18, 2015"); None where no amount stands so."""
    words = r"\s+".join(map(re.escape, title.split()))
    m = re.search(
        rf"(\$\s?\d[\d,]*(?:\.\d+)?)\s+(?:aggregate\s+principal\s+amount\s+of\s+)?{words}", text
    )
    return parse_amount(m.group(1)) if m else None
