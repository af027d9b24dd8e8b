"""Instruments: notes, debentures, warrants, letters of credit, and their financial terms.

Three sources feed this module:
- the document's own instrument (``ctx.self_ref`` is an Instrument): its amount, interest
  rate, maturity and exercise price, read from the heading and the promise to pay;
- instruments a sentence defines ("a warrant ... (the "Additional Warrants")", "The Notes and
  Warrants issued under X are referred to as the "September Notes" and "September Warrants"");
- titled instruments that ``ingest.references`` already found, whose amount follows them
  ("Promissory Note dated ... in the original principal amount of $2,407,345.19"), and
  instrument exhibits ("This Amended and Restated Revolving Credit Note (this "Note")").
"""

from __future__ import annotations

import re

from ingest.amounts import find_amounts
from ingest.context import DocContext
from ingest.dates import parse_date
from ingest.installment_maturity import UNTIL_BALANCE_DUE
from ingest.records import PropValue
from ingest.references.amends import matches_near
from ingest.references.kinds import title_kind
from ingest.references.titles import DATE
from ingest.rules import passage, rule


def parse_amount(text: str) -> tuple[float | int, str] | None:
    """The first money amount in ``text`` as (number, ISO currency), read by ``ingest.amounts``."""
    found = find_amounts(text)
    return (found[0].plain, found[0].currency) if found else None


def _number(value: float) -> float | int:
    return int(value) if value.is_integer() else value


_RATE = rule(
    "instruments.rate",
    r"(?is)\binterest\b[^.;]{0,160}?\brate\s+(?:per\s+annum\s+)?(?:of|equal\s+to)\s+"
    r"(?:[A-Za-z\s-]{0,60}\()?(?P<rate>\d+(?:\.\d+)?)\s*(?:%|percent)"
    r"|\b(?P<rate2>\d+(?:\.\d+)?)\s*%\s*(?:\)\s*)?per\s+annum",
    reads="the fixed interest rate an instrument states, in percent",
    matches=[
        passage("interest at a rate per annum equal to Seven Percent (7%)", rate="7"),
        passage(
            "interest at the per annum rate equal to eight and nineteen one hundredths percent "
            "(8.19%)",
            rate="8.19",
        ),
        passage("shall bear interest at 8.5% per annum", rate2="8.5"),
        passage("interest on the unpaid principal at the rate of 10 percent", rate="10"),
    ],
    rejects=["interest at the Base Rate plus the Applicable Margin", "a fee of 2% of the amount"],
)
#: what each maturity rule reads
_MATURITY_READS = "the maturity date a note states: "
_MATURITY = (
    rule(
        "instruments.maturity_due",
        rf"(?i)\bdue\s+(?P<date>{DATE})",
        reads=_MATURITY_READS + "due on a date",
        matches=[passage("10% Note due June 30, 2015", date="June 30, 2015")],
        rejects=["due on demand", "amounts due under the Note"],
    ),
    rule(
        "instruments.maturity_defined",
        rf"(?is)[\"\u201c]Maturity\s+Date[\"\u201d]\s+(?:means|shall\s+mean)\s+(?P<date>{DATE})",
        reads=_MATURITY_READS + "the definition of Maturity Date",
        matches=[passage('"Maturity Date" means December 31, 2023', date="December 31, 2023")],
        rejects=['"Maturity Date" means the earlier of', "the Maturity Date of December 31"],
    ),
    rule(
        "instruments.maturity_matures",
        rf"(?is)\bmatur(?:ing|es|ity\s+date\s+(?:of|is))\s+(?:on\s+)?(?P<date>{DATE})",
        reads=_MATURITY_READS + "the note matures (is maturing) on a date",
        matches=[
            passage("this Note matures on March 1, 2012", date="March 1, 2012"),
            passage("Notes maturing April 15, 2020", date="April 15, 2020"),
        ],
        rejects=["this Note matures upon a Change of Control", "the maturity of the Loans"],
    ),
    # the parentheses a promise strings before its date ("(the "Principal Amount") on (subject to
    # the rights of the Lender ...) on March 28, 2014") keep it under 600 characters
    rule(
        "instruments.maturity_promise",
        rf"(?is)\bpromises?\s+to\s+pay\b[^.]{{0,600}}?\bon\s+(?:or\s+before\s+)?(?P<date>{DATE})",
        reads=_MATURITY_READS + "the day the promise to pay names",
        matches=[
            passage(
                "promises to pay to the order of the Bank (the Lender) the sum of $100 on "
                "March 28, 2014",
                date="March 28, 2014",
            ),
            passage("promise to pay the principal on or before June 1, 2010", date="June 1, 2010"),
        ],
        rejects=["promises to pay the sum. On June 1, 2010 the Bank", "promises to pay on demand"],
    ),
    rule(
        "instruments.maturity_on_or_before",
        rf"(?is)\bon\s+or\s+before\s+(?P<date>{DATE})",
        reads=_MATURITY_READS + "payable on or before a date",
        matches=[passage("payable in full on or before May 31, 2001", date="May 31, 2001")],
        rejects=["on or before the Maturity Date", "before May 31, 2001"],
    ),
    # "not later than May 31, 2001 (the "Date of Maturity")", "The Maturity Date is June 30,
    # 1998", "one final payment ... on October 31, 1999"
    rule(
        "instruments.maturity_named_after",
        rf"(?is)\b(?:not\s+later\s+than|on)\s+(?P<date>{DATE})\s*\(\s*the\s+[\"\u201c]"
        r"(?:Maturity\s+Date|Date\s+of\s+Maturity|Termination\s+Date)[\"\u201d]",
        reads=_MATURITY_READS + "a date the text names as the maturity right after it",
        matches=[
            passage('not later than May 31, 2001 (the "Date of Maturity")', date="May 31, 2001"),
            passage("on July 31, 2013 (the “Termination Date”)", date="July 31, 2013"),
        ],
        rejects=['on May 31, 2001 (the "Closing Date")', 'May 31, 2001 (the "Maturity Date")'],
    ),
    rule(
        "instruments.maturity_is",
        rf"(?is)\bMaturity\s+Date\s+(?:is|shall\s+be)\s+(?P<date>{DATE})",
        reads=_MATURITY_READS + "The Maturity Date is (shall be) a date",
        matches=[passage("The Maturity Date shall be June 30, 1998", date="June 30, 1998")],
        rejects=["the Maturity Date shall be extended", "Maturity Date: June 30, 1998"],
    ),
    rule(
        "instruments.maturity_final_payment",
        rf"(?is)\bfinal\s+(?:payment|installment)\b[^.;]{{0,200}}?\bon\s+(?P<date>{DATE})",
        reads=_MATURITY_READS + "the day of the final payment or installment",
        matches=[
            passage(
                "one final payment of all principal on October 31, 1999", date="October 31, 1999"
            ),
            passage("the final installment shall be paid on May 1, 2004", date="May 1, 2004"),
        ],
        rejects=["the final payment; on May 1, 2004", "the first installment on May 1, 2004"],
    ),
    # "On September 30, 2000, all outstanding principal ... will be due and payable", "the
    # unpaid principal ... shall be due and payable in full on June 1, 2009"
    rule(
        "instruments.maturity_due_then",
        rf"(?is)\bon\s+(?P<date>{DATE}),?\s+(?:all|the)\s+(?:outstanding|unpaid)\s+principal"
        r"[^.;]{0,160}?\bdue\s+and\s+payable",
        reads=_MATURITY_READS + "On a date, all principal will be due and payable",
        matches=[
            passage(
                "On September 30, 2000, all outstanding principal and interest will be due and "
                "payable",
                date="September 30, 2000",
            ),
        ],
        rejects=[
            "On September 30, 2000, the Borrower shall pay interest",
            "On demand, all principal",
        ],
    ),
    rule(
        "instruments.maturity_payable_on",
        rf"(?is)\b(?:outstanding|unpaid)\s+principal\b[^.;]{{0,160}}?\bdue\s+and\s+payable"
        rf"(?:\s+in\s+full)?\s+on\s+(?P<date>{DATE})",
        reads=_MATURITY_READS + "the principal shall be due and payable on a date",
        matches=[
            passage(
                "the unpaid principal shall be due and payable in full on June 1, 2009",
                date=("June 1, 2009"),
            ),
            passage(
                "outstanding principal balance is due and payable on 1 March 2011",
                date=("1 March 2011"),
            ),
        ],
        rejects=["unpaid principal shall be due and payable on demand", "interest due on June 1"],
    ),
    UNTIL_BALANCE_DUE,
)
_EXERCISE = rule(
    "instruments.exercise_price",
    r"(?is)\bexercise\s+price\b[^.;$]{0,80}?(?P<amount>\$\s*\d[\d,]*(?:\.\d+)?)\s*(?:per\s+share)?",
    reads="a warrant's exercise price per share",
    matches=[
        passage("at an exercise price of $1.25 per share", amount="$1.25"),
        passage("the Exercise Price shall be $ 0.50", amount="$ 0.50"),
    ],
    rejects=["the exercise price set forth in Section 2", "exercise price. $1.25"],
)
_PRINCIPAL = rule(
    "instruments.principal",
    r"(?is)\b(?:principal\s+(?:sum|amount)|original\s+principal\s+amount|amount)\s+of\s+"
    r"(?:[A-Za-z\s,/-]{0,80}?(?:No/100\s+Dollars\s*)?\(\s*)?"
    r"(?P<amount>(?:U\.?S\.?\s*)?\$\s*\d[\d,]*(?:\.\d+)?)",
    reads="the principal a clause states",
    matches=[
        passage(
            "in the original principal amount of One Million Dollars ($1,000,000)",
            amount=("$1,000,000"),
        ),
        passage("in the amount of $12,450,000", amount="$12,450,000"),
        passage("the principal sum of US$ 500,000", amount="US$ 500,000"),
    ],
    rejects=["the principal amount of the Loans", "an amount equal to 5% of"],
)


#: "the Prime Rate plus one percent (1%) per annum": a margin over a floating rate, which
#: states no fixed rate.
_MARGIN_BEFORE = rule(
    "instruments.rate_margin",
    r"(?i)\b(?:plus|above|over|in\s+excess\s+of|minus|less)\b[^.;%]{0,40}$",
    reads="the words before a percentage that make it a margin over another rate",
    matches=[
        "interest at the Prime Rate plus one percent (",
        "at the LIBOR Rate plus two and one-half percent (",
        "accrues at 1.5 percentage points in excess of ",
    ],
    rejects=["interest at the rate of ", "shall bear interest at "],
)


#: "after the occurrence of an Event of Default, at 12% per annum": the default rate.
_DEFAULT_BEFORE = rule(
    "instruments.rate_on_default",
    r"(?i)\b(?:default|past\s+due|after\s+maturity)\b[^.;%]{0,60}$",
    reads="the words before a percentage that make it the rate after default or maturity",
    matches=["; after default at ", "upon the occurrence of an Event of Default, at a rate of "],
    rejects=["interest at the rate of ", "the Default Interest provisions of Section 4. At "],
)


def interest_rate(text: str) -> float | int | None:
    """The stated fixed interest rate, in percent ("Seven Percent (7%) per annum" -> 7); not
    a margin over a floating rate ("the Prime Rate plus one percent (1%) per annum")."""
    for m in _RATE.finditer(text):
        rate = "rate" if m["rate"] else "rate2"
        before = max(0, m.start(rate) - 80), m.start(rate)
        if not _MARGIN_BEFORE.search(text, *before) and not _DEFAULT_BEFORE.search(text, *before):
            return _number(float(m[rate]))
    return None


def maturity_date(text: str) -> str | None:
    for pattern in _MATURITY:
        m = pattern.search(text)
        if m:
            return parse_date(m["date"])
    return None


def exercise_price(text: str) -> float | int | None:
    m = _EXERCISE.search(text)
    found = parse_amount(m["amount"]) if m else None
    return found[0] if found else None


def principal_amount(text: str) -> tuple[float | int, str] | None:
    """The principal a clause states ("in the original principal amount of One Million Dollars
    ($1,000,000)", "in the amount of $12,450,000"), as (number, ISO currency)."""
    m = _PRINCIPAL.search(text)
    return parse_amount(m["amount"]) if m else None


def _money(props: dict[str, PropValue], text: str) -> None:
    m = _PRINCIPAL.search(text)
    found = parse_amount(m["amount"]) if m else None
    if found:
        props["amount"], props["currency"] = found


def _fill_self(ctx: DocContext) -> None:
    """The own instrument's terms: from its heading (first lines) and its operative text."""
    e = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    if e is None or e.label != "Instrument" or ctx.self_ref is None:
        return
    text = ctx.text
    head = text[:3000]
    props: dict[str, PropValue] = {}
    # a warrant's first figure is its price per share, not an amount it is issued for
    found = parse_amount(head[:1500]) if e.props.get("kind") != "warrant" else None
    if found:
        props["amount"], props["currency"] = found
    else:
        _money(props, head)
    props["interest_rate"] = interest_rate(head) or interest_rate(text[:20000])
    props["maturity_date"] = maturity_date(head) or maturity_date(text[:20000])
    props["exercise_price"] = exercise_price(text[:20000])
    ctx.collector.add(ctx.self_ref, e.label, e.evidence[0], props)


_KIND_WORD = r"notes?|warrants?|debentures?|bonds?"
_DEFINED = rule(
    "instruments.defined",
    rf"(?is)\b(?P<noun>{_KIND_WORD})\b[^.;\"\u201c\u201d]{{0,240}}?\(\s*(?:each,?\s+)?"
    r"(?:the|a|an|collectively,?\s+the)?[\s-]*[\"\u201c]"
    r"(?P<term>(?:[A-Z0-9][\w\s-]{0,40}?)?(?:Notes?|Warrants?|Debentures?|Bonds?))[\"\u201d]",
    reads="an instrument the text defines by a term: its noun and its defined term",
    matches=[
        passage('its 10% senior notes due 2015 (the "Notes")', noun="notes", term="Notes"),
        passage("warrants to purchase shares (each, a “Warrant”)", noun="warrants", term="Warrant"),
        passage(
            'a convertible note in the amount of $3,000,000 (the "2016 Note")', term=("2016 Note")
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


def instrument_ref(title: str) -> str:
    return f"instrument:{' '.join(title.lower().split())}|"


def _clause(ctx: DocContext, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``[start, end)``: the evidence for what was read there."""
    text = ctx.text
    lo = max(text.rfind(". ", 0, start), text.rfind(".\n", 0, start), text.rfind("\n\n", 0, start))
    lo = lo + 2 if lo >= 0 else 0
    hi = text.find(". ", end)
    hi = len(text) if hi < 0 else hi + 1
    while lo < start and text[lo].isspace():
        lo += 1
    return lo, hi


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
    lo, hi = _clause(ctx, start, end)
    sentence = ctx.text[lo:hi]
    props: dict[str, PropValue] = {
        "title": term,
        "kind": _instrument_kind(term),
        "exercise_price": exercise_price(sentence),
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
#: what a sentence does with an instrument it describes and names by a bare word: it is issued,
#: sold, bought, delivered or evidences a loan ("shall issue and sell to the Purchaser a senior
#: secured promissory note ... (the "Note")")
_ISSUING = rule(
    "instruments.issuing",
    r"(?i)\b(?:issu\w*|sell|sold|sale|purchas\w*|deliver\w*|execut\w*|evidenc\w*|form\s+of)\b",
    reads="what a sentence does with an instrument it describes: issues, sells, delivers",
    matches=[
        passage("shall issue and sell to the Purchaser a note", match="issue"),
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
    lo, hi = _clause(ctx, m.start(), m.end())
    if not _ISSUING.search(ctx.text, lo, hi):
        return None
    if re.search(r"(?i)\bexhibit\b", ctx.text[lo:hi]) and _NOTE_HEADING.search(ctx.text, hi):
        return None  # the form is written out below: :mod:`ingest.notes` reads it there
    described: list[str] = []
    for word in reversed(ctx.text[max(lo, m.start() - 80) : m.start()].split()):
        if word.lower() in _POINTERS | _FORM_WORDS:
            break
        if not re.fullmatch(r"[a-z][a-z-]+|\d+(?:\.\d+)?%", word):
            break
        described.insert(0, word)
    if not described or len(described) > 4:
        return None
    title = " ".join(w if w[0].isdigit() else w.capitalize() for w in (*described, m["noun"]))
    kind = _instrument_kind(title)
    props: dict[str, PropValue] = {
        "title": title,
        "kind": kind,
        "interest_rate": interest_rate(ctx.text[lo:hi]),
        "maturity_date": maturity_date(ctx.text[lo:hi]),
    }
    _money(props, ctx.text[m.start() : hi])
    ref = instrument_ref(title)
    ctx.collector.add(ref, "Instrument", ctx.span(lo, hi), props, (term,))
    ctx.define(term, ref)
    return ref


def _defined_instruments(ctx: DocContext) -> None:
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
    for m in matches_near(_DEFINED, text, _DEFINED_CUE, 300):
        named = ctx.lookup(m["term"])
        known = [r for r in named if (e := ctx.collector.get(r)) and e.label == "Instrument"]
        if named and not known:
            continue  # the term names a party or an agreement
        titled = None if known or _several(text, m) else _titled_before(ctx, m.end("noun"))
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


#: the small words a title keeps in lowercase ("Amended and Restated Line of Credit Note")
_LINKS = frozenset({"and", "of", "to", "for", "the", "on", "in"})


def _titled_before(ctx: DocContext, end: int) -> str | None:
    """The instrument whose title (two words or more, the longest) the text right before
    ``end`` spells: the note a definition's noun ends the title of."""
    before = " " + " ".join(ctx.text[max(0, end - 160) : end].split())
    spelled = [
        (len(title), ref)
        for ref, e in ctx.collector.entities.items()
        if e.label == "Instrument"
        and isinstance(title := e.props.get("title"), str)
        and len(title.split()) > 1
        # as a title is written, capitalised ("a promissory note" describes, never names)
        and before.lower().endswith(" " + " ".join(title.lower().split()))
        and all(
            w[:1].isupper() or not w[:1].isalpha() or w in _LINKS
            for w in before.split()[-len(title.split()) :]
        )
    ]
    return max(spelled)[1] if spelled else None  # the longest: "Amended and Restated ... Note"


#: the day a clause issues an instrument on: "on March 10, 2016 the Company issued", "issued
#: ... on April 21, 2011"
_ON_DATE = rule(
    "instruments.on_date",
    rf"(?i)\bon\s+(?P<date>{DATE})",
    reads="the day a clause issues an instrument on",
    matches=[
        passage("on March 10, 2016 the Company issued", date="March 10, 2016"),
        passage("issued to the Investors on January 31, 2012;", date="January 31, 2012"),
    ],
    rejects=["issued on the Closing Date", "issued in March 2016"],
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
        _money(props, text[m.start() : m.end()])
    lo, hi = _clause(ctx, m.start(), m.end())
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


#: a face amount written right before a note's title ("the $9,000,000 Promissory Note")
_FACE_AMOUNT = rule(
    "instruments.face_amount",
    r"\b(?:the|a|its)\s+(?P<amount>(?:U\.?S\.?\s*)?\$\s*\d[\d,]*(?:\.\d+)?)\s+$",
    reads="a face amount written right before a note's title",
    matches=[
        passage("delivery of the $9,000,000 ", amount="$9,000,000"),
        passage("its US $250,000.00 ", amount="US $250,000.00"),
    ],
    rejects=["the $9,000,000 principal ", "$9,000,000 "],
)


def _fill_mentioned(ctx: DocContext) -> None:
    """Amounts right after titled instrument mentions; dates and amounts of instrument exhibits
    (an exhibit's heading: "US $5,000,000.00    January 13, 2004")."""
    text = ctx.text
    for ref, e in list(ctx.collector.entities.items()):
        if e.label != "Instrument" or ref == ctx.self_ref or not e.evidence:
            continue
        props: dict[str, PropValue] = {}
        ev = e.evidence[0]
        title = e.props.get("title")
        exhibit = (
            isinstance(title, str)
            and len(title.split()) > 1
            and (e.contained or re.match(r"This\s", ev.text) is not None)
        )
        if not exhibit:
            if e.props.get("kind") != "warrant":  # a warrant's figures are shares and prices
                _money(props, text[ev.end : ev.end + 250].split(". ")[0])
                # "the $9,000,000 Promissory Note, dated as of the date hereof": its face amount
                at = text.rfind(str(title), ev.start, ev.end) if title else -1
                at = ev.start if at < 0 else at
                lead = _FACE_AMOUNT.search(text, max(0, at - 40), at)
                found = parse_amount(lead["amount"]) if lead and not props else None
                if found:
                    props["amount"], props["currency"] = found
            ctx.collector.add(ref, "Instrument", ev, props)
            continue
        around = text[max(0, ev.start - 1500) : ev.end + 600]
        m = re.search(
            rf"(?P<amount>(?:U\.?S\.?\s*)?\$\s*\d[\d,]*(?:\.\d+)?)[ \t]+(?P<date>{DATE})", around
        )
        if m:
            props["date"] = e.props.get("date") or parse_date(m["date"])
            found = parse_amount(m["amount"])
            if found:
                props["amount"], props["currency"] = found
        ctx.collector.add(ref, "Instrument", ev, props, contained=True)


#: a line of credit an agreement defines: "Bank hereby agrees to make advances to Borrower from
#: time to time up to and including March 22, 2013, not to exceed ... Three Million Dollars
#: ($3,000,000) (the "Line of Credit")", "Lender agrees to make a credit facility available to
#: Borrower (the "Credit Facility")", "... not to exceed $15,000,000 (the "Line of Credit" or
#: the "Loan")"
_LINE_OF_CREDIT = rule(
    "instruments.line_of_credit",
    r"\(\s*(?:the\s+)?[\"\u201c](?P<term>(?:[A-Z][\w-]*\s+){0,3}(?:Line\s+of\s+Credit"
    r"|Credit\s+Facility|Revolving\s+Facility))[\"\u201d]"
    r"(?:\s+or\s+the\s+[\"\u201c][^\"\u201c\u201d]{1,30}[\"\u201d])?\s*\)",
    reads="a line of credit an agreement defines by its term",
    matches=[
        passage('not to exceed $3,000,000 (the "Line of Credit")', term="Line of Credit"),
        passage(
            "available to Borrower (the “Revolving Credit Facility”)",
            term=("Revolving Credit Facility"),
        ),
        passage('(the "Line of Credit" or the "Loan")', term="Line of Credit"),
    ],
    rejects=['(the "Loan")', "the Line of Credit described above"],
)
#: the words by which the agreement itself makes the line available (not a prior line a recital
#: recalls): "hereby agrees to make advances", "shall make"
_ESTABLISHES = rule(
    "instruments.establishes",
    r"(?i)\b(?:hereby|agrees?\s+to|shall|will)\b",
    reads="the words by which the agreement itself makes a line of credit available",
    matches=[
        passage("Bank hereby agrees to make advances", match="hereby"),
        passage("Lender agrees to make a credit facility available", match="agrees to"),
    ],
    rejects=["the Bank made advances under the prior line", "as previously agreed"],
)
#: the last day advances may be made: "up to and including March 22, 2013"
_AVAILABLE_UNTIL = rule(
    "instruments.available_until",
    rf"(?i)\bup\s+to\s+and\s+including\s+(?P<date>{DATE})",
    reads="the last day advances may be made",
    matches=[
        passage("from time to time up to and including March 22, 2013", date=("March 22, 2013"))
    ],
    rejects=["up to and including the Maturity Date", "up to $3,000,000"],
)


#: the day an agreement defines as the last of its credit: "until the Expiration Date" with
#: ""Expiration Date" means June 30, 2009", "terminates on July 31, 2013 (the "Termination
#: Date")", "due and payable on July 31, 2013 (the "Maturity Date")"
_LAST_DAY = rule(
    "instruments.last_day",
    rf"(?P<date>{DATE})\s*\(\s*the\s+[\"\u201c](?P<t>Maturity|Termination|Expiration)\s+Date"
    rf"[\"\u201d]\s*\)|[\"\u201c](?P<t2>Maturity|Termination|Expiration)\s+Date[\"\u201d]\s+"
    rf"(?:means|shall\s+mean|is)\s+(?P<date2>{DATE})",
    reads="the day an agreement defines as the last of its credit",
    matches=[
        passage(
            'terminates on July 31, 2013 (the "Termination Date")',
            date="July 31, 2013",
            t="Termination",
        ),
        passage('"Expiration Date" means June 30, 2009', t2="Expiration", date2="June 30, 2009"),
    ],
    rejects=['July 31, 2013 (the "Closing Date")', '"Maturity Date" means the earlier of'],
)


def _last_day(text: str) -> str | None:
    """The one day the agreement defines as its maturity, termination or expiration date (none
    when it defines several different days)."""
    days = {parse_date(m["date"] or m["date2"]) for m in _LAST_DAY.finditer(text)}
    days.discard(None)
    return days.pop() if len(days) == 1 else None


def _lines_of_credit(ctx: DocContext) -> None:
    """The line of credit the document's own agreement makes available: a credit facility with
    its amount and last day, ISSUED_UNDER that agreement (evidence: the defining clause)."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    if own is None or own.label != "Agreement" or ctx.self_ref is None:
        return
    text = ctx.text
    for m in _LINE_OF_CREDIT.finditer(text):
        term = " ".join(m["term"].split())
        if ctx.lookup(term) or re.match(r"(?i)existing|prior|former", term):
            continue
        lo, _ = _clause(ctx, m.start(), m.end())
        if not _ESTABLISHES.search(text, lo, m.start()):
            continue
        # the amount before the term ("not to exceed ... ($3,000,000) (the "Line of
        # Credit")"), else the one its clause goes on to give ("(the "Credit Facility") in
        # the maximum amount of ... ($1,000,000)")
        _, hi = _clause(ctx, m.start(), m.end())
        amounts = find_amounts(text[lo : m.start()]) or find_amounts(text[m.end() : hi])[:1]
        until = _AVAILABLE_UNTIL.search(text, lo, m.start())
        props: dict[str, PropValue] = {
            "title": term,
            "kind": "credit_facility",
            "amount": amounts[-1].plain if amounts else None,
            "currency": amounts[-1].currency if amounts else None,
            "maturity_date": parse_date(until["date"]) if until else _last_day(text),
        }
        ref = instrument_ref(term)
        evidence = ctx.span(lo, m.end())
        ctx.collector.add(ref, "Instrument", evidence, props, (term,))
        ctx.define(term, ref)
        ctx.collector.relate("ISSUED_UNDER", ref, ctx.self_ref, evidence)


def extract_instruments(ctx: DocContext) -> None:
    """Instrument entities and their financial terms (amount, rate, maturity, exercise price),
    and the line of credit the document's own agreement makes available."""
    _fill_self(ctx)
    _defined_instruments(ctx)
    _lines_of_credit(ctx)
    _fill_mentioned(ctx)
