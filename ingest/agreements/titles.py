"""Titles in a document's text: the title that starts at a position (capitalised
words and connectors, cut after the last head noun), the titles that open the
lines of a stretch, and whether a heading is the fuller form of a title.
"""

from __future__ import annotations

import re

from ingest.agreements.kinds import classify
from ingest.context import norm_term
from ingest.dates import find_dates
from ingest.name_words import BRAND_PREFIX
from ingest.names import ORG_WORDS, clean_name
from ingest.rules import passage, rule

_HEAD = (
    r"(?:Agreement|Amendment|Note|Notes|Warrant|Debenture|Lease|Guaranty|Guarantee|Waiver"
    r"|Consent|License|Indenture|Supplement|Plan|Contract|Bond|Letter|Mortgage|Assignment"
    r"|Addendum|Understanding|Deed\s+of\s+Trust|Trust\s+Deed|Deed\s+to\s+Secure\s+Debt"
    # an English amendment: "Deed of Variation", "Variation Agreement"
    r"|Variation)"
)
#: Words that end a title only after the words that make them a document's name: "Terms and
#: Conditions", "Joint Filing Statement".
_COMPOUND_HEADS = {
    "conditions": re.compile(r"(?i)\bterms\s+and\s+$"),
    "statement": re.compile(r"(?i)\bfiling\s+$"),
}
#: "Amending Deed", "Variation Deed": the English and Australian amendment's name, whose
#: "Deed" alone heads no title ("THIS DEED is made ...").
_AMENDING_DEED = re.compile(r"(?i)\b(?:amending|variation)\s+deed\Z")
#: What a plan of a corporate transaction names, the head of "Agreement and Plan of Merger"
#: after the "Agreement" it follows.
_PLAN_OF = re.compile(r"(?i)\bplan\s+of\s+(?:share\s+)?$")
_PLANNED = frozenset(
    [
        "merger",
        "reorganization",
        "exchange",
        "arrangement",
        "amalgamation",
        "liquidation",
        "conversion",
        "dissolution",
        "consolidation",
        "division",
    ]
)
GENERIC = frozenset(
    [
        "agreement",
        "amendment",
        "note",
        "waiver",
        "guaranty",
        "guarantee",
        "debenture",
        "warrant",
        "lease",
        "consent",
        "instrument",
        "this",
        "agreement",
        "this",
        "amendment",
        "security",
        "agreement",
        "addendum",
    ]
)


#: Where an exhibit list says the exhibit is filed: "Form of Note (filed as Exhibit 4.1 to this
#: Current Report on Form 8-K)", "(incorporated by reference to ...)": no part of its title.
_FILED_WHERE = rule(
    "agreements.exhibit_filed_where",
    r"\s*\((?:to\s+be\s+|previously\s+)?(?:filed|furnished|attached|incorporated\s+(?:herein\s+)?by"
    r"\s+reference)\b[^()]*\)$",
    reads="an exhibit's title in a list of exhibits: the parenthesis saying where it is filed",
    matches=[
        passage(
            "Form of Note (filed as Exhibit 4.1 to this Current Report on Form 8-K)",
            match=" (filed as Exhibit 4.1 to this Current Report on Form 8-K)",
        ),
        passage(
            "Warrant (incorporated by reference to Exhibit 4.2)",
            match=" (incorporated by reference to Exhibit 4.2)",
        ),
    ],
    rejects=["Security Agreement (Patents)", "Note (Series A)"],
)


def strip_form_of(title: str) -> str:
    # a footnote's mark or a legend after a heading ("SUPPLY AGREEMENT*", "... (CONFIDENTIAL)")
    title = re.sub(r"\s*[*†]+$", "", clean_name(title))
    title = _FILED_WHERE.sub("", title)
    legend = re.search(r"\s*\(([^()]*)\)$", title)
    if legend and _LEGEND_QUALIFIER.intersection(re.findall(r"\w+", legend[1].lower())):
        title = title[: legend.start()]
    # ... or after a dash: "DISTRIBUTION AGREEMENT - CONFIDENTIAL", "- Execution Version"
    dashed = re.search(r"\s*[-–—]\s*([A-Za-z][A-Za-z ]{0,40})$", title)
    if dashed and _LEGEND_QUALIFIER.intersection(dashed[1].lower().split()):
        title = title[: dashed.start()]
    cover = _COVER_WORDS.match(title)
    return re.sub(r"^(?:form\s+of\s+)", "", title[cover.end() if cover else 0 :], flags=re.I)


_TITLE_WORD = re.compile(
    # a head noun closing a sentence ("... hereby enter into this Reseller Agreement."): the
    # full stop is the sentence's, not the word's
    rf"(?=[A-Z])(?i:{_HEAD})(?=\.(?:\s|$))|"
    r"(?:[A-Z0-9#][\w.#&'’®™%\-]*|of|to|and|for|the|[&\-–]|\[[^\]]{0,12}\]"
    rf"|{BRAND_PREFIX}[\w&'’®™\-]*)(?=[\s,(\"”]|$)"
)
#: What a cover page puts before a title: an exhibit label (and the dash after it: "Exhibit
#: 10.3 - Services Agreement"), "Execution Copy", "Confidential".
_COVER_WORDS = re.compile(
    r"(?:(?:EXHIBITS?|Exhibits?)\s+[\w.\-()]+\s+(?:[-–—:]\s+)?"
    r"|(?:EXECUTION|Execution)\s+(?:COPY|Copy|VERSION|Version)\s+"
    r"|(?:CONFIDENTIAL|Confidential)\s+|(?:FINAL|Final)\s+|(?:REDACTED|Redacted)\s+(?:COPY|Copy)\s+"
    r"|(?:PAGE|Page)\s+\d+\s+(?:OF|of)\s+\d+\s+)+"
)


def cover_line(line: str) -> bool:
    """A cover's line of its own that is no part of a title: "EXECUTION COPY", "EXHIBIT 10.3",
    "CONFIDENTIAL"."""
    return _COVER_WORDS.fullmatch(line.strip() + " ") is not None


#: An exhibit label inside a flattened cover line, before the title it labels (never before
#: "to ..." or "of ...": "EXHIBIT A TO CREDIT AGREEMENT" is one title).
_INNER_LABEL = re.compile(
    r"\s(?:EXHIBIT|Exhibit)\s+[A-Z0-9][\w.\-]{0,6}\s+(?=[A-Z])(?!(?i:to|of)\b)"
)
#: The legal form that ends a company's name ("Inc.", "Corporation", "Ltd."): a title never
#: holds one, so the words up to it are a letterhead or the parties' names printed before the
#: title ("ACME CORP. SUPPLY AGREEMENT", "X Ltd. and Y Ltd. Supply Agreement").
_COMPANY_END = re.compile(
    r"(?:\b(?:Inc|INC|Corp|CORP|Ltd|LTD|LLC|L\.L\.C|PLC|plc|GmbH|S\.A|N\.V|B\.V|L\.P)\b\.?"
    r"|(?:Corporation|CORPORATION|Incorporated|INCORPORATED)\b"
    # a bank's name on a letterhead line of its own, above its form's title ("FIRST PRAIRIE
    # STATE BANK" / "COMMERCIAL PROMISSORY NOTE")
    r"|(?<=[A-Za-z]\s)(?:BANK|Bank)(?:,?\s+(?:N\.A\.|NATIONAL\s+ASSOCIATION|National\s+Association))?"
    r"(?=[ \t]*\n)),?(?=\s)"
)
#: A reference number a cover prints with its head noun ("Contract No.: 076C/01", "Agreement
#: Number: N115"): a label and a code, where a title has a plain number ("Amendment No. 2").
REFERENCE_NUMBER = re.compile(r"(?i)(?:\bno\b\.?|\bnumber\b|#)\s*(?::|[a-z0-9]*[\-/][a-z0-9])")
#: The same reference code right after the head noun it numbers ("TELKOM CONTRACT No. 076C/01
#: <spaces> LICENCE AGREEMENT"): a code mixing digits with letters or slashes, where a title's
#: number is plain ("Amendment No. 2"). The words before it are the reference line, no title.
REFERENCE_AFTER = rule(
    "agreements.reference_code_after_head",
    r"[ \t]*(?:No\b\.?|NO\b\.?|Number|NUMBER|Ref\b\.?|REF\b\.?|#)[ \t]*:?[ \t]*"
    r"(?=[^\s,;]*\d)(?=[^\s,;]*[A-Za-z/])[A-Za-z0-9]+[\-/.]?[A-Za-z0-9/\-.]*",
    reads="the text right after a title's head noun: a cover's reference code numbering it",
    matches=[" No. 076C/01", " No.: QS117B", " NUMBER 2010/117", " # A-44"],
    rejects=[" No. 2 to Supply Agreement", " NO. 12", " Number Two", " made as of"],
    mode="match",
)
#: A title is a name, not a legend: longer runs of capitals are prose.
MAX_TITLE_WORDS = 14
#: A heading's qualifier in brackets that ends its line (a line a converted page kept, not
#: a run of spaces within a flattened one): "FRANCHISE AGREEMENT (Exclusive)",
#: "CO-BRANDING AGREEMENT <spaces> (FORM)", "MARKETING AGREEMENT (WQHT HD2)". Part of the
#: title; a defined term ("(the "Agreement")") is quoted and never one, and a longer phrase
#: ("(For Use under Rate Schedule FT-A)") describes the agreement rather than names it.
#: A form's version in square brackets is one too ("SOFTWARE LICENSE AGREEMENT [v.2.1]"),
#: never a redaction mark ("[***]").
_QUALIFIER = re.compile(
    r"[ \t]*(\((?!(?:the|this|each|as|herein|hereinafter|together|collectively)\b)"
    r"[^()\"“”\s]+(?:[ \t][^()\"“”\s]+){0,2}\)"
    r"|\[(?=[^\]\n]{0,20}\d)[A-Za-z0-9][^\[\]\"“”\n]{0,20}\])(?=[ \t]*(?:\n|$))",
    re.IGNORECASE,
)
#: A cover's legend in brackets after the title, no qualifier of it: "SUPPLY AGREEMENT
#: (CONFIDENTIAL)", "(Execution Copy)".
_LEGEND_QUALIFIER = frozenset(
    ["confidential", "proprietary", "privileged", "redacted", "execution", "draft", "conformed"]
)
#: A roman numeral closing a heading line: "ADDENDUM II".
_ROMAN_AFTER = re.compile(r"[ \t]+([IVX]{1,4})(?=[ \t]*(?:\n|$|\()|[ \t]{3,})")
HEAD_WORD = re.compile(rf"(?i:{_HEAD})")


#: A run of spaces where a converted page flattened a line break ("CONTENT LICENSE AGREEMENT
#: <spaces> SUPPLEMENT TO ..."): a title stops there unless a comma or a connector carries it on.
_WIDE_GAP = re.compile(r"^,?[ \t]{3,}$")
_CONNECTORS = frozenset(["of", "to", "and", "for", "the", "&", "-", "–"])


#: Words of a cover, a legend or a contents line, never of a title: "CONFIDENTIAL TREATMENT
#: REQUESTED", "PORTIONS OMITTED", "EXECUTION VERSION", "ARTICLE I", "TABLE OF CONTENTS".
_NOT_TITLE_WORDS = frozenset(
    [
        "confidential",
        "proprietary",
        "privileged",
        "treatment",
        "requested",
        "redacted",
        "omitted",
        "portions",
        "information",
        "execution",
        "copy",
        "version",
        "draft",
        "final",
        "exhibit",
        "schedule",
        "annex",
        "appendix",
        "attachment",
        "article",
        "section",
        "part",
        "page",
        "contents",
        "index",
        "between",
        "among",
        "by",
        "dated",
    ]
)
#: The legal form after a name in the text ("Tallowmere Robotics, Inc."): the line above the
#: heading is the letterhead or a party's name, not a part of the title.
_LEGAL_FORM = (
    r"(?:Inc|INC|Corp|CORP|Corporation|CORPORATION|Incorporated|INCORPORATED|Ltd|LTD|Limited"
    r"|LIMITED|LLC|L\.L\.C|plc|PLC|GmbH|S\.A|N\.V|B\.V|L\.P|Co|CO)\b"
)

#: The words that end a company's name and no title's first part: "AG CAPITAL COMPANY",
#: "TALLOWMERE HOLDINGS" over the title.
_NAME_ENDS = frozenset(
    [
        "company",
        "companies",
        "corporation",
        "incorporated",
        "group",
        "holdings",
        "bank",
        "bancorp",
        "enterprises",
        "industries",
        "technologies",
        "laboratories",
    ]
)


#: A capitalised verb ends a title: what follows is a sentence in capitals.
_VERBS = frozenset(["is", "are", "shall", "will", "has", "have", "was", "may"])
#: Words a legend's sentence holds and a title never does.
LEGEND_WORDS = _VERBS | frozenset(["this", "been", "were", "be"])


def opens_title(text: str, part: str) -> bool:
    """Whether ``part``, a line (or a flattened line) right before the rest of a heading, is the
    first part of its title ("JOINT VENTURE" before "CONTRACT"): not a cover's label, a legend,
    a contents line or a company's name ("TALLOWMERE ROBOTICS", named with "Inc." or a party's
    term in the text; "MARROWFIELD TRADING COMPANY")."""
    words = [w.strip(",").lower() for w in part.split()]
    if (
        not words
        or _NOT_TITLE_WORDS.intersection(words)
        or LEGEND_WORDS.intersection(words)
        or words[-1] in _NAME_ENDS
        or cover_line(part)
    ):
        return False
    name = r"\W+".join(re.escape(w) for w in part.split())
    # named elsewhere with its legal form or with the term a party goes by ("NORTHERN FARM
    # CREDIT ("Lender")")
    return not re.search(
        rf"(?i:\b{name})(?:[ \t,]+[A-Z][\w&'’\-]*){{0,3}}(?:,?\s+{_LEGAL_FORM}"
        r"|,?\s*\(\s*(?:the\s+|hereinafter\s+)?[\"“])",
        text,
    )


def _flattened_part(text: str, pos: int, nxt: int) -> bool:
    """A heading in capitals a converted page split and then flattened into one line ("JOINT
    VENTURE <spaces> CONTRACT"): the words before the gap do not end on a document's name, and
    go on in capitals after it."""
    part = text[pos:nxt].strip()
    cover = _COVER_WORDS.match(part + " ")  # "EXHIBIT 10.4 JOINT VENTURE <spaces> CONTRACT"
    part = part[cover.end() :].strip() if cover else part
    after = re.match(r"[A-Z][A-Z&'’\-]*\b", text[nxt : nxt + 40])
    return (
        after is not None
        and part == part.upper()
        and len(part.split()) <= 6
        and not re.search(r"\d", part)
        and opens_title(text, part)
    )


def _goes_on(text: str, pos: int) -> bool:
    word = re.match(r"\S+", text[pos : pos + 20])
    return word is not None and word.group().lower() in _CONNECTORS


def title_at(text: str, pos: int, limit: int) -> tuple[str, int, int] | None:
    """The title starting at ``pos``: capitalised words and connectors, cut after the last
    head noun (and its "No. 2" / "Number Two" / "#4")."""
    last_head = -1
    words_end: list[int] = []
    p = pos
    while p < limit:
        m = _TITLE_WORD.match(text, p)
        if not m or m.group().lower() in _VERBS:  # "THIS AGREEMENT IS THE SOLE AGREEMENT"
            break
        if m.group().lower() in ("this", "these"):  # the sentence naming it: no part of a title
            break
        words_end.append(m.end())
        compound = _COMPOUND_HEADS.get(m.group().lower())
        planned = m.group().lower() in _PLANNED and _PLAN_OF.search(
            text, max(pos, m.start() - 16), m.start()
        )
        if (
            HEAD_WORD.fullmatch(m.group())
            or planned
            or _AMENDING_DEED.search(text, max(pos, m.start() - 12), m.end())
            or (
                compound  # never a tail to a title already named: "SUPPLY AGREEMENT / TERMS AND"
                and last_head < 0
                and compound.search(text, max(pos, m.start() - 14), m.start())
            )
        ):
            last_head = len(words_end)
            num = re.match(
                r"(?P<gap>\s+)(?:No\.?|NO\.?|Number|NUMBER|#)\s*(\d+|[A-Za-z]+)\b(?P<code>[\-/]\w)?",
                text[m.end() : m.end() + 30],
            )
            if num and num["code"] and "\n" in num["gap"]:
                num = None  # "SERVICES AGREEMENT" / "No. 2019-44": a cover's reference line
            if num:
                words_end[-1] = m.end() + num.end(2)
            roman = _ROMAN_AFTER.match(text, m.end())
            if roman:  # "ENDORSEMENT AGREEMENT ADDENDUM I" on its own line
                words_end[-1] = roman.end(1)
        # "LICENSE, DEVELOPMENT AND COMMERCIALIZATION AGREEMENT": a comma inside a title
        nxt = re.match(r",?[ \t]*\n?[ \t]*", text[words_end[-1] : words_end[-1] + 40])
        gap = nxt.group() if nxt else ""
        if _WIDE_GAP.search(gap) and not (
            gap.startswith(",")
            or m.group().lower() in _CONNECTORS
            or _goes_on(text, m.end() + len(gap))
            or (
                last_head < len(words_end)  # "SOFTWARE LICENSE AND SERVICES <spaces> AGREEMENT"
                and _flattened_part(text, pos, words_end[-1] + len(gap))
            )
        ):
            break
        p = words_end[-1] + len(gap)
    if last_head < 0:
        return None
    end = words_end[last_head - 1]
    # "DISTRIBUTOR AGREEMENT Agreement made this ...", "SUPPLY AGREEMENT AGREEMENT made ...": the
    # heading, then the preamble's first word
    if last_head >= 2:
        prev_start = words_end[last_head - 2]
        last = text[prev_start:end].split()
        prev = re.findall(r"\S+", text[pos:prev_start])
        if last and prev and last[-1].lower() == prev[-1].lower():
            end = prev_start
    pos = _title_start(text, pos, end)
    cover = _COVER_WORDS.match(text, pos, end)
    if cover:
        pos = _title_start(text, cover.end(), end)
    label = max(_INNER_LABEL.finditer(text, pos, end), key=lambda m: m.end(), default=None)
    if label:  # "Schedule 13G CUSIP No. 30734W208 EXHIBIT 1 JOINT FILING STATEMENT"
        pos = _title_start(text, label.end(), end)
    company = max(_COMPANY_END.finditer(text, pos, end), key=lambda m: m.end(), default=None)
    if company:  # "MOVADO GROUP, INC. ENDORSEMENT AGREEMENT": the letterhead, then the title
        pos = _title_start(text, company.end(), end)
        if re.match(r"(?i)d/?b/?a\b", text[pos:end]):
            return None  # "ACME, INC. DBA ACME MEDIA ...": where the trade name ends is unknown
    qualifier = _QUALIFIER.match(text, end)
    if (
        qualifier
        and norm_term(clean_name(text[pos:end])) not in GENERIC
        and not _LEGEND_QUALIFIER.intersection(re.findall(r"\w+", qualifier[1].lower()))
    ):
        end = qualifier.end(1)
    title = clean_name(text[pos:end])
    if REFERENCE_NUMBER.search(title) or REFERENCE_AFTER.match(text, end):
        return None  # "Contract No.: VIT-005-2012": a cover's reference line, not a title
    # a title is a name: never longer than a legend's line, never opening on a connector
    # ("to the Software License Agreement" is a reference to one)
    if (
        len(title.split()) > MAX_TITLE_WORDS
        or (title[:1].islower() and not re.match(BRAND_PREFIX, title))
        or re.search(r"\s(?:This|THIS)\s", title)  # "The Effective Date of This Agreement"
        or re.match(r"(?i)(?:section|article|item)\b", title)  # "SECTION 3.1. ...", "Item 1.01"
    ):
        return None
    return title, pos, end


def _title_start(text: str, pos: int, end: int) -> int:
    """Skip what a converted page glues before a title: a separating dash, a document number
    ("137537505.8"), an opening sentence's article ("AN AGREEMENT made ...") and the cover's
    copy of the same title ("AMENDMENT NO. 8 TO LSA AMENDMENT NO. 8 TO LSA")."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[pos:end])]
    # the dash or colon between a letterhead and the title ("Acme, Inc. - Services Agreement")
    while spans and re.fullmatch(r"[-–—:|/]+", text[pos + spans[0][0] : pos + spans[0][1]]):
        spans = spans[1:]
    while (
        spans
        and re.search(r"\d", text[pos + spans[0][0] : pos + spans[0][1]])
        and not (
            # "2nd", a facility's term ("364-Day", "5-Year") and a note's rate ("8%"): words
            # of the title
            re.fullmatch(
                r"\d+(?:st|nd|rd|th|-(?:day|week|month|year))?|\d+(?:\.\d+)?%",
                text[pos + spans[0][0] : pos + spans[0][1]],
                re.I,
            )
        )
    ):
        spans = spans[1:]
    # "AN AGENCY AGREEMENT made the 1st day of June 1998": the article opens the sentence,
    # never the title
    if len(spans) >= 2 and text[pos + spans[0][0] : pos + spans[0][1]] in ("An", "AN", "A"):
        spans = spans[1:]
    words_ = [text[pos + a : pos + b].lower() for a, b in spans]
    half = len(words_) // 2
    if half and len(words_) % 2 == 0 and words_[:half] == words_[half:]:
        spans = spans[half:]
    return pos + spans[0][0] if spans else pos


#: Where a line of a cover or title block opens: a line break, or a run of spaces where a
#: converted page flattened one.
_SEGMENT_START = re.compile(r"\n|[ \t]{3,}")


def segment_titles(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The titles that open a line (or a flattened line) of ``text[start:end]``, in order:
    "DISTRIBUTOR AGREEMENT <spaces> Tripath Technology, Inc. 3900 Freedom Circle" ->
    "DISTRIBUTOR AGREEMENT". A line opening with a number is a contents entry or a section
    ("9.12 Entire Agreement"); a title holding a date is a caption ("NOVEMBER 1, 2002, RATE
    FT-A AGREEMENT")."""
    out: list[tuple[str, int, int]] = []
    for pos in (start, *(m.end() for m in _SEGMENT_START.finditer(text, start, end))):
        while pos < end and text[pos].isspace():
            pos += 1
        if pos >= end or text[pos].isdigit() or text[pos].islower():
            continue
        found = title_at(text, pos, min(end, pos + 300))
        if (
            found
            and norm_term(found[0]) not in GENERIC
            # "This Agreement shall terminate ...": a sentence of the body, no heading
            and not re.match(r"(?:This|THIS|These|THESE)\s", found[0])
            and classify(found[0])
            and not find_dates(found[0])
            and all(found[1] != f[1] for f in out)
        ):
            out.append(found)
    return out


def fuller(heading: str, title: str) -> bool:
    """The cover's "WIRELESS CONTENT LICENSE AGREEMENT" is the full form of the preamble's
    "License Agreement": a heading that ends with the title and says more."""
    qualifier = _QUALIFIER.search(heading) or _ROMAN_AFTER.search(heading)
    if qualifier and qualifier.end() == len(heading.rstrip()):
        # "MARKETING AGREEMENT (WQHT HD2)", "ADDENDUM II" over the preamble's "Addendum"
        base = heading[: qualifier.start()]
        return norm_term(base) == norm_term(title) or fuller(base, title)
    # "SUPPLY & DISTRIBUTION AGREEMENT" says what "Supply and Distribution Agreement" says
    h, t = (" ".join(norm_term(x).replace("&", " and ").split()) for x in (heading, title))
    if len(h) <= len(t) or not h.endswith(" " + t):
        return False
    extra = h[: -len(t)].split()
    # a few plain words ("wireless content", "five-year") and the number of a name after a word
    # ("phase 3"), not a company's name or a draft's date
    return len(extra) <= 4 and all(
        (re.sub(r"[-®™]", "", w).isalpha() or (i and re.fullmatch(r"\d{1,2}", w)))
        and w not in ORG_WORDS
        for i, w in enumerate(extra)
    )
