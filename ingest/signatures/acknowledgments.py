"""A notary's certificate of acknowledgment under the signature blocks: "On this the 4th day
of May, 2011, before me, a Notary Public, personally appeared Dana Whitcomb, who acknowledged
herself to be the Chief Financial Officer of Cascade Optics, Inc., a Vermont corporation ...".

Exists because the certificate restates a signer's office and company in a sentence that the
block reader, reading the signature pages line by line, takes for a company line ("Chief
Financial Officer of Cascade Optics, Inc."): the notary certifies who appeared and signed; the
certificate makes no one party to anything. Nor does the notary's own signature under it, over
"Notary Public" or "My commission expires" (:func:`notary_signature`).
"""

from __future__ import annotations

import re

from ingest.rules import passage, rule

#: The words of a notarial acknowledgment: "before me ... personally appeared", "personally
#: came", "acknowledged (him|her)self to be".
_ACKNOWLEDGMENT = rule(
    "signatures.notarial_acknowledgment",
    r"(?i)\bbefore\s+me\b[^.]{0,200}?\bpersonally\s+(?:appeared|came)\b"
    r"|\backnowledged\s+(?:him|her|them)sel(?:f|ves)\s+to\s+be\b"
    # the statutory short form: "The foregoing instrument was acknowledged before me this ..."
    r"|\bwas\s+acknowledged\s+before\s+me\b",
    reads="a notary's certificate that a signer appeared before it and acknowledged the signature",
    matches=[
        passage(
            "On this the 4th day of May, 2011, before me, a Notary Public, personally appeared "
            "Dana Whitcomb",
            match="before me, a Notary Public, personally appeared",
        ),
        passage("who acknowledged himself to be the Treasurer of Falcon Tools, Inc."),
        passage("BEFORE ME, the undersigned authority, on this day personally came Ellis Varga"),
        passage(
            "The foregoing instrument was acknowledged before me this 3rd day of June, 2002, by "
            "Ramon Ortiz, the Manager of Alder Point LLC",
            match="was acknowledged before me",
        ),
    ],
    rejects=[
        "The Borrower acknowledges that the Lender has made no representation",
        "personally appeared at the closing on behalf of the Bank",
    ],
)

#: How far back from a line the paragraph that holds it may begin.
_PARAGRAPH_REACH = 1_500


def acknowledging(text: str, pos: int) -> bool:
    """Whether ``pos`` lies in a paragraph of a notary's certificate of acknowledgment (the
    paragraph runs from the blank line before ``pos`` to the one after)."""
    start = text.rfind("\n\n", max(0, pos - _PARAGRAPH_REACH), pos)
    start = start + 2 if start >= 0 else max(0, pos - _PARAGRAPH_REACH)
    end = text.find("\n\n", pos)
    end = end if end >= 0 else len(text)
    return bool(_ACKNOWLEDGMENT.search(text, start, end))


#: The line a notary signs above: "Notary Public", "Notary Public, State of Texas", "Notary
#: Public in and for said County", "My commission expires: 8/14/2008".
_NOTARY_LINE = rule(
    "signatures.notary_signature",
    r"(?im)^[ \t_-]*(?:notary\s+public(?=[ \t]*(?:$|,|in\s+and\s+for\b|of\b|for\b|-))"
    r"|my\s+commission\s+expires\b)",
    reads="the lines under a notary's own signature: 'Notary Public', 'My commission expires'",
    matches=[
        passage("/s/ Ruth A. Kemble\n------------------\nNotary Public", match="Notary Public"),
        passage("   Notary Public, State of Texas"),
        passage("Notary Public in and for said County"),
        passage("My Commission Expires: 3/1/2016"),
    ],
    rejects=[
        "Title: Vice President",
        "before me, a Notary Public, personally appeared Ruth A. Kemble",
        "NOTARY PUBLIC SERVICES, INC.",
    ],
)
#: How far below the start of a signature its "Notary Public" line may stand (the signature
#: line, a rule to sign on, the printed name).
_NOTARY_REACH = 200


def notary_signature(text: str, start: int) -> bool:
    """Whether the signature that starts at ``start`` is a notary's: a "Notary Public" or "My
    commission expires" line right under it (before the next blank line, or on the next line
    that is not blank: text converted from HTML puts a blank line under each line). A notary
    certifies a signature; it signs for no party."""
    end = text.find("\n\n", start)
    end = end if end >= 0 else len(text)
    line_end = text.find("\n", start)
    below = _NEXT_LINE.match(text, line_end) if line_end >= 0 else None
    if below:
        end = max(end, below.end())
    return bool(_NOTARY_LINE.search(text, start, min(start + _NOTARY_REACH, end)))


#: the next line that is not blank (a rule to sign on counts as a line)
_NEXT_LINE = re.compile(r"(?:[ \t]*\n)+[^\n]*")
