"""A party the list of parties describes instead of naming: "and the individual or legal entity
identified on the cover page ("Franchisee")", "by and among the persons and entities listed on
Schedule A (collectively, the "Investor Group")", "and the company set forth below ("Company")".

Exists because the preamble reader gives a parenthesised term to the name read before it; where
a description of another party stands between them, the term is that party's, and the term is
the only name the preamble gives it (the cover page, schedule or table the description points
to may name it too), as for a party a form leaves blank. Parties described by the signature
pages are left to :mod:`ingest.signatures.collectives`, which binds them to the companies
signing there, a class of lenders to :mod:`ingest.parties.lender_class`, and a class whose
term names each member ("the persons listed on Schedule I (each, a "Purchaser")") to the
readers of the schedule that lists them (:mod:`ingest.relations.schedule_holders`).
"""

from __future__ import annotations

import re

from ingest.defined_terms import Definition
from ingest.names import NameRun, words
from ingest.parties.descriptions import DOCUMENT, Party
from ingest.parties.lender_class import names_class
from ingest.parties.not_names import NO_PARTY_TERMS
from ingest.parties.role_words import role_of
from ingest.rules import passage, rule

#: "(each, a "Purchaser" and collectively ...)": the term names each member of a class.
_EACH = re.compile(r"(?i)\beach\b")

#: How far before its term a description may start.
_REACH = 240

DESCRIBED_PARTY = rule(
    "parties.described_party",
    r"(?:\b(?:between|among|and|AND)\s*:?\s+)"
    r"(?P<desc>(?:the|each\s+of\s+the|each)\s+(?!undersigned\b)"
    r"[^()\"\u201c\u201d;:]{0,100}?\b(?:listed|identified|named|set\s+forth|described|specified)"
    r"(?:\s+(?:on|in)\s+(?:the\s+)?(?:cover\s+page|(?:[Ss]chedule|SCHEDULE|[Ee]xhibit|EXHIBIT"
    r"|[Aa]nnex|ANNEX|[Aa]ppendix|APPENDIX)\s+[A-Z0-9][\w.\-]*)(?:\s+(?:hereto|hereof|"
    r"to\s+this\s+Agreement))?|\s+below))\s*,?\s*$",
    reads="the list of parties: a party described by where the document names it, before its term",
    matches=[
        passage(
            "between Quill Brands, Inc., a Utah corporation, and the individual or legal entity "
            "identified on the cover page ",
            desc="the individual or legal entity identified on the cover page",
        ),
        passage(
            "by and among the persons and entities listed on Schedule A ",
            desc="the persons and entities listed on Schedule A",
        ),
        passage(
            'by and between Tessaly Labs LLC ("Reseller") and the company set forth below ',
            desc="the company set forth below",
        ),
        passage(
            "and the Fund Advisors to the Partnerships listed on Schedule 1 hereto ",
            desc="the Fund Advisors to the Partnerships listed on Schedule 1 hereto",
        ),
    ],
    rejects=[
        "by and between Quill Brands, Inc., the company identified on the cover page ",
        "and each of the lenders listed on the signature pages hereto ",
        "and the undersigned listed below ",
        "and Harlow Mills LLC, a Utah company ",
    ],
)


def described_party(text: str, d: Definition) -> Party | None:
    """The party a description right before a term names ("and the persons listed on Schedule
    A (the "Investor Group")"), known by that term; None where no such description stands
    there, or it names a class of lenders, or each member of a class."""
    if d.style != "paren" or DOCUMENT.search(d.term):
        return None
    ws = words(d.term)
    if not ws or ws[-1] in NO_PARTY_TERMS:
        return None
    if _EACH.search(text, d.clause_start, d.clause_end):
        # '(each, a "Purchaser" ...)', '(together with the Borrower, the "Grantors" and each, a
        # "Grantor")': the term names each member of a class, never one party
        return None
    lo = max(d.antecedent_start, d.clause_start - _REACH)
    m = DESCRIBED_PARTY.search(text, lo, d.clause_start)
    if m is None or names_class(m["desc"], 0, len(m["desc"])):
        return None
    # the term is the only name the preamble gives the party (as for a blank in a form)
    run = NameRun(d.start, d.end, d.term)
    return Party(run, d.clause_end, {}, [d.term], role_of(d.term))
