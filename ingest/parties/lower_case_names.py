"""Party names written wholly in lower case, as brands are ("i-on interactive", "netsmart
media, inc.", "shopfast.com, inc."). The name readers take capitalised words only, so the
list of parties reads such a name only where its place shows it is one: right after the
list's "between", "among", "by" or "and", and followed by a descriptor with its article
(", a Florida corporation") or by a quoted term that repeats the name's first word.
"""

from __future__ import annotations

import re

from ingest.names import NameRun
from ingest.parties.descriptions import TERM_AFTER
from ingest.parties.forms import DESCRIPTOR
from ingest.rules import passage, rule

#: Words that open a clause or a phrase in lower case after "and" or "by", never a name.
_NOT_A_NAME = (
    r"the|its|his|her|their|our|your|each|every|any|all|such|an?|one|certain|other|others"
    r"|said|this|that|these|those|which|who|whom|whose|together|collectively|individually"
    r"|between|among|and|or|by|with|not|no|upon|under|through|in|on|at|to|for|of|as"
    r"|is|are|was|were|be|shall|will|may|has|have|had"
)
_LOWER_NAME = rule(
    "parties.lower_case_name",
    r"\b(?:between|among|by|and|BETWEEN|AMONG|BY|AND)[ \t]*\n?[ \t]*"
    rf"(?!(?:{_NOT_A_NAME})\b)"
    r"(?P<name>[a-z][\w.'’&\-]*(?:[ \t]+(?!(?:" + _NOT_A_NAME + r")\b)[a-z&][\w.'’&\-]*){0,3}"
    r"(?:,?[ \t]+(?:inc|llc|ltd|corp|co|l\.l\.c|l\.p|lp)\.?(?![\w.]))?)"
    r"(?=[ \t]*,?[ \t]*(?:\(|an?[ \t]))",
    reads="the list of parties: a name in lower case right after the list's connector",
    matches=[
        passage("by and between i-on interactive, a Florida", name="i-on interactive"),
        passage('and netsmart media, inc. ("netsmart")', name="netsmart media, inc."),
        passage("between shopfast.com, inc., a Delaware", name="shopfast.com, inc."),
    ],
    rejects=[
        'and its affiliates ("Affiliates")',
        "between the parties, a ",
        "and Acme Corp., a Delaware",
    ],
)


def _repeats_first_word(name: str, term: str) -> bool:
    """ "i-on interactive" ("i-on"), "shopfast.com, inc." ("Shopfast"): the term is the
    name's first word (or its start), and the name is no plain word ("others" ("Others")):
    it has two words or more, or a dot, dash or digit inside."""
    first = name.split()[0].rstrip(",").lower()
    key = term.strip().lower()
    plain = len(name.split()) == 1 and re.fullmatch(r"[a-z]+", first)
    return bool(key) and first.startswith(key) and not plain


def lower_case_names(text: str, start: int, end: int) -> list[NameRun]:
    """The lower-case names of the list of parties in ``text[start:end]`` (see the module
    docstring): each with a descriptor that states its form, or with a term from its name."""
    out: list[NameRun] = []
    # the zone may open right after its "between": read the connector before it too
    for m in _LOWER_NAME.finditer(text, max(0, start - 12), end):
        name = m["name"]
        if m.start("name") < start:
            continue
        desc = DESCRIPTOR.match(text, m.end("name"), end)
        term = TERM_AFTER.match(text, m.end("name"), end)
        if (desc and desc["art"]) or (term and _repeats_first_word(name, term["term"])):
            out.append(NameRun(m.start("name"), m.end("name"), name))
    return out
