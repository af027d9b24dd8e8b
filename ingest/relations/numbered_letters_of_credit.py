"""Letters of credit a document names by their number: "the Issuer has issued (a) its
Irrevocable Standby Letter of Credit No. SB-40917 in favor of Ashbury County Industrial
Development Authority in the stated amount of $3,200,000, expiring June 22, 2010, and (b) its
... No. SB-40918 ...", "letter of credit number QX5521 in the initial face amount of $260,000,
dated ..., and issued by Harbor Bank for the account of ...".

Exists because a reimbursement agreement for existing standby letters of credit defines none of
them by a quoted term (the class term "the Facility Letters of Credit" comes after both), so
the readers of defined and named letters of credit find nothing; the number is what tells each
apart. Each is an instrument of its own, ISSUED by the bank that issues it ("its ... Letter of
Credit" after "<bank> has issued", or "issued by <bank>"), HELD by the beneficiary it is "in
favor of" for its stated amount, maturing on the day it expires, and ISSUED_UNDER the own
agreement when that is a reimbursement or letter of credit agreement (the agreement the
letters are issued on).
"""

from __future__ import annotations

import re

from ingest.amounts import find_amounts
from ingest.context import DocContext
from ingest.dates import parse_date
from ingest.instruments.refs import instrument_ref
from ingest.parties.add import add_party
from ingest.records import PropValue
from ingest.references.titles import DATE
from ingest.relations.secured_obligations import in_own_text
from ingest.relations.slots import parties_named, trimmed
from ingest.rules import passage, rule

_NUMBERED = rule(
    "relations.numbered_letter_of_credit",
    r"(?P<title>(?:(?:[Ii]rrevocable|IRREVOCABLE|[Ss]tandby|STANDBY|[Ss]tand-by|[Cc]ommercial"
    r"|[Tt]ransferable|[Dd]irect\s+[Pp]ay)\s+)*(?:[Ll]etter|LETTER)\s+(?:of|OF)\s+(?:[Cc]redit"
    r"|CREDIT)\s+(?:No\.|NO\.|[Nn]umber|NUMBER|#)\s*"
    r"(?P<number>(?=[A-Za-z0-9./-]*\d)[A-Za-z0-9](?:[A-Za-z0-9./-]*[A-Za-z0-9])?))",
    reads="a letter of credit named by its number, with the words of its kind before it",
    matches=[
        passage(
            "the Issuer has issued its Irrevocable Standby Letter of Credit No. SB-40917 in favor "
            "of the Authority",
            title="Irrevocable Standby Letter of Credit No. SB-40917",
            number="SB-40917",
        ),
        passage(
            "the letter of credit number QX5521 in the initial face amount of $260,000.00",
            number="QX5521",
        ),
        passage("STANDBY LETTER OF CREDIT NO. 88-1204.", number="88-1204"),
    ],
    rejects=[
        "Letter of Credit No. ____________",
        "each Letter of Credit issued hereunder",
        "a letter of credit numbered as the Issuer may determine",
    ],
)

#: the bank a sentence says issues the letters of credit it then names "its": "the Issuer has
#: issued or is about to issue (a) its ...", "Harbor Bank shall issue its ..."
_ISSUER_BEFORE = rule(
    "relations.numbered_letter_of_credit_issuer",
    r"(?P<by>(?:the\s+)?[A-Z][\w'\u2019.&-]*(?:,?\s+[A-Z][\w'\u2019.&-]*){0,5})\s+"
    r"(?:has|have|shall|will|agrees\s+to|is\s+about\s+to)\b[^.;]{0,60}?\bissue[ds]?\b[^.;]{0,40}$",
    reads="the issuer of the letters of credit named next, before its verb of issuing",
    matches=[
        passage(
            "at the request of the Company, the Issuer has issued or is about to issue (a) ",
            by="the Issuer",
        ),
        passage("Harbor Bank, N.A. shall issue ", by="Harbor Bank, N.A."),
    ],
    rejects=["the Issuer may from time to time amend (a) "],
)

#: the lead-in of a list of letters of credit, the items set below it ("... the Issuing Bank has
#: issued under the Credit Agreement, on the date of this Reimbursement Agreement, two
#: irrevocable standby letters of credit for the account of the Account Party:" then "(i) its
#: irrevocable standby letter of credit No. SB-3076-15 ..."): who issues them, and under what
_LIST_LEAD = rule(
    "relations.numbered_letter_of_credit_list_lead",
    r"(?P<by>(?:the\s+)?[A-Z][\w'\u2019.&-]*(?:,?\s+[A-Z][\w'\u2019.&-]*){0,5})\s+"
    r"(?:has|have|shall|will|agrees\s+to|is\s+about\s+to)\b[^.;:]{0,60}?\bissue[ds]?\b"
    r"(?:\s+under\s+(?:the\s+)?(?P<under>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4}))?"
    r"[^.;:]{0,240}:\s*$",
    reads="the lead-in of a list of letters of credit: the issuer and what they are issued under",
    matches=[
        passage(
            "At the request of the Account Party, the Issuing Bank has issued under the Credit "
            "Agreement, on the date hereof, two irrevocable standby letters of credit for the "
            "account of the Account Party:\n\n",
            by="the Issuing Bank",
            under="Credit Agreement",
        ),
        passage(
            "Harbor Bank, N.A. has issued the following letters of credit:", by="Harbor Bank, N.A."
        ),
    ],
    rejects=[
        "the Issuing Bank has issued letters of credit. The Account Party agrees:",
        "the Borrower may request the following:",
    ],
)
#: how far above a list item its lead-in may stand (the items before it in between)
_LEAD_REACH = 2000

_ISSUED_BY = rule(
    "relations.numbered_letter_of_credit_issued_by",
    r"\bissued\s+by\s+(?P<by>(?:the\s+)?[A-Z][\w'\u2019.&-]*(?:,?\s+[A-Z][\w'\u2019.&-]*){0,5})",
    reads="the issuer named after a numbered letter of credit: 'issued by <bank>'",
    matches=[
        passage(
            ", dated May 9, 2008, and issued by Harbor Bank for the account of", by="Harbor Bank"
        ),
        passage("issued by the Bank in favor of", by="the Bank"),
    ],
    rejects=["to be issued hereunder by any Lender"],
)

_BENEFICIARY = rule(
    "relations.numbered_letter_of_credit_beneficiary",
    r"\bin\s+favou?r\s+of\s+(?P<name>(?:the\s+)?[A-Z][\w'\u2019.&-]*"
    r"(?:,?\s+(?:of|and|&|for|[A-Z][\w'\u2019.&-]*))*?)"
    r"(?=\s*\(|\s*,|\s+(?:in|as|to|for|with|expiring|dated)\b|\s*;|\s*$)",
    reads="the beneficiary a letter of credit is in favor of",
    matches=[
        passage(
            'in favor of Ashbury County Industrial Development Authority (the "Authority") in',
            name="Ashbury County Industrial Development Authority",
        ),
        passage("in favour of the Landlord, expiring", name="the Landlord"),
    ],
    rejects=["in favor of such beneficiary as the Borrower may designate"],
)

_EXPIRY = rule(
    "relations.numbered_letter_of_credit_expiry",
    rf"\bexpir(?:ing|es|y\s+date\s+of)\s+(?:on\s+)?(?P<date>{DATE})",
    reads="the day a letter of credit expires",
    matches=[passage("expiring June 22, 2010, to support", date="June 22, 2010")],
    rejects=["expiring one year after the date of issuance"],
)

#: the term a list item gives its numbered letter of credit, in the parenthesis that ends it
_ITEM_TERM = rule(
    "relations.numbered_letter_of_credit_term",
    r"\(\s*(?:the\s+)?[\"\u201c](?P<term>[A-Z][^\"\u201c\u201d]{0,38}?)[\"\u201d]"
    r"(?=[^()]*\)\s*(?:[;,.]|and\b|or\b|$))",
    reads="after a numbered letter of credit in a list item: the term the item names it by",
    matches=[
        passage(
            'in a stated amount of $1,850,000, supporting its program (the "Brackenfield L/C")',
            term="Brackenfield L/C",
        ),
        passage(
            '(the "DEP L/C" and, together with the Brackenfield L/C, the "Standby Credits").',
            term="DEP L/C",
        ),
    ],
    rejects=["in favor of Harbor County (the Authority)"],
)

#: the agreements the letters of credit they name are issued on
_LC_AGREEMENTS = ("reimbursement_agreement", "letter_of_credit_agreement")


def extract_numbered_letters_of_credit(ctx: DocContext, lo: int, sentence: str) -> None:
    """Each letter of credit the sentence names by number, its issuer's ISSUES, its
    beneficiary's HOLDS and its ISSUED_UNDER a reimbursement agreement that is the own one.
    Evidence: the sentence."""
    if not in_own_text(ctx, lo):
        return
    found = list(_NUMBERED.finditer(sentence))
    issuers: list[str] = []
    for i, m in enumerate(found):
        end = found[i + 1].start() if i + 1 < len(found) else len(sentence)
        stop = sentence.find(";", m.end(), end)
        body = sentence[m.end() : stop if stop >= 0 else end]
        lead = _list_lead(ctx, lo + m.start())
        if lead:
            issuers = issuers or _named(ctx, lead["by"], lead.start("by"))
        issuers = _issuers(ctx, lo, sentence[: m.start()], m, body, issuers)
        ref = _add_letter(ctx, lo, sentence, m, body, issuers)
        if lead and lead["under"]:
            for under in ctx.lookup(lead["under"]):
                if (e := ctx.collector.get(under)) is not None and e.label == "Agreement":
                    evidence = trimmed(ctx, lo, lo + len(sentence))
                    ctx.collector.relate("ISSUED_UNDER", ref, under, evidence)


def _list_lead(ctx: DocContext, lo: int) -> re.Match[str] | None:
    """The lead-in ending in a colon of the list whose item starts at ``lo``: the last colon
    above it in reach, with nothing but list items (each opening with "(i)", "(b)" ...) between."""
    text = ctx.text
    colon = text.rfind(":", max(0, lo - _LEAD_REACH), lo)
    between = text[colon : lo + 12]  # up to the item's own label
    if colon < 0 or re.search(r"\n[ \t]*\n(?![ \t]*\((?:[a-z]|[ivx]+|\d+)\))", between):
        return None
    start = max(text.rfind(". ", 0, colon), text.rfind("\n\n", 0, colon), 0)
    return _LIST_LEAD.search(text, start, colon + 1)


def _add_letter(
    ctx: DocContext, lo: int, sentence: str, m: re.Match[str], body: str, issuers: list[str]
) -> str:
    evidence = trimmed(ctx, lo, lo + len(sentence))
    amounts = find_amounts(body)
    expiry = _EXPIRY.search(body)
    props: dict[str, PropValue] = {
        "title": " ".join(m["title"].split()),
        "kind": "letter_of_credit",
        "amount": amounts[0].plain if amounts else None,
        "currency": amounts[0].currency if amounts else None,
        "maturity_date": parse_date(expiry["date"]) if expiry else None,
    }
    ref = instrument_ref(f"letter of credit no. {m['number']}")
    ctx.collector.add(ref, "Instrument", evidence, props, ())
    for issuer in issuers:
        ctx.collector.relate("ISSUES", issuer, ref, evidence)
    favor = _BENEFICIARY.search(body)
    if favor:
        at = lo + m.end() + favor.start("name")
        for holder in _named(ctx, favor["name"], at):
            held = {"amount": props["amount"]} if props["amount"] is not None else {}
            ctx.collector.relate("HOLDS", holder, ref, evidence, held)
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    if own is not None and ctx.self_ref and own.props.get("kind") in _LC_AGREEMENTS:
        ctx.collector.relate("ISSUED_UNDER", ref, ctx.self_ref, evidence)
    # "... supporting the Account Party's quarry reclamation bonds (the "DEP L/C" and, together
    # with the Brackenfield L/C, the "Standby Credits")": the first term of the item is its own
    named = _ITEM_TERM.search(body)
    if named:
        term = " ".join(named["term"].split())
        ctx.collector.add(ref, "Instrument", evidence, None, (term,))
        ctx.define(term, ref)
    return ref


def _issuers(
    ctx: DocContext, lo: int, before: str, m: re.Match[str], body: str, previous: list[str]
) -> list[str]:
    """The bank "issued by" names after the letter, else, for a letter called "its", the one
    whose verb of issuing leads to it, or the previous letter's in a list of them ("has issued
    (a) its ... and (b) its ...")."""
    after = _ISSUED_BY.search(body)
    if after:
        return _named(ctx, after["by"], lo + m.end() + after.start("by"))
    if not re.search(r"\bits\s+$", before):
        return []
    lead = _ISSUER_BEFORE.search(before)
    return _named(ctx, lead["by"], lo + lead.start("by")) if lead else previous


def _named(ctx: DocContext, name: str, at: int) -> list[str]:
    """The organization named in full (not a defined term its last word happens to be:
    "Meridian Casualty Insurance Company" is not "the Company", "Harbor Savings Bank" not "the
    Bank"), else the party a defined term names ("the Landlord")."""
    name = name.rstrip(" ,")
    if len(name.split()) < 2 or name.lower().startswith("the "):
        return parties_named(ctx, name)
    return [add_party(ctx, name, at, at + len(name), kind="organization")]
