"""Instruments a sentence defines ("a warrant ... (the "Additional Warrants")", "The
Notes ... are referred to as the "September Notes"") and the terms written with them.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.dates import parse_date
from ingest.instruments.note_principal_terms import principal_by_term
from ingest.instruments.refs import clause_span, instrument_ref
from ingest.instruments.terms import (
    exercise_price,
    interest_rate,
    maturity_date,
    money,
    parse_amount,
)
from ingest.records import PropValue
from ingest.references.amends import matches_near
from ingest.references.kinds import title_kind
from ingest.references.titles import DATE
from ingest.rules import passage, rule

_KIND_WORD = r"notes?|warrants?|debentures?|bonds?"
#: a definition nested in an instrument's description ("a warrant to purchase shares of common
#: stock, par value $0.0001 per share (the "Common Stock"), at an exercise price ... (the
#: "Warrant")"): read past, as part of the description
_NESTED = r"\(\s*(?:the\s+)?[\"\u201c][^\"\u201c\u201d()]{1,40}[\"\u201d]\s*\)"

_DEFINED = rule(
    "instruments.defined",
    rf"(?is)\b(?P<noun>{_KIND_WORD})\b(?:\$\s?\d[\d,]*\.\d+|{_NESTED}|[^.;\"\u201c\u201d]){{0,240}}?\(\s*(?:each,?\s+)?"
    # "(as amended by this Modification, the "Note")": what became of it before its term
    r"(?:as\s+(?:amended|modified|extended|renewed|restated|supplemented)\b[^()\"\u201c\u201d;]{0,80}?,\s*)?"
    r"(?:the|a|an|collectively,?\s+the)?[\s-]*[\"\u201c]"
    r"(?P<term>(?:[A-Z0-9][\w\s-]{0,40}?)?(?:Notes?|Warrants?|Debentures?|Bonds?))[\"\u201d]",
    reads="an instrument the text defines by a term: its noun and its defined term",
    matches=[
        passage('its 10% senior notes due 2015 (the "Notes")', noun="notes", term="Notes"),
        passage("warrants to purchase shares (each, a “Warrant”)", noun="warrants", term="Warrant"),
        passage(
            'a convertible note in the amount of $3,000,000 (the "2016 Note")', term=("2016 Note")
        ),
        passage(
            "a certain REVOLVING CREDIT LOANS NOTE dated February 1, 2005, in the original "
            'principal amount of $2,000,000 (as amended by this Modification, the "Note")',
            noun="NOTE",
            term="Note",
        ),
        passage(
            'a warrant to purchase 500,000 shares at $0.50 per share (the "Warrant")',
            term="Warrant",
        ),
        passage(
            "a warrant to purchase 90,000 shares of common stock, par value $0.01 per share (the "
            '"Common Stock"), at $1.10 per share (the "Lender Warrant")',
            term="Lender Warrant",
        ),
    ],
    rejects=['the notes. (the "Notes")', 'notes payable (the "Payables")'],
)

_REFERRED = rule(
    "instruments.referred",
    rf"(?is)\b(?:the\s+)?(?P<a>{_KIND_WORD})(?:\s+and\s+(?P<b>{_KIND_WORD}))?\b[^.;]{{0,160}}?"
    r"referred\s+to[^.;]{0,60}?\bas\s+the\s+[\"\u201c](?P<ta>[^\"\u201c\u201d]{1,40})[\"\u201d],?"
    r"(?:\s*and\s+[\"\u201c](?P<tb>[^\"\u201c\u201d]{1,40})[\"\u201d])?",
    reads="instruments the text refers to as defined terms (referred to ... as the ...)",
    matches=[
        passage(
            'the notes and warrants, referred to herein as the "Notes" and "Warrants"',
            a="notes",
            b="warrants",
            ta="Notes",
            tb="Warrants",
        ),
        passage(
            'the debentures (referred to as the "Debentures")', a="debentures", ta=("Debentures")
        ),
    ],
    rejects=["the notes referred to in Section 2", 'notes. Referred to as the "Notes"'],
)


#: where each pattern above can end: scanning only there keeps long documents fast
_REFERRED_CUE = rule(
    "instruments.referred_cue",
    r"(?i)\breferred\s+to\b",
    reads="where instruments.referred can end: the words referred to",
    matches=[passage("collectively referred to as", match="referred to")],
    rejects=["the referral fee", "referred by the Bank"],
)

_DEFINED_CUE = rule(
    "instruments.defined_cue",
    r"(?is)[\"\u201c](?:[A-Z0-9][\w\s-]{0,40}?)?(?:Notes?|Warrants?|Debentures?|Bonds?)[\"\u201d]",
    reads="where instruments.defined can end: a quoted term naming an instrument",
    matches=[passage('(the "Senior Notes")', match='"Senior Notes"'), passage("“Warrant”")],
    rejects=['(the "Company")', 'the "Company"'],
)


#: "$20,000,000 initial principal amount of Notes (the "2011 Notes")": the amount a defined
#: class of notes was issued in, written just before its noun
_PRINCIPAL_BEFORE = rule(
    "instruments.principal_before",
    r"(?P<amount>(?:U\.?S\.?\s*)?\$\s*\d[\d,]*(?:\.\d+)?)\s+(?:(?:aggregate|initial|original)\s+)*"
    r"principal\s+amount\s+of\s+(?:(?:its|the|their)\s+)?(?:[\w%.-]+\s+){0,4}$",
    reads="the amount a defined class of notes was issued in, just before its noun",
    matches=[
        passage("$20,000,000 initial principal amount of ", amount="$20,000,000"),
        passage(
            "US$ 5,000,000 aggregate principal amount of its 8% Senior ", amount=("US$ 5,000,000")
        ),
    ],
    rejects=["$20,000,000 of ", "principal amount of $20,000,000 "],
)


def _instrument_kind(term: str) -> str | None:
    """The kind of a defined instrument: its head noun decides ("Fifth Amendment Supplemental
    Notes" are notes, not an amendment)."""
    head = re.search(r"(?i)\b(note|warrant|debenture|bond)s?$", term)
    return head.group(1).lower() if head else title_kind(term)


def _define(ctx: DocContext, term: str, start: int, end: int) -> str | None:
    """Add the instrument a defined term names (once), with terms its sentence states.

    A bare class word ("the Debentures") in a document that is itself an instrument names the
    class the own instrument belongs to: it becomes a term for the own instrument."""
    term = " ".join(term.split()).strip(",;. ")
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    if len(term.split()) == 1:
        if own is not None and own.label == "Instrument" and ctx.self_ref:
            ctx.define(term, ctx.self_ref)
        return None
    existing = [
        r for r in ctx.lookup(term) if (e := ctx.collector.get(r)) and e.label == "Instrument"
    ]
    lo, hi = clause_span(ctx, start, end)
    sentence = ctx.text[lo:hi]
    props: dict[str, PropValue] = {
        "title": term,
        "kind": _instrument_kind(term),
        # a note's sentence may state the exercise price of the warrant issued with it
        "exercise_price": exercise_price(sentence) if _instrument_kind(term) == "warrant" else None,
        "interest_rate": interest_rate(sentence),
    }
    ref = existing[0] if existing else instrument_ref(term)
    ctx.collector.add(ref, "Instrument", ctx.span(lo, hi), props, (term,))
    if not existing:
        ctx.define(term, ref)
    return ref


#: words that only point at an instrument, never describe it ("a", "its", "one")
_POINTERS = frozenset(
    {"a", "an", "the", "its", "their", "his", "her", "one", "each", "such", "any", "this"}
    | {"that", "certain", "said", "of", "and", "or", "to", "in", "as", "by", "for", "from"}
    | {"with", "which"}
)

#: words that say how an instrument is made or delivered, not what it is ("a duly executed
#: promissory note", "a single note", "Borrower's separate promissory note")
_FORM_WORDS = frozenset({"duly", "executed", "single", "separate", "signed", "written"})

#: a word describing an instrument before its noun ("senior secured", "10%")
_DESCRIBING_WORD = re.compile(r"[a-z][a-z-]+|\d+(?:\.\d+)?%")
#: ... or, before a capitalised noun, a word of its title ("Senior", "Convertible", "12%")
_TITLE_WORD = re.compile(r"[A-Z][a-z-]+|\d+(?:\.\d+)?%")
#: ... or, before a noun in capitals, a word of a title set in capitals: "a certain REVOLVING
#: CREDIT LOANS NOTE dated February 1, 2005 ... (the "Note")", "its SECURED EQUIPMENT PROMISSORY
#: NOTE": a bank form types the title of the note it modifies as the note's own heading reads
_CAPITALS_TITLE_WORD = rule(
    "instruments.capitals_title_word",
    r"[A-Z][A-Z-]+|\d+(?:\.\d+)?%",
    reads="a word before a note's noun in capitals: a word of its title, set in capitals too",
    matches=["REVOLVING", "PROMISSORY", "8%", "NON-NEGOTIABLE"],
    rejects=["Revolving", "promissory", "A", "(the"],
    mode="fullmatch",
)

#: a title's maturity right after its noun ("Notes due 2023", "Notes due October 15, 2006"),
#: after the series label a note purchase agreement sets between them ("Senior Notes, Series
#: 2022-A, due September 30, 2032"): the label is part of the title, which the reader of rated
#: issues writes whole, so both readers name one series of notes
_DUE = rule(
    "instruments.title_due",
    rf"(?:,?\s+Series\s+[A-Z0-9][\w.-]*,?)?\s+due\s+(?P<due>{DATE}|\d{{4}}\b)",
    reads="right after a note title's noun: its maturity, after a series label if any",
    matches=[
        passage(" due 2023", due="2023"),
        passage(", Series 2022-A, due September 30, 2032", due="September 30, 2032"),
        passage(" Series B due 2029", due="2029"),
    ],
    rejects=[", Series 2022-A, dated as of May 1", " and due on demand"],
    mode="match",
)

#: the day an instrument a sentence describes bears, right after its noun: "a certain REVOLVING
#: CREDIT LOANS NOTE dated February 1, 2005, in the original principal amount of ... (the
#: "Note")", "a promissory note, dated as of June 15, 2006, ...": the note is told from another
#: of its title by that day, and the modification that amends it names it so
_DATED_AFTER_NOUN = rule(
    "instruments.dated_after_noun",
    rf",?\s+dated\s+(?:as\s+of\s+)?(?P<date>{DATE})",
    reads="right after a described instrument's noun: the day it is dated",
    matches=[
        passage(" dated February 1, 2005, in the original", date="February 1, 2005"),
        passage(", dated as of June 15, 2006,", date="June 15, 2006"),
    ],
    rejects=[" dated the date hereof", " in the principal amount of $5,000 dated May 1, 2001"],
    mode="match",
)

#: what a sentence does with an instrument it describes and names by a bare word: it is issued,
#: sold, bought, delivered or evidences a loan ("shall issue and sell to the Purchaser a senior
#: secured promissory note ... (the "Note")")
_ISSUING = rule(
    "instruments.issuing",
    r"(?i)\b(?:issu\w*|sell|sold|sale|purchas\w*|deliver\w*|execut\w*|evidenc\w*|form\s+of"
    r"|has\s+authorized)\b",
    reads="what a sentence does with an instrument it describes: issues, sells, delivers, or "
    "authorizes (a purchase agreement's recital: the Company has authorized a new series of notes)",
    matches=[
        passage("shall issue and sell to the Purchaser a note", match="issue"),
        passage("The Company has authorized a new series of senior notes", match="has authorized"),
        passage("a note evidencing the Loan", match="evidencing"),
        passage("in the form of Exhibit A", match="form of"),
    ],
    rejects=["the Note bears interest", "the Holder may convert"],
)


#: a note written out further on: a heading line of capitals ending in NOTE
_NOTE_HEADING = rule(
    "instruments.note_heading",
    r"(?m)^[ \t]*(?:[A-Z0-9][A-Z0-9&,.'/%-]*[ \t]+){0,7}NOTE[ \t]*$",
    reads="a note written out further on: a heading line of capitals ending in NOTE",
    matches=[
        passage("\nSECURED PROMISSORY NOTE\n", match="SECURED PROMISSORY NOTE"),
        passage("  REVOLVING NOTE", match="  REVOLVING NOTE"),
    ],
    rejects=["Secured Promissory Note", "NOTE DUE 2015"],
)


#: what a warrant is for, right after its noun: "warrants to purchase shares of Common Stock",
#: "a warrant to purchase 500,000 shares of the Company's common stock": the class of stock
#: describes a warrant the text names by a bare word
_WARRANT_OBJECT = rule(
    "instruments.warrant_object",
    r"(?i)\s+to\s+(?:purchase|acquire|subscribe\s+for)\s+(?:up\s+to\s+)?(?:an\s+aggregate\s+of\s+)?"
    r"(?:[\d,]+\s+)?(?:\([\d,]+\)\s+)?(?:additional\s+)?shares\s+of\s+(?:the\s+Company['\u2019]s\s+|its\s+"
    r"|the\s+)?(?P<stock>(?:series\s+[A-Z0-9-]+\s+)?(?:common|preferred|ordinary)\s+(?:stock|shares))",
    reads="right after a warrant's noun: the class of stock it is for",
    matches=[
        passage(" to purchase shares of Common Stock", stock="Common Stock"),
        passage(" to purchase 500,000 shares of the Company's common stock", stock="common stock"),
    ],
    rejects=[" to purchase the Notes", " to be issued to the Purchasers"],
    mode="match",
)


#: ... or what each one entitles its holder to, right after the defined term: "warrants (the
#: "Warrants"), each entitling the holder thereof to purchase one share of Common Stock"
_WARRANT_ENTITLES = rule(
    "instruments.warrant_entitles",
    r"(?i)[\"\u201d]?\s*\)\s*,?\s*(?:each\s+(?:of\s+which\s+)?)?(?:entitling|entitles|which\s+entitles?)\s+"
    r"(?:the\s+(?:registered\s+)?holder(?:\s+thereof)?\s+)?to\s+(?:purchase|acquire)\s+"
    r"(?:one|[\d,]+)\s+(?:\(\d+\)\s+)?(?:fully\s+paid\s+)?shares?\s+of\s+(?:the\s+Company['\u2019]s\s+|its\s+"
    r"|the\s+)?(?P<stock>(?:series\s+[A-Z0-9-]+\s+)?(?:common|preferred|ordinary)\s+(?:stock|shares))",
    reads="right after a warrant's defined term: the stock each warrant entitles its holder to",
    matches=[
        passage(
            '"), each entitling the holder thereof to purchase one share of Common Stock',
            stock="Common Stock",
        ),
    ],
    rejects=['"), each of which is held by the Purchaser', '") to purchase one share'],
    mode="match",
)


#: ... or what it is for right after its term: "warrants, in the form of Exhibit B (the
#: "Warrants"), to acquire up to that number of additional shares of Common Stock"
_WARRANT_FOR_AFTER = rule(
    "instruments.warrant_for_after",
    r"(?i)[\"\u201d]?\s*\)\s*,?\s*to\s+(?:purchase|acquire|subscribe\s+for)\s+[^.;()]{0,80}?"
    r"\bshares\s+of\s+(?:the\s+Company['\u2019]s\s+|its\s+|the\s+)?"
    r"(?P<stock>(?:series\s+[A-Z0-9-]+\s+)?(?:common|preferred|ordinary)\s+(?:stock|shares))",
    reads="right after a warrant's defined term: the stock it is to purchase",
    matches=[
        passage(
            '"), to acquire up to that number of additional shares of Common Stock',
            stock="Common Stock",
        ),
        passage('") to purchase 250,000 shares of its common stock', stock="common stock"),
    ],
    rejects=['"), to be delivered at the Closing', '"), to purchase the Notes'],
    mode="match",
)


def _described(ctx: DocContext, m: re.Match[str]) -> str | None:
    """The instrument a sentence describes before a bare defined word ("a senior secured
    promissory note in the principal amount of $2,000,000 ... (the "Note")") in a document
    that is not itself an instrument: titled by its description ("Senior Secured Promissory
    Note"), the word its alias. A noun with no describing word ("a note") is left alone: its
    title would say nothing that tells it from another document's note."""
    term = " ".join(m["term"].split())
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    if len(term.split()) != 1 or (own is not None and own.label == "Instrument"):
        return None
    lo, hi = clause_span(ctx, m.start(), m.end())
    if not _ISSUING.search(ctx.text, lo, hi):
        return None
    if re.search(r"(?i)\bexhibit\b", ctx.text[lo:hi]) and _NOTE_HEADING.search(ctx.text, hi):
        return None  # the form is written out below: :mod:`ingest.notes` reads it there
    # a capitalised noun may end a title written before it ("its 12% Senior Secured Convertible
    # Notes due 2023 ... (the "Notes")"): its words are capitalised too
    word_shape = (
        _CAPITALS_TITLE_WORD
        if m["noun"].isupper()
        else _TITLE_WORD
        if m["noun"][:1].isupper()
        else _DESCRIBING_WORD
    )
    described: list[str] = []
    for word in reversed(ctx.text[max(lo, m.start() - 80) : m.start()].split()):
        if word.lower() in _POINTERS | _FORM_WORDS:
            break
        if not word_shape.fullmatch(word):
            break
        described.insert(0, word)
    stock = (
        _WARRANT_OBJECT.match(ctx.text, m.end("noun"))
        or _WARRANT_ENTITLES.match(ctx.text, m.end())
        or _WARRANT_FOR_AFTER.match(ctx.text, m.end())
    )
    stock = stock if m["noun"].lower().startswith("warrant") else None
    if (not described and stock is None) or len(described) > 4:
        return None
    title = " ".join(w if w[0].isdigit() else w.capitalize() for w in (*described, m["noun"]))
    kind = _instrument_kind(title)
    if word_shape is _TITLE_WORD and (due := _DUE.match(ctx.text, m.end("noun"))):
        # as the titles reader writes it: "Notes due 2023", "Notes, Series 2022-A, due 2032"
        written = " ".join(due.group().split())
        title += written if written.startswith(",") else " " + written
    if stock is not None:
        title += " to Purchase " + " ".join(w.capitalize() for w in stock["stock"].split())
    props: dict[str, PropValue] = {
        "title": title,
        "kind": kind,
        "interest_rate": interest_rate(ctx.text[lo:hi]),
        "maturity_date": maturity_date(ctx.text[lo:hi]),
    }
    if dated := _DATED_AFTER_NOUN.match(ctx.text, m.end("noun")):
        props["date"] = parse_date(dated["date"])
    money(props, ctx.text[m.start() : hi])
    if props.get("amount") is None and (found := principal_by_term(ctx.text, ctx.text[lo:hi])):
        props["amount"], props["currency"] = found
    ref = instrument_ref(title)
    ctx.collector.add(ref, "Instrument", ctx.span(lo, hi), props, (term,))
    ctx.define(term, ref)
    return ref


def defined_instruments(ctx: DocContext) -> None:
    text = ctx.text
    for m in matches_near(_REFERRED, text, _REFERRED_CUE, 240):
        for noun, term in ((m["a"], m["ta"]), (m["b"], m["tb"])):
            if noun and term and re.search(rf"(?i){noun[:4]}", term):
                ref = _define(ctx, term, m.start(), m.end())
                if ref and noun[0].isupper() and not ctx.lookup(noun):
                    ctx.define(noun, ref)  # "The Notes ... are referred to as the "X Notes""
                    ctx.collector.add(
                        ref, "Instrument", ctx.span(m.start(), m.end()), None, (noun,)
                    )
    for hit in matches_near(_DEFINED, text, _DEFINED_CUE, 300):
        m = _nearest_kind(text, hit)
        named = ctx.lookup(m["term"])
        known = [r for r in named if (e := ctx.collector.get(r)) and e.label == "Instrument"]
        if named and not known:
            continue  # the term names a party or an agreement
        titled = (
            None
            if known or _several(text, m)
            else _titled_before(ctx, m.end("noun"), m.start("term"))
        )
        if titled is not None:
            # "that certain Amended and Restated Revolving Line of Credit Note, dated May 23,
            # 2008, ... ("Line of Credit Note")": the term names the titled note, not another
            term = " ".join(m["term"].split())
            ctx.define(term, titled)
            ctx.collector.add(titled, "Instrument", ctx.span(m.start(), m.end()), None, (term,))
            known = [titled]
        ref = (
            known[0]
            if known
            else (_define(ctx, m["term"], m.start(), m.end()) or _described(ctx, m))
        )
        if ref is None or ref == ctx.self_ref:
            continue
        lead = _PRINCIPAL_BEFORE.search(text, max(0, m.start() - 160), m.start())
        found = parse_amount(lead["amount"]) if lead else None
        if lead and found:
            props: dict[str, PropValue] = {"amount": found[0], "currency": found[1]}
            ctx.collector.add(ref, "Instrument", ctx.span(lead.start(), m.end()), props)
        _issued_terms(ctx, ref, m)


_KIND_NOUN = re.compile(rf"(?i)\b(?:{_KIND_WORD})\b")


def _head(word: str) -> str:
    return word.lower().rstrip("s")


def _nearest_kind(text: str, m: re.Match[str]) -> re.Match[str]:
    """The definition read from the last noun of the term's own kind when the first noun is of
    another ("the Notes set forth ..., and (ii) warrants, in the form of Exhibit B (the
    "Warrants")": the term names the warrants, not the notes)."""
    kind = _head(m["term"].split()[-1])
    if _head(m["noun"]) == kind:
        return m
    paren = text.rfind("(", m.end("noun"), m.start("term"))
    between = _KIND_NOUN.finditer(text, m.end("noun"), max(paren, m.end("noun")))
    nouns = [n for n in between if _head(n[0]) == kind]
    if not nouns:
        return m
    again = _DEFINED.match(text, nouns[-1].start())
    return again if again is not None and again.end() == m.end() else m


def _several(text: str, m: re.Match[str]) -> bool:
    """Whether a definition's term may name more than the instrument its noun ends: another
    instrument word stands between the noun and the term's parenthesis, or the parenthesis
    gathers ("2011 Notes, 2012 Notes ... (collectively, the "Existing Notes")")."""
    paren = text.rfind("(", m.end("noun"), m.start("term"))
    between = text[m.end("noun") : max(paren, m.end("noun"))]
    return bool(
        re.search(r"(?i)\b(?:notes?|warrants?|debentures?|bonds?)\b", between)
        or re.search(r"(?i)\b(?:collectively|together|each)\b", text[paren : m.start("term")])
    )


#: the small words a title keeps in lowercase ("Amended and Restated Line of Credit Note",
#: "Senior Notes due 2015")
_LINKS = frozenset({"and", "of", "to", "for", "the", "on", "in", "due"})


#: the words that open a new note's title over the title of the note it replaces: "an Amended
#: and Restated Revolving Promissory Note ... (the "Amended Note")" is not the "Revolving
#: Promissory Note" it restates
_RESTATING = rule(
    "instruments.restating_title_words",
    r"\b(?:Amended\s+and\s+Restated|AMENDED\s+AND\s+RESTATED|Restated|RESTATED|Replacement"
    r"|REPLACEMENT|Substitute|SUBSTITUTE|Renewal|RENEWAL)\s+\Z",
    reads="the words that open a new note's title before the title of the note it replaces",
    matches=[
        passage("deliver to Lender an Amended and Restated ", match="Amended and Restated "),
        passage("execute a Replacement ", match="Replacement "),
    ],
    rejects=["the Revolving Note, as amended and restated ", "that certain "],
)


def _titled_before(ctx: DocContext, end: int, limit: int) -> str | None:
    """The instrument whose title (two words or more, the longest) the text spells through
    ``end``: the note a definition's noun ends the title of, or sits in ("that certain 10%
    Senior Convertible Note due December 31, 2020, dated ... (the "Existing Note")"), the
    title written before ``limit`` (the definition's term)."""
    lo = max(0, end - 160)
    spelled = [
        (len(title), ref)
        for ref, e in ctx.collector.entities.items()
        if e.label == "Instrument"
        and isinstance(title := e.props.get("title"), str)
        and len(title.split()) > 1
        and _spells(ctx.text, title, lo, end, limit)
    ]
    return max(spelled)[1] if spelled else None  # the longest: "Amended and Restated ... Note"


def _spells(text: str, title: str, lo: int, end: int, limit: int) -> bool:
    """Whether ``title`` is written, capitalised as a title is ("a promissory note" describes,
    never names), over the offset ``end`` between ``lo`` and ``limit``."""
    words = title.split()
    pattern = r"(?i)(?<![\w-])" + r"\s+".join(re.escape(w) for w in words) + r"(?![\w-])"
    for found in re.finditer(pattern, text[lo:limit]):
        if not lo + found.start() < end <= lo + found.end():
            continue
        if _RESTATING.search(text, max(0, lo + found.start() - 40), lo + found.start()):
            continue  # "an Amended and Restated Revolving Note": a new note, not the one restated
        if all(w[:1].isupper() or not w[:1].isalpha() or w in _LINKS for w in found[0].split()):
            return True
    return False


#: the day a clause issues an instrument on: "on March 10, 2016 the Company issued", "issued
#: ... on April 21, 2011"
_ON_DATE = rule(
    "instruments.on_date",
    # never the day a payment falls on: "with all amounts unpaid due on August 31, 2024"
    r"(?i)(?<!due\s)(?<!payable\s)(?<!matures\s)(?<!mature\s)(?<!expires\s)(?<!ending\s)"
    r"(?<!beginning\s)(?<!commencing\s)(?<!starting\s)"
    rf"\bon\s+(?P<date>{DATE})",
    reads="the day a clause issues an instrument on",
    matches=[
        passage("on March 10, 2016 the Company issued", date="March 10, 2016"),
        passage("issued to the Investors on January 31, 2012;", date="January 31, 2012"),
    ],
    rejects=[
        "issued on the Closing Date",
        "issued in March 2016",
        "with all amounts then unpaid due on August 31, 2024",
        "in monthly installments beginning on October 1, 2019",
        "the balance payable on June 9, 2027",
    ],
)

#: where one item of a list of issues ends and the next begins: "; (b)", "; and"
_ITEM_BREAK = rule(
    "instruments.item_break",
    r";|\((?:[a-z]|[ivx]+|\d{1,2})\)\s",
    reads="where one item of a list of issues ends and the next begins",
    matches=[
        passage("the 2011 Notes; and", match=";"),
        passage("(b) $5,000,000 of Notes", match="(b) "),
        passage("(iv) the Warrants", match="(iv) "),
    ],
    rejects=["the Notes (the 2011 Notes)", "Section 2(b)"],
)


def _issued_terms(ctx: DocContext, ref: str, m: re.Match[str]) -> None:
    """What the clause defining an instrument states of that one: the principal written between
    its noun and its term ("a senior secured convertible note in the principal amount of
    $3,000,000 (the "2016 Note")"; never a warrant's, whose figures are shares and prices),
    and, where the clause issues it, the day it does ("On September 5, 2017, the Company issued
    ... (the "2017 Note")": the last such date before the term)."""
    e = ctx.collector.entities[ref]
    text = ctx.text
    props: dict[str, PropValue] = {}
    if e.props.get("kind") != "warrant":
        money(props, text[m.start() : m.end()])
    lo, hi = clause_span(ctx, m.start(), m.end())
    if _ISSUING.search(text, lo, hi):
        # the item of a list that defines it ("(b) $5,000,000 of Notes (the "2012 Notes") ...
        # to the Investors on January 31, 2012;"), else the whole clause when it names one day
        before = [x.end() for x in _ITEM_BREAK.finditer(text, lo, m.start())]
        after = _ITEM_BREAK.search(text, m.end(), hi)
        item = {
            d["date"]
            for d in _ON_DATE.finditer(text, max([lo, *before]), after.start() if after else hi)
        }
        clause = {d["date"] for d in _ON_DATE.finditer(text, lo, hi)}
        day = item if len(item) == 1 else (clause if not item and len(clause) == 1 else set())
        props["date"] = parse_date(day.pop()) if day else None
    if any(v is not None for v in props.values()):
        ctx.collector.add(ref, "Instrument", ctx.span(lo, m.end()), props)
