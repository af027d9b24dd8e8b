"""The document's own agreement or instrument, and the agreements its exhibits hold.

Vocabulary:
- *own title*: "This AMENDMENT NO. 2 TO ... (this "Amendment")" in the preamble, else the
  most specific heading of the title block ("FORM OF DEBENTURE" loses to "SUBORDINATED
  CONVERTIBLE DEBENTURE").
- *kind*: a word of ``graph.schema.AGREEMENT_KINDS`` / ``INSTRUMENT_KINDS`` read from the
  title; notes, debentures and warrants (and amendments of them) are Instruments.
- *generic self-reference*: ``(this "Amendment")`` names the agreement but is no alias.
"""

from __future__ import annotations

import re

from ingest.amounts import UNITS
from ingest.context import DocContext, norm_term
from ingest.dates import DateMatch, find_dates
from ingest.defined_terms import definitions_in
from ingest.law import governing_law
from ingest.names import ORG_WORDS, clean_name, singular
from ingest.records import PropValue, Span
from ingest.reports import read_report
from ingest.structure import (
    INSIDE_SENTENCE,
    Region,
    Structure,
    analyze,
    heading_spans,
    not_an_agreement,
)

SELF_REF = "agreement:self"

_HEAD = (
    r"(?:Agreement|Amendment|Note|Notes|Warrant|Debenture|Lease|Guaranty|Guarantee|Waiver"
    r"|Consent|License|Indenture|Supplement|Plan|Contract|Bond|Letter|Mortgage|Assignment"
    r"|Addendum|Understanding)"
)
#: Words that end a title only after the words that make them a document's name: "Terms and
#: Conditions", "Joint Filing Statement".
_COMPOUND_HEADS = {
    "conditions": re.compile(r"(?i)\bterms\s+and\s+$"),
    "statement": re.compile(r"(?i)\bfiling\s+$"),
}
_GENERIC = frozenset(
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
#: (pattern on the lower-case title, label, kind), first match wins.
_KINDS: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (re.compile(p), label, kind)
    for p, label, kind in (
        (r"\bamendment\b.*\b(?:note|debenture|warrant)s?\b$", "Instrument", "amendment"),
        (
            r"\bamendment\b|\bsupplement(?:al)?\s+agreement|\bextension\s+agreement"
            r"|\bmodification\s+agreement|\baddendum\b",
            "Agreement",
            "amendment",
        ),
        (r"\bwaiver\b|\bforbearance\b", "Agreement", "waiver"),
        (r"\bconsent\b", "Agreement", "consent"),
        (r"\bregistration\s+rights\b", "Agreement", "registration_rights"),
        # "Credit and Guaranty Agreement", "Credit and Security Agreement": a facility first
        (
            r"\bcredit\s+(?:facility\s+|and\s+(?:guarant(?:y|ee)|security)\s+)?agreement",
            "Agreement",
            "credit_agreement",
        ),
        (r"\bloan\b.*\bagreement\b", "Agreement", "loan_agreement"),
        (r"\bwarrant\s+agreement", "Agreement", "warrant_agreement"),
        (r"\bpurchase\s+agreement|\bsubscription\s+agreement", "Agreement", "purchase_agreement"),
        (r"\bpledge\b", "Agreement", "pledge_agreement"),
        (r"\bsecurity\s+agreement|\bcollateral\s+agreement", "Agreement", "security_agreement"),
        (r"\bsubordination\b|\bintercreditor\b", "Agreement", "subordination_agreement"),
        (r"\bguarant(?:y|ee)\b", "Agreement", "guaranty"),
        (r"\blease\b", "Agreement", "lease"),
        (r"\blicen[cs]e\b", "Agreement", "license_agreement"),
        (r"\bsupply\b", "Agreement", "supply_agreement"),
        (r"\bservices?\s+agreement", "Agreement", "services_agreement"),
        (r"\bemployment\b", "Agreement", "employment_agreement"),
        (r"\bmerger\b", "Agreement", "merger_agreement"),
        (r"\bdebentures?\b", "Instrument", "debenture"),
        (r"\bwarrants?\b", "Instrument", "warrant"),
        (r"\bletter\s+of\s+credit\b", "Instrument", "letter_of_credit"),
        (r"\bnotes?\b", "Instrument", "note"),
        (r"\bbonds?\b", "Instrument", "bond"),
        # "MEMORANDUM OF UNDERSTANDING", "GENERAL TERMS AND CONDITIONS" (never "the attached
        # terms and conditions" a legend speaks of), "JOINT FILING STATEMENT": agreements by
        # their preamble or their "the undersigned agree", named otherwise
        (
            r"\bagreement\b|\bcontract\b|\bindenture\b|\bmemorandum\s+of\s+understanding\b"
            r"|\bjoint\s+filing\s+statement\b"
            r"|^(?!(?:the|these|such|attached|following|other)\b)(?:[\w&/\-]+\s+){0,10}terms\s+and"
            r"\s+conditions$",
            "Agreement",
            "agreement",
        ),
    )
)
_NOT_AGREEMENT = re.compile(r"\b(?:plan|certificate|opinion|letter|resolutions?)\b$")
_DATE_CUE = re.compile(
    r"\b(?:dated:?(?:\s+as\s+of)?|(?:made|entered(?:\s+into)?|executed)(?:\s+and\s+entered\s+into)?"
    r"\s+(?:as\s+of|on|this)|(?:is\s+|made\s+)?effective(?:\s+as\s+of)?|as\s+of"
    r"|Issuance\s+Date:?|Date:)\s+(?:this\s+)?",
    re.IGNORECASE,
)
#: "Second Amendment": ordinal words, the way amendments are numbered.
ORDINALS = {
    w: i
    for i, w in enumerate(
        [
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
            "twentieth",
        ],
        1,
    )
}
#: "Amendment Number Two": the number words an amendment is numbered with.
_CARDINALS = {w: n for w, n in UNITS.items() if 1 <= n <= 15}
_AMENDMENT_NO = re.compile(
    r"\b(?:(?P<ord>" + "|".join(ORDINALS) + r")\s+amendment"
    r"|amendment\s+(?:no\.?|number|#)\s*(?P<num>\d+|" + "|".join(_CARDINALS) + r"))\b",
    re.IGNORECASE,
)
_SMALL = frozenset(
    ["a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"]
)


#: A defined term a heading line carries: 'SUPPLY AGREEMENT (the "Agreement")'.
_DEFINED_AFTER = re.compile(r"\s*\((?:the|this)?\s*[\"“][^()]*\)$", re.IGNORECASE)


def title_case(title: str) -> str:
    """ "AMENDMENT NO. 2 TO LOAN AGREEMENT" -> "Amendment No. 2 to Loan Agreement"; mixed-case
    titles are kept as written."""
    t = _DEFINED_AFTER.sub("", clean_name(title))
    qualifier = re.search(r"\s*\([^()]*\)$", t)  # "(Exclusive)", "(FORM)": kept as written
    base, tail = (t[: qualifier.start()], qualifier.group()) if qualifier else (t, "")
    if any(c.islower() for c in base):
        return t
    words = base.split(" ")
    out = []
    for i, w in enumerate(words):
        lw = w.lower()
        if re.fullmatch(r"[IVX]{1,4}", w) and i:  # "ADDENDUM II"
            out.append(w)
        else:
            out.append(lw if i and lw in _SMALL else lw[:1].upper() + lw[1:])
    return " ".join(out) + tail


def classify(title: str) -> tuple[str, str] | None:
    """(label, kind) for a title; None when it names no agreement (a plan, a letter)."""
    t = re.sub(r"\s*\([^()]*\)$", "", clean_name(title).lower())  # a qualifier: "(Exclusive)"
    if _NOT_AGREEMENT.search(t):
        return None
    for pattern, label, kind in _KINDS:
        if pattern.search(t):
            return label, kind
    return None


def amendment_number(title: str) -> int | None:
    """ "Second Amendment" -> 2, "Amendment No. 8" -> 8, "AMENDMENT NUMBER TWO" -> 2."""
    m = _AMENDMENT_NO.search(title)
    if not m:
        return None
    if m["ord"]:
        return ORDINALS[m["ord"].lower()]
    n = m["num"].lower()
    return int(n) if n.isdigit() else _CARDINALS[n]


def _strip_form_of(title: str) -> str:
    title = clean_name(title)
    cover = _COVER_WORDS.match(title)
    return re.sub(r"^(?:form\s+of\s+)", "", title[cover.end() if cover else 0 :], flags=re.I)


_TITLE_WORD = re.compile(
    r"(?:[A-Z0-9#][\w.#&'’®™\-]*|of|to|and|for|the|[&\-–]|\[[^\]]{0,12}\])(?=[\s,(]|$)"
)
#: What a cover page puts before a title: an exhibit label, "Execution Copy", "Confidential".
_COVER_WORDS = re.compile(
    r"(?:(?:EXHIBITS?|Exhibits?)\s+[\w.\-()]+\s+|(?:EXECUTION|Execution)\s+(?:COPY|Copy|VERSION|Version)\s+"
    r"|(?:CONFIDENTIAL|Confidential)\s+|(?:FINAL|Final)\s+|(?:REDACTED|Redacted)\s+(?:COPY|Copy)\s+"
    r"|(?:PAGE|Page)\s+\d+\s+(?:OF|of)\s+\d+\s+)+"
)
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
    r"|(?:Corporation|CORPORATION|Incorporated|INCORPORATED)\b),?(?=\s)"
)
#: A reference number a cover prints with its head noun ("Contract No.: 076C/01", "Agreement
#: Number: N115"): a label and a code, where a title has a plain number ("Amendment No. 2").
_REFERENCE_NUMBER = re.compile(r"(?i)(?:\bno\b\.?|\bnumber\b|#)\s*(?::|[a-z0-9]*[\-/][a-z0-9])")
#: A title is a name, not a legend: longer runs of capitals are prose.
_MAX_TITLE_WORDS = 14
#: A heading's qualifier in brackets that ends its line (a line a converted page kept, not
#: a run of spaces within a flattened one): "FRANCHISE AGREEMENT (Exclusive)",
#: "CO-BRANDING AGREEMENT <spaces> (FORM)", "MARKETING AGREEMENT (WQHT HD2)". Part of the
#: title; a defined term ("(the "Agreement")") is quoted and never one, and a longer phrase
#: ("(For Use under Rate Schedule FT-A)") describes the agreement rather than names it.
_QUALIFIER = re.compile(
    r"[ \t]*(\((?!(?:the|this|each|as|herein|hereinafter|together|collectively)\b)"
    r"[^()\"“”\s]+(?:[ \t][^()\"“”\s]+){0,2}\))(?=[ \t]*(?:\n|$))",
    re.IGNORECASE,
)
#: A roman numeral closing a heading line: "ADDENDUM II".
_ROMAN_AFTER = re.compile(r"[ \t]+([IVX]{1,4})(?=[ \t]*(?:\n|$|\()|[ \t]{3,})")
_HEAD_WORD = re.compile(rf"(?i:{_HEAD})")


#: A run of spaces where a converted page flattened a line break ("CONTENT LICENSE AGREEMENT
#: <spaces> SUPPLEMENT TO ..."): a title stops there unless a comma or a connector carries it on.
_WIDE_GAP = re.compile(r"^,?[ \t]{3,}$")
_CONNECTORS = frozenset(["of", "to", "and", "for", "the", "&", "-", "–"])


#: A capitalised verb ends a title: what follows is a sentence in capitals.
_VERBS = frozenset(["is", "are", "shall", "will", "has", "have", "was", "may"])
#: Words a legend's sentence holds and a title never does.
_LEGEND_WORDS = _VERBS | frozenset(["this", "been", "were", "be"])


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
        words_end.append(m.end())
        compound = _COMPOUND_HEADS.get(m.group().lower())
        if _HEAD_WORD.fullmatch(m.group()) or (
            compound  # never a tail to a title already named: "SUPPLY AGREEMENT / TERMS AND ..."
            and last_head < 0
            and compound.search(text, max(pos, m.start() - 14), m.start())
        ):
            last_head = len(words_end)
            num = re.match(
                r"\s+(?:No\.?|NO\.?|Number|NUMBER|#)\s*(\d+|[A-Za-z]+)\b",
                text[m.end() : m.end() + 30],
            )
            if num:
                words_end[-1] = m.end() + num.end()
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
    if qualifier and norm_term(clean_name(text[pos:end])) not in _GENERIC:
        end = qualifier.end(1)
    title = clean_name(text[pos:end])
    if _REFERENCE_NUMBER.search(title):
        return None  # "Contract No.: VIT-005-2012": a cover's reference line, not a title
    # a title is a name: never longer than a legend's line, never opening on a connector
    # ("to the Software License Agreement" is a reference to one)
    if (
        len(title.split()) > _MAX_TITLE_WORDS
        or title[:1].islower()
        or re.search(r"\s(?:This|THIS)\s", title)  # "The Effective Date of This Agreement"
        or re.match(r"(?i)(?:section|article|item)\b", title)  # "SECTION 3.1. ...", "Item 1.01"
    ):
        return None
    return title, pos, end


def _title_start(text: str, pos: int, end: int) -> int:
    """Skip what a converted page glues before a title: a document number ("137537505.8")
    and the cover's copy of the same title ("AMENDMENT NO. 8 TO LSA AMENDMENT NO. 8 TO LSA")."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[pos:end])]
    while (
        spans
        and re.search(r"\d", text[pos + spans[0][0] : pos + spans[0][1]])
        and not (
            # "2nd", and a facility's term ("364-Day", "5-Year"): words of the title
            re.fullmatch(
                r"\d+(?:st|nd|rd|th|-(?:day|week|month|year))?",
                text[pos + spans[0][0] : pos + spans[0][1]],
                re.I,
            )
        )
    ):
        spans = spans[1:]
    words_ = [text[pos + a : pos + b].lower() for a, b in spans]
    half = len(words_) // 2
    if half and len(words_) % 2 == 0 and words_[:half] == words_[half:]:
        spans = spans[half:]
    return pos + spans[0][0] if spans else pos


_TITLE_BEFORE = re.compile(r"(?:^|\s)((?:(?:[A-Z][\w&'’®™\-]*,?|of|to|and|for|the|&|-)\s+)+)$")


_THIS_TITLE = re.compile(r"\b(?:This|THIS|These|THESE)\s+(?:[a-z]+,?\s+){0,2}")


def _preamble_title(text: str, pre: Region) -> tuple[str, int, int] | None:
    """ "This [Title] ("Agreement")": the first "This" that names an agreement (a legend's
    "THIS DOCUMENT" does not), else the heading right before a plain "This Agreement"."""
    # "CREDIT AGREEMENT dated as of ...": a preamble that opens on its title; a "THIS
    # AGREEMENT" far after it is a legend's ("... BETWEEN THE INTERCREDITOR AGREEMENT AND THIS
    # AGREEMENT, THE TERMS OF THE INTERCREDITOR AGREEMENT SHALL GOVERN")
    opening = title_at(text, pre.start, min(pre.end, pre.start + 400))
    if opening and (norm_term(opening[0]) in _GENERIC or not classify(opening[0])):
        opening = None
    for this in _THIS_TITLE.finditer(text, pre.start, min(pre.end, pre.start + 2000)):
        if opening and this.start() - opening[2] > 200:
            return opening
        if INSIDE_SENTENCE.search(text, max(pre.start, this.start() - 12), this.start()):
            continue  # a legend's "PORTIONS OF THIS AGREEMENT": no sentence opens there
        found = title_at(text, this.end(), min(pre.end, this.end() + 400))
        before = _title_before(text, pre, this.start())
        if found and norm_term(found[0]) not in _GENERIC:
            # "JACKSONVILLE JAGUARS SPONSORSHIP AGREEMENT This Sponsorship Agreement ..."
            return (
                before
                if before and (_fuller(before[0], found[0]) or _reworded(before[0], found[0]))
                else found
            )
        if before:
            return before
        if found:  # "This Agreement": the first self-reference, titled nowhere nearer
            return None
    if opening:
        return opening
    # no "This" names it ("STRATEGIC ALLIANCE AGREEMENT, dated as of ..."): the capitalised
    # words before the first head noun
    head = _HEAD_WORD.search(text, pre.start, min(pre.end, pre.start + 600))
    if not head:
        return None
    pos = head.start()
    back = list(
        re.finditer(
            r"(?:^|\s)((?:[A-Z][\w&'’\-]*|of|to|and|for|the)\s+)+$", text[pre.start : head.start()]
        )
    )
    if back:
        pos = pre.start + back[-1].start()
        while pos < head.start() and text[pos].isspace():
            pos += 1
    found = title_at(text, pos, min(pre.end, pos + 400))
    if not found or norm_term(found[0]) in _GENERIC:
        return None
    return found


#: A heading ending on a connector goes on below: "ADDENDUM TO" / "DISTRIBUTOR AGREEMENT".
_OPEN_END = re.compile(r"\b(?:to|of|TO|OF)\s*$")
#: The parties a heading names after its title: "SUPPLY AGREEMENT BY AND BETWEEN ACME CORP. AND
#: ...", "Services Agreement among ...": the title ends before them.
_PARTIES_AFTER = re.compile(r"(?i)[ \t]*,?[ \t]*(?:by[ \t]+and[ \t]+)?(?:between|among)\b")
#: A contents entry or a numbered clause, not a title: "8 Procurement Group; Supply Contract",
#: "SECTION 3.07 Continuing Guarantee 41", "Exhibit F - Extension Agreement", "- Assignment
#: Agreement", a dotted leader; nor a page caption: "[Signature Page to Joint Filing
#: Agreement]"; nor a report's item: "Item 1.01 Entry into a Material Definitive Agreement".
_CONTENTS_LINE = re.compile(
    r"\s*(?:\d+\s|[^;]*;|\[|[-–—]|(?i:section|article|item)\s+[\dIVX]"
    r"|(?i:exhibit|schedule|annex|appendix)\s+(?!\d+\.\d)\S+\s*(?:[-–—:]|(?i:form\s+of)\b)"
    r"|.*(?:\.{4,}|(?<!No\.)(?<!NO\.)(?<!No)(?<!NO)(?<!Number)(?<!NUMBER)\s\d{1,3}\s*$))"
)


_TERMS = re.compile(r"(?i)\bterms\s+and\s+conditions$")
#: The line that opens a table of contents: the entries under it are sections' headings.
_CONTENTS_HEADING = re.compile(r"(?im)^[ \t]*(?:TABLE[ \t]+OF[ \t]+CONTENTS|CONTENTS|INDEX)[ \t]*$")


def _block_title(text: str, block: Region) -> tuple[str, int, int] | None:
    """The most specific heading of the title block that names an agreement; where a table
    of contents follows the cover, a heading of the cover ("THREE-YEAR CREDIT AGREEMENT"
    above the contents' "Guarantee Absolute and Unconditional"), unless the body repeats it in
    full ("EXCLUSIVE LICENSE AGREEMENT" under a cover's "LICENSE AGREEMENT")."""
    contents = _CONTENTS_HEADING.search(text, block.start, block.end)
    if contents:
        cover = _block_title(text, Region(block.kind, block.start, contents.start()))
        body = _block_title(text, Region(block.kind, contents.end(), block.end))
        if cover:  # the body's heading only where it is the cover's in full ("EXCLUSIVE ...")
            return body if body and _fuller(body[0], cover[0]) else cover
    best: tuple[str, int, int] | None = None
    terms: tuple[str, int, int] | None = None
    named: list[tuple[str, int, int]] = []
    for start, end in heading_spans(text, block.start, block.end):
        if _CONTENTS_LINE.match(text[start:end]):
            continue
        # the title part of "SPONSORSHIP AGREEMENT for Boxing Event in China, on April 22, 2000",
        # of "OUTSOURCING AGREEMENT <spaces> CONFIDENTIAL TREATMENT REQUESTED" or of "Bank of
        # the Pacific Ltd <spaces> Network Outsourcing Agreement"
        cut = next(iter(segment_titles(text, start, end)), None)
        if cut and (
            (cut[1] > start and not _OPEN_END.search(text, start, cut[1]))
            or find_dates(text, cut[2], end)
            or re.match(r"[ \t]{3,}\S", text[cut[2] : end])
            or _PARTIES_AFTER.match(text, cut[2], end)
        ):
            start, end = cut[1], cut[2]
        title = _strip_form_of(text[start:end])
        if _LEGEND_WORDS.intersection(title.lower().split()) or _REFERENCE_NUMBER.search(title):
            continue  # a legend ("... HAS BEEN REQUESTED FOR PORTIONS OF THIS AGREEMENT"), a
            # reference line ("Contract No. VIT-005-2012")
        if not classify(title):
            continue
        if _TERMS.search(title):  # "GENERAL TERMS AND CONDITIONS" under the title names a part
            terms = terms or (title, start, end)
        else:
            named.append((title, start, end))
    # the block's titles, also those opening a flattened line ("DISTRIBUTOR AGREEMENT <spaces>
    # BETWEEN ..."), against which a running head is told
    others = [*named, *segment_titles(text, block.start, block.end)] if len(named) else []
    for title, start, end in named:
        if any(_running_head(text, title, other[0]) for other in others):
            continue
        if best is None or len(title) > len(best[0]):
            best = (title, start, end)
    if best is None and named:  # only running heads: the longest title they end with
        best = max(
            (o for o in others if any(_running_head(text, n[0], o[0]) for n in named)),
            key=lambda o: len(o[0]),
        )
    return best or terms


#: A running head is printed on page after page: this many times at least.
_RUNNING = 3


def _running_head(text: str, heading: str, title: str) -> bool:
    """ "Ingram Acme Distributor Agreement" printed at the foot of every page over the cover's
    "DISTRIBUTOR AGREEMENT": a running head that puts the parties' names (or a short name) before
    the title the block prints is page furniture, and loses to that title however long it is."""
    h, t = norm_term(heading), re.sub(r"^the ", "", norm_term(title))
    if h == t or not h.endswith(" " + t) or len(t.split()) < 2:
        return False  # a specific title ("distributor agreement"), never "the Contract"
    words = r"\W+".join(re.escape(w) for w in re.findall(r"\w+", heading))
    return len(re.findall(rf"(?i)\b{words}\b", text)) >= _RUNNING


def _title_before(text: str, pre: Region, this: int) -> tuple[str, int, int] | None:
    """A heading flattened into the preamble's paragraph, right before "This Agreement":
    "EXHIBIT 10.3 SUPPLY AGREEMENT This Agreement ..." -> "SUPPLY AGREEMENT"; else the last
    title opening a flattened line there ("GAS TRANSPORTATION AGREEMENT (For Use under ...)",
    "Corporate Sponsorship Agreement Between A and B, Inc.")."""
    before = text[max(pre.start, this - 300) : this]
    m = _TITLE_BEFORE.search(before)
    if m:
        pos = this - len(before) + m.start(1)
        found = title_at(text, pos, this)  # which strips an exhibit label before the title
        if found and norm_term(found[0]) not in _GENERIC and classify(found[0]):
            return found
    titles = segment_titles(text, max(pre.start, this - 300), this)
    return titles[-1] if titles else None


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
            and norm_term(found[0]) not in _GENERIC
            and classify(found[0])
            and not find_dates(found[0])
            and all(found[1] != f[1] for f in out)
        ):
            out.append(found)
    return out


def _reworded(heading: str, title: str) -> bool:
    """The heading right above the preamble says it in other words ("STRATEGIC ALLIANCE
    AGREEMENT" over "This Strategic Collaboration Agreement"): the heading is the document's
    name. Only where both are specific, end on the same head noun and neither merely holds
    the other (a fuller preamble, "Amended and Restated Credit Agreement", keeps its words)."""
    h = [singular(w) for w in norm_term(heading).split()]
    t = [singular(w) for w in norm_term(title).split()]
    return (
        len(h) >= 2
        and len(t) >= 2
        and h[-1] == t[-1]
        and not set(h) <= set(t)
        and not set(t) <= set(h)
        and classify(heading) == classify(title)
    )


def _fuller(heading: str, title: str) -> bool:
    """The cover's "WIRELESS CONTENT LICENSE AGREEMENT" is the full form of the preamble's
    "License Agreement": a heading that ends with the title and says more."""
    qualifier = _QUALIFIER.search(heading) or _ROMAN_AFTER.search(heading)
    if qualifier and qualifier.end() == len(heading.rstrip()):
        # "MARKETING AGREEMENT (WQHT HD2)", "ADDENDUM II" over the preamble's "Addendum"
        base = heading[: qualifier.start()]
        return norm_term(base) == norm_term(title) or _fuller(base, title)
    h, t = norm_term(heading), norm_term(title)
    if len(h) <= len(t) or not h.endswith(" " + t):
        return False
    extra = h[: -len(t)].split()
    # a few plain words ("wireless content", "five-year"), not a company's name or a draft's date
    return len(extra) <= 4 and all(
        w.replace("-", "").isalpha() and w not in ORG_WORDS for w in extra
    )


#: "AMENDMENT NO. 3 TO CREDIT AGREEMENT", "FIRST AMENDMENT TO THIRD AMENDED AND RESTATED
#: CREDIT AGREEMENT": a heading that names an amendment and what it amends, on one line or
#: several
_AMENDMENT_HEADING = re.compile(
    r"(?i)\b(?:(?:"
    + "|".join([*ORDINALS, "omnibus", "letter", "incremental", "technical"])
    + r")\s+)?amendment(?:\s+(?:no\.?|number|#)\s*\w+)?\s+to\s+(?:the\s+)?"
    r"(?:[\w&'\u2019-]+\s+){0,8}?(?:agreement|note|lease|indenture|guaranty|guarantee)\b"
)


def _amendment_heading(
    text: str, st: Structure, found: tuple[str, int, int] | None
) -> tuple[str, int, int] | None:
    """The preamble cut its title at a date or a term ("AMENDMENT NO. 3, dated as of ...
    (this "Amendment") to Credit Agreement") or the block's last line won ("AMENDED AND
    RESTATED CREDIT AGREEMENT" under "AMENDMENT NO. 6 TO THE"): the heading that opens with
    the amendment and ends with what it amends is the full title."""
    if found is None or st.title_block is None:
        return None
    m = next(
        (
            m
            for m in _AMENDMENT_HEADING.finditer(text, st.title_block.start, st.title_block.end)
            if not _CONTENTS_LINE.match(_line_of(text, m.start()))
        ),
        None,
    )  # a contents entry ("No Amendment to Apex Credit Agreement ... 8") heads nothing
    if m is None or not classify(m.group()):
        return None
    if any(w[0].islower() and w not in ("to", "the", "of", "and") for w in m.group().split()):
        return None  # prose ("an amendment to the Credit Agreement"), not a heading
    heading, title = norm_term(clean_name(m.group())), norm_term(found[0])
    if heading == title or not (heading.startswith(title + " ") or heading.endswith(" " + title)):
        return None
    return clean_name(m.group()), m.start(), m.end()


def _line_of(text: str, pos: int) -> str:
    """The line of ``text`` that holds ``pos``."""
    end = text.find("\n", pos)
    return text[text.rfind("\n", 0, pos) + 1 : end if end >= 0 else len(text)]


#: "CREDIT AGREEMENT MODIFICATION" over a preamble that opens on "The Credit Agreement made
#: ... is hereby modified as follows": the heading names the document, the preamble its base.
_CHANGE_WORD = re.compile(r"(?i)\s+(?:amendment|modification|supplement)$")


def _changes_named(heading: str, title: str) -> bool:
    """The heading is the preamble's title with a changing word after it: the document changes
    the agreement its preamble opens on, and is not that agreement."""
    change = _CHANGE_WORD.search(heading.strip())
    base = norm_term(re.sub(r"(?i)^the\s+", "", title))
    return change is not None and norm_term(heading.strip()[: change.start()]) == base


_PLAIN_SELF = re.compile(r"\b(?:This|THIS)\s+(?P<t>Agreement|AGREEMENT|Contract|CONTRACT)\b")
#: A preamble opening on its bare head word: "AGREEMENT made this 5th day of May, 2004, by and
#: between ...", "Agreement, dated as of ...", "CONTRACT entered into ...".
_BARE_OPENING = re.compile(
    r"\s*(?P<t>Agreement|AGREEMENT|Contract|CONTRACT)\s*,?\s+(?:is\s+|are\s+)?(?:hereby\s+)?"
    r"(?:made|dated|entered|executed)\b"
)


#: A line of a heading a converted page split one word (or a few) per line: "CREDIT",
#: "AGREEMENT".
_HEADING_FRAGMENT = re.compile(r"[A-Z][A-Z0-9&'’\-]*(?:[ \t]+[A-Z][A-Z0-9&'’\-]*){0,3}")
_SPLIT_REACH = 300


def _split_heading(text: str, found: tuple[str, int, int]) -> tuple[str, int, int] | None:
    """The heading above a bare "AGREEMENT dated as of ..." or "THIS / AGREEMENT dated ...",
    split by a converted page into lines of a word or two between blank lines ("CREDIT" /
    "AGREEMENT"): its lines joined, with the bare word when the preamble opens on it."""
    _, start, end = found
    lines = [
        m
        for m in re.finditer(r"[^\n]+", text[max(0, start - _SPLIT_REACH) : start])
        if m.group().strip()
    ]
    base = max(0, start - _SPLIT_REACH)
    if not lines or text[base + lines[-1].end() : start].strip():
        return None  # the bare word does not open its line
    parts: list[tuple[int, int]] = []
    opener = False
    for i, line in enumerate(reversed(lines)):
        s, e = base + line.start(), base + line.end()
        word = line.group().strip()
        if i == 0 and word in ("THIS", "This"):
            opener = True
            continue
        if not _HEADING_FRAGMENT.fullmatch(word) or len(parts) >= 4:
            break
        parts.insert(0, (s + len(line.group()) - len(line.group().lstrip()), e))
    if not parts:
        return None
    words_ = [text[s:e].strip() for s, e in parts]
    if not opener:
        words_.append(text[start:end])
    half = len(words_) // 2  # the cover's copy of the same heading: "CREDIT AGREEMENT CREDIT"
    if half and words_[:half] == words_[half : 2 * half] and len(words_) % 2 == 0:
        words_, parts = words_[half:], parts[half:]
    title = " ".join(words_)
    if norm_term(title) in _GENERIC or not classify(title) or not _HEAD_WORD.search(words_[-1]):
        return None
    return title, parts[0][0], end if not opener else parts[-1][1]


#: The first line of a title split over two lines ("LICENSE, DEVELOPMENT AND" / "...
#: AGREEMENT", "SOFTWARE DEVELOPMENT," / "HOSTING AND MANAGEMENT AGREEMENT"): title words that
#: end on a comma or a connector, so that the line below goes on with them.
_OPEN_TITLE_LINE = re.compile(
    r"[ \t]*(?P<t>(?:[A-Z][\w&'’\-]*,?[ \t]+|(?i:and|of|to|for|the|&)[ \t]+){0,7}"
    r"(?:[A-Z][\w&'’\-]*,|(?i:and|of|to|for|&)))[ \t]*"
)
#: A line of title words, above a title that opens on a connector ("AND LICENSE AGREEMENT").
_TITLE_LINE = re.compile(
    r"[ \t]*(?P<t>(?:[A-Z][\w&'’\-]*,?[ \t]+|(?i:and|of|to|for|the|&)[ \t]+){0,7}"
    r"[A-Z][\w&'’\-]*,?)[ \t]*"
)
#: The head word a title split off onto the next line: "EXCLUSIVE LICENSE" / "AGREEMENT".
_HEAD_LINE = re.compile(r"[ \t]*(?P<t>AGREEMENT|Agreement|CONTRACT|Contract)[ \t]*")


def _split_over_lines(text: str, found: tuple[str, int, int]) -> tuple[str, int, int] | None:
    """A heading a converted page split over two lines (a blank line between them or not),
    read whole: the line above when it ends on a comma or a connector ("RESEARCH, DEVELOPMENT"
    / "AND LICENSE AGREEMENT"), the line below when it is the head word alone ("EXCLUSIVE
    LICENSE" / "AGREEMENT")."""
    title, start, end = found
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:start].strip() or text[end:line_end].strip():
        return None  # the title is no heading line of its own
    above = re.search(
        r"([^\n]*)\n(?:[ \t]*\n)?[ \t]*$", text[max(0, line_start - 200) : line_start]
    )
    opens_on_connector = re.match(r"(?i)(?:and|of|to|for|&)\s", title)
    line_above = _TITLE_LINE if opens_on_connector else _OPEN_TITLE_LINE
    first = line_above.fullmatch(above.group(1)) if above else None
    if above and first and not _LEGEND_WORDS.intersection(first["t"].lower().split()):
        joined = clean_name(first["t"] + " " + title)
        if classify(joined) and len(joined.split()) <= _MAX_TITLE_WORDS:
            return joined, line_start - len(above.group()) + first.start("t"), end
    below = re.match(r"\n(?:[ \t]*\n)?([^\n]*)", text[line_end : line_end + 200])
    head = _HEAD_LINE.fullmatch(below.group(1)) if below else None
    if below and head and not re.search(r"(?i)\b(?:agreement|contract)$", title):
        tail_start = line_end + below.start(1) + head.start("t")
        return clean_name(title + " " + head["t"]), start, tail_start + len(head["t"])
    return None


def _other_document(text: str, block: Region) -> tuple[str, int, int] | None:
    """The heading of a document that is no agreement ("THRIFT AND EMPLOYEE STOCK OWNERSHIP
    PLAN"), so that the warning names what the document is."""
    for start, end in heading_spans(text, block.start, block.end):
        found = title_at(text, start, end)
        if found and _NOT_AGREEMENT.search(norm_term(found[0])):
            return found
    return None


#: A document executed under a master agreement and named as a part of it: "This
#: Customization Schedule is attached to the Software License Agreement ...", "This Statement
#: of Work ("SOW") is entered into pursuant to the Master Services Agreement ...", "This Order
#: Form is governed by ...".
_PART_OF = re.compile(
    r"\b(?:This|THIS)\s+(?P<t>(?:[A-Z][\w\-]*\s+){0,4}(?:Schedule|SCHEDULE|Statement\s+of\s+Work"
    r"|STATEMENT\s+OF\s+WORK|Order\s+Form|ORDER\s+FORM|Work\s+Order|WORK\s+ORDER))\b"
    r"(?:\s*\([^()]{0,40}\))?,?\s+(?:is|shall\s+be)\s+(?:hereby\s+)?(?:attached|entered|made"
    r"|issued|incorporated|governed|subject|executed)\b"
)


def _part_of_agreement(text: str, pre: Region) -> tuple[str, int, int] | None:
    """A schedule, statement of work or order form filed as a document of its own: an
    agreement under its master agreement, titled by its own name."""
    m = _PART_OF.search(text, pre.start, min(pre.end, pre.start + 400))
    return (clean_name(m["t"]), m.start("t"), m.end("t")) if m else None


def _plain_self_reference(text: str, pre: Region) -> tuple[str, int, int] | None:
    """A preamble that calls its document only "this Agreement" (the title is lost in a
    legend or a logo), or opens on the bare word ("AGREEMENT made this 5th day of ..."):
    still an agreement, titled by its own word."""
    m = _BARE_OPENING.match(text, pre.start) or _PLAIN_SELF.search(
        text, pre.start, min(pre.end, pre.start + 400)
    )
    return (m["t"], m.start("t"), m.end("t")) if m else None


def _signing_date(text: str, signatures: Region) -> DateMatch | None:
    """Where the preamble dates nothing ("effective as of the date of last signature"), the
    agreement is dated when it was signed: the latest date of its signature pages."""
    dates = find_dates(text, signatures.start, min(signatures.end, signatures.start + 6000))
    return max(dates, key=lambda d: d.iso) if dates else None


_NOT_OWN_DATE = re.compile(r"(?i)\b(?:due|matur\w*|expir\w*|until|through|prior\s+to|by)\s*$")


#: "... TO THE CREDIT AGREEMENT dated as of": a date that qualifies the agreement an
#: amendment is made to, not the amendment itself.
_OF_AMENDED = re.compile(
    r"(?i)\bto\s+(?:the\s+|that\s+certain\s+)?(?:[\w\-]+\s+){0,5}"
    r"(?:agreement|indenture|note|lease)\s*,?\s*$"
)
#: The preamble's own verb: "... is entered into as of September 11, 2012".
_OWN_VERB_CUE = re.compile(
    r"(?i)\b(?:is|are)\s+(?:hereby\s+)?(?:made\s+and\s+entered\s+into|entered\s+into|made|"
    r"executed|dated)(?:\s+and\s+effective)?\s+(?:as\s+of|on)\s+(?:this\s+)?"
)


def _cued_date(text: str, start: int, end: int) -> DateMatch | None:
    """The first date right after a cue ("dated as of", "made this", "Date:"); where that
    date qualifies the agreement amended ("AMENDMENT #1 TO THE CREDIT AGREEMENT dated as of
    ...") and the sentence's own verb dates the amendment ("is entered into as of ..."), that
    one."""
    for cue in _DATE_CUE.finditer(text, start, end):
        dates = find_dates(text, cue.end(), min(len(text), cue.end() + 40))
        if dates and dates[0].start - cue.end() < 6:
            if _OF_AMENDED.search(text[max(start, cue.start() - 120) : cue.start()]):
                stop = text.find(".", dates[0].end, end)
                own = _OWN_VERB_CUE.search(text, dates[0].end, stop if stop >= 0 else end)
                later = find_dates(text, own.end(), min(len(text), own.end() + 40)) if own else []
                if own and later and later[0].start - own.end() < 6:
                    return later[0]
            return dates[0]
    return None


def _date(text: str, start: int, end: int) -> DateMatch | None:
    """The agreement's date: after a cue ("dated as of"), else the first date that is not a
    maturity ("DUE FEBRUARY 13, 2008") or a deadline ("by June 30, 2009")."""
    cued = _cued_date(text, start, end)
    if cued:
        return cued
    for d in find_dates(text, start, end):
        if not _NOT_OWN_DATE.search(text[max(0, d.start - 25) : d.start]):
            return d
    return None


#: '"Effective Date" shall mean December 5, 2014' in the definitions, 'EFFECTIVE DATE: May 1,
#: 2012' on a cover: the date the agreement names as its own.
_EFFECTIVE_DATE = re.compile(
    r"(?i)\b(?:effective|agreement|execution)\s+date[\"”]?\s*(?::|(?:shall\s+)?(?:means?|is|shall\s+be)\s+)\s*"
)
#: A signature block's date line: "Date: August 8, 2018", "Dated: ...".
_DATE_LINE = re.compile(r"(?im)^.*?\bDated?\s*:")


def _defined_effective_date(text: str, end: int) -> DateMatch | None:
    for m in _EFFECTIVE_DATE.finditer(text, 0, end):
        dates = find_dates(text, m.end(), min(len(text), m.end() + 40))
        if dates and dates[0].start - m.end() < 3:
            return dates[0]
    return None


def _date_lines(text: str, start: int, end: int) -> DateMatch | None:
    """The latest date on the "Date:" lines of ``text[start:end]``: where no "IN WITNESS
    WHEREOF" opens the signature pages, their date lines still date the agreement."""
    dates: list[DateMatch] = []
    for m in _DATE_LINE.finditer(text, start, end):
        eol = text.find("\n", m.end(), end)
        dates.extend(find_dates(text, m.end(), eol if eol >= 0 else end))
    return max(dates, key=lambda d: d.iso) if dates else None


#: A line of a signature block: a signature ("/s/", "By:"), or the caption printed under a
#: signature line ("Signature", "Date", "Name (type or print)").
_SIGNING_LINE = re.compile(
    r"(?im)/s/|\\s\\|^\s*By\s*:|_{6,}\s*(?:Signature|Date|Name)\b|\bDate\s*$"
)


def _signers_dates(text: str, start: int, end: int) -> DateMatch | None:
    """Where no signature pages were recognised, the latest date written on a signer's line or
    the line next to it, with or without a "Date:" label ("/s/ J. Doe   General Manager
    19 Jan. 1998"; "03/24/06" above a line captioned "Date")."""
    dates: list[DateMatch] = []
    for m in _SIGNING_LINE.finditer(text, start, end):
        line = text.rfind("\n", start, m.start()) + 1
        before = text.rfind("\n", start, max(start, line - 1)) + 1
        after = text.find("\n", m.end(), end)
        after = text.find("\n", after + 1, end) if after >= 0 else -1
        dates.extend(find_dates(text, max(start, before), after if after >= 0 else end))
    return max(dates, key=lambda d: d.iso) if dates else None


def _witness_date(text: str, st: Structure) -> DateMatch | None:
    """ "IN WITNESS WHEREOF, ... have executed this Agreement as of this 4th day of April, 2003"."""
    if not st.signatures:
        return None
    limit = min(st.main_end, st.signatures.start + 400)
    stop = text.find(".", st.signatures.start, limit)
    return _cued_date(text, st.signatures.start, stop if stop >= 0 else limit)


def _agreement_date(text: str, st: Structure, t_start: int, t_end: int) -> DateMatch | None:
    """When the agreement was made, from the most telling place that dates it: the preamble
    ("dated as of", "made this 5th day of May, 2004"), the "Effective Date" it defines, the
    witness clause ("have executed this Agreement as of ..."), the cover, and last the dates
    its signers wrote."""
    window_end = min(len(text), t_start + 1500)
    if st.preamble:
        # the preamble, or the text right after a title read outside it
        window_end = min(window_end, st.preamble.end if t_start < st.preamble.end else t_end + 400)
        found = _date(text, t_start, window_end) or _date(
            text, st.preamble.start, min(st.preamble.end, st.preamble.start + 1500)
        )
        # a second opening paragraph: "THIS CONTENT LICENSE AGREEMENT is made as of this 3rd day"
        after = [st.preamble.end + 400, *(r.start for r in (st.recitals, st.signatures) if r)]
        second = re.compile(r"\n\s*(?:This|THIS)\s[^\n]*").search(text, st.preamble.end, min(after))
        found = found or (second and _cued_date(text, second.start(), second.end()))
    else:  # no preamble: the witness clause, else the date written with the title ("...
        # Agreement -- February 18, 1999"; what follows a title there may be the recitals')
        found = _witness_date(text, st) or _date(text, t_start, min(window_end, t_end + 400))
    if found:
        return found
    main = st.signatures.start if st.signatures else st.main_end
    found = _defined_effective_date(text, main) or _witness_date(text, st)
    if found:
        return found
    if st.title_block:
        found = _cued_date(text, st.title_block.start, st.title_block.end) or _date(
            text, st.title_block.start, st.title_block.end
        )
        if found:
            return found
    if st.signatures:
        return _signing_date(text, st.signatures)
    tail = max(0, st.main_end - 4000)
    return _date_lines(text, tail, st.main_end) or _signers_dates(text, tail, st.main_end)


def extract_own_agreement(ctx: DocContext) -> None:
    """Add the agreement or instrument this document is (``ctx.self_ref``), or warn."""
    text = ctx.text
    if read_report(text) is not None:
        return  # a report: ingest.announced reads the agreement it announces
    st = analyze(text)
    found = _preamble_title(text, st.preamble) if st.preamble else None
    heading = None
    if st.title_block:
        heading = (
            _block_title(text, st.title_block)
            or next(iter(segment_titles(text, st.title_block.start, st.title_block.end)), None)
            # a cover flattened into one line: the title is the capitalised run closing it
            or _title_before(text, st.title_block, st.title_block.end)
        )
    if found is None or (heading and _fuller(heading[0], found[0])):
        found = heading or found
    # the preamble opens on the base the heading changes: the heading's own lines date it
    changes = bool(found and heading and st.preamble and _changes_named(heading[0], found[0]))
    if changes:
        found = heading
    found = _amendment_heading(text, st, found) or found
    if found:
        found = _split_over_lines(text, found) or found
    part_of = None
    if found is None and st.preamble:
        part_of = _part_of_agreement(text, st.preamble)
        found = part_of or _plain_self_reference(text, st.preamble)
    if found and norm_term(found[0]) in _GENERIC:
        found = _split_heading(text, found) or found
    if found is None and st.title_block:
        found = _other_document(text, st.title_block)  # a plan, a certificate: says which
    if found is None and (why := not_an_agreement(text)):
        ctx.warnings.append(f"no agreement found ({why})")
        return
    if found is None:
        ctx.warnings.append(
            "no agreement found (a preamble, but no title naming an agreement)"
            if st.preamble
            else "no agreement found (no heading naming an agreement and no preamble such as"
            ' "This Agreement is made ... between")'
        )
        return
    title, t_start, t_end = found
    cls = ("Agreement", "agreement") if part_of else classify(title)
    if cls is None:
        ctx.warnings.append(f"no agreement found (the document is a {title!r})")
        return
    label, kind = cls
    if changes:  # "Credit Agreement Modification": an amendment of the credit agreement
        label, kind = "Agreement", "amendment"
    props: dict[str, PropValue] = {"title": title_case(title), "kind": kind}
    ev_end = t_end
    where = st.preamble or Region("title", t_start, min(len(text), t_end + 400))
    dated = _agreement_date(text, st, t_start, t_end)
    if changes and st.preamble and t_end < st.preamble.start:
        dated = _date(text, t_end, st.preamble.start) or dated
    evidence: list[Span] = []
    if dated:
        props["date"] = dated.iso
        if where.start <= dated.end <= where.end:
            ev_end = max(ev_end, dated.end)
        else:
            evidence.append(ctx.span(dated.start, dated.end))
    # the body's clause; where the body has none (its end was misread at an early exhibit
    # label), the first clause of the document
    law = governing_law(text, 0, st.main_end) or governing_law(text, st.main_end)
    if law:
        props["governing_law"] = law.jurisdiction
        evidence.append(ctx.span(law.start, law.end))
    number = amendment_number(title)
    if number is not None:
        props["amendment_number"] = number
    aliases: list[str] = []
    if st.preamble:
        # A title read from the title block is usually repeated where the preamble opens
        # ("THIS COMMON STOCK PURCHASE WARRANT (the "Warrant") certifies"): name it there.
        again = re.search(
            re.escape(title).replace(r"\ ", r"\s+"), text[st.preamble.start :][:600], re.I
        )
        if not st.preamble.start <= t_start < st.preamble.end and again:
            t_end = st.preamble.start + again.end()
        for d in definitions_in(text, st.preamble.start, min(st.preamble.end, t_end + 300)):
            head = text[d.antecedent_start : d.clause_start]
            if d.clause_start - t_end < 120 and re.search(
                r"\bthis\b", text[d.clause_start : d.start], re.I
            ):
                ctx.define(d.term, SELF_REF)
                if norm_term(d.term) not in _GENERIC:
                    aliases.append(d.term)
            elif 0 <= d.clause_start - t_end < 80 and (
                not head.strip(" ,\n") or not text[t_end : d.clause_start].strip(" ,\n")
            ):
                ctx.define(d.term, SELF_REF)
    ctx.collector.add(
        SELF_REF, label, ctx.span(t_start, ev_end), props, tuple(aliases), contained=True
    )
    for span in evidence:  # where the date and the governing law are stated
        ctx.collector.add(SELF_REF, label, span)
    ctx.self_ref = SELF_REF
    for generic in ("this Agreement", "this Amendment", "this Note"):
        if not ctx.lookup(generic):
            ctx.define(generic, SELF_REF)


def extract_exhibits(ctx: DocContext) -> None:
    """Each attached exhibit that is itself an agreement or instrument becomes an entity
    whose text this document holds (``contained``)."""
    text = ctx.text
    for i, ex in enumerate(analyze(text).exhibits()):
        if not ex.title:
            continue
        title = _strip_form_of(ex.title)
        cls = classify(title)
        if cls is None or norm_term(title) in _GENERIC:
            continue
        start = text.find(ex.title.split()[0], ex.start, ex.end)
        span = ctx.span(ex.start, (start if start >= 0 else ex.start) + len(ex.title))
        props: dict[str, PropValue] = {"title": title_case(title), "kind": cls[1]}
        dated = _date(text, ex.start, min(ex.end, ex.start + 1200))
        if dated:
            props["date"] = dated.iso
        ref = _mentioned_as(ctx, cls[0], title, props.get("date")) or f"exhibit:{i}"
        ctx.collector.add(ref, cls[0], span, props, contained=True)


def _mentioned_as(ctx: DocContext, label: str, title: str, date: PropValue) -> str | None:
    """The mention the body made of an exhibit ("replacement notes ... in the form attached
    as Exhibit A (the "Replacement Notes")"): one instrument, whose text is attached."""
    want = norm_term(singular(title))
    for ref, e in ctx.collector.entities.items():
        t, d = e.props.get("title"), e.props.get("date")
        if e.label != label or e.contained or not isinstance(t, str):
            continue
        # "EXHIBIT A - AMENDED CREDIT AGREEMENT": the term the body gave the agreement
        names = {norm_term(singular(n)) for n in (t, *e.aliases)}
        if want in names and (d is None or date is None or d == date):
            return ref
    return None
