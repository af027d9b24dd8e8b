"""The credit facilities a report's announcing item describes, with their amounts and
maturity.

A current report states the money of the agreement it announces in a few shapes: an amount
before the facility ("a $10,000,000 revolving credit facility (the "Revolver")", "a 364-day
senior unsecured revolving credit facility"), an amount after it ("a five-year revolving line
of credit of up to $250 million", "a revolving credit facility in an aggregate principal amount
of $4.0 billion", "the syndicated loan facility was established at $50 million"), and the day
it ends in a sentence of its own ("The final maturity date of the Term Loan and the Revolver is
January 31, 2017", "The Credit Agreement is scheduled to terminate on March 7, 2013").
Vocabulary:
- *facility*: the noun of a line of credit or a loan ("revolving credit facility", "term loan",
  "line of credit", "loan facility"), titled by the term the report gives it, else by the
  words of its phrase (without its amount and its length: "five-year", "364-day").
- *maturity sentence*: a sentence of the item that says when a facility (named in it) or the
  announced agreement (when the item describes one facility) ends.
Each facility is an Instrument (kind ``credit_facility``) issued under the announced agreement.
"""

from __future__ import annotations

import re

from ingest.agreements.own_agreement import SELF_REF
from ingest.amounts import find_amounts
from ingest.announced import announcing_item
from ingest.context import DocContext, norm_term
from ingest.dates import find_dates
from ingest.instruments.refs import instrument_ref
from ingest.reports import sentence_end, sentence_start
from ingest.rules import passage, rule

_NOUN = (
    r"(?:revolving\s+credit\s+facility|credit\s+facility|revolving\s+facility"
    r"|revolving\s+line\s+of\s+credit|line\s+of\s+credit|term\s+loan(?:\s+facility)?"
    r"|(?:syndicated\s+)?loan\s+facility|revolving\s+loan)"
)
#: A lower-case word that may qualify a facility ("senior", "five-year"), never an article.
_WORD = r"(?!(?:a|an|the|our|its|their|this|such|of|from|under|to)\s)[a-z0-9][\w\-]*"
#: The qualifying words between a facility's amount and its noun.
_QUALIFIERS = rf"(?:{_WORD},?\s+){{0,5}}?"
_TERM = r"(?:\s*\(\s*(?:the\s+)?[\"“](?P<term>[A-Z][^\"”]{1,40})[\"”]\s*\))?"

_AMOUNT_BEFORE = rule(
    "announced_facilities.amount_before",
    rf"(?P<amount>\$\s?[\d.,]+(?:\s+(?:million|billion))?)(?:,\s*|\s+)"
    r"(?:(?:from\s+[^$.;()]{0,40}?\s+)?in\s+the\s+form\s+of\s+an?\s+)?"
    rf"(?P<phrase>{_QUALIFIERS}{_NOUN}){_TERM}",
    reads="a report's announcing item: a facility with its amount before it, and its term",
    matches=[
        passage(
            'drew $2,000,000 from a $15,000,000 revolving credit facility (the "Revolver")',
            term="Revolver",
            amount="$15,000,000",
        ),
        passage(
            "a $600 million, five-year senior secured term loan facility",
            phrase="five-year senior secured term loan facility",
        ),
        passage(
            'borrowed $40,000,000 from the Lenders in the form of a term loan (the "Term Loan")',
            term="Term Loan",
        ),
    ],
    rejects=["$5,000,000 of the Loans", "a revolving credit facility"],
)
_AMOUNT_AFTER = rule(
    "announced_facilities.amount_after",
    rf"(?P<phrase>(?<![\w\-])(?:{_WORD}\s+){{0,4}}?{_NOUN}){_TERM}"
    r"(?:,)?\s+(?:of\s+up\s+to|of|in\s+an\s+(?:aggregate\s+)?(?:principal\s+)?amount\s+of(?:\s+up\s+to)?"
    r"|(?:was|is|has\s+been)\s+established\s+at|with\s+commitments\s+of)\s+"
    r"(?P<amount>\$\s?[\d.,]+(?:\s+(?:million|billion))?)",
    reads="a report's announcing item: a facility with its amount after it",
    matches=[
        passage(
            "provides for a five-year revolving line of credit of up to $120 million",
            phrase="five-year revolving line of credit",
        ),
        passage(
            "for a senior unsecured revolving credit facility in an aggregate principal amount "
            "of $2.5 billion",
            amount="$2.5 billion",
        ),
        passage("the loan facility was established at $30 million", phrase="loan facility"),
    ],
    rejects=["the revolving credit facility will bear interest at a rate of 2%"],
)
_MATURITY = rule(
    "announced_facilities.maturity",
    r"(?i)\b(?:maturity\s+date|matures?|maturing|will\s+mature|(?:scheduled|due)\s+to\s+(?:terminate|mature)"
    r"|terminates|expires|is\s+due)\b",
    reads="a report's announcing item: the sentence saying when a facility or the agreement ends",
    matches=[
        passage("The final maturity date of the Term Loan is June 30, 2018."),
        passage("The Credit Agreement is scheduled to terminate on May 1, 2014."),
    ],
    rejects=["The Term Loan will amortize in equal quarterly installments."],
)
#: The length of a facility, which is no part of its title ("five-year", "364-day").
_LENGTH = re.compile(r"(?i)^(?:(?:\d+|[a-z]+)-(?:day|month|year),?\s+)+")


def extract_announced_facilities(ctx: DocContext) -> None:
    """Instruments for the facilities of the announcing item (see the module docstring)."""
    item = announcing_item(ctx)
    if item is None:
        return
    text = ctx.text
    found: dict[str, tuple[str, int, int]] = {}  # ref -> (title, start, end)
    for shape in (_AMOUNT_BEFORE, _AMOUNT_AFTER):
        for m in shape.finditer(text, *item):
            title = m["term"] or _LENGTH.sub("", " ".join(m["phrase"].split()))
            ref = instrument_ref(title)
            if ref in found or not (amounts := find_amounts(text, *m.span("amount"))):
                continue
            props = {
                "title": title,
                "kind": "credit_facility",
                "amount": amounts[0].value,
                "currency": amounts[0].currency,
            }
            ctx.collector.add(ref, "Instrument", ctx.span(*m.span()), props)
            if m["term"]:
                ctx.define(m["term"], ref)
            ctx.collector.relate("ISSUED_UNDER", ref, SELF_REF, ctx.span(*m.span()))
            found[ref] = (title, *m.span())
    if found:
        _maturities(ctx, item, found)


def _maturities(
    ctx: DocContext, item: tuple[int, int], found: dict[str, tuple[str, int, int]]
) -> None:
    text = ctx.text
    agreement = ctx.collector.get(SELF_REF)
    own = [str(agreement.props.get("title") or ""), *agreement.aliases] if agreement else []
    for m in _MATURITY.finditer(text, *item):
        lo = sentence_start(text, item[0], m.start())
        hi = sentence_end(text, m.end(), item[1])
        dates = find_dates(text, m.end(), hi)
        if len(dates) != 1:
            continue
        sentence = norm_term(text[lo:hi])
        named = [ref for ref, (title, *_) in found.items() if norm_term(title) in sentence]
        if not named and len(found) == 1 and any(t and norm_term(t) in sentence for t in own):
            named = list(found)
        for ref in named:
            ctx.collector.add(ref, "Instrument", ctx.span(lo, hi), {"maturity_date": dates[0].iso})
