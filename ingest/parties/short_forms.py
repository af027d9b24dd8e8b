"""A lender's name as a schedule's row shortens it: the name without the generic words that
end it ("Wells Fargo" for "WELLS FARGO BANK, NATIONAL ASSOCIATION", "U.S. Bank" for "U.S.
Bank National Association", "Bank Hapoalim" for "BANK HAPOALIM B.M."), its words written
together or apart ("JP Morgan Chase" for "JPMORGAN CHASE BANK, N.A.").

Exists because a schedule of commitments ("Schedule 1.1(a) Commitments and Percentages")
often names each bank the way people call it, not as its signature block writes it: its rows
were read as new parties (one bank shown twice, its commitment on the copy) and the lenders
the signature pages named got no amount. Only the generic tail may be left out, and the words
kept must hold one that is not generic, so "First National" never stands for "First National
Bank of Omaha" nor "Bank" for any bank.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.names import TERMINAL_SUFFIXES, plain_words
from ingest.rules import passage, rule

#: the words besides a corporate suffix that end a bank's name and say what it is, not who
#: ("... Bank, National Association", "... Trust Company")
_BANK_FORM_WORDS = frozenset({"bank", "banking", "national", "association", "company", "trust"})
#: the words a bank's or company's name may end with that say what it is, not who: its
#: corporate suffix (:data:`~ingest.name_words.TERMINAL_SUFFIXES`, the one list of them) or
#: a bank's form (sorted, so that the rule reads the same on every run)
_GENERIC_WORDS = "|".join(
    re.escape(w) for w in sorted(TERMINAL_SUFFIXES | _BANK_FORM_WORDS, key=lambda w: (-len(w), w))
)
_GENERIC_TAIL = rule(
    "parties.short_forms.generic_tail",
    rf"(?:(?:{_GENERIC_WORDS}|[a-z])\b\s*)+",
    reads="the generic words that end a bank's or company's name: its form, not who it is "
    "(compared as plain lower-case words: 'N.A.' is 'n a')",
    matches=[
        passage("bank national association"),
        passage("bank n a"),
        passage("b m"),
        passage("national association"),
        passage("gmbh"),
        passage("bank na"),
    ],
    rejects=["hapoalim b m", "wells fargo bank", "chase bank"],
    mode="fullmatch",
)

#: a short form has at least this many letters ("Chase" for "CHASE BANK" is too little)
_MIN_LETTERS = 5


def short_heads(name: str) -> list[str]:
    """The short forms of ``name`` as run-together plain letters ("usbank", "wellsfargo"),
    longest first: each head of its words whose rest is a generic tail, which ends on a whole
    word (not inside "N.A.") and keeps a word that is not generic ("U.S." counts: a letter
    there is the name's own)."""
    words = plain_words(name)
    out = []
    for k in range(len(words) - 1, 0, -1):
        head, tail = words[:k], words[k:]
        if not _GENERIC_TAIL.fullmatch(" ".join(tail)):
            break  # a word that says who the company is would be left out
        if len(head[-1]) == 1:
            continue  # "JPMORGAN CHASE BANK, N." cut inside its form
        if all(len(w) > 1 and _GENERIC_TAIL.fullmatch(w) for w in head):
            break  # nothing left that says who it is
        joined = "".join(head)
        if len(joined) >= _MIN_LETTERS:
            out.append(joined)
    return out


def short_form_pattern(name: str) -> re.Pattern[str] | None:
    """Where a schedule writes ``name`` shortened: the letters of a short form (the longest
    first), in any case, with spaces, dots or commas anywhere between them ("JP Morgan Chase", "U.S.
    Bank"); None when the name has no short form."""
    heads = short_heads(name)
    if not heads:
        return None
    forms = "|".join(r"[\s.,]*".join(re.escape(c) for c in head) for head in heads)
    return re.compile(rf"(?<![\w.])(?:{forms})(?![\w])", re.IGNORECASE)


def short_form_party(ctx: DocContext, name: str) -> str | None:
    """The one known party that ``name`` (a schedule's row) names by a short form, else None
    (none, or two: the row is ambiguous)."""
    written = "".join(plain_words(name))
    if len(written) < _MIN_LETTERS:
        return None
    found = [
        ref
        for ref, e in ctx.collector.entities.items()
        if e.label == "Party" and written in short_heads(str(e.props.get("name") or ""))
    ]
    return found[0] if len(found) == 1 else None
