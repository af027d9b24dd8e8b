"""The agreement a report filed with the SEC announces: the subject of a Form 8-K.

A current report's Item 1.01 (else 2.03, else 1.02) says which agreement the registrant entered into
("On March 9, 2012, X entered into a Credit Agreement (the "Credit Agreement") with Y, as
administrative agent, and the lenders party thereto"); :mod:`ingest.reports` finds that
sentence and :mod:`ingest.structure` takes it for the report's preamble. This module reads the
agreement it names: title, kind, date and the term the report gives it.

Why the agreement is the report's subject but not *contained*: ``docs/product.md`` defines
``CONTAINS`` as "the document holds that agreement's own text", and the "as amended" view reads
a containing document's evidence as the agreement's original wording; a report only
summarises an agreement filed elsewhere (an exhibit). So the announced agreement is a mentioned
node, like any agreement a document refers to, that the rules of the preamble make the parties
party to (``ctx.self_ref``): a user finds the agreement, its parties and roles and its date,
each citing the report's sentence, and the node merges with the agreement's own exhibit when
that is ingested (identity is kind, title and date). The Document itself carries the report's
form ("8-K", :attr:`ingest.records.Extraction.report_form`), so it reads as a report, not as
an agreement. A report that announces no agreement (no Item 1.01 or 2.03 entry into one, no
Item 1.02 end of one) says so in its warning.
"""

from __future__ import annotations

import re
import string

from ingest.agreements.kinds import classify, title_case
from ingest.agreements.own_agreement import SELF_REF
from ingest.agreements.titles import title_at
from ingest.context import DocContext, norm_term
from ingest.dates import DateMatch, find_dates
from ingest.defined_terms import definitions_in
from ingest.names import name_runs
from ingest.parties.add import add_party, party_to
from ingest.parties.role_words import role_of
from ingest.parties.spellings import same_organization
from ingest.records import PropValue
from ingest.reports import read_report, registrant, registrant_place, sentence_end

#: A title that names no particular agreement ("Agreement", "Amendment"): never the subject.
_BARE = frozenset(
    ["agreement", "amendment", "note", "notes", "contract", "material definitive agreement"]
)
#: How far after the announcing verb the agreement's title may start ("entered into a 5 year
#: Credit Agreement", "entered into an amended and restated Credit Agreement").
_TITLE_REACH = 160
#: The words that date an agreement right after its title: "..., dated as of April 7, 2015",
#: "made as of", "effective as of" (the effective date only where nothing else dates it).
_DATED = re.compile(
    r"(?i)^[\s,]*(?:\([^()]{0,80}\)[\s,]*)?(?P<cue>dated|made|effective)(?:\s+as\s+of|\s+on)?\s*$"
)
#: A date opening the announcing sentence: "On March 8, 2012, ...", "Effective July 5, 2016, ...".
_OPENING_DATE = re.compile(r"(?i)(?:^|\b(?:on|effective|as\s+of)\s+)$")


#: A facility the report gives a term instead of naming its agreement ("entered into a
#: $325,000,000, five-year, revolving, unsecured credit facility (the "New Credit Facility")"):
#: the agreement that provides it, a credit agreement.
_FACILITY = re.compile(r"(?i)\b(?:credit|loan|revolving|term|borrowing)\s+facilit(?:y|ies)$")


def _kind_of(title: str) -> tuple[str, str] | None:
    """(label, kind) of an announced title: an agreement's, else a credit facility's."""
    return classify(title) or (
        ("Agreement", "credit_agreement") if _FACILITY.search(title) else None
    )


#: An agreement named between a title and a term: the term is that one's ("a Fifth Amendment
#: ... to the Credit Agreement, dated as of ... (the "Credit Agreement")").
_ANOTHER = re.compile(r"(?i)\b(?:agreement|amendment|indenture|note|facility)\b")


def _title(text: str, anchor: int, end: int) -> tuple[str, int, int] | None:
    """The capitalised title the announcement gives the agreement after its verb, else the
    term it defines for it ("a 364-day revolving credit agreement (the "Revolving Credit
    Agreement")", "a revolving credit facility (the "New Credit Facility")")."""
    stop = sentence_end(text, anchor, end)
    for word in re.finditer(
        r"(?<![\w\-])[A-Z0-9]", text[anchor : min(stop, anchor + _TITLE_REACH)]
    ):
        found = title_at(text, anchor + word.start(), stop)
        if found and classify(found[0]) and norm_term(found[0]) not in _BARE:
            return found
    for d in definitions_in(text, anchor, stop):
        if _kind_of(d.term) and norm_term(d.term) not in _BARE:
            return d.term, d.start, d.end
    return None


def _date(text: str, start: int, t_end: int, anchor: int, terminated: bool) -> DateMatch | None:
    """The date the announcement gives the agreement: "dated as of" right after its title,
    else the date the sentence opens with ("On March 8, 2012, ... entered into"; not when the
    sentence reports the agreement's end), else "effective as of" after the title."""
    after = find_dates(text, t_end, min(len(text), t_end + 120))
    cued = [(d, m["cue"].lower()) for d in after if (m := _DATED.match(text[t_end : d.start]))]
    dated = next((d for d, cue in cued if cue != "effective"), None)
    if dated:
        return dated
    opening = [
        d
        for d in find_dates(text, start, anchor)
        if not terminated and _OPENING_DATE.search(text[max(start, d.start - 12) : d.start])
    ]
    if opening:
        return opening[0]
    return cued[0][0] if cued else None


def extract_announced_agreement(ctx: DocContext) -> None:
    """The agreement a report announces, as the document's subject (see the module
    docstring), or the warning that the report announces none."""
    text = ctx.text
    report = read_report(text)
    if report is None:
        return
    ctx.report_form = report.form
    found = _title(text, report.anchor, report.announcement[1]) if report.announcement else None
    if found is None or report.announcement is None:
        ctx.warnings.append(
            f"no agreement found (the document is a Form {report.form} report that announces"
            " no agreement under Item 1.01, 1.02 or 2.03)"
        )
        return
    title, t_start, t_end = found
    cls = _kind_of(title)
    assert cls is not None  # _title only returns titles that classify
    label, kind = cls
    start, end = report.announcement
    props: dict[str, PropValue] = {"title": title_case(title), "kind": kind}
    dated = _date(text, start, t_end, report.anchor, report.terminated)
    if dated:
        props["date"] = dated.iso
    aliases: list[str] = []
    stop = sentence_end(text, report.anchor, end)
    for d in definitions_in(text, t_end, stop):
        # the term it is given right after its title (and its date): (the "Credit Agreement")
        gap = text[t_end : d.clause_start]
        if d.clause_start - t_end < 120 and ")" not in gap and not _ANOTHER.search(gap):
            ctx.define(d.term, SELF_REF)
            if norm_term(d.term) != norm_term(title):
                aliases.append(d.term)
            break
    # the announcing sentence is the agreement's evidence: it says who entered into what, when
    sentence = (min(start, t_start), max(stop, t_end))
    ctx.collector.add(SELF_REF, label, ctx.span(*sentence), props, tuple(aliases))
    if dated and not sentence[0] <= dated.start < sentence[1]:
        ctx.collector.add(SELF_REF, label, ctx.span(dated.start, dated.end))
    ctx.define(title, SELF_REF)
    ctx.self_ref = SELF_REF
    _named_companies(ctx, report.items[0].start if report.items else start, start)
    _entering_parties(ctx, start, report.anchor)


def _named_companies(ctx: DocContext, lo: int, hi: int) -> None:
    """The companies the items name with a term before the announcement ("Republic Airline
    Inc. ("Republic"), a wholly owned subsidiary of Republic Airways Holdings Inc. (the
    "Company")" in an Item 1.01 that points to Item 2.03), so that the announcement's
    "Republic" and "the Company" read them. A company so named is a party only where the
    announcement makes it one (those the announcement itself names, its preamble's reader
    reads)."""
    text = ctx.text
    for d in definitions_in(text, lo, hi):
        registrant_word = norm_term(d.term) in _REGISTRANT_WORDS  # "the Company", no role
        if d.style != "paren" or d.collective or ctx.lookup(d.term):
            continue
        if role_of(d.term) and not registrant_word:
            continue
        runs = name_runs(text, max(lo, d.clause_start - 160), d.clause_start)
        run = runs[-1] if runs else None
        if run is None or not run.is_org or text[run.end : d.clause_start].strip(" ,\n"):
            continue
        if norm_term(run.text) in _REGISTRANT_WORDS:
            continue
        ref = add_party(ctx, run.text, run.start, d.clause_end, kind="organization")
        ctx.define(d.term, ref)
        if norm_term(d.term) != norm_term(run.text):
            ctx.collector.add(ref, "Party", ctx.span(run.start, d.clause_end), aliases=(d.term,))


#: The words a report calls its registrant by without defining them ("the Company entered into").
_REGISTRANT_WORDS = frozenset({"company", "registrant", "corporation"})

#: "X, a wholly owned subsidiary of Y, entered into": Y is named, not a party.
_OWNER = re.compile(r"(?i)\b(?:subsidiary|affiliate|parent|division|unit)\s+of\s+(?:the\s+)?$")


#: The registrant entering into the agreement as "we" ("On March 8, 2012, we entered into").
_WE = re.compile(r"(?<![\w\-])[Ww]e\s+$")
#: The capacity the entering party takes, stated after the agreement's term and before the
#: other parties: "entered into a credit agreement (the "Credit Agreement"), as guarantor, with".
_OWN_ROLE = re.compile(
    r"[^.;()]{0,160}\([^()]{0,80}\)\s*,\s*as\s+(?:an?\s+|the\s+)?(?P<role>[a-z]+(?:\s+[a-z]+)?)"
    r"\s*,\s*with\b"
)


def _entering_parties(ctx: DocContext, start: int, anchor: int) -> None:
    """The companies that enter into the agreement, named before the verb ("On March 9, 2012,
    Acme Inc. (the "Borrower") entered into ..."): parties in the role their term names. The
    preamble's reader starts after "among" or "with", so it would miss them; a company named
    as another's owner ("a subsidiary of Y") is no party."""
    text = ctx.text
    if we := _WE.search(text, start, anchor):
        define_registrant(ctx, "we")
        own = _OWN_ROLE.match(text, anchor, min(len(text), anchor + 2 * _TITLE_REACH))
        role = role_of(own["role"]) if own else None
        for ref in ctx.lookup("we"):
            party_to(ctx, ref, role, we.start(), own.end("role") if own and role else we.end())
    for run in name_runs(text, start, anchor):
        if not run.is_org or _OWNER.search(text, max(start, run.start - 40), run.start):
            continue
        if not ctx.lookup(run.text) and norm_term(run.text) in _REGISTRANT_WORDS:
            define_registrant(ctx, run.text)
        if known := ctx.lookup(run.text):  # "the Company": a term defined above
            for ref in known:
                party_to(ctx, ref, role_of(run.text), run.start, run.end)
            continue
        if norm_term(run.text) in _REGISTRANT_WORDS:
            continue  # a registrant the cover does not name: no party called "Company"
        if role_of(run.text):  # a role word no definition names
            continue
        end = run.end
        term = next(iter(definitions_in(text, run.end, min(anchor, run.end + 40))), None)
        role = None
        if term is not None and not text[run.end : term.clause_start].strip(" ,\n"):
            role, end = role_of(term.term), term.clause_end
        ref = add_party(ctx, run.text, run.start, run.end, kind="organization")
        party_to(ctx, ref, role, run.start, end)


def define_registrant(ctx: DocContext, word: str) -> None:
    """Make ``word`` ("Company") name the registrant of the report's cover, a party cited on
    the cover, so "the Company entered into ..." and "the Company's obligations" read it."""
    cover = registrant(ctx.text)
    if cover is None:
        return
    name = " ".join(ctx.text[cover[0] : cover[1]].split())
    ctx.define(word, add_party(ctx, name, *cover, kind="organization"))


#: "RBS Citizens, N.A., as administrative agent and a lender": a report writes roles in lower
#: case, which the preamble's reader (written for "as Administrative Agent") leaves aside, and
#: two capacities in either case, of which that reader takes the first.
#: A remark in parentheses may stand between the name and its role ("Kraft Foods Inc. (our
#: parent company), as guarantor").
_AS_ROLE = re.compile(
    r"[ \t]*(?:\([^()]{0,60}\))?[ \t]*,?\s*as\s+(?:the\s+|an?\s+)?"
    r"(?P<role>[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,2})"
)
#: A second capacity after the first: "as administrative agent and a lender", "as
#: co-administrative agent and paying agent" (never "as agent, and the lenders party thereto").
_AND_ROLE = re.compile(r"\s+and\s+(?:an?\s+)?(?P<role>[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,2})")
#: What joins the names of a list that one role ends ("A, B and C, as joint bookrunners").
_LIST_JOINT = re.compile(r",?\s+and\s+|,\s*")
#: A company's group in a list, no name of its own: "the Company and its subsidiaries, as
#: guarantors", "X, certain of its domestic subsidiaries, as guarantors".
_GROUP = re.compile(
    r"(?:(?:certain|each|all|any)\s+of\s+)?(?:its|their|the\s+Company[’']s)\s+"
    r"(?:[\w\-]+\s+){0,2}?subsidiaries(?:\s+party\s+thereto(?:\s+from\s+time\s+to\s+time)?)?"
)


def _leading_role(words_: list[str]) -> str | None:
    """The longest leading run of ``words_`` that ends in a role word."""
    return next(
        (r for n in range(len(words_), 0, -1) if (r := role_of(" ".join(words_[:n])))), None
    )


def _roles_after(text: str, at: int, end: int) -> list[tuple[str, int]]:
    """The lower-case capacities stated right after position ``at`` (the end of a name), each
    with where it ends: "as administrative agent and a lender" -> two."""
    m = _AS_ROLE.match(text, at, end)
    first = _leading_role(m["role"].split()) if m else None
    if m is None or first is None:
        return []
    out = [(first, m.start("role") + len(first))]
    more = _AND_ROLE.match(text, out[0][1], end)
    second = _leading_role(more["role"].split()) if more else None
    if more and second:
        out.append((second, more.start("role") + len(second)))
    return out


def _list_end(text: str, at: int, end: int, names: list[str]) -> int:
    """Past the other names that continue a list after position ``at`` ("A, B, C and D, as
    joint bookrunners": from A's end to D's; "A and its subsidiaries, as guarantors"), so the
    role that ends the list is each name's; ``at`` itself when no name follows, or when the
    list is not closed by "and" before its last name ("the Company, RA Holdings, Inc., Halden
    Bank, as Agent, and the lenders": the role is the last name's alone)."""
    start, closed = at, True
    while (joint := _LIST_JOINT.match(text, at, end)) is not None:
        after = next((n for n in names if text.startswith(n, joint.end())), None)
        group = _GROUP.match(text, joint.end(), end)
        if after is not None:
            at, closed = joint.end() + len(after), "and" in joint.group()
        elif group is not None:
            at, closed = group.end(), True
        else:
            break
    return at if closed else start


def announcing_item(ctx: DocContext) -> tuple[int, int] | None:
    """Where the report item that announces the agreement starts and ends (the span the
    announced facilities and obligors are read in), None in a document that is no report
    announcing one."""
    report = read_report(ctx.text)
    if report is None or report.announcement is None or ctx.self_ref != SELF_REF:
        return None
    at = report.announcement[0]
    return next(((i.start, i.end) for i in report.items if i.start <= at < i.end), None)


def extract_announced_roles(ctx: DocContext) -> None:
    """The lower-case roles of the parties an announcement names (after the preamble's reader
    found the parties): "Marrow Lane Bank, N.A., as administrative agent" -> Administrative
    Agent, "as administrative agent and a lender" -> both, and the role that ends a list of
    names is each one's ("A, B and C, as joint bookrunners"). The role follows one of the
    name's mentions, not always the first ("X provided notice ... under the Credit Agreement
    among X, as borrower, ...")."""
    report = read_report(ctx.text)
    if report is None or report.announcement is None or ctx.self_ref != SELF_REF:
        return
    start, end = report.announcement
    text = ctx.text
    # the parties, and the companies an earlier item named ("Republic" ... "Republic, as
    # borrower"), which a role here makes parties
    parties = {r.source for r in ctx.collector.relations.values() if r.type == "PARTY_TO"}
    parties |= {ref for ref, e in ctx.collector.entities.items() if e.label == "Party"}
    named: dict[str, list[str]] = {}  # ref -> its name and the terms that name it alone
    for ref in parties:
        entity = ctx.collector.get(ref)
        if entity and (name := str(entity.props.get("name") or "")):
            terms = [a for a in entity.aliases if ctx.lookup(a) == [ref]]
            # a term defined for it without an alias: "the Company" for the cover's registrant
            terms += [string.capwords(t) for t, refs in ctx.terms.items() if refs == [ref]]
            named[ref] = [name, *terms]
    names = sorted((n for ns in named.values() for n in ns), key=len, reverse=True)
    for ref, calls in named.items():
        roles = list[tuple[str, int]]()
        for name in calls:
            at = start - 1
            while not roles and (at := _mention(text, name, at + 1, end)) >= 0:
                roles = _roles_after(text, at + len(name), end)
                if not roles:
                    roles = _roles_after(text, _list_end(text, at + len(name), end, names), end)
            if roles:
                break
        for role, role_end in roles:
            party_to(ctx, ref, role, at, role_end)


def _mention(text: str, name: str, at: int, end: int) -> int:
    """Where ``name`` stands next in ``text[at:end]`` as whole words (-1: nowhere)."""
    m = re.compile(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])").search(text, at, end)
    return m.start() if m else -1


def extract_registrant_place(ctx: DocContext) -> None:
    """The registrant's jurisdiction from the report's cover ("Delaware" above "(State or other
    jurisdiction of incorporation)"), where the registrant is a party the report names: the
    items never restate it, and a user asks where the borrower is incorporated."""
    if read_report(ctx.text) is None or (place := registrant_place(ctx.text)) is None:
        return
    cover = registrant(ctx.text)
    same = (
        same_organization(ctx, " ".join(ctx.text[cover[0] : cover[1]].split())) if cover else None
    )
    if same is None or same[1]:
        return
    ctx.collector.add(same[0], "Party", ctx.span(place[1], place[2]), {"jurisdiction": place[0]})
