"""The agreement or instrument kind a mentioned title states (kinds of
``graph.schema``), from tables of rules on the title's words.
"""

from __future__ import annotations

import re

from ingest.references.titles import is_amendment_title, is_instrument_title
from ingest.rules import rule


def _kind(
    kind: str, pattern: str, matches: list[str], rejects: list[str], of: str = "agreement"
) -> tuple[re.Pattern[str], str]:
    """One row of a kind table, registered as ``references.<of>_kind_<kind>``."""
    registered = rule(
        f"references.{of}_kind_{kind}",
        pattern,
        reads=f"a mentioned {of}'s title, in lower case: the words of a {kind.replace('_', ' ')}",
        matches=matches,
        rejects=rejects,
    )
    return registered, kind


#: (pattern on the lower-case title, kind), first match wins.
_KIND_BY_WORDS: tuple[tuple[re.Pattern[str], str], ...] = (
    # "Second Mortgage Amendment", "Note and Warrant Amendment Agreement", "Letter Waiver and
    # Amendment No. 3", "Loan Modification Agreement": a title whose head is the amendment (or
    # the modification), whatever it amends
    _kind(
        "amendment",
        r"\bamendment(?:\s+(?:no\.?|number|#)\s*\w+)?(?:\s+agreement)?$|\bmodification agreement$",
        [
            "second mortgage amendment",
            "note amendment agreement",
            "waiver and amendment no. 3",
            "loan modification agreement",
        ],
        [
            "amendment to credit agreement",
            "amended and restated credit agreement",
            "amendments",
            "loan agreement",
        ],
    ),
    _kind(
        "registration_rights",
        r"registration rights",
        ["registration rights agreement", "amended and restated registration rights agreement"],
        ["registration statement"],
    ),
    _kind(
        "security_agreement",
        # a "Loan and Security Agreement" is the loan agreement first, as a credit one is
        r"(?<!credit and )(?<!loan and )security agreement|collateral agreement"
        # "Collateral Assignment of Trademarks": an assignment given as security
        r"|collateral assignment|assignments? of (?:trademarks|patents|copyrights|contracts)\b"
        # a security instrument on land, as the own document's title reads it
        # (ingest.agreements.kinds): "Deed of Trust", "Open-End Mortgage", "Deed to Secure Debt"
        r"|^(?:[\w&/\-]+\s+){0,4}?(?:mortgage|deeds? of trust|deed to secure debt)(?:$|,|\s+and\b)",
        [
            "pledge and security agreement",
            "guarantee and collateral agreement",
            "collateral assignment of trademarks",
            "assignment of patents",
            "deed of trust",
            "open-end mortgage",
        ],
        [
            "securities purchase agreement",
            "credit and security agreement",
            "loan and security agreement",
            "assignment and assumption agreement",
            "mortgage loan purchase agreement",
        ],
    ),
    _kind("pledge_agreement", r"pledge", ["stock pledge agreement"], ["security agreement"]),
    _kind(
        "guaranty",
        r"(?<!credit and )(?<!loan and )guarant",
        ["continuing guaranty", "subsidiary guarantee agreement", "loan guaranty agreement"],
        ["warranty deed", "credit and guaranty agreement", "loan and guaranty agreement"],
    ),
    _kind(
        "subordination_agreement",
        r"subordination|intercreditor",
        ["intercreditor agreement", "debt subordination agreement"],
        ["credit agreement"],
    ),
    _kind(
        "purchase_agreement",
        r"purchase agreement|subscription agreement",
        ["securities purchase agreement", "subscription agreement"],
        ["purchase order"],
    ),
    _kind(
        "credit_agreement",
        # a facility that also guarantees or secures is a credit agreement first
        r"credit (?:and (?:guarant\w*|security) )?agreement",
        [
            "revolving credit agreement",
            "second amended and restated credit agreement",
            "credit and guaranty agreement",
            "credit and security agreement",
        ],
        ["letter of credit"],
    ),
    _kind(
        "loan_agreement",
        r"loan",
        ["term loan agreement", "loan and security agreement", "loan and guaranty agreement"],
        [],
    ),
    _kind(
        "warrant_agreement",
        r"warrant agreement",
        ["common stock warrant agreement"],
        ["warranty agreement", "warrant"],
    ),
    _kind(
        "lease",
        r"\b(?:sub)?lease\b",
        ["office lease", "master equipment lease agreement", "sublease"],
        ["rental", "general release agreement"],
    ),
    _kind("waiver", r"waiver", ["limited waiver", "waiver agreement"], ["consent"]),
    _kind("consent", r"consent", ["consent agreement", "consent and agreement"], ["waiver"]),
    _kind("merger_agreement", r"merger", ["agreement and plan of merger"], ["purchase agreement"]),
    _kind(
        "license_agreement",
        r"license",
        ["patent license agreement", "exclusive license and supply agreement"],
        ["licence"],
    ),
    _kind(
        "employment_agreement",
        r"employment",
        ["executive employment agreement"],
        ["consulting agreement"],
    ),
    # the deed notes are issued under, and the one that amends or supplements it
    _kind(
        "supplemental_indenture",
        r"\bsupplemental indenture\b",
        ["first supplemental indenture", "new supplemental indenture"],
        ["indenture", "supplemental agreement"],
    ),
    _kind("indenture", r"\bindenture\b", ["indenture", "trust indenture"], ["indentured servant"]),
)
_INSTRUMENT_KIND_BY_WORDS: tuple[tuple[re.Pattern[str], str], ...] = (
    _kind(
        "debenture",
        r"debenture",
        ["convertible debenture", "secured debentures"],
        ["note"],
        of="instrument",
    ),
    _kind(
        "warrant",
        r"warrant",
        ["common stock purchase warrant", "warrants"],
        ["note"],
        of="instrument",
    ),
    _kind(
        "letter_of_credit",
        r"letters? of credit",
        ["standby letter of credit", "letters of credit"],
        ["letter agreement"],
        of="instrument",
    ),
    _kind("bond", r"bond", ["surety bond", "industrial revenue bonds"], ["note"], of="instrument"),
    _kind(
        "note",
        r"note",
        ["promissory note", "senior secured notes"],
        ["debenture", "notice of borrowing"],
        of="instrument",
    ),
)


def title_kind(title: str) -> str:
    """The agreement or instrument kind a title states (kinds of ``graph.schema``)."""
    if is_amendment_title(title):
        return "amendment"
    low = title.lower()
    table = _INSTRUMENT_KIND_BY_WORDS if is_instrument_title(title) else _KIND_BY_WORDS
    for pattern, kind in table:
        if pattern.search(low):
            return kind
    return "instrument" if is_instrument_title(title) else "agreement"
