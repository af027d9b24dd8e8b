"""A company's name cut by the signature page's layout: the last words of a name the
preamble gave in full ("2205925 Ontario Limited" signing as "Ontario Limited", "PHILIPS
MEDICAL SYSTEMS NEDERLAND B.V." wrapped so that only "NEDERLAND B.V." stands over the "By:"
line, "Farids & Co. LLC" as "Co. LLC"). Such a line names the party already known, never a
company of its own."""

from __future__ import annotations

from ingest.context import DocContext
from ingest.names import TERMINAL_SUFFIXES, words
from ingest.rules import passage, rule

#: At most this many words before the suffix are left of a cut name.
_MAX_CUT_WORDS = 3


def cut_party(ctx: DocContext, name: str, named: set[str], above: str = "") -> str | None:
    """The ref of the named party whose name ends with all the words of ``name`` (and has
    more words before them), when ``name`` ends in a corporate suffix; None otherwise. Where
    several named parties end so ("APPROVED ENGINEERING TEST LABORATORIES, INC." and "PHASE
    SEVEN LABORATORIES, INC." under "LABORATORIES, INC."), the one whose first words end the
    text ``above`` the line (the name's head, wrapped onto the lines above)."""
    tail = words(name)
    if not tail or tail[-1] not in TERMINAL_SUFFIXES:
        return None
    core = [w for w in tail if w not in TERMINAL_SUFFIXES]
    if len(core) > _MAX_CUT_WORDS:
        return None
    hits = []
    for ref in named:
        e = ctx.collector.get(ref)
        full = words(str(e.props.get("name") or "")) if e is not None else []
        if len(full) > len(tail) and full[-len(tail) :] == tail:
            hits.append((ref, full[: -len(tail)]))
    if len(hits) > 1 and above:
        before = words(above)
        hits = [(ref, head) for ref, head in hits if before[-len(head) :] == head]
    return hits[0][0] if len(hits) == 1 else None


def _core(name: str) -> list[str]:
    ws = words(name)
    while ws and ws[-1] in TERMINAL_SUFFIXES:
        ws.pop()
    return ws


def joined_party(ctx: DocContext, name: str, named: set[str]) -> str | None:
    """Two names the layout ran together on one line, the second a named party's whole name
    ("JOHNS HOPKINS UNIVERSITY VIRTUOSO SURGICAL INC", "ESTABLISHMENT LABS, SA Apollo
    Endosurgery, Inc."): the ref of the party whose name ends the line, when what stands
    before it is a named party's name, the start or end of one, or a corporate suffix
    left of the name before."""
    line = _core(name)
    cores = {}
    for ref in named:
        e = ctx.collector.get(ref)
        if e is not None and e.label == "Party":
            cores[ref] = _core(str(e.props.get("name") or ""))
    for ref, core in cores.items():
        if not core or len(line) <= len(core) or line[-len(core) :] != core:
            continue
        head = line[: -len(core)]
        if all(w in TERMINAL_SUFFIXES for w in head) or any(
            other != ref and (c[: len(head)] == head or c[-len(head) :] == head)
            for other, c in cores.items()
        ):
            return ref
    return None


#: The line under a signature block's company line that opens with the last words of the
#: company's name, wrapped there by a narrow column, before the capacity ("FIRST UNION
#: NATIONAL BANK OF NORTH" / "CAROLINA, as Co-Agent and Lender").
_WRAPPED_REST = rule(
    "signatures.name_rest_before_capacity",
    r"[ \t]*\n[ \t]*(?P<rest>[A-Z][A-Za-z0-9&'.-]*(?:[ \t]+[A-Z][A-Za-z0-9&'.-]*){0,2})"
    r"[ \t]*(?:,|[ \t]as\b|\n|$)",
    reads="the line under a signature's company line: the last words of a wrapped name, "
    "then its capacity",
    matches=[
        passage("\n      CAROLINA, as Co-Agent and Lender", rest="CAROLINA"),
        passage("\n  DAKOTA as Lender", rest="DAKOTA"),
        passage("\nTRUST COMPANY, as Lender", rest="TRUST COMPANY"),
    ],
    rejects=["\n\nBy: /s/ Ann Reyes", "\n   as Co-Agent and Lender", "\nBy:______"],
    mode="match",
)


def wrapped_rest_party(ctx: DocContext, name: str, named: set[str], below: str) -> str | None:
    """The ref of the named party whose whole name is ``name`` followed by the first words of
    the line ``below`` it (the name's last words, wrapped under it by the signature column, the
    capacity after them): a name's head is no company of its own. None when no party the
    document named before the signature pages is named so."""
    m = _WRAPPED_REST.match(below)
    if m is None:
        return None
    whole = words(f"{name} {m['rest']}")
    hits = []
    for ref in named:
        e = ctx.collector.get(ref)
        if e is not None and e.label == "Party":
            full = words(str(e.props.get("name") or ""))
            while full and full[-1] in TERMINAL_SUFFIXES and len(full) > len(whole):
                full.pop()
            if full == whole:
                hits.append(ref)
    return hits[0] if len(hits) == 1 else None
