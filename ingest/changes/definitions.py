"""A block of new definitions cut into its definitions ("the following definitions are added
...": each one ``add``), and one operation's wording shared among its several targets
("subsections (a) and (b) ... the following:" then "(a) ..." and "(b) ...").
"""

from __future__ import annotations

import re

from ingest.changes.quotes import DEFINITION_START, Q_OPEN, quoted_term
from ingest.changes.targets import Target
from ingest.changes.wording import PAGE_FOOTER, PAGE_LINES, unquote
from ingest.list_labels import Paragraphs
from ingest.rules import passage, rule

#: A definition that opens with its term and a full stop or colon, the style of some banks'
#: forms: "Commitment Amount.  $15,000,000 or any lesser amount ...".
_TITLED_DEFINITION = re.compile(
    r"\s*(?P<t>[A-Z][\w\-/&']*(?:[ \t\n]+(?:[A-Z][\w\-/&']*|of|and|to|the|for|in|on)){0,7})"
    r"[.:][ \t]+(?=\S)"
)

#: A definition whose term lost its quotes (or was set in bold) in conversion: capitalised
#: words, then "means": "Beneficial Ownership Regulation means 31 C.F.R. § 1010.230."
_BARE_DEFINITION = rule(
    "changes.bare_definition",
    r"[ \t]*(?!(?:The|This|That|Such|Each|Any|All|No|If|For|In|As|It)\b)"
    r"(?P<t>[A-Z][\w\-/&']*(?:(?:[ \t]+(?:of|and|to|for|on|the|in))?[ \t]+"
    r"[A-Z][\w\-/&']*){0,7})[ \t]+(?:means|shall\s+mean|has\s+the\s+meaning)\b",
    reads="a paragraph of a block of new or restated definitions: a definition whose term has "
    "no quotes",
    matches=[
        passage(
            "Beneficial Ownership Regulation means 31 C.F.R. 1010.230.",
            t="Beneficial Ownership Regulation",
        ),
        passage(
            "Sanctioned Country shall mean a country subject to Sanctions.", t="Sanctioned Country"
        ),
    ],
    rejects=["The Borrower means to repay", "(i) Capital Expenditures and Interest Expense"],
    mode="match",
)


#: Blank lines and page markers or numbers on lines of their own.
_LAYOUT_LINES = re.compile(
    r"(?:[ \t]*\n)+|[ \t]*(?:<PAGE>[ \t]*\d*|-?[ \t]*\d{1,3}[ \t]*-?)[ \t]*\n"
)


def opens_definition(text: str, start: int, end: int) -> bool:
    """Whether the wording from ``start`` (after a colon) opens with a definition: its term
    quoted, or a term whose quotes the conversion lost at the start of its line ("Cash Dominion
    Period means ...")."""
    while (lead := _LAYOUT_LINES.match(text, start, end)) is not None and lead.end() > start:
        start = lead.end()  # ":\n\n<PAGE>\n   -2-\n\n"Term" means": the page break is layout
    if DEFINITION_START.match(text, start, end):
        return True
    first = start + len(text[start:end]) - len(text[start:end].lstrip())
    line = text.rfind("\n", start, first) + 1 or first
    return _BARE_DEFINITION.match(text, max(line, start), end) is not None


#: The label of a lettered or numbered list of new definitions (or its bullet), before the
#: quoted term.
_LIST_LABEL = re.compile(r"\s*(?:\((?:[a-z]{1,3}|\d{1,2})\)|[•·▪])\s+(?=[\"“‘`'])")


def block_definitions(
    pars: Paragraphs, block: tuple[int, int]
) -> list[tuple[str, tuple[int, int]]]:
    """The definitions in a block of new definitions, each with its whole wording; a block
    quoted whole that opens with its term and a full stop or colon ("Consolidated Current
    Assets.  At any date ...") is one definition of that term."""
    text = pars.text
    out: list[tuple[str, tuple[int, int]]] = []
    quoted_seen = False
    for s, e in _definition_lines(text, pars.spans, block):
        lead = PAGE_LINES.match(text, s, e)
        if lead and lead.end() > s and DEFINITION_START.match(text, lead.end(), e):
            s = lead.end()  # "5\n<PAGE>   6\n"Term Loan" means ...": the page break is layout
        # (a term broken over paragraphs reads on: "“Equipment\n\nLoans” means")
        m = DEFINITION_START.match(text, s, block[1])
        if m:
            # "(a) "Designated Jurisdiction" means ...": the label numbers the amendment's
            # list, the definition opens with its term
            label = _LIST_LABEL.match(text, s, e)
            out.append((quoted_term(m["q"]), (label.end() if label else s, e)))
            quoted_seen = True
        elif not quoted_seen and (bare := _BARE_DEFINITION.match(text, s, e)) is not None:
            # (only in a block of such definitions: in one whose definitions quote their
            # terms, "X means" opens a paragraph of the definition before it)
            out.append((bare["t"], (bare.start("t"), e)))
        elif out and not PAGE_FOOTER.match(text, s, e):  # a page number is no wording
            out[-1] = (out[-1][0], (out[-1][1][0], e))
    quoted = text[block[0]] in Q_OPEN or (block[0] > 0 and text[block[0] - 1] in Q_OPEN)
    if not out and quoted:
        titled = _TITLED_DEFINITION.match(text, block[0] + (text[block[0]] in Q_OPEN), block[1])
        if titled:
            out.append((" ".join(titled["t"].split()), block))
    return out


#: A line that opens with a quoted term: where a definition starts when a filing lists its
#: definitions without a blank line between them, or runs them together in one sentence ('...
#: the Building; and "Expansion Date" means ...': the joiner belongs to neither definition).
_QUOTED_LINE = re.compile(
    r"\n(?=[ \t]*[\"“‘`])|(?<=[.;])[ \t]+(?=[\"“])|;[ \t]+(?:and|or)[ \t]+(?=[\"“])"
)


def _definition_lines(
    text: str, spans: list[tuple[int, int]], block: tuple[int, int]
) -> list[tuple[int, int]]:
    """The paragraphs of a block, each also cut where one of its lines or sentences opens a
    definition (""A" means ...\n"B" means ...", "... Section 2.3(a). "B" means ..."): one
    piece per definition."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if e <= block[0] or s >= block[1]:
            continue
        s, e = max(s, block[0]), min(e, block[1])
        for m in _QUOTED_LINE.finditer(text, s, e):
            # (a term may run on past a blank line: "... 2.3(a). “Equipment\n\nLoans\n
            # Conversion Date” means ...")
            if DEFINITION_START.match(text, m.end(), block[1]):
                out.append((s, m.start()))
                s = m.end()
        out.append((s, e))
    return out


def pieces_per_target(
    pars: Paragraphs, block: tuple[int, int], targets: list[Target]
) -> list[tuple[int, int]] | None:
    """One operation's wording split among its targets: "subsections (a) and (b) ... the
    following:" then "(a) ..." and "(b) ..."; "Sections 7.1.8 and 7.1.9" then "SECTION 7.1.8
    ..." and "SECTION 7.1.9 ..."; "the definitions "A" and "B" ..." then the two definitions.
    None unless every target finds its own piece."""
    text = pars.text
    if all(t.term for t in targets):
        defs = dict(block_definitions(pars, block))
        spans = [defs.get(t.term or "") for t in targets]
        if all(spans):
            return [unquote(text, *sp) for sp in spans if sp]
        return None
    starts: list[int] = []
    for t in targets:
        sub = re.search(r"\([a-zA-Z0-9]{1,5}\)$", t.section or "")
        if sub is not None:
            label = re.escape(sub.group())
        elif re.fullmatch(r"\d+(?:\.\d+)+", t.section or ""):
            # "Sections 2.1.1 and 2.1.2 ... to read as follows:" then "SECTION 2.1.1 ..."
            label = r"(?:SECTION|Section)?[ \t]*" + re.escape(t.section or "") + r"(?=[.\s])"
        else:
            return None
        m = re.compile(r"(?m)(?:^[ \t]*[\"“]?|(?<=[\"“]))" + label).search(text, block[0], block[1])
        if m is None:
            return None
        starts.append(m.start())
    if starts != sorted(starts):
        return None
    bounds = [*starts[1:], block[1]]
    return [
        unquote(text, s + len(text[s:e]) - len(text[s:e].lstrip()), e)
        for s, e in zip(starts, bounds, strict=True)
    ]
