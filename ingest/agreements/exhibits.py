"""The attached exhibits that are themselves agreements or instruments, each an
entity whose text this document holds (``contained``).

An exhibit that gives a guaranty or security (a guaranty, a pledge or security agreement, a
consent or reaffirmation of guarantors) is often filled in or executed where it is attached:
the subsidiaries that guarantee a credit agreement sign its "Exhibit A - Guaranty". Its
signature blocks are read as an appended agreement's are (:func:`ingest.appended.
read_signatories`): the companies signing are its parties and SECURE the credit agreement; a
form's blanks ("[NAME OF GUARANTOR]") name no one.
"""

from __future__ import annotations

import re

from ingest.agreements.exhibit_terms import exhibit_terms, name_exhibit
from ingest.agreements.kinds import classify, title_case
from ingest.agreements.own_date import stated_date
from ingest.agreements.titles import GENERIC, strip_form_of
from ingest.appended import (
    appended_kind,
    read_signatories,
    region_blocks,
    secured_agreement,
    signs_for_companies,
)
from ingest.context import DocContext, norm_term
from ingest.names import singular
from ingest.records import PropValue
from ingest.references.add import same_numbered_amendment
from ingest.rules import rule
from ingest.signatures.fields import Block
from ingest.structure.analysis import analyze

#: a line wholly in brackets is a form's note to its drafter, not the exhibit's title: "[Dated
#: as provided in Section 3.01 of the Credit Agreement]" over a form of legal opinion
_DRAFTING_NOTE = rule(
    "agreements.exhibit_drafting_note",
    # a sentence with words in lower case, not a title's capitals nor a "[Form of ...]"
    r"\[(?!(?i:form\s+of)\b)(?=[^\[\]]*\b[a-z]{4,}\b)[^\[\]]{1,200}\]",
    reads="an exhibit heading line wholly in brackets: a note to the drafter, no title",
    mode="fullmatch",
    matches=[
        "[Dated as provided in Section 4.02 of the Loan Agreement]",
        "[To be dated the Closing Date]",
    ],
    rejects=[
        "[FORM OF] GUARANTY",
        "SECURITY AGREEMENT [Borrower]",
        "[FORM OF REVOLVING CREDIT NOTE]",
        "[Form of Term Note]",
        "[SUBSIDIARY GUARANTY]",
        "[Subsidiary Guaranty]",
    ],
)


#: a form's own date left blank for its signers: "AGREEMENT dated as of __________, 1999 among
#: [ASSIGNOR]", "made this ___ day of April, 1999", "dated as of [__________], 20[__]"; the
#: first full date after it is another agreement's ("relates to the Credit Agreement dated as
#: of November 2, 1999"), never the form's
_BLANK_DATE = rule(
    "agreements.exhibit_blank_date",
    r"(?i)\b(?:dated|made|entered\s+into)(?:\s+(?:as\s+)?of)?(?:\s+(?:this|the))?[ \t]*"
    r"(?:_{2,}|\[[ \t]*(?:_+|\u25cf|\*+|[ \t]*)[ \t]*\])",
    reads="an attached form's opening: its own date left blank to be filled in",
    matches=[
        "AGREEMENT dated as of __________, 1999 among [ASSIGNOR]",
        "This Assignment is made this ___ day of April, 2004, by",
        "dated as of [__________], 20[__], among",
    ],
    rejects=[
        "AGREEMENT dated as of November 2, 1999 among the Borrower",
        "a Note dated the Closing Date payable to ________",
    ],
)


def _form_date(text: str, start: int, end: int) -> PropValue:
    """The attached agreement's date, unless the form leaves its own blank before any date."""
    dated = stated_date(text, start, end)
    blank = _BLANK_DATE.search(text, start, end)
    if dated is None or (blank is not None and blank.start() < dated.start):
        return None
    return dated.iso


def extract_exhibits(ctx: DocContext) -> None:
    """Each attached exhibit that is itself an agreement or instrument becomes an entity
    whose text this document holds (``contained``)."""
    text = ctx.text
    for i, ex in enumerate(analyze(text).exhibits()):
        if not ex.title or _DRAFTING_NOTE.fullmatch(ex.title.strip()):
            continue
        title = strip_form_of(ex.title)
        cls = classify(title)
        if cls is None:
            continue
        given = cls[0] == "Agreement" and appended_kind(title) in _GIVEN
        blocks = region_blocks(text, ex) if given else []
        if norm_term(title) in GENERIC and not _executed(blocks):
            continue  # "Exhibit A - Guaranty" names an agreement where its givers sign it
        start = text.find(ex.title.split()[0], ex.start, ex.end)
        span = ctx.span(ex.start, (start if start >= 0 else ex.start) + len(ex.title))
        props: dict[str, PropValue] = {"title": title_case(title), "kind": cls[1]}
        if dated := _form_date(text, ex.start, min(ex.end, ex.start + 1200)):
            props["date"] = dated
        generic = re.fullmatch(r"(?i)(?:promissory\s+)?notes?", " ".join(title.split()))
        terms = exhibit_terms(text, ex.label, analyze(text).main_end, titled=not generic)
        ref = _mentioned_as(ctx, cls[0], title, props.get("date")) or name_exhibit(
            ctx, terms, cls[0], f"exhibit:{i}"
        )
        ctx.collector.add(ref, cls[0], span, props, tuple(terms), contained=True)
        if given:
            read_signatories(ctx, ex, blocks, ref, appended_kind(title), secured_agreement(ctx))


def _executed(blocks: list[Block]) -> bool:
    """Whether its givers sign the attached agreement: a company (not a form's blank), or a
    person for himself ("/s/ Dale R. Kirchner" / "DALE R. KIRCHNER, individually": the owner
    who guarantees his company's loan)."""
    return signs_for_companies(blocks) or any(
        b.individual and b.signed and b.signer for b in blocks
    )


#: The kinds of attached agreement whose signatories give a guaranty or security, or confirm one.
_GIVEN = frozenset(
    {"guaranty", "pledge_agreement", "security_agreement", "consent", "reaffirmation", "joinder"}
)


def _mentioned_as(ctx: DocContext, label: str, title: str, date: PropValue) -> str | None:
    """The mention the body made of an exhibit ("replacement notes ... in the form attached
    as Exhibit A (the "Replacement Notes")"): one instrument, whose text is attached."""
    want = _unpromised(norm_term(singular(title)))
    for ref, e in ctx.collector.entities.items():
        t, d = e.props.get("title"), e.props.get("date")
        if e.label != label or e.contained or not isinstance(t, str):
            continue
        # "EXHIBIT A - AMENDED CREDIT AGREEMENT": the term the body gave the agreement
        names = {_unpromised(norm_term(singular(n))) for n in (t, *e.aliases)}
        if want in names and (d is None or date is None or d == date):
            return ref
    # "as amended by Amendment No. 1 thereto dated as of August 3, 2014, a copy of which is
    # attached as Exhibit A" over "EXHIBIT A / AMENDMENT NO. 1 TO CREDIT AGREEMENT"
    return same_numbered_amendment(ctx, title_case(title), date) if isinstance(date, str) else None


def _unpromised(term: str) -> str:
    """A note's name without "promissory": the form "364-DAY REVOLVING CREDIT PROMISSORY NOTE"
    is the body's "364-Day Revolving Credit Note"."""
    return re.sub(r"\bpromissory\s+(?=note$)", "", term)
