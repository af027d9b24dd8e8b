"""Parties named only by the signing formula "For and on behalf of <party>" on the
own agreement's signature pages.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.names import TERMINAL_SUFFIXES, looks_like_person, name_runs, words
from ingest.parties.add import add_party, party_to
from ingest.parties.not_names import only_roles
from ingest.structure.analysis import analyze

#: "For and on behalf of      Acme Telecom plc", "SIGNED FOR AND ON BEHALF of DGT CORP.",
#: "for and on behalf of ) QIWI PLC )": the signing formula that names, on the signature
#: pages, the party a signer binds (a consortium's parties are often named nowhere else).
_ON_BEHALF = re.compile(
    r"(?i:\b(?:signed\s+)?for\s+and\s+on\s+behalf\s+of)\b[ \t:)]*(?:\n[ \t)]*){0,6}"
    r"(?:the\s+|THE\s+)?"
)
#: What may follow the party's name on its line: nothing, a column gap, a bracket of the
#: layout, or the signer's field ("by", "By:", "Represented by").
_AFTER_BEHALF = re.compile(r"[ \t,.]*(?:$|\n|\)|[ \t]{4}|(?i:by\b|represented\b))")


def extract_behalf_parties(ctx: DocContext) -> None:
    """Parties named by the signing formula "For and on behalf of <party>" on the own
    agreement's signature pages. Only a name the formula alone introduces: the rest of the
    line is a name run (an organisation, or on the formula's own line any name), never a
    defined term ("for and on behalf of the Company") or a circle of parties ("the Lenders").
    In a layout of bracketed cells ("for and on behalf of ) QIWI PLC )") a name may wrap into
    the next cells: there only a name that ends in its corporate suffix is whole."""
    st = analyze(ctx.text)
    if st.signatures is None or ctx.self_ref is None:
        return
    text = ctx.text
    end = min(st.signatures.end, st.signatures.start + _BEHALF_WINDOW)
    for m in _ON_BEHALF.finditer(text, st.signatures.start, end):
        line_end = text.find("\n", m.end(), end)
        runs = name_runs(text, m.end(), end if line_end < 0 else line_end)
        if not runs or runs[0].start != m.end():
            continue
        run = runs[0]
        same_line = "\n" not in text[m.start() : run.start]
        bracketed = text[run.end : run.end + 3].strip().startswith(")")
        if (
            ctx.lookup(run.text)
            or only_roles(run.text)
            or not _AFTER_BEHALF.match(text, run.end)
            or not (run.is_org or same_line or not looks_like_person(run.text))
            or (bracketed and words(run.text)[-1] not in TERMINAL_SUFFIXES)
        ):
            continue
        ref = add_party(ctx, run.text, run.start, run.end, kind="organization")
        party_to(ctx, ref, None, run.start, run.end)


#: How far into the signature pages the formula is read (a consortium signs on many pages).
_BEHALF_WINDOW = 40_000
