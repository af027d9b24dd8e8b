"""The role a signature block's caption gives a party the preamble calls only "we" or "you", as
that party's term: franchise, dealer and licence forms written to the reader.

Exists because a form drafted in the second person names its parties "Sunny Bowl Franchising,
Inc., a Florida corporation ("we" or "us"), and ____________ ("you")" and says their
capacities only over the signature blocks::

    FRANCHISOR:                               FRANCHISEE:

    SUNNY BOWL FRANCHISING, INC.              ______________________________

The pronouns name no one in particular, so the party the preamble names takes the caption over
its name as its term ("Franchisor"), and a party left blank there and called only "you" is the
party the remaining caption over a blank signature line names ("Franchisee"), as a blank party
with a role term is. Only a preamble that gives some party nothing but pronouns is read this
way: where the preamble defined the parties' terms, a signature caption adds nothing.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.names import plain_words
from ingest.parties.add import add_party, party_to
from ingest.parties.role_words import role_of
from ingest.relations.party_roles import own_parties
from ingest.rules import passage, rule
from ingest.structure.analysis import analyze

#: How far into the preamble its parties' pronouns are read.
_PREAMBLE_REACH = 3_000

_PRONOUNS = rule(
    "parties.pronoun_only_terms",
    r"\((?:\s*(?:hereinafter|referred\s+to\s+as)\s*,?)?(?:\s*(?:,|or|and)?\s*"
    r"[\"\u201c](?P<word>we|us|our|you|your)[\"\u201d]){1,4}\s*\)",
    re.IGNORECASE,
    reads="a form in the second person: the parenthesis giving a party only pronouns",
    matches=[
        passage('a Florida corporation ("we" or "us"), and', word="us"),
        passage('and ____________ ("you").', word="you"),
        passage('(hereinafter "you" or "your")', word="your"),
    ],
    rejects=['("we" or "Franchisor")', '(collectively, "you" or "Franchisee")', "(we)"],
)

_CAPTION = rule(
    "parties.signature_role_caption",
    r"(?m)^[ \t]*(?P<first>[A-Z][A-Z \t]{2,30}?)[ \t]*:[ \t]*"
    r"(?:[ \t]{3,}(?P<second>[A-Z][A-Z \t]{2,30}?)[ \t]*:[ \t]*)?$",
    reads="a signature page: a role in capitals over a block (two side by side in columns)",
    matches=[
        passage("                                    FRANCHISOR:\n", first="FRANCHISOR"),
        passage(
            "FRANCHISOR:                               FRANCHISEE:\n",
            first="FRANCHISOR",
            second="FRANCHISEE",
        ),
        passage("MASTER DEALER:\n", first="MASTER DEALER"),
    ],
    rejects=["FRANCHISOR: SUNNY BOWL FRANCHISING, INC.\n", "Franchisor:\n", "By: ______\n"],
)

#: a signature line left blank: underscores or dashes only
_BLANK_LINE = re.compile(r"^[ \t]*[-_]{8,}[ \t]*$")


def _pronoun_parties(ctx: DocContext, own: set[str]) -> tuple[list[str], bool]:
    """The own parties the preamble gives only pronouns (in order), and whether a "you" there
    is left to a party it names by no name at all (a blank)."""
    st = analyze(ctx.text)
    if st.preamble is None:
        return [], False
    lo = st.preamble.start
    hi = min(len(ctx.text), lo + _PREAMBLE_REACH)
    if st.signatures is not None:
        hi = min(hi, st.signatures.start)
    found: list[str] = []
    blank_you = False
    for m in _PRONOUNS.finditer(ctx.text, lo, hi):
        before = ctx.text[max(lo, m.start() - 400) : m.start()]
        named = [
            ref
            for ref in own
            if (e := ctx.collector.get(ref)) is not None
            and _mentioned_last(before, str(e.props.get("name") or ""))
        ]
        if named:
            found += [r for r in named if r not in found]
        elif _BLANK_BEFORE.search(before):
            blank_you = True
    return found, blank_you


#: the blank a form leaves for a party's name, right before its pronoun
_BLANK_BEFORE = re.compile(r"(?:_{6,}|-{6,})[\s_-]*$")


def _mentioned_last(before: str, name: str) -> bool:
    """Whether ``name`` is the last thing named before the pronouns (its description may
    come between, but no blank and no other party's term)."""
    words = plain_words(name)
    if not words:
        return False
    pattern = r"\W+".join(re.escape(w) for w in words)
    found = list(re.finditer(pattern, before, re.IGNORECASE))
    if not found:
        return False
    rest = before[found[-1].end() :]
    return not re.search(r"[\"\u201c]|_{6,}|\band\b\s*$", rest)


def _captions(text: str, lo: int, hi: int) -> list[tuple[str, int, int, int]]:
    """Each role caption of the signature pages: (role, start, end, column)."""
    out = []
    for m in _CAPTION.finditer(text, lo, hi):
        line_start = text.rfind("\n", 0, m.start()) + 1
        for group in ("first", "second"):
            if m[group] and (role := role_of(" ".join(m[group].split()))):
                out.append((role, m.start(group), m.end(group), m.start(group) - line_start))
    return out


def _under(text: str, end: int, column: int, hi: int) -> str:
    """What the first line below a caption holding anything in the caption's column has there
    (from a little before the column to a gap of several spaces); "" if none within three
    lines."""
    pos = text.find("\n", end)
    for _ in range(3):
        if pos < 0 or pos >= hi:
            return ""
        nxt = text.find("\n", pos + 1)
        line = text[pos + 1 : nxt if nxt >= 0 else len(text)]
        pos = nxt
        cell = line[max(0, column - 4) :].strip()
        if cell:
            return re.split(r"[ \t]{3,}", cell)[0]
    return ""


def extract_pronoun_captions(ctx: DocContext) -> None:
    """Give each party the preamble calls only "we" or "you" the caption over its signature
    block as its term; a blank "you" becomes the party its caption names."""
    if ctx.self_ref is None:
        return
    own = set(own_parties(ctx))
    named, blank_you = _pronoun_parties(ctx, own)
    if not named and not blank_you:
        return
    st = analyze(ctx.text)
    if st.signatures is None:
        return
    lo, hi = st.signatures.start, st.signatures.end
    taken: set[str] = set()
    left: list[tuple[str, int, int]] = []
    for role, start, end, column in _captions(ctx.text, lo, hi):
        if role in taken or ctx.lookup(role):
            continue
        cell = _under(ctx.text, end, column, hi)
        cell_words = " ".join(plain_words(cell)).lower()
        owner = [
            ref
            for ref in named
            if (e := ctx.collector.get(ref)) is not None
            and (name := " ".join(plain_words(str(e.props.get("name") or ""))).lower())
            and cell_words.startswith(name)
        ]
        if len(owner) == 1:
            ref = owner[0]
            e = ctx.collector.get(ref)
            if e is not None and not e.aliases:
                ctx.collector.add(ref, "Party", ctx.span(start, end), None, (role,))
                ctx.define(role, ref)
                party_to(ctx, ref, role, start, end)
                taken.add(role)
        elif not owner and (not cell or _BLANK_LINE.match(cell)):
            left.append((role, start, end))
    if blank_you and len(left) == 1 and not taken.intersection(r for r, _, _ in left):
        role, start, end = left[0]
        ref = add_party(ctx, role, start, end, kind="organization", aliases=(role,))
        ctx.define(role, ref)
        party_to(ctx, ref, role, start, end)
