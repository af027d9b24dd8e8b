"""What a definition of "Letter of Credit" says about a letter of credit that stands behind the
borrower's debt rather than being issued under the facility: the words that make it credit
support ("... in favor of the Lender to provide credit support for the Borrower's
Obligations", "as security for the Obligations") and the amount it must be drawable for
("shall have an aggregate drawable amount of not less than $9,000,000", "in a face amount of
$2,500,000"), and who procured it ("which is procured by the Parent in favor of the Lender"):
a company that is no party to the agreement and stands behind its debt, as a guarantor does.

Exists because agreements backed by a third party's standby letter of credit (a parent's bank
issues it in favour of the lender) define it once among the definitions and say how it serves
in a handful of wordings; "to secure" is only one of them.
"""

from __future__ import annotations

from ingest.amounts import Amount, find_amounts
from ingest.rules import passage, rule

#: the definition says whose debt the letter of credit stands behind
SUPPORTS = rule(
    "relations.letters_of_credit.credit_support",
    r"(?i)\b(?:to\s+secure|(?:to\s+(?:provide|serve\s+as)|as)\s+(?:credit\s+support|security"
    r"|collateral)\s+for|to\s+(?:support|backstop|credit\s+enhance))\b[^;]{0,80}?\bobligations\b",
    reads="a letter of credit's definition saying it stands behind the borrower's obligations",
    matches=[
        "in favor of the Lender to secure the Borrower's Obligations to the Lender",
        "in favor of the Bank to provide credit support for the Company\u2019s Obligations "
        "hereunder",
        "delivered to the Agent as security for the Obligations",
        "procured by the Sponsor to support the Borrower's obligations under this Agreement",
    ],
    rejects=[
        "issued for the account of the Borrower to support its purchases of inventory",
        "issued by the Bank to provide credit support for",
        "issued by the Bank for the account of the Borrower pursuant to Section 2.3",
    ],
)
#: the amount the letter of credit must be drawable for
_FACE = rule(
    "relations.letters_of_credit.face_amount",
    r"(?i)\b(?:an?|the)\s+(?:aggregate\s+)?(?:drawable|face|stated)\s+amount\s+(?:of\s+|equal\s+to"
    r"\s+)?(?:not\s+less\s+than\s+|at\s+least\s+)?(?=\$|US\$|USD|[A-Z][a-z]+\s+(?:Million|Thousand|Hundred)\b)",
    reads="a letter of credit's definition stating the amount it is drawable for",
    matches=[
        passage(
            "and shall have an aggregate drawable amount of not less than $9,000,000",
            match="an aggregate drawable amount of not less than ",
        ),
        "an irrevocable standby letter of credit in a face amount of $2,500,000",
        "with a stated amount equal to $750,000",
    ],
    rejects=[
        "the aggregate amount of all Letters of Credit shall not exceed $5,000,000",
        "the face amount of each Letter of Credit",
    ],
)
#: who had the letter of credit issued in the lender's favour
PROCURED_BY = rule(
    "relations.letters_of_credit.procured_by",
    r"\b(?:procured|obtained|caused\s+to\s+be\s+issued)\s+by\s+(?:the\s+)?(?P<by>[A-Z][\w&'\u2019-]*"
    r"(?:\s+[A-Z][\w&'\u2019.-]*){0,5})\s+(?=(?:in\s+favou?r|for\s+the\s+benefit)\s+of\b)",
    reads="a letter of credit's definition naming who procured it for the lender: its procurer",
    matches=[
        passage("which is procured by the Parent in favor of the Lender", by="Parent"),
        passage(
            "obtained by Ostvik Renewables Group for the benefit of the Bank",
            by="Ostvik Renewables Group",
        ),
    ],
    rejects=[
        "issued by the Bank in favor of the Lender",
        "procured by the Borrower from time to time",
    ],
)
#: how far after its cue the amount may stand
_REACH = 60


def face_amount(definition: str) -> Amount | None:
    """The one amount a letter of credit's definition says it is drawable for; None when the
    definition states none (or the class's cap, "shall not exceed")."""
    m = _FACE.search(definition)
    if m is None:
        return None
    found = find_amounts(definition, m.end(), m.end() + _REACH)
    return found[0] if found else None
