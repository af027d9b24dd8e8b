"""SECURES from sentences that grant or state security and guaranties: "This Note is secured
by", "the Company's obligations under the Credit Agreement are secured by", "hereby
guarantees", "shall be guaranteed jointly and severally by A, B and C", a reaffirmed guaranty,
"hereby grants" (or "shall grant") "a security interest in" and pledges of collateral (Assets,
guarantors and grantors SECURES the obligations' agreement).

Guarantors named only by their role are read from the roles in :mod:`.role_guaranty`.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.defined_terms import find_definitions
from ingest.names import name_runs
from ingest.parties.add import add_party
from ingest.records import Span
from ingest.relations.obligations import (
    NAMED_AGREEMENT,
    guaranteed_agreement,
    primary_agreement,
    secured_agreement,
)
from ingest.relations.slots import (
    QUOTE,
    agreements_in,
    instruments_in,
    labelled,
    name_key,
    nearest_contained_instrument,
    parties_named,
    party_by_definition,
    party_or_company,
    stated_parties,
    subject_before,
    trimmed,
)
from ingest.roles import listed_names
from ingest.structure import analyze

#: the words that make a sentence worth reading for security (besides "secured" and
#: "guarant"): a grant of a security interest or a lien, a pledge, "as security for"
SECURITY_CUE = re.compile(
    r"security\s+interest|\bsecuring\b|\b(?:first|prior)(?:[\s-]priority)?\s+liens?\b|\bpledge|\bas\s+security\s+for"
)


def _listed_subjects(ctx: DocContext, text: str) -> list[str]:
    """ "VNGI and VNDGI each": the parties a short list before the verb names, every item
    resolved (else [] and the caller reads the subject as one noun phrase)."""
    clause = re.split(r"[.;:,(]", text)[-1]
    clause = re.sub(r"\s+(?:each|hereby|both)\s*$", "", clause.strip())
    items = [i for i in re.split(r"\s*,\s*|\s+and\s+", clause) if i.strip()]
    if not 2 <= len(items) <= 6:
        return []
    found: list[str] = []
    for item in items:
        refs = parties_named(ctx, item)
        if len(refs) != 1 and not re.fullmatch(r"[A-Z][A-Z0-9&-]{1,9}", item.strip()):
            return []  # an item naming no one party: read the subject another way
        found += [r for r in refs if r not in found and len(refs) == 1]
    return found


_SECURED_BY = re.compile(
    r"\b(?P<subj>This\s+(?:[A-Z][\w-]*\s+){0,4}?(?:Note|Debenture|Bond)|The\s+Obligations"
    # "The Company's obligations under the Credit Agreement are secured by the Company's
    # inventory": the obligations of a named agreement
    r"|(?:The|Its|Their|(?:The\s+)?[A-Z][\w-]*[\u2019']s)\s+obligations\s+(?:under|pursuant\s+to)\s+"
    r"(?P<agr>(?:the|this)\s+(?:[A-Z][\w'\u2019-]*\s+){0,6}?Agreement))\s+"
    r"(?:is|are|shall\s+be)\s+secured\s+by\s+(?:a\s+(?:first\s+priority\s+)?(?:security\s+interest|lien)"
    r"\s+(?:in|on)\s+)?(?P<asset>(?:the|all)\s+[^,;.]{2,80}?)(?=\s+(?:described|as\s+defined|pursuant"
    r"|under|referred|granted|set\s+forth)|[,;.]|$)"
)


#: "hereby guarantees", "unconditionally guarantees", "has irrevocably guaranteed": a
#: guaranty given (a bare "guarantees" may only describe one).
_GUARANTEES = re.compile(
    r"\b(?:hereby\s+(?:(?:absolutely|irrevocably|unconditionally|fully|jointly\s+and\s+severally"
    r"|and),?\s+)*|(?:has|have|continues\s+to|shall\s+continue\s+to)\s+"
    r"(?:(?:absolutely|irrevocably|unconditionally|fully|and),?\s+)*"
    # at least one adverb: a bare "and guarantees" is a noun ("Debt and guarantees of Debt")
    r"|(?:(?:and\s+)?(?:absolutely|irrevocably|unconditionally|fully),?\s+)+(?:and\s+)?)"
    r"guarantee(?:s|d)?\b(?P<rest>[^.;]{0,300})"
)


#: "the Holdco Guarantor hereby confirms, reaffirms, and ratifies its continuing unconditional
#: obligations as a guarantor": a guaranty kept in force by an amendment of the guaranteed deal.
_REAFFIRMS = re.compile(
    r"\bhereby\s+(?:(?:and\s+)?(?:confirms|reaffirms|ratifies|acknowledges),?\s+)+(?:its|their)\s+"
    r"(?:[\w-]+\s+){0,3}obligations\s+as\s+(?:an?\s+)?guarantors?\b"
    # "Holdings hereby acknowledges and agrees that the terms and conditions of its Guaranty
    # Agreement shall remain in full force and effect"; "VNGI and VNDGI each affirms to the
    # Lenders and the Agents that its Guaranty remains in full force and effect"
    r"|\b(?:hereby|each)\s+(?:(?:and\s+)?(?:acknowledges?|agrees?|confirms?|reaffirms?|affirms?"
    r"|ratifies),?\s+)+(?:to\s+the\s+[A-Z][\w\s,]{0,60}?\s+)?"
    r"(?:that\s+)?(?:the\s+terms\s+and\s+conditions\s+of\s+)?(?:its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"Guarant(?:y|ee)(?:\s+Agreements?)?\b[^.;]{0,60}?\b(?:remains?|continues?|shall\s+remain"
    r"|shall\s+continue)\b"
)


#: a parenthesis that ends the words before a verb (the subject comes before it)
_TRAILING_PAREN = re.compile(r"\s*\((?:[^()]|\([^()]*\))*\)\s*$")


_PLEDGES = re.compile(
    r"\bhereby\s+(?:pledges?|grants?|collaterally\s+assigns?)[^.;]{0,200}?\bsecurity\s+interest\s+in"
    r"[^.;]{0,120}?(?P<asset>(?:the|all\s+of\s+the)\s+(?:[A-Z][\w-]*\s+){0,3}Collateral)\b"
)


#: "... hereby grants ... a security interest in all of its right ... in the following
#: (collectively, the "Pledged Collateral")": the collateral is defined in the grant itself
_PLEDGES_DEFINED = re.compile(
    r"\bhereby\s+(?:pledges?|grants?|collaterally\s+assigns?)[^.;]{0,200}?\bsecurity\s+interest"
    r"\s+(?:\((?:the\s+)?[\"\u201c][^()]{0,40}\)\s+)?in\b[\s\S]{0,3000}?\((?:[^()]|\([a-z0-9]{1,4}\)){0,200}?\bthe\s+[\"\u201c]"
    r"(?P<asset>(?:[A-Z][\w-]*\s+){0,4}Collateral)[\"\u201d]\)"
)


_GRANT_WINDOW = 4000


#: "... create a first priority perfected security interest ... in the Collateral to secure
#: the Obligations", "Liens on the Collateral securing the Secured Obligations": collateral
#: stated to secure the obligations of the deal (a reaffirmation of liens, a representation).
_COLLATERAL_SECURES = re.compile(
    r"\b(?:security\s+interests?|[Ll]iens?)\b[^;]{0,160}?\b(?:in|on)\s+"
    r"(?P<asset>the\s+(?:[A-Z][\w-]*\s+){0,3}Collateral)\b,?\s+(?:to\s+secure|securing"
    r"|as\s+security\s+for)\s+(?:the\s+|all\s+(?:of\s+the\s+)?)?(?:[A-Z][\w-]*\s+)?Obligations\b"
)


#: "all Collateral from time to time securing the Indebtedness of the Borrowers arising under
#: or in connection with the Credit Agreement", "liens and security interests in all Collateral
#: securing the Secured Obligations": the deal's collateral named with what it secures (all of
#: the obligations, not a class of them: "Collateral securing Canadian Obligations")
_ALL_COLLATERAL_SECURING = re.compile(
    r"\ball\s+Collateral\s+(?:(?:from\s+time\s+to\s+time|now\s+or\s+hereafter)\s+)?securing\s+"
    r"(?:the\s+)?(?:Secured\s+)?(?:Obligations|Indebtedness)\b"
    r"(?P<under>[^;()]{0,60}?\bunder\b[^;()]{0,40}?\b(?:the|this)\s+(?:[A-Z][\w-]*\s+){0,4}Agreement)?"
)

#: "the Borrower will pledge to the Agent (i) all of the outstanding shares (the "Hale Shares")
#: of Hale Products, Inc. and (ii) the Hale Intercompany Note": a pledge of things by name
_PLEDGES_TO = re.compile(
    r"\b(?:hereby|shall|will|agrees?\s+to)\s+pledges?\s+(?:and\s+(?:deliver|assign)s?\s+)?to\s+"
    r"(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,4}\s+(?P<items>[^;]{3,400})"
)
_ITEM_MARK = re.compile(r"\(\s*(?:[ivx]{1,4}|[a-h])\s*\)")
_ITEM_TERM = re.compile(
    rf"\(\s*(?:the\s+)?{QUOTE}(?P<term>[A-Z][^\"\u201c\u201d]{{1,40}}){QUOTE}\s*\)"
)
_ITEM_NAMED = re.compile(
    r"^\s*(?:and\s+)?the\s+(?P<term>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})\s*[.,]?\s*$"
)


def _pledged_items(
    ctx: DocContext, lo: int, sentence: str, m: re.Match[str], evidence: Span
) -> None:
    """Each item a pledge lists ("(i) ... (ii) ...") that it names by a term, the one it
    defines ("(the "Hale Shares")") or one the document quotes elsewhere ("the Hale
    Intercompany Note"), SECURES what the pledge secures (a stated "as security for", else
    the deal's credit agreement); so does the pledgor. Items it names by no term are
    left unread (their words run on to where the list ends)."""
    parts = _ITEM_MARK.split(m["items"])
    if len(parts) < 3:
        return
    terms: list[str] = []
    for item in parts[1:]:
        defined = _ITEM_TERM.search(item)
        named = _ITEM_NAMED.match(item)
        if defined:
            terms.append(defined["term"])
        elif named:
            quoted = r"\s+".join(map(re.escape, named["term"].split()))
            if re.search(rf"{QUOTE}{quoted}{QUOTE}", ctx.text):
                terms.append(named["term"])
    if not terms:
        return
    before = sentence[: m.start()]
    pledgors = subject_before(ctx, before) or party_by_definition(ctx, before, lo + m.start())
    targets = _secured_obligation(ctx, before, lo + m.start())
    if not targets and (own := secured_agreement(ctx)):
        targets = [own]
    # a pledged note the document knows is that Instrument, not an Asset of its own
    pledged = [(instruments_in(ctx, term) or [_asset(ctx, term, evidence)])[0] for term in terms]
    for t in targets:
        for ref in pledged:
            ctx.collector.relate("SECURES", ref, t, evidence)
        for g in pledgors:
            ctx.collector.relate("SECURES", g, t, evidence)


#: "Borrower hereby grants to Bank security interests of first priority in all of Borrower's
#: personal property assets", "the Borrower hereby grants the Bank a security interest in such
#: account": a grant of security, its grantor before the verb and its collateral after "in".
_GRANTS = re.compile(
    # "hereby grants", or a grant the collateral clause promises ("Borrower and each
    # Subsidiary Guarantor shall, pursuant to Security Agreements grant to Bank ...")
    r"\b(?:(?:hereby|(?:shall|will|agrees?\s+to)(?:,\s*[^,;.]{1,60}?,?)?)\s+"
    r"(?:(?:pledges?|grants?|assigns?)(?:,?\s+(?:and\s+)?)?)+"
    # "the Security Agreement and the Mortgage ..., granting to the Bank a first lien on"
    r"|,\s+granting\s+)(?:to\s+)?"
    r"(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,5},?\s+(?:an?\s+)?"
    r"(?:(?:continuing|first[\s-]priority|first|valid|perfected)\s+)*(?:lien\s+on\s+and\s+)?"
    r"(?:security\s+interests?|liens?)\s+(?:of\s+first\s+priority\s+)?(?:\([^()]{1,40}\)\s+)?"
    r"(?:in|on|over)\s+"
    # a list of collateral runs over commas ("accounts receivable and other rights to
    # payment, general intangibles, inventory and equipment") until a qualifier follows
    r"(?P<asset>(?:all\s+of\s+|all\s+|the\s+|its\s+|their\s+|[A-Z][\w-]*[\u2019']s\s+)"
    r"[^.;,()]{3,100}?"
    r"(?:,\s+(?!(?:now|whether|wherever|including|together|which|in\s+each|to\b|as\b|and\s+all"
    r"|subject)\b)[a-z][^.;,()]{1,60}?)*)"
    r"(?=,|\s*[()]|\s+(?:now|whether|as\s+set|as\s+(?:collateral\s+)?security|and\s+all"
    r"|to\s+secure)\b|[.;]|$)"
)


#: a collateral term the grant quotes ("in all of the "Collateral" under and as defined in")
_QUOTED_COLLATERAL = re.compile(rf"{QUOTE}(?P<term>(?:[A-Z][\w-]*\s+){{0,3}}Collateral){QUOTE}")


#: "all of such Grantor's right, title, and interest in and to the following": the grant's
#: words, not its collateral (listed after it, and defined as the "Collateral")
_RIGHT_TITLE = re.compile(r"(?i)\bright,?\s+title,?\s+(?:and\s+)?interest\b")


def _collateral(ctx: DocContext, granted: str) -> str | None:
    """The collateral a grant's object names: the collateral term it quotes ("all of the
    "Collateral" under and as defined in ..."); for "its right, title and interest in the
    following", the "Collateral" the document defines (else none); else the words as written
    ("all of Borrower's accounts, inventory and equipment")."""
    quoted = _QUOTED_COLLATERAL.search(granted)
    if quoted:
        return quoted["term"]
    if _RIGHT_TITLE.search(granted):
        defined = any(d.term == "Collateral" for d in find_definitions(ctx.text))
        return "Collateral" if defined else None
    return granted


#: the term a grant defines for its collateral right after describing it ("in Borrower's
#: custody account number 22831700 maintained with ... ("Custody Account")")
_GRANT_TERM = re.compile(
    rf"^[^;()]{{0,80}}?\(\s*(?:the\s+)?{QUOTE}(?P<term>[A-Z][^\"\u201c\u201d]{{1,40}}){QUOTE}\s*\)"
)
#: "... (the "Collateral") and the Mortgaged Property": one more collateral, by its term
_AND_TERM = re.compile(r"^\s+and\s+the\s+(?P<term>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\b")
#: a description cut off before the list it introduces ("all of the securities held in:")
_DANGLING = re.compile(r"(?i)(?:\b(?:in|of|on|to|by|under|following)|:)\s*$")

#: a grant of the shares or securities of companies, and the term a document defines for
#: them ('"Pledged Securities" means all securities of the Subsidiaries which are ... subject
#: to the Securities Pledge Agreement')
_SHARES = re.compile(
    r"(?i)(?:all\s+(?:of\s+)?)?(?:the\s+|its\s+|their\s+)?(?:issued\s+and\s+)?(?:outstanding\s+)?"
    r"(?:securities|shares|(?:capital\s+)?stock|equity\s+interests)\b"
)
_PLEDGED_TERM = re.compile(
    rf"{QUOTE}(?P<term>Pledged\s+(?:Securities|Shares|Stock|Equity(?:\s+Interests)?)){QUOTE}"
)


def _granted_assets(ctx: DocContext, granted: str, after: str) -> list[str]:
    """The collateral a grant names: the term it defines for it ("(the "Collateral")"), else
    the words as written (see :func:`_collateral`); then a defined collateral the grant adds
    with "and the ..." ("(the "Collateral") and the Mortgaged Property"). A description that
    breaks off before a list ("the securities held in: (i) ...") names nothing whole."""
    defined = _GRANT_TERM.match(after)
    first = defined["term"] if defined else _collateral(ctx, granted)
    if not defined and _SHARES.match(granted) and (pledged := _PLEDGED_TERM.search(ctx.text)):
        first = pledged["term"]  # "all of the securities held in: (i) ..." are those
    elif first and _DANGLING.search(first):
        first = None
    assets = [first] if first else []
    if defined:
        more = _AND_TERM.match(after[defined.end() :])
        quoted = r"\s+".join(map(re.escape, more["term"].split())) if more else ""
        if more and re.search(rf"{QUOTE}{quoted}{QUOTE}", ctx.text):
            assets.append(more["term"])
    return assets


#: "... as security for the performance of the Borrower's obligations under this Agreement
#: and the Notes": what a grant secures, stated after it
_SECURITY_AFTER = re.compile(
    r"(?i)^[^;]{0,300}?\bas\s+(?:collateral\s+)?security\s+for\b(?P<what>[^;]{0,200})"
)
_NOTES = re.compile(r"\bthe\s+(?:[A-Z][\w-]*\s+){0,3}Notes?\b")


def _secured_after(ctx: DocContext, lo: int, after: str) -> list[str]:
    """The agreements and notes a grant's following "as security for ... under this Agreement
    and the Notes" names: "this Agreement" is the own one (in the own text only), the notes
    those the document knows by that name."""
    m = _SECURITY_AFTER.match(after)
    if m is None:
        return []
    found: list[str] = []
    for t in _OBLIGATION_TITLE.finditer(m["what"]):
        phrase = t.group(0)
        if phrase.startswith("this "):
            refs = [ctx.self_ref] if ctx.self_ref and _in_own_text(ctx, lo) else []
        else:
            refs = agreements_in(ctx, phrase) or instruments_in(ctx, phrase)
        found += [r for r in refs if r not in found]
    for n in _NOTES.finditer(m["what"]):
        refs = instruments_in(ctx, n.group(0)) or _defined_notes(ctx, n.group(0).split()[-1])
        found += [r for r in refs if r not in found]
    return found


def _defined_notes(ctx: DocContext, term: str) -> list[str]:
    """The notes a '"Notes" shall mean the $9,000,000 Promissory Note, dated ...' definition
    names by title, when no reader linked the term to them."""
    out: list[str] = []
    for d in find_definitions(ctx.text):
        if d.style != "means" or d.term != term:
            continue
        body = " ".join(ctx.text[d.end : d.clause_end].split()).lower()
        for ref, e in ctx.collector.entities.items():
            title = str(e.props.get("title") or "")
            if e.label == "Instrument" and title and title.lower() in body and ref not in out:
                out.append(ref)
    return out


_ADVERBS = r"(?:(?:absolutely|unconditionally|irrevocably|fully|jointly|and|severally),?\s+)*"
#: "The payment and performance of all indebtedness and other obligations of Borrower to Bank
#: shall be guaranteed jointly and severally by A, a Colorado corporation, B ... and C": the
#: guarantors are the agent of a passive guaranty of the deal's obligations.
_GUARANTEED_BY = re.compile(
    r"\b(?:(?:shall|will|must|to)\s+be|is|are|has\s+been|have\s+been)\s+"
    rf"{_ADVERBS}guarantee?d\s+{_ADVERBS}by\s+(?P<list>[^;]{{3,600}})"
)
#: what the guaranteed obligations are: the deal's, not "the obligations of any other person"
_DEAL_OBLIGATIONS = re.compile(
    r"(?i)\b(?:obligations|indebtedness|liabilities|loans?|notes?|advances)\b(?![^,;]{0,40}"
    r"\b(?:of\s+others|of\s+any\s+other|of\s+another|of\s+third))"
)
#: whose obligations are guaranteed: "of Borrower", "of the Company" (the deal's), or of
#: another ("of Smart (Europe)"), whose guaranty stands behind a debt outside the deal
_OBLIGOR = re.compile(r"\bof\s+(?:the\s+|each\s+|any\s+)?(?P<who>[A-Z][\w().&'\u2019-]*)")
_DEAL_OBLIGOR = re.compile(
    r"(?i)(?:co-)?borrowers?\b|company\b|obligors?\b|loan\b|credit\b|debtors?\b"
)
#: where the guarantors' list ends: the guaranty's form or amount, a class of future ones
_GUARANTORS_END = re.compile(
    r"(?i)\s+as\s+evidenced\b|\s+in\s+the\s+(?:principal\s+)?amount\b|\s+by\s+(?:execution|means)\b"
    r"|\s+pursuant\s+to\b|,?\s+(?:each\s+)?jointly\s+and\s+severally\b|\s+in\s+form\b"
    r"|,\s+which\b|\s+(?:and|or)\s+(?:any|each|all|every)\b|\s+until\b|\s+under\b"
)


def _guaranteed_by(
    ctx: DocContext, lo: int, sentence: str, m: re.Match[str], evidence: Span
) -> None:
    """Each company the list after "shall be guaranteed ... by" names SECURES the agreement
    whose obligations the sentence's subject are: the one it names, else (in the own text)
    the document's credit agreement. Companies are read by their names (made parties where
    the document named them nowhere else) or by a term ("each of the Subsidiary
    Guarantors"); a class ("each Subsidiary, present and future") names no one."""
    subject = sentence[: m.start()]
    if not _DEAL_OBLIGATIONS.search(subject):
        return
    targets = _deal_agreement(ctx, subject)
    obligor = _OBLIGOR.search(subject)
    if obligor and not _DEAL_OBLIGOR.match(obligor["who"]):
        # "All indebtedness of Pellham (Europe) to Bank": another's debt, not the deal's,
        # unless that company borrows under the deal itself (a party to the agreement)
        debtors = labelled(ctx, ctx.lookup(obligor["who"]), "Party") or _party_by_words(
            ctx, obligor["who"]
        )
        targets = [t for t in targets if any(_party_to(ctx, d, t) for d in debtors)]
    if not targets:
        return
    start = lo + m.start("list")
    end_m = _GUARANTORS_END.search(m["list"])
    end = start + (end_m.start() if end_m else len(m["list"]))
    guarantors: list[str] = []
    for s, e in listed_names(ctx.text, start, end):
        name = " ".join(ctx.text[s:e].split())
        found = party_or_company(ctx, name, ctx.span(s, e))
        guarantors += [g for g in found if g not in guarantors]
    if not guarantors:
        for item in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", ctx.text[start:end]):
            if re.match(r"(?i)\s*(?:the|each\s+of\s+the)\s+[A-Z]", item):
                guarantors += [g for g in stated_parties(ctx, item) if g not in guarantors]
    for t in targets:
        for g in guarantors:
            ctx.collector.relate("SECURES", g, t, evidence)


#: what a guaranty guarantees, up to where its object ends ("guarantee to Lender the ... payment
#: ... of: (i) the Note, including all principal ...")
_GUARANTEED_OBJECT = re.compile(r"\bof:?\s+(?:\([a-z0-9]{1,4}\)\s+)?(?P<what>the\s+[^,;:]{1,80})")
_AGREEMENT_TITLE = re.compile(r"(?:[A-Z][\w'\u2019-]*\s+){0,6}Agreements?\b")


def _guaranteed_notes(ctx: DocContext, rest: str) -> list[str]:
    """The notes a guaranty names as what it guarantees ("guarantee ... payment ... of: (i) the
    Note"; "of the Notes and all obligations under the Indenture"): the instruments the object
    names by title or term (words of an agreement's title, "Note Purchase Agreement", name
    none)."""
    found: list[str] = []
    for m in _GUARANTEED_OBJECT.finditer(rest):
        what = _AGREEMENT_TITLE.sub(" ", m["what"])
        refs = instruments_in(ctx, what)
        if not refs and re.match(r"the\s+Notes?\b", what):
            refs = _the_one_note(ctx)
        found += [r for r in refs if r not in found]
    return found


def _the_one_note(ctx: DocContext) -> list[str]:
    """ "the Note" no term links to anything: the document's one note (an attached form of
    note read as its own text), else nothing."""
    notes = [
        ref
        for ref, e in ctx.collector.entities.items()
        if e.label == "Instrument" and e.props.get("kind") == "note"
    ]
    return notes if len(notes) == 1 else []


def _party_by_words(ctx: DocContext, short: str) -> list[str]:
    """The one party whose name holds every word of a short name of two words or more
    ("Smart(Europe)" for "Smart Modular Technologies (Europe) Limited"); [] unless one does."""
    want = re.findall(r"[a-z0-9]+", short.lower())
    if len(want) < 2:
        return []
    found = [
        ref
        for ref, e in ctx.collector.entities.items()
        if e.label == "Party"
        and set(want) <= set(re.findall(r"[a-z0-9]+", str(e.props.get("name") or "").lower()))
    ]
    return found if len(found) == 1 else []


def _party_to(ctx: DocContext, party: str, agreement: str) -> bool:
    """Whether the document made ``party`` a party to ``agreement``."""
    return any(
        k[0] == "PARTY_TO" and k[1] == party and k[2] == agreement for k in ctx.collector.relations
    )


def _company_before(ctx: DocContext, lo: int, pos: int) -> list[str]:
    """The company whose name ends the text before a guaranty's verb ("Marsh Creek Supply,
    Inc. has unconditionally guaranteed"), made a party if no reader had named it."""
    runs = name_runs(ctx.text, max(lo, lo + pos - 150), lo + pos)
    last = runs[-1] if runs else None
    if last is None or not last.is_org or ctx.text[last.end : lo + pos].strip(" ,\n"):
        return []
    return [add_party(ctx, last.text, last.start, last.end, kind="organization")]


#: "As security for the performance ... under this Guaranty, ...": the obligation secured
_AS_SECURITY_FOR = re.compile(
    r"(?i)\bas\s+(?:collateral\s+)?security\s+for\b(?P<what>[^;]{0,400})$"
)


_OBLIGATION_TITLE = re.compile(
    r"\b(?:(?-i:this)\s+)?(?:[A-Z][\w'\u2019-]*\s+){0,6}(?:Agreement|Guaranty|Guarantee|Indenture"
    r"|Lease|Note|Debenture)\b"
)


#: "... under the Guarantee to which it is a party (the "Secured Obligations")": the obligations
#: a grant secures, named by a term of their own for the grants that follow.
_OBLIGATIONS_TERM = re.compile(
    rf"\(\s*(?:the\s+)?{QUOTE}(?P<term>(?:[A-Z][\w-]*\s+){{0,3}}Obligations){QUOTE}\s*\)"
)


#: a guaranty the recitals define ("pursuant to certain Guarantees ... (... a "Guarantee")")
_GUARANTY_TERM = re.compile(rf"{QUOTE}(?P<term>Guarant(?:y|ee))(?:{QUOTE}|\s)")


def _secured_obligation(ctx: DocContext, before: str, at: int) -> list[str]:
    """What a grant introduced by "As security for ..." secures: the first agreement or
    instrument that clause names, "this Guaranty" being the document's own; a guaranty the
    document defines by a term only ("the Guarantee to which it is a party") becomes an
    Agreement; "the Secured Obligations" are what an earlier grant defined them to be."""
    m = _AS_SECURITY_FOR.search(before)
    if m is None:
        return []
    found: list[str] = []
    for t in _OBLIGATION_TITLE.finditer(m["what"]):
        if t.group(0).startswith("this ") and ctx.self_ref:
            found = [ctx.self_ref]
            break
        found = (
            agreements_in(ctx, t.group(0))
            or instruments_in(ctx, t.group(0))
            or _defined_guaranty(ctx, t.group(0))
        )
        if found:
            found = found[:1]
            break
    if not found:
        for term in re.finditer(r"(?:[A-Z][\w-]*\s+){1,3}Obligations\b", m["what"]):
            found = labelled(ctx, ctx.lookup(term.group(0)), "Agreement")[:1]
            if found:
                break
    obligations = re.search(r"(?:[A-Z][\w-]*\s+){0,2}Obligations\b", m["what"])
    if not found and obligations:
        found = _defined_obligations(ctx, obligations.group(0), at)
    named = _OBLIGATIONS_TERM.search(m["what"])
    if found and named and not ctx.lookup(named["term"]):
        ctx.define(named["term"], *found)
    return found


def _defined_obligations(ctx: DocContext, term: str, at: int) -> list[str]:
    """The agreement the nearest definition of the obligations before ``at`` names
    ('"Obligations" means all ... obligations of Guilford to the Secured Party ... under the
    Credit Agreement'): what a security agreement's grant "as security for ... the
    Obligations" secures. A definition naming "this Agreement" outside the own text speaks
    of the attached agreement itself, not of the deal: nothing."""
    want = term.split()[-2:] if term.startswith(("Secured", "Guaranteed")) else ["Obligations"]
    found = [
        d
        for d in find_definitions(ctx.text)
        if d.style == "means" and d.term.split() == want and d.start < at
    ]
    if not found:
        return []
    d = found[-1]
    clause = ctx.text[d.end : d.clause_end]
    named = NAMED_AGREEMENT.search(clause)
    if named is None or (named.group(0).startswith("this") and not _in_own_text(ctx, d.start)):
        return []
    return guaranteed_agreement(ctx, named.group(0))[:1]


def _defined_guaranty(ctx: DocContext, phrase: str) -> list[str]:
    """ "the Guarantee": a guaranty the text defines by that term (quoted) but names by no
    title, made an Agreement the first time a grant secures it."""
    word = phrase.split()[-1]
    if word not in ("Guaranty", "Guarantee"):
        return []
    if ctx.lookup(word):
        return labelled(ctx, ctx.lookup(word), "Agreement")
    m = next((g for g in _GUARANTY_TERM.finditer(ctx.text) if g["term"] == word), None)
    if m is None:
        return []
    ref = f"agreement:{word.lower()}"
    ctx.collector.add(
        ref, "Agreement", ctx.span(m.start(), m.end()), {"title": word, "kind": "guaranty"}
    )
    ctx.define(word, ref)
    return [ref]


def _deal_agreement(ctx: DocContext, phrase: str) -> list[str]:
    """The agreement a guaranty or a "secured by" stands behind: one the phrase names by title;
    else the deal's (a credit agreement's own, the one an amendment or a guaranty concerns),
    never another agreement the document merely defines ("The Parent hereby ... guarantees
    ... the Obligations" in a credit agreement's guaranty article or a guaranty attached)."""
    named = NAMED_AGREEMENT.search(phrase)
    own = secured_agreement(ctx)
    if own and (named is None or named["title"] == "Agreement"):
        return [own]
    return guaranteed_agreement(ctx, phrase)


def _in_own_text(ctx: DocContext, pos: int) -> bool:
    """Whether ``pos`` lies before the own agreement's signature pages (after them come the
    exhibits and annexes, whose "this Agreement" is themselves)."""
    sig = analyze(ctx.text).signatures
    return sig is None or pos < sig.start


def _asset(ctx: DocContext, description: str, evidence: Span) -> str:
    """The Asset a clause describes as collateral ("the Collateral", "all accounts")."""
    description = " ".join(description.split())
    ref = f"asset:{name_key(re.sub(r'^(?:the|all)\s+', '', description, flags=re.I))}"
    return ctx.collector.add(ref, "Asset", evidence, {"description": description})


def extract_security(ctx: DocContext, lo: int, sentence: str) -> None:
    """SECURES from one sentence (at ``lo``): what secures a note or the deal's obligations,
    guaranties given or reaffirmed, grants and pledges of collateral."""
    evidence = trimmed(ctx, lo, lo + len(sentence))
    for m in _SECURED_BY.finditer(sentence):
        if m["agr"]:
            targets = guaranteed_agreement(ctx, m["agr"])
        elif m["subj"].startswith("This"):
            target = nearest_contained_instrument(ctx, lo)
            targets = [target] if target else []
        else:
            targets = _deal_agreement(ctx, sentence[m.end() :])
        for t in targets:
            ctx.collector.relate("SECURES", _asset(ctx, m["asset"], evidence), t, evidence)
    for m in _REAFFIRMS.finditer(sentence):
        guarantors = _listed_subjects(ctx, sentence[: m.start()]) or subject_before(
            ctx, sentence[: m.start()]
        )
        for t in primary_agreement(ctx, ""):
            for g in guarantors:
                ctx.collector.relate("SECURES", g, t, evidence)
    for m in _GUARANTEES.finditer(sentence):
        # "the Parent and each Subsidiary party hereto (including any Subsidiary executing a
        # supplement ... acceptable to the Agent) hereby guarantees": not the Agent
        before = _TRAILING_PAREN.sub("", sentence[: m.start()])
        guarantors = (
            subject_before(ctx, before)
            or _company_before(ctx, lo, len(before))
            or party_by_definition(ctx, before, lo + len(before))
        )
        targets = _deal_agreement(ctx, m["rest"])
        for t in targets:
            for g in guarantors:
                ctx.collector.relate("SECURES", g, t, evidence)
    for m in _GUARANTEED_BY.finditer(sentence):
        _guaranteed_by(ctx, lo, sentence, m, evidence)
    for m in _COLLATERAL_SECURES.finditer(sentence):
        if (own := secured_agreement(ctx)) is not None:
            ctx.collector.relate("SECURES", _asset(ctx, m["asset"], evidence), own, evidence)
    for m in _PLEDGES_TO.finditer(sentence):
        _pledged_items(ctx, lo, sentence, m, evidence)
    for m in _ALL_COLLATERAL_SECURING.finditer(sentence):
        named = NAMED_AGREEMENT.search(m["under"] or "")
        targets = guaranteed_agreement(ctx, named.group(0)) if named else []
        if not named and (own := secured_agreement(ctx)) is not None:
            targets = [own]
        for t in targets:
            ctx.collector.relate("SECURES", _asset(ctx, "Collateral", evidence), t, evidence)
    for m in _GRANTS.finditer(sentence):
        if re.search(r"(?i)\bcollateral\b", m["asset"]) and _PLEDGES.search(sentence):
            continue  # read below, with the collateral's defined name
        after = sentence[m.end() :]
        assets = _granted_assets(ctx, m["asset"], after)
        before = sentence[: m.start()]
        grantors = (
            _listed_subjects(ctx, before)
            or subject_before(ctx, before)
            or party_by_definition(ctx, before, lo + m.start())
        )
        targets = _secured_obligation(ctx, before, lo + m.start()) or _secured_after(ctx, lo, after)
        if not targets and _in_own_text(ctx, lo) and (own := secured_agreement(ctx)):
            targets = [own]  # "As security for all indebtedness ... of Borrower to Bank"
        for t in targets:
            for asset in assets:
                ctx.collector.relate("SECURES", _asset(ctx, asset, evidence), t, evidence)
            for g in grantors:
                ctx.collector.relate("SECURES", g, t, evidence)
    # a grant's list of collateral may run past a page break, which ends a "sentence"
    window = ctx.text[lo : lo + _GRANT_WINDOW]
    for m in [*_PLEDGES.finditer(sentence), *_PLEDGES_DEFINED.finditer(window)]:
        grant = evidence if m.end() <= len(sentence) else trimmed(ctx, lo, lo + m.end())
        targets = _secured_obligation(
            ctx, sentence[: m.start()], lo + m.start()
        ) or primary_agreement(ctx, window[m.end() :][:400])
        for t in targets:
            if t == ctx.self_ref and not _in_own_text(ctx, lo):
                continue  # "this Agreement" in an attached agreement is that agreement
            ctx.collector.relate("SECURES", _asset(ctx, m["asset"], grant), t, grant)


def extract_guaranteed_notes(ctx: DocContext, spans: list[tuple[int, int]]) -> None:
    """SECURES from a guaranty to the notes it names as guaranteed ("The Guarantors hereby ...
    guarantee to Lender the ... payment ... of: (i) the Note"), read once every reader has made
    the document's notes (a form of note is often an exhibit after the guaranty's text)."""
    for lo, hi in spans:
        sentence = ctx.text[lo:hi]
        if "guarant" not in sentence or "Note" not in sentence:
            continue
        for m in _GUARANTEES.finditer(sentence):
            notes = _guaranteed_notes(ctx, m["rest"])
            if not notes:
                continue
            guarantors = (
                subject_before(ctx, sentence[: m.start()])
                or _company_before(ctx, lo, m.start())
                or party_by_definition(ctx, sentence[: m.start()], lo + m.start())
            )
            evidence = trimmed(ctx, lo, hi)
            for n in notes:
                for g in guarantors:
                    ctx.collector.relate("SECURES", g, n, evidence)
