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
    r"(?i)\b(?:hereby\s+)?agrees?\s+with\s+(?:you|each\s+of\s+you|each\s+of\s+the\s+purchasers"
    # the purchasers described before "as follows": "listed in the attached Schedule A (each,
    # a "Purchaser" and, collectively, the "Purchasers")", "whose names appear at the end hereof"
    r"(?:\s+(?:listed|named|set\s+forth|whose\s+names)\b[^.;:]{0,240}?)?)"
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
        passage(
            'TALBERT FOUNDRIES, INC., a Wisconsin corporation (the "Company"), agrees with each '
            'of the purchasers listed in the attached Schedule A (each, a "Purchaser" and, '
            'collectively, the "Purchasers") as follows:'
        ),
        passage(
            "The Company agrees with each of the purchasers whose names appear at the end hereof "
            '(each, a "Purchaser") as follows:'
        ),
    ],
    rejects=[
        "The Company agrees with you that the Notes",
        "as agreed with you as follows",
        "The Company agrees with each of the purchasers that the Notes. It is as follows",
    ],
)
