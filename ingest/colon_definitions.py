"""Definitions written with a colon instead of "means": '"Guarantor": Public Storage Co., a
Delaware corporation.', '"Loan Documents": this Agreement, the Notes and the Guarantee.'

Exists because a whole family of credit agreements (the New York bank forms of the 1980s and
1990s) lists its defined terms this way, one per paragraph, and names parties there that the
preamble leaves out (the guarantor of a two-party credit agreement). A colon definition starts
its line, so a quoted word followed by a colon inside a sentence is none; its text follows on
the line or, where a converted page broke the line after the colon, on the next one (never
after a blank line).
"""

from __future__ import annotations

from ingest.rules import passage, rule

#: '"Guarantor": Public Storage Co., a Delaware corporation', '"Annual Report": means the ...'
COLON_DEFINITION = rule(
    "colon_definitions.colon_style",
    r"(?m)^[ \t]*[\"\u201c](?P<t>[A-Z0-9][^\"\u201d\n:]{0,80}?)[\"\u201d][ \t]*:[ \t]*"
    r"(?:\n[ \t]*)?(?:(?:shall\s+)?means?\s+)?(?=\S)",
    reads="a defined term at the head of its line followed by a colon: the term and where "
    "its definition begins",
    matches=[
        passage('"Guarantor": Hollin Storage Co., a Delaware corporation.', t="Guarantor"),
        passage(
            '  "Loan Documents":  this Agreement, the Note and the Guarantee.', t="Loan Documents"
        ),
        passage('"Annual Report": means the annual report of the Guarantor', t="Annual Report"),
        # a converted page that breaks the line after the colon
        passage("\u201cMortgage\u201d:\nA deed of trust executed by the Borrower", t="Mortgage"),
    ],
    rejects=[
        'the word "Guarantor": it means the Company',
        '"Borrower" means Acme Tools, Inc.',
        '"Guarantor":\n\nnothing follows on the line',
    ],
)
