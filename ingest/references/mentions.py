"""Every dated or term-defining titled mention of a text, with the amendments a
chain ("X dated D1, as amended by Y dated D2") attaches to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.references.dated import (
    ENTERED_INTO_BEFORE,
    date_after,
    premises_end,
    principal_end,
)
from ingest.references.note_descriptions import NOTE_TITLE, note_description_end
from ingest.references.terms import AMENDMENT_WORD, names_same_thing, term_after
from ingest.references.titles import (
    AGREEMENT_HEADS,
    INSTRUMENT_HEADS,
    TITLE,
    amended_titles,
    clean_title,
    is_amendment_title,
)
from ingest.rules import passage, rule

#: "Amendment No. 2 and Waiver", "Amendment No. 6, Consent and Waiver", "First Amendment to
#: Credit Agreement and Consent": what an amendment's title joins after its number or its
#: amended agreement ("..., Consent of the Guarantors" names another document).
_JOINED_AFTER = rule(
    "references.joined_after_amendment",
    r"(?:\s*,\s*(?:(?:and|AND)\s+)?|\s+(?:and|AND|&)\s+)"
    r"(?:Consent|Waiver|Agreement|Release|Reaffirmation|Ratification|Joinder"
    r"|CONSENT|WAIVER|AGREEMENT|RELEASE|REAFFIRMATION)\b"
    r"(?!\s+(?:of|to|under|by|with|OF|TO|UNDER|BY|WITH)\b)",
    reads="right after an amendment's title: what the title joins to it",
    matches=[
        passage(" and Waiver dated as of", match=" and Waiver"),
        passage(", Consent and Waiver", match=", Consent"),
        passage(" AND REAFFIRMATION AGREEMENT", match=" AND REAFFIRMATION"),
    ],
    rejects=[", Consent of the Guarantors", " and the Waiver", " and Release by the Lenders"],
    mode="match",
)


@dataclass(frozen=True, slots=True)
class Mention:
    """One titled agreement or instrument as written in the text."""

    title: str
    start: int
    end: int
    date: str | None = None
    term: str | None = None


_AMOUNT_GAP = rule(
    "references.amount_gap",
    r"\s*,?\s*(?:in\s+the\s+(?:original\s+|aggregate\s+)*principal\s+amount\s+"
    r"of\s+)?(?:U\.?S\.?\s*)?\$\s*[\d,.\[\]_]+",
    reads="right after a mentioned note's date: its principal amount",
    matches=[
        passage(
            ", in the original principal amount of $5,000,000, payable",
            match=", in the original principal amount of $5,000,000,",
        ),
        passage(" U.S. $250,000.00", match=" U.S. $250,000.00"),
        " in the aggregate principal amount of $[______]",
    ],
    rejects=[", in an amount equal to the Obligations", " $ "],
    mode="match",
)
#: a note's payee between its principal and its defined term: "..., in the original principal
#: amount of $4,000,000, payable to the order of Lender (the "Note")"
_PAYEE_GAP = rule(
    "references.payee_gap",
    r"\s*,?\s*(?:(?:made|executed|issued)\s+by\s+(?:the\s+)?[A-Z][^(),;\"\u201c]{0,80}?\s+)?"
    r"(?:payable\s+to(?:\s+the\s+order\s+of)?|in\s+favou?r\s+of)\s+(?:the\s+)?"
    r"[A-Z][^(),;\"\u201c]{0,80}?(?=\s*\()",
    reads="right after a mentioned note's principal: the party it is payable to, before its term",
    matches=[
        passage(
            ', payable to the order of Lender (the "Note")',
            match=", payable to the order of Lender",
        ),
        passage(
            ' made by the Company in favor of Western Capital Bank ("Note")',
            match=" made by the Company in favor of Western Capital Bank",
        ),
    ],
    rejects=[", payable on demand (the", ', payable to the order of the Lender, and (the "Note")'],
    mode="match",
)
#: the first link of a chain: "(as amended by (that certain) ..."
_CHAIN_START = rule(
    "references.chain_start",
    r"\s*,?\s*(?P<paren>\()?\s*(?:(?:and|which\s+\w+(?:\s+\w+)?\s+(?:has|have)\s+been)\s+)?"
    r"(?:as\s+)?(?:further\s+)?(?:amended|supplemented|modified)"
    r"(?:(?:,|\s+and|\s+or)\s+(?:restated|supplemented|modified|amended)){0,3}"
    r"(?:\s+from\s+time\s+to\s+time,?)?(?:\s+including(?:,?\s+without\s+limitation,?)?)?"
    r"\s+(?:by|pursuant\s+to)\s+(?:that\s+certain\s+|the\s+|a\s+)?",
    reads="right after a mentioned agreement: the first link of its amendment chain",
    matches=[
        passage(" (as amended by that certain ", paren="("),
        ", as amended, restated and supplemented from time to time by the ",
        ", which agreement has been amended by a ",
        " and as further modified including without limitation, pursuant to ",
    ],
    rejects=[" (as amended, the", ", as amended from time to time,"],
    mode="match",
)
#: "..., by and among Borrowers and Bank, as amended by ...": the parties between a title's
#: date and its chain
_PARTIES_BEFORE_CHAIN = rule(
    "references.parties_before_chain",
    r"\s*,?\s*(?:by\s+and\s+)?(?:among|between)\s+"
    # a party's own parenthesis ('("Borrower")'), never one that names an agreement
    r"(?:[^;()\"\u201c\u201d]|\((?![^()]*\b(?:Agreement|Amendment|Note)s?\b)[^();]{1,80}\)){1,200}?"
    r"(?=(?:,\s*(?:and\s+)?|\s*\(\s*)as\s+(?:further\s+)?(?:amended|supplemented|modified)\b)",
    reads="between a mentioned agreement's date and its amendment chain: its parties",
    matches=[
        passage(
            ", by and among Borrowers and Bank, as amended by",
            match=", by and among Borrowers and Bank",
        ),
        passage(
            ' between Kell Tool, Inc., a Utah corporation ("Borrower"), and Orem Bank ("Lender"),'
            " as modified by",
            match=' between Kell Tool, Inc., a Utah corporation ("Borrower"), and Orem Bank'
            ' ("Lender")',
        ),
        passage(" between Acme and Beta, and as further modified", match=" between Acme and Beta"),
        passage(" between Acme and Beta (as amended by", match=" between Acme and Beta"),
    ],
    rejects=[", among Acme and Beta (the Agreement), as amended by", ", as amended by"],
    mode="match",
)
#: a further link of a started chain: ", the Amendment No. 2 ...", "and by Amendment No. 3 ..."
_CHAIN_NEXT = rule(
    "references.chain_next",
    r"\s*,?\s*(?:(?:and\s+)?(?:as\s+further\s+amended\s+)?(?:by\s+)?)?"
    r"(?:that\s+certain\s+|the\s+|an?\s+)?",
    reads="after a link of an amendment chain: the words before the next link (may be none)",
    matches=[
        passage(", and by Amendment No. 3", match=", and by "),
        passage(", the Amendment No. 2", match=", the "),
        # "as amended by a First Amendment dated ... and a Second Amendment dated ..."
        passage(" and a Second Amendment", match=" and a "),
        passage(
            " and as further amended by that certain Waiver",
            match=" and as further amended by that certain ",
        ),
    ],
    mode="match",
)
#: "..., as amended by the First Amendment dated ... between Borrower and Lender (as so amended,
#: the "Loan Agreement")": the parties of a chain's last link, before the head's term
_LINK_PARTIES = rule(
    "references.link_parties",
    r"\s*,?\s*(?:by\s+and\s+)?(?:among|between)\s+[^;()\"\u201c\u201d]{1,200}?(?=\s*\()",
    reads="after the last link of an amendment chain: its parties, before a parenthesis",
    matches=[
        passage(
            " between Borrower and Lender (as so modified", match=" between Borrower and Lender"
        ),
        passage(
            ", by and among the Company, the Banks and the Agent (as so amended",
            match=", by and among the Company, the Banks and the Agent",
        ),
    ],
    rejects=[" between Borrower and Lender; and", ", as amended (the"],
    mode="match",
)
#: a term closing the parenthesis a chain opened: "..., the "Loan Agreement")"
_TERM_CLOSING = rule(
    "references.term_closing",
    r"[^()\"\u201c\u201d;]{0,250}?\b(?:the|this)\s+[\"\u201c](?P<term>[^\"\u201c\u201d]{1,60})"
    r"[\"\u201d]\s*\)",
    reads="after an amendment chain opened by a parenthesis: the term that closes it",
    matches=[
        passage(
            ', and as further amended from time to time, the "Loan Agreement")',
            term="Loan Agreement",
        ),
        passage(" collectively, this \u201cAgreement\u201d )", term="Agreement"),
    ],
    rejects=[', the "Loan Agreement" and', '; the "Loan Agreement")'],
    mode="match",
)


#: "the Securities Purchase Agreement, between the Company and the Holder": an undated
#: mention is still a particular agreement when the text says whose it is.
_STATED_PARTIES = rule(
    "references.stated_parties",
    r"\s*,?\s*(?:\([^()]*\)\s*,?\s*)?(?:by\s+and\s+)?(?:among(?!\s+other\b)|between)\s",
    reads="right after an undated mention: the parties that make it a particular agreement",
    matches=[
        ", between the Company and the Holder",
        " (the Purchase Agreement), by and among ",
    ],
    rejects=[
        " with respect to the Notes",
        " under which the Notes were issued",
        ", among other things, the Borrower",
    ],
    mode="match",
)
#: an indefinite determiner before an undated mention: "any ISDA Master Agreement between the
#: Company and the Bank" is whatever such agreement there may be, not a particular one
_INDEFINITE = rule(
    "references.indefinite",
    r"\b(?i:any|each|every|no)\s+$",
    reads="right before an undated mention: a determiner that makes it no particular agreement",
    matches=[passage("including without limitation any ", match="any ")],
    rejects=["the ", "that certain "],
)
#: The word "Amendment" capitalised in a chained title.
_AMENDMENT_CAPITALISED = rule(
    "references.amendment_capitalised",
    r"\b(?:Amendment|Modification)\b",
    reads="a title chained onto a mentioned agreement: the word 'Amendment' (or 'Modification':"
    " 'as modified by the Loan Modification Agreement') capitalised",
    matches=["First Mortgage Amendment", "Amendment", "Loan Modification Agreement"],
    rejects=["amendment", "AMENDMENT", "Amendments", "modification"],
)


#: the head noun every title ends in
TITLE_HEAD = rule(
    "references.title_head",
    rf"\b(?:{AGREEMENT_HEADS}|{INSTRUMENT_HEADS}|Amendment)\b",
    reads="any text: the head noun every title ends in, where a title search starts",
    matches=["the Security Agreement", "Second Amendment", "the Indenture", "Warrants"],
    rejects=["amendment", "Agreements between", "Noteholder"],
)


def _next_title(text: str, pos: int) -> re.Match[str] | None:
    """The next title at or after ``pos``: searched back from the next head noun (a title is
    a few words long), not tried at every capitalised word of the document."""
    head = TITLE_HEAD.search(text, pos)
    while head:
        m = TITLE.search(text, max(pos, head.start() - 300))
        if m:
            return m
        head = TITLE_HEAD.search(text, head.end())
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
        head, end = read_mention(text, m, self_date)
        pos = max(m.end(), end)
        if head is None:
            continue
        based = _base_after_date(text, head, pos, self_date)
        if based:
            found.append((based[0], [head]))
            pos = based[1]
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
            linked, lend = read_mention(text, nxt, self_date) if nxt else (None, pos)
            if linked is None or not (
                is_amendment_title(linked.title) or _AMENDMENT_CAPITALISED.search(linked.title)
            ):
                break
            chain.append(linked)
            pos = lend
            if (
                linked.term
                and names_same_thing(linked.term, linked.title)
                and not names_same_thing(linked.term, head.title)
            ):
                # "(as amended by the First Amendment ... (the "First Amendment"), and as further
                # amended ..., the "Loan Agreement")": the amendment's own term, not the head's
                link = _CHAIN_NEXT.match(text, pos)
                continue
            if linked.term:
                head = Mention(head.title, head.start, head.end, head.date, linked.term)
                chain[-1] = Mention(linked.title, linked.start, linked.end, linked.date)
                break
            link = _CHAIN_NEXT.match(text, pos)
        if start and start["paren"] and chain and head.term is None:
            closing = _TERM_CLOSING.match(text, pos)
            if closing and names_same_thing(closing["term"], head.title):
                head = Mention(head.title, head.start, head.end, head.date, closing["term"])
                pos = closing.end()
        if head.term is None:
            # "as modified by the Loan Modification Agreement dated July 1, 2007 between Borrower
            # and Lender (as so modified, the "Loan Agreement")": the last link's parties stand
            # between it and the head's term
            linked_parties = _LINK_PARTIES.match(text, pos) if chain else None
            term, pos2 = term_after(
                text, linked_parties.end() if linked_parties else pos, head.title
            )
            if term:
                head = Mention(head.title, head.start, head.end, head.date, term)
                pos = pos2
        stated = _STATED_PARTIES.match(text, pos) and not _INDEFINITE.search(
            text, max(0, head.start - 12), head.start
        )
        if head.date or head.term or chain or stated:
            found.append((head, chain))


#: "Fifth Amendment, dated as of May 2, 2005, to the Credit Agreement": the base an amendment's
#: title leaves out, named after its date
_DATED_TO_BASE = rule(
    "references.dated_to_base",
    r"\s*,?\s*to\s+(?:the\s+|that\s+certain\s+)?(?=[A-Z])",
    reads="right after a dated amendment's date: 'to the' before the agreement it amends",
    matches=[
        passage(", to the Credit Agreement", match=", to the "),
        passage(" to that certain Note Purchase Agreement", match=" to that certain "),
    ],
    rejects=[", together with the Credit Agreement", " to the extent", ", and the Lease"],
    mode="match",
)


#: "Note Purchase Agreement-1997": a suffix that makes a title the name of one of several
NAME_SUFFIX = rule(
    "references.name_suffix",
    r"-(?:\d{4}|[A-Z0-9]{1,3})\b",
    reads="right after a mentioned title: a suffix naming one of several of that title",
    matches=[passage("-1997 (the", match="-1997"), passage("-A and", match="-A")],
    rejects=["-Company", " 1997"],
    mode="match",
)


def _base_after_date(
    text: str, head: Mention, pos: int, self_date: str | None
) -> tuple[Mention, int] | None:
    """The agreement a dated amendment without a base in its title names right after its date
    ("Second Amendment dated as of the date hereof to the Note Purchase Agreement"), and where
    its mention ends."""
    if head.date is None or not is_amendment_title(head.title) or amended_titles(head.title):
        return None
    to = _DATED_TO_BASE.match(text, pos)
    t = TITLE.match(text, to.end()) if to else None
    base, end = read_mention(text, t, self_date) if t else (None, pos)
    if base is None or is_amendment_title(base.title):
        return None
    suffix = NAME_SUFFIX.match(text, base.end)
    if suffix:  # "to the Note Purchase Agreement-1997": a name of its own, defined elsewhere
        named = Mention(base.title + suffix.group(), base.start, suffix.end(), None, None)
        return named, max(end, suffix.end())
    return base, end


#: A title of one word that names a particular agreement when its date follows: "that
#: certain Lease dated as of February 1, 2016" (the lease an amendment to lease changes), "an
#: Indenture dated as of March 15, 2019" (the indenture a supplemental indenture changes), "a
#: Mortgage dated May 1, 2020 encumbering the Borrower's plant" (the mortgage securing a note),
#: "that certain Sublease dated October 1, 2007" (the sublease an amendment to sublease changes).
_ONE_WORD_TITLE = rule(
    "references.one_word_title",
    r"Lease|Sublease|Indenture|Mortgage",
    reads="a mentioned title of one word: a head noun that is a whole title when dated",
    matches=["Lease", "Indenture", "Mortgage", "Sublease"],
    rejects=["Agreement", "Note", "Indentures", "Leases", "Mortgages"],
    mode="fullmatch",
)
#: A title of one word that names a particular agreement when "dated" a day follows it: "the
#: Guaranty dated as of June 1, 2017" (the guaranty a restated guaranty replaces), "that
#: certain Warrant dated as of March 15, 2006" (the warrant an "Amendment to Warrant"
#: changes; a day written out, for '"Warrants" means the Warrant, dated the date hereof' is
#: the warrant the defined term names); not "that certain Guaranty of even date herewith",
#: which a definition names by its term.
_DATED_ONE_WORD_TITLE = rule(
    "references.dated_one_word_title",
    r"Guarant(?:y|ee)(?=,?\s+dated\b)"
    r"|Warrant(?=,?\s+dated\s+(?:as\s+of\s+)?(?:[A-Z][a-z]+\.?\s+\d|\d))",
    reads="a mentioned title of one word: a guaranty or a warrant, a whole title when 'dated' "
    "follows it",
    matches=[
        passage("Guaranty dated as of June 1, 2017", match="Guaranty"),
        passage("Warrant dated as of March 15, 2006", match="Warrant"),
    ],
    rejects=[
        "Guaranty of even date herewith",
        "Guaranties dated",
        "Guaranty Agreement dated",
        "Warrants dated",
        "Warrant Agreement dated",
        "Warrant, dated the date hereof",
    ],
    mode="match",
)


def read_mention(text: str, m: re.Match[str], self_date: str | None) -> tuple[Mention | None, int]:
    """The mention starting at a title match: title, date, an amount gap and a defined term."""
    end = m.end()
    if AMENDMENT_WORD.search(m.group(0)):
        while joined := _JOINED_AFTER.match(text, end):
            end = joined.end()
    raw = text[m.start() : end]
    title = clean_title(raw)
    one_word = len(title.split()) < 2
    if one_word and not (
        _ONE_WORD_TITLE.fullmatch(title)
        or _DATED_ONE_WORD_TITLE.match(text, m.start() + raw.index(title))
    ):
        return None, end
    start = m.start() + raw.index(title.split()[0])
    term, pos = term_after(text, end, title)
    entered = ENTERED_INTO_BEFORE.search(text, max(0, start - 40), start) is not None
    date, pos2 = date_after(text, pos, self_date, entered)
    principal = None if date or term or not NOTE_TITLE.search(title) else principal_end(text, pos)
    if principal and (found := term_after(text, principal, title))[0]:
        term, pos = found  # a note's principal before its term, undated: "$750,000 (the "Note")"
    if one_word and not date:
        return None, end  # "the Lease" alone is any lease; "the Lease dated ..." is one
    if date:
        pos = pos2
        amount = _AMOUNT_GAP.match(text, pos)
        if amount:
            pos = amount.end()
            if payee := _PAYEE_GAP.match(text, pos):
                pos = payee.end()
    if term is None:
        term, pos = term_after(text, pos, title)
    if date and term is None and (premises := premises_end(text, pos)):
        term, after = term_after(text, premises, title)
        pos = after if term else pos
    if date and term is None and (described := note_description_end(text, pos, title)):
        # a dated note's amount in words, rate or maturity before its term (the "Note"); an
        # undated title ("7.42% Senior Notes, Series A, due ...") is a class, read elsewhere
        term, after = term_after(text, described, title)
        pos = after if term else pos
    return Mention(title, start, end, date, term), pos
