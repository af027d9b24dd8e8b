"""Instruments a clause issues with issuer, holder and (where it says so) agreement in other
orders than "Z issued to Y the Notes" (:mod:`.issuance`):

- *issued by ... to*: a passive clause naming the instrument first ("This Senior Note (this
  "Note") is issued by Apex Inc. (the "Issuer") to Nordic AB (the "Purchaser") in accordance
  with the Note Purchase Agreement ...");
- *issued ... to*: an issue described before its buyer, as reports list their notes ("On March
  3, 2010 the Company issued a 10% convertible note in the principal amount of $250,000 to
  Whitestone Capital LLC, due March 3, 2011"): each such clause is one note of its own.

- *subscribes for*: a subscription agreement's subscriber and the issuer of what it takes ("The
  undersigned, Harold Winslow (the "Subscriber"), hereby subscribes for a 9% Convertible
  Promissory Note (the "Note") of Crestview Minerals Corp."): the instrument is ISSUED_UNDER
  the subscription agreement the document is.

- *proposes to issue*: an agreement's recital of the issue it governs ("the Company proposes to
  issue up to 2,000,000 warrants (the "Warrants")", in a warrant agreement): the instruments
  it defines there are ISSUED_UNDER the agreement the document is.

- *sold to unnamed buyers*: "the Company sold to three accredited investors convertible
  promissory notes ... (the "May Notes")": the subject ISSUES what the clause defines (no one
  named holds it).

The issuer ISSUES, the buyer HOLDS and, the instrument being a debt, LENDS_TO the issuer;
evidence: the sentence.
"""

from __future__ import annotations

import re

from ingest.context import DocContext, norm_term
from ingest.dates import parse_date
from ingest.instruments.terms import interest_rate, maturity_date, money
from ingest.records import PropValue, Span
from ingest.relations.issued_hereunder import this_agreement
from ingest.relations.promises import written_payees
from ingest.relations.slots import (
    QUOTED_TERM,
    agreements_in,
    instruments_in,
    labelled,
    nearest_contained_instrument,
    parties_named,
    self_label,
    subject_before,
    trimmed,
)
from ingest.rules import passage, rule

_DEBT_KINDS = ("note", "debenture", "bond")

#: "This Senior Note (this "Note") is issued by X, a Delaware corporation (the "Issuer"), to Y
#: (the "Purchaser")": the instrument, its issuer and its buyer in one passive clause (a
#: period may close a company's form: "INC., a")
_ISSUED_BY_TO = rule(
    "relations.issued_notes.issued_by_to",
    r"\b(?P<subj>(?:This|The|the|Each|each)\s+(?:[\w%.-]+\s+){0,5}?"
    r"(?:Notes?|Debentures?|Warrants?|Bonds?)"
    # "The Unit Notes and the Unit Warrants": two classes issued together
    r"(?:\s+and\s+(?:the\s+)?(?:[A-Z][\w%.-]*\s+){0,3}(?:Notes?|Debentures?|Warrants?|Bonds?))?)\b"
    r"(?:\s*\([^()]{0,60}\))?,?"
    # "... to be purchased by the Subscriber": which of them, before the verb
    r"(?:\s+(?:to\s+be\s+)?(?:purchased|acquired|bought)\s+(?:by|hereunder)\b[^.;,()]{0,60}?)?\s+"
    r"(?:is|was|are|were|has\s+been|have\s+been|shall\s+be|will\s+be)\s+(?:being\s+)?"
    r"issued\s+by\s+(?P<issuer>(?:the\s+)?[A-Z](?:[^().;]|\.(?=,)){1,160}?)(?:\s*\([^()]{0,60}\))?\s*,?\s+"
    r"to\s+(?:the\s+order\s+of\s+)?(?P<to>(?:the\s+)?[A-Z](?:[^().;]|\.(?=,)){1,160}?)"
    r"(?=\s*\(|\s*$|,?\s+(?:a|an|and|in|pursuant|under|on|as)\b)",
    reads="a passive clause issuing an instrument: the instrument, its issuer and its buyer",
    matches=[
        passage(
            'This Senior Note (this "Note") is issued by Apex Robotics Inc., a Delaware '
            'corporation (the "Issuer"), to Nordic Partners AB (the "Purchaser"), in accordance',
            issuer="Apex Robotics Inc., a Delaware corporation",
            to="Nordic Partners AB",
        ),
        passage(
            "The Debentures were issued by the Company to the Investors pursuant to",
            issuer="the Company",
            to="the Investors",
        ),
        passage(
            "The Series B Notes and the Series B Warrants to be purchased by the Investor will be "
            "issued by the Issuer to the Investor under this Purchase Agreement",
            subj="The Series B Notes and the Series B Warrants",
            issuer="the Issuer",
            to="the Investor",
        ),
    ],
    rejects=[
        "This Note is issued pursuant to the Loan Agreement",
        "letters of credit issued by the Bank to the beneficiary",
        "The Notes and the Warrants to be purchased by the Investor shall be delivered at Closing",
    ],
)

#: the agreement named right after such a clause: ", in accordance with the Note Purchase
#: Agreement dated ..."
_UNDER_AFTER = rule(
    "relations.issued_notes.under_after",
    r"(?:,\s*(?:a|an)\s+[^().;]{1,80}?)?(?:\s*\([^()]{0,60}\))?\s*,?\s*"
    r"(?:pursuant\s+to|under|in\s+accordance\s+with)\s+"
    r"(?:the\s+terms\s+of\s+)?(?P<agr>(?:that\s+certain|the|this|a)\s+(?:[A-Z][\w'\u2019-]*\s+"
    r"(?:(?:and|of)\s+)?){0,6}(?:Agreement|Indenture))\b",
    reads="right after a passive issuing clause: the agreement the instrument is issued under",
    matches=[
        passage(
            ' (the "Purchaser"), in accordance with the Note Purchase Agreement dated',
            agr="the Note Purchase Agreement",
        ),
        passage(" pursuant to the Indenture", agr="the Indenture"),
        passage(" under this Subscription Agreement", agr="this Subscription Agreement"),
        passage(
            ', a Swedish company (the "Purchaser"), under the Loan Agreement',
            agr="the Loan Agreement",
        ),
    ],
    rejects=[", secured by the Security Agreement", " and the Note Purchase Agreement"],
    mode="match",
)

#: "the Company issued a 10% convertible note in the principal amount of $250,000 to
#: Whitestone Capital LLC": a debt described (rate, kind, principal) before the buyer's name
_ISSUED_THEN_TO = rule(
    "relations.issued_notes.issued_then_to",
    r"\b(?:issued|sold)(?:\s+and\s+(?:sold|issued|delivered))?\s+(?P<what>an?\s+"
    r"(?P<desc>(?:[\w%.-]+\s+){0,5}?)(?P<noun>(?:promissory\s+)?(?:note|debenture|bond))\b"
    r"(?:\$\s?\d[\d,]*\.\d+|[^.;()]){0,160}?)\s+to\s+(?P<to>[A-Z][\w'\u2019&.-]*"
    r"(?:,?\s+[A-Z][\w'\u2019&.-]*){0,6})",
    reads="a report's issue of a debt: its description before the buyer's name",
    matches=[
        passage(
            "On March 3, 2010 the Company issued a 10% convertible note in the principal amount "
            "of $250,000 to Whitestone Capital LLC, due March 3, 2011",
            desc="10% convertible ",
            to="Whitestone Capital LLC",
        ),
        passage(
            "the Company issued an unsecured promissory note for $40,000 to Mary Lee on May 1.",
            desc="unsecured ",
            to="Mary Lee",
        ),
    ],
    rejects=[
        "the Company issued to the Investor a note",
        "the Company issued a note to an accredited investor",
        "the Company issued 100,000 shares to Alpha LLC",
    ],
)

#: the day a report's clause issues on: "On March 3, 2010 the Company issued"
_ON_DAY = rule(
    "relations.issued_notes.on_day",
    r"\b(?i:on)\s+(?P<date>[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})",
    reads="the day a report's issuing clause names",
    matches=[passage("On March 3, 2010 the Company issued", date="March 3, 2010")],
    rejects=["issued on the Closing Date"],
)


def _names(ctx: DocContext, phrase: str, start: int) -> list[str]:
    """The parties a slot names: a term or a known name, else a name written out only here."""
    bare = re.split(r",\s+(?:a|an)\s+", phrase)[0]
    return parties_named(ctx, bare) or written_payees(ctx, bare, start)


def _relate(
    ctx: DocContext, issuers: list[str], holders: list[str], inst: str, evidence: Span
) -> None:
    e = ctx.collector.entities[inst]
    for issuer in issuers:
        ctx.collector.relate("ISSUES", issuer, inst, evidence)
    for holder in holders:
        if holder in issuers:
            continue
        ctx.collector.relate("HOLDS", holder, inst, evidence, {"amount": e.props.get("amount")})
        if e.props.get("kind") in _DEBT_KINDS:
            lent: dict[str, PropValue] = {"instrument": inst, "amount": e.props.get("amount")}
            for issuer in issuers:
                ctx.collector.relate("LENDS_TO", holder, issuer, evidence, lent)


def extract_issued_by_to(ctx: DocContext, lo: int, sentence: str) -> None:
    """The passive clause (see the module doc): ISSUES, HOLDS, LENDS_TO, and ISSUED_UNDER the
    agreement named right after it."""
    evidence = trimmed(ctx, lo, lo + len(sentence))
    for m in _ISSUED_BY_TO.finditer(sentence):
        if m["subj"].startswith("This "):
            own = ctx.self_ref if self_label(ctx) == "Instrument" else None
            found = own or nearest_contained_instrument(ctx, lo)
            instruments = [found] if found else []
        else:
            instruments = instruments_in(ctx, m["subj"])
        issuers = _names(ctx, m["issuer"], lo + m.start("issuer"))
        holders = _names(ctx, m["to"], lo + m.start("to"))
        if not instruments or not issuers:
            continue
        under = _UNDER_AFTER.match(sentence, m.end())
        agreements = (
            (this_agreement(ctx, under["agr"]) or agreements_in(ctx, under["agr"]))[:1]
            if under
            else []
        )
        for inst in instruments:
            _relate(ctx, issuers, holders, inst, evidence)
            for agr in agreements:
                ctx.collector.relate("ISSUED_UNDER", inst, agr, evidence)


def extract_issued_then_to(ctx: DocContext, lo: int, sentence: str) -> None:
    """A report's issue of a debt (see the module doc): the note the clause describes (a
    defined term in it names it, else a note of its own with the principal, rate, day and
    maturity the clause states), the subject before the verb ISSUES it, the buyer HOLDS it."""
    evidence = trimmed(ctx, lo, lo + len(sentence))
    for m in _ISSUED_THEN_TO.finditer(sentence):
        holders = _names(ctx, m["to"], lo + m.start("to"))
        if not holders:
            continue
        issuers = subject_before(ctx, sentence[: m.start()])
        tail = sentence[m.end() : m.end() + 160]
        terms = QUOTED_TERM.findall(m["what"] + tail[:80])
        named = [r for t in terms for r in labelled(ctx, ctx.lookup(t), "Instrument")]
        inst = named[0] if named else _described_note(ctx, lo, sentence, m)
        _relate(ctx, [i for i in issuers if i not in holders], holders, inst, evidence)


def _described_note(ctx: DocContext, lo: int, sentence: str, m: re.Match[str]) -> str:
    """The note a report's clause describes, one node per clause (two "10% convertible notes"
    issued on different days are two notes)."""
    words = [*m["desc"].split(), *m["noun"].split()]
    title = " ".join(w if w[0].isdigit() else w.capitalize() for w in words)
    clause = sentence[m.start() : m.end() + 160].split(";")[0]
    props: dict[str, PropValue] = {
        "title": title,
        "kind": m["noun"].split()[-1].lower(),
        "interest_rate": interest_rate(m["what"]),
        "maturity_date": maturity_date(clause),
    }
    money(props, m["what"])
    day = _ON_DAY.search(sentence[: m.start()])
    props["date"] = parse_date(day["date"]) if day else None
    ref = f"instrument:issued:{norm_term(title)}:{lo + m.start()}"
    span = trimmed(ctx, lo + m.start("what"), lo + m.end("what"))
    return ctx.collector.add(ref, "Instrument", span, props)


#: "hereby subscribes for a 9% Convertible Promissory Note (the "Note") of Crestview Minerals
#: Corp.": what a subscriber takes and its issuer
_SUBSCRIBES = rule(
    "relations.issued_notes.subscribes_for",
    r"\bsubscribes?\s+for(?:\s+and\s+agrees?\s+to\s+purchase)?\s+"
    r"(?P<what>(?:\$\s?\d[\d,]*\.\d+|[^.;]){1,200}?)\s+(?:of|from|issued\s+by)\s+"
    r"(?P<issuer>(?:the\s+)?[A-Z](?:[^().;]|\.(?=,)){1,120}?)"
    r"(?=\s*\(|,|\s*$|\s+(?:in|at|for|and)\b)",
    reads="a subscription: what the subscriber takes and its issuer",
    matches=[
        passage(
            'hereby subscribes for a 9% Convertible Promissory Note (the "Note") of Crestview '
            "Minerals Corp., a Wyoming corporation",
            issuer="Crestview Minerals Corp.",
        ),
        passage(
            "irrevocably subscribes for and agrees to purchase the Units from the Company at",
            what="the Units",
            issuer="the Company",
        ),
    ],
    rejects=["the Subscriber has not subscribed to any publication", "subscribes for shares."],
)

#: the subscriber before the verb: "The undersigned, Harold Winslow (the "Subscriber"), hereby"
_SUBSCRIBER = rule(
    "relations.issued_notes.subscriber",
    r"(?:\bundersigned\s*,\s*|^(?!(?i:the\s+undersigned)))(?P<name>[A-Z][^()]{1,120}?)\s*(?:\([^()]{0,60}\))?\s*,?"
    r"\s*(?:hereby\s+)?(?:irrevocably\s+)?$",
    reads="the words before 'subscribes for': the subscriber's name",
    matches=[
        passage('The undersigned, Hal Winslow (the "Subscriber"), hereby ', name="Hal Winslow"),
        passage("Alpine Fund LP hereby irrevocably ", name="Alpine Fund LP"),
    ],
    rejects=["the undersigned hereby "],
)


def extract_subscription(ctx: DocContext, lo: int, sentence: str) -> None:
    """A subscription (see the module doc): the issuer ISSUES, the subscriber HOLDS, the
    instrument is ISSUED_UNDER the document's own agreement."""
    evidence = trimmed(ctx, lo, lo + len(sentence))
    for m in _SUBSCRIBES.finditer(sentence):
        instruments = instruments_in(ctx, m["what"])
        issuers = _names(ctx, m["issuer"], lo + m.start("issuer"))
        head = sentence[: m.start()]
        who = _SUBSCRIBER.search(head[-200:])
        at = lo + len(head) - len(head[-200:]) + who.start("name") if who else 0
        holders = _names(ctx, who["name"], at) if who else []
        if not instruments or not issuers:
            continue
        for inst in instruments[:1]:
            _relate(ctx, issuers, holders, inst, evidence)
            if self_label(ctx) == "Agreement" and ctx.self_ref:
                ctx.collector.relate("ISSUED_UNDER", inst, ctx.self_ref, evidence)


#: "the Company proposes to issue up to 2,000,000 warrants (the "Warrants")": the issuer and the
#: instruments an agreement's recital defines, with no buyer named ("... to issue to X" is
#: :mod:`.issuance`'s)
_PROPOSES = rule(
    "relations.issued_notes.proposes_to_issue",
    r"\b(?:proposes|desires|intends|wishes|has\s+determined|has\s+authorized\s+and\s+proposes)"
    r"\s+to\s+issue(?:\s+and\s+(?:sell|deliver))?\s+(?!to\b)(?P<what>(?:\$\s?\d[\d,]*\.\d+|[^.;]){1,240})",
    reads="an agreement's recital of the issue it governs: what the issuer proposes to issue",
    matches=[
        passage(
            'the Company proposes to issue up to 2,000,000 warrants (the "Warrants"), each',
            what='up to 2,000,000 warrants (the "Warrants"), each',
        ),
    ],
    rejects=["the Company proposes to issue to the Underwriters", "the Bank proposes to lend"],
)


def extract_proposed_issue(ctx: DocContext, lo: int, sentence: str) -> None:
    """The recital (see the module doc): the subject ISSUES each instrument the clause defines,
    which is ISSUED_UNDER the document's own agreement."""
    if self_label(ctx) != "Agreement" or ctx.self_ref is None:
        return
    evidence = trimmed(ctx, lo, lo + len(sentence))
    for m in _PROPOSES.finditer(sentence):
        issuers = subject_before(ctx, sentence[: m.start()])
        terms = QUOTED_TERM.findall(m["what"])
        instruments = [r for t in terms for r in labelled(ctx, ctx.lookup(t), "Instrument")]
        if len(issuers) != 1 or not instruments:
            continue
        for inst in dict.fromkeys(instruments):
            ctx.collector.relate("ISSUES", issuers[0], inst, evidence)
            ctx.collector.relate("ISSUED_UNDER", inst, ctx.self_ref, evidence)


#: "sold to three accredited investors convertible promissory notes ... (the "May Notes")":
#: buyers described, not named
_SOLD_TO_UNNAMED = rule(
    "relations.issued_notes.sold_to_unnamed",
    r"\b(?:issued|sold)(?:\s+and\s+(?:sold|issued))?\s+to\s+(?:(?:a|an|one|two|three|four|five|"
    r"several|certain|various|\d+)\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:investors|purchasers|lenders|"
    r"holders|persons|individuals|entities|investor|purchaser|lender|person)\s+"
    r"(?P<what>(?:\$\s?\d[\d,]*\.\d+|[^.;]){1,240})",
    reads="an issue to buyers the text describes but does not name: what was issued",
    matches=[
        passage(
            "the Company sold to three accredited investors convertible promissory notes in the "
            'aggregate principal amount of $600,000 (the "May Notes")',
            what="convertible promissory notes in the aggregate principal amount of $600,000 "
            '(the "May Notes")',
        ),
    ],
    rejects=["the Company issued to the Investor a note", "sold to Alpha Fund LP the Notes"],
)


def extract_sold_to_unnamed(ctx: DocContext, lo: int, sentence: str) -> None:
    """An issue to unnamed buyers (see the module doc): the subject ISSUES each instrument the
    clause defines."""
    evidence = trimmed(ctx, lo, lo + len(sentence))
    for m in _SOLD_TO_UNNAMED.finditer(sentence):
        issuers = subject_before(ctx, sentence[: m.start()])
        terms = QUOTED_TERM.findall(m["what"])
        instruments = [r for t in terms for r in labelled(ctx, ctx.lookup(t), "Instrument")]
        if len(issuers) != 1:
            continue
        for inst in dict.fromkeys(instruments):
            ctx.collector.relate("ISSUES", issuers[0], inst, evidence)
