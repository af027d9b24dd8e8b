"""Words replaced wherever they appear: "by deleting the term "Fleet Bank" each place it
appears and replacing it with "Summit Trust Bank"". The quoted words are a name the agreement
uses throughout, not a definition of it that changes: no provision is named.

Vocabulary:
- *everywhere words*: what follows quoted words replaced throughout the agreement ("each place
  it appears", "wherever used", "in each instance").
"""

from __future__ import annotations

from ingest.rules import rule

EVERYWHERE = rule(
    "changes.everywhere_words",
    r"\s*,?\s*(?:(?:each|every|any)\s+(?:place|time|instance)\s+(?:where\s+)?(?:it|such\s+term|they)\s+"
    r"(?:appears|is\s+used|occurs)|wherever\s+(?:it\s+|such\s+term\s+|they\s+)?(?:appears?|is\s+used"
    r"|used|occurs?)|in\s+each\s+(?:place|instance)\s+(?:where|in\s+which)\b|throughout\s+the\b)",
    reads="an operation, right after the quoted words it changes: they are replaced "
    "throughout the agreement, and no definition is named",
    matches=[
        " each place it appears",
        ", wherever it appears",
        " wherever used",
        " in each place where",
        " each time such term is used",
        " throughout the Agreement",
    ],
    rejects=[" in its entirety", " set forth in Section 1.1", " is amended to read"],
    mode="match",
)
