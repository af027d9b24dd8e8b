"""Parties of an agreement made by "the undersigned": a joint filing agreement or statement
(Rule 13d-1(k)), a consent or acknowledgment whose opening names nobody and whose parties are
the funds, companies and individuals that sign it.

Shape::

    JOINT FILING AGREEMENT
    The undersigned hereby agree that the Schedule 13D ... is filed on behalf of each of them.
    Dated: March 2, 2020
    KESTREL CAPITAL LP                          <- a filer (a Party)
    By: Kestrel GP LLC, its general partner     <- signs for the filer: no party of its own
    By: /s/ Ann Roe  Name: Ann Roe  Title: Managing Member
    /s/ Peter Lund  Peter Lund                   <- an individual filer (a conformed signature
                                                    with no "By:" before it and no title after)

EDGAR often flattens such a page onto a few lines, so the list is read as name runs in the
text after the date line, not as a laid-out block: a company is any organisation name there
that no "By:" introduces and no ", its general partner" follows.
"""

from __future__ import annotations

from ingest.context import DocContext
from ingest.names import looks_like_person, name_runs, words
from ingest.parties.add import add_party, party_to
from ingest.parties.zones import undersigned_opening
from ingest.rules import passage, rule
from ingest.structure.analysis import analyze

#: "Dated: March 2, 2020", "DATED: April 8, 2020", "Date: ...": where the signatures begin
#: when no witness clause opens them.
_DATED = rule(
    "undersigned.dated",
    r"(?:^|(?<=\n))[ \t]*(?:Dated|DATED|Date|DATE)\b[ \t]*[:,]?|\b(?:Dated|DATED|Date|DATE)[ \t]*:",
    reads="the text after an 'undersigned' opening: the date line where its signatures begin",
    matches=[
        passage("of each of them.\nDated: March 2, 2020", match="Dated:"),
        passage("DATED, April 8, 2020", match="DATED,"),
        passage("hereto.   Date: May 1, 2019", match="Date:"),
    ],
    rejects=["as of the date first written above", "the Update Date"],
)
#: How much text after the date line the list of signers may take.
_LIST_WINDOW = 20_000
#: "By: ", "By: /s/": what introduces a company that signs for a filer, not a filer.
_SIGNS_FOR = rule(
    "undersigned.signs_for",
    r"(?i)\bby\s*[:_]?\s*(?:/s/\s*)?$",
    reads="the line before a company's name in a signer list: 'By:', so it signs for a filer",
    matches=["By: ", "By: /s/ ", "  by_"],
    rejects=["KESTREL CAPITAL LP\n", "Nearby "],
)
#: ", its general partner", ", as its investment manager": a company that signs for another.
_ITS = rule(
    "undersigned.its_role",
    r"(?i)\s*,?\s*(?:as\s+)?its\s+\w+",
    reads="right after a company's name in a signer list: 'its general partner' (signs for one)",
    matches=[
        passage(", its general partner", match=", its general"),
        passage(" as its investment manager", match=" as its investment"),
    ],
    rejects=["\nBy: /s/ Ann Roe", ", a Delaware limited partnership"],
    mode="match",
)
#: What follows a person's typed name when the person signs for someone: a field or title.
_FIELD_AFTER = rule(
    "undersigned.field_after",
    r"(?i)\s*(?:name|title|its)\s*:|\s*,?\s*(?:co-)?trustee\b",
    reads="right after a person's typed name: a field or a title, so the person signs for someone",
    matches=["  Name: Ann Roe", " Title: Managing Member", ", Co-Trustee", " Its: President"],
    rejects=["\nKESTREL CAPITAL LP", " and Mary Roe"],
    mode="match",
)
_CONFORMED = rule(
    "undersigned.conformed",
    r"/[sS]/[ \t]*",
    reads="a signer list: a conformed signature ('/s/'), the name typed after it",
    matches=[passage("/s/ Peter Lund", match="/s/ "), passage("By: /S/\tAnn Roe", match="/S/\t")],
    rejects=["s/he", "and/or"],
)
#: "By: /s/ Ann Roe": a conformed signature that signs for someone, no filer of its own.
_BY_BEFORE = rule(
    "undersigned.by_before",
    r"(?i)\bby\s*[:_]?\s*$",
    reads="the few characters before a conformed signature: 'By:', so it signs for someone",
    matches=["By: ", "  BY:", "By_"],
    rejects=["Dated: ", "Peter Lund  "],
)


def extract_undersigned_parties(ctx: DocContext) -> None:
    """The signers of an own agreement that its opening leaves to "the undersigned" and whose
    parties no earlier step found before its signature list."""
    if ctx.self_ref is None:
        return
    text = ctx.text
    cue = undersigned_opening(text)
    if cue is None:
        return
    dated = _DATED.search(text, cue.end())
    st = analyze(text)
    start = dated.start() if dated else st.signatures.start if st.signatures else None
    if start is None or _named_before(ctx, start):
        return
    end = min(st.main_end, start + _LIST_WINDOW)
    if end <= start:
        end = min(len(text), start + _LIST_WINDOW)
    for run in name_runs(text, start, end):
        if not run.is_org or len(words(run.text)) < 2 or not text[run.start - 1].isspace():
            continue  # "Holdings I/II GP L.L.C." read from its "II": a name cut, not a name
        line_start = max(text.rfind("\n", 0, run.start), run.start - 40)
        if _SIGNS_FOR.search(text, line_start, run.start) or _ITS.match(text, run.end):
            continue
        ref = add_party(ctx, run.text, run.start, run.end, kind="organization")
        party_to(ctx, ref, None, run.start, run.end)
    for m in _CONFORMED.finditer(text, start, end):
        if _BY_BEFORE.search(text[max(start, m.start() - 8) : m.start()]):
            continue
        runs = name_runs(text, m.end(), min(end, m.end() + 120))
        if not runs or runs[0].start != m.end():
            continue
        name, name_end = _typed_twice(runs[0].text), runs[0].end
        if not looks_like_person(name) or _FIELD_AFTER.match(text, name_end):
            continue
        ref = add_party(ctx, name, runs[0].start, name_end, kind="person")
        party_to(ctx, ref, None, runs[0].start, name_end)


def _named_before(ctx: DocContext, pos: int) -> bool:
    """Whether a party of the own agreement is cited before ``pos`` (its opening named one)."""
    return any(
        r.type == "PARTY_TO" and r.target == ctx.self_ref and any(e.start < pos for e in r.evidence)
        for r in ctx.collector.relations.values()
    )


def _typed_twice(name: str) -> str:
    """ "Shelby J. Butterfield Shelby J. Butterfield": the signature and the typed name below
    it, flattened onto one line, are one name."""
    ws = name.split()
    half = len(ws) // 2
    if len(ws) % 2 == 0 and half >= 2 and ws[:half] == ws[half:]:
        return " ".join(ws[:half])
    return name
