"""Parties of the agreements this one rests on, read from the preamble and the recitals, and
from the legend and body paragraphs that name a mentioned agreement's parties.

Vocabulary:
- *mentioned agreement*: an Agreement or Instrument the document refers to without holding
  its text (the credit agreement an amendment changes, the purchase agreement a note was
  issued under); :mod:`ingest.references` adds them before this step runs.
- *party statement*: a sentence that says who is party to a mentioned agreement, either
  before the mention ("Bank and Borrowers are parties to that certain Credit Agreement",
  "Borrower has entered into that certain Loan Agreement ... with Lender") or after it
  ("the Credit Agreement dated as of ..., among KRC Interim Corp., ... and the
  Administrative Agent").
- *carry-over*: only the parties to an agreement can amend or restate it, so the parties
  to this amendment, in their roles, are parties to the agreement it AMENDS.

Sentences come from the spaCy pipeline (:func:`ingest.nlp.sentences`), which knows that
"Inc." and "N.A." do not end one; names are the name runs of :mod:`ingest.names`, read with
parenthetical asides blanked out so that "(formerly known as Kimco Realty Corporation)"
never becomes a party.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ingest.amended_agreements import AMENDING_KINDS
from ingest.context import DocContext, norm_term
from ingest.dates import find_dates
from ingest.defined_terms import Definition, find_definitions, joined_with
from ingest.names import (
    PAREN_FORM,
    TERMINAL_SUFFIXES,
    NameRun,
    is_org_name,
    looks_like_person,
    name_runs,
    singular,
    words,
)
from ingest.nlp import sentences
from ingest.parties.add import add_party, party_ref
from ingest.parties.cues import TRADE_NAME
from ingest.parties.forms import stated_form
from ingest.parties.list_capacities import individually_cut, is_capacity
from ingest.parties.not_names import only_roles
from ingest.parties.role_words import has_role, is_plural_term, role_of
from ingest.parties.runs import org_runs
from ingest.parties.spellings import display_name
from ingest.records import RelationRecord, Span
from ingest.relations.defined_companies import company_for_term
from ingest.rules import passage, rule
from ingest.structure.analysis import analyze
from ingest.structure.preamble import SALUTATION, SALUTATION_WINDOW

_SUBJECT_CUE = rule(
    "underlying.party_to_before",
    r"\b(?:(?:is|are|was|were|be|been|become|became|remain|remains)\s+(?:each\s+)?(?:an?\s+|the\s+)?"
    r"part(?:y|ies)\s+to|(?P<enter>entered\s+into|entering\s+into))"
    r"\s+(?:(?:that\s+)?certain\s+|the\s+|an?\s+)?$",
    re.IGNORECASE,
    reads="a sentence before a mentioned agreement: its parties as the subject ('are parties to')",
    matches=[
        "WHEREAS, the Bank and the Borrowers are parties to that certain ",
        "WHEREAS, the Borrower and the Bank are the parties to that certain ",
        passage("the Company has entered into a ", enter="entered into"),
        "Each Guarantor is a party to the ",
        "the Lenders have become parties to ",
    ],
    rejects=["the Borrower has requested that the Lenders amend the ", "are parties hereto and "],
)
_OBJECT_CUE = rule(
    "underlying.among_after",
    # "of even date herewith": dated as the document is
    r"(?:\s*,?\s*(?:\([^()]*\)|(?:dated|effective)\b(?:[^,()]|,\s*\d{4}){0,80}"
    r"|of\s+even\s+date\s+here(?:with|of)"
    r"|as\s+(?:the\s+same\s+(?:may\s+be|has\s+been)\s+|heretofore\s+|previously\s+)?"
    r"(?:amended|modified|supplemented|restated)\b[^();]{0,120}?))*"
    r"\s*,?\s*(?:(?:made\s+and\s+)?entered\s+into\s+)?(?:by\s+and\s+)?(?:among|between)"
    r"(?:,?\s+inter\s+alia,?)?\s+",
    re.IGNORECASE,
    reads="right after a mentioned agreement: its date and amendments, then 'among' its parties",
    matches=[
        passage(
            ", dated as of May 1, 2010, among Acme Corp., the Lenders and First Bank",
            match=", dated as of May 1, 2010, among ",
        ),
        passage(
            ' (as amended, the "Credit Agreement"), by and between the Company and the Bank',
            match=' (as amended, the "Credit Agreement"), by and between ',
        ),
        ", as heretofore amended and supplemented from time to time, between the Borrower and",
        passage(
            " of even date herewith between Trustor and Beneficiary",
            match=" of even date herewith between ",
        ),
        " entered into between, inter alia, the Issuer and the Trustee",
    ],
    rejects=[", pursuant to which the Lenders made loans", " shall remain in effect among"],
    mode="match",
)
_LIST_CUE = rule(
    "underlying.list_cue",
    r"(?i)\b(?:among|between)\b",
    reads="the text after a mentioned agreement: the word that opens its party list",
    matches=["the Credit Agreement, dated as of May 1, 2010, among", "by and BETWEEN"],
    rejects=["amongst others", "in the meantime"],
)
_COUNTERPARTY = rule(
    "underlying.counterparty",
    r"\bwith\s+(?!(?:respect|regard|reference)\b)(?:the\s+)?",
    re.IGNORECASE,
    reads="a sentence after an agreement its subject entered into or is party to: 'with' its "
    "counterparty",
    matches=[passage(" dated as of March 1, 2019 with the Lender", match="with the ")],
    rejects=["without limitation", "forthwith", "with respect to the Loans"],
)
_CLAUSE_END = rule(
    "underlying.clause_end",
    r";|,\s*(?:which|pursuant|under\s+which|whereby|and\s+(?:whereas|the\s+[a-z]))\b"
    r"|,\s*and\s+(?:immediately|promptly|upon|within|thereafter|from\s+time\s+to\s+time)\b"
    # "between the Company and the Holder (the "Security Agreement"), and are guaranteed by":
    # the sentence's subject goes on with a verb of its own
    r"|,\s*and\s+(?:is|are|was|were|has|have|had|shall|will)\s+(?:been\s+)?[a-z]+ed\b"
    r"|\s(?:and\s+)?(?:acknowledged|consented\s+to|agreed\s+to)(?:\s+and\s+\w+(?:\s+to)?)?\s+by\b"
    # "among the Borrower, the lenders parties thereto and Acme Bank, as agent, and each of the
    # Banks that is a party to such agreement hereby waives": a new subject with a verb of its own
    r"|,\s*and\s+(?=(?:each|every|all|any)\b[^,;.]{0,100}?\bhereby\s+[a-z]+s\b)",
    reads="a party list: where its clause ends",
    matches=[
        passage("among Acme Corp. and First Bank; and", match=";"),
        passage("between the Company and the Bank, pursuant to which", match=", pursuant"),
        passage("among the Borrower and the Lenders, and whereas the Agent", match=", and whereas"),
        passage("between Acme and Beta and acknowledged by Gamma", match=" and acknowledged by"),
        passage("among Acme and Beta consented to and agreed to by Gamma"),
        passage(
            'between the Company and the Holder (the "Security Agreement"), and are guaranteed by',
            match=", and are guaranteed",
        ),
        passage(
            "between the Borrower and Tidewater Casting, Inc., and promptly upon request from "
            "Bank, a list",
            match=", and promptly",
        ),
        passage(
            "among the Company, the lenders parties thereto and Pine Bank, as agent, and each of "
            "the Banks that is a party to such agreement hereby waives notice",
            match=", and ",
        ),
        passage(
            "between Delta Mills, Inc. and River Trust Company, and each Lender party thereto "
            "hereby consents to",
            match=", and ",
        ),
    ],
    rejects=[
        "among Acme Corp., First Bank, N.A. and the Lenders",
        "among the Borrower, the Agent, and each of the Lenders party thereto",
        "among Acme Corp. and each of the Guarantors that is a party thereto",
    ],
)
#: "Amendment No. 2 to Credit Agreement": the mention is the tail of another title.
_TITLE_TAIL = rule(
    "underlying.title_tail",
    r"\b(?:amendment|supplement|waiver|consent|joinder|extension|assignment)(?:\s+(?:no\.?|number|#)\s*"
    r"\w+)?\s+(?:to|of|under)\s+(?:the\s+)?$",
    re.IGNORECASE,
    reads="the words before a mentioned agreement: it is the tail of another title",
    # "each collateral assignment of Supply Agreement by and among ...": the assignment's parties
    matches=[
        "Amendment No. 2 to ",
        "the Limited Waiver under the ",
        "Joinder to ",
        "assignment of ",
    ],
    rejects=["the Borrower is party to the ", "Amendment No. 2, and the "],
)
#: "A. The Company and ...": a recital's list label and article, not part of a name.
_LIST_LABEL = rule(
    "underlying.list_label",
    r"(?:[A-Z]|\d{1,2})\.\s+(?:The|THE)\s+",
    reads="a name run in a recital: the recital's list label and article before the name",
    matches=[passage("A. The Company and the Bank", match="A. The "), "2.  THE BORROWER"],
    rejects=["J. Michael Redmond", "The Company"],
    mode="match",
)
#: "B. Borrower is entering into ...": a bare label, recognised only where a paragraph
#: starts (elsewhere "J. Michael Redmond" is an initial).
_BARE_LABEL = rule(
    "underlying.bare_label",
    r"(?:[A-Z]|\d{1,2})\.\s+",
    reads="a name run at a paragraph's start: a recital's bare list label",
    matches=[passage("C. Lender is entering into", match="C. "), "12. Lender"],
    rejects=["Borrower", "(b) Lender"],
    mode="match",
)
_PAREN = rule(
    "underlying.aside",
    rf"(?!{PAREN_FORM})\([^()]*\)",
    reads="a party list: a parenthetical aside, blanked before names are read (not a bank's "
    "form in one, which ends its name)",
    matches=[
        passage(
            "Kimco Income Operating Partnership, L.P. (formerly known as Kimco Realty Corporation)",
            match="(formerly known as Kimco Realty Corporation)",
        ),
    ],
    rejects=[
        "among the Borrower and the Lenders",
        "The Chase Manhattan Bank (National Association)",
    ],
)
#: ", a Nevada Company": a descriptor after a name, not a name of its own
_DESCRIBED = rule(
    "underlying.described",
    r",\s*an?\s+$",
    reads="the words before a name: a descriptor (', a Nevada corporation'), no name of its own",
    matches=["Acme Holdings, Inc., a ", "First Bank, an "],
    rejects=["Acme Holdings, Inc. and ", "by and among "],
)


#: "Acme Tools Co., a wholly-owned subsidiary of the Pledgor (the "Company"), the Lenders and
#: the Agent are parties to": a name or term that follows these words owns or controls a party
#: of the list, and is no party of its own
_OWNER_BEFORE = rule(
    "underlying.owner_before",
    # "those subsidiaries of the Company set forth on Exhibit A hereto (the "Subsidiary
    # Borrowers")": plural too, a class of the named party's subsidiaries
    r"(?i)\b(?:subsidiar(?:y|ies)|affiliates?|parent|division|member|owner)\s+of\s+(?:the\s+)?$"
    # "Harris N.A., successor by merger to Harris Trust and Savings Bank, as administrative
    # agent": the bank that merged into the party, which the list does not name as a party
    r"|\bsuccessor(?:[\s-]+in[\s-]+interest)?(?:\s+by\s+(?:merger|consolidation))?\s+"
    r"(?:to|with|of)\s+(?:the\s+)?$"
    # "between Borrower and the holders of the capital stock of EDAC": the holders are parties
    r"|\b(?:holders?|owners?)\s+of\s+(?:all\s+(?:of\s+)?)?(?:the\s+)?(?:outstanding\s+)?"
    r"(?:capital\s+stock|stock|shares|equity\s+interests?)\s+of\s+(?:the\s+)?$",
    reads="the words before a name in a party list: the name is another party's owner, or the "
    "company another party succeeded",
    matches=[
        "Acme Tools Co., a wholly-owned subsidiary of the ",
        "an affiliate of ",
        "those subsidiaries of the ",
        "each of the affiliates of ",
        "Lakeshore Bank, N.A., successor by merger to ",
        "Granite Trust Company, successor-in-interest to ",
        "and Redfield National Bank, as successor by merger with ",
        "between Borrower and the holders of the capital stock of ",
    ],
    rejects=["Acme Tools Co. and the ", "by and among ", "and its successors and assigns, and "],
)

#: "Tollgrave Partners LP, as collateral agent for the Purchasers": the class a party's
#: capacity acts for, a party to the listed agreement only where the list names it as one too
#: ("among the Borrower, the Lenders and Beta Bank, as agent for the Lenders")
_ACTS_FOR_BEFORE = rule(
    "underlying.acts_for_before",
    r"(?i)\b(?:agent|trustee|representative|nominee|custodian)\s+for\s+(?:the\s+)?"
    r"(?:benefit\s+of\s+(?:the\s+)?)?$",
    reads="the words before a name in a party list: the class a party's capacity acts for",
    matches=[
        "and Harbor Trust Company, as collateral agent for the ",
        "Beta Bank, as administrative agent for the benefit of the ",
    ],
    rejects=["Acme Tools Co. and the ", "as agent, and the "],
)


def _masked(text: str, start: int, end: int) -> str:
    """``text[start:end]`` with parenthetical asides blanked (offsets kept)."""
    return _PAREN.sub(lambda m: " " * len(m.group()), text[start:end])


def _full_stop(name: str) -> bool:
    """ "... and the Administrative Agent.": a full stop, not an abbreviation ("Inc.", "Jr.")."""
    last = name.rsplit(None, 1)[-1].rstrip(".").lower().replace(".", "")
    return name.endswith(".") and len(last) > 1 and last not in TERMINAL_SUFFIXES | {"jr", "sr"}


def _at_line_start(text: str, pos: int) -> bool:
    """Whether only spaces stand between the previous line break and ``pos``."""
    line_start = text.rfind("\n", 0, pos) + 1
    return not text[line_start:pos].strip()


def _runs(text: str, start: int, end: int) -> list[NameRun]:
    """Name runs of a list outside parentheses, as offsets into ``text``."""
    out = []
    for r in name_runs(_masked(text, start, end)):
        label = _LIST_LABEL.match(r.text)
        if label is None and _at_line_start(text, start + r.start):
            label = _BARE_LABEL.match(r.text)
        cut = label.end() if label else 0
        if _OWNER_BEFORE.search(text, max(0, start + r.start - 40), start + r.start):
            continue
        if TRADE_NAME.search(text, max(0, start + r.start - 60), start + r.start):
            continue  # "Greenfield Snacks Co., formerly known as Greenfield Chips, Inc.": one party
        if (
            _ACTS_FOR_BEFORE.search(text, max(0, start + r.start - 60), start + r.start)
            and r.text not in text[start : start + r.start]
        ):
            continue  # the class an agent acts for, which the list does not name as a party
        if is_capacity(text, start + r.start):
            continue  # "..., Individually and as Agent": the role of the name before
        end = r.end - 1 if _full_stop(r.text) else r.end
        end = individually_cut(text, start + r.start, start + end) - start
        out.append(
            NameRun(r.start + start + cut, end + start, text[r.start + start + cut : end + start])
        )
    return out


def _mentions(ctx: DocContext) -> list[tuple[str, re.Pattern[str]]]:
    """(ref, pattern of its title or alias) for every mentioned agreement or instrument."""
    out = []
    for ref, e in ctx.collector.entities.items():
        if e.label not in ("Agreement", "Instrument") or ref == ctx.self_ref or e.contained:
            continue
        title = e.props.get("title")
        for name in {n for n in (title, *e.aliases) if isinstance(n, str) and len(n) > 3}:
            words = re.findall(r"[\w#]+", name)
            if len(words) < 2 and not isinstance(title, str):
                continue
            pat = r"\b" + r"\W+".join(re.escape(w) for w in words) + r"\b"
            # a one-word term ("the Agreement") names the agreement only as capitalised
            out.append((ref, re.compile(pat, re.IGNORECASE if len(words) > 1 else 0)))
    return out


def _definition_of(ctx: DocContext, term: str) -> Definition | None:
    key = norm_term(term)
    for d in find_definitions(ctx.text):
        if d.style == "paren" and norm_term(d.term) == key:
            return d
    return None


#: ", as Administrative Agent": the role a list gives the name before it.
_AS_ROLE = rule(
    "underlying.as_role",
    r"\s*,?\s*(?:(?i:individually)\s+and\s+)?as\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})",
    reads="right after a name in a party list: the role it is named in",
    matches=[
        passage(", as Administrative Agent for the Lenders", match=", as Administrative Agent"),
        passage(" as the Collateral Agent", match=" as the Collateral Agent"),
        passage(" Individually and as Agent, and", match=" Individually and as Agent"),
    ],
    rejects=[", and the Lenders", " as amended"],
    mode="match",
)
#: ", as borrower": the capacity a report's list gives a defined term ("among the Company, as
#: borrower, ..."), in lower case; a term names the party, this its role in the listed agreement.
_AS_LOWER_ROLE = rule(
    "underlying.as_lower_role",
    r"\s*,\s*as\s+(?:an?\s+|the\s+)?(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)(?=\s*[,;.]|\s+and\b)",
    reads="right after a defined term in a party list: the lower-case role it is named in",
    matches=[
        passage(", as borrower, the Guarantors", role="borrower"),
        passage(", as administrative agent, and", role="administrative agent"),
    ],
    rejects=[" as amended", " as borrower,", ", as Borrower,"],
    mode="match",
)


_CAPACITY_HEAD = r"(?:[\w-]+\s+){0,3}?(?:agent|arranger|bookrunner|book-runner|manager)s?\b"
#: ", as co-syndication agents", "as a co-lead arranger and the sole bookrunner": the capacity a
#: recital's list of the recited agreement's parties gives the name before it (a syndicate's
#: agents and arrangers), in lower case as often as not; none of these capacities lends.
_AS_CAPACITY = rule(
    "underlying.as_capacity",
    rf"\s*,?\s*as\s+(?P<role>(?:(?:an?|the)\s+)?{_CAPACITY_HEAD}"
    # "and" with no comma joins the capacities of one name ("as a co-lead arranger and the sole
    # bookrunner"); ", and" goes on to the list's next party ("..., and the Agent")
    rf"(?:\s+and\s+(?:(?:an?|the)\s+)?{_CAPACITY_HEAD})*)",
    re.IGNORECASE,
    reads="right after a name in a recited agreement's party list: the agent's or arranger's "
    "capacity it is named in",
    matches=[
        passage(", as co-syndication agents, Wexley", role="co-syndication agents"),
        passage(
            ", as a co-lead arranger and the sole bookrunner, and",
            role="a co-lead arranger and the sole bookrunner",
        ),
        passage(
            ", as joint lead arrangers and joint book-running managers, entered",
            role="joint lead arrangers and joint book-running managers",
        ),
        passage(", as administrative agent for the Lenders", role="administrative agent"),
        passage(", as co-documentation agents, and the Agent are", role="co-documentation agents"),
    ],
    rejects=[", as a Lender", " as amended", ", and the Lenders", ", as borrower"],
    mode="match",
)
#: what stands between two names of a list that one plural capacity follows: a comma, "and"
_CAPACITY_JOIN = re.compile(r"\s*,?\s*(?:and\s+)?")
#: an article opening one capacity of several ("a co-lead arranger and the sole bookrunner")
_ARTICLE = re.compile(r"(?i)^(?:an?|the)\s+")


def _capacity(text: str, at: int) -> tuple[str, bool] | None:
    """The capacity stated right after a name ending at ``at`` (each of several, singular,
    joined by "and"), and whether it was written in the plural."""
    m = _AS_CAPACITY.match(text, at)
    if m is None:
        return None
    parts = [_ARTICLE.sub("", p.strip()) for p in re.split(r"\s+and\s+", m["role"])]
    roles = [role_of(p) or p for p in parts]
    return " and ".join(roles), is_plural_term(parts[-1].split()[-1])


def _own_term(ctx: DocContext, role: str) -> bool:
    """Whether this document defines ``role`` as a term ('"Administrative Agent" means ...')."""
    quoted = rf"[\"\u201c]{re.escape(role)}s?[\"\u201d]"
    return bool(ctx.lookup(role)) or re.search(quoted, ctx.text, re.IGNORECASE) is not None


def _capacities(ctx: DocContext, pieces: list[NameRun]) -> dict[int, str]:
    """The capacity the list states for each piece: its own, or one written once in the plural
    after the names an "and" or a comma joins to it ("Bank of America, N.A. and Citicorp North
    America, Inc., as syndication agents": both are), back to a term or a name set apart."""
    out: dict[int, str] = {}
    for i, piece in enumerate(pieces):
        stated = _capacity(ctx.text, piece.end)
        if stated is None or any(_own_term(ctx, r) for r in stated[0].split(" and ")):
            # "Beta Bank, as administrative agent", where "Administrative Agent" is a term of
            # this document for its own agent: a capacity that would read as that party's
            continue
        out[i] = stated[0]
        j = i
        while stated[1] and j > 0:
            prev = pieces[j - 1]
            if (
                j - 1 in out
                or not is_org_name(prev.text)
                or only_roles(prev.text)
                or not _CAPACITY_JOIN.fullmatch(ctx.text, prev.end, pieces[j].start)
            ):
                break
            out[j - 1] = stated[0]
            j -= 1
    return out


#: a defined term that names a document, never a party ("Placement Agency Agreement")
_DOCUMENT_TERM = rule(
    "underlying.document_term",
    r"(?i)\b(?:agreement|amendment|notes?|warrants?|indenture|lease|guaranty|guarantee"
    r"|debentures?)$",
    reads="a defined term closing a party list's description: the name of a document",
    matches=["Placement Agency Agreement", "Series B Notes", "Parent Guaranty"],
    rejects=["Placement Agent", "Lessee", "Agreement Holdings"],
)


#: the heads of a joint term's role that each party it joins holds ("the "Banks"", "the
#: "Borrowers""), unlike a group's ("the "Loan Parties"": the Borrower is no "Loan Party" role)
_MEMBER_HEADS = frozenset({"bank", "lender", "borrower", "co-borrower", "guarantor"})


def _held_by_each(role: str | None) -> bool:
    return bool(role) and str(role).split()[-1].lower() in _MEMBER_HEADS


def _resolve(ctx: DocContext, run: NameRun) -> list[tuple[str, str | None]]:
    """The parties a name or defined term in a party list names, with the role it gives.

    A defined term is looked up in this document; a role term nobody defined yet ("the
    Holder") names the party that is party to this agreement in that role; an undefined
    term defined later in the recitals ("iCoreConnect, Inc. ("Borrower")") names the
    organisation before its parenthesis; a new organisation name is a new party."""
    role = role_of(run.text)
    refs = [r for r in ctx.lookup(run.text) if _is_party(ctx, r)]
    if not refs and role and ctx.self_ref:
        # "the Company" the other agreement defines is, where this one names no party so,
        # its one borrower ("among Company and the holders ... under which Company issued")
        wanted = [role] if norm_term(role) != "company" else [role, "Borrower"]
        for want in wanted:
            refs = refs or [
                rel.source
                for rel in ctx.collector.relations.values()
                if rel.type == "PARTY_TO"
                and rel.target == ctx.self_ref
                and has_role(rel.props.get("role"), want)
            ]
        refs = refs if len(set(refs)) == 1 or norm_term(role) != "company" else []
    if not refs and role and (d := _definition_of(ctx, run.text)):
        # "those subsidiaries of the Company set forth on Exhibit A (the "Subsidiary
        # Borrowers")": the company the members of a class belong to is none of them (a
        # singular term names the company itself: "subsidiaries of Acme Corp. (the
        # "Borrower")")
        last = d.term.split()[-1]
        owned = is_plural_term(last.title() if last.isupper() else last)  # "BORROWERS" too
        orgs = [
            r
            for r in org_runs(ctx, d.antecedent_start, d.clause_start)
            if not _DESCRIBED.search(ctx.text, max(0, r.start - 8), r.start)
            and not (owned and _OWNER_BEFORE.search(ctx.text, max(0, r.start - 40), r.start))
        ]
        if orgs:
            # the descriptor between the name and the term ("Corbel Holdings Corp., an
            # Indiana corporation (the "Borrower")") states the company's form
            org = orgs[-1]
            form = stated_form(ctx.text, org.end, d.clause_start)
            refs = [
                add_party(ctx, org.text, org.start, d.clause_end, props=form, aliases=(d.term,))
            ]
            # ("Chase", collectively with Fleet, the "Banks"): a joint term the recital uses
            # before the joint terms are read names the parties it joins too
            joined = [r for r in joined_with(ctx, d) if r not in refs]
            ctx.define(d.term, *refs, *joined)
            if joined:
                member = role if _held_by_each(role) else None
                return [(r, role) for r in refs] + [(r, member) for r in joined]
    if not refs and (role or _defined_further_on(ctx.text, run)):
        # '"Guarantor" means Alder Ridge Holdings, LLC, a Colorado limited liability company':
        # a role term the definitions give one company by name (read before the guarantors are);
        # so a short name they define further on ("among Loyalty Management, the guarantors
        # ...", then '"Loyalty Management" means Loyalty Management Group Canada Inc., an
        # Ontario corporation': the definitions run in alphabetical order)
        refs = company_for_term(ctx, run.text)
    if refs:
        stated = _AS_LOWER_ROLE.match(ctx.text, run.end, min(len(ctx.text), run.end + 60))
        role = (role_of(stated["role"]) if stated else None) or role
        return [(r, role) for r in refs]
    if norm_term(run.text) in ctx.terms:
        return []
    after = ctx.text[run.end : run.end + 120]
    as_role = _AS_ROLE.match(after)
    term = next(
        (
            d
            for d in find_definitions(ctx.text)
            if d.style == "paren"
            and run.end <= d.clause_start <= run.end + len(after)
            and not ctx.text[run.end : d.clause_start].strip(" ,").count(",")
            # "... between the Company and X, as placement agent (the "Placement Agency
            # Agreement")": the term closes the agreement's description, it names no party
            and not _DOCUMENT_TERM.search(d.term)
        ),
        None,
    )
    person = looks_like_person(run.text) and term is not None and term.clause_start - run.end < 3
    # "among Company and other parties": a role word the other agreement defines names no
    # new party here
    if not (is_org_name(run.text) or person) or only_roles(run.text):
        return []
    role = role_of(as_role.group(1)) if as_role else None
    role = role or (role_of(term.term) if term else None)
    end = term.clause_end if term else run.end
    ref = add_party(
        ctx,
        run.text,
        run.start,
        end,
        kind="person" if person else None,
        # the descriptor before the term states the company's form ("..., a Texas
        # corporation (hereinafter called "Borrower")"); add_party reads only past ``end``
        props=stated_form(ctx.text, run.end, term.clause_start) if term else None,
        aliases=(term.term,) if term else (),
    )
    if term and not ctx.lookup(term.term):
        ctx.define(term.term, ref)
    return [(ref, role)]


def _defined_further_on(text: str, run: NameRun) -> bool:
    """Whether the text quotes the run's words as a term after the run ('"Loyalty
    Management" means ...' below its use in another definition)."""
    quoted = re.compile(rf"[\"\u201c]{re.escape(run.text)}[\"\u201d]")
    return quoted.search(text, run.end) is not None


def _is_party(ctx: DocContext, ref: str) -> bool:
    e = ctx.collector.get(ref)
    return e is not None and e.label == "Party"


_TERM_LIST = rule(
    "underlying.term_list",
    r"\s*(?:,\s*(?:and\s+)?|\band\s+|&\s*)(?:the\s+)?",
    reads="a name run in a party list: the joints between defined terms ('Bank and Borrowers')",
    matches=[
        passage("Bank and Borrowers", match=" and "),
        passage("Company, and the Holder", match=", and the "),
        passage("Kelley Drye & Warren", match=" & "),
    ],
    rejects=["Acme Holdings Inc"],
)


def _pieces(ctx: DocContext, run: NameRun) -> list[NameRun]:
    """ "Bank and Borrowers", "Company and the Holder": defined terms that read as one run
    are split, as is a defined term joined to a company's name ("Lender and Acme LLC"); a
    name such as "Kelley Drye & Warren" is kept whole, as is the name of a party the document
    already knows ("Cumberland Valley Bank and Trust Company")."""
    if ctx.lookup(run.text) or party_ref(display_name(ctx, run.text)) in ctx.collector.entities:
        return [run]
    out, pos = [], run.start
    for m in [*_TERM_LIST.finditer(ctx.text, run.start, run.end), None]:
        end = m.start() if m else run.end
        out.append(NameRun(pos, end, ctx.text[pos:end]))
        pos = m.end() if m else pos
    out = _suffixes_joined(ctx.text, out)
    if len(out) == 1:
        return [run]  # "MERISEL, INC." where "Merisel" is a term: one company, cut at its suffix
    terms = [p for p in out if ctx.lookup(p.text) or role_of(p.text)]
    if len(out) > 1 and len(terms) == len(out):
        return terms
    # "Lender and Northwind Operating LLC ... are parties to": a defined party and a new name
    defined = [p for p in out if ctx.lookup(p.text)]
    named = [p for p in out if p not in defined and is_org_name(p.text)]
    if len(out) > 1 and defined and named and len(defined) + len(named) == len(out):
        return out
    return _term_and_name(ctx, run, out)


def _term_and_name(ctx: DocContext, run: NameRun, out: list[NameRun]) -> list[NameRun]:
    """ "among ... certain Affiliates of said Borrowers and Bank of Ontario as Lender": a role
    word of the other agreement, no term of this one, joined to a bank's name is no part of
    it (the bank alone); "between Birchwood and Lakeside Trust and Savings Bank", where
    '"Birchwood" means Birchwood Mills, Inc.': the term's company, and the name after it."""
    if len(out) < 2:
        return [run]
    first, rest = out[0], NameRun(out[1].start, run.end, ctx.text[out[1].start : run.end])
    if not is_org_name(rest.text) or only_roles(rest.text):
        return [run]
    if role_of(first.text) and only_roles(first.text) and not ctx.lookup(first.text):
        return [rest]
    if not role_of(first.text) and company_for_term(ctx, first.text):
        return [first, rest]  # the term now stands for its company
    return [run]


#: the suffix of a national bank's name, cut off by its comma: "Wells Fargo Bank, National
#: Association, as trustee" is one bank
_NATIONAL_ASSOCIATION = rule(
    "underlying.national_association",
    r"\s*National\s+Association\s*$|\s*NATIONAL\s+ASSOCIATION\s*$",
    reads="a piece of a party list: only the suffix of a national bank's name",
    matches=["National Association", " NATIONAL ASSOCIATION"],
    rejects=["National Association of Securities Dealers", "Fargo Bank"],
    mode="match",
)


def _suffixes_joined(text: str, pieces: list[NameRun]) -> list[NameRun]:
    """The pieces with a company suffix the comma cut off joined back to the name before it:
    "the Borrower and Quarry Ridge Supply, Inc." is "Borrower" and "Quarry Ridge Supply, Inc."
    (not three pieces, nor one run); so is a national bank's "National Association"."""
    out: list[NameRun] = []
    for p in pieces:
        if out and (set(words(p.text)) <= TERMINAL_SUFFIXES or _NATIONAL_ASSOCIATION.match(p.text)):
            prev = out.pop()
            p = NameRun(prev.start, p.end, text[prev.start : p.end])
        out.append(p)
    return out


#: "... among Halvern Media, Inc., those Subsidiaries identified as a "Guarantor" on the
#: signature pages thereto and ...": a class the other agreement's own signature pages name,
#: never the parties this document gives the term
_OTHER_PAGES_CLASS = rule(
    "underlying.class_of_other_signature_pages",
    r"[\"\u201d]?\s+(?:on|in)\s+the\s+signature\s+pages?\s+(?:thereto|thereof|to\s+(?:the|such)\s)",
    reads="a mentioned agreement's party list: a term the other agreement's signature pages "
    "define (after the term)",
    matches=[
        passage('" on the signature pages thereto and', match='" on the signature pages thereto'),
        passage(
            " on the signature page to such agreement", match=" on the signature page to such "
        ),
    ],
    rejects=['" on the signature pages hereto', ", as administrative agent"],
    mode="match",
)


#: "... the Credit Agreement dated as of October 2, 2007 among Halvern Media, Inc., the Banks
#: named therein and ...": a class the other agreement itself lists. Unless that agreement is
#: this one (a note's "the Credit Agreement ... among the Borrower, the Lenders named therein")
#: or one it amends (whose lenders carry over), its members are that agreement's, never the
#: parties this document gives the term.
_CLASS_NAMED_THEREIN = rule(
    "underlying.class_named_therein",
    r"\s+(?:(?:from\s+time\s+to\s+time\s+)?(?:named|listed|identified|described)"
    r"|referred\s+to)\s+therein\b",
    reads="a mentioned agreement's party list: a term the other agreement itself lists (after "
    "the term)",
    matches=[
        passage(" named therein and", match=" named therein"),
        passage(" from time to time listed therein,", match=" from time to time listed therein"),
        passage(" referred to therein", match=" referred to therein"),
    ],
    rejects=[" named herein", " named on the signature pages hereto", ", as agent therein"],
    mode="match",
)


#: "an executed Assignment Agreement entered into between a Lender and an Eligible Assignee": a
#: party list of indefinite roles describes the form any such agreement takes, never who signed
#: a particular one
_INDEFINITE_LIST = rule(
    "underlying.indefinite_list",
    r"(?:an?|any|each)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s*,?\s+(?:and|or)\s+"
    r"(?:an?|any|each|such)\s+[A-Z]",
    reads="right after 'between' or 'among': a list of indefinite roles (no particular parties)",
    matches=[
        passage("a Lender and an Eligible Assignee pursuant", match="a Lender and an E"),
        passage("any Bank and any Purchaser", match="any Bank and any P"),
    ],
    rejects=["the Borrower and the Bank", "Acme Corp. and a Lender", "a Delaware corporation"],
    mode="match",
)


def _link(
    ctx: DocContext,
    runs: list[NameRun],
    target: str,
    evidence: Span,
    first: int | None = None,
) -> None:
    """Each piece of the list is party to ``target``, in the role the list gives it; with
    ``first``, only the pieces of its first runs and those the list names in a capacity of their
    own (the
    counterparties after "with": "with the Lenders, the Administrative Agent, Ashby-Lowe
    Commercial Bank, as syndication agent, and ...")."""
    split = [(n, p) for n, r in enumerate(runs) for p in _pieces(ctx, r)]
    pieces = [p for _, p in split]
    capacities = _capacities(ctx, pieces)
    # a party the list names twice ("the Lenders, ..., Pembury Bank, as syndication agent")
    # holds each role, its own before its class's
    stated: dict[str, list[str]] = {}
    named: dict[str, list[tuple[bool, str | None]]] = {}
    for i, (n, run) in enumerate(split):
        if _OTHER_PAGES_CLASS.match(ctx.text, run.end):
            continue
        if _CLASS_NAMED_THEREIN.match(ctx.text, run.end) and not _own_or_amended(ctx, target):
            continue
        if first is not None and n >= first and i not in capacities:
            continue
        resolved = _resolve(ctx, run)
        for ref, role in resolved:
            named.setdefault(ref, []).append((len(resolved) > 1, role))
            if not role and i in capacities:
                stated.setdefault(ref, []).append(capacities[i])
    for ref, held in named.items():
        # its capacities, then the role the list names it in first: its own before its class's
        given = [r for _, r in sorted(held, key=lambda h: h[0]) if r][:1]
        role = " and ".join(dict.fromkeys([*stated.get(ref, []), *given]))
        ctx.collector.relate("PARTY_TO", ref, target, evidence, {"role": role} if role else {})


def _own_or_amended(ctx: DocContext, target: str) -> bool:
    """Whether ``target`` is this agreement or one it AMENDS: the agreements whose listed
    classes ("the Lenders named therein") are this document's own."""
    own = ctx.self_ref or ""
    return target == own or ("AMENDS", own, target) in ctx.collector.relations


def _list_after(ctx: DocContext, start: int, limit: int) -> list[NameRun]:
    """The names of a party list that starts at ``start`` and ends with its clause."""
    stop = _CLAUSE_END.search(_masked(ctx.text, start, limit))
    return _runs(ctx.text, start, start + stop.start() if stop else limit)


def _body_regions(
    text: str,
    start: int,
    end: int,
    mentions: list[tuple[str, re.Pattern[str]]],
    recited: frozenset[str] = frozenset(),
) -> list[tuple[int, int]]:
    """The paragraphs of ``text[start:end]`` where a mentioned agreement is followed by "among"
    or "between" (a legend, a definition or a condition naming its parties), or, for one of the
    ``recited`` agreements within :data:`_UNHEADED_REACH` of ``start``, follows "are parties to"
    (a recital under no "WHEREAS" or "Recitals" heading: "The Borrower and the Bank are parties
    to a Loan Agreement dated ..."). Only these are split into sentences, so a long agreement is
    not parsed whole."""
    found: list[tuple[int, int]] = []
    for target, pattern in mentions:
        for m in pattern.finditer(text, start, end):
            after = _LIST_CUE.search(text, m.end(), min(end, m.end() + 400))
            if after or (target in recited and _unheaded_recital(text, start, m.start())):
                a = text.rfind("\n\n", max(start, m.start() - 2000), m.start())
                b = text.find("\n\n", m.end(), min(end, m.end() + 2000))
                found.append(
                    (
                        a + 2 if a >= 0 else max(start, m.start() - 2000),
                        b if b >= 0 else min(end, m.end() + 2000),
                    )
                )
    merged: list[tuple[int, int]] = []
    for a, b in sorted(found):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


#: How far below the preamble a recital under no heading may name a mentioned agreement's
#: parties: the paragraphs that open the document, not its covenants' "a Responsible Officer
#: that is a party to the Validity Guaranty".
_UNHEADED_REACH = 1500


#: "... that is a party to": a relative clause, whose subject is no list of the parties
_RELATIVE = re.compile(r"(?i)\b(?:that|which|who)\s+$")


def _unheaded_recital(text: str, start: int, at: int) -> bool:
    """Whether the mention at ``at`` follows "are parties to" in the opening paragraphs below
    ``start`` (the preamble's end), as a recital's subject list."""
    if at - start > _UNHEADED_REACH:
        return False
    cue = _SUBJECT_CUE.search(text, max(start, at - 80), at)
    return cue is not None and not _RELATIVE.search(text, max(0, cue.start() - 12), cue.start())


def _statements(
    ctx: DocContext,
    regions: list[tuple[int, int]],
    mentions: list[tuple[str, re.Pattern[str]]],
) -> None:
    text = ctx.text
    if not mentions:
        return
    spans = [se for a, b in regions for se in sentences(text, a, b)]
    for s, e in spans:
        found = [(t, m) for t, pattern in mentions for m in pattern.finditer(text, s, e)]
        for target, m in found:
            if _TITLE_TAIL.search(text, max(s, m.start() - 40), m.start()) or _inside(m, found):
                continue
            if _dated_otherwise(ctx, target, m.end(), e):
                continue
            ev = ctx.span(s, e)
            cue = _SUBJECT_CUE.search(text, s, m.start())
            if cue:
                _link(ctx, _runs(text, s, cue.start()), target, ev)
                if w := _COUNTERPARTY.search(text, m.end(), e):
                    stop = _CLAUSE_END.search(text, m.end(), e)
                    if stop is None or stop.start() > w.start():
                        # "has entered into ... with the Lender"; "is party to ... with the
                        # lenders ..., the Agent, Ashby Bank, as syndication agent, and ...":
                        # the first counterparty, and those named in a capacity of their own
                        _link(ctx, _list_after(ctx, w.end(), e), target, ev, first=1)
            near = text[m.end() : min(e, m.end() + 400)]
            obj = _OBJECT_CUE.match(text, m.end(), e) if _LIST_CUE.search(near) else None
            if (
                obj
                and not _names_another(ctx, obj.group(), target)
                and not _INDEFINITE_LIST.match(text, obj.end())
            ):
                _link(ctx, _list_after(ctx, obj.end(), e), target, ev)


def _inside(m: re.Match[str], found: list[tuple[str, re.Match[str]]]) -> bool:
    """Whether a mentioned title is part of a longer one mentioned at the same place ("Pledge
    Agreement" in "the Guarantee and Pledge Agreement dated ... among ...")."""
    return any(
        o.start() <= m.start() and m.end() <= o.end() and o.end() - o.start() > m.end() - m.start()
        for _, o in found
    )


#: ", dated as of March 1, 2005", "(the "Loan Agreement") dated": the words that date a
#: mentioned agreement right after its title.
_DATED_AFTER = rule(
    "underlying.dated_after_mention",
    r"\s*,?\s*(?:\([^()]{0,80}\)\s*,?\s*)?dated(?:\s+as\s+of|\s+on)?\s+",
    reads="right after a mentioned agreement's title: the words before the date it bears",
    matches=[
        passage(", dated as of March 1, 2005", match=", dated as of "),
        passage(
            ' (the "Loan Agreement") dated June 3, 2011', match=' (the "Loan Agreement") dated '
        ),
    ],
    rejects=[" among Acme, Inc. and Beta LLC", ", as amended, dated"],
    mode="match",
)


def _dated_otherwise(ctx: DocContext, target: str, at: int, end: int) -> bool:
    """ "Credit Agreement, dated as of March 1, 2005, among ...": a mention that bears
    another date than the agreement of that title ``target`` names another agreement of the
    same title (the document mentions two credit agreements), whose parties these are not.
    A mention of the document's own agreement (its title and date in the preamble) is not
    another one: the parties of a restatement are those of the agreement it restates. But
    when the own agreement bears the very title of ``target`` ("Credit Agreement" dated 1998,
    a schedule's "Credit Agreement ... dated as of August 28, 1987"), the mention at the own
    date is the own agreement, and its parties are not those of the older one."""
    entity = ctx.collector.get(target)
    date = entity.props.get("date") if entity else None
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    dated = _DATED_AFTER.match(ctx.text, at, end)
    if not date or dated is None:
        return False
    written = find_dates(ctx.text, dated.end(), min(end, dated.end() + 40))
    if not written or written[0].start != dated.end() or written[0].iso == date:
        return False
    if own is None or written[0].iso != own.props.get("date"):
        return True
    titles = {norm_term(str(e.props.get("title") or "")) for e in (own, entity) if e is not None}
    return len(titles) == 1 and "" not in titles


_QUOTED = rule(
    "underlying.quoted_term",
    r"[\"\u201c]([^\"\u201c\u201d]{1,60})[\"\u201d]",
    reads="the gap between a mentioned agreement and its party list: a defined term it quotes",
    matches=[
        passage(
            ', and Amendment No. 7 dated as of November 21, 2002 (the "Credit Agreement"), ',
            match='"Credit Agreement"',
        ),
        passage("(the \u201cLoan Agreement\u201d)", match="\u201cLoan Agreement\u201d"),
    ],
    rejects=[", dated as of May 1, 2010, "],
)


def _names_another(ctx: DocContext, gap: str, target: str) -> bool:
    """ "..., and Amendment No. 7 dated as of November 21, 2002 (the "Credit Agreement"),
    among ...": the term between a mention and its party list names the agreement the chain
    amends, so the parties are that agreement's, not the last amendment's."""
    for q in _QUOTED.finditer(gap):
        refs = ctx.lookup(q.group(1))
        if refs and target not in refs:
            return True
    return False


def carry_over(ctx: DocContext, only: str | None = None) -> None:
    """The parties to this amendment, in their roles, are parties to what it amends; a
    guarantor of the amendment is not where the text names the amended agreement's parties
    without it ("the Borrower and the Bank are parties to the Credit Agreement": the guarantor
    is party to its guaranty). With ``only``, to that amended agreement alone: a title's base
    ("Credit Agreement Modification") is known only once the exhibits are read."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    # only what changes an earlier agreement: a guarantee only refers to one
    if own is None or own.props.get("kind") not in AMENDING_KINDS:
        return
    rels = list(ctx.collector.relations.values())
    members = [
        r
        for r in rels
        if r.type == "PARTY_TO" and r.target == ctx.self_ref and _carries(ctx, r.source, r.props)
    ]
    for amends in rels:
        if amends.type != "AMENDS" or amends.source != ctx.self_ref:
            continue
        if only is not None and amends.target != only:
            continue
        if not members:
            _adopt(ctx, amends.target, rels)
        stated = {s.source for s in rels if s.type == "PARTY_TO" and s.target == amends.target}
        for r in members:
            role = r.props.get("role")
            if stated and r.source not in stated and _guarantor_only(role):
                continue  # the text names the amended agreement's parties, and not this one
            ctx.collector.relate(
                "PARTY_TO",
                r.source,
                amends.target,
                amends.evidence[0],
                {"role": role} if role else {},
            )


def _adopt(ctx: DocContext, amended: str, rels: list[RelationRecord]) -> None:
    """An amendment "between Company and Holder (each as defined below)" whose preamble
    names nobody is made by the parties the text gives to the agreement it amends."""
    for r in rels:
        if r.type == "PARTY_TO" and r.target == amended and r.props.get("role"):
            ctx.collector.relate("PARTY_TO", r.source, ctx.self_ref or "", r.evidence[0], r.props)


def _guarantor_only(role: object) -> bool:
    """Whether a role is a guarantor's in every capacity it joins ("Guarantor", "Subsidiary
    Guarantor", "Existing Guarantor": the head word is the capacity; "Subsidiary Guarantor and
    Pledgor" is not)."""
    return isinstance(role, str) and all(
        norm_term(singular(p)).split()[-1:] == ["guarantor"] for p in role.split(" and ")
    )


#: the classes of the deal's credit supporters a company signs an amendment in ("LOAN
#: PARTIES:", "CREDIT PARTIES:", "OBLIGORS:", "as a Credit Support Party"): the borrower is
#: one of them only in its own role
_SUPPORT_CLASSES = ("Loan Party", "Credit Party", "Obligor", "Credit Support Party")


def _support_only(role: object) -> bool:
    """Whether every capacity of a role is a guarantor's or a credit supporters' class's."""
    return isinstance(role, str) and all(
        has_role(p, "Guarantor") or any(has_role(p, c) for c in _SUPPORT_CLASSES)
        for p in role.split(" and ")
    )


def _carries(ctx: DocContext, ref: str, props: Mapping[str, object]) -> bool:
    """Only a party the amendment names in a role carries over: one that merely signs or
    acknowledges it ("Acknowledged and agreed:") need not be party to what it amends, nor
    need a guarantor or a "Loan Party" named only where it signs (a subsidiary consenting as
    guarantor is party to its guaranty, not to the credit agreement)."""
    role = props.get("role")
    if _support_only(role) and not _named_before_signatures(ctx, ref):
        return False
    return _is_party(ctx, ref) and role is not None


def _named_before_signatures(ctx: DocContext, ref: str) -> bool:
    sig = analyze(ctx.text).signatures
    e = ctx.collector.get(ref)
    return sig is None or (e is not None and any(sp.start < sig.start for sp in e.evidence))


#: how much of a letter after its salutation opens it (its first paragraphs)
_LETTER_OPENING = 1200


def extract_underlying_parties(ctx: DocContext) -> None:
    """PARTY_TO edges to the mentioned agreements: party statements, then carry-over."""
    if ctx.self_ref is None:
        return
    st = analyze(ctx.text)
    if st.preamble is not None:
        opening = max(st.preamble.end, st.recitals.end if st.recitals else 0)
        mentions = _mentions(ctx)
        # a legend above the title ("... is subject to the Intercreditor Agreement ..., by and
        # among ...") and the body's definitions and conditions state parties too
        legend = _body_regions(ctx.text, 0, st.preamble.start, mentions)
        # an agreement the own one amends takes its parties, in their capacities, by carry-over
        amended = {
            k[2] for k in ctx.collector.relations if k[0] == "AMENDS" and k[1] == ctx.self_ref
        }
        recited = frozenset(t for t, _ in mentions if t not in amended)
        body = _body_regions(ctx.text, opening, st.main_end, mentions, recited)
        _statements(ctx, [*legend, (st.preamble.start, opening), *body], mentions)
    elif (salutation := SALUTATION.search(ctx.text, 0, SALUTATION_WINDOW)) is not None:
        # a letter: its "Re:" line and its opening paragraphs name the agreement it concerns
        # and that agreement's parties ("Re: Loan Agreement dated ... between A and B")
        mentions = _mentions(ctx)
        head = (0, min(len(ctx.text), salutation.end() + _LETTER_OPENING))
        body = _body_regions(ctx.text, head[1], st.main_end, mentions)
        _statements(ctx, [head, *body], mentions)
    carry_over(ctx)
