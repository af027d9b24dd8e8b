"""The parties of the preamble (or of the first place that names them): each name
with its descriptor and defined term, a table of labelled parties ("Party A:"),
and the defined terms whose names the recitals give later.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ingest.context import DocContext, norm_term
from ingest.defined_terms import Definition, antecedent_start, definitions_in, find_definitions
from ingest.names import TERMINAL_SUFFIXES, NameRun, clean_name, name_runs, singular, words
from ingest.parties.add import add_party, party_ref, party_to
from ingest.parties.capacity_terms import capacity_names_term
from ingest.parties.cues import (
    ADJACENT_SECOND_TERM,
    DESCRIBED_IN,
    EACH_OF_TERMS,
    FUTURE_NAME,
    JOINT_TERM,
    SAME_PARTY_TERMS,
    SECOND_TERMS,
    SERVICES_LENT,
    TRADE_NAME,
    TRADE_NAME_IN_RUN,
    YOU_BEFORE_TERM,
)
from ingest.parties.described import described_party
from ingest.parties.descriptions import (
    AFTER_PLACE_CUE,
    DEGREE,
    DOCUMENT,
    Party,
    describe,
    end_of_address,
    in_role_list,
    strip_leading_roles,
)
from ingest.parties.forms import stated_form, suffix_type
from ingest.parties.lender_class import describes_class, names_class, names_members_of
from ingest.parties.listed_terms import (
    CREDIT_ROLES,
    listed_names,
    listed_terms,
    parties_listed,
    share_role,
)
from ingest.parties.lower_case_names import lower_case_names
from ingest.parties.named_products import names_a_product
from ingest.parties.not_names import (
    NO_PARTY_TERMS,
    PLACE_WORDS,
    name_after_term,
    only_roles,
    only_terms,
)
from ingest.parties.recital_openings import operative_zone, recital_zone, without_letter_label
from ingest.parties.register_numbers import REGISTER_LABEL_BEFORE, is_register_number
from ingest.parties.role_labels import label_before, labelled_roles
from ingest.parties.role_words import is_plural_term, role_of
from ingest.parties.shared_capacities import share_plural_capacity
from ingest.parties.spellings import core_words, display_name
from ingest.parties.zones import HEAD_WINDOW, party_zones, undersigned_opening
from ingest.rules import passage, rule
from ingest.structure.analysis import analyze

#: "offices at One Capital City Plaza", "1120 S Capital of Texas Highway": what a street
#: (never a party, though it may hold an org word) follows.
_ADDRESS_BEFORE = re.compile(r"(?:\bat|\b\d+[A-Za-z]?)[ \t]+$")
#: "1.1 Nordic Outdoor AB, a Swedish company": a section's number opening a line, before a
#: company's name (a corporate suffix ends it): the parties listed in a numbered section, no
#: street (a defined term's heading, "1.24 ctDNA Working Group", stays none).
_SECTION_NUMBER_BEFORE = re.compile(r"(?:^|\n)[ \t]*\d{1,2}\.\d{1,2}\.?[ \t]+$")


def _street_before(text: str, run: NameRun, pos: int) -> bool:
    """Whether a street's number (or "at") stands right before the run (:data:`_ADDRESS_BEFORE`),
    not a section's number before a company (:data:`_SECTION_NUMBER_BEFORE`)."""
    if not _ADDRESS_BEFORE.search(text, max(0, pos - 20), pos):
        return False
    ws = words(run.text)
    return not (
        _SECTION_NUMBER_BEFORE.search(text, max(0, pos - 20), pos)
        and len(ws) >= 2
        and ws[-1] in TERMINAL_SUFFIXES
    )


#: "UNION BANK, as Administrative Agent and an Issuing Bank": a run after an indefinite
#: article is a capacity or a description, never the name of a party ("d/b/a" is no article).
_ARTICLE_BEFORE = re.compile(r"(?<![\w./])(?:an?|AN?)[ \t]+$")
#: "Co. Dublin", "Inc. and ...": a run that starts with a corporate suffix is a place or a
#: name cut elsewhere, never a name.
_SUFFIX_FIRST = ("Co. ", "CO. ", "Inc.", "INC.", "Ltd.", "LTD.", "Corp.", "CORP.")
AGREEMENT_TERM = re.compile(r"\b(?:Agreement|Note|Notes|Indenture|Lease|Guaranty|Guarantee)\b")


def _names_pending(text: str, pending: list[Party], d: Definition) -> bool:
    """Whether a term the title block gave the agreement ("CNET" read as the title's
    alias) is in fact the alias of the party named just before it: no "this" in its
    parenthesis, no document word in it."""
    return bool(
        pending
        and not DOCUMENT.search(d.term)
        and not re.search(r"\bthis\b", text[d.clause_start : d.start], re.IGNORECASE)
    )


def _inside(pos: int, defs: list[Definition]) -> bool:
    return any(d.clause_start <= pos < d.clause_end for d in defs if d.style == "paren")


def extract_parties(ctx: DocContext) -> None:
    """Parties of the preamble (or of the first place that names them, see
    :func:`party_zones`), their defined terms and PARTY_TO the own agreement."""
    st = analyze(ctx.text)
    if undersigned_opening(ctx.text) is not None:
        return  # the parties are the signers (ingest.undersigned), not the names above them
    if _labelled_parties(ctx):
        return
    if st.preamble is None and labelled_roles(ctx):
        return  # no opening sentence: a table of role labels at the head names the parties
    if st.preamble is not None and _terms_only_opening(ctx, st.preamble.start):
        return  # a translated loan contract: its table names them, its opening by terms only
    for start, end, strict in party_zones(ctx.text, st):
        if _parties_in(ctx, start, end, strict=strict or st.preamble is None):
            _terms_named_in_preamble(ctx, start, end)
            return
    below = st.preamble is not None and (
        _PARTIES_BELOW.search(ctx.text, st.preamble.start, st.preamble.end)
        or not _NAMES_PARTIES.search(ctx.text, st.preamble.start, st.preamble.end)
    )
    if st.preamble is None or below:
        # no preamble, or one that leaves them to what follows ("between the parties
        # identified below", "This Agreement is effective as of June 1, 2009."): the recitals
        # name the parties, each with its term or descriptor, or else the operative words
        # after them ("NOW, THEREFORE, Acme Ltd. (the "Carrier") and ... agree as follows")
        for zone in (recital_zone(ctx.text, HEAD_WINDOW), operative_zone(ctx.text, HEAD_WINDOW)):
            if zone and _parties_in(ctx, *zone, strict=True, described_only=True):
                return
    labelled_roles(ctx)


#: "This Agreement is entered into ... by and between the parties identified below": a
#: preamble that names no party, leaving them to the recitals that follow.
_PARTIES_BELOW = rule(
    "parties.parties_named_below",
    r"(?i)\bbetween\s+the\s+parties\s+(?:identified|named|listed|described|set\s+(?:out|forth))"
    r"\s+(?:below|hereafter|hereinafter|in\s+the\s+recitals)\b",
    reads="a preamble that leaves the parties to the recitals below it",
    matches=[
        "by and between the parties identified below.",
        "between the parties named below:",
    ],
    rejects=["between the parties hereto", "between the parties named in Schedule 1"],
)
#: "... between", "by and among", "made by", "entered into with", "the undersigned", "the
#: parties": a preamble that names its parties (or says who they are) has one of these words;
#: one with none ("This Supply Agreement is effective as of June 1, 2009.") leaves them to the
#: recitals or the operative words below it.
_NAMES_PARTIES = rule(
    "parties.preamble_names_parties",
    r"(?i)\b(?:between|among|by|with|undersigned|parties|party|and)\b",
    reads="the preamble: a word by which it names its parties, or introduces them",
    matches=[
        "This Agreement is made by and between Acme Corp. and Beta LLC.",
        "This Supply Agreement is entered into with effect from May 1, 2010 by Orbis Ltd.",
        "The undersigned hereby agree as follows.",
    ],
    rejects=[
        'This Packaging Supply Agreement (this "Agreement") is effective as of June 1, 2009.',
        "This Ground Handling Agreement is dated as of October 15, 2012.",
    ],
)
#: "Borrower: Jinhai Precision Components Co., Ltd. (hereinafter referred to as "Party B")" /
#: "Lender: Bank of Yuanshan Co., Ltd. (hereinafter referred to as "Party A")": a bank's loan
#: contract in translated style heads with a table of role labels, each row giving its party
#: a term, then speaks of the parties only by those terms ("Party B has applied to Party A for
#: a loan"), so the opening the structure finds (if any) lies further down and names no one.
_PARTY_LETTER_TERM = rule(
    "parties.party_letter_term",
    r"\(\s*(?:(?:hereinafter|hereafter)\s+)?(?:(?:referred\s+to|called)\s+)?(?:as\s+)?"
    r"(?:the\s+)?[\"\u201c](?:Party|PARTY)\s+[A-F][\"\u201d]\s*\)",
    reads="the head of a translated contract: a party's term of 'Party' and a letter",
    matches=[
        '(hereinafter referred to as "Party A")',
        "(hereinafter called \u201cParty B\u201d)",
        '("Party A")',
    ],
    rejects=['(the "Parties")', '(hereinafter referred to as "Party")', '("Lender")'],
)


def _terms_only_opening(ctx: DocContext, opening: int) -> bool:
    """Read the table of role labels above the opening where its rows give their parties
    "Party A" and "Party B" terms (:data:`_PARTY_LETTER_TERM`); whether it named them."""
    if len(_PARTY_LETTER_TERM.findall(ctx.text, 0, min(opening, HEAD_WINDOW))) < 2:
        return False
    return labelled_roles(ctx, opening)


#: "Party A: People's Government of Fenyi County", "Party B: Xinyu New Energy Co., Ltd." at
#: the head of a contract drafted as a table of parties: a label, a colon, then the name. The
#: label may join the party's role to its letter ("The Buyer/Party A:", "The seller/Party-B"):
#: both are the party's terms, and after that slashed label the colon may be left out.
_PARTY_LABEL = rule(
    "parties.party_letter_label",
    r"(?:^|(?<=\s))(?:(?:The|THE)[ \t]+)?"
    r"(?:(?P<role>[A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+)?)[ \t]*/[ \t]*)?"
    r"(?P<label>(?:Party|PARTY)(?:\s+|-)[A-F])(?:\s*[:\uff1a]\s*|(?(role)[ \t]+(?=[A-Z])|(?!)))",
    reads="the head of a translated contract: a row's label of 'Party' and a letter",
    matches=[
        passage("Party A: Xinyu New Energy Co., Ltd.", label="Party A"),
        passage("PARTY B\uff1aHarmon Tools Inc.", label="PARTY B"),
        passage("The Buyer/Party A: Hebei Steel Co., Ltd.", role="Buyer", label="Party A"),
        passage("The seller/Party-B Orland Coatings, Inc.", role="seller", label="Party-B"),
    ],
    rejects=["Party A shall pay", "Party B Orland Coatings, Inc.", "Third Party: none"],
)


def _labelled_parties(ctx: DocContext) -> bool:
    """Parties of a contract that names them in a table at its head ("Party A: ...", "Party
    B: ..."): the label is the party's alias, unless the row gives the party a term of its own
    ("Party A: Lumen Card Services, Inc. ("Lumen")"): then the label only heads the row, and
    the term is what the contract calls the party. Two labels at least."""
    text = ctx.text
    head = min(len(text), HEAD_WINDOW)
    hits: dict[str, NameRun] = {}
    labels = list(_PARTY_LABEL.finditer(text, 0, head))
    roles: dict[str, str] = {}
    for i, m in enumerate(labels):
        label = "Party " + m["label"][-1].upper()
        stop = labels[i + 1].start() if i + 1 < len(labels) else head
        runs = name_runs(text, m.end(), min(stop, m.end() + 200))
        if not runs or runs[0].start != m.end() or label in hits:
            continue
        run = runs[0]
        if len(words(run.text)) >= 2 and not only_roles(run.text):
            hits[label] = run
            role = role_of(m["role"].title()) if m["role"] else None
            if role is not None and role != "Party":
                roles[label] = role
    if len(hits) < 2:
        return False
    for label, run in hits.items():
        terms = _row_terms(text, run) or [label, *filter(None, [roles.get(label)])]
        ref = add_party(ctx, run.text, run.start, run.end, aliases=tuple(terms))
        ctx.define(label, ref)
        for term in terms:
            ctx.define(term, ref)
        party_to(ctx, ref, None, run.start, run.end)
    return True


def _row_terms(text: str, run: NameRun) -> list[str]:
    """The terms a parties-table row gives its party in a parenthesis right after the name,
    on the name's line ('Lumen Card Services, Inc. ("Lumen")'), with the others that
    parenthesis joins to the first ('(hereinafter referred to as "Party A" or "Lumiway")')."""
    line_end = text.find("\n", run.end)
    line_end = len(text) if line_end < 0 else line_end
    terms: list[str] = []
    last = None
    for d in definitions_in(text, run.end, line_end):
        if d.style != "paren" or d.collective:
            continue
        if last is None and not text[run.end : d.clause_start].strip(" \t,"):
            terms, last = [d.term], d
        elif (
            last is not None
            and d.clause_start == last.clause_start
            and SAME_PARTY_TERMS.fullmatch(text, last.end, d.start)
        ):
            terms.append(d.term)
            last = d
    return terms


@dataclass(slots=True)
class _Reading:
    """What :func:`_parties_in` has read so far, in the order of the text."""

    strict: bool
    #: only names with a term or a descriptor count (not a suffix alone)
    described_only: bool
    self_terms: set[str]
    known_terms: set[str]
    defs: list[Definition]
    found: list[Party] = field(default_factory=list)
    #: the names read since the last defined term (the term names them)
    pending: list[Party] = field(default_factory=list)
    #: the parties the last term named
    named_last: list[Party] = field(default_factory=list)
    last_clause: int = -1
    last_term_end: int = -1
    address_end: int = -1
    #: the parenthesis whose terms :func:`_respective_terms` gave out, one to each name
    respective_clause: int = -1


#: "Sunny Bowl Franchising, Inc., a Florida corporation ("we" or "us"), and ...": a
#: parenthesis that gives the party before it only the pronouns the contract speaks in. It
#: names that party as a term would, so a term further on is the next party's, not its.
_PRONOUN_TERMS = rule(
    "parties.pronoun_terms",
    r"\((?:\s*(?:hereinafter|referred\s+to\s+as)\s*,?)?(?:\s*(?:,|or|and)?\s*"
    r"[\"\u201c](?:we|us|our|ours|you|your)[\"\u201d]){1,4}\s*\)",
    re.IGNORECASE,
    reads="the list of parties: a parenthesis giving the party before it only pronouns",
    matches=['("we" or "us")', '(hereinafter "we", "us" or "our")', '("you")'],
    rejects=['("we" or "Franchisor")', '(collectively, "you" or "Franchisee")', "(we)"],
)


def _parties_in(
    ctx: DocContext, start: int, end: int, *, strict: bool = False, described_only: bool = False
) -> bool:
    """Read the parties named in ``text[start:end]``; whether there were any. Outside the
    preamble (``strict``) a name counts only with a defined term or a descriptor of its
    own: headings and statutes stand there too. In the recitals (``described_only``) a
    corporate suffix alone is not enough: a company they mention may be no party."""
    text = ctx.text
    defs = [d for d in definitions_in(text, start, end) if d.style == "paren"]
    self_terms = {norm_term(t) for t, refs in ctx.terms.items() if ctx.self_ref in refs}
    known_terms = {norm_term(d.term) for d in find_definitions(text)}
    r = _Reading(strict, described_only, self_terms, known_terms, defs)
    runs = name_runs(text, start, end)
    runs += [
        low
        for low in lower_case_names(text, start, end)
        if not any(n.start < low.end and low.start < n.end for n in runs)
    ]
    events: list[tuple[int, object]] = [(n.start, n) for n in runs]
    events += [(d.clause_start, d) for d in defs]
    events += [(m.start(), m) for m in _PRONOUN_TERMS.finditer(text, start, end)]
    events.sort(key=lambda e: (e[0], isinstance(e[1], NameRun)))
    for pos, ev in events:
        if isinstance(ev, NameRun):
            _read_name(ctx, r, ev, pos, end)
            continue
        if isinstance(ev, re.Match):
            r.pending = []  # the names before are "we": the next term is not theirs
            continue
        assert isinstance(ev, Definition)
        if not _read_term(ctx, r, ev, pos):
            break  # names after another agreement's term are that agreement's parties
    _add_found(ctx, r)
    return bool(r.found)


#: "American Farm Credit, PCA (as assignee of American Farm Credit, FLCA), as Administrative
#: Agent": the company a party succeeds, named in its aside, is no party.
_PREDECESSOR_BEFORE = rule(
    "parties.predecessor_in_aside",
    r"(?i)\(\s*(?:as\s+)?(?:assignee|successor(?:[\s-]+in[\s-]+interest|\s+by\s+merger)?)"
    r"\s+(?:of|to)\s+$",
    reads="the list of parties: an aside naming the company a party succeeds as assignee",
    matches=[
        passage("Harrow Credit, PCA (as assignee of ", match="(as assignee of "),
        passage("Lyle Bank, N.A. (successor by merger to ", match="(successor by merger to "),
    ],
    rejects=["Lyle Bank, N.A., as successor agent, and ", "(the Assignee) and "],
)


#: "A Delaware limited liability company to be formed under the name "Northstar Cold LLC" (the
#: "JV Company")": the company the parties are to set up, which is no party yet.
_TO_BE_FORMED = rule(
    "parties.company_to_be_formed",
    r"(?i)\bto\s+be\s+(?:formed|incorporated|organi[sz]ed|established)\b[^.;()]{0,40}?"
    r"(?:\bnamed|\bname|\bas|,)?\s*[\"\u201c]?$",
    reads="the list of parties: the cue before the name of a company the parties are to form",
    matches=[
        passage('a company to be formed under the name "', match='to be formed under the name "'),
        passage("a new company to be incorporated as ", match="to be incorporated as "),
    ],
    rejects=["Halvern Mills, Inc., a company formed under the laws of ", "to be formed. And "],
)


def _lent_to_termless(text: str, r: _Reading, pos: int) -> bool:
    """Whether the name at ``pos`` is the person whose services the company before it
    furnishes ("Starline Talent, Inc. f/s/o Dana Whitfield ("Lender")") and the company has no
    term yet: the term that follows is the company's and the person no party. A company
    with its term already ("Ireland Talent, Inc. ("IT Inc."), furnishing the services of Kate
    Ireland ("Kate")") leaves the person a party of their own, with their own term."""
    return bool(r.found and not r.found[-1].aliases) and bool(
        SERVICES_LENT.search(text, max(0, pos - 40), pos)
    )


#: "ALAN WHITFORD of Ivy Cottage, Main Street, Harrogate": a name in capitals run on into the
#: town or house a person is of, written in lower case but for its initials: the name ends
#: where the capitals do.
_CAPS_NAME_OF_PLACE = rule(
    "parties.capitals_name_of_place",
    r"(?P<name>[A-Z][A-Z'’.\-]*(?:[ \t]+[A-Z][A-Z'’.\-]*)+)[ \t]+of[ \t]+"
    r"(?=[A-Z][a-z])(?!.*\b[A-Z]{2,}\b)",
    reads="the list of parties: a name in capitals, then 'of' and a place in lower case",
    matches=[
        passage("ALAN WHITFORD of Ivy Cottage", name="ALAN WHITFORD"),
        passage("MARIA T. DELGADO of Rose Hill Farm", name="MARIA T. DELGADO"),
    ],
    rejects=["BANK OF AMERICA", "Alan Whitford of Ivy Cottage", "THE BANK of New York MELLON"],
    mode="match",
)


def _kept_run(text: str, r: _Reading, ev: NameRun, pos: int) -> NameRun | None:
    """The name a run of the preamble holds (its leading roles and any term before it
    dropped), or None where it names no party: a role, a term, a jurisdiction, a company
    named in another party's description, a street."""
    run = strip_leading_roles(text, without_letter_label(text, ev))
    if run is not None and (caps := _CAPS_NAME_OF_PLACE.match(run.text)):
        run = NameRun(run.start, run.start + caps.end("name"), caps["name"])
    if run is not None and (cut := name_after_term(run.text, r.known_terms | r.self_terms)):
        run = NameRun(run.start + cut, run.end, run.text[cut:])
    if (
        run is None
        or in_role_list(text, run)
        or only_terms(run.text, r.known_terms)
        or only_roles(run.text)
        or describes_class(run.text)
        or _inside(pos, r.defs)
        or AFTER_PLACE_CUE.search(text[max(0, pos - 30) : pos])
        or (
            # "Dana Roe, an individual doing business as Roe Design": a trade name inside
            # what describes the party is its other name, read by _read_name
            DESCRIBED_IN.search(text, max(0, pos - 80), pos)
            and not _another_name_after(text, pos)
            and not _acting_as_trustee(text, pos)
        )
        or _PREDECESSOR_BEFORE.search(text, max(0, pos - 60), pos)
        or _TO_BE_FORMED.search(text, max(0, pos - 80), pos)
        or _lent_to_termless(text, r, pos)
        or _street_before(text, run, pos)
        or _town_of_company(text, r, run)
        or _town_and_state(text, r, run)
        or _ARTICLE_BEFORE.search(text, max(0, run.start - 4), run.start)
        or run.text.startswith(_SUFFIX_FIRST)
        or all(w in PLACE_WORDS for w in words(run.text))
        or is_register_number(run.text)
        or _mostly_digits(run.text)
        or re.fullmatch(DEGREE, run.text)
    ):
        return None
    return run


#: "Kraus Maschinenbau GmbH, Stuttgart ("Supplier")", "Helvetia Optik AG, Zug, Switzerland
#: (": after a company's name and its comma, the town (and country) it is of, then its term.
_TOWN_THEN_TERM = rule(
    "parties.town_after_company",
    r"[ \t]*,[ \t]*(?P<town>[A-Z][\w\-]+(?:[ \t]+[A-Z][\w\-]+)?)"
    r"(?:[ \t]*,[ \t]*[A-Z][\w\-]+(?:[ \t]+[A-Z][\w\-]+)?)?[ \t]*\(",
    reads="the list of parties: a town after a company's name and comma, before its term",
    matches=[
        passage(', Stuttgart ("Supplier")', town="Stuttgart"),
        passage(", Zug, Switzerland (hereinafter", town="Zug"),
        passage(", Den Haag (", town="Den Haag"),
    ],
    rejects=[", Dana Roe and", ', a Delaware corporation ("Acme")', ", Beta GmbH and Gamma AG ("],
    mode="match",
)


def _town_of_company(text: str, r: _Reading, run: NameRun) -> bool:
    """Whether the run is the town a company just named is of ("Kraus Maschinenbau GmbH,
    Stuttgart ("Supplier")"): the company's name ends in a corporate suffix, a comma and the
    town follow it, then the company's term (the run holds no corporate word of its own)."""
    if not r.found or r.found[-1].run.end > run.start or run.is_org:
        return False
    company = words(r.found[-1].run.text)
    if not company or company[-1] not in TERMINAL_SUFFIXES:
        return False
    m = _TOWN_THEN_TERM.match(text, r.found[-1].run.end)
    return m is not None and m.start("town") == run.start and m.end("town") == run.end


#: The postal codes of the states and provinces an address ends on: the United States, Canada
#: and Australia ("SA", "CO", "IN" and "ME" left out: a corporate suffix or a word).
_STATE_CODES = (
    r"AL|AK|AZ|AR|CA|CT|DE|DC|FL|GA|HI|ID|IL|IA|KS|KY|LA|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ"
    r"|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY"
    r"|ON|BC|QC|AB|MB|SK|NS|NB|NL|PE|NSW|VIC|QLD|TAS|ACT|NT"
)
#: "... of 7 Sirius Road, Sydney NSW ("Supplier")", "... 100 Main Street, Dallas TX (": the
#: town and the state's code that close a party's street address, never a person's name.
_TOWN_AND_STATE = rule(
    "parties.town_and_state_code",
    rf"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){{0,2}},?[ \t]+(?:{_STATE_CODES})\.?",
    reads="the list of parties: a town and its state's postal code ending an address",
    matches=["Sydney NSW", "Dallas TX", "Lane Cove NSW", "Fort Worth, TX", "Toronto ON"],
    rejects=["Dana Roe", "Acme SA", "Dallas Texas", "Mary Ann Lee", "Boulder CO"],
    mode="fullmatch",
)


def _town_and_state(text: str, r: _Reading, run: NameRun) -> bool:
    """Whether the run is the town and state code of the street address written after the
    party just named (:data:`_TOWN_AND_STATE`): a comma before it, a number of the street
    between, no other party's "and"."""
    if not r.found or r.found[-1].run.end > run.start or run.is_org:
        return False
    between = text[r.found[-1].run.end : run.start]
    return (
        _TOWN_AND_STATE.fullmatch(run.text.strip()) is not None
        and between.rstrip().endswith(",")
        and re.search(r"\d", between) is not None
        and re.search(r"\band\b|;", between) is None
    )


def _mostly_digits(name: str) -> bool:
    """ "50123456-Z", "N283451": an identity card's or a passport's number in a person's
    details (more digits than letters), never a name."""
    return sum(c.isdigit() for c in name) > sum(c.isalpha() for c in name)


def _read_name(ctx: DocContext, r: _Reading, ev: NameRun, pos: int, end: int) -> None:
    """A name run: a new party, another name of the party before it, or nothing."""
    text = ctx.text
    run = _kept_run(text, r, ev, pos)
    if run is None:
        return
    # a cue in capitals opening the run counts right after the party's own name only, and
    # never before a title ("ACME, INC. DBA RADIANT MASTER TERMS OF SERVICE")
    cue = TRADE_NAME_IN_RUN.match(run.text) if r.found and _right_after(text, r, pos) else None
    if cue and DOCUMENT.search(run.text):
        return
    if r.found and (cue or _another_name_after(text, pos)):
        # "Holiday RV Superstores, Inc., d/b/a Recreation USA", "Tarrow Motors, Inc. DBA
        # Eastside Garage": the same party; the name it is to take is none of its names yet
        if not FUTURE_NAME.search(text, max(0, pos - 30), pos):
            r.found[-1].aliases.append(clean_name(run.text[cue.end() :] if cue else run.text))
        r.found[-1].end = max(r.found[-1].end, run.end)
        _form_after_other_name(text, r.found[-1], run.end, end)
        r.address_end = max(r.address_end, end_of_address(text, run.end, end))
        return
    if r.found and (short := _bare_short_name(text, r, run)):
        # "Bravo Tooling, Inc. (BTI)": a short name in capitals, unquoted, in a parenthesis
        # of its own after the party's name or descriptor
        r.found[-1].aliases.append(short)
        ctx.define(short, party_ref(display_name(ctx, r.found[-1].run.text)))
        return
    if pos < r.address_end:
        return  # "Dun Laoghaire, Co. Dublin": a place in the party's address
    if names_a_product(text, run.start, run.text, r.found):
        return  # "resell licenses of the Acme Portals": what a party sells
    party = describe(ctx, run, end)
    if party:
        share_plural_capacity(text, r.found, party)
        r.found.append(party)
        r.pending.append(party)
        r.address_end = end_of_address(text, party.end, end)


#: The close of the parenthesis that held another name of the party ("(f/k/a OVX, LLC)").
_OTHER_NAME_CLOSE = re.compile(r"[ \t]*\)")


def _form_after_other_name(text: str, party: Party, at: int, end: int) -> None:
    """ "ORCHARD VISUAL LLC (f/k/a OVX, LLC), an Ohio limited liability company": the form
    and place stated after the party's former or trade name are the party's own."""
    if "jurisdiction" in party.props:
        return
    close = _OTHER_NAME_CLOSE.match(text, at, end)
    props = stated_form(text, close.end() if close else at, end)
    if props.get("jurisdiction"):
        party.props.update(props)


#: "Acme Life Company was formerly known as ...": a sentence about a company's history, not the
#: list of parties giving the party another name.
_HISTORY = rule(
    "parties.history_before_former_name",
    r"(?i)\b(?:was|were|is|has\s+been|had\s+been)\s+$",
    reads="the words before a former-name cue that make it a company's history, not a name",
    matches=["Corvane Life Company was ", "the Fund has been "],
    rejects=["Halvern Data LLC, ", "Halvern Data LLC (", "Wells Fargo Bank, N.A., "],
)


#: "Margaret L. Doyle, as trustee of the Doyle Family Trust": the trust a person who is a
#: party holds for, named right after the capacity; the party's other name, as a trade name
#: is (the term after it names the trustee).
_TRUSTEE_OF_BEFORE = rule(
    "parties.trust_after_trustee",
    r"(?i)\bas\s+(?:co-?)?trustees?\s+(?:of|for|under)\s+(?:the\s+)?$",
    reads="the list of parties: the capacity of a trustee, before the name of the trust",
    matches=["Ian Roe, as trustee of the ", "Jane Doe, not individually but solely as Trustee of "],
    rejects=["Ian Roe, as trustee, and ", "the trustee of the "],
)


_ACTING_THROUGH = rule(
    "parties.acting_through_name",
    r"\bacting\s+(?:by\s+and\s+)?through\s+$",
    reads="the list of parties: 'acting through' right before a name (not 'through its ...')",
    matches=[
        "Marrowgate Realty Corporation (the Borrower), acting through ",
        "Harlow REIT, acting by and through ",
    ],
    rejects=[
        "Globix Data Corporation, acting through its ",
        "Harlow REIT, acting by and through its general partner, ",
    ],
)
_NAMED_TRUSTEE_OF = rule(
    "parties.named_trustee_of_party",
    r"[^()\"\u201c\u201d;:]{2,160}?,\s*(?:not\s+individually\s+but\s+(?:solely\s+)?)?as\s+"
    r"(?:co-?)?trustees?\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]*\s*[,)]",
    reads="the list of parties: a name, its descriptor and its capacity of trustee of a party",
    matches=[
        "Gresham Fiduciary Trust Company, a Massachusetts trust company, as trustee of the "
        "Borrower, and",
        "Kettle Bank, N.A., not individually but solely as trustee for the Trust, and",
    ],
    rejects=[
        "Gresham Fiduciary Trust Company, as trustee, and",
        'Gresham Fiduciary Trust Company (the "Trustee"), as trustee of the Borrower,',
    ],
    mode="match",
)


def _acting_as_trustee(text: str, pos: int) -> bool:
    """Whether the name at ``pos`` follows 'acting through' directly and is given, after its
    descriptor, the capacity of trustee of a party ("Marrowgate Realty Corporation (the
    "Borrower"), acting through Gresham Fiduciary Trust Company, a Massachusetts trust company,
    as trustee of the Borrower, and ..."): a party of its own (the trustee of a business trust
    signs for it and is party to the agreement), not a description of the party before it as
    "acting through its general partner, ..." is."""
    return bool(
        _ACTING_THROUGH.search(text, max(0, pos - 30), pos)
        and _NAMED_TRUSTEE_OF.match(text, pos, pos + 220)
    )


def _another_name_after(text: str, pos: int) -> bool:
    """Whether a trade-name or former-name cue ("d/b/a", "formerly known as") stands right
    before ``pos`` in the list of parties (never in a sentence that tells what a company was),
    or a trustee's capacity before the name of a trust ("as trustee of the Doyle Trust")."""
    if FUTURE_NAME.search(text, max(0, pos - 30), pos):
        return True
    if _TRUSTEE_OF_BEFORE.search(text, max(0, pos - 40), pos) and re.search(
        r"\b(?:Trust|TRUST)\b", text[pos : pos + 80].split("(")[0]
    ):
        return True
    m = TRADE_NAME.search(text, max(0, pos - 45), pos)
    return m is not None and not _HISTORY.search(text, max(0, m.start() - 20), m.start())


#: A short name in capitals (two to twelve letters, digits, "&" or "-"), alone in a parenthesis.
_BARE_SHORT = rule(
    "parties.bare_short_name",
    r"[A-Z][A-Z0-9&\-]{1,11}",
    reads="the list of parties: an unquoted short name in capitals a company goes by",
    matches=[passage("HDL", match="HDL"), passage("BW-3", match="BW-3")],
    rejects=["Halvern", "the Company", "A"],
    mode="fullmatch",
)


def _bare_short_name(text: str, r: _Reading, run: NameRun) -> str | None:
    """The unquoted short name in capitals a party is given in a parenthesis of its own right
    after its name or its descriptor ("Bravo Tooling, Inc. (BTI)", "Harlow Mills LLC, a Utah
    company (HML)"); a company's only (its suffix or descriptor says it is one), never a place
    ("(USA)"), nor inside another party's description."""
    if not _BARE_SHORT.fullmatch(run.text) or run.text.lower() in PLACE_WORDS:
        return None
    if sum(c.isdigit() for c in run.text) > sum(c.isalpha() for c in run.text):
        return None  # "(OC123456)", "(SC301234)": a register's number set off alone, no name
    if not (
        text[max(0, run.start - 2) : run.start].strip().endswith("(")
        and text[run.end : run.end + 2].strip().startswith(")")
    ):
        return None
    if REGISTER_LABEL_BEFORE.search(text, max(0, run.start - 40), run.start):
        return None  # "registration number (OGRN) 1027700132195": the register's abbreviation
    last = r.found[-1]
    if not (last.props.get("entity_type") or suffix_type(last.run.text)):
        return None  # a company's, known by its suffix or its descriptor
    between = text[last.run.end : run.start]
    if len(between) > 200 or re.search(r"[;\"\u201c\u201d]|\b(?:and|between|among)\b", between):
        return None
    return run.text


def _right_after(text: str, r: _Reading, pos: int) -> bool:
    """Whether ``pos`` follows the name of the party read last, nothing but a comma between."""
    return not text[r.found[-1].run.end : pos].strip(" \t\n,")


def _read_term(ctx: DocContext, r: _Reading, d: Definition, pos: int) -> bool:
    """A defined term: the alias (and role) of the names pending before it; False where it
    names another agreement after the parties were read (they end there)."""
    text = ctx.text
    if norm_term(d.term) in r.self_terms and not _names_pending(text, r.pending, d):
        return True
    if words(d.term) and words(d.term)[-1] in NO_PARTY_TERMS:
        return True  # ("the "Effective Date"", "the "Territory"") after a name: no party's
    if YOU_BEFORE_TERM.search(text, max(0, d.clause_start - 8), d.clause_start):
        r.pending = []  # 'you ("Winemaker")': the addressee's term, not the letterhead's
        return True
    if AGREEMENT_TERM.search(d.term):
        return not (r.found and not r.pending)
    if _respective_terms(ctx, r, d):
        return True
    if (described := described_party(text, d)) is not None:
        # "and the persons listed on Schedule A (the "Holders")": the term is theirs, not the
        # name's read before the description
        r.found.append(described)
        r.pending = []
        ctx.define(d.term, party_ref(display_name(ctx, described.run.text)))
        r.named_last = [described]
        r.last_clause, r.last_term_end = d.clause_start, d.end
        return True
    if not r.pending and not r.strict and (blank := _blank_party(text, d)) is not None:
        r.found.append(blank)  # "and ____________, a ______ corporation ("Distributor")"
        ctx.define(d.term, party_ref(d.term))
        r.last_clause, r.last_term_end = d.clause_start, d.end
        return True
    if r.pending and names_class(text, r.pending[-1].end, d.clause_start):
        r.pending = []  # "A, the banks from time to time party hereto (the "Banks")"
        return True
    if r.pending and names_members_of(text, r.pending[-1].run.start):
        # "among each of the subsidiaries of Acme, Inc. listed on Schedule I (the
        # "Guarantors")": the term names the subsidiaries; Acme is no party
        r.found.remove(r.pending[-1])
        r.pending = []
        return True
    if (
        r.pending
        and d.clause_start == r.last_clause
        and JOINT_TERM.fullmatch(text, r.last_term_end, d.start)
    ):
        # ("Lux Borrower" and, together with the U.S. Borrower, the "Borrowers"): a term for
        # the group, which extract_joint_terms reads; the party keeps its own
        r.pending, r.last_term_end = [], d.end
        return True
    if _shared_role(text, r, d) or _listed_role(ctx, r, d) or _every_party_term(ctx, r, d):
        return True
    if not r.pending and (again := _named_again(text, r, d)) is not None:
        # "..., and Ardmore, as agent for the Lenders (the "Agent") and as issuer of letters of
        # credit (the "Issuing Bank")": a capacity's term of a party the list named before
        _name_pending(ctx, replace(r, pending=[again]), d)
        r.named_last = [again]
        r.last_clause, r.last_term_end = d.clause_start, d.end
        return True
    if not r.pending and _second_term(text, r, d):
        # `Tessaly Data LLC ("TDP"), a Colorado limited liability company ... ("Provider")`:
        # the role term of the party named last
        _name_pending(ctx, replace(r, pending=r.named_last[-1:]), d)
        r.last_clause, r.last_term_end = d.clause_start, d.end
        return True
    same_clause = d.clause_start == r.last_clause and not r.pending
    if same_clause and _group_plural(ctx, r, d):
        return True
    members = ctx.lookup(d.term) if same_clause else []
    if (
        same_clause
        and r.named_last
        and r.named_last[-1].end >= d.clause_start
        and SAME_PARTY_TERMS.fullmatch(text, r.last_term_end, d.start)
    ):
        # ("Omega" or "Operator"), ("OICL" and together with its Affiliates, "Otkritie"): two
        # names of the same party; never of one whose own terms closed before this
        # parenthesis (a class's: "(each, a "Holder" and collectively, the "Holders" or the
        # "Kestrel Group")" after "and the entities listed on the signature pages hereto")
        r.pending = list(r.named_last)
    r.last_clause, r.last_term_end = d.clause_start, d.end
    if r.pending:
        _name_pending(ctx, r, d)
    elif members:
        ctx.define(d.term, *members)
    if d.clause_end >= pos:
        r.pending = []
    return True


#: Between a list of parties, each with its own term, and a parenthesis on a line of its own
#: that gives them all one more: `("Nordstrand"),\n\n(each a "Participant" ...`; never a
#: parenthesis run on after the last party's term ('("Doe") (collectively, the "Sellers")'
#: may name the last parties listed only).
_AFTER_LIST = rule(
    "parties.term_after_list",
    r"[\"”)]*[ \t]*[,;]?[ \t]*\n\s*(?:and[\s,]*)?"
    r"\(\s*(?:each|collectively|together|individually)\b",
    reads="after the last party's term: a parenthesis on a line of its own for them all",
    matches=['"),\n\n(each a "Participant"', '")\n\nand (collectively, the "Sellers")'],
    rejects=['") (collectively, the "Sellers")', '"),\n\nWHEREAS, each of'],
    mode="match",
)


#: The close of a parenthesis whose terms name, in order, the names listed before it: `(the
#: "Borrower" and the "Bank", respectively)`.
_RESPECTIVELY = rule(
    "parties.respective_terms",
    r"(?i)[\"\u201d']?\s*,?\s*respectively\s*\)$",
    reads="the end of a parenthesis of terms: they name the names before it in their order",
    matches=[
        passage('(the "Borrower" and the "Bank", respectively)', match='", respectively)'),
        passage('("Seller" and "Buyer" respectively)', match='" respectively)'),
    ],
    rejects=['(the "Borrower" and the "Bank")', '(respectively, the "Notes")'],
)


def _respective_terms(ctx: DocContext, r: _Reading, d: Definition) -> bool:
    """`HARBOR LINES, INC., a Delaware corporation, and FIRST BANK, N.A. (the "Borrower" and
    the "Bank", respectively)`: the first term names the first name, the second the second,
    when the parenthesis says "respectively" and holds one term per name pending (a singular
    term would otherwise go to the last name, and the second term to nobody). The later terms
    of such a parenthesis are read with its first."""
    if d.clause_start == r.respective_clause:
        return True
    terms = [x for x in r.defs if x.clause_start == d.clause_start]
    if (
        len(r.pending) < 2
        or terms[0] is not d
        or len(terms) != len(r.pending)
        or not _RESPECTIVELY.search(ctx.text, d.clause_start, d.clause_end)
    ):
        return False
    for p, x in zip(r.pending, terms, strict=True):
        p.aliases.append(x.term)
        p.role = p.role or role_of(x.term)
        p.end = max(p.end, x.clause_end)
        ctx.define(x.term, party_ref(display_name(ctx, p.run.text)))
    r.named_last, r.pending = list(r.pending), []
    r.last_clause, r.last_term_end = d.clause_start, terms[-1].end
    r.respective_clause = d.clause_start
    return True


#: "..., and Ardmore, as agent for the Lenders (": a party the list named before, written again
#: by its short term, in a capacity whose term follows; or ") and as issuer of letters of
#: credit (": one more capacity of the party the last term named
_NAMED_AGAIN = rule(
    "parties.named_again_in_capacity",
    r"(?:(?:^|[,;)]\s*|\band\s+)(?:and\s+)?(?P<alias>[A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019-]*){0,2}),"
    r"|^[\s\"\u201d)]*(?:,\s*)?and)"
    r"\s+as\s+(?P<capacity>[a-z][^()\"\u201c\u201d;:]{1,80}?)\s*\(\s*"
    r"(?:in\s+(?:such|that|its)\s+capacit(?:y|ies),\s*)?(?:the\s+)?[\"\u201c]$",
    reads="the list of parties: a party named again by its short term in a capacity, or one "
    "more capacity of the party named last, before the capacity's term",
    matches=[
        passage('), and Ardmore, as agent for the Lenders ("', alias="Ardmore"),
        passage(
            '"), and Harbor, as agent for the Banks (in such capacity, the "',
            alias="Harbor",
            capacity="agent for the Banks",
        ),
        passage(
            '") and as issuer of letters of credit (the \u201c',
            capacity="issuer of letters of credit",
        ),
    ],
    rejects=[
        # a new party's own name and descriptor: read as a name
        ', and KESTREL BANK, a Maine banking corporation (the "',
        # a party's own short term, no capacity
        ', and Harbor (the "',
    ],
)


def _named_again(text: str, r: _Reading, d: Definition) -> Party | None:
    """The party a capacity's term names when the list writes that party again by its short
    term ("and Ardmore, as agent ... (the "Agent")") or adds a capacity right after the term of
    the party named last ("(the "Agent") and as issuer ... (the "Issuing Bank")"); else None."""
    start = max(r.last_term_end, d.clause_start - 160, 0)
    m = _NAMED_AGAIN.search(text[start : d.start])
    if m is None:
        return None
    if m["alias"] is None:
        # the stretch opens right where the last term closed
        at_last = start == r.last_term_end
        return r.named_last[-1] if at_last and len(r.named_last) == 1 else None
    alias = norm_term(m["alias"])
    named = [p for p in r.found if alias in {norm_term(a) for a in p.aliases}]
    return named[0] if len(named) == 1 else None


def _every_party_term(ctx: DocContext, r: _Reading, d: Definition) -> bool:
    """`(3) NORDSTRAND INVEST AS ... ("Nordstrand"),` / `(each a "Participant" and together
    the "Participants")`: a term in a parenthesis of its own right after the list of parties,
    each with its own term, names each of them (never "Party", which every contract gives,
    nor an agreement's or a date's term; the plural is read by :func:`_group_plural`)."""
    if r.pending or len(r.found) < 2 or not d.collective or d.clause_start <= r.last_term_end:
        return False
    if norm_term(singular(d.term)) == "party" or AGREEMENT_TERM.search(d.term):
        return False
    if words(d.term)[-1:] and words(d.term)[-1] in NO_PARTY_TERMS:
        return False
    if not all(p.aliases for p in r.found):
        return False
    if not _AFTER_LIST.match(ctx.text, r.last_term_end, d.start):
        return False
    for p in r.found:
        p.aliases.append(d.term)
    ctx.define(d.term, *[party_ref(display_name(ctx, p.run.text)) for p in r.found])
    r.named_last, r.last_clause, r.last_term_end = list(r.found), d.clause_start, d.end
    return True


def _group_plural(ctx: DocContext, r: _Reading, d: Definition) -> bool:
    """`RAMON ORTEGA and LUCIA ORTEGA (each an "Owner" and together the "Owners")`: the plural
    of the term the same parenthesis just gave each of several parties names them together;
    it is one more alias of each (never "Parties", which names every party). So does the
    singular after the plural (`(collectively, the "Borrowers" and each a "Borrower")`)."""
    if len(r.named_last) < 2 or not d.collective:
        return False
    one = norm_term(singular(d.term))
    if one == "party" or not all(
        p.aliases
        and (
            norm_term(p.aliases[-1]) == one
            if is_plural_term(d.term)
            else norm_term(singular(p.aliases[-1])) == norm_term(d.term) != norm_term(p.aliases[-1])
        )
        for p in r.named_last
    ):
        return False
    for p in r.named_last:
        p.aliases.append(d.term)
    ctx.define(d.term, *[party_ref(display_name(ctx, p.run.text)) for p in r.named_last])
    r.last_term_end = d.end
    return True


def _shared_role(text: str, r: _Reading, d: Definition) -> bool:
    """`OPX LLC ("OPX"; each of OVX and OPX, therein referred to as a "Borrower" ...)`: the
    role term after a party's own term, in its parenthesis, of each party whose term the list
    names (read before it in the list of parties)."""
    if d.clause_start != r.last_clause or (role := role_of(d.term)) in (None, "Party"):
        return False
    m = EACH_OF_TERMS.fullmatch(text, r.last_term_end, d.start)
    if m is None:
        return False
    listed = {norm_term(t) for t in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m["terms"])}
    sharing = [p for p in r.found if listed & {norm_term(a) for a in p.aliases}]
    if len(sharing) < 2:
        return False
    for p in sharing:
        p.role = p.role or role
        p.aliases.append(d.term)
    r.pending, r.named_last, r.last_term_end = [], sharing, d.end
    return True


def _listed_role(ctx: DocContext, r: _Reading, d: Definition) -> bool:
    """`Acme ("Acme"), Beta, Inc. ("Beta") (Acme and Beta are collectively and individually,
    the "Borrower")`: a role term in a parenthesis of its own that lists, by their terms, the
    parties named before it (see :mod:`ingest.parties.listed_terms`)."""
    role = role_of(d.term)
    if r.pending or d.clause_start <= r.last_term_end or role in (None, "Party"):
        return False
    terms = listed_terms(ctx.text, r.last_term_end, d.start)
    sharing = share_role(r.found, terms, str(role)) if terms else []
    if not sharing:
        return False
    if str(role).lower() in CREDIT_ROLES:  # "the Borrower shall repay": the term names each
        ctx.define(d.term, *[party_ref(display_name(ctx, p.run.text)) for p in sharing])
    r.named_last, r.last_clause, r.last_term_end = sharing, d.clause_start, d.end
    return True


#: The opening of a parenthesis that gives the party before it a term and names no one
#: else: `(the "`, `(in such capacity, the "`, `(hereinafter referred to as "`; never
#: `(Acme and Beta are each, the "` nor `(together, the "`.
_TERM_OPENS = re.compile(
    r"\(\s*(?:(?!(?:together|collectively|jointly|each|individually|both|all)\b)"
    r"[a-z][\w\-]*[\s,]+)*[\"\u201c]"
)


def _second_term(text: str, r: _Reading, d: Definition) -> bool:
    """Whether ``d`` is a second parenthesis of terms for the party the last term named (a
    role after its short name): one party named last and read last, a role term, only its
    descriptor between the two parentheses (or the capacity the term names: "("Frost"), as
    Administrative Agent ("Agent")"), no company named there ("a subsidiary of Pellam Group,
    Inc. (the "Parent")" is the parent's term) nor in the second parenthesis."""
    if len(r.named_last) != 1 or not r.found or r.found[-1] is not r.named_last[0]:
        return False
    if d.clause_start <= r.last_term_end or role_of(d.term) == "Party":
        return False
    if role_of(d.term) is None:
        # '("Voyager") (the "Partner")': a capacity that is no role word, right after the
        # short name; never a word of the party's own name (its name again, not a capacity)
        own_words = {w.lower() for w in words(r.named_last[0].run.text)}
        adjacent = ADJACENT_SECOND_TERM.match(text, r.last_term_end)
        return (
            adjacent is not None and adjacent.end() == d.start and d.term.lower() not in own_words
        )
    between = text[r.last_term_end : d.clause_start]
    return (
        bool(SECOND_TERMS.fullmatch(between) or capacity_names_term(between, d.term))
        and not any(run.is_org for run in name_runs(between))
        and bool(_TERM_OPENS.fullmatch(text, d.clause_start, d.start))
    )


def _name_pending(ctx: DocContext, r: _Reading, d: Definition) -> None:
    """Give a term to the names pending before it. "A, a Maryland corporation, and B, as
    agent (the "Agent")": a singular term names the last party only; "A, B and C (the
    "Borrowers")" names them all; "(on behalf of itself and its Affiliates, individually and
    collectively referred to as "Bellicum")": a singular term after one name is that
    party's alias."""
    plural = is_plural_term(d.term)
    if (len(r.pending) > 1 or plural) and (d.collective or plural):
        names = listed_names(ctx.text, d.clause_start, d.start)
        # "(Ardwell Offshore; Ardwell Marine and Ardwell Offshore each a "Borrower" ...)":
        # the parties the parenthesis lists, not every name pending (a parent before them)
        r.pending = (parties_listed(r.pending, names) if names else []) or r.pending
        for p in r.pending:
            p.role = p.role or role_of(d.term)
            p.aliases.append(d.term)
        ctx.define(d.term, *[party_ref(display_name(ctx, p.run.text)) for p in r.pending])
        r.named_last = list(r.pending)
        return
    # the last name before the term, unless it is a stray suffix ("..., NA")
    p = next((q for q in reversed(r.pending) if core_words(q.run.text)), r.pending[-1])
    p.aliases.append(d.term)
    p.role = p.role or role_of(d.term)
    p.end = max(p.end, d.clause_end)
    ctx.define(d.term, party_ref(display_name(ctx, p.run.text)))
    r.named_last = [p]


def _add_found(ctx: DocContext, r: _Reading) -> None:
    """Add the parties read, PARTY_TO the own agreement. Outside the preamble only those
    with a term, a descriptor, a role or a corporate suffix."""
    found = r.found
    if r.strict:
        found = [
            p
            for p in found
            if p.aliases
            or p.props.get("entity_type")
            or p.props.get("kind") == "person"  # "an individual", "residing at"
            or (not r.described_only and (p.role or suffix_type(p.run.text)))
        ]
    r.found = found
    for p in found:
        label = None if p.aliases else label_before(ctx.text, p.run.start)
        if label:
            p.aliases.append(label)  # "the Customer: NORTHGATE RETAIL GROUP, INC."
            p.role = p.role or role_of(label)
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
        if label and not ctx.lookup(label):
            ctx.define(label, ref)


#: "and the undersigned dealer ("Dealer")", "between Acme, Inc. and the undersigned
#: Franchisee (the "Franchisee")": a form's party known only as whoever signs it, a blank in
#: words; its role term is its only name.
_UNDERSIGNED_BLANK = rule(
    "parties.undersigned_blank",
    r"[Tt]he[ \t]+undersigned(?:[ \t]+(?!(?i:hereby|shall|will|agrees?|acknowledges?)\b)"
    r"[A-Za-z][a-z\-]*){0,3}[ \t]*,?[ \t]*(?:\(|$)",
    reads="the list of parties: a party named only as the undersigned, then its term",
    matches=[
        passage('the undersigned dealer ("Dealer")', match="the undersigned dealer ("),
        passage("the undersigned Franchisee ", match="the undersigned Franchisee "),
    ],
    rejects=["the undersigned hereby agrees (", "the undersigned officer of Acme, Inc. ("],
    mode="match",
)
#: A party's name left blank in a form of agreement: a line to fill in, "<<enter Company
#: Name>>", "[Name of Distributor]", "[●]", a line in brackets ("[__________]"), a bracket
#: that asks for the name anywhere in it ("[Distributor Name]", "[Full Legal Name of Agent]"),
#: or the undersigned in words (above).
_BLANK = re.compile(
    r"_{4,}|<<[^<>\n]{0,40}>>|\[\s*(?:[●•*]|_{3,}|(?i:name|insert|company|party)\b)[^\]\n]{0,40}\]"
    r"|\[[^\]\n]{0,30}\b(?i:name)\b[^\]\n]{0,40}\]|" + _UNDERSIGNED_BLANK.pattern
)


#: "and ______________, a __________ (corporation/limited liability company/partnership)
#: ("Franchisee")": the choices a form offers for the blank party's legal form, in lower case
#: between slashes, right before its term; the text the term names goes on before them.
_FORM_CHOICES = rule(
    "parties.blank_form_choices",
    r"\((?:[ \t]*[a-z][a-z\- ]{1,40}[ \t]*/){1,5}[ \t]*[a-z][a-z\- ]{1,40}\)[ \t]*,?[ \t]*$",
    reads="a form's blank party: the choices of its legal form in a parenthesis before its term",
    matches=[
        passage(
            "a ____________ (corporation/limited liability company/partnership) ",
            match="(corporation/limited liability company/partnership) ",
        ),
        passage("a _______ (individual / corporation)", match="(individual / corporation)"),
    ],
    rejects=["(the Licensed Products)", "(and/or its Affiliates) and ", "(Territory/Field) "],
)
#: A blank where the list of parties goes on: "between", "among" or "and" before it.
_LISTED_BLANK = re.compile(r"\b(?:between|among|and|AND)\b[ \t]*:?\s*(?=[_<\[]|[Tt]he\s)")


def _party_term(term: str) -> bool:
    """A term a blank party may go by: a role word, or one or two capitalised words naming no
    measure, place or document ("Professional", "Talent"; never "Territory", "Fee Amount")."""
    if role_of(term) is not None:
        return role_of(term) != "Party"
    ws = term.split()
    return (
        0 < len(ws) <= 2
        and all(w[0].isupper() and w.isalpha() for w in ws)
        and words(term)[-1] not in NO_PARTY_TERMS | PLACE_WORDS
        and not DOCUMENT.search(term)
    )


def _blank_party(text: str, d: Definition) -> Party | None:
    """A party a form of agreement leaves blank, known only by its role term: "and
    ______________, a corporation organized under the laws of ________ ("Distributor")".
    The term is the only name the party has, so it stands as its name. Only where the list
    of parties goes on ("between", "and" right before the blank: never "promises to pay to
    ________ (the "Holder")" or "for value received, ______ or its assigns (the "Holder")")
    and only a term a party may go by (see :func:`_party_term`) after a clause with no name in
    it."""
    if d.style != "paren" or not _party_term(d.term):
        return None
    start = d.antecedent_start
    if choices := _FORM_CHOICES.search(text, max(0, start - 160), d.clause_start):
        start = antecedent_start(text, choices.start())
    antecedent = text[start : d.clause_start]
    listed = _LISTED_BLANK.search(antecedent)
    if listed is None or not _BLANK.match(antecedent, listed.end()):
        return None
    if any(r.is_org for r in name_runs(antecedent)):
        return None
    run = NameRun(d.start, d.end, d.term)
    return Party(run, d.clause_end, {}, [], role_of(d.term))


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
