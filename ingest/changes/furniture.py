"""Page furniture at the end of a new wording: the legends a redacted filing prints on every
page ("*Confidential Treatment Requested", "[*] Certain confidential information contained in
this document ... has been omitted and filed separately ...") and the caption of the next
document filed after an attachment. They are the filing's, not the amendment's wording.

Vocabulary:
- *legend*: one of those lines, at the end of a page; a wording that ends on one ends before it.
- *caption*: a short line in capitals ("ACME, INC.") closing the text before the next appended
  amendment's heading: the next document's first line, not the attachment's last.
"""

from __future__ import annotations

from ingest.rules import rule

#: A redacted filing's page legend, at the end of a stretch of text.
_LEGEND = rule(
    "changes.redaction_legend",
    r"(?is)\s*(?:\*\s*confidential\s+treatment\s+(?:has\s+been\s+)?requested\.?"
    r"|\[\s*\*+\s*\]\s*(?:certain\s+)?(?:confidential\s+)?information\b[^\n]{0,400}?"
    r"\bomitted\b[^\n]{0,400})\s*$",
    reads="the end of a new wording: a redacted filing's page legend",
    matches=[
        "must be approved in writing. *Confidential Treatment Requested\n\n",
        "payable monthly.\n\n[*] Certain confidential information contained in this document, "
        "marked by brackets, has been omitted and filed separately with the Commission.",
        "[***] Information has been omitted pursuant to a request for confidential treatment.",
    ],
    rejects=[
        "The parties shall request confidential treatment of this Agreement.",
        "Fees are [*] per unit.",
    ],
)
#: The last line of a stretch, short and in capitals: the next document's caption.
_CAPTION = rule(
    "changes.next_caption",
    r"\n[ \t]*\n[ \t]*[A-Z][A-Z0-9.,&' \-]{1,58}\s*$",
    reads="the end of an attachment cut at the next appended amendment: that one's caption",
    matches=["in writing.\n\nSONOS, INC.\n", "as follows.\n\nACME HOLDINGS CORP.\n\n"],
    rejects=["in writing.\n\nThe Company, Inc.\n", "in writing. ACME INC.\n"],
)


def trim_furniture(
    text: str, span: tuple[int, int] | None, caption: bool = False
) -> tuple[int, int] | None:
    """``span`` without the legends (and, where it was cut at the next document, the caption)
    it ends on."""
    if span is None:
        return None
    start, end = span
    while True:
        m = _LEGEND.search(text, start, end) or (
            _CAPTION.search(text, start, end) if caption else None
        )
        if m is None or m.start() <= start:
            break
        end = m.start()
        while end > start and text[end - 1].isspace():
            end -= 1
    return start, end
