"""The tests of one line of a signature block that need no state: the value of a field, a
signer's conformed signature, the part of a line after a page header, a company's name read
over two lines or with words before it that no name rule reads, and whether a line goes on
with the capacity or the signing company of the lines above. The block reader
(``ingest.signatures.block_reader``) asks them in turn.
"""

from __future__ import annotations

import re

from ingest.name_words import TITLE_WORDS as NAME_TITLE_WORDS
from ingest.names import (
    ORG_WORDS,
    TERMINAL_SUFFIXES,
    NameRun,
    clean_name,
    is_org_name,
    looks_like_person,
    name_runs,
    words,
)
from ingest.parties.role_words import role_of
from ingest.rules import passage, rule
from ingest.signatures.captions import CAPACITY_WORDS, capacity_roles
from ingest.signatures.company_lines import (
    ACCEPTANCE_HEAD,
    CONTINUATION,
    LEADING_ROLE,
    UNKNOWN_SUFFIX,
    bare_role,
    company_line,
    signer_named,
)
from ingest.signatures.fields import CONFORMED_MARK, FIELD, PAGE_MARK, Field
from ingest.signatures.signers import is_person

#: "/s/ Steven B. Epstein", "// Lloyd Blonder": a conformed signature; alone, an individual
#: signing for himself.
CONFORMED = re.compile(rf"^(?:{CONFORMED_MARK}|//(?=\s*[A-Z]))\s*(?P<v>.+)$", re.DOTALL)


#: "By s/John M. Lang, Jr.": the conformed mark without its first slash, before a capital
_BARE_CONFORMED = rule(
    "signatures.bare_conformed_mark",
    r"(?<![\w/])[sS]/(?=[ \t]*[A-Z])",
    reads="a signature block's By line: a conformed signature typed 's/' before the name",
    matches=[
        passage("s/John M. Lang, Jr.", match="s/"),
        passage("By s/ Elena Ruiz", match="s/"),
    ],
    rejects=["/s/ Elena Ruiz", "its/his designee", "Ms/Mr Ruiz"],
)


def clean_value(v: str) -> str:
    """A field's value as a name: without the "/s/", the rule signed on and the typed name
    repeated after the signature."""
    # "s/John M. Lang, Jr.": a conformed signature typed without its first slash
    v = _BARE_CONFORMED.sub(" ", v)
    v = clean_name(re.sub(rf"{CONFORMED_MARK}|[_/]+", " ", v))
    # "/s/ Shelby J. Butterfield Shelby J. Butterfield": the signature and the typed name
    ws = v.split()
    for n in range(len(ws) // 2, 1, -1):
        if ws[:n] == ws[n : 2 * n] and len(ws) == 2 * n:
            return " ".join(ws[:n])
    return v


def continues_signing_company(t: str, by_tail: str) -> bool:
    """Whether line ``t`` goes on with the company a "By:" line names as signing for the
    block's company ("By: Highland Capital Management L.P. as" / "Collateral Manager,")."""
    return bool(
        not FIELD.match(t)
        and not CONFORMED.match(t)
        and not looks_like_person(t)
        and len(t.split()) <= 8
        and by_tail
        and (re.match(r"[a-z]|(?i:as)\b", t) or not signer_named(by_tail))
    )


#: "as a Bank and as": a capacity the line leaves open, its next role on the line below
OPEN_CAPACITY = re.compile(r"(?i)(?:[\s,]+(?:and|&))?(?:[\s,]+as)?(?:\s+(?:a|an|the))?[\s,]*$")


def continues_capacity(capacity: str, t: str) -> bool:
    """Whether line ``t`` goes on with the capacity written from the company's line on
    ("Lender and as Canadian Administrative" / "Agent,", "as a" / "Bank and as")."""
    return bool(
        not FIELD.match(t)
        and len(t.split()) <= 6
        # "Collateral Agent, Issuing Bank and": role words that could name a bank
        and (
            not is_org_name(t)
            or capacity_roles(OPEN_CAPACITY.sub("", f"{capacity} {t}")) is not None
        )
        and not t.endswith(":")
        and CAPACITY_WORDS.fullmatch(t)
    )


def fills_empty_title(t: str) -> bool:
    """Whether the line under an empty "Title:" is its value ("Manager"), not a caption, a
    page mark, a footer or the next block's company ("ORCHARD PRINT LLC": a blank form's
    blocks follow one another with nothing between)."""
    ws = words(t)
    return (
        not t.endswith(":")
        and not (
            ws and ws[-1] in TERMINAL_SUFFIXES and ws[0] not in NAME_TITLE_WORDS and is_org_name(t)
        )
        and len(t.split()) <= 8
        and not PAGE_MARK.match(t)
        and not re.match(r"(?i)signature\s+page", t)
    )


#: An officer's title after a signer's name on one line ("Ruth Albee, Vice President").
#: Up to four words may lead the title's head word ("Chief Financial Officer", "Senior Vice
#: President"); never "its" ("By: Granite Advisors, its manager" names a company).
_OFFICER_TITLE = re.compile(
    r"(?!its\b)(?:[A-Za-z][\w&.]*[\s-]+){0,4}?"
    r"(?:President|Officer|Director|Manager|Member|Secretary|Treasurer|Partner"
    r"|Signatory|Counsel|CEO|CFO|COO|Chairman|Controller|Principal)\b[\w ,&.-]{0,60}",
    re.IGNORECASE,
)


#: "/s/ Lionel Aske Lionel Aske Senior Managing Director": a signature table flattened onto one
#: line (an HTML exhibit's cells run together) puts the typed name and the title after the
#: conformed signature, with no "Name:"/"Title:" caption and no comma between them; the name
#: typed again (in any case: "Harold V. Ashgrove Harold V. ASHGROVE") is where the title starts.
_TYPED_AGAIN = rule(
    "signatures.typed_name_again",
    r"(?P<name>(?:[A-Z][\w.'\u2019-]*\s+){1,3}[A-Z][\w.'\u2019-]*)\s+(?P<typed>(?i:(?P=name)))"
    r"\s+(?P<title>[A-Za-z].*)",
    re.DOTALL,
    reads="a signature block's By line flattened from a table: the signature, the name typed "
    "again and the signer's title, with no captions",
    matches=[
        passage(
            "Lionel Aske Lionel Aske Senior Managing Director",
            name="Lionel Aske",
            title="Senior Managing Director",
        ),
        passage(
            "Harold V. Ashgrove Harold V. ASHGROVE Chief Executive Officer",
            typed="Harold V. ASHGROVE",
            title="Chief Executive Officer",
        ),
        passage(
            "R. T. VANCE R. T. Vance Vice President", name="R. T. VANCE", title="Vice President"
        ),
    ],
    rejects=[
        "Lionel Aske Senior Managing Director",  # no name typed again: no sure cut
        "Shelby J. Butterfield Shelby J. Butterfield",  # the name typed again, no title
        "Ruth Albee Ruth Albee",
    ],
    mode="fullmatch",
)


def conformed_signer(value: str) -> tuple[str, str]:
    """The signer of a conformed signature ("/s/ Name", "// Name") and the title typed after
    it on the same line ("// Lloyd Blonder, Vice President", or on a "By:" line "By: /s/ Ruth
    Albee, Treasurer", or after the name typed again: "By: /s/ Lionel Aske Lionel Aske Senior
    Managing Director"), else ""."""
    v, typed_title = clean_value(value), ""
    head, _, tail = value.partition(",")
    if not is_person(v) and is_person(clean_value(head)) and _OFFICER_TITLE.fullmatch(tail.strip()):
        v, typed_title = clean_value(head), tail
    again = _TYPED_AGAIN.fullmatch(v)
    if (
        again
        and not is_person(v)
        and is_person(again["name"])
        and _OFFICER_TITLE.fullmatch(again["title"])
    ):
        # the typed name where the signature is in capitals ("/s/ R. T. VANCE R. T. Vance")
        name = again["typed"] if again["name"].isupper() else again["name"]
        v, typed_title = name, again["title"]
    return v, typed_title


def after_page_header(text: str, f: Field) -> Field | None:
    """What a flattened page glued after its header ("[Signature Page to ...] MIDCAP FUNDING V
    TRUST, as a Lender"): the header is no field; None when nothing follows it."""
    close = f.text.find("]")
    after = f.start + (close + 1 if close >= 0 else len(f.text))
    while after < f.end and text[after].isspace():
        after += 1
    return None if after >= f.end else Field(after, f.end, text[after : f.end])


def first_signature(rest: str) -> str:
    """The first signature written after "By": of "BY /s/ Elton Alderman /s/ ILLEGIBLE" (two
    on a flattened line) the first, without the rule signed on ("/s/ Barry Budilov - ---")."""
    first = next((p for p in re.split(CONFORMED_MARK, rest) if p.strip()), "")
    return re.sub(r"[\s_\-]+$", "", first)


def wrapped_orgs(text: str, prev: Field, f: Field) -> list[NameRun]:
    """The companies named by line ``f`` read together with the line above it, when a name was
    wrapped over the two."""
    if text[prev.end : f.start].strip():
        # the right column: "MORGAN GUARANTY TRUST COMPANY OF" / "NEW YORK", with the left
        # column's line between the two parts
        two = clean_name(f"{prev.text} {f.text}")
        joined_orgs = [
            NameRun(prev.start, _end_on_line(text, f, r.text), r.text)
            for r in name_runs(two)
            if r.is_org
        ]
    else:
        joined_orgs = [r for r in name_runs(text, prev.start, f.end) if r.is_org]
    if CONTINUATION.match(f.text) and not any(r.start < f.start for r in joined_orgs):
        # "SOCIETE GENERALE" / "CHICAGO BRANCH": words no name rule knows, then a line that
        # can only continue a name
        joined_orgs = [NameRun(prev.start, f.end, clean_name(f"{prev.text} {f.text}"))]
    return joined_orgs


def _end_on_line(text: str, f: Field, name: str) -> int:
    """Where the part of a name wrapped onto line ``f`` ends on it ("NATIONAL ASSOCIATION" of
    "NATIONAL ASSOCIATION, as Bank"), so that the capacity after it is read; the line's end
    when the line does not begin with the name's last words."""
    parts = name.split()
    for k in range(len(parts), 0, -1):
        tail = r"\s+".join(re.escape(w) for w in parts[-k:])
        if m := re.match(tail, text[f.start : f.end]):
            return f.start + m.end()
    return f.end


#: "For Acme Limited", "Signed for Acme Limited by its authorised signatory" over a
#: signature: the cue of the company signed for.
_SIGNING_FOR = re.compile(
    r"(?:(?:Signed|SIGNED|Executed|EXECUTED)[ \t]+)?(?:For|FOR|for)[ \t]+(?=[A-Z0-9])"
)


def company_run(text: str, f: Field, run: NameRun) -> tuple[NameRun, str | None]:
    """The company's name on its block line ``f``, from the name ``run`` the name rules read,
    and the role a caption with no colon gives it before the name."""
    if suffix := UNKNOWN_SUFFIX.match(text, run.end, f.end):
        run = NameRun(run.start, suffix.end(), text[run.start : suffix.end()])
    head = text[f.start : run.start]
    if (
        run.start > f.start
        and not re.search(r"[:,]", head)
        and company_line(text[f.start : run.end])
    ):
        # "dELiA*s DISTRIBUTION COMPANY", 'TOYS "R" US, INC.': words no name rule reads begin
        # the company's line
        run = NameRun(f.start, run.end, text[f.start : run.end])
    if (acc := ACCEPTANCE_HEAD.match(run.text)) and acc.end() < len(run.text):
        # "APPROVED FOR ADAMS GOLF, LTD.": the caption is no part of the name
        run = NameRun(run.start + acc.end(), run.end, run.text[acc.end() :])
    if (cue := _SIGNING_FOR.match(run.text)) and is_org_name(run.text[cue.end() :]):
        # "For Sahyadri Infotech Services Private Limited": the company a block is signed
        # for, under the cue that says so
        run = NameRun(run.start + cue.end(), run.end, run.text[cue.end() :])
    lead_role = None
    if (lead := LEADING_ROLE.match(run.text)) and bare_role(lead[1]):
        # "DISTRIBUTOR SMSA Ballinger Acquisition Corp.": a caption with no colon
        rest = run.text[lead.end() :]
        if lead[1].lower() not in ORG_WORDS and is_org_name(rest):
            run = NameRun(run.start + lead.end(), run.end, rest)
            lead_role = role_of(lead[1])
    return run, lead_role
