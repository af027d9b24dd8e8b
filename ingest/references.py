"""Agreements and instruments a document *mentions*, and the amendment chains it states.

Vocabulary:
- *title*: a run of capitalised words ending in a head noun ("Credit Agreement",
  "Amendment No. 1 to Loan and Warrant Agreement", "Promissory Note").
- *mention*: a title with what identifies it nearby: its date ("dated as of May 11, 2001",
  "of even date herewith"), and the defined term it introduces ("(as amended, the
  "Agreement")").
- *chain*: "X dated D1, as amended by Y dated D2 and Z dated D3" -- Y and Z AMEND X.

Mentioned agreements get refs from their title and date so that the same agreement mentioned
twice in a document is one entity, and so that ``graph.resolve`` can merge it with the node of
the document that holds its own text (keys there are built from kind, title and date).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ingest.agreements import ORDINALS
from ingest.amounts import UNITS
from ingest.context import DocContext, norm_term
from ingest.dates import DATE_RE, parse_date
from ingest.defined_terms import find_definitions
from ingest.names import singular
from ingest.records import PropValue, Span

#: a written date, as a pattern to embed in the cue patterns below: ``ingest.dates``'s pattern
#: without its group names (a cue may hold two dates).
DATE = re.sub(r"\(\?P<\w+>", "(?:", DATE_RE.pattern)


#: "Second" and "No. Two" alike: the number words of amendment titles.
_ORDINALS = {**ORDINALS, **{w: n for w, n in UNITS.items() if 1 <= n <= 10}}
_ORDINAL = "(?:" + "|".join(w.capitalize() for w in ORDINALS) + ")"
_NUMBER = r"(?:(?:No\.?|Number|#)\s*(?:\d+|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten))"
_AGREEMENT_HEADS = r"Agreement|Lease|Guaranty|Guarantee|Indenture"
_INSTRUMENT_HEADS = r"Notes?|Debentures?|Warrants?|Letters?\s+of\s+Credit|Bonds?"
_WORD = rf"(?:[A-Z][a-z][A-Za-z'\u2019\-]*|[A-Z]{{2,5}}\b|{_NUMBER}|\d{{4}}|\d+%)"
#: "Amendment No. 4 to the Credit Agreement": "to the" / "of the" join a title too
_JOIN = r"(?:\s+(?:(?:to|of)(?:\s+the)?|and|for|&)\s+|\s+)"
#: a capitalised title ending in an agreement or instrument head noun (or a numbered amendment)
TITLE = re.compile(
    rf"\b(?:{_WORD}{_JOIN})*"
    rf"(?:(?:{_AGREEMENT_HEADS}|{_INSTRUMENT_HEADS})\b"
    rf"|(?:{_ORDINAL}\s+)?Amendment(?:\s+{_NUMBER})?(?!\s+(?:to|of)\b)(?!\s+{_NUMBER}))"
)
#: determiners, and the preposition a sentence may open on ("Pursuant to the Securities
#: Purchase Agreement ..."), before a title
_LEADING = re.compile(
    r"^(?:(?:The|This|That|Such|Each|Any|Said|Certain|A|An|All|Other|Pursuant\s+to|Under|the)\s+)+"
)
#: "Amendment No. 2 and Waiver", "Amendment No. 6, Consent and Waiver", "First Amendment to
#: Credit Agreement and Consent": what an amendment's title joins after its number or its
#: amended agreement ("..., Consent of the Guarantors" names another document).
_JOINED_AFTER = re.compile(
    r"(?:\s*,\s*(?:(?:and|AND)\s+)?|\s+(?:and|AND|&)\s+)"
    r"(?:Consent|Waiver|Agreement|Release|Reaffirmation|Ratification|Joinder"
    r"|CONSENT|WAIVER|AGREEMENT|RELEASE|REAFFIRMATION)\b"
    r"(?!\s+(?:of|to|under|by|with|OF|TO|UNDER|BY|WITH)\b)"
)
#: "Amendment One", "AMENDMENT TWO": a number word right after the word amendment
_NUMBER_WORD = re.compile(r"(?i)\bamendment\s+(one|two|three|four|five|six|seven|eight|nine|ten)\b")
#: "Waiver and First Amendment", "Consent and Letter Amendment", "Limited Waiver and
#: Amendment No. 3": a waiver or consent joined to an amendment is an amendment.
_JOINED = (
    r"(?:(?:Limited\s+)?(?:Waiver|Consent|Forbearance|Joinder|Reaffirmation|Release|Ratification)"
    r"(?:\s+Agreement)?(?:,\s*|\s+(?:and|&)\s+))?"
)
#: "Letter Amendment", "Incremental Amendment": words that say what sort of amendment it is.
_AMENDMENT_SORT = r"(?:Omnibus|Letter|Incremental|Extension|Technical)"
_AMENDMENT_TITLE = re.compile(
    rf"^{_JOINED}(?:{_ORDINAL}\s+)?(?:{_AMENDMENT_SORT}\s+)?"
    rf"Amendment(?:\s+{_NUMBER})?(?:\s|$)"
    rf"|^{_ORDINAL}\s+(?:Amendment|Supplement|Modification)|^(?:Amendment|Supplement)\b"
)

_KIND_BY_WORDS: tuple[tuple[str, str], ...] = (
    (r"registration rights", "registration_rights"),
    (r"security agreement|collateral agreement", "security_agreement"),
    (r"pledge", "pledge_agreement"),
    (r"guarant", "guaranty"),
    (r"subordination|intercreditor", "subordination_agreement"),
    (r"purchase agreement|subscription agreement", "purchase_agreement"),
    (r"credit agreement", "credit_agreement"),
    (r"loan", "loan_agreement"),
    (r"warrant agreement", "warrant_agreement"),
    (r"lease", "lease"),
    (r"waiver", "waiver"),
    (r"consent", "consent"),
    (r"merger", "merger_agreement"),
    (r"license", "license_agreement"),
    (r"employment", "employment_agreement"),
)
_INSTRUMENT_KIND_BY_WORDS: tuple[tuple[str, str], ...] = (
    (r"debenture", "debenture"),
    (r"warrant", "warrant"),
    (r"letters? of credit", "letter_of_credit"),
    (r"bond", "bond"),
    (r"note", "note"),
)


def is_amendment_title(title: str) -> bool:
    """Whether a title names an amendment ("Second Amendment to ...", "Amendment No. 3")."""
    return bool(_AMENDMENT_TITLE.search(title))


def is_instrument_title(title: str) -> bool:
    """Whether the title's head noun is an instrument (note, debenture, warrant, ...)."""
    head = _amended_base(title) if is_amendment_title(title) else title
    return bool(re.search(rf"(?:{_INSTRUMENT_HEADS})$", head.strip()))


def title_kind(title: str) -> str:
    """The agreement or instrument kind a title states (kinds of ``graph.schema``)."""
    if is_amendment_title(title):
        return "amendment"
    low = title.lower()
    table = _INSTRUMENT_KIND_BY_WORDS if is_instrument_title(title) else _KIND_BY_WORDS
    for pattern, kind in table:
        if re.search(pattern, low):
            return kind
    return "instrument" if is_instrument_title(title) else "agreement"


def amendment_number(title: str) -> int | None:
    m = re.search(rf"(?i)\b(?:No\.?|Number|#)\s*(\d+|{'|'.join(_ORDINALS)})\b", title)
    if m:
        v = m.group(1).lower()
        return int(v) if v.isdigit() else _ORDINALS.get(v)
    m = re.search(rf"(?i)\b({_ORDINAL})\s+(?:{_AMENDMENT_SORT}\s+)?Amendment", title)
    if m:
        return _ORDINALS[m.group(1).lower()]
    m = _NUMBER_WORD.search(title)
    return _ORDINALS[m.group(1).lower()] if m else None


def _amended_base(title: str) -> str:
    """What an amendment title says it amends ("... to Credit Agreement" -> "Credit Agreement")."""
    m = re.search(r"\b(?:to|of)\s+(?:the\s+)?(.+)$", title)
    return m.group(1) if m else ""


def amended_titles(title: str) -> list[str]:
    """Titles an amendment names as its targets; "X Agreement and Y Agreement" gives both."""
    base = _amended_base(title)
    if not base:
        return []
    heads = rf"(?:{_AGREEMENT_HEADS}|{_INSTRUMENT_HEADS})"
    parts = re.findall(rf"(.+?\b{heads})(?:\s*(?:,|and|&)\s+|$)", base)
    return [p.strip() for p in parts if p.strip()]


def restated_base(title: str) -> str | None:
    """The prior title an "Amended and Restated X" replaces, else None."""
    m = re.match(r"(?:(?:\w+)\s+)?Amended\s+and\s+Restated\s+(.+)$", title)
    return m.group(1) if m else None


def norm_title(title: str) -> str:
    """One spelling of a title for matching within a document ("Second" = "No. 2")."""
    t = norm_term(title).replace("\u2019", "'")
    t = re.sub(r"\s*(?:\b(?:no\.?|number)(?=[\s\d])|#)\s*", " no ", t)
    t = re.sub(
        rf"\b({'|'.join(k for k in _ORDINALS if k.endswith(('st', 'nd', 'rd', 'th')))})"
        r" amendment\b",
        lambda m: f"amendment no {_ORDINALS[m.group(1)]}",
        t,
    )
    t = re.sub(
        r"\bamendment (one|two|three|four|five|six|seven|eight|nine|ten)\b",
        lambda m: f"amendment no {_ORDINALS[m.group(1)]}",
        t,
    )
    t = re.sub(
        r"\bno (one|two|three|four|five|six|seven|eight|nine|ten)\b",
        lambda m: f"no {_ORDINALS[m.group(1)]}",
        t,
    )
    t = re.sub(r"\b(to|of) the\b", r"\1", t)  # "Amendment No. 4 to the Credit Agreement"
    return " ".join(re.sub(r"[^a-z0-9%& ]+", " ", t).split())


def mention_ref(title: str, date: str | None) -> str:
    """The document-local ref of a mentioned agreement or instrument."""
    prefix = "instrument" if is_instrument_title(title) else "agreement"
    return f"{prefix}:{norm_title(title)}|{date or ''}"


def clean_title(raw: str) -> str:
    """A matched title without leading determiners and with single spaces."""
    return " ".join(_LEADING.sub("", raw.strip()).split())


@dataclass(frozen=True, slots=True)
class Mention:
    """One titled agreement or instrument as written in the text."""

    title: str
    start: int
    end: int
    date: str | None = None
    term: str | None = None


_Q = '["\u201c\u201d]'
#: "(as heretofore modified, the "Existing Credit Agreement", and together with this
#: Amendment, the "Credit Agreement")": the first term a parenthesis defines names the title
_TERM_PAREN = re.compile(
    rf"\s*\((?:[^()\"\u201c\u201d]|\([^()]*\))*?{_Q}(?P<term>[^\"\u201c\u201d]{{1,60}}){_Q}"
    rf"(?:\s*,\s*(?:and\s+)?together\s+with\b[^()]{{0,120}})?\s*\)"
)
_DATED = re.compile(
    rf"(?:dated|made|entered\s+into|effective)(?:\s+as)?(?:\s+of|\s+on)?\s+(?P<date>{DATE})"
    rf"|as\s+of\s+(?P<date2>{DATE})|(?:dated\s+)?of\s+even\s+date\s+herewith"
    r"|dated\s+(?:as\s+of\s+)?the\s+date\s+hereof"
)
#: ", as the same may be amended ... from time to time," before a defined term
_AS_AMENDED = re.compile(
    r"\s*,?\s*(?:and\s+)?as\s+(?:the\s+same\s+|so\s+)?(?:may\s+(?:have\s+been\s+|be\s+)"
    r"|has\s+been\s+|heretofore\s+)?(?:further\s+)?(?:amended|modified|supplemented|restated|hereby)"
    r"[^()\"\u201c\u201d;]{0,120}?(?=\s*,?\s*\()\s*,?"
)
_PARTY_CLAUSE = re.compile(
    r"\s*,?\s*(?:\([^()]*\)\s*,?\s*)?(?:by\s+and\s+)?(?:among|between|by|executed|issued|made"
    r"|entered|of|for\s+the\s+benefit|in\s+favou?r|from|to|with)\b"
)
_SENTENCE_END = re.compile(r"(?<!\b(?:St|No|Co|Mr|Ms|Dr|Jr|Sr))(?<!\b[A-Z])\.\s+[A-Z][a-z]")
_HEAD_WORD = re.compile(rf"\b(?:{_AGREEMENT_HEADS}|{_INSTRUMENT_HEADS})\b")
_AMOUNT_GAP = re.compile(
    r"\s*,?\s*(?:in\s+the\s+(?:original\s+|aggregate\s+)*principal\s+amount\s+"
    r"of\s+)?(?:U\.?S\.?\s*)?\$\s*[\d,.\[\]_]+"
)
#: the first link of a chain: "(as amended by (that certain) ..."
_CHAIN_START = re.compile(
    r"\s*,?\s*(?P<paren>\()?\s*(?:(?:and|which\s+\w+(?:\s+\w+)?\s+(?:has|have)\s+been)\s+)?"
    r"(?:as\s+)?(?:further\s+)?(?:amended|supplemented|modified)"
    r"(?:(?:,|\s+and|\s+or)\s+(?:restated|supplemented|modified|amended)){0,3}"
    r"(?:\s+from\s+time\s+to\s+time,?)?(?:\s+including(?:,?\s+without\s+limitation,?)?)?"
    r"\s+(?:by|pursuant\s+to)\s+(?:that\s+certain\s+|the\s+|a\s+)?"
)
#: "..., by and among Borrowers and Bank, as amended by ...": the parties between a title's
#: date and its chain
_PARTIES_BEFORE_CHAIN = re.compile(
    r"\s*,?\s*(?:by\s+and\s+)?(?:among|between)\s+[^;()\"\u201c\u201d]{1,200}?"
    r"(?=,\s*(?:and\s+)?as\s+(?:further\s+)?(?:amended|supplemented|modified)\b)"
)
#: a further link of a started chain: ", the Amendment No. 2 ...", "and by Amendment No. 3 ..."
_CHAIN_NEXT = re.compile(
    r"\s*,?\s*(?:(?:and\s+)?(?:as\s+further\s+amended\s+)?(?:by\s+)?)?"
    r"(?:that\s+certain\s+|the\s+)?"
)
#: a term closing the parenthesis a chain opened: "..., the "Loan Agreement")"
_TERM_CLOSING = re.compile(
    r"[^()\"\u201c\u201d;]{0,250}?\b(?:the|this)\s+[\"\u201c](?P<term>[^\"\u201c\u201d]{1,60})"
    r"[\"\u201d]\s*\)"
)


#: "the Securities Purchase Agreement, between the Company and the Holder": an undated
#: mention is still a particular agreement when the text says whose it is.
_STATED_PARTIES = re.compile(r"\s*,?\s*(?:\([^()]*\)\s*,?\s*)?(?:by\s+and\s+)?(?:among|between)\s")


def _gap_ok(gap: str) -> bool:
    """A gap between a title and its date may name parties, but no sentence end or other title."""
    outside = re.sub(r"\([^()]*\)", "", gap)
    return not (_SENTENCE_END.search(gap) or _HEAD_WORD.search(outside) or ";" in gap)


def _date_after(text: str, pos: int, self_date: str | None) -> tuple[str | None, int]:
    """The date stated right after a title (allowing a parties clause), and where it ends."""
    window = text[pos : pos + 400]
    m = _DATED.search(window)
    if not m:
        return None, pos
    gap = window[: m.start()]
    if len(gap) > 300 or not _gap_ok(gap):
        return None, pos
    if gap.strip(" ,\n") and not (
        _PARTY_CLAUSE.match(gap) or re.fullmatch(r"\s*\([^()]*\)\s*,?\s*", gap)
    ):
        return None, pos
    date = m["date"] or m["date2"]
    return (parse_date(date) if date else self_date), pos + m.end()


def _names_same_thing(term: str, title: str) -> bool:
    """A term can name a titled mention if it ends in a head noun or shares a word with it
    ("Debenture Agreement", "Senior NPA"); "(the "Closing")" after a title names something else."""
    words = set(norm_title(title).split()) - {"and", "to", "of", "the", "no"}
    if re.search(r"(?i)\bamendment\b", title) and not re.search(
        r"(?i)\b(?:amendment|supplement|modification|waiver|consent)", term
    ):
        # "Amendment Four to the Credit Agreement ... (as amended, the "Credit Agreement")":
        # the term names the amended agreement, never the amendment
        return False
    head = _HEAD_WORD.search(term.split()[-1])
    if head and _same_head(head.group(0), words):
        return True
    if head and _HEAD_WORD.search(title):
        # "the Credit Agreement (the "Existing Guaranty")": the term heads another kind of
        # document, named earlier in the clause
        return False
    return bool(words & set(norm_title(term).split()))


def _same_head(head: str, title_words: set[str]) -> bool:
    """Whether a term's head noun occurs in the title ("Guaranty" = "Guarantee", "Notes" =
    "Note")."""
    h = norm_title(head).rstrip("s").replace("guarantee", "guaranty")
    return any(w.rstrip("s").replace("guarantee", "guaranty") == h for w in title_words)


def _term_after(text: str, pos: int, title: str) -> tuple[str | None, int]:
    """A defined term introduced right after ``pos`` ("(as amended, the "Agreement")")."""
    filler = _AS_AMENDED.match(text, pos)
    if filler and re.search(r"\bby\s", filler.group(0)):
        filler = None  # "as amended by X" is a chain, read by the caller
    m = _TERM_PAREN.match(text, pos) or (_TERM_PAREN.match(text, filler.end()) if filler else None)
    if not m or len(m.group(0)) > 250 or not _names_same_thing(m["term"], title):
        return None, pos
    if re.search(r"\b(?:amended|supplemented|modified)\s+by\b", m.group(0)):
        return None, pos  # "(as amended by X ..., the "Y")" is a chain, read by the caller
    inner = m.group(0)
    if re.search(r"\b(?:herein|hereinafter|the|this|as\s+amended|collectively)\b", inner, re.I) or (
        re.match(rf"\s*\(\s*{_Q}", inner)
    ):
        return " ".join(m["term"].split()), m.end()
    return None, pos


#: the head noun every title ends in
_TITLE_HEAD = re.compile(rf"\b(?:{_AGREEMENT_HEADS}|{_INSTRUMENT_HEADS}|Amendment)\b")


def _next_title(text: str, pos: int) -> re.Match[str] | None:
    """The next title at or after ``pos``: searched back from the next head noun (a title is
    a few words long), not tried at every capitalised word of the document."""
    head = _TITLE_HEAD.search(text, pos)
    while head:
        m = TITLE.search(text, max(pos, head.start() - 300))
        if m:
            return m
        head = _TITLE_HEAD.search(text, head.end())
    return None


def find_mentions(text: str, self_date: str | None = None) -> list[tuple[Mention, list[Mention]]]:
    """Every dated or term-defining titled mention, with the amendments chained onto it.

    Returns ``(head, amendments)`` pairs in text order; a chained amendment is not repeated
    as a head of its own.
    """
    found: list[tuple[Mention, list[Mention]]] = []
    pos = 0
    while True:
        m = _next_title(text, pos)
        if not m:
            return found
        head, end = _read_mention(text, m, self_date)
        pos = max(m.end(), end)
        if head is None:
            continue
        chain: list[Mention] = []
        chains = head.term is None and not is_amendment_title(head.title)
        start = None
        if chains:
            parties = _PARTIES_BEFORE_CHAIN.match(text, pos)
            start = _CHAIN_START.match(text, parties.end() if parties else pos)
        link: re.Match[str] | None = start
        while link:
            nxt = TITLE.match(text, link.end())
            linked, lend = _read_mention(text, nxt, self_date) if nxt else (None, pos)
            if linked is None or not (
                is_amendment_title(linked.title) or re.search(r"\bAmendment\b", linked.title)
            ):
                break
            chain.append(linked)
            pos = lend
            if linked.term:
                head = Mention(head.title, head.start, head.end, head.date, linked.term)
                chain[-1] = Mention(linked.title, linked.start, linked.end, linked.date)
                break
            link = _CHAIN_NEXT.match(text, pos)
        if start and start["paren"] and chain and head.term is None:
            closing = _TERM_CLOSING.match(text, pos)
            if closing and _names_same_thing(closing["term"], head.title):
                head = Mention(head.title, head.start, head.end, head.date, closing["term"])
                pos = closing.end()
        if head.term is None:
            term, pos2 = _term_after(text, pos, head.title)
            if term:
                head = Mention(head.title, head.start, head.end, head.date, term)
                pos = pos2
        if head.date or head.term or chain or _STATED_PARTIES.match(text, pos):
            found.append((head, chain))


def _read_mention(text: str, m: re.Match[str], self_date: str | None) -> tuple[Mention | None, int]:
    """The mention starting at a title match: title, date, an amount gap and a defined term."""
    end = m.end()
    if re.search(r"(?i)\bamendment\b", m.group(0)):
        while joined := _JOINED_AFTER.match(text, end):
            end = joined.end()
    raw = text[m.start() : end]
    title = clean_title(raw)
    if len(title.split()) < 2:
        return None, end
    start = m.start() + raw.index(title.split()[0])
    term, pos = _term_after(text, end, title)
    date, pos2 = _date_after(text, pos, self_date)
    if date:
        pos = pos2
        amount = _AMOUNT_GAP.match(text, pos)
        if amount:
            pos = amount.end()
    if term is None:
        term, pos = _term_after(text, pos, title)
    return Mention(title, start, end, date, term), pos


def _entity_title(ctx: DocContext, ref: str) -> str | None:
    e = ctx.collector.get(ref)
    t = e.props.get("title") if e else None
    return t if isinstance(t, str) else None


def _self_date(ctx: DocContext) -> str | None:
    e = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    d = e.props.get("date") if e else None
    return d if isinstance(d, str) else None


def _sentence_span(ctx: DocContext, start: int, end: int) -> Span:
    """Evidence for a mention: the text from the clause start to the mention's end."""
    text = ctx.text
    lo = max(text.rfind(". ", 0, start), text.rfind(";", 0, start), text.rfind("\n\n", 0, start))
    lo = lo + 1 if lo >= 0 else 0
    while lo < start and text[lo].isspace():
        lo += 1
    hi = min(len(text), max(end, start))
    return ctx.span(lo, hi)


def _contained_same(ctx: DocContext, mention: Mention) -> str | None:
    """The document's own agreement or an exhibit, when the mention names it ("this Note",
    "Second Amendment to Credit Agreement of even date herewith")."""
    # "replacement notes" and the attached "Form of Replacement Note" are one instrument
    want = norm_title(singular(mention.title))
    for ref, e in ctx.collector.entities.items():
        title, date = e.props.get("title"), e.props.get("date")
        same = e.contained and isinstance(title, str) and norm_title(singular(title)) == want
        # "the foregoing Amendment No. 6 to the Credit Agreement dated as of March 31, 2003":
        # the date is the amended agreement's; a numbered amendment is one document
        numbered = is_amendment_title(mention.title) and amendment_number(mention.title)
        if same and (mention.date is None or date in (None, mention.date) or numbered):
            return ref
    return None


def _restated(title: str) -> bool:
    """An amended and restated X replaces an X of the same title: an undated one is not the
    dated one ("This Amended and Restated Note" restating the "Amended and Restated Note
    dated February 13, 2003")."""
    return bool(re.search(r"(?i)\brestated\b", title))


def _dated_names(mentions: Iterable[Mention]) -> dict[str, Mention]:
    """Normalised title or term -> the one dated mention it names in the document (a name
    two dated mentions share names neither)."""
    by_name: dict[str, set[tuple[str, str]]] = {}
    first: dict[tuple[str, str], Mention] = {}
    for m in mentions:
        if m.date is None:
            continue
        first.setdefault((m.title, m.date), m)
        for name in (m.title, m.term):
            if name:
                by_name.setdefault(norm_title(name), set()).add((m.title, m.date))
    return {n: first[next(iter(ks))] for n, ks in by_name.items() if len(ks) == 1}


def _identified(mention: Mention, named: Mapping[str, Mention]) -> Mention:
    """An undated mention ("to the Existing Credit Agreement (as defined below)") of what the
    document mentions once with its date ("the Second Amended and Restated Credit Agreement,
    dated as of December 19, 1997 (..., the "Existing Credit Agreement")") is that one."""
    if mention.date is not None or _restated(mention.title):
        return mention
    same = named.get(norm_title(mention.title))
    if same is None:
        return mention
    return Mention(same.title, mention.start, mention.end, same.date, mention.term)


def _names(title: PropValue | None, aliases: Iterable[str]) -> set[str]:
    """An agreement's title and aliases, normalised for comparison."""
    return {norm_title(n) for n in (title, *aliases) if isinstance(n, str)}


def _dated_same(ctx: DocContext, mention: Mention) -> str | None:
    """The one dated agreement or instrument already found whose title or term an undated
    mention repeats; not where the document itself restates an agreement of that title
    (then the undated mention may be either)."""
    if mention.date is not None:
        return None
    want = norm_title(mention.title)
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    own_names = _names(own.props.get("title"), own.aliases) if own else set()
    if _restated(mention.title) and (own is None or want in own_names):
        return None
    refs = [
        ref
        for ref, e in ctx.collector.entities.items()
        if e.label in ("Agreement", "Instrument")
        and not e.contained
        and isinstance(e.props.get("date"), str)
        and want in _names(e.props.get("title"), e.aliases)
    ]
    return refs[0] if len(refs) == 1 else None


def add_mention(ctx: DocContext, mention: Mention, evidence: Span) -> str:
    """Add (or merge into) the entity a mention names; the self entity when it is the same."""
    ref = (
        _contained_same(ctx, mention)
        or _dated_same(ctx, mention)
        or mention_ref(mention.title, mention.date)
    )
    label = "Instrument" if is_instrument_title(mention.title) else "Agreement"
    existing = ctx.collector.get(ref)
    if existing is not None:
        label = existing.label
    props: dict[str, PropValue] = {
        "title": mention.title,
        "kind": title_kind(mention.title),
        "date": mention.date,
    }
    if existing is not None and existing.props.get("title"):
        props = {}  # a later mention only adds its term and evidence
    if props.get("kind") == "amendment":
        props["amendment_number"] = amendment_number(mention.title)
    aliases = (mention.term,) if mention.term else ()
    ctx.collector.add(ref, label, evidence, props, aliases)
    if mention.term and not ctx.lookup(mention.term):
        ctx.define(mention.term, ref)
    return ref


def _known_by_title(ctx: DocContext, title: str, exclude: str) -> list[str]:
    """Refs of agreements/instruments in this document whose title or alias is ``title``."""
    want = norm_title(title)
    out = []
    for ref, e in ctx.collector.entities.items():
        if ref == exclude or e.label not in ("Agreement", "Instrument"):
            continue
        names = [e.props.get("title"), *e.aliases]
        if any(isinstance(n, str) and norm_title(n) == want for n in names):
            out.append(ref)
    return out


def _amend_named_targets(ctx: DocContext, ref: str, title: str, evidence: Span) -> None:
    """An amendment AMENDS what its title names ("... to X and Y"), when those are known here."""
    for target_title in amended_titles(title):
        for target in _known_by_title(ctx, target_title, ref)[:1]:
            if not is_amendment_title(_entity_title(ctx, target) or ""):
                ctx.collector.relate("AMENDS", ref, target, evidence)


#: the word every pattern of ``_self_amends_by_text`` holds
_AMEND_CUE = re.compile(
    r"\b(?:amend(?:s|ed|ments?)?|modif(?:y|ies|ications?)|extend|revisions?|changes)\b"
)


def _self_amends_by_text(ctx: DocContext) -> None:
    """ "This Amendment ... amends the Agreement", "desire to amend the Note": the own document
    AMENDS the agreements those sentences name by defined term."""
    own = ctx.self_ref
    own_title = _entity_title(ctx, own) if own else None
    text = ctx.text
    if (
        not own
        or not own_title
        or not re.search(r"(?i)amendment|supplement|modification|extension|waiver", own_title)
    ):
        return
    obj = r"the(?:\s+[A-Z][\w'\u2019-]*){1,6}"
    patterns = (
        re.compile(
            r"\b(?:to|hereby|desire\s+to|wish\s+to|agree\s+to|shall)\s+(?:further\s+)?"
            r"(?:amend|modify|extend)\s+(?:certain\s+(?:of\s+)?(?:the\s+)?(?:terms|provisions)\s+of\s+)?"
            rf"(?P<obj>{obj})(?:,?\s+and\s+(?P<obj2>{obj}))?"
        ),
        re.compile(
            r"\b(?:amendments?|modifications?|revisions?|changes)\s+to\s+"
            rf"(?P<obj>{obj})(?P<obj2>)"
        ),
        re.compile(
            r"(?P<obj>\b[Tt]he(?:\s+[A-Z][\w'\u2019-]*){1,6})(?P<obj2>)"
            r"\s+(?:is|are|shall\s+be)\s+(?:hereby\s+)?amended\b"
        ),
        # a term of it changed: "extend the maturity date of the Note", "The interest rate of
        # the Note is hereby modified"
        re.compile(
            r"\b(?:amend|modify|extend)(?:s|ed)?\s+the\s+(?:[a-z]+\s+){1,3}(?:of|under)\s+"
            rf"(?P<obj>{obj})(?P<obj2>)"
        ),
        re.compile(
            rf"\b(?:of|under)\s+(?P<obj>{obj})(?P<obj2>)\s+(?:is|are|shall\s+be)\s+(?:hereby\s+)?"
            r"(?:amended|modified|extended)\b"
        ),
    )
    for m in (m for p in patterns for m in matches_near(p, text, _AMEND_CUE, 160)):
        for group in ("obj", "obj2"):
            obj = m.group(group)
            if not obj:
                continue
            for target in _resolve_agreement_phrase(ctx, obj):
                if target != own:
                    evidence = _sentence_span(ctx, m.start(), m.end())
                    ctx.collector.relate("AMENDS", own, target, evidence)


def matches_near(
    pattern: re.Pattern[str], text: str, cue: re.Pattern[str], back: int
) -> list[re.Match[str]]:
    """The matches of ``pattern`` that contain a match of ``cue`` and start at most ``back``
    characters before it, in text order: what ``pattern.finditer`` finds when every match
    holds the cue, without trying the pattern at every common word of a long document."""
    out: list[re.Match[str]] = []
    last = 0
    for c in cue.finditer(text):
        m = pattern.search(text, max(last, c.start() - back), min(len(text), c.end() + back))
        if m and m.start() <= c.start() and m.end() >= c.end():
            out.append(m)
            last = m.end()
    return out


def _resolve_agreement_phrase(ctx: DocContext, phrase: str) -> list[str]:
    """Refs of agreements/instruments a phrase's longest defined-term prefix names."""
    words = phrase.split()
    for n in range(len(words), 0, -1):
        refs = [
            r
            for r in ctx.lookup(" ".join(words[:n]))
            if (e := ctx.collector.get(r)) is not None and e.label in ("Agreement", "Instrument")
        ]
        if refs:
            return refs
    return []


def _restates(ctx: DocContext, ref: str, title: str, date: str | None, evidence: Span) -> None:
    """ "Amended and Restated X" AMENDS (restates) the earlier X or earlier restated X."""
    base = restated_base(title)
    if not base:
        return
    for other, e in list(ctx.collector.entities.items()):
        t = e.props.get("title")
        d = e.props.get("date")
        if other == ref or not isinstance(t, str) or not isinstance(d, str):
            continue
        if norm_title(restated_base(t) or t) == norm_title(base) and (date is None or d < date):
            ctx.collector.relate("AMENDS", ref, other, evidence, {"restates": True})


def extract_references(ctx: DocContext) -> None:
    """Mentioned agreements/instruments, their defined terms, and every AMENDS the text states."""
    self_date = _self_date(ctx)
    found = find_mentions(ctx.text, self_date)
    named = _dated_names(m for head, chain in found for m in (head, *chain))
    for head, chain in found:
        head = _identified(head, named)
        chain = [_identified(m, named) for m in chain]
        last = chain[-1] if chain else head
        evidence = _sentence_span(ctx, head.start, last.end)
        head_ref = add_mention(ctx, head, _sentence_span(ctx, head.start, head.end))
        # "the First Mortgage Amendment, as further amended by the Second ...": the later
        # amendments amend what the first one amends, not the first one
        amended = not re.search(r"(?i)\bamendment\b", head.title)
        for amendment in chain:
            amend_ref = add_mention(ctx, amendment, evidence)
            if amend_ref != head_ref and amended:
                ctx.collector.relate("AMENDS", amend_ref, head_ref, evidence)
    _lower_case_mentions(ctx, self_date)
    _terms_of_titles(ctx, named)
    for ref, e in list(ctx.collector.entities.items()):
        title = e.props.get("title")
        if not isinstance(title, str) or e.label not in ("Agreement", "Instrument"):
            continue
        date = e.props.get("date")
        if is_amendment_title(title):
            _amend_named_targets(ctx, ref, title, e.evidence[0])
        _restates(ctx, ref, title, date if isinstance(date, str) else None, e.evidence[0])
    _self_amends_by_text(ctx)


#: "(the Original Credit Agreement, as amended by this Amendment, ...": a parenthesis that
#: renames a defined agreement as amended
_RENAMED = re.compile(
    r"\(\s*(?:the\s+)?(?P<term>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,5}),?\s+as\s+"
    r"(?:amended|modified|supplemented)\s+(?:by\s+this|hereby)\b"
)

#: "the Credit Agreement, as amended by this Amendment No. 3 (the "Amended Credit Agreement"":
#: the same renaming written before the parenthesis
_RENAMED_BEFORE = re.compile(
    r"\b(?:the\s+)?(?P<term>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,5}),?\s+as\s+"
    r"(?:amended|modified|supplemented)\s+(?:by\s+this(?:\s+[A-Z0-9][\w.]*){1,3}|hereby)\s*,?\s*$"
)


def _terms_of_titles(ctx: DocContext, named: Mapping[str, Mention]) -> None:
    """ "a Credit Agreement dated as of February 21, 1997, which Credit Agreement was amended
    and restated ... (as so amended and restated, the "Credit Agreement")": a term defined
    too far from its title to be read with it names the one dated mention of that title."""
    for d in find_definitions(ctx.text):
        if d.style != "paren" or ctx.lookup(d.term):
            continue
        renamed = _RENAMED.match(ctx.text, d.clause_start) or _RENAMED_BEFORE.search(
            ctx.text, max(0, d.clause_start - 150), d.clause_start
        )
        first = not re.search(r"[\"\u201c\u201d]", ctx.text[d.clause_start : d.start - 1])
        if renamed and first and (refs := ctx.lookup(renamed["term"])):
            # "(the Original Credit Agreement, as amended by this Amendment, is referred to
            # herein as the "Credit Agreement")": the amended agreement's second name
            for ref in refs:
                e = ctx.collector.entities[ref]
                ctx.collector.add(ref, e.label, ctx.span(d.start, d.end), aliases=(d.term,))
            ctx.define(d.term, *refs)
            continue
        mention = named.get(norm_title(d.term))
        if mention is None:
            continue
        ref = mention_ref(mention.title, mention.date)
        if ref in ctx.collector.entities and mention.start < d.start:
            ctx.collector.add(
                ref, ctx.collector.entities[ref].label, ctx.span(d.start, d.end), aliases=(d.term,)
            )
            ctx.define(d.term, ref)


def _lower_case_mentions(ctx: DocContext, self_date: str | None) -> None:
    """ "the note purchase agreement dated as of December 30, 2022 (as amended, the "Note
    Purchase Agreement")": a title written in lower case is an agreement when the term it
    defines repeats it capitalised; the term is its title."""
    text = ctx.text
    for d in find_definitions(text):
        if d.style != "paren" or ctx.lookup(d.term) or not _TITLE_HEAD.search(d.term.split()[-1]):
            continue
        words = d.term.split()
        if len(words) < 2:
            continue
        pat = r"\b" + r"\W+".join(re.escape(w.lower()) for w in words) + r"\b"
        hits = list(re.finditer(pat, text[d.antecedent_start : d.clause_start]))
        if not hits:
            continue
        start = d.antecedent_start + hits[-1].start()
        end = d.antecedent_start + hits[-1].end()
        date, _ = _date_after(text, end, self_date)
        mention = Mention(d.term, start, end, date, d.term)
        add_mention(ctx, mention, _sentence_span(ctx, start, end))
