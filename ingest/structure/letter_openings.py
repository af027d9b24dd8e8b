"""The opening of an agreement drafted as a letter to its counterparties: under the salutation,
"Acme Industries, Inc., an Ohio corporation (the "Company"), agrees with you as follows:" (the
form of a note purchase agreement sent to each purchaser).

Such a paragraph opens the agreement as a preamble does, even under the agreement's title,
where a salutation is otherwise only the layout of a titled document.
"""

from __future__ import annotations

from ingest.rules import passage, rule

LETTER_OPENING = rule(
    "structure.letter_openings.opening",
    r"(?i)\b(?:hereby\s+)?agrees?\s+with\s+(?:you|each\s+of\s+you|each\s+of\s+the\s+purchasers)"
    r"\s+as\s+follows\b",
    reads="the opening paragraph of an agreement written as a letter: the sender agrees with "
    "you as follows",
    matches=[
        passage(
            'ACME INDUSTRIES, INC., an Ohio corporation (the "Company"), agrees with you as '
            "follows:",
            match="agrees with you as follows",
        ),
        passage("The Company hereby agrees with each of you as follows:"),
    ],
    rejects=[
        "The Company agrees with you that the Notes",
        "as agreed with you as follows",
    ],
)
