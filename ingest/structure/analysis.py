"""The structure of one document put together from its regions (cached per text, so
every extractor of a document shares one result), and why a document holds no
agreement at all.
"""

from __future__ import annotations

from functools import lru_cache

from ingest.readers.uuencoded import UUENCODE_HEADER
from ingest.reports import read_report, report_cover
from ingest.structure.appended_agreements import appended_regions
from ingest.structure.attachment_index import attachment_index_start
from ingest.structure.headings import attachments_after
from ingest.structure.preamble import SALUTATION, SALUTATION_WINDOW, find_preamble
from ingest.structure.quoted_attachments import quoted_attachment_start
from ingest.structure.recitals import find_recitals
from ingest.structure.regions import Region, Structure
from ingest.structure.signature_pages import (
    FOOTER_REACH,
    LETTER_CLOSE,
    SIGNATURE_PAGE_LABEL,
    SIGNATURE_START,
    UNANNOUNCED_CLOSING,
    signature_lines,
)

#: How far into a document the header of an encoded file is looked for.
_COVER_WINDOW = 3000


def not_an_agreement(text: str) -> str | None:
    """Why ``text`` holds no agreement to read, when its first page says so: an encoded
    (uuencoded PDF) file, or the cover of a report filed with the SEC ("FORM 8-K")."""
    head = text[:_COVER_WINDOW]
    if UUENCODE_HEADER.search(head):
        return "the document is an encoded file (a PDF), with no text to read"
    if m := report_cover(text):
        return f"the document is a Form {m['form'].upper()} report, not an agreement"
    return None


@lru_cache(maxsize=16)
def analyze(text: str) -> Structure:
    """Regions of one document text (cached: every extractor asks for the same text)."""
    report = read_report(text)
    if report is not None:
        return _report_structure(text, report.announcement)
    pre = find_preamble(text)
    preamble = Region("preamble", *pre) if pre else None
    body_start = preamble.end if preamble else 0
    letter = SALUTATION.search(text, 0, min(len(text), SALUTATION_WINDOW))
    # the witness clause, else one without its "IN WITNESS WHEREOF"
    closes = [
        SIGNATURE_START.search(text, body_start) or UNANNOUNCED_CLOSING.search(text, body_start)
    ]
    if letter:  # a letter signs where it closes, before the notes or forms it attaches
        closes.append(LETTER_CLOSE.search(text, body_start))
    found = [m for m in closes if m is not None]
    sig = min(found, key=lambda m: m.start()) if found else None
    label = SIGNATURE_PAGE_LABEL.search(text, body_start, sig.start() if sig else len(text))
    if sig is None or sig.group().startswith("[") or label:
        # no witness clause (or only a later form's): the blocks start at their first
        # signature line, which a "[Signature Page to ...]" footer or an unbracketed label
        # (when there is one) closes
        footer = label or sig
        lines = signature_lines(text, body_start)
        if footer is None or (lines and 0 < footer.start() - lines.start() < FOOTER_REACH):
            sig = lines or sig
    attachments = attachments_after(text, sig.end()) if sig else []
    main_end = attachments[0].start if attachments else len(text)
    appended = appended_regions(text, sig.end(), main_end) if sig else []
    sig_end = appended[0].start if appended else main_end
    if sig and (quoted := quoted_attachment_start(text, sig.end(), sig_end)) is not None:
        sig_end = quoted  # `EXHIBIT “A”`: a form after the own signature pages
    if sig and (index := attachment_index_start(text, sig.end(), sig_end)) is not None:
        sig_end = index  # "EXHIBITS" over a list of the attachments: no signature blocks
    signatures = Region("signatures", sig.start(), sig_end) if sig else None
    recitals = (
        find_recitals(text, preamble.end, sig.start() if sig else main_end) if preamble else None
    )
    title_end = preamble.start if preamble else min(len(text), 2000)
    title_block = Region("title", 0, title_end) if title_end > 0 else None
    return Structure(
        title_block, preamble, recitals, signatures, tuple(attachments), main_end, tuple(appended)
    )


def _report_structure(text: str, announcement: tuple[int, int] | None) -> Structure:
    """A report's regions: its announcement (:mod:`ingest.reports`) stands for the preamble of
    the agreement it announces; the report has no signature pages of that agreement (the
    registrant signs the report, not the agreement) and attaches none of its text."""
    preamble = Region("preamble", *announcement) if announcement else None
    title_end = preamble.start if preamble else min(len(text), 2000)
    return Structure(Region("title", 0, title_end), preamble, None, None, (), len(text))
