"""Where a clause begins when the sentence splitter left its section's heading in front of it:
"Setoffs; Sharing of Set-Offs. (a) The Borrower hereby grants to each Bank ...". A heading
followed by a lettered paragraph is no sentence end for the splitter (a period before "(a)"
starts no sentence), so readers that look for their subject at the start of a sentence would
see the heading there instead.
"""

from __future__ import annotations

from ingest.rules import passage, rule

_HEADING_BEFORE_MARK = rule(
    "relations.headed_clauses.heading_before_mark",
    r"^\s*(?:(?:SECTION|Section|ARTICLE|Article)\s+[\dIVX.]+\s+)?"
    # headings are title-cased: capitalised words and the small words between them
    r"[A-Z][\w'\u2019,;-]*(?:[ \t]+(?:[A-Z][\w'\u2019,;-]*|of|and|the|to|in|on|for|with|as|by"
    r"|or|an?|&))"
    r"{0,8}\.\s+(?=\([a-z0-9]{1,4}\)\s)",
    reads="a section heading in front of the first lettered paragraph of its section",
    mode="match",
    matches=[
        passage("Setoffs; Sharing of Set-Offs. (a) The Company hereby grants to each Lender"),
        passage("Security Interest in Deposits. (a) The Borrower grants to the Bank a lien"),
        passage("Section 8.3 Right of Setoff. (i) Each Obligor hereby grants to the Agent"),
    ],
    rejects=[
        "The Borrower shall pay the Loans. (a) On the Maturity Date",
        "Setoffs. The Borrower hereby grants to each Bank a lien",
    ],
)


_RECITAL_LETTER = rule(
    "relations.headed_clauses.recital_letter",
    r"^\s*[A-H]\.[ \t]+(?=(?:The|This|These|Each|All|Payment|Repayment|Pursuant|As|To|Under|In)\s)",
    reads="the capital letter and period a recital paragraph opens with ('B. The Notes are "
    "secured by ...'): no part of the clause its subject starts",
    mode="match",
    matches=[
        passage("B. The Notes are secured by a security interest in all inventory"),
        passage("E.  The Debentures will be secured by a first priority lien"),
        passage("C. Payment of the Note is guaranteed by the Guarantor"),
    ],
    rejects=[
        "H. Smith hereby guarantees the Note",
        "(b) The Notes are secured by",
        "U.S. Bank National Association, as trustee",
    ],
)


def after_heading(sentence: str) -> int:
    """The offset of the lettered paragraph the sentence carries after a section heading, or of
    the clause after a recital's letter ("B. The Notes are ..."); 0 when it opens with
    neither."""
    m = _HEADING_BEFORE_MARK.match(sentence) or _RECITAL_LETTER.match(sentence)
    return m.end() if m else 0
