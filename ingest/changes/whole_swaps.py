"""A provision deleted whole and new wording put in its place, the deletion naming it by a word
that points back ("such Section", "said definition", "the same", "it", "the text thereof"):
"Section 2.5(b) is hereby amended by deleting such Section and replacing it with the
following:", "The definition of "X" is amended by deleting the text thereof and inserting in
lieu thereof the following:". The verb is "amended by", but what goes is the whole provision
the change names, so the change replaces it; deleting words, a sentence or a figure inside it
("by deleting the last sentence thereof and substituting the following") amends it.

Vocabulary:
- *pointer*: "it", "them", "the same", "such"/"said"/"this" and a kind of provision, "the
  (entire) text thereof" or "the text of such Section": the provision the clause names.
- *substitution*: "and substituting", "and replacing (it)", "and inserting" in lieu of it (or
  "the following", "a new ...").
"""

from __future__ import annotations

import re

from ingest.rules import rule

_KINDS = (
    r"(?:definition|section|subsection|sub-?clause|clause|paragraph|subparagraph|provision"
    r"|article)s?"
)
_ENTIRETY = r"in\s+(?:its|their)\s+entirety"

WHOLE_SWAP = rule(
    "changes.whole_swap",
    rf"\b(?:delet(?:ing|ed)|strik(?:ing|en))\s+(?:{_ENTIRETY}\s+)?"
    rf"(?:it|them|the\s+same|(?:such|said|this)\s+{_KINDS}|the\s+entirety\s+thereof"
    # ("the existing text", "the text appearing therein", "the entire text of such Section")
    r"|(?:all\s+of\s+)?the\s+(?:entire\s+|whole\s+|existing\s+)?(?:text|body|language|wording"
    r"|provisions)(?:\s+(?:thereof|therein|(?:appearing|contained)\s+therein"
    rf"|of\s+(?:such|said|this)\s+{_KINDS}))?(?<!the\stext)(?<!the\slanguage)(?<!the\swording))"
    rf"(?:\s+thereof)?(?:\s*,?\s+{_ENTIRETY})?\s*,?\s+and\s*,?\s+(?:by\s+)?"
    r"(?:substitut(?:ing|ed)|replac(?:ing|ed)"
    r"|insert(?:ing|ed)(?=[^.;:]{0,40}?\b(?:lieu|place|therefor|instead)\b"
    r"|\s+(?:the\s+following|a\s+new)\b))\b"
    # a part named by its label, put anew in its own place: "deleting subsection (b) and
    # inserting in lieu thereof a new subsection (b)"
    r"|\b(?:delet(?:ing|ed)|strik(?:ing|en))\s+(?:sub)?(?:section|clause|paragraph)\s+"
    rf"\([a-z0-9]{{1,5}}\)(?:\s+thereof)?(?:\s*,?\s+{_ENTIRETY})?\s*,?\s+and\s*,?\s+(?:by\s+)?"
    r"(?:substitut|replac|insert)(?:ing|ed)\b(?=[^.;:]{0,40}?\b(?:lieu|place|therefor|instead)\b)",
    re.IGNORECASE,
    reads="the predicate of an operation on a provision: the provision itself deleted, named by "
    "a pointer back to it, and new wording substituted, which restates it whole",
    matches=[
        "is hereby amended by deleting such Section and replacing it with the following:",
        "is amended by deleting the text thereof and inserting in lieu thereof the following:",
        "is amended by deleting the same and substituting the following in lieu thereof:",
        "is amended by deleting it and inserting in its place the following:",
        "is amended by deleting said definition in its entirety and substituting therefor:",
        "is amended by deleting the entire text of such subsection, and substituting:",
        "is amended by deleting the existing text and substituting the following:",
        "is amended by deleting the text appearing therein and substituting the following:",
        "by deleting subsection (b) and inserting in lieu thereof a new subsection (b) to read:",
    ],
    rejects=[
        'is amended by deleting "$5,000,000" and substituting "$7,500,000" therefor',
        "is amended by deleting the last sentence thereof and substituting the following:",
        "is amended by deleting the period at the end thereof and inserting the following:",
        "is amended by deleting such reference and substituting a reference to Section 4.2",
        "is amended by deleting it in its entirety.",
        "is amended by deleting such clause and relettering clause (d) as clause (c)",
        'is amended by deleting the text "and" and substituting "or"',
        "is amended by deleting clause (c) and inserting the following new clause (e):",
    ],
)
