"""WAIVES: "The Bank hereby waives compliance with Section 6.1 of the Agreement through March
31, 2005", with what is waived, from and until when, and on what condition.

Waivers of defences and procedure (jury, notice, suretyship) are boilerplate, not waivers of
deal terms, and are skipped; a waiver given by "the Required Lenders" is held
(:data:`ClassWaiver`) until the signature pages tell who the lenders are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from ingest.context import DocContext
from ingest.dates import parse_date
from ingest.defined_terms import find_definitions
from ingest.records import PropValue, Span
from ingest.references.titles import DATE
from ingest.relations.obligations import CREDIT_TITLE, primary_agreement
from ingest.relations.slots import (
    AUXILIARY_TAIL,
    agreements_in,
    instruments_in,
    subject_before,
    title_of,
    trimmed,
)
from ingest.rules import passage, rule

_WAIVE = re.compile(
    r"\b(?:hereby\s+)?(?:(?:irrevocably|expressly|permanently)\s+)?(?:agree[sd]?\s+to\s+|consents?\s+to,?\s+and\s+)?"
    r"waives?\b(?P<what>(?:[^.;]|\.(?=\S)){3,400})"
)


#: waivers of defences and procedure (suretyship, jury, notice) are not waivers of the deal terms
_BOILERPLATE = re.compile(
    r"(?i)^\W*(?:and\s+\w+\s+)?(?:any\s+(?:and\s+all\s+)?)?(?:right|trial|presentment|diligence|demand|notice"
    r"|protest|suretyship|defen[cs]e|marshal|homestead|jury|the\s+benefit|all\s+(?:rights|defen|claims)"
    r"|its\s+rights?|any\s+(?:claim|defen|right|objection))"
)


_NEGATED = re.compile(
    r"(?i)\b(?:not|no|nor|may|shall\s+not\s+be\s+deemed\s+to|deemed\s+to|to\s+the\s+extent)\s+(?:\w+\s+){0,2}$"
)


#: "The Company desires (i) that the Holder waive": a request, granted only by a waiver itself
_REQUESTED = re.compile(
    r"(?i)\b(?:request(?:s|ed)?|desires?|asked|asks)\s+(?:\([ivx]+\)\s+)?that\s+"
    r"(?:the\s+|each\s+)?[A-Z][\w\s'\u2019.,-]{0,60}$"
)


#: "agrees to waive, and does hereby absolutely waive and relinquish": the verb said twice, the
#: object follows the second one
_RESTATED_VERB = re.compile(r"\W*and\s+(?:does\s+)?hereby\s+(?:\w+\s+){0,4}?waives?\b")


#: "Subject to the conditions set forth herein, the Lender waives any Default ...": a waiver in
#: the plain present tense, its subject opening the sentence or the clause after an
#: introductory phrase ("Effective as of the date hereof, the Bank waives ..."); a condition
#: ("if the Lender waives ...") is none
_PLAIN_WAIVER = rule(
    "relations.plain_present_waiver",
    r"(?:^|[,;:]\s+)(?:the\s+|each\s+)?[A-Z][\w'\u2019.&-]*(?:\s+[A-Z][\w'\u2019.&-]*){0,4}\s*$",
    reads="the words before 'waives' without 'hereby': a subject that opens its clause",
    matches=[
        passage("Subject to the conditions set forth herein, the Lender ", match=", the Lender "),
        "The Required Lenders ",
    ],
    rejects=["If the Lender ", "the Borrower agrees that the Lender ", "unless the Agent "],
)
#: "agrees to waive, and does hereby waive, X": the first verb, between the subject and the
#: second one, which reads X
_FIRST_VERB = rule(
    "relations.waivers.first_verb",
    r"\s+agree[sd]?\s+to\s+waive,?\s+and\s*$",
    reads="the words before 'does hereby waive': a first verb between the subject and it",
    matches=[passage("The Lender agrees to waive, and ", match=" agrees to waive, and ")],
    rejects=["The Lender agrees to waive any Default", "The Lender waives, and "],
)

#: What a waiver of deal terms waives: a default or covenant, or money owed under the deal
#: (accrued interest, a fee or premium); defences and procedure are :data:`_BOILERPLATE`.
_WAIVABLE = re.compile(
    r"(?i)default|covenant|compliance|condition|section|breach|event|requirement|provision"
    r"|interest|\bfees?\b|premium|penalt|payment|adjustment"
)


def _grants_waivers(ctx: DocContext) -> bool:
    """Whether the own agreement is a waiver (its title says so), which grants the waivers
    its recitals request; elsewhere a request is only a request."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    title = own.props.get("title") if own else None
    return isinstance(title, str) and bool(re.search(r"(?i)\bwaiver\b", title))


#: A waiver given by "the Lenders" or "the Required Lenders": who they are, the signature
#: pages tell (:func:`extract_class_waivers`); the waiver's evidence, terms and agreement wait here.
ClassWaiver = tuple[Span, dict[str, PropValue], str]


#: "the Agent, acting at the direction of the Required Lenders, hereby waives": the phrase
#: between a waiver's subject and its verb that says for whom it acts; the subject is before it
_ACTING_FOR = rule(
    "relations.waiver_acting_for",
    r",\s*(?:(?:acting|each\s+acting)\s+)?(?:(?:at|upon)\s+the\s+(?:direction|request|instruction)s?"
    r"|on\s+behalf|with\s+the\s+(?:consent|approval)|for\s+the\s+benefit|for\s+the\s+account)"
    r"\s+of\s+(?P<for>[^,;]{3,80}?)\s*,?\s*$",
    reads="the words before a waiver's verb: whom its subject acts for, set off by commas",
    matches=[
        passage(
            "the Agent, acting at the direction of the Required Lenders,",
            match=", acting at the direction of the Required Lenders,",
            **{"for": "the Required Lenders"},
        ),
        passage("the Administrative Agent, on behalf of the Lenders", **{"for": "the Lenders"}),
        "the Trustee, with the consent of the Holders of a majority in principal amount,",
    ],
    rejects=[
        "the Agent and the Lenders",
        "Subject to the conditions set forth in Section 3, the Lenders",
    ],
)


_LENDER_CLASS_SUBJECT = re.compile(
    r"\b(?:the\s+)?(?:Required\s+|Majority\s+)?(?:Lenders|Banks)\s*$"
)

#: "The Required Lenders and the Agent hereby waive": the lenders' class named first of the
#: subjects, another party after it ("the Agent and the Lenders" ends in the class)
_LENDER_CLASS_FIRST = rule(
    "relations.waivers.lender_class_first",
    r"(?:^|[,;:]\s+|\b)(?:[Tt]he\s+|[Ee]ach\s+of\s+the\s+)?(?:Required\s+|Majority\s+)?"
    r"(?:Lenders|Banks)\s*,?\s+and\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s*$",
    reads="the words before a waiver's verb: the lenders' class, then 'and' another party",
    matches=[
        "The Required Lenders and the Agent ",
        "Each of the Lenders and the Administrative Agent ",
        passage(
            "2. Waiver. The Majority Banks and the Agent", match="The Majority Banks and the Agent"
        ),
    ],
    rejects=[
        "The Agent and the Required Lenders ",
        "The Lenders and the Borrower agree that the Agent ",
        "the Required Lenders and the Agent may ",
    ],
)


#: "The Lenders signing below, being all of the Lenders, waive", "The Lenders signatory hereto,
#: constituting the Required Lenders, waive": the words that say which of a class waive (those
#: that sign) and what share of it they make, between the class and its verb: the subject is
#: the class before them.
_CLASS_QUALIFIER = rule(
    "relations.waivers.signing_class_qualifier",
    r"(?:\s+(?:signing\s+below|signatory\s+hereto|party\s+hereto)"
    r"|\s*,\s*(?:being|constituting|which\s+constitute|who\s+constitute|representing)"
    r"\s+[^,;]{3,80},)+\s*$",
    reads="the words before a waiver's verb: the signing members of a class and the share "
    "they make of it, after the class",
    matches=[
        passage(
            "The Lenders signing below, being all of the Lenders, ",
            match=" signing below, being all of the Lenders, ",
        ),
        passage(
            "The Lenders signatory hereto, constituting the Required Lenders, ",
            match=" signatory hereto, constituting the Required Lenders, ",
        ),
        passage("The Banks party hereto ", match=" party hereto "),
    ],
    rejects=["The Required Lenders ", "the Borrower, being in default, and the Lenders "],
)


def extract_waivers(
    ctx: DocContext, lo: int, sentence: str, following: str, by_class: list[ClassWaiver]
) -> None:
    """ "The Bank hereby waives compliance with ... of the Agreement ... through March 31, 2005"."""
    evidence = trimmed(ctx, lo, lo + len(sentence))
    for m in _overlapping(_WAIVE, sentence):
        before = sentence[: m.start()]
        if qualified := _CLASS_QUALIFIER.search(before):
            before = before[: qualified.start()].lstrip() + " "  # "The Lenders "
        if _NEGATED.search(before[-60:]) or _BOILERPLATE.search(m["what"]):
            continue
        if _RESTATED_VERB.match(m["what"]):
            continue  # "agrees to waive, and does hereby waive X": the second verb's match reads X
        if not _WAIVABLE.search(m["what"]):
            continue
        requested = _REQUESTED.search(before[-80:])
        if requested and re.search(r"\bhereby\b", requested.group()):
            requested = None  # "requested that the Lender waive X, and the Lender hereby waives X"
        listed = re.search(
            r"(?i)\bhereby\s*\((?:a|i|1)\)[^;]*$", before
        )  # "hereby (a) ... (b) waive"
        if (
            not requested
            and not listed
            and not re.search(
                r"(?i)hereby|agree[sd]?\s+to|consents?\s+to",
                sentence[max(0, m.start() - 40) : m.end()],
            )
            and not _PLAIN_WAIVER.search(before)
        ):
            continue
        if requested and not _grants_waivers(ctx):
            continue
        # "The Lenders hereby (a) consent to ... and (b) waive": the subject precedes the list
        subject = AUXILIARY_TAIL.sub("", re.sub(r"\s+hereby\s*\((?:a|i|1)\)[^;]*$", "", before))
        subject = _FIRST_VERB.sub("", subject)
        # "the Agent, acting at the direction of the Required Lenders, hereby waives": the
        # Agent waives, and the lenders it acts for through it
        acting = _ACTING_FOR.search(subject)
        acting_for = acting["for"] if acting else ""
        subject = subject[: acting.start()] if acting else subject
        waivers = subject_before(ctx, subject)
        what = re.split(
            r"\s+(?:of|under|contained\s+in)\s+the\s+(?:[A-Z][\w-]*\s+){0,5}?"
            r"(?:Agreement|Note|Indenture)\b",
            m["what"],
        )[0]
        what = re.sub(r"^\s*and\s+release\s+\S+(?:\s+\S+)?\s+from\s+", "", what)
        what = " ".join(re.sub(r"-{3,}", " ", what).split()).strip(" ,")
        targets = (
            agreements_in(ctx, m["what"])
            or instruments_in(ctx, m["what"])
            or (primary_agreement(ctx, ""))
        )
        props = _waiver_terms(sentence + " " + following)
        props["what"] = _referred_what(ctx, lo, _defined_what(ctx, what))[:300]
        for w in waivers:
            for t in targets[:1]:
                _waive(ctx, w, t, evidence, props)
        # lenders as a class waive terms of the credit agreement they lend under
        if (
            (
                _LENDER_CLASS_SUBJECT.search(subject)
                or _LENDER_CLASS_FIRST.search(subject)
                or _LENDER_CLASS_SUBJECT.search(acting_for)
            )
            and targets
            and CREDIT_TITLE.search(title_of(ctx, targets[0]))
        ):
            by_class.append((evidence, props, targets[0]))


#: what a waiver waives when it is a defined term alone: "the Specified Default"
_TERM_ONLY = re.compile(
    r"^(?:the|such|each|any)\s+(?P<term>[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){0,4})$"
)
#: where the sentence that defines a term in a parenthesis starts
_SENTENCE_START = re.compile(r"(?s).*(?:\.\s+|\n[ \t]*\n|;\s+|:\s+)")


#: what a waiver waives when it is a defined term and the period it is waived for: "the
#: Covenant Default for the fiscal quarter ended June 30, 2008 only, subject to ..." (the
#: condition after the comma is the waiver's condition, read apart)
_TERM_AND_PERIOD = rule(
    "relations.waiver_term_and_period",
    r"^(?:the|such)\s+(?P<term>[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){0,4})"
    r"(?P<period>\s+(?:for|with\s+respect\s+to|as\s+of)\s+(?:[^,;]|,(?=\s*\d{4}\b)){3,120}?)"
    r"\s*(?:,(?!\s*\d{4}\b)|$)",
    reads="what a waiver waives: a defined term, then the period it is waived for",
    matches=[
        passage(
            "the Covenant Default for the fiscal quarter ended June 30, 2008 only, subject to",
            term="Covenant Default",
            period=" for the fiscal quarter ended June 30, 2008 only",
        ),
        passage("the Ratio Default as of December 31, 2011", term="Ratio Default"),
    ],
    rejects=["the Covenant Default", "compliance with Section 6.1 for the quarter"],
)


def _defined_what(ctx: DocContext, what: str) -> str:
    """ "the Specified Default" -> "Specified Default: ... failed to maintain the Fixed
    Charge Coverage Ratio ... for the fiscal quarter ended June 30, 2016": a waived defined
    term with the words of the sentence that defines it, so the waiver says what it waives
    (and the period it is waived for, when the waiver states one after the term)."""
    m = _TERM_ONLY.match(what) or _TERM_AND_PERIOD.match(what)
    if m is None:
        return what
    term = m["term"]
    period = m.groupdict().get("period") or ""
    for d in find_definitions(ctx.text):
        if d.term != term:
            continue
        if d.style == "means":
            body = ctx.text[d.end : d.clause_end].split(". ")[0]
            body = re.sub(r"^[\"\u201d]?\s*(?:shall\s+)?means?\s+", "", body)
        else:
            lo = max(0, d.clause_start - 600)
            head = _SENTENCE_START.match(ctx.text, lo, d.clause_start)
            body = ctx.text[head.end() if head else lo : d.clause_start]
        body = " ".join(body.split()).strip(" ,")
        stated = " ".join(f"{body} {period}".split())
        return f"{term}: {stated}" if body else what
    return what


#: "waives that noncompliance", "waives such failure": what the sentence before stated
_ANAPHORIC = rule(
    "relations.waiver_anaphoric_what",
    r"(?i)^(?:that|such|the\s+foregoing|the\s+aforementioned|said)\s+(?:\w+\s+){0,2}?"
    r"(?:non-?compliance|failures?|defaults?|breach(?:es)?|violations?|events?\s+of\s+default)\b",
    reads="what a waiver waives: a default, failure or noncompliance the sentence before told",
    matches=[
        "that noncompliance for such fiscal quarter only",
        "such Event of Default",
        "such failure",
    ],
    rejects=["the Specified Default", "compliance with Section 6.1", "any other Default"],
)
#: where a sentence ends (the one before a waiver is the last in the text before it)
_SENTENCE_END = re.compile(r"(?<=[.;:])\s+(?=[A-Z(])|\n[ \t]*\n")


def _referred_what(ctx: DocContext, lo: int, what: str) -> str:
    """ "The Borrower did not maintain the Debt Service Coverage Ratio required by Section
    7.2 ... The Bank hereby waives that noncompliance": what is waived, with the sentence
    before that states it."""
    if not _ANAPHORIC.match(what):
        return what
    before = ctx.text[max(0, lo - 800) : lo].rstrip()
    previous = _SENTENCE_END.split(before)[-1]
    previous = " ".join(previous.split()).strip(" .")
    return f"{what}: {previous}" if len(previous) > 20 else what


def _overlapping(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Every match of ``pattern``, each searched from just after the previous one's start:
    "requested that the Lender waive the Default, and the Lender hereby waives the Default"
    holds a request and, inside its match, the waiver itself."""
    m = pattern.search(text)
    while m:
        yield m
        m = pattern.search(text, m.start() + 1)


def extract_class_waivers(ctx: DocContext, by_class: list[ClassWaiver], lenders: list[str]) -> None:
    """ "the Required Lenders hereby waive ...": each lender the signature pages name waives."""
    for evidence, props, target in by_class:
        for lender in lenders:
            _waive(ctx, lender, target, evidence, props)


def _waive(
    ctx: DocContext, waiver: str, target: str, evidence: Span, props: dict[str, PropValue]
) -> None:
    """One WAIVES edge per party and agreement; several waivers of it keep every ``what``
    ("Section 4.13(a); Section 4.20(b)")."""
    key = ("WAIVES", waiver, target)
    old = ctx.collector.relations.get(key)
    had = old.props.get("what") if old else None
    ctx.collector.relate("WAIVES", waiver, target, evidence, props)
    what = props.get("what")
    if isinstance(had, str) and isinstance(what, str) and what and what not in had.split("; "):
        rec = ctx.collector.relations[key]
        ctx.collector.relations[key] = replace(rec, props={**rec.props, "what": f"{had}; {what}"})


def following_sentence(text: str, end: int) -> str:
    """The sentence after a waiver when it qualifies it ("Such waiver shall be effective from
    ...", "Notwithstanding the foregoing, ... this waiver shall be null and void"); page
    breaks removed so a date split across pages reads whole."""
    window = re.sub(r"\s*<PAGE>\s*|\s+", " ", text[end : end + 1500])
    m = re.match(
        r"\s*((?:Such|This|The\s+foregoing)\s+waiver[^;]*?|Notwithstanding\s+the\s+foregoing"
        r"[^;]*?waiver\s+shall\s+be\s+null\s+and\s+void[^;]*?)\.(?:\s+[A-Z]|$)",
        window,
    )
    return m.group(1) if m else ""


#: ", the Agent, acting for the Required Lenders, hereby waives": the clause of the waiver
#: itself, after a condition written before it
_WAIVING_CLAUSE = rule(
    "relations.waiver_clause_after_condition",
    r",\s+(?=(?:the|each)\s+[A-Z][^,;]{0,60}?(?:,[^,;]{0,100},)?\s*(?:hereby\s+)?"
    r"(?:(?:irrevocably|expressly)\s+)?(?:agrees?\s+to\s+)?waives?\b)",
    reads="a waiver's condition written before it: where the waiving clause starts",
    matches=[
        passage(
            "the Borrower pay a fee of $10,000, the Agent, acting at the direction of the Required"
            " Lenders, hereby waives the Default",
            match=", ",
        ),
        "no Default having occurred, the Lenders hereby waive compliance",
    ],
    rejects=["the Borrower pay to the Agent, for the account of the Lenders, a fee of $10,000"],
)


def _waiver_terms(text: str) -> dict[str, PropValue]:
    """From / until / condition of a waiver, read in its sentence and a "Such waiver" follower."""
    props: dict[str, PropValue] = {}
    m = re.search(rf"(?is)\b(?:effective\s+)?from\s+(?:and\s+including\s+)?(?P<d>{DATE})", text)
    props["from"] = parse_date(m["d"]) if m else None
    m = re.search(
        rf"(?is)\b(?:through|until|to\s+and\s+including|prior\s+to|ending\s+on)\b[^.;]{{0,60}}?(?P<d>{DATE})",
        text,
    )
    props["until"] = parse_date(m["d"]) if m else None
    m = re.search(
        r"(?is)\b(?:provided(?:,\s*however,)?\s+that|on\s+the\s+condition\s+that|subject\s+to)"
        r"\s+(?P<c>[^.;]{5,300})",
        text,
    )
    # "Subject to the condition that the Borrower pay a fee, the Agent hereby waives ...":
    # the condition ends where the waiver's own clause begins
    cond = _WAIVING_CLAUSE.split(m["c"])[0] if m else None
    props["condition"] = " ".join(cond.split()) if cond else None
    void = re.search(
        r"(?is)\bin\s+the\s+event\s+that\s+(?P<c>[^;]{5,300}?),\s*this\s+waiver\s+shall\s+be"
        r"\s+null\s+and\s+void",
        text,
    )
    if props["condition"] is None and void:
        props["condition"] = "void if " + " ".join(void["c"].split())
    return props
