"""The financial relations a document states: who lends to whom, who issues and holds which
instrument, what it is issued under, what secures it, and who waives what.

Every cue is gated on the shape of its sentence, not on a keyword anywhere: a relation needs
its verb ("promise to pay to the order of", "hereby waives", "is issued pursuant to") with the
parties or instruments in the grammatical slots around it, each resolved through the
document's defined terms ("the Bank", "Lenders") or the names of its parties. A wrong edge is
worse than a missing one, so an unresolved slot drops the relation.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import replace

from ingest.context import DocContext, norm_term
from ingest.dates import find_dates, parse_date
from ingest.instruments import parse_amount
from ingest.names import looks_like_person, singular
from ingest.parties import add_party, has_role, role_of, role_parts
from ingest.records import PropValue, Span
from ingest.references import DATE, clean_title, norm_title
from ingest.roles import Signing, guarantor_blocks, names_lenders_as_class, signings
from ingest.structure import analyze

_ABBREV = re.compile(
    r"(?:\b(?:Inc|Corp|Co|Ltd|No|Nos|St|Mr|Ms|Dr|Jr|Sr|N\.A|U\.S|L\.P|L\.L\.C|S\.A)|\b[A-Z])$"
)
_Q = '["\u201c\u201d]'


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """Sentence offsets: a period (not after an abbreviation) or a blank line ends one."""
    start = 0
    for m in re.finditer(r"\.(?=\s+[\"\u201c(]?[A-Z0-9])|\n[ \t]*\n", text):
        if m.group(0) == "." and _ABBREV.search(text[max(0, m.start() - 6) : m.start()]):
            continue
        end = m.end()
        if text[start:end].strip():
            yield start, end
        start = end
    if text[start:].strip():
        yield start, len(text)


def _trimmed(ctx: DocContext, start: int, end: int) -> Span:
    text = ctx.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return ctx.span(start, end)


def _labelled(ctx: DocContext, refs: list[str], label: str) -> list[str]:
    return [r for r in refs if (e := ctx.collector.get(r)) is not None and e.label == label]


def _name_key(name: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", name.lower()).split())


def parties_in_role(ctx: DocContext, term: str) -> list[str]:
    """Parties the text puts in the role a term names ("the Lenders" when no definition
    binds the word, but companies sign under "Lender:"); [] for a word that is no role."""
    role = role_of(term)
    if role is None:
        return []
    return [
        r.source
        for r in ctx.collector.relations.values()
        if r.type == "PARTY_TO" and has_role(r.props.get("role"), role)
    ]


def parties_named(ctx: DocContext, phrase: str) -> list[str]:
    """Party refs a noun phrase names: a defined term ("the Bank", "each Lender"), the role
    parties sign in, or a name."""
    p = re.sub(r"\s+", " ", phrase).strip(" ,;:().")
    p = re.sub(r"^(?:each\s+of\s+the|each|all\s+of\s+the|any|the|such|said)\s+", "", p, flags=re.I)
    words = p.split()
    for n in range(min(len(words), 6), 0, -1):
        tail = " ".join(words[-n:])
        refs = _labelled(ctx, ctx.lookup(tail), "Party")
        if not refs and tail.endswith("s"):
            refs = _labelled(ctx, ctx.lookup(tail[:-1]), "Party")
        if not refs and not tail.endswith("s"):
            refs = _labelled(ctx, ctx.lookup(tail + "s"), "Party")
        if not refs and tail[:1].isupper():
            refs = list(dict.fromkeys(parties_in_role(ctx, tail)))
        if refs:
            return refs
    return _named_only(ctx, p)


def _stated_parties(ctx: DocContext, phrase: str) -> list[str]:
    """Parties a noun phrase names by a defined term or by name (``parties_named`` without its
    fallback to the role parties sign in)."""
    p = re.sub(r"\s+", " ", phrase).strip(" ,;:().")
    p = re.sub(r"^(?:each\s+of\s+the|each|all\s+of\s+the|any|the|such|said)\s+", "", p, flags=re.I)
    words = p.split()
    for n in range(min(len(words), 6), 0, -1):
        tail = " ".join(words[-n:])
        for variant in (tail, tail[:-1] if tail.endswith("s") else tail + "s"):
            refs = _labelled(ctx, ctx.lookup(variant), "Party")
            if refs:
                return refs
    return _named_only(ctx, p)


def _instruments_in(ctx: DocContext, phrase: str) -> list[str]:
    """Instrument refs a phrase names through a defined term or a title."""
    out: list[str] = []
    for m in re.finditer(
        r"(?:[A-Z][\w-]*\s+){0,4}(?:Notes?|Warrants?|Debentures?|Bonds?)\b", phrase
    ):
        words = m.group(0).split()
        for n in range(len(words), 0, -1):
            refs = _labelled(ctx, ctx.lookup(" ".join(words[-n:])), "Instrument")
            if refs:
                out.extend(r for r in refs if r not in out)
                break
    return out


def _agreements_in(ctx: DocContext, phrase: str) -> list[str]:
    """Agreement refs a phrase names, by defined term or by title (first one wins)."""
    for m in re.finditer(
        r"(?:[A-Z][\w'\u2019-]*\s+){0,6}(?:Agreement|Lease|Guaranty|Indenture)\b", phrase
    ):
        words = m.group(0).split()
        for n in range(len(words), 0, -1):
            refs = _labelled(ctx, ctx.lookup(" ".join(words[-n:])), "Agreement")
            if refs:
                return refs
        want = norm_title(clean_title(m.group(0)))
        for ref, e in ctx.collector.entities.items():
            t = e.props.get("title")
            if e.label == "Agreement" and isinstance(t, str) and norm_title(t) == want:
                return [ref]
    return []


def _self_label(ctx: DocContext) -> str | None:
    e = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    return e.label if e else None


def _nearest_contained_instrument(ctx: DocContext, pos: int) -> str | None:
    """The instrument whose own text is around ``pos`` (the document's, or an exhibit's)."""
    if _self_label(ctx) == "Instrument":
        return ctx.self_ref
    best: tuple[int, str] | None = None
    for ref, e in ctx.collector.entities.items():
        if e.label == "Instrument" and e.contained:
            d = min(abs(s.start - pos) for s in e.evidence)
            if d < 4000 and (best is None or d < best[0]):
                best = (d, ref)
    return best[1] if best else None


def _amount_props(sentence: str) -> dict[str, PropValue]:
    found = parse_amount(sentence)
    return {"amount": found[0], "currency": found[1]} if found else {}


_PROMISE = re.compile(
    r"(?is)\bpromises?\s+to\s+pay(?:,[^,;()]{1,40},)?\s+to\s+(?:the\s+order\s+of\s+)?"
    r"(?P<payee>[^,;()]{2,120}?)"
    r"(?=\s*\(|\s*,|\s+or\s+(?:its\s+)?(?:registered\s+)?assigns|\s+the\s+principal|\s+in\s+lawful)"
)
_QUOTED_TERM = re.compile(rf"{_Q}([^\"\u201c\u201d]{{1,60}}){_Q}")


def _makers(ctx: DocContext, before: str) -> list[str]:
    """Makers named before "promise(s) to pay": the names listed, else their defined term.

    The names come first: "A, B and C (collectively "Borrowers")" makes all three makers
    even when an earlier clause of the document gave A a term of its own ("Parent")."""
    tail = re.split(r"(?i)\bthe\s+undersigned\b", before)[-1]
    # drop "(the "Borrower")", keep "(TURKIYE)" of a name
    tail = re.sub(r"\([^()]*[\"\u201c\u201d][^()]*\)", " ", tail)
    found: list[str] = []
    for chunk in re.split(r"(?i),\s*(?:and\s+)?|\s+and\s+", tail):
        if _QUOTED_TERM.search(chunk) or not re.match(r"\s*[A-Z]", chunk):
            continue
        for r in _named_only(ctx, chunk):
            if r not in found:
                found.append(r)
    if found:
        return found
    for term in reversed(_QUOTED_TERM.findall(before)):
        refs = _labelled(ctx, ctx.lookup(term), "Party")
        if refs:
            return refs
    return []


def _named_only(ctx: DocContext, chunk: str) -> list[str]:
    """Parties whose legal name a list item spells (not a defined term such as "Company")."""
    key = _name_key(chunk)
    if len(key) < 4:
        return []
    out = []
    for ref, e in ctx.collector.entities.items():
        name = e.props.get("name")
        if e.label == "Party" and isinstance(name, str):
            nk = _name_key(name)
            if nk and (key == nk or (len(key) > 8 and (key in nk or nk in key))):
                out.append(ref)
    return out


def _promises(ctx: DocContext, lo: int, sentence: str) -> None:
    """ "X promises to pay to the order of Y the principal sum of $A": Y LENDS_TO X, X ISSUES
    the note, Y HOLDS it."""
    m = _PROMISE.search(sentence)
    if not m or re.search(r"_{3,}|\[", m["payee"]):
        return
    makers = _makers(ctx, sentence[: m.start()])
    payees = parties_named(ctx, m["payee"])
    after = sentence[m.end() : m.end() + 200]
    if not payees:
        term = _QUOTED_TERM.search(after[:60])
        payees = _labelled(ctx, ctx.lookup(term.group(1)), "Party") if term else []
    note = _nearest_contained_instrument(ctx, lo)
    evidence = _trimmed(ctx, lo, lo + len(sentence))
    money = _amount_props(sentence[m.end() :])
    for maker in makers:
        if note:
            ctx.collector.relate("ISSUES", maker, note, evidence)
        for payee in payees:
            if payee != maker:
                ctx.collector.relate(
                    "LENDS_TO", payee, maker, evidence, {**money, "instrument": note}
                )
    for payee in payees:
        if note and payee not in makers:
            ctx.collector.relate("HOLDS", payee, note, evidence, {"amount": money.get("amount")})


_LEND = re.compile(
    r"\b(?:has|have|had|shall|will|agrees?\s+to|agreed\s+to|(?:has|have)\s+agreed\s+to)\s+"
    r"(?:severally\s+)?(?:make|made|extend(?:ed)?|lend|lent|advance[d]?|provide[d]?)\s+"
    r"(?P<what>(?:a|an|the|certain|one\s+or\s+more)?\s*(?:[\w-]+\s+){0,4}?"
    r"(?:loans?|advances?|credit|extensions\s+of\s+credit|credit\s+facilit(?:y|ies)))"
    r"(?:[^.;]{0,120}?)\bto\s+(?P<to>(?:the|each|any)?\s*[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.,-]*){0,6})"
)
#: "In order to induce the Senior Lender to make the loans ... to Borrower"
_INDUCED = re.compile(
    r"\binduce\s+(?P<lender>(?:the\s+|each\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,4})"
    r"\s+to\s+(?:make|extend|lend|advance|provide)\s+(?P<what>(?:a|an|the|certain)?\s*"
    r"(?:[\w-]+\s+){0,4}?(?:loans?|advances?|credit|extensions\s+of\s+credit))"
    r"(?:[^.;]{0,120}?)\bto\s+(?P<to>(?:the|each|any)?\s*[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.,-]*){0,6})"
)
#: "Borrower has obtained certain unsecured debt from Junior Creditor"
_OBTAINED = re.compile(
    r"\b(?:has|have|had)\s+(?:obtained|received|borrowed)\s+(?:certain\s+|a\s+|an\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:loans?|debt|advances?|indebtedness|financing)\s+from\s+"
    r"(?P<from>(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.,-]*){0,5})"
)
_BORROWING = re.compile(
    r"\bborrow(?:ings?|ed)\s+(?:of\s+funds\s+)?by\s+(?P<to>[A-Z][\w\s.,'-]{0,60}?)\s+from\s+"
    r"(?P<from>[A-Z][\w\s.,'-]{0,60}?)\s+(?:in\s+the\s+(?:aggregate\s+)?amount\s+of)"
)
_SOLD = re.compile(
    r"\b(?P<issuer>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.,-]*){0,5})\s+"
    r"(?:(?:has|have|shall|will|hereby|agrees\s+to)\s+)?(?:issued|issue[sd]?|sold|sell)"
    r"(?:\s+and\s+(?:sold|sell|issued|issue))?\s+to\s+(?P<to>(?:the|each|any)?\s*[A-Z][\w'\u2019.-]*"
    r"(?:\s+[A-Z][\w'\u2019.,-]*){0,5}),?\s+(?P<what>[^.;]{0,200})"
)


def _subject_before(ctx: DocContext, text: str) -> list[str]:
    """The parties named by the noun phrase that ends ``text`` (the verb's subject)."""
    words = re.findall(r"[\w'\u2019.&,-]+", text[-120:])
    for n in range(min(len(words), 8), 0, -1):
        chunk = " ".join(words[-n:]).strip(",")
        if not re.match(r"(?:the\s+|each\s+|any\s+)?[A-Z]", chunk, re.I) or not chunk[0].isalpha():
            continue
        first_person = chunk.lower() in ("we", "us")  # a letter's writer (ingest.letters)
        if (
            chunk.split()[0].lower() not in ("the", "each", "any")
            and not chunk[0].isupper()
            and not first_person
        ):
            continue
        refs = parties_named(ctx, chunk)
        if refs:
            return refs
    return []


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


def _lending(ctx: DocContext, lo: int, sentence: str) -> None:
    evidence = _trimmed(ctx, lo, lo + len(sentence))
    for m in _LEND.finditer(sentence):
        lenders = _subject_before(ctx, sentence[: m.start()])
        borrowers = parties_named(ctx, m["to"])
        for lender in lenders:
            for borrower in borrowers:
                if lender != borrower:
                    ctx.collector.relate("LENDS_TO", lender, borrower, evidence)
    for m in _INDUCED.finditer(sentence):
        for lender in parties_named(ctx, m["lender"]):
            for borrower in parties_named(ctx, m["to"]):
                if lender != borrower:
                    ctx.collector.relate("LENDS_TO", lender, borrower, evidence)
    for m in _OBTAINED.finditer(sentence):
        for lender in parties_named(ctx, m["from"]):
            for borrower in _subject_before(ctx, re.sub(r"[\s,]+$", "", sentence[: m.start()])):
                if lender != borrower:
                    ctx.collector.relate("LENDS_TO", lender, borrower, evidence)
    for m in _BORROWING.finditer(sentence):
        money = _amount_props(sentence[m.end() : m.end() + 80])
        for lender in parties_named(ctx, m["from"]):
            for borrower in parties_named(ctx, m["to"]):
                if lender != borrower:
                    ctx.collector.relate("LENDS_TO", lender, borrower, evidence, money)


#: "..., pursuant to which": the clause after it tells what was done under the agreement before.
_PURSUANT_TO_WHICH = re.compile(r"(?i)\bpursuant\s+to\s+which\s+$|\bpursuant\s+to\s+which\s+")
#: "secured convertible notes ("Notes")": a class of securities defined where it is issued.
_PASSING_SECURITIES = re.compile(
    rf"^\s*(?P<title>(?:[a-z][\w-]*\s+){{0,4}}(?:notes|debentures|bonds|warrants))\s*"
    rf"\(\s*(?:the\s+)?{_Q}(?P<term>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}}){_Q}\s*\)"
)


def _passing_instrument(ctx: DocContext, lo: int, m: re.Match[str]) -> list[str]:
    """The Instrument a sale clause defines in passing ("... to Purchasers secured
    convertible notes ("Notes")"), added with its term; [] when the clause defines none."""
    d = _PASSING_SECURITIES.match(m["what"])
    if d is None:
        return []
    title = " ".join(d["title"].split())
    kind = {"notes": "note", "debentures": "debenture", "bonds": "bond", "warrants": "warrant"}
    start = lo + m.start("what") + d.start("title")
    ref = ctx.collector.add(
        f"instrument:{_name_key(title)}",
        "Instrument",
        ctx.span(start, lo + m.start("what") + d.end()),
        {"title": title, "kind": kind[title.split()[-1]]},
    )
    ctx.define(d["term"], ref)
    return [ref]


def _issuance(ctx: DocContext, lo: int, sentence: str) -> None:
    """ "Z issued and sold to the Lenders $60,000,000 of Notes": Z ISSUES them, and buying
    notes or debentures is lending: each Lender LENDS_TO Z."""
    evidence = _trimmed(ctx, lo, lo + len(sentence))
    for m in _SOLD.finditer(sentence):
        issuers = parties_named(ctx, m["issuer"].split(",")[-1])
        holders = parties_named(ctx, m["to"])
        instruments = _instruments_in(ctx, m["what"]) or _defined_after(ctx, m["what"])
        under = _PURSUANT_TO_WHICH.search(sentence, 0, m.start() + 1)
        if not instruments and issuers and under:
            # "the note purchase agreement ... pursuant to which Issuer has issued to Purchasers
            # secured convertible notes ("Notes")": the notes are defined in passing, and
            # issued under the agreement the clause hangs on
            instruments = _passing_instrument(ctx, lo, m)
            agreements = _agreements_in(ctx, sentence[: under.start()])
            for inst in instruments[:1] if agreements else []:
                ctx.collector.relate("ISSUED_UNDER", inst, agreements[-1], evidence)
        if not issuers or not instruments:
            continue
        money = _amount_props(m["what"]) if len(holders) == 1 else {}
        # a buyer HOLDS what it was sold when the text names it or its defined term (not only
        # the role some party signs in)
        stated = _stated_parties(ctx, m["to"])
        for issuer in issuers:
            for inst in instruments:
                ctx.collector.relate("ISSUES", issuer, inst, evidence)
                kind = ctx.collector.entities[inst].props.get("kind")
                for holder in holders:
                    if holder != issuer and holder in stated:
                        ctx.collector.relate("HOLDS", holder, inst, evidence)
                    if kind in ("note", "debenture", "bond") and holder != issuer:
                        props = {**money, "instrument": inst}
                        ctx.collector.relate("LENDS_TO", holder, issuer, evidence, props)
            if _self_label(ctx) == "Agreement" and re.search(
                r"\b(?:shall|will|agrees\s+to)\b", sentence
            ):
                for inst in instruments:
                    if not any(
                        k[0] == "ISSUED_UNDER" and k[1] == inst for k in ctx.collector.relations
                    ):
                        assert ctx.self_ref is not None
                        ctx.collector.relate("ISSUED_UNDER", inst, ctx.self_ref, evidence)


#: "the Company issued and sold (a) $20,000,000 of Notes (the "2011 Notes") ... to the Investors
#: on April 21, 2011, (b) ...": a list of tranches, each defining the instruments it issued.
_ISSUED_LIST = re.compile(
    r"\b(?:has\s+|have\s+|had\s+)?(?:previously\s+)?issued(?:\s+and\s+(?:sold|delivered))?"
    r"(?:\s+to\s+[^()]{3,80}?)?\s*:?\s*(?=\((?:a|i|1)\))"
)
_ITEM = re.compile(r"\((?:[a-z]|[ivx]+|\d{1,2})\)\s")
_HEAD_AGREEMENT = re.compile(
    r"(?i)\b(?:as\s+contemplated\s+by|pursuant\s+to|under|in\s+accordance\s+with)\s+"
    r"(?P<agr>(?:the|that\s+certain)\s+(?:[A-Z][\w'\u2019-]*\s+){0,6}?Agreement)\b"
)


def _tranches(ctx: DocContext, lo: int, sentence: str) -> None:
    """A tranche list: the subject ISSUES every instrument an item defines, the party an item
    sells it to HOLDS it (and, for a note, LENDS_TO the issuer), and the agreement the
    sentence opens with ("as contemplated by the Purchase Agreement") is what each tranche is
    ISSUED_UNDER. Evidence: the sentence."""
    m = _ISSUED_LIST.search(sentence)
    if m is None:
        return
    head = sentence[: m.start()]
    issuers = _subject_before(ctx, _AUXILIARY_TAIL.sub("", head))
    if len(issuers) != 1:
        return
    issuer = issuers[0]
    head_agr = _HEAD_AGREEMENT.search(head)
    agreements = _agreements_in(ctx, head_agr["agr"])[:1] if head_agr else []
    evidence = _trimmed(ctx, lo, lo + len(sentence))
    rest = sentence[m.end() :]
    cuts = [i.start() for i in _ITEM.finditer(rest)] + [len(rest)]
    for a, b in itertools.pairwise(cuts):
        item = rest[a:b]
        instruments = _defined_after(ctx, item)
        to = re.search(
            r"\bto\s+(?P<to>(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z0-9][\w'\u2019.-]*){0,5})", item
        )
        holders = [h for h in parties_named(ctx, to["to"]) if h != issuer] if to else []
        for inst in instruments:
            ctx.collector.relate("ISSUES", issuer, inst, evidence)
            for agr in agreements:
                ctx.collector.relate("ISSUED_UNDER", inst, agr, evidence)
            props = ctx.collector.entities[inst].props
            for h in holders:
                ctx.collector.relate("HOLDS", h, inst, evidence)
                if props.get("kind") in _DEBT_KINDS:
                    money = {"amount": props.get("amount"), "currency": props.get("currency")}
                    lent = {"instrument": inst, **(money if len(holders) == 1 else {})}
                    ctx.collector.relate("LENDS_TO", h, issuer, evidence, lent)


_BOUGHT = re.compile(
    r"\b(?:purchased|bought|acquired)\s+from\s+(?P<issuer>(?:the\s+)?[A-Z][\w'\u2019.-]*"
    r"(?:\s+[A-Z][\w'\u2019.,-]*){0,5})\s+(?P<what>[^.;]{0,200})"
)


def _purchase(ctx: DocContext, lo: int, sentence: str) -> None:
    """ "the Holder purchased from the Company a Senior Secured Note": the seller ISSUES the
    note, the buyer HOLDS it and, buying a debt, LENDS_TO the seller; "pursuant to which" ties
    the note to the agreement just named (ISSUED_UNDER)."""
    evidence = _trimmed(ctx, lo, lo + len(sentence))
    for m in _BOUGHT.finditer(sentence):
        buyers = _subject_before(ctx, sentence[: m.start()])
        issuers = parties_named(ctx, m["issuer"].split(",")[0])
        instruments = _instruments_in(ctx, m["what"]) or _defined_after(ctx, m["what"])
        notes = [
            i for i in instruments if ctx.collector.entities[i].props.get("kind") in _DEBT_KINDS
        ]
        if len(buyers) != 1 or len(issuers) != 1 or buyers == issuers or not notes:
            continue
        for inst in notes:
            ctx.collector.relate("ISSUES", issuers[0], inst, evidence)
            ctx.collector.relate("HOLDS", buyers[0], inst, evidence)
            ctx.collector.relate("LENDS_TO", buyers[0], issuers[0], evidence, {"instrument": inst})
        head = re.search(r"(?i)\bpursuant\s+to\s+which\b[^.;]*$", sentence[: m.start()])
        for agr in _agreements_in(ctx, sentence[: head.start()])[:1] if head else []:
            for inst in notes:
                ctx.collector.relate("ISSUED_UNDER", inst, agr, evidence)


_DEBT_KINDS = ("note", "debenture", "bond")

#: A named issue of debt securities, as agreements cite it: "$35,000,000 6.70% Senior Notes due
#: November 16, 2005", "Borrower's outstanding 7-3/4% Convertible Subordinated Debentures due
#: October 1, 2014", "certain 7.88% Senior Notes, Series A, due February 14, 2007": its rate
#: and class word make it one instrument, whatever agreement mentions it.
_RATED_ISSUE = re.compile(
    r"(?P<amount>\$\s?\d[\d,]*(?:\.\d+)?\s+(?:in\s+)?(?:aggregate\s+)?(?:principal\s+amount\s+of\s+)?)?"
    r"(?:(?P<owner>its|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['\u2019]s\s+)?(?:outstanding\s+)?"
    r"(?P<title>(?P<rate>\d{1,2}(?:\.\d{1,3})?(?:-\d/\d)?)\s?%\s+(?P<name>(?:[A-Z][a-z]+\s+){0,3}"
    r"(?P<noun>Note|Debenture|Bond)s?)(?:,?\s+Series\s+[\w-]+)?"
    rf"(?:,?\s+due\s+(?P<due>{DATE}|\d{{4}}))?)"
)
#: the issuer just before a named issue: "the issuance by Borrower of", "Company issued certain"
_ISSUER_BEFORE = re.compile(
    r"(?:\bby\s+(?:the\s+)?(?P<by>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s+of"
    r"|\b(?P<subj>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s+(?:has\s+|have\s+)?issued"
    r"(?:\s+certain)?)\s*(?:certain\s+)?$"
)
#: the agreement a named issue is issued under: "... issued pursuant to the Indenture", or the
#: one whose definition holds it ("the Note Purchase Agreement ... under which Company issued")
_UNDER_AFTER = re.compile(
    r"^,?\s*(?:(?:issued|sold)\s+)?(?:pursuant\s+to|under)\s+(?P<agr>(?:the|that\s+certain)\s+"
    r"(?:(?:[A-Z][\w'\u2019-]*|and|of)\s+){0,8}?(?:Agreement|Indenture)s?)\b"
)
_TERM_AFTER = re.compile(
    rf"^[^()]{{0,60}}?\(\s*(?:(?:each|collectively),?\s+)?(?:the\s+|a\s+|an\s+)?{_Q}"
    rf"(?P<term>[^\"\u201c\u201d]{{1,60}}){_Q}"
)
_DEFINITION_HEAD = re.compile(
    rf"^\W*{_Q}(?P<term>[^\"\u201c\u201d]{{1,60}}){_Q}\s+(?:shall\s+)?means?\b"
)
_UNDER_WHICH = re.compile(
    r"(?P<agr>(?:[A-Z][\w'\u2019-]*\s+){0,6}(?:Agreement|Indenture))\b[^.;]{0,200}?"
    r"\bunder\s+which\b"
)


#: a sentence about issuing or selling the named issue (its issuer is read by ``_issuance``)
_ISSUING = re.compile(r"(?i)\b(?:issue[sd]?|issuance|sell|sold)\b")


#: ""Note" means that certain promissory note dated as of the date hereof ... issued by
#: Borrower to Lender", ""Warrant" means any warrant, issued by Borrower to Lender": an
#: instrument a credit agreement defines by who issues it to whom
_DEFINED_ISSUED = re.compile(
    rf"^\W*{_Q}(?P<term>[^\"\u201c\u201d]{{0,40}}?(?P<noun>Note|Warrant|Debenture|Bond)s?){_Q}"
    r"\s+(?:shall\s+)?means?\b[^;]{0,300}?\bissued\s+by\s+(?:the\s+)?"
    r"(?P<by>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+to\s+(?:the\s+|each\s+)?"
    r"(?P<to>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})"
)


def _defined_issued(ctx: DocContext, lo: int, sentence: str) -> None:
    """The instrument such a definition names: the first party ISSUES it, the second HOLDS it,
    and it is ISSUED_UNDER the document's own agreement (which defines it)."""
    m = _DEFINED_ISSUED.match(sentence)
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    if m is None or own is None or own.label != "Agreement" or ctx.self_ref is None:
        return
    if own.props.get("kind") == "amendment":
        return  # an amendment restates the amended agreement's definitions
    issuers, holders = parties_named(ctx, m["by"]), parties_named(ctx, m["to"])
    if not issuers:
        return
    term = " ".join(m["term"].split())
    evidence = _trimmed(ctx, lo, lo + len(sentence))
    known = _labelled(ctx, ctx.lookup(term), "Instrument")
    ref = known[0] if known else f"instrument:defined:{norm_term(term)}"
    props: dict[str, PropValue] = {"title": term, "kind": m["noun"].lower()}
    ctx.collector.add(ref, "Instrument", evidence, props, (term,))
    if not known:
        ctx.define(term, ref)
    for issuer in issuers:
        ctx.collector.relate("ISSUES", issuer, ref, evidence)
    for holder in holders:
        if holder not in issuers:
            ctx.collector.relate("HOLDS", holder, ref, evidence)
    ctx.collector.relate("ISSUED_UNDER", ref, ctx.self_ref, evidence)


def _rate(text: str) -> float:
    """ "6.70" -> 6.7, "7-3/4" -> 7.75."""
    whole, _, frac = text.partition("-")
    if frac:
        num, den = frac.split("/")
        return float(whole) + int(num) / int(den)
    return float(whole)


def _issue_agreement(ctx: DocContext, sentence: str, m: re.Match[str]) -> list[str]:
    """The agreement a named issue is issued under (see ``_UNDER_AFTER``), [] when unsaid."""
    after = sentence[m.end() : m.end() + 200]
    if u := _UNDER_AFTER.match(after):
        phrase = re.sub(r"^(?:the|that\s+certain)\s+", "", " ".join(u["agr"].split()))
        return _labelled(ctx, ctx.lookup(phrase), "Agreement") or _agreements_in(ctx, phrase)
    if t := _TERM_AFTER.match(after):
        found = _labelled(ctx, ctx.lookup(t["term"]), "Agreement") or _titled(ctx, t["term"])
        if found:
            return found
    which = list(_UNDER_WHICH.finditer(sentence, 0, m.start()))
    defined = _DEFINITION_HEAD.match(sentence)
    if which and defined:  # ""NPA-2003" means the Note Purchase Agreement ... under which"
        found = _labelled(ctx, ctx.lookup(defined["term"]), "Agreement")
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
            found = _labelled(ctx, ctx.lookup(" ".join(words[-n:])), "Agreement")
            if found:
                return found
        return _agreements_in(ctx, w["agr"])
    return []


def _titled(ctx: DocContext, title: str) -> list[str]:
    """Agreements of the document with this title (a term defined later, read as a title)."""
    want = norm_title(title)
    return [
        ref
        for ref, e in ctx.collector.entities.items()
        if e.label == "Agreement" and norm_title(str(e.props.get("title") or "")) == want
    ]


def _rated_issues(ctx: DocContext, lo: int, sentence: str) -> None:
    """A named issue of notes or debentures (``_RATED_ISSUE``) becomes an Instrument with its
    amount, rate and maturity; the party issuing it ISSUES it and it is ISSUED_UNDER the
    agreement the sentence says. Evidence: the sentence."""
    evidence = _trimmed(ctx, lo, lo + len(sentence))
    for m in _RATED_ISSUE.finditer(sentence):
        owner = m["owner"]
        issuers: list[str] = []
        if owner and owner != "its":
            issuers = parties_named(ctx, owner)
        elif b := _ISSUER_BEFORE.search(sentence, max(0, m.start() - 80), m.start()):
            issuers = parties_named(ctx, b["by"] or b["subj"])
        elif owner == "its":
            issuers = _subject_before(ctx, sentence[: m.start()].rsplit(" its ", 1)[0])
        agreements = _issue_agreement(ctx, sentence, m)
        if not issuers and not agreements and not _ISSUING.search(sentence):
            continue  # a rate and a class word alone do not make the issue worth a node
        title = " ".join(m["title"].split()).rstrip(",")
        kind = m["noun"].lower()
        found = parse_amount(m["amount"] or "") or parse_amount(
            re.split(r"[;.]", sentence[m.end() : m.end() + 80])[0]
        )
        props: dict[str, PropValue] = {
            "title": title,
            "kind": kind,
            "interest_rate": _rate(m["rate"]),
            "maturity_date": parse_date(m["due"]) if m["due"] and len(m["due"]) > 4 else None,
        }
        if found:
            props["amount"], props["currency"] = found
        own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
        if own and own.label == "Instrument" and own.props.get("kind") == kind:
            continue  # in a note, "a 12% Convertible Note" is the note itself, written again
        want = norm_title(title)
        ref = next(
            (
                r
                for r, e in ctx.collector.entities.items()
                if e.label == "Instrument" and norm_title(str(e.props.get("title") or "")) == want
            ),
            f"instrument:issue:{want}",
        )
        span = ctx.span(lo + m.start("title"), lo + m.end("title"))
        ctx.collector.add(ref, "Instrument", span, props, (" ".join(m["name"].split()),))
        # "(each, a "Note" and collectively, the "Notes")": the terms the sentence gives it
        terms = _QUOTED_TERM.findall(sentence[m.end() : m.end() + 200].split(")")[0])
        for term in terms if _TERM_AFTER.match(sentence[m.end() : m.end() + 200]) else []:
            known = _labelled(ctx, ctx.lookup(term), "Instrument")
            if re.search(r"(?i)\b(?:note|debenture|bond)s?$", term) and not known:
                ctx.define(term, ref)
        for issuer in issuers:
            ctx.collector.relate("ISSUES", issuer, ref, evidence)
        for agr in agreements[:1]:
            ctx.collector.relate("ISSUED_UNDER", ref, agr, evidence)


#: "the Bank agrees ... to issue commercial or standby letters of credit", "to make Loans to the
#: Borrower by issuing Letters of Credit", "request that the Bank ... issue trade and/or standby
#: letters of credit": who issues the letters of credit a credit agreement provides for
_ISSUE_LC = re.compile(
    r"(?i)\b(?:issue|issuing)\s+(?:(?:any|additional|commercial|standby|trade|documentary"
    r"|irrevocable|and/or|and|or)\s+){0,5}letters?\s+of\s+credit\b"
)
#: the sentence provides for the issuing ("agrees to", "shall", "request that"), and does not
#: refuse or end it ("may decline to ... issue", "the obligation to issue ... shall terminate")
_LC_PROMISED = re.compile(r"(?i)\b(?:agrees?|agreed|shall|will|request\w*\s+that)\b")
_LC_REFUSED = re.compile(r"(?i)\bnot\s+(?:be\s+)?obligated\b|\b(?:decline|refuse)\w*")
_LC_ENDED = re.compile(r"(?i)[^.;]*?\b(?:shall|will)\s+(?:terminate|cease)\b")
#: role words a letter of credit is issued for, never by
_LC_APPLICANT = re.compile(r"(?i)^(?:the\s+)?(?:borrowers?|company|applicants?|account\s+party)$")


def _letters_of_credit(ctx: DocContext, lo: int, sentence: str) -> None:
    """The party a sentence says issues letters of credit ISSUES the agreement's "Letters of
    Credit", which are ISSUED_UNDER the agreement providing for them (the document's own, or
    the one it defines as "Agreement"). Evidence: the sentence."""
    m = _ISSUE_LC.search(sentence)
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    if m is None or (own is not None and own.props.get("kind") == "amendment"):
        return  # an amendment's letters of credit are the amended agreement's
    before, after = sentence[: m.start()], sentence[m.end() : m.end() + 120]
    if not _LC_PROMISED.search(before) or _LC_REFUSED.search(before) or _LC_ENDED.match(after):
        return
    issuers: list[str] = []
    words = re.findall(r"[A-Za-z][\w'\u2019&.-]*", sentence[: m.start()])
    for i in range(len(words) - 1, -1, -1):
        chunk = " ".join(words[max(0, i - 3) : i + 1])
        if not words[i][0].isupper() or _LC_APPLICANT.match(words[i]):
            continue
        issuers = [r for r in _subject_before(ctx, chunk) if r]
        if issuers:
            break
    if len(issuers) != 1:
        return
    existing = [
        ref
        for ref, e in ctx.collector.entities.items()
        if e.label == "Instrument"
        and norm_term(singular(str(e.props.get("title") or ""))) == "letter of credit"
    ]
    evidence = _trimmed(ctx, lo, lo + len(sentence))
    lcs = existing[0] if existing else "instrument:letters-of-credit"
    props: dict[str, PropValue] = {"title": "Letters of Credit", "kind": "letter_of_credit"}
    ctx.collector.add(lcs, "Instrument", evidence, props, ("Letter of Credit",))
    ctx.collector.relate("ISSUES", issuers[0], lcs, evidence)
    own_agreement = own is not None and own.label == "Agreement" and ctx.self_ref
    under = [own_agreement] if own_agreement else []
    for agr in (under or _labelled(ctx, ctx.lookup("Agreement"), "Agreement"))[:1]:
        ctx.collector.relate("ISSUED_UNDER", lcs, agr, evidence)


def _defined_after(ctx: DocContext, what: str) -> list[str]:
    """Instruments a clause defines in passing: "a warrant ... (the "Additional Warrants")"."""
    out: list[str] = []
    for term in _QUOTED_TERM.findall(what):
        out.extend(r for r in _labelled(ctx, ctx.lookup(term), "Instrument") if r not in out)
    return out


_SECURITY_WORD = r"(?:Notes?|Warrants?|Debentures?|Bonds?)"
#: "This Note is issued pursuant to", "This unsecured Note is being delivered pursuant to",
#: "the Warrants that were issued under", "This Debenture is one of the Debentures referred to
#: in", "made and delivered in accordance with", "as contemplated by": an instrument tied to the
#: agreement it was issued under.
_ISSUED_UNDER = re.compile(
    rf"(?P<subj>\b(?:This|The|the|such|each|Each)\s+(?:[A-Za-z][\w-]*,?\s+){{0,5}}?{_SECURITY_WORD}"
    rf"(?:\s+and\s+(?:[A-Z][\w-]*\s+){{0,3}}{_SECURITY_WORD})?)\b"
    r"(?:\s*\([^()]{0,60}\))?[^.;]{0,100}?\b(?:(?:issued|delivered|executed|made|sold|granted)"
    r"(?:\s+(?:and|or)\s+(?:issued|delivered|executed|sold))?\s+(?:under\s+and\s+)?"
    r"(?:pursuant\s+to|under|in\s+accordance\s+with|in\s+connection\s+with)"
    r"|referred\s+to\s+in|as\s+contemplated\s+(?:by|in|under))"
    r",?\s+(?:(?:the\s+terms\s+(?:and\s+(?:provisions|conditions)\s+)?|Section\s+[\d.()a-z]+\s+)of\s+)?"
    r"(?P<agr>(?:a\s+certain|that\s+certain|the|an?)\s+"
    r"(?:[A-Z][\w'\u2019-]*\s+){0,8}?(?:Agreement|Indenture))"
)


_ISSUED_UNDER_CUES = (
    "issued",
    "delivered",
    "executed",
    "made",
    "sold",
    "granted",
    "referred",
    "contemplated",
)


#: the instrument words ``_ISSUED_UNDER`` needs: most sentences with "made" name none
_SECURITY_CUES = ("note", "warrant", "debenture", "bond")


def _issued_under(ctx: DocContext, lo: int, sentence: str) -> None:
    evidence = _trimmed(ctx, lo, lo + len(sentence))
    for m in _ISSUED_UNDER.finditer(sentence):
        agreements = _agreements_in(ctx, m["agr"])
        subj = m["subj"]
        if subj.startswith("This ") and _self_label(ctx) == "Instrument" and ctx.self_ref:
            instruments = [ctx.self_ref]
        elif subj.startswith("This "):
            near = _nearest_contained_instrument(ctx, lo)
            instruments = [near] if near else []
        else:
            instruments = _instruments_in(ctx, subj) or _own_class(ctx, subj)
        for inst in instruments:
            for agr in agreements[:1]:
                ctx.collector.relate("ISSUED_UNDER", inst, agr, evidence)


def _own_class(ctx: DocContext, subj: str) -> list[str]:
    """ "the Warrants that were issued under the Purchase Agreement", written in a warrant: the
    class this instrument belongs to, so what is said of the class is said of it."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    if own is None or own.label != "Instrument" or not subj.endswith("s"):
        return []
    kind = own.props.get("kind")
    head = subj.split()[-1].lower().rstrip("s")
    return [ctx.self_ref] if ctx.self_ref and kind == head else []


_SECURED_BY = re.compile(
    r"\b(?P<subj>This\s+(?:[A-Z][\w-]*\s+){0,4}?(?:Note|Debenture|Bond)|The\s+Obligations)\s+"
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
    r"|(?:(?:absolutely|irrevocably|unconditionally|fully|and),?\s+)+)"
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
#: "Borrower hereby grants to Bank security interests of first priority in all of Borrower's
#: personal property assets", "the Borrower hereby grants the Bank a security interest in such
#: account": a grant of security, its grantor before the verb and its collateral after "in".
_GRANTS = re.compile(
    r"\bhereby\s+(?:(?:pledges?|grants?|assigns?)(?:,?\s+(?:and\s+)?)?)+(?:to\s+)?"
    r"(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,5},?\s+(?:an?\s+)?"
    r"(?:(?:continuing|first[\s-]priority|first|valid|perfected)\s+)*(?:lien\s+on\s+and\s+)?"
    r"security\s+interests?\s+(?:of\s+first\s+priority\s+)?in\s+"
    r"(?P<asset>(?:all\s+of\s+|all\s+|the\s+|its\s+)[^.;,()]{3,100}?)"
    r"(?=,|\s*[()]|\s+(?:now|whether|as\s+set|and\s+all|to\s+secure)\b|[.;]|$)"
)
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
    rf"\(\s*(?:the\s+)?{_Q}(?P<term>(?:[A-Z][\w-]*\s+){{0,3}}Obligations){_Q}\s*\)"
)
#: a guaranty the recitals define ("pursuant to certain Guarantees ... (... a "Guarantee")")
_GUARANTY_TERM = re.compile(rf"{_Q}(?P<term>Guarant(?:y|ee))(?:{_Q}|\s)")


def _secured_obligation(ctx: DocContext, before: str) -> list[str]:
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
            _agreements_in(ctx, t.group(0))
            or _instruments_in(ctx, t.group(0))
            or _defined_guaranty(ctx, t.group(0))
        )
        if found:
            found = found[:1]
            break
    if not found:
        for term in re.finditer(r"(?:[A-Z][\w-]*\s+){1,3}Obligations\b", m["what"]):
            found = _labelled(ctx, ctx.lookup(term.group(0)), "Agreement")[:1]
            if found:
                break
    named = _OBLIGATIONS_TERM.search(m["what"])
    if found and named and not ctx.lookup(named["term"]):
        ctx.define(named["term"], *found)
    return found


def _defined_guaranty(ctx: DocContext, phrase: str) -> list[str]:
    """ "the Guarantee": a guaranty the text defines by that term (quoted) but names by no
    title, made an Agreement the first time a grant secures it."""
    word = phrase.split()[-1]
    if word not in ("Guaranty", "Guarantee"):
        return []
    if ctx.lookup(word):
        return _labelled(ctx, ctx.lookup(word), "Agreement")
    m = next((g for g in _GUARANTY_TERM.finditer(ctx.text) if g["term"] == word), None)
    if m is None:
        return []
    ref = f"agreement:{word.lower()}"
    ctx.collector.add(
        ref, "Agreement", ctx.span(m.start(), m.end()), {"title": word, "kind": "guaranty"}
    )
    ctx.define(word, ref)
    return [ref]


def _primary_agreement(ctx: DocContext, phrase: str) -> list[str]:
    """The agreement whose obligations are secured: one the phrase names, else the document's
    main referenced credit/loan agreement."""
    named = _agreements_in(ctx, phrase)
    if named:
        return named
    for term in ("Credit Agreement", "Loan Agreement", "Agreement", "Note Purchase Agreement"):
        refs = _labelled(ctx, ctx.lookup(term), "Agreement")
        if refs and refs[0] != ctx.self_ref:
            return refs[:1]
    # else the one agreement this document amends, or the one its parties are stated to be
    # parties to ("the Company and the Investors are parties to that certain ... Agreement")
    for rel_type in ("AMENDS", "PARTY_TO"):
        targets = {
            k[2]
            for k in ctx.collector.relations
            if k[0] == rel_type and k[2] != ctx.self_ref and _labelled(ctx, [k[2]], "Agreement")
        }
        if len(targets) == 1:
            return list(targets)
    return []


def _in_own_text(ctx: DocContext, pos: int) -> bool:
    """Whether ``pos`` lies before the own agreement's signature pages (after them come the
    exhibits and annexes, whose "this Agreement" is themselves)."""
    sig = analyze(ctx.text).signatures
    return sig is None or pos < sig.start


def _asset(ctx: DocContext, description: str, evidence: Span) -> str:
    description = " ".join(description.split())
    ref = f"asset:{_name_key(re.sub(r'^(?:the|all)\s+', '', description, flags=re.I))}"
    return ctx.collector.add(ref, "Asset", evidence, {"description": description})


def _security(ctx: DocContext, lo: int, sentence: str) -> None:
    evidence = _trimmed(ctx, lo, lo + len(sentence))
    for m in _SECURED_BY.finditer(sentence):
        if m["subj"].startswith("This"):
            target = _nearest_contained_instrument(ctx, lo)
            targets = [target] if target else []
        else:
            targets = _primary_agreement(ctx, sentence[m.end() :])
        for t in targets:
            ctx.collector.relate("SECURES", _asset(ctx, m["asset"], evidence), t, evidence)
    for m in _REAFFIRMS.finditer(sentence):
        guarantors = _listed_subjects(ctx, sentence[: m.start()]) or _subject_before(
            ctx, sentence[: m.start()]
        )
        for t in _primary_agreement(ctx, ""):
            for g in guarantors:
                ctx.collector.relate("SECURES", g, t, evidence)
    for m in _GUARANTEES.finditer(sentence):
        guarantors = _subject_before(ctx, sentence[: m.start()])
        targets = _primary_agreement(ctx, m["rest"])
        if not targets and _in_own_text(ctx, lo) and (own := _secured_agreement(ctx)):
            # "The Parent hereby ... guarantees ... the Obligations" in a credit agreement's own
            # guaranty article: the obligations guaranteed are the agreement's own
            targets = [own]
        for t in targets:
            for g in guarantors:
                ctx.collector.relate("SECURES", g, t, evidence)
    for m in _COLLATERAL_SECURES.finditer(sentence):
        if (own := _secured_agreement(ctx)) is not None:
            ctx.collector.relate("SECURES", _asset(ctx, m["asset"], evidence), own, evidence)
    for m in _GRANTS.finditer(sentence):
        if re.search(r"(?i)\bcollateral\b", m["asset"]) and _PLEDGES.search(sentence):
            continue  # read below, with the collateral's defined name
        grantors = _subject_before(ctx, sentence[: m.start()])
        targets = _secured_obligation(ctx, sentence[: m.start()])
        if not targets and _in_own_text(ctx, lo) and (own := _secured_agreement(ctx)):
            targets = [own]  # "As security for all indebtedness ... of Borrower to Bank"
        for t in targets:
            ctx.collector.relate("SECURES", _asset(ctx, m["asset"], evidence), t, evidence)
            for g in grantors:
                ctx.collector.relate("SECURES", g, t, evidence)
    # a grant's list of collateral may run past a page break, which ends a "sentence"
    window = ctx.text[lo : lo + _GRANT_WINDOW]
    for m in [*_PLEDGES.finditer(sentence), *_PLEDGES_DEFINED.finditer(window)]:
        grant = evidence if m.end() <= len(sentence) else _trimmed(ctx, lo, lo + m.end())
        targets = _secured_obligation(ctx, sentence[: m.start()]) or _primary_agreement(
            ctx, window[m.end() :][:400]
        )
        for t in targets:
            if t == ctx.self_ref and not _in_own_text(ctx, lo):
                continue  # "this Agreement" in an attached agreement is that agreement
            ctx.collector.relate("SECURES", _asset(ctx, m["asset"], grant), t, grant)


_WAIVE = re.compile(
    r"\b(?:hereby\s+)?(?:(?:irrevocably|expressly|permanently)\s+)?(?:agree[sd]?\s+to\s+|consents?\s+to,?\s+and\s+)?"
    r"waives?\b(?P<what>(?:[^.;]|\.(?=\S)){3,400})"
)
#: waivers of defences and procedure (suretyship, jury, notice) are not waivers of the deal terms
_BOILERPLATE = re.compile(
    r"(?i)^\W*(?:and\s+\w+\s+)?(?:any\s+(?:and\s+all\s+)?)?(?:right|trial|presentment|diligence|demand|notice"
    r"|protest|suretyship|defen[cs]e|marshal|homestead|jury|the\s+benefit|all\s+(?:rights|defen|claims)"
    r"|its\s+rights?|any\s+(?:claim|defen|right|objection))"
)
_NEGATED = re.compile(
    r"(?i)\b(?:not|no|nor|may|shall\s+not\s+be\s+deemed\s+to|deemed\s+to|to\s+the\s+extent)\s+(?:\w+\s+){0,2}$"
)


#: "The Company desires (i) that the Holder waive": a request, granted only by a waiver itself
_REQUESTED = re.compile(
    r"(?i)\b(?:request(?:s|ed)?|desires?|asked|asks)\s+(?:\([ivx]+\)\s+)?that\s+"
    r"(?:the\s+|each\s+)?[A-Z][\w\s'\u2019.,-]{0,60}$"
)


#: What a waiver of deal terms waives: a default or covenant, or money owed under the deal
#: (accrued interest, a fee or premium); defences and procedure are :data:`_BOILERPLATE`.
_WAIVABLE = re.compile(
    r"(?i)default|covenant|compliance|condition|section|breach|event|requirement|provision"
    r"|interest|\bfees?\b|premium|penalt|payment|adjustment"
)


#: "the Lenders hereby", "the Investors have agreed to": what stands between subject and verb.
_AUXILIARY_TAIL = re.compile(
    r"(?:\s*\b(?:hereby|have|has|shall|will|do|does|agree[sd]?\s+to)\b|\s*,)+\s*$"
)


def _grants_waivers(ctx: DocContext) -> bool:
    """Whether the own agreement is a waiver (its title says so), which grants the waivers
    its recitals request; elsewhere a request is only a request."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    title = own.props.get("title") if own else None
    return isinstance(title, str) and bool(re.search(r"(?i)\bwaiver\b", title))


#: A waiver given by "the Lenders" or "the Required Lenders": who they are, the signature
#: pages tell (:func:`_class_waivers`); the waiver's evidence, terms and agreement wait here.
ClassWaiver = tuple[Span, dict[str, PropValue], str]
_LENDER_CLASS_SUBJECT = re.compile(
    r"\b(?:the\s+)?(?:Required\s+|Majority\s+)?(?:Lenders|Banks)\s*$"
)


def _waivers(
    ctx: DocContext, lo: int, sentence: str, following: str, by_class: list[ClassWaiver]
) -> None:
    """ "The Bank hereby waives compliance with ... of the Agreement ... through March 31, 2005"."""
    evidence = _trimmed(ctx, lo, lo + len(sentence))
    for m in _overlapping(_WAIVE, sentence):
        before = sentence[: m.start()]
        if _NEGATED.search(before[-60:]) or _BOILERPLATE.search(m["what"]):
            continue
        if not _WAIVABLE.search(m["what"]):
            continue
        requested = _REQUESTED.search(before[-80:])
        if requested and re.search(r"\bhereby\b", requested.group()):
            requested = None  # "requested that the Lender waive X, and the Lender hereby waives X"
        listed = re.search(
            r"(?i)\bhereby\s*\((?:a|i|1)\)[^;]*$", before
        )  # "hereby (a) ... (b) waive"
        if (
            not requested
            and not listed
            and not re.search(
                r"(?i)hereby|agree[sd]?\s+to|consents?\s+to",
                sentence[max(0, m.start() - 40) : m.end()],
            )
        ):
            continue
        if requested and not _grants_waivers(ctx):
            continue
        # "The Lenders hereby (a) consent to ... and (b) waive": the subject precedes the list
        subject = _AUXILIARY_TAIL.sub("", re.sub(r"\s+hereby\s*\((?:a|i|1)\)[^;]*$", "", before))
        waivers = _subject_before(ctx, subject)
        what = re.split(
            r"\s+(?:of|under|contained\s+in)\s+the\s+(?:[A-Z][\w-]*\s+){0,5}?"
            r"(?:Agreement|Note|Indenture)\b",
            m["what"],
        )[0]
        what = re.sub(r"^\s*and\s+release\s+\S+(?:\s+\S+)?\s+from\s+", "", what)
        what = " ".join(re.sub(r"-{3,}", " ", what).split()).strip(" ,")
        targets = (
            _agreements_in(ctx, m["what"])
            or _instruments_in(ctx, m["what"])
            or (_primary_agreement(ctx, ""))
        )
        props = _waiver_terms(sentence + " " + following)
        props["what"] = what[:300]
        for w in waivers:
            for t in targets[:1]:
                _waive(ctx, w, t, evidence, props)
        # lenders as a class waive terms of the credit agreement they lend under
        if (
            _LENDER_CLASS_SUBJECT.search(subject)
            and targets
            and _CREDIT_TITLE.search(_title(ctx, targets[0]))
        ):
            by_class.append((evidence, props, targets[0]))


def _overlapping(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Every match of ``pattern``, each searched from just after the previous one's start:
    "requested that the Lender waive the Default, and the Lender hereby waives the Default"
    holds a request and, inside its match, the waiver itself."""
    m = pattern.search(text)
    while m:
        yield m
        m = pattern.search(text, m.start() + 1)


def _class_waivers(ctx: DocContext, by_class: list[ClassWaiver], lenders: list[str]) -> None:
    """ "the Required Lenders hereby waive ...": each lender the signature pages name waives."""
    for evidence, props, target in by_class:
        for lender in lenders:
            _waive(ctx, lender, target, evidence, props)


def _waive(
    ctx: DocContext, waiver: str, target: str, evidence: Span, props: dict[str, PropValue]
) -> None:
    """One WAIVES edge per party and agreement; several waivers of it keep every ``what``
    ("Section 4.13(a); Section 4.20(b)")."""
    key = ("WAIVES", waiver, target)
    old = ctx.collector.relations.get(key)
    had = old.props.get("what") if old else None
    ctx.collector.relate("WAIVES", waiver, target, evidence, props)
    what = props.get("what")
    if isinstance(had, str) and isinstance(what, str) and what and what not in had.split("; "):
        rec = ctx.collector.relations[key]
        ctx.collector.relations[key] = replace(rec, props={**rec.props, "what": f"{had}; {what}"})


def _following(text: str, end: int) -> str:
    """The sentence after a waiver when it qualifies it ("Such waiver shall be effective from
    ...", "Notwithstanding the foregoing, ... this waiver shall be null and void"); page
    breaks removed so a date split across pages reads whole."""
    window = re.sub(r"\s*<PAGE>\s*|\s+", " ", text[end : end + 1500])
    m = re.match(
        r"\s*((?:Such|This|The\s+foregoing)\s+waiver[^;]*?|Notwithstanding\s+the\s+foregoing"
        r"[^;]*?waiver\s+shall\s+be\s+null\s+and\s+void[^;]*?)\.(?:\s+[A-Z]|$)",
        window,
    )
    return m.group(1) if m else ""


def _waiver_terms(text: str) -> dict[str, PropValue]:
    """From / until / condition of a waiver, read in its sentence and a "Such waiver" follower."""
    props: dict[str, PropValue] = {}
    m = re.search(rf"(?is)\b(?:effective\s+)?from\s+(?:and\s+including\s+)?(?P<d>{DATE})", text)
    props["from"] = parse_date(m["d"]) if m else None
    m = re.search(
        rf"(?is)\b(?:through|until|to\s+and\s+including|prior\s+to|ending\s+on)\b[^.;]{{0,60}}?(?P<d>{DATE})",
        text,
    )
    props["until"] = parse_date(m["d"]) if m else None
    m = re.search(
        r"(?is)\b(?:provided(?:,\s*however,)?\s+that|on\s+the\s+condition\s+that|subject\s+to)"
        r"\s+(?P<c>[^.;]{5,300})",
        text,
    )
    props["condition"] = " ".join(m["c"].split()) if m else None
    void = re.search(
        r"(?is)\bin\s+the\s+event\s+that\s+(?P<c>[^;]{5,300}?),\s*this\s+waiver\s+shall\s+be"
        r"\s+null\s+and\s+void",
        text,
    )
    if props["condition"] is None and void:
        props["condition"] = "void if " + " ".join(void["c"].split())
    return props


def _schedule_holders(ctx: DocContext) -> None:
    """A schedule listing holders against an instrument heading ("SCHEDULE A ... ADDITIONAL
    WARRANTS ... Rockmore Investment Master Fund, Ltd 144,219"): each HOLDS that quantity."""
    text = ctx.text
    for sm in re.finditer(r"(?m)^[ \t]*SCHEDULE\s+[A-Z0-9.]+[ \t]*$", text):
        nxt = re.search(
            r"(?m)^[ \t]*(?:SCHEDULE|EXHIBIT|ANNEX)\s+[A-Z0-9.]+[ \t]*$", text[sm.end() :]
        )
        body_end = sm.end() + nxt.start() if nxt else len(text)
        rules = re.finditer(r"\n[ \t]*[-=_][-=_ \t]{4,}(?=\n|$)", text[sm.end() : body_end])
        cuts = [
            sm.end(),
            *(x for r in rules for x in (sm.end() + r.start(), sm.end() + r.end())),
            body_end,
        ]
        instrument: str | None = None
        for start, end in zip(cuts[::2], cuts[1::2], strict=True):
            words = " ".join(text[start:end].split())
            if not words:
                continue
            if instrument is None:
                instrument = _heading_instrument(ctx, words)
                continue
            qm = re.search(r"(\d{1,3}(?:,\d{3})+|\d+)$", words)
            if not qm or re.match(r"(?i)total", words):
                continue
            name = words[: qm.start()].strip()
            evidence = _trimmed(ctx, start, end)
            holders = parties_named(ctx, name) or _new_party(ctx, name, evidence)
            quantity = int(qm.group(1).replace(",", ""))
            for h in holders:
                ctx.collector.relate("HOLDS", h, instrument, evidence, {"quantity": quantity})


def _heading_instrument(ctx: DocContext, heading: str) -> str | None:
    """The defined instrument a schedule's column heading names ("ADDITIONAL WARRANTS")."""
    low = norm_term(heading)
    best: tuple[int, str] | None = None
    for term, refs in ctx.terms.items():
        inst = _labelled(ctx, refs, "Instrument")
        if (
            inst
            and re.search(rf"\b{re.escape(term)}\b", low)
            and (best is None or len(term) > best[0])
        ):
            best = (len(term), inst[0])
    return best[1] if best else None


def _new_party(ctx: DocContext, name: str, evidence: Span) -> list[str]:
    """A holder named only in a schedule row becomes a Party (organisations only)."""
    if not re.search(
        r"(?i)\b(?:inc|ltd|llc|l\.?p|lp|trust|fund|corp\w*|company|bank|partners|n\.a)\b\.?$", name
    ):
        return []
    ref = "party:" + _name_key(name)
    ctx.collector.add(ref, "Party", evidence, {"name": name, "kind": "organization"})
    return [ref]


#: Roles that extend credit, and roles that owe it, wherever the document is about credit.
_LENDER_ROLES = frozenset({"lender", "senior lender", "bank", "holder", "noteholder", "payee"})
_BORROWER_ROLES = frozenset({"borrower", "co-borrower", "maker"})
#: "Company" and "Issuer" owe only under a note (elsewhere a company sells shares or buys).
_NOTE_ISSUER_ROLES = frozenset({"company", "issuer"})
_CREDIT_TITLE = re.compile(r"(?i)\b(?:credit|loan|note|debenture|promissory)\b")


#: Each party's roles and the spans that state them.
Roles = dict[str, tuple[set[str], list[Span]]]


def _roles(ctx: DocContext, signed: list[Signing]) -> Roles:
    """Each party's roles in this document (its PARTY_TO roles, its role-word terms and the
    capacities it signs in), with the spans that state them."""
    out: dict[str, tuple[set[str], list[Span]]] = {}
    for r in ctx.collector.relations.values():
        role = r.props.get("role")
        if r.type == "PARTY_TO" and isinstance(role, str) and _named_party(ctx, r.source):
            slot = out.setdefault(r.source, (set(), []))
            # "German Borrower", "Swing Line Lender": the head word is the capacity
            parts = [norm_term(singular(p)) for p in role_parts(role)]
            slot[0].update(parts + [p.split()[-1] for p in parts if p])
            slot[1].extend(r.evidence[:1])
    for term, refs in ctx.terms.items():
        role = role_of(term)
        for ref in _labelled(ctx, refs, "Party") if role else []:
            slot = out.setdefault(ref, (set(), []))
            slot[0].add(norm_term(singular(str(role))))
            slot[1].extend(ctx.collector.entities[ref].evidence[: 1 - len(slot[1][:1])])
    for s in signed:
        parts = [norm_term(singular(r)) for r in s.roles]
        if parts and _named_party(ctx, s.ref):
            slot = out.setdefault(s.ref, (set(), []))
            slot[0].update(parts + [p.split()[-1] for p in parts])
            slot[1].append(s.span)
    return out


_OFFICER_TITLE = re.compile(
    r"(?i)\b(?:officer|president|secretary|treasurer|director|signatory|chairman)\s*$"
)


#: a corporate form standing alone, never a party's whole name
_FORM_ONLY = re.compile(
    r"(?i)^\s*(?:national\s+association|n\.?\s?a\.?|inc\.?|incorporated|corporation|l\.?l\.?c\.?"
    r"|l\.?p\.?|ltd\.?|limited|company)\s*$"
)


def _named_party(ctx: DocContext, ref: str) -> bool:
    """A company, or a person whose name reads as one (not an officer's title such as
    "Chief Financial Officer", nor a one-word defined term such as "Holdings", that a
    signature page put where a name goes, nor the corporate form a name's second line holds:
    "WELLS FARGO BANK, / NATIONAL ASSOCIATION" side by side with another block)."""
    e = ctx.collector.get(ref)
    name = e.props.get("name") if e else None
    if e is None or not isinstance(name, str) or _OFFICER_TITLE.search(name):
        return False
    if _FORM_ONLY.match(name):
        return False
    if len(name.split()) == 1 and ctx.lookup(name):
        return False
    return e.props.get("kind") != "person" or looks_like_person(name)


def _credit_subjects(ctx: DocContext) -> tuple[bool, list[str]]:
    """Whether the own agreement is about credit (a credit or loan agreement, a note, or an
    amendment of one), and the notes it is or amends (whose issuer and holder its roles name)."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    if own is None or ctx.self_ref is None:
        return False, []
    subjects = [ctx.self_ref] + [
        k[2] for k in ctx.collector.relations if k[0] == "AMENDS" and k[1] == ctx.self_ref
    ]
    credit, notes = False, []
    for ref in subjects:
        e = ctx.collector.get(ref)
        title = e.props.get("title") if e else None
        if e is None or not isinstance(title, str):
            continue
        kind = e.props.get("kind")
        credit = credit or bool(_CREDIT_TITLE.search(title)) or kind in ("note", "debenture")
        if e.label == "Instrument" and kind in ("note", "debenture", "bond"):
            notes.append(ref)
    return credit, notes


def _role_lending(ctx: DocContext, roles: Roles, signed: list[Signing]) -> None:
    """ "A ("Borrower") and B ("Lender") are parties to the Loan Agreement": in a document
    about credit, each party in a lender role LENDS_TO each party in a borrower role; under a
    note the borrower ISSUES it and the lender HOLDS it. Agents, guarantors and creditors of
    other kinds are not lenders, nor is a company that signs only under an acknowledgment
    below the parties' blocks; evidence is where each role is stated."""
    credit, notes = _credit_subjects(ctx)
    if not credit:
        return
    owing = _BORROWER_ROLES | (_NOTE_ISSUER_ROLES if notes else frozenset())
    acknowledging = {s.ref for s in signed if s.acknowledgment and not s.lends}
    lenders = [
        r
        for r, (rs, _) in roles.items()
        if rs & _LENDER_ROLES and not rs & owing and r not in acknowledging
    ]
    borrowers = [r for r, (rs, _) in roles.items() if rs & owing and not rs & _LENDER_ROLES]
    for lender in lenders:
        for borrower in borrowers:
            props: dict[str, PropValue] = {"instrument": notes[0]} if len(notes) == 1 else {}
            if len(notes) == 1:
                amount = ctx.collector.entities[notes[0]].props.get("amount")
                props["amount"] = amount
                props["currency"] = ctx.collector.entities[notes[0]].props.get("currency")
            for ev in roles[lender][1][:1] + roles[borrower][1][:1]:
                ctx.collector.relate("LENDS_TO", lender, borrower, ev, props)
    for note in notes:
        for party, kind in [(b, "ISSUES") for b in borrowers] + [(h, "HOLDS") for h in lenders]:
            for ev in roles[party][1][:1]:
                ctx.collector.relate(kind, party, note, ev)


#: Roles that stand behind another's obligations: guarantors, and grantors and pledgors of
#: security ("among Bird Canada Inc. and ... (collectively, the "Grantors")").
_GUARANTOR_ROLES = frozenset(
    {"guarantor", "subsidiary guarantor", "parent guarantor", "grantor", "pledgor"}
)
_GUARANTOR_CAPTIONS = frozenset({"GUARANTOR", "SUBSIDIARY GUARANTOR", "PARENT GUARANTOR"})


def _secured_agreement(ctx: DocContext) -> str | None:
    """The agreement whose obligations the document's guarantors secure: the own credit or
    loan agreement, else the credit agreement an amendment, consent or guaranty concerns."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    if own is None or ctx.self_ref is None:
        return None
    title = str(own.props.get("title") or "")
    if (
        own.label == "Agreement"
        and _CREDIT_TITLE.search(title)
        and own.props.get("kind") != "amendment"
    ):
        return ctx.self_ref
    amended = [k[2] for k in ctx.collector.relations if k[0] == "AMENDS" and k[1] == ctx.self_ref]
    secured = [
        t
        for t in amended + _primary_agreement(ctx, "")
        if _labelled(ctx, [t], "Agreement") and _CREDIT_TITLE.search(_title(ctx, t))
    ]
    if secured:
        return secured[0]
    # a guaranty (or a credit agreement read under its "Guarantee" article's name) that refers
    # to "the Credit Agreement dated as of ..." under no defined term: the one credit or loan
    # agreement it names is the one guaranteed
    named = [
        (not e.props.get("date"), ref)
        for ref, e in ctx.collector.entities.items()
        if ref != ctx.self_ref
        and e.label == "Agreement"
        and _GUARANTEED_TITLE.search(str(e.props.get("title") or ""))
    ]
    # one agreement, though mentioned both with its date and without it
    titles = {_title(ctx, ref).lower() for _, ref in named}
    return min(named)[1] if len(titles) == 1 else None


#: the title of an agreement whose obligations a guaranty stands behind
_GUARANTEED_TITLE = re.compile(r"(?i)\b(?:credit|loan)\b(?:\s+[\w&-]+){0,3}?\s+agreement\b")


def _role_guaranty(ctx: DocContext, roles: Roles, signed: list[Signing]) -> None:
    """A party the document names as a guarantor SECURES the obligations it guarantees: under
    a credit or loan agreement those of that agreement, under an amendment, consent or
    guaranty those of the credit agreement they concern. So does a company signing under an
    acknowledgment that keeps a guaranty in force ("The undersigned ... agree that the
    Guaranty Agreement ... shall remain in full force"). Evidence: where the role is stated."""
    secured = _secured_agreement(ctx)
    if secured is None:
        return
    # "GUARANTORS:" over blocks that state no capacity of their own: each signs as a guarantor
    captioned = {
        s.ref: s.span
        for s in signed
        if s.caption in _GUARANTOR_CAPTIONS
        and not s.capacity
        and not s.acknowledgment
        and not s.lends
        and s.heads_block
        and _named_party(ctx, s.ref)
    }
    for party, (held, spans) in roles.items():
        # "as Borrower and Guarantor": a co-borrower guarantees the others' obligations too
        if held & _GUARANTOR_ROLES and (not held & _LENDER_ROLES or party in captioned):
            for ev in spans[:1]:
                ctx.collector.relate("SECURES", party, secured, ev)
    for party, span in captioned.items():
        ctx.collector.relate("SECURES", party, secured, span)
    # blocks under "GUARANTORS:" that no reader made a party (unsigned, or named nowhere else)
    known = {
        re.sub(r"[^a-z0-9]", "", str(e.props.get("name")).lower()): ref
        for ref, e in ctx.collector.entities.items()
        if e.label == "Party"
    }
    for name, span in guarantor_blocks(ctx):
        key = re.sub(r"[^a-z0-9]", "", name.lower())
        for party in [known[key]] if key in known else _new_party(ctx, name, span):
            ctx.collector.relate("SECURES", party, secured, span)
    first = min((s.span.start for s in signed), default=0)
    consent = _GUARANTORS_CONSENT.search(ctx.text, 0, first) if signed else None
    for s in signed:
        if s.lends or not s.acknowledgment or not _named_party(ctx, s.ref):
            continue
        # the acknowledgment says in what capacity its signers sign, whatever a caption said;
        # "consented to and accepted" below a clause in which "each Guarantor hereby consents"
        # is the guarantors' consent
        if _GUARANTY_ACK.search(s.acknowledgment):
            ctx.collector.relate("SECURES", s.ref, secured, s.span)
        elif consent and _CONSENTING.search(s.acknowledgment):
            for ev in (s.span, ctx.span(consent.start(), consent.end())):
                ctx.collector.relate("SECURES", s.ref, secured, ev)


#: "each Guarantor ... hereby consents to the terms of this Amendment": the guarantors are
#: asked to consent, and whoever signs the consent below the parties is one of them
_GUARANTORS_CONSENT = re.compile(
    r"(?is)\b(?:each\s+(?:of\s+the\s+)?|the\s+)(?:subsidiary\s+)?guarantors?\b[^.;]{0,200}?"
    r"\bhereby\s+(?:consents?|acknowledges?|confirms?|reaffirms?|ratif(?:y|ies))"
)
#: ("agree" but not "Agreement": "the undersigned has executed this Agreement" consents to nothing)
_CONSENTING = re.compile(r"(?i)\b(?:consent|accept|acknowledg|agree(?!ment)|reaffirm|ratif)")
#: an acknowledgment whose signers stand behind a guaranty of the deal
_GUARANTY_ACK = re.compile(r"(?i)\bguarant(?:y|ee|ies|ees|ors?)\b")


def _signed_lending(ctx: DocContext, roles: Roles, signed: list[Signing]) -> list[str]:
    """ "among the Borrower, the Lenders party hereto and the Agent": in a credit agreement
    (or its amendment) lenders named only as a class are the companies signing as lenders
    ("individually and as Administrative Agent", "as a Lender") and, in that class, those
    signing in no capacity of their own that the text before gives no role but an agent's.
    Each LENDS_TO the borrowers; evidence: the signature block and the borrower's role."""
    credit, notes = _credit_subjects(ctx)
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    classed = names_lenders_as_class(ctx)
    if not (credit or classed) or notes or own is None or own.label != "Agreement":
        return []
    stated = _term_roles(ctx)
    borrowers = [
        r for r, (rs, _) in roles.items() if rs & _BORROWER_ROLES and not rs & _LENDER_ROLES
    ]
    if not borrowers:  # "the Company" of a credit agreement is its borrower
        borrowers = [r for r, rs in stated.items() if rs == {"company"} and r in roles]
    if not borrowers:
        return []
    found: list[str] = []
    start = min(s.span.start for s in signed) if signed else 0
    for s in signed:
        if (s.acknowledgment and not s.lends) or not s.heads_block or s.ref in borrowers:
            continue
        if not _named_party(ctx, s.ref):
            continue
        if s.lends:
            lender = True
        elif s.capacity or not classed or s.caption not in ("", "LENDER", "BANK"):
            lender = False
        elif stated.get(s.ref):  # named before in roles of its own: lends if only an agent
            lender = all("agent" in r for r in stated[s.ref])
        else:  # no capacity and no role: one of the class unless named before as no agent
            lender = not _named_before(ctx, s.ref, start) or _named_as_agent(ctx, s.ref, start)
        if not lender:
            continue
        found.append(s.ref)
        for borrower in borrowers:
            if borrower != s.ref:
                for ev in [s.span, *roles[borrower][1][:1]]:
                    ctx.collector.relate("LENDS_TO", s.ref, borrower, ev)
    return found


#: notes a credit agreement's borrower gives its lenders ("Revolving Note", "Term Note",
#: "Line of Credit Note"), not securities sold under an indenture or between affiliates
_LOAN_NOTE = re.compile(
    r"(?i)\b(?:revolving|term|line\s+of\s+credit|swing\s*line|credit|loan|promissory|replacement)"
    r"\b.*\bnotes?$"
)
_DEFINED_AS_LOAN_NOTE = re.compile(
    r"(?i)\b(?:promissory|revolving|term|credit|loan)\s+notes?\s*\((?:each\s+|collectively\s+)?(?:the\s+)?[\"\u201c]"
)
_NOT_LOAN_NOTE = re.compile(r"(?i)\b(?:senior|subordinated|convertible|intercompany|exchange)\b")


def _loan_notes(ctx: DocContext, roles: Roles, signing_lenders: list[str]) -> None:
    """The notes a credit agreement (or its amendment) defines: its borrowers ISSUE them, its
    lenders HOLD them, and they are ISSUED_UNDER the credit agreement. Evidence: where the
    note is defined and where each role is stated."""
    credit, own_notes = _credit_subjects(ctx)
    agreement = _secured_agreement(ctx) if credit and not own_notes else None
    if agreement is None:
        return
    owing = [r for r, (rs, _) in roles.items() if rs & _BORROWER_ROLES and not rs & _LENDER_ROLES]
    if not owing:  # "the Company" of a credit agreement (one company alone) is its borrower
        owing = [r for r, rs in _term_roles(ctx).items() if rs == {"company"} and r in roles]
        owing = owing if len(owing) == 1 else []
    lenders = [r for r, (rs, _) in roles.items() if rs & _LENDER_ROLES and not rs & _BORROWER_ROLES]
    lenders += [r for r in signing_lenders if r not in lenders]
    for ref, e in list(ctx.collector.entities.items()):
        title = e.props.get("title")
        if e.label != "Instrument" or e.contained or not isinstance(title, str):
            continue
        # "new promissory notes (the "New Dollar Notes")": the defining words may say it
        defined_as = _DEFINED_AS_LOAN_NOTE.search(e.evidence[0].text) if e.evidence else None
        if e.props.get("kind") != "note" or not (_LOAN_NOTE.search(title) or defined_as):
            continue
        if _NOT_LOAN_NOTE.search(title) or not owing:
            continue
        dated, since = e.props.get("date"), ctx.collector.entities[agreement].props.get("date")
        if isinstance(dated, str) and isinstance(since, str) and dated < since:
            continue  # a note older than the credit agreement was not issued under it
        ev = e.evidence[0]
        ctx.collector.relate("ISSUED_UNDER", ref, agreement, ev)
        issuers = _named_issuers(ctx, ev.text, owing) or owing
        for party, kind in [(b, "ISSUES") for b in issuers] + [(h, "HOLDS") for h in lenders]:
            for span in [ev, *roles.get(party, (set(), []))[1][:1]]:
                ctx.collector.relate(kind, party, ref, span)


def _named_issuers(ctx: DocContext, clause: str, owing: list[str]) -> list[str]:
    """The borrowers a note's defining clause names as its maker ("received from the Company
    new promissory notes ... executed and delivered by the Company"); [] when it names none."""
    named: list[str] = []
    for m in re.finditer(
        r"\b(?:by|from|of)\s+(?:the\s+|each\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})", clause
    ):
        # else a second term its definition gave it ("the "Borrower" and the "Company"")
        refs = parties_named(ctx, m.group(1)) or [r for r in owing if _quotes(ctx, r, m.group(1))]
        named += [r for r in refs if r in owing and r not in named]
    return named


def _quotes(ctx: DocContext, ref: str, term: str) -> bool:
    """Whether the party's PARTY_TO statement defines ``term`` for it ("(the "Borrower" and
    the "Company")"), where only its first term was bound."""
    rel = ctx.collector.relations.get(("PARTY_TO", ref, ctx.self_ref or ""))
    quoted = rf"[\"\u201c]{re.escape(term)}[\"\u201d]"
    return rel is not None and any(re.search(quoted, sp.text) for sp in rel.evidence)


#: "WELLS FARGO BANK, N.A., ... and KEY BANK, as Co-Agents (collectively, ...": the capacity
#: a list of names ends with, up to the parenthesis that defines its term
_AS_AGENT = re.compile(r"(?is)(?:[^(;.]|\.(?=\S)){0,300}?\bas\s+(?:[\w-]+\s*){0,3}?agents?\b")


def _named_as_agent(ctx: DocContext, ref: str, pos: int) -> bool:
    """Whether the text before ``pos`` names the party as an agent of the lenders (an agent
    of a syndicate that signs in no other capacity is one of its lenders)."""
    e = ctx.collector.get(ref)
    spans = [sp for sp in e.evidence if sp.end <= pos] if e else []
    return any(_AS_AGENT.match(ctx.text, sp.end, min(pos, sp.end + 300)) for sp in spans[:3])


def _term_roles(ctx: DocContext) -> dict[str, set[str]]:
    """Each party's roles as the defined terms naming it state them ("Senior Managing Agent")."""
    out: dict[str, set[str]] = {}
    for term, refs in ctx.terms.items():
        role = role_of(term)
        for ref in _labelled(ctx, refs, "Party") if role else []:
            out.setdefault(ref, set()).add(norm_term(singular(str(role))))
    return out


def _named_before(ctx: DocContext, ref: str, pos: int) -> bool:
    """Whether the party is named in the text before ``pos`` (the preamble, the recitals)."""
    e = ctx.collector.get(ref)
    return e is not None and any(sp.start < pos for sp in e.evidence)


def _title(ctx: DocContext, ref: str) -> str:
    e = ctx.collector.get(ref)
    return str(e.props.get("title") or "") if e else ""


_ISSUER_ROLES = frozenset({"company", "issuer", "maker", "borrower", "corporation"})
_HOLDER_ROLES = frozenset({"holder", "registered holder", "warrantholder", "noteholder", "payee"})


def _instrument_roles(ctx: DocContext, roles: Roles) -> None:
    """ "purchase from Acme, Inc. (the "Company")", written in a warrant or a note: the party in
    the issuer's role ISSUES the document's own instrument and the one in the holder's role
    HOLDS it (credit documents get the same edges, with lending, from :func:`_role_lending`)."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    if own is None or own.label != "Instrument" or ctx.self_ref is None:
        return
    if any(k[0] == "AMENDS" and k[1] == ctx.self_ref for k in ctx.collector.relations):
        return  # an amendment of a note is signed by its parties, not issued or held
    for party, (held, spans) in roles.items():
        issuer, holder = bool(held & _ISSUER_ROLES), bool(held & _HOLDER_ROLES)
        if issuer != holder:
            for ev in spans[:1]:
                ctx.collector.relate("ISSUES" if issuer else "HOLDS", party, ctx.self_ref, ev)


#: "THIS CERTIFIES THAT, for value received, Bluestem Capital, L.P., or its registered assigns
#: (the "Holder"), is entitled to purchase from the Company up to 250,000 shares": the holder a
#: warrant is made out to
_CERTIFIES = re.compile(
    r"(?s)\bTHIS\s+CERTIFIES\s+THAT,?\s+(?:for\s+value\s+received,?\s+)?"
    r"(?P<holder>[A-Z][^,()\n]{2,100}?(?:,\s*(?:Inc|L\.?P|LLC|Ltd|N\.A)\.?)?)"
    r"(?:,\s*(?:a|an)\s+[^,()]{3,80})?,?\s+(?:or\s+(?:its|his|her|their)\s+(?:registered\s+|permitted\s+)?"
    r"assigns\s*)?(?:\([^()]{0,60}\)\s*)?,?\s*(?:is|shall\s+be)\s+entitled\s+to\s+(?:purchase|subscribe)"
)


def _certificate_holder(ctx: DocContext) -> None:
    """The holder a warrant certifies HOLDS it (the document's own warrant); evidence: the
    certifying sentence."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    if own is None or own.label != "Instrument" or ctx.self_ref is None:
        return
    m = _CERTIFIES.search(ctx.text, 0, 6000)
    if m is None or re.search(r"_{3,}|\[", m["holder"]):
        return
    name = " ".join(m["holder"].split())
    evidence = _trimmed(ctx, m.start(), m.end())
    holders = parties_named(ctx, name)
    if not holders and re.search(
        r"(?i)\b(?:inc|l\.?p|llc|ltd|fund|trust|partners|corp\w*)\.?$", name
    ):
        holders = [add_party(ctx, name, m.start("holder"), m.end("holder"), kind="organization")]
    elif not holders and looks_like_person(name):
        holders = [add_party(ctx, name, m.start("holder"), m.end("holder"), kind="person")]
    for h in holders:
        ctx.collector.relate("HOLDS", h, ctx.self_ref, evidence)


def _references(ctx: DocContext) -> None:
    """Dated agreements and instruments mentioned with no stronger relation: REFERENCES."""
    own = ctx.self_ref
    if not own:
        return
    linked = {k[2] for k in ctx.collector.relations if k[1] == own} | {
        k[1] for k in ctx.collector.relations if k[2] == own
    }
    for ref, e in list(ctx.collector.entities.items()):
        if ref == own or ref in linked or e.contained or e.label not in ("Agreement", "Instrument"):
            continue
        if e.props.get("date") and e.props.get("title"):
            ctx.collector.relate("REFERENCES", own, ref, e.evidence[0])


def extract_relations(ctx: DocContext) -> None:
    """LENDS_TO, ISSUES, HOLDS, ISSUED_UNDER, SECURES, WAIVES and REFERENCES from ``ctx``."""
    text = ctx.text
    spans = list(sentences(text))
    by_class: list[ClassWaiver] = []
    for lo, hi in spans:
        sentence = text[lo:hi]
        low = sentence.lower()
        # Each reader runs only where its verb is written: most sentences have none of them.
        if "promise" in low:
            _promises(ctx, lo, sentence)
        if any(w in low for w in ("borrow", "loan", "advance", "credit", "debt")):
            _lending(ctx, lo, sentence)
        if "%" in sentence and any(w in sentence for w in ("Note", "Debenture", "Bond")):
            _rated_issues(ctx, lo, sentence)
        if "issued by" in low and "mean" in low:
            _defined_issued(ctx, lo, sentence)
        if "issue" in low or "sold" in low or "sell" in low:
            _issuance(ctx, lo, sentence)
            _tranches(ctx, lo, sentence)
        if "letter" in low and "issu" in low:
            _letters_of_credit(ctx, lo, sentence)
        if "purchased from" in low or "bought from" in low or "acquired from" in low:
            _purchase(ctx, lo, sentence)
        if any(w in low for w in _ISSUED_UNDER_CUES) and any(w in low for w in _SECURITY_CUES):
            _issued_under(ctx, lo, sentence)
        if "secured" in low or "guarant" in low or re.search(r"security\s+interest", low):
            _security(ctx, lo, sentence)
        if "waive" in low:
            _waivers(ctx, lo, sentence, _following(text, hi), by_class)
    _schedule_holders(ctx)
    # the parties' roles are read once (these three add no PARTY_TO), then turned into edges
    signed = signings(ctx)
    roles = _roles(ctx, signed)
    _role_lending(ctx, roles, signed)
    lenders = _signed_lending(ctx, roles, signed)
    _class_waivers(ctx, by_class, lenders)
    _role_guaranty(ctx, roles, signed)
    _loan_notes(ctx, roles, lenders)
    _instrument_roles(ctx, roles)
    _certificate_holder(ctx)
    _references(ctx)


#: words between a maker and its promise: "the Company hereby jointly and severally promises"
_PROMISE_ADVERBS = re.compile(
    r"(?i)(?:[\s,]+(?:hereby|jointly|and|severally|unconditionally|irrevocably|absolutely))+\s*$"
)


def note_makers(ctx: DocContext, before: str) -> list[str]:
    """The makers a note text names before its promise to pay (see :func:`_makers`), else the
    party its subject names ("the Company hereby promises")."""
    return _makers(ctx, before) or _subject_before(ctx, _PROMISE_ADVERBS.sub("", before))


def note_payees(ctx: DocContext, clause: str) -> list[str]:
    """The payees of a promise to pay ("to the order of First Bank (the "Bank")"): the party
    named, else the one its defined term after the name stands for; none for a blank."""
    m = _PROMISE.search(clause)
    if not m or re.search(r"_{3,}|\[", m["payee"]):
        return []
    payees = parties_named(ctx, m["payee"])
    if not payees:
        term = _QUOTED_TERM.search(clause[m.end() : m.end() + 60])
        payees = _labelled(ctx, ctx.lookup(term.group(1)), "Party") if term else []
    return payees


#: "This note is the Revolving Note referred to in the Credit Agreement", "as such term is
#: defined in the Credit Agreement between ...", "issued pursuant to that certain Note Purchase
#: Agreement": the agreement a note text says it belongs to (title words may be joined by
#: "and", "of", "to": "Revolving Credit and Term Loan Agreement").
_NOTE_UNDER = re.compile(
    r"(?s)\b(?:referred\s+to\s+in|(?:issued|delivered|executed|made)\s+(?:under|pursuant\s+to"
    r"|in\s+connection\s+with)|defined\s+in|subject\s+to\s+the\s+terms\s+of)\s*,?\s+"
    r"(?P<agr>(?:that\s+certain|the|a\s+certain)\s+(?:(?:[A-Z][\w'\u2019-]*|and|of|to|for)\s+)"
    r"{0,10}?(?:Agreement|Indenture))\b"
)


def notes_agreement(
    ctx: DocContext, text: str, start: int, end: int
) -> tuple[str, tuple[int, int]] | None:
    """The agreement a note text (``text[start:end]``) is issued under and the clause saying
    so: the first one it names that resolves to an agreement of the document."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    own_title = norm_title(str(own.props.get("title") or "")) if own else ""
    for m in _NOTE_UNDER.finditer(text, start, end):
        phrase = re.sub(r"^(?:that\s+certain|the|a\s+certain)\s+", "", " ".join(m["agr"].split()))
        want = norm_title(phrase)
        found = [
            ref
            for ref, e in ctx.collector.entities.items()
            if e.label == "Agreement" and norm_title(str(e.props.get("title") or "")) == want
        ] or _agreements_in(ctx, phrase)
        own_named = own_title == want or own_title.endswith(" " + want)
        if not found and own is not None and own.label == "Agreement" and ctx.self_ref:
            found = [ctx.self_ref] if len(want.split()) >= 2 and own_named else []
        if found:
            return found[0], (m.start(), m.end())
    return None
