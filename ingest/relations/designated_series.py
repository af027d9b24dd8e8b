"""The series of notes an indenture creates by designating it: "There is hereby created a
series of Securities under the Base Indenture designated the 6.875% Senior Notes due 2027",
"The Company hereby establishes a new series of Debt Securities designated as its 4.50% Notes
due 2031".

Exists because a supplemental indenture defines its notes in no quoted term and issues them by
no "shall issue" sentence: the series it creates is ISSUED_UNDER it, and the issuer of the
securities (the own agreement's party in the role "Company" or "Issuer") ISSUES it. Read only
where the own agreement is an indenture or a supplemental one; the series is the instrument
already found under that title, else a new one of that title (its rate from the title).
"""

from __future__ import annotations

from ingest.context import DocContext
from ingest.instruments.refs import instrument_ref, instruments_titled
from ingest.instruments.terms import heading_rate
from ingest.records import PropValue, Span
from ingest.relations.secured_obligations import in_own_text
from ingest.relations.slots import trimmed
from ingest.rules import passage, rule

_DESIGNATED = rule(
    "relations.designated_note_series",
    r"\b(?:created|established|creates|establishes|create|establish|issue)\s+(?:a|one)\s+"
    r"(?:new\s+)?series\s+of\s+(?:(?:Debt|Senior|Subordinated)\s+)?(?:Securities|Notes)\b"
    r"[^.;]{0,80}?\bdesignated\s+(?:as\s+)?(?:its|the)\s+"
    r"(?P<title>\d[\d.]*(?:\s+\d/\d+)?%\s+(?:[A-Z][\w-]*\s+){0,4}(?:Notes|Debentures)"
    r"(?:\s+due\s+\d{4})?)",
    reads="a series of notes an indenture creates by designating it, with its title",
    matches=[
        passage(
            "There is hereby created a series of Securities under the Base Indenture designated "
            "the 6.875% Senior Notes due 2027.",
            title="6.875% Senior Notes due 2027",
        ),
        passage(
            "The Company hereby establishes a new series of Debt Securities designated as its "
            "4.50% Notes due 2031 (the Notes)",
            title="4.50% Notes due 2031",
        ),
        passage(
            "There is hereby created a series of Securities designated the 7 1/8% Senior "
            "Subordinated Notes due 2022",
            title="7 1/8% Senior Subordinated Notes due 2022",
        ),
    ],
    rejects=[
        "the Company may issue a series of Securities in such form as an officer designates",
        "any series of Notes designated by the Board",
    ],
)

_INDENTURES = ("indenture", "supplemental_indenture")
_ISSUER_ROLES = ("company", "issuer")


def extract_designated_series(ctx: DocContext, lo: int, sentence: str) -> None:
    """The designated series ISSUED_UNDER the own indenture and ISSUED by its issuer.
    Evidence: the sentence."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    if own is None or own.props.get("kind") not in _INDENTURES or not in_own_text(ctx, lo):
        return
    for m in _DESIGNATED.finditer(sentence):
        if ctx.self_ref is None:
            continue
        evidence = trimmed(ctx, lo, lo + len(sentence))
        titled = instruments_titled(ctx, m["title"])
        ref = titled[0] if titled else _add_series(ctx, m["title"], evidence)
        ctx.collector.relate("ISSUED_UNDER", ref, ctx.self_ref, evidence)
        for (kind, party, target), rec in list(ctx.collector.relations.items()):
            role = str(rec.props.get("role") or "").lower()
            if kind == "PARTY_TO" and target == ctx.self_ref and role in _ISSUER_ROLES:
                ctx.collector.relate("ISSUES", party, ref, evidence)


def _add_series(ctx: DocContext, title: str, evidence: Span) -> str:
    """A new instrument for the designated series: a note or debenture of its title's rate."""
    title = " ".join(title.split())
    props: dict[str, PropValue] = {
        "title": title,
        "kind": "debenture" if title.lower().endswith("debentures") else "note",
        "interest_rate": heading_rate(title),
    }
    ref = instrument_ref(title)
    ctx.collector.add(ref, "Instrument", evidence, props, ())
    return ref
