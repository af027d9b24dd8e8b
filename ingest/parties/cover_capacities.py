"""The banks a syndicated agreement's cover page names in an arranging capacity, below or at
the end of its list of parties: "BMO CAPITAL MARKETS AND BANC OF AMERICA SECURITIES LLC, AS
CO-LEAD ARRANGERS AND JOINT BOOK RUNNERS", "BANK OF AMERICA, N.A. / AS SYNDICATION AGENT",
"and BB&T CAPITAL MARKETS, as Lead Arranger".

Exists because the preamble of these agreements names only the borrower, the guarantors, the
lenders and the administrative agent: the arrangers, book runners and syndication or
documentation agents stand on the cover page alone (each name, then "as" and its capacity,
often over several lines), and sign nothing in that capacity. Each is a party of the own
agreement in the capacity the cover states. Read only on a cover: the head of the document
before its preamble (and its table of contents) that opens with "among" or "between".
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.name_words import TERMINAL_SUFFIXES
from ingest.names import clean_name, is_org_name, joined_names, singular, words
from ingest.parties.add import add_party, party_to
from ingest.parties.role_words import is_role_title
from ingest.rules import passage, rule
from ingest.structure.analysis import analyze

#: one capacity: "Co-Lead Arrangers", "Joint Book Runners", "Syndication Agent", "Sole
#: Bookrunner", "Administrative Agent" (which only ends the names before it)
_CAPACITY = (
    r"(?:(?:Joint|Co|Sole|Lead|Senior|Managing|Syndication|Documentation|Administrative|"
    r"Collateral|Book|Co-Lead|Co-Syndication|Co-Documentation|Joint\s+Lead)[\s-]+){0,3}"
    r"(?:Arrangers?|Book[\s-]*Runners?|Bookrunners?|Agents?|Managers?)"
)

#: "..., AS CO-LEAD ARRANGERS AND JOINT BOOK RUNNERS" after a name on a cover page: "as" after
#: a comma or at a line's start, then capacities joined by "and", to the line's end
_AS_CAPACITY = rule(
    "parties.cover_capacity",
    rf"(?i)(?:,[ \t]*\n?|\n)[ \t]*as[ \t]*\n?[ \t]*(?:an?\s+|the\s+)?"
    rf"(?P<role>{_CAPACITY}(?:,?\s+and\s+(?:an?\s+|the\s+)?{_CAPACITY})*)[ \t]*,?[ \t]*(?=\n|$)",
    reads="the capacity a cover page states after a bank's name",
    matches=[
        passage(
            "BANC OF AMERICA\nSECURITIES LLC,\nAS CO-LEAD ARRANGERS AND\nJOINT BOOK RUNNERS\n",
            role="CO-LEAD ARRANGERS AND\nJOINT BOOK RUNNERS",
        ),
        passage("BANK OF AMERICA, N.A.\n\nAS SYNDICATION AGENT\n", role="SYNDICATION AGENT"),
        passage("DEERE CREDIT,\nAS\nDOCUMENTATION AGENT\n", role="DOCUMENTATION AGENT"),
        passage("BB&T CAPITAL MARKETS,\nas Lead Arranger\n", role="Lead Arranger"),
    ],
    rejects=[
        "the Lenders have appointed the Syndication Agent as their agent\n",
        "Bank One, as agent for the Lenders under the Existing Agreement\n",
    ],
)

#: the capacities that name a bank only on a cover page (the agent that administers the loans
#: and holds the collateral is a party of the preamble)
_ARRANGING = re.compile(r"(?i)arranger|book[\s-]*runner|bookrunner|syndication|documentation")

#: where the cover page ends: its table of contents
_CONTENTS = re.compile(r"(?i)\bTABLE\s+OF\s+CONTENTS\b|\n[ \t]*(?:INDEX|Contents)[ \t]*\n")
#: the list of parties a cover page opens with
_AMONG = re.compile(r"(?i)\b(?:among|between)\b")
#: a cover's connectors before a name: "and", "AND", a comma
_LEAD = re.compile(r"(?:[\s,]|and\b|AND\b|(?i:arranged\s+by)\b)+")
#: the joint between two names a plural capacity lists: "X AND Y", "X, Y AND Z"
_JOINT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
#: a capacity several banks share: "Co-Lead Arrangers", "Joint Book Runners"
_PLURAL = re.compile(r"(?i)(?:arrangers|runners|agents|managers)\b")
#: a class of parties the cover's list of parties ends with, right before the arrangers: "The
#: Other Lenders Party Hereto", "the Lenders listed herein"
_CLASS = re.compile(
    r"(?i)\b(?:hereto|herein|thereto|therein|hereunder|listed|part(?:y|ies)|lenders|banks)\b"
)
#: the most words one name on a cover takes
_NAME_WORDS = 9


def _capacity(role: str) -> str:
    """ "CO-LEAD ARRANGERS AND\nJOINT BOOK RUNNERS" -> "Co-Lead Arranger and Joint Book
    Runner": each capacity singular, its words capitalized."""
    out = []
    for part in re.split(r"(?i),?\s+and\s+", clean_name(role)):
        one = singular(re.sub(r"(?i)^(?:an?|the)\s+", "", part).lower())
        caps = ("-".join(w.capitalize() for w in word.split("-")) for word in one.split())
        out.append(" ".join(caps))
    return " and ".join(out)


def _names(text: str, lo: int, hi: int, plural: bool) -> list[tuple[int, int]]:
    """The names in ``text[lo:hi]`` (the stretch before a capacity): one name, or, for a
    plural capacity, the names it lists ("X AND Y"); none where the stretch is no list of
    names (a sentence, a role, a word too many)."""
    lead = _LEAD.match(text, lo, hi)
    lo = lead.end() if lead else lo
    while hi > lo and text[hi - 1] in " \t\n,":
        hi -= 1
    pieces: list[tuple[int, int]] = []
    start = lo
    if plural:
        for j in _JOINT.finditer(text, lo, hi):
            after = words(text[j.end() : j.end() + 24])
            if after and (
                after[0] in TERMINAL_SUFFIXES or after[:2] == ["national", "association"]
            ):
                continue  # "BANK OF AMERICA, N.A.": the suffix goes with its name
            pieces.append((start, j.start()))
            start = j.end()
    pieces.append((start, hi))
    if plural:
        # "CITIGROUP GLOBAL MARKETS INC.\nJ.P. MORGAN SECURITIES LLC": one name a line
        pieces = [(s + a, s + b) for s, e in pieces for a, b in joined_names(text[s:e])]
    out = []
    for s, e in pieces:
        name = clean_name(text[s:e])
        if _CLASS.search(name):
            continue  # "The Other Lenders Party Hereto": the list of parties' last class
        ws = words(name)
        if not ws or len(ws) > _NAME_WORDS or is_role_title(name):
            return []
        if not name[0].isupper() or re.search(r"\b(?:the|dated|among|between|as|AS|by|BY)\b", name):
            return []
        if len(ws) < 2 and not is_org_name(name):
            return []
        out.append((s, e))
    return out


def extract_cover_capacities(ctx: DocContext) -> None:
    """Each bank a cover page names as arranger, book runner, syndication or documentation
    agent: a party of the own agreement in that capacity; evidence: its name."""
    if not ctx.self_ref:
        return
    text = ctx.text
    st = analyze(text)
    if st.preamble is None:
        return
    end = st.preamble.start
    if (contents := _CONTENTS.search(text, 0, end)) is not None:
        end = contents.start()
    among = _AMONG.search(text, 0, end)
    if among is None:
        return
    lo = among.end()
    for m in _AS_CAPACITY.finditer(text, lo, end):
        role = m["role"]
        if _ARRANGING.search(role):
            plural = bool(_PLURAL.search(role))
            for s, e in _names(text, lo, m.start(), plural):
                ref = add_party(ctx, clean_name(text[s:e]), s, e, kind="organization")
                party_to(ctx, ref, _capacity(role), s, e)
        lo = m.end()
