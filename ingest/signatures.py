"""Signature blocks: who signs, in what capacity, for whom; and collective terms resolved.

A block reads, in one column or in EDGAR's two side-by-side columns::

    BORROWERS:                         <- caption: a role
    ZOLTEK COMPANIES, INC.             <- the company (a Party, PARTY_TO the own agreement)
    By: /s/ Zsolt Rumy                 <- the signer (a person Party, SIGNED)
    Name: Zsolt Rumy
    Title: President

HTML exhibits converted to text may put a whole page on one line; fields are therefore also
split before "By:", "Name:" and "Title:". A collective term of the preamble that listed no
members ("the lenders identified on the signature pages", each a "Lender") is resolved here
to the signing companies without another role and the parties a schedule lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ingest.context import DocContext
from ingest.defined_terms import Definition, definitions_in
from ingest.names import (
    ORG_WORDS,
    TERMINAL_SUFFIXES,
    NameRun,
    clean_name,
    is_org_name,
    joined_names,
    looks_like_person,
    name_runs,
    singular,
    words,
)
from ingest.parties import (
    ROLE_WORDS,
    add_party,
    has_role,
    merge_roles,
    party_ref,
    party_to,
    role_of,
    role_parts,
)
from ingest.records import PropValue
from ingest.schedules import party_rows
from ingest.structure import analyze

_FIELD_BREAK = re.compile(
    r"(?=\bBy\s*[:_]|\bBy\s+/s/|\b(?:Print(?:ed)?\s+)?Name\s*:|\bTitle\s*:|\bIts\s*:|\[Signature\s+Page"
    r"|\b(?:Address|Attention|Attn|E-?mail|Facsimile|Fax|Telephone|Phone)\s*:)"
)
#: "Address: HealthCor Partners", "Attention: General Counsel": notice details under a
#: block, whose values (a firm, a department, a street) are not signing parties.
_NOTICE_FIELD = re.compile(
    r"^(?:Address|Attention|Attn|E-?mail|Facsimile|Fax|Telephone|Phone)(?:\s+for\s+Notices?)?\s*:",
    re.IGNORECASE,
)
#: The lines that continue an address: a street number, suite, floor, box, or "City, ST 10019".
_ADDRESS_LINE = re.compile(
    r"^(?:\d|P\.?\s?O\.?\s+Box|Suite|Floor)|\b(?:Suite|Floor|Street|Avenue|Road|Boulevard)\b"
    r"|,\s*[A-Z]{2}\.?\s+\d{5}|^[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*,\s*[A-Z][a-z]+\s*$"
)
#: "a Nevada corporation" under a company's name: its description, not another company.
_DESCRIPTION_LINE = re.compile(
    r"(?i)^an?\s+(?:[\w.]+\s+){1,4}?(?:corporation|company|partnership|association|trust"
    r"|bank|entity)\.?(?:,?\s+as\s+(?P<role>.+))?$"
)
#: "BANKERS TRUST COMPANY, as a" / "Lender and as Agent": a role cut at the line end.
_OPEN_ROLE = re.compile(r",?\s+as(?:\s+(?:a|an|the))?\s*$")
#: "as Administrative Agent, an" / "as Agent and": a list of roles going on on the next line.
_OPEN_LIST = re.compile(r"(?:,|\band)\s*(?:an?|the)?\s*$")
#: "/s/ Steven B. Epstein", "// Lloyd Blonder": a conformed signature; alone, an individual
#: signing for himself.
_CONFORMED = re.compile(r"^(?:/[sS]/|//(?=\s*[A-Z]))\s*(?P<v>.+)$", re.DOTALL)
#: "ACKNOWLEDGED AND AGREED:", "Accepted:": who signs below does so outside the captioned roles.
_ACKNOWLEDGED = re.compile(
    r"^(?:ACKNOWLEDGED|ACCEPTED|AGREED|CONSENTED|Acknowledged|Accepted|Agreed|Consented)"
    r"\b[\w ,]{0,40}:?$"
)
_CELL = re.compile(r"\S(?:.*?\S)?(?=\s{4,}|\s*$)")
_BY = re.compile(r"^(?:By|BY|by(?=\s*(?::|/[sS]/|$)))\b\s*[:_]*\s*(?P<rest>.*)$", re.DOTALL)
#: A field of a block ("By", "Name", "Title"), which no notice paragraph swallows.
_FIELD = re.compile(r"^(?:By|BY|by|(?:Print(?:ed)?\s+)?Name|Title|Its)\b")
#: "Domestic Lending Office", "With a copy to:", "Address for Notices": a notice paragraph's head.
_NOTICE_HEAD = re.compile(
    r"(?i)^(?:(?:[\w-]+\s+){0,3}Lending\s+Office|with\s+(?:a\s+)?cop(?:y|ies)\s+to"
    r"|(?:address|notices?)\s+for\s+notices?|notice\s+address|c/o)\b"
)
#: "Name: Dana Whitfield", "Printed Name: Dana Whitfield"
_NAME = re.compile(r"^(?:Print(?:ed)?\s+)?Name\s*:\s*(?P<v>.*)$", re.DOTALL)
_TITLE = re.compile(r"^(?:Title|Its)(?:\s*:|\t|\s{2,}(?=[A-Z]))\s*(?P<v>.*)$", re.DOTALL)
#: Words and lines that show a company line is signed for, where no "By:" line says so.
_SIGN_CUE = re.compile(
    r"(?i)\bon\s+behalf\s+of\b|\bsignatory\b|/s/|^\s*(?:Per|Signature|Signed|Date)\s*:|_{4,}|-{8,}"
)
#: Lines that make whoever signs below a guarantor: "each of the undersigned reaffirms ... the
#: Guaranty", "the Guarantors consent to ...", "SIGNATURES OF PARTIES TO THE PARENT GUARANTY".
_GUARANTORS_UNDERSIGNED = re.compile(
    r"(?is)\bundersigned\b.{0,400}?\b(?:guarant(?:y|ee|ies|ees|or|ors)|reaffirms?)\b"
    r"|\bguarantors?\b.{0,200}?\b(?:consents?|reaffirms?|ratif(?:y|ies)|confirms?)\b"
    r"|^(?:signatures?\s+of\s+)?(?:the\s+)?parties\s+to\s+the\s+(?:\w+\s+){0,2}guarant(?:y|ee)\b"
)
_ENTITY_LINE = re.compile(
    r"^Name\s+of\s+(?:Investing\s+)?(?:Entity|Lender|Purchaser|Holder|Investor)\s*:\s*_*\s*(?P<v>.+)$"
)
_AS_ROLE = re.compile(
    r",?\s+as\s+(?:(?:the|a|an)\s+)?(?P<role>[A-Z][\w.-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3})"
)
_TITLE_WORDS = re.compile(
    r"\b(?:President|Officer|Director|Manager|Member|Secretary|Treasurer|Partner|Signatory"
    r"|Counsel|CEO|CFO|COO|Chairman|Founder|Principal|Controller|Vice|Chief|General)\b",
    re.IGNORECASE,
)


@dataclass(slots=True)
class _Field:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class _Block:
    company: str | None = None
    company_span: tuple[int, int] | None = None
    role: str | None = None
    signer: str | None = None
    title: str | None = None
    start: int = 0
    end: int = 0
    fields: list[_Field] = field(default_factory=list)
    #: a line of the block says it is signed ("For and on behalf of", "/s/", a rule to sign on)
    signed: bool = False
    #: a "By:" line: the signer signs for someone (an individual signs "/s/ Name" alone)
    by: bool = False
    #: the role is the caption's ("BORROWER:" above), not one its own lines state
    captioned: bool = False
    #: signed under an acceptance ("ACKNOWLEDGED AND AGREED:"), outside the agreement's classes
    accepted: bool = False
    #: "Karl Halvorsen, individually": the signer signs for himself, a party of his own
    individual: bool = False


def _clean_value(v: str) -> str:
    v = clean_name(re.sub(r"(?i)/s/|[_/]+", " ", v))
    # "/s/ Shelby J. Butterfield Shelby J. Butterfield": the signature and the typed name
    ws = v.split()
    for n in range(len(ws) // 2, 1, -1):
        if ws[:n] == ws[n : 2 * n] and len(ws) == 2 * n:
            return " ".join(ws[:n])
    return v


#: Signature pages are short; a longer region means attachments were not recognised.
SIGNATURE_WINDOW = 20_000


#: "HOLDINGS:", "AGENT AND LENDER:": a caption in capitals (a role or a defined term).
_CAPTION_CELL = re.compile(r"[A-Z][A-Z&\-]*(?:[ \t]+[A-Z&][A-Z&\-]*){0,3}[ \t]*:[ \t]*$")


#: A cell beside a company's name that makes no column of its own: its caption ("BORROWER:")
#: or its commitment ("$37,500,000.00").
_SIDE_CELL = re.compile(rf"{_CAPTION_CELL.pattern}|\$?[ \t]*\d[\d,]*(?:\.\d+)?[ \t]*$")


def _ends_notice(t: str) -> bool:
    """A line no notice paragraph holds: a block's field, a page mark, a commitment, or the
    next company's name in capitals."""
    return bool(
        _FIELD.match(t)
        or _PAGE_MARK.match(t)
        or t.startswith(("$", "<PAGE>"))
        or (t.isupper() and is_org_name(t))
    )


def _named_caption(t: str) -> str | None:
    """ "HOLDINGS:" -> "Holdings", "LENDERS AND VOTING PARTICIPANTS:": a caption in capitals
    that names no role word, read as written."""
    if not _CAPTION_CELL.fullmatch(t) or _NOT_COMPANY_LINE.search(t) or len(t) > 40:
        return None
    if re.match(r"(?i)(?:title|name|by|its|shipping|billing|phone|fax|e-?mail)\b", t):
        return None  # "TITLE:", "NAME:": a block's field in capitals
    return " ".join(w.lower() if w == "AND" else w.capitalize() for w in t.rstrip(" :").split())


def _columns(text: str, start: int, end: int) -> list[list[_Field]]:
    """Fields of each column, top to bottom (one column unless lines split in two)."""
    lines: list[list[tuple[int, int, int]]] = []  # per line: (column offset, start, end)
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        nl = end if nl < 0 else nl
        lines.append([(m.start() - pos, m.start(), m.end()) for m in _CELL.finditer(text, pos, nl)])
        pos = nl + 1
    # "BORROWER:      ACME, INC.": a caption beside its company is one column, not two
    lines = [_joined_label(text, ln) for ln in lines]
    # ("BORROWER:      LENDER:": two captions side by side head two columns)
    captioned = [
        len(ln) == 2
        and bool(_SIDE_CELL.match(text, ln[0][1], ln[0][2]))
        and not _CAPTION_CELL.fullmatch(text, ln[1][1], ln[1][2])
        for ln in lines
    ]
    split_cols = [
        line[1][0]
        for line, cap in zip(lines, captioned, strict=True)
        if len(line) >= 2 and line[1][0] >= 30 and not cap
    ]
    mid = min(split_cols) if len(split_cols) >= 2 else 10**9
    cols: list[list[_Field]] = [[], []]
    for line, cap in zip(lines, captioned, strict=True):
        for col, s, e in line:
            cols[1 if col >= mid - 2 and not cap else 0].extend(_split_fields(text, s, e))
    return [c for c in cols if c]


#: A block's field label standing alone in its cell ("By:", "Name:"), its value cells away.
_LABEL_CELL = re.compile(r"(?:By|BY|by|Name|Title|Its)\s*:?")
#: How far into a line a label's value may stand and still be the label's, not a right column.
_LABEL_REACH = 30


def _joined_label(text: str, line: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """ "By:     Sooner, Inc.": a label and its value set apart by spaces are one cell (the
    company signing for the block above), not a label and a new company's name."""
    if (
        len(line) >= 2
        and _LABEL_CELL.fullmatch(text, line[0][1], line[0][2])
        and line[1][0] < _LABEL_REACH
    ):
        return [(line[0][0], line[0][1], line[1][2]), *line[2:]]
    return line


def _split_fields(text: str, s: int, e: int) -> list[_Field]:
    cuts = [m.start() for m in _FIELD_BREAK.finditer(text, s, e) if m.start() > s]
    out = []
    for a, b in zip([s, *cuts], [*cuts, e], strict=True):
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.extend(_title_and_next_company(text, _Field(a, b, text[a:b])))
    return out


def _title_and_next_company(text: str, f: _Field) -> list[_Field]:
    """ "Title: Chief Executive Officer BIRD US HOLDCO, LLC, as Holdco Guarantor": a page
    flattened onto one line runs the next block's company (in capitals) into a title."""
    if not _TITLE.match(f.text):
        return [f]
    for caps in _CAPITALS.finditer(text, f.start + 6, f.end):
        if caps.start() > f.start + 6 and is_org_name(caps.group()):
            cut = caps.start()
            while cut > f.start and text[cut - 1].isspace():
                cut -= 1
            head = _Field(f.start, cut, text[f.start : cut])
            return [head, _Field(caps.start(), f.end, text[caps.start() : f.end])]
    return [f]


#: a run of words in capitals ("BIRD US HOLDCO, LLC"), as company lines are typed
_CAPITALS = re.compile(r"\b[A-Z][A-Z0-9&'\-]+\.?(?:,?\s+[A-Z0-9][A-Z0-9&'.\-]*)+")


#: "as Agent", "individually and as Administrative Agent,": a capacity on the line under a name.
_INDIVIDUALLY = re.compile(r"(?:(?:both\s+)?individually\s+and\s+)?as\s", re.IGNORECASE)


def _continued_role(line: str) -> str | None:
    """The role on the line after "ACME BANK, as a": "Lender and as Agent" -> "Lender and
    Agent"."""
    line = re.sub(
        r"^(?:(?:both\s+)?individually\s+and\s+)?(?:as\s+)?(?:(?:the|a|an)\s+)?",
        "",
        line.strip(),
        flags=re.IGNORECASE,
    )
    parts = re.split(r"\s+(?:and|&)\s+(?:as\s+)?(?:(?:the|a|an)\s+)?", line)
    roles = [r for p in parts if (r := role_of(p))]
    return " and ".join(roles) if roles and len(roles) == len(parts) else None


#: A line that can only go on with a capacity: capitalised words and "and", "as", "a".
_CAPACITY_WORDS = re.compile(r"(?:(?:and|as|a|an|the|&|[A-Z][\w.\-]*),?[ \t]*){1,6}")


def _capacity_roles(capacity: str) -> str | None:
    """ "as a Canadian Lender and as Canadian Administrative Agent," -> "Canadian Lender and
    Canadian Administrative Agent": the roles a capacity written over several lines states;
    None unless every part of it is a role."""
    body = re.sub(
        r"(?i)^\W*(?:(?:both\s+)?individually\s+and\s+)?as\s+(?:(?:a|an|the)\s+)?",
        "",
        capacity.strip(),
    ).strip(" ,;")
    parts = [
        p for p in re.split(r"(?i)\s*(?:,|;|\band\b|&)\s*(?:as\s+)?(?:(?:a|an|the)\s+)?", body) if p
    ]
    roles = [r for p in parts if (r := role_of(p))]
    return _merge_all(roles) if roles and len(roles) == len(parts) else None


def _merge_all(roles: list[str]) -> str:
    out = roles[0]
    for r in roles[1:]:
        out = merge_roles(out, r)
    return out


def _caption_role(t: str) -> str | None:
    colon = t.strip().endswith(":")
    t = t.strip().rstrip(":").strip()
    if (
        not t
        or re.match(r"(?:Title|Name|By|Its)\b", t)  # "Title   Procurement Manager": a field
        or (not colon and re.match(r"(?i)the\s", t))  # "THE CHASE MANHATTAN BANK": a name
        or t.lower().startswith("as ")
        # "its sole member" / "its general partner" under "By: Sooner, Inc.": the capacity in
        # which another company signs for the block above, no caption of the blocks below
        or re.match(r"(?i)(?:its|their)\s", t)
        or len(t.split()) > 4
        or not re.fullmatch(r"[A-Za-z ,&]+", t)
    ):
        return None
    parts = [singular(p).lower() for p in re.split(r"\s*(?:,|&|\band\b)\s*", t.lower()) if p]
    if parts and all(p in ROLE_WORDS or p.split()[-1] in ROLE_WORDS for p in parts):
        return " and ".join(" ".join(w.capitalize() for w in p.split()) for p in parts)
    return None


_GENERATION = re.compile(r"\s*(?:Jr|Sr|JR|SR)\.?|\s*(?:II|III|IV)")


def _starts_with_org(text: str, f: _Field) -> bool:
    """ "JIMMY JANG, L.P., a Delaware limited partnership, by its General Partner, ...": a
    long company line, not a paragraph of prose."""
    runs = name_runs(text, f.start, f.end)
    return bool(runs) and runs[0].start == f.start and runs[0].is_org


#: the end of a sentence (a word and a full stop), not of a caption, name or field
_SENTENCE_END = re.compile(r"[a-z]\.$")
_ROLE_TAIL = re.compile(r",?\s+as\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s*$")


def _trailing_company(text: str, f: _Field) -> _Field | None:
    """ "[Signature Page to ...] IN WITNESS WHEREOF, ... officers. ACME HOLDINGS, INC.": a
    page flattened onto one line glues the company line to the header or the witness clause;
    the company is the organisation name that ends the field (before an "as Agent" role)."""
    orgs = [r for r in name_runs(text, f.start, f.end) if r.is_org]
    if not orgs:
        return None
    run = orgs[-1]
    rest = text[run.end : f.end]
    if rest.strip() and not _ROLE_TAIL.fullmatch(rest):
        return None
    if re.search(r"\b(?:by|of|with|and|to)\s*$", text[max(f.start, run.start - 12) : run.start]):
        return None
    return _Field(run.start, f.end, text[run.start : f.end])


#: "(f/k/a Pittsburgh National Bank)": the company's former name, the one its page may carry.
_FORMER_NAME = re.compile(r"(?i)\(\s*(?:f/k/a|formerly|n/k/a|now\s+known)\b")
#: A line of a table of contents: dot leaders, or a numbered section or article heading.
_CONTENTS_LINE = re.compile(r"\.{4,}\s*\d*\s*$|^(?:SECTION|Section|ARTICLE|Article)\s+\d")


def _column(text: str, f: _Field) -> int:
    """Where a field starts in its line (a right column's cells start far in)."""
    return f.start - (text.rfind("\n", 0, f.start) + 1)


def _same_group(a: str, b: str) -> bool:
    """ "TODD-AO DIGITAL IMAGES" / "TODD-AO VIDEO SERVICES": two lines opening with the same
    word are two names of one group of companies listed one per line, not one name wrapped."""
    return a.split()[:1] == b.split()[:1]


def _listed_with(pending: list[_Field], cur: _Block) -> bool:
    """Whether the unread lines above a "By:" line name one more company of a list that the
    current block's company opens (the group's companies signed for by one officer)."""
    return (
        bool(cur.company) and cur.signer is None and _same_group(pending[0].text, cur.company or "")
    )


def _wrapped(text: str, prev: _Field, f: _Field) -> bool:
    """ "GLOBAL MARINE DEEPWATER" / "DRILLING INC.": a company name wrapped onto the next line
    of the same column (the line before is capitalised words only, directly above)."""
    gap = text[prev.end : f.start]
    return (
        gap.count("\n") == 1
        and (
            not gap.strip() or (_column(text, f) >= 30 and _column(text, prev) == _column(text, f))
        )
        and len(prev.text) <= 80
        and all(w[:1].isupper() or w == "&" for w in prev.text.split())
        and not _same_group(prev.text, f.text)
        and (not is_org_name(prev.text) or _continues(prev.text, f.text))
        and (_caption_role(prev.text) is None or bool(re.match(r"(?:OF|of|AND|and|&)\s", f.text)))
    )


_OPEN_END = re.compile(r"(?:[,\-]|\b(?:OF|AND|of|and|&|NATIONAL|National|TRUST|Trust|NEW|New))\s*$")
_CONTINUATION = re.compile(
    r"^(?:ASSOCIATION|Association|BRANCH|Branch|N\.A\.|S\.A\.|AND\s+SAVINGS|OF\s+[A-Z]|&\s+[A-Z]"
    r"|[A-Z][A-Za-z]+,\s+N\.A\.|(?:[A-Z][\w.&'\-]*,?\s+){1,3}(?:BRANCH|Branch)\b)"
)


def _continues(prev: str, line: str) -> bool:
    """ "WELLS FARGO BANK, NATIONAL" / "ASSOCIATION, as Agent": an organisation's name cut
    at the line end (an open end above, or a line that can only continue a name: a branch,
    or a word or two and the corporate suffix the line above lacks, "FUND L.P.")."""
    return bool(
        _OPEN_END.search(prev)
        or _CONTINUATION.match(line)
        or (_suffixed(_ROLE_TAIL.sub("", line)) and len(words(line)) <= 3 and not _suffixed(prev))
    )


#: words a company line may hold in lower case ("FARM CREDIT SERVICES OF AMERICA, PCA")
_NAME_CONNECTORS = frozenset(["of", "and", "the", "de", "du", "la", "for", "&"])
_NOT_COMPANY_LINE = re.compile(
    r"(?i)^(?:in\s+witness|witness|attest|date[ds]?\b|signature|counterpart|page\b|exhibit\b"
    r"|schedule\b|annex\b|address|notice|with\s+a\s+copy|c/o\b|commitment|\d)"
    r"|\b(?:amount|rate|date|percentage|price|period|ratio)s?\W*$"
)


def _company_line(t: str) -> bool:
    """ "FIRST SOUTH FARM CREDIT", "American AgCredit, PCA,": a short line of capitalised words
    standing where a company's name stands in a block (above its "By:" line), read as a
    company whether or not its words are ones :func:`is_org_name` knows."""
    t = _ROLE_TAIL.sub("", t).strip(" ,")
    ws = re.findall(r"[^\s,]+", t)
    if not 1 <= len(ws) <= 10 or t.endswith(":") or _NOT_COMPANY_LINE.search(t):
        return False
    if _SENTENCE_END.search(t) or _caption_role(t) is not None or _DESCRIPTION_LINE.match(t):
        return False
    if _TITLE_WORDS.search(t) and not is_org_name(t):
        return False  # "Authorized Signatory", "Vice President": an officer's title
    if not all(
        w.lower() in _NAME_CONNECTORS or w == "-" or re.match(r"[\"'“(]?[a-z]{0,2}[A-Z0-9]", w)
        for w in ws
    ):
        return False
    letters = [c for c in t if c.isalpha()]
    capitals = sum(c.isupper() for c in letters) >= 0.6 * len(letters)
    # a mixed-case line of two or three words is as likely a person's name as a company's
    return capitals or is_org_name(t) or not looks_like_person(t)


#: ", FLCA" / ", PCA" after "GREENSTONE FARM CREDIT SERVICES": a corporate suffix no list
#: holds, typed in capitals after a comma at the end of a company line.
_UNKNOWN_SUFFIX = re.compile(r",[ \t]*[A-Z]{2,5}\.?(?=,?[ \t]*(?:$|\n|as\s))")


#: "<PAGE>", "<PAGE> 14", "- 12 -": page marks between the lines of a block
_PAGE_MARK = re.compile(r"^(?:<PAGE>|-?\s*\d+\s*-?$)")


#: The second line of a signature page's running head: the agreement's title in capitals.
_RUNNING_TITLE = re.compile(
    r"^[A-Z0-9][A-Z0-9 ,.&'\-]*\b(?:AGREEMENT|AMENDMENT|NOTE|GUARANTY|INDENTURE|WAIVER)\s*$"
)


#: The end of a title cut at a line end: "Vice President and", "Chief Financial", "Senior Vice"
_OPEN_TITLE = re.compile(
    r"(?:[,&\-]|\b(?:and|of|the|for|Chief|Financial|Executive|Operating|Accounting|Vice|Senior"
    r"|Assistant|Managing|General|Investment|Legal|Authorized))\s*$",
    re.IGNORECASE,
)


#: A title cut inside a phrase ("Executive Vice President--", "Vice President and"): the next
#: line goes on with it even where its words ("Finance and Administration") could name a firm.
_CUT_TITLE = re.compile(r"(?:[-,]|\b(?:and|of|&))\s*$", re.IGNORECASE)


def _suffixed(line: str) -> bool:
    """Whether a line ends in a corporate suffix (a company's name, never a title's rest)."""
    ws = re.findall(r"[\w&]+", line.replace(".", "").lower())
    return bool(ws) and ws[-1] in TERMINAL_SUFFIXES


#: "and Assistant Secretary" under "Vice President, Treasurer": a line that can only go on
#: with the title above it.
_JOINED_TITLE = re.compile(r"(?:and|&)\s+[A-Z]")


#: A line that begins with an officer's title ("Senior Vice President, Chief Financial"), even
#: where a word of it ("Financial") makes it read as a company's name.
_OFFICER_START = re.compile(
    r"(?i)(?:senior\s+|executive\s+|assistant\s+|first\s+)?(?:vice\s+president|president"
    r"|chief\s|managing\s+(?:director|member|partner)|director|officer|treasurer|secretary"
    r"|manager|general\s+partner|authorized\s+(?:officer|signatory))"
)


def _continues_title(title: str, line: str) -> bool:
    """Whether ``line`` is the rest of a title the line above cut ("Officer", "Chief Financial
    Officer"): the title ends open, and the line is a few words, no field and no company."""
    return (
        bool(_OPEN_TITLE.search(title) or _JOINED_TITLE.match(line))
        and len(line.split()) <= 6
        and not re.match(r"(?:By|Name|Title|Its|Date)\b", line)
        and not line.endswith(":")
        and (
            _OFFICER_START.match(line)
            or not is_org_name(_ROLE_TAIL.sub("", line))
            or bool(_CUT_TITLE.search(title) and not line.isupper() and not _suffixed(line))
        )
        and not _PAGE_MARK.match(line)
        # "General Manager" under "... and Assistant": role words, yet no caption in capitals
        and (_caption_role(line) is None or not line.isupper())
    )


#: ", Jr.", " III", ", 3rd": a generation after a person's name
_GENERATION_TAIL = re.compile(r",?\s+(?:Jr\.?|Sr\.?|JR\.?|SR\.?|II|III|IV|\d(?:st|nd|rd|th))$")


def _signer_named(line: str) -> bool:
    """Whether the company signing for a block ("By: Sooner, Inc." / "its general partner")
    is named in full by the lines read so far: a suffix or a capacity ends them, no open end."""
    t = line.strip()
    if _OPEN_END.search(t) or re.search(r"(?i)\bas\s*$", t):
        return False
    capacity = r"(?i)\b(?:partner|member|manager|advis[eo]r|trustee|agent|attorney-in-fact)\W*$"
    return _suffixed(_ROLE_TAIL.sub("", t)) or bool(re.search(capacity, t))


def _name_goes_on(text: str, fields: list[_Field], i: int) -> bool:
    """Whether the line right under ``fields[i]`` can only continue a company's name ("SOCIETE
    GENERALE" / "CHICAGO BRANCH"): the line is a company's, never a signer's."""
    if i + 1 >= len(fields):
        return False
    nxt = fields[i + 1]
    gap = text[fields[i].end : nxt.start]
    return not gap.strip() and gap.count("\n") == 1 and bool(_CONTINUATION.match(nxt.text))


def _is_person(name: str) -> bool:
    """A person's name, with a generation after it ("N. Malone Mitchell, 3rd") or not."""
    return looks_like_person(_GENERATION_TAIL.sub("", name))


def _opens_name(fields: list[_Field], i: int) -> bool:
    """Whether the line after ``fields[i]`` continues it as a name ("OF AMERICA, N.A.")."""
    return i + 1 < len(fields) and bool(re.match(r"(?:OF|of|AND|and|&)\s", fields[i + 1].text))


#: "APPROVED FOR", "ACKNOWLEDGED AND AGREED TO:", "ACCEPTED BY": an acceptance caption that
#: opens the line of the company accepting, no word of its name.
_ACCEPTANCE_HEAD = re.compile(
    r"(?i)(?:approved|acknowledged|accepted|agreed|consented|confirmed)"
    r"(?:,?\s+(?:and|&)\s+(?:approved|acknowledged|accepted|agreed|consented|confirmed))*"
    r"(?:\s+(?:to|for|by|on\s+behalf\s+of))?(?:\s+(?:and|&)\s+(?:to|for|by))?\s*:?\s*"
)
#: Words of a schedule's or table's heading ("DISTRIBUTOR DISCOUNTS ON PRODUCTS AND
#: SERVICES", "YEAR 2"), which a company's name carries only with a corporate suffix.
_HEADING_WORDS = frozenset(
    re.findall(
        r"\w+",
        "discounts services products schedule exhibit annex appendix description fees revenue"
        " pricing prices price year years applications application system systems list"
        " specifications territory market payment payments terms milestones",
    )
)


#: A word in capitals opening a company line, then a capitalised word of the name (not a
#: connector: "MANUFACTURERS AND TRADERS TRUST COMPANY" is one name).
_LEADING_ROLE = re.compile(r"([A-Z]{4,})[ \t]+(?!(?:AND|OF|THE|FOR|&)\b)(?=[A-Z])")


def _heading(name: str) -> bool:
    """A company line that is a heading the signature region ran into: a word of headings
    and no corporate suffix; whatever a "By:" line, signer or title does not vouch for."""
    keys = [w.replace(".", "").lower() for w in re.findall(r"[\w.&'-]+", name)]
    if not keys or any(k in TERMINAL_SUFFIXES for k in keys):
        return False
    return any(k in _HEADING_WORDS for k in keys) or bool(re.search(r"\d", name))


def _bare_role(name: str) -> bool:
    """ "Company", "the Distributor": a defined term or role word, never a company's name."""
    t = re.sub(r"(?i)^the\s+", "", clean_name(name)).rstrip(".").lower()
    return bool(t) and " " not in t and singular(t) in ROLE_WORDS


#: A signer's name that a converted page cut at the line end: "/s/ Gabriel", "Name: J.", "By
#: /s/ J. P. Causey" (its "Jr." on the next line), "// Lloyd".
_NAME_CUT = re.compile(
    r"^(?:(?:By|BY|by)\b\s*:?\s*)?(?:/[sS]/|//|Name\s*:)\s*"
    r"(?P<v>[A-Z][\w.'\-]*(?:[ \t]+[A-Z][\w.'\-]*){0,3})\s*$"
)
#: The rest of such a name opening the next line: initials and a surname ("P. Causey Jr.",
#: "Blonder, Senior Vice President"), or only the generation ("Jr.").
_NAME_REST = re.compile(
    r"^(?P<v>(?:[A-Z]\.\s*){0,2}[A-Z][a-z'\-]+(?:[ \t]+[A-Z][a-z'\-]+)?"
    r"(?:,?[ \t]+(?:Jr|Sr)\.?|[ \t]+(?:II|III|IV))?|(?P<gen>(?:Jr|Sr|JR|SR)\.?|II|III|IV))"
    r"(?=[ \t]*(?:,|$))"
)


def _rejoined_names(text: str, fields: list[_Field]) -> list[_Field]:
    """The fields with each signer's name cut at a line end made whole again: "/s/ Gabriel" /
    "G. Claypool" is one field "/s/ Gabriel G. Claypool" (a page converted from HTML breaks
    lines where its table cell ended, blank lines between at most)."""
    out: list[_Field] = []
    i = 0
    while i < len(fields):
        f = fields[i]
        head = _NAME_CUT.match(f.text)
        if head and i + 1 < len(fields):
            nxt = fields[i + 1]
            gap = text[f.end : nxt.start]
            rest = _NAME_REST.match(nxt.text)
            name = head["v"]
            cut = not _is_person(name) or bool(re.search(r"\b[A-Z]\.$", name))
            if (
                rest
                and not gap.strip()
                and gap.count("\n") <= 2
                and (cut or rest["gen"])
                and _is_person(f"{name} {rest['v']}")
                and not _FIELD.match(nxt.text)
            ):
                out.append(_Field(f.start, nxt.end, text[f.start : nxt.end]))
                i += 2
                continue
        out.append(f)
        i += 1
    return out


def _blocks(text: str, fields: list[_Field]) -> list[_Block]:
    fields = _rejoined_names(text, fields)
    blocks: list[_Block] = []
    cur = _Block()
    caption: str | None = None
    seen_by = False
    prev: _Field | None = None  # the line before, when it may begin a wrapped company name

    def flush() -> None:
        # A company line alone is no signature block (a heading or a defined term of a
        # schedule the region ran into): it needs a signer, a "By:" line, a title or a role.
        nonlocal cur, seen_by
        # a role that is only a caption read as written ("REVENUE SHARING FEES:") makes no
        # block: such a caption may head a schedule the region ran into
        role = cur.role and not (named_caption and cur.role == caption)
        if cur.company and _bare_role(cur.company):
            cur.company, cur.company_span = None, None  # "the Company": a defined term
        if cur.signer or (cur.company and (seen_by or cur.signed or role or cur.title)):
            blocks.append(cur)
        cur = _Block(accepted=accepting)
        seen_by = False

    # unread lines since the last block field: a company's name in words no rule knows,
    # which the "By:" line below them shows to be a company (and its "as Agent" role)
    pending: list[_Field] = []
    pending_role: str | None = None

    def take_pending() -> None:
        """The unread lines above a "By:" line become the block's company."""
        nonlocal cur, seen_by, pending, pending_role
        if cur.company is not None or cur.signer is not None:
            flush()
        s, e = pending[0].start, pending[-1].end
        raw = _ROLE_TAIL.sub("", text[s:e]).rstrip(" ,\n\t")
        as_role = _AS_ROLE.search(text, s, e)
        cur.company, cur.company_span = clean_name(raw), (s, s + len(raw))
        cur.role = (
            pending_role
            or (role_of(as_role["role"]) if as_role else None)
            or caption
            or undersigned
        )
        cur.start, cur.end = s, e
        pending, pending_role = [], None

    named_caption = False  # the caption is read as written, not a role word
    accepting = False  # below an acceptance caption: who signs accepts, outside the classes
    undersigned: str | None = None  # the role a consent's "each of the undersigned" gives
    empty_title = False  # "Title:" with its value on the next line ("Manager", not a caption)
    in_notice = False  # inside "Address: ..." and the address lines under it
    notice_end = 0
    open_role = False  # the company line ended in "as a": its role is on the next line
    # "THE BANK OF NOVA SCOTIA, as a Canadian" / "Lender and as Canadian Administrative" /
    # "Agent,": the capacity written from the company line on, read again with each line
    capacity: str | None = None
    prev_end = -1
    prev_field_end = -1  # where the field before this one ends
    by_company_end = -2  # where a "By:" line naming a company (not a person) ends
    by_tail = ""  # that line's (or its last continued line's) text as typed
    in_note = False  # inside a parenthesised note that runs over several lines
    prev_title_end = -1  # where the title read last ends: a title cut at a line end goes on
    title_tail = ""  # the title's last line as typed ("Senior Vice President,": it goes on)
    for i, f in enumerate(fields):
        if cur.title and cur.end == prev_end:
            prev_title_end = prev_end
        if pending and pending[-1].end != prev_end:
            pending, pending_role = [], None  # a line between: they name no company
        prev_field_end, prev_end = prev_end, f.end
        t = f.text.strip()
        if not (cur.company and cur.end >= prev_field_end):
            capacity = None  # the lines under the company's name have ended
        cue = bool(_SIGN_CUE.search(t))
        cur.signed = cur.signed or cue
        same_paragraph = in_notice and (
            text[notice_end - 1] == ":" or "\n\n" not in text[notice_end : f.start].replace(" ", "")
        )
        if (
            _NOTICE_FIELD.match(t)
            or _NOTICE_HEAD.match(t)
            or (in_notice and (_ADDRESS_LINE.search(t) or same_paragraph) and not _ends_notice(t))
        ):
            # "Domestic Lending Office" / "Morgan Guaranty Trust Company" / "500 Stanton Road":
            # the notice details under a block, to their paragraph's end
            in_notice, notice_end = True, f.end
            continue
        in_notice = False
        if in_note:
            in_note = ")" not in t
            continue  # "(successor by merger with" / "Peach Acquisition Corp.)"
        if t.startswith("(") and not _FORMER_NAME.match(t):
            # "(Oil States International, Inc.)" under a "Signature Page to ..." footer,
            # "(successor by merger with ...)": a note on the block, never a company's block
            in_note = ")" not in t
            continue
        if re.match(r"(?i)table\s+of\s+contents\b", t):
            break  # an attached agreement's contents: the signature pages have ended
        if _CONTENTS_LINE.search(t):
            continue  # "SECTION 4.4 FINANCIAL CONDITION.....34": a contents entry, no company
        if d := _DESCRIPTION_LINE.match(t):
            # "a Delaware corporation, as Holdings": the role of the company line above
            if d["role"] and cur.company and cur.signer is None:
                term = re.fullmatch(r"(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})", d["role"])
                cur.role = _continued_role(d["role"]) or (term[1] if term else cur.role)
            continue
        if (
            prev_field_end == by_company_end
            and text[prev_field_end : f.start].count("\n") <= 1
            and not _FIELD.match(t)
            and not _CONFORMED.match(t)
            and not looks_like_person(t)
            and len(t.split()) <= 8
            and by_tail
            and (re.match(r"[a-z]|(?i:as)\b", t) or not _signer_named(by_tail))
        ):
            # "By: Highland Capital Management L.P. as" / "Collateral Manager,": the rest of
            # the name, or the capacity, of the company that signs for the block's company
            by_company_end, by_tail = f.end, t
            continue
        if cur.title and cur.end == prev_title_end and _continues_title(title_tail, t):
            # "Vice President and" / "Chief Financial"; "Vice President--" / "Finance"
            glue = " "
            if cur.title.endswith("-") or title_tail.rstrip().endswith(","):
                glue = "" if cur.title.endswith("-") else ", "
            cur.title, title_tail = f"{cur.title}{glue}{clean_name(t)}", t
            cur.end = prev_title_end = f.end
            continue
        if (
            capacity is not None
            and cur.company
            and cur.signer is None
            and not seen_by
            and text[prev_field_end : f.start].count("\n") == 1
            and not _FIELD.match(t)
            and len(t.split()) <= 6
            # "Collateral Agent, Issuing Bank and": role words that could name a bank
            and (not is_org_name(t) or _capacity_roles(f"{capacity} {t}") is not None)
            and not t.endswith(":")
            and _CAPACITY_WORDS.fullmatch(t)
        ):
            # a part that completes no role yet ("Lender and as Canadian Administrative") is
            # kept for the next line ("Agent,"), which would otherwise read as a caption
            capacity = f"{capacity} {t}"
            cur.role = _capacity_roles(capacity) or cur.role
            cur.end = f.end
            continue
        if re.fullmatch(r"as(?:\s+(?:a|an|the))?", t) and cur.company and cur.signer is None:
            open_role = True  # "CAT ENERGY (ALASKA) LLC," / "as" / "a Guarantor"
            cur.end = f.end
            continue
        continued = _INDIVIDUALLY.match(t) or open_role
        if continued and pending and (role := _continued_role(t)):
            pending_role = role  # "FIRST SOUTH FARM CREDIT" / "as a Lender"
            prev_end = pending[-1].end
            continue
        if continued and cur.company and cur.signer is None and (role := _continued_role(t)):
            open_role = False
            # "UNION BANK, N.A., as Administrative Agent, an" / "Issuing Bank and a Lender"
            cur.role = merge_roles(cur.role, role) if cur.role and cur.role != caption else role
            capacity = t if capacity is None else capacity  # its roles may go on below
            cur.end = f.end
            continue
        open_role = False
        if _ACKNOWLEDGED.match(t):
            accepting = True
            flush()
            caption = None
            continue
        if m := _CONFORMED.match(t):
            v, typed_title = _clean_value(m["v"]), ""
            head, _, tail = m["v"].partition(",")
            if not _is_person(v) and _is_person(_clean_value(head)) and _TITLE_WORDS.search(tail):
                v, typed_title = _clean_value(head), tail  # "// Lloyd Blonder, Vice President"
            if _is_person(v):
                if pending and (cur.company is None or cur.signer is not None):
                    take_pending()
                elif not (seen_by and cur.signer is None):
                    flush()
                    cur.start = f.start
                seen_by = True
                cur.signer = v
                if typed_title:
                    cur.title, title_tail = clean_name(typed_title), typed_title
                cur.end = f.end
                continue
        prose = (
            len(t.split()) >= 5
            and _SENTENCE_END.search(t)
            and not re.match(r"(?:By|Name|Title|Its)\b", t)  # "By: /s/ James Mancini, Jr."
        )
        if prose and not t.startswith("[") and not _starts_with_org(text, f):
            caption = None  # "The undersigned acknowledges ...": captions above end here
        if len(t.split()) >= 4 and _GUARANTORS_UNDERSIGNED.search(t):
            # "Each of the undersigned reaffirms ... the Guaranty": who signs below is a
            # guarantor, whatever caption its block lacks
            undersigned = "Guarantor"
        if t.startswith("["):
            # "[Signature Page to ...] MIDCAP FUNDING V TRUST, as a Lender": the page header
            # is no field; what a flattened page glued after it is
            close = f.text.find("]")
            after = f.start + (close + 1 if close >= 0 else len(f.text))
            while after < f.end and text[after].isspace():
                after += 1
            if after >= f.end:
                continue
            f = _Field(after, f.end, text[after : f.end])
            t = f.text.strip()
        if len(t.split()) > 14 and not _starts_with_org(text, f):
            glued = _trailing_company(text, f)
            if glued is None:
                continue
            f, t = glued, glued.text
        if empty_title:
            empty_title = False
            if (
                cur.title is None
                and not t.endswith(":")
                and len(t.split()) <= 8
                and not _PAGE_MARK.match(t)
                and not re.match(r"(?i)signature\s+page", t)
            ):
                cur.title, title_tail = clean_name(t), t
                cur.end = f.end
                continue
        if pending and t.endswith(":") and len(pending) <= 2:
            joined_caption = " ".join(p.text for p in pending) + " " + t
            role = _caption_role(joined_caption)
            named = role is None and (role := _named_caption(joined_caption)) is not None
            if role is not None:
                flush()
                caption, pending, pending_role, named_caption = role, [], None, named
                continue
        role = _caption_role(t)
        if role is not None and _opens_name(fields, i):
            role = None  # "BANK" / "OF AMERICA, N.A.": a name wrapped at its first word
        if role is not None and (
            t.endswith(",")  # "RIDGEWAY BANK,": a company's line going on with its capacity
            # "BANK OF TOKYO-MITSUBISHI TRUST" / "COMPANY,": the name above goes on
            or (prev is not None and _OPEN_END.search(prev.text) and _wrapped(text, prev, f))
        ):
            role = None
        if role is not None and (t.endswith(":") or len(t.split()) <= 2 or not is_org_name(t)):
            flush()
            caption, named_caption = role, False
            continue
        if term_caption := _named_caption(t):
            flush()  # "HOLDINGS:", "EQUIPMENTCO:": a defined term of the document as caption
            caption, named_caption = term_caption, True
            continue
        if m := _ENTITY_LINE.match(t):
            flush()
            cur.company, cur.company_span, cur.role = (
                _clean_value(m["v"]),
                (f.start, f.end),
                caption,
            )
            cur.start, cur.signed = f.start, cue
            continue
        if t == "by" and not (i + 1 < len(fields) and re.match(r"(?i)/s/|_", fields[i + 1].text)):
            continue  # "Initialed" / "by": a column heading; "by" / "/s/ ..." signs
        if m := _BY.match(t):
            if pending and (
                cur.company is None or cur.signer is not None or _listed_with(pending, cur)
            ):
                take_pending()
            seen_by = cur.by = True
            cur.start = cur.start or f.start
            # "BY /s/ Elton Alderman /s/ ILLEGIBLE": two signatures on a flattened line
            first = next((p for p in re.split(r"(?i)/s/", m["rest"]) if p.strip()), "")
            # "By /s/ Barry Budilov - -------": the rule signed on is no part of the name
            first = re.sub(r"[\s_\-]+$", "", first)
            rest = _clean_value(first)
            if rest and not _is_person(rest):
                by_company_end = f.end  # "By: Regiment" / "Capital GP, LLC": its signing member
                # the lines under it go on with it where it names a company or ends open
                signing_company = is_org_name(rest) or not _signer_named(first)
                by_tail = first if signing_company else ""
            if _is_person(rest):
                cur.by = True
                if cur.signer and cur.signer != rest and cur.company:
                    # "By: /s/ A (Secretary) By: /s/ B (Vice President)": both sign for it
                    blocks.append(replace(cur))
                    cur.title = None
                cur.signer = rest
            cur.end = f.end
            continue
        if m := _NAME.match(t):
            v = _clean_value(m["v"])
            if looks_like_person(v):
                cur.signer = v
            cur.end = f.end
            continue
        if m := _TITLE.match(t):
            v = _clean_value(m["v"])
            cur.title, title_tail = v or None, m["v"]
            empty_title = not v and "_" not in m["v"]  # "Title: ____": a blank to fill in
            cur.end = f.end
            continue
        if seen_by and (ind := _INDIVIDUALLY_SIGNED.fullmatch(t)) and cur.company is None:
            # "/s/ Karl Halvorsen" / "Karl Halvorsen, individually": a person signing alone
            cur.signer = cur.signer or clean_name(ind["name"])
            cur.individual, cur.end = True, f.end
            continue
        if seen_by:
            head, _, tail = t.partition(",")
            if _GENERATION.fullmatch(tail):
                head, tail = t, ""
            if (
                cur.signer is None
                and looks_like_person(head)
                and not is_org_name(t)
                and not _name_goes_on(text, fields, i)
            ):
                # "Dana Whitfield, Treasurer", never "FAIRVIEW LIVING CENTERS, INC."
                cur.signer = clean_name(head)
                if tail.strip():
                    cur.title, title_tail = clean_name(tail), tail
                cur.end = f.end
                continue
            officer = _TITLE_WORDS.search(t) and (not is_org_name(t) or _OFFICER_START.match(t))
            if cur.signer and cur.title is None and officer:
                if head.strip() == cur.signer and tail.strip():
                    t = tail  # "Paul R. Chastain, Vice President" under "By: /s/ Paul R. Chastain"
                cur.title, title_tail = clean_name(t), t
                cur.end = f.end
                continue
        orgs = [r for r in name_runs(text, f.start, f.end) if r.is_org]
        joined = False
        if prev is not None and (orgs or _OPEN_END.search(prev.text)) and _wrapped(text, prev, f):
            if text[prev.end : f.start].strip():
                # the right column: "MORGAN GUARANTY TRUST COMPANY OF" / "NEW YORK", with the
                # left column's line between the two parts
                two = clean_name(f"{prev.text} {f.text}")
                joined_orgs = [
                    NameRun(prev.start, f.end, r.text) for r in name_runs(two) if r.is_org
                ]
            else:
                joined_orgs = [r for r in name_runs(text, prev.start, f.end) if r.is_org]
            if _CONTINUATION.match(f.text) and not any(r.start < f.start for r in joined_orgs):
                # "SOCIETE GENERALE" / "CHICAGO BRANCH": words no name rule knows, then a line
                # that can only continue a name
                joined_orgs = [NameRun(prev.start, f.end, clean_name(f"{prev.text} {f.text}"))]
            joined = bool(joined_orgs) and (
                prev.start <= joined_orgs[0].start < prev.end
                or text[prev.end : f.start].strip() != ""
            )
            orgs = joined_orgs or orgs
        prev_start = prev.start if prev is not None else -1
        prev = f
        if orgs and i + 1 < len(fields) and _RUNNING_TITLE.match(fields[i + 1].text):
            continue  # 'TOYS "R" US, INC.' / "364 DAY CREDIT AGREEMENT": a page's running head
        if orgs and re.search(r"(?i)\bUSE\s+ONLY\b", t):
            continue  # "FOR BANK USE ONLY": a form's box under the blocks, no company
        if (
            orgs
            and prev_field_end == by_company_end
            and text[prev_field_end : f.start].count("\n") <= 1
            and not _signer_named(by_tail)
        ):
            by_company_end, by_tail = f.end, t  # the rest of the name a "By:" line begins
            continue
        if orgs:
            if pending and pending[-1].end == prev_field_end and _same_group(pending[-1].text, t):
                take_pending()  # the affiliate's name above, in words no rule knows, is its own
            if joined and cur.company_span and cur.company_span[0] >= prev_start:
                cur = _Block()  # the line above was this name's first part, not a company
                seen_by = False
            flush()
            run = orgs[-1] if len(orgs) == 1 else orgs[0]
            if suffix := _UNKNOWN_SUFFIX.match(text, run.end, f.end):
                run = NameRun(run.start, suffix.end(), text[run.start : suffix.end()])
            head = text[f.start : run.start]
            if (
                run.start > f.start
                and not re.search(r"[:,]", head)
                and _company_line(text[f.start : run.end])
            ):
                # "dELiA*s DISTRIBUTION COMPANY", 'TOYS "R" US, INC.': words no name rule
                # reads begin the company's line
                run = NameRun(f.start, run.end, text[f.start : run.end])
            if (acc := _ACCEPTANCE_HEAD.match(run.text)) and acc.end() < len(run.text):
                # "APPROVED FOR ADAMS GOLF, LTD.": the caption is no part of the name
                run = NameRun(run.start + acc.end(), run.end, run.text[acc.end() :])
            lead_role = None
            if (lead := _LEADING_ROLE.match(run.text)) and _bare_role(lead[1]):
                # "DISTRIBUTOR SMSA Ballinger Acquisition Corp.": a caption with no colon
                rest = run.text[lead.end() :]
                if lead[1].lower() not in ORG_WORDS and is_org_name(rest):
                    run = NameRun(run.start + lead.end(), run.end, rest)
                    lead_role = role_of(lead[1])
            cur.company, cur.company_span = run.text, (run.start, run.end)
            as_role = _AS_ROLE.search(text, run.end, f.end)
            as_tail = re.search(r"(?i),?\s+as\b.*", text[run.end : f.end])
            capacity = as_tail.group(0) if as_tail else None
            cur.role = (
                (role_of(as_role["role"]) if as_role else None)
                or lead_role
                or caption
                or undersigned
            )
            cur.captioned = cur.role is not None and cur.role == caption
            # "BIRD CANADA INC., solely with respect to Section 4": it signs for that alone
            cur.accepted = cur.accepted or bool(_LIMITED_CAPACITY.search(text, run.end, f.end))
            cur.start, cur.end, cur.signed = f.start, f.end, cue
            open_role = bool((_OPEN_LIST if as_role else _OPEN_ROLE).search(f.text))
        elif cur.signer is None and cur.company is None and looks_like_person(t) and seen_by:
            cur.signer = clean_name(t)
        elif _company_line(t):
            gap = text[pending[-1].end : f.start] if pending else ""
            if pending and gap.count("\n") <= 1 and _same_group(pending[-1].text, t):
                take_pending()  # "TODD-AO DIGITAL IMAGES" / "TODD-AO VIDEO SERVICES": two names
                gap = "\n\n"
            pending = [*pending, f] if pending and gap.count("\n") <= 1 else [f]
    flush()
    return _without_headings(text, blocks)


def _vouched(text: str, blocks: list[_Block], i: int) -> bool:
    """Whether a "By:" line, a signer or a title vouches for block ``i``'s company: its own,
    or that of the next block of a list of one group's companies right under it ("TODD-AO
    DIGITAL IMAGES" / "TODD-AO VIDEO SERVICES" / ... / "By:")."""
    b = blocks[i]
    if b.by or b.signer or b.title:
        return True
    if i + 1 >= len(blocks) or not (b.company and blocks[i + 1].company):
        return False
    nxt = blocks[i + 1]
    close = text[b.end : nxt.start].count("\n") <= 1
    return close and _same_group(b.company, nxt.company or "") and _vouched(text, blocks, i + 1)


def _without_headings(text: str, blocks: list[_Block]) -> list[_Block]:
    """The blocks but those whose company line is a heading the region ran into (a
    schedule's caption, a table's row) and that no signer vouches for."""
    return [
        b
        for i, b in enumerate(blocks)
        if not (b.company and _heading(b.company) and not _vouched(text, blocks, i))
    ]


def signature_blocks(text: str, start: int, end: int) -> list[_Block]:
    """The signature blocks of ``text[start:end]``, column by column: the reader of
    :func:`extract_signatures`, for other agreements' signature pages (``ingest.appended``)."""
    return [b for column in _columns(text, start, end) for b in _blocks(text, column)]


def add_signer(
    ctx: DocContext, b: _Block, signer: str, agreement: str, company: str | None
) -> tuple[str, int, int]:
    """The person who signs block ``b`` and their SIGNED edge to ``agreement`` (with the
    title and the company signed for), cited from the company line down to the block's end;
    returns the person's ref and that span."""
    s = b.company_span[0] if b.company_span else b.start
    e = max(b.end, s + 1)
    person = add_party(ctx, signer, s, e, kind="person")
    props: dict[str, PropValue] = {"title": b.title, "on_behalf_of": company}
    ctx.collector.relate("SIGNED", person, agreement, ctx.span(s, e), props)
    return person, s, e


def extract_signatures(ctx: DocContext) -> None:
    """Companies and signers of the own agreement's signature pages."""
    st = analyze(ctx.text)
    if st.signatures is None or ctx.self_ref is None:
        return
    text = ctx.text
    named = {r.source for r in ctx.collector.relations.values() if r.type == "PARTY_TO"}
    listed = _listed_class(ctx, st.signatures.start)
    signed_companies: list[tuple[str, str | None, int, int]] = []
    end = min(st.signatures.end, st.signatures.start + SIGNATURE_WINDOW)
    for column in _columns(text, st.signatures.start, end):
        for b in _blocks(text, column):
            company_ref = None
            if b.company and b.company_span:
                # two companies side by side on one line sign in two columns
                for company, (cs, ce) in reversed(_side_by_side(text, b.company, b.company_span)):
                    company_ref = add_party(ctx, company, cs, ce, kind="organization")
                    role = b.role or _alias_role(ctx, company_ref) or _preamble_role(ctx, company)
                    if b.captioned and listed and _others_hold(ctx, b.role, company_ref):
                        role = listed
                    party_to(ctx, company_ref, role, cs, ce)
                    if company_ref not in named and not b.accepted:
                        signed_companies.append(
                            (company_ref, role if b.captioned else b.role, cs, ce)
                        )
                    if b.role and role == b.role:
                        _join_collective(ctx, b.role, company_ref)
            if b.signer:
                person, s, e = add_signer(ctx, b, b.signer, ctx.self_ref, company_ref)
                # A person signing for no company is a party where the preamble names no
                # party (a joint filing signed by individuals) or where the person signs
                # alone ("/s/ Lena Fairbanks", no "By:", no title); a "By:" signer beside
                # named parties signs for a company the layout lost (columns flattened
                # onto one line), or is a named party already.
                alone = b.individual or (
                    b.title is None and not b.by and (b.role or _individuals_may_sign(ctx, named))
                )
                if company_ref is None and (not named or alone):
                    party_to(ctx, person, None, s, e)
    _resolve_deferred_collectives(ctx, signed_companies)
    _resolve_undefined_class(ctx, signed_companies)


#: "Karl Halvorsen, individually", "KARL HALVORSEN, an individual": a person signing for himself.
_INDIVIDUALLY_SIGNED = re.compile(
    r"(?P<name>[A-Z][\w.'\-]*(?:[ \t]+[A-Z][\w.'\-]*){1,4}),?[ \t]+"
    r"(?:individually|an\s+individual|in\s+(?:his|her)\s+individual\s+capacity)"
)
#: "solely with respect to Section 4", "solely for purposes of Section 7": a company signing
#: for one provision, in none of the classes of the agreement's parties.
_LIMITED_CAPACITY = re.compile(
    r"(?i)\bsolely\s+(?:with\s+respect\s+to|for\s+(?:the\s+)?purposes?\s+of|as\s+to)\b"
)
#: "among the Borrower, the Lenders (as defined in the Credit Agreement) and the Agent": a
#: class of lenders the preamble names without listing or defining its members.
_UNDEFINED_CLASS = re.compile(
    r"(?:\b(?:among|between|and)|,)\s+(?:each\s+of\s+)?the\s+(?:several\s+|various\s+)?"
    r"(?P<term>Lenders|Banks|LENDERS|BANKS)\b(?!\s*[\"\u201c)])"
)
#: The agreements whose uncaptioned signing companies such a class takes in.
_CLASS_KINDS = frozenset(["credit_agreement", "loan_agreement", "amendment", "waiver", "consent"])


def _resolve_undefined_class(
    ctx: DocContext, signed: list[tuple[str, str | None, int, int]]
) -> None:
    """The companies signing a credit agreement or its amendment in no role, named nowhere
    before the signatures, are the members of the lenders' class its preamble names but does
    not define ("the Lenders (as defined in the Credit Agreement)"): their blocks are the
    lenders' signature pages."""
    st = analyze(ctx.text)
    own = ctx.collector.get(ctx.self_ref or "")
    if st.signatures is None or own is None or own.props.get("kind") not in _CLASS_KINDS:
        return
    # the preamble, or the document's opening where no preamble region was recognised
    lo, hi = (st.preamble.start, st.preamble.end) if st.preamble else (0, _OPENING)
    m = _UNDEFINED_CLASS.search(ctx.text, lo, min(hi, st.signatures.start))
    if m is None or ctx.lookup(m["term"]) or ctx.lookup(m["term"].title()):
        return
    role = role_of(m["term"].title())
    for ref, b_role, s, e in signed:
        if role and b_role is None and not _alias_role(ctx, ref):
            party_to(ctx, ref, role, s, e)


#: "Each Subsidiary ... listed on the signature pages to this Amendment (each, a "Guarantor")":
#: a class of parties the text defines as the companies its signature pages list.
_LISTED_CLASS = re.compile(
    r"(?i)\b(?:listed|named|identified|set\s+forth)\s+on\s+the\s+signature\s+pages?\b[^.;()]{0,80}"
    r"\((?:each|collectively|individually)\b[^)\"\u201c]{0,12}[\"\u201c](?P<term>[^\"\u201d]{2,40})"
)


def _listed_class(ctx: DocContext, end: int) -> str | None:
    """The role of a class the text before the signatures defines by the signature pages (a
    guarantor's or grantor's: a lender's class is resolved with the preamble's terms)."""
    for m in _LISTED_CLASS.finditer(ctx.text, 0, end):
        role = role_of(m["term"])
        if role and re.search(r"(?i)\b(?:guarantor|grantor|pledgor)s?$", role):
            return role
    return None


def _others_hold(ctx: DocContext, role: str | None, ref: str) -> bool:
    """Whether the parties a caption's role names ("BORROWER:" -> the "U.S. Borrower" and
    the "Canadian Borrower" the preamble defined) are others: the caption heads their blocks,
    and a company listed below them signs in another capacity."""
    holders: set[str] = set()
    for part in role_parts(role or ""):
        for term, refs in ctx.terms.items():
            if term.lower().rstrip("s").endswith(part.lower().rstrip("s")):
                holders.update(refs)
    return bool(holders) and ref not in holders


def _side_by_side(
    text: str, company: str, span: tuple[int, int]
) -> list[tuple[str, tuple[int, int]]]:
    """The companies a signature line names with their spans (one, or two set side by side;
    a second of them that is a bare role word, "STAAR SURGICAL AG DISTRIBUTOR", is none)."""
    parts = joined_names(company)
    if len(parts) == 1 and _two_signers_below(text, span[1]):
        parts = _suffix_pair(company)
    parts = [(a, b) for a, b in parts if not _bare_role(company[a:b])] or parts[:1]
    if parts == [(0, len(company))]:
        return [(company, span)]
    out = []
    for ps, pe in parts:
        name = company[ps:pe]
        m = re.search(r"\s+".join(re.escape(w) for w in name.split()), text[span[0] : span[1]])
        out.append((name, (span[0] + m.start(), span[0] + m.end()) if m else span))
    return out


#: "By: /s/ A ... By: /s/ B" on one line: two blocks set side by side.
_TWO_BY = re.compile(r"\bBy\b\s*[:_/].*\bBy\b\s*[:_/]", re.IGNORECASE)


def _two_signers_below(text: str, end: int) -> bool:
    """Whether the rest of a company's line, or the first line with text below it, signs
    twice (two columns, side by side or flattened onto one line)."""
    nxt = re.match(r"([^\n]*)\n?\s*([^\n]*)", text[end : end + 400])
    return bool(nxt and (_TWO_BY.search(nxt[1]) or _TWO_BY.search(nxt[2])))


def _suffix_pair(name: str) -> list[tuple[int, int]]:
    """ "UTEK CORPORATION WORLD ENERGY SOLUTIONS" above two "By:" lines: two names, cut
    after the first corporate suffix that a capitalised word of another name follows."""
    toks = list(re.finditer(r"[\w'&.\-]+", name))
    keys = [t.group().replace(".", "").lower() for t in toks]
    for i in range(1, len(toks) - 1):
        if (
            keys[i] in TERMINAL_SUFFIXES - {"co"}
            and keys[i + 1] not in TERMINAL_SUFFIXES | {"and", "&", "of", "the"}
            and toks[i + 1].group()[0].isupper()
        ):
            return [(0, toks[i].end()), (toks[i + 1].start(), len(name))]
    return [(0, len(name))]


def _individuals_may_sign(ctx: DocContext, named: set[str]) -> bool:
    """Whether the preamble leaves room for individuals signing for themselves: it names a
    person, or a class of parties by a plural term ("the Majority Investors", "the
    Holders"). Where it names only companies, a conformed "/s/ Name" with no company beside
    it signs for one of them (the columns flattened), not for himself."""
    for ref in named:
        e = ctx.collector.get(ref)
        if e is not None and e.label == "Party" and e.props.get("kind") == "person":
            return True
    st = analyze(ctx.text)
    if st.preamble is None:
        return False
    lo = st.preamble.start
    return any(
        singular(d.term) != d.term and role_of(d.term) not in (None, "Party")
        for d in definitions_in(ctx.text, lo, min(lo + _OPENING, len(ctx.text)))
    )


#: "Borrower:" / "Bank:" just before a party's name in a preamble laid out as a form
_LABEL_BEFORE = re.compile(r"(?P<label>[A-Z][A-Za-z ]{2,30}?)\s*:\s*$")
#: How far after a party's name its defined term may follow ("..., an Alberta corporation
#: having its office at ... (the "Borrower")").
_TERM_REACH = 400
#: The opening of a document where its parties are introduced (a preamble laid out as a
#: list of parties runs past the first paragraph the preamble region holds).
_OPENING = 3_000


def _preamble_role(ctx: DocContext, name: str) -> str | None:
    """The role the preamble gives a company signing without a caption: the defined term
    right after its name there ("TRANSATLANTIC PETROLEUM CORP., ... (the "Borrower")") or the
    label right before it ("Bank: MANUFACTURERS AND TRADERS TRUST COMPANY")."""
    st, text = analyze(ctx.text), ctx.text
    lo = st.preamble.start if st.preamble else 0
    hi = min(lo + _OPENING, st.signatures.start if st.signatures else len(text))
    pattern = r"\s+".join(re.escape(w) for w in clean_name(name).split())
    m = re.search(pattern, text[lo:hi], re.IGNORECASE)
    if m is None:
        return None
    at, end = lo + m.start(), lo + m.end()
    head = text[text.rfind("\n", 0, at) + 1 : at]
    if (label := _LABEL_BEFORE.search(head)) and (role := role_of(label["label"])):
        return role
    for d in definitions_in(text, end, min(hi, end + _TERM_REACH)):
        # the first term after the name, with no other company named between them
        between = [r for r in name_runs(text, end, d.clause_start) if r.is_org]
        return role_of(d.term) if not between else None
    return None


def _alias_role(ctx: DocContext, ref: str) -> str | None:
    e = ctx.collector.get(ref)
    if e is None:
        return None
    for a in e.aliases:
        if role := role_of(a):
            return role
    return None


def _join_collective(ctx: DocContext, role: str, ref: str) -> None:
    """A company signing under the caption "BORROWERS:" is one of the "Borrowers"."""
    for part in role_parts(role):
        for term in (part + "s", part):
            if len(ctx.lookup(term)) > 1:
                ctx.define(term, ref)


def _resolve_deferred_collectives(
    ctx: DocContext, signed: list[tuple[str, str | None, int, int]]
) -> None:
    st = analyze(ctx.text)
    if st.preamble is None:
        return
    text = ctx.text
    for d in definitions_in(text, st.preamble.start, st.preamble.end):
        role = role_of(d.term)
        if role is None or ctx.lookup(d.term):
            continue
        candidates = [
            (ref, s, e)
            for ref, b_role, s, e in signed
            if (b_role is None or has_role(b_role, role)) and not _alias_role(ctx, ref)
        ]
        if not d.collective:
            _bind_signatory(ctx, d, role, candidates)
            continue
        members: list[str] = []
        for ref, s, e in candidates:
            if ref not in members:
                members.append(ref)
                party_to(ctx, ref, role, s, e)
        for sch in st.schedules():
            # only a list of this role's parties: never a pricing grid or other roles' list
            for row in party_rows(text, sch, role.lower().split()[-1]):
                if _has_other_role(ctx, party_ref(row.name), role):
                    continue  # a schedule row already in another role is not in this one
                ref = add_party(ctx, row.name, row.start, row.end)
                if ref not in members:
                    members.append(ref)
                party_to(ctx, ref, role, row.start, row.end)
        members = [m for m in members if m != party_ref(text[d.start : d.end])]
        if members:
            ctx.define(d.term, *members)
            ctx.define(singular(d.term), *members)


_SIGNATORY = re.compile(r"\b(?:signator(?:y|ies)|undersigned|signature\s+pages?)\b", re.I)


def _bind_signatory(
    ctx: DocContext, d: Definition, role: str, candidates: list[tuple[str, int, int]]
) -> None:
    """ "the investor signatory below (the "Holder")": a single party named only on the
    signature page; bound when exactly one signing company has no role of its own."""
    if not _SIGNATORY.search(ctx.text, d.antecedent_start, d.clause_start):
        return
    refs = {ref for ref, _, _ in candidates}
    if len(refs) != 1:
        return
    ref, s, e = candidates[0]
    party_to(ctx, ref, role, s, e)
    ctx.define(d.term, ref)
    # the description names the party too: "the investor signatory below" is "the Investor"
    for w in re.findall(r"[a-z]+", ctx.text[d.antecedent_start : d.clause_start]):
        if w in ROLE_WORDS and w != "party" and not ctx.lookup(w):
            ctx.define(w, ref)


def _has_other_role(ctx: DocContext, ref: str, role: str) -> bool:
    """Whether the party is already PARTY_TO the own agreement in a role other than ``role``."""
    rel = ctx.collector.relations.get(("PARTY_TO", ref, ctx.self_ref or ""))
    stated = rel.props.get("role") if rel else None
    return isinstance(stated, str) and not has_role(stated, role)
