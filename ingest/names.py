"""Names of organisations and people as drafted, found by one compiled pattern.

Vocabulary:
- *name run*: a maximal run of capitalised words, allowing lower-case connectors inside
  ("Bank of St. Louis", "Kelley Drye & Warren") and a comma before a corporate suffix
  ("Zoltek Companies, Inc.", "Iroquois Capital, L.P.", "Bank of America, N.A.").
- *org word*: a word that makes a run an organisation (suffixes such as Inc. or LLC, and
  heads such as Bank, Trust, Fund); the word lists are in :mod:`ingest.name_words`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.name_words import (
    HEADING_WORDS,
    ORG_WORDS,
    STOP_WORDS,
    TERMINAL_SUFFIXES,
    TITLE_WORDS,
)
from ingest.rules import passage, rule

#: "Halden Capital S.à r.l.", "ALDER FUND I S. À R. L.", "Orrin Brands S.a r.l." (the accent
#: dropped by a filing in ASCII): a Luxembourg société à responsabilité limitée, typed with or
#: without spaces, in either case; one suffix word ("sarl").
_SARL = r"S\.[ \t]?[àÀaA]\.?[ \t]?[rR]\.[ \t]?[lL]\.?"
#: A national bank's form in a parenthesis, as older filings style it ("The Chase Manhattan
#: Bank (National Association)"), or a foreign bank's branch ("Kronberg Landesbank AG (New
#: York Branch)", "(acting through its Cayman Islands Branch)", wrapped over a line on a
#: signature block): it ends the name, never a bank and a party "National Association" nor a
#: bank without the office that lends; readers that blank parenthetical asides keep it.
PAREN_FORM = (
    r"\((?:National\s+Association|NATIONAL\s+ASSOCIATION|N\.\s?A\."
    r"|(?:[Aa]cting\s+through\s+its\s+)?(?:[A-Z][a-z]+\s+){1,3}Branch"
    r"|(?:ACTING\s+THROUGH\s+ITS\s+)?(?:[A-Z]+\s+){1,3}BRANCH)\)"
)
_SUFFIX_ALT = (
    r"Inc\.?|INC\.?|Incorporated|INCORPORATED|Corp\.?|CORP\.?|Corporation|CORPORATION"
    r"|L\.\s?L\.\s?C\.?|LLC|L\.\s?P\.?|LP|LLP|L\.L\.P\.|Ltd\.?|LTD\.?|Limited|LIMITED|plc|PLC"
    # a public limited company with its letters dotted ("Halden Finance p.l.c.", "P.L.C.")
    r"|[pP]\.\s?[lL]\.\s?[cC]\."
    r"|N\.\s?A\.?|National\s+Association|NATIONAL\s+ASSOCIATION|GmbH|B\.V\.?|N\.V\.?|ULC"
    rf"|{PAREN_FORM}"
    # a federal savings bank ("Harlan Savings Bank, FSB")
    r"|FSB|F\.S\.B\.?"
    # a Farm Credit System lender ("Northwest Farm Credit Services, FLCA")
    r"|FLCA"
    # Mexican and Latin American forms, and a Luxembourg S.A.R.L. typed in capitals, before the
    # bare "S.A." they start with ("D.I. HOLDINGS S.A.R.L." is one name, never "... S.A" and
    # "R.L.")
    r"|S\.A\.(?:B\.)?\s+(?:de|DE)\s+C\.\s?V\.|S\.\s?(?:de|DE)\s+R\.\s?L\.(?:\s+(?:de|DE)\s+C\.\s?V\.)?"
    rf"|{_SARL}|S\.A\.?|Ltda\.?|LTDA\.?"
    # professional corporations ("Smile Works, P.C.", "Hale & Ross, PLLC"); never "P.A.", which
    # initials a person's name as often as it ends a professional association's
    r"|P\.C\.|PLLC|P\.L\.L\.C\.|LLLP|L\.L\.L\.P\."
    r"|AG|Co\.|CO\.|SPC(?:\s*-\s*[\w ]+)?"
    # a branch, or either of two ("..., NEW YORK BRANCH AND/OR CAYMAN ISLANDS BRANCH": a bank
    # that lends through either is one party)
    r"|(?:[A-Z][a-z]+\s+){1,3}Branch(?:\s+and/or\s+(?:[A-Z][a-z]+\s+){1,3}Branch)?"
    r"|(?:[A-Z]+\s+){1,3}BRANCH(?:\s+AND/OR\s+(?:[A-Z]+\s+){1,3}BRANCH)?"
    # a foreign bank's United States office ("..., ATLANTA AGENCY") or several branches named
    # at once ("..., NEW YORK AND/OR CAYMAN ISLANDS BRANCHES")
    r"|(?:[A-Z][a-z]+\s+){1,3}Agency|(?:[A-Z]+\s+){1,3}AGENCY"
    r"|(?:(?:[A-Z][a-z]+|and(?:/or)?)\s+){2,6}Branches|(?:(?:[A-Z]+|AND(?:/OR)?)\s+){2,6}BRANCHES"
    r"|A/S|ApS|AB|ASA|Oyj|OYJ|Oy|\((?:Pty|PTY|Proprietary|PROPRIETARY)\)[ \t]+(?:Ltd\.?|LTD\.?"
    r"|Limited|LIMITED)|Berhad|BERHAD|S\.p\.A\.?|SpA|S\.r\.l\.?|K\.K\.?|Pty\.?|PTY\.?|Pte\.?|PTE\.?|Sdn\.?\s+Bhd\.?"
    r"|Bhd\.?|S\.A\.S\.?|SAS|SARL|KGaA|Tbk\.?"
    # a Czech or Slovak limited company, typed in lower case as often as not ("Ostrava
    # Biologics s.r.o.", "KOVO TRADE S.R.O.")
    r"|s\.[ \t]?r\.[ \t]?o\.|S\.[ \t]?R\.[ \t]?O\."
)
_SP_EARLY = r"[ \t]*(?:\n[ \t]*)?"
#: A word of a name: capitalised ("Zoltek"), a brand's inner capital ("eDiets", "iPass"), a
#: number with letters ("4Kids"), or a lower-case dotted brand before a capitalised word
#: ("ebix.com, Inc.", "e.l.f. Beauty, Inc.", never "e.g." or "i.e."), or a lower-case brand
#: with a digit in it ("i3 Integrative Solutions, LLC", "edge2net Inc.").
_WORD = (
    f"(?:(?!{_SARL})"
    # a trade mark's sign may close a word ("Quillfeather Brands™ LLC"); a word a line's end
    # hyphenated goes on below it ("Cardinal Micro-\nsystems Corporation")
    r"[A-Z](?![\w'’.\-]*/)[\w'’.\-]*(?:(?<=[A-Za-z]-)\n[ \t]*[a-z][\w'’.\-]*)?[™®]?|"
    # "The Sterling/Winters Co.", "A/G SYSTEMS, INC.": two capitalised words joined by a slash
    # are one word of a name that ends in a corporate suffix ("IBM/MSL Statement of Work",
    # "Borrower/Guarantor" are none)
    rf"[A-Z][\w'’.\-]*/(?=[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){{0,3}},?{_SP_EARLY}"
    rf"(?:{_SUFFIX_ALT})(?!\w))"
    r"|[a-z]{1,2}[A-Z][\w'’.\-]*|\d[\w.\-]*[A-Za-z][\w.\-]*|&"
    r"|(?<![\w.])(?!(?:e\.g|i\.e|a\.m|p\.m|et\.al|viz)\b|www\.)[a-z][a-z0-9]*(?:\.[a-z0-9]+)+\.?"
    r"(?=,?[ \t]+[A-Z])|(?<![\w.\-])[a-z]{1,6}\d[a-z0-9]*"
    r"(?=,?[ \t]+(?!(?:The|THE|This|THIS|An?|In|IN|Section|SECTION|Article|ARTICLE)\b)[A-Z]))"
)
_CONNECT = r"(?:of|and|for|de|du|des|la|le|the|y|et|und|do|da|dos|das|del|di|&)"
#: "National Football League Alumni - Northern California Chapter", "Zebra Technologies do
#: Brasil - Comércio de Produtos Ltda.": a spaced dash inside one name (see :func:`_split_dash`).
_DASH = r"[ \t]+[-\u2013][ \t]+"
#: "SUNRISE -KANSAS, INC.": the hyphen of a hyphenated name with a space slipped before it
#: (text converted from a typeset page); the words on both sides are one name.
_SLIPPED_HYPHEN = rule(
    "names.slipped_hyphen",
    r"(?<=[A-Za-z]{2})[ \t]-(?=[A-Z][A-Za-z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){0,3},?[ \t]+"
    rf"(?:{_SUFFIX_ALT})(?!\w))",
    reads="a company's name: a hyphen with a space slipped before it, joining two capitalised "
    "words, the name's corporate suffix ahead",
    matches=[
        passage("SUNRISE -KANSAS, INC.", match=" -"),
        passage("Harbor -Iowa Holdings, LLC", match=" -"),
    ],
    rejects=[
        "SUNRISE - KANSAS, INC.",
        "SUNRISE-KANSAS, INC.",
        "Page 4 -Exhibit",
        "Exhibit A -Form of Note",
        "ACME -- INC.",
        "Governing Law -This AGREEMENT shall",
    ],
)
#: the space between two words of a name: a non-breaking one too ("U.S.\u00a0BANK NATIONAL
#: ASSOCIATION" in text converted from a web page)
_SP = r"[ \t\xa0]*(?:\n[ \t\xa0]*)?"
#: "Element SaaS Finance (USA), LLC", "Dialog Semiconductor (UK) Ltd.": a parenthesised place
#: inside a name, before its suffix.
_PLACE = rf"(?:{_SP}\((?:[A-Z][\w.\-]*[ ]?){{1,3}}\)(?=,?{_SP}(?:{_SUFFIX_ALT})(?!\w)))"
#: "PNC Bank, Ohio, N.A.", "Bank One, Texas, National Association": a place set off by
#: commas inside a name, before its suffix.
_US_STATES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia"
    "|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts"
    "|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey"
    "|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania"
    "|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia"
    "|Washington|West Virginia|Wisconsin|Wyoming"
)
_STATE_ALT = "|".join(f"{st}|{st.upper()}" for st in _US_STATES.split("|")).replace(" ", r"\s+")
_COMMA_PLACE = rf"(?:,{_SP}(?:{_STATE_ALT})(?=,{_SP}(?:{_SUFFIX_ALT})(?!\w)))"
#: "Acer Therapeutics inc.": a suffix typed in lower case, without the comma.
_LOWER_SUFFIX = r"(?:[ \t]+(?:inc\.|corp\.|llc|ltd\.)(?!\w))"
#: "Gary F. Santo, Jr.": a generational suffix of a person's name.
_GENERATION = r"(?:,?[ \t]+(?:Jr\.|Sr\.|JR\.|SR\.|II|III|IV)(?![\w]))"
#: "EWSD 1, LLC", "Solar Partners 2, L.P.", "Tele 2 AB", "Pennock Terminal #2 LLC": a small
#: number (with a number sign or not) ending a name (never its first word), right before the
#: suffix ("Dublin 4, Co. Dublin" is an address).
_NUMBER_WORD = rf"#?\d{{1,2}}(?!,?[ \t]+C[Oo]\.)(?=,?[ \t]+(?:{_SUFFIX_ALT})(?!\w))"
#: "Layer 2 Communications Group Ltd.", "BW 3 Franchise Systems, Inc.": a small number inside a
#: name (never its first word), where capitalised words and a corporate suffix follow it
#: ("Harbor Subsidiary #3 Holdings LLC": with a number sign).
_INNER_NUMBER = rf"#?\d{{1,3}}(?=(?:[ \t]+[A-Z][\w'’.\-]*){{1,4}},?[ \t]+(?:{_SUFFIX_ALT})(?!\w))"
#: "Granite Peak CLO 2007-1, Ltd.", "Alder Funding 2006-II Ltd.": the year and series of a fund
#: or a securitisation vehicle issued in a run of series (never a name's first word), where at
#: most a few capitalised words and a corporate suffix follow it.
_SERIES_NUMBER = (
    rf"(?:19|20)\d\d-(?:\d{{1,2}}|[A-Z]{{1,3}})(?![\w\-])"
    rf"(?=(?:[ \t]+[A-Z][\w'’.\-]*){{0,3}},?[ \t]+(?:{_SUFFIX_ALT})(?!\w))"
)
#: "The Harlow Family 2015 Irrevocable Trust", "Dane 2012 GRAT Trust": a year inside the name
#: of a trust, where capitalised words and the word "Trust" (ending the name) follow it.
_TRUST_YEAR = (
    r"(?:19|20)\d\d(?=(?:[ \t]+[A-Z][\w'’.\-]*){0,3}?[ \t]+(?:Trust|TRUST)"
    r"(?![\w'’.\-]|[ \t]+[A-Z]))"
)
#: "The Regents of the University of Wexford", "Trustees of the Harlow Family Trust": "of the"
#: inside the name of an institution or a trust, where the institution's word follows;
#: "Ministry of Commerce of the Republic of Kestania": a public body of a state.
_OF_THE = (
    r"(?:of|OF)[ \t]+(?:the|THE)(?=(?:[ \t]+[A-Z][\w'’.\-]*(?:[ \t]+(?:of|OF))?){0,4}[ \t]+"
    r"(?:University|UNIVERSITY|College|COLLEGE|Trust|TRUST|Institute|INSTITUTE|Foundation"
    r"|FOUNDATION|Republic|REPUBLIC)\b)"
)
#: "The Foundation for the Arts of Westport, Inc.", "Society for the Prevention of Blindness":
#: "for the" inside the name of a body that serves a cause, right after the body's word and
#: before a capitalised word.
_BODY_WORDS = (
    "Foundation",
    "Society",
    "Association",
    "Center",
    "Centre",
    "Institute",
    "Council",
    "Alliance",
    "Coalition",
    "Committee",
    "Academy",
    "Museum",
    "League",
)
_FOR_THE = (
    "(?:"
    + "|".join(rf"(?<=\b{w}[ \t])|(?<=\b{w.upper()}[ \t])" for w in _BODY_WORDS)
    + r")(?:for|FOR)[ \t]+(?:the|THE)(?=[ \t]+[A-Z])"
)
#: "Bank of the Ozarks", "University of the Pacific", "Church of the Nazarene, Inc.": "of the"
#: inside a name right after its head word (a bank, a school, a church, a public body) and
#: before a capitalised word that is no role or document a contract defines ("Issuing Bank
#: of the Borrower", "Council of the Lenders" are a capacity, not a name).
_HEAD_WORDS = (
    "Bank",
    "University",
    "College",
    "Church",
    "Museum",
    "Hospital",
    "Society",
    "Association",
    "Institute",
    "Academy",
    "Council",
    "Government",
    "Commonwealth",
)
_ROLE_AFTER_THE = (
    r"(?:Borrowers?|Company|Lenders?|Agents?|Parties|Party|Sellers?|Buyers?|Purchasers?|Issuers?"
    r"|Guarantors?|Trustees?|Holders?|Obligors?|Administrative|Collateral|Loans?|Credit"
    r"|Agreement|Notes?|Licensors?|Licensees?|Customers?|Bank|Banks)\b"
)
_HEAD_OF_THE = (
    "(?:"
    + "|".join(rf"(?<=\b{w}[ \t])|(?<=\b{w.upper()}[ \t])" for w in _HEAD_WORDS)
    + rf")(?:of|OF)[ \t]+(?:the|THE)(?=[ \t]+[A-Z])(?![ \t]+(?i:{_ROLE_AFTER_THE}))"
)
#: "Telia AB (publ)": a Swedish public company's mark after its suffix.
_PUBL = r"(?:(?<=AB)[ \t]+\((?:publ|PUBL)\))?"
#: "NORTHWOOD CAPITAL , LIMITED": a space typed before the comma that sets off a suffix.
_STRAY_SPACE = r"(?:[ \t]+(?=,))?"
NAME_RE = re.compile(
    rf"{_WORD}(?:(?:{_SP}(?:(?:{_OF_THE}|{_FOR_THE}|{_HEAD_OF_THE}|{_CONNECT}){_SP})?|{_DASH}"
    rf"|{_SLIPPED_HYPHEN.pattern})"
    rf"(?:{_WORD}|{_SERIES_NUMBER}|{_NUMBER_WORD}|{_INNER_NUMBER}|{_TRUST_YEAR}))*{_PLACE}?"
    rf"{_COMMA_PLACE}?"
    rf"(?:{_STRAY_SPACE},?{_SP}(?:{_SUFFIX_ALT})(?![\w]))*{_PUBL}{_LOWER_SUFFIX}?{_GENERATION}?"
)
#: A word of a name; "A/S" (a Danish or Norwegian company's suffix) is one word.
_TOKEN_RE = re.compile(rf"\bA/S\b|{_SARL}|[\w'’&.\-]+")
_SARL_RE = re.compile(_SARL)
_AND_SPLIT = re.compile(r"(?<=[.\w]),?\s+(?:and|AND|And)\s+")


@dataclass(frozen=True, slots=True)
class NameRun:
    start: int
    end: int
    text: str

    @property
    def is_org(self) -> bool:
        return is_org_name(self.text)


def words(name: str) -> list[str]:
    """Lower-case words of a name without dots ("L.P." -> "lp")."""
    return [
        "sarl" if _SARL_RE.fullmatch(w) else w.replace(".", "").replace("’", "'").lower()
        for w in _TOKEN_RE.findall(name)
    ]


def plain_words(name: str) -> list[str]:
    """A name's letters and digits in lower case, split at everything else ("S.p.A." -> "s",
    "p", "a"): how two spellings of one name are compared word by word."""
    return re.findall(r"[a-z0-9]+", name.lower())


#: Last words of defined measures, which borrow org words ("Federal Funds Rate").
MEASURE_WORDS = frozenset(
    ["rate", "date", "price", "amount", "period", "percentage", "ratio", "margin", "spread"]
)
#: Stop words that may stand inside a company's name when an org word ends it ("Morgan
#: Guaranty Trust Company", "Warrant Holdings LLC"), never in an agreement's title.
_SOFT_STOP = frozenset(["guaranty", "guarantee", "note", "notes", "lease", "warrant", "debenture"])
#: A caption's stop word that may stand inside a company's name, never open it: "Madrone Title
#: Company", "Harbor Title Insurance Company" (title insurers are trustees of deeds of trust and
#: escrow agents), never "Title: Vice President".
_INNER_SOFT_STOP = frozenset(["title"])


def is_org_name(name: str) -> bool:
    """Whether a name reads as an organisation (it carries an org word)."""
    ws = words(name)
    if ws and ws[-1] in TITLE_WORDS | {"treas", "vp", "evp", "svp"}:
        return False  # "Chief Financial Officer", "Managing Director": an officer's title
    if ws and ws[-1] in MEASURE_WORDS:
        return False  # "Federal Funds Rate", "Capital Expenditure Amount": a defined measure
    while ws and ws[-1] in ("of", "and", "&"):
        ws = ws[:-1]  # "MORGAN GUARANTY TRUST COMPANY OF" / "NEW YORK": a name cut at a line end
    if caption_opens_name(name):
        ws = ws[1:]  # "Signature Brands Pty Ltd": the caption's word is the name's first
    softs = _SOFT_STOP | _INNER_SOFT_STOP
    last_soft = max((i for i, w in enumerate(ws) if w in softs), default=-1)
    org_after = any(w in ORG_WORDS for w in ws[last_soft + 1 :])
    opens = last_soft == 0 and ws[0] not in _INNER_SOFT_STOP and _soft_opening(ws)
    soft = softs if (last_soft > 0 or opens) and org_after else frozenset()
    stops = STOP_WORDS - soft
    return any(_org_word(w) for w in ws) and not any(
        w in stops and not _head_of_the(ws, i) for i, w in enumerate(ws)
    )


#: the head words of :data:`_HEAD_WORDS` in lower case, and a role that "of the" may not open
_HEADS = frozenset(w.lower() for w in _HEAD_WORDS)
_ROLE_AFTER = re.compile(rf"(?i:{_ROLE_AFTER_THE})")


def _head_of_the(ws: list[str], i: int) -> bool:
    """Whether ``ws[i]`` is the "the" of "Bank of the West", "University of the Pacific": no
    stop word there, as :data:`NAME_RE` reads the name whole (see ``_HEAD_OF_THE``; never
    before a role, "Issuing Bank of the Borrower")."""
    return (
        ws[i] == "the"
        and 2 <= i < len(ws) - 1
        and ws[i - 1] == "of"
        and ws[i - 2] in _HEADS
        and not _ROLE_AFTER.fullmatch(ws[i + 1])
    )


#: The word of a caption ("Signature Page", "Title:", "Exhibit A", "Schedule 1") that also
#: opens a company's name in title case: "Signature Orthopaedics Pty Ltd", "Title Resource
#: Group, LLC", "Page Industries, Inc.", "Exhibit Media LLC".
_CAPTION_OPENERS = frozenset(
    ["signature", "page", "title", "exhibit", "schedule", "annex", "section", "article"]
)
_CAPTION_OPENING = rule(
    "names.caption_word_opens_company",
    r"\A(?:Signature|Page|Title|Exhibit|Schedule|Annex|Section|Article)[ \t]+"
    r"(?!(?:[IVXLC]+|[A-Z]|Page|Pages|Of|To|For|And|Agreement|Amendment|Note|Notes)\b)"
    r"(?=[A-Z][a-z]{1,}[\w&'’\-]*\b)",
    reads="a company's name whose first word, in title case, is a caption's word",
    matches=[
        "Signature Orthopaedics Pty Ltd",
        "Title Resource Group, LLC",
        "Page Industries, Inc.",
        "Exhibit Media LLC",
    ],
    rejects=[
        "Signature Page to Credit Agreement",
        "SIGNATURE BANK",
        "Exhibit A Form of Note",
        "Schedule I Lenders",
        "Title: Vice President",
        "Section 5 Acme Corp.",
        "Signature of Acme Corp.",
    ],
)


def caption_opens_name(name: str) -> bool:
    """Whether a caption's word opens a company's name (:data:`_CAPTION_OPENING`): title case,
    a capitalised word after it, a corporate suffix ending it ("Inc.", "LLC", "Pty Ltd": never
    "Title Acme Company", a signature block's caption run into the company's name), and no
    other stop word or heading noun in it."""
    if not _CAPTION_OPENING.match(name):
        return False
    ws = words(name)
    rest = ws[1:]
    return (
        len(rest) >= 2
        and rest[-1] in TERMINAL_SUFFIXES
        and not any(w in STOP_WORDS | TITLE_WORDS | HEADING_WORDS for w in rest)
        and not any(w in ("of", "to", "for", "by") for w in rest)
    )


def _soft_opening(ws: list[str]) -> bool:
    """ "Guaranty Bank, FSB", "Guaranty Savings Bank, FSB": a soft stop word opens a name that
    an org word goes on with and a suffix ends, no connector between (never "Guaranty of Acme
    Corp.", a document's title)."""
    return (
        len(ws) > 2
        and ws[0] in _SOFT_STOP
        and ws[-1] in TERMINAL_SUFFIXES
        and any(w in ORG_WORDS for w in ws[1:-1])
        and not any(w in ("of", "to", "for", "by", "and", "&") for w in ws)
    )


def _org_word(word: str) -> bool:
    """An org word, or one compounded with "bank" ("NationsBank", "Citibank")."""
    return word in ORG_WORDS or (word.endswith("bank") and len(word) > 4)


def looks_like_person(name: str) -> bool:
    """Two to five capitalised words with no org word: "G. Troy Meier", "Robert E. Sleet, Jr."
    (never a heading's words: "Existing Indebtedness")."""
    ws = words(name)
    if not 2 <= len(ws) <= 6 or any(
        _org_word(w) or w in STOP_WORDS or w in TITLE_WORDS or w in HEADING_WORDS for w in ws
    ):
        return False
    parts = [p for p in re.split(r"[\s,]+", name.strip()) if p]
    return all(p[0].isupper() or p in ("de", "van", "von", "der", "la") for p in parts)


#: Last words of an officer's title, which a flattened signature block runs into the
#: company's name ("Authorized Signatory HPS Partners, LLC").
_TITLE_ENDS = frozenset(
    ["signatory", "officer", "president", "secretary", "treasurer", "director", "counsel"]
)


def _drop_title(text: str, start: int, end: int) -> int:
    """Where the company starts after an officer's title that heads the run ("Managing
    Member KESTREL GP, LLC": a title typed in mixed case before a company in capitals)."""
    toks = list(_TOKEN_RE.finditer(text, start, end))
    cut = max((i for i, t in enumerate(toks) if _ends_title(toks, i)), default=-1)
    rest = " ".join(t.group() for t in toks[cut + 1 :])
    if cut >= 0 and rest[:1].isupper() and is_org_name(rest) and len(words(rest)) >= 2:
        return toks[cut + 1].start()
    return start


def _ends_title(toks: list[re.Match[str]], i: int) -> bool:
    word = toks[i].group()
    if word.lower() in _TITLE_ENDS:
        return True
    # "Member", "Manager", "Partner" end a title only where a name in capitals follows
    rest = [t.group() for t in toks[i + 1 :]]
    return (
        word.lower() in _CAPACITY_ENDS
        and not word.isupper()
        and bool(rest)
        and all(t.isupper() or not t[:1].isalpha() for t in rest)
    )


#: Last words of a capacity that may also stand inside a company's name ("Holdings Manager
#: L.L.C."): they end a title only before a name in capitals.
_CAPACITY_ENDS = frozenset(["member", "manager", "partner", "trustee"])


#: The close of an English party clause, "of the One Part and" (or "of the First Part,
#: and"), before the next party's name: capitalised, it runs into that name.
_PART_LEAD = re.compile(
    r"(?:One|First|Second|ONE|FIRST|SECOND)\s+(?:Part|PART)\s*,?\s+(?:and|AND)\s+(?=\S)"
)


#: A word of the list of parties written in capitals before a name ("BETWEEN Halden Data
#: Ltd", "AMONG Orrin Brands LLC", "And FLEXTRONICS ISRAEL LTD."): never a word of the name;
#: so is a lower-case "and" where a gap cut the run before it (a parenthetical blanked, a
#: column's spaces: "the Borrower (as successor to ...) and Wachovia Bank"): no name opens so.
_LIST_LEAD = re.compile(r"(?:And|AND|and|Between|BETWEEN|Among|AMONG|Amongst|AMONGST)\s+")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading stop words ("This", "WHEREAS", "The"), a leading officer's title and
    trailing punctuation."""
    start = _drop_title(text, start, end)
    if (part := _PART_LEAD.match(text, start, end)) and end > part.end():
        start = part.end()  # "... (the "Agent") of the One Part and Castellan Agencies Ltd."
    lead = _LIST_LEAD.match(text, start, end)
    if lead and end > lead.end():
        # "And FLEXTRONICS ISRAEL LTD." opening a party's line, "BETWEEN Halden Data Ltd"
        # opening the list of parties in capitals
        start = lead.end()
    while True:
        m = re.match(r"([\w'’.\-&]+)\s+", text[start:end])
        if not m or m.group(1).lower().rstrip(".") not in STOP_WORDS:
            break
        if _soft_opening(words(text[start:end])) or caption_opens_name(text[start:end]):
            break
        if all(w in TERMINAL_SUFFIXES for w in words(text[start + m.end() : end])):
            break
        start += m.end()
    while end > start and text[end - 1] in ",;:-":
        end -= 1
    if _SENTENCE_STOP.search(text, start, end):
        end -= 1  # "... to Hoku Corporation. (the "Borrower")": the sentence's stop, no suffix's
    return start, end


#: A stop after a whole word that ends a name ("Corporation.", "Holdings."), never the stop
#: of an abbreviation ("Inc.", "Corp.", "Bros.", "N.A.", "Jr.").
_SENTENCE_STOP = re.compile(
    r"(?<![\w.])(?!(?:Corp|CORP|Bros|BROS|Assoc|ASSOC|Intl|INTL|Mfg|MFG|Svcs|SVCS)\.$)"
    r"[A-Z][a-z]{4,}\.$|(?<![\w.])[A-Z]{5,}\.$"
)


_ENDS_IN_SUFFIX = re.compile(rf",?\s*(?:{_SUFFIX_ALT})\s*$")


#: The last word of a bank's name ("... Bank", "..., National Association", "..., New York
#: Branch").
_BANK_ENDS = frozenset({"bank", "association", "branch"})


#: a tail after "and" that names a line of business, no company of its own: "THE MITSUBISHI
#: TRUST AND BANKING CORPORATION", "Harris Trust and Savings Bank"
_LINE_OF_BUSINESS = frozenset(
    ["banking", "savings", "loan", "investment", "finance", "financial", "securities", "credit"]
)


#: "CREDIT SUISSE FIRST BOSTON and MIZUHO CORPORATE BANK, LTD.", "CITIBANK and JPMORGAN CHASE
#: BANK": two names typed in capitals joined by a lower-case "and". The "and" of one name is
#: typed in capitals with it ("STATE STREET BANK AND TRUST COMPANY"); a lower-case one is the
#: list's joiner between two parties.
_CAPITALS_JOINED = rule(
    "names.capitals_joined_by_lower_and",
    r"(?P<head>[A-Z0-9][A-Z0-9.,&'\u2019/\- ]*?[A-Z0-9.]),?[ \t\n]+and[ \t\n]+"
    r"(?P<tail>[A-Z0-9][A-Z0-9.,&'\u2019/\- ]*?[A-Z0-9.])",
    reads="a name run: two names in capitals joined by a lower-case list joiner",
    matches=[
        passage(
            "CREDIT SUISSE FIRST BOSTON and MIZUHO CORPORATE BANK, LTD.",
            head="CREDIT SUISSE FIRST BOSTON",
            tail="MIZUHO CORPORATE BANK, LTD.",
        ),
        passage("BNP PARIBAS and SOCIETE GENERALE", head="BNP PARIBAS", tail="SOCIETE GENERALE"),
        passage("CITIBANK, N.A. and THE BANK OF NOVA SCOTIA", tail="THE BANK OF NOVA SCOTIA"),
    ],
    rejects=[
        "STATE STREET BANK AND TRUST COMPANY",
        "Credit Suisse First Boston and Mizuho Corporate Bank, Ltd.",
        "CREDIT SUISSE FIRST BOSTON and Mizuho Corporate Bank, Ltd.",
    ],
    mode="fullmatch",
)


def _capitals_joined(text: str, pos: int, m: re.Match[str], end: int) -> bool:
    """Whether the lower-case "and" ``m`` joins two names typed in capitals (see
    :data:`_CAPITALS_JOINED`), the second a company on its own: it does not open with a
    company word or a line of business ("HARRIS TRUST and SAVINGS BANK" is one bank), nor
    the first end in a word that joins the parts of one name ("BANK OF and")."""
    if "and" not in text[m.start() : m.end()]:
        return False
    j = _CAPITALS_JOINED.fullmatch(text, pos, end)
    if j is None or j.end("head") > m.start() or j.start("tail") < m.end():
        return False
    head, tail = words(j["head"]), words(j["tail"])
    return (
        bool(head)
        and bool(tail)
        and head[-1] not in ("of", "the", "&", "for", "de")
        and tail[0] not in ORG_WORDS | _LINE_OF_BUSINESS | TERMINAL_SUFFIXES
    )


#: "Lender and Raymond James & Associates, Inc.", "the Administrative Agent and CoBank, ACB",
#: "MAKER AND FAIRHAVEN COMMERCIAL FINANCE CORP.": a party named by its role (a capacity's
#: words only), then "and" and another party's name. The role is no word of the name.
_ROLE_THEN_NAME = rule(
    "names.role_joined_to_name",
    r"(?P<role>(?:[A-Z][\w/\-]*[ \t\n]+){0,3}?[A-Z][\w/\-]*),?[ \t\n]+(?:and|AND|And)[ \t\n]+"
    r"(?P<name>[A-Z0-9].*)",
    reads="a name run: a role word, then 'and' and the name of another party",
    matches=[
        passage(
            "Lender and Raymond James & Associates, Inc.",
            role="Lender",
            name="Raymond James & Associates, Inc.",
        ),
        passage("Administrative Agent and CoBank, ACB", role="Administrative Agent"),
        passage("MAKER AND FAIRHAVEN COMMERCIAL FINANCE CORP.", role="MAKER"),
    ],
    rejects=["the Lender and Raymond James", "Lender and the Agent"],
    mode="fullmatch",
)


def _role_then_name(text: str, pos: int, m: re.Match[str], end: int) -> bool:
    """Whether the "and" ``m`` follows a party's role and opens another party's name (see
    :data:`_ROLE_THEN_NAME`): the words before it are role words only ("Administrative
    Agent"), the words after it are no role ("Agent and Lender" is a combined capacity)."""
    # imported here: role_words reads this module's words, so a top-level import is a cycle
    from ingest.parties.role_words import is_role_title

    j = _ROLE_THEN_NAME.fullmatch(text, pos, end)
    if j is None or j.end("role") > m.start() or j.start("name") != m.end():
        return False
    rest = words(j["name"])
    role = words(j["role"])
    return (
        is_role_title(j["role"])
        # one party's role is singular: "MANUFACTURERS AND TRADERS TRUST COMPANY" is a bank
        and bool(role)
        and singular(role[-1]) == role[-1]
        and bool(rest)
        and not is_role_title(j["name"])
        and rest[0] not in ("and", "&", "of")
    )


def _split_terminal_and(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split "Global Marine Inc. and Societe Generale" after a terminal suffix, and "Midcap
    Financial Trust and U.S. Bank Trust Company, National Association" where both sides are
    whole companies (never "Harris Bank and Trust Company of Chicago": its tail is no company
    on its own, as it does not end in a suffix), and "Ms. Lena Ortiz and Mr. Omar Haddad"
    where both sides are people named in full (never "Kelley Drye and Warren")."""
    out: list[tuple[int, int]] = []
    pos = start
    for m in _AND_SPLIT.finditer(text, start, end):
        before = words(text[pos : m.start()])
        tail = text[m.end() : end]
        suffix = _ENDS_IN_SUFFIX.search(tail)
        core = words(tail[: suffix.start()]) if suffix else []
        whole_pair = (
            len(before) >= 2
            and before[-1] in ORG_WORDS
            and any(w not in ORG_WORDS for w in before)
            and any(w not in ORG_WORDS for w in core)
            and not all(w in _LINE_OF_BUSINESS | TERMINAL_SUFFIXES for w in core)
            and "and" not in core
        )
        # "Great Lakes Commerce Bank and Huron Valley Bank": two banks, each named whole
        # (never "Harris Bank and Trust Company", whose tail opens with a company word, nor a
        # second branch of the same bank)
        tail_words = words(tail)
        two_banks = (
            len(before) >= 2
            and len(tail_words) >= 2
            and before[-1] in _BANK_ENDS
            and tail_words[-1] in _BANK_ENDS
            and "bank" in tail_words  # "..., New York Branch and Grand Cayman Branch": one bank
            and tail_words[0] not in ORG_WORDS
            and "and" not in tail_words
        )
        # "John A. Pettigrew and Maria L. Pettigrew": two people, each named in full
        people = looks_like_person(text[pos : m.start()]) and looks_like_person(tail)
        # "Woodmead, Sandton and TELKOM SOUTH AFRICA LIMITED": a place typed in mixed case,
        # then a company typed in capitals
        capitals = (
            len(words(tail)) >= 2
            and tail.isupper()
            and not text[pos : m.start()].isupper()
            and text[m.start() : m.end()].strip(", \t\n") != "AND"
        )
        if before and (
            before[-1] in TERMINAL_SUFFIXES
            or whole_pair
            or two_banks
            or people
            or capitals
            or _capitals_joined(text, pos, m, end)
            or _role_then_name(text, pos, m, end)
        ):
            out.append((pos, m.start()))
            pos = m.end()
    out.append((pos, end))
    return out


#: "4400 Holdings, LLC", "1393631 B.C. Unlimited Liability Company", "1-800 Contacts Inc.": a
#: number (two joined by a hyphen, a telephone prefix) heading a company name, where a list
#: item or a line starts (not the year of "December 30, 2022"). A document-management stamp
#: run into the line before it is blanked by the reader (:mod:`ingest.readers.furniture`),
#: which leaves a line start there.
_NUMBER_HEAD = rule(
    "names.numbered_company_head",
    r"(?:^|(?<=[\n(;:])|(?<=(?<!\d),)|(?<=\band)|(?<=\bamong)"
    r"|(?<=\bbetween)|(?<=\bwith)|(?<=\bto))[ \t]*(?P<number>\d{1,9}(?:-\d{1,9})?)[ \t]+$",
    reads="the number heading a company's name, where a line, a list item or a party starts",
    matches=[
        passage("among\n     0845123 ", number="0845123"),
        passage("Schedule A:\n6550 ", number="6550"),
        passage("a Georgia corporation, and 1-800 ", number="1-800"),
        passage("between 2012 ", number="2012"),
    ],
    rejects=["dated December 30, 2022 ", "Section 5.01 ", "and 1-800-555 ", "Suite 200 "],
)


def _numbered_start(text: str, start: int, end: int, lo: int) -> int:
    """Where a company name that starts with a number starts (``start`` if it does not). The
    cue before the number may lie before ``lo`` (a field that starts at the number, on an
    indented line); the number itself may not."""
    ws = words(text[start:end])
    if not ws or ws[-1] not in TERMINAL_SUFFIXES | {"company"}:
        return start
    # the line's indentation may be deep (a signature block in the right half of the page):
    # the search reaches back to the line's start, not 40 characters only
    line_start = text.rfind("\n", 0, start)
    m = _NUMBER_HEAD.search(text, max(0, min(start - 40, line_start)), start)
    if (
        m is None
        or m.start(1) < lo
        or re.search(r"\d{1,2},[ \t]*$", text[max(lo, m.start() - 4) : m.start(1)])
    ):
        return start
    return m.start(1)


#: A gap of several spaces inside one line: two columns of a layout (a name, then its
#: street, on a cover page or a "BETWEEN:" block), never one name.
#: A label and its number before a name ("Section 5", "Suite 200", "June 5"): an inner number
#: (see ``_INNER_NUMBER``) never joins them to the name after them.
_LABEL_NUMBER = re.compile(
    r"(?i:section|article|exhibit|schedule|annex|appendix|rule|item|form|part|clause|chapter"
    r"|title|suite|room|floor|unit|building|box|route|highway|no\.|january|february|march"
    r"|april|may|june|july|august|september|october|november|december)[ \t]+\d{1,3}[ \t]+"
)
#: "D/B/A", "F/K/A", "A/K/A" in capitals: the run after the cue's last slash starts with its
#: "A", which belongs to the cue.
_SLASHED_BEFORE = re.compile(r"(?i)\b(?:d/b|f/k|a/k)/$")
_SLASHED_CUE = re.compile(r"[Aa][ \t]+(?=\S)")
_COLUMN_GAP = re.compile(r"(?<=\S)[ \t\xa0]{4,}(?=\S)")
#: Words that may follow a corporate suffix inside one name ("Limited Liability Company",
#: "Co. Ltd.", "AG & Co. KG").
_AFTER_SUFFIX = frozenset(
    ["liability", "partnership", "company", "and", "&", "of", "the", "de", "publ"]
)


#: Suffixes written as whole words, which "of" may follow inside a name ("Xplore Technologies
#: Corporation of America"); an abbreviation never is ("Veritas Biotech Ltd. of Shanghai").
_WORD_SUFFIXES = frozenset(["corporation", "incorporated", "limited"])


#: "Brenner Analytik AG" / "Seestrasse 101, 8002 Zurich": the line after a name ending in a
#: short suffix ("AG", "SA", "Co.", which may stand inside a name: "AG & Co. KG", "Co. Ltd.")
#: is its street when it opens with a number or holds one after a few words; the name ends at
#: the line's end.
_STREET_LINE_AFTER = rule(
    "names.street_line_after_short_suffix",
    r"[ \t]*,?[ \t]*\n[ \t]*(?:\d|[A-Z][\w.'-]*(?:[ \t]+[A-Za-z][\w.'-]*){0,3},?[ \t]+\d)",
    reads="a name ending in a short corporate suffix at a line's end, over its street's line",
    matches=["\nSeestrasse 101, 8002 Zurich", "\n12 Avenue Foch, Paris", ",\nVia Roma 14"],
    rejects=["\nLtd.", " KG\n4 Main Street", "\nand Partners Inc.", "\nNew York Branch"],
    mode="match",
)


def _suffix_end(text: str, start: int, end: int) -> int:
    """Where a name ends after its corporate suffix when address words follow it ("Dolphin
    Industries Limited Room 1302", "DGT Corp. Suite 207", "Veritas Biotech Ltd. of Shanghai"):
    at the first suffix token whose tail holds no org word ("Midland Bank PLC, New York
    Branch" is one name). A short suffix ("AG", "SA", "Co.") ends the name only where its
    street's line follows it (:data:`_STREET_LINE_AFTER`)."""
    toks = list(_TOKEN_RE.finditer(text, start, end))
    for i, t in enumerate(toks[:-1]):
        w = t.group().replace(".", "").lower()
        rest = [x.group().replace(".", "").lower() for x in toks[i + 1 :]]
        short = w in {"co", "sa", "ag"}
        if (
            i > 0
            and w in TERMINAL_SUFFIXES
            and (not short or _STREET_LINE_AFTER.match(text, t.end()))
            and (rest[0] not in _AFTER_SUFFIX or (rest[0] == "of" and w not in _WORD_SUFFIXES))
            and not any(r in ORG_WORDS or r in _OFFICE_WORDS for r in rest)
        ):
            return t.end()
    return end


#: the last word of a foreign bank's office named after its suffix ("Bank of Tokyo, Ltd.,
#: Atlanta Agency", "Deutsche Bank AG, New York and/or Cayman Islands Branches")
_OFFICE_WORDS = frozenset({"agency", "branches"})


def _column_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    for g in _COLUMN_GAP.finditer(text, start, end):
        out.append((pos, g.start()))
        pos = g.end()
    out.append((pos, end))
    return out


#: "Marsh, Tolley & Brandt LLP", "Smith, Barnes & Co.": the partners' names of a firm, set
#: off by commas before the last two joined by "&".
_FIRM_HEAD = re.compile(r"(?<![\w,.])(?:[A-Z][a-z]+,[ \t]+){1,3}$")


def _firm_start(text: str, start: int, end: int) -> int:
    """Where a firm's name starts when the partners' names before "&" are set off by commas
    (the run found starts at the last of them); never after a capitalised word ("New York,
    Tolley & Brandt LLP" keeps to "Tolley & Brandt LLP")."""
    run = text[start:end]
    if " & " not in run or len(words(run.split(" & ", 1)[0])) != 1:
        return start
    head = _FIRM_HEAD.search(text, max(0, start - 60), start)
    if head is None:
        return start
    before = text[max(0, head.start() - 30) : head.start()].split()
    if before and before[-1][:1].isupper():
        return start
    return head.start()


_DASH_RE = re.compile(_DASH)


def _split_dash(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a run at a spaced dash unless it joins two halves of one name: two words at
    least on each side, no stop word, no corporate suffix ending the first half ("Acme
    Corp. - Page 3", "EXHIBIT A - FORM OF NOTE" are two things)."""
    out: list[tuple[int, int]] = []
    pos = start
    for m in _DASH_RE.finditer(text, start, end):
        left, right = words(text[pos : m.start()]), words(text[m.end() : end])
        whole = (
            len(left) >= 2
            and len(right) >= 2
            and left[-1] not in TERMINAL_SUFFIXES
            and not any(w in STOP_WORDS for w in left + right)
        )
        if not whole:
            out.append((pos, m.start()))
            pos = m.end()
    out.append((pos, end))
    return out


#: the securities a company issues, named before it: "Senior Notes of", "Warrants of the"
#: and a letterhead printed as a placeholder, "[LETTERHEAD OF ACME CORP.]": the company after it
_SECURITIES_OF = re.compile(
    r"\b(?:Notes|Debentures|Warrants|Bonds|Securities|Letterhead|NOTES|DEBENTURES|WARRANTS|BONDS"
    r"|SECURITIES|LETTERHEAD)\s+(?:of|OF)\s+"
    r"(?:the\s+|THE\s+)?(?=[A-Z])"
)


def name_runs(text: str, start: int = 0, end: int | None = None) -> list[NameRun]:
    """Every name run in ``text[start:end]`` (offsets into ``text``), stop words trimmed."""
    out: list[NameRun] = []
    for m in NAME_RE.finditer(text, start, len(text) if end is None else end):
        parts = [
            (s, _suffix_end(text, s, e))
            for cs, ce in _column_parts(text, m.start(), m.end())
            for ds, de in _split_dash(text, cs, ce)
            for s, e in _split_terminal_and(text, ds, de)
        ]
        for s, e in parts:
            if label := _LABEL_NUMBER.match(text, s, e):
                s = label.end()  # "Section 5 Acme Corp.": the number is the label's
            if (cue := _SLASHED_CUE.match(text, s, e)) and _SLASHED_BEFORE.search(
                text, max(0, s - 6), s
            ):
                s = cue.end()  # "LLC D/B/A TOPSAIL GRILL": the cue's "A" opens no name
            # before the stop words are trimmed: "Notes" is one of them, and "of Quillmark
            # Biosciences, Inc." would be left ("validly issued Notes of Quillmark ...")
            if held := _SECURITIES_OF.search(text, s, e):
                s = held.end()  # "Convertible Promissory Notes of Quillon Biosciences, Inc."
            s, e = _trim(text, s, e)
            s = _numbered_start(text, s, e, start)
            s = _firm_start(text, s, e)
            while out and out[-1].start >= s:
                out.pop()  # "Marsh" read alone before "Marsh, Tolley & Brandt LLP"
            ws = words(text[s:e])
            # a bare suffix ("LLC", "Co", "AG") is what is left of a name cut elsewhere
            if e > s and ws and not all(w in TERMINAL_SUFFIXES for w in ws):
                out.append(NameRun(s, e, text[s:e]))
    return out


#: "Inc. DBA Bar Stores": a trade name follows, not a second company
_TRADE_NAME_CUES = frozenset(["dba", "fka", "aka", "formerly"])


def joined_names(name: str) -> list[tuple[int, int]]:
    """Where a line holds two companies side by side ("HOWMEDICA OSTEONICS CORP. CONFORMIS,
    INC.": signature columns flattened onto one line), the offsets of each; else the whole.
    A name splits after a corporate suffix when what follows starts with a word of its own
    and ends in a suffix again ("Pte. Ltd.", "Co. Ltd." and "Ltd. Partnership" stay one)."""
    toks = list(_TOKEN_RE.finditer(name))
    keys = [t.group().replace(".", "").lower() for t in toks]
    for i in range(1, len(toks) - 2):
        nxt = keys[i + 1]
        if (
            keys[i] in TERMINAL_SUFFIXES - {"co", "sa", "ag"}
            and keys[i - 1] not in TERMINAL_SUFFIXES
            and toks[i + 1].group()[0].isupper()
            and nxt not in TERMINAL_SUFFIXES | _AFTER_SUFFIX | _TRADE_NAME_CUES
            and keys[-1] in TERMINAL_SUFFIXES
        ):
            cut, rest = toks[i].end(), toks[i + 1].start()
            return [(0, cut), *((rest + a, rest + b) for a, b in joined_names(name[rest:]))]
    return [(0, len(name))]


def name_pattern(name: str) -> re.Pattern[str] | None:
    """A name as it may be written elsewhere in the text: any case, its words separated by any
    spaces or commas ("HARTWELL MARINE\nLIMITED", "Acme, Inc" for "Acme Inc.")."""
    ws = re.findall(r"[\w&'.()-]+", name)
    return re.compile(r"[\s,]+".join(map(re.escape, ws)), re.IGNORECASE) if ws else None


def clean_name(name: str) -> str:
    """One-line form of a name as written (line breaks and runs of spaces collapsed, no
    space before a comma: "NORTHWOOD CAPITAL , LIMITED" -> "NORTHWOOD CAPITAL, LIMITED"; a
    word hyphenated at a line's end rejoined: "Micro-\nsystems" -> "Micro-systems")."""
    name = re.sub(r"(?<=[A-Za-z]-)\n[ \t]*(?=[a-z])", "", name)
    return re.sub(r" ,", ",", " ".join(name.split())).strip(" ,;")


def singular(term: str) -> str:
    """ "Lenders" -> "Lender", "Borrowers" -> "Borrower", "Parties" -> "Party"."""
    t = clean_name(term)
    if t.endswith("ies") and len(t) > 4:
        return t[:-3] + "y"
    if t.endswith("s") and not t.endswith("ss") and len(t) > 3:
        return t[:-1]
    return t
