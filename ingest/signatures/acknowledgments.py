"""A notary's certificate of acknowledgment under the signature blocks: "On this the 4th day
of May, 2011, before me, a Notary Public, personally appeared Dana Whitcomb, who acknowledged
herself to be the Chief Financial Officer of Cascade Optics, Inc., a Vermont corporation ...".

Exists because the certificate restates a signer's office and company in a sentence that the
block reader, reading the signature pages line by line, takes for a company line ("Chief
Financial Officer of Cascade Optics, Inc."): the notary certifies who appeared and signed; the
certificate makes no one party to anything.
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


#: the notary's own signature: a line "Notary Public" under the signed name
_NOTARY_LINE = re.compile(r"(?im)^[\s_-]*notary\s+public\b")


def notary_signature(text: str, end: int) -> bool:
    """Whether the few lines after a signature block's last line (at ``end``) give the
    signer as a notary ("/s/ Rosalind Tern" / "------" / "Notary Public")."""
    return bool(_NOTARY_LINE.search(text, end, min(len(text), end + 120)))
