"""AMENDS as the text states it: the targets an amendment's title names, what the
own document's sentences say it amends, and the earlier agreement an amended
and restated one restates.
"""

from __future__ import annotations

import re

from ingest.agreements.kinds import title_case
from ingest.context import DocContext
from ingest.dates import parse_date
from ingest.records import Span
from ingest.references.add import add_mention, entity_title, own_agreement_date, sentence_span
from ingest.references.dated import date_after
from ingest.references.keys import norm_title
from ingest.references.mentions import Mention
from ingest.references.titles import (
    AGREEMENT_HEADS,
    NUMBER,
    ORDINAL,
    TITLE,
    amended_titles,
    clean_title,
    is_amendment_title,
    restated_base,
)
from ingest.rules import passage, rule
from ingest.structure.analysis import analyze
from ingest.underlying import carry_over


def _known_by_title(ctx: DocContext, title: str, exclude: str) -> list[str]:
    """Refs of agreements/instruments in this document whose title or alias is ``title``."""
    want = norm_title(title)
    out = []
    for ref, e in ctx.collector.entities.items():
        if ref == exclude or e.label not in ("Agreement", "Instrument"):
            continue
        names = [e.props.get("title"), *e.aliases]
        if any(isinstance(n, str) and norm_title(n) == want for n in names):
            out.append(ref)
    return out


def amend_named_targets(ctx: DocContext, ref: str, title: str, evidence: Span) -> None:
    """An amendment AMENDS what its title names ("... to X and Y"), when those are known here."""
    for target_title in amended_titles(title):
        for target in _known_by_title(ctx, target_title, ref)[:1]:
            if not is_amendment_title(entity_title(ctx, target) or ""):
                ctx.collector.relate("AMENDS", ref, target, evidence)


#: the word every pattern of ``self_amends_by_text`` holds
_AMEND_CUE = rule(
    "references.amend_cue",
    r"\b(?:amend(?:s|ed|ments?)?|modif(?:y|ies|ied|ications?)|supplement(?:s|ed)|extend(?:s|ed)?|revisions?"
    r"|changes|deleted|replaced)\b",
    reads="any text: the word every sentence in which the document amends another holds",
    matches=[
        "the parties desire to amend the Agreement",
        "the following modifications",
        "changes to the Lease",
    ],
    rejects=["the amenities of the premises", "the Amendment Effective Date"],
)


#: The own document's title: it changes another agreement (a forbearance agreement, too, often
#: says "The Loan Agreement is hereby amended as follows" beside the lender's standstill).
_CHANGING_TITLE = rule(
    "references.changing_title",
    r"(?i)amendment|supplement|modification|extension|waiver|forbearance",
    reads="the document's own title: whether it changes another agreement",
    matches=[
        "Second Amendment to Lease",
        "Loan Modification Agreement",
        "Limited Waiver",
        "Forbearance Agreement",
    ],
    rejects=["Credit Agreement", "Amended and Restated Note"],
)
#: A defined agreement as the object of an amending verb: "the Credit Agreement".
_OBJ = r"the(?:\s+[A-Z][\w'\u2019-]*){1,6}"
_AMENDING_SENTENCE = "a sentence of the document's own text: the agreement it says it amends, "
#: The sentences in which the document amends an agreement it names by defined term
#: (``obj`` and, joined with "and", ``obj2``).
_AMENDS_OBJECT: tuple[re.Pattern[str], ...] = (
    rule(
        "references.amends_object",
        r"\b(?:to|hereby|desire\s+to|wish\s+to|agree\s+to|shall)\s+(?:further\s+)?"
        r"(?:amend|modify|extend)\s+(?:certain\s+(?:of\s+)?(?:the\s+)?(?:terms|provisions)\s+of\s+)?"
        rf"(?P<obj>{_OBJ})(?:,?\s+and\s+(?P<obj2>{_OBJ}))?",
        reads=_AMENDING_SENTENCE + "the object of 'amend' / 'modify' / 'extend'",
        matches=[
            passage(
                "the parties desire to amend the Credit Agreement as", obj="the Credit Agreement"
            ),
            passage(
                "the parties hereby modify certain of the terms of the Loan Agreement and the Note",
                obj="the Loan Agreement",
                obj2="the Note",
            ),
        ],
        rejects=["the parties desire to amend certain provisions hereof"],
    ),
    rule(
        "references.changes_to_object",
        r"\b(?:amendments?|modifications?|revisions?|changes)\s+to\s+"
        rf"(?P<obj>{_OBJ})(?P<obj2>)",
        reads=_AMENDING_SENTENCE + "after 'amendments to' / 'changes to'",
        matches=[
            passage(
                "make certain amendments to the Security Agreement.", obj="the Security Agreement"
            )
        ],
        rejects=["amendments to this Agreement", "Amendments to the Credit Agreement"],
    ),
    rule(
        "references.object_is_amended",
        r"(?P<obj>\b[Tt]he(?:\s+[A-Z][\w'\u2019-]*){1,6})(?P<obj2>)"
        # "the Credit Agreement (excluding the Exhibits and Schedules) is hereby amended"
        r"(?:\s*\([^()]{1,120}\))?"
        r"\s+(?:is|are|shall\s+be)\s+(?:(?:hereby\s+)?amended|hereby\s+(?:modified|supplemented))\b"
        # the boilerplate on how it may be amended: "shall be amended only in writing"
        r"(?!,?\s+(?:or\s+(?:modified|waived|supplemented|changed)|only|except|solely|unless"
        r"|in\s+writing|without)\b)",
        reads=_AMENDING_SENTENCE + "as the subject of 'is hereby amended'",
        matches=[
            passage("Section 2.1 of the Lease is hereby amended", obj="the Lease"),
            passage(
                "The Credit Agreement is hereby amended and restated", obj="The Credit Agreement"
            ),
            passage("the Pledge Agreement is hereby supplemented by", obj="the Pledge Agreement"),
            passage("The Loan Agreement is hereby modified as follows", obj="The Loan Agreement"),
            passage(
                "the Existing Credit Agreement (other than its exhibits) is amended and restated",
                obj="the Existing Credit Agreement",
            ),
            passage(
                "the Loan Agreement (including the Schedules thereto) shall be amended to delete",
                obj="the Loan Agreement",
            ),
        ],
        rejects=[
            "the lease is hereby amended",
            "the Lease, as amended",
            "the Lease shall be amended only in writing signed by both parties",
            "The Agreement shall be amended or modified only by an instrument in writing",
            "the Note shall be amended, except by a writing signed by the Holder",
            "the Guaranteed Obligations shall be modified, supplemented or amended",
            "the Note (as defined below) shall be amended only in writing",
        ],
    ),
    # a term of it changed: "extend the maturity date of the Note", "The interest rate of
    # the Note is hereby modified"
    rule(
        "references.amends_term_of_object",
        r"\b(?:amend|modify|extend)(?:s|ed)?\s+the\s+(?:[a-z]+\s+){1,3}(?:of|under)\s+"
        rf"(?P<obj>{_OBJ})(?P<obj2>)",
        reads=_AMENDING_SENTENCE + "whose term it changes ('extend the maturity date of')",
        matches=[
            passage("the parties wish to extend the maturity date of the Note", obj="the Note"),
            passage(
                "Borrower and Lender amend the interest rate under the Loan Agreement",
                obj="the Loan Agreement",
            ),
        ],
        rejects=["extend the maturity date to June 1", "amend the Maturity Date of the Note"],
    ),
    rule(
        "references.section_of_object_is_deleted",
        r"\b(?:Sections?|Articles?|[Cc]lauses?|[Pp]aragraphs?|[Ss]chedules?|[Ee]xhibits?)\s+"
        rf"[\w.()-]+\s+of\s+(?P<obj>{_OBJ})(?P<obj2>)\s+(?:is|are|shall\s+be)\s+(?:hereby\s+)?"
        r"(?:deleted|replaced|restated)\b",
        reads=_AMENDING_SENTENCE + "whose section 'is hereby deleted' or replaced",
        matches=[
            passage(
                "Section 4.3 of the Security Agreement is hereby deleted",
                obj="the Security Agreement",
            ),
            passage(
                "Schedule II of the Pledge Agreement is replaced by", obj="the Pledge Agreement"
            ),
        ],
        rejects=["Section 4.3 of the Security Agreement is incorporated", "Section 4.3 is deleted"],
    ),
    rule(
        "references.term_of_object_is_amended",
        rf"\b(?:of|under)\s+(?P<obj>{_OBJ})(?P<obj2>)\s+(?:is|are|shall\s+be)\s+(?:hereby\s+)?"
        r"(?:amended|modified|extended)\b",
        reads=_AMENDING_SENTENCE + "whose term 'is hereby modified'",
        matches=[
            passage("The interest rate of the Note is hereby modified", obj="the Note"),
            passage("the term under the Lease shall be extended", obj="the Lease"),
        ],
        rejects=["the interest rate of the Note is fixed", "of the note is hereby amended"],
    ),
)


#: "consent to certain amendments to the Note Purchase Agreement", "including any amendment to
#: the Merger Agreement": a consent to another's amendment, or one that may come, is none the
#: document makes
_CONSENTED = rule(
    "references.consented_change",
    r"(?:\bconsent(?:s|ed|ing)?\s+to\s+(?:certain\s+|the\s+|such\s+|any\s+)?"
    r"|\b(?:any|each|no|all|future|subsequent)\s+)$",
    reads="right before an amending phrase: a consent to it or a hypothetical one, not made here",
    matches=["the Lender will consent to certain ", "and consents to the ", "including any "],
    rejects=["the parties desire to make certain ", "consent to the Borrower's "],
)


def self_amends_by_text(ctx: DocContext, only_instruments: bool = False) -> None:
    """ "This Amendment ... amends the Agreement", "desire to amend the Note": the own document
    AMENDS the agreements those sentences name by defined term. ``only_instruments``: read
    again once the instruments are read, for the notes only their readers define (a note a
    modification recites by a title in capitals, "a certain REVOLVING CREDIT LOANS NOTE dated
    ... (the "Note")", is no mention of the references step: "the Note is modified" named
    nothing then)."""
    own = ctx.self_ref
    own_title = entity_title(ctx, own) if own else None
    text = ctx.text
    if not own or not own_title or not _CHANGING_TITLE.search(own_title):
        return
    body_end = analyze(text).main_end
    for m in (m for p in _AMENDS_OBJECT for m in matches_near(p, text, _AMEND_CUE, 160)):
        if _CONSENTED.search(text, max(0, m.start() - 40), m.start()) or m.start() >= body_end:
            continue  # a consent to another's amendment; an attached document's own sentence
        for group in ("obj", "obj2"):
            obj = m.group(group)
            if not obj:
                continue
            for target in _resolve_agreement_phrase(ctx, obj):
                e = ctx.collector.get(target)
                if only_instruments and (e is None or e.label != "Instrument"):
                    continue
                if target != own:
                    evidence = sentence_span(ctx, m.start(), m.end())
                    ctx.collector.relate("AMENDS", own, target, evidence)


#: "This letter agreement amends, restates and replaces the existing Letter Agreement dated
#: ...", "This Agreement amends and restates in its entirety that certain Credit Agreement":
#: the own document, as the subject, amends the title after the verb.
_THIS_AMENDS = rule(
    "references.this_amends",
    r"\b(?:This|THIS|(?:Further|Furthermore|Moreover|Accordingly|Additionally|In\s+addition),"
    # "..., and this Joinder Agreement supplements the Security Agreement accordingly"
    r"\s+this|(?<=,\s)and\s+this|(?<=;\s)this)\s+(?:[A-Za-z]+\s+){0,2}?(?:[Aa]greement|AGREEMENT|Amendment|AMENDMENT"
    r"|Supplement|SUPPLEMENT|Joinder|JOINDER|Note|NOTE)\s+(?:hereby\s+)?"
    r"(?:amends|modifies|supplements)\b"
    r"(?:(?:,|\s+and)\s+(?:restates|replaces|supersedes)){0,3}"
    r"(?:\s*,?\s+(?:\([^()]{0,80}\)|in\s+(?:its|their)\s+entirety))*,?\s+"
    r"(?:that\s+certain\s+|the\s+)?(?:(?:existing|prior|original)\s+)?(?=[A-Z])",
    reads="the document's own text: the agreement it amends as the subject of 'amends'",
    matches=[
        passage(
            "This letter agreement amends, restates and replaces (but does not constitute a "
            "novation of) the existing Loan Agreement dated",
            match="This letter agreement amends, restates and replaces (but does not "
            "constitute a novation of) the existing ",
        ),
        passage(
            "This Agreement amends and restates in its entirety that certain Credit Agreement",
            match="This Agreement amends and restates in its entirety that certain ",
        ),
        passage(
            "This Supplement hereby amends the Indenture",
            match="This Supplement hereby amends the ",
        ),
        passage(
            "Further, this Agreement amends and restates the Prior Loan Agreement.",
            match="Further, this Agreement amends and restates the ",
        ),
        passage(
            "is added to Schedule 1 to the Pledge Agreement, and this Joinder supplements the "
            "Pledge Agreement accordingly.",
            match="and this Joinder supplements the ",
        ),
    ],
    rejects=[
        "This Agreement may be amended only in writing",
        "This Agreement amends the terms hereof",
        "no amendment of this Agreement amends the Note",
    ],
)


def self_amends_by_subject(ctx: DocContext) -> None:
    """ "This Agreement amends and restates the Existing Credit Agreement": the own document
    AMENDS the title the sentence names after its verb (by defined term, else by title, the
    one of the date that follows where several share it)."""
    own = ctx.self_ref
    if not own:
        return
    text = ctx.text
    for m in matches_near(_THIS_AMENDS, text, _AMEND_CUE, 160):
        if m.start() >= analyze(text).main_end:
            break  # "This Agreement" of an attached document is that document
        found = resolve_title_at(ctx, own, m.end())
        if found is not None:
            target, end = found
            ctx.collector.relate("AMENDS", own, target, sentence_span(ctx, m.start(), end))


def resolve_title_at(ctx: DocContext, own: str, at: int) -> tuple[str, int] | None:
    """The agreement the title starting at ``at`` names (by defined term, else by title, the
    one of the date that follows where several share it) and where that title ends."""
    t = TITLE.match(ctx.text, at)
    if not t:
        return None
    title = clean_title(t.group())
    targets = [r for r in _resolve_agreement_phrase(ctx, "the " + title) if r != own]
    if not targets:
        targets = _known_by_title(ctx, title, own)
        date, _ = date_after(ctx.text, t.end(), None)
        dated = [r for r in targets if (e := ctx.collector.get(r)) and e.props.get("date") == date]
        targets = dated or targets
    return (targets[0], t.end()) if targets else None


#: "REVOLVING CREDIT MODIFICATION AGREEMENT, dated as of ... (this "Agreement"), relating to
#: the AMENDED AND RESTATED CREDIT AGREEMENT, dated as of ...": the base an amendment's preamble
#: names right after its own defined term (a title in capitals too)
_RELATING_TO_BASE = rule(
    "references.relating_to_base",
    r"\(\s*this\s+[\"\u201c][^\"\u201c\u201d]{1,40}[\"\u201d]\s*\)\s*,?\s+"
    r"(?:relating\s+to|with\s+respect\s+to|in\s+respect\s+of)\s+(?:that\s+certain\s+|the\s+)?"
    r"(?P<title>(?:[A-Z][\w'\u2019&-]*\s+(?:(?:and|AND|of|OF|to|TO)\s+)?){0,8}?"
    r"(?:AGREEMENT|Agreement|INDENTURE|Indenture|GUARANTY|Guaranty|LEASE|Lease|NOTE|Note))\b",
    reads="an amendment's preamble: the agreement it relates to, after its own defined term",
    matches=[
        passage(
            '(this "Agreement"), relating to the SECOND AMENDED AND RESTATED CREDIT AGREEMENT,',
            title="SECOND AMENDED AND RESTATED CREDIT AGREEMENT",
        ),
        passage(
            "(this \u201cSupplement\u201d) with respect to that certain Loan and Security "
            "Agreement",
            title="Loan and Security Agreement",
        ),
    ],
    rejects=[
        '(the "Guaranty"), relating to the Credit Agreement',
        '(this "Agreement"), relating to the obligations under the Credit Agreement',
    ],
)
#: "WHEREAS, reference is made to the Credit Agreement, dated as of October 4, 2017 ...": the
#: agreement an amendment whose title names none (an "Incremental Amendment No. 1", an
#: "Amendment No. 3") says at its head it concerns
_REFERENCE_MADE_TO = rule(
    "references.reference_made_to_base",
    r"\b(?:[Rr]eference\s+is\s+(?:hereby\s+)?made\s+to|REFERENCE\s+IS\s+MADE\s+TO)\s+"
    r"(?:that\s+certain\s+|the\s+)?"
    r"(?P<title>(?:[A-Z][\w'\u2019&-]*\s+(?:(?:and|AND|of|OF|to|TO)\s+)?){0,8}?"
    r"(?:AGREEMENT|Agreement|INDENTURE|Indenture))\b",
    reads="an amendment's recitals: the agreement 'reference is made to', which an amendment "
    "whose title names no agreement amends",
    matches=[
        passage(
            "WHEREAS, reference is made to the Credit Agreement, dated as of October 4, 2017",
            title="Credit Agreement",
        ),
        passage(
            "Reference is hereby made to that certain Amended and Restated Loan Agreement dated",
            title="Amended and Restated Loan Agreement",
        ),
    ],
    rejects=[
        "reference is made to Section 2.20 of the Credit Agreement",
        "by reference to the Credit Agreement",
    ],
)
#: an own title that names the agreement it changes ("Amendment No. 1 to Credit Agreement")
_TITLE_NAMES_BASE = rule(
    "references.title_names_base",
    r"(?i)\b(?:to|of)\s+(?:the\s+)?\w",
    reads="an amendment's own title: whether it names the agreement it changes",
    matches=["Amendment No. 1 to Credit Agreement", "Second Amendment of Loan Agreement"],
    rejects=["Incremental Amendment No. 1", "Amendment No. 3"],
)
#: an own title that changes the agreement its preamble relates to
_CHANGING_OWN = rule(
    "references.changing_own_title",
    r"(?i)\b(?:amendment|modification|supplement)\b",
    reads="the document's own title: an amendment, modification or supplement",
    matches=["Revolving Credit Loan Modification Agreement", "First Supplement"],
    rejects=["Continuing Guaranty", "Promissory Note", "Waiver Letter"],
)


def self_relates_to_base(ctx: DocContext) -> None:
    """An amendment whose preamble says it relates to an agreement AMENDS that agreement; a
    guaranty or a note "relating to the Credit Agreement" amends nothing. One whose title names
    no agreement and that nothing else said amends one AMENDS the agreement its recitals say
    "reference is made to"."""
    own = ctx.self_ref
    own_title = entity_title(ctx, own) if own else None
    if not own or not own_title or not _CHANGING_OWN.search(own_title):
        return
    text = ctx.text
    pre = analyze(text).preamble
    start = pre.start if pre else 0
    m = _RELATING_TO_BASE.search(text, start, min(len(text), start + 1500))
    # "Incremental Amendment No. 1": no title names the base, the recitals do; read only where
    # nothing else said what the document amends
    if (
        m is None
        and not _TITLE_NAMES_BASE.search(own_title)
        and not any(k[0] == "AMENDS" and k[1] == own for k in ctx.collector.relations)
    ):
        m = _REFERENCE_MADE_TO.search(text, start, min(len(text), start + 1500))
    if not m:
        return
    date, _ = date_after(text, m.end(), own_agreement_date(ctx))
    title = title_case(m["title"])
    evidence = sentence_span(ctx, m.start(), m.end())
    ref = add_mention(ctx, Mention(title, m.start("title"), m.end("title"), date, None), evidence)
    if ref != own:
        ctx.collector.relate("AMENDS", own, ref, evidence)


def matches_near(
    pattern: re.Pattern[str], text: str, cue: re.Pattern[str], back: int
) -> list[re.Match[str]]:
    """The matches of ``pattern`` that contain a match of ``cue`` and start at most ``back``
    characters before it, in text order: what ``pattern.finditer`` finds when every match
    holds the cue, without trying the pattern at every common word of a long document."""
    out: list[re.Match[str]] = []
    last = 0
    for c in cue.finditer(text):
        m = pattern.search(text, max(last, c.start() - back), min(len(text), c.end() + back))
        if m and m.start() <= c.start() and m.end() >= c.end():
            out.append(m)
            last = m.end()
    return out


def _resolve_agreement_phrase(ctx: DocContext, phrase: str) -> list[str]:
    """Refs of agreements/instruments a phrase's longest defined-term prefix names."""
    words = phrase.split()
    for n in range(len(words), 0, -1):
        refs = [
            r
            for r in ctx.lookup(" ".join(words[:n]))
            if (e := ctx.collector.get(r)) is not None and e.label in ("Agreement", "Instrument")
        ]
        if refs:
            return refs
    return []


def restates(ctx: DocContext, ref: str, title: str, date: str | None, evidence: Span) -> None:
    """ "Amended and Restated X" AMENDS (restates) the earlier X or earlier restated X."""
    base = restated_base(title)
    if not base:
        return
    for other, e in list(ctx.collector.entities.items()):
        t = e.props.get("title")
        d = e.props.get("date")
        if other == ref or not isinstance(t, str) or not isinstance(d, str):
            continue
        if norm_title(restated_base(t) or t) == norm_title(base) and (date is None or d < date):
            ctx.collector.relate("AMENDS", ref, other, evidence, {"restates": True})


#: "Pledge Agreement Supplement", "Credit Agreement Modification", "Second Mortgage
#: Amendment": a title that names its base before the changing word amends that base.
_BASE_THEN_CHANGE = rule(
    "references.base_then_change",
    rf"(?i)^(?:(?:{ORDINAL})\s+)?(?P<base>(?:[\w'\u2019&-]+\s+){{0,5}}?"
    rf"(?:{AGREEMENT_HEADS}|Mortgage|Deed\s+of\s+Trust|Security\s+Deed|Note))"
    rf"\s+(?:Amendment|Supplement|Modification)(?:\s+{NUMBER})?$",
    reads="an agreement's title: the base it names before 'Amendment' / 'Supplement'",
    matches=[
        passage("Pledge Agreement Supplement", base="Pledge Agreement"),
        passage("CREDIT AGREEMENT MODIFICATION", base="CREDIT AGREEMENT"),
        passage("Second Mortgage Amendment", base="Mortgage"),
        passage("Deed of Trust Modification No. 2", base="Deed of Trust"),
    ],
    rejects=[
        "Loan Modification Agreement",
        "Supplement to Pledge Agreement",
        "Credit Agreement Supplemental Terms",
        "Amendment to Note",
    ],
)


def changed_base(title: str) -> str | None:
    """The base a "<Base> Supplement" / "<Base> Modification" title names, else None."""
    m = _BASE_THEN_CHANGE.search(title.strip())
    return m["base"] if m else None


def extract_title_bases(ctx: DocContext) -> None:
    """ "Trademark Security Agreement Supplement" AMENDS the Trademark Security Agreement the
    document names: the own document, a mention or an attached exhibit, once all are read
    (exhibits are read after the references). The evidence is the title that says so. The own
    document's parties are that base's too, as for any base it amends (the carry-over of
    :mod:`ingest.underlying` ran before this one was known)."""
    for ref, e in list(ctx.collector.entities.items()):
        title = e.props.get("title")
        if e.label not in ("Agreement", "Instrument") or not isinstance(title, str):
            continue
        base = changed_base(title)
        if not base or not e.evidence:
            continue
        for target in _known_by_title(ctx, base, ref)[:1]:
            known = ("AMENDS", ref, target) in ctx.collector.relations
            ctx.collector.relate("AMENDS", ref, target, e.evidence[0])
            if ref == ctx.self_ref and not known:  # its parties are that agreement's too
                carry_over(ctx, only=target)


#: a cover page's date line under a title: "\n\n     Dated as of April 30, 2001"
_DATED_BELOW = rule(
    "references.dated_below_title",
    r"\s*,?\s*(?i:dated)(?:\s+(?i:as\s+of))?\s+(?P<date>[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})",
    reads="right after a title on a cover page: the date line under it",
    matches=[passage("\n\n      Dated as of April 30, 2001", date="April 30, 2001")],
    rejects=["\n\n      among ACME CORP."],
    mode="match",
)


def self_amends_title_base(ctx: DocContext) -> None:
    """An amendment whose title names what it amends ("Amendment No. 3 to the Revolving Credit
    and Term Loan Agreement") AMENDS that agreement even where the text names it nowhere else
    with a date or a term, as cover pages do ("AMENDMENT NO. 3 / to the / REVOLVING CREDIT AND
    TERM LOAN AGREEMENT / Dated as of June 1, 2009"); the date written right after the name is
    the base's unless it is the amendment's own. Read last, only when nothing else gave the own
    document an AMENDS."""
    own = ctx.self_ref
    title = entity_title(ctx, own) if own else None
    if not own or not title or not is_amendment_title(title):
        return
    if any(k[0] == "AMENDS" and k[1] == own for k in ctx.collector.relations):
        return
    for base in amended_titles(title)[:1]:
        named = re.compile(r"\b" + r"\s+".join(map(re.escape, base.split())) + r"\b", re.I)
        m = named.search(ctx.text)
        if not m:
            return
        date, _ = date_after(ctx.text, m.end(), None)
        below = _DATED_BELOW.match(ctx.text, m.end())
        if date is None and below:
            date = parse_date(below["date"])
        if date == own_agreement_date(ctx):
            date = None
        evidence = sentence_span(ctx, m.start(), m.end())
        target = add_mention(ctx, Mention(title_case(base), m.start(), m.end(), date), evidence)
        if target != own:
            ctx.collector.relate("AMENDS", own, target, evidence)


#: the own title of a modification of a note: "Note Modification Agreement", "Amendment to
#: Promissory Note", "Modification of Secured Note" (not "Note Exchange and Warrant Amendment
#: Agreement", nor an amendment of a credit agreement, whose loans it changes but never amends)
_NOTE_MODIFICATION_TITLE = rule(
    "references.note_modification_title",
    r"(?i)\bNotes?\s+(?:Modification|Amendment|Extension)\b"
    r"|\b(?:Modification|Amendment|Extension)\s+(?:No\.\s*\d+\s+)?(?:of|to)\s+(?:the\s+)?"
    r"(?:[A-Z][\w$,.-]*\s+){0,4}Notes?\b",
    reads="the own document's title: a modification of a note",
    matches=[
        "Note Modification Agreement",
        "First Amendment to Promissory Note",
        "Modification of Secured Revolving Note",
    ],
    rejects=[
        "Note Exchange and Warrant Amendment Agreement",
        "Second Amendment to Credit Agreement",
    ],
)


def extract_instruments_amended(ctx: DocContext) -> None:
    """The AMENDS of the notes a note modification's sentences amend by a term only the
    instruments' readers define (:func:`self_amends_by_text` read again, for instruments),
    where the own title says it modifies a note."""
    own = ctx.self_ref
    title = entity_title(ctx, own) if own else None
    if title and _NOTE_MODIFICATION_TITLE.search(title):
        self_amends_by_text(ctx, only_instruments=True)
