"""A role the list of parties gives several parties at once, in a parenthesis of its own after
their short names: `Acme Tool Company ("Acme"), Beta Stores, Inc. ("Beta") (Acme and Beta are
collectively and individually, the "Borrower")`, `(Acme and Beta, each a "Guarantor")`.

The parties are named by the terms the list gave them before; each takes the role. A credit
role's term is how the body names them ("the Borrower shall repay"), so it names each here; any
other joint term ("each a "Member"") is left to :func:`ingest.defined_terms.extract_joint_terms`,
which makes it one more name of each listed party. (A role inside a party's own
parenthesis, "("OPX"; each of OVX and OPX, a "Borrower")", is
:data:`ingest.parties.cues.EACH_OF_TERMS`.)
"""

from __future__ import annotations

import re

from ingest.context import norm_term
from ingest.names import words
from ingest.parties.descriptions import Party
from ingest.rules import passage, rule

_TERM = r"(?:the\s+)?[A-Z][\w.&\-]*(?:\s+[A-Z][\w.&\-]*)*"

#: From the end of the last party's term to the opening quote of the shared role: the
#: parenthesis closes, a new one lists the parties' terms ("Acme and Beta", "Acme, Beta and
#: Gamma"), then the words that make the term theirs together ("are collectively and
#: individually, the", ", each a", "are sometimes referred to herein individually as a").
LISTED_TERMS = rule(
    "parties.listed_terms",
    r"[\"\u201d]?\s*\)\s*,?\s*\(\s*"
    rf"(?P<terms>{_TERM}(?:\s*,\s*{_TERM})*\s*,?\s+and\s+{_TERM})\s*,?\s+"
    r"(?:(?:are|being|shall\s+be|each|individually|collectively|together|jointly|severally"
    r"|and|or|sometimes|herein(?:after)?|referred\s+to|called|as)[\s,]+)+"
    r"(?:an?\s+|the\s+)?[\"\u201c]",
    reads="the list of parties: a parenthesis that gives the parties named before by their"
    " terms one role together",
    matches=[
        passage(
            '") (Acme and Beta are collectively and individually, the "',
            terms="Acme and Beta",
        ),
        passage('") (Northgate, Hale and Tamsin, each a "', terms="Northgate, Hale and Tamsin"),
        passage(
            "\u201d) (Acme and Beta are sometimes referred to herein individually as a \u201c",
            terms="Acme and Beta",
        ),
    ],
    rejects=[
        '") and Beta Bank (the "',
        '"), a Delaware corporation (the "',
        '") (Acme and Beta are the parties to the Merger Agreement "',
    ],
    mode="fullmatch",
)


#: the roles whose term the body of a credit document uses to name the parties that share it
CREDIT_ROLES = frozenset(
    {"borrower", "co-borrower", "guarantor", "lender", "bank", "obligor", "grantor", "pledgor"}
)


def listed_terms(text: str, start: int, end: int) -> set[str] | None:
    """The terms (normalised) that ``text[start:end]`` lists before a shared role's opening
    quote, or None when it is no such parenthesis."""
    m = LISTED_TERMS.fullmatch(text, start, end)
    if m is None:
        return None
    parts = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m["terms"])
    return {norm_term(re.sub(r"^the\s+", "", p)) for p in parts if p}


def share_role(found: list[Party], terms: set[str], role: str) -> list[Party]:
    """Give ``role`` to each party of ``found`` that one of ``terms`` names and has none yet
    (the joint term is no second name of any of them); the parties, or none when fewer than
    two or a term names no one."""
    sharing = [p for p in found if terms & {norm_term(a) for a in p.aliases}]
    named = {t for t in terms for p in sharing if t in {norm_term(a) for a in p.aliases}}
    if len(sharing) < 2 or named != terms:
        return []
    for p in sharing:
        p.role = p.role or role
    return sharing


_NAME = r"[A-Z][\w.&\-]*(?:[ \t]+[A-Z][\w.&\-]*){0,4}"

#: Inside the parenthesis of a joint role, before its opening quote: the short names of the
#: parties it is given to, then the distributive word ("(Ardwell Offshore; Ardwell Marine and
#: Ardwell Offshore each a "Borrower"", "(Kestrel Rail, Kestrel Port and Kestrel Yards,
#: collectively, the "Borrowers""). The parenthesis may first close the last party's own
#: short name, typed without quotes, after which the list names only some of the parties
#: named before it.
LISTED_NAMES = rule(
    "parties.listed_names",
    rf"(?P<names>{_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+(?:and|&)\s+{_NAME})\s*,?\s+"
    r"(?:(?:are|being|shall\s+be|hereinafter|sometimes)\s+)*"
    r"(?:each|together|collectively|individually|jointly)\b[^\"\u201c;()]*[\"\u201c]$",
    reads="a joint role's parenthesis: the short names of the parties it is given to, before"
    " its opening quote",
    matches=[
        passage(
            '(Ardwell Offshore;\nArdwell Marine and Ardwell Offshore each a "',
            names="Ardwell Marine and Ardwell Offshore",
        ),
        passage(
            '(Kestrel Rail, Kestrel Port and Kestrel Yards, collectively, the "',
            names="Kestrel Rail, Kestrel Port and Kestrel Yards",
        ),
    ],
    rejects=['(each a "', '(collectively, the "', '(Acme and Beta are the parties to the "'],
)


def listed_names(text: str, start: int, end: int) -> list[list[str]] | None:
    """The words of each short name ``text[start:end]`` lists before a joint role's opening
    quote (the last such list), or None when it lists none."""
    found = list(LISTED_NAMES.finditer(text[start:end]))
    if not found:
        return None
    parts = re.split(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+", found[-1]["names"])
    return [words(p) for p in parts if p]


def parties_listed(pending: list[Party], names: list[list[str]]) -> list[Party]:
    """The parties of ``pending`` a joint role's list of short names gives it to: each short
    name the first words of exactly one party's name; none unless every name finds its party
    and two parties at least are found ("Holdings or the Company" listed before two
    subsidiaries borrowing is no borrower)."""
    chosen: list[Party] = []
    for name in names:
        hits = [p for p in pending if words(p.run.text)[: len(name)] == name]
        if len(hits) != 1:
            return []
        chosen.append(hits[0])
    unique = list(dict.fromkeys(id(p) for p in chosen))
    return [p for p in pending if id(p) in unique] if len(unique) >= 2 else []
