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
other character stays at its offset and evidence, cut from the document text itself, cites
exactly what the filing says.
"""

from __future__ import annotations

import re

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
#: what an instrument's term ends on
_INSTRUMENT = re.compile(r"(?:Notes?|Loans?|Debentures?|Bonds?)")


def _is_term(m: re.Match[str]) -> bool:
    """Whether the parenthesis defines its words: after a cue always, after "the" only for an
    instrument or a party's role ("(the Agreement)", "(the Netherlands)" are left alone)."""
    if m["cue"]:
        return True
    if not m["the"]:
        return False
    # imported here: the role words read terms as the document context normalises them, and
    # that context builds its reading text with this module
    from ingest.parties.role_words import role_of

    last = m["term"].split()[-1]
    return bool(_INSTRUMENT.fullmatch(last) or role_of(" ".join(m["term"].split())))


def _quoted(m: re.Match[str]) -> str:
    """The parenthesis with its term in quotes, "the" kept where the length allows it, padded
    before with spaces to the length it had."""
    if not _is_term(m):
        return m.group()
    for form in (f'(the "{m["term"]}")', f'("{m["term"]}")'):
        if len(form) <= len(m.group()):
            return " " * (len(m.group()) - len(form)) + form
    return m.group()


def with_quoted_terms(text: str) -> str:
    """``text`` with every bare parenthesised term quoted; the same length."""
    return _BARE.sub(_quoted, text)
