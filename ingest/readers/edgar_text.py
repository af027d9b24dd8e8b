"""Title and exhibit number of an exhibit, read from the lines at its top.

Exhibits open with a cover block: an "Exhibit 10.2" label, sometimes "EXECUTION COPY", an
amount, then the heading ("SECOND AMENDMENT TO CREDIT AGREEMENT"), often split over two
lines or two paragraphs ("SECOND AMENDMENT" / "TO REVOLVING CREDIT AGREEMENT"). The text is
never changed here: the document text stays as filed, with its ``<PAGE>`` markers.
"""

from __future__ import annotations

import re

#: Only the top of a document holds its cover block.
_HEAD_CHARS = 6000
#: A block of heading lines longer than this is a legend ("THIS NOTE HAS NOT BEEN ...").
_MAX_HEADING_BLOCK = 250

_PAGE_PREFIX = re.compile(r"^\s*<PAGE>\s*\d*", re.IGNORECASE)
_SGML_LINE = re.compile(r"^\s*</?[A-Z][A-Z0-9-]*>\s*$", re.IGNORECASE)
_EXHIBIT_NUMBER = r"\d+(?:[.\-]\d+)*[A-Za-z]?(?:\([A-Za-z0-9]{1,6}\))*(?:\.\d+)*"
_EXHIBIT_LINE = re.compile(
    rf"^\s*EX(?:HIBIT|H?\.)\s*(?:NO\.?\s*)?({_EXHIBIT_NUMBER})(?:\s+to\b.*)?\s*$", re.IGNORECASE
)
_BOILERPLATE = re.compile(
    r"""^(?:
        (?:EXECUTION|CONFORMED|FINAL|COMPOSITE)\s+(?:COPY|VERSION)
      | (?:CONFIDENTIAL|PRIVILEGED).*
      | FORM\s+\d+-?[A-Z]*\b.*          # "Form 10-K for 1995"
      | .*\b(?:8-K|10-K|10-Q|6-K|S-1)\s*$ # "CareView Communications, Inc. 8-K"
      | FILE\s+NO\..*
      | (?:PAGE\s*)?-?\s*\d+\s*-?
      | [-=_*.\s]+                        # underlines and rules
      | (?:U\.S\.\s*)?\$\s*[\d,._\[\]●]+(?:\s*\w+)?
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_KEYWORD = re.compile(
    r"\b(?:AGREEMENTS?|AMENDMENTS?|AMENDED|RESTATED|SUPPLEMENT(?:AL)?|NOTES?|DEBENTURES?|"
    r"WARRANTS?|GUARANT(?:Y|EE|IES)|LEASES?|WAIVER|CONSENT|PLAN|INDENTURE|CERTIFICATE|"
    r"LETTER|CONTRACT|MORTGAGE|DEED|PLEDGE|BOND|EXTENSION|COMMITMENT|ASSIGNMENT|"
    r"TERM\s+SHEET|CHARTER|BY-?LAWS|ARTICLES|RESOLUTIONS?|MEMORANDUM|INSTRUMENT|"
    r"SECURITY|LOAN|CREDIT|FACILITY|PROMISSORY|UNDERTAKING|DECLARATION|JOINDER)\b",
    re.IGNORECASE,
)
#: Words that join the parts of a heading split over lines ("AMENDMENT NO. 2 TO ...").
_CONNECTOR = re.compile(r"^(?:TO|OF|AND|FOR|TO THE|OF THE|AND THE|UNDER|WITH|IN)\b", re.I)
_TRAILING_CONNECTOR = re.compile(r"\b(?:TO|OF|AND|FOR|THE|UNDER|WITH|IN|AMENDED)\s*$", re.I)
_STOP_LINE = re.compile(r"^(?:dated|among|between|by and|made|entered|\(|by\b)", re.IGNORECASE)
_UPPER_WORD = r"[A-Z][A-Z0-9.&'\-]*(?![a-z])"
#: Two or more upper-case words in a row ("PLEDGE AND COLLATERAL AGREEMENT", "NO. 8").
_UPPER_RUN = re.compile(rf"\b{_UPPER_WORD}(?:[ ]+(?:{_UPPER_WORD}|#?\d+\b))+")
_RUN_PREFIX = re.compile(r"^(?:THIS\s+|(?:EXECUTION|CONFORMED)\s+(?:VERSION|COPY)(?:\s+\d+)?\s+)")


def find_exhibit(text: str) -> str | None:
    """The exhibit number from an "Exhibit 4.3" / "EXHIBIT 10(q)" line near the top."""
    for line in _head_lines(text)[:40]:
        m = _EXHIBIT_LINE.match(line)
        if m:
            return m.group(1)
    return None


def find_title(text: str) -> str:
    """The first substantive heading of the document, or "" when none can be told apart."""
    blocks, prose = _cover_blocks(_head_lines(text, keep_blank=True))
    for i, block in enumerate(blocks):
        start = next((k for k, line in enumerate(block) if _KEYWORD.search(line)), None)
        if start is None:
            continue
        title_lines = block[start:]
        for nxt in blocks[i + 1 :]:
            if not nxt or not (
                _TRAILING_CONNECTOR.search(title_lines[-1]) or _CONNECTOR.match(nxt[0])
            ):
                break
            title_lines = title_lines + nxt
        title = " ".join(" ".join(title_lines).split())
        if len(title) <= _MAX_HEADING_BLOCK:
            return title
    return _lead_phrase(prose)


def _head_lines(text: str, *, keep_blank: bool = False) -> list[str]:
    out = []
    for raw in text[:_HEAD_CHARS].split("\n"):
        line = _PAGE_PREFIX.sub("", raw).strip()
        if _SGML_LINE.match(line):
            continue
        if line or keep_blank:
            out.append(line)
    return out


def _cover_blocks(lines: list[str]) -> tuple[list[list[str]], str]:
    """Groups the heading-like lines of the cover into blocks of consecutive lines, up to
    the first line of prose (returned too). Blank lines, exhibit labels, boilerplate and
    legends separate blocks; "dated as of" / "among" lines give an empty block, which ends
    a heading without ending the cover."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if not line or _EXHIBIT_LINE.match(line) or _BOILERPLATE.match(line) or _is_legend(line):
            if blocks[-1]:
                blocks.append([])
        elif _STOP_LINE.match(line):
            blocks.extend(([], []) if blocks[-1] else ([],))
        elif _is_heading(line):
            blocks[-1].append(line)
        else:
            return blocks, line
    return blocks, ""


#: The verbs of a securities legend ("THIS NOTE HAS NOT BEEN REGISTERED UNDER THE SECURITIES
#: ACT ... AND MAY NOT BE SOLD"), which no title holds.
_LEGEND_VERBS = re.compile(
    r"(?i)\b(?:ha(?:s|ve)\s+not\s+been|registered\s+under|may\s+not\s+be\s+(?:sold|offered|transferred))\b"
)


def _is_legend(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    if _LEGEND_VERBS.search(line):
        return True
    return len(line) > 150 and sum(c.isupper() for c in letters) > 0.9 * len(letters)


def _is_heading(line: str) -> bool:
    if len(line) > 150:
        return False
    letters = [c for c in line if c.isalpha()]
    if not letters:
        return False
    upper = sum(c.isupper() for c in letters) / len(letters)
    if upper >= 0.6:
        return True
    if (
        len(line) <= 80
        and _KEYWORD.search(line)
        and not line[0].islower()
        and not any(c in line for c in ",;:.()")
    ):
        return True  # "12% convertible 18 Month Promissory Note"
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'\-]*", line)]
    if len(line) > 80 or line.endswith((";", ",")):
        return False
    small = {"to", "of", "and", "the", "for", "a", "an", "in", "on", "under", "with", "by"}
    return all(w[0].isupper() or w.lower() in small for w in words)


def _lead_phrase(prose: str) -> str:
    """For documents that open with prose ("AMENDMENT NUMBER TWO, dated as of ..."): the
    first upper-case phrase of that line that names a kind of agreement."""
    for m in _UPPER_RUN.finditer(prose[:400]):
        phrase = _RUN_PREFIX.sub("", m.group().strip(" ,."))
        if _KEYWORD.search(phrase):
            half = phrase[: len(phrase) // 2].strip()
            return half if phrase == f"{half} {half}" else phrase
    return ""
