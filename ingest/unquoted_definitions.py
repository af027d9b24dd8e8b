"""Definitions whose terms lost their quotes: a list of paragraphs each opening on its term and
"means" ("NOTE means a promissory note substantially in the form of EXHIBIT A.", "Issuing Bank
means Acme Bank, N.A."), as a filing reads where the terms were set in bold and the conversion
to plain text dropped the emphasis (and some drafters never quote them).

A paragraph's opening words are read as a term only in a document that defines at least
:data:`_LIST_LEAST` terms so (a definitions section), never one line that happens to open on
a capitalised word and "means". :func:`ingest.defined_terms.find_definitions` adds them as
"means" definitions, so every reader of definitions reads them as it reads quoted ones.
"""

from __future__ import annotations

from functools import lru_cache

from ingest.rules import passage, rule

_UNQUOTED = rule(
    "unquoted_definitions.term",
    # a paragraph: after a blank line, or a line after one that ended a sentence (a list set
    # one definition to a line, no blank line between)
    r"(?:\A|\n[ \t]*\n|(?<=[.:])[ \t]*\n)[ \t]*"
    # a sentence's opening word is no term ("The Borrower means to ...")
    r"(?!(?:The|This|That|These|Each|Any|Such|No|If|In|A|An|It|Its|Our)\b)"
    r"(?P<t>(?:[A-Z][\w'&/-]*|\d{4})(?:[ \t]+(?:[A-Z0-9][\w'&/.-]*|of|and|or|for|to|the|in|on))"
    r"{0,6}?)[ \t]+(?:shall[ \t]+)?means?\b",
    reads="a paragraph that opens on an unquoted term and 'means' (a definitions list whose "
    "quotes were lost)",
    matches=[
        passage(
            "\n\nNOTE means a promissory note substantially in the form of EXHIBIT A.", t="NOTE"
        ),
        passage(
            "\n\nIssuing Bank means Acme Bank, N.A. in its capacity as issuer.", t="Issuing Bank"
        ),
        passage(
            "\n\nCURRENT MATURITIES OF LONG-TERM DEBT means, as of any date, the amount",
            t="CURRENT MATURITIES OF LONG-TERM DEBT",
        ),
        passage("\n\n1934 ACT means the Securities and Exchange Act of 1934.", t="1934 ACT"),
        passage(
            "of Section 5.02.\nTerm Loan means a loan made by a Term Bank under Section 2.01(a).",
            t="Term Loan",
        ),
    ],
    rejects=[
        '\n\n"Note" means a promissory note.',
        "\n\nThe Borrower means to repay the loans.",
        "the Note means a promissory note",
        "the loans of the\nBorrower means to repay",
    ],
)

#: how many unquoted definitions make a definitions list (one alone may be a sentence)
_LIST_LEAST = 10


@lru_cache(maxsize=16)
def unquoted_definitions(text: str) -> tuple[tuple[str, int, int], ...]:
    """(term, start, end) of each unquoted definition of the text's definitions list; none
    where fewer than :data:`_LIST_LEAST` paragraphs open so."""
    found = [(m["t"], m.start("t"), m.end("t")) for m in _UNQUOTED.finditer(text)]
    return tuple(found) if len(found) >= _LIST_LEAST else ()
