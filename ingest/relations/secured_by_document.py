"""SECURES from a security instrument on land that states what it secures in a clause of its
own, after its granting clause: "This Deed of Trust is given for the purpose of securing: (a)
payment of the indebtedness evidenced by that certain Promissory Note ... (the "Note"); (b)
performance of ... that certain Loan Agreement ...", "This Mortgage is given to secure the
Note", "FOR THE PURPOSE OF SECURING: ...".

Why a reader of its own: :mod:`.conveyances` reads a granting clause that names what it
secures in the same sentence; deed-of-trust and mortgage forms often grant the land first
("Trustor hereby irrevocably grants, bargains, sells and conveys to Trustee, in trust, ... the
following (collectively, the "Property"):", a list after it) and list the secured obligations
in a later section. The grantor and the land are the granting clause's; the notes and
agreements are the ones the clause (and its list) names.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.relations.collateral import add_asset
from ingest.relations.conveyances import LAND_VERBS
from ingest.relations.secured_obligations import in_own_text
from ingest.relations.security_grants import grant_subjects
from ingest.relations.slots import agreements_in, instruments_in, parties_named, trimmed
from ingest.rules import passage, rule

#: the document on land a sentence opens with ("This Deed of Trust", "this Mortgage")
_LAND_DOCUMENT = (
    r"(?i:deed\s+of\s+trust|mortgage|security\s+deed|deed\s+to\s+secure\s+debt"
    r"|security\s+instrument)"
)

_GIVEN_TO_SECURE = rule(
    "relations.secured_by_document.given_to_secure",
    r"^\s*(?:(?i:this)\s+" + _LAND_DOCUMENT + r"\s+(?:(?:is|shall\s+be)\s+(?:given|made"
    r"|executed(?:\s+and\s+delivered)?)\s+)?"
    r"(?i:(?:to|in\s+order\s+to)\s+secure|for\s+the\s+purpose\s+of\s+securing|as\s+security\s+for"
    r"|secures)"
    # the California form's heading of its own: "FOR THE PURPOSE OF SECURING:"
    r"|FOR\s+THE\s+PURPOSE\s+OF\s+SECURING)\b(?P<what>[^.]*)",
    reads="the clause of a deed of trust or mortgage that states what it secures",
    mode="match",
    matches=[
        passage(
            "This Deed of Trust is given for the purpose of securing: (a) payment of the Note",
            what=": (a) payment of the Note",
        ),
        passage("FOR THE PURPOSE OF SECURING:", what=":"),
        passage("This Mortgage secures the Obligations", what=" the Obligations"),
    ],
    rejects=[
        "This Deed of Trust shall be governed by the laws of the State of Arizona.",
        "To secure the Obligations, the Borrower shall deliver the Pledged Notes.",
        "The Borrower may secure other Indebtedness with Permitted Liens.",
    ],
)

#: a granting clause of land: its grantor, the grantee after "to"/"unto", and what follows
_GRANTING = re.compile(
    r"^\s*(?:(?:WITNESSETH|W\s*I\s*T\s*N\s*E\s*S\s*S\s*E\s*T\s*H)\s*:?\s*)?(?:(?i:that)\s+)?"
    r"(?P<subj>(?:(?i:the)\s+)?[A-Z][\w'\u2019.&-]*(?:(?:\s+|,\s+)[A-Z][\w'\u2019.&-]*){0,6}?)"
    r",?\s+(?:(?i:does|do)\s+)?(?i:hereby\s+)?(?i:irrevocably\s+)?"
    r"(?P<verbs>(?i:(?:grants?|bargains?|sells?|conveys?|mortgages?|warrants?|assigns?|transfers?"
    r"|remises?|releases?|sets?\s+over|confirms?)(?:,?\s+and\s+|,\s+|\s+)){1,9})"
    r"(?i:to|unto)\s+(?P<to>(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,5})"
    r"(?P<body>[^;]{3,900})"
)
#: the last term the granting clause defines for the land
_LAND_TERM = re.compile(
    r"\(\s*(?:collectively,?\s+)?(?:the\s+)?[\"\u201c](?P<term>[^\"\u201d]{2,40})[\"\u201d]\s*\)"
)
#: a paragraph of the list that follows "for the purpose of securing:" opens with its mark
_LIST_ITEM = re.compile(r"\s*\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)")
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
#: How far the list of secured obligations after "for the purpose of securing:" may run.
_LIST_REACH = 3000


def _granting_clause(ctx: DocContext, before: int) -> re.Match[str] | None:
    """The document's first conveyance of land before ``before``, read paragraph by paragraph."""
    start = 0
    for para in _PARAGRAPH.finditer(ctx.text[:before] + "\n\n"):
        m = _GRANTING.match(ctx.text[start : para.start()])
        if m and LAND_VERBS.search(m["verbs"]):
            return m
        start = para.end()
    return None


def _listed(ctx: DocContext, pos: int, what: str) -> str:
    """The secured obligations: the clause's own words, and, when it ends in a colon, the list
    paragraphs right after it ("(a) payment of ...", "(b) performance of ...")."""
    if not what.rstrip().endswith(":"):
        return what
    out = [what]
    for para in _PARAGRAPH.split(ctx.text[pos : pos + _LIST_REACH].lstrip()):
        if not _LIST_ITEM.match(para):
            break
        out.append(para)
    return " ".join(out)


def _caps_term(subject: str) -> str:
    """An all-capitals subject as the term it stands for ("TRUSTOR" -> "Trustor")."""
    return subject.title() if subject.isupper() else subject


def extract_given_to_secure(ctx: DocContext, lo: int, sentence: str) -> None:
    """The grantor and the land of the document's granting clause SECURE each note and
    agreement the clause that states what the document secures names (not the document
    itself)."""
    m = _GIVEN_TO_SECURE.match(sentence)
    if m is None or not in_own_text(ctx, lo):
        return
    grant = _granting_clause(ctx, lo)
    if grant is None:
        return
    what = _listed(ctx, lo + m.end(), m["what"])
    secured = [
        ref for ref in instruments_in(ctx, what) + agreements_in(ctx, what) if ref != ctx.self_ref
    ]
    if not secured:
        return
    evidence = trimmed(ctx, lo, lo + len(sentence))
    terms = list(_LAND_TERM.finditer(grant["body"]))
    land = terms[-1]["term"] if terms else None
    grantees = set(parties_named(ctx, grant["to"]))
    grantors = [g for g in grant_subjects(ctx, _caps_term(grant["subj"]), lo) if g not in grantees]
    for target in dict.fromkeys(secured):
        if land:
            ctx.collector.relate("SECURES", add_asset(ctx, land, evidence), target, evidence)
        for grantor in grantors:
            ctx.collector.relate("SECURES", grantor, target, evidence)
