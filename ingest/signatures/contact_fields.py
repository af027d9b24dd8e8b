"""A notice field printed under a signature block: "TEL: (555) 010-0100", "FAX:", "Attn:",
"Address:". Agreements that give each party's notice address on its signature page (instead
of in a notices section) print these upper-cased too; they caption no blocks below them.
"""

from __future__ import annotations

import re

from ingest.rules import passage, rule

CONTACT_FIELD = rule(
    "signatures.contact_field",
    r"[ \t]*(?:tel(?:ephone)?|fax|facsimile|telecop(?:y|ier)|telex|phone|attn|attention"
    r"|address|e-?mail)(?:[ \t]+(?:no\.?|number))?[ \t]*:",
    re.IGNORECASE,
    reads="a notice field under a signature block (telephone, fax, attention, address)",
    matches=[
        passage("TEL: (555) 010-0100", match="TEL:"),
        passage("FAX:  (555) 010-0199", match="FAX:"),
        passage("TELECOPIER NO.: 555-0123", match="TELECOPIER NO.:"),
        passage("ATTENTION:", match="ATTENTION:"),
    ],
    rejects=["LENDERS:", "GUARANTORS:", "ADDRESSEE BANK:", "FAXON CORP."],
    mode="match",
)


def contact_field(line: str) -> bool:
    """Whether a line opens with a notice field (telephone, fax, attention, address)."""
    return CONTACT_FIELD.match(line) is not None
