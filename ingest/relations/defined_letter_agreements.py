"""A letter agreement a definition names by its title, date and parties: ""Fee Letter" means the
Fee Letter, dated as of the date hereof, among the Company, the Agent and Northgate Bank,
N.A.", ""Engagement Letter" means the letter agreement dated May 1, 2009 between the Borrower
and the Arranger", in lowercase too ("means the fee letter, dated as of the date hereof, among
...") and with an aside after the date ("(as hereafter amended from time to time)"). The term is
its title, each party the list names is PARTY_TO it, and its
date is the one written (the own agreement's date for "the date hereof").

Exists because the title readers know agreements by their head noun ("Agreement",
"Guaranty", "Indenture"), not "Letter" (a word that also heads letters of credit and the
filing's cover letters): only the definition that says a "... Letter" is dated and made among
named parties makes one an agreement here.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.dates import find_dates
from ingest.names import is_org_name
from ingest.parties.add import add_party
from ingest.records import PropValue
from ingest.references.keys import mention_ref
from ingest.relations.defined_companies import company_for_term
from ingest.relations.slots import labelled, parties_named, trimmed
from ingest.rules import passage, rule

_DEFINED_LETTER = rule(
    "relations.defined_letter_agreement",
    # "Fee Letter", "Agent's Letter Agreement"
    r"^\W*[\"\u201c](?P<term>(?:[A-Z][\w'\u2019-]*\s+){1,2}Letter(?:\s+Agreement)?)[\"\u201d]"
    r"\s+(?:shall\s+)?means?\s+"
    # the head in capitals ("the Fee Letter") or in lowercase ("the fee letter", "that certain
    # commitment letter"): a letter of credit never follows with ", dated ... between"
    r"(?:the|that\s+certain)\s+(?:letter\s+agreement|(?:[A-Z][\w-]*\s+){1,2}Letter"
    r"|(?:[a-z][\w-]*\s+){1,2}letter)\s*,?\s+"
    r"dated\s+(?:as\s+of\s+)?(?P<date>the\s+date\s+hereof|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})"
    # an aside after the date: "(as hereafter amended from time to time)"
    r"(?:\s*\([^()]{0,80}\))?"
    r"\s*,?\s+(?:by\s+and\s+)?(?:among|between)\s+(?P<parties>[^;()\"\u201c]{3,240}?)"
    # the list ends at what the letter is about ("relating to the fees payable to the Agent",
    # "respecting certain fees payable to the Agent")
    r"(?=\s*,\s*as\s+(?:amended|the\s+same|modified)"
    r"|,?\s+(?:(?:relating|with\s+respect)\s+to|respecting)\b"
    r"|\s*[.;]\s|\s*[.;]?$)",
    reads="a definition of a letter agreement by its title, date and parties",
    matches=[
        passage(
            "\u201cFee Letter\u201d means the Fee Letter, dated as of the date hereof, among the "
            "Company, the Agent and Northgate Bank, N.A., as amended from time to time.",
            term="Fee Letter",
            parties="the Company, the Agent and Northgate Bank, N.A.",
        ),
        passage(
            '"Engagement Letter" means the letter agreement dated May 1, 2009 between the '
            "Borrower and the Arranger.",
            date="May 1, 2009",
            parties="the Borrower and the Arranger",
        ),
        passage(
            '"Arranger\'s Letter Agreement" means that certain letter agreement, dated as of '
            "June 3, 2004, between the Company and the Arranger relating to certain fees payable "
            "by the Company to the Arranger, together with all amendments thereto.",
            term="Arranger's Letter Agreement",
            parties="the Company and the Arranger",
        ),
        passage(
            "\u201cFee Letter\u201d means the fee letter, dated as of the date hereof, among "
            "the Borrower and the Administrative Agent.",
            term="Fee Letter",
            parties="the Borrower and the Administrative Agent",
        ),
        passage(
            "\u201cAgent\u2019s Fee Letter\u201d means the letter agreement, dated as of the date "
            "hereof (as hereafter amended from time to time) between the Borrower and the Agent "
            "respecting certain fees payable to the Agent for its own account.",
            term="Agent\u2019s Fee Letter",
            parties="the Borrower and the Agent",
        ),
        passage(
            '"Commitment Letter" means that certain commitment letter dated July 9, 2004 between '
            "Harbor Bank and the Company, as the same may be amended from time to time.",
            parties="Harbor Bank and the Company",
        ),
    ],
    rejects=[
        # no date, no parties: a description, not a dated document
        '"Fee Letter" means the letter between the Borrower and the Agent.',
        '"Letter of Credit" means the letter of credit dated May 1, 2009 issued by the Bank.',
        '"Commitment Letter" means any letter in which a Lender commits to lend.',
        # lowercase, but a letter of credit: no ", dated ... between" after the head
        '"Existing Letter" means the standby letter of credit issued by the Bank for the account '
        "of the Borrower.",
        '"Fee Letter" means the fee letter to be agreed between the Borrower and the Agent.',
    ],
    mode="match",
)

#: one party of the list: a capitalised name, with the company suffix a comma sets off
_ITEM = re.compile(
    r"(?:the\s+)?[A-Z][\w.&'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w.&'\u2019-]*){0,6}"
    r"(?:,\s+(?:Inc|N\.A|LLC|L\.L\.C|L\.P|Ltd|Corp|plc|S\.A|AG)\.?)?"
)


def extract_defined_letter_agreement(ctx: DocContext, lo: int, sentence: str) -> None:
    """The letter agreement a definition names with its date and parties (see the module
    doc). Every item of the list must name a party (a known one, or a company by its name):
    else the list is not only parties, and nothing is read."""
    m = _DEFINED_LETTER.match(sentence)
    if m is None:
        return
    items = list(_ITEM.finditer(m["parties"]))
    rest = _ITEM.sub("", m["parties"])
    if len(items) < 2 or re.sub(r"[\s,]|\band\b", "", rest):
        return
    base = lo + m.start("parties")
    found: list[str | tuple[str, int, int]] = []
    roles: list[str | None] = []
    for i in items:
        name = " ".join(i.group(0).split())
        # "the Borrower and the Agent": each party is in the letter in the role the list names
        by_term = re.fullmatch(r"the\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)", name)
        roles.append(by_term.group(1) if by_term else None)
        # a role the definitions bind further down ('"Borrower" means Hollis Mills, Inc.', after
        # '"Agent's Letter Agreement" means ...' in alphabetical order) is not read yet
        known = parties_named(ctx, name) or company_for_term(ctx, name)
        if len(known) == 1:
            found.append(known[0])
        elif not known and is_org_name(name):
            found.append((name, base + i.start(), base + i.end()))
        else:
            return
    term = " ".join(m["term"].split())
    evidence = trimmed(ctx, lo, lo + len(sentence))
    known_letter = labelled(ctx, ctx.lookup(term), "Agreement")
    if known_letter:
        ref = known_letter[0]
    else:
        props: dict[str, PropValue] = {
            "title": term,
            "kind": "fee_letter" if term.lower().endswith("fee letter") else "letter_agreement",
        }
        date = _date(ctx, m["date"])
        if date:
            props["date"] = date
        ref = ctx.collector.add(mention_ref(term, date), "Agreement", evidence, props, (term,))
        ctx.define(term, ref)
    for party, role in zip(found, roles, strict=True):
        if isinstance(party, tuple):
            party = add_party(ctx, party[0], party[1], party[2], kind="organization")
        ctx.collector.relate("PARTY_TO", party, ref, evidence, {"role": role} if role else None)


def _date(ctx: DocContext, written: str) -> str | None:
    """The letter's date: the one written, or the own agreement's for "the date hereof"."""
    if written.lower().startswith("the date hereof"):
        own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
        value = own.props.get("date") if own is not None else None
        return str(value) if value else None
    dates = find_dates(written)
    return dates[0].iso if dates else None
