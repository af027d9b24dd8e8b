"""Agreements appended after the main signature pages and executed on their own (a
consent, a reaffirmation, a joinder, a note): a heading naming one, a paragraph in
its own voice and signature lines under it.
"""

from __future__ import annotations

import re

from ingest.rules import passage, rule
from ingest.structure.regions import Region, paragraphs, trim_span

#: The words that name what a signatory appends to another's agreement (a consent, a
#: reaffirmation of its guaranty, a joinder, the note it issues under it): the heading of an
#: appended agreement holds one.
_APPENDED_WORD = rule(
    "structure.appended_word",
    r"\b(?:CONSENTS?|REAFFIRMATIONS?|RE-AFFIRMATIONS?|ACKNOWLEDG(?:E)?MENTS?|JOINDER|GUARANT(?:Y|EE)"
    r"|GUARANTIES|RATIFICATION|CONFIRMATION|NOTE|Consents?|Reaffirmations?"
    r"|Acknowledg(?:e)?ments?|Joinder|Guarant(?:y|ee)|Ratification|Confirmation|Note"
    r"|COMMERCIAL\s+(?:SECURITY|PLEDGE)\s+AGREEMENT|Commercial\s+(?:Security|Pledge)\s+Agreement)\b",
    reads="the heading of an appended agreement: the word that names what a signatory appends",
    matches=[
        passage("CONSENT AND REAFFIRMATION", match="CONSENT"),
        passage("Acknowledgement of Guarantors", match="Acknowledgement"),
        passage("LIMITED JOINDER", match="JOINDER"),
        passage("COMMERCIAL SECURITY AGREEMENT", match="COMMERCIAL SECURITY AGREEMENT"),
    ],
    rejects=["SIGNATURE PAGES", "notes payable", "SECURITY AGREEMENT"],
)

#: A company's name ("MORGAN GUARANTY TRUST COMPANY"), a caption ("GUARANTORS:", "SIGNATURES
#: OF PARTIES TO THE GUARANTY", "Consented to by:"), a section's heading ("SECTION 2.
#: GUARANTY"), a notary's certificate or a page's footnote is no heading of an agreement.
_NOT_APPENDED_HEADING = rule(
    "structure.not_appended_heading",
    r"(?i)\b(?:BANK|COMPANY|TRUST|INC|CORP(?:ORATION)?|L\.?L\.?C|N\.A|LTD|L\.?P|PLC"
    r"|SIGNATURES?|PAGE|JURISDICTION|BY|OF\s+COUNSEL|FORM\s+OF|ACCEPTED|ACKNOWLEDGED|AGREED"
    r"|CONSENTED|SECTION|ARTICLE|CERTIFICATE|NOTARY)\b|[:;,.\]\[§\d]",
    reads="a short line that is no appended agreement's heading: a company, a caption",
    matches=[
        passage("MORGAN GUARANTY TRUST COMPANY", match="TRUST"),
        passage("GUARANTORS:", match=":"),
        passage("SECTION 2 GUARANTY", match="SECTION"),
    ],
    rejects=["CONSENT AND REAFFIRMATION", "Joinder Agreement"],
)

#: A notary's acknowledgment ("personally appeared ... Notary Public") is no agreement.
_NOTARIAL = rule(
    "structure.notarial",
    r"(?i)\bpersonally\s+(?:came|appeared)\b|\bnotary\s+public\b",
    reads="a notary's acknowledgment, which is no agreement",
    matches=[
        passage("before me personally appeared John Doe", match="personally appeared"),
        passage("Notary Public, State of Texas", match="Notary Public"),
    ],
    rejects=["the Guarantor appeared personally at the meeting", "public notice"],
)

#: The first paragraph of an appended agreement speaks for its signatories about the agreement
#: above it: "each of the undersigned", "the foregoing Amendment", "to which this ... is
#: appended"; a note's, for its maker: "promises to pay to the order of".
_APPENDED_VOICE = rule(
    "structure.appended_voice",
    r"(?i)\b(?:the\s+undersigned|foregoing|appended|attached\s+hereto|joins?\s+(?:herein|in)"
    r"|hereby\s+(?:consents?|acknowledges?|reaffirms?|ratifies|confirms?|agrees?|joins?)"
    r"|promises?\s+to\s+pay"
    r"|grants?\s+(?:to\s+(?:the\s+)?\w+\s+)?a\s+(?:continuing\s+)?security\s+interest"
    r"|is\s+made\s+and\s+(?:executed|entered\s+into)\s+(?:by\s+and\s+)?(?:between|among|by))\b",
    reads="the first paragraph of an appended agreement, in its signatories' voice",
    matches=[
        passage(
            "Each of the undersigned hereby consents to the foregoing", match="the undersigned"
        ),
        passage("The Guarantor hereby reaffirms its Guaranty", match="hereby reaffirms"),
        passage("the Borrower promises to pay to the order of", match="promises to pay"),
        passage(
            "Grantor grants to Lender a security interest in the Collateral",
            match="grants to Lender a security interest",
        ),
        passage(
            "THIS COMMERCIAL SECURITY AGREEMENT dated May 1, 2016, is made and executed between",
            match="is made and executed between",
        ),
    ],
    rejects=["The Borrower shall pay the fees.", "the undersign ed"],
)

_EXECUTION = rule(
    "structure.execution",
    r"(?im)^[ \t]*(?:By\b\s*[:_/]|IN\s+WITNESS\s+WHEREOF|/s/)",
    reads="an execution line below an appended agreement: a signature line or witness clause",
    matches=[
        passage("\nBy: /s/ Jane Doe", match="By:"),
        passage("\n  IN WITNESS WHEREOF, the", match="  IN WITNESS WHEREOF"),
        passage("\n/s/ John Smith", match="/s/"),
    ],
    rejects=["signed by the Guarantor", "Byline: ACME"],
)

#: How far an appended agreement's first paragraph may stand below its heading.
_APPENDED_BODY_WINDOW = 1500


def _appended_heading(text: str, start: int, end: int) -> bool:
    words = text[start:end].split()
    heading = " ".join(words)
    letters = [c for c in heading if c.isalpha()]
    capitals = sum(c.isupper() for c in letters) > 0.8 * len(letters) if letters else False
    titled = all(w[:1].isupper() or w.lower() in ("and", "of", "to", "the") for w in words)
    return (
        1 <= len(words) <= 12
        and (capitals or titled)
        and bool(_APPENDED_WORD.search(heading))
        and not _NOT_APPENDED_HEADING.search(heading)
    )


def _heading_groups(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Runs of one to three short consecutive lines standing alone between blank lines."""
    out: list[tuple[int, int]] = []
    group: list[tuple[int, int]] = []
    pos = start
    while pos <= end:
        nl = text.find("\n", pos, end)
        nl = end if nl < 0 else nl
        line = text[pos:nl]
        if line.strip() and len(line.strip()) <= 70 and line.strip() != "<PAGE>":
            group.append(trim_span(text, pos, nl))
        else:
            if 1 <= len(group) <= 3 and not line.strip():
                out.append((group[0][0], group[-1][1]))
            group = []
        if nl >= end:
            break
        pos = nl + 1
    return out


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _block_end(text: str, pos: int, end: int) -> int:
    """The end of the signature block an execution line at ``pos`` opens (its first blank
    line): a notary's certificate below a consent's signatures is no part of its text, while a
    heading whose own signature is a notary's ("/s/ ... Notary Public") is a certificate."""
    blank = _BLANK_LINE.search(text, pos, end)
    return blank.start() if blank else end


def appended_regions(text: str, after: int, end: int) -> list[Region]:
    """Agreements appended after the main signatures: a heading naming one, a paragraph in
    the voice of its signatories within :data:`_APPENDED_BODY_WINDOW`, signature lines below
    it. Each runs to the next one (or the main end)."""
    starts: list[tuple[int, int]] = []
    for h_start, h_end in _heading_groups(text, after, end):
        if not _appended_heading(text, h_start, h_end):
            continue
        if starts and h_start < starts[-1][1]:
            continue
        body_end = min(end, h_end + _APPENDED_BODY_WINDOW)
        voice = None
        for p_start, p_end in paragraphs(text, h_end, body_end):
            par = text[p_start:p_end]
            if _appended_heading(text, p_start, p_end):
                break  # this one was a page's running title above the real heading
            if len(par) >= 40 and sum(c.islower() for c in par) > 0.5 * len(par):
                voice = _APPENDED_VOICE.search(text, p_start, p_end)
                break
        if voice is None:
            continue
        signed = _EXECUTION.search(text, voice.end(), end)
        if signed is None or _NOTARIAL.search(text, h_end, _block_end(text, signed.end(), end)):
            continue
        starts.append((h_start, signed.start()))
    out: list[Region] = []
    for i, (h_start, _) in enumerate(starts):
        stop = starts[i + 1][0] if i + 1 < len(starts) else end
        h_end = next(e for s, e in _heading_groups(text, h_start, stop) if s == h_start)
        out.append(Region("appended", h_start, stop, title=" ".join(text[h_start:h_end].split())))
    return out
