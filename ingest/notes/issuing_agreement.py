"""The agreement a note is issued under ("issued pursuant to the Loan Agreement",
"the Credit Agreement of even date herewith"), named or mentioned, as the note's own text says.

Apart from :mod:`ingest.relations.issued_under`, which reads the same kind of cue in any
sentence of any document but only with an instrument as its subject ("This Note is issued
pursuant to ..."): inside a note text the note is known, so weaker cues count too ("subject to
the terms of the Credit Agreement", "as defined in the Loan Agreement") and a short term the
note defines for a longer title is read (:mod:`.defined_agreement`). Apart, too, from
:mod:`ingest.relations.provided_under`, which reads no clause: it picks the agreement by the
kind of document that provides for an instrument.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.dates import find_dates
from ingest.notes.defined_agreement import defined_agreement
from ingest.records import PropValue
from ingest.references.keys import mention_ref, norm_title
from ingest.references.kinds import title_kind
from ingest.rules import passage, rule

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


#: an agreement as a note names it: "that certain Credit Agreement", "the Loan Agreement", "a
#: letter agreement" (title words may be joined by "and", "of", "to": "Revolving Credit and
#: Term Loan Agreement")
_AGREEMENT = (
    r"(?P<agr>(?:that\s+certain|a\s+certain|the|a|an)\s+(?:(?:[A-Z][\w'\u2019-]*|and|of|to|for"
    r"|letter|loan|credit|purchase)\s+){0,10}?(?:Agreement|Indenture|agreement))\b"
)

#: the cues that make the agreement after them the one the note is issued under, with the
#: clauses a note strings between ("referred to in, and is entitled to the benefits of, the ...",
#: "issued to the Holder pursuant to the ...")
_STRONG_UNDER = rule(
    "notes.strong_under",
    r"(?s)\b(?:referred\s+to\s+in|(?:issued|delivered|executed|made)"
    r"(?:\s+to\s+the\s+(?:Holder|Purchaser|Lender|Payee|Investor|Buyer)s?)?\s+(?:under|pursuant\s+to"
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
        passage(
            "This Warrant is issued to the Holder pursuant to that certain Placement Agency "
            "Agreement, dated as of May 2, 2017",
            agr="that certain Placement Agency Agreement",
        ),
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
    r"(?:\s+the\s+(?:terms|provisions)(?:\s+and\s+conditions)?\s+of"
    r"|\s+Sections?\s+\d[\w.()]*(?:\s+(?:and|or)\s+\d[\w.()]*)?\s+of)?\s*,?\s+" + _AGREEMENT,
    reads="the agreement after a weaker cue (under, subject to, defined in), or after the "
    'section of it the cue names ("pursuant to Section 2.04 of the Credit Agreement")',
    matches=[
        passage("as defined in the Loan Agreement", agr="the Loan Agreement"),
        passage(
            "subject to the terms and conditions of the Credit Agreement",
            agr=("the Credit Agreement"),
        ),
        passage(
            "Swing Line Loans made pursuant to Section 2.04 of the Credit Agreement",
            agr="the Credit Agreement",
        ),
    ],
    rejects=["under this Note", "subject to Section 4", "pursuant to Section 2.04 of this Note"],
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


#: how far after an agreement's title a note gives its date ("..., dated as of May 1, 2010")
_DATE_REACH = 120


def _named_agreement(ctx: DocContext, phrase: str, after: str) -> str | None:
    """The agreement of the document a note's phrase names: its title (the one dated as the
    words ``after`` it say, when several share it), its defined term, else the document's own
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
        dates = find_dates(after)
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


def issuing_agreement(
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
            after = text[m.end("agr") : m.end("agr") + _DATE_REACH]
            found = _named_agreement(ctx, m["agr"], after)
            if found is None:  # "the Credit Agreement" the note defines for a longer title
                found = defined_agreement(ctx, m["agr"], start, end)
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
