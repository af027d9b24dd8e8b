"""The change reader of a document: the operations of the own amendment and of each amendment
appended after the signatures (credited to it), attached to the agreement they change, with
the effective date the amendment states.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.amended_agreements import AMENDING_KINDS, default_target, only_referenced, target_ref
from ingest.amendment_regions import AppendedAmendment, appended_amendments
from ingest.appended import appended_amendment_ref
from ingest.changes.attached_changes import attached_bodies
from ingest.changes.furniture import trim_furniture
from ingest.changes.misread_targets import is_phantom
from ingest.changes.operations import Operation, find_operations
from ingest.changes.provisions import add_change
from ingest.context import DocContext
from ingest.dates import find_dates
from ingest.rules import rule
from ingest.structure.analysis import analyze

#: "effective as of April 30, 2013 (the "Amendment Effective Date")": the cue before a date the
#: amendment states its changes take effect on.
_EFFECTIVE_AS_OF = rule(
    "changes.effective_as_of",
    r"(?i)\beffective\s+(?:as\s+of|on)\s+",
    reads="an amendment's body: the cue before the date its changes take effect on",
    matches=[
        'This Amendment shall be effective as of April 30, 2013 (the "Effective Date").',
        'This Amendment shall become effective on May 1, 2009 (the "Effective Date"), upon',
    ],
    rejects=["This Amendment shall become effective upon the satisfaction of"],
)
#: "The amendments set forth in Section 1 shall be effective as of January 1, 2011": the
#: amendment (or its amendments) said to take effect on a date it does not name; also in the
#: preamble, after the date it is signed on: '(this "Amendment") is dated as of March 5, 2012
#: and is effective as of January 1, 2012'
_AMENDMENT_EFFECTIVE_AS_OF = rule(
    "changes.amendment_effective_as_of",
    # ("The modifications made in this Agreement shall be effective as of April 30, 2008")
    r"(?i)\b(?:this\s+Amendment|the\s+(?:amendments?|modifications?|changes)\s+"
    r"(?:set\s+forth|contained|provided\s+for"
    r"|made)\s+(?:in|by)\s+[^.;:]{0,60}?"
    r"|this\s+[\"“]Amendment[\"”]\)\s+(?:is\s+)?(?:dated|made|entered\s+into)(?:\s+as\s+of"
    r"|\s+on)?\s+\w+\s+\d{1,2},\s+\d{4},?\s+and)"
    r"\s+(?:shall\s+be(?:come)?|is|are|will\s+be(?:come)?)"
    # ("shall be effective retroactively as of January 1, 2009")
    r"\s+(?:deemed\s+)?effective\s+(?:retroactive(?:ly)?\s+)?(?:as\s+of|on)\s+"
    # ("The amendments set forth in Sections 1 and 2 above shall take effect on September 1,")
    r"|\b(?:this\s+Amendment|the\s+(?:amendments?|modifications?|changes)\s+(?:set\s+forth"
    r"|contained|provided\s+for|made)\s+(?:in|by)\s+[^.;:]{0,60}?)\s+(?:shall|will|is\s+to)"
    r"\s+take\s+effect\s+(?:retroactive(?:ly)?\s+)?(?:as\s+of|on)\s+",
    reads="an amendment's body: the amendment or its amendments said to take effect on a date",
    matches=[
        "The amendments set forth in Section 1 hereof shall be effective as of January 1, 2011,",
        "This Amendment shall be deemed effective as of March 31, 2008, notwithstanding",
        '(this "Amendment") is dated as of March 5, 2012 and is effective as of January 1, 2012,',
        "The modifications made in this Agreement shall be effective as of April 30, 2008.",
        "the changes set forth in Section 2 above shall become effective on July 1, 2010",
        "The amendment set forth in Section 1 shall be effective retroactively as of January 1,",
        "The amendments set forth in Sections 1 and 2 above shall take effect on September 1,",
        "This Amendment will take effect as of March 1, 2014.",
    ],
    rejects=[
        "Section 2.1 of the Note shall be effective as of the Closing Date",
        "the Commitment shall be effective on the date of the Borrowing",
        '(this "Amendment") is dated as of March 5, 2012 and the Lease is effective as of',
        "the changes in the Borrowing Base shall be effective on the date of such notice",
        "the Borrowing Base shall take effect on the date of such notice",
    ],
)
#: What names that date: '(the "First Amendment Effective Date")'.
_NAMED_EFFECTIVE = rule(
    "changes.named_effective",
    r"\s*\((?:the\s+|this\s+)?[\"“][^\"”]{0,40}\bEffective\s+Date[\"”]\)",
    re.IGNORECASE,
    reads="an amendment's body, right after its effective date: the name it gives that date",
    matches=[' (the "First Amendment Effective Date")', " (the “Effective Date”)"],
    rejects=[' (the "Closing Date")', " and the Effective Date"],
    mode="match",
)
#: '"Amendment Effective Date" means June 28, 2002': a definition that gives the date; or one
#: the amendment makes for itself: 'For purposes of this Amendment, "Effective Date" means
#: March 1, 2010' (never a definition of the agreement amended, which names no amendment).
_EFFECTIVE_MEANS = rule(
    "changes.effective_means",
    r"[\"“][^\"”]{0,40}\bAmendment\s+Effective\s+Date[\"”]\s+(?:shall\s+)?means?\s+"
    r"|(?i:(?:for\s+(?:the\s+)?purposes\s+of|as\s+used\s+in)\s+this\s+Amendment),?\s+"
    r"(?:the\s+term\s+)?[\"“](?:[^\"”]{0,40}\s)?Effective\s+Date[\"”]\s+(?:shall\s+)?means?\s+",
    reads="an amendment's definitions: the one that gives its effective date",
    matches=[
        '"Amendment Effective Date" means June 28, 2002.',
        'For purposes of this Amendment, "Effective Date" means March 1, 2010.',
        'As used in this Amendment, the term "Effective Date" shall mean July 1, 2012.',
    ],
    rejects=[
        '"Effective Date" means the Closing Date',
        "the Amendment Effective Date means",
        'For purposes of the Lease, "Effective Date" means March 1, 2010.',
    ],
)

#: ", effective as of January 1, 2003" right after one change's new wording: the date that
#: change (not the whole amendment) takes effect on.
_CHANGE_EFFECTIVE = rule(
    "changes.change_effective_as_of",
    r"(?i)[\"”]?[ \t]*,\s*effective\s+(?:as\s+of|on)\s+",
    reads="right after one change's new wording: the cue before the date that change takes "
    "effect on",
    matches=[", effective as of January 1, 2003.", '", effective on June 1, 2010.'],
    rejects=[". This Amendment shall be effective as of", ", and effective as of"],
    mode="match",
)


#: "With effect from July 1, 2011, the parties agree that clause 7.2 ... shall be amended",
#: "Effective as of January 1, 2015, Section 4.1 of the Lease is amended": the date the
#: changes of that one sentence take effect on, opening it.
_OPENING_EFFECTIVE = rule(
    "changes.opening_effective",
    # (after the item's label: "(b)", "2.", or an English "1.1")
    r"(?:\(?[a-z0-9]{1,4}[.)]\s+|\d{1,2}(?:\.\d{1,3})+\.?\s+)?"
    # ("Subject to the satisfaction of the condition in Section 3, effective as of ...": a
    # condition stated first, then the date)
    r"(?:(?:Subject\s+to|Conditioned\s+(?:up)?on|Upon)\s+[^,;:.]{1,200}?,\s+(?=[Ww]ith\s|effective))?"
    r"(?:[Ww]ith\s+effect\s+(?:from|as\s+of|on)"
    r"|[Ee]ffective\s+(?:as\s+of|from|on))\s+(?=[A-Z][a-z]+\.?\s+\d|\d)",
    reads="the opening of an operative sentence: the cue before the date its changes take "
    "effect on",
    matches=[
        "With effect from July 1, 2011, the parties agree that clause 7.2",
        "Effective as of January 1, 2015, Section 4.1 of the Lease is amended",
        "(b) With effect on 1 March 2014, Clause 9 is amended",
        "1.1 With effect from 1 March 2016, Clause 21.4 of the Agreement shall be deleted",
        "Subject to the satisfaction of the condition set forth in Section 3 below, effective as "
        "of January 1, 2016, Section 5 of the Agreement is amended",
        "Upon the Landlord's receipt of the deposit, with effect from May 1, 2012, Section 2",
    ],
    rejects=[
        "Effective as of the Effective Date, Section 4.1 is amended",
        "This Amendment is effective as of July 1, 2011.",
        "Subject to Section 3, the amendments effective as of July 1, 2011 are",
    ],
    mode="match",
)
#: Where the sentence an operation sits in starts: after a paragraph break, a colon or a
#: sentence's full stop (not a section number's).
_SENTENCE_BREAK = re.compile(r"\n[ \t]*\n|:\s|(?<![\d.]\d)(?<!\b[A-Z])\.\s")
_SENTENCE_REACH = 300


def _opening_effective_date(text: str, op: Operation) -> str | None:
    """The date that opens the sentence of the operation ("With effect from July 1, 2011, the
    parties agree that clause 7.2 ... shall be amended"), where one opens it."""
    start = max(0, op.clause[0] - _SENTENCE_REACH)
    breaks = list(_SENTENCE_BREAK.finditer(text, start, op.clause[0] + 1))
    if not breaks:
        return None
    at = breaks[-1].end()
    at += len(text[at : op.clause[0]]) - len(text[at : op.clause[0]].lstrip())
    m = _OPENING_EFFECTIVE.match(text, at, op.clause[1])
    if m is None:
        return None
    dates = find_dates(text, m.end(), m.end() + 40)
    if not dates or dates[0].start != m.end() or not text.startswith(",", dates[0].end):
        return None
    return dates[0].iso


#: "Section 3.2 ... shall be amended effective as of January 1, 2018 so that ...", "is hereby
#: amended, effective on July 1, 2014, by deleting ...": the date stated right after the verb
#: of the one change.
_VERB_EFFECTIVE = rule(
    "changes.verb_effective",
    r"(?i)(?<!\bas\s)\b(?:amended|modified|changed|restated|deleted|replaced)\s*,?\s+effective\s+"
    r"(?:as\s+of|on|from)\s+(?=[A-Z][a-z]+\.?\s+\d|\d)",
    reads="an operative phrase: the cue after its verb before the date the change takes effect on",
    matches=[
        "shall be amended effective as of January 1, 2018 so that",
        "is hereby amended, effective on July 1, 2014, by deleting",
    ],
    rejects=[
        "is hereby amended effective as of the Effective Date",
        "Section 2.1 of the Credit Agreement, as amended effective as of May 1, 2012 by the "
        "First Amendment, is hereby amended",
    ],
)


def _verb_effective_date(text: str, op: Operation) -> str | None:
    """The date one change's operative phrase states right after its verb ("shall be amended
    effective as of January 1, 2018 so that ..."), where it states one."""
    m = _VERB_EFFECTIVE.search(text, op.clause[0], op.clause[1])
    if m is None:
        return None
    dates = find_dates(text, m.end(), m.end() + 40)
    return dates[0].iso if dates and dates[0].start == m.end() else None


def _change_effective_date(text: str, op: Operation) -> str | None:
    """The date one change states for itself after its new wording ("is hereby reduced from
    9.5% to 8.0% per annum, effective as of January 1, 2003"), where it states one."""
    if op.new_text is None:
        return None
    m = _CHANGE_EFFECTIVE.match(text, op.new_text[1])
    if m is None:
        return None
    dates = find_dates(text, m.end(), m.end() + 40)
    return dates[0].iso if dates and dates[0].start == m.end() else None


def _stated_effective_date(text: str) -> str | None:
    """The date the amendment's body names as its effective date, where it gives one (an
    amendment signed on one day may take effect "as of" an earlier one); an effective date that
    depends on conditions ("the date on which each condition ... is satisfied") is none."""
    st = analyze(text)
    end = st.signatures.start if st.signatures else st.main_end
    for m in _EFFECTIVE_AS_OF.finditer(text, 0, end):
        dates = find_dates(text, m.end(), min(end, m.end() + 40))
        if dates and dates[0].start == m.end() and _NAMED_EFFECTIVE.match(text, dates[0].end):
            return dates[0].iso
    for m in _AMENDMENT_EFFECTIVE_AS_OF.finditer(text, 0, end):
        dates = find_dates(text, m.end(), min(end, m.end() + 40))
        if dates and dates[0].start == m.end():
            return dates[0].iso
    for m in _EFFECTIVE_MEANS.finditer(text, 0, end):
        dates = find_dates(text, m.end(), min(end, m.end() + 40))
        if dates and dates[0].start - m.end() < 3:
            return dates[0].iso
    return None


def extract_changes(ctx: DocContext) -> None:
    """Add the provisions this amendment changes, PROVISION_OF their agreement, and CHANGES;
    and those each amendment appended after the signatures changes, credited to it."""
    own = ctx.self_ref
    if own is None:
        return
    appended = appended_amendments(ctx.text)
    for i, amendment in enumerate(appended):
        limit = appended[i + 1].title_span[0] if i + 1 < len(appended) else len(ctx.text)
        _appended_changes(ctx, i, amendment, limit)
    ops = find_operations(ctx.text)
    for body in attached_bodies(ctx.text):
        ops += find_operations(ctx.text, body)  # "amended as set forth in Annex A hereto"
    ops = _without_renumbered(ops)
    if not ops:
        return
    default = default_target(ctx, [op.agreement_name for op in ops if op.agreement_name])
    own_entity = ctx.collector.get(own)
    date = _stated_effective_date(ctx.text) or (
        own_entity.props.get("date") if own_entity else None
    )
    for op in ops:
        target = target_ref(ctx, op.agreement_name, default)
        if target is None and op.agreement_name:
            target = only_referenced(ctx, op.agreement_name, op.clause[1])
        if target is not None and default is not None and is_phantom(ctx, target):
            target = default  # "a Fourth Amendment to Credit Agreement dated ...": no agreement
        if target is None or target == own:
            continue
        effective = (
            _change_effective_date(ctx.text, op)
            or _verb_effective_date(ctx.text, op)
            or _opening_effective_date(ctx.text, op)
        )
        for t in op.targets:
            add_change(ctx, own, target, t, op, effective or date)


def _without_renumbered(ops: list[Operation]) -> list[Operation]:
    """The operations less each renumbering of a number the same amendment gives a new part:
    "Section 6.01(j) is changed to a new Section 6.01(k)" then "Section 6.01 is amended to add
    the following as a new clause (j)": the old clause lives on as (k), and 6.01(j) is the
    clause added (a provision's one CHANGES edge says so, not an amendment without wording)."""
    added = {t.section for op in ops if op.action == "add" for t in op.targets if not t.term}
    return [
        op
        for op in ops
        if not (
            op.action == "amend"
            and op.new_text is None
            and all(t.section in added and not t.term for t in op.targets)
        )
    ]


def _appended_changes(ctx: DocContext, i: int, amendment: AppendedAmendment, limit: int) -> None:
    """What an amendment appended after the signatures changes, credited to it, in the
    agreement its operations name, else the one this document holds (the base it follows).
    A wording it attaches ends where the next appended amendment (``limit``) begins."""
    ops = [_within(ctx.text, op, limit) for op in find_operations(ctx.text, amendment.body)]
    if not ops:
        return
    ref = appended_amendment_ref(ctx, i, amendment)
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    base = (
        ctx.self_ref
        if own is not None and own.props.get("kind") not in AMENDING_KINDS
        else default_target(ctx, [])
    )
    if base is not None and base != ref:
        ctx.collector.relate("AMENDS", ref, base, ctx.span(*amendment.title_span))
    for op in ops:
        target = target_ref(ctx, op.agreement_name, base)
        if target is None or target == ref:
            continue
        for t in op.targets:
            add_change(ctx, ref, target, t, op, amendment.date)


def _within(text: str, op: Operation, limit: int) -> Operation:
    """The operation with its wording cut at ``limit``, the next document's heading (an
    attachment runs to the next attachment's heading, and the next amendment is none)."""
    if op.new_text is None or op.new_text[1] <= limit:
        return op
    return replace(op, new_text=trim_furniture(text, (op.new_text[0], limit), caption=True))
