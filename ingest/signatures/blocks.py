"""The block reader: a column's fields grouped into signature blocks (caption, company,
signer, title, capacity), notices and headings dropped; and the SIGNED edge of a block's
signer. Also the reader other agreements' signature pages use (``ingest.appended``,
``ingest.notes``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.context import DocContext
from ingest.names import ORG_WORDS, NameRun, clean_name, is_org_name, looks_like_person, name_runs
from ingest.parties import add_party, merge_roles, role_of
from ingest.records import PropValue
from ingest.signatures.captions import (
    CAPACITY_WORDS,
    INDIVIDUALLY,
    capacity_roles,
    caption_role,
    continued_role,
)
from ingest.signatures.columns import ends_notice, read_columns, written_caption
from ingest.signatures.company_lines import (
    ACCEPTANCE_HEAD,
    CONTENTS_LINE,
    CONTINUATION,
    DESCRIPTION_LINE,
    FORMER_NAME,
    LEADING_ROLE,
    OPEN_END,
    SENTENCE_END,
    TITLE_WORDS,
    UNKNOWN_SUFFIX,
    bare_role,
    company_line,
    heading,
    listed_with,
    name_goes_on,
    opens_name,
    same_group,
    signer_named,
    starts_with_org,
    trailing_company,
    wrapped,
)
from ingest.signatures.fields import FIELD, PAGE_MARK, ROLE_TAIL, TITLE, Block, Field
from ingest.signatures.signers import GENERATION, INDIVIDUALLY_SIGNED, is_person, rejoined_names
from ingest.signatures.titles import OFFICER_START, RUNNING_TITLE, continues_title

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


_BY = re.compile(r"^(?:By|BY|by(?=\s*(?::|/[sS]/|$)))\b\s*[:_]*\s*(?P<rest>.*)$", re.DOTALL)


#: "Domestic Lending Office", "With a copy to:", "Address for Notices": a notice paragraph's head.
_NOTICE_HEAD = re.compile(
    r"(?i)^(?:(?:[\w-]+\s+){0,3}Lending\s+Office|with\s+(?:a\s+)?cop(?:y|ies)\s+to"
    r"|(?:address|notices?)\s+for\s+notices?|notice\s+address|c/o)\b"
)
#: "Name: Dana Whitfield", "Printed Name: Dana Whitfield"
_NAME = re.compile(r"^(?:Print(?:ed)?\s+)?Name\s*:\s*(?P<v>.*)$", re.DOTALL)


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


def _clean_value(v: str) -> str:
    v = clean_name(re.sub(r"(?i)/s/|[_/]+", " ", v))
    # "/s/ Shelby J. Butterfield Shelby J. Butterfield": the signature and the typed name
    ws = v.split()
    for n in range(len(ws) // 2, 1, -1):
        if ws[:n] == ws[n : 2 * n] and len(ws) == 2 * n:
            return " ".join(ws[:n])
    return v


def _continues_signing_company(t: str, by_tail: str) -> bool:
    """Whether line ``t`` goes on with the company a "By:" line names as signing for the
    block's company ("By: Highland Capital Management L.P. as" / "Collateral Manager,")."""
    return bool(
        not FIELD.match(t)
        and not _CONFORMED.match(t)
        and not looks_like_person(t)
        and len(t.split()) <= 8
        and by_tail
        and (re.match(r"[a-z]|(?i:as)\b", t) or not signer_named(by_tail))
    )


def _continues_capacity(capacity: str, t: str) -> bool:
    """Whether line ``t`` goes on with the capacity written from the company's line on
    ("Lender and as Canadian Administrative" / "Agent,")."""
    return bool(
        not FIELD.match(t)
        and len(t.split()) <= 6
        # "Collateral Agent, Issuing Bank and": role words that could name a bank
        and (not is_org_name(t) or capacity_roles(f"{capacity} {t}") is not None)
        and not t.endswith(":")
        and CAPACITY_WORDS.fullmatch(t)
    )


def _fills_empty_title(t: str) -> bool:
    """Whether the line under an empty "Title:" is its value ("Manager"), not a caption, a
    page mark or a footer."""
    return (
        not t.endswith(":")
        and len(t.split()) <= 8
        and not PAGE_MARK.match(t)
        and not re.match(r"(?i)signature\s+page", t)
    )


def _conformed_signer(value: str) -> tuple[str, str]:
    """The signer of a conformed signature ("/s/ Name", "// Name") and the title typed after
    it on the same line ("// Lloyd Blonder, Vice President"), else ""."""
    v, typed_title = _clean_value(value), ""
    head, _, tail = value.partition(",")
    if not is_person(v) and is_person(_clean_value(head)) and TITLE_WORDS.search(tail):
        v, typed_title = _clean_value(head), tail
    return v, typed_title


def _after_page_header(text: str, f: Field) -> Field | None:
    """What a flattened page glued after its header ("[Signature Page to ...] MIDCAP FUNDING V
    TRUST, as a Lender"): the header is no field; None when nothing follows it."""
    close = f.text.find("]")
    after = f.start + (close + 1 if close >= 0 else len(f.text))
    while after < f.end and text[after].isspace():
        after += 1
    return None if after >= f.end else Field(after, f.end, text[after : f.end])


def _first_signature(rest: str) -> str:
    """The first signature written after "By": of "BY /s/ Elton Alderman /s/ ILLEGIBLE" (two
    on a flattened line) the first, without the rule signed on ("/s/ Barry Budilov - ---")."""
    first = next((p for p in re.split(r"(?i)/s/", rest) if p.strip()), "")
    return re.sub(r"[\s_\-]+$", "", first)


def _wrapped_orgs(text: str, prev: Field, f: Field) -> list[NameRun]:
    """The companies named by line ``f`` read together with the line above it, when a name was
    wrapped over the two."""
    if text[prev.end : f.start].strip():
        # the right column: "MORGAN GUARANTY TRUST COMPANY OF" / "NEW YORK", with the left
        # column's line between the two parts
        two = clean_name(f"{prev.text} {f.text}")
        joined_orgs = [NameRun(prev.start, f.end, r.text) for r in name_runs(two) if r.is_org]
    else:
        joined_orgs = [r for r in name_runs(text, prev.start, f.end) if r.is_org]
    if CONTINUATION.match(f.text) and not any(r.start < f.start for r in joined_orgs):
        # "SOCIETE GENERALE" / "CHICAGO BRANCH": words no name rule knows, then a line that
        # can only continue a name
        joined_orgs = [NameRun(prev.start, f.end, clean_name(f"{prev.text} {f.text}"))]
    return joined_orgs


def _company_run(text: str, f: Field, run: NameRun) -> tuple[NameRun, str | None]:
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
    lead_role = None
    if (lead := LEADING_ROLE.match(run.text)) and bare_role(lead[1]):
        # "DISTRIBUTOR SMSA Ballinger Acquisition Corp.": a caption with no colon
        rest = run.text[lead.end() :]
        if lead[1].lower() not in ORG_WORDS and is_org_name(rest):
            run = NameRun(run.start + lead.end(), run.end, rest)
            lead_role = role_of(lead[1])
    return run, lead_role


#: Signature pages are short; a longer region means attachments were not recognised.
SIGNATURE_WINDOW = 20_000


def read_blocks(text: str, fields: list[Field]) -> list[Block]:
    """The signature blocks of a region, read line by line (``fields``) in one pass.

    A block is a company line, the "By:", "Name:" and "Title:" lines under it and the caption
    above it ("LENDERS:"); what a line means depends on the lines before it (a name wrapped over
    two lines, a capacity going on, an empty "Title:" whose value is on the next line, notice
    addresses under a block), so the pass keeps that state in the locals below and each kind of
    line is one ``if`` that ends with ``continue``; the tests of a line that need no state are
    the small functions above."""
    fields = rejoined_names(text, fields)
    blocks: list[Block] = []
    cur = Block()
    caption: str | None = None
    seen_by = False
    prev: Field | None = None  # the line before, when it may begin a wrapped company name

    def flush() -> None:
        # A company line alone is no signature block (a heading or a defined term of a
        # schedule the region ran into): it needs a signer, a "By:" line, a title or a role.
        nonlocal cur, seen_by
        # a role that is only a caption read as written ("REVENUE SHARING FEES:") makes no
        # block: such a caption may head a schedule the region ran into
        role = cur.role and not (named_caption and cur.role == caption)
        if cur.company and bare_role(cur.company):
            cur.company, cur.company_span = None, None  # "the Company": a defined term
        if cur.signer or (cur.company and (seen_by or cur.signed or role or cur.title)):
            blocks.append(cur)
        cur = Block(accepted=accepting)
        seen_by = False

    # unread lines since the last block field: a company's name in words no rule knows,
    # which the "By:" line below them shows to be a company (and its "as Agent" role)
    pending: list[Field] = []
    pending_role: str | None = None

    def take_pending() -> None:
        """The unread lines above a "By:" line become the block's company."""
        nonlocal cur, seen_by, pending, pending_role
        if cur.company is not None or cur.signer is not None:
            flush()
        s, e = pending[0].start, pending[-1].end
        raw = ROLE_TAIL.sub("", text[s:e]).rstrip(" ,\n\t")
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
            or (in_notice and (_ADDRESS_LINE.search(t) or same_paragraph) and not ends_notice(t))
        ):
            # "Domestic Lending Office" / "Morgan Guaranty Trust Company" / "500 Stanton Road":
            # the notice details under a block, to their paragraph's end
            in_notice, notice_end = True, f.end
            continue
        in_notice = False
        if in_note:
            in_note = ")" not in t
            continue  # "(successor by merger with" / "Peach Acquisition Corp.)"
        if t.startswith("(") and not FORMER_NAME.match(t):
            # "(Oil States International, Inc.)" under a "Signature Page to ..." footer,
            # "(successor by merger with ...)": a note on the block, never a company's block
            in_note = ")" not in t
            continue
        if re.match(r"(?i)table\s+of\s+contents\b", t):
            break  # an attached agreement's contents: the signature pages have ended
        if CONTENTS_LINE.search(t):
            continue  # "SECTION 4.4 FINANCIAL CONDITION.....34": a contents entry, no company
        if d := DESCRIPTION_LINE.match(t):
            # "a Delaware corporation, as Holdings": the role of the company line above
            if d["role"] and cur.company and cur.signer is None:
                term = re.fullmatch(r"(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})", d["role"])
                cur.role = continued_role(d["role"]) or (term[1] if term else cur.role)
            continue
        if (
            prev_field_end == by_company_end
            and text[prev_field_end : f.start].count("\n") <= 1
            and _continues_signing_company(t, by_tail)
        ):
            # "By: Highland Capital Management L.P. as" / "Collateral Manager,": the rest of
            # the name, or the capacity, of the company that signs for the block's company
            by_company_end, by_tail = f.end, t
            continue
        if cur.title and cur.end == prev_title_end and continues_title(title_tail, t):
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
            and _continues_capacity(capacity, t)
        ):
            # a part that completes no role yet ("Lender and as Canadian Administrative") is
            # kept for the next line ("Agent,"), which would otherwise read as a caption
            capacity = f"{capacity} {t}"
            cur.role = capacity_roles(capacity) or cur.role
            cur.end = f.end
            continue
        if re.fullmatch(r"as(?:\s+(?:a|an|the))?", t) and cur.company and cur.signer is None:
            open_role = True  # "CAT ENERGY (ALASKA) LLC," / "as" / "a Guarantor"
            cur.end = f.end
            continue
        continued = INDIVIDUALLY.match(t) or open_role
        if continued and pending and (role := continued_role(t)):
            pending_role = role  # "FIRST SOUTH FARM CREDIT" / "as a Lender"
            prev_end = pending[-1].end
            continue
        if continued and cur.company and cur.signer is None and (role := continued_role(t)):
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
            v, typed_title = _conformed_signer(m["v"])
            if is_person(v):
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
            and SENTENCE_END.search(t)
            and not re.match(r"(?:By|Name|Title|Its)\b", t)  # "By: /s/ James Mancini, Jr."
        )
        if prose and not t.startswith("[") and not starts_with_org(text, f):
            caption = None  # "The undersigned acknowledges ...": captions above end here
        if len(t.split()) >= 4 and _GUARANTORS_UNDERSIGNED.search(t):
            # "Each of the undersigned reaffirms ... the Guaranty": who signs below is a
            # guarantor, whatever caption its block lacks
            undersigned = "Guarantor"
        if t.startswith("["):
            after_header = _after_page_header(text, f)
            if after_header is None:
                continue
            f, t = after_header, after_header.text.strip()
        if len(t.split()) > 14 and not starts_with_org(text, f):
            glued = trailing_company(text, f)
            if glued is None:
                continue
            f, t = glued, glued.text
        if empty_title:
            empty_title = False
            if cur.title is None and _fills_empty_title(t):
                cur.title, title_tail = clean_name(t), t
                cur.end = f.end
                continue
        if pending and t.endswith(":") and len(pending) <= 2:
            joined_caption = " ".join(p.text for p in pending) + " " + t
            role = caption_role(joined_caption)
            named = role is None and (role := written_caption(joined_caption)) is not None
            if role is not None:
                flush()
                caption, pending, pending_role, named_caption = role, [], None, named
                continue
        role = caption_role(t)
        if role is not None and opens_name(fields, i):
            role = None  # "BANK" / "OF AMERICA, N.A.": a name wrapped at its first word
        if role is not None and (
            t.endswith(",")  # "RIDGEWAY BANK,": a company's line going on with its capacity
            # "BANK OF TOKYO-MITSUBISHI TRUST" / "COMPANY,": the name above goes on
            or (prev is not None and OPEN_END.search(prev.text) and wrapped(text, prev, f))
        ):
            role = None
        if role is not None and (t.endswith(":") or len(t.split()) <= 2 or not is_org_name(t)):
            flush()
            caption, named_caption = role, False
            continue
        if term_caption := written_caption(t):
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
                cur.company is None or cur.signer is not None or listed_with(pending, cur)
            ):
                take_pending()
            seen_by = cur.by = True
            cur.start = cur.start or f.start
            first = _first_signature(m["rest"])
            rest = _clean_value(first)
            if rest and not is_person(rest):
                by_company_end = f.end  # "By: Regiment" / "Capital GP, LLC": its signing member
                # the lines under it go on with it where it names a company or ends open
                signing_company = is_org_name(rest) or not signer_named(first)
                by_tail = first if signing_company else ""
            if is_person(rest):
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
        if m := TITLE.match(t):
            v = _clean_value(m["v"])
            cur.title, title_tail = v or None, m["v"]
            empty_title = not v and "_" not in m["v"]  # "Title: ____": a blank to fill in
            cur.end = f.end
            continue
        if seen_by and (ind := INDIVIDUALLY_SIGNED.fullmatch(t)) and cur.company is None:
            # "/s/ Karl Halvorsen" / "Karl Halvorsen, individually": a person signing alone
            cur.signer = cur.signer or clean_name(ind["name"])
            cur.individual, cur.end = True, f.end
            continue
        if seen_by:
            head, _, tail = t.partition(",")
            if GENERATION.fullmatch(tail):
                head, tail = t, ""
            if (
                cur.signer is None
                and looks_like_person(head)
                and not is_org_name(t)
                and not name_goes_on(text, fields, i)
            ):
                # "Dana Whitfield, Treasurer", never "FAIRVIEW LIVING CENTERS, INC."
                cur.signer = clean_name(head)
                if tail.strip():
                    cur.title, title_tail = clean_name(tail), tail
                cur.end = f.end
                continue
            officer = TITLE_WORDS.search(t) and (not is_org_name(t) or OFFICER_START.match(t))
            if cur.signer and cur.title is None and officer:
                if head.strip() == cur.signer and tail.strip():
                    t = tail  # "Paul R. Chastain, Vice President" under "By: /s/ Paul R. Chastain"
                cur.title, title_tail = clean_name(t), t
                cur.end = f.end
                continue
        orgs = [r for r in name_runs(text, f.start, f.end) if r.is_org]
        joined = False
        if prev is not None and (orgs or OPEN_END.search(prev.text)) and wrapped(text, prev, f):
            joined_orgs = _wrapped_orgs(text, prev, f)
            joined = bool(joined_orgs) and (
                prev.start <= joined_orgs[0].start < prev.end
                or text[prev.end : f.start].strip() != ""
            )
            orgs = joined_orgs or orgs
        prev_start = prev.start if prev is not None else -1
        prev = f
        if orgs and i + 1 < len(fields) and RUNNING_TITLE.match(fields[i + 1].text):
            continue  # 'TOYS "R" US, INC.' / "364 DAY CREDIT AGREEMENT": a page's running head
        if orgs and re.search(r"(?i)\bUSE\s+ONLY\b", t):
            continue  # "FOR BANK USE ONLY": a form's box under the blocks, no company
        if (
            orgs
            and prev_field_end == by_company_end
            and text[prev_field_end : f.start].count("\n") <= 1
            and not signer_named(by_tail)
        ):
            by_company_end, by_tail = f.end, t  # the rest of the name a "By:" line begins
            continue
        if orgs:
            if pending and pending[-1].end == prev_field_end and same_group(pending[-1].text, t):
                take_pending()  # the affiliate's name above, in words no rule knows, is its own
            if joined and cur.company_span and cur.company_span[0] >= prev_start:
                cur = Block()  # the line above was this name's first part, not a company
                seen_by = False
            flush()
            run, lead_role = _company_run(text, f, orgs[-1] if len(orgs) == 1 else orgs[0])
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
        elif company_line(t):
            gap = text[pending[-1].end : f.start] if pending else ""
            if pending and gap.count("\n") <= 1 and same_group(pending[-1].text, t):
                take_pending()  # "TODD-AO DIGITAL IMAGES" / "TODD-AO VIDEO SERVICES": two names
                gap = "\n\n"
            pending = [*pending, f] if pending and gap.count("\n") <= 1 else [f]
    flush()
    return _without_headings(text, blocks)


def _vouched(text: str, blocks: list[Block], i: int) -> bool:
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
    return close and same_group(b.company, nxt.company or "") and _vouched(text, blocks, i + 1)


def _without_headings(text: str, blocks: list[Block]) -> list[Block]:
    """The blocks but those whose company line is a heading the region ran into (a
    schedule's caption, a table's row) and that no signer vouches for."""
    return [
        b
        for i, b in enumerate(blocks)
        if not (b.company and heading(b.company) and not _vouched(text, blocks, i))
    ]


def signature_blocks(text: str, start: int, end: int) -> list[Block]:
    """The signature blocks of ``text[start:end]``, column by column: the reader of
    :func:`.extract.extract_signatures`, for other agreements' signature pages
    (``ingest.appended``)."""
    return [b for column in read_columns(text, start, end) for b in read_blocks(text, column)]


def add_signer(
    ctx: DocContext, b: Block, signer: str, agreement: str, company: str | None
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


#: "solely with respect to Section 4", "solely for purposes of Section 7": a company signing
#: for one provision, in none of the classes of the agreement's parties.
_LIMITED_CAPACITY = re.compile(
    r"(?i)\bsolely\s+(?:with\s+respect\s+to|for\s+(?:the\s+)?purposes?\s+of|as\s+to)\b"
)
