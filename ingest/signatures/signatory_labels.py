"""A signature page's fields labelled for the signatory at length, as purchase agreements'
forms print them: "Signature of Authorized Signatory of Purchaser: /s/ Lee Park", "Name of
Authorized Signatory: Lee Park", "Title of Authorized Signatory: Partner".

Exists because the block reader knows the short labels ("By:", "Name:", "Title:"); these are
the same fields, and read as the short ones the signer and title come out as usual.
"""

from __future__ import annotations

from ingest.rules import passage, rule

_LONG_LABEL = rule(
    "signatures.signatory_labels.long_label",
    r"(?P<label>Signature|Name|Title)\s+of\s+(?:the\s+)?(?:Authori[sz]ed\s+)?"
    r"(?:Signatory|Signer|Person\s+Signing)"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?(?:Purchaser|Investor|Buyer|Subscriber|Holder|Lender))?"
    r"\s*:\s*(?P<v>.*)",
    reads="a signature page's field labelled for the signatory at length",
    matches=[
        passage("Signature of Authorized Signatory of Purchaser: /s/ Lee Park", v="/s/ Lee Park"),
        passage("Name of Authorized Signatory: Lee Park", label="Name", v="Lee Park"),
        passage("Title of Authorized Signatory: Partner", label="Title", v="Partner"),
    ],
    rejects=["Name of Purchaser: Osprey Fund LP", "Title of Securities: Common Stock"],
    mode="fullmatch",
)
_SHORT = {"Signature": "By", "Name": "Name", "Title": "Title"}


def short_label(line: str) -> str | None:
    """The line with its long signatory label written as the short one ("Name: Lee Park");
    None for any other line."""
    m = _LONG_LABEL.fullmatch(line.strip())
    return f"{_SHORT[m['label']]}: {m['v']}" if m else None
