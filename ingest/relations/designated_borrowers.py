"""Borrowers a credit agreement leaves to be designated: '"Borrower" means each of the wholly
owned Subsidiaries of the Company designated by the Company to receive the Loans'.

Exists because such an agreement is signed by the parent (the "Company", often its guarantor)
and the lender only, and the fallback that takes the "Company" of a credit agreement for its
borrower would make the lender lend to the parent. When the agreement's own definition of the
Borrower names a class of subsidiaries or persons to be designated, nobody the preamble names
is the borrower.
"""

from __future__ import annotations

from ingest.context import DocContext
from ingest.rules import passage, rule

#: '"Borrower" except as otherwise limited herein, means each of the wholly owned
#: Subsidiaries', '"Borrowers": any Subsidiary of the Parent that', '"Borrower" shall mean each
#: Person' (a definition heads its line)
_CLASS_BORROWERS = rule(
    "relations.designated_borrowers",
    r"(?im)^[ \t]*[\"\u201c](?:Co-)?Borrowers?[\"\u201d][^.;\"\u201c]{0,60}?"
    r"(?:\bmeans?|\bshall\s+mean|:)\s+(?:each|any|every|all)"
    r"\s+(?:of\s+(?:the\s+)?)?(?:[\w-]+\s+){0,3}?(?:Subsidiar(?:y|ies)|Affiliates?|Persons?|"
    r"entit(?:y|ies))\b",
    reads="a definition of the Borrower(s) that names a class to be designated, no party",
    matches=[
        passage(
            '"BORROWER" except as otherwise limited herein, means each of the wholly owned '
            "Subsidiaries of the Parent designated by the Parent",
        ),
        passage('"Borrowers": any Subsidiary of Holdings that becomes a party hereto'),
        passage('  "Borrower" shall mean each Person designated as a borrower'),
    ],
    rejects=[
        '"Borrower" means Hollin Storage Co., a Delaware corporation',
        '"Borrowers" means the Company and each of its Subsidiaries',
        '"Borrower" has the meaning given in Section 2.1',
        'the "Borrower" means each Subsidiary',
    ],
)


def borrowers_designated_later(ctx: DocContext) -> bool:
    """Whether the document defines its Borrower(s) as a class to be designated."""
    return _CLASS_BORROWERS.search(ctx.text) is not None
