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

#: '5 "Guarantor" Ashgrove Holdings, Inc.': a list of definitions in which an entry gives its
#: term and then what it stands for, with neither "means" nor a colon (a bank's loan form:
#: '2 "Bank" Pemberton State Bank.', '"Senior Facility" The senior secured credit facility
#: ...'). The entry heads its line after an item's number or letter, or opens its paragraph, so
#: a quoted word that a sentence wraps onto a new line is none; what follows the term opens
#: with a capital and is no verb of a definition ("means", "shall mean", "has the meaning")
#: nor a cross-reference ("See Section 2.1").
BARE_DEFINITION = rule(
    "colon_definitions.bare_listed",
    r"(?:(?m:^)[ \t]*(?:\d{1,3}\.?|\((?:[a-z]{1,2}|[ivx]{1,5}|\d{1,3})\)|[a-z]\.)[ \t]+"
    r"|(?:\A|\n[ \t]*\n)[ \t]*)"
    r"[\"\u201c](?P<t>[A-Z0-9][^\"\u201d\n:]{0,80}?)[\"\u201d][ \t]+"
    r"(?!(?i:means?|shall|has|have|is|are|as|or|and|refers?|includes?|see|wherever)\b)"
    r"(?=[A-Z])",
    reads="a listed definition with neither 'means' nor a colon: the term and where what it "
    "stands for begins",
    matches=[
        passage('     5 "Guarantor" Ashgrove Holdings, Inc.', t="Guarantor"),
        passage('(b) "Bank" Pemberton State Bank, and its successors', t="Bank"),
        passage('12. "Guaranty" The Continuing Guaranty dated the date hereof', t="Guaranty"),
        passage(
            'hereof.\n\n"Senior Facility" The senior secured credit facility', t="Senior Facility"
        ),
    ],
    rejects=[
        '5 "Guarantor" means Ashgrove Holdings, Inc.',
        'the obligations of the\n"Guarantor" Ashgrove Holdings, Inc.',
        '(a) "Event of Default" See Section 8.1.',
        '3 "Borrower" shall mean Ashgrove Foods, Inc.',
    ],
)
