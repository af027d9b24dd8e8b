"""Notes written out in a document: each text that promises to pay under a heading naming a
note is one instrument, whether the document is that note, attaches it as a form or appends
it executed ("EXHIBIT A / PROMISSORY NOTE / $15,000,000 / For value received, X promises to
pay to the order of Y ...").

Vocabulary:
- *note text*: a "promise(s) to pay" clause under a heading line ending in "NOTE" (with the
  line above when it only qualifies it: "THIRD AMENDED AND RESTATED / REVOLVING CREDIT NOTE"),
  read up to the next note heading or attachment label.
- *maker*: the parties named before the promise (their names, else their defined term); a
  maker written only as "the undersigned" is the company whose signature block closes the text.
- *payee*: the party after "to the order of" / "pay to": it HOLDS the note and, the note being
  its claim on the maker, LENDS_TO the maker.
- *issuing agreement*: the agreement the note says it is "referred to in", issued, executed or
  delivered "under" / "pursuant to", or "evidences" indebtedness under, however many clauses
  stand between the cue and the agreement ("is the Term Note referred to in, is issued
  pursuant to, and is subject to the terms of, the Credit Agreement"); failing such a cue, the
  first agreement the note is payable or accelerated "under" / "pursuant to" or whose terms it
  borrows ("as defined in the Loan Agreement"), a security or guaranty agreement excepted.
  "the Credit Agreement" with no definition of its own is the document's own agreement when
  that is the agreement's title.

Runs after exhibits and appended agreements are read, so that the note an exhibit or an
appended region already made is the one that gets the terms and edges, never a second node.
"""

from __future__ import annotations

import re

from ingest.agreements.kinds import title_case
from ingest.context import DocContext, norm_term
from ingest.dates import find_dates, parse_date
from ingest.instruments import interest_rate, maturity_date, parse_amount
from ingest.law import governing_law
from ingest.names import is_org_name, name_runs, singular
from ingest.parties.add import add_party
from ingest.records import PropValue
from ingest.references.keys import mention_ref, norm_title
from ingest.references.kinds import title_kind
from ingest.references.titles import DATE
from ingest.relations.promises import note_makers, note_payees
from ingest.rules import passage, rule
from ingest.signatures.blocks import add_signer, signature_blocks

_PROMISE = rule(
    "notes.promise",
    r"(?i)\bpromises?\s+to\s+pay\b",
    reads="a note's promise: the maker promises to pay",
    matches=[
        passage("the Borrower promises to pay to the order of", match="promises to pay"),
        passage("each of the undersigned PROMISE TO PAY", match="PROMISE TO PAY"),
    ],
    rejects=["the payment promised by the Borrower", "promises to deliver"],
)
#: a heading line naming a note: capitals only, ending in NOTE ("TERM NOTE", "PROMISSORY NOTE"),
#: or in the date it is due ("10% CONVERTIBLE PROMISSORY NOTE DUE SEPTEMBER 1, 2023")
_HEADING = rule(
    "notes.heading",
    r"(?m)^[ \t]*(?P<t>(?:[A-Z0-9][A-Z0-9&,.'/%-]*[ \t]+){0,7}NOTE(?:-[A-Z0-9]{1,2})?"
    r"(?:[ \t]+DUE[ \t]+[A-Z0-9][A-Z0-9 ,]{3,24})?)[ \t]*$",
    reads="a note's heading line: capitals ending in NOTE (or the tranche letter a hyphen joins "
    'to it, "TERM NOTE-A") or in the date it falls due',
    matches=[
        passage("\nREVOLVING CREDIT NOTE\n", t="REVOLVING CREDIT NOTE"),
        passage(
            "8% CONVERTIBLE PROMISSORY NOTE DUE MAY 1, 2025",
            t=("8% CONVERTIBLE PROMISSORY NOTE DUE MAY 1, 2025"),
        ),
        passage("  TERM NOTE", t="TERM NOTE"),
        passage("\nTERM NOTE-B\n", t="TERM NOTE-B"),
    ],
    rejects=["Revolving Credit Note", "NOTE: see Section 2", "SEE THE NOTE ABOVE."],
)
#: the line above a heading that only qualifies it ("THIRD AMENDED AND RESTATED", "REVOLVING")
_QUALIFIER = rule(
    "notes.qualifier",
    r"^[ \t]*(?P<q>(?:[A-Z][A-Z&,.'-]*[ \t]+){0,5}(?:RESTATED|AMENDED|REVOLVING|SENIOR|SECURED"
    r"|CONVERTIBLE|PROMISSORY|COMMERCIAL|TERM|SUBORDINATED|MASTER|REPLACEMENT|SWING\s*LINE))"
    r"[ \t]*$",
    reads="the line above a note's heading that only qualifies it",
    matches=[
        passage("THIRD AMENDED AND RESTATED", q="THIRD AMENDED AND RESTATED"),
        passage("  SENIOR SECURED  ", q="SENIOR SECURED"),
    ],
    rejects=["ACME CORPORATION", "Amended and Restated"],
    mode="match",
)
#: where a note text stops at the latest: the next attachment label or note heading
_NEXT = rule(
    "notes.next",
    r"(?m)^[ \t]*(?:EXHIBIT|SCHEDULE|ANNEX|Exhibit|Schedule|Annex)\b",
    reads="where a note's text stops at the latest: the next attachment label",
    matches=[
        passage("the Holder.\n\nEXHIBIT B\n", match="EXHIBIT"),
        passage("\n  Schedule 1", match="  Schedule"),
    ],
    rejects=["as set forth in Exhibit B", "the Schedules hereto"],
)
#: how far above its promise a note's heading may stand, and how long a note text may run
_HEADING_WINDOW = 1500
_NOTE_WINDOW = 15_000


def _heading(text: str, lo: int, promise: int) -> tuple[int, int, str] | None:
    """The last note heading in ``text[lo:promise]`` (start, end, title), qualifier included."""
    found = None
    for m in _HEADING.finditer(text, lo, promise):
        found = m
    if found is None:
        return None
    start, title = found.start("t"), found["t"]
    above_end = text.rfind("\n", 0, found.start())
    above_start = text.rfind("\n", 0, max(above_end, 0)) + 1
    if above_end > lo and (q := _QUALIFIER.match(text, above_start, above_end)):
        start, title = q.start("q"), f"{q['q']} {title}"
    return start, found.end("t"), " ".join(title.split())


def _same_note(own: str, heading: str) -> bool:
    """ "Revolving Credit Note" names the note headed "THIRD AMENDED AND RESTATED REVOLVING
    CREDIT NOTE" (a heading adds its restatement, never another kind of note)."""
    a, b = norm_title(singular(own)), norm_title(singular(heading))
    return bool(a) and (a == b or (len(a.split()) >= 2 and b.endswith(" " + a)))


def _note_ref(ctx: DocContext, start: int, promise: int, title: str) -> str:
    """The instrument the note text is: the one an exhibit or appended region made at its
    heading, else the one of the same title (the document's own note first), else a new one."""
    for ref, e in ctx.collector.entities.items():
        if e.label == "Instrument" and any(start - 200 <= s.start < promise for s in e.evidence):
            return ref
    candidates = [ctx.self_ref] if ctx.self_ref else []
    candidates += [r for r in ctx.collector.entities if r != ctx.self_ref]
    for ref in candidates:
        found = ctx.collector.get(ref)
        t = found.props.get("title") if found else None
        if found and found.label == "Instrument" and isinstance(t, str) and _same_note(t, title):
            return ref
    ref = f"instrument:note-text:{norm_term(title)}:{start}"
    props: dict[str, PropValue] = {"title": title_case(title), "kind": "note"}
    ctx.collector.add(ref, "Instrument", ctx.span(start, start + len(title)), props, contained=True)
    return ref


def _date_mentions(ctx: DocContext, note: str, start: int, end: int) -> None:
    """An undated mention of the note written out at ``text[start:end]`` (in the body: "a
    promissory note substantially in the form of Exhibit A (the "Term Loan Note")"; in the
    note itself: "This Term Loan Note (the "Note") is ...") takes the note's date: one
    instrument, whose mention and text the graph then keys alike."""
    e = ctx.collector.entities[note]
    date, title = e.props.get("date"), norm_title(str(e.props.get("title") or ""))
    if not isinstance(date, str) or not title:
        return
    for ref, other in ctx.collector.entities.items():
        if (
            ref != note
            and other.label == "Instrument"
            and (not other.contained or any(start <= x.start < end for x in other.evidence))
            and other.props.get("date") is None
            and norm_title(str(other.props.get("title") or "")) == title
        ):
            ctx.collector.add(ref, "Instrument", other.evidence[0], {"date": date})


def _terms(ctx: DocContext, start: int, promise: int, end: int) -> dict[str, PropValue]:
    """The note's amount and date (its heading lines, else the promise), maturity, rate and
    governing law (its text)."""
    text = ctx.text
    head = text[start:promise]
    body = text[promise:end]
    found = parse_amount(head) or parse_amount(body[:600])
    dates = find_dates(text, start, promise)
    law = governing_law(text, promise, end)
    # "On or before ..., for value", else further on: "On September 30, 2000, all outstanding
    # principal ... will be due and payable" after a page of rate tables
    matures = maturity_date(text[start:promise] + body[:4000]) or maturity_date(body[4000:])
    if matures is None:
        # "payable on the Termination Date", "on the Maturity Date (as defined in the Credit
        # Agreement)": the date the document gives that term
        named = _DUE_ON_TERM.search(body[:4000])
        term = named["term"] if named else None
        if term is None and _MATURITY_TERM.search(body[:4000]):
            term = "Maturity Date"
        matures = _defined_date(text, term) if term else None
    signed = _DATED.search(body)
    props: dict[str, PropValue] = {
        "date": dates[0].iso if dates else (parse_date(signed["date"]) if signed else None),
        "maturity_date": matures,
        "interest_rate": interest_rate(body[:4000]) or _rate_by_reference(text, body[:4000]),
        "governing_law": law.jurisdiction if law else None,
    }
    if found:
        props["amount"], props["currency"] = found
    return props


#: a note that speaks of its maturity date as a defined term without saying which
_MATURITY_TERM = rule(
    "notes.maturity_term",
    r"\bMaturity\s+Date\b",
    reads="a note that names the Maturity Date, a term its agreement defines",
    matches=[
        passage("all principal is due on the Maturity Date (as defined", match="Maturity Date")
    ],
    rejects=["the maturity date of the Loans", "the Maturity Dates"],
)
#: a maker named only as "the undersigned"
_UNDERSIGNED = rule(
    "notes.undersigned",
    r"(?i)\bundersigned\b",
    reads="the words before a note's promise: a maker that is only the undersigned",
    matches=[
        passage("FOR VALUE RECEIVED, the undersigned ", match="undersigned"),
        passage("EACH OF THE UNDERSIGNED jointly", match="UNDERSIGNED"),
    ],
    rejects=["FOR VALUE RECEIVED, the Company ", "the signed original"],
)
#: the words before an agreement's title in a note's phrase: "that certain", "the", "a"
_ARTICLE = rule(
    "notes.article",
    r"^(?:that\s+certain|a\s+certain|the|a|an)\s+",
    reads="the words before an agreement's title as a note names it",
    matches=[
        passage("that certain Credit Agreement", match="that certain "),
        passage("the Loan Agreement", match="the "),
        passage("a letter agreement", match="a "),
    ],
    rejects=["Credit Agreement", "another agreement", "theory"],
)
#: a phrase with a title to read: a capital, or a letter agreement
_TITLED = rule(
    "notes.titled",
    r"[A-Z]|\bletter\b",
    reads="an agreement as a note names it, after its article: a title to read",
    matches=[passage("Credit Agreement", match="C"), passage("letter agreement", match="letter")],
    rejects=["agreement", "newsletter agreement"],
)


#: the defined date a note's principal falls due on: "on the Termination Date", "until the
#: Revolving Credit Maturity Date"
_DUE_ON_TERM = rule(
    "notes.due_on_term",
    r"\b(?:on|until|by)\s+the\s+(?P<term>(?:[A-Z][\w-]*\s+){0,3}?(?:Maturity|Termination"
    r"|Expiration)\s+Date)\b",
    reads="the defined date a note's principal falls due on",
    matches=[
        passage("payable in full on the Maturity Date", term="Maturity Date"),
        passage(
            "until the Revolving Credit Termination Date",
            term=("Revolving Credit Termination Date"),
        ),
    ],
    rejects=["on the date of maturity", "the Maturity Date means"],
)
#: the label a note's opening lines date it by: "Issue Date:", "Original Issue Date:", "Date
#: of Issuance:", "Issuance Date:"
_ISSUE_DATE = rule(
    "notes.issue_date",
    rf"(?i)\b(?:(?:original\s+)?issu(?:e|ance)\s+date|date\s+of\s+(?:original\s+)?issu(?:e|ance))"
    rf"\s*:\s*(?P<date>{DATE})",
    reads="the label a note's opening lines date it by",
    matches=[
        passage("Original Issue Date: March 3, 2014", date="March 3, 2014"),
        passage("Date of Issuance: June 30, 2019", date="June 30, 2019"),
    ],
    rejects=["the issue date of the Note", "Issue Date: to be determined"],
)
#: the line a note is dated by at its foot, above the signature: "Dated: March 28, 2013."
_DATED = rule(
    "notes.dated",
    rf"(?im)^[ \t]*dated(?:\s+as\s+of)?\s*:?\s*(?P<date>{DATE})",
    reads="the line a note is dated by at its foot, above the signature",
    matches=[
        passage("\nDated: March 28, 2013.\n", date="March 28, 2013"),
        passage("  Dated as of January 5, 2020", date="January 5, 2020"),
    ],
    rejects=["the Note dated March 28, 2013", "Dated: ____________"],
)


#: a rate the note takes from a section of its agreement: "at the rates and on the dates
#: specified in subsection 1.4 of the Credit Agreement"
_RATE_IN_SECTION = rule(
    "notes.rate_in_section",
    r"(?is)\brates?\b[^.;]{0,80}?\b(?:specified|set\s+forth|provided|stated)\s+in\s+"
    r"(?:sub)?sections?\s+(?P<num>\d+(?:\.\d+)*)",
    reads="a rate the note takes from a section of its agreement: the section's number",
    matches=[
        passage("at the rates and on the dates specified in subsection 1.4 of", num="1.4"),
        passage("interest at the rate set forth in Section 2.07", num="2.07"),
    ],
    rejects=["at the rate of 8% per annum", "rates specified in Schedule A"],
)


def _rate_by_reference(text: str, body: str) -> float | int | None:
    """The fixed rate of the section a note's rate clause points to, where the document holds
    that section ("1.4 Interest Rates ... 1.4.1 The Loan shall bear interest at a rate equal to
    eight percent (8%) per annum")."""
    m = _RATE_IN_SECTION.search(body)
    section = (
        re.search(rf"(?m)^[ \t]*(?:Section\s+)?{re.escape(m['num'])}\.?[ \t]+\S", text)
        if m
        else None
    )
    return interest_rate(text[section.start() : section.start() + 1200]) if section else None


def _defined_date(text: str, term: str) -> str | None:
    """The date a document defines ``term`` as: "July 1, 2012 (the "Maturity Date")",
    ""Termination Date": October 1, 2002", ""Maturity Date" means December 31, 2023"."""
    t = r"\s+".join(map(re.escape, term.split()))
    m = re.search(
        rf"(?P<date>{DATE})\s*\(\s*the\s+[\"\u201c]{t}[\"\u201d]\s*\)"
        rf"|[\"\u201c]{t}[\"\u201d]\s*(?::|means|shall\s+mean)\s*(?P<date2>{DATE})",
        text,
    )
    return parse_date(m["date"] or m["date2"]) if m else None


#: the payee a promise names by its legal name: "to the order of", "to or to the order of",
#: "to Eastgate Partners LP or its registered assigns"
_PAYEE_NAME = rule(
    "notes.payee_name",
    r"(?is)\bpromises?\s+to\s+pay\s+to\s+(?:or\s+to\s+)?(?:the\s+order\s+of\s+)?"
    r"(?P<payee>[^,;()]{2,120}?)"
    r"(?=\s*\(|\s*,|\s+or\s+(?:its|his|her|their)\s+(?:registered\s+|permitted\s+)?assigns)",
    reads="the payee a note's promise names by its legal name",
    matches=[
        passage("promises to pay to the order of First Bank, N.A. (the", payee="First Bank"),
        passage("promises to pay to or to the order of ALPHA FUND LP, the", payee="ALPHA FUND LP"),
        passage(
            "promises to pay to Beta Partners LP or its registered assigns",
            payee=("Beta Partners LP"),
        ),
    ],
    rejects=["promises to pay the principal amount", "shall pay to the order of the Bank,"],
)
#: a payee's name that is a company's by its last word: the promise may be the only place the
#: holder of a note is named
_ORG_END = rule(
    "notes.org_end",
    r"(?i)\b(?:inc|l\.?\s?p|l\.?l\.?c|ltd|limited|fund|trust|partners|partnership|bank|company"
    r"|corp\w*|n\.?\s?a)\.?$",
    reads="a payee's name that is a company's by its last word",
    matches=[
        passage("Sprott Resource Lending Partnership", match="Partnership"),
        passage("Gamma Capital, L.P.", match="L.P."),
        passage("First National Bank", match="Bank"),
    ],
    rejects=["John Smith", "Banking Day"],
)


def _key(name: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", name.lower()).split())


def _payees(ctx: DocContext, clause: str, offset: int | None = None) -> list[str]:
    """The payee of a note's promise: the party whose legal name the promise spells ("to or to
    the order of SPROTT RESOURCE LENDING PARTNERSHIP"), else as ``note_payees`` reads it (a
    defined term, a name) - never a party a last word of the name happens to define. A company
    named there and nowhere else (``clause`` starting at ``offset``) becomes a party."""
    m = _PAYEE_NAME.search(clause)
    want = _key(m["payee"]) if m else ""
    named = [
        ref
        for ref, e in ctx.collector.entities.items()
        if e.label == "Party" and want and _key(str(e.props.get("name") or "")) == want
    ]
    found = named[:1] or note_payees(ctx, clause)
    if found or m is None or offset is None:
        return found
    name = " ".join(m["payee"].split())
    if re.match(r"[A-Z]", name) and _ORG_END.search(name) and not re.search(r"_{3,}|\[", name):
        a, b = offset + m.start("payee"), offset + m.end("payee")
        return [add_party(ctx, name, a, b, kind="organization")]
    return []


#: a full stop that ends no sentence: "ST. LOUIS", "Co. (the", "N.A. as", "L.P., a"
_ABBREVIATION = rule(
    "notes.abbreviation",
    r"(?i)(?:\b(?:st|inc|co|corp|ltd|no|mr|ms|dr|jr|sr|bros|assn|natl)|\b[a-z]\.[a-z]|\b[a-z])$",
    reads="the end of a sentence piece whose full stop ends no sentence (an abbreviation)",
    matches=[
        passage("ST", match="ST"),
        passage("Acme Co", match="Co"),
        passage("N.A", match="N.A"),
    ],
    rejects=["the Holder", "the Company"],
)


def _sentence_end(text: str, pos: int, end: int) -> int:
    """Where the sentence running at ``pos`` ends (before ``end``): the first full stop
    followed by a space that no abbreviation of a name explains."""
    for m in re.finditer(r"\.\s", text[pos:end]):
        if not _ABBREVIATION.search(text[pos : pos + m.start()][-8:]):
            return pos + m.start() + 1
    return end


#: a maker written as a defined term only: "FOR VALUE RECEIVED, the Company promises"
_TERM_SUBJECT = rule(
    "notes.term_subject",
    r"\b[Tt]he\s+(?P<term>[A-Z][a-z]+)\s*(?:,\s*)?(?:hereby\s+)?$",
    reads="a maker written as a defined term only, just before its promise",
    matches=[
        passage("FOR VALUE RECEIVED, the Company ", term="Company"),
        passage("FOR VALUE RECEIVED, The Borrower, hereby ", term="Borrower"),
    ],
    rejects=["FOR VALUE RECEIVED, the undersigned ", "the Company and "],
)


def _defined_company(ctx: DocContext, term: str, before: int) -> list[str]:
    """The company a term the note defines before its promise names, when no earlier step made
    it a party ("... 12% Senior Convertible Notes of Brightwater Labs, Inc., a Delaware
    corporation (the "Company")"): the last company name before the definition."""
    text = ctx.text
    pattern = rf"\(\s*(?:the\s+)?[\"\u201c]{re.escape(term)}[\"\u201d]\s*\)"
    defined = list(re.finditer(pattern, text[:before]))
    if not defined:
        return []
    found = defined[-1]
    lo = max(0, found.start() - 240)
    runs = [r for r in name_runs(text, lo, found.start()) if is_org_name(r.text)]
    if not runs:
        return []
    ref = add_party(ctx, runs[-1].text, runs[-1].start, runs[-1].end, kind="organization")
    ctx.define(term, ref)
    return [ref]


def _undersigned(ctx: DocContext, promise: int, end: int) -> list[str]:
    """The companies signing at the foot of a note whose maker is only "the undersigned"."""
    out: list[str] = []
    for b in signature_blocks(ctx.text, promise, end):
        if b.company and b.company_span:
            cs, ce = b.company_span
            ref = add_party(ctx, b.company, cs, ce, kind="organization")
            if ref not in out:
                out.append(ref)
    return out


def _signers(ctx: DocContext, note: str, promise: int, end: int) -> None:
    """Who signs at the foot of a note text signs the note, for the company of the block
    (its maker): "SEI INVESTMENTS COMPANY / By: ... / Print Name: Kathy Heilig"."""
    for b in signature_blocks(ctx.text, promise, end):
        if b.signer:
            company = None
            if b.company and b.company_span:
                cs, ce = b.company_span
                company = add_party(ctx, b.company, cs, ce, kind="organization")
            add_signer(ctx, b, b.signer, note, company)


def extract_note_texts(ctx: DocContext) -> None:
    """Each note text: its instrument with terms, ISSUES from each maker, HOLDS from each
    payee (who LENDS_TO the makers), ISSUED_UNDER its issuing agreement."""
    text = ctx.text
    last = 0
    for m in _PROMISE.finditer(text):
        if m.start() < last:
            continue
        lo = max(last, m.start() - _HEADING_WINDOW)
        head = _heading(text, lo, m.start())
        if head is None:
            continue
        start, h_end, title = head
        nxt = _NEXT.search(text, m.end(), m.end() + _NOTE_WINDOW)
        following = _HEADING.search(text, m.end(), m.end() + _NOTE_WINDOW)
        end = min(x.start() if x else m.end() + _NOTE_WINDOW for x in (nxt, following))
        end = min(end, len(text))
        last = end
        note = _note_ref(ctx, start, m.start(), title)
        ctx.collector.add(
            note, "Instrument", ctx.span(start, h_end), _terms(ctx, start, m.start(), end)
        )
        issued = _ISSUE_DATE.search(text, lo, m.start())
        if issued and (iso := parse_date(issued["date"])):
            # "Issue Date: October 12, 2020" above the heading dates the note, whatever date
            # an earlier step read first (its maturity in "... NOTE DUE OCTOBER 12, 2022")
            ctx.collector.entities[note].props["date"] = iso
        _date_mentions(ctx, note, start, end)
        sentence_end = _sentence_end(text, m.end(), end)
        evidence = ctx.span(h_end, sentence_end)
        para = text.rfind("\n\n", h_end, m.start())
        before = text[max(h_end, para + 2 if para >= 0 else h_end) : m.start()]
        makers = note_makers(ctx, before)
        if not makers and _UNDERSIGNED.search(before):
            makers = _undersigned(ctx, m.end(), end)
        if not makers and (term := _TERM_SUBJECT.search(before)):
            makers = _defined_company(ctx, term["term"], m.start())
        clause = text[m.start() : sentence_end]
        payees = [p for p in _payees(ctx, clause, m.start()) if p not in makers]
        amount = ctx.collector.entities[note].props.get("amount")
        for maker in makers:
            ctx.collector.relate("ISSUES", maker, note, evidence)
            for payee in payees:
                props: dict[str, PropValue] = {"instrument": note, "amount": amount}
                ctx.collector.relate("LENDS_TO", payee, maker, evidence, props)
        for payee in payees:
            ctx.collector.relate("HOLDS", payee, note, evidence, {"amount": amount})
        under = _issuing_agreement(ctx, note, m.start(), end)
        if under is not None:
            agr, (a, b) = under
            ctx.collector.relate("ISSUED_UNDER", note, agr, ctx.span(a, b))
        if note != ctx.self_ref:  # the own note's signers are read with its signature pages
            _signers(ctx, note, m.end(), end)


#: an agreement as a note names it: "that certain Credit Agreement", "the Loan Agreement", "a
#: letter agreement" (title words may be joined by "and", "of", "to": "Revolving Credit and
#: Term Loan Agreement")
_AGREEMENT = (
    r"(?P<agr>(?:that\s+certain|a\s+certain|the|a|an)\s+(?:(?:[A-Z][\w'\u2019-]*|and|of|to|for"
    r"|letter|loan|credit|purchase)\s+){0,10}?(?:Agreement|Indenture|agreement))\b"
)
#: the cues that make the agreement after them the one the note is issued under, with the
#: clauses a note strings between ("referred to in, and is entitled to the benefits of, the ...")
_STRONG_UNDER = rule(
    "notes.strong_under",
    r"(?s)\b(?:referred\s+to\s+in|(?:issued|delivered|executed|made)\s+(?:under|pursuant\s+to"
    r"|in\s+connection\s+with)|evidences?\s+(?:[\w-]+\s+){0,6}?(?:under|pursuant\s+to))"
    r"[^.;]{0,200}?" + _AGREEMENT,
    reads="the agreement a note is issued under, after the cue that says so",
    matches=[
        passage(
            "This Note is referred to in, and is entitled to the benefits of, the Credit Agreement",
            agr="the Credit Agreement",
        ),
        passage(
            "issued pursuant to that certain Note Purchase Agreement dated",
            agr=("that certain Note Purchase Agreement"),
        ),
        passage("evidences Loans under a letter agreement", agr="a letter agreement"),
    ],
    rejects=["secured by the Security Agreement", "referred to in Section 2.1."],
)
#: the agreement named before its cue: "that certain Securities Purchase Agreement, dated as of
#: the Issue Date, pursuant to which this Note was originally issued"
_WHICH_UNDER = rule(
    "notes.which_under",
    r"(?s)" + _AGREEMENT + r"[^.;]{0,160}?\b(?:pursuant\s+to|under)\s+which\s+this\s+"
    r"(?:[\w-]+\s+){0,3}?(?:Note|Debenture|Warrant)\s+(?:was|is|has\s+been|will\s+be)\s+"
    r"(?:[a-z]+\s+)?(?:issued|delivered|executed|sold)",
    reads="the agreement a note names before the cue under which it was issued",
    matches=[
        passage(
            "that certain Securities Purchase Agreement, dated as of the Issue Date, "
            "pursuant to which this Note was originally issued",
            agr=("that certain Securities Purchase Agreement"),
        ),
        passage("the Indenture under which this Debenture is issued", agr="the Indenture"),
    ],
    rejects=["the Credit Agreement under which the Loans are made", "the Agreement. Under which"],
)
#: the weaker cues, read when no strong one names an agreement
_WEAK_UNDER = rule(
    "notes.weak_under",
    r"(?s)\b(?:under|pursuant\s+to|defined\s+in|in\s+accordance\s+with|subject\s+to)"
    r"(?:\s+the\s+(?:terms|provisions)(?:\s+and\s+conditions)?\s+of)?\s*,?\s+" + _AGREEMENT,
    reads="the agreement after a weaker cue (under, subject to, defined in)",
    matches=[
        passage("as defined in the Loan Agreement", agr="the Loan Agreement"),
        passage(
            "subject to the terms and conditions of the Credit Agreement",
            agr=("the Credit Agreement"),
        ),
    ],
    rejects=["under this Note", "subject to Section 4"],
)
#: agreements a note is secured, guaranteed or subordinated by, never issued under
_ANCILLARY = rule(
    "notes.ancillary",
    r"(?i)\b(?:security|pledge|guarant\w*|subordination|intercreditor)\b",
    reads="an agreement a note is secured, guaranteed or subordinated by, never issued under",
    matches=[
        passage("the Security Agreement", match="Security"),
        passage("the Subsidiary Guaranty", match="Guaranty"),
    ],
    rejects=["the Credit Agreement", "the Securities Purchase Agreement"],
)


def _named_agreement(ctx: DocContext, phrase: str, after: str) -> str | None:
    """The agreement of the document a note's phrase names: its title (the one dated as the
    words after it say, when several share it), its defined term, else the document's own
    agreement when the phrase is its title."""
    words = _ARTICLE.sub("", " ".join(phrase.split()))
    if not _TITLED.search(words):
        return None  # "under the agreement": no title to read
    want = norm_title(words)
    titled = [
        ref
        for ref, e in ctx.collector.entities.items()
        if e.label == "Agreement" and norm_title(str(e.props.get("title") or "")) == want
    ]
    if len(titled) > 1:
        dates = find_dates(after[:120])
        dated = [
            r
            for r in titled
            if dates and ctx.collector.entities[r].props.get("date") in {d.iso for d in dates}
        ]
        titled = dated or ([ctx.self_ref] if ctx.self_ref in titled else titled)
    if titled:
        return titled[0]
    termed = [
        r for r in ctx.lookup(words) if (e := ctx.collector.get(r)) and e.label == "Agreement"
    ]
    if termed:
        return termed[0]
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    if own is None or own.label != "Agreement" or len(want.split()) < 2:
        return None
    own_title = norm_title(str(own.props.get("title") or ""))
    return ctx.self_ref if own_title == want or own_title.endswith(" " + want) else None


#: a title a strong cue names that no earlier step made a node: capitalised words only
_TITLE = rule(
    "notes.title",
    r"^(?:[A-Z][\w'\u2019-]*\s+(?:(?:and|of|to|for)\s+)?){1,6}(?:Agreement|Indenture)$",
    reads="a title a strong cue names: capitalised words ending in Agreement or Indenture",
    matches=[
        passage("Securities Purchase Agreement", match="Securities Purchase Agreement"),
        passage(
            "Revolving Credit and Term Loan Agreement",
            match=("Revolving Credit and Term Loan Agreement"),
        ),
    ],
    rejects=["letter agreement", "Credit Agreement dated"],
    mode="match",
)


#: an agreement the note names as dated the same day: "dated as of the Issue Date", "of even
#: date herewith" (the issuing agreement then takes the note's date where it has none)
_SAME_DAY = rule(
    "notes.same_day",
    r"(?i)\s*,?\s*(?:dated\s+(?:as\s+of\s+)?(?:the\s+(?:original\s+)?issue\s+date|the\s+date\s+"
    r"hereof)|(?:dated\s+)?(?:of\s+)?even\s+date\s+herewith)\b",
    reads="an agreement the note names as dated the same day, right after its title",
    matches=[
        passage(", dated as of the Issue Date, pursuant", match=", dated as of the Issue Date"),
        passage(" of even date herewith", match=" of even date herewith"),
    ],
    rejects=[" dated as of May 1, 2010", ", between the Company and"],
    mode="match",
)


def _mentioned_agreement(ctx: DocContext, m: re.Match[str]) -> str | None:
    """The agreement a strong cue names by its title when no earlier step made it a node
    ("that certain Securities Purchase Agreement, dated as of the Issue Date, pursuant to
    which this Note was originally issued"): a mentioned agreement, as the text titles it."""
    title = _ARTICLE.sub("", " ".join(m["agr"].split()))
    if not _TITLE.match(title) or len(title.split()) < 2:
        return None
    props: dict[str, PropValue] = {"title": title, "kind": title_kind(title)}
    ref = mention_ref(title, None)
    return ctx.collector.add(ref, "Agreement", ctx.span(m.start("agr"), m.end("agr")), props)


def _issuing_agreement(
    ctx: DocContext, note: str, start: int, end: int
) -> tuple[str, tuple[int, int]] | None:
    """The agreement a note text (``ctx.text[start:end]``) is issued under, and the clause
    saying so (see the module doc: strong cues first, then weak ones)."""
    text = ctx.text
    cues = ((_STRONG_UNDER, False), (_WHICH_UNDER, False), (_WEAK_UNDER, True))
    for pattern, weak in cues:
        for m in pattern.finditer(text, start, end):
            if weak and _ANCILLARY.search(m["agr"]):
                continue
            found = _named_agreement(ctx, m["agr"], text[m.end("agr") : m.end("agr") + 160])
            if found is None and not weak:
                found = _mentioned_agreement(ctx, m)
            if found is not None and _SAME_DAY.match(text, m.end("agr")):
                date = ctx.collector.entities[note].props.get("date")
                ctx.collector.add(
                    found, "Agreement", ctx.span(m.start("agr"), m.end("agr")), {"date": date}
                )
            if found is not None:
                return found, (m.start(), m.end())
    return None
