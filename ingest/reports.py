"""Reports filed with the SEC (a Form 8-K current report) as documents: where they announce an
agreement.

Vocabulary:
- *report*: a document whose first page is the cover of a current report filed with the SEC
  ("SECURITIES AND EXCHANGE COMMISSION ... FORM 8-K ... CURRENT REPORT"); its *form* is the
  form type the cover names ("8-K"). Another form's cover (a registration statement's "FORM
  S-3") announces nothing in numbered items: :func:`ingest.structure.analysis.not_an_agreement`
  names it when no agreement is found.
- *item*: a numbered part of a current report, from its heading ("Item 1.01 Entry into a
  Material Definitive Agreement", "ITEM 2.03 Creation of a Direct Financial Obligation ...") to
  the next item or the signatures.
- *announcing items*: Item 1.01 (entry into a material definitive agreement), then Item 2.03
  (creation of a direct financial obligation): the items that say which agreement the
  registrant entered into; failing those, Item 1.02 (termination of a material definitive
  agreement), which names the agreement ended and often its parties and their roles ("terminate
  all of the lenders' commitments under the Revolving Credit Agreement among X, as borrower,
  ..."). An Item 1.01 that only points to Item 2.03 ("as described in Item
  2.03") leaves the announcement to it. Reports filed before August 2004 number their items
  without decimals and announce agreements under Item 5 ("Other Events"), then Item 2
  ("Acquisition or Disposition of Assets").
- *registrant*: the company filing the report, named on the cover right above "(Exact name of
  registrant as specified in its charter)"; the report calls it "the Company" or "the
  Registrant" without defining the term. The cover states where it is incorporated above
  "(State or other jurisdiction of incorporation)", in a row with its file and tax numbers.
- *announcement*: the sentence of an announcing item that says which agreement was entered
  into: "On March 9, 2012, X entered into a Credit Agreement (the "Credit Agreement") with Y,
  as administrative agent, and the lenders party thereto", and the sentence after it (which
  often names the parties: "The Credit Facility is among Republic, as borrower, ..."). The
  regions of :mod:`ingest.structure` take it for the report's preamble, so that every rule that
  reads a preamble's parties, roles and terms reads it.

Only text positions are computed here; :mod:`ingest.announced` reads the agreement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ingest.jurisdictions import JURISDICTIONS, alternation

_REPORT_COVER = re.compile(
    r"SECURITIES\s+AND\s+EXCHANGE\s+COMMISSION[\s\S]{0,300}?\bFORM\s+(?P<form>\d+-[A-Z]|[A-Z]-\d+)\b",
    re.IGNORECASE,
)
#: How far into a document the cover is looked for.
COVER_WINDOW = 3000
#: "Item 1.01", and the older form's "Item 5." (numbered without decimals before August 2004)
#: (a converted page may put a no-break space after "Item")
_ITEM = re.compile(
    r"(?im)^[ \t\u00a0]*ITEM[ \t\u00a0]+(?P<n>\d{1,2}\.\d{2}|\d{1,2}(?=\.?[ \t\u00a0]+[A-Z]))\b"
)
_SIGNATURES = re.compile(r"(?m)^[ \t]*(?:SIGNATURES?|Signatures?)[ \t]*$")
#: The cover's caption under the registrant's name.
_REGISTRANT_CAPTION = re.compile(r"(?i)\(\s*exact\s+name\s+of\s+(?:the\s+)?registrant\b")
#: A cover line that is no part of the registrant's name: a label ("Date of Report ...: ...")
#: or another caption in parentheses.
_COVER_LABEL = re.compile(r"[:()]")
#: The items that announce an agreement, in the order they are read.
ANNOUNCING_ITEMS = ("1.01", "2.03", "5", "2")
#: The item that reports an agreement's end; read only where no item announces one entered into.
TERMINATING_ITEM = "1.02"
#: The verb of an announcement ("entered into", "executed", "closed on", "replaced ... with",
#: "issued a Senior Secured Promissory Note" (Item 2.03's note issued to an investor),
#: the older form's "is filing this Form 8-K to include"), or the quoted term an announcement
#: gives the agreement where no verb names it (""the "New Credit Agreement")").
_ENTERED = re.compile(
    r"(?i)\b(?:entered\s+into|executed|closed\s+on|became\s+(?:a\s+)?party\s+to"
    r"|(?:sold\s+and\s+)?issued(?=\s+(?:an?\s+|the\s+)?(?:[\w$,.\-]+\s+){0,8}?(?:Notes?|Debentures?)\b)"
    r"|replaced\s+[^.;]{0,120}?\s+with"
    r"|(?:is\s+)?filing\s+this\s+(?:current\s+)?(?:report\s+on\s+)?form\s+8-K\s+to\s+"
    r"(?:include|file))\b"
)
#: The verb of Item 1.02: "terminated the Credit Agreement", "election to terminate ... under
#: the Credit Agreement", "the termination of the Loan Agreement".
_TERMINATED = re.compile(r"(?i)\bterminat(?:e|ed|es|ing|ion)\b")
_DEFINED_AGREEMENT = re.compile(
    r"\(\s*(?:the\s+)?[\"“](?:[A-Z][\w\-]*\s+){0,5}(?:Agreement|Amendment|Facility|Facilities"
    r"|Indenture|Note|Notes|Guaranty|Waiver)[\"”]"
)
#: A capitalised name of an agreement ("a Credit and Guaranty Agreement", "a Fifth Amendment"):
#: an announcement names the agreement it is about ("a secured revolving credit facility as
#: described in Item 2.03" does not).
_NAMES_AGREEMENT = re.compile(
    r"\b[A-Z][\w\-]*(?:\s+(?:[A-Z][\w\-]*|and|of|to|for|&))*\s+(?:Agreement|Amendment|Indenture"
    r"|Guaranty|Guarantee|Note|Notes|Waiver|Consent|Lease|Contract)\b"
)
#: A sentence ends at a full stop followed by a capital or a line break, unless the stop
#: ends a company's abbreviation ("N.A.", "Inc.", "Corp.", "Co.", "Ltd.", "L.P.").
_SENTENCE_END = re.compile(
    r"(?<!\bInc)(?<!\bCorp)(?<!\bCo)(?<!\bLtd)(?<!\bN\.A)(?<!\bL\.P)(?<!\bNo)(?<!\bU\.S)"
    r"(?<!\b[A-Z])\.(?=\s+[A-Z(“\"]|\s*\n|[A-Z][a-z])"
)
#: How much of an item an announcement and the sentence after it may span.
_ANNOUNCEMENT_LENGTH = 1500


@dataclass(frozen=True, slots=True)
class Item:
    number: str  # "1.01"
    start: int  # the heading
    end: int  # the next item, the signatures or the end of the text


@dataclass(frozen=True, slots=True)
class Report:
    form: str  # "8-K"
    items: tuple[Item, ...]
    #: the announcing sentence (and the one after it), when an announcing item has one
    announcement: tuple[int, int] | None
    #: where the announcement's verb or defining term stands
    anchor: int = 0
    #: the announcement reports the agreement's end (Item 1.02), so the date it opens with is
    #: the termination's, not the agreement's
    terminated: bool = False


def report_cover(text: str) -> re.Match[str] | None:
    """The cover of a report filed with the SEC on the first page of ``text``."""
    return _REPORT_COVER.search(text, 0, min(len(text), COVER_WINDOW))


def registrant(text: str) -> tuple[int, int] | None:
    """Where the cover names the registrant: the lines right above its caption (a name the
    conversion broke over two or three lines included), up to a blank line or a label."""
    caption = _REGISTRANT_CAPTION.search(text, 0, min(len(text), COVER_WINDOW))
    if caption is None:
        return None
    lines: list[tuple[int, int]] = []
    end = text.rfind("\n", 0, caption.start())
    while end > 0 and len(lines) < 3:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not line.strip():
            if lines:
                break
        elif _COVER_LABEL.search(line):
            break
        else:
            lines.append((start + len(line) - len(line.lstrip()), start + len(line.rstrip())))
        end = start - 1
    if not lines or len(text[lines[-1][0] : lines[0][1]].split()) < 2:
        return None  # nothing, or a lone "CORPORATION" left of a name the conversion scattered
    return lines[-1][0], lines[0][1]


#: The cover's caption under the registrant's place of incorporation.
_PLACE_CAPTION = re.compile(r"(?im)(?:\(|^)\s*state\s+or\s+other\s+jurisdiction\b")
#: A place opening a line or a column of the cover's row ("Delaware", "DELAWARE\t87-0531206").
_PLACE = re.compile(
    rf"(?im)(?:^|[ \t]{{2,}}|\t)[ \t]*(?P<place>{alternation(JURISDICTIONS)})"
    r"(?=[ \t]*(?:$|\t|[ \t]{2}))"
)
#: How many lines above its caption the cover's row of numbers may start.
_PLACE_LINES = 4


def registrant_place(text: str) -> tuple[str, int, int] | None:
    """The jurisdiction the cover says the registrant is incorporated in, and where: a place
    on one of the few lines right above its caption (the lines of a converted table's row)."""
    caption = _PLACE_CAPTION.search(text, 0, min(len(text), COVER_WINDOW))
    if caption is None:
        return None
    lo = caption.start()
    for _ in range(_PLACE_LINES):
        lo = text.rfind("\n", 0, max(0, lo - 1))
        while lo > 0 and text[lo - 1] == "\n":  # blank lines count as none
            lo -= 1
        if lo <= 0 or "(" in text[lo : caption.start()]:
            break
    places = list(_PLACE.finditer(text, max(lo, 0), caption.start()))
    if len(places) != 1:
        return None  # none, or two places in the row: not sure which one incorporates it
    m = places[0]
    return JURISDICTIONS[" ".join(m["place"].lower().split())], m.start("place"), m.end("place")


def _items(text: str) -> tuple[Item, ...]:
    heads = list(_ITEM.finditer(text))
    out = []
    for i, m in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        signatures = _SIGNATURES.search(text, m.end(), end)
        out.append(Item(m["n"], m.start(), signatures.start() if signatures else end))
    return tuple(out)


def sentence_start(text: str, lo: int, pos: int) -> int:
    stops = [m.end() for m in _SENTENCE_END.finditer(text, lo, pos)]
    start = stops[-1] if stops else lo
    while start < pos and text[start].isspace():
        start += 1
    return start


def sentence_end(text: str, pos: int, hi: int) -> int:
    m = _SENTENCE_END.search(text, pos, hi)
    return m.end() if m else hi


def _announcement(text: str, item: Item) -> tuple[int, int, int] | None:
    """(start, end, anchor) of the item's announcing sentence and the one after it."""
    body = text.find("\n", item.start, item.end)
    body = item.end if body < 0 else body
    verb = _TERMINATED if item.number == TERMINATING_ITEM else _ENTERED
    anchors = [m.start() for m in verb.finditer(text, body, item.end)]
    anchors += [m.start() for m in _DEFINED_AGREEMENT.finditer(text, body, item.end)]
    anchor = None
    for a in sorted(anchors):
        stop = sentence_end(text, a, item.end)
        if _NAMES_AGREEMENT.search(text, a, stop) or _DEFINED_AGREEMENT.search(text, a, stop):
            anchor = a
            break
    if anchor is None:
        return None
    start = sentence_start(text, body, anchor)
    first = sentence_end(text, anchor, item.end)
    end = sentence_end(text, first, min(item.end, first + _ANNOUNCEMENT_LENGTH))
    return start, min(end, start + _ANNOUNCEMENT_LENGTH), anchor


@lru_cache(maxsize=16)
def read_report(text: str) -> Report | None:
    """The report ``text`` is (None for any other document), with its items and the
    announcement of Item 1.01, else of Item 2.03 (an Item 1.01 that names no agreement of its
    own, "as described in Item 2.03", leaves it to Item 2.03), else of Item 1.02."""
    cover = report_cover(text)
    if cover is None or not cover["form"].upper().startswith("8-K"):
        return None  # only a current report announces agreements in numbered items
    items = _items(text)
    for number in (*ANNOUNCING_ITEMS, TERMINATING_ITEM):
        for item in (i for i in items if i.number == number):
            found = _announcement(text, item)
            if found:
                start, end, anchor = found
                ended = number == TERMINATING_ITEM
                return Report(cover["form"].upper(), items, (start, end), anchor, ended)
    return Report(cover["form"].upper(), items, None)
