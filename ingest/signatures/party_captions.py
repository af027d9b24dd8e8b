"""Signature captions that name the agreement the companies below are parties to: a consent
appended to an amendment signed under "SIGNATURES OF PARTIES TO THE PARENT GUARANTY" and
"PARTIES TO THE SUBSIDIARY GUARANTY:", each heading a list of companies.

Exists because such a caption, not the consent's own text, is where the document says who
is party to each guaranty (or security agreement) the consent keeps in force; the companies
under it are also the consent's signers, which :mod:`ingest.appended` reads.
"""

from __future__ import annotations

from ingest.agreements.kinds import title_case
from ingest.context import DocContext
from ingest.parties.add import add_party
from ingest.records import PropValue
from ingest.references.keys import mention_ref
from ingest.relations.slots import agreements_in
from ingest.rules import passage, rule
from ingest.signatures.blocks import SIGNATURE_WINDOW, signature_blocks
from ingest.structure.analysis import analyze

_PARTY_CAPTION = rule(
    "signatures.party_caption",
    r"(?m)^[ \t]*(?:SIGNATURES?\s+OF\s+)?(?:THE\s+)?PARTIES\s+TO\s+THE\s+"
    r"(?P<title>[A-Z][A-Z&'-]*(?:[ \t]+[A-Z][A-Z&'-]*){0,5}?[ \t]+"
    r"(?:GUARANTY|GUARANTEE|AGREEMENT|PLEDGE\s+AGREEMENT))"
    r"(?:[ \t]*-+[ \t]*CONTINUED)?[ \t]*:?[ \t]*$",
    reads="a caption above signature blocks naming the agreement the companies below are "
    "parties to",
    matches=[
        passage("SIGNATURES OF PARTIES TO THE PARENT GUARANTY", title="PARENT GUARANTY"),
        passage(
            "SIGNATURES OF PARTIES TO THE SUBSIDIARY GUARANTY--Continued".upper(),
            title="SUBSIDIARY GUARANTY",
        ),
        passage("PARTIES TO THE SECURITY AGREEMENT:", title="SECURITY AGREEMENT"),
    ],
    rejects=[
        "THE PARTIES TO THE AGREEMENT HAVE EXECUTED IT AS OF THE DATE ABOVE",
        "the parties to the Parent Guaranty",
    ],
)

#: what the title of a caption's agreement says of its kind
_KINDS = (
    ("GUARANT", "guaranty"),
    ("PLEDGE", "pledge_agreement"),
    ("SECURITY", "security_agreement"),
)


def extract_party_captions(ctx: DocContext) -> None:
    """Each company listed under a party caption after the own signatures: PARTY_TO the
    agreement the caption names (the one the text mentions under that title, else a mention
    of it added here), as a guarantor of a guaranty, cited at the company's name."""
    st = analyze(ctx.text)
    if st.signatures is None:
        return
    text = ctx.text
    caps = list(_PARTY_CAPTION.finditer(text, st.signatures.start))
    for i, m in enumerate(caps):
        end = caps[i + 1].start() if i + 1 < len(caps) else m.end() + SIGNATURE_WINDOW
        end = min(end, len(text), m.end() + SIGNATURE_WINDOW)
        title = title_case(" ".join(m["title"].split()))
        agreement = _agreement(ctx, title, m.start("title"), m.end("title"))
        # the companies that sign as parties to a guaranty are its guarantors
        role: dict[str, PropValue] = {"role": "Guarantor"} if "GUARANT" in title.upper() else {}
        # read from the caption on: a list's first company is read as the caption's block
        for b in signature_blocks(text, m.start(), end):
            if b.company and b.company_span and b.company_span[0] >= m.end():
                cs, ce = b.company_span
                ref = add_party(ctx, b.company, cs, ce, kind="organization")
                ctx.collector.relate("PARTY_TO", ref, agreement, ctx.span(cs, ce), role)


def _agreement(ctx: DocContext, title: str, start: int, end: int) -> str:
    """The agreement a caption names: one the text already holds, else a mention added."""
    found = agreements_in(ctx, title)
    if found:
        return found[0]
    ref = mention_ref(title, None)
    kind = next((k for w, k in _KINDS if w in title.upper()), "agreement")
    if ctx.collector.get(ref) is None:
        ctx.collector.add(ref, "Agreement", ctx.span(start, end), {"title": title, "kind": kind})
    return ref
