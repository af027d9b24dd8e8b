"""Changes stated in an attachment: "The Credit Agreement is hereby amended as set forth in
Annex A attached hereto." then, after the signatures, "ANNEX A / AMENDMENTS TO CREDIT
AGREEMENT / 1. Section 6.3 ... is hereby amended ...". The operations are the annex's, read on
its own body as those of the amendment's. An agreement "amended in its entirety as set forth
in Annex A" is restated: its annex is the agreement anew, whose text changes nothing.

Vocabulary:
- *pointer*: the sentence of the amendment's body that says its changes are set forth in an
  attachment, and names it.
"""

from __future__ import annotations

from ingest.rules import passage, rule
from ingest.structure.analysis import analyze
from ingest.structure.headings import attachments_after

_POINTER = rule(
    "changes.set_forth_in_attachment",
    r"(?i:\b(?:is|are|shall\s+be)\s+(?:hereby\s+)?(?:further\s+)?(?:amended|modified)"
    r"\s+(?:as\s+(?:set\s+forth|provided|specified|described)"
    r"|in\s+the\s+manner\s+(?:set\s+forth|provided))\s+(?:in|on)\s+)"
    r"(?P<kind>(?i:Annex|Exhibit|Schedule|Appendix))\s+(?P<id>[A-Z0-9][A-Za-z0-9.\-]*?)\.?"
    r"(?=\s+(?i:attached|annexed|hereto|to\s+this))",
    reads="an amendment's body: the sentence that sets its changes forth in an attachment",
    matches=[
        passage(
            "The Credit Agreement is hereby amended as set forth in Annex A attached hereto.",
            kind="Annex",
            id="A",
        ),
        passage("the Agreement shall be amended as provided on Exhibit 1 hereto", id="1"),
    ],
    rejects=[
        "Schedule 2.1 is hereby amended as set forth in the Credit Agreement",
        "the Agreement may be amended as set forth in Section 9.1",
        # restated whole: the annex is the agreement anew, not a list of changes
        "the Credit Agreement is amended in its entirety as set forth in Annex A hereto",
    ],
)


def attached_bodies(text: str) -> list[tuple[int, int]]:
    """The bodies of the attachments an amendment's body says set forth its changes, each from
    its heading to the next attachment's."""
    st = analyze(text)
    end = st.signatures.start if st.signatures else st.main_end
    labels = {f"{m['kind'].upper()} {m['id'].upper()}" for m in _POINTER.finditer(text, 0, end)}
    if not labels:
        return []
    return [
        (region.start, region.end)
        for region in attachments_after(text, end)
        if region.label.upper().rstrip(".") in labels
    ]
