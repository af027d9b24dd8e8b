"""ISSUED_UNDER from an instrument's statement of where it comes from: "This Note is issued
pursuant to", "the Warrants that were issued under", "referred to in", "as contemplated by".
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.relations.slots import (
    agreements_in,
    instruments_in,
    nearest_contained_instrument,
    self_label,
    trimmed,
)

_SECURITY_WORD = r"(?:Notes?|Warrants?|Debentures?|Bonds?)"


#: "This Note is issued pursuant to", "This unsecured Note is being delivered pursuant to",
#: "the Warrants that were issued under", "This Debenture is one of the Debentures referred to
#: in", "made and delivered in accordance with", "as contemplated by": an instrument tied to the
#: agreement it was issued under.
_ISSUED_UNDER = re.compile(
    rf"(?P<subj>\b(?:This|The|the|such|each|Each)\s+(?:[A-Za-z][\w-]*,?\s+){{0,5}}?{_SECURITY_WORD}"
    rf"(?:\s+and\s+(?:[A-Z][\w-]*\s+){{0,3}}{_SECURITY_WORD})?)\b"
    r"(?:\s*\([^()]{0,60}\))?[^.;]{0,100}?\b(?:(?:issued|delivered|executed|made|sold|granted)"
    r"(?:\s+(?:and|or)\s+(?:issued|delivered|executed|sold))?\s+(?:under\s+and\s+)?"
    r"(?:pursuant\s+to|under|in\s+accordance\s+with|in\s+connection\s+with)"
    r"|referred\s+to\s+in|as\s+contemplated\s+(?:by|in|under))"
    r",?\s+(?:(?:the\s+terms\s+(?:and\s+(?:provisions|conditions)\s+)?|Section\s+[\d.()a-z]+\s+)of\s+)?"
    r"(?P<agr>(?:a\s+certain|that\s+certain|the|an?)\s+"
    r"(?:[A-Z][\w'\u2019-]*\s+){0,8}?(?:Agreement|Indenture))"
)


ISSUED_UNDER_CUES = (
    "issued",
    "delivered",
    "executed",
    "made",
    "sold",
    "granted",
    "referred",
    "contemplated",
)


#: the instrument words ``_ISSUED_UNDER`` needs: most sentences with "made" name none
SECURITY_CUES = ("note", "warrant", "debenture", "bond")


def extract_issued_under(ctx: DocContext, lo: int, sentence: str) -> None:
    """ISSUED_UNDER from one sentence (at ``lo``) tying an instrument to its agreement."""
    evidence = trimmed(ctx, lo, lo + len(sentence))
    for m in _ISSUED_UNDER.finditer(sentence):
        agreements = agreements_in(ctx, m["agr"])
        subj = m["subj"]
        if subj.startswith("This ") and self_label(ctx) == "Instrument" and ctx.self_ref:
            instruments = [ctx.self_ref]
        elif subj.startswith("This "):
            near = nearest_contained_instrument(ctx, lo)
            instruments = [near] if near else []
        else:
            instruments = instruments_in(ctx, subj) or _own_class(ctx, subj)
        for inst in instruments:
            for agr in agreements[:1]:
                ctx.collector.relate("ISSUED_UNDER", inst, agr, evidence)


def _own_class(ctx: DocContext, subj: str) -> list[str]:
    """ "the Warrants that were issued under the Purchase Agreement", written in a warrant: the
    class this instrument belongs to, so what is said of the class is said of it."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    if own is None or own.label != "Instrument" or not subj.endswith("s"):
        return []
    kind = own.props.get("kind")
    head = subj.split()[-1].lower().rstrip("s")
    return [ctx.self_ref] if ctx.self_ref and kind == head else []
