"""Defined terms and what they name, scoped to one document.

Shapes found:
- parenthetical: ``Zoltek Companies, Inc., a Missouri corporation ("Zoltek")``,
  ``(the "Bank")``, ``(each, a "Lender" and, collectively, the "Lenders")``,
  ``(hereinafter, "Parent")``, ``(as amended, the "September Purchase Agreement")``; curly
  quotes too. The *antecedent* is the text before the parenthesis back to the previous
  clause boundary: what the term names.
- definition: ``"Borrower" means ...``, ``the term "Nasdaq Approval" shall mean ...``.
- colon definition: ``"Guarantor": Acme Holdings, Inc., a Delaware corporation.`` at the head
  of a line (style ``"colon"``; :mod:`ingest.colon_definitions`), read only by the readers
  that ask for it.
- joint term: ``HealthCor Hybrid ... ("HealthCor Hybrid" and, together with HealthCor
  Partners, the "HealthCor Parties")``: the term names the party just defined and the ones
  listed after "together with" (:func:`extract_joint_terms`); typed without quotes too when
  it is a role ("(together with Parent, the Grantors, and each, a Grantor)").

:func:`find_definitions` is pure and cached per text; extractors that create an entity
register the terms that name it with ``ctx.define``. :func:`extract_defined_terms` then links
the remaining definitions whose antecedent is an already-known party or defined term.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ingest.colon_definitions import COLON_DEFINITION
from ingest.context import DocContext, norm_term
from ingest.names import clean_name, singular
from ingest.parties.add import party_to
from ingest.parties.role_words import role_of
from ingest.rules import passage, rule
from ingest.structure.analysis import analyze
from ingest.unquoted_definitions import unquoted_definitions

_PAREN = re.compile(r"\((?P<body>[^()]{0,400}?[\"“][^()]{0,400}?)\)")
#: A term starts with a capital or a digit ("Licensee", "2TheMart"), after a "the" typed
#: inside the quotes ("the Customer"), or is one word a brand spells in lower case ("eDiets",
#: "ebix", "i-on", "plan_b"), followed by no more than two capitalised words ("i3 ICS");
#: "we", "you" and the like name no one in particular. A term may wrap at one line end (the
#: "Foreign\nBorrower", the "Administrative\nAgent" of a hard-wrapped page). A curly opening
#: quote may stand a space before its term ("a “ Borrower”" in text converted from a web
#: page).
_QUOTED_TERM = re.compile(
    r"(?:\"|“[ \t]?)(?:the\s+)?(?P<t>[A-Z0-9][^\"”\n]{0,80}?(?:\n[ \t]*[A-Za-z0-9][^\"”\n]{0,60}?)?"
    r"|(?!(?:we|us|our|you|your|it|they|party|parties)[\"”,.;])[a-z][\w.\-&]{1,24}"
    r"(?:[ \t][A-Z][\w.\-&]*){0,2})"
    r"[,.;]?[\"”]"
)
#: (a term may wrap at one line end here too: the "EII\nGuaranty" of a hard-wrapped page)
_MEANS = re.compile(
    r"[\"“](?P<t>[A-Z0-9][^\"”\n]{0,80}?(?:\n[ \t]*[A-Za-z0-9][^\"”\n]{0,60}?)?)[\"”]\s*"
    r"(?:\([^()]{0,80}\)\s*)?(?:shall\s+)?"
    r"(?:means?|mean,|has\s+the\s+meaning|shall\s+have\s+the\s+meaning|refers?\s+to)\b"
)
#: A term given without a parenthesis: "..., Israel. Hereinafter referred to as "Customer"",
#: "... Houston, Texas 77060 hereinafter referred to as "Licensor"", "..., Halifax, Nova Scotia
#: B3J 3K5, referred to herein as "Tidewater"", and a second name of the same party after "or"
#: ('hereinafter referred to as "Bellamy" or "Licensor"', '"MORANDI" or "the Principal"').
_HEREINAFTER = re.compile(
    r"(?:\b(?:[Hh]ereinafter|[Hh]ereafter|HEREINAFTER)(?:\s+(?:referred\s+to|called|named|designated|known))?"
    # ... and its other order after a party's description: ", referred to herein as "Vendor""
    r"|(?<=,)[ \t\n]*(?:referred|REFERRED)[ \t\n]+(?:to|TO)[ \t\n]+(?:herein|HEREIN))"
    r"(?:\s+as)?[\s,]*(?:the\s+)?[\"“](?P<t>[A-Za-z0-9][^\"”\n]{0,40}?)[,.;]?[\"”]"
    r"(?:[ \t]*,?[ \t]*(?:or|and/or)[ \t]+(?:the[ \t]+)?"
    r"[\"“](?:the[ \t]+)?(?P<t2>[A-Z0-9][^\"”\n]{0,40}?)[,.;]?[\"”])?"
)
#: The same cue with a term in no quotes, set off by commas: "Perrin Biotech Corp.,
#: hereinafter referred to as the Company, and ..." (older drafting); one to three capitalised
#: words, then the comma, stop or "and" that ends the clause (never inside a parenthesis:
#: ``_BARE_TERM`` of the party readers reads those), or the close Indian and English drafting
#: writes after it ("the SUPPLIER (which expression shall ...)", "the BUYER of the OTHER PART"),
#: or the end of its line over the party's labelled details ("Kaida Electronics Co., Ltd.
#: hereinafter referred to as Kaida" / "Address: ...", as Chinese counsel lay a party out).
#: The cue's other order after a party's description, set off by a comma as the quoted one is
#: (", referred to herein as Seller, and", ", herein called Buyer."), gives the term too.
_HEREINAFTER_BARE = rule(
    "defined_terms.hereinafter_bare",
    r"(?:\b(?:[Hh]ereinafter|[Hh]ereafter|HEREINAFTER)\s+"
    r"(?:referred\s+to\s+as|called|known\s+as|designated\s+as)"
    r"|(?<=,)[ \t\n]*(?:referred[ \t\n]+to[ \t\n]+(?:herein|hereinafter)[ \t\n]+as"
    r"|herein[ \t\n]+(?:referred[ \t\n]+to[ \t\n]+as|called)))\s+(?:the\s+)?"
    r"(?P<t>[A-Z][\w&\-]*(?:[ \t]+[A-Z][\w&\-]*){0,2})(?=\s*[,.;]|\s+and\s"
    r"|\s*\(\s*(?i:which\s+expression)|\s+(?i:of\s+the\s+(?:one|other|first|second)\s+part)"
    r"|[ \t]*\n[ \t]*[A-Z][A-Za-z .]{1,30}:)",
    reads="the list of parties: a term after a hereinafter cue, in no quotes and no parenthesis",
    matches=[
        passage("Perrin Biotech Corp., hereinafter referred to as the Company, and", t="Company"),
        passage(
            "Kaida Electronics Co., Ltd. hereinafter referred to as Kaida\nAddress:", t="Kaida"
        ),
        passage(
            "Winslow Paper Mills, Inc., a Maine corporation, referred to herein as Seller, and",
            t="Seller",
        ),
        passage("Oriel Print Group LLC, herein called Buyer.", t="Buyer"),
    ],
    rejects=[
        "the goods referred to herein as Products",
        "Perrin Biotech Corp., referred to in Section 2 as Seller, and",
        "hereinafter referred to as the parties hereto",
    ],
)
_COLLECTIVE = re.compile(r"\b(?:collectively|together|each|individually|jointly)\b", re.I)
#: "(together with its successors and assigns, the "Lender")": the party's successors go
#: with its term, which names that one party, not the names read before it together
_SUCCESSORS = rule(
    "defined_terms.successors_clause",
    r"(?i)\btogether\s+with\s+(?:its|their)\s+(?:respective\s+)?(?:permitted\s+)?"
    r"(?:successors|assigns|transferees)\b[^,()\"\u201c]{0,40}",
    reads="a parenthesised term's clause adding the party's successors: no collective term",
    matches=[
        passage(
            '(together with its successors and assigns, the "Lender")',
            match="together with its successors and assigns",
        ),
        passage(
            "(together with their permitted successors and assigns, the Lenders)",
            match="together with their permitted successors and assigns",
        ),
    ],
    rejects=[
        '(together with the Parent, the "Grantors")',
        '(together with its Subsidiaries, the "Companies")',
    ],
)
#: A joint term whose quotes were never typed: "(together with Parent, the Grantors, and each,
#: a Grantor)" after the parties it joins to Parent; read only for a role word ("Grantors"),
#: never a parenthesis of other words. ("(each, a Purchaser, and collectively, the
#: Purchasers)" after "the persons listed on Schedule I" is left to the readers of that
#: class: its members are the schedule's, not the parties listed before it.)
_BARE_COLLECTIVE = rule(
    "defined_terms.bare_collective",
    r"\(together\s+with\s+[^,()\"\u201c]{1,60},\s+(?:(?:collectively|each|individually),?\s+)?"
    r"(?:the|an?)\s+(?P<t>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})"
    r"(?:,?\s+and\s+(?:(?:collectively|each|individually),?\s+)?(?:the|an?)\s+"
    r"(?P<t2>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}))?\)",
    reads="a parenthesis that defines a collective term in no quotes: the term and its singular",
    matches=[
        passage("(together with Parent, the Grantors, and each, a Grantor)", t="Grantors"),
        passage(
            "(together with the Parent, collectively the Pledgors and each a Pledgor)",
            t="Pledgors",
        ),
    ],
    rejects=[
        '(together with Parent, the "Grantors")',
        "(the Agreement)",
        "(the Bank)",
        "(as defined below)",
        "(each, a Purchaser, and collectively, the Purchasers)",
    ],
)
#: Where the text a parenthesised term names begins: after a closing bracket, a semicolon, a
#: blank line or a sentence's stop. A stop is no sentence's end when it closes initials inside
#: a name ("1393631 B.C. Unlimited Liability Company", "U.S. Bank National Association"), when
#: a list of names goes on ("Acme Co. and Beta Corp."), or when the parenthesis itself follows
#: it ("Farrow Mills Inc. (the "Payee")": the text ends at the parenthesis, so the look-ahead
#: finds nothing there).
_BOUNDARY = re.compile(r"[);]|(?<![A-Z]\.[A-Z])\.\s+(?!(?:and|or|&)\s)(?=\S)|\n\s*\n")


@dataclass(frozen=True, slots=True)
class Definition:
    term: str
    #: the quoted term (without quotes)
    start: int
    end: int
    #: the parenthesis or the definition sentence head
    clause_start: int
    clause_end: int
    #: where the named thing's text begins (parentheticals); == clause_start for "means"
    antecedent_start: int
    collective: bool
    style: str  # "paren", "means" or "colon"


def antecedent_start(text: str, paren: int) -> int:
    """Where the text a term's parenthesis (opening at ``paren``) names begins: after the last
    boundary (see ``_BOUNDARY``) within 400 characters before it."""
    lo = max(0, paren - 400)
    last = lo
    for m in _BOUNDARY.finditer(text, lo, paren):
        last = m.end()
    return last


@lru_cache(maxsize=16)
def find_definitions(text: str) -> tuple[Definition, ...]:
    """Every defined term of the text, in order (cached: extractors share it)."""
    out: list[Definition] = []
    for p in _PAREN.finditer(text):
        body = p["body"]
        collective = bool(_COLLECTIVE.search(_SUCCESSORS.sub(" ", body)))
        ante = antecedent_start(text, p.start())
        for q in _QUOTED_TERM.finditer(text, p.start("body"), p.end("body")):
            term = clean_name(q["t"])
            if term:
                out.append(
                    Definition(
                        term,
                        q.start("t"),
                        q.end("t"),
                        p.start(),
                        p.end(),
                        ante,
                        collective,
                        "paren",
                    )
                )
    for p in _BARE_COLLECTIVE.finditer(text):
        for group in ("t", "t2"):
            if p[group] and role_of(p[group]):
                out.append(
                    Definition(
                        clean_name(p[group]),
                        p.start(group),
                        p.end(group),
                        p.start(),
                        p.end(),
                        antecedent_start(text, p.start()),
                        not _SUCCESSORS.match(text, p.start() + 1),
                        "paren",
                    )
                )
    for m in _HEREINAFTER.finditer(text):
        if any(d.clause_start <= m.start() < d.clause_end for d in out):
            continue  # inside a parenthesis: read above
        for group in ("t", "t2"):
            if m[group]:
                out.append(
                    Definition(
                        clean_name(m[group]),
                        m.start(group),
                        m.end(group),
                        m.start(),
                        m.end(),
                        antecedent_start(text, m.start()),
                        False,
                        "paren",
                    )
                )
    for m in _HEREINAFTER_BARE.finditer(text):
        if text[max(0, m.start() - 2) : m.start()].strip().endswith("("):
            continue  # "(hereinafter called the Distributor)"
        if any(d.clause_start <= m.start() < d.clause_end for d in out):
            continue
        out.append(
            Definition(
                clean_name(m["t"]),
                m.start("t"),
                m.end("t"),
                m.start(),
                m.end(),
                antecedent_start(text, m.start()),
                False,
                "paren",
            )
        )
    for m in _MEANS.finditer(text):
        out.append(
            Definition(
                clean_name(m["t"]),
                m.start("t"),
                m.end("t"),
                m.start(),
                min(len(text), m.end() + 300),
                m.start(),
                False,
                "means",
            )
        )
    for term, start, end in unquoted_definitions(text):
        out.append(
            Definition(
                clean_name(term),
                start,
                end,
                start,
                min(len(text), end + 300),
                start,
                False,
                "means",
            )
        )
    for m in COLON_DEFINITION.finditer(text):
        out.append(
            Definition(
                clean_name(m["t"]),
                m.start("t"),
                m.end("t"),
                m.start("t") - 1,
                min(len(text), m.end() + 300),
                m.start("t") - 1,
                False,
                "colon",
            )
        )
    out.sort(key=lambda d: d.start)
    return tuple(out)


def definitions_in(text: str, start: int, end: int) -> list[Definition]:
    """The definitions whose quoted term lies in ``[start, end)``."""
    return [d for d in find_definitions(text) if start <= d.start < end]


def _known_names(ctx: DocContext) -> list[tuple[str, str]]:
    """(normalised name or alias, ref) of every party known so far, longest first."""
    out = []
    for ref, e in ctx.collector.entities.items():
        if e.label != "Party":
            continue
        for n in (e.props.get("name"), *e.aliases):
            if isinstance(n, str) and len(n) > 2:
                out.append((norm_term(n), ref))
    return sorted(out, key=lambda x: -len(x[0]))


def extract_defined_terms(ctx: DocContext) -> None:
    """Link definitions not registered yet whose antecedent ends with a known party name,
    or whose "means" clause starts with one ("Agent" means MidCap Financial Trust). First,
    the terms the earlier steps resolved become aliases (those linked here by their
    antecedent alone, "shares of the Company (the "Common Stock")", name no party)."""
    _alias_opening_terms(ctx)
    names = _known_names(ctx)
    if not names:
        return
    text = ctx.text
    for d in find_definitions(text):
        if ctx.lookup(d.term):
            continue
        if d.style == "paren":
            ante = norm_term(text[d.antecedent_start : d.clause_start]).rstrip(" ,")
            hits = [ref for n, ref in names if ante.endswith(n)]
        else:
            head = norm_term(text[d.end + 1 : d.clause_end])[:200]
            hits = [ref for n, ref in names if head.startswith(("means " + n, "shall mean " + n))]
        if hits:
            ctx.define(d.term, hits[0])


#: How far past its start the opening (preamble, party list) defines the parties' terms.
_OPENING = 3_000
#: Terms every contract uses for its parties, which name no one in particular.
_GENERIC_TERMS = frozenset(["party", "parties", "each party", "both parties"])


def _alias_opening_terms(ctx: DocContext) -> None:
    """A term the opening defines for parties that a later step resolved ("each of the
    persons set forth on the signature page (each, an "Investor" and collectively, the
    "Investors")", resolved to the signing funds) is one more name each of them goes by."""
    st = analyze(ctx.text)
    lo = st.preamble.start if st.preamble else 0
    for d in definitions_in(ctx.text, lo, lo + _OPENING):
        refs = ctx.lookup(d.term)
        if d.style != "paren" or not refs or norm_term(d.term) in _GENERIC_TERMS:
            continue
        parties = [ctx.collector.get(r) for r in refs]
        if all(e is not None and e.label == "Party" for e in parties):
            for e in parties:
                if e is not None and d.term not in e.aliases:
                    e.aliases.append(d.term)


_TOGETHER = re.compile(
    r"\b(?:together|collectively)\s+with\s+(?P<list>[^()\"“”]{1,300}?),?\s+"
    # "together with OFI, individually, a "Borrower"": the singular each party takes
    r"(?:(?:collectively|individually|severally),?\s+)?(?:(?:the|each\s+an?|an?)\s+)?"
    r"[\"“](?P<term>[^\"”]{1,60})[\"”]"
)
_LIST_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
#: "(NCM, YGP and TWK shall be individually and collectively referred to as "CONTENT
#: PROVIDER")", "(...; Roche Basel and Roche US together referred to as "Roche")", "(Summit
#: and Alpenglow being hereinafter collectively referred to as the "Venturers" ...)": terms
#: defined before, listed, then named together by one more term.
_TERM_WORDS = r"[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*){0,2}"
_LISTED_TOGETHER = re.compile(
    rf"(?P<list>{_TERM_WORDS}(?:\s*,\s*{_TERM_WORDS})*\s*,?\s+(?:and|&)\s+(?:(?:its|their)\s+)?"
    rf"{_TERM_WORDS})\s*,?\s+"
    r"(?:(?:shall\s+be|are|may\s+be|will\s+be|being|hereinafter|sometimes|individually\s+and)\s+)*"
    r"(?:together|collectively|jointly),?\s+(?:(?:be\s+)?(?:referred\s+to|called|known)\s+)?(?:as\s+)?"
    r"(?:the\s+)?[\"“](?P<term>[^\"”]{1,60})[\"”]"
    # "... and each individually as a "Venturer"": each of them by the singular as well
    r"(?:,?\s+and\s+(?:each\s+)?(?:individually\s+)?,?\s*(?:as\s+)?(?:an?\s+|the\s+)?"
    r"[\"“](?P<single>[^\"”]{1,60})[\"”])?"
)


#: "(Desert Sun, Red Clay and Beauchamp each a "Venturer" and collectively the "Venturers")":
#: terms defined before, listed, then each named by one more term (and all by its plural).
_LISTED_EACH = re.compile(
    rf"(?P<list>{_TERM_WORDS}(?:\s*,\s*{_TERM_WORDS})*\s*,?\s+(?:and|&)\s+{_TERM_WORDS})\s*,?\s+"
    r"(?:(?:shall\s+be|are|may\s+be|will\s+be|being|hereinafter|sometimes)\s+)*(?:each|individually),?"
    r"\s+(?:(?:be\s+)?(?:referred\s+to|called|known)\s+)?(?:as\s+)?(?:an?\s+|the\s+)?"
    r"[\"“](?P<term>[^\"”]{1,60})[\"”]"
    r"(?:,?\s+and\s+(?:together|collectively|jointly),?\s+(?:(?:as\s+)?the\s+)?"
    r"[\"“](?P<plural>[^\"”]{1,60})[\"”])?"
)


def _listed_match(d: Definition, body: str) -> re.Match[str] | None:
    """The list of terms before ``d`` in its parenthesis that the term names together or
    each of (its "list" group), if any."""
    for pattern, groups in (
        (_LISTED_TOGETHER, ("term", "single")),
        (_LISTED_EACH, ("term", "plural")),
    ):
        for m in pattern.finditer(body):
            if any(m[g] and clean_name(m[g]) == d.term for g in groups):
                return m
    return None


def _listed_together(ctx: DocContext, d: Definition, body: str) -> None:
    """A term naming together (or each of) parties whose terms are listed before it: every
    listed term must name a known party, two at least (never "Party" or "Parties")."""
    if norm_term(d.term) in _GENERIC_TERMS or norm_term(singular(d.term)) in _GENERIC_TERMS:
        return
    m = _listed_match(d, body)
    if m is None:
        return
    members: list[str] = []
    unnamed = False
    for name in _LIST_SEP.split(m["list"]):
        owned = re.match(r"(?:its|their)\s+", name.strip())
        refs = ctx.lookup(name.strip()[owned.end() if owned else 0 :])
        if owned and not any(_is_party(ctx, r) for r in refs):
            # "(Capital and its Real Estate Subsidiaries are collectively referred to as the
            # "Borrowers")": subsidiaries the document never names join no one to the term
            unnamed = True
            continue
        if not refs:
            return
        members += refs
    if len(set(members)) < (1 if unnamed else 2):
        return
    ctx.define(d.term, *members)
    for ref in dict.fromkeys(members):
        e = ctx.collector.get(ref)
        if e is not None and e.label == "Party" and d.term not in e.aliases:
            e.aliases.append(d.term)


#: the roles a joint term gives each party it names: ("Subsidiary Borrower" and, together with
#: the Parent, the "Borrowers") makes the Parent a borrower too; a group of other roles ("Loan
#: Parties", "Credit Parties") says nothing of what each member owes
_OBLIGOR_ROLES = frozenset({"Borrower", "Co-Borrower", "Guarantor"})


def _give_obligor_role(ctx: DocContext, d: Definition, members: list[str]) -> None:
    """Each party of a joint borrowers' or guarantors' term is party to the own agreement in
    that role as well as its own (evidence: the joint term)."""
    role = role_of(d.term)
    if role not in _OBLIGOR_ROLES:
        return
    for ref in dict.fromkeys(members):
        if _is_party(ctx, ref):
            party_to(ctx, ref, role, d.start, d.end)


def _joint_match(text: str, d: Definition) -> re.Match[str] | None:
    """The "together with <list>, the "<term>"" of ``d``'s own parenthesis, if ``d`` is such a
    joint term."""
    body = text[d.clause_start : d.clause_end]
    return next((m for m in _TOGETHER.finditer(body) if clean_name(m["term"]) == d.term), None)


def _listed_refs(ctx: DocContext, listed: str) -> list[str]:
    """The refs the terms of a "together with" list name ("the Parent and Longford")."""
    return [
        r
        for name in _LIST_SEP.split(listed)
        for r in ctx.lookup(re.sub(r"^(?:the|each)\s+", "", name.strip()))
    ]


def joins_named_parties(text: str, d: Definition) -> bool:
    """Whether ``d`` is a joint term of its parenthesis naming parties named before it ("and,
    together with the Parent, the "Borrowers""), or the plural (singular) that parenthesis goes
    on to define after one ("together with the Parent, each a "Borrower" and collectively the
    "Borrowers""): its members are those parties, never the companies signing below
    (:func:`extract_joint_terms` reads them)."""
    if _joint_match(text, d) is not None:
        return True
    body = text[d.clause_start : d.start]
    forms = {norm_term(d.term), norm_term(singular(d.term))}
    return any(
        norm_term(clean_name(m["term"])) in forms
        or norm_term(singular(clean_name(m["term"]))) == norm_term(d.term)
        for m in _TOGETHER.finditer(body)
    )


def joined_with(ctx: DocContext, d: Definition) -> list[str]:
    """The known parties a joint term's parenthesis lists after "together with" ("(the
    "Subsidiary Borrowers" and, together with Longford, the "Borrowers")" -> Longford)."""
    m = _joint_match(ctx.text, d)
    refs = _listed_refs(ctx, m["list"]) if m else []
    return [r for r in dict.fromkeys(refs) if _is_party(ctx, r)]


def _is_party(ctx: DocContext, ref: str) -> bool:
    e = ctx.collector.get(ref)
    return e is not None and e.label == "Party"


def extract_joint_terms(ctx: DocContext) -> None:
    """Terms that join the party just defined with others named before ("and, together with
    the Borrower, the "Loan Parties""), in document order, so a joint term may list another.
    Listed terms that name no known party (investors never named) are left out."""
    defs = find_definitions(ctx.text)
    for i, d in enumerate(defs):
        if d.style != "paren" or ctx.lookup(d.term):
            continue
        m = _joint_match(ctx.text, d)
        if m is None:
            _listed_together(ctx, d, ctx.text[d.clause_start : d.clause_end])
            continue
        first = [e.term for e in defs[:i] if e.clause_start == d.clause_start]
        members = [r for t in first[:1] for r in ctx.lookup(t)] + _listed_refs(ctx, m["list"])
        if first and len(set(members)) > 1:
            _give_obligor_role(ctx, d, members)
            # (..., each individually, a "Loan Party" and collectively, the "Loan Parties"): the
            # plural the same parenthesis goes on to define names the same parties, whichever
            # party the list of parties gave it first
            # (..., together with Cascade and Blue Heron, the "Participants" and each a
            # "Participant"): so does the singular that goes on from a joint plural
            plurals = [
                e.term
                for e in defs[i + 1 :]
                if e.clause_start == d.clause_start
                and e.term != d.term
                and (
                    norm_term(singular(e.term)) == norm_term(d.term)
                    or (
                        norm_term(singular(d.term)) == norm_term(e.term)
                        and norm_term(e.term) not in _GENERIC_TERMS
                    )
                )
            ]
            for term in (d.term, *plurals):
                ctx.define(term, *members)
                for ref in dict.fromkeys(members):
                    # the joint term is one more name each party goes by ("Zynga" for both)
                    e = ctx.collector.get(ref)
                    if e is not None and e.label == "Party" and term not in e.aliases:
                        e.aliases.append(term)
