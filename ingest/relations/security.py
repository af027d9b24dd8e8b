"""SECURES from sentences that grant or state security and guaranties: "This Note is
secured by", "the Company's obligations under the Credit Agreement are secured by",
"hereby guarantees", "shall be guaranteed jointly and severally by A, B and C", a
reaffirmed guaranty, "hereby grants" (or "shall grant") "a security interest in" and
pledges of collateral (Assets, guarantors and grantors SECURES the obligations'
agreement).

The sentence shapes are here; the collateral (:mod:`.collateral`), what is secured
(:mod:`.secured_obligations`) and the guarantors of a "guaranteed by" clause
(:mod:`.guaranteed_by`) are read in their own modules. Guarantors named only by
their role are read from the roles in :mod:`.role_guaranty`.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.names import name_runs
from ingest.parties.add import add_party
from ingest.records import Span
from ingest.relations.collateral import (
    NOT_A_CLASS,
    add_asset,
    granted_assets,
    pledged_items,
    referred_term,
)
from ingest.relations.collateral_owner import collateral_owners
from ingest.relations.guaranteed_by import (
    GUARANTEED_BY,
    GUARANTY_OF_OBLIGATIONS,
    SECURED_BY_AS_GUARANTORS,
    deal_agreement,
    guaranteed_by,
    guaranteed_notes,
    guaranty_of_obligations,
)
from ingest.relations.guarantor_appositives import (
    before_appositive,
    executing_guarantor_term,
    without_execution_clause,
)
from ingest.relations.obligations import (
    NAMED_AGREEMENT,
    guaranteed_agreement,
    primary_agreement,
    secured_agreement,
)
from ingest.relations.obligations_hereunder import OBLIGATIONS_HEREUNDER
from ingest.relations.secured_obligations import (
    in_own_text,
    notes_of_secured_obligations,
    secured_after,
    secured_obligation,
)
from ingest.relations.slots import (
    agreements_in,
    labelled,
    nearest_contained_instrument,
    parties_named,
    party_by_definition,
    subject_before,
    trimmed,
)
from ingest.relations.termed_collateral import collateral_term
from ingest.rules import passage, rule

#: the words that make a sentence worth reading for security (besides "secured" and
#: "guarant"): a grant of a security interest or a lien, a pledge, "as security for"
SECURITY_CUE = re.compile(
    r"security\s+interest|\bsecuring\b|\b(?:first|prior)(?:[\s-]priority)?\s+liens?\b|\bpledge|\bas\s+security\s+for"
    # a grant of real property by mortgage ("a first mortgage on the real property ...")
    r"|\bmortgages?(?:\s+lien)?\s+(?:on|upon)\b"
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
    # ("The Obligations are secured by ...", the deal's debt, is read in .security_grants, which
    # reads a list of collateral, its owner and a security document after it)
    r"\b(?P<subj>This\s+(?:[A-Z][\w-]*\s+){0,4}?(?:Note|Debenture|Bond)"
    # "The Company's obligations under the Credit Agreement are secured by the Company's
    # inventory": the obligations of a named agreement
    r"|(?:The|Its|Their|(?:The\s+)?[A-Z][\w-]*[\u2019']s)\s+obligations\s+(?:under|pursuant\s+to)\s+"
    r"(?P<agr>(?:the|this)\s+(?:[A-Z][\w'\u2019-]*\s+){0,6}?Agreement))"
    # "This Note is the Note referred to in the Credit Agreement ..., is secured by the
    # Collateral described therein": the note's earlier predicates, joined by a comma or "and"
    r"(?:\s+(?:is|was)\s+(?!secured\b)[^;]{0,300}?(?:,\s*(?:and\s+)?|\s+and\s+)(?:is\s+)?"
    r"|\s+(?:is|are|shall\s+be)\s+)secured\s+by\s+(?:a\s+(?:first\s+priority\s+)?(?:security\s+interest|lien)"
    r"\s+(?:in|on)\s+)?(?P<asset>(?:the|all)\s+[^,;.]{2,80}?|(?:an?|that\s+certain)\s+(?=[A-Z])[^,;.()]{2,80}?)"
    r"(?=\s+(?:described|as\s+defined|pursuant|under|referred|granted|set\s+forth|dated"
    r"|of\s+even\s+date|between|among|by\s+and)\b|\s*\(|[,;.]|$)"
)
#: a security document, not collateral: "This Note is secured by a Security Agreement of even
#: date herewith (the "Security Agreement")" - the agreement secures the note
_DOCUMENT = re.compile(r"(?i)\bagreements?\b|\bmortgages?\b|deeds?\s+of\s+trust")


#: "hereby guarantees", "unconditionally guarantees", "has irrevocably guaranteed": a
#: guaranty given (a bare "guarantees" may only describe one); a ", jointly and severally,"
#: between the guarantors and the verb ("Guarantor, jointly and severally, absolutely ...
#: guarantees") is part of the verb, so that the subject before it names the guarantors.
_GUARANTEES = re.compile(
    r"(?:,[ \t\n]*jointly\s+and\s+severally\s*,\s*)?"
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


#: where the words after "guarantees" stop naming what is guaranteed
_PURSUANT_TO = re.compile(r"\b(?:pursuant\s+to|by\s+(?:its\s+)?execution\s+of)\b")


#: a parenthesis that ends the words before a verb (the subject comes before it)
_TRAILING_PAREN = re.compile(r"\s*\((?:[^()]|\([^()]*\))*\)\s*$")


_PLEDGES = re.compile(
    r"\bhereby\s+(?:pledges?|grants?|collaterally\s+assigns?)[^.;]{0,200}?\bsecurity\s+interest\s+in"
    # "the Facility LC Collateral Account": the account, not a class of collateral
    r"[^.;]{0,120}?(?P<asset>(?:the|all\s+of\s+the)\s+(?:[A-Z][\w-]*\s+){0,3}Collateral"
    r"(?:\s+Account)?)\b"
)


#: "... hereby grants ... a security interest in all of its right ... in the following
#: (collectively, the "Pledged Collateral")": the collateral is defined in the grant itself;
#: its term may have no quotes where the parenthesis holds nothing else ("(collectively, the
#: Pledged Collateral)")
_PLEDGES_DEFINED = rule(
    "relations.security.pledges_defined",
    r"\bhereby\s+(?:pledges?|grants?|collaterally\s+assigns?)[^.;]{0,200}?\bsecurity\s+interest"
    r"\s+(?:\((?:the\s+)?[\"\u201c][^()]{0,40}\)\s+)?in\b[\s\S]{0,3000}?\("
    r"(?:(?:[^()]|\([a-z0-9]{1,4}\)){0,200}?\bthe\s+[\"\u201c]"
    r"|(?:(?:collectively|together)\s*,?\s+)?the\s+(?=(?:[A-Z][\w-]*\s+){0,4}Collateral\s*\)))"
    # (a term a converted web page set apart from its quotes reads '(the  "Pledged Collateral" )')
    r"(?P<asset>(?:[A-Z][\w-]*\s+){0,4}Collateral)[\"\u201d]?\s*\)",
    reads="a grant that defines the collateral it grants: the collateral's term",
    matches=[
        passage(
            "the Grantor hereby grants to the Agent a security interest in all of the following "
            '(collectively, the "Pledged Collateral"), wherever located',
            asset="Pledged Collateral",
        ),
        passage(
            "the Pledgor hereby pledges, assigns and grants to the Collateral Agent a first "
            "priority security interest in (a) the shares listed on Schedule I (the Pledged "
            "Shares) and (b) all proceeds thereof (collectively, the Pledged Collateral);",
            asset="Pledged Collateral",
        ),
        passage(
            "Debtor hereby grants to Bank a security interest in its equipment and inventory "
            "(together, the Equipment Collateral).",
            asset="Equipment Collateral",
        ),
    ],
    rejects=[
        "the Pledgor hereby grants a security interest in the shares (other than the Excluded "
        "Collateral)",
        "hereby grants a security interest in its accounts (the Receivables)",
    ],
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


#: ", granting the Bank a security interest": the grantee a security document's participle
#: names (no grantor of its own grant)
_GRANTING_TO = rule(
    "relations.security.granting_to",
    r",\s+granting\s+(?:to\s+)?(?P<to>(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,5})",
    reads="a security document's participle 'granting' and the grantee it names",
    matches=[
        passage(", granting the Bank a security interest in the Collateral", to="the Bank"),
        passage(", granting to the Agent a first lien", to="the Agent"),
    ],
    rejects=["the Borrower hereby grants to the Bank", "granting clause"],
    mode="match",
)
#: "Borrower hereby grants to Bank security interests of first priority in all of Borrower's
#: personal property assets", "the Borrower hereby grants the Bank a security interest in such
#: account": a grant of security, its grantor before the verb and its collateral after "in".
_GRANTS = re.compile(
    # "hereby grants", or a grant the collateral clause promises ("Borrower and each
    # Subsidiary Guarantor shall, pursuant to Security Agreements grant to Bank ...")
    r"\b(?:(?:hereby|(?:shall|will|agrees?\s+to)(?:,\s*[^,;.]{1,60}?,?)?)\s+"
    r"(?:(?:pledges?|grants?|assigns?)(?:,?\s+(?:and\s+)?)?)+"
    # "Borrower shall grant, and hereby grants, to Bank"
    r"(?:hereby\s+(?:pledges|grants|assigns),?\s+)?"
    # "the Security Agreement and the Mortgage ..., granting to the Bank a first lien on"
    r"|,\s+granting\s+)(?:to\s+)?"
    r"(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,5},?\s+"
    # "to the Collateral Agent, for the benefit of the Secured Parties, a continuing ..."
    r"(?:for\s+the\s+(?:ratable\s+)?benefit\s+of\s+(?:itself\s+and\s+)?(?:the\s+)?"
    r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3},\s+)?"
    # bank forms: "grants, to Bank, its successors and assigns, a first and prior lien and
    # security interest in and to the property described below"
    r"(?:its\s+successors\s+and\s+(?:permitted\s+)?assigns,?\s+)?(?:an?\s+)?"
    r"(?:(?:continuing|first[\s-]priority|first|prior|valid|perfected)(?:\s+and)?\s+)*"
    r"(?:lien\s+(?:on\s+)?and\s+)?"
    # "a security interest in and lien upon", "a security interest in, and a lien on,"
    r"(?:security\s+interests?|liens?)(?:\s+in,?\s+and\s+(?:a\s+)?lien(?=\s+(?:on|upon)\b))?"
    r"\s+(?:of\s+first\s+priority\s+)?(?:\([^()]{1,40}\)\s+)?(?:in|on|upon|over)"
    r"(?:\s+and\s+to)?,?\s+"
    # "all right, title and interest of the Borrower in and to ...": the grant's words, read up
    # to the qualifier after them (the collateral is the one the document defines, if any)
    r"(?P<asset>(?:all\s+(?:of\s+)?(?:[\w'\u2019]+\s+){0,2}?right,?\s+title,?\s+(?:and\s+)?"
    r"interest\b[^.;()]{0,120}?"
    # a list of collateral runs over commas ("accounts receivable and other rights to
    # payment, general intangibles, inventory and equipment") until a qualifier follows
    r"|(?:all\s+of\s+|all\s+|the\s+|its\s+|their\s+|[A-Z][\w-]*[\u2019']s\s+)"
    r"[^.;,()]{3,100}?"
    r"(?:,\s+(?!(?:now|whether|wherever|including|together|which|in\s+each|to\b|as\b|and\s+all"
    + NOT_A_CLASS
    + r"|subject)\b)[a-z][^.;,()]{1,60}?)*))"
    r"(?=,|\s*[()]|\s+(?:now|whether|as\s+set|as\s+(?:collateral\s+)?security|and\s+all"
    + NOT_A_CLASS
    + r"|to\s+secure)\b|[.;]|$)"
)


def _company_before(ctx: DocContext, lo: int, pos: int) -> list[str]:
    """The company whose name ends the text before a guaranty's verb ("Marsh Creek Supply,
    Inc. has unconditionally guaranteed"), made a party if no reader had named it."""
    runs = name_runs(ctx.text, max(lo, lo + pos - 150), lo + pos)
    last = runs[-1] if runs else None
    if last is None or not last.is_org or ctx.text[last.end : lo + pos].strip(" ,\n"):
        return []
    return [add_party(ctx, last.text, last.start, last.end, kind="organization")]


#: "the Collateral (as defined in the Security Agreement)": where the term is defined, not
#: what the collateral secures
_AS_DEFINED_IN = re.compile(r"\((?:each\s+)?as\s+defined\s+in\s+[^()]{1,120}\)")


def _secured_phrase(after: str) -> str:
    """The words after a grant of "the Collateral" that may name what it secures: to the end
    of its paragraph (the next section's "Security Agreement" is none), without an aside that
    says where the term is defined."""
    return _AS_DEFINED_IN.sub("", re.split(r"\n[ \t]*\n", after[:400], maxsplit=1)[0])


def _own_secured(ctx: DocContext, lo: int) -> list[str]:
    """A grant in the own text that names no obligation ("As security for all indebtedness ...
    of Borrower to Bank", "To secure the payment of the Note ..., the Borrower hereby grants to
    the Bank a security interest in the Collateral") secures the own credit or loan agreement."""
    own = secured_agreement(ctx) if in_own_text(ctx, lo) else None
    return [own] if own else []


def _relate_secured_by(
    ctx: DocContext, m: re.Match[str], sentence: str, evidence: Span, targets: list[str]
) -> None:
    """The collateral (or security document) a "secured by" names SECUREs each target."""
    documents = agreements_in(ctx, m["asset"]) if _DOCUMENT.search(m["asset"]) else []
    if _DOCUMENT.search(m["asset"]) and not documents:
        return  # a document this one does not know is no collateral either
    # "all of the Company's equipment, ... (all such assets ... referred to as the
    # "Collateral")": the collateral by its term, and the Company secures too
    after = sentence[m.end() :]
    asset = None if documents else referred_term(after) or collateral_term(ctx, after)
    for t in targets:
        owners = [] if documents else collateral_owners(ctx, m["asset"], t)
        for source in documents or [add_asset(ctx, asset or m["asset"], evidence), *owners]:
            if source != t:
                ctx.collector.relate("SECURES", source, t, evidence)


def note_secured_by(ctx: DocContext, lo: int, sentence: str, note: str) -> None:
    """ "This Note ... is secured by the Collateral described therein", read in a note text
    whose instrument ``note`` is known (an attached note: the relation readers ran before the
    exhibits became instruments)."""
    evidence = trimmed(ctx, lo, lo + len(sentence))
    for m in _SECURED_BY.finditer(sentence):
        if m["subj"].startswith("This"):
            _relate_secured_by(ctx, m, sentence, evidence, [note])


def extract_security(ctx: DocContext, lo: int, sentence: str) -> None:
    """SECURES from one sentence (at ``lo``): what secures a note or the deal's obligations,
    guaranties given or reaffirmed, grants and pledges of collateral."""
    evidence = trimmed(ctx, lo, lo + len(sentence))
    for m in _SECURED_BY.finditer(sentence):
        if m["agr"]:
            targets = guaranteed_agreement(ctx, m["agr"])
        else:
            target = nearest_contained_instrument(ctx, lo)
            targets = [target] if target else []
        _relate_secured_by(ctx, m, sentence, evidence, targets)
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
        head = sentence[: m.start()]
        # "Acme Holdings, Inc., the owner of all of the stock of the Company (the "Parent"), by
        # its execution hereof, hereby guarantees": the party the term stands for
        term = executing_guarantor_term(head)
        before = before_appositive(_TRAILING_PAREN.sub("", without_execution_clause(head)))
        guarantors = (
            labelled(ctx, ctx.lookup(term), "Party")
            if term  # not the party its description ends on ("... of the Company")
            # "Each of HNSD and LEASING, each a wholly owned subsidiary of the COMPANY, hereby
            # ... guarantees": every company of a short list, not only the last one named
            else _listed_subjects(ctx, before)
            or subject_before(ctx, before)
            or _company_before(ctx, lo, len(before))
            or party_by_definition(ctx, before, lo + len(before))
        )
        # "has guaranteed the Obligations pursuant to that certain Continuing Guaranty ..., and
        # has pledged ... pursuant to that certain Stock Pledge Agreement": what is guaranteed
        # comes before the document that guarantees it
        guaranteed = _PURSUANT_TO.split(m["rest"], maxsplit=1)[0]
        targets = deal_agreement(ctx, guaranteed)
        for t in targets:
            for g in guarantors:
                ctx.collector.relate("SECURES", g, t, evidence)
    for m in GUARANTEED_BY.finditer(sentence):
        guaranteed_by(ctx, lo, sentence, m, evidence)
    for m in SECURED_BY_AS_GUARANTORS.finditer(sentence):
        guaranteed_by(ctx, lo, sentence, m, evidence, as_guarantors=True)
    for m in GUARANTY_OF_OBLIGATIONS.finditer(sentence):
        guaranty_of_obligations(ctx, lo, sentence, m, evidence)
    for m in _COLLATERAL_SECURES.finditer(sentence):
        if (own := secured_agreement(ctx)) is not None:
            ctx.collector.relate("SECURES", add_asset(ctx, m["asset"], evidence), own, evidence)
    for m in _PLEDGES_TO.finditer(sentence):
        pledged_items(ctx, lo, sentence, m, evidence)
    for m in _ALL_COLLATERAL_SECURING.finditer(sentence):
        named = NAMED_AGREEMENT.search(m["under"] or "")
        targets = guaranteed_agreement(ctx, named.group(0)) if named else []
        if not named and (own := secured_agreement(ctx)) is not None:
            targets = [own]
        for t in targets:
            ctx.collector.relate("SECURES", add_asset(ctx, "Collateral", evidence), t, evidence)
    for m in _GRANTS.finditer(sentence):
        # a grant of "the Collateral" is read below, with the collateral's defined name: here
        # only its grantors
        termed = re.search(r"(?i)\bcollateral\b", m["asset"]) and _PLEDGES.search(sentence)
        after = sentence[m.end() :]
        # "hereby grants Lender a security interest in all of Borrower's accounts, inventory
        # ... (the Collateral)": the grant's own term names what it lists
        defined = _PLEDGES_DEFINED.search(sentence, m.start())
        listed = [defined["asset"]] if defined else granted_assets(ctx, m["asset"], after)
        assets = [] if termed else listed
        before = sentence[: m.start()]
        grantors = (
            _listed_subjects(ctx, before)
            or subject_before(ctx, before)
            or party_by_definition(ctx, before, lo + m.start())
        )
        if grantee := _GRANTING_TO.match(sentence, m.start()):
            # "the Security Agreement ... between the Borrower and the Bank, granting the Bank a
            # security interest": the document's two parties end the words before the
            # participle, and the one it grants to gives nothing
            taken = set(parties_named(ctx, grantee["to"]))
            grantors = [g for g in grantors if g not in taken]
        targets = secured_obligation(ctx, before, lo + m.start()) or secured_after(ctx, lo, after)
        if not targets or OBLIGATIONS_HEREUNDER.search(before):
            # "To secure the payment of the Note and the ... obligations hereunder": both
            targets = list(dict.fromkeys([*targets, *_own_secured(ctx, lo)]))
        targets += _defined_notes_secured(ctx, lo, m, sentence, targets)
        for t in targets:
            for asset in assets:
                ctx.collector.relate("SECURES", add_asset(ctx, asset, evidence), t, evidence)
            for g in grantors:
                ctx.collector.relate("SECURES", g, t, evidence)
    # a grant's list of collateral may run past a page break, which ends a "sentence"
    window = ctx.text[lo : lo + _GRANT_WINDOW]
    for m in [*_PLEDGES.finditer(sentence), *_PLEDGES_DEFINED.finditer(window)]:
        grant = evidence if m.end() <= len(sentence) else trimmed(ctx, lo, lo + m.end())
        targets = (
            secured_obligation(ctx, sentence[: m.start()], lo + m.start())
            or primary_agreement(ctx, _secured_phrase(window[m.end() :]))
            or _own_secured(ctx, lo)
        )
        targets += _defined_notes_secured(ctx, lo, m, sentence, targets)
        for t in targets:
            if t == ctx.self_ref and not in_own_text(ctx, lo):
                continue  # "this Agreement" in an attached agreement is that agreement
            ctx.collector.relate("SECURES", add_asset(ctx, m["asset"], grant), t, grant)


def _defined_notes_secured(
    ctx: DocContext, lo: int, m: re.Match[str], sentence: str, targets: list[str]
) -> list[str]:
    """The notes a grant secures through the definition of the obligations it names, before
    the grant ("As security for the Secured Obligations, each Grantor hereby grants") or after
    its list of collateral, in the same paragraph; those not among ``targets`` yet."""
    after = _secured_phrase(ctx.text[lo + m.end() : lo + _GRANT_WINDOW])
    phrase = sentence[: m.start()] + " " + after
    return [n for n in notes_of_secured_obligations(ctx, phrase) if n not in targets]


def extract_guaranteed_notes(ctx: DocContext, spans: list[tuple[int, int]]) -> None:
    """SECURES from a guaranty to the notes it names as guaranteed ("The Guarantors hereby ...
    guarantee to Lender the ... payment ... of: (i) the Note"), read once every reader has made
    the document's notes (a form of note is often an exhibit after the guaranty's text)."""
    for lo, hi in spans:
        sentence = ctx.text[lo:hi]
        if "guarant" not in sentence or "Note" not in sentence:
            continue
        for m in _GUARANTEES.finditer(sentence):
            notes = guaranteed_notes(ctx, m["rest"])
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
