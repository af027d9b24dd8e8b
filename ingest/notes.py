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
- *issuing agreement*: the agreement the note says it is "referred to in", issued or delivered
  "under" / "pursuant to", or whose defined terms it borrows ("as defined in the Credit
  Agreement"); "the Credit Agreement" with no definition of its own is the document's own
  agreement when that is the agreement's title.

Runs after exhibits and appended agreements are read, so that the note an exhibit or an
appended region already made is the one that gets the terms and edges, never a second node.
"""

from __future__ import annotations

import re

from ingest.agreements import title_case
from ingest.context import DocContext, norm_term
from ingest.dates import find_dates, parse_date
from ingest.instruments import interest_rate, maturity_date, parse_amount
from ingest.law import governing_law
from ingest.names import singular
from ingest.parties import add_party
from ingest.records import PropValue
from ingest.references import DATE, norm_title
from ingest.relations.promises import note_makers, note_payees, notes_agreement
from ingest.signatures import add_signer, signature_blocks

_PROMISE = re.compile(r"(?i)\bpromises?\s+to\s+pay\b")
#: a heading line naming a note: capitals only, ending in NOTE ("TERM NOTE", "PROMISSORY NOTE")
_HEADING = re.compile(r"(?m)^[ \t]*(?P<t>(?:[A-Z][A-Z&,.'/-]*[ \t]+){0,7}NOTE)[ \t]*$")
#: the line above a heading that only qualifies it ("THIRD AMENDED AND RESTATED", "REVOLVING")
_QUALIFIER = re.compile(
    r"^[ \t]*(?P<q>(?:[A-Z][A-Z&,.'-]*[ \t]+){0,5}(?:RESTATED|AMENDED|REVOLVING|SENIOR|SECURED"
    r"|CONVERTIBLE|PROMISSORY|COMMERCIAL|TERM|SUBORDINATED|MASTER|REPLACEMENT|SWING\s*LINE))"
    r"[ \t]*$"
)
#: where a note text stops at the latest: the next attachment label or note heading
_NEXT = re.compile(r"(?m)^[ \t]*(?:EXHIBIT|SCHEDULE|ANNEX|Exhibit|Schedule|Annex)\b")
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


def _terms(ctx: DocContext, start: int, promise: int, end: int) -> dict[str, PropValue]:
    """The note's amount and date (its heading lines, else the promise), maturity, rate and
    governing law (its text)."""
    text = ctx.text
    head = text[start:promise]
    body = text[promise:end]
    found = parse_amount(head) or parse_amount(body[:600])
    dates = find_dates(text, start, promise)
    law = governing_law(text, promise, end)
    matures = maturity_date(text[start:promise] + body[:4000])  # "On or before ..., for value"
    if matures is None and re.search(r"\bMaturity\s+Date\b", body[:4000]):
        # "payable on the Maturity Date (as defined in the Credit Agreement)"
        defined = _DEFINED_MATURITY.search(text)
        matures = parse_date(defined["date"] or defined["date2"]) if defined else None
    props: dict[str, PropValue] = {
        "date": dates[0].iso if dates else None,
        "maturity_date": matures,
        "interest_rate": interest_rate(body[:4000]),
        "governing_law": law.jurisdiction if law else None,
    }
    if found:
        props["amount"], props["currency"] = found
    return props


#: the maturity a document defines: "July 1, 2012 (the "Maturity Date")", ""Maturity Date"
#: means December 31, 2023"
_DEFINED_MATURITY = re.compile(
    rf"(?P<date>{DATE})\s*\(\s*the\s+[\"\u201c]Maturity\s+Date[\"\u201d]\s*\)"
    rf"|[\"\u201c]Maturity\s+Date[\"\u201d]\s+(?:means|shall\s+mean)\s+(?P<date2>{DATE})"
)


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
        head = _heading(text, max(last, m.start() - _HEADING_WINDOW), m.start())
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
        sentence_end = text.find(". ", m.end(), end)
        sentence_end = end if sentence_end < 0 else sentence_end + 1
        evidence = ctx.span(h_end, sentence_end)
        para = text.rfind("\n\n", h_end, m.start())
        before = text[max(h_end, para + 2 if para >= 0 else h_end) : m.start()]
        makers = note_makers(ctx, before)
        if not makers and re.search(r"(?i)\bundersigned\b", before):
            makers = _undersigned(ctx, m.end(), end)
        payees = [p for p in note_payees(ctx, text[m.start() : sentence_end]) if p not in makers]
        amount = ctx.collector.entities[note].props.get("amount")
        for maker in makers:
            ctx.collector.relate("ISSUES", maker, note, evidence)
            for payee in payees:
                props: dict[str, PropValue] = {"instrument": note, "amount": amount}
                ctx.collector.relate("LENDS_TO", payee, maker, evidence, props)
        for payee in payees:
            ctx.collector.relate("HOLDS", payee, note, evidence)
        under = notes_agreement(ctx, text, m.start(), end)
        if under is not None:
            agr, (a, b) = under
            ctx.collector.relate("ISSUED_UNDER", note, agr, ctx.span(a, b))
        if note != ctx.self_ref:  # the own note's signers are read with its signature pages
            _signers(ctx, note, m.end(), end)
