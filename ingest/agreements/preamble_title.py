"""The own title the preamble states: "This [Title] ("Agreement")", else a heading
flattened into the preamble's paragraph or standing right above it.
"""

from __future__ import annotations

import re

from ingest.agreements.kinds import classify
from ingest.agreements.titles import (
    GENERIC,
    HEAD_WORD,
    REFERENCE_AFTER,
    fuller,
    segment_titles,
    title_at,
)
from ingest.context import norm_term
from ingest.names import clean_name, singular
from ingest.rules import passage, rule
from ingest.structure.preamble import INSIDE_SENTENCE
from ingest.structure.regions import Region

#: The capitalised run right before "This Agreement"; a number may stand inside it after a
#: word, as in a project's or a product's name ("ASIA PACIFIC CABLE NETWORK 2 CONSTRUCTION
#: AGREEMENT", "PHASE 3 SUPPLY AGREEMENT").
_TITLE_BEFORE = re.compile(
    r"(?:^|\s)((?:(?:[A-Z][\w&'’®™\-]*,?|(?<=[A-Za-z]\s)\d{1,3}(?=\s+[A-Z])|of|to|and|for|the|&|-)"
    r"\s+)+)$"
)
#: A label and its number, never a part of a title: "Page 2", "Schedule 3", "Section 4".
_NUMBERED_LABEL = re.compile(
    r"(?i)\b(?:page|schedule|annex|appendix|attachment|section|article|item|part|exhibit"
    r"|clause|paragraph|chapter)\s+\d"
)


_STOP = r"(?:is|are|made|dated|entered|executed|between|by|among|effective|with)\b"
#: A title that opens on its head noun and says after it what the agreement is for, the way
#: British and Asian drafting names a contract: "This Agreement for the Provision of
#: Maintenance Services (the "Agreement")", "CONTRACT FOR THE SUPPLY OF COMPONENTS made ...".
#: It ends before a bracket, a comma, a line's end or the verb or the parties that follow.
_HEAD_FIRST = rule(
    "agreements.head_first_title",
    r"(?P<t>(?:AGREEMENT|Agreement|CONTRACT|Contract)[ \t]+(?:FOR|for|OF|of|ON|on)[ \t]+"
    r"(?!(?i:the[ \t]+part(?:y|ies)\b))"
    rf"(?:(?!(?i:{_STOP}))(?:[A-Z][\w&'’\-]*|of|for|the|and|to|on|in|a|an|&)[ \t]+){{0,8}}?"
    r"(?!(?:OF|FOR|THE|AND|TO|ON|IN|A|AN)\b)[A-Z][\w&'’\-]*)"
    rf"(?=[ \t]*(?:\(|,|\n|$)|\s+(?i:{_STOP}))",
    reads="a title opening on its head noun: what follows 'Agreement for' up to the verb",
    matches=[
        passage(
            'Agreement for the Provision of Maintenance Services (the "Agreement") is made',
            t="Agreement for the Provision of Maintenance Services",
        ),
        passage(
            "CONTRACT FOR THE SUPPLY OF COMPONENTS MADE AND ENTERED",
            t="CONTRACT FOR THE SUPPLY OF COMPONENTS",
        ),
        passage("Agreement on Joint Research, dated", t="Agreement on Joint Research"),
    ],
    rejects=[
        "Agreement for the purposes of this Section",
        "Agreement of the Parties",
        "Agreement for a period of five years",
    ],
    mode="match",
)


def head_first(text: str, pos: int, limit: int) -> tuple[str, int, int] | None:
    """The title opening at ``pos`` on its head noun, "Agreement for the Supply of ...",
    where :func:`title_at` read only the bare "Agreement"."""
    m = _HEAD_FIRST.match(text[:limit], pos)
    return (clean_name(m["t"]), m.start("t"), m.end("t")) if m else None


#: What a preamble calls its document without naming it: "This Agreement", "This Contract"
#: (a bare "Contract" elsewhere, as on a "Contract Number:" line, still tells an agreement).
_UNNAMED = GENERIC | {"contract"}

#: ... its title in quotes too: 'THIS "SUPPLY AGREEMENT" is made'
_THIS_TITLE = re.compile(r"\b(?:This|THIS|These|THESE)\s+[\"“]?(?:[a-z]+,?\s+){0,2}")


def preamble_title(text: str, pre: Region) -> tuple[str, int, int] | None:
    """ "This [Title] ("Agreement")": the first "This" that names an agreement (a legend's
    "THIS DOCUMENT" does not), else the heading right before a plain "This Agreement"."""
    # "CREDIT AGREEMENT dated as of ...": a preamble that opens on its title; a "THIS
    # AGREEMENT" far after it is a legend's ("... BETWEEN THE INTERCREDITOR AGREEMENT AND THIS
    # AGREEMENT, THE TERMS OF THE INTERCREDITOR AGREEMENT SHALL GOVERN")
    opening = title_at(text, pre.start, min(pre.end, pre.start + 400))
    if opening and norm_term(opening[0]) in _UNNAMED:
        opening = head_first(text, opening[1], pre.end)
    if opening and not classify(opening[0]):
        opening = None
    for this in _THIS_TITLE.finditer(text, pre.start, min(pre.end, pre.start + 2000)):
        if opening and this.start() - opening[2] > 200:
            return opening
        if INSIDE_SENTENCE.search(text, max(pre.start, this.start() - 12), this.start()):
            continue  # a legend's "PORTIONS OF THIS AGREEMENT": no sentence opens there
        found = title_at(text, this.end(), min(pre.end, this.end() + 400))
        if found and norm_term(found[0]) in _UNNAMED:
            found = head_first(text, found[1], pre.end) or found
        before = title_before(text, pre, this.start())
        if found and norm_term(found[0]) not in _UNNAMED:
            # "JACKSONVILLE JAGUARS SPONSORSHIP AGREEMENT This Sponsorship Agreement ..."
            return (
                before
                if before and (fuller(before[0], found[0]) or _reworded(before[0], found[0]))
                else found
            )
        if before:
            return before
        if found:  # "This Agreement": the first self-reference, titled nowhere nearer
            return None
    if opening:
        return opening
    # no "This" names it ("STRATEGIC ALLIANCE AGREEMENT, dated as of ..."): the capitalised
    # words before the first head noun
    # (past a reference line's head noun: "ACME CONTRACT No. 076C/01 LICENCE AGREEMENT")
    head = next(
        (
            h
            for h in HEAD_WORD.finditer(text, pre.start, min(pre.end, pre.start + 600))
            if not REFERENCE_AFTER.match(text, h.end())
        ),
        None,
    )
    if not head:
        return None
    pos = head.start()
    back = list(
        re.finditer(
            r"(?:^|\s)((?:[A-Z][\w&'’\-]*|of|to|and|for|the)\s+)+$", text[pre.start : head.start()]
        )
    )
    if back:
        pos = pre.start + back[-1].start()
        while pos < head.start() and text[pos].isspace():
            pos += 1
    found = title_at(text, pos, min(pre.end, pos + 400))
    if not found or norm_term(found[0]) in GENERIC:
        return None
    return found


def title_before(text: str, pre: Region, this: int) -> tuple[str, int, int] | None:
    """A heading flattened into the preamble's paragraph, right before "This Agreement":
    "EXHIBIT 10.3 SUPPLY AGREEMENT This Agreement ..." -> "SUPPLY AGREEMENT"; else the last
    title opening a flattened line there ("GAS TRANSPORTATION AGREEMENT (For Use under ...)",
    "Corporate Sponsorship Agreement Between A and B, Inc.")."""
    before = text[max(pre.start, this - 300) : this]
    m = _TITLE_BEFORE.search(before)
    if m:
        pos = this - len(before) + m.start(1)
        label = max(_NUMBERED_LABEL.finditer(text, pos, this), key=lambda n: n.end(), default=None)
        if label:  # "Schedule 2 SUPPLY AGREEMENT": the title starts after the label's number
            number = re.compile(r"\d*\s*").match(text, label.end(), this)
            pos = number.end() if number else label.end()
        found = title_at(text, pos, this)  # which strips an exhibit label before the title
        bare = re.compile(r"\d{1,3}\s+").match(text, found[1], this) if found else None
        if bare:  # a number opens no title ("... clause 1 Guarantee This ..."): it numbers a
            found = title_at(text, bare.end(), this)  # heading
        if found and norm_term(found[0]) not in GENERIC and classify(found[0]):
            return found
    titles = segment_titles(text, max(pre.start, this - 300), this)
    return titles[-1] if titles else None


def _reworded(heading: str, title: str) -> bool:
    """The heading right above the preamble says it in other words ("STRATEGIC ALLIANCE
    AGREEMENT" over "This Strategic Collaboration Agreement"): the heading is the document's
    name. Only where both are specific, end on the same head noun and neither merely holds
    the other (a fuller preamble, "Amended and Restated Credit Agreement", keeps its words)."""
    h = [singular(w) for w in norm_term(heading).split()]
    t = [singular(w) for w in norm_term(title).split()]
    return (
        len(h) >= 2
        and len(t) >= 2
        and h[-1] == t[-1]
        and not set(h) <= set(t)
        and not set(t) <= set(h)
        and classify(heading) == classify(title)
    )
