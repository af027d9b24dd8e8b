"""Parties named in the preamble: names, kinds, jurisdictions, addresses, roles, aliases.

Vocabulary:
- *descriptor*: what follows a name: ", a Missouri corporation", ", a Delaware limited
  liability company", ", an individual", ", a national banking association".
- *role*: the capacity a party signs in ("Borrower", "Administrative Agent"), read from
  "as Borrower", from a defined term that is a role word, or from a signature caption.
- *collective term*: a defined term naming several parties ("Borrowers", "Lenders"); it is
  defined with every member's ref. When the preamble lists no members ("the lenders
  identified on the signature pages"), :mod:`ingest.signatures` resolves it later.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ingest.context import DocContext, norm_term
from ingest.defined_terms import Definition, definitions_in, find_definitions
from ingest.law import JURISDICTIONS
from ingest.names import (
    MEASURE_WORDS,
    TERMINAL_SUFFIXES,
    NameRun,
    clean_name,
    is_org_name,
    looks_like_person,
    name_runs,
    singular,
    words,
)
from ingest.records import PropValue
from ingest.structure import Structure, analyze

ROLE_WORDS = frozenset(
    [
        "borrower",
        "lender",
        "bank",
        "parent",
        "holder",
        "company",
        "guarantor",
        "agent",
        "issuer",
        "maker",
        "purchaser",
        "investor",
        "seller",
        "buyer",
        "landlord",
        "tenant",
        "lessor",
        "lessee",
        "licensor",
        "licensee",
        "grantor",
        "pledgor",
        "trustee",
        "beneficiary",
        "obligor",
        "creditor",
        "debtor",
        "payee",
        "subsidiary",
        "member",
        "manager",
        "assignor",
        "assignee",
        "secured",
        "party",
        "arranger",
        "owner",
        "servicer",
        "subscriber",
        "consultant",
        "employer",
        "executive",
        "shareholder",
        "stockholder",
        "noteholder",
        "purchasers",
        # the capacities of commercial contracts (licence, supply, services, agency ...)
        "customer",
        "client",
        "supplier",
        "vendor",
        "distributor",
        "reseller",
        "dealer",
        "franchisor",
        "franchisee",
        "contractor",
        "subcontractor",
        "provider",
        "developer",
        "manufacturer",
        "sponsor",
        "publisher",
        "operator",
        "sublicensee",
        "sublicensor",
        "endorser",
        "advisor",
        "adviser",
    ]
)
_ENTITY_TYPES: tuple[tuple[str, str], ...] = (
    (r"unlimited\s+liability\s+company", "ulc"),
    (r"limited\s+liability\s+company|l\.?l\.?c\.?", "llc"),
    (r"limited\s+liability\s+partnership", "llp"),
    (r"limited\s+partnership|general\s+partnership|partnership", "lp"),
    (r"national\s+(?:banking\s+)?association", "national_association"),
    (r"(?:state\s+)?(?:banking\s+corporation|bank(?:ing\s+association)?|savings\s+bank)", "bank"),
    (r"(?:statutory\s+|business\s+)?trust(?:\s+company)?", "trust"),
    (r"exempted\s+company|company\s+limited\s+by\s+shares|limited\s+company|company", "company"),
    (r"corporation|corp\.?", "corporation"),
)
_TYPE_ALT = "|".join(p for p, _ in _ENTITY_TYPES)
_DESCRIPTOR = re.compile(
    rf"\s*,?\s*(?:(?P<art>an?)\s+|(?=(?-i:[A-Z])[\w.]*[ \t]+(?:{_TYPE_ALT})\b))"
    rf"(?P<jur>(?:(?-i:[A-Z])[\w.]*\s+){{0,3}}?)(?P<type>{_TYPE_ALT})\b"
    r"(?:\s+(?:(?:(?:duly\s+)?(?:organized|incorporated|formed|existing)(?:\s+and\s+existing)?"
    r"\s+under\s+the\s+laws\s+of)|of)\s+(?:the\s+)?"
    r"(?:State\s+of\s+|Commonwealth\s+of\s+|Province\s+of\s+)?(?P<jur2>[A-Z]\w+(?:\s+[A-Z]\w+)?))?",
    re.IGNORECASE,
)
_INDIVIDUAL = re.compile(r"\s*,?\s*an?\s+(?:individual|natural\s+person)\b", re.IGNORECASE)
_AS_ROLE = re.compile(
    r"\s*,?\s*(?:not\s+individually,?\s+but\s+solely\s+in\s+its\s+capacity\s+)?as\s+(?:the\s+)?"
    r"(?P<role>(?:[A-Z][\w-]*)(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3})"
)
_ADDRESS = re.compile(
    r"\b(?:located|office|offices|business|address|residing)\s+(?:is\s+)?at\s+"
    r"(?P<addr>[^();\"“]{5,160}?\b\d{5}(?:-\d{4})?)"
)
#: Where the parties' paragraph ends: the recitals (also under a "Background" heading run into
#: it: '... (the "Parties"). BACKGROUND A. Acme has developed ...'), or a first numbered section
#: run into the same paragraph ("... collectively as the "Parties." 1. Purpose: ...").
_STOP_CUE = re.compile(
    r"\b(?:NOW,\s+THEREFORE|WHEREAS|Whereas|RECITALS)\b"
    r"|(?<=[.:)\"”])\s+(?:BACKGROUND|Background)[:.]?\s+(?=A\.|\([Aa1]\)|1\.|WHEREAS|Whereas|The\s)"
    r"|(?<=[.:\"”])\s+(?:1\.|Section\s+1\b|SECTION\s+1\b|ARTICLE\s+(?:1|I)\b)\s"
)
#: What introduces another name of the party just named: a trade name or a former name.
_TRADE_NAME = re.compile(
    r"(?i)\b(?:d/?b/?a/?|doing\s+business\s+as|f/?k/?a/?|a/?k/?a/?|formerly\s+known\s+as"
    r"|also\s+known\s+as|trading\s+as|t/a)[\s,:]*$"
)
#: "under the laws of the State of Delaware", "a corporation of the State of Delaware",
#: "organized in Ireland": what a jurisdiction (never a party) follows; "a wholly owned
#: subsidiary of Bay Holdings, Inc.": what a parent company (no party either) follows.
_AFTER_PLACE_CUE = re.compile(
    r"\b(?:laws?\s+of|(?:corporation|company|partnership)\s+of|(?:organized|incorporated"
    r"|formed|registered|domiciled)\s+in|(?:subsidiary|affiliate|division)\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: ", an SFJ Holdings Group company", ", a member institution of The Acme University System",
#: ", a wholly owned subsidiary of publicly traded company Acme, Inc.", "c/o Gaylord Sports
#: Management": a company named inside what describes the party before it (its group, its
#: parent, the address it is reached at), never a party itself.
_DESCRIBED_IN = re.compile(
    r"(?:,\s*(?:an?\s+|the\s+(?=[a-z]))(?:[a-z][\w\-]*\s+){0,6}"
    r"|\b(?:subsidiary|affiliate|division|member|institution|unit|part|parent)\s+of\s+"
    r"(?:[Tt]he\s+)?(?:[a-z][\w\-]*\s+){0,4}|\b(?:c/o|care\s+of)\s+)$"
)
#: "offices at One Capital City Plaza", "1120 S Capital of Texas Highway": what a street
#: (never a party, though it may hold an org word) follows.
_ADDRESS_BEFORE = re.compile(r"(?:\bat|\b\d+[A-Za-z]?)[ \t]+$")
#: "Co. Dublin", "Inc. and ...": a run that starts with a corporate suffix is a place or a
#: name cut elsewhere, never a name.
_SUFFIX_FIRST = ("Co. ", "CO. ", "Inc.", "INC.", "Ltd.", "LTD.", "Corp.", "CORP.")
_AGREEMENT_TERM = re.compile(r"\b(?:Agreement|Note|Notes|Indenture|Lease|Guaranty|Guarantee)\b")


@dataclass(slots=True)
class _Party:
    run: NameRun
    end: int
    props: dict[str, PropValue]
    aliases: list[str] = field(default_factory=list)
    role: str | None = None


def party_ref(name: str) -> str:
    """A document-local ref that merges repeated mentions ("ZOLTEK COMPANIES, INC." and
    "Zoltek Companies, Inc." are one party; "Dr. Jane Roe" in the preamble and "Jane Roe"
    under her signature are one person)."""
    return "party:" + " ".join(re.sub(r"[^\w\s]", " ", " ".join(words(_unstyled(name)))).split())


#: A courtesy title before a person's name ("Dr.", "Mr.", "Ms."): no part of who the person is.
_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+(?=[A-Z])")


def _unstyled(name: str) -> str:
    return _HONORIFIC.sub("", name.strip())


def role_of(term: str) -> str | None:
    """ "Administrative Agent" -> itself, "Lenders" -> "Lender"; None for a short name."""
    ws = words(singular(term))
    if ws and (ws[-1] in ROLE_WORDS or " ".join(ws[-2:]) in ROLE_WORDS):
        return " ".join(w.capitalize() for w in singular(term).split())
    return None


def display_name(ctx: DocContext, name: str) -> str:
    """A name as written; for an all-caps name, its mixed-case spelling if the text has one."""
    name = clean_name(name)
    if any(c.islower() for c in name):
        return name
    return _mixed_spelling(ctx.text, name)


@lru_cache(maxsize=64)
def _mixed_spelling(text: str, name: str) -> str:
    """The first mixed-case spelling of an all-caps name in the text (cached: signature pages
    repeat names). Searched in the lower-cased text, which is much faster than a
    case-insensitive pattern, when lower-casing keeps every offset."""
    lowered = _lowered(text)
    pattern = r"\s+".join(re.escape(w) for w in name.lower().split())
    haystack, flags = (lowered, 0) if len(lowered) == len(text) else (text, re.IGNORECASE)
    for m in re.finditer(pattern, haystack, flags):
        found = text[m.start() : m.end()]
        if any(c.islower() for c in found):
            return clean_name(found)
    return name


@lru_cache(maxsize=4)
def _lowered(text: str) -> str:
    return text.lower()


def entity_type_of(type_words: str) -> str:
    for pattern, et in _ENTITY_TYPES:
        if re.fullmatch(pattern, type_words.strip(), re.IGNORECASE):
            return et
    return "organization"


def _suffix_type(name: str) -> str | None:
    ws = words(name)
    last = ws[-1] if ws else ""
    table = {
        "inc": "corporation",
        "incorporated": "corporation",
        "corp": "corporation",
        "corporation": "corporation",
        "llc": "llc",
        "lp": "lp",
        "llp": "llp",
        "na": "national_association",
        "bank": "bank",
        "trust": "trust",
        "ltd": "company",
        "limited": "company",
        "plc": "plc",
        "gmbh": "gmbh",
        "ulc": "ulc",
    }
    if "association" in ws and "national" in ws:
        return "national_association"
    return table.get(last)


def _core(name: str) -> list[str]:
    ws = words(name)
    while ws and ws[-1] in TERMINAL_SUFFIXES:
        ws.pop()
    return ws


#: Spellings of one corporate form ("Incorporated" / "Inc.", "Limited" / "Ltd.").
_FORM = {"incorporated": "inc", "corporation": "corp", "limited": "ltd", "company": "co"}


def _form(name: str) -> tuple[str, ...]:
    """The corporate suffixes that end a name, one spelling each ("Ltd." and "Limited" agree)."""
    ws = words(name)
    core = _core(name)
    return tuple(_FORM.get(w, w) for w in ws[len(core) :])


def _same_organization(ctx: DocContext, name: str) -> tuple[str, bool] | None:
    """The party already named "Superior Drilling Products" when the signature page reads
    "SUPERIOR DRILLING PRODUCTS, INC.": a name without a suffix, or with the same corporate
    form, is the company named so before. Two forms ("Crown Camp Services, Inc." and "Crown
    Camp Services Ltd.", a group's U.S. and Canadian companies) are two companies. Nor does
    one document name two companies whose names differ by a slip of the typist in one word
    ("Emerson HealthCare" / "EMERSON HEALTHCATE", "Naked Brands Group" / "Naked Brand
    Group") or by an accent ("Spôk" / "Spōk"): the ref, and whether the match was such a
    near one (a misspelling is no name the party goes by)."""
    core = _core(name)
    if not core:
        return None
    form = _form(name)
    near = None
    for ref, e in ctx.collector.entities.items():
        other = e.props.get("name")
        if e.label != "Party" or not isinstance(other, str):
            continue
        other_core = _core(other)
        if other_core != core and (near is not None or not _misspelt(other_core, core)):
            continue
        other_form = _form(other)
        if form and other_form and _distinct_forms(form, other_form):
            continue
        if other_core == core:
            return ref, False
        near = ref
    return (near, True) if near else None


def _misspelt(a: list[str], b: list[str]) -> bool:
    """Two names of two words or more that differ by accents and in one word at most, by one
    letter added, dropped or changed (never in a number: "Fund II" is not "Fund III")."""
    if len(a) != len(b) or len(a) < 2:
        return False
    diff = [(x, y) for x, y in zip(a, b, strict=True) if _unaccented(x) != _unaccented(y)]
    if not diff:
        return True
    if len(diff) != 1:
        return False
    x, y = (_unaccented(w) for w in diff[0])
    if min(len(x), len(y)) < 5 or any(c.isdigit() for c in x + y) or x[0] != y[0]:
        return False
    return _one_edit(x, y)


def _unaccented(word: str) -> str:
    plain = unicodedata.normalize("NFKD", word)
    return "".join(c for c in plain if not unicodedata.combining(c))


def _one_edit(x: str, y: str) -> bool:
    """Whether one letter added, dropped or changed, or two neighbours swapped ("Bioworsk"),
    turns ``x`` into ``y``."""
    if len(x) > len(y):
        x, y = y, x
    if len(y) - len(x) > 1:
        return False
    i = next((k for k, (p, q) in enumerate(zip(x, y, strict=False)) if p != q), len(x))
    if len(x) == len(y) and x[i : i + 2] == y[i : i + 2][::-1] and x[i + 2 :] == y[i + 2 :]:
        return True
    return x[i + (len(x) == len(y)) :] == y[i + 1 :]


def _distinct_forms(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two suffix runs are different corporate forms: "Inc." vs "Ltd.", "L.P." vs
    "LLC" (a "Corp." and an "Inc." are often one company's two spellings, kept together)."""
    loose = {"inc", "corp", "co"}
    return a != b and not (set(a) <= loose and set(b) <= loose)


_SPELLED = {
    "INC.": "Inc.",
    "CORP.": "Corp.",
    "CO.": "Co.",
    "LTD.": "Ltd.",
    "CORPORATION": "Corporation",
    "INCORPORATED": "Incorporated",
    "LIMITED": "Limited",
}


def _merged_name(old: str, new: str) -> str:
    """The best spelling of one company's two names: mixed case beats all capitals, and
    "Cobalt Ridge Minerals" + "COBALT RIDGE MINERALS, INC." gives "Cobalt Ridge Minerals, Inc."."""
    old_mixed, new_mixed = any(c.islower() for c in old), any(c.islower() for c in new)
    extra = len(words(new)) - len(words(old))
    if old_mixed and not new_mixed and extra > 0:
        tokens = new.split()
        tail = " ".join(_SPELLED.get(t, t) for t in tokens[len(tokens) - extra :])
        comma = "," if tokens[len(tokens) - extra - 1].endswith(",") else ""
        return f"{old}{comma} {tail}"
    if new_mixed != old_mixed:
        return new if new_mixed else old
    return new if extra > 0 else old


def add_party(
    ctx: DocContext,
    name: str,
    start: int,
    end: int,
    *,
    kind: str | None = None,
    props: dict[str, PropValue] | None = None,
    aliases: tuple[str, ...] = (),
) -> str:
    """Add (or merge into) a Party; the ref is built from the name so mentions merge."""
    shown = display_name(ctx, name)
    if kind == "person" and is_org_name(shown) and not looks_like_person(shown):
        kind = "organization"  # "Superior Drilling Products, Inc." where a signer goes
    kind = kind or ("organization" if is_org_name(shown) else "person")
    if kind == "organization" and (same := _same_organization(ctx, shown)):
        same_ref, misspelt = same
        e = ctx.collector.get(same_ref)
        if e is not None and not misspelt:
            old = str(e.props.get("name", ""))
            e.props["name"] = _merged_name(old, shown)
            _keep_spellings(e.aliases, str(e.props["name"]), old, shown)
        return ctx.collector.add(same_ref, "Party", ctx.span(start, end), props or {}, aliases)
    ref = party_ref(shown)
    if (known := ctx.collector.get(ref)) is not None:
        name_now = str(known.props.get("name", ""))
        _keep_spellings(known.aliases, name_now, name_now, shown)
    p: dict[str, PropValue] = {"name": shown, "kind": kind}
    if kind == "organization":
        p["entity_type"] = _suffix_type(shown)
    for k, v in (props or {}).items():
        if v is not None:
            p[k] = v
    return ctx.collector.add(ref, "Party", ctx.span(start, end), p, aliases)


def spelling_key(name: str) -> str:
    """What two spellings of one name share when they are the same words: case, accents,
    punctuation, spacing, a leading "The" and a courtesy title aside ("L.L.C." and "L L C"
    agree; "Dr. Jane Roe" and "Jane Roe" too; "LLC" is another spelling)."""
    plain = unicodedata.normalize("NFKD", _unstyled(name).lower().replace("&", " and "))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return re.sub(r"^the ", "", " ".join(re.sub(r"[^\w\s]", " ", plain).split()))


def _keep_spellings(aliases: list[str], name: str, earlier: str, later: str) -> None:
    """Another spelling of a party's name in the same document ("Centrack International" in
    the preamble, "CENTRACK INTERNATIONAL, INC." on the signature page; "Electric City of
    Illinois LLC" / "L.L.C.") is one more name it goes by: kept as an alias. A later mention
    that only shortens a spelling already known ("Snap Technologies" under "Snap
    Technologies, Inc.") is the same name cut, not another."""
    seen = {spelling_key(name), *(spelling_key(a) for a in aliases)}
    for is_later, spelling in ((False, earlier), (True, later)):
        key = spelling_key(spelling)
        if not key or key in seen:
            continue
        if is_later and any(k.startswith(key + " ") for k in seen):
            continue
        aliases.append(clean_name(spelling))
        seen.add(key)


def party_to(ctx: DocContext, ref: str, role: str | None, start: int, end: int) -> None:
    """PARTY_TO the own agreement; a party stated in two capacities ("Parent" in one clause,
    one of the "Borrowers" in another; "AGENT AND LENDER:") keeps both roles."""
    if not ctx.self_ref:
        return
    key = ("PARTY_TO", ref, ctx.self_ref)
    old = ctx.collector.relations.get(key)
    had = old.props.get("role") if old else None
    ctx.collector.relate(
        "PARTY_TO", ref, ctx.self_ref, ctx.span(start, end), {"role": role} if role else {}
    )
    if isinstance(had, str) and role:
        both = merge_roles(had, role)
        rec = ctx.collector.relations[key]
        if both != rec.props.get("role"):
            ctx.collector.relations[key] = replace(rec, props={**rec.props, "role": both})


def role_parts(role: str) -> list[str]:
    """The capacities a role states: "Agent and Lender" -> ["Agent", "Lender"]."""
    return [p for p in re.split(r"\s+(?:and|&)\s+|\s*[;/]\s*", role) if p]


def has_role(stated: object, role: str) -> bool:
    """Whether a PARTY_TO role (possibly several) includes ``role`` (singular, any case)."""
    want = norm_term(singular(role))
    return isinstance(stated, str) and any(
        norm_term(singular(p)) == want for p in role_parts(stated)
    )


def merge_roles(had: str, role: str) -> str:
    """Both roles, each once, in the order stated ("US Borrower" already says "Borrower")."""
    parts = role_parts(had)
    for p in role_parts(role):
        want = norm_term(singular(p))
        if not any(norm_term(singular(q)).endswith(want) for q in parts):
            parts.append(p)
    return " and ".join(parts)


def stated_form(text: str, end: int, limit: int) -> dict[str, PropValue]:
    """The jurisdiction and entity type a descriptor right after a company's name (ending at
    ``end``) states: "ENGlobal Land, Inc., a Colorado corporation"; {} when none follows."""
    desc = _DESCRIPTOR.match(text, end, limit)
    if desc is None or not desc["art"]:
        return {}
    props: dict[str, PropValue] = {"entity_type": entity_type_of(desc["type"])}
    jur = clean_name(desc["jur2"] or desc["jur"] or "")
    if jur and jur[0].isupper():
        props["jurisdiction"] = jur
    return props


def _describe(ctx: DocContext, run: NameRun, limit: int) -> _Party | None:
    text = ctx.text
    props: dict[str, PropValue] = {}
    end = run.end
    person = _INDIVIDUAL.match(text, run.end, limit)
    desc = _DESCRIPTOR.match(text, run.end, limit)
    if desc and not desc["art"] and not set(words(desc["jur"])) <= _JURISDICTION_WORDS:
        desc = None  # ", Delaware corporation" reads without its "a"; "Abbreviations Bank" not
    if person:
        props["kind"] = "person"
        end = person.end()
    elif desc:
        jur = clean_name(desc["jur2"] or desc["jur"] or "")
        if jur and jur[0].isupper():
            props["jurisdiction"] = jur
        props["entity_type"] = entity_type_of(desc["type"])
        end = desc.end()
    elif _person_in_role(text, run, limit):
        props["kind"] = "person"
    elif not run.is_org:
        if not _named_by_term(text, run, limit):
            return None
        props["kind"] = "person" if looks_like_person(run.text) else "organization"
    party = _Party(run, end, props)
    role = _AS_ROLE.match(text, end, limit)
    if role and (phrase := _role_phrase(role["role"])):
        party.role = phrase
        party.end = role.start("role") + len(phrase)
    addr = _ADDRESS.search(text, party.end, min(limit, party.end + 250))
    if addr:
        props["address"] = clean_name(addr["addr"])
    if bare := _bare_term(text, run, party.end, limit):
        party.aliases.append(bare)
        party.role = party.role or role_of(bare)
    return party


#: "Bioeq IP AG, having its place of business at [***] (Bioeq)", "Torvec Inc., a New York
#: corporation ... (Torvec)": a term whose quotes the filing lost.
_BARE_TERM = re.compile(
    r"\s*,?\s*\((?:(?:hereinafter|hereafter)(?:\s+(?:referred\s+to|called))?(?:\s+as)?\s+)?"
    r"(?P<term>(?-i:[A-Z])[\w.&\-]*(?:\s+(?-i:[A-Z])[\w.&\-]*){0,2})\)"
)


_PARTY_X = re.compile(r"Party [A-F]")


def _bare_term(text: str, run: NameRun, end: int, limit: int) -> str | None:
    """An unquoted parenthesised term after a party's name or its address, taken only when it
    repeats a word of the name or is a role word (never a place: "(UK)", "(USA)")."""
    m = _BARE_TERM.match(text, end, limit)
    if m is None:
        tail = _NAME_TAIL.match(text, end, limit)
        if tail is None or re.search(r",\s+and\s", tail.group()):
            return None
        m = _BARE_TERM.match(text, tail.end(), limit)
    if m is None:
        return None
    term = m["term"]
    ws = words(term)
    if not ws or all(w in _PLACE_WORDS for w in ws):
        return None
    name_words = set(words(run.text))
    if role_of(term) or (len(ws) == 1 and ws[0] in name_words) or _PARTY_X.fullmatch(term):
        return term
    return None


def _person_in_role(text: str, run: NameRun, limit: int) -> bool:
    """ "and Robert Hale ("Subordinated Creditor")": a person's name with no descriptor,
    made a party by the role term that directly follows it."""
    m = _TERM_AFTER.match(text, run.end, limit)
    return bool(m and looks_like_person(run.text) and role_of(m["term"]))


#: "The Johns Hopkins University (hereinafter "JHU")", "BookingEntertainment.com ("Promoter")",
#: "Idan Maimon ("Maimon")": a name the preamble gives a defined term right after it.
_TERM_AFTER = re.compile(
    r"\s*,?\s*\(\s*(?:hereinafter(?:\s+(?:referred\s+to|called|named))?(?:\s+as)?,?\s+)?"
    r"(?:the\s+)?[\"\u201c](?P<term>[^\"\u201d]{2,40})[\"\u201d]"
)
#: ", with a place of business at 1515 Holcombe Blvd., Houston, TX 77030, USA", ", having
#: its principal office at ...", ", represented by ...": what may stand between a name and
#: its defined term (no new party starts inside it: no "and" after a comma).
#: "ACME A/S of Parkvej 5, 2750 Ballerup, Denmark": an address after "of" (a number in it)
#: is part of that tail too, and so is "in his individual capacity and as a member of ...".
#: "City of Fort Stockton, Texas, a Texas general law city", "TWENTIETH CENTURY FOX LICENSING
#: & MERCHANDISING, a division of Fox Entertainment Group, Inc.", "Centre for Probe
#: Development, a not-for-profit research institution", "X NEWS SERVICE, the organisation
#: within ...": a body with no corporate word in its name, described in lower case (after
#: its state or country set off by commas).
_NAME_TAIL = re.compile(
    r"\s*(?:,\s*(?-i:[A-Z])[A-Za-z]+(?:[ \t]+(?-i:[A-Z])[A-Za-z]+)?,\s*(?=an?\s))?"
    r",?\s*(?:with|having|whose|located|residing|represented|an?\s+(?-i:[A-Z])"
    r"|(?:an?|the)\s+(?:[\w\-]+\s+){0,4}?(?:division|unit|department|agency|organi[sz]ation"
    r"|body|institution|city|town|county|village|municipality|municipal|charity|charitable"
    r"|not-for-profit|non-?profit|public|governmental)"
    r"|in\s+(?:his|her|its)\s+(?:individual\s+)?capacity|of\s+(?=[^()\"\u201c;]{0,60}\d))\b"
    r"(?:[^()\"\u201c\u201d;]|\((?-i:[A-Z])[^()]{0,40}\))*?(?=\s*,?\s*\()",
    re.IGNORECASE,
)


#: "Acme, Inc.  12 Main St. Springfield, CA 91016 (\"Acme\")": a street address straight
#: after a company's name, up to its defined term.
_STREET_TAIL = re.compile(r"\s*,?\s*\d[^()\"\u201c\u201d;]{4,160}?(?=\s*,?\s*\()")


def _address_end(text: str, pos: int, limit: int) -> int:
    """Where the address (or place of business) written after a party's name ends, before
    its defined term; -1 where none stands there or another party starts inside it."""
    tail = _NAME_TAIL.match(text, pos, limit)
    street = _STREET_TAIL.match(text, pos, limit) if tail is None else None
    # "..., 4400 Holdings, LLC, a Texas limited liability company (" is the next party
    if street and not any(r.is_org for r in name_runs(text, street.start(), street.end())):
        tail = street
    if tail is None or re.search(r",\s+and\s", tail.group()):
        return -1
    return tail.end()


#: A person closing a list of companies, named by the term they share.
_COLLECTIVE_AFTER = re.compile(
    r"\s*,?\s*\(\s*collectively,?\s+(?:the\s+)?[\"\u201c](?P<term>[^\"\u201d]{2,40})[\"\u201d]"
)
_LIST_BEFORE = re.compile(r"(?:,|\band)\s*$")


def _named_by_term(text: str, run: NameRun, limit: int) -> bool:
    """A run without an org word is still a party when a defined term follows it at once —
    unless the run names a document ("Software License Agreement (the "Agreement")") or ends
    an address ("..., Toronto, Ontario M5V 2T6 ("Licensee")", "..., USA ("Supplier")")."""
    m = _TERM_AFTER.match(text, run.end, limit)
    if m is None and looks_like_person(run.text) and _LIST_BEFORE.search(text, 0, run.start):
        # "..., Cibelli Research, LLC and Mario Cibelli (collectively, the "Holders")"
        m = _COLLECTIVE_AFTER.match(text, run.end, limit)
    tail = None if m else _NAME_TAIL.match(text, run.end, limit)
    if tail and not re.search(r",\s+and\s", tail.group()) and not _company_in(text, tail):
        m = _TERM_AFTER.match(text, tail.end(), limit)
    if not m or _DOCUMENT.search(run.text) or _DOCUMENT.search(m["term"]):
        return False
    if words(m["term"]) and words(m["term"])[-1] in _NO_PARTY_TERMS:
        return False  # "Portugal (the "Territory")": a place the term names
    ws = words(run.text)
    if any(c.isdigit() for c in run.text) or all(w in _PLACE_WORDS for w in ws):
        return False
    clause = _CLAUSE_START.split(text[max(0, run.start - 200) : run.start])[-1]
    return not _ADDRESS_CUE.search(clause)


def _company_in(text: str, tail: re.Match[str]) -> bool:
    """Whether a company whose name ends in its corporate suffix stands inside the text
    between a run and a term ("B. Concurrently with ..., Loop Labs, LLC, a Delaware limited
    liability company ("Loop Labs")"): the term is that company's, not the run's (a parent
    company the run is a division or subsidiary of stands there too, and owns no term)."""
    return any(
        words(r.text)[-1] in TERMINAL_SUFFIXES
        and not _AFTER_PLACE_CUE.search(text, max(0, r.start - 30), r.start)
        for r in name_runs(text, tail.start(), tail.end())
        if words(r.text)
    )


_DOCUMENT = re.compile(
    r"(?i)\b(?:agreement|amendment|note|notes|indenture|lease|guaranty|guarantee|terms"
    r"|conditions|tariff|schedule|plan|policy|program)\b"
)
#: Every word of a state, province or country name (lower case), from ``ingest.law``.
_JURISDICTION_WORDS = frozenset(w for place in JURISDICTIONS for w in words(place))
#: Words of places that end an address rather than name a party.
_PLACE_WORDS = _JURISDICTION_WORDS | frozenset(
    [
        *("usa", "us", "u", "s", "a", "prc", "p", "r", "c", "roc", "o", "uk", "of", "the"),
        *("state", "commonwealth", "province", "republic", "kingdom", "federal", "people's"),
    ]
)
_CLAUSE_START = re.compile(r"\b(?:and|between|among|by)\b|[;(]")
_ADDRESS_CUE = re.compile(
    r"(?i)\b(?:located|offices?|address|business|residing|registered)\b|\d{2,}"
)


def _role_phrase(words_: str) -> str | None:
    """The longest leading run of words that ends in a role word ("Agent and Lender")."""
    ws = words_.split()
    for n in range(len(ws), 0, -1):
        if role_of(" ".join(ws[:n])) and ws[n - 1].lower() not in ("and", "&"):
            return " ".join(ws[:n])
    return None


def _strip_leading_roles(text: str, run: NameRun) -> NameRun | None:
    """ "as Co-Agent and Wells Fargo Bank, N.A." -> "Wells Fargo Bank, N.A."."""
    if not re.search(r"\bas\s+(?:the\s+)?$", text[max(0, run.start - 12) : run.start]):
        return run
    m = re.match(r"(?:[\w-]+\s+)*?(?:and|&)\s+", run.text)
    if m and _role_phrase(run.text[: m.start() + len(m.group().rsplit(None, 1)[0])].strip()):
        return NameRun(run.start + m.end(), run.end, run.text[m.end() :])
    return None


def _only_terms(name: str, known_terms: set[str]) -> bool:
    """ "FDMS and Bank", "ACSI and Company": the document's defined terms joined, no name
    (nor is one term alone)."""
    parts = [p for p in re.split(r"\s*,\s*|\s+(?:and|&)\s+", name) if p]
    return bool(parts) and all(norm_term(p) in known_terms for p in parts)


def _only_roles(name: str) -> bool:
    """ "Company and Holder": defined roles, not a name; "a Delaware Corporation": a
    descriptor written in capitals, not a name either."""
    ws = words(name)
    if ws and ws[-1] in _NOT_PARTY_TAIL:
        return True
    if (
        ws
        and ws[-1] in _DESCRIPTOR_HEADS
        and all(w in _DESCRIPTOR_HEADS or w in _JURISDICTION_WORDS for w in ws)
    ):
        return True
    return all(
        w in ROLE_WORDS or singular(w) in ROLE_WORDS or w in _NOT_NAMES or w in ("and", "the")
        for w in ws
    )


#: Last words of terms that name a date, a measure, a time or a place, never a party.
_NO_PARTY_TERMS = MEASURE_WORDS | frozenset(["term", "territory"])
#: Words that stand for parties' circles, never a party's own name ("its Affiliates").
#: "(Registered Company No. 5701810)", "(Company Registration Number ...)": a register's
#: number after a company's descriptor names no other company.
_NOT_NAMES = frozenset(
    [
        *("affiliate", "affiliates", "successors", "assigns", "designee", "designees"),
        *("its", "their", "registered", "registration", "no", "number"),
    ]
)
#: Last words of statutes and regulators, which borrow org words ("Securities Exchange Act",
#: "Securities and Exchange Commission"): never a party to a commercial contract.
_NOT_PARTY_TAIL = frozenset(["act", "rule", "rules", "regulation", "regulations", "commission"])


_DESCRIPTOR_HEADS = frozenset(
    ["corporation", "company", "partnership", "limited", "liability", "association", "bank"]
)


def _segment_start(start: int, end: int, text: str) -> int:
    m = re.search(
        r"\b(?:by\s+and\s+(?:among|between)|among|between|made\s+by|undersigned,?|executed\s+by)\b",
        text[start:end],
        re.IGNORECASE,
    )
    return start + m.end() if m else start


#: A preamble that announces its parties as a list below it: "by and among the following
#: parties:", "BETWEEN:", or a first party whose entry ends with ";" or "," and the next below.
_LIST_LEAD = re.compile(r"(?i)(?:\bparties|\bbetween|\bamong|\bby|\band)\s*:?\s*$|[:;,]\s*$")
#: Where such a list ends: the recitals, the operative words or the first numbered section.
_LIST_END = re.compile(
    r"\b(?:NOW,?\s+THEREFORE|WHEREAS|Whereas|RECITALS|Recitals|BACKGROUND|WITNESSETH"
    r"|agree\s+as\s+follows)\b|\n[ \t]*(?:1\.|ARTICLE\s|Article\s|Section\s+1\b|SECTION\s+1\b)"
)
_LIST_WINDOW = 3000
#: "\n  2. Blackwell Science Limited a company ...": a numbered line naming a party.
_NUMBERED_PARTY = re.compile(
    r"\n[ \t]*\d\.[ \t]+(?-i:[A-Z])[\w.&\-]*(?:[ \t]+(?-i:[A-Z])[\w.&\-,]*){0,6}?,?[ \t]+an?[ \t]"
)


def _list_end(text: str, start: int) -> int:
    limit = min(len(text), start + _LIST_WINDOW)
    stop = _LIST_END.search(text, start, limit)
    # "BETWEEN\n\n 1. HealthGate Data Corp., a Delaware corporation ... AND\n\n 2. Blackwell
    # Science Limited a company ...": the parties numbered, not the first section
    while stop and _NUMBERED_PARTY.match(text, stop.start()):
        stop = _LIST_END.search(text, stop.end(), limit)
    return stop.start() if stop else limit


def _names_pending(text: str, pending: list[_Party], d: Definition) -> bool:
    """Whether a term the title block gave the agreement ("CNET" read as the title's
    alias) is in fact the alias of the party named just before it: no "this" in its
    parenthesis, no document word in it."""
    return bool(
        pending
        and not _DOCUMENT.search(d.term)
        and not re.search(r"\bthis\b", text[d.clause_start : d.start], re.IGNORECASE)
    )


def _inside(pos: int, defs: list[Definition]) -> bool:
    return any(d.clause_start <= pos < d.clause_end for d in defs if d.style == "paren")


#: Where a party block opens when no preamble paragraph names the parties: "BETWEEN:",
#: a cover page's "between", "by and among".
_BLOCK_CUE = re.compile(r"\b(?:by\s+and\s+(?:between|among)|between|among)\b\s*:?", re.IGNORECASE)
#: "This Agreement ... is entered into by Acme Corporation ("Acme") and ...", "made by Acme,
#: Inc.": the parties named after "by" alone (never "by the undersigned").
_BY_CUE = re.compile(
    r"\b(?:entered\s+into|made(?:\s+and\s+entered\s+into)?|executed)\s+by\s+"
    r"(?!and\b|the\s+undersigned\b)(?=[A-Za-z]*[A-Z])"
)
#: The next numbered section after a sentence's end.
_NEXT_SECTION = re.compile(r"(?<=[.:)\"\u201d])\s+\d{1,2}\.\s+(?=[A-Z])")
#: How far into a document a party block without a preamble may stand.
_HEAD_WINDOW = 6000


#: Between two quoted terms of one parenthesis that name the same party: ("Omega" or
#: "Operator"), ("REIT" or the "Company"), ("FTE" or "Subcontractor").
_ALTERNATIVE = re.compile(r"[\"\u201d]?\s*,?\s*(?:or|and/or)\s+(?:the\s+)?[\"\u201c]")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
#: A paragraph that goes on with the list of parties: "And", "- and -", "AND: ...".
_AND_PARAGRAPH = re.compile(r"\s*-?\s*(?:and|AND|And|&)\b")


def _paragraph_end(text: str, pos: int, limit: int) -> int:
    """Where the paragraph holding ``pos`` ends, with the paragraphs a cover block adds to it
    ("ACME, INC. ("Acme")" / "And" / "BETA LLC ("Beta")"); never past ``limit``."""
    brk = _BLANK_LINE.search(text, pos, limit)
    while brk and _AND_PARAGRAPH.match(text, brk.end()):
        after_and = _BLANK_LINE.search(text, brk.end(), limit)  # the "And" paragraph itself
        if after_and and text[brk.end() : after_and.start()].strip() not in ("And", "and", "AND"):
            brk = after_and  # "And BETA LLC ("Beta")" in one paragraph
            continue
        brk = _BLANK_LINE.search(text, after_and.end(), limit) if after_and else None
    return brk.start() if brk else limit


#: What opens a paragraph that goes on with the sentence before it: a parenthesis (the
#: party's term below its address), a lower-case word, a comma, "and".
_RUN_ON = re.compile(r"\n[ \t]*\n\s*(?=\(|[a-z]|,|(?:and|AND|And)\s)")
#: How many broken paragraphs one preamble sentence may run over.
_RUN_ON_PARAGRAPHS = 4


def _run_on_end(text: str, end: int) -> int:
    """Where the preamble's sentence ends when a page's conversion broke it into paragraphs
    ("Acme, Inc. 12 Main St. Springfield, CA 91016 USA" / "(hereinafter called "ACME"), and
    Beta GmbH ..."): through every paragraph that goes on with it."""
    for _ in range(_RUN_ON_PARAGRAPHS):
        m = _RUN_ON.match(text, end)
        if m is None:
            break
        brk = _BLANK_LINE.search(text, m.end(), min(len(text), m.end() + 2000))
        stop = _STOP_CUE.search(
            text, m.end(), brk.start() if brk else min(len(text), m.end() + 2000)
        )
        if stop:
            return stop.start()
        end = brk.start() if brk else min(len(text), m.end() + 2000)
    return end


def _party_zones(text: str, st: Structure) -> list[tuple[int, int, bool]]:
    """Where to read the parties, best first, and whether strictly (outside a preamble a name
    needs a term or descriptor of its own): the parties' paragraph above the preamble found
    ("SUPPLY AGREEMENT ... effective as of ... between Acme Labs ("Acme") and ..." above a
    paragraph that reads "This Agreement ..."; a cover "AGREEMENT between X ("X") and Y"),
    when it gives a party a term; the preamble (with the list it announces); the preamble
    and the paragraphs after it up to the recitals ("This Agreement is entered into with
    effect as of the Effective Date" / "BETWEEN:" / the parties, each on its own lines); the
    head of the document from its first "between" (a cover page, a block "Between: ... And:
    ...") or, with no such word, its first paragraphs."""
    zones: list[tuple[int, int, bool]] = []
    head = min(len(text), _HEAD_WINDOW)
    if st.preamble is not None and st.preamble.start <= head:
        above = _BLOCK_CUE.search(text, 0, st.preamble.start)
        named = [
            d
            for d in (definitions_in(text, above.end(), st.preamble.start) if above else [])
            if d.style == "paren" and not _DOCUMENT.search(d.term)
        ]
        if above and named:
            # to the end of the paragraph that names the first party, never past the preamble
            zones.append((above.end(), _paragraph_end(text, named[0].end, st.preamble.start), True))
    if st.preamble is not None:
        start = _segment_start(st.preamble.start, st.preamble.end, text)
        stop = _STOP_CUE.search(text, start, st.preamble.end)
        end = stop.start() if stop else st.preamble.end
        if not stop:
            end = _run_on_end(text, end)
        if not stop and _LIST_LEAD.search(text, max(start, end - 60), end):
            end = _list_end(text, end)
        zones.append((start, end, False))
        zones.append((start, max(end, _list_end(text, st.preamble.end)), True))
    if st.preamble is None or st.preamble.start > head:
        cues = [c for c in (_BLOCK_CUE.search(text, 0, head), _BY_CUE.search(text, 0, head)) if c]
        start = min(c.end() for c in cues) if cues else 0
        end = _list_end(text, start + 1)
        if cues and (section := _NEXT_SECTION.search(text, start, end)):
            end = section.start()  # "1. Hosting. This Agreement is entered into by ... 2. Fees."
        zones.append((start, end, True))
    return zones


def extract_parties(ctx: DocContext) -> None:
    """Parties of the preamble (or of the first place that names them, see
    :func:`_party_zones`), their defined terms and PARTY_TO the own agreement."""
    st = analyze(ctx.text)
    if undersigned_opening(ctx.text) is not None:
        return  # the parties are the signers (ingest.undersigned), not the names above them
    if _labelled_parties(ctx):
        return
    for start, end, strict in _party_zones(ctx.text, st):
        if _parties_in(ctx, start, end, strict=strict or st.preamble is None):
            _terms_named_in_preamble(ctx, start, end)
            return


#: "Party A: People's Government of Fenyi County", "Party B: Xinyu New Energy Co., Ltd." at
#: the head of a contract drafted as a table of parties: a label, a colon, then the name.
_PARTY_LABEL = re.compile(r"(?:^|(?<=\s))(?P<label>Party\s+[A-F]|PARTY\s+[A-F])\s*[:：]\s*")


def _labelled_parties(ctx: DocContext) -> bool:
    """Parties of a contract that names them in a table at its head ("Party A: ...", "Party
    B: ..."): the label is the party's alias. Two labels at least."""
    text = ctx.text
    head = min(len(text), _HEAD_WINDOW)
    hits: dict[str, NameRun] = {}
    labels = list(_PARTY_LABEL.finditer(text, 0, head))
    for i, m in enumerate(labels):
        label = "Party " + m["label"][-1].upper()
        stop = labels[i + 1].start() if i + 1 < len(labels) else head
        runs = name_runs(text, m.end(), min(stop, m.end() + 200))
        if not runs or runs[0].start != m.end() or label in hits:
            continue
        run = runs[0]
        if len(words(run.text)) >= 2 and not _only_roles(run.text):
            hits[label] = run
    if len(hits) < 2:
        return False
    for label, run in hits.items():
        ref = add_party(ctx, run.text, run.start, run.end, aliases=(label,))
        ctx.define(label, ref)
        party_to(ctx, ref, None, run.start, run.end)
    return True


def _parties_in(ctx: DocContext, start: int, end: int, *, strict: bool = False) -> bool:
    """Read the parties named in ``text[start:end]``; whether there were any. Outside the
    preamble (``strict``) a name counts only with a defined term or a descriptor of its
    own: headings and statutes stand there too."""
    text = ctx.text
    defs = [d for d in definitions_in(text, start, end) if d.style == "paren"]
    self_terms = {norm_term(t) for t, refs in ctx.terms.items() if ctx.self_ref in refs}
    known_terms = {norm_term(d.term) for d in find_definitions(text)}
    found: list[_Party] = []
    pending: list[_Party] = []
    events: list[tuple[int, object]] = [(r.start, r) for r in name_runs(text, start, end)]
    events += [(d.clause_start, d) for d in defs]
    events.sort(key=lambda e: (e[0], isinstance(e[1], NameRun)))
    last_clause = -1
    address_end = -1
    named_last: list[_Party] = []  # the parties the last term named
    last_term_end = -1
    for pos, ev in events:
        if isinstance(ev, NameRun):
            run = _strip_leading_roles(text, ev)
            if (
                run is None
                or _only_terms(run.text, known_terms)
                or _only_roles(run.text)
                or _inside(pos, defs)
                or _AFTER_PLACE_CUE.search(text[max(0, pos - 30) : pos])
                or _DESCRIBED_IN.search(text, max(0, pos - 80), pos)
                or _ADDRESS_BEFORE.search(text, max(0, pos - 20), pos)
                or run.text.startswith(_SUFFIX_FIRST)
                or all(w in _PLACE_WORDS for w in words(run.text))
            ):
                continue
            if found and _TRADE_NAME.search(text, max(0, pos - 30), pos):
                # "Holiday RV Superstores, Inc., d/b/a Recreation USA": the same party
                found[-1].aliases.append(clean_name(run.text))
                found[-1].end = max(found[-1].end, run.end)
                continue
            if pos < address_end:
                continue  # "Dun Laoghaire, Co. Dublin": a place in the party's address
            party = _describe(ctx, run, end)
            if party:
                found.append(party)
                pending.append(party)
                address_end = _address_end(text, party.end, end)
            continue
        assert isinstance(ev, Definition)
        d = ev
        if norm_term(d.term) in self_terms and not _names_pending(text, pending, d):
            continue
        if words(d.term) and words(d.term)[-1] in _NO_PARTY_TERMS:
            continue  # ("the "Effective Date"", "the "Territory"") after a name: no party's
        if _AGREEMENT_TERM.search(d.term):
            if found and not pending:
                break  # names after another agreement's term are that agreement's parties
            continue
        if not pending and not strict and (blank := _blank_party(text, d)) is not None:
            found.append(blank)  # "and ____________, a ______ corporation ("Distributor")"
            ctx.define(d.term, party_ref(d.term))
            last_clause, last_term_end = d.clause_start, d.end
            continue
        same_clause = d.clause_start == last_clause and not pending
        members = ctx.lookup(d.term) if same_clause else []
        if same_clause and named_last and _ALTERNATIVE.fullmatch(text, last_term_end, d.start):
            # ("Omega" or "Operator"), ("REIT" or the "Company"): two names of the same party
            pending = list(named_last)
        last_clause, last_term_end = d.clause_start, d.end
        plural = singular(d.term) != d.term
        # "A, a Maryland corporation, and B, as agent (the "Agent")": a singular term names
        # the last party only; "A, B and C (the "Borrowers")" names them all
        # "(on behalf of itself and its Affiliates, individually and collectively referred
        # to as "Bellicum")": a singular term after one name is that party's alias
        if pending and (len(pending) > 1 or plural) and (d.collective or plural):
            for p in pending:
                p.role = p.role or role_of(d.term)
                p.aliases.append(d.term)
            ctx.define(d.term, *[party_ref(display_name(ctx, p.run.text)) for p in pending])
            named_last = list(pending)
        elif pending:
            # the last name before the term, unless it is a stray suffix ("..., NA")
            p = next((q for q in reversed(pending) if _core(q.run.text)), pending[-1])
            p.aliases.append(d.term)
            p.role = p.role or role_of(d.term)
            p.end = max(p.end, d.clause_end)
            ctx.define(d.term, party_ref(display_name(ctx, p.run.text)))
            named_last = [p]
        elif members:
            ctx.define(d.term, *members)
        if d.clause_end >= pos:
            pending = []
    if strict:
        found = [
            p
            for p in found
            if p.aliases or p.props.get("entity_type") or p.role or _suffix_type(p.run.text)
        ]
    for p in found:
        kind = p.props.pop("kind", None)
        ref = add_party(
            ctx,
            p.run.text,
            p.run.start,
            p.end,
            kind=kind if isinstance(kind, str) else None,
            props=p.props,
            aliases=tuple(p.aliases),
        )
        party_to(ctx, ref, p.role, p.run.start, p.end)
    return bool(found)


#: A party's name left blank in a form of agreement: a line to fill in, "<<enter Company
#: Name>>", "[Name of Distributor]", "[●]".
_BLANK = re.compile(
    r"_{4,}|<<[^<>\n]{0,40}>>|\[\s*(?:[●•*]|(?i:name|insert|company|party)\b)[^\]\n]{0,40}\]"
)


#: A blank where the list of parties goes on: "between", "among" or "and" before it.
_LISTED_BLANK = re.compile(r"\b(?:between|among|and|AND)\b[ \t]*:?\s*(?=[_<\[])")


def _blank_party(text: str, d: Definition) -> _Party | None:
    """A party a form of agreement leaves blank, known only by its role term: "and
    ______________, a corporation organized under the laws of ________ ("Distributor")".
    The term is the only name the party has, so it stands as its name. Only where the list
    of parties goes on ("between", "and" right before the blank: never "promises to pay to
    ________ (the "Holder")" or "for value received, ______ or its assigns (the "Holder")")
    and only a role word (never "Territory")
    after a clause with no name in it."""
    if d.style != "paren" or role_of(d.term) in (None, "Party"):
        return None
    antecedent = text[d.antecedent_start : d.clause_start]
    listed = _LISTED_BLANK.search(antecedent)
    if listed is None or not _BLANK.match(antecedent, listed.end()):
        return None
    if any(r.is_org for r in name_runs(antecedent)):
        return None
    run = NameRun(d.start, d.end, d.term)
    return _Party(run, d.clause_end, {}, [], role_of(d.term))


def _terms_named_in_preamble(ctx: DocContext, start: int, end: int) -> None:
    """ "by and between Company and Holder (each as defined below)": the parties are the
    defined terms the recitals give names to; link them once those names are known."""
    text = ctx.text
    for m in re.finditer(r"\b([A-Z][a-z]+)\b", text[start:end]):
        term = m.group(1)
        if role_of(term) is None:
            continue
        for ref in ctx.lookup(term):
            e = ctx.collector.get(ref)
            if e is not None and e.label == "Party":
                party_to(ctx, ref, role_of(term), start + m.start(), start + m.end())


def extract_recital_parties(ctx: DocContext) -> None:
    """Parties a short preamble leaves to the recitals ("Odyssey Group Intl, Inc.
    ("Company") and LGH Investments, LLC ("Holder") entered into ..."): a name followed by
    a role term the preamble used. A collective term ("... and, together with Marlin Growth,
    the "Investors"") names several parties: :func:`extract_joint_terms` reads it."""
    st = analyze(ctx.text)
    if st.preamble is None or st.recitals is None:
        return
    text = ctx.text
    pre = text[st.preamble.start : st.preamble.end]
    for d in definitions_in(text, st.recitals.start, st.recitals.end):
        role = role_of(d.term)
        if role is None or ctx.lookup(d.term) or (d.collective and singular(d.term) != d.term):
            continue
        runs = [r for r in name_runs(text, d.antecedent_start, d.clause_start) if r.is_org]
        in_preamble = re.search(rf"\b{re.escape(d.term)}\b", pre)
        if not in_preamble:
            # "A. Acme, Inc., a Nevada corporation ("Borrower"), has obtained ...": a party of
            # the deal the recitals tell, not of this agreement; its descriptor says so
            runs = [r for r in runs if _DESCRIPTOR.match(text, r.end, d.clause_start)][:1]
        if not runs:
            continue
        run = runs[-1]
        ref = add_party(ctx, run.text, run.start, d.clause_end, aliases=(d.term,))
        ctx.define(d.term, ref)
        if in_preamble:
            party_to(ctx, ref, role, run.start, d.clause_end)


def extract_described_parties(ctx: DocContext) -> None:
    """ "Harrowgate Holdings Corp., a Washington corporation and the sole member of Licensee
    ("Parent")", written in the recitals or the body (a guarantor, a parent, an agent): a
    company described by its jurisdiction and type and given a defined term is a party the
    document names, though not necessarily a party to it."""
    st = analyze(ctx.text)
    if st.preamble is None:
        return
    text = ctx.text
    lo = st.preamble.end
    for d in find_definitions(text):
        if d.style != "paren" or not lo <= d.clause_start < st.main_end or ctx.lookup(d.term):
            continue
        if _AGREEMENT_TERM.search(d.term):
            continue
        runs = [r for r in name_runs(text, d.antecedent_start, d.clause_start) if r.is_org]
        described = [r for r in runs if _DESCRIPTOR.match(text, r.end, d.clause_start)]
        if len(described) != 1:
            continue
        run = described[0]
        party = _describe(ctx, run, d.clause_start)
        if party is None:
            continue
        ref = add_party(
            ctx, run.text, run.start, d.clause_end, props=party.props, aliases=(d.term,)
        )
        ctx.define(d.term, ref)


#: "For and on behalf of      Acme Telecom plc", "SIGNED FOR AND ON BEHALF of DGT CORP.",
#: "for and on behalf of ) QIWI PLC )": the signing formula that names, on the signature
#: pages, the party a signer binds (a consortium's parties are often named nowhere else).
_ON_BEHALF = re.compile(
    r"(?i:\b(?:signed\s+)?for\s+and\s+on\s+behalf\s+of)\b[ \t:)]*(?:\n[ \t)]*){0,6}"
    r"(?:the\s+|THE\s+)?"
)
#: What may follow the party's name on its line: nothing, a column gap, a bracket of the
#: layout, or the signer's field ("by", "By:", "Represented by").
_AFTER_BEHALF = re.compile(r"[ \t,.]*(?:$|\n|\)|[ \t]{4}|(?i:by\b|represented\b))")


def extract_behalf_parties(ctx: DocContext) -> None:
    """Parties named by the signing formula "For and on behalf of <party>" on the own
    agreement's signature pages. Only a name the formula alone introduces: the rest of the
    line is a name run (an organisation, or on the formula's own line any name), never a
    defined term ("for and on behalf of the Company") or a circle of parties ("the Lenders").
    In a layout of bracketed cells ("for and on behalf of ) QIWI PLC )") a name may wrap into
    the next cells: there only a name that ends in its corporate suffix is whole."""
    st = analyze(ctx.text)
    if st.signatures is None or ctx.self_ref is None:
        return
    text = ctx.text
    end = min(st.signatures.end, st.signatures.start + _BEHALF_WINDOW)
    for m in _ON_BEHALF.finditer(text, st.signatures.start, end):
        line_end = text.find("\n", m.end(), end)
        runs = name_runs(text, m.end(), end if line_end < 0 else line_end)
        if not runs or runs[0].start != m.end():
            continue
        run = runs[0]
        same_line = "\n" not in text[m.start() : run.start]
        bracketed = text[run.end : run.end + 3].strip().startswith(")")
        if (
            ctx.lookup(run.text)
            or _only_roles(run.text)
            or not _AFTER_BEHALF.match(text, run.end)
            or not (run.is_org or same_line or not looks_like_person(run.text))
            or (bracketed and words(run.text)[-1] not in TERMINAL_SUFFIXES)
        ):
            continue
        ref = add_party(ctx, run.text, run.start, run.end, kind="organization")
        party_to(ctx, ref, None, run.start, run.end)


#: How far into the signature pages the formula is read (a consortium signs on many pages).
_BEHALF_WINDOW = 40_000


#: "The undersigned hereby agree", "each of the undersigned acknowledges": an opening whose
#: parties are whoever signs below (a joint filing agreement, a consent).
_UNDERSIGNED = re.compile(
    r"(?i)\b(?:the|each\s+of\s+the)\s+undersigned\s+(?:\w+\s+){0,2}?"
    r"(?:agree|agrees|acknowledge|acknowledges|consent|consents|confirm|confirms|certify)\b"
)
#: How far into the document that opening may stand.
_UNDERSIGNED_OPENING = 3_000


def undersigned_opening(text: str) -> re.Match[str] | None:
    """The words by which a document leaves its parties to its signers ("The undersigned
    hereby agree ..."), when no "between" or "among" before them names the parties; the
    companies such an opening names (the issuer of a joint filing) are no parties."""
    cue = _UNDERSIGNED.search(text, 0, min(len(text), _UNDERSIGNED_OPENING))
    if cue is None or _BLOCK_CUE.search(text, 0, cue.start()):
        return None
    return cue
