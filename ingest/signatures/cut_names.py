"""A company's name cut by the signature page's layout: the last words of a name the
preamble gave in full ("2205925 Ontario Limited" signing as "Ontario Limited", "PHILIPS
MEDICAL SYSTEMS NEDERLAND B.V." wrapped so that only "NEDERLAND B.V." stands over the "By:"
line, "Farids & Co. LLC" as "Co. LLC"). Such a line names the party already known, never a
company of its own."""

from __future__ import annotations

from ingest.context import DocContext
from ingest.names import TERMINAL_SUFFIXES, words

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
