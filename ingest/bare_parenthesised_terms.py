"""Defined terms typed in a parenthesis without quotes, for an instrument or for the party whose
role they give: "lend to Borrower the sum of $750,000 (the Loan), evidenced by a promissory
note of even date herewith (the Note)", "Veldmark Instruments Corp., a Wisconsin corporation
(herein called the Company)", "its 5.10% Senior Notes due 2031 (hereinafter referred to as the
Notes)", "guaranteed by Arlo Sensors, LLC (the Subsidiary Guarantor)".

Every reader of notes, loans and parties' terms expects quotes, and a parenthesis of
capitalised words is often no term ("(the Loan Documents excepted)", "(Delaware)"), so only a
parenthesis that holds nothing but the term is read as one: after a "herein called" /
"hereinafter referred to as" cue any capitalised words, else "the" and words that end on an
instrument ("Note", "Loans", "Debentures") or on a party's role ("Guarantor"); never
"(the Agreement)", which without a cue is as often a reference as a definition.

The reading text has such a parenthesis as ``("Note")``, or ``(the "Company")`` where the
cue leaves room, padded with spaces before the parenthesis to the same length, so that every
other character stays at its offset. The term's own words stand one character before their
place in the filing (its closing quote comes before the parenthesis closes), so that
:class:`QuotedTerms` remembers where each term stands, and evidence, cut from the document
text itself, cites exactly the filing's words.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from ingest.parties.role_words import role_of
from ingest.rules import passage, rule

_BARE = rule(
    "bare_parenthesised_terms.term",
    r"\((?P<cue>(?:herein(?:after)?|hereafter)\s+(?:(?:referred\s+to|called|named|designated"
    r"|known)\s+)?(?:as\s+)?)?(?P<the>the\s+)?"
    r"(?P<term>[A-Z][\w&\-]*(?:[ \t]*\n?[ \t]*[A-Z][\w&\-]*){0,3})\)",
    reads="a parenthesis holding only a term in no quotes, after 'the' or a 'herein called' cue",
    matches=[
        passage("the sum of $750,000 (the Loan), evidenced by", term="Loan"),
        passage("a Wisconsin corporation (herein called the\nCompany), agrees", term="Company"),
        passage("due 2031 (hereinafter referred to as the Notes).", term="Notes"),
        passage(
            "Arlo Sensors, LLC (the Subsidiary\nGuarantor), pursuant", term="Subsidiary\nGuarantor"
        ),
    ],
    rejects=[
        '(the "Loan")',
        "(the Loan Documents excepted)",
        "(as defined below)",
        "(the Borrower's)",
        "(herein called the Notes of each series)",
    ],
)
_STRAY = rule(
    "bare_parenthesised_terms.stray_quote",
    r"(?:(?P<space>[ \t])\((?P<the>the[ \t]+)?[\"\u201c](?P<term>{w})\)"
    r"|(?P<lead>[ \t]?)(?P<out>(?<![\w\"\u201c\u201d])[\"\u201c])?\((?P<term2>{w})[\"\u201d]\))"
    r"(?=[\s,;:.])".replace("{w}", r"[A-Z][\w&\-]*(?:[ \t]+[A-Z][\w&\-]*){0,3}(?<=[A-Za-z])"),
    reads="a party's term whose parenthesis lacks one quotation mark or has it outside: "
    "'(\"Harbor)', '(Harbor\")', '\"(Harbor\")'",
    matches=[
        passage('an Ohio corporation ("Harbor), and', term="Harbor"),
        passage('an Ohio corporation (Harbor"), and', term2="Harbor"),
        passage('Irvine, California "(Harbor Grill") (each a', term2="Harbor Grill", out='"'),
        passage('a Delaware corporation (the "Licensor).', the="the ", term="Licensor"),
    ],
    rejects=[
        '("Harbor")',
        '(the "Harbor")',
        'a panel 24 inches wide (Model 12") and',
        '("as is) and',
        '("Harbor)Grill',
    ],
)
#: what an instrument's term ends on
_INSTRUMENT = re.compile(r"(?:Notes?|Loans?|Debentures?|Bonds?)")


def _is_term(m: re.Match[str]) -> bool:
    """Whether the parenthesis defines its words: after a cue always, after "the" only for an
    instrument or a party's role ("(the Agreement)", "(the Netherlands)" are left alone)."""
    if m["cue"]:
        return True
    if not m["the"]:
        return False
    last = m["term"].split()[-1]
    return bool(_INSTRUMENT.fullmatch(last) or role_of(" ".join(m["term"].split())))


def _quoted(m: re.Match[str]) -> str | None:
    """The parenthesis with its term in quotes, "the" kept where the length allows it, padded
    before with spaces to the length it had; None where it defines no term."""
    if not _is_term(m):
        return None
    for form in (f'(the "{m["term"]}")', f'("{m["term"]}")'):
        if len(form) <= len(m.group()):
            return " " * (len(m.group()) - len(form)) + form
    return None


@dataclass(frozen=True, slots=True)
class QuotedTerms:
    """A text with every bare parenthesised term quoted (of the same length), and where each
    quoted term's words stand in it: one character before the same words in the original."""

    text: str
    #: (start, end) of each quoted term's words in ``text``, in order
    terms: tuple[tuple[int, int], ...]

    def filing_span(self, start: int, end: int) -> tuple[int, int]:
        """Where a span of ``text`` stands in the original: an offset in a quoted term moves on
        one character, to the same letter; a span that starts on a term's opening quote starts
        at its first word, one that ends after its closing quote ends after its last word; any
        other offset stays (and no span ends before it starts)."""
        lo = self._original(start, opening=True)
        return lo, max(lo, self._original(end, opening=False))

    def _original(self, pos: int, *, opening: bool) -> int:
        i = bisect_left(self.terms, pos, key=lambda t: t[1])
        if i == len(self.terms):
            return pos
        first, last = self.terms[i]
        if opening and first - 1 <= pos <= last:
            return max(pos, first) + 1
        if not opening and first - 1 < pos <= last:
            return pos + 1
        return pos


def _balanced(text: str, lo: int, hi: int) -> bool:
    """Whether the double quotes between ``lo`` and ``hi`` pair up (none left open)."""
    return sum(text.count(q, lo, hi) for q in '"\u201c\u201d') % 2 == 0


def _stray_quotes_fixed(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with every parenthesised term that has a stray quote as ``("Term")`` of the
    same length, and where each term whose words moved (one character on) stands in it.

    A quote added before the term takes up the space before the parenthesis, so that its
    words stand one character before their place in the filing (as :class:`QuotedTerms` has
    them); a quote typed outside the parenthesis trades places with it, the words staying. A
    parenthesis whose line holds other quotes left open is left alone: its quote may pair with
    one of them."""
    if '"' not in text and "\u201c" not in text and "\u201d" not in text:
        return text, []
    parts: list[str] = []
    terms: list[tuple[int, int]] = []
    done = 0
    for m in _STRAY.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        if not (_balanced(text, line_start, m.start()) and _balanced(text, m.end(), line_end)):
            continue
        if m["term"]:
            the = "the " if m["the"] else ""
            form = f'({the}"{m["term"]}")'
            close = m.end() - 2
            terms.append((close - len(m["term"]), close))
        elif m["out"]:
            form = f'{m["lead"]}("{m["term2"]}")'
        elif m["lead"]:
            form = f'("{m["term2"]}")'
        else:
            continue
        parts += [text[done : m.start()], form]
        done = m.end()
    parts.append(text[done:])
    return "".join(parts), terms


def quote_bare_terms(text: str) -> QuotedTerms:
    """``text`` with every bare parenthesised term quoted (and every term with a stray quote
    mended), and where the terms stand in it."""
    text, moved = _stray_quotes_fixed(text)
    parts: list[str] = []
    terms: list[tuple[int, int]] = list(moved)
    done = 0
    for m in _BARE.finditer(text):
        form = _quoted(m)
        if form is None:
            continue
        parts += [text[done : m.start()], form]
        close = m.end() - 2  # the closing quote, before the parenthesis's close
        terms.append((close - len(m["term"]), close))
        done = m.end()
    parts.append(text[done:])
    return QuotedTerms("".join(parts), tuple(sorted(terms)))
