"""An agreement that opens with its recitals: no sentence names the parties before them
("AGENCY AGREEMENT" / "WHEREAS, Larkspur Travel, Inc., a Georgia corporation ("Principal"),
operates ...; WHEREAS, Seaview Tours S.A. ("Agent") wishes ..."), so the recitals are where
the parties are named, each with its descriptor or its term.
"""

from __future__ import annotations

import re

from ingest.names import TERMINAL_SUFFIXES, NameRun, words
from ingest.rules import passage, rule

#: The first recital, at the head of a line: "WHEREAS,", "Whereas", "RECITALS".
_FIRST_RECITAL = rule(
    "parties.opening_recital",
    r"(?m)^[ \t]*(?:WHEREAS|Whereas|RECITALS|Recitals"
    r"|(?:BACKGROUND|Background)(?=[ \t]*:?[ \t]*\n))\b",
    reads="the head of an agreement with no preamble: the recitals that name the parties",
    matches=[
        'WHEREAS, Acme Corp. ("Acme") makes widgets;',
        "  Whereas Beta LLC wishes",
        'BACKGROUND\n\nA. Acme Corp. ("Acme") makes widgets.',
    ],
    rejects=[
        "This Agreement is made by Acme, whereas Beta ...",
        "the whereas clauses",
        "Background checks shall be made",
    ],
)
#: Where the recitals end: the operative words or the first numbered section.
_RECITALS_END = re.compile(
    r"\b(?:NOW,?\s+THEREFORE|Now,?\s+therefore|agree\s+as\s+follows)\b"
    r"|\n[ \t]*(?:1\.|ARTICLE\s|Article\s|Section\s+1\b|SECTION\s+1\b)"
)
#: How long the recitals naming the parties may run.
_RECITALS_WINDOW = 3000


def recital_zone(text: str, head: int) -> tuple[int, int] | None:
    """Where recitals that open an agreement within its first ``head`` characters stand."""
    first = _FIRST_RECITAL.search(text, 0, head)
    if first is None:
        return None
    limit = min(len(text), first.start() + _RECITALS_WINDOW)
    stop = _RECITALS_END.search(text, first.end(), limit)
    return first.start(), stop.start() if stop else limit


#: "NOW, THEREFORE, Halden Air Ltd. (the "Carrier") and Kestrel Services, Inc. (the "Handler")
#: agree as follows": the operative words after recitals that named the parties only by their
#: roles, from the cue to the verb of agreement.
_OPERATIVE = rule(
    "parties.operative_words_name_parties",
    r"\b(?:NOW,?\s+THEREFORE|Now,?\s+therefore),?\s+"
    r"(?P<names>(?!(?i:the|in|for|each|both|intending|it|we)\b)[A-Z][^;]{10,600}?)"
    r"\b(?:hereby\s+)?(?:agree|covenant|AGREE)\b",
    reads="the operative words after the recitals: the parties named before 'agree'",
    matches=[
        passage(
            'NOW, THEREFORE, Halden Air Ltd., an Irish company (the "Carrier"), and Kestrel '
            'Services, Inc. (the "Handler") agree as follows:',
            names='Halden Air Ltd., an Irish company (the "Carrier"), and Kestrel Services, '
            'Inc. (the "Handler") ',
        ),
        passage(
            'Now, therefore, Orrin Labs LLC ("Orrin") and Beta Corp. ("Beta") hereby agree:',
            names='Orrin Labs LLC ("Orrin") and Beta Corp. ("Beta") ',
        ),
    ],
    rejects=[
        "NOW, THEREFORE, the parties agree as follows:",
        "NOW THEREFORE it is agreed",
        "NOW, THEREFORE, in consideration of the premises, the Parties agree as follows:",
    ],
)


def operative_zone(text: str, head: int) -> tuple[int, int] | None:
    """Where the operative words after the recitals, within the first ``head`` characters,
    name the parties before their verb of agreement."""
    m = _OPERATIVE.search(text, 0, head)
    return (m.start("names"), m.end("names")) if m else None


#: "A. Nimbus Imaging Corp., a Delaware corporation": a lettered recital's label at the head of
#: a line, read into the name run by its capital.
_LETTER_LABEL = re.compile(r"(?:(?<=\n)|^)[ \t]*(?P<letter>[A-H])\.[ \t]+(?=[A-Z])")


def without_letter_label(text: str, run: NameRun) -> NameRun:
    """The run without the label of the lettered recital (or list item) it opens: "A." of a
    list whose item "B." follows on a line of its own ("B." after an "A." and so on), before
    a company's name (one that ends in a corporate suffix: "J. Crew Group, Inc." alone on its
    line heads no list)."""
    m = _LETTER_LABEL.match(text, text.rfind("\n", 0, run.start) + 1)
    if m is None or m.start("letter") != run.start or m.end() >= run.end:
        return run
    rest = words(text[m.end() : run.end])
    if not rest or rest[-1] not in TERMINAL_SUFFIXES:
        return run
    letter = m["letter"]
    if letter == "A":
        nxt = re.compile(r"\n[ \t]*B\.[ \t]+[A-Z]")
        listed = nxt.search(text, run.end, run.end + _RECITALS_WINDOW)
    else:
        prev = re.compile(rf"(?:^|\n)[ \t]*{chr(ord(letter) - 1)}\.[ \t]+[A-Z]")
        listed = prev.search(text, max(0, run.start - _RECITALS_WINDOW), run.start)
    if listed is None:
        return run
    return NameRun(m.end(), run.end, text[m.end() : run.end])
