"""Parties of an agreement written as an application letter: the borrower writes to its bank
("The undersigned, Acme Corp., a Delaware corporation (the "Borrower"), applies to you (the
"Bank") for your commitment ...") and the bank countersigns ("Accepted and agreed to").

Shape::

    CREDIT AGREEMENT
    First State Bank                       <- the address block: the bank ("you")
    Denver, Colorado
    Ladies and Gentlemen:
    The undersigned, Acme Corp., a Delaware corporation (the "Borrower"), applies to you
    (the "Bank") for your commitment ... to extend credit to the Borrower ...

A title page above may name both companies ("BETWEEN ACME CORP. AND FIRST STATE BANK") with
no defined term, so the preamble's reader gives them no role: here the writer takes the role
its parenthesis defines, with its descriptor (state and form), and the addressee the role
defined right after "you".
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.names import NameRun, name_runs, words
from ingest.parties.add import add_party, party_to
from ingest.parties.descriptions import describe
from ingest.parties.role_words import role_of
from ingest.rules import passage, rule
from ingest.structure.preamble import SALUTATION, SALUTATION_WINDOW

#: "The undersigned, ": a letter's writer named right after the words (a joint filing's
#: "The undersigned hereby agree" names nobody and is read by ``ingest.undersigned``).
_WRITER = rule(
    "parties.letter_applicant.writer",
    r"\b[Tt]he\s+undersigned\s*,\s*(?=[A-Z])",
    reads="a letter's first paragraph: 'The undersigned, <name>', the company that writes it",
    matches=[
        passage("Ladies and Gentlemen:\nThe undersigned, Acme Corp., a", match="The undersigned, "),
        passage("Gentlemen: The\nundersigned,  Rowe Mills, Inc. (the", match="The\nundersigned,  "),
    ],
    rejects=["The undersigned hereby agree that", "the undersigned, as Borrower, agrees"],
)
#: ' (the "Borrower")' right after the writer's name and descriptor.
_WRITER_TERM = rule(
    "parties.letter_applicant.writer_term",
    r"\s*,?\s*\(\s*(?:the\s+)?[\"“](?P<t>[A-Z][\w ]{0,40}?)[\"”]\s*\)",
    reads="right after the writer's name and descriptor: the role its parenthesis defines",
    matches=[
        passage(' (the "Borrower")', t="Borrower"),
        passage(", (the \u201cCompany\u201d)", t="Company"),
    ],
    rejects=[", a Delaware corporation", ' and the "Borrower"'],
    mode="match",
)
#: 'applies to you (the "Bank")': the addressee's role, defined after "you".
_YOU = rule(
    "parties.letter_applicant.you",
    r"\byou\s*\(\s*(?:the\s+)?[\"“](?P<t>[A-Z][\w ]{0,40}?)[\"”]\s*\)",
    reads="a letter's first sentence: 'you (the \"Bank\")', the role of the addressee",
    matches=[
        passage('applies to you (the "Bank") for your commitment', t="Bank"),
        passage("requests that you (the \u201cLender\u201d) make", t="Lender"),
    ],
    rejects=['you and the "Bank"', "thank you (in advance)"],
)
#: How much of the letter under the salutation its first sentence may take.
_SENTENCE = 600
#: How far above the salutation the address block may stand.
_ADDRESS = 300


def extract_letter_applicant(ctx: DocContext) -> None:
    """The writer and the addressee of an application letter, PARTY_TO it in the roles its
    first sentence defines (see the module's docstring)."""
    text = ctx.text
    salutation = SALUTATION.search(text, 0, min(len(text), SALUTATION_WINDOW))
    if salutation is None or ctx.self_ref is None:
        return
    lo = salutation.end()
    writer = _WRITER.search(text, lo, min(len(text), lo + 40))
    if writer is None:
        return
    hi = min(len(text), writer.end() + _SENTENCE)
    runs = [r for r in name_runs(text, writer.end(), hi) if r.start == writer.end()]
    if not runs or not runs[0].is_org:
        return
    run = runs[0]
    party = describe(ctx, run, hi)
    term = _WRITER_TERM.match(text, party.end if party else run.end, hi)
    role = term and role_of(term["t"])
    if term is None or role is None:
        return
    props = {k: v for k, v in (party.props if party else {}).items() if k != "kind"}
    ref = add_party(ctx, run.text, run.start, run.end, kind="organization", props=props)
    ctx.define(term["t"], ref)
    party_to(ctx, ref, role, run.start, term.end())
    stop = text.find(".", term.end())  # the first sentence's end
    you = _YOU.search(text, term.end(), hi if stop < 0 else min(hi, stop))
    you_role = you and role_of(you["t"])
    if you is None or you_role is None:
        return
    above = name_runs(text, max(0, salutation.start() - _ADDRESS), salutation.start())
    banks = [r for r in above if r.is_org]
    if banks and (bank := _addressed(ctx, banks[-1])):
        bank_ref = add_party(ctx, bank.text, bank.start, bank.end, kind="organization")
        ctx.define(you["t"], bank_ref)
        party_to(ctx, bank_ref, you_role, bank.start, bank.end)


def _addressed(ctx: DocContext, run: NameRun) -> NameRun | None:
    """The addressee a name run of the address block holds: a party already read (the title
    page's) whose name its first lines spell ("First Prairie Bank" of "First Prairie
    Bank\nOmaha"), else the run when it stands on one line (a city may follow a name)."""
    for e in ctx.collector.entities.values():
        known = words(str(e.props.get("name", ""))) if e.label == "Party" else []
        spelt = r"\W*".join(re.escape(w) for w in known)
        if known and (m := re.match(spelt + r"(?!\w)", run.text, re.IGNORECASE)):
            return NameRun(run.start, run.start + m.end(), m.group())
    return run if "\n" not in run.text else None
