"""Where a document names its parties: the paragraph or list after "between" or
"among", the blocks of a cover page, and an opening that leaves the parties to
its signers ("The undersigned hereby agree").
"""

from __future__ import annotations

import re

from ingest.defined_terms import definitions_in
from ingest.names import TERMINAL_SUFFIXES, name_runs, words
from ingest.parties.descriptions import DOCUMENT
from ingest.rules import passage, rule
from ingest.structure.regions import Structure

#: Where the parties' paragraph ends: the recitals (also under a "Background" or "Preliminary
#: Statements" heading run into it: '... (the "Parties"). BACKGROUND A. Acme has developed ...',
#: '... (the "AGENTS"). PRELIMINARY STATEMENTS: 1. Pursuant to ...'), or a first numbered
#: section run into the same paragraph ("... collectively as the "Parties." 1. Purpose: ...").
_STOP_CUE = re.compile(
    r"\b(?:NOW,\s+THEREFORE|WHEREAS|Whereas|RECITALS)\b"
    r"|(?<=[.:)\"”])\s+(?:BACKGROUND|Background|PRELIMINARY\s+STATEMENTS?|Preliminary\s+Statements?)"
    r"[:.]?\s+(?=A\.|\([Aa1]\)|1\.|WHEREAS|Whereas|The\s)"
    r"|(?<=[.:\"”])\s+(?:1\.|Section\s+1\b|SECTION\s+1\b|ARTICLE\s+(?:1|I)\b)\s"
)
#: How far past the preamble's end a stop cue's lookahead may read.
_CUE_REACH = 40


#: "... is issued pursuant to that certain Securities Purchase Agreement, dated as of ...,", "This
#: Note is secured by a Security Agreement of even date herewith": the "between" after it names
#: that agreement's parties, not the document's
_OTHER_AGREEMENT = re.compile(
    r"\b(?:pursuant\s+to|under|in\s+connection\s+with|(?:secured|evidenced|guaranteed)\s+by)\s+"
    r"(?:that\s+certain|the|an?)\s+"
    r"(?:(?:[A-Z][\w-]*|and|of)\s+){0,6}Agreement\b[^.;()]{0,120}$"
)


#: "... contains the entire understanding between the parties.", "the relationship between
#: them": a "between" that refers to the parties already named, never one opening their list.
_BETWEEN_THE_PARTIES = rule(
    "parties.between_the_parties",
    r"(?i)\s*(?:the\s+(?:parties|two\s+parties)|them|themselves)\b",
    reads="the preamble: what follows a 'between' that refers to the parties named before it",
    matches=[
        passage(" the parties.", match=" the parties"),
        passage(" the Parties hereto with respect to", match=" the Parties"),
        " them relating to the Products",
    ],
    rejects=[" Acme Tools, Inc. and Beta LLC", " the Company and the Holder"],
    mode="match",
)


#: "made by", "is made as of July 1, 2019 by", "executed on May 5, 2010 by": the "by" that
#: names the parties, its date between (never "by and among", which opens the list itself).
_MADE_BY = r"(?:made|executed)(?:\s+(?:as\s+of|on|this)\b[^.;:()\"“]{1,40}?,?)?\s+by(?!\s+and\b)"


def _segment_start(start: int, end: int, text: str) -> int:
    """Where the list of parties opens in the preamble: after its first "between", "among"
    or "made by" that opens one (a "between" that names another agreement's parties or
    refers back to the parties, "the terms agreed between the parties", opens none). The first
    "made ... by" is the preamble's own even where its date stands between: a later "the Loan
    made by the Lender to ..." names no list."""
    for m in re.finditer(
        rf"\b(?:by\s+and\s+(?:among|between)|among|between|{_MADE_BY}|undersigned,?)\b",
        text[start:end],
        re.IGNORECASE,
    ):
        at = start + m.start()
        if _BETWEEN_THE_PARTIES.match(text, start + m.end()):
            continue
        if not _OTHER_AGREEMENT.search(text, max(start, at - 300), at):
            return start + m.end()
    return start


#: A preamble that announces its parties as a list below it: "by and among the following
#: parties:", "BETWEEN:", or a first party whose entry ends with ";" or "," and the next below.
#: An opening that ends "... is hereby modified as follows:" announces the changes below it,
#: not parties: read on, its signature blocks' "Its: Director of Finance" became a party.
_LIST_LEAD = re.compile(
    r"(?i)(?:\bparties|\bbetween|\bamong|\bby|\band)\s*:?\s*$|(?<!\bas\sfollows)[:;,]\s*$"
)
#: Where such a list ends: the recitals, the operative words or the first numbered section.
_LIST_END = re.compile(
    r"\b(?:NOW,?\s+THEREFORE|WHEREAS|Whereas|RECITALS|Recitals|BACKGROUND|WITNESSETH"
    r"|agree\s+as\s+follows)\b|\n[ \t]*(?:1\.|ARTICLE\s|Article\s|Section\s+1\b|SECTION\s+1\b)"
)
_LIST_WINDOW = 3000
#: "\n  2. Blackwell Science Limited a company ...": a numbered line naming a party.
_NUMBERED_PARTY = re.compile(
    r"\n[ \t]*\d\.(?:\d{1,2}\.?)?[ \t]+(?-i:[A-Z])[\w.&\-]*"
    r"(?:[ \t]+(?-i:[A-Z])[\w.&\-,]*){0,6}?,?[ \t]+an?[ \t]"
)


#: "\n1. Kestrel Audio Pty Ltd (ACN 123 456 789) of 12 Harbour Road": a numbered line that
#: opens with a company's name (a name ending in its corporate suffix), after the party's role
#: label where it has one ("\n1. Client: Marwood Pharmaceuticals, Inc., 200 Lake Street").
_NUMBERED_LINE = re.compile(
    r"\n[ \t]*\(?\d(?:\.\d{1,2})?\)?\.?[ \t]+"
    r"(?:[A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+)?[ \t]*:[ \t]*)?"
)


def _numbered_party(text: str, pos: int) -> bool:
    """Whether the numbered line at ``pos`` names a party, not a first section."""
    if _NUMBERED_PARTY.match(text, pos):
        return True
    line = _NUMBERED_LINE.match(text, pos)
    if line is None:
        return False
    eol = text.find("\n", line.end())
    runs = name_runs(text, line.end(), eol if eol > 0 else len(text))
    return bool(
        runs
        and runs[0].start == line.end()
        and len(words(runs[0].text)) >= 2
        and words(runs[0].text)[-1] in TERMINAL_SUFFIXES
    )


#: "1. PARTIES" / "1.1 Nordic Outdoor AB, a Swedish company ("Supplier")." / "1.2 ...": a
#: contract whose first numbered section lists its parties (no preamble names them).
_PARTIES_SECTION = rule(
    "parties.numbered_parties_section",
    r"(?m)^[ \t]*(?:(?:ARTICLE|Article|SECTION|Section|CLAUSE|Clause)[ \t]+)?(?:1|I|ONE)\.?"
    r"(?:[ \t]*[-–—:])?[ \t]+(?:THE[ \t]+|The[ \t]+)?(?:CONTRACTING[ \t]+|Contracting[ \t]+)?"
    r"(?:PARTIES|Parties)[ \t]*:?[ \t]*$",
    reads="the head of a contract: a first numbered section headed 'Parties'",
    matches=["1. PARTIES", "ARTICLE 1 - THE PARTIES", "1. Contracting Parties:", "I. Parties"],
    rejects=[
        "1. PARTIES TO THE AGREEMENT AND THEIR OBLIGATIONS ARE SET OUT BELOW",
        "2. PARTIES",
        "1. Definitions",
        "PARTIES",
    ],
)
#: The section after it: "2. APPOINTMENT", "ARTICLE 2", "Section 2".
_SECOND_SECTION = re.compile(
    r"\n[ \t]*(?:(?:ARTICLE|Article|SECTION|Section|CLAUSE|Clause)[ \t]+)?(?:2|II|TWO)\b\.?"
    r"|\b(?:NOW,?\s+THEREFORE|WHEREAS|RECITALS|BACKGROUND)\b"
)


def parties_section(text: str, head: int) -> tuple[int, int] | None:
    """The body of a first numbered section headed "Parties" (:data:`_PARTIES_SECTION`), up to
    the second section or the recitals."""
    m = _PARTIES_SECTION.search(text, 0, head)
    if m is None:
        return None
    limit = min(len(text), m.end() + _LIST_WINDOW)
    stop = _SECOND_SECTION.search(text, m.end(), limit)
    return m.end(), stop.start() if stop else limit


def _list_end(text: str, start: int) -> int:
    limit = min(len(text), start + _LIST_WINDOW)
    stop = _LIST_END.search(text, start, limit)
    # "BETWEEN\n\n 1. HealthGate Data Corp., a Delaware corporation ... AND\n\n 2. Blackwell
    # Science Limited a company ...": the parties numbered, not the first section
    while stop and _numbered_party(text, stop.start()):
        stop = _LIST_END.search(text, stop.end(), limit)
    return stop.start() if stop else limit


#: Where a party block opens when no preamble paragraph names the parties: "BETWEEN:",
#: a cover page's "between", "by and among".
_BLOCK_CUE = re.compile(r"\b(?:by\s+and\s+(?:between|among)|between|among)\b\s*:?", re.IGNORECASE)


def _opening_block_cue(text: str, head: int) -> re.Match[str] | None:
    """The first "between" or "among" of the head that opens a list of parties (never one
    that refers back to them: "the whole understanding between the parties")."""
    for m in _BLOCK_CUE.finditer(text, 0, head):
        if not _BETWEEN_THE_PARTIES.match(text, m.end()):
            return m
    return None


#: "This Agreement ... is entered into by Acme Corporation ("Acme") and ...", "made by Acme,
#: Inc.": the parties named after "by" alone (never "by the undersigned").
_BY_CUE = re.compile(
    r"\b(?:entered\s+into|made(?:\s+and\s+entered\s+into)?|executed)\s+by\s+"
    r"(?!and\b|the\s+undersigned\b)(?=[A-Za-z]*[A-Z])"
)
#: "The parties to this Sales Representative Agreement (this "Agreement") are:", "The Parties
#: are:": a list of the parties announced below a heading, with no "between" to open it.
_PARTIES_ARE = rule(
    "parties.parties_are_list",
    r"\b(?i:the\s+parties)\s+(?:(?i:to|of)\s+(?i:this)\s+(?:[A-Z][\w\-]*\s+){0,5}?(?i:agreement|contract)"
    r"\s+(?:\([^()]{0,40}\)\s+)?)?(?i:are)\s*:",
    reads="the head of a contract: the words announcing a list of its parties",
    matches=[
        'The parties to this Sales Representative Agreement (this "Agreement") are:',
        "THE PARTIES TO THIS AGREEMENT ARE:",
        "The Parties are:",
    ],
    rejects=["The parties to this Agreement are bound", "the parties are each"],
)
#: The next numbered section after a sentence's end.
_NEXT_SECTION = re.compile(r"(?<=[.:)\"\u201d])\s+\d{1,2}\.\s+(?=[A-Z])")
#: How far into a document a party block without a preamble may stand.
HEAD_WINDOW = 6000
#: A paragraph break: a blank line, or several (a cover page spaces its blocks by many).
_BLANK_LINE = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)*")
#: A paragraph that goes on with the list of parties: "And", "- and -", "AND: ...".
_AND_PARAGRAPH = re.compile(r"\s*-?\s*(?:and|AND|And|&)\b")


def _paragraph_end(text: str, pos: int, limit: int) -> int:
    """Where the paragraph holding ``pos`` ends, with the paragraphs a cover block adds to it
    ("ACME, INC. ("Acme")" / "And" / "BETA LLC ("Beta")"); never past ``limit``."""
    brk = _BLANK_LINE.search(text, pos, limit)
    while brk and _AND_PARAGRAPH.match(text, brk.end()):
        after_and = _BLANK_LINE.search(text, brk.end(), limit)  # the "And" paragraph itself
        if after_and and text[brk.end() : after_and.start()].strip() not in ("And", "and", "AND"):
            brk = after_and  # "And BETA LLC ("Beta")" in one paragraph
            continue
        brk = _BLANK_LINE.search(text, after_and.end(), limit) if after_and else None
    return brk.start() if brk else limit


#: What opens a paragraph that goes on with the sentence before it: a parenthesis (the
#: party's term below its address), a lower-case word, a comma, "and".
#: A page's number between them ("-1-", "2", "Page 1 of 9", "<PAGE>") is no paragraph's end.
_RUN_ON = re.compile(
    r"\n[ \t]*(?:(?:<PAGE>|-?[ \t]*\d{1,3}[ \t]*-?|Page[ \t]+\d{1,3}(?:[ \t]+of[ \t]+\d{1,3})?)?"
    r"[ \t]*\n[ \t]*)+\s*(?=\(|[a-z]|,|(?:and|AND|And)\s)"
)
#: How many broken paragraphs one preamble sentence may run over.
_RUN_ON_PARAGRAPHS = 4


def _run_on_end(text: str, end: int) -> int:
    """Where the preamble's sentence ends when a page's conversion broke it into paragraphs
    ("Acme, Inc. 12 Main St. Springfield, CA 91016 USA" / "(hereinafter called "ACME"), and
    Beta GmbH ..."): through every paragraph that goes on with it."""
    for _ in range(_RUN_ON_PARAGRAPHS):
        m = _RUN_ON.match(text, end)
        if m is None:
            break
        brk = _BLANK_LINE.search(text, m.end(), min(len(text), m.end() + 2000))
        stop = _STOP_CUE.search(
            text, m.end(), brk.start() if brk else min(len(text), m.end() + 2000)
        )
        if stop:
            return stop.start()
        end = brk.start() if brk else min(len(text), m.end() + 2000)
    return end


def party_zones(text: str, st: Structure) -> list[tuple[int, int, bool]]:
    """Where to read the parties, best first, and whether strictly (outside a preamble a name
    needs a term or descriptor of its own): the parties' paragraph above the preamble found
    ("SUPPLY AGREEMENT ... effective as of ... between Acme Labs ("Acme") and ..." above a
    paragraph that reads "This Agreement ..."; a cover "AGREEMENT between X ("X") and Y"),
    when it gives a party a term; the preamble (with the list it announces); the preamble
    and the paragraphs after it up to the recitals ("This Agreement is entered into with
    effect as of the Effective Date" / "BETWEEN:" / the parties, each on its own lines); the
    head of the document from its first "between" (a cover page, a block "Between: ... And:
    ...") or, with no such word, its first paragraphs."""
    zones: list[tuple[int, int, bool]] = []
    head = min(len(text), HEAD_WINDOW)
    if st.preamble is not None and st.preamble.start <= head:
        above = _BLOCK_CUE.search(text, 0, st.preamble.start)
        named = [
            d
            for d in (definitions_in(text, above.end(), st.preamble.start) if above else [])
            if d.style == "paren" and not DOCUMENT.search(d.term)
        ]
        if above and named:
            # to the end of the paragraph that names the first party, never past the preamble
            zones.append((above.end(), _paragraph_end(text, named[0].end, st.preamble.start), True))
    if st.preamble is not None:
        start = _segment_start(st.preamble.start, st.preamble.end, text)
        # read a little past the preamble's end: a heading run in at its end ('... the
        # "AGENTS"). PRELIMINARY STATEMENTS: 1. Pursuant') is known by what follows it
        stop = _STOP_CUE.search(text, start, min(len(text), st.preamble.end + _CUE_REACH))
        if stop and stop.start() >= st.preamble.end:
            stop = None
        end = stop.start() if stop else st.preamble.end
        if not stop:
            end = _run_on_end(text, end)
        # ("... entered into as of November 2, 2020 by and between" / the parties below): the
        # lead is looked for in the preamble's words, the list's opening word among them
        if not stop and _LIST_LEAD.search(text, max(st.preamble.start, end - 60), end):
            end = _list_end(text, end)
        zones.append((start, end, False))
        zones.append((start, max(end, _list_end(text, st.preamble.end)), True))
        if (heading := _heading_between(text, st)) is not None:
            zones.append((*heading, False))
    if st.preamble is None or st.preamble.start > head:
        if (listed := parties_section(text, head)) is not None:
            zones.append((*listed, True))
        cues = [
            c
            for c in (
                _opening_block_cue(text, head),
                _BY_CUE.search(text, 0, head),
                _PARTIES_ARE.search(text, 0, head),
            )
            if c
        ]
        start = min(c.end() for c in cues) if cues else 0
        end = _list_end(text, start + 1)
        if cues and (section := _NEXT_SECTION.search(text, start, end)):
            end = section.start()  # "1. Hosting. This Agreement is entered into by ... 2. Fees."
        zones.append((start, end, True))
    return zones


#: "Agreement between Holloway Films, Inc. and Starlight Cinemas, LLC": a heading line that
#: names the parties after its title, "between" them (the line's end closes the list).
_HEADING_BETWEEN = rule(
    "parties.heading_names_parties",
    r"(?m)^[ \t]*(?:[A-Z][\w&'’\-]*[ \t]+){0,6}?(?:Agreement|AGREEMENT|Contract|CONTRACT"
    r"|Addendum|ADDENDUM)[ \t]+(?:(?i:by)[ \t]+(?i:and)[ \t]+)?(?i:between|among)[ \t]+(?=\S)",
    reads="the title block: a heading that names the parties after the title",
    matches=[
        "Agreement between Holloway Films, Inc. and Starlight Cinemas, LLC",
        "MARKETING SERVICES AGREEMENT BETWEEN LUMINA HEALTH, INC. AND BRIGHTWAVE MEDIA LLC",
        "License Agreement by and between Orbis Ltd. and Lakeview Inc.",
    ],
    rejects=[
        "This Agreement is made between Orbis Ltd. and Lakeview Inc.",
        "The agreement between the parties shall govern",
    ],
)


def _heading_between(text: str, st: Structure) -> tuple[int, int] | None:
    """Where the title block's heading names the parties after its title ("Agreement between
    Holloway Films, Inc. and Starlight Cinemas, LLC"): the rest of that line. Read only when
    the preamble under it names none ("This Agreement is made as of March 3, 2014.")."""
    if st.title_block is None:
        return None
    m = _HEADING_BETWEEN.search(text, st.title_block.start, st.title_block.end)
    if m is None:
        return None
    eol = text.find("\n", m.end())
    return m.end(), eol if eol >= 0 else len(text)


#: "The undersigned hereby agree", "each of the undersigned acknowledges": an opening whose
#: parties are whoever signs below (a joint filing agreement, a consent).
_UNDERSIGNED = re.compile(
    r"(?i)\b(?:the|each\s+of\s+the)\s+undersigned\s+(?:\w+\s+){0,2}?"
    r"(?:agree|agrees|acknowledge|acknowledges|consent|consents|confirm|confirms|certify)\b"
)
#: How far into the document that opening may stand.
_UNDERSIGNED_OPENING = 3_000


def undersigned_opening(text: str) -> re.Match[str] | None:
    """The words by which a document leaves its parties to its signers ("The undersigned
    hereby agree ..."), when no "between" or "among" before them names the parties; the
    companies such an opening names (the issuer of a joint filing) are no parties."""
    cue = _UNDERSIGNED.search(text, 0, min(len(text), _UNDERSIGNED_OPENING))
    if cue is None or _BLOCK_CUE.search(text, 0, cue.start()):
        return None
    return cue
