"""A guarantor described by its tie to the obligor between its name and the verb: "SOLANTIC
CORPORATION, a Delaware corporation ("Guarantor"), the owner of all of the outstanding
capital stock of Tenant, hereby guarantees", "Parent, the sole member of Borrower,
unconditionally guarantees". The party the appositive ends on (Tenant, Borrower) is whose
obligations are guaranteed, never the guarantor: the subject is read before the appositive.
"""

from __future__ import annotations

from ingest.rules import passage, rule

#: ", the owner of all of the outstanding capital stock of Tenant," before the verb (and its
#: adverbs): an appositive naming the obligor the subject is tied to
_TIE_APPOSITIVE = rule(
    "relations.guarantor_tie_appositive",
    r"(?i),\s+(?:being\s+)?(?:the\s+|a\s+|an\s+)?(?:sole\s+|direct\s+or\s+indirect\s+|indirect\s+"
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
    ],
    rejects=[
        "ACME PARENT CORP. hereby ",
        "each of the undersigned, jointly and severally, ",
        "the Guarantor, in consideration of the Loans, ",
    ],
)


def before_appositive(before: str) -> str:
    """The text before a guaranty's verb without an appositive that ends it on the obligor."""
    m = _TIE_APPOSITIVE.search(before)
    return before[: m.start()] if m else before
