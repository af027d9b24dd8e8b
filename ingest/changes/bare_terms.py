"""Defined terms named without their quotes, which a conversion lost (or bold set apart):
"the definition of Applicable Margin in Section 1.01 is amended", "Section 1.01 is amended by
deleting the definitions of Acquisition Loan and Bridge Facility in their entirety". A bare
term is capitalised words with a few small words between them, never a section or an
attachment; a list of them is split at its commas and "and" (so a term that holds "and"
itself, "Cash and Cash Equivalents", reads as two: the price of reading such lists at all).
"""

from __future__ import annotations

import re

from ingest.rules import passage, rule

#: One bare term: "Applicable Margin", "Net Income of Subsidiaries" (not "the", which "of the
#: Credit Agreement" would take in).
BARE_TERM = (
    r"(?-i:(?!(?:Sections?|Articles?|Schedules?|Exhibits?|Annex|Appendix)\b)"
    r"[A-Z][\w\-]*(?:(?:\s+(?:of|and|to|for|on))?\s+[A-Z][\w\-]*){0,6})"
)
#: The same without "and" inside, for the items of a list.
_LIST_TERM = (
    r"(?-i:(?!(?:Sections?|Articles?|Schedules?|Exhibits?|Annex|Appendix)\b)"
    r"[A-Z][\w\-]*(?:(?:\s+(?:of|to|for|on))?\s+[A-Z][\w\-]*){0,6})"
)

#: Inside the predicate of an operation on a section: the bare terms whose definitions it
#: changes, up to what follows them.
INNER_BARE_DEFINITIONS = rule(
    "changes.inner_bare_definitions",
    rf"\b(?:the\s+)?definitions?\s+of\s+(?P<terms>{_LIST_TERM}"
    rf"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_LIST_TERM})*)"
    r"(?=\s+in\s+(?:its|their)\s+entirety|\s+(?:therefrom|therein|from|contained|set\s+forth"
    r"|appearing)\b|\s+in\s+(?:such\s+)?(?:sub)?Section\b|\s*,?\s+and\s+(?:by\s+)?(?:substituting"
    r"|replacing|inserting)\b|\s+(?:to\s+read|as\s+follows|by)\b|\s*[.;:])",
    re.IGNORECASE,
    reads="the predicate of an operation on a section: definitions it changes, their terms "
    "without quotes",
    matches=[
        passage(
            "is amended by deleting the definitions of Acquisition Loan and Bridge Facility in "
            "their entirety.",
            terms="Acquisition Loan and Bridge Facility",
        ),
        passage("by deleting the definition of LIBOR therefrom.", terms="LIBOR"),
        passage(
            "by amending the definition of Applicable Margin to read as follows:",
            terms="Applicable Margin",
        ),
    ],
    rejects=[
        'by deleting the definition of "LIBOR" therefrom.',
        "by deleting the definition of such term in its entirety",
        "by deleting clause (c) thereof",
    ],
)


def bare_terms(listed: str) -> list[str]:
    """The terms of a list: "A, B and C" -> A, B, C."""
    return [" ".join(t.split()) for t in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", listed) if t]
