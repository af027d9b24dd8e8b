"""Whether a line of a signature page is (part of) a signing company's name: a company line
against a title, a notice or a heading; a name wrapped onto the next line or listed with the
companies above it; a caption or a role word that is no company. The block reader asks these
questions line by line; they are the shapes of drafting, kept out of its loop.
"""

from __future__ import annotations

import re

from ingest.name_words import ORG_WORDS
from ingest.names import (
    TERMINAL_SUFFIXES,
    clean_name,
    is_org_name,
    looks_like_person,
    name_runs,
    singular,
    words,
)
from ingest.parties.role_words import ROLE_WORDS
from ingest.rules import rule
from ingest.signatures.captions import caption_role
from ingest.signatures.fields import ROLE_TAIL, Block, Field, suffixed
from ingest.signatures.name_ends import JOINER_END, OPEN_END
from ingest.signatures.wrapped_columns import across_right_name, kept_columns

#: "a Nevada corporation" under a company's name: its description, not another company.
DESCRIPTION_LINE = re.compile(
    r"(?i)^an?\s+(?:[\w.]+\s+){1,4}?(?:corporation|company|partnership|association|trust"
    r"|bank|entity)\.?(?:,?\s+as\s+(?P<role>.+))?$"
)


TITLE_WORDS = re.compile(
    r"\b(?:President|Officer|Director|Manager|Member|Secretary|Treasurer|Partner|Signatory"
    r"|Counsel|CEO|CFO|COO|Chairman|Founder|Principal|Controller|Vice|Chief|General|Signer)\b",
    re.IGNORECASE,
)


def starts_with_org(text: str, f: Field) -> bool:
    """ "JIMMY JANG, L.P., a Delaware limited partnership, by its General Partner, ...": a
    long company line, not a paragraph of prose."""
    runs = name_runs(text, f.start, f.end)
    return bool(runs) and runs[0].start == f.start and runs[0].is_org


#: the end of a sentence (a word and a full stop), not of a caption, name or field
SENTENCE_END = re.compile(r"[a-z]\.$")


def trailing_company(text: str, f: Field) -> Field | None:
    """ "[Signature Page to ...] IN WITNESS WHEREOF, ... officers. ACME HOLDINGS, INC.": a
    page flattened onto one line glues the company line to the header or the witness clause;
    the company is the organisation name that ends the field (before an "as Agent" role)."""
    orgs = [r for r in name_runs(text, f.start, f.end) if r.is_org]
    if not orgs:
        return None
    run = orgs[-1]
    rest = text[run.end : f.end]
    if rest.strip() and not ROLE_TAIL.fullmatch(rest):
        return None
    if re.search(r"\b(?:by|of|with|and|to)\s*$", text[max(f.start, run.start - 12) : run.start]):
        return None
    return Field(run.start, f.end, text[run.start : f.end])


#: A line of a table of contents: dot leaders, or a numbered section or article heading.
CONTENTS_LINE = re.compile(r"\.{4,}\s*\d*\s*$|^(?:SECTION|Section|ARTICLE|Article)\s+\d")


def _column(text: str, f: Field) -> int:
    """Where a field starts in its line (a right column's cells start far in)."""
    return f.start - (text.rfind("\n", 0, f.start) + 1)


def stacked_name(text: str, span: tuple[int, int], line_end: int, f: Field) -> bool:
    """ "TARRANT SHIPYARDS, INC." / "GULFREACH OFFSHORE SERVICES, LLC" / ... / "By:": a
    company whose name a corporate suffix closes, alone on its line, with the next company's
    line right under it at the same column. Filers list the companies one officer signs for so,
    one per line with no comma or "and" between them; a name wrapped over two lines is never
    closed by a suffix on its first line, and the next line opens a name of its own."""
    name_words, next_words = words(text[span[0] : span[1]]), words(f.text)
    return (
        bool(name_words)
        and name_words[-1] in TERMINAL_SUFFIXES
        # "HARBORSIDE OF CLEVELAND LIMITED" / "PARTNERSHIP": the next line ends this name
        and len(next_words) > 1
        and next_words[0] not in TERMINAL_SUFFIXES
        and not text[span[1] : line_end].strip(" \t,")
        and text[line_end : f.start].count("\n") == 1
        and span[0] - (text.rfind("\n", 0, span[0]) + 1) == _column(text, f)
    )


#: the last word of a fund's name that no org word is: "Ashby Insured Income Portfolio",
#: "Corliss Floating Rate Series"
_FUND_TAILS = frozenset(["portfolio", "series"])


#: first words that say nothing of a group: "THE CHASE MANHATTAN BANK" / "THE BANK OF NEW YORK"
#: share only the article
_NO_GROUP_WORDS = frozenset(["the", "a", "an"])


def group_stacked(text: str, span: tuple[int, int], line_end: int, f: Field) -> bool:
    """ "Granite Peak CLO 2007-1, Ltd." / "Granite Peak Senior Loan Fund" / ... / "By: Granite
    Peak Asset Management LLC, as Collateral Manager": funds of one manager (or companies of
    one group) listed one per line at one column, a blank line or two between them or none,
    over the one block that signs for all of them. The shared first word tells the list from a
    name wrapped over two lines (no suffix need close a fund's name: "Ashby Core Bond Fund" /
    "Ashby Insured Income Portfolio"); the company's line holds its name alone, or its name and
    its capacity (", as a Lender")."""
    name = text[span[0] : span[1]]
    ws = words(name)
    return (
        bool(ws)
        and ws[0] not in _NO_GROUP_WORDS
        # "ISTITUTO BANCARIO SAN PAOLO DI TORINO" / "ISTITUTO MOBILIARE ITALIANO SPA": a name
        # wrapped over two lines that open alike; a listed name ends in its suffix or org word
        and (ws[-1] in ORG_WORDS or ws[-1] in _FUND_TAILS)
        and (
            same_group(name.casefold(), f.text.strip().casefold())
            or investment_vehicle(name)
            or investment_vehicle(f.text)
        )
        and len(words(f.text)) > 1
        and (
            not text[span[1] : line_end].strip(" \t,")
            or ROLE_TAIL.fullmatch(text, span[1], line_end) is not None
        )
        and 1 <= text[line_end : f.start].count("\n") <= 3
        and not text[line_end : f.start].strip()
        and span[0] - (text.rfind("\n", 0, span[0]) + 1) == _column(text, f)
    )


#: words only an investment vehicle's name holds: "Centaurus CDO I, Limited", "Sequoia Senior
#: Loan Fund, L.P.", "Halyard Credit Opportunities Master Fund Ltd."
_VEHICLE_WORDS = frozenset(
    [
        "fund",
        "funds",
        "clo",
        "cdo",
        "portfolio",
        "series",
        "investors",
        "opportunities",
        "master",
        "offshore",
        "strategies",
        "funding",
    ]
)


def investment_vehicle(name: str) -> bool:
    """Whether a name is an investment vehicle's: the funds a collateral or investment manager
    signs for are stacked over its one block though their names open differently ("Centaurus
    CDO I, Limited" / "Sequoia-Centaurus V, Ltd." share no first word); a vehicle's name on
    either of two lines makes them a list, which two operating companies listed apart are not
    ("WOLCOTT ENGINEERING, INC." / "ASHBY MARINE LLC": the first a block left unsigned)."""
    return any(w in _VEHICLE_WORDS for w in words(name.casefold()))


def fund_line(t: str) -> bool:
    """Whether a line (less its ", as a Lender") is a name of two words or more that a fund's
    word ends, in capitalised words: a fund no org word names, never a person's name."""
    ws = ROLE_TAIL.sub("", t).strip(" ,").split()
    return (
        len(ws) >= 2
        and ws[-1].lower() in _FUND_TAILS
        and all(w[:1].isupper() or w.lower() in ("of", "and", "&") for w in ws)
    )


def same_group(a: str, b: str) -> bool:
    """ "TODD-AO DIGITAL IMAGES" / "TODD-AO VIDEO SERVICES": two lines opening with the same
    word are two names of one group of companies listed one per line, not one name wrapped."""
    return a.split()[:1] == b.split()[:1]


def listed_with(pending: list[Field], cur: Block) -> bool:
    """Whether the unread lines above a "By:" line name one more company of a list that the
    current block's company opens (the group's companies signed for by one officer)."""
    return (
        bool(cur.company) and cur.signer is None and same_group(pending[0].text, cur.company or "")
    )


#: "NATIONAL ASSOCIATION", "N.A.": a line that can only be a bank's corporate form.
_BANK_SUFFIX_LINE = re.compile(r"(?:NATIONAL\s+ASSOCIATION|National\s+Association|N\.A\.)(?:\W|$)")


#: the last words of a bank's name, which no name opens with: its branch ("CHICAGO BRANCH",
#: "BRANCH, as a Lender", "GRAND CAYMAN BRANCHES") or its form ("ASSOCIATION, as Agent")
_SPACED_TAIL = rule(
    "signatures.spaced_name_tail",
    r"^(?:(?:[A-Z][\w.&'\-]*,?[ \t]+){0,3}(?:BRANCH|Branch)(?:ES|es)?|ASSOCIATION|Association"
    r"|N\.A\.)(?=[ \t]*(?:,|$))",
    reads="a signature block's line that can only end a bank's name wrapped over a blank line",
    matches=[
        "BRANCH, as a Co-Documentation Agent and as a Lender",
        "ISLANDS BRANCH, Individually and as Co-Agent",
        "ASSOCIATION, as a Bank",
        "GRAND CAYMAN BRANCHES",
    ],
    rejects=["BRANCH BANKING AND TRUST COMPANY", "OF ASSIGNMENT", "Association of Lenders"],
    mode="match",
)


def spaced_tail(gap: str, line: str) -> bool:
    """ "THE NORIKURA BANK, LTD., SEATTLE" / blank / "BRANCH, as a Lender": text converted from
    a web page spaces every line, so a bank's name wrapped in its column has a blank line
    between its head and its last words; a line that can only end a name still goes on the
    line above across that one blank line."""
    return not gap.strip() and gap.count("\n") == 2 and bool(_SPACED_TAIL.match(line))


#: The rest of a line after a company's name: its block's "By:" typed beside it.
_BY_BESIDE = re.compile(r"[ \t]{4,}(?:By|BY)\b[^\n]*\n[ \t]*")


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def wrapped(text: str, prev: Field, f: Field) -> bool:
    """ "GLOBAL MARINE DEEPWATER" / "DRILLING INC.": a company name wrapped onto the next line
    of the same column (the line before is capitalised words only, directly above; a left
    column's name may have the right column's name beside it, which the line does not go on)."""
    gap = text[prev.end : f.start]
    return (
        (
            (
                gap.count("\n") == 1
                and (
                    not gap.strip()
                    or (_column(text, f) >= 30 and _column(text, prev) == _column(text, f))
                    or across_right_name(gap, prev.text, f.text)
                    or kept_columns(gap, text[f.end : _line_end(text, f.end)])
                    # "THE CHASE MANHATTAN      By:_____" / "BANK": the block's "By:" typed
                    # beside the name's first line
                    or bool(_BY_BESIDE.fullmatch(gap))
                )
            )
            or spaced_tail(gap, f.text)
        )
        and len(prev.text) <= 80
        # "THE CHASE MANHATTAN BANK (NATIONAL" / "ASSOCIATION)": a bank's form in a parenthesis
        # opens on the line above
        and all(w.lstrip("(")[:1].isupper() or w == "&" for w in _named_words(prev.text))
        and not same_group(prev.text, f.text)
        and (not is_org_name(prev.text) or _continues(prev.text, f.text))
        and (
            caption_role(prev.text) is None
            or bool(re.match(r"(?:OF|of|AND|and|&)\s", f.text))
            # "UNION PLANTERS BANK," / "NATIONAL ASSOCIATION", "FIRST BANK" / "NATIONAL
            # ASSOCIATION": a caption with no colon that a bank's legal form goes on is a name
            or (not prev.text.rstrip().endswith(":") and bool(_BANK_SUFFIX_LINE.match(f.text)))
            # "CUMBERLAND VALLEY BANK AND" / "TRUST COMPANY": a name cut after its "and"
            or (bool(JOINER_END.search(prev.text)) and is_org_name(prev.text))
        )
    )


def _named_words(line: str) -> list[str]:
    """The words of a line that must be capitalised for it to begin a wrapped name: all but a
    number heading a numbered company's name ("1234567 B.C. UNLIMITED" / "LIABILITY COMPANY",
    "1-800 FLOWERS" / "HOLDINGS, INC.")."""
    ws = line.split()
    if len(ws) > 1 and re.fullmatch(r"\d{1,9}(?:-\d{1,9})?", ws[0]):
        return ws[1:]
    return ws


#: a line that can only go on a name: a branch, "ASSOCIATION" ("FIRST BANK" / "NATIONAL
#: ASSOCIATION"), "N.A.", an "OF" or "&" that joins it
CONTINUATION = re.compile(
    r"^(?:ASSOCIATION|Association|(?:NATIONAL|National)\s+(?:ASSOCIATION|Association)\b"
    r"|BRANCH|Branch|N\.A\.|S\.A\.|AND\s+SAVINGS|OF\s+[A-Z]|&\s+[A-Z]"
    r"|[A-Z][A-Za-z]+,\s+N\.A\.|(?:[A-Z][\w.&'/\-]*,?\s+){1,3}(?:BRANCH|Branch)(?:ES|es)?\b"
    r"|(?:[A-Z][\w.&'\-]*,?\s+){1,3}(?:AGENCY|Agency)\b)"
)


def _continues(prev: str, line: str) -> bool:
    """ "WELLS FARGO BANK, NATIONAL" / "ASSOCIATION, as Agent": an organisation's name cut
    at the line end (an open end above, or a line that can only continue a name: a branch,
    or a word or two and the corporate suffix the line above lacks, "FUND L.P.")."""
    return bool(
        OPEN_END.search(prev)
        or CONTINUATION.match(line)
        or (suffixed(ROLE_TAIL.sub("", line)) and len(words(line)) <= 3 and not suffixed(prev))
    )


def only_suffixes(line: str) -> bool:
    """ "CORPORATION LIMITED", "N.V.": a line of corporate suffixes alone, which can only end a
    name begun on the line above."""
    ws = words(line.replace(".", ""))
    return bool(ws) and all(w in TERMINAL_SUFFIXES for w in ws)


#: words a company line may hold in lower case ("FARM CREDIT SERVICES OF AMERICA, PCA")
_NAME_CONNECTORS = frozenset(["of", "and", "the", "de", "du", "la", "for", "&"])
#: never a company's line: the witness clause, a witness's label alone under a signature
#: ("Unofficial Witness", "Attesting Witness"), headings, fields and figures
NOT_COMPANY_LINE = re.compile(
    r"(?i)^(?:in\s+witness|witness|attest|date[ds]?\b|signature|counterpart|page\b|exhibit\b"
    r"|(?:(?:un)?official|attesting|subscribing|first|second|other)\s+witness(?:es)?\W*$"
    r"|schedule\b|annex\b|address|notice|with\s+a\s+copy|c/o\b|commitment|\d)"
    r"|\b(?:amount|rate|date|percentage|price|period|ratio)s?\W*$"
)


def company_line(t: str) -> bool:
    """ "FIRST SOUTH FARM CREDIT", "American AgCredit, PCA,": a short line of capitalised words
    standing where a company's name stands in a block (above its "By:" line), read as a
    company whether or not its words are ones :func:`is_org_name` knows."""
    t = ROLE_TAIL.sub("", t).strip(" ,")
    ws = re.findall(r"[^\s,]+", t)
    if not 1 <= len(ws) <= 10 or t.endswith(":") or NOT_COMPANY_LINE.search(t):
        return False
    if SENTENCE_END.search(t) or caption_role(t) is not None or DESCRIPTION_LINE.match(t):
        return False
    if TITLE_WORDS.search(t) and not is_org_name(t):
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
UNKNOWN_SUFFIX = re.compile(r",[ \t]*[A-Z]{2,5}\.?(?=,?[ \t]*(?:$|\n|as\s))")


def signer_named(line: str) -> bool:
    """Whether the company signing for a block ("By: Sooner, Inc." / "its general partner")
    is named in full by the lines read so far: a suffix or a capacity ends them, no open end."""
    t = line.strip()
    if OPEN_END.search(t) or re.search(r"(?i)\bas\s*$", t):
        return False
    capacity = r"(?i)\b(?:partner|member|manager|advis[eo]r|trustee|agent|attorney-in-fact)\W*$"
    return suffixed(ROLE_TAIL.sub("", t)) or bool(re.search(capacity, t))


def name_goes_on(text: str, fields: list[Field], i: int) -> bool:
    """Whether the line right under ``fields[i]`` can only continue a company's name ("SOCIETE
    GENERALE" / "CHICAGO BRANCH"): the line is a company's, never a signer's."""
    if i + 1 >= len(fields):
        return False
    nxt = fields[i + 1]
    gap = text[fields[i].end : nxt.start]
    return not gap.strip() and gap.count("\n") == 1 and bool(CONTINUATION.match(nxt.text))


def opens_name(fields: list[Field], i: int) -> bool:
    """Whether the line after ``fields[i]`` continues it as a name ("OF AMERICA, N.A.", a
    bank's legal form: "FIRST BANK" / "NATIONAL ASSOCIATION")."""
    return i + 1 < len(fields) and bool(
        re.match(r"(?:OF|of|AND|and|&)\s", fields[i + 1].text)
        or _BANK_SUFFIX_LINE.match(fields[i + 1].text)
    )


#: "APPROVED FOR", "ACKNOWLEDGED AND AGREED TO:", "ACCEPTED BY": an acceptance caption that
#: opens the line of the company accepting, no word of its name.
ACCEPTANCE_HEAD = re.compile(
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
LEADING_ROLE = re.compile(r"([A-Z]{4,})[ \t]+(?!(?:AND|OF|THE|FOR|&)\b)(?=[A-Z])")


def heading(name: str) -> bool:
    """A company line that is a heading the signature region ran into: a word of headings
    and no corporate suffix; whatever a "By:" line, signer or title does not vouch for."""
    keys = [w.replace(".", "").lower() for w in re.findall(r"[\w.&'-]+", name)]
    if not keys or any(k in TERMINAL_SUFFIXES for k in keys):
        return False
    return any(k in _HEADING_WORDS for k in keys) or bool(re.search(r"\d", name))


def bare_role(name: str) -> bool:
    """ "Company", "the Distributor": a defined term or role word, never a company's name."""
    t = re.sub(r"(?i)^the\s+", "", clean_name(name)).rstrip(".").lower()
    return bool(t) and " " not in t and singular(t) in ROLE_WORDS
