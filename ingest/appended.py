"""Agreements and notes appended after the main agreement's signature pages, each its own.

Vocabulary:
- *appended agreement*: a region of ``ingest.structure`` ("ACKNOWLEDGMENT AND CONSENT",
  "CONSENT AND REAFFIRMATION", "REAFFIRMATION", "LIMITED JOINDER", "CONSENT OF GUARANTORS"):
  other signatories (guarantors, a parent) consent to, reaffirm or join the agreement above it
  and sign it on their own. Its signatories are parties to it, not to the main agreement,
  except a joinder's: a company that joins the agreement above becomes a party to it too.
  A note executed with the agreement ("NOTE ... For Value Received, the Borrower promises to
  pay to the order of the Bank") is appended the same way, as an Instrument.
- *secured agreement*: a guarantor reaffirming its guaranty SECURES the obligations of the
  credit agreement the main document amends (or is), as the main document's guarantors do.

Each appended agreement becomes an Agreement (``agreement:appended:N``, contained in this
document) with its title, kind and date, REFERENCES to the main agreement, PARTY_TO from each
company of its signature blocks, SIGNED from each signer and, where its text speaks of a
guaranty, SECURES from each signing company.
"""

from __future__ import annotations

import re

from ingest.agreements.kinds import classify, title_case
from ingest.amendment_regions import AppendedAmendment, appended_amendments
from ingest.context import DocContext
from ingest.dates import find_dates
from ingest.names import NameRun, name_runs, words
from ingest.parties.add import add_party, described_mention
from ingest.parties.spellings import display_name, same_organization
from ingest.records import PropValue
from ingest.references.add import same_numbered_amendment
from ingest.relations.guaranty_parties import guaranty_named_in
from ingest.relations.obligations import secured_agreement as concerned_credit_agreement
from ingest.relations.slots import instruments_in
from ingest.rules import passage, rule
from ingest.signatures.blocks import SIGNATURE_WINDOW, add_signer, signature_blocks
from ingest.signatures.fields import Block
from ingest.signatures.wrapped_heads import joined_head
from ingest.structure.analysis import analyze
from ingest.structure.appended_agreements import appended_regions
from ingest.structure.regions import Region, paragraphs

_HEADING = "the heading of an appended agreement, in lower case: "
#: (pattern on the lower-case heading, kind), first match wins; else ``agreements.classify``.
_KINDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        rule(
            "appended.kind_consent",
            r"\bconsent",
            reads=_HEADING + "a consent",
            matches=["consent and reaffirmation", "consent of guarantors"],
            rejects=["reaffirmation of guaranty"],
        ),
        "consent",
    ),
    (
        rule(
            "appended.kind_reaffirmation",
            r"\bre-?affirm|\bratif|\bconfirm",
            reads=_HEADING + "a reaffirmation (ratification, confirmation)",
            matches=["reaffirmation", "re-affirmation of guaranty", "ratification of guaranties"],
            rejects=["limited joinder"],
        ),
        "reaffirmation",
    ),
    (
        rule(
            "appended.kind_joinder",
            r"\bjoinder\b",
            reads=_HEADING + "a joinder",
            matches=["limited joinder", "joinder of the parent"],
            rejects=["joinders"],
        ),
        "joinder",
    ),
    (
        rule(
            "appended.kind_guaranty",
            r"\bguarant",
            reads=_HEADING + "a guaranty",
            matches=["guaranty of payment", "guarantee"],
            rejects=["warranty"],
        ),
        "guaranty",
    ),
    (
        rule(
            "appended.kind_acknowledgment",
            r"\backnowledg",
            reads=_HEADING + "an acknowledgment, read as a consent",
            matches=["acknowledgment of the borrower", "acknowledgement"],
            rejects=["schedule of knowledge parties"],
        ),
        "consent",
    ),
    (
        rule(
            "appended.kind_note",
            r"\bnotes?\b",
            reads=_HEADING + "a note",
            matches=["revolving credit note", "promissory notes"],
            rejects=["notice of borrowing", "footnotes"],
        ),
        "note",
    ),
)
#: "Dated as of March 5, 2008" on a line of its own (under the heading or above the signatures):
#: the appended agreement's own date, not one of the agreements its text mentions.
_DATED = rule(
    "appended.dated_line",
    r"(?m)^[ \t]*(?:Dated|DATED|Date:|DATE:)(?:\s+(?:as\s+of|AS\s+OF))?\s+",
    reads="an appended agreement: the cue of its own date line",
    matches=[
        passage("CONSENT OF GUARANTORS\n\nDated as of March 5, 2008", match="Dated as of "),
        passage("  Date: 3/17/98", match="  Date: "),
        "DATED AS OF June 1, 2010",
    ],
    rejects=["the Credit Agreement dated as of March 5, 2008", "Dated:"],
)
#: Its text speaks of the signatories' guaranty ("as Guarantor under its Continuing Guaranty",
#: "the Guaranty ... executed by it") or of the security they granted ("the pledge and
#: security interest in the Collateral granted by it ... shall continue to secure the
#: Obligations", "reaffirms its grant of security"): they stand behind the credit agreement.
_GUARANTY = rule(
    "appended.guaranty",
    r"(?i)\bguarant(?:y|ies|ee|ees|or|ors)\b"
    r"|\b(?:pledges?|security\s+interests?|liens?|collateral)\b[^.;]{0,120}?\b(?:granted|created"
    r"|given)\s+by\s+(?:it|them|each\s+of\s+them|the\s+undersigned)\b"
    r"|\b(?:its|their)\s+(?:grants?\s+of\s+(?:a\s+)?security(?:\s+interests?)?|pledges?)\b",
    reads="an appended agreement's text: its signatories' guaranty, or the security they granted",
    matches=[
        "each of the undersigned, as Guarantor under its Continuing Guaranty, consents",
        "the Guaranties executed by it remain in full force",
        "the security interests in the Collateral granted by each of them shall continue",
        "each Grantor hereby reaffirms its grant of a security interest",
        "and confirms their pledges",
    ],
    rejects=[
        "the representations and warranties remain true",
        "guaranteed",
        "the liens granted by the Borrower",
    ],
)
#: The capacity a guarantor's block states ("as Subsidiary Guarantor"): its role in the
#: guaranty it reaffirms.
_GUARANTOR_ROLE = rule(
    "appended.guarantor_role",
    r"(?i)\bguarantors?$",
    reads="the role of a company signing an appended agreement: a guarantor's capacity",
    matches=["Subsidiary Guarantor", "Guarantor", "Parent Guarantors"],
    rejects=["Administrative Agent", "Guarantor and Lender"],
)
#: The kinds of agreement whose obligations a guarantor secures.
_CREDIT_KINDS = frozenset({"credit_agreement", "loan_agreement"})
#: The kinds of a main document that concern a credit agreement without amending it.
_CONCERNING_KINDS = frozenset({"waiver"})
#: A lender or an agent acknowledging beside the guarantors secures nothing.
_CREDITOR_ROLE = rule(
    "appended.creditor_role",
    r"(?i)\b(?:lender|agent|bank|issuer|holder|purchaser)s?\b",
    reads="the role of a company signing an appended agreement: a creditor, who secures nothing",
    matches=["Administrative Agent", "as a Lender", "Issuing Bank", "Holders"],
    rejects=["Guarantor", "Parent Guarantor", "Subsidiary Grantor"],
)
#: The first line that signs: "By:", "By /s/", "/s/".
_SIGN_LINE = rule(
    "appended.sign_line",
    r"(?m)^[ \t]*(?:By\b\s*[:_/]|/s/)",
    reads="an appended agreement: its first signing line",
    matches=["ACME HOLDINGS, INC.\n\nBy: ______________", "   By /s/ Jane Roe", "/s/ John Doe"],
    rejects=["executed by the undersigned", "By and among the parties"],
)


#: Prose, not a list of names: at least this many words, most of them in lower case.
_PROSE_WORDS = 15


def _prose(par: str) -> bool:
    """A paragraph of sentences ("Each of the undersigned hereby ..."), not a signature block
    or a list of companies ("PersonaCare of Ohio, Inc."), whose words are capitalised."""
    words = par.split()
    lower = sum(w[:1].islower() for w in words)
    return len(words) >= _PROSE_WORDS and lower > 0.5 * len(words)


def _blocks_end(text: str, start: int, end: int) -> int:
    """Where the signature blocks stop: the first paragraph of prose below them (an annex
    whose heading the conversion broke runs on after them)."""
    for p_start, p_end in paragraphs(text, start, end):
        if _prose(text[p_start:p_end]):
            return p_start
    return end


def _blocks_start(text: str, region: Region) -> int:
    """Where the signature blocks begin: after the last paragraph of prose above the first
    signing line (the body names the agreement's other parties, who do not sign it; it is
    still read, for "each of the undersigned, as Guarantor" gives the blocks their role)."""
    first = _SIGN_LINE.search(text, region.start, region.end)
    stop = first.start() if first else region.end
    start = region.start
    for p_start, p_end in paragraphs(text, region.start, stop):
        if _prose(text[p_start:p_end]):
            start = p_end
    return start


def _read_from(text: str, region: Region, start: int) -> int:
    """Where the blocks are read from: the region's first paragraph of prose (the prose is
    read, for "each of the undersigned, as Guarantor" gives the blocks their role), not the
    heading lines above it, where a bank's form puts a two-column box of the parties'
    addresses ("Grantor: ... Lender: ...") that would be read as the blocks' columns."""
    for p_start, p_end in paragraphs(text, region.start, start):
        if _prose(text[p_start:p_end]):
            return p_start
    return region.start


def appended_kind(title: str) -> str:
    """ "CONSENT AND REAFFIRMATION" -> "consent", "REAFFIRMATION" -> "reaffirmation"."""
    low = " ".join(title.lower().split())
    for pattern, kind in _KINDS:
        if pattern.search(low):
            return kind
    found = classify(title)
    return found[1] if found else "agreement"


#: "Date: 3/17/98": a note's date line is often numeric (month/day/year).
_NUMERIC_DATE = rule(
    "appended.numeric_date",
    r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2})\b",
    reads="right after a note's date cue: a date as month/day/year",
    matches=[passage("3/17/98", m="3", d="17", y="98"), passage("12/1/2004 at", y="2004")],
    rejects=["March 17, 1998", "no. 3/17"],
    mode="match",
)
#: Two-digit years from this value on are of the 1900s.
_CENTURY_PIVOT = 50


def _numeric_date(text: str, start: int) -> str | None:
    m = _NUMERIC_DATE.match(text, start)
    if m is None:
        return None
    month, day, year = int(m["m"]), int(m["d"]), int(m["y"])
    if len(m["y"]) == 2:
        year += 1900 if year >= _CENTURY_PIVOT else 2000
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None


def _own_date(ctx: DocContext, region: Region, note: bool) -> str | None:
    """A date line of its own ("Dated as of ...", "Date: 3/17/98"), else (an agreement, not a
    note, which is dated when issued) the main agreement's date: an appended agreement is
    executed "as of the date of the Amendment"."""
    text = ctx.text
    cue = _DATED.search(text, region.start, region.end)
    if cue:
        dates = find_dates(text, cue.end(), min(region.end, cue.end() + 40))
        if dates and dates[0].start - cue.end() < 6:
            return dates[0].iso
        if numeric := _numeric_date(text, cue.end()):
            return numeric
    if note:
        return None
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    date = own.props.get("date") if own else None
    return date if isinstance(date, str) else None


def secured_agreement(ctx: DocContext) -> str | None:
    """The credit agreement whose obligations the main document's guarantors secure: the one
    it amends (not one it restates), else the main agreement itself when it is one."""
    own = ctx.self_ref
    if own is None:
        return None
    # an agreement that amends and restates another is itself the one its guarantors now
    # stand behind ("the attached Amended and Restated Credit Agreement"), not the one replaced
    targets = [
        k[2]
        for k, r in ctx.collector.relations.items()
        if k[0] == "AMENDS" and k[1] == own and not r.props.get("restates")
    ]
    for ref in [*targets, own]:
        e = ctx.collector.get(ref)
        if e is not None and e.label == "Agreement" and e.props.get("kind") in _CREDIT_KINDS:
            return ref
    e = ctx.collector.get(own)
    if targets or e is None or e.props.get("kind") not in _CONCERNING_KINDS:
        return None
    # a forbearance or waiver that amends nothing: the credit agreement it concerns, whose
    # obligations the guarantors consenting below it keep guaranteeing (not a guaranty's: a
    # spouse consenting to it gives nothing)
    concerned = concerned_credit_agreement(ctx)
    return concerned if concerned != own else None


#: The notes an appended guarantors' consent says their guaranty extends to or guarantees ("agrees
#: that its obligations under such Guaranty Agreement extend to the Credit Agreement as amended
#: thereby and to the replacement Revolving Notes", "agrees that the Guaranty extends to and
#: guarantees the Obligations ... including the Amended and Restated Term Notes"): its signers
#: stand behind those notes as well as the credit agreement.
_GUARANTEED_NOTES = rule(
    "appended.guaranteed_notes",
    r"\b(?i:guarant(?:y|ee)(?:\s+agreements?)?|guaranties)\b[^.;]{0,80}?"
    r"\b(?i:extends?|continues?\s+to\s+(?:guarantee|apply)|appl(?:y|ies)|guarantees?)\b"
    r"[^.;]{0,300}?\b(?:the|such)\s+(?P<notes>(?:(?:new|replacement|amended|restated|and)\s+"
    r"|[A-Z][\w-]*\s+){0,6}Notes?)\b",
    reads="an appended guarantors' consent: the notes it says their guaranty extends to",
    matches=[
        passage(
            "agrees that its obligations under such Guaranty Agreement extend to the Credit "
            "Agreement as amended thereby and to the replacement Revolving Notes.",
            notes="replacement Revolving Notes",
        ),
        passage(
            "agrees that the Guaranty extends to and guarantees the Obligations of the Borrower "
            "under the Credit Agreement as so amended, including the Amended and Restated Term "
            "Notes, and reaffirms",
            notes="Amended and Restated Term Notes",
        ),
    ],
    rejects=[
        "agrees that the Guaranty remains in full force and effect. The Notes are amended",
        "consents to the Amendment and agrees that the Security Agreement extends to the Notes",
    ],
)


#: how far below the consent's words its signature blocks stand, and the page break that ends
#: it (a region may run on into the next paper of the filing)
_CONSENT_REACH = 3000
_PAGE_BREAK = re.compile(r"<PAGE>|\f")


def _singular(words: str) -> str:
    return re.sub(r"s$", "", " ".join(words.lower().split()))


def _notes_named(ctx: DocContext, phrase: str) -> list[str]:
    """The instruments the document knows that a consent's "the replacement Revolving Notes"
    names: by defined term, else by a title or alias it spells out (its lower-case qualifier
    dropped, singular or plural alike)."""
    found = instruments_in(ctx, phrase)
    if found:
        return found
    want = _singular(re.sub(r"^(?:(?:new|replacement)\s+)+", "", phrase.strip()))
    return [
        ref
        for ref, e in ctx.collector.entities.items()
        if e.label == "Instrument"
        and want in {_singular(str(n)) for n in (e.props.get("title"), *e.aliases) if n}
    ]


def extract_guaranteed_notes(ctx: DocContext) -> None:
    """Each company an appended guarantors' consent has standing behind the credit agreement
    (SECURES read from its signature block by :func:`read_signatories`) SECURES the notes the
    consent says its guaranty extends to. Runs after the notes are read."""
    relations = list(ctx.collector.relations.items())
    for region in analyze(ctx.text).appended:
        said = [
            (m.end(), note)
            for m in _GUARANTEED_NOTES.finditer(ctx.text, region.start, region.end)
            for note in _notes_named(ctx, m["notes"])
        ]
        if not said:
            continue
        for (kind, source, target), rel in relations:
            given = ctx.collector.get(source)
            if kind != "SECURES" or given is None or given.label != "Party" or not rel.evidence:
                continue
            inside = [ev for ev in rel.evidence if region.start <= ev.start < region.end]
            if not inside or not labelled_agreement(ctx, target):
                continue
            for end, note in said:
                # its own signature pages: no page break (a next paper) between
                between = ctx.text[end : inside[0].start]
                near = len(between) < _CONSENT_REACH and not _PAGE_BREAK.search(between)
                if near and note != target:
                    ctx.collector.relate("SECURES", source, note, inside[0])


def labelled_agreement(ctx: DocContext, ref: str) -> bool:
    e = ctx.collector.get(ref)
    return e is not None and e.label == "Agreement"


def extract_appended(ctx: DocContext) -> None:
    """Each appended agreement with its parties, signers and (guarantors') SECURES; each
    appended note with its maker, payee and signers, issued under the main agreement."""
    secured = secured_agreement(ctx)
    for i, region in enumerate(analyze(ctx.text).appended):
        _read_appended_region(ctx, str(i), region, secured)


def _read_appended_region(ctx: DocContext, key: str, region: Region, secured: str | None) -> None:
    """One appended agreement (or note): its entity, its parties, signers and SECURES."""
    text = ctx.text
    kind = appended_kind(region.title)
    note = kind == "note"
    ref = f"instrument:appended:{key}" if note else f"agreement:appended:{key}"
    label = "Instrument" if note else "Agreement"
    heading = text.find(region.title.split()[0], region.start, region.end)
    title_span = ctx.span(region.start, max(heading, region.start) + len(region.title))
    props: dict[str, PropValue] = {
        "title": title_case(region.title),
        "kind": kind,
        "date": _own_date(ctx, region, note),
    }
    ctx.collector.add(ref, label, title_span, props, contained=True)
    if note:
        _note_parties(ctx, region, ref)
    elif ctx.self_ref:
        ctx.collector.relate("REFERENCES", ref, ctx.self_ref, title_span)
    read_signatories(ctx, region, region_blocks(text, region), ref, kind, secured)


def appended_amendment_ref(ctx: DocContext, i: int, amendment: AppendedAmendment) -> str:
    """The appended agreement :func:`extract_appended` made of an amendment's region when it
    made one, else a contained Agreement of the amendment's title, date and number (the one
    :mod:`ingest.changes` credits its changes to)."""
    for j, region in enumerate(analyze(ctx.text).appended):
        ref = f"agreement:appended:{j}"
        e = ctx.collector.get(ref)
        if (
            e is not None
            and e.props.get("kind") == "amendment"
            and region.start <= amendment.body[0] < region.end
        ):
            return ref
    title = title_case(amendment.title)
    if known := same_numbered_amendment(ctx, title, amendment.date):
        # "as amended by Amendment No. 1 thereto dated as of August 3, 2014, a copy of which
        # is attached": the recital named the attached amendment short, one amendment
        ctx.collector.add(known, "Agreement", ctx.span(*amendment.title_span))
        return known
    ref = f"agreement:amendment:{i}"
    label = (classify(title) or ("Agreement", "amendment"))[0]
    props: dict[str, PropValue] = {
        "title": title,
        "kind": "amendment",
        "date": amendment.date,
    }
    ctx.collector.add(ref, label, ctx.span(*amendment.title_span), props, contained=True)
    return ref


def extract_appended_amendments(ctx: DocContext) -> None:
    """Each amendment appended after the main agreement's signatures (a later amendment filed
    with the agreement it amends) signs on its own: the companies of the blocks below its body
    are parties to it, in the capacity each block states, and their signers SIGNED it. The
    blocks end where the next amendment opens."""
    amendments = appended_amendments(ctx.text)
    for i, amendment in enumerate(amendments):
        ref = appended_amendment_ref(ctx, i, amendment)
        if ref.startswith("agreement:appended:"):
            continue  # its region's blocks are read with the other appended agreements
        nxt = amendments[i + 1] if i + 1 < len(amendments) else None
        end = min(nxt.title_span[0], nxt.body[0]) if nxt else len(ctx.text)
        region = Region("appended", amendment.body[1], end, title=amendment.title)
        blocks = region_blocks(ctx.text, region)
        read_signatories(ctx, region, blocks, ref, "amendment", None)
        _roles_from_amended(ctx, ref)
        if blocks:
            # an exhibit that holds an earlier amendment and, below its blocks, the
            # guarantors' consent to it ("CONSENT OF GUARANTORS"): an agreement of its own,
            # which the main signatures' reader never reaches inside the exhibit
            for k, inner in enumerate(appended_regions(ctx.text, blocks[-1].end, end)):
                if not any(r.start <= inner.start < r.end for r in analyze(ctx.text).appended):
                    _read_appended_region(ctx, f"{i}-{k}", inner, secured_agreement(ctx))


def _roles_from_amended(ctx: DocContext, amendment: str) -> None:
    """A party whose block under an appended amendment states no capacity signs it in the one
    it holds under the agreement the document holds ("IN WITNESS WHEREOF, the Borrower, the
    Lenders and the Agent have executed this Amendment No. 1")."""
    own = ctx.self_ref
    relations = ctx.collector.relations
    for kind, party, target in list(relations):
        if (
            kind != "PARTY_TO"
            or target != amendment
            or relations[kind, party, target].props.get("role")
        ):
            continue
        held = relations.get(("PARTY_TO", party, own)) if own else None
        role = held.props.get("role") if held else None
        if isinstance(role, str):
            ctx.collector.relate(
                "PARTY_TO",
                party,
                amendment,
                relations[kind, party, target].evidence[0],
                {"role": role},
            )


#: A company line that only holds a form's blank: "[NAME OF GUARANTOR]", "______", "<Assignor>".
_PLACEHOLDER = rule(
    "appended.placeholder_company",
    r"[\[\]<>_]|(?i:\bname\s+of\b)",
    reads="a signature block's company line: a form's blank, not a company",
    matches=["[NAME OF GUARANTOR]", "____________", "<NAME OF ASSIGNEE>", "Name of Subsidiary"],
    rejects=["ACME HOLDINGS, INC.", "Quarry Bank, N.A."],
)


def region_blocks(text: str, region: Region) -> list[Block]:
    """The signature blocks below the prose of an appended or attached agreement."""
    start = _blocks_start(text, region)
    end = _blocks_end(text, start, min(region.end, start + SIGNATURE_WINDOW))
    return [
        b
        for b in signature_blocks(text, _read_from(text, region, start), end)
        if (b.company_span[0] if b.company_span else b.start) >= start
    ]


def signs_for_companies(blocks: list[Block]) -> bool:
    """Whether a company, not a form's blank, signs the agreement: it is filled in or executed."""
    return any(b.company and not _PLACEHOLDER.search(b.company) for b in blocks)


#: "EXCEL SWITCHING CORPORATION" / "(f/k/a EXCEL, INC.)": the former name a block gives on
#: the line under its company (or right after it), in parentheses.
_FORMER_NAME_AFTER = rule(
    "appended.former_name_after",
    r",?[ \t]*\n?[ \t]*\(\s*(?i:f/k/a|formerly(?:\s+known\s+as)?)\s+(?P<name>[^()\n]{3,80}?)\s*\)",
    reads="right after a signature block's company: the company's former name in parentheses",
    matches=[
        passage("\n(f/k/a HARLOW TOOLS, INC.)", name="HARLOW TOOLS, INC."),
        passage(" (formerly known as Granite State Bank)", name="Granite State Bank"),
        passage(",\n(f/k/a The Harbor National Bank)", name="The Harbor National Bank"),
    ],
    rejects=["\nBy: /s/ Jane Roe", "\n(a Delaware corporation)", "\n\n(f/k/a Harlow)"],
    mode="match",
)


def _known_by_former_name(ctx: DocContext, company: str, end: int) -> str | None:
    """The party the document already names by the former name a block gives under its
    company ("BANKBOSTON, N.A." / "(f/k/a THE FIRST NATIONAL BANK OF BOSTON)" signing an
    amendment of the agreement the bank made under its old name): the company renamed, one
    party, which its new name joins as an alias."""
    m = _FORMER_NAME_AFTER.match(ctx.text, end)
    same = same_organization(ctx, display_name(ctx, m["name"])) if m else None
    if m is None or same is None:
        return None
    ctx.collector.add(same[0], "Party", ctx.span(*m.span("name")), aliases=(company,))
    return same[0]


#: The fewest words a wrapped line keeps of a company's name to stand for it.
_WRAPPED_WORDS = 2


def _wrapped_party(ctx: DocContext, company: str) -> str | None:
    """The one named party whose longer name the block's company line opens or ends, when no
    party bears that line's name: a two-column page wraps "THE CHASE MANHATTAN" / "BANK" and
    "DEUTSCHE BANK AG, NEW YORK BRANCH" / "AND/OR CAYMAN ISLANDS BRANCH" (the main signature
    pages' readers join such lines; an appended agreement's blocks are read here)."""
    line = words(company)
    if len(line) < _WRAPPED_WORDS or same_organization(ctx, display_name(ctx, company)):
        return None
    hits = set()
    for ref, e in ctx.collector.entities.items():
        full = words(str(e.props.get("name") or "")) if e.label == "Party" else []
        if len(full) > len(line) and line in (full[: len(line)], full[-len(line) :]):
            hits.add(ref)
    return hits.pop() if len(hits) == 1 else None


def read_signatories(
    ctx: DocContext,
    region: Region,
    blocks: list[Block],
    ref: str,
    kind: str,
    secured: str | None,
) -> None:
    """The signature blocks of an agreement appended or attached below the main one: each
    company signing is PARTY_TO it (in the capacity its block states), SECURES the secured
    credit agreement where the text speaks of its guaranty or security, and each signer
    SIGNED it (``blocks``: :func:`region_blocks` of the region). A form's blank ("[NAME OF
    GUARANTOR]") names no one."""
    text = ctx.text
    note = kind == "note"
    guaranty = not note and _GUARANTY.search(text, region.start, region.end)
    # a person signing for no company is a party only where no company signs at all (an
    # individual guarantor); beside companies, the layout lost the company it signs for
    companies = any(b.company for b in blocks)
    # "reaffirms its obligations under the Guaranty": the guaranty its signers gave
    given = None if note else guaranty_named_in(ctx, region.start, region.end)
    for b in blocks:
        company = None
        if b.company and b.company_span and not _PLACEHOLDER.search(b.company):
            # "Northern Lakes Tooling Services of" / "Michigan, LLC" over an uncaptioned
            # "By:": the head the line above holds joined, as on the main signature pages
            name, cs, ce = joined_head(text, b.company, *b.company_span)
            former = _known_by_former_name(ctx, name, ce) or _wrapped_party(ctx, name)
            company = former or add_party(ctx, name, cs, ce, kind="organization")
            if not former and (described := described_mention(text, name, region.start, cs)):
                add_party(ctx, name, *described, kind="organization")
            role: dict[str, PropValue] = {"role": b.role} if b.role else {}
            if not note:  # a note's maker ISSUES it (below), it is no party to it
                ctx.collector.relate("PARTY_TO", company, ref, ctx.span(cs, ce), role)
            if kind == "joinder" and ctx.self_ref:
                # "CARBON ENERGY CORPORATION ... joins herein": a party to the agreement
                ctx.collector.relate("PARTY_TO", company, ctx.self_ref, ctx.span(cs, ce), role)
            if guaranty and secured and not _CREDITOR_ROLE.search(b.role or ""):
                ctx.collector.relate("SECURES", company, secured, ctx.span(cs, ce))
                if given:
                    # in the capacity its block states ("as Subsidiary Guarantor")
                    giver = b.role if b.role and _GUARANTOR_ROLE.search(b.role) else None
                    for ev in (given[1], ctx.span(cs, ce)):
                        ctx.collector.relate(
                            "PARTY_TO", company, given[0], ev, {"role": giver or "Guarantor"}
                        )
        if b.signer:
            person, s, e = add_signer(ctx, b, b.signer, ref, company)
            if company is None and (not companies or b.individual) and not note:
                ctx.collector.relate("PARTY_TO", person, ref, ctx.span(s, e))
                if guaranty and secured and not _CREDITOR_ROLE.search(b.role or ""):
                    # "/s/ Robert Tallman" / "ROBERT TALLMAN, individually" under the
                    # guarantors' consent: a person who guaranteed the loan
                    ctx.collector.relate("SECURES", person, secured, ctx.span(s, e))


#: "For Value Received, Acme Corp. (the "Borrower") hereby promises to pay to the order of
#: First Bank (the "Lender")": the maker before the promise, the payee after "the order of".
_PROMISE = rule(
    "appended.promise",
    r"(?i)\bpromises?\s+to\s+pay\b",
    reads="an appended note: the maker's promise, after the maker's name",
    matches=[
        "FOR VALUE RECEIVED, the undersigned hereby promises to pay to the order of",
        "the Borrowers jointly and severally promise to pay",
    ],
    rejects=["the Borrower shall pay", "a promissory note"],
)
_ORDER_OF = rule(
    "appended.order_of",
    r"(?i)\b(?:to\s+the\s+order\s+of|pay\s+to)\s+",
    reads="an appended note right after its promise: the words before the payee's name",
    matches=[
        passage(" to the order of First Bank (the Lender)", match="to the order of "),
        passage("promise to pay to Lender", match="pay to "),
    ],
    rejects=["in order of priority"],
)
#: How far the maker's name stands before the promise and the payee's after "the order of".
_MAKER_WINDOW = 300
_PAYEE_WINDOW = 200


def _parties_named(ctx: DocContext, run: NameRun) -> list[str]:
    """The parties a name stands for: a defined term ("the Bank") names those it was defined
    for; a company's name is that company."""
    defined = [
        r for r in ctx.lookup(run.text) if (e := ctx.collector.get(r)) and e.label == "Party"
    ]
    if defined:
        return defined
    return [add_party(ctx, run.text, run.start, run.end, kind="organization")]


def _note_parties(ctx: DocContext, region: Region, ref: str) -> None:
    """The maker ISSUES the appended note and the payee HOLDS it; the note is ISSUED_UNDER
    the main agreement it is appended to (a blank form names neither)."""
    text = ctx.text
    promise = _PROMISE.search(text, region.start, region.end)
    if promise is None:
        return
    before = [
        r
        for r in name_runs(
            text, max(region.start, promise.start() - _MAKER_WINDOW), promise.start()
        )
        if r.is_org
    ]
    if before:
        maker = before[0]
        for party in _parties_named(ctx, maker):
            ctx.collector.relate("ISSUES", party, ref, ctx.span(maker.start, promise.end()))
    order = _ORDER_OF.search(text, promise.end(), min(region.end, promise.end() + _PAYEE_WINDOW))
    if order:
        after = [r for r in name_runs(text, order.end(), order.end() + _PAYEE_WINDOW) if r.is_org]
        if after and after[0].start - order.end() < 10:
            payee = after[0]
            for party in _parties_named(ctx, payee):
                ctx.collector.relate("HOLDS", party, ref, ctx.span(order.start(), payee.end))
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    if own is not None and own.label == "Agreement" and ctx.self_ref:
        ctx.collector.relate(
            "ISSUED_UNDER", ref, ctx.self_ref, ctx.span(promise.start(), promise.end())
        )
