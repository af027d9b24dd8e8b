"""A company named in plain words that read as a person's name ("Ridgeway Tool Works",
"Ashcombe Logistics", "Sandpiper Machine"): no corporate suffix or org word tells it from a
person, but where it stands does. Alone on its line (a blank line above and below it, or only
its descriptor, "an Oklahoma corporation", right under it), over a
"By:" line (directly, or through a stack of the other companies one officer signs for), it is
the name a block signs for; and the person who signs under that "By:" is another. A person
signing for himself signs under his own name; one signed for by an attorney-in-fact says so.
"""

from __future__ import annotations

import re

from ingest.names import is_org_name, looks_like_person
from ingest.signatures.block_lines import clean_value, conformed_signer, first_signature
from ingest.signatures.company_lines import DESCRIPTION_LINE, company_line
from ingest.signatures.fields import BY_LINE, TITLE, Field

#: "Name: Ellen M. Vasquez", "Name:" (its value on the next line)
_NAME_LABEL = re.compile(r"(?i)^name\s*:\s*(?P<v>.*)$")
#: a person signed for by another: "Attorney-in-Fact", "as attorney in fact"
_ATTORNEY = re.compile(r"(?i)\battorney[\s-]+in[\s-]+fact\b")
#: how many lines under the "By:" line may name its signer ("/s/ ...", "Name:", its value)
_SIGNER_LINES = 4
#: how many companies a stack over one "By:" may list below the line read
_STACK = 12


def _gap(text: str, a: Field, b: Field) -> int:
    """How many line breaks stand between two lines (1: right under it)."""
    return text[a.end : b.start].count("\n")


def _signer_below(text: str, fields: list[Field], j: int) -> str | None:
    """The person who signs under the "By:" line ``fields[j]``: on that line ("By: /s/ Ellen
    M. Vasquez") or on the lines right under it ("/s/ Miriam T. Okafor", "Name:" and its
    value); None when the block names nobody or an attorney-in-fact signs."""
    m = BY_LINE.match(fields[j].text.strip())
    values = [conformed_signer(first_signature(m["rest"]))[0]] if m else []
    for f in fields[j + 1 : j + 1 + _SIGNER_LINES]:
        t = f.text.strip()
        if BY_LINE.match(t):
            break
        if (label := _NAME_LABEL.match(t)) is not None:
            t = label["v"]
        elif TITLE.match(t):
            values.append(t)
            break
        values.append(conformed_signer(t)[0] if "/" in t else clean_value(t))
    if any(_ATTORNEY.search(v) for v in values):
        return None
    return next((v for v in values if v and looks_like_person(v)), None)


def _stacked(t: str) -> bool:
    """A line of a stack of companies over one "By:": a company's name, in any words."""
    return is_org_name(t) or company_line(t) or looks_like_person(t)


def plain_company(text: str, fields: list[Field], i: int) -> bool:
    """Whether line ``fields[i]``, in words that read as a person's name, is a company's name
    by where it stands: a blank line (or a caption ending in a colon) above it, and below it
    a "By:" line, directly or after the other names of a stack, one per line, signed by a
    person whose name is another."""
    f = fields[i]
    name = f.text.strip()
    if not looks_like_person(name) or i == 0:
        return False
    above = fields[i - 1]
    if _gap(text, above, f) < 2 and not above.text.rstrip().endswith(":"):
        return False  # a line under a label or a name: a value, or a name's second line
    below = fields[i + 1].text.strip() if i + 1 < len(fields) else ""
    if (
        i + 1 < len(fields)
        and _gap(text, f, fields[i + 1]) < 2
        and not (BY_LINE.match(below) or DESCRIPTION_LINE.match(below))
    ):
        return False  # "NMT NEUROSCIENCES" / "(INTERNATIONAL), INC.": a name wrapped on
    for j in range(i + 1, min(len(fields), i + 2 + _STACK)):
        if _gap(text, fields[j - 1], fields[j]) > 3:
            return False
        t = fields[j].text.strip()
        if BY_LINE.match(t):
            signer = _signer_below(text, fields, j)
            return signer is not None and " ".join(signer.split()) != " ".join(name.split())
        if t.endswith(":") or not _stacked(t):
            return False
    return False
