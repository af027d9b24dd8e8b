"""The capacities an agreement's own signature pages give the companies that sign it.

A syndicated credit agreement names its lenders only where they sign: "the Lenders party
hereto" in the preamble, then page after page of "BANK OF HAWAII, By: ..." or "JPMORGAN CHASE
BANK, individually and as Administrative Agent". Below the parties' blocks an
acknowledgment ("The undersigned hereby acknowledge and consent to this Amendment, and agree
that the Guaranty Agreement ... shall remain in full force") gathers companies that sign in
another capacity, here as guarantors. This module reads, per signing company, the capacity
written under its name (its own column of a two-column page) and the acknowledgment, if any,
it signs under; :mod:`ingest.relations` turns those roles into edges.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ingest.colon_definitions import BARE_DEFINITION
from ingest.context import DocContext
from ingest.defined_terms import find_definitions
from ingest.names import is_org_name, name_runs
from ingest.parties.lender_class import names_class
from ingest.parties.not_names import only_roles
from ingest.parties.role_words import role_of
from ingest.records import Span
from ingest.rules import passage, rule
from ingest.signatures.captions import capacity_roles
from ingest.signatures.commitment_leads import commitment_lead, labelled_commitment_lead
from ingest.signatures.contact_fields import contact_field
from ingest.signatures.witnesses import witness_caption
from ingest.structure.analysis import analyze

#: How far past "IN WITNESS WHEREOF" the parties' blocks are read (as ingest.signatures does).
_WINDOW = 20_000
#: A line that ends the lines under a company's name: its signer, an officer field, a rule.
_BLOCK_FIELD = rule(
    "roles.block_field",
    r"(?i)^(?:by\b|name\s*:|title\s*:|its\s*:|/s/|_{3,}|\[|\(|<)",
    reads="a line that ends the lines under a company's name: its signer, a field, a rule",
    matches=[
        passage("By: /s/ Jane Doe", match="By"),
        passage("Title: President", match="Title:"),
        passage("_______________", match="_______________"),
    ],
    rejects=["ACME CORP., as Agent", "Bylaws Holdings LLC"],
    mode="match",
)
#: "individually and as Administrative Agent", "as a Lender", "as Agent and as a Bank".
_CAPACITY = rule(
    "roles.capacity",
    r"(?is)\b(?:individually|as)\b.*",
    reads="the capacity written under (or after) a company's name in its block",
    matches=[
        passage(
            "FIRST BANK, individually and as Administrative Agent",
            match=("individually and as Administrative Agent"),
        ),
        passage("BETA LLC, as a Lender", match="as a Lender"),
    ],
    rejects=["GAMMA ASSET MANAGEMENT INC.", "ACME CORP."],
)
#: Where a capacity turns to the company it is held for: "HARLOW ADVISORS LLC, as Collateral
#: Manager on behalf of BRIGHTWATER CLO III, LTD., as a Lender" — a fund's manager signs for
#: the fund, and the words after "on behalf of" are the fund's capacity, not the manager's.
_FOR_ANOTHER = rule(
    "roles.capacity_for_another",
    r"(?i)\b(?:for\s+and\s+)?on\s+behalf\s+of\b",
    reads="the words that end a signing company's own capacity and name the one it acts for",
    matches=[
        passage("as Collateral Manager on behalf of Brightwater CLO III, Ltd., as a Lender"),
        passage("as Investment Manager for and on behalf of each of"),
    ],
    rejects=["as Administrative Agent", "individually and as Agent"],
)
#: A capacity that makes the company one of the lenders (an agent alone is not).
_LENDING_CAPACITY = rule(
    "roles.lending_capacity",
    r"(?i)\bindividually\b|\bas\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:lender|bank)s?\b"
    r"|\band\s+(?:as\s+)?(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:lender|bank)s?\b"
    # "as Agent, for itself and on behalf of the Required Lenders": one of the class it acts for
    r"|(?P<for_itself>\bfor\s+itself\s+and\s+(?:for\s+and\s+)?on\s+behalf\s+of\s+"
    r"(?:the\s+|each\s+of\s+the\s+)?(?:other\s+)?(?:required\s+|majority\s+)?(?:lender|bank)s\b)",
    reads="a capacity that makes the company one of the lenders (an agent alone is not)",
    matches=[
        passage("as a Lender", match="as a Lender"),
        passage(
            "as Agent, for itself and on behalf of the Required Lenders",
            match="for itself and on behalf of the Required Lenders",
        ),
        passage("as Administrative Agent and as an Issuing Bank", match="and as an Issuing Bank"),
        passage("individually and as Agent", match="individually"),
    ],
    rejects=[
        "as Administrative Agent",
        "as Collateral Agent for the Secured Parties",
        "as Collateral Agent, for itself and on behalf of the Secured Parties",
    ],
)
#: A line that opens a block of companies signing outside the parties' capacities.
_ACKNOWLEDGMENT = rule(
    "roles.acknowledgment",
    r"(?im)^[ \t]*(?:the\s+(?:foregoing|undersigned)\b|each\s+of\s+the\s+undersigned\b"
    r"|(?:acknowledged|accepted|agreed|consented|confirmed)\b(?:[\w ,]{0,40})?:?[ \t]*$"
    r"|acknowledgment|consent\s+(?:and|of)\b|reaffirmation|signatures?\s+of\s+parties)",
    reads="a line that opens a block of companies signing outside the parties' capacities",
    matches=[
        passage("\nACKNOWLEDGED AND AGREED:\n", match="ACKNOWLEDGED AND AGREED:"),
        passage("\nThe undersigned Guarantors hereby consent", match="The undersigned"),
        passage("\nCONSENT AND REAFFIRMATION\n", match="CONSENT AND"),
    ],
    rejects=["the Borrower acknowledged receipt of the notice.", "ACME CORP."],
)
#: A signature-page caption naming the capacity of the blocks below: "GUARANTORS:", alone on
#: its line or in the left column of the first block's ("GUARANTORS:      ACME CORP.,").
_CAPTION = rule(
    "roles.caption",
    r"^(?:THE\s+)?(?P<label>NAME\s+OF\s+)?(?P<role>[A-Z][A-Z ]{2,40}?)S?\s*:"
    r"(?:\s*$|[ \t]{4,}\S|(?(label)\s*\S))",
    reads="a signature-page caption naming the capacity of the blocks below it (or of the name "
    "a lender's page fills in after 'NAME OF LENDER:')",
    matches=[
        passage("GUARANTORS:", role="GUARANTOR"),
        passage("THE LENDERS:      FIRST BANK,", role="LENDER"),
        passage("NAME OF LENDER: FIRST BANK", role="LENDER"),
        passage("SUBSIDIARY GUARANTORS:", role="SUBSIDIARY GUARANTOR"),
    ],
    rejects=["Guarantors:", "ACME CORP., as Borrower"],
    mode="match",
)
#: "the Lenders party hereto", "the several banks ... from time to time parties": lenders
#: the preamble names as a class, whom only the signature pages identify.
_LENDER_CLASS = rule(
    "roles.lender_class",
    r"(?is)\b(?:lenders|banks)\b[^.;]{0,120}?\b(?:part(?:y|ies)\s+(?:hereto|thereto|to\s+th)"
    r"|named\s+(?:herein|therein|on)|signator|listed\s+on|from\s+time\s+to\s+time)"
    r"|\b(?:the\s+)?(?:lenders|banks)\s*\(as\s+(?:such\s+term\s+is\s+)?defined\b",
    reads="lenders the preamble names as a class, whom only the signature pages identify",
    matches=[
        passage("the Lenders party hereto", match="Lenders party hereto"),
        passage(
            "the several banks and other financial institutions from time to time",
            match=("banks and other financial institutions from time to time"),
        ),
        passage("the Lenders (as defined below)", match="the Lenders (as defined"),
    ],
    rejects=["FIRST BANK, as lender", "the Lenders. From time to time"],
)


#: "Name of Lender:": the label of a lender's signature page where its name is filled in
_NAME_LABEL = (
    r"name\s+of\s+(?:[a-z]+\s+){0,2}?(?:lender|bank|institution|purchaser|holder|investor)"
    r"\s*:\s*"
)
_LABELLED = re.compile(rf"[ \t]*{_NAME_LABEL}", re.IGNORECASE)
#: What may stand before a block's company name on its line: nothing, the other column, a
#: "[Signature Page to ...]" header, "The", "(f/k/a" (the block's former name), or the label
#: of a lender's page filled in ("Name of Lender:", "NAME OF INSTITUTION:").
_BLOCK_LEAD = rule(
    "roles.block_lead",
    r"(?:.*\S\s{4,}|\s*|.*\]\s*)"
    rf"(?:the\s+|\((?:f/k/a|formerly(?:\s+known\s+as)?)\s+|{_NAME_LABEL})?",
    re.IGNORECASE,
    reads="what may stand before a block's company name on its line",
    matches=[
        passage("", match=""),
        passage("GUARANTORS:      ", match="GUARANTORS:      "),
        passage(
            "[Signature Page to Credit Agreement] The ",
            match=("[Signature Page to Credit Agreement] The "),
        ),
        passage("(f/k/a ", match="(f/k/a "),
        passage("     NAME OF LENDER: ", match="     NAME OF LENDER: "),
        passage("Name of Financial Institution:  ", match="Name of Financial Institution:  "),
    ],
    rejects=["By: ", "Name: John", "Name of Borrower: "],
    mode="fullmatch",
)
#: "The undersigned Lender hereby accepts ...": an acknowledgment its lenders sign
_LENDERS_ACKNOWLEDGE = rule(
    "roles.lenders_acknowledge",
    r"(?i)\bundersigned\s+(?:lenders?|banks?)\b",
    reads="an acknowledgment its lenders sign: the undersigned Lender(s)",
    matches=[
        passage("The undersigned Lender hereby accepts", match="undersigned Lender"),
        passage("each of the undersigned Banks", match="undersigned Banks"),
    ],
    rejects=["the undersigned Guarantor", "the Lender undersigned"],
)

#: A caption over lenders' blocks that qualifies the lenders: "OTHER LENDERS:", "CONSENTING
#: BANKS:", "REVOLVING LENDERS:" (not the lenders of the agreement replaced, nor those leaving)
_LENDERS_CAPTION = rule(
    "roles.lenders_caption",
    r"(?!(?:EXISTING|ORIGINAL|PRIOR|FORMER|PREDECESSOR|DEPARTING|EXITING|TERMINATING|RESIGNING"
    r"|ASSIGNING|DECLINING|NON-CONSENTING|NON CONSENTING|DEFAULTING)\b)"
    r"(?:[A-Z][A-Z-]*\s+){0,2}(?:LENDER|BANK)",
    reads="a caption (upper-cased, singular) over lenders' blocks that qualifies the lenders",
    matches=["OTHER LENDER", "CONSENTING BANK", "REVOLVING LENDER", "LENDER"],
    rejects=["EXISTING LENDER", "DEPARTING LENDER", "AGENT", "GUARANTOR", "BANK HOLDING COMPANY"],
    mode="fullmatch",
)
#: "OTHER LENDERS:" below the agents' captions: the agents above signed as lenders too
_OTHER_LENDERS = rule(
    "roles.other_lenders_caption",
    r"OTHER\s+(?:LENDER|BANK)",
    reads="a caption of the lenders other than those captioned above (the agents among them)",
    matches=["OTHER LENDER", "OTHER BANK"],
    rejects=["LENDER", "OTHER GUARANTOR", "OTHER AGENT"],
    mode="fullmatch",
)

#: A capacity that starts "individually" signs as a lender too.
_INDIVIDUALLY = rule(
    "roles.individually",
    r"(?i)individually\b",
    reads="a capacity that opens with individually: the company signs as a lender too",
    matches=[passage("individually and as Administrative Agent", match="individually")],
    rejects=["as Agent, and not individually", "individual capacity"],
    mode="match",
)
#: Where one role of a capacity ends and the next begins: "as Agent and Swingline Lender".
_CAPACITY_BREAK = rule(
    "roles.capacity_break",
    r"(?i)\s*(?:,|;|\band\b|\bas\b|\bindividually\b)\s*",
    reads="a capacity's words between its roles (as, and, commas, individually)",
    matches=[
        passage("Agent and Swingline Lender", match=" and "),
        passage("as Agent", match="as "),
        passage("Issuing Bank, Lender", match=", "),
    ],
    rejects=["Administrative Agent", "Lead Arranger"],
)
#: The article a role of a capacity opens with: "a Lender", "its Agent".
_ROLE_ARTICLE = rule(
    "roles.role_article",
    r"(?i)^(?:a|an|the|its|their)\s+",
    reads="the article a role in a capacity opens with",
    matches=[passage("a Lender", match="a "), passage("its Agent", match="its ")],
    rejects=["Agent", "Arranger", "theLender"],
)
#: A line above a block's name that signs for the block above: "By:", "By its sole general
#: partner:".
_SIGNER_LINE = rule(
    "roles.signer_line",
    r"(?i)by\b",
    reads="the line above a company's name in a block: a signature line",
    matches=[passage("By: ACME GP LLC,", match="By"), passage("BY ITS MANAGER:", match="BY")],
    rejects=["BYLINE HOLDINGS INC.", "GUARANTORS:"],
    mode="match",
)
_SIGNS_FOR = rule(
    "roles.signs_for",
    r"(?i)\b(?:partner|member|manager)\s*:$",
    reads="the line above a company's name that makes it sign for the block above",
    matches=[
        passage("its sole general partner:", match="partner:"),
        passage("By its Managing Member :", match="Member :"),
    ],
    rejects=["GENERAL PARTNERS LLC", "Manager: John Smith"],
)
#: The words before a listed name that are not part of it: "collectively,", "namely", "the".
_LIST_LEAD = rule(
    "roles.list_lead",
    r"(?:collectively|namely),?\s+|the\s+",
    reads="the words a listed name in a definition opens with",
    matches=[
        passage("collectively, Alpha Farms, LLC", match="collectively, "),
        passage("the Parent", match="the "),
    ],
    rejects=["Alpha Farms, LLC", "The Parent", "theory"],
    mode="match",
)


@dataclass(frozen=True, slots=True)
class Signing:
    """A company signing the own agreement: the capacity under its name ("" for none), the
    span naming it with that capacity, and the acknowledgment it signs under ("" for none)."""

    ref: str
    capacity: str
    span: Span
    acknowledgment: str
    caption: str
    #: the name opens its line or column (not "BY: Manager LLC", "on behalf of Fund LP")
    heads_block: bool = True
    #: signs among lenders captioned by their titles ("AGENTS:", then "OTHER LENDERS:")
    among_lenders: bool = False

    @property
    def roles(self) -> list[str]:
        """The roles the capacity states: "individually and as Agent and Swingline Lender" ->
        ["Lender", "Agent", "Swingline Lender"] (signing "individually" is signing as a lender)."""
        out = ["Lender"] if _INDIVIDUALLY.match(self.capacity) else []
        for part in _CAPACITY_BREAK.split(self.capacity):
            part = _ROLE_ARTICLE.sub("", part.strip())
            role = role_of(part) if part and len(part.split()) <= 4 else None
            if role and role not in out:
                out.append(role)
        return out

    @property
    def lends(self) -> bool:
        return (
            bool(_LENDING_CAPACITY.search(self.capacity))
            or bool(_LENDERS_CAPTION.fullmatch(self.caption))
            or self.among_lenders
            or bool(_LENDERS_ACKNOWLEDGE.search(self.acknowledgment))
        )


def signings(ctx: DocContext) -> list[Signing]:
    """The companies the own agreement's signature pages name, in page order."""
    st = analyze(ctx.text)
    if st.signatures is None or ctx.self_ref is None:
        return []
    lo, hi = st.signatures.start, min(st.signatures.end, st.signatures.start + _WINDOW)
    named: dict[int, tuple[int, str]] = {}
    for r in ctx.collector.relations.values():
        if r.type != "PARTY_TO" or r.target != ctx.self_ref:
            continue
        e = ctx.collector.get(r.source)
        if e is None or e.props.get("kind") == "person":
            continue
        inside = [sp for sp in r.evidence if lo <= sp.start < hi]
        name = e.props.get("name")
        if not inside and isinstance(name, str):
            found = _written(ctx.text, name, lo, hi)
            inside = [ctx.span(*found)] if found else []
        for sp in inside:
            if sp.start not in named:
                # the capacity is read from the name's end, where a span citing the block
                # ("X, as Collateral Manager on behalf of") runs past it
                end = sp.end
                if isinstance(name, str) and sp.text[: len(name)].lower() == name.lower():
                    end = sp.start + len(name)
                named[sp.start] = (end, r.source)
    text = ctx.text
    acks = [
        (m.start(), _paragraph(text, m.start()))
        for m in _ACKNOWLEDGMENT.finditer(text, lo, hi)
        if not _testimonium(text, m.start())
    ]
    out: list[Signing] = []
    # a company's first block; a second is read only where the first signs as an agent alone
    # ("PNC BANK, as Agent" and, on the lenders' pages, "PNC BANK": it signs again as lender)
    first: dict[str, Signing] = {}
    again: set[str] = set()
    for start in sorted(named):
        end, ref = named[start]
        capacity, cap_end = _capacity(text, start, end)
        if ref in first:
            if capacity or ref in again or not _agent_only(first[ref]):
                continue
            again.add(ref)
        before = [a for a in acks if a[0] < start]
        lead = text[text.rfind("\n", 0, start) + 1 : start]
        signing = Signing(
            ref,
            capacity,
            ctx.span(start, max(end, cap_end)),
            before[-1][1] if before else "",
            _caption(text, lo, start),
            bool(_BLOCK_LEAD.fullmatch(lead)) or labelled_commitment_lead(lead),
        )
        first.setdefault(ref, signing)
        out.append(signing)
    return _agents_among_lenders(out)


def _agents_among_lenders(out: list[Signing]) -> list[Signing]:
    """Lenders that sign under their titles ("AGENTS:", "CO-AGENTS:", then "OTHER LENDERS:"):
    the companies under an agent's caption, in no capacity of their own, above an "OTHER
    LENDERS:" caption of the same pages (the same acknowledgment, if any) sign as lenders."""
    marked = [
        i
        for i, s in enumerate(out)
        if _OTHER_LENDERS.fullmatch(s.caption)
        and (i == 0 or not _OTHER_LENDERS.fullmatch(out[i - 1].caption))
    ]
    for last in marked:
        ack = out[last].acknowledgment
        for i in range(last - 1, -1, -1):
            s = out[i]
            if s.acknowledgment != ack or not s.caption.endswith("AGENT"):
                break
            if not s.capacity and s.heads_block:
                out[i] = replace(s, among_lenders=True)
    return out


def _agent_only(s: Signing) -> bool:
    """Whether a company signs in an agent's capacity alone ("as Administrative Agent", or
    with no capacity of its own under an "AGENT:" caption, then again under "LENDERS:")."""
    if not s.capacity and s.caption.endswith("AGENT"):
        return True
    return bool(s.roles) and all("agent" in r.lower() for r in s.roles)


def _written(text: str, name: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Where a party named before the signatures heads a block: its name, any case, at the
    start of a line or of a column."""
    words = re.findall(r"[\w&'.-]+", name)
    if not words:
        return None
    pattern = r"(?:^|(?<=\n)|(?<=\s{4}))[ \t]*(" + r"[\s,]+".join(map(re.escape, words)) + ")"
    m = re.compile(pattern, re.IGNORECASE).search(text, lo, hi)
    return (m.start(1), m.end(1)) if m else None


def names_lenders_as_class(ctx: DocContext) -> bool:
    """Whether the text before the signatures names lenders as a class ("the Lenders party
    hereto"), so that companies signing in no capacity of their own are those lenders."""
    st = analyze(ctx.text)
    stop = st.signatures.start if st.signatures else len(ctx.text)
    spans = [(0, min(stop, 6000))]
    # a preamble below a cover page and a long table of contents
    if st.preamble and 6000 < st.preamble.end <= stop:
        spans.append((max(6000, st.preamble.start), st.preamble.end))
    return any(
        _LENDER_CLASS.search(ctx.text, lo, hi) or names_class(ctx.text, lo, hi) for lo, hi in spans
    )


#: the gap before a second column on a signature line
_BESIDE = re.compile(r"\s{4,}(?=\S)")


def _capacity(text: str, start: int, end: int) -> tuple[str, int]:
    """The words under (or after) a company's name in its own column, up to its "By:" line."""
    line_start = text.rfind("\n", 0, start) + 1
    col = start - line_start
    if label := _LABELLED.fullmatch(text, line_start, start):
        col = len(label[0]) - len(label[0].lstrip())  # the column is the label's
    elif commitment_lead(lead := text[line_start:start]) or labelled_commitment_lead(lead):
        col = 0  # "$30,000,000     FIRST BANK,": the amount's column is empty below it
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    pieces = [re.split(r"\s{4,}", text[end:line_end])[0].strip(" ,")]
    last = end + len(pieces[0]) if pieces[0] else end
    # a second column beside the name: the lines below are this column's only up to where
    # that column starts ("FIRST BANK, as Agent" on the right, "and as a Lender" under it)
    beside = _BESIDE.search(text, end, line_end)
    own_width = beside.end() - line_start if beside else None
    pos = line_end + 1
    for _ in range(6):
        if pos >= len(text):
            break
        nl = text.find("\n", pos)
        nl = len(text) if nl < 0 else nl
        raw = text[pos:nl][:own_width]
        cell = raw[col:] if col and raw[:col].strip() == "" else raw
        if col and raw[:col].strip():
            cell = raw[col:] if len(raw) > col and raw[col - 1] == " " else ""
        cell = re.split(r"\s{4,}", cell.strip())[0].strip()
        if not cell:
            if any(pieces):
                break
            pos = nl + 1
            continue
        if _BLOCK_FIELD.match(cell):
            break
        pieces.append(cell)
        last = pos + raw.find(cell) + len(cell) if cell in raw else last
        pos = nl + 1
    joined = " ".join(p for p in pieces if p)
    lending = _LENDING_CAPACITY.search(joined)
    # "for itself and on behalf of the Required Lenders": the class it acts for is its own
    # (a capacity held for a fund, "as Manager on behalf of Fund LP", ends where it turns)
    if not (lending and lending["for_itself"]):
        joined = _FOR_ANOTHER.split(joined)[0]
    m = _CAPACITY.search(joined)
    return (" ".join(m.group(0).split()).strip(" ,") if m else ""), last


#: "IN WITNESS WHEREOF, each of" wrapped before "the undersigned has executed this Agreement"
_WITNESS = rule(
    "roles.witness",
    r"(?i)\bin\s+witness\s+whereof\b[^\n]*\n?[ \t]*$",
    reads="an IN WITNESS WHEREOF clause that the line below continues",
    matches=[
        passage("IN WITNESS WHEREOF, each of\n  ", match="IN WITNESS WHEREOF, each of\n  "),
        passage("In Witness Whereof, ", match="In Witness Whereof, "),
    ],
    rejects=["IN WITNESS WHEREOF, each of\nthe undersigned has", "witness the signature"],
)


def _testimonium(text: str, pos: int) -> bool:
    """Whether the line at ``pos`` continues an "IN WITNESS WHEREOF" clause: "each of / the
    undersigned has executed this Agreement" is the parties' own execution, not a block of
    companies acknowledging in another capacity."""
    return bool(_WITNESS.search(text[max(0, pos - 120) : pos]))


def _paragraph(text: str, pos: int) -> str:
    """The acknowledgment's words: its line and the paragraph it opens."""
    end = re.search(r"\n[ \t]*\n", text[pos : pos + 1500])
    return " ".join(text[pos : pos + (end.start() if end else 600)].split())


#: A line of prose between the blocks, five words or more ending a sentence (never a "By:",
#: "Name:" or "Title:" field, nor a page's bracketed footer).
_PROSE_LINE = re.compile(r"(?!(?:By|Name|Title|Its)\b|\[)(?:\S+\s+){4,}\S*[a-z]\.$")


def _caption(text: str, lo: int, start: int) -> str:
    """The last all-capitals caption line ("LENDERS:") between the signatures' start and
    ``start``, upper-cased; "" when none, or when a sentence stands between ("This Amendment
    is hereby accepted and agreed to as of the date first written above."): who signs below
    it signs in a part of the pages of its own, as the block reader reads them too."""
    found = ""
    for line in text[lo:start].splitlines():
        if _PROSE_LINE.match(line.strip()):
            found = ""
            continue
        m = _CAPTION.match(line.strip())
        # "WITNESSES:" heads no party's blocks, nor does a notice field ("FAX: (555) ...")
        if m and not witness_caption(line) and not contact_field(line):
            found = m["role"].upper()
    return found


#: A line that heads a company's block: its name with a company's ending ("STAFF CAPITAL, L.P.,
#: a Delaware"), after any left-column caption and a leading page mark.
_COMPANY_LINE = rule(
    "roles.company_line",
    r"^[ \t.]*(?:[A-Z][A-Z ]{2,40}?S?\s*:[ \t]{4,})?(?P<name>[A-Z0-9][A-Za-z0-9&'.,() -]{2,80}?"
    r"\b(?:INC|CORP(?:ORATION)?|LTD|LIMITED|LLC|L\.L\.C|L\.P|LP|COMPANY|CO)\.?)"
    r"(?=,|\s*$|\s{4,})",
    re.MULTILINE,
    reads="a line that heads a company's block: its name with a company's ending",
    matches=[
        passage("STAFF CAPITAL, L.P., a Delaware", name="STAFF CAPITAL, L.P."),
        passage("GUARANTORS:      ACME HOLDINGS INC.", name="ACME HOLDINGS INC."),
        passage("\nBETA SERVICES LLC\n", name="BETA SERVICES LLC"),
    ],
    rejects=["By: ACME HOLDINGS", "the Company shall deliver"],
)


def guarantor_blocks(ctx: DocContext) -> list[tuple[str, Span]]:
    """The companies whose blocks stand, on the own agreement's signature pages, under a
    "GUARANTORS:" caption (up to the next caption), with the span of each name: subsidiary
    guarantors are often named nowhere else, and their blocks are often left unsigned. A name
    below "By its sole general partner:" signs for the block above and is skipped."""
    st = analyze(ctx.text)
    if st.signatures is None:
        return []
    text = ctx.text
    lo, hi = st.signatures.start, min(st.signatures.end, st.signatures.start + _WINDOW)
    out: list[tuple[str, Span]] = []
    for m in _COMPANY_LINE.finditer(text, lo, hi):
        if _caption(text, lo, m.start("name")) not in ("GUARANTOR", "SUBSIDIARY GUARANTOR"):
            continue
        before = text[lo : m.start()].rstrip().rsplit("\n", 1)[-1].strip()
        if _SIGNER_LINE.match(before) or _SIGNS_FOR.search(before) or _own_capacity(text, m):
            continue
        name = " ".join(m["name"].split()).strip(" ,")
        if only_roles(name):
            continue  # "A DELAWARE CORPORATION" under the name: its descriptor, no company
        if name.upper() == name and len(name.split()) > 1 and not _name_continues(text, m.start()):
            out.append((name, ctx.span(m.start("name"), m.start("name") + len(m["name"]))))
    return out


def _own_capacity(text: str, m: re.Match[str]) -> bool:
    """Whether the block states a capacity of its own that is no guarantor's, on the name's
    line or the line below ("MERIDIAN TRUST COMPANY, as a Lender"): a lender's block below the
    guarantors', with no caption of its own, is outside theirs."""
    rest_end = text.find("\n", m.end("name"))
    rest = text[m.end("name") : rest_end if rest_end >= 0 else len(text)].strip(" ,\t")
    if not rest and rest_end >= 0:
        below = text.find("\n", rest_end + 1)
        rest = text[rest_end + 1 : below if below >= 0 else len(text)].strip()
    if not re.match(r"(?i)(?:(?:both\s+)?individually\s+and\s+)?as\s", rest):
        return False
    roles = capacity_roles(rest)
    return roles is not None and not re.search(r"(?i)guarantor|grantor|pledgor", roles)


def _name_continues(text: str, pos: int) -> bool:
    """Whether the line at ``pos`` continues a name begun on the line above ("STORM" / "CAT
    ENERGY LLC,"): that line is capitals and no company's name of its own."""
    prev_end = text.rfind("\n", 0, pos)
    prev = text[text.rfind("\n", 0, max(prev_end, 0)) + 1 : max(prev_end, 0)].strip()
    return bool(prev and re.fullmatch(r"[A-Z0-9&.,'() -]+", prev) and not _COMPANY_LINE.match(prev))


#: The terms whose definition names who stands behind the deal's obligations: "Guarantor(s)"
#: (a form's term for one or more, "GUARANTOR(S)"),
#: "Subsidiary Guarantors", "Grantors", "Pledgor" (not "Mortgage Loan Guarantor" nor
#: "Replacement Guarantor", who stand behind other debts or none yet).
_GUARANTOR_TERM = rule(
    "roles.guarantor_term",
    r"(?i)(?:(?:subsidiary|parent|initial|domestic|company|holdings|corporate|investor|sponsor"
    r"|principal|individual|affiliate|limited)\s+)?"
    # "Mortgagors" means A, B and C: the companies that mortgage their real estate to secure it
    r"(?:guarantor|grantor|pledgor|mortgagor)(?:s|\(s\))?",
    reads="a term whose definition names who stands behind the deal's obligations",
    matches=[
        "Guarantors",
        "Subsidiary Guarantor",
        "Grantors",
        "Pledgor",
        "GUARANTOR(S)",
        "INVESTOR GUARANTOR",
        "Sponsor Guarantor",
        "Mortgagors",
    ],
    rejects=["Mortgage Loan Guarantor", "Replacement Guarantor", "Guaranty", "Mortgagee"],
    mode="fullmatch",
)
#: '"Guarantors" means' / 'shall mean' right after the quoted term (not "has the meaning")
_MEANS_HEAD = rule(
    "roles.means_head",
    r"[\"\u201d]\s*(?:\([^()]{0,60}\)\s*)?(?::[ \t]*(?:(?:shall\s+)?means?\s+)?|"
    r"(?:shall\s+)?(?:means?|mean,)\s+)",
    reads="'means' or 'shall mean' right after a defined term's closing quotation mark",
    matches=[
        passage('" means ', match='" means '),
        passage('" (or "Guarantor") shall mean ', match='" (or "Guarantor") shall mean '),
        passage('": Hollin Storage Co.', match='": '),
    ],
    rejects=['" has the meaning ', '" is defined in'],
    mode="match",
)
#: Where the names stop: the class of later ones ("and each other Subsidiary that ..."), the
#: capacity ("in his capacity as such"), the end of the definition.
_DEFINITION_END = rule(
    "roles.definition_end",
    r"(?i)[;:]|(?<!\bInc)(?<!\bPty)(?<!\bCorp)(?<!\bCo)(?<!\bLtd)(?<!\bNo)(?<!\b[A-Z])"
    r"\.(?-i:(?=\s+[\"\u201c(A-Z]))|\.(?=\s*\n|\s*$)|\n\s*\n"
    r"|,?\s+(?:and|or|and/or)\s+(?:each|any|all|every|such|its|their)\b|\s+(?:each|both)\s+in\b"
    r"|\s+as\s+(?:signator|a\s+guarantor|guarantor)|\s+in\s+(?:his|her|its|their)\s+capacit"
    r"|\s+from\s+time\s+to\s+time|\s+together\s+with\b|\s+(?:who|which|that)\b",
    reads="where a definition's names stop: a class of later ones, a capacity, its end",
    matches=[
        passage("Alpha Farms, LLC and each other Subsidiary", match=" and each"),
        passage("DPA in his capacity as such", match=" in his capacit"),
        passage("Beta Logistics, Inc.; and", match=";"),
    ],
    rejects=["Alpha Farms, LLC, Beta Logistics, Inc", "North America, Inc. and Gamma Co"],
)
#: How far a definition's list of guarantors may run
_DEFINITION_WINDOW = 400
#: A term or a name without a corporate suffix: one to four capitalised words ("DPA",
#: "Topps Enterprises")
_CAPITALISED = rule(
    "roles.capitalised",
    r"[A-Z][\w&.'\u2019-]*(?:\s+[A-Z][\w&.'\u2019-]*){0,3}",
    reads="a term or a name without a corporate suffix: one to four capitalised words",
    matches=["DPA", "Topps Enterprises", "Parent"],
    rejects=["each other Subsidiary", "Alpha Beta Gamma Delta Epsilon"],
    mode="fullmatch",
)


def defined_guarantors(ctx: DocContext) -> list[tuple[str, str, Span, Span]]:
    """The names a definition of the guarantors lists ('"Guarantors" means Alpha Farms, LLC,
    Beta Logistics, Inc. and each other Subsidiary that executes a Guaranty'; '"Guarantor"
    shall mean DPA in his capacity as such'; '"Guarantor": Hollin Storage Co., a Delaware
    corporation'; a numbered entry with neither, '5 "Guarantor" Ashgrove Holdings, Inc.'),
    each with the term, its own span and the span
    of the definition up to its last name (see :func:`listed_names`). The caller resolves
    them."""
    text = ctx.text
    out: list[tuple[str, str, Span, Span]] = []
    # (term, where its quotation opens, where what it stands for begins)
    heads: list[tuple[str, int, int]] = []
    for d in find_definitions(text):
        if d.style in ("means", "colon") and (head := _MEANS_HEAD.match(text, d.end)):
            heads.append((d.term, d.start - 1, head.end()))
    # '5 "Guarantor" Ashgrove Holdings, Inc.': a numbered entry with no "means" nor colon
    heads += [(m["t"], m.start("t") - 1, m.end()) for m in BARE_DEFINITION.finditer(text)]
    for term, start, body in heads:
        if not _GUARANTOR_TERM.fullmatch(term):
            continue
        body_end = min(len(text), body + _DEFINITION_WINDOW)
        stop = _DEFINITION_END.search(text, body, body_end)
        end = stop.start() if stop else body_end
        # a period that ends the definition may end a suffix too ("North America, Inc.")
        names = listed_names(text, body, end + (text[end : end + 1] == "."))
        if names:
            span = ctx.span(start, names[-1][1])
            out += [(term, " ".join(text[s:e].split()), ctx.span(s, e), span) for s, e in names]
    return out


#: A list of companies each of which a parenthesis makes a guarantor: "the unconditional
#: guaranty of each of Alpha Farms, Inc., Beta Logistics, LLC and the Parent (each a
#: "Guarantor" and collectively, the "Guarantors")" (the term; the list ends at the match)
_EACH_A_GUARANTOR = rule(
    "roles.each_a_guarantor",
    r"\(\s*each,?\s+(?:a|an)\s+[\"\u201c](?P<term>(?:(?:Subsidiary|Parent)\s+)?Guarantor)"
    r"[\"\u201d]",
    reads="the parenthesis after a list of companies that makes each of them a guarantor",
    matches=[
        passage('and the Parent (each a "Guarantor" and collectively,', term="Guarantor"),
        passage("Beta Logistics, LLC (each, a \u201cSubsidiary Guarantor\u201d)"),
    ],
    rejects=['(the "Guarantor")', '(each a "Borrower")'],
)
#: Where such a list starts: after the last "each of" or "by" before the parenthesis, and
#: never before a parenthesis that closes an earlier party's term (a preamble's borrower)
_LIST_OPENING = rule(
    "roles.list_opening",
    r"\b(?:each\s+of|by)\s+|\)|[;:]|(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})\.\s+(?=[A-Z][a-z])",
    reads="where a list of guarantors can start: 'each of', 'by'; what it cannot cross",
    matches=[passage("guaranty of each of Alpha", match="each of "), passage("guaranteed by ")],
    rejects=["Alpha Farms, Inc. and Beta"],
)
_LIST_WINDOW = 300


def listed_guarantors(ctx: DocContext) -> list[tuple[str, str, Span, Span]]:
    """The companies a list makes guarantors each ("guaranty of each of Alpha Farms, Inc.,
    Beta Logistics, LLC and the Parent (each a "Guarantor")"), in the shape of
    :func:`defined_guarantors`: term, name, its span, and the span of the list and term."""
    text = ctx.text
    out: list[tuple[str, str, Span, Span]] = []
    for m in _EACH_A_GUARANTOR.finditer(text):
        lo = max(0, m.start() - _LIST_WINDOW)
        openings = list(_LIST_OPENING.finditer(text, lo, m.start()))
        last = openings[-1] if openings else None
        if last is None or not re.match(r"(?i)each|by", last.group()):
            continue
        start = last.end()
        names = listed_names(text, start, m.start())
        if len(names) < 2:
            continue  # one company is its own term's business ("A (each a Guarantor)")
        span = ctx.span(start, m.end())
        for s, e in names:
            # "the Parent": the company its definition names, where no reader knows the term
            if not ctx.lookup(text[s:e]) and (company := defined_company(ctx, text[s:e])):
                s, e = company
            out.append((m["term"], " ".join(text[s:e].split()), ctx.span(s, e), span))
    return out


def defined_company(ctx: DocContext, term: str) -> tuple[int, int] | None:
    """Where the company a term's definition names is ('"Parent" means Ridgeline Holdings
    Corp., a Delaware corporation'): the name right after "means", when it is a company's."""
    text = ctx.text
    for d in find_definitions(text):
        if d.style != "means" or d.term != term:
            continue
        head = _MEANS_HEAD.match(text, d.end)
        runs = name_runs(text, head.end(), head.end() + 120) if head else []
        if head and runs and runs[0].start - head.end() <= 4 and is_org_name(runs[0].text):
            return runs[0].start, runs[0].end
    return None


#: Between the names of a list: a comma not before a suffix ("Alpha Farms, LLC" is one name),
#: "and", a roman or letter item marker ("(ii)")
_LIST_SEPARATOR = rule(
    "roles.list_separator",
    r",\s*(?:and\s+|or\s+)?(?!\s*(?:Inc|INC|Incorporated|INCORPORATED|LLC|L\.L\.C|Ltd|LTD|Limited"
    r"|LIMITED|L\.P|LP|LLP|LLLP|N\.A|Corp|CORP|Co|CO|plc|PLC|S\.A|B\.V|N\.V|GmbH|AG|Pty|PTY|ULC)\b)"
    r"|\s+(?:and|or|and/or)\s+|\s*\([ivx]{1,4}\)\s*"
    r"|\s*\([a-h]\)\s*",
    reads="what stands between the names of a list: a comma not before a suffix, and, (ii)",
    matches=[
        passage("Alpha Farms, LLC, Beta Inc.", match=", "),
        passage("Alpha and Beta", match=" and "),
        passage("Alpha (ii) Beta", match=" (ii) "),
    ],
    rejects=["Alpha Farms, LLC", "Beta Logistics, Inc.", "GAMMA TRANSPORT, INC."],
)
#: What follows a name in a list without being part of it: "a Colorado corporation", "an
#: individual", a parenthesised term ("(the "Parent")"), "each a Texas corporation"
_DESCRIPTOR = rule(
    "roles.descriptor",
    r"\s+(?:each\s+)?an?\s+|\s*\((?=[^()]*[\"\u201c])|,\s*$",
    reads="what follows a name in a list without being part of it",
    matches=[
        passage("Alpha Farms, LLC, a Colorado corporation", match=" a "),
        passage('Acme Corp. (the "Parent")', match=" ("),
        passage("John Smith, an individual", match=" an "),
    ],
    rejects=["Alpha Farms LLC", "Beta (Holdings) Inc."],
)


#: a period ending a list item that ends no abbreviation ("Inc.", "N.A.", "L.P.")
_SENTENCE_PERIOD = rule(
    "roles.sentence_period",
    r"(?<!\bInc)(?<!\bINC)(?<!\bCorp)(?<!\bCORP)(?<!\bCo)(?<!\bCO)(?<!\bLtd)(?<!\bLTD)(?<!\bPty)"
    r"(?<!\bBhd)(?<!\b[A-Z])\.$",
    reads="a period ending a list item that ends no abbreviation",
    matches=[passage("means the Company.", match="."), passage("Beta Holdings.", match=".")],
    rejects=["Alpha Farms, Inc.", "Citibank, N.A.", "GAMMA TRANSPORT, INC."],
)


def listed_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The names a list in ``text[start:end]`` spells, as offsets: companies (a corporate
    suffix, commas before it kept: "TransAtlantic (Holdings) Australia Pty. Ltd.") and terms
    or names in capitals ("DPA", "the Parent" as "Parent"). Descriptors ("a Colorado
    corporation") are dropped; an item that opens in lower case ("each other Subsidiary",
    "any Person who ...") is a class and names no one."""
    out: list[tuple[int, int]] = []
    pos = start
    for sep in [*_LIST_SEPARATOR.finditer(text, start, end), None]:
        item_end = sep.start() if sep else end
        s, e = pos, item_end
        pos = sep.end() if sep else end
        while s < e and text[s] in " \t\n,":
            s += 1
        lead = _LIST_LEAD.match(text[s:e])
        if lead:
            s += lead.end()
        cut = _DESCRIPTOR.search(text, s, e)
        e = cut.start() if cut and cut.start() > s else e
        e = len(text[:e].rstrip(" \t\n,;"))
        if _SENTENCE_PERIOD.search(text, s, e):
            e -= 1  # "means the Company.": the definition's period, not a suffix's
        item = " ".join(text[s:e].split())
        if item and item[0].isupper() and (is_org_name(item) or _CAPITALISED.fullmatch(item)):
            out.append((s, e))
    return out
