"""The own title read from the headings where the preamble gives none: the most
specific heading of the title block, an amendment's heading, a heading a
converted page split into lines, a document that is no agreement, a schedule
under its master agreement, and a preamble that says only "this Agreement".
"""

from __future__ import annotations

import re

from ingest.agreements.kinds import NOT_AGREEMENT, ORDINALS, classify, title_case
from ingest.agreements.titles import (
    GENERIC,
    HEAD_WORD,
    LEGEND_WORDS,
    MAX_TITLE_WORDS,
    REFERENCE_NUMBER,
    cover_line,
    fuller,
    opens_title,
    segment_titles,
    strip_form_of,
    title_at,
)
from ingest.context import norm_term
from ingest.dates import find_dates
from ingest.names import clean_name
from ingest.rules import passage, rule
from ingest.structure.headings import heading_spans
from ingest.structure.regions import Region, Structure

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


def block_title(text: str, block: Region) -> tuple[str, int, int] | None:
    """The most specific heading of the title block that names an agreement; where a table
    of contents follows the cover, a heading of the cover ("THREE-YEAR CREDIT AGREEMENT"
    above the contents' "Guarantee Absolute and Unconditional"), unless the body repeats it in
    full ("EXCLUSIVE LICENSE AGREEMENT" under a cover's "LICENSE AGREEMENT")."""
    contents = _CONTENTS_HEADING.search(text, block.start, block.end)
    if contents:
        cover = block_title(text, Region(block.kind, block.start, contents.start()))
        body = block_title(text, Region(block.kind, contents.end(), block.end))
        if cover:  # the body's heading only where it is the cover's in full ("EXCLUSIVE ...")
            return body if body and fuller(body[0], cover[0]) else cover
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
        if (ref := REFERENCE_NUMBER.search(text, start, end)) and "\n" in text[start : ref.start()]:
            # "TECHNOLOGY LICENSE AGREEMENT" / "Contract No.: HZ-2015-0031": the reference line
            # under the heading is no part of it
            end = text.rindex("\n", start, ref.start())
        title = strip_form_of(text[start:end])
        if LEGEND_WORDS.intersection(title.lower().split()) or REFERENCE_NUMBER.search(title):
            continue  # a legend ("... HAS BEEN REQUESTED FOR PORTIONS OF THIS AGREEMENT"), a
            # reference line ("Contract No. VIT-005-2012")
        if not classify(title):
            continue
        if _TERMS.search(title):  # "GENERAL TERMS AND CONDITIONS" under the title names a part
            terms = terms or (title, start, end)
        else:  # "AMENDED AND RESTATED" / "CREDIT AGREEMENT": the heading read whole
            named.append(whole_heading(text, (title, start, end)))
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
    the title the block prints is page furniture, and loses to that title however long it is;
    never a name the text calls itself by ("this Five-Year Credit Agreement")."""
    h, t = norm_term(heading), re.sub(r"^the ", "", norm_term(title))
    if h == t or not h.endswith(" " + t) or len(t.split()) < 2:
        return False  # a specific title ("distributor agreement"), never "the Contract"
    words = r"\W+".join(re.escape(w) for w in re.findall(r"\w+", heading))
    if re.search(rf"(?i)\bthis\s+{words}\b", text):
        return False  # the text calls itself by it ("this 364-Day Revolving Credit Agreement")
    return len(re.findall(rf"(?i)\b{words}\b", text)) >= _RUNNING


#: The amendment's own date a heading prints between the amendment and what it amends
#: ("AMENDMENT NO. 2 / Dated as of March 4, 2009 / to / CREDIT AGREEMENT").
_HEADING_DATE = rule(
    "agreements.date_inside_amendment_heading",
    r"(?i:dated)\s+(?:(?i:as)\s+(?i:of)\s+)?[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}",
    reads="an amendment's heading: its own date between the amendment and what it amends",
    matches=[
        passage("Dated as of March 4, 2009", match="Dated as of March 4, 2009"),
        passage("DATED\nAS OF OCTOBER 24, 1994", match="DATED\nAS OF OCTOBER 24, 1994"),
    ],
    rejects=["dated the date hereof", "Dated: 3/4/2009"],
).pattern
#: "AMENDMENT NO. 3 TO CREDIT AGREEMENT", "FIRST AMENDMENT TO THIRD AMENDED AND RESTATED
#: CREDIT AGREEMENT", "ADDENDUM NO. 2 TO THE DISTRIBUTION AGREEMENT": a heading that names an
#: amendment (or an addendum) and what it amends, on one line or several
_AMENDMENT_HEADING = re.compile(
    r"(?i)\b(?:(?:"
    + "|".join([*ORDINALS, "omnibus", "letter", "incremental", "technical"])
    + r")\s+)?(?:amendment|addendum)(?:\s+(?:no\.?|number|#)\s*\w+)?(?P<dated>,?\s+"
    + _HEADING_DATE
    + r")?\s+to\s+(?:the\s+)?"
    r"(?:[\w&'\u2019-]+\s+){0,8}?(?:agreement|note|lease|indenture|guaranty|guarantee)\b"
)


def amendment_heading(
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
    whole = m.group()
    if m["dated"]:  # the date is no part of the title
        whole = whole[: m.start("dated") - m.start()] + whole[m.end("dated") - m.start() :]
    if any(w[0].islower() and w not in ("to", "the", "of", "and") for w in whole.split()):
        return None  # prose ("an amendment to the Credit Agreement"), not a heading
    heading, title = norm_term(clean_name(whole)), norm_term(found[0])
    if heading == title or not (heading.startswith(title + " ") or heading.endswith(" " + title)):
        return None
    return clean_name(whole), m.start(), m.end()


#: "CREDIT AGREEMENT" / "Amendment No. 1": a cover that heads the agreement and, on the line
#: under it, the amendment the document is
_AMENDMENT_LABEL = rule(
    "agreements.amendment_label_under_heading",
    r"[ \t]*\n(?:[ \t]*\n)*[ \t]*(?P<label>(?i:amendment)\s+(?i:no\.?|number)\s*[0-9A-Z]{1,3}"
    r"|(?i:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+amendment))"
    r"[ \t]*(?=\n)",
    reads="the line under an agreement's heading: the amendment the document is",
    matches=[
        passage("\n\nAmendment No. 1\n", label="Amendment No. 1"),
        passage("\n   FIRST AMENDMENT\n", label="FIRST AMENDMENT"),
    ],
    rejects=["\n\nAmendment No. 1 to the Credit Agreement\n", "\nArticle I\n"],
    mode="match",
)


def labelled_amendment(
    text: str, found: tuple[str, int, int] | None
) -> tuple[str, int, int] | None:
    """ "CREDIT AGREEMENT" / "Amendment No. 1" over "This Agreement, dated as of ...": the
    document is the amendment its label names, of the agreement the heading names ("Amendment
    No. 1 to Credit Agreement"), not that agreement."""
    if (
        found is None
        or classify(found[0]) is None
        or classify(found[0])
        == (
            "Agreement",
            "amendment",
        )
    ):
        return None
    m = _AMENDMENT_LABEL.match(text, found[2])
    if m is None:
        return None
    label, base = title_case(clean_name(m["label"])), title_case(clean_name(found[0]))
    return f"{label} to {base}", found[1], m.end("label")


def _line_of(text: str, pos: int) -> str:
    """The line of ``text`` that holds ``pos``."""
    end = text.find("\n", pos)
    return text[text.rfind("\n", 0, pos) + 1 : end if end >= 0 else len(text)]


#: "CREDIT AGREEMENT MODIFICATION" over a preamble that opens on "The Credit Agreement made
#: ... is hereby modified as follows": the heading names the document, the preamble its base.
_CHANGE_WORD = re.compile(r"(?i)\s+(?:amendment|modification|supplement)$")


def changes_named(heading: str, title: str) -> bool:
    """The heading is the preamble's title with a changing word after it: the document changes
    the agreement its preamble opens on, and is not that agreement."""
    change = _CHANGE_WORD.search(heading.strip())
    base = norm_term(re.sub(r"(?i)^the\s+", "", title))
    return change is not None and norm_term(heading.strip()[: change.start()]) == base


#: ... or only "this Guaranty": a guaranty names itself by its head word as often as an
#: agreement does ('GUARANTY This GUARANTY (the "Guaranty"), dated as of ..., made by ...').
_PLAIN_SELF = re.compile(
    r"\b(?:This|THIS)\s+(?P<t>Agreement|AGREEMENT|Contract|CONTRACT|Guaranty|GUARANTY|Guarantee"
    r"|GUARANTEE)\b"
)
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


def split_heading(text: str, found: tuple[str, int, int]) -> tuple[str, int, int] | None:
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
        if not _HEADING_FRAGMENT.fullmatch(word) or cover_line(word) or len(parts) >= 4:
            break  # "EXECUTION COPY" over "CREDIT" / "AGREEMENT" is the cover's, not the title's
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
    if norm_term(title) in GENERIC or not classify(title) or not HEAD_WORD.search(words_[-1]):
        return None
    return title, parts[0][0], end if not opener else parts[-1][1]


#: "THIS AGREEMENT is dated 3 September 2014", the line English drafting opens with above the
#: heading (then "PARTIES" or "BETWEEN" below it): a bare self-reference and its date alone on
#: the first line, the title on a line of its own below it.
_DATED_LINE = rule(
    "agreements.dated_line_over_heading",
    r"[ \t]*(?i:this)[ \t]+(?i:agreement|deed|contract)[ \t]+(?i:is[ \t]+)?"
    r"(?i:dated(?:[ \t]+(?:on|as[ \t]+of))?|made[ \t]+(?:on|as[ \t]+of))[ \t]+"
    r"(?=[^\n]{0,40}\d)[^\n]{0,40}?[ \t]*\n",
    reads="the head of a contract: a dated line above its heading, naming the document bare",
    matches=[
        "THIS AGREEMENT is dated 3 September 2014\n",
        "This Deed is made on 1 May 2020\n",
        "THIS AGREEMENT IS DATED                2019\n",
    ],
    rejects=[
        "THIS AGREEMENT is dated 3 September 2014 and is made between Ardmore Components Ltd,\n",
        "This Agreement is made between\n",
        "This Agreement is dated as of the date first written below\n",
    ],
    mode="match",
)
#: How far below the dated line the heading may stand.
_DATED_REACH = 200


def heading_below_dated_line(text: str, preamble: Region) -> tuple[str, int, int] | None:
    """The title of a contract that opens "THIS AGREEMENT is dated 3 September 2014" above
    its heading ("SUPPLY AGREEMENT" / "PARTIES" / ...): the first non-blank line below, when
    that line is a title naming an agreement, whole."""
    if not _DATED_LINE.match(text, preamble.start):
        return None
    line = re.compile(r"\s*\n[ \t]*(?P<line>[^\n]*\S)").match(
        text, text.find("\n", preamble.start), preamble.start + _DATED_REACH
    )
    if line is None:
        return None
    found = title_at(text, line.start("line"), line.end("line"))
    if (
        found is None
        or found[1] != line.start("line")
        or found[2] != line.end("line")
        or norm_term(found[0]) in GENERIC
        or not classify(found[0])
    ):
        return None
    return found


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
#: The line right above a heading, with no blank line between, in the same style (capitals or
#: capitalised words): the first part of a title a converted page split where no comma or
#: connector shows it ("JOINT VENTURE" / "CONTRACT", "Web Site Hosting" / "Agreement"), after
#: the exhibit label a flattened cover puts before it ("EXHIBIT 10.4 DISTRIBUTION" /
#: "AGREEMENT").
_LINE_ABOVE = rule(
    "agreements.split_title_line_above",
    r"[ \t]*(?:(?:EXHIBIT|Exhibit)[ \t]+[A-Z0-9][\w.\-]{0,8}[ \t]+)?"
    r"(?P<t>(?:\d{1,3}-)?[A-Z][\w&'’\-]*,?(?:[ \t]+(?:[A-Z][\w&'’\-]*,?|and|of|for|the|&)){0,5})"
    r"[ \t]*",
    reads="the line right above a heading: the first words of the same title",
    matches=[
        passage("JOINT VENTURE", t="JOINT VENTURE"),
        passage("364-DAY REVOLVING", t="364-DAY REVOLVING"),
        passage("  Intellectual Property ", t="Intellectual Property"),
        passage("EXHIBIT 10.4 DISTRIBUTION", t="DISTRIBUTION"),
    ],
    rejects=["SECTION 2.1", "dated as of June 1, 2010", "(A) TERM", "San Diego, CA 92101"],
    mode="fullmatch",
)


def _line_above(text: str, title: str, line_start: int) -> tuple[str, int] | None:
    """The first part of a heading on the line right above it, in the heading's style: its
    words and where they start."""
    if line_start < 2:
        return None
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    m = _LINE_ABOVE.fullmatch(text, above_start, line_start - 1)
    if m is None or (m["t"] == m["t"].upper()) != (title == title.upper()):
        return None  # "Tallowmere Robotics" over "SUPPLY AGREEMENT": another style, another line
    if HEAD_WORD.fullmatch(m["t"].split()[-1].strip(",")) or not opens_title(text, m["t"]):
        return None  # a title of its own, a cover's label, a legend, a company's name
    return m["t"], m.start("t")


#: A line that only says the agreement below it is amended and restated, or a master
#: agreement: "AMENDED AND RESTATED" or "MASTER" over "LICENSE AGREEMENT", a blank line between
#: them or not. Never a title of its own, always the first words of the heading under it.
_RESTATED_LINE = rule(
    "agreements.restated_line_above",
    r"[ \t]*(?P<t>(?:(?i:first|second|third|fourth|fifth|sixth)[ \t]+)?(?i:amended[ \t]+and"
    r"[ \t]+restated)|MASTER|Master)[ \t]*",
    reads="the line above a heading: 'AMENDED AND RESTATED' or 'MASTER', the first words of "
    "its title",
    matches=[
        passage("AMENDED AND RESTATED", t="AMENDED AND RESTATED"),
        passage("  Second Amended and Restated ", t="Second Amended and Restated"),
        passage("              MASTER", t="MASTER"),
    ],
    rejects=[
        "AMENDED AND RESTATED AS OF MAY 1, 2010",
        "RESTATED",
        "as amended and restated",
        "MASTER COPY",
        "master",
    ],
    mode="fullmatch",
)
#: The head word a title split off onto the next line: "EXCLUSIVE LICENSE" / "AGREEMENT".
_HEAD_LINE = re.compile(r"[ \t]*(?P<t>AGREEMENT|Agreement|CONTRACT|Contract)[ \t]*")


def split_over_lines(text: str, found: tuple[str, int, int]) -> tuple[str, int, int] | None:
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
    restated = _RESTATED_LINE.fullmatch(above.group(1)) if above else None
    if (
        above
        and restated
        and not re.match(r"(?i)(?:the\s+)?(?:\w+\s+)?(?:amended|master)\b", title)
    ):
        joined = clean_name(restated["t"] + " " + title)
        return joined, line_start - len(above.group()) + restated.start("t"), end
    opens_on_connector = re.match(r"(?i)(?:and|of|to|for|&)\s", title)
    line_above = _TITLE_LINE if opens_on_connector else _OPEN_TITLE_LINE
    first = line_above.fullmatch(above.group(1)) if above else None
    if above and first and not LEGEND_WORDS.intersection(first["t"].lower().split()):
        joined = clean_name(first["t"] + " " + title)
        if classify(joined) and len(joined.split()) <= MAX_TITLE_WORDS:
            return joined, line_start - len(above.group()) + first.start("t"), end
    first_part = _line_above(text, title, line_start)
    if first_part:
        joined = clean_name(first_part[0] + " " + title)
        if classify(joined) and len(joined.split()) <= MAX_TITLE_WORDS:
            return joined, first_part[1], end
    below = re.match(r"\n(?:[ \t]*\n)?([^\n]*)", text[line_end : line_end + 200])
    head = _HEAD_LINE.fullmatch(below.group(1)) if below else None
    if below and head and not re.search(r"(?i)\b(?:agreement|contract)$", title):
        tail_start = line_end + below.start(1) + head.start("t")
        return clean_name(title + " " + head["t"]), start, tail_start + len(head["t"])
    return None


def whole_heading(text: str, found: tuple[str, int, int]) -> tuple[str, int, int]:
    """A heading with the lines a converted page split off it, over up to three lines."""
    for _ in range(3):  # "SOFTWARE DEVELOPMENT," / "HOSTING" / "AND SUPPORT AGREEMENT"
        whole = split_over_lines(text, found)
        if whole is None:
            break
        found = whole
    return found


#: A heading set in spaced-out capitals, as converted pages print a letter-spaced title:
#: "S U P P L Y   A G R E E M E N T" (letters one space apart, words two or more).
_SPACED_HEADING = rule(
    "agreements.letter_spaced_heading",
    r"(?m)^[ \t]*(?P<t>[A-Z](?: [A-Z&\-]){2,}(?:[ \t]{2,}[A-Z](?: [A-Z&\-])+)*)[ \t]*$",
    reads="a line of the title block: a heading whose letters are spaced out",
    matches=[
        passage("S U P P L Y   A G R E E M E N T", t="S U P P L Y   A G R E E M E N T"),
        passage("\n  L I C E N S E  A G R E E M E N T \n", t="L I C E N S E  A G R E E M E N T"),
    ],
    rejects=["SUPPLY AGREEMENT", "A B", "Exhibit A B C"],
)


def spaced_heading(text: str, block: Region) -> tuple[str, int, int] | None:
    """The title of a heading whose letters are spaced out, read as words: "S U P P L Y
    A G R E E M E N T" -> "SUPPLY AGREEMENT" (never the bare "AGREEMENT")."""
    for m in _SPACED_HEADING.finditer(text, block.start, block.end):
        title = " ".join(w.replace(" ", "") for w in re.split(r"[ \t]{2,}", m["t"]))
        if norm_term(title) not in GENERIC and classify(title) and HEAD_WORD.search(title):
            return title, m.start("t"), m.end("t")
    return None


#: The term a preamble defines for a document it calls only "this Agreement": "This Agreement
#: (the "Distribution Agreement") is made ...", "THIS AGREEMENT (hereinafter the "Hosting
#: Agreement")": the specific name the document goes by.
_SELF_TERM = rule(
    "agreements.self_defined_title",
    r"[ \t]*,?[ \t]*\((?:(?:the|this)[ \t]+|hereinafter[ \t]+(?:(?:referred[ \t]+to[ \t]+as|called)"
    r"[ \t]+)?(?:the[ \t]+)?)?[\"“](?P<t>[A-Z][\w&'’\-]*(?:[ \t]+(?:[A-Z][\w&'’\-]*|of|and|for|to"
    r"|the|&)){1,7})[\"”][ \t]*\)",
    reads="right after a preamble's 'This Agreement': the specific name it defines for itself",
    matches=[
        passage(' (the "Distribution Agreement") is made', t="Distribution Agreement"),
        passage(' (this "Master Services Agreement")', t="Master Services Agreement"),
        passage(', (hereinafter the "Hosting Agreement")', t="Hosting Agreement"),
    ],
    rejects=[' (this "Agreement")', ' (the "Agreement"),', " (as amended, the Agreement)"],
    mode="match",
)


def self_defined_title(text: str, found: tuple[str, int, int]) -> tuple[str, int, int] | None:
    """The name a bare "This Agreement" defines for itself right after it, when it names an
    agreement more specifically ("Distribution Agreement")."""
    m = _SELF_TERM.match(text, found[2])
    if m is None or norm_term(m["t"]) in GENERIC or not classify(m["t"]):
        return None
    if not HEAD_WORD.fullmatch(m["t"].split()[-1]):
        return None  # "the "Effective Date"" is no name of the document
    return m["t"], m.start("t"), m.end("t")


def other_document(text: str, block: Region) -> tuple[str, int, int] | None:
    """The heading of a document that is no agreement ("THRIFT AND EMPLOYEE STOCK OWNERSHIP
    PLAN"), so that the warning names what the document is."""
    for start, end in heading_spans(text, block.start, block.end):
        found = title_at(text, start, end)
        if found and NOT_AGREEMENT.search(norm_term(found[0])):
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


def part_of_agreement(text: str, pre: Region) -> tuple[str, int, int] | None:
    """A schedule, statement of work or order form filed as a document of its own: an
    agreement under its master agreement, titled by its own name."""
    m = _PART_OF.search(text, pre.start, min(pre.end, pre.start + 400))
    return (clean_name(m["t"]), m.start("t"), m.end("t")) if m else None


#: A preamble opening on "This agreement" in lower case, the way plain-language contracts and
#: letters write it: "This agreement is made on June 1, 2010 between ...".
_LOWER_OPENING = rule(
    "agreements.lower_case_opening",
    r"\s*(?:This|THIS)\s+(?P<t>agreement|contract)\b(?:\s*\([^()]{0,40}\))?,?\s+"
    r"(?:(?:is|are)\s+)?(?:hereby\s+)?(?:made|dated|entered|executed)\b",
    reads="the opening of a preamble: the document calling itself 'this agreement' in lower case",
    matches=[
        passage("This agreement is made on June 1, 2010 between", t="agreement"),
        passage('This contract ("Contract") is entered into by', t="contract"),
        passage("  This agreement, dated as of May 5, 2004, between", t="agreement"),
    ],
    rejects=[
        "This agreement shall terminate on June 1, 2012.",
        "Under this agreement is made no promise",
        "This agreements list is attached",
    ],
    mode="match",
)


def plain_self_reference(text: str, pre: Region) -> tuple[str, int, int] | None:
    """A preamble that calls its document only "this Agreement" (the title is lost in a
    legend or a logo), or opens on the bare word ("AGREEMENT made this 5th day of ...") or on
    "This agreement is made" in lower case:
    still an agreement, titled by its own word."""
    m = _BARE_OPENING.match(text, pre.start) or _PLAIN_SELF.search(
        text, pre.start, min(pre.end, pre.start + 400)
    )
    if m is None and (m := _LOWER_OPENING.match(text, pre.start)):
        return m["t"].capitalize(), m.start("t"), m.end("t")
    return (m["t"], m.start("t"), m.end("t")) if m else None
