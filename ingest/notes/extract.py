"""The notes step of the pipeline: each promise to pay written out in the document,
its heading, its node (the one an exhibit or appended region made, if any) and
what is read around it.
"""

from __future__ import annotations

from ingest.agreements.kinds import title_case
from ingest.context import DocContext, norm_term
from ingest.dates import parse_date
from ingest.names import singular
from ingest.notes.issuing_agreement import issuing_agreement
from ingest.notes.parties import (
    TERM_SUBJECT,
    UNDERSIGNED,
    bracketed_makers,
    defined_company,
    end_of_sentence,
    payees_named,
    signers,
    undersigned,
)
from ingest.notes.secured import note_security
from ingest.notes.terms import ISSUE_DATE, terms
from ingest.records import PropValue
from ingest.references.keys import norm_title
from ingest.relations.payee_lists import listed_payees
from ingest.relations.promises import note_makers
from ingest.relations.restated_notes import restated_by_note_text
from ingest.rules import passage, rule

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
    r"(?m)^[ \t]*(?:EXHIBIT|SCHEDULE|ANNEX|Exhibit|Schedule|Annex)\b"
    # not a sentence a hard-wrapped line happens to open on the label ("on\nSchedule A
    # attached hereto and made a part hereof"): an identifier then a word in lower case
    # other than the "to" of "Exhibit A to Credit Agreement"
    r"(?![ \t]+[\w.()-]+,?[ \t]+(?!to\b)[a-z])",
    reads="where a note's text stops at the latest: the next attachment label",
    matches=[
        passage("the Holder.\n\nEXHIBIT B\n", match="EXHIBIT"),
        passage("\n  Schedule 1", match="  Schedule"),
        passage("\nExhibit A to Credit Agreement\n", match="Exhibit"),
        passage("\nEXHIBIT C - FORM OF GUARANTY\n", match="EXHIBIT"),
    ],
    rejects=[
        "as set forth in Exhibit B",
        "the Schedules hereto",
        "payment thereof on\nSchedule A attached hereto and made a part hereof",
        "listed on\nSchedule 2.1 of the Credit Agreement",
    ],
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
    CREDIT NOTE", and the other way round: an exhibit's copy of the document's own note
    headed without its restatement (a heading adds or drops the restatement, never another
    kind of note)."""
    a, b = norm_title(singular(own)), norm_title(singular(heading))
    return bool(a and b) and (
        a == b
        or (len(a.split()) >= 2 and b.endswith(" " + a))
        or (
            len(b.split()) >= 2
            and a.endswith(" " + b)
            and _RESTATED.fullmatch(a[: -len(b)].strip()) is not None
        )
    )


#: What a note's heading adds before its kind when it restates the note: "third amended and
#: restated" (never "... credit agreement and amendment to", which names another document).
_RESTATED = rule(
    "notes.restated_prefix",
    r"(?:\w+\s+)?(?:amended\s+and\s+restated|amended|restated)",
    reads="the words a note's own title puts before the title its exhibit copy is headed by",
    matches=["third amended and restated", "amended", "second restated"],
    rejects=["second amended and restated credit agreement and amendment to", "senior secured"],
    mode="fullmatch",
)


def _note_ref(
    ctx: DocContext,
    start: int,
    promise: int,
    title: str,
    amount: PropValue,
    written: dict[str, PropValue],
) -> str:
    """The instrument the note text is: the one an exhibit or appended region made at its
    heading, else the one of the same title (the document's own note first), else a new one.
    A note text whose principal differs from that of a note text already written out under
    the same title is another note (the notes a credit agreement appends, one to each lender
    for its commitment: "$30,000,000 ... to the order of Beta Bank", "$20,000,000 ... to the
    order of Gamma Bank"): ``written`` holds the principal of each instrument written out."""
    for ref, e in ctx.collector.entities.items():
        if e.label == "Instrument" and any(start - 200 <= s.start < promise for s in e.evidence):
            return ref
    candidates = [ctx.self_ref] if ctx.self_ref else []
    candidates += [r for r in ctx.collector.entities if r != ctx.self_ref]
    for ref in candidates:
        found = ctx.collector.get(ref)
        t = found.props.get("title") if found else None
        if found and found.label == "Instrument" and isinstance(t, str) and _same_note(t, title):
            if amount is not None and written.get(ref) not in (None, amount):
                continue  # another lender's note of the same form
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


def extract_note_texts(ctx: DocContext) -> None:
    """Each note text: its instrument with terms, ISSUES from each maker, HOLDS from each
    payee (who LENDS_TO the makers), ISSUED_UNDER its issuing agreement."""
    text = ctx.text
    last = 0
    written: dict[str, PropValue] = {}
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
        stated = terms(ctx, start, m.start(), end)
        note = _note_ref(ctx, start, m.start(), title, stated.get("amount"), written)
        written.setdefault(note, stated.get("amount"))
        ctx.collector.add(note, "Instrument", ctx.span(start, h_end), stated)
        issued = ISSUE_DATE.search(text, lo, m.start())
        if issued and (iso := parse_date(issued["date"])):
            # "Issue Date: October 12, 2020" above the heading dates the note, whatever date
            # an earlier step read first (its maturity in "... NOTE DUE OCTOBER 12, 2022")
            ctx.collector.entities[note].props["date"] = iso
        _date_mentions(ctx, note, start, end)
        sentence_end = end_of_sentence(text, m.end(), end)
        evidence = ctx.span(h_end, sentence_end)
        para = text.rfind("\n\n", h_end, m.start())
        before = text[max(h_end, para + 2 if para >= 0 else h_end) : m.start()]
        makers = note_makers(ctx, before) or bracketed_makers(ctx, before)
        if not makers and UNDERSIGNED.search(before):
            makers = undersigned(ctx, m.end(), end)
        if not makers and (term := TERM_SUBJECT.search(before)):
            makers = defined_company(ctx, term["term"], m.start())
        clause = text[m.start() : sentence_end]
        payees = [p for p in payees_named(ctx, clause, m.start()) if p not in makers]
        amount = ctx.collector.entities[note].props.get("amount")
        if listed := [p for p in listed_payees(ctx, clause) if p not in makers]:
            # payable to several lenders named in a list: the principal is theirs together
            payees, amount = listed, None
        for maker in makers:
            ctx.collector.relate("ISSUES", maker, note, evidence)
            for payee in payees:
                props: dict[str, PropValue] = {"instrument": note, "amount": amount}
                ctx.collector.relate("LENDS_TO", payee, maker, evidence, props)
        for payee in payees:
            ctx.collector.relate("HOLDS", payee, note, evidence, {"amount": amount})
        under = issuing_agreement(ctx, note, m.start(), end)
        if under is not None:
            agr, (a, b) = under
            ctx.collector.relate("ISSUED_UNDER", note, agr, ctx.span(a, b))
        restated_by_note_text(ctx, note, m.end(), end)
        if note != ctx.self_ref:  # the own note's signers are read with its signature pages
            signers(ctx, note, m.end(), end)
            note_security(ctx, note, m.end(), end)
