"""Roles a signature page states in words: a caption above the blocks ("BORROWERS:"), a
capacity after a company's name ("as Administrative Agent and Lender"), a role cut at a line
end and continued on the next. Kept apart from the block reader so that a role is read the
same way wherever the page writes it.
"""

from __future__ import annotations

import re

from ingest.names import singular
from ingest.parties.role_words import ROLE_WORDS, merge_roles, role_of
from ingest.signatures.co_capacities import co_capacity

#: "as Agent", "individually and as Administrative Agent,": a capacity on the line under a name.
INDIVIDUALLY = re.compile(r"(?:(?:both\s+)?individually\s+and\s+)?as\s", re.IGNORECASE)


def continued_role(line: str) -> str | None:
    """The role on the line after "ACME BANK, as a": "Lender and as Agent" -> "Lender and
    Agent"."""
    line = re.sub(
        r"^(?:(?:both\s+)?individually\s+and\s+)?(?:as\s+)?(?:(?:the|a|an)\s+)?",
        "",
        line.strip(),
        flags=re.IGNORECASE,
    )
    parts = re.split(r"\s+(?:and|&)\s+(?:as\s+)?(?:(?:the|a|an)\s+)?", line)
    roles = [r for p in parts if (r := role_of(p) or co_capacity(p))]
    return " and ".join(roles) if roles and len(roles) == len(parts) else None


#: A line that can only go on with a capacity: capitalised words and "and", "as", "a".
CAPACITY_WORDS = re.compile(r"(?:(?:and|as|a|an|the|&|[A-Z][\w.\-]*),?[ \t]*){1,6}")


def capacity_roles(capacity: str) -> str | None:
    """ "as a Canadian Lender and as Canadian Administrative Agent," -> "Canadian Lender and
    Canadian Administrative Agent": the roles a capacity written over several lines states;
    None unless every part of it is a role."""
    body = re.sub(
        r"(?i)^\W*(?:(?:both\s+)?individually\s+and\s+)?as\s+(?:(?:a|an|the)\s+)?",
        "",
        capacity.strip(),
    ).strip(" ,;")
    parts = [
        p for p in re.split(r"(?i)\s*(?:,|;|\band\b|&)\s*(?:as\s+)?(?:(?:a|an|the)\s+)?", body) if p
    ]
    roles = [r for p in parts if (r := role_of(p) or co_capacity(p))]
    return _merge_all(roles) if roles and len(roles) == len(parts) else None


def _merge_all(roles: list[str]) -> str:
    out = roles[0]
    for r in roles[1:]:
        out = merge_roles(out, r)
    return out


#: the words of a notice address under a block ("Address for Borrower:", "Copy to Agent:")
_NOTICE_WORDS = re.compile(
    r"(?i)\b(?:address(?:es)?|notices?|attention|attn|copy|copies|telecopier|telephone|fax)\b"
)


#: "U.S. GUARANTORS" / "U.K. SUBSIDIARY GUARANTORS": a class of signers a country's initials
#: qualify; the plural tells it from a company ("U.S. BANK").
_INITIALLED_CLASS = re.compile(r"(?:[A-Z]\.){2,3}[ \t]+[A-Za-z ]*[A-Za-z]+[Ss]")


def caption_role(t: str) -> str | None:
    colon = t.strip().endswith(":")
    t = t.strip().rstrip(":").strip()
    if (
        not t
        or re.match(r"(?:Title|Name|By|Its)(?![^\W_])", t)  # "Title   Procurement Manager": a field
        or (not colon and re.match(r"(?i)the\s", t))  # "THE CHASE MANHATTAN BANK": a name
        or t.lower().startswith("as ")
        # "capacity as Agent" under "PNC BANK, in its": the capacity of the block above
        or re.search(r"(?i)\b(?:as|capacity)\b", t)
        # "its sole member" / "its general partner" under "By: Sooner, Inc.": the capacity in
        # which another company signs for the block above, no caption of the blocks below
        or re.match(r"(?i)(?:its|their)\s", t)
        # "Address for Borrower:" over a block's notice address: where to write, no caption
        or _NOTICE_WORDS.search(t)
        or len(t.split()) > 4
        or not (re.fullmatch(r"[A-Za-z ,&]+", t) or _INITIALLED_CLASS.fullmatch(t))
    ):
        return None
    t = re.sub(r"(?i)^the\s+", "", t)  # "THE COMPANY:" captions the Company's block
    # "OTHER LENDERS:" over the lenders after the agents' blocks: they sign as lenders
    t = re.sub(r"(?i)^other\s+", "", t)
    parts = [singular(p).lower() for p in re.split(r"\s*(?:,|&|\band\b)\s*", t.lower()) if p]
    if parts and all(p in ROLE_WORDS or p.split()[-1] in ROLE_WORDS for p in parts):
        return " and ".join(" ".join(_capitalised(w) for w in p.split()) for p in parts)
    return None


def _capitalised(word: str) -> str:
    """A caption's word as a role writes it: "Guarantor", and initials in capitals ("U.S.")."""
    return word.upper() if re.fullmatch(r"(?:[a-z]\.)+", word) else word.capitalize()
