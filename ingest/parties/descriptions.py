"""What follows a party's name: its descriptor, address, defined term or role
("Acme, Inc., a Delaware corporation, at 1 Main Street ("Acme")"), read into a
Party; and the role words that lead a run of names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.context import DocContext
from ingest.names import (
    TERMINAL_SUFFIXES,
    NameRun,
    clean_name,
    looks_like_person,
    name_runs,
    words,
)
from ingest.parties.cues import TRADE_NAME
from ingest.parties.forms import DESCRIPTOR, entity_type_of, place_of
from ingest.parties.not_names import JURISDICTION_WORDS, NO_PARTY_TERMS, PLACE_WORDS
from ingest.parties.role_words import is_plural_term, is_role_title, is_shared_capacity, role_of
from ingest.records import PropValue
from ingest.rules import passage, rule

#: What makes the name before it a person's: "an individual", "individuals", and the spouses
#: of a list of people ("Robert Kane and Maria Kane, husband and wife", "a married couple").
#: "Helen M. Chu, M.D., an individual": a degree between a person's name and the descriptor.
DEGREE = r"(?:M\.D\.|Ph\.D\.|D\.O\.|J\.D\.|D\.D\.S\.|Esq\.|CPA|C\.P\.A\.|R\.N\.)"
_INDIVIDUAL = re.compile(
    rf"(?:\s*,?\s*{DEGREE})*"
    r"\s*,?\s*(?:(?:each\s+)?an?\s+(?:individual|natural\s+person)|individuals"
    r"|husband\s+and\s+wife|wife\s+and\s+husband|(?:a\s+)?married\s+couple|spouses"
    # "Priya Natarajan and Vikram Natarajan, residing at 5 Laurel Court, ...": where they live
    # ("..., residents of the State of Oklahoma", "..., citizens of Ghana"); "Helena Vos, born
    # 3 March 1975, residing at ...": when a person was born
    r"|(?:both\s+|each\s+)?residing|(?:both\s+|each\s+)?residents?|citizens\s+of|born)\b",
    re.IGNORECASE,
)
#: a word of a capacity in lower case, never the preposition or article after it ("as agent
#: for the Lenders", "as agent of the Lenders")
_LOWER_WORD = r"(?!(?:for|of|to|the|an?|as|with|under|on|in|by)\b)[a-z][\w-]*"
#: the capacity written after a party's name: ", as Agent", ", not individually but solely in
#: its capacity as Trustee", ", individually as a Lender", ", individually and as Agent", and
#: in lower case as much drafting has it (", as administrative agent", ", as borrower"): right
#: after a party's name "as" gives its capacity whatever the case of the role's words
_AS_ROLE = re.compile(
    r"\s*,?\s*(?:not\s+individually,?\s+but\s+solely\s+in\s+its\s+capacity\s+"
    r"|(?i:individually)\s+(?:and\s+)?)?as\s+(?:the\s+|an?\s+)?"
    r"(?P<role>[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3}"
    rf"|{_LOWER_WORD}(?:\s+(?:and\s+(?:an?\s+|the\s+)?)?{_LOWER_WORD}){{0,3}})"
)
#: the short name a party is given right after its name, before its capacity: `Northgate
#: Capital Corporation ("Northgate"), individually as a Lender`
_ALIAS_FIRST = re.compile(r"\s*\(\s*(?:the\s+)?[\"\u201c][^\"\u201c\u201d()]{1,60}[\"\u201d]\s*\)")
_ADDRESS = re.compile(
    r"\b(?:located|office|offices|business|address|residing)\s+(?:is\s+)?at\s+"
    r"(?P<addr>[^();\"“]{5,160}?\b\d{5}(?:-\d{4})?)"
)
#: "under the laws of the State of Delaware", "a corporation of the State of Delaware",
#: "organized in Ireland": what a jurisdiction (never a party) follows; "a wholly owned
#: subsidiary of Bay Holdings, Inc.": what a parent company (no party either) follows.
AFTER_PLACE_CUE = re.compile(
    r"\b(?:laws?\s+of|(?:corporation|company|partnership)\s+of|(?:organi[sz]ed|incorporated"
    r"|formed|registered|domiciled)\s+in|(?:subsidiary|affiliate|division)\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Party:
    run: NameRun
    end: int
    props: dict[str, PropValue]
    aliases: list[str] = field(default_factory=list)
    role: str | None = None


def describe(ctx: DocContext, run: NameRun, limit: int) -> Party | None:
    text = ctx.text
    props: dict[str, PropValue] = {}
    end = run.end
    person = _INDIVIDUAL.match(text, run.end, limit)
    desc = DESCRIPTOR.match(text, run.end, limit)
    if desc and not desc["art"] and not set(words(desc["jur"])) <= JURISDICTION_WORDS:
        desc = None  # ", Delaware corporation" reads without its "a"; "Abbreviations Bank" not
    if person:
        props["kind"] = "person"
        end = person.end()
    elif desc:
        jur = clean_name(desc["jur2"] or desc["jur"] or "")
        if jur and jur[0].isupper():
            props["jurisdiction"] = place_of(jur)
        props["entity_type"] = entity_type_of(desc["type"])
        end = desc.end()
    elif (
        _person_in_role(text, run, limit)
        or _person_described(text, run, limit)
        or _person_in_list(text, run, limit)
        or _person_trading_as(text, run, limit)
        or (looks_like_person(run.text) and _AS_TRUSTEE_OF.match(text, run.end, limit))
    ):
        props["kind"] = "person"
    elif not run.is_org:
        if not _named_by_term(text, run, limit):
            return None
        props["kind"] = "person" if looks_like_person(run.text) else "organization"
    party = Party(run, end, props)
    role = _AS_ROLE.match(text, end, limit)
    if role and not _capacity_is_role(text, role, limit):
        role = None
    if role and (phrase := _role_phrase(role["role"])):
        party.role = phrase
        party.end = role.start("role") + len(phrase)
    elif (
        (alias := _ALIAS_FIRST.match(text, end, limit))
        and (role := _AS_ROLE.match(text, alias.end(), limit))
        and _capacity_is_role(text, role, limit)
    ):
        # the capacity after the short name is the party's; the name's description ends
        # before that name, which the reader of defined terms takes
        party.role = _role_phrase(role["role"])
    addr = _ADDRESS.search(text, party.end, min(limit, party.end + 250))
    if addr:
        props["address"] = clean_name(addr["addr"])
    if bare := _bare_term(text, run, party.end, limit):
        party.aliases.append(bare)
        party.role = party.role or role_of(bare)
    return party


#: "Bioeq IP AG, having its place of business at [***] (Bioeq)", "Torvec Inc., a New York
#: corporation ... (Torvec)": a term whose quotes the filing lost; "(hereinafter called the
#: Distributor)": a term a "hereinafter" cue gives without quotes, also after what the term
#: takes in ("(together with any subsequent holder hereof, hereinafter called Holder)");
#: "Delmar Labs, Inc. (the Company)": a role term with its article and no quotes, as older
#: contracts write it. "..., a Delaware corporation, hereinafter referred to as (Seller)",
#: "(hereinafter referred to as (CONSULTANT))": the cue before the parenthesis, outside it
#: or in a parenthesis of its own around the term (``ocue``), is the same cue.
_BARE_TERM = rule(
    "parties.bare_term",
    r"\s*,?\s*(?P<ocue>(?:\(\s*)?(?:(?:hereinafter|hereafter|herein)\s+)?"
    r"(?:referred\s+to|called|designated|known)(?:\s+(?:herein|hereinafter))?\s+as\s+)?"
    r"\((?:(?:together\s+with|including)\s+[^()]{1,80}?,\s*(?=here))?"
    r"(?P<cue>(?:hereinafter|hereafter)(?:\s+(?:referred\s+to|called|named|designated|known))?"
    r"(?:\s+as)?,?\s+)?(?P<the>the\s+)?"
    r"(?P<term>(?-i:[A-Z])[\w.&\-]*(?:\s+(?-i:[A-Z])[\w.&\-]*){0,2})\)",
    re.IGNORECASE,
    reads="the list of parties: a parenthesised term without quotes after a name",
    matches=[
        passage(" (Bioeq)", term="Bioeq"),
        passage(" (hereinafter called the Distributor)", term="Distributor"),
        passage(" (the Consultant)", term="Consultant"),
        passage(
            " (together with any subsequent holder hereof, hereinafter called Holder)",
            term="Holder",
        ),
        passage(", hereinafter referred to as (Seller)", term="Seller"),
        passage(" (hereinafter referred to as (CONSULTANT))", term="CONSULTANT"),
        passage(", referred to herein as (the Carrier)", term="Carrier"),
    ],
    rejects=[
        ' ("Bioeq")',
        " (the Company's parent)",
        " (as defined below)",
        ', hereinafter referred to as ("Seller")',
        ", referred to in Section 2 as (Seller)",
    ],
    mode="match",
)


_PARTY_X = re.compile(r"Party [A-F]")


def _bare_term(text: str, run: NameRun, end: int, limit: int) -> str | None:
    """An unquoted parenthesised term after a party's name or its address, taken only when it
    repeats a word of the name, is a role word or follows a "hereinafter" cue (never a place:
    "(UK)", "(USA)")."""
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
    if not ws or all(w in PLACE_WORDS for w in ws):
        return None
    name_words = set(words(run.text))
    if role_of(term):
        return term
    if m["the"] and not (m["cue"] or m["ocue"]):
        return None  # "(the Netherlands)": without a cue, "the" goes before a role only
    if (len(ws) == 1 and ws[0] in name_words) or _PARTY_X.fullmatch(term):
        return term
    if (m["cue"] or m["ocue"]) and not DOCUMENT.search(term) and ws[-1] not in NO_PARTY_TERMS:
        return term  # "(hereinafter called the Manufacturer)": the cue makes it a term
    return None


def _person_in_role(text: str, run: NameRun, limit: int) -> bool:
    """ "and Robert Hale ("Subordinated Creditor")", "and Helen Varga (the Consultant)": a
    person's name with no descriptor, made a party by the role term that directly follows it
    (quoted, or a bare one)."""
    m = TERM_AFTER.match(text, run.end, limit)
    term = m["term"] if m else _bare_term(text, run, run.end, limit)
    return bool(term and looks_like_person(run.text) and role_of(term))


#: ", the sole member of Consultant (", ", an officer of the Company (": what a person is to
#: another party, in lower case up to that party's name or term, between the person's name
#: and the term that names the person as a party.
_PERSON_APPOSITIVE = rule(
    "parties.person_appositive",
    r"[ \t]*,\s*(?:the|an?)\s+(?-i:[a-z])[\w\-]*(?:\s+(?-i:[a-z])[\w\-]*){0,5}?\s+of\s+"
    r"(?:the\s+)?(?-i:[A-Z])[a-z]+(?:\s+(?-i:[A-Z])[a-z]+){0,2}\s*,?\s*"
    r"(?=\(\s*(?:the\s+)?[\"\u201c])",
    reads="the list of parties: what a person is to another party, before the person's term",
    matches=[
        ', the sole member of Consultant ("Principal")',
        ', an officer and director of the Company ("Executive")',
    ],
    rejects=[
        ', a Texas limited liability company ("Consultant")',
        ', the sole member of Birch Advisory, LLC ("Principal")',
        ', an individual residing at 14 Main Street ("Seller")',
        ', an annual series of ocean races for one-design yachts (the "Series")',
        ", the Chief Executive Officer, and Acme Corp. (",
    ],
    mode="match",
)


def _person_described(text: str, run: NameRun, limit: int) -> bool:
    """ "and, solely for purposes of Sections 6 and 7, Jonathan Pierce, the sole member of
    Consultant ("Principal")": a person's name, what the person is to another party in lower
    case, then the term that names the person as a party (never a document's or a place's)."""
    if not looks_like_person(run.text):
        return False
    tail = _PERSON_APPOSITIVE.match(text, run.end, limit)
    if tail is None or re.search(r"\b(?:and|or)\s*$", tail.group()):
        return False
    m = TERM_AFTER.match(text, tail.end(), limit)
    return bool(
        m
        and not DOCUMENT.search(m["term"])
        and words(m["term"])
        and words(m["term"])[-1] not in NO_PARTY_TERMS
    )


#: "Dale R. Whitman d/b/a Sunny Side Cafe of Boulder ("Franchisee")": a person's trade name
#: after the person, then the term that names them both; the person's description and
#: address may stand between, wrapped over the page's lines (never across a blank line); the
#: term may follow an unbracketed "hereinafter" cue.
_TRADING_AS_TERM = rule(
    "parties.person_trading_as",
    r"\s*,?\s*(?:d/?b/?a/?|doing\s+business\s+as|trading\s+as|t/a|p/?k/?a/?"
    r"|professionally\s+known\s+as)\s+[\"\u201c]?(?-i:[A-Z])"
    r"(?:[^()\"\u201c\u201d;\n]|\n(?![ \t]*\n)){1,160}?[\"\u201d]?,?\s*"
    r"(?:\((?:the\s+)?|(?:hereinafter|hereafter)\b[^()\"\u201c\u201d;\n]{0,30}?)[\"\u201c]",
    re.IGNORECASE,
    reads="the list of parties: a person who trades under a name, then the term of both",
    matches=[
        ' d/b/a Sunny Side Cafe of Boulder ("Franchisee")',
        ' d/b/a Orchard Row Bakery, hereinafter referred to as the "Tenant"',
        ', doing business as Hale Landscaping, ("Contractor")',
        ', professionally known as "Nia Glow" ("Influencer")',
        " d/b/a Lee Designs, an individual with an\naddress at 19 Pearl Street, Austin, Texas"
        ' 78701 ("Designer")',
    ],
    rejects=[
        " d/b/a Sunny Side Cafe of Boulder, and Beta LLC",
        ' and Acme Corp. ("Acme")',
        ' d/b/a Lee Designs, an individual.\n\n1. Terms ("Terms")',
    ],
    mode="match",
)


def _person_trading_as(text: str, run: NameRun, limit: int) -> bool:
    """A person's name right before a trade-name cue and the term of the party ("Dale R.
    Whitman d/b/a Sunny Side Cafe ("Franchisee")"): a party that is a person."""
    return looks_like_person(run.text) and _TRADING_AS_TERM.match(text, run.end, limit) is not None


#: "Margaret L. Doyle, as trustee of the Doyle Family Trust", "Ian Roe, not individually but
#: solely as co-trustee under the Roe Trust", "Martin G. Ashby, individually and as trustee of
#: the Ashby Family Trust" (a party in both capacities): a person who is a party as a trust's
#: trustee (the trust named after, a party too: the term after it names both).
_AS_TRUSTEE_OF = rule(
    "parties.person_as_trustee_of",
    r"\s*,?\s*(?:not\s+individually,?\s+but\s+solely\s+|individually\s+and\s+)?"
    r"as\s+(?:co-?)?trustees?\s+"
    r"(?:of|for|under)\s+(?:the\s+)?(?-i:[A-Z])",
    re.IGNORECASE,
    reads="the list of parties: the capacity of a person who is a party as a trust's trustee",
    matches=[
        ", as trustee of the Doyle Family Trust",
        ", not individually but solely as co-trustee under the Roe Trust",
        " as Trustee of The Baines 2004 Trust",
        ", individually and as trustee of the Ashby Family Trust",
    ],
    rejects=[
        ", as trustee",
        ", as trustee of the trust created hereunder",
        ", as Agent for",
        ", individually and as Agent for",
    ],
    mode="match",
)
#: What joins people listed together: a comma, "and", or both.
_PEOPLE_SEP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?", re.IGNORECASE)
#: "(collectively, the "Consultants")", "(together, the "Founders")", "(each a "Seller")":
#: the term several people listed before it share.
_SHARED_TERM = rule(
    "parties.people_shared_term",
    r"\s*,?\s*\(\s*(?:hereinafter\s+)?(?:(?:(?P<joint>collectively|together|jointly)|(?P<each>each))"
    r"(?:\s+(?:and\s+)?(?:individually|severally|collectively|together))?,?\s+)?"
    r"(?:(?:referred\s+to|called)\s+as\s+|called\s+)?"
    r"(?:[\"\u201c](?:you|we|us)[\"\u201d]\s*,?\s*(?:or|and)?\s*)*(?:the\s+|an?\s+)?"
    r"[\"\u201c](?P<term>[^\"\u201d]{2,40})[\"\u201d]",
    reads="the list of parties: the defined term closing a list of people",
    matches=[
        passage(' (collectively, the "Consultants")', term="Consultants"),
        passage(' (collectively, "you" or "Franchisee")', term="Franchisee", joint="collectively"),
        passage(
            ' (hereinafter jointly and severally referred to as "Franchisee")',
            term="Franchisee",
            joint="jointly",
        ),
        passage(' (together, the "Founders")', term="Founders"),
        passage(' ("Sellers")', term="Sellers"),
        passage(' (each, a "Stockholder")', term="Stockholder", each="each"),
        passage(' (each a "Guarantor" and together the "Guarantors")', term="Guarantor"),
    ],
    rejects=[" (the Company's parent)", ", a Delaware corporation"],
    mode="match",
)
#: How far a list of people may run before the term they share.
_PEOPLE_LIST = 240


def _person_in_list(text: str, run: NameRun, limit: int) -> bool:
    """ "Mr. Peter Wu, Ms. Lena Ortiz and Mr. Omar Haddad (collectively, the "Consultants")",
    "John A. Pettigrew and Maria L. Pettigrew, individuals residing in Boise, Idaho
    (together, the "Developers")": each person of a list of people that a defined term
    closes is a party, though only the last stands right before the term."""
    if not looks_like_person(run.text):
        return False
    pos = run.end
    stop = min(limit, run.end + _PEOPLE_LIST)
    for nxt in name_runs(text, run.end, stop):
        sep = _PEOPLE_SEP.fullmatch(text, pos, nxt.start)
        if sep and nxt.is_org and re.search(r"\band\s+(?:the\s+)?$", sep.group()):
            pos = nxt.end  # "A, B and the Nakamura 2012 Trust (each a "Stockholder")"
            break
        if sep is None or not looks_like_person(nxt.text):
            break
        pos = nxt.end
    if pos == run.end and not _LIST_BEFORE.search(text, max(0, run.start - 10), run.start):
        return False  # a single person: only in a list ("A, B and C") or with a role term
    person = _INDIVIDUAL.match(text, pos, stop)
    if person:
        tail = re.match(r"[^()\"\u201c;]{0,80}?(?=\s*,?\s*\()", text[person.end() : stop])
        pos = person.end() + (tail.end() if tail else 0)
    m = _SHARED_TERM.match(text, pos, stop)
    # "(each, a "Guarantor")": a singular role that each person of the list is given (not
    # "(each, a "Party")", which closes a whole preamble and its addresses)
    each_role = bool(m and m["each"] and role_of(m["term"]) not in (None, "Party"))
    # "Carlos Mendez and Ana Mendez, husband and wife (collectively, "Franchisee")": a
    # singular role the people of the list hold together, in the list of parties ("between
    # ... and"; a note's "to the order of A and B (together, "Lender")" is its payee reader's)
    joint_role = bool(
        m
        and m["joint"]
        and pos > run.end
        and _PARTY_SLOT.search(text, max(0, run.start - 12), run.start)
        and role_of(m["term"]) not in (None, "Party")
    )
    return bool(
        m
        and not DOCUMENT.search(m["term"])
        and (is_plural_term(m["term"]) or each_role or joint_role)
    )


#: "The Johns Hopkins University (hereinafter "JHU")", "BookingEntertainment.com ("Promoter")",
#: "Idan Maimon ("Maimon")": a name the preamble gives a defined term right after it.
TERM_AFTER = rule(
    "parties.term_after_name",
    r"\s*,?\s*\(\s*(?:[Hh]ereinafter(?:\s+(?:jointly|collectively|together|individually)"
    r"(?:\s+and\s+(?:severally|individually|collectively))?)?"
    r"(?:\s+(?:to\s+be\s+)?(?:referred\s+to|called|named|known))?"
    r"(?:\s+as)?,?\s+)?(?:the\s+)?[\"\u201c](?P<term>[^\"\u201d]{2,40})[\"\u201d]",
    reads="the list of parties: the defined term right after a party's name",
    matches=[
        passage(' ("Harwell")', term="Harwell"),
        passage(' (hereinafter "JHU")', term="JHU"),
        passage(' (Hereinafter to be referred to as "Torque Max")', term="Torque Max"),
        passage(
            ' (hereinafter jointly and severally referred to as "Franchisee")', term="Franchisee"
        ),
        passage(', (the "Company")', term="Company"),
    ],
    rejects=[" (the Company's parent)", ' of Ohio ("Ohio")'],
    mode="match",
)
#: "Rosa T. Kell, hereinafter referred to as "Contractor"", "Omar Haddad, hereinafter
#: called the "Distributor"": the defined term an older preamble gives after a comma, with no
#: parenthesis; what makes a name with no corporate word (a person's) a party, as the
#: parenthesised term does. Older drafting leaves the quotes out too ("Peter J. Walsh,
#: hereinafter referred to as the Representative."): then one to three capitalised words
#: that end the clause.
HEREINAFTER_AFTER = rule(
    "parties.hereinafter_term_unbracketed",
    r"\s*,?\s*(?i:hereinafter|hereafter)(?:\s+(?:referred\s+to|called|named|designated|known))?"
    r"(?:\s+as)?,?\s+(?:the\s+)?(?:[\"\u201c](?P<term>[^\"\u201d]{2,40})[\"\u201d]"
    r"|(?P<bare>[A-Z][\w&\-]*(?:[ \t]+[A-Z][\w&\-]*){0,2})(?=\s*[,.;]|\s+and\s"
    # "the SUPPLIER (which expression shall ... include its successors)", "the BUYER of the
    # OTHER PART": what Indian and English drafting writes after such a term
    r"|\s*\(\s*(?i:which\s+expression)|\s+(?i:of\s+the\s+(?:one|other|first|second)\s+part)))",
    reads="the list of parties: a defined term after a comma and a hereinafter cue, unbracketed",
    matches=[
        passage(', hereinafter referred to as "Contractor"', term="Contractor"),
        passage(", hereinafter called the \u201cDistributor\u201d", term="Distributor"),
        passage(' Hereafter "Seller"', term="Seller"),
        passage(", hereinafter referred to as the Representative.", bare="Representative"),
        passage(", hereinafter called Sales Agent, and ", bare="Sales Agent"),
        passage(
            ", hereinafter referred to as the SUPPLIER (which expression shall",
            bare="SUPPLIER",
        ),
        passage(", hereinafter called the BUYER of the OTHER PART.", bare="BUYER"),
    ],
    rejects=[
        ' ("Contractor")',
        ", hereinafter referred to as the parties hereto",
        ", and hereafter",
        ", hereinafter referred to as the Company for all purposes",
    ],
    mode="match",
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
#: its state or country set off by commas); "Cobalt Bay Credit Union, a federally chartered
#: credit union", "Harlan Growers, an agricultural cooperative": a body whose lower-case
#: descriptor says what kind of body it is ("County of Yavapai, a political subdivision of the
#: State of Arizona", "the Port of Tacoma, a port district of ..."). "Torque Max Lubricants,
#: Anaheim, Calif.": a town and its state, right before the term. "..., a company incorporated
#: under the Companies Act, 1956, having ...": the rest of a descriptor whose words name no
#: jurisdiction.
_TAIL = (
    r"\s*(?:,\s*(?-i:[A-Z])[A-Za-z]+(?:[ \t]+(?-i:[A-Z])[A-Za-z]+)?,\s*(?=an?\s))?"
    r",?\s*(?:with|having|whose|located|residing|represented|acting|an?\s+(?-i:[A-Z])"
    # "Mr. Li Wei, holder of PRC passport No. E1234 (", "bearing identity card number ...":
    # a person's identity document, before the person's address and term
    r"|(?:the\s+)?holder\s+of|bearing"
    # "Samuel Adeyemi, a resident of the State of Texas (", "a citizen of Canada (", "Dana
    # Holt and Lee Holt, residents of Ohio ("
    r"|(?:an?\s+)?(?:individual\s+)?(?:residents?|citizens?|nationals?|domiciliary)\s+of"
    # "a Jordanian national holding passport ...", "of legal age, of Spanish nationality":
    # who a person is, by nationality or age, before the person's address and term
    r"|an?\s+(?-i:[A-Z])[a-z]+\s+(?:national|citizen|resident)|of\s+(?:full\s+|legal\s+)+age"
    r"|(?:duly\s+)?(?:incorporated|organi[sz]ed|registered|existing|established)\s+(?:and|in|under)"
    r"|(?-i:[A-Z])[a-z]+(?:[ \t]+(?-i:[A-Z])[a-z]+)?,[ \t]*(?-i:[A-Z])[A-Za-z]{1,12}(?=\.?\s*\()"
    r"|(?:an?|the)\s+(?:[\w\-]+\s+){0,4}?(?:division|unit|department|agency|organi[sz]ation"
    r"|body|institution|city|town|county|village|municipality|municipal|charity|charitable"
    r"|subdivision|instrumentality|authority|district|tribe"
    r"|proprietorship|sole\s+trader|union|cooperative|co-operative|association|society"
    r"|corporation|company|partnership"
    r"|not-for-profit|non-?profit|public|governmental)"
    r"|in\s+(?:his|her|its)\s+(?:individual\s+)?capacity|of\s+(?=[^()\"\u201c;]{0,60}\d)"
    # "Tamsin Okoro, of Brixton, London (", "GUSTAVO MORENO\nof the City of Vancouver ... (":
    # the town a person is of, with no number in it (read for a person's name only)
    r"|(?P<place_of>of\s+(?=(?:the\s+)?(?-i:[A-Z])(?:(?!\band\b)[^()\"\u201c;]){0,120}\()))\b"
    r"(?:[^()\"\u201c\u201d;]|\((?-i:[A-Z])[^()]{0,40}\))*?"
)
_NAME_TAIL = re.compile(_TAIL + r"(?=\s*,?\s*\()", re.IGNORECASE)
#: The same tail up to an unbracketed "hereinafter" cue ("Rosa T. Kell, of 14 Birch Road,
#: Nyack, New York 10960, hereinafter referred to as "Contractor"").
_NAME_TAIL_TO_CUE = re.compile(_TAIL + r"(?=\s*,?\s*(?:hereinafter|hereafter)\b)", re.IGNORECASE)


#: "Acme, Inc.  12 Main St. Springfield, CA 91016 (\"Acme\")": a street address straight
#: after a company's name, up to its defined term.
_STREET_TAIL = re.compile(r"\s*,?\s*\d[^()\"\u201c\u201d;]{4,160}?(?=\s*,?\s*\()")


def end_of_address(text: str, pos: int, limit: int) -> int:
    """Where the address (or place of business) written after a party's name ends, before
    its defined term; -1 where none stands there or another party starts inside it."""
    tail = _NAME_TAIL.match(text, pos, limit)
    street = _STREET_TAIL.match(text, pos, limit) if tail is None else None
    # "..., 4400 Holdings, LLC, a Texas limited liability company (" is the next party
    if street and not any(r.is_org for r in name_runs(text, street.start(), street.end())):
        tail = street
    if tail is None or re.search(r",\s+and\s", tail.group()) or _company_after_and(text, tail):
        return -1
    return tail.end()


def _company_after_and(text: str, tail: re.Match[str]) -> bool:
    """ "..., New York, NY 10022 and Shanghai Veritas Biotech Ltd. of Shanghai, China (": a
    company named after "and" inside what reads as an address is the next party."""
    return any(
        re.search(r"\band\s+$", text[max(0, r.start - 6) : r.start])
        and words(r.text)
        and words(r.text)[-1] in TERMINAL_SUFFIXES
        for r in name_runs(text, tail.start(), tail.end())
    )


#: Initials alone ("P.A."): the end of the name before them, never a name of its own.
_INITIALS = re.compile(r"(?:[A-Z]\.\s?){1,4}")
#: A person closing a list of companies, named by the term they share.
_COLLECTIVE_AFTER = re.compile(
    r"\s*,?\s*\(\s*collectively,?\s+(?:the\s+)?[\"\u201c](?P<term>[^\"\u201d]{2,40})[\"\u201d]"
)
_LIST_BEFORE = re.compile(r"(?:,|\band)\s*$")
#: What opens a name's place in the list of parties: "between", "among", "and", "by".
_PARTY_SLOT = re.compile(r"\b(?:between|among|and|by|BETWEEN|AMONG|AND|BY)[ \t\n]*:?[ \t\n]*$")


def _named_by_term(text: str, run: NameRun, limit: int) -> bool:
    """A run without an org word is still a party when a defined term follows it at once —
    unless the run names a document ("Software License Agreement (the "Agreement")") or ends
    an address ("..., Toronto, Ontario M5V 2T6 ("Licensee")", "..., USA ("Supplier")"). A
    term after an unbracketed "hereinafter" counts for a name in the list's own slot only
    ("and Rosa T. Kell, hereinafter referred to as "Contractor"", never "for the design of the
    Harbor View Tower, hereinafter referred to as the "Project"")."""
    m = TERM_AFTER.match(text, run.end, limit)
    if m is None and looks_like_person(run.text) and _LIST_BEFORE.search(text, 0, run.start):
        # "..., Cibelli Research, LLC and Mario Cibelli (collectively, the "Holders")"
        m = _COLLECTIVE_AFTER.match(text, run.end, limit)
    tails = [(_NAME_TAIL, TERM_AFTER)]
    if _PARTY_SLOT.search(text, max(0, run.start - 20), run.start):
        m = m or HEREINAFTER_AFTER.match(text, run.end, limit)
        tails.append((_NAME_TAIL_TO_CUE, HEREINAFTER_AFTER))
    for tail_re, term_re in tails:
        tail = None if m else tail_re.match(text, run.end, limit)
        if tail and tail["place_of"] is not None and not _person_in_slot(text, run):
            tail = None  # "for the Harbor View Tower, of Seattle (": only a party is "of" a town
        if tail and not re.search(r",\s+and\s", tail.group()) and not _company_in(text, tail):
            m = term_re.match(text, tail.end(), limit)
            if m is None and term_re is TERM_AFTER:
                m = _term_past_asides(text, tail.end(), limit)
    if not m:
        return False
    term = m["term"] or m.groupdict().get("bare") or ""
    if DOCUMENT.search(run.text) or DOCUMENT.search(term):
        return False
    if words(term) and words(term)[-1] in NO_PARTY_TERMS:
        return False  # "Portugal (the "Territory")": a place the term names
    ws = words(run.text)
    if any(c.isdigit() for c in run.text) or all(w in PLACE_WORDS for w in ws):
        return False
    if _INITIALS.fullmatch(run.text.strip()):
        return False  # "COASTLINE SURGICAL PARTNERS, P.A., a Florida professional association"
    clause = _CLAUSE_START.split(text[max(0, run.start - 200) : run.start])[-1]
    return not _ADDRESS_CUE.search(clause)


#: "(DNI) number 50123456-Z, residing at ... (": a short aside in a person's details and the
#: details that go on after it, up to the next parenthesis.
_ASIDE_AND_REST = re.compile(
    r"\s*\((?-i:[A-Z])[^()\"\u201c\u201d]{0,40}\)[^()\"\u201c\u201d;]{0,200}?(?=\s*,?\s*\()"
)


def _term_past_asides(text: str, pos: int, limit: int) -> re.Match[str] | None:
    """The term after a name's details that hold short asides of their own ("Mr. José Ruiz,
    of legal age, with identity document (DNI) number 5012, residing at ... (the "Agent")"):
    the details stopped at the aside; they go on after it to the term (two asides at most,
    never past another party's "and")."""
    for _ in range(2):
        rest = _ASIDE_AND_REST.match(text, pos, limit)
        if rest is None or re.search(r",\s+and\s", rest.group()):
            return None
        if m := TERM_AFTER.match(text, rest.end(), limit):
            return m
        pos = rest.end()
    return None


def _person_in_slot(text: str, run: NameRun) -> bool:
    """Whether the run is a person's name in the list's own slot ("by Tamsin Okoro", "AND:" /
    "GUSTAVO MORENO"): what a town after "of" may describe."""
    return looks_like_person(run.text) and bool(
        _PARTY_SLOT.search(text, max(0, run.start - 20), run.start)
    )


def _company_in(text: str, tail: re.Match[str]) -> bool:
    """Whether a company whose name ends in its corporate suffix stands inside the text
    between a run and a term ("B. Concurrently with ..., Loop Labs, LLC, a Delaware limited
    liability company ("Loop Labs")"): the term is that company's, not the run's (a parent
    company the run is a division or subsidiary of stands there too, and owns no term)."""
    return any(
        words(r.text)[-1] in TERMINAL_SUFFIXES
        and not AFTER_PLACE_CUE.search(text, max(0, r.start - 30), r.start)
        for r in name_runs(text, tail.start(), tail.end())
        if words(r.text)
    )


DOCUMENT = re.compile(
    r"(?i)\b(?:agreement|amendment|note|notes|indenture|lease|guaranty|guarantee|terms"
    r"|conditions|tariff|schedule|plan|policy|program)\b"
)
#: Where the clause naming a party starts: its list word in either case ("BETWEEN:" and "AND:"
#: head a block of parties in capitals), so that the agreement's date before it is no address.
_CLAUSE_START = re.compile(r"\b(?:and|between|among|by|AND|BETWEEN|AMONG|BY)\b|[;(]")
_ADDRESS_CUE = re.compile(
    r"(?i)\b(?:located|offices?|address|business|residing|registered)\b|\d{2,}"
)


#: a defined term right after a capacity written in lower case: `, as administrative agent
#: for the Lenders (in such capacity, the "Agent")`, `(in such capacities, together with its
#: successors in such capacities, Agent)`, `(the "Agent")`, `(Agent)`
_TERM_AFTER = re.compile(
    r"[^,;()]{0,60}\(\s*(?:in\s+such\s+capacit|[^()]{0,80}?[\"\u201c]|(?:the\s+)?[A-Z][\w-]*\s*\))"
)


def _capacity_is_role(text: str, role: re.Match[str], limit: int) -> bool:
    """Whether the capacity after a party's name is its role: one in capitals always; one in
    lower case (", as administrative agent") only where no defined term follows it, since
    the term ("Agent") is what the document calls the party in that role."""
    return role["role"][0].isupper() or not _TERM_AFTER.match(text, role.end(), limit)


def _capitalised(word: str) -> str:
    """A role's word as :func:`~ingest.parties.role_words.role_of` writes a role term's:
    "administrative" -> "Administrative", "co-documentation" -> "Co-documentation", "and"
    kept."""
    return word if word in ("and", "of", "for") else word.capitalize()


def _role_phrase(words_: str) -> str | None:
    """The longest leading run of words that ends in a role word ("Agent and Lender")."""
    ws = words_.split()
    for n in range(len(ws), 0, -1):
        if role_of(" ".join(ws[:n])) and ws[n - 1].lower() not in ("and", "&"):
            if ws[0][0].isupper():
                return " ".join(ws[:n])
            # "administrative agent and a lender" -> "Administrative Agent and Lender"
            return " ".join(_capitalised(w) for w in ws[:n] if w not in ("a", "an", "the"))
    # "as Co-Agent for the Lenders": a capacity shared under a "co-" prefix
    return ws[0] if ws and is_shared_capacity(ws[0]) else None


def strip_leading_roles(text: str, run: NameRun) -> NameRun | None:
    """ "as Co-Agent and Wells Fargo Bank, N.A." -> "Wells Fargo Bank, N.A."; "formerly known
    as", "doing business as" bring in another name of the party, no capacity."""
    if not re.search(r"\bas\s+(?:the\s+)?$", text[max(0, run.start - 12) : run.start]):
        return run
    if TRADE_NAME.search(text, max(0, run.start - 45), run.start):
        return run
    m = re.match(r"(?:[\w-]+\s+)*?(?:and|&)\s+", run.text)
    if m and _role_phrase(run.text[: m.start() + len(m.group().rsplit(None, 1)[0])].strip()):
        rest = NameRun(run.start + m.end(), run.end, run.text[m.end() :])
        # "as Administrative Agent and Issuing Bank": the second capacity, no name
        return None if is_role_title(rest.text) else rest
    return None


#: "as Administrative Agent, Collateral Agent, and ": a list of capacities after "as", up to
#: the run that follows it.
_ROLE_LIST = re.compile(
    r"\bas\s+(?:the\s+)?(?P<items>[^;()]{1,160}?)(?:,\s*|,?\s+(?:and|&)\s+)(?:the\s+)?$"
)
_ITEM_SEP = re.compile(r"\s*,\s*(?:(?:and|&)\s+)?(?:the\s+)?|\s+(?:and|&)\s+(?:the\s+)?")


def in_role_list(text: str, run: NameRun) -> bool:
    """ "Comerica Bank as Administrative Agent, Collateral Agent, and Issuing Bank", "Fleet
    Bank, as the Issuing Bank, the Swing Line Bank and the Agent" (the list may wrap): the last
    items of a list of capacities after "as" are capacities too, never parties ("as Agent, and
    Wells Fargo Bank, as ..." names a party: its words are no capacity's)."""
    if not is_role_title(run.text):
        return False
    m = _ROLE_LIST.search(text, max(0, run.start - 160), run.start)
    if m is None:
        return False
    items = [i for i in _ITEM_SEP.split(m["items"]) if i]
    return bool(items) and all(is_role_title(i) for i in items)
