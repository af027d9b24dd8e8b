"""A guarantor described by its tie to the obligor between its name and the verb: "SOLANTIC
CORPORATION, a Delaware corporation ("Guarantor"), the owner of all of the outstanding
capital stock of Tenant, hereby guarantees", "Parent, the sole member of Borrower,
unconditionally guarantees". The party the appositive ends on (Tenant, Borrower) is whose
obligations are guaranteed, never the guarantor: the subject is read before the appositive.
Likewise a guaranty signed on the guaranteed agreement itself, "Parent, by its execution
hereof, hereby guarantees": the clause of execution stands between the guarantor and the verb.
"""

from __future__ import annotations

import re

from ingest.rules import passage, rule

#: ", the owner of all of the outstanding capital stock of Tenant," before the verb (and its
#: adverbs): an appositive naming the obligor the subject is tied to
_TIE_APPOSITIVE = rule(
    "relations.guarantor_tie_appositive",
    r"(?i),\s+(?:being\s+|each\s+(?:being\s+)?)?(?:the\s+|a\s+|an\s+)?(?:sole\s+|direct\s+or\s+indirect\s+|indirect\s+"
    r"|direct\s+|majority\s+|principal\s+)?"
    r"(?:owner|parent|holder|shareholder|stockholder|member|general\s+partner"
    r"|(?:wholly[\s-]owned\s+)?subsidiary|affiliate)\b[^,;()]{0,120}?\bof\s+[^;()]{1,80}?,?"
    r"(?:\s+(?:hereby|absolutely|unconditionally|irrevocably|jointly|and|severally|,))*\s*$",
    reads="an appositive tying a guarantor to the obligor, between its name and 'guarantees'",
    matches=[
        passage(
            'SOLANTIC CORPORATION ("Guarantor"), the owner of all of the outstanding capital '
            "stock of Tenant, hereby unconditionally and irrevocably ",
            match=", the owner of all of the outstanding capital stock of Tenant, hereby "
            "unconditionally and irrevocably ",
        ),
        passage("Ridgeway Holdings, Inc., the sole member of Borrower, "),
        passage("ACME PARENT CORP., the parent of Acme Tools, Inc., hereby "),
        # two guarantors, one appositive for both
        passage("Each of HNSD and LEASING, each a wholly owned subsidiary of the COMPANY, hereby "),
    ],
    rejects=[
        "ACME PARENT CORP. hereby ",
        "each of the undersigned, jointly and severally, ",
        "the Guarantor, in consideration of the Loans, ",
    ],
)


#: ", by its execution hereof," before the verb: a party that guarantees by signing the
#: agreement whose obligations it guarantees (a parent's guaranty written into the agreement)
_EXECUTION_CLAUSE = rule(
    "relations.guarantor_execution_clause",
    r"(?i),?\s+by\s+(?:its|their|his|her)\s+(?:execution|signature|signing)\s+(?:hereof|hereto"
    r"|below|of\s+this\s+(?:Agreement|Amendment|instrument))\s*,?\s*$",
    reads="a clause of execution between a guarantor's name and 'hereby guarantees'",
    matches=[
        passage(
            'Calder Holdings Corp. (the "Parent"), by its execution hereof, ',
            match=", by its execution hereof, ",
        ),
        passage("each Guarantor, by their signature below, "),
        passage(
            "Northgate Group, Inc., by its execution of this Agreement,",
            match=", by its execution of this Agreement,",
        ),
    ],
    rejects=[
        'Calder Holdings Corp. (the "Parent") ',
        "the Borrower, by its execution hereof, agrees to pay the fees, and ",
        "by its execution hereof, the Parent ",
    ],
)

#: the term a paren defines right at the end of the text before the verb ('(the "Parent")')
_ENDING_TERM = re.compile(
    r"\(\s*(?:the\s+)?[\"\u201c](?P<term>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})[\"\u201d]\s*\)\s*$"
)


def executing_guarantor_term(before: str) -> str | None:
    """The term of a guarantor that guarantees "by its execution hereof": the one defined right
    before the clause ('Calder Holdings Corp., ... the owner of all of the stock of the Company
    (the "Parent"), by its execution hereof, hereby guarantees' -> "Parent"), whose name may
    be followed by a description ending on another party; None without the clause."""
    m = _EXECUTION_CLAUSE.search(before)
    if m is None:
        return None
    term = _ENDING_TERM.search(before[: m.start()])
    return term["term"] if term else None


def without_execution_clause(before: str) -> str:
    """The text before a guaranty's verb without its clause of execution."""
    m = _EXECUTION_CLAUSE.search(before)
    return before[: m.start()] if m else before


def before_appositive(before: str) -> str:
    """The text before a guaranty's verb without an appositive that ends it on the obligor."""
    m = _TIE_APPOSITIVE.search(before)
    return before[: m.start()] if m else before
