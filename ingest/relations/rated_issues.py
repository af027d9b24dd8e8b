"""A named issue of debt securities ("$35,000,000 6.70% Senior Notes due November 16, 2005")
becomes one Instrument with its amount, rate and maturity, with its issuer (ISSUES) and the
agreement it is issued under (ISSUED_UNDER).

Separate because the rate and class word identify the issue whatever agreement mentions it,
so it is read wherever it is cited, not only where it is sold.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.dates import find_dates, parse_date
from ingest.instruments.terms import parse_amount, percent
from ingest.records import PropValue
from ingest.references.keys import norm_title
from ingest.references.titles import DATE
from ingest.relations.defined_issue_terms import DEBT_TERM, issue_term
from ingest.relations.defined_issues import defined_issue, stated_principal
from ingest.relations.slots import (
    QUOTE,
    QUOTED_TERM,
    agreements_in,
    labelled,
    parties_named,
    subject_before,
    trimmed,
)
from ingest.rules import passage, rule

#: the class words a list of issues may write in lower case among capitals ("6.15% Senior
#: unsecured Notes, Series B", "6.37% Senior Unsecured notes, Series C", "5.778% senior notes"):
#: a lower-case note word is read only after one of them
_CLASS_WORD = r"(?:senior|unsecured|secured|subordinated|convertible|guaranteed)"


#: A named issue of debt securities, as agreements cite it: "$35,000,000 6.70% Senior Notes due
#: November 16, 2005", "Borrower's outstanding 7-3/4% Convertible Subordinated Debentures due
#: October 1, 2014", "certain 7.88% Senior Notes, Series A, due February 14, 2007", "its 6.92%
#: Series A Senior Notes due June 30, 2008": its rate
#: and class word make it one instrument, whatever agreement mentions it.
_RATED_ISSUE = re.compile(
    r"(?P<amount>\$\s?\d[\d,]*(?:\.\d+)?\s+(?:(?:million|billion)\s+)?(?:in\s+)?(?:aggregate\s+)?(?:principal\s+amount\s+of\s+)?)?"
    r"(?:(?:(?P<its>its)|(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['\u2019]s)\s+)?"
    r"(?:outstanding\s+)?"
    r"(?P<title>(?P<rate>\d{1,2}(?:\.\d{1,3})?(?:[- ]\d/\d)?)\s?%\s+"
    r"(?P<name>(?:Series\s+[A-Z0-9]{1,3}\s+)?(?:(?:[A-Z][a-z]+|" + _CLASS_WORD + r")\s+){0,3}"
    r"(?P<noun>Note|Debenture|Bond|(?<=[a-z]\s)(?:note|debenture|bond))s?)(?:,?\s+Series\s+[\w-]+)?"
    rf"(?:,?\s+(?i:due)\s+(?P<due>{DATE}|\d{{4}}))?)"
)
#: the maturity a definition states right after an issue due in a year: "2.25% Convertible
#: Senior Notes Due 2027, maturing on February 15, 2027"
_MATURING_ON = re.compile(rf"^,?\s+maturing\s+on\s+(?P<date>{DATE})")


#: the issuer just before a named issue: "the issuance by Borrower of", "Company issued certain",
#: "pursuant to which the Company issued and sold", "The Company has authorized the issue and
#: sale of" (a note purchase agreement's own notes)
_ISSUER_BEFORE = rule(
    "relations.rated_issues.issuer_before",
    r"(?:\bby\s+(?:the\s+)?(?P<by>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s+of"
    r"|\b(?P<poss>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['\u2019]s\s+(?:issuance|offering|sale)"
    r"\s+of"
    r"|\b(?P<subj>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:issued(?:\s+and\s+sold)?(?:\s+certain)?"
    r"|(?:duly\s+)?authori[sz]ed\s+the\s+(?:issue|issuance)(?:\s+and\s+sale)?\s+of))"
    r"\s*(?:certain\s+)?$",
    reads="the issuer written right before a named issue of notes (which the clause issues)",
    matches=[
        passage("the issuance by Borrower of ", by="Borrower"),
        passage("pursuant to which the Company issued and sold ", subj="Company"),
        passage("The Company has authorized the issue and sale of ", subj="The Company"),
        passage("Holdings has duly authorized the issuance of ", subj="Holdings"),
        passage("the Company's offering of ", poss="Company"),
    ],
    rejects=[
        "the Company has authorized the Agent to ",
        "the Company issued and sold to the Purchasers ",
        "the Company issued notes and now owes ",
    ],
)


#: the issuer and the agreement a recital names before the issues it lists: "The Company has
#: heretofore issued pursuant to the Note Purchase Agreement $45,000,000 aggregate principal
#: amount of its 7.10% Senior Notes, Series A, ... and $30,000,000 ... of its 7.35% Senior
#: Notes, Series B"
_ISSUED_PURSUANT = re.compile(
    r"\b(?P<subj>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s+(?:has|have|had)\s+"
    r"(?:(?:heretofore|previously|theretofore)\s+)?issued(?:\s+and\s+sold)?\s+"
    r"(?:pursuant\s+to|under)\s+(?P<agr>(?:the|that\s+certain)\s+"
    r"(?:(?:[A-Z][\w'\u2019-]*|and|of)\s+){0,8}?(?:Agreement|Indenture)s?)\b"
)


#: the agreement a named issue is issued under: "... issued pursuant to the Indenture", or the
#: one whose definition holds it ("the Note Purchase Agreement ... under which Company issued")
_UNDER_AFTER = re.compile(
    r"^,?\s*(?:(?:issued|sold)\s+)?(?:pursuant\s+to|under)\s+(?P<agr>(?:the|that\s+certain)\s+"
    r"(?:(?:[A-Z][\w'\u2019-]*|and|of)\s+){0,8}?(?:Agreement|Indenture)s?)\b"
)


_TERM_AFTER = re.compile(
    rf"^[^()]{{0,60}}?\(\s*(?:(?:each|collectively),?\s+)?(?:the\s+|a\s+|an\s+)?{QUOTE}"
    rf"(?P<term>[^\"\u201c\u201d]{{1,60}}){QUOTE}"
)


_DEFINITION_HEAD = re.compile(
    rf"^\W*{QUOTE}(?P<term>[^\"\u201c\u201d]{{1,60}}){QUOTE}\s+(?:shall\s+)?means?\b"
)


#: an indenture named before the issue it governs, in the same sentence: "entered into an
#: Indenture (the "Indenture") with ..., as trustee, relating to the Company's issuance of
#: $115 million aggregate principal amount of 2.75% Convertible Senior Notes due 2021"
_INDENTURE_FOR = re.compile(
    r"(?P<agr>\b(?:[A-Z][\w'\u2019-]*\s+){0,4}Indenture)\b[^.;]{0,200}?\b(?:relating\s+to"
    r"|governing|with\s+respect\s+to|providing\s+for)\b"
)

#: an agreement named before the issues it concerns, in the same sentence: "the Note Purchase
#: Agreement, dated as of May 1, 2003, between the Company and the Noteholders named therein
#: pertaining to the $40,000,000 6.10% Senior Notes of the Company due 2013", "that certain
#: Note Agreement dated June 2, 1998 among the Borrower and the purchasers named therein
#: relating to (i) its 7.25% Senior Notes, Series A and (ii) ...": the nearest agreement before
#: the cue (no other agreement between), its tail holding its date and parties
_AGREEMENT_PERTAINING = rule(
    "relations.rated_issues.agreement_pertaining_to",
    r"(?P<agr>\b(?:[A-Z][\w'\u2019-]*\s+){0,4}Agreements?)\b"
    r"(?P<tail>(?:(?!\b(?:Agreement|Indenture)\b)[^.;]){0,250}?)"
    r"\b(?:pertaining\s+to|relating\s+to|in\s+respect\s+of|with\s+respect\s+to"
    r"|(?P<providing>providing)\s+for\s+the\s+(?:issue|issuance|sale)(?:\s+and\s+(?:sale|purchase))?"
    r"(?:\s+by\s+(?:the\s+)?(?P<by>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}))?\s+of)\s",
    reads="an agreement named before the note issues its clause says it concerns",
    matches=[
        passage(
            "the Note Purchase Agreement, dated as of May 1, 2003, between the Company and the "
            "Noteholders named therein pertaining to the $40,000,000 6.10% Senior Notes",
            agr="Note Purchase Agreement",
        ),
        passage(
            "that certain Note Agreement dated June 2, 1998 among the Borrower and the "
            "purchasers named therein relating to (i) its 7.25% Senior Notes, Series A",
            agr="Note Agreement",
        ),
        passage(
            'separate Note Purchase Agreements dated as of March 3, 2004 (the "Note Purchase '
            'Agreements") with each of the purchasers, providing for the issuance and sale by the '
            "Company of ",
            agr="Note Purchase Agreements",
            by="Company",
        ),
        passage(
            "the Note Agreement dated as of July 1, 2008, providing for the issuance of ",
            agr="Note Agreement",
        ),
    ],
    rejects=[
        "the Note Purchase Agreement, dated as of May 1, 2003. The Borrower shall pay the 6.10% "
        "Senior Notes",
        "the Credit Agreement dated as of June 1, 2005, providing for the making of loans",
        "the Security Agreement and the Indenture relating to the 9% Senior Notes",
    ],
)


#: the issuer a note agreement's clause names against its holders: "between the Company and
#: the Noteholders named therein", "among the Borrower and the various purchasers"
_ISSUER_AGAINST_HOLDERS = rule(
    "relations.rated_issues.issuer_against_holders",
    r"\b(?:between|among|by)\s+(?:the\s+)?(?P<issuer>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}?)"
    r",?\s+and\s+(?:each\s+of\s+)?(?:the\s+)?(?:various\s+)?"
    r"(?:Note\s*holders|[Nn]oteholders|[Hh]olders|[Pp]urchasers)\b",
    reads="a note agreement's parties: the issuer, against the holders or purchasers of its notes",
    matches=[
        passage("between the Company and the Noteholders named therein", issuer="Company"),
        passage("among the Borrower and the various purchasers", issuer="Borrower"),
    ],
    rejects=["between the Borrower and the Agent", "among the Borrower, the Lenders and the Agent"],
)


#: the issuer written right after a named issue: "6.63% Senior Notes of the Borrower due 2011"
_OF_ISSUER_AFTER = re.compile(r"^\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})")


def _pertaining(sentence: str, m: re.Match[str]) -> re.Match[str] | None:
    """The agreement clause (``_AGREEMENT_PERTAINING``) whose cue stands before the named issue
    with no other agreement or indenture between them (a list of issues after it is its own)."""
    found = list(_AGREEMENT_PERTAINING.finditer(sentence, 0, m.start()))
    if not found:
        return None
    last = found[-1]
    between = sentence[last.end() : m.start()]
    if re.search(r"\b(?:Agreement|Indenture)s?\b", between) or len(between) > 600:
        return None
    # the clause concerns issues only when one follows its cue ("pertaining to (i) the
    # $33,000,000, 5.95% ..."), not other things ("relating to the Collateral")
    return last if _ISSUE_NEXT.match(sentence, last.end()) else None


#: what follows a pertaining clause's cue when it concerns note issues: a list mark, an amount
#: and the issue's rate
_ISSUE_NEXT = re.compile(
    r"\s*(?:\(?[a-z0-9]{1,4}\)\s*)?(?:(?:the|its|up\s+to)\s+)?"
    r"(?:\$\s?\d[\d,]*(?:\.\d+)?(?:\s+(?:million|billion))?,?\s+(?:(?:in\s+)?(?:aggregate\s+)?"
    r"principal\s+amount\s+of\s+)?)?(?:(?:the|its)\s+)?"
    r"(?:(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}['\u2019]s\s+)?"
    r"\d{1,2}(?:\.\d{1,3})?(?:[- ]\d/\d)?\s?%"
)


def _pertaining_agreement(ctx: DocContext, lo: int, sentence: str, p: re.Match[str]) -> list[str]:
    """The agreement of a pertaining clause: the one of its title and the date its tail states
    (a document may cite several note purchase agreements of one title), else its term."""
    phrase = " ".join(p["agr"].split())
    dated = find_dates(sentence, p.start("tail"), p.end("tail"))
    titled = _titled(ctx, phrase)
    if dated:
        titled = [r for r in titled if ctx.collector.entities[r].props.get("date") == dated[0].iso]
    elif len(titled) > 1:
        titled = []
    found = titled[:1] or labelled(ctx, ctx.lookup(phrase), "Agreement")[:1]
    if found or not p["providing"]:
        return found
    # "has entered into separate Note Purchase Agreements dated ... providing for the issuance
    # and sale by the Company of": the agreements the clause names are the ones its issues are
    # issued under, though no other reader made a node of them
    props: dict[str, PropValue] = {"title": phrase}
    if dated:
        props["date"] = dated[0].iso
    ref = f"agreement:{phrase.lower()}|{props.get('date') or ''}"
    ctx.collector.add(ref, "Agreement", ctx.span(lo + p.start("agr"), lo + p.end("agr")), props)
    return [ref]


#: how far into an indenture its opening runs, where it names the securities it governs
#: ("for the equal and ratable benefit of the Holders of the Company's 7 3/4% Senior Notes due
#: 2014 (the "Notes")")
_INDENTURE_OPENING = 6000


#: the agreement whose clause says a named issue was issued under it: "the Note Purchase
#: Agreement ... under which", "(... the "Note Purchase Agreement"), pursuant to which the Company
#: issued and sold"
_UNDER_WHICH = rule(
    "relations.rated_issues.under_which",
    r"(?P<agr>(?:[A-Z][\w'\u2019-]*\s+){0,6}(?:Agreement|Indenture))\b[^.;]{0,200}?"
    r"\b(?:under|pursuant\s+to)\s+which\b",
    reads="the agreement named before the clause that issued the named issue under it",
    matches=[
        passage(
            "the Note Purchase Agreement dated as of April 24, 2003 among the Company and the "
            "Purchasers, under which",
            agr="Note Purchase Agreement",
        ),
        passage(
            'a Note Purchase Agreement dated as of June 1, 2014 (the "Note Purchase Agreement"), '
            "pursuant to which",
            agr="Note Purchase Agreement",
        ),
    ],
    rejects=[
        "the Note Purchase Agreement. Pursuant to which",
        "the Note Purchase Agreement, pursuant to Section 4 of which",
    ],
)


#: a sentence about issuing or selling the named issue (its issuer is read by ``extract_issuance``)
_ISSUING = re.compile(r"(?i)\b(?:issue[sd]?|issuance|sell|sold)\b")


def _agreement_named(ctx: DocContext, agr: str) -> list[str]:
    """The agreement a phrase ("the Note Purchase Agreement") names: by its term, else its title."""
    phrase = re.sub(r"^(?:the|that\s+certain)\s+", "", " ".join(agr.split()))
    return labelled(ctx, ctx.lookup(phrase), "Agreement") or agreements_in(ctx, phrase)


def _issued_pursuant(sentence: str, m: re.Match[str]) -> re.Match[str] | None:
    """The recital clause before a named issue that says who issued it under which agreement
    (``_ISSUED_PURSUANT``), where no clause break stands between them."""
    found = list(_ISSUED_PURSUANT.finditer(sentence, 0, m.start()))
    if found and ";" not in sentence[found[-1].end() : m.start()]:
        return found[-1]
    return None


def _issue_agreement(ctx: DocContext, lo: int, sentence: str, m: re.Match[str]) -> list[str]:
    """The agreement a named issue is issued under (see ``_UNDER_AFTER``), [] when unsaid."""
    after = sentence[m.end() : m.end() + 200]
    if u := _UNDER_AFTER.match(after):
        return _agreement_named(ctx, u["agr"])
    if p := _issued_pursuant(sentence, m):
        return _agreement_named(ctx, p["agr"])
    t = _TERM_AFTER.match(after)
    if t:
        found = labelled(ctx, ctx.lookup(t["term"]), "Agreement") or _titled(ctx, t["term"])
        if found:
            return found
    if t and lo < _INDENTURE_OPENING and (own := _own_indenture(ctx)):
        return [own]  # the issue an indenture's opening defines is the one it governs
    governs = list(_INDENTURE_FOR.finditer(sentence, 0, m.start()))
    if governs:
        phrase = " ".join(governs[-1]["agr"].split())
        found = labelled(ctx, ctx.lookup(phrase), "Agreement") or _titled(ctx, phrase)
        if found:
            return found[:1]
    if (p := _pertaining(sentence, m)) and (found := _pertaining_agreement(ctx, lo, sentence, p)):
        return found
    which = list(_UNDER_WHICH.finditer(sentence, 0, m.start()))
    defined = _DEFINITION_HEAD.match(sentence)
    if which and defined:  # ""NPA-2003" means the Note Purchase Agreement ... under which"
        found = labelled(ctx, ctx.lookup(defined["term"]), "Agreement")
        if found:
            return found
    if which:
        w = which[-1]
        # "the Note Purchase Agreement dated as of April 24, 2003 ... under which": the one of
        # that title and date, where the document mentions several
        dated = find_dates(sentence, w.start(), w.end())
        titled = [
            r
            for r in _titled(ctx, " ".join(w["agr"].split()))
            if dated and ctx.collector.entities[r].props.get("date") == dated[0].iso
        ]
        if titled:
            return titled[:1]
        words = w["agr"].split()
        for n in range(len(words), 0, -1):
            found = labelled(ctx, ctx.lookup(" ".join(words[-n:])), "Agreement")
            if found:
                return found
        return agreements_in(ctx, w["agr"])
    return []


#: a term a parenthesis gives an issue with the one named before it: "(the "Series B Notes"
#: and, together with the Series A Notes, the "Notes")"
_TOGETHER_WITH = re.compile(
    r"\btogether\s+with\s+the\s+(?P<other>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4}),\s+"
    rf"(?:collectively\s+)?the\s+{QUOTE}\s*(?P<term>[^\"\u201c\u201d]{{1,60}}?)\s*{QUOTE}"
)


def _together_with(ctx: DocContext, paren: str, term: str) -> list[str]:
    """The instruments an issue's collective term covers beside it: those of the term named
    after "together with" right before it (``_TOGETHER_WITH``)."""
    for t in _TOGETHER_WITH.finditer(paren):
        if " ".join(t["term"].split()) == term:
            return labelled(ctx, ctx.lookup(t["other"]), "Instrument")
    return []


#: How much of its clause after a named issue may stand before the term it is given (its date,
#: principal and holder: "..., dated June 1, 2018, in the original principal amount of ...").
_TERM_REACH = 300


def _own_indenture(ctx: DocContext) -> str | None:
    """The document's own agreement when it is an indenture (titled so)."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    title = str(own.props.get("title") or "") if own and own.label == "Agreement" else ""
    return ctx.self_ref if re.search(r"(?i)\bindenture$", title) else None


def _own_agreement(ctx: DocContext) -> str | None:
    """The document's own agreement (an issue's form among its exhibits is issued under it)."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    return ctx.self_ref if own is not None and own.label == "Agreement" else None


def _titled(ctx: DocContext, title: str) -> list[str]:
    """Agreements of the document with this title (a term defined later, read as a title)."""
    want = norm_title(title)
    return [
        ref
        for ref, e in ctx.collector.entities.items()
        if e.label == "Agreement" and norm_title(str(e.props.get("title") or "")) == want
    ]


_DUE_PART = re.compile(r"(?i),?\s+due\s+.*$")


def _same_issue(known: str, title: str) -> bool:
    """Whether two titles name one issue: equal, or equal but for a maturity only one of them
    writes ("6.63% Senior Notes" and "6.63% Senior Notes, due December 1, 2011")."""
    if norm_title(known) == norm_title(title):
        return True
    a, b = _DUE_PART.search(known), _DUE_PART.search(title)
    return (a is None) != (b is None) and norm_title(_DUE_PART.sub("", known)) == norm_title(
        _DUE_PART.sub("", title)
    )


def extract_rated_issues(ctx: DocContext, lo: int, sentence: str) -> None:
    """A named issue of notes or debentures (``_RATED_ISSUE``) becomes an Instrument with its
    amount, rate and maturity; the party issuing it ISSUES it and it is ISSUED_UNDER the
    agreement the sentence says. Evidence: the sentence."""
    evidence = trimmed(ctx, lo, lo + len(sentence))
    for m in _RATED_ISSUE.finditer(sentence):
        owner = m["owner"]
        issuers: list[str] = []
        if owner:
            issuers = parties_named(ctx, owner)
        elif b := _ISSUER_BEFORE.search(sentence, max(0, m.start() - 80), m.start()):
            issuers = parties_named(ctx, b["by"] or b["poss"] or b["subj"])
        elif p := _issued_pursuant(sentence, m):
            issuers = parties_named(ctx, p["subj"])
        elif m["its"]:
            issuers = subject_before(ctx, sentence[: m.start()].rsplit(" its ", 1)[0])
        elif of := _OF_ISSUER_AFTER.match(sentence[m.end() :]):
            issuers = parties_named(ctx, of["of"])
        if not issuers and (p := _pertaining(sentence, m)):
            # "providing for the issuance and sale by the Company of": every issue listed after
            # the cue is the Company's; else the party the clause names against the holders
            against = _ISSUER_AGAINST_HOLDERS.search(p["tail"])
            by = p["by"] or (against["issuer"] if against else None)
            issuers = parties_named(ctx, by) if by else []
        defined, of_issuer = defined_issue(ctx, sentence, m.start(), m.end())
        issuers = issuers or of_issuer
        agreements = _issue_agreement(ctx, lo, sentence, m)
        if defined and not agreements and (own_agreement := _own_agreement(ctx)):
            agreements = [own_agreement]  # its form is the own agreement's exhibit
        termed = issue_term(ctx, sentence[m.end() : m.end() + _TERM_REACH])
        if not issuers and not agreements and not termed and not _ISSUING.search(sentence):
            continue  # a rate and a class word alone do not make the issue worth a node
        title = " ".join(m["title"].split()).rstrip(",")
        kind = m["noun"].lower()
        # the window runs on to the end of a number it would cut ("$86,250,000", not "$8")
        window = re.match(r"(?s).{0,80}[\d,]*", sentence[m.end() :])
        found = parse_amount(m["amount"] or "") or parse_amount(
            re.split(r"[;]|\.(?!\d)", window.group() if window else "")[0]
        )
        maturing = _MATURING_ON.match(sentence[m.end() :])
        props: dict[str, PropValue] = {
            "title": title,
            "kind": kind,
            "interest_rate": percent(m["rate"]),
            "maturity_date": parse_date(m["due"])
            if m["due"] and len(m["due"]) > 4
            else (parse_date(maturing["date"]) if maturing else None),
        }
        if not found and defined:
            found = stated_principal(ctx.text, title)  # the cover's figure for the series
        if found:
            props["amount"], props["currency"] = found
        own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
        if own and own.label == "Instrument" and own.props.get("kind") == kind:
            continue  # in a note, "a 12% Convertible Note" is the note itself, written again
        want = norm_title(title)
        ref = termed or next(
            (
                r
                for r, e in ctx.collector.entities.items()
                if e.label == "Instrument" and _same_issue(str(e.props.get("title") or ""), title)
            ),
            f"instrument:issue:{want}",
        )
        span = ctx.span(lo + m.start("title"), lo + m.end("title"))
        names = tuple(n for n in ((title if termed else ""), defined) if n)
        ctx.collector.add(ref, "Instrument", span, props, (*names, " ".join(m["name"].split())))
        if defined and not labelled(ctx, ctx.lookup(defined), "Instrument"):
            ctx.define(defined, ref)
        # "(each, a "Note" and collectively, the "Notes")": the terms the sentence gives it
        paren = sentence[m.end() : m.end() + 200].split(")")[0]
        terms = QUOTED_TERM.findall(paren)
        for spaced in terms if _TERM_AFTER.match(sentence[m.end() : m.end() + 200]) else []:
            term = " ".join(spaced.split())  # "(the “ Series A Notes ”)" of a converted page
            known = labelled(ctx, ctx.lookup(term), "Instrument")
            if DEBT_TERM.search(term) and not known:
                ctx.define(term, ref, *_together_with(ctx, paren, term))
        for issuer in issuers:
            ctx.collector.relate("ISSUES", issuer, ref, evidence)
        for agr in agreements[:1]:
            ctx.collector.relate("ISSUED_UNDER", ref, agr, evidence)
