"""ISSUES, HOLDS, ISSUED_UNDER (and LENDS_TO for debt) from sentences that sell, buy or define
instruments: "Z issued and sold to the Lenders Notes", a list of tranches issued, "purchased
from the Company a Note", ""Note" means ... issued by Borrower to Lender".

These shapes share the reading of issuer, buyer and instrument slots; a named issue with a
rate (:mod:`.rated_issues`) and letters of credit (:mod:`.letters_of_credit`) have their own
modules.
"""

from __future__ import annotations

import itertools
import re

from ingest.context import DocContext, norm_term
from ingest.names import name_runs
from ingest.records import PropValue
from ingest.references.keys import norm_title
from ingest.relations.issued_pursuant_after import issued_pursuant_after
from ingest.relations.slots import (
    AUXILIARY_TAIL,
    QUOTE,
    QUOTED_TERM,
    agreements_in,
    amount_props,
    instruments_in,
    labelled,
    name_key,
    parties_named,
    self_label,
    stated_parties,
    subject_before,
    trimmed,
)
from ingest.rules import passage, rule

#: "Z issued and sold to Y", "Z shall issue to Y", "the Company desires to issue and sell to the
#: Purchasers", "the Company shall issue and deliver to the Holder (a) the New Note",
#: "the Borrower executed and delivered to the Lender a Promissory Note", a letter agreement's
#: "the Company will issue and sell to you and you will purchase ... Notes": the
#: issuer, the buyer or payee, and what was issued ("has also issued to the Holder a Warrant")
_SOLD = re.compile(
    r"\b(?P<issuer>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.,-]*){0,5})\s+"
    r"(?:(?:has|have|had|shall|will|hereby|agrees\s+to|desires\s+to|wishes\s+to)\s+)?"
    r"(?:(?:also|concurrently|simultaneously|previously)\s+)?"
    r"(?:issued|issue[sd]?|sold|sell"
    r"|(?:made,\s+)?(?:executed|made)\s+and\s+delivered)"
    r"(?:\s+and\s+(?:sold|sell|issued|issue|deliver|delivered))?\s+to\s+(?P<to>(?:the|each|any)?\s*[A-Z][\w'\u2019.-]*"
    r"(?:\s+[A-Z][\w'\u2019.,-]*){0,5}|you\b),?\s+(?P<what>(?:\$\s?\d[\d,]*\.\d+|[^.;]){0,320})"
)


#: "Notes of the series and in the principal amount specified opposite such Purchaser's name
#: in Schedule A": each buyer buys the series its schedule row gives it, not every series the
#: collective term names (:mod:`.series_schedule_rows` reads the rows)
_SERIES_BY_SCHEDULE = rule(
    "relations.issuance.series_by_schedule",
    r"(?i)\b(?:notes|securities|bonds|debentures)\s+of\s+the\s+series\b[^.;]{0,120}?"
    r"\b(?:schedule|annex)\b",
    reads="a sale clause: the series each buyer buys is the one its schedule row states",
    matches=[
        passage(
            "Notes of the series and in the principal amount specified opposite such "
            "Purchaser's name in Schedule A",
            match="Notes of the series and in the principal amount specified opposite such "
            "Purchaser's name in Schedule",
        )
    ],
    rejects=["Notes in the principal amount specified opposite such Purchaser's name"],
)


#: a sentence that opens on the agreement its issue is made under: "Pursuant to the Securities
#: Purchase Agreement dated ..., the Company issued ..." (a recital's letter may come first)
_PURSUANT_LEAD = re.compile(
    r"^\W*(?:[A-Z]\.\s+)?(?:Pursuant\s+to|Under)\s+(?P<agr>(?:the|that\s+certain)\s+"
    r"(?:[A-Z][\w'\u2019-]*\s+){0,6}?(?:Agreement|Indenture))\b"
)
#: "..., pursuant to which": the clause after it tells what was done under the agreement before.
_PURSUANT_TO_WHICH = re.compile(r"(?i)\bpursuant\s+to\s+which\s+$|\bpursuant\s+to\s+which\s+")


#: "secured convertible notes ("Notes")": a class of securities defined where it is issued.
_PASSING_SECURITIES = re.compile(
    rf"^\s*(?P<title>(?:[a-z][\w-]*\s+){{0,4}}(?:notes|debentures|bonds|warrants))\s*"
    rf"\(\s*(?:the\s+)?{QUOTE}(?P<term>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}}){QUOTE}\s*\)"
)


def _passing_instrument(ctx: DocContext, lo: int, m: re.Match[str]) -> list[str]:
    """The Instrument a sale clause defines in passing ("... to Purchasers secured
    convertible notes ("Notes")"), added with its term; [] when the clause defines none."""
    d = _PASSING_SECURITIES.match(m["what"])
    if d is None:
        return []
    title = " ".join(d["title"].split())
    kind = {"notes": "note", "debentures": "debenture", "bonds": "bond", "warrants": "warrant"}
    start = lo + m.start("what") + d.start("title")
    ref = ctx.collector.add(
        f"instrument:{name_key(title)}",
        "Instrument",
        ctx.span(start, lo + m.start("what") + d.end()),
        {"title": title, "kind": kind[title.split()[-1]]},
    )
    ctx.define(d["term"], ref)
    return [ref]


#: "... shall issue to the Agent a warrant to purchase 250,000 shares of common stock of the
#: Borrower": a warrant the clause names only in lower case, by what it is for
_BARE_WARRANT = rule(
    "relations.issuance.bare_warrant",
    r"^\s*(?:an?|one)\s+(?:(?:common\s+)?stock\s+purchase\s+)?warrant\s+to\s+(?:purchase|acquire)"
    r"\s+(?:up\s+to\s+)?(?:an\s+aggregate\s+of\s+)?(?P<shares>\d[\d,]*)\s+shares\b"
    r"(?![^.;]{0,200}?\(\s*(?:the\s+)?[\"\u201c])",
    reads="a sale clause: the one warrant it issues, named only in lower case by the shares it "
    "is for (no defined term follows)",
    matches=[
        passage(
            " a warrant to purchase 250,000 shares of common stock of the Borrower at an "
            "exercise price of $4.00 per share",
            shares="250,000",
        ),
        passage(" one stock purchase warrant to acquire up to 40,000 shares of its Common Stock"),
    ],
    rejects=[
        # a defined term follows: the defined-instrument readers' warrant
        ' a warrant to purchase 90,000 shares of common stock (the "Lender Warrant")',
        # a number of warrants, no one warrant
        " warrants to purchase 100,000 shares",
    ],
)


def _bare_warrant(ctx: DocContext, lo: int, m: re.Match[str]) -> list[str]:
    """The warrant a sale clause issues named only in lower case (see the rule), added as an
    instrument titled "Warrant"; [] when the clause issues no such warrant."""
    w = _BARE_WARRANT.match(m["what"])
    if w is None:
        return []
    start = lo + m.start("what")
    props: dict[str, PropValue] = {"title": "Warrant", "kind": "warrant"}
    span = ctx.span(start + len(w[0]) - len(w[0].lstrip()), start + w.end())
    return [ctx.collector.add("instrument:warrant", "Instrument", span, props)]


def extract_issuance(ctx: DocContext, lo: int, sentence: str) -> None:
    """ "Z issued and sold to the Lenders $60,000,000 of Notes": Z ISSUES them, and buying
    notes or debentures is lending: each Lender LENDS_TO Z."""
    evidence = trimmed(ctx, lo, lo + len(sentence))
    for m in _SOLD.finditer(sentence):
        issuers = parties_named(ctx, m["issuer"].split(",")[-1])
        holders = parties_named(ctx, m["to"])
        instruments = instruments_in(ctx, m["what"]) or _defined_after(ctx, m["what"])
        under = _PURSUANT_TO_WHICH.search(sentence, max(0, m.start() - 80), m.start() + 1)
        if not instruments and issuers:
            instruments = _bare_warrant(ctx, lo, m)
        if not instruments and issuers and under:
            # "the note purchase agreement ... pursuant to which Issuer has issued to Purchasers
            # secured convertible notes ("Notes")": the notes may be defined in passing
            instruments = _passing_instrument(ctx, lo, m)
        lead = _PURSUANT_LEAD.match(sentence)
        if instruments and issuers and lead and not under:
            # "Pursuant to the Securities Purchase Agreement ..., the Company issued to the
            # Investor a note (the "2016 Note")": what is issued is issued under it
            for inst in instruments:
                for agr in agreements_in(ctx, lead["agr"])[:1]:
                    ctx.collector.relate("ISSUED_UNDER", inst, agr, evidence)
        if instruments and issuers and under:
            # ... and are issued under the agreement the clause hangs on: the one its defined
            # term right before names ("... (as amended, the "September Purchase Agreement"),
            # pursuant to which"), else the last one named before
            before = sentence[: under.start()]
            terms = QUOTED_TERM.findall(before[-100:])
            agreements = (
                labelled(ctx, ctx.lookup(terms[-1]), "Agreement") if terms else []
            ) or agreements_in(ctx, before)[-1:]
            for inst in instruments[:1] if agreements else []:
                ctx.collector.relate("ISSUED_UNDER", inst, agreements[0], evidence)
        if not issuers or not instruments:
            continue
        if not under and not lead:
            issued_pursuant_after(ctx, m["what"], evidence)
        if len(instruments) > 1 and _SERIES_BY_SCHEDULE.search(m["what"]):
            holders = []  # each buyer's series are its schedule row's
        money = amount_props(m["what"]) if len(holders) == 1 else {}
        # a buyer HOLDS what it was sold when the text names it or its defined term (not only
        # the role some party signs in)
        stated = stated_parties(ctx, m["to"])
        for issuer in issuers:
            for inst in instruments:
                ctx.collector.relate("ISSUES", issuer, inst, evidence)
                kind = ctx.collector.entities[inst].props.get("kind")
                for holder in holders:
                    if holder != issuer and holder in stated:
                        ctx.collector.relate("HOLDS", holder, inst, evidence)
                    if kind in ("note", "debenture", "bond") and holder != issuer:
                        props = {**money, "instrument": inst}
                        ctx.collector.relate("LENDS_TO", holder, issuer, evidence, props)
            if self_label(ctx) == "Agreement" and re.search(
                r"\b(?:shall|will|agrees\s+to|desires\s+to|wishes\s+to)\b", sentence
            ):
                for inst in instruments:
                    if not any(
                        k[0] == "ISSUED_UNDER" and k[1] == inst for k in ctx.collector.relations
                    ):
                        assert ctx.self_ref is not None
                        ctx.collector.relate("ISSUED_UNDER", inst, ctx.self_ref, evidence)


#: "the Company issued and sold (a) $20,000,000 of Notes (the "2011 Notes") ... to the Investors
#: on April 21, 2011, (b) ...": a list of tranches, each defining the instruments it issued.
_ISSUED_LIST = re.compile(
    r"\b(?:has\s+|have\s+|had\s+)?(?:(?:previously|since|also|subsequently|thereafter)\s+)?"
    r"issued(?:\s+and\s+(?:sold|delivered))?"
    r"(?:\s+to\s+[^()]{3,80}?)?\s*:?\s*(?=\((?:a|i|1)\))"
)


_ITEM = re.compile(r"\((?:[a-z]|[ivx]+|\d{1,2})\)\s")
#: the buyer an issue names: "to the Investors", "to Crestline Partners LP"
_TO = re.compile(r"\bto\s+(?P<to>(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z0-9][\w'\u2019.-]*){0,5})")


_HEAD_AGREEMENT = re.compile(
    r"(?i)\b(?:as\s+contemplated\s+by|pursuant\s+to|under|in\s+accordance\s+with)\s+"
    r"(?P<agr>(?:the|that\s+certain)\s+(?:[A-Z][\w'\u2019-]*\s+){0,6}?Agreement)\b"
)


def extract_tranches(ctx: DocContext, lo: int, sentence: str) -> None:
    """A tranche list: the subject ISSUES every instrument an item defines, the party an item
    sells it to HOLDS it (and, for a note, LENDS_TO the issuer), and the agreement the
    sentence opens with ("as contemplated by the Purchase Agreement") is what each tranche is
    ISSUED_UNDER. Evidence: the sentence."""
    m = _ISSUED_LIST.search(sentence)
    if m is None:
        return
    head = sentence[: m.start()]
    issuers = subject_before(ctx, AUXILIARY_TAIL.sub("", head))
    if len(issuers) != 1:
        return
    issuer = issuers[0]
    head_agr = _HEAD_AGREEMENT.search(head)
    agreements = agreements_in(ctx, head_agr["agr"])[:1] if head_agr else []
    which = _PURSUANT_TO_WHICH.search(head)
    if not agreements and which:
        # "the Note Purchase Agreement ..., pursuant to which the Company has issued and sold
        # (i) ... and (ii) ...": the agreement named right before the clause
        agreements = agreements_in(ctx, head[: which.start()][-200:])[:1]
    evidence = trimmed(ctx, lo, lo + len(sentence))
    rest = sentence[m.end() :]
    cuts = [i.start() for i in _ITEM.finditer(rest)] + [len(rest)]
    # "issued to the Investor (a) ..., (b) ...": the buyer named before the list buys each item
    # that names none of its own
    shared = _TO.search(m.group(0))
    for a, b in itertools.pairwise(cuts):
        item = rest[a:b]
        at = lo + m.end() + a
        instruments = _defined_after(ctx, item) or _described_in(ctx, at, at + len(item))
        to = _TO.search(item) or shared
        holders = [h for h in parties_named(ctx, to["to"]) if h != issuer] if to else []
        for inst in instruments:
            ctx.collector.relate("ISSUES", issuer, inst, evidence)
            for agr in agreements:
                ctx.collector.relate("ISSUED_UNDER", inst, agr, evidence)
            props = ctx.collector.entities[inst].props
            for h in holders:
                ctx.collector.relate("HOLDS", h, inst, evidence)
                if props.get("kind") in _DEBT_KINDS:
                    money = {"amount": props.get("amount"), "currency": props.get("currency")}
                    lent = {"instrument": inst, **(money if len(holders) == 1 else {})}
                    ctx.collector.relate("LENDS_TO", h, issuer, evidence, lent)


_BOUGHT = re.compile(
    r"\b(?:purchased|bought|acquired)\s+from\s+(?P<issuer>(?:the\s+)?[A-Z][\w'\u2019.-]*"
    r"(?:\s+[A-Z][\w'\u2019.,-]*){0,5})\s+(?P<what>(?:\$\s?\d[\d,]*\.\d+|[^.;]){0,200})"
)


def extract_purchase(ctx: DocContext, lo: int, sentence: str) -> None:
    """ "the Holder purchased from the Company a Senior Secured Note": the seller ISSUES the
    note, the buyer HOLDS it and, buying a debt, LENDS_TO the seller; "pursuant to which" ties
    the note to the agreement just named (ISSUED_UNDER)."""
    evidence = trimmed(ctx, lo, lo + len(sentence))
    for m in _BOUGHT.finditer(sentence):
        buyers = subject_before(ctx, sentence[: m.start()])
        issuers = parties_named(ctx, m["issuer"].split(",")[0])
        instruments = instruments_in(ctx, m["what"]) or _defined_after(ctx, m["what"])
        notes = [
            i for i in instruments if ctx.collector.entities[i].props.get("kind") in _DEBT_KINDS
        ]
        if len(buyers) != 1 or len(issuers) != 1 or buyers == issuers or not notes:
            continue
        for inst in notes:
            ctx.collector.relate("ISSUES", issuers[0], inst, evidence)
            ctx.collector.relate("HOLDS", buyers[0], inst, evidence)
            ctx.collector.relate("LENDS_TO", buyers[0], issuers[0], evidence, {"instrument": inst})
        head = re.search(r"(?i)\bpursuant\s+to\s+which\b[^.;]*$", sentence[: m.start()])
        for agr in agreements_in(ctx, sentence[: head.start()])[:1] if head else []:
            for inst in notes:
                ctx.collector.relate("ISSUED_UNDER", inst, agr, evidence)


_DEBT_KINDS = ("note", "debenture", "bond")


#: ""Note" means that certain promissory note dated as of the date hereof ... issued by
#: Borrower to Lender", ""Warrant" means any warrant, issued by Borrower to Lender": an
#: instrument a credit agreement defines by who issues it to whom
_DEFINED_ISSUED = re.compile(
    rf"^\W*{QUOTE}(?P<term>[^\"\u201c\u201d]{{0,40}}?(?P<noun>Note|Warrant|Debenture|Bond)s?){QUOTE}"
    r"\s+(?:shall\s+)?means?\b[^;]{0,300}?\bissued\s+by\s+(?:the\s+)?"
    r"(?P<by>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+to\s+(?:the\s+|each\s+)?"
    r"(?P<to>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})"
)


def extract_defined_issued(ctx: DocContext, lo: int, sentence: str) -> None:
    """The instrument such a definition names: the first party ISSUES it, the second HOLDS it,
    and it is ISSUED_UNDER the document's own agreement (which defines it)."""
    m = _DEFINED_ISSUED.match(sentence)
    if m is not None:
        record_defined_issue(ctx, lo, sentence, m, {})


def record_defined_issue(
    ctx: DocContext, lo: int, sentence: str, m: re.Match[str], extra: dict[str, PropValue]
) -> None:
    """The edges of a definition that names an instrument (groups ``term``, ``noun``), its
    issuer (``by``) and its holder (``to``): shared by the definitions that name them in
    either order (:mod:`.defined_notes_to_by`); ``extra`` are the instrument's own facts the
    definition states (its amount)."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    if own is None or own.label != "Agreement" or ctx.self_ref is None:
        return
    if own.props.get("kind") == "amendment":
        return  # an amendment restates the amended agreement's definitions
    issuers, holders = parties_named(ctx, m["by"]), parties_named(ctx, m["to"])
    if not issuers:
        return
    term = " ".join(m["term"].split())
    evidence = trimmed(ctx, lo, lo + len(sentence))
    holders = holders or _holder_named_here(ctx, lo, sentence, m.start("to"))
    known = labelled(ctx, ctx.lookup(term), "Instrument")
    titled = [] if known else _titled_in_definition(ctx, m)
    ref = (known or titled or [f"instrument:defined:{norm_term(term)}"])[0]
    props: dict[str, PropValue] = {"title": term, "kind": m["noun"].lower(), **extra}
    ctx.collector.add(ref, "Instrument", evidence, props, (term,))
    if not known:
        ctx.define(term, ref)
    for issuer in issuers:
        ctx.collector.relate("ISSUES", issuer, ref, evidence)
    for holder in holders:
        if holder not in issuers:
            ctx.collector.relate("HOLDS", holder, ref, evidence)
    ctx.collector.relate("ISSUED_UNDER", ref, ctx.self_ref, evidence)


def _titled_in_definition(ctx: DocContext, m: re.Match[str]) -> list[str]:
    """The one instrument of the defined kind the definition names by its title (""Notes"
    means the 12% Senior Secured Convertible Notes due November 7, 2016, issued by ..."): the
    term is that issue's, not a second instrument's."""
    body = f" {norm_title(m.string[m.end('term') : m.start('by')])} "
    kind = m["noun"].lower()
    found = [
        ref
        for ref, e in ctx.collector.entities.items()
        if e.label == "Instrument"
        and e.props.get("kind") == kind
        and len(title := norm_title(str(e.props.get("title") or "")).split()) >= 3
        and f" {' '.join(title)} " in body
    ]
    return found if len(found) == 1 else []


def _holder_named_here(ctx: DocContext, lo: int, sentence: str, at: int) -> list[str]:
    """The holder a definition names in full and no other part of the document does: ""Warrant"
    means the Warrant ... issued by Borrower to Old Master Holdings, Limited" (an affiliate of
    the lender). An organisation's name only (a person or a role names no new party)."""
    runs = [r for r in name_runs(sentence, at, min(len(sentence), at + 120)) if r.start == at]
    if not runs or not runs[0].is_org:
        return []
    name = " ".join(runs[0].text.split()).strip(" ,")
    ref = "party:" + name_key(name)
    props: dict[str, PropValue] = {"name": name, "kind": "organization"}
    ctx.collector.add(ref, "Party", ctx.span(lo + runs[0].start, lo + runs[0].end), props)
    return [ref]


def _described_in(ctx: DocContext, start: int, end: int) -> list[str]:
    """The one instrument an item of a tranche list describes where its term has no quotes
    ("(i) $12,000,000 of its 11% Senior Notes, Series A, due 2027 (the Series A Notes)"): the
    instrument read from that item's own words (its evidence starts inside the item)."""
    found = [
        ref
        for ref, e in ctx.collector.entities.items()
        if e.label == "Instrument" and any(start <= sp.start < end for sp in e.evidence)
    ]
    return found if len(found) == 1 else []


def _defined_after(ctx: DocContext, what: str) -> list[str]:
    """Instruments a clause defines in passing: "a warrant ... (the "Additional Warrants")"."""
    out: list[str] = []
    for term in QUOTED_TERM.findall(what):
        out.extend(r for r in labelled(ctx, ctx.lookup(term), "Instrument") if r not in out)
    return out
