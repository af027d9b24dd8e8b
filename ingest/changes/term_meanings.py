"""A defined term given a new meaning without a verb of amending, the way leases and licences
draft it: 'the term "Premises" as used in the Lease shall mean the 12,400 rentable square
feet ...' restates the definition (``replace``), its new wording the words after "mean";
'... shall not include sales to Affiliates' changes it in part (``amend``).

Vocabulary:
- *term meaning*: the term, quoted, named as used in the agreement it belongs to ("as used in
  the Lease"), then "shall mean" or "shall (not) include". The agreement named is what keeps
  the amendment's own definitions ('"Expansion Space" shall mean ...') out, and a meaning
  that is the agreement or its documents as amended is boilerplate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.changes.clauses import clause_end
from ingest.changes.quotes import QUOTED, quoted_term
from ingest.rules import passage, rule

#: The agreement a term is used in: "Lease", "License Agreement".
_NAME = r"(?-i:[A-Z][\w\-]*)(?:\s+(?-i:[A-Z][\w\-]*)){0,4}"

TERM_MEANING = rule(
    "changes.term_meaning",
    rf"(?:\b(?:the\s+)?(?:defined\s+)?term\s+(?P<q>{QUOTED}),?\s+as\s+used\s+(?:in|throughout)\s+"
    rf"(?:the|this|said)\s+(?P<name>{_NAME}),?"
    # ("As used in the Lease, the term "Premises" shall mean ...": the use named first)
    rf"|\bas\s+used\s+(?:in|throughout)\s+(?:the|this|said)\s+(?P<name0>{_NAME})\s*,\s*"
    rf"(?:the\s+)?(?:defined\s+)?term\s+(?P<q0>{QUOTED}))\s+"
    r"(?:shall|will)\s+(?:hereafter\s+|henceforth\s+|hereinafter\s+)?"
    r"(?:(?P<means>mean)|(?:also\s+)?(?:not\s+)?include|exclude)\s+",
    re.IGNORECASE,
    reads="an amendment's body, often a lease's or a licence's: a term of the agreement given "
    "a new meaning (restated) or made to include or exclude something (changed in part)",
    matches=[
        passage(
            'the term "Premises" as used in the Lease shall mean the 12,400 rentable square feet',
            name="Lease",
            means="mean",
        ),
        passage(
            'The term "Net Sales" as used in the License Agreement shall not include sales',
            name="License Agreement",
        ),
        passage(
            'As used in the Lease, the term "Premises" shall mean Suite 400',
            name0="Lease",
            means="mean",
        ),
    ],
    rejects=[
        'the term "Expansion Space" shall mean the 5,000 rentable square feet',
        '"Premises" as used herein shall mean',
        'the term "Premises" as used in the Lease is amended',
    ],
)


#: What the new meaning of boilerplate reads: 'the term "Lease" as used in the Lease shall mean
#: the Lease as amended by this Amendment', '"Loan Documents" ... shall include this
#: Amendment': the agreement and its documents read as amended, no definition changed.
AS_AMENDED = rule(
    "changes.term_meaning_as_amended",
    r"\A[^.;]{0,120}?(?:\bas\s+(?:amended|modified|supplemented)\b|\bhereby\b"
    r"|\b(?:this|the)\s+(?:[A-Z]\w*\s+){0,3}Amendment\b)",
    reads="the new meaning a term meaning gives: the agreement or its documents as amended",
    matches=[
        "the Lease as amended by this Amendment.",
        "this Amendment.",
        "the Credit Agreement as amended hereby",
    ],
    rejects=["August 31, 2019.", "the 12,400 rentable square feet on the fourth floor"],
    mode="match",
)


@dataclass(frozen=True, slots=True)
class TermMeaning:
    term: str
    term_span: tuple[int, int]
    action: str
    clause: tuple[int, int]
    new_text: tuple[int, int] | None
    agreement_name: str


def term_meanings(masked: str, start: int, end: int) -> list[TermMeaning]:
    """The terms given a new meaning between ``start`` and ``end``: a new meaning is the rest
    of its sentence, to and with its full stop."""
    out: list[TermMeaning] = []
    for m in TERM_MEANING.finditer(masked, start, end):
        stop = clause_end(masked, m.end(), end)
        if AS_AMENDED.match(masked[m.end() : stop]):
            continue
        whole = m["means"] is not None
        new_text = (m.end(), stop) if whole and masked[stop - 1 : stop] == "." else None
        q = "q" if m["q"] else "q0"
        out.append(
            TermMeaning(
                quoted_term(m[q]),
                m.span(q),
                "replace" if whole else "amend",
                (m.start(), stop),
                new_text,
                m["name"] or m["name0"],
            )
        )
    return out
