"""Who makes and who holds a note, as a modification's recitals or an endorsement state it
rather than a promise to pay:

- *stated owner*: "Maker is the maker of that certain Promissory Note ...", "Holder is the
  owner and holder of the Note", "Bank is the legal and beneficial owner of the Note": the
  maker ISSUES the note, the holder HOLDS it;
- *endorsement*: an allonge's or a note's "PAY TO THE ORDER OF X, WITHOUT RECOURSE": X is the
  note's holder now (the payee it names HOLDS it too, as the note says);
- *made by*: a note a recital names with its maker ("that certain Promissory Note dated ...,
  made by Sandpiper Hotels LLC, payable to the order of Assignor"): the maker ISSUES it;
- *delivered*: a recital that the maker gave the note to its holder ("Maker has executed and
  delivered to Lender that certain Secured Promissory Note of even date herewith"): the
  subject ISSUES the note, the one it was delivered to HOLDS it;
- *assignment*: "X hereby assigns ... to Y ... all of its right, title and interest in and to
  that certain Promissory Note": Y, the assignee, HOLDS the note;
- *holder caption*: an instrument's "Registered Holder: Summit Ridge Partners, L.P." (a note's
  "Lender: ...") above its text: that party HOLDS the document's own instrument;
- *named in capitals*: the note an "Amendment to Promissory Note" amends, named in its text
  only by a title in capitals ("that certain REVOLVING LINE OF CREDIT NOTE dated November 1,
  2010 in the original principal amount of ... ($2,500,000), issued pursuant to the Business
  Loan Agreement"): the note the title of the modification calls "Promissory Note" is that
  one (its title an alias, its date and principal), ISSUED_UNDER the agreement named.
"""

from __future__ import annotations

import re

from ingest.context import DocContext, norm_term
from ingest.dates import find_dates
from ingest.instruments.terms import principal_amount
from ingest.records import PropValue
from ingest.relations.promises import written_payees
from ingest.relations.slots import (
    agreements_in,
    instruments_in,
    labelled,
    nearest_contained_instrument,
    parties_named,
    party_or_company,
    self_label,
    subject_before,
    trimmed,
)
from ingest.rules import passage, rule

#: "X is the maker of", "Y is the owner and holder of", "Z is the legal and beneficial owner
#: of": the party before the verb and what it makes or holds
_STATED_OWNER = rule(
    "relations.note_owners.stated_owner",
    r"\b(?:is|are)\s+(?:now\s+)?the\s+(?:(?P<maker>maker|issuer)|(?:(?:sole\s+)?(?:legal\s+and\s+"
    r"beneficial\s+)?(?:owner|payee)\s+and\s+)?(?P<holder>holder|legal\s+and\s+beneficial\s+"
    r"owner))\s+of\s+(?P<what>(?:that\s+certain|the|a|an|said)\s+[^.;]{0,160})",
    reads="a recital stating who makes or holds a note: the role and the note",
    matches=[
        passage(
            "Maker is the maker of that certain Promissory Note dated May 1, 2015",
            maker="maker",
        ),
        passage("Holder is the owner and holder of the Note.", holder="holder"),
        passage(
            "Bank is the legal and beneficial owner of the Note",
            holder="legal and beneficial owner",
        ),
    ],
    rejects=["the holder of the Note may declare", "Borrower is the owner of the Property"],
)

#: "PAY TO THE ORDER OF X, WITHOUT RECOURSE": an endorsement opening its sentence
_ENDORSEMENT = rule(
    "relations.note_owners.endorsement",
    r"^\W*(?i:pay\s+to\s+the\s+order\s+of)\s+(?P<to>[A-Z](?:[^.;\n(]|\.(?=[A-Z,])|\n(?!\s*\n)){1,140}?)"
    r"(?=,?\s+(?i:without\s+recourse)|\s*\(|\s*(?:;|\.(?!\w))|\s*$"
    # "PAY TO THE ORDER OF X, a Delaware limited liability company, WITHOUT RECOURSE": the
    # endorsee's description after its name is no part of it
    r"|,\s+an?\s+(?-i:[A-Z][a-z]+|limited|corporation|national|banking)"
    r"|,\s+(?:and\s+)?its\s+(?:successors|assigns|endorsees?)\b)",
    reads="an endorsement of a note to a new holder: its name",
    matches=[
        passage(
            "PAY TO THE ORDER OF TIDEWATER FUND I, LLC, WITHOUT RECOURSE.",
            to="TIDEWATER FUND I, LLC",
        ),
        passage("Pay to the order of Harbor Bank, N.A.", to="Harbor Bank, N.A"),
        passage(
            "PAY TO THE ORDER OF WESTLAKE CAPITAL, LLC, a Delaware limited liability company, "
            "WITHOUT RECOURSE",
            to="WESTLAKE CAPITAL, LLC",
        ),
        passage(
            "Pay to the order of Osprey Credit Partners LP, its successors and assigns",
            to="Osprey Credit Partners LP",
        ),
    ],
    rejects=["Borrower shall pay to the order of the Bank", "Pay to the order of ____________"],
)


def _note(ctx: DocContext, lo: int, phrase: str) -> list[str]:
    """The note a phrase names (a defined term), else the document's own note or the note
    text around ``lo``."""
    named = instruments_in(ctx, phrase)
    if named:
        return named[:1]
    own = ctx.self_ref if self_label(ctx) == "Instrument" else None
    found = own or nearest_contained_instrument(ctx, lo)
    return [found] if found else []


def extract_stated_owners(ctx: DocContext, lo: int, sentence: str) -> None:
    """ISSUES or HOLDS from a stated maker or holder of a note (see the module doc)."""
    evidence = trimmed(ctx, lo, lo + len(sentence))
    for m in _STATED_OWNER.finditer(sentence):
        notes = [
            n
            for n in instruments_in(ctx, m["what"])
            if ctx.collector.entities[n].props.get("kind") in ("note", "debenture", "bond")
        ]
        parties = subject_before(ctx, sentence[: m.start()])
        if len(parties) != 1 or not notes:
            continue
        for note in notes[:1]:
            kind = "ISSUES" if m["maker"] else "HOLDS"
            ctx.collector.relate(kind, parties[0], note, evidence)


def extract_endorsement(ctx: DocContext, lo: int, sentence: str) -> None:
    """The endorsee of an endorsement HOLDS the note it endorses (see the module doc)."""
    m = _ENDORSEMENT.search(sentence)
    if m is None or re.search(r"_{3,}|\[", m["to"]):
        return
    name = " ".join(m["to"].split())
    holders = parties_named(ctx, name) or written_payees(ctx, m["to"], lo + m.start("to"))
    notes = [
        n
        for n in _note(ctx, lo, sentence)
        if labelled(ctx, [n], "Instrument")
        and ctx.collector.entities[n].props.get("kind") in ("note", "debenture", "bond")
    ]
    evidence = trimmed(ctx, lo, lo + len(sentence))
    for note in notes:
        for holder in holders:
            ctx.collector.relate("HOLDS", holder, note, evidence)


#: "that certain Promissory Note dated ..., made by Sandpiper Hotels LLC, a Florida limited
#: liability company, payable to": a note named with its maker
_MADE_BY = rule(
    "relations.note_owners.made_by",
    r"\b(?P<note>(?:[A-Z][\w-]*\s+){0,4}(?:Notes?|Debentures?))\b"
    r"(?:(?!(?i:payments?|prepayments?|advances?|loans?|deposits?|transfers?|demands?|amendments?"
    r"|changes?|modifications?|endorsements?|assignments?|guarant\w*|notes?)\b)"
    # its amount and its term in parentheses on the way ("($2,400,000)", "(together with all
    # renewals thereof, the "Note")")
    r"(?:[^.;()]|\.(?=\d))|\((?:[^().;]|\.(?=\d)){0,160}\)){0,240}?"
    r"\b(?:made|executed|issued)(?:\s+and\s+delivered)?\s+by\s+(?P<maker>(?:the\s+)?[A-Z]"
    # a period inside the name ("Optics Corp. payable to"): an abbreviation, not the sentence's end
    r"(?:[^().;]|\.(?=,|\s*\(|\s+(?:payable|to|in\s+favou?r)\b)){1,120}?)"
    r"(?=\s*\(|,(?!\s*(?i:inc|llc|l\.?p|ltd|corp)\b)|\s+(?:payable|to|in\s+favou?r|and)\b)",
    reads="a note a recital names with its maker: the maker",
    matches=[
        passage(
            "that certain Promissory Note dated October 3, 2016, made by SANDPIPER HOTELS LLC, "
            "a Florida limited liability company, payable to",
            maker="SANDPIPER HOTELS LLC",
        ),
        passage("the Note executed by the Borrower in favor of", maker="the Borrower"),
        # notes of several payees, named together
        passage(
            "those certain Promissory Notes dated May 1, 2004, executed and delivered by Birch "
            "Holdings, LP and payable to the order of",
            maker="Birch Holdings, LP",
        ),
        # its amount, rate and term stated first, each in parentheses
        passage(
            "that certain Promissory Note dated March 2, 2019 in the original principal amount "
            "of One Million Dollars ($1,000,000), bearing interest at 6.5% per annum (together "
            "with all renewals and modifications thereof, the Note), made by Orchard Vale Farms, "
            "Inc. (the Maker), payable to",
            maker="Orchard Vale Farms, Inc.",
        ),
        passage(
            'the Secured Note of even date ($450,000) (the "Note") executed by Quinlan Supply '
            "LLC in favor of",
            maker="Quinlan Supply LLC",
        ),
        # a schedule's line of a pledged note: the maker's name ends in an abbreviation
        passage(
            "Intercompany Note dated May 4, 2015 in the principal amount of $2,000,000, made by "
            "Harwell Optics Corp. payable to the order of Harwell Group, Inc.",
            maker="Harwell Optics Corp.",
        ),
    ],
    rejects=[
        "the Note shall be made by wire transfer",
        "the Credit Agreement made by Acme",
        "all payments under the Note made by the Guarantor",
        "the Note (and any payment thereunder made by the Guarantor)",
    ],
)

#: "Maker has executed and delivered to Lender that certain Secured Promissory Note": a recital
#: of a note given, its maker the verb's subject and its holder the one it went to
_DELIVERED_TO = rule(
    "relations.note_owners.delivered_to",
    r"\b(?:has|have)\s+(?:made,?\s+)?(?:executed\s+and\s+)?delivered\s+to\s+"
    r"(?P<to>(?:the\s+)?[A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019.,-]*){0,5}?)"
    r"(?:\s*\([^()]{0,60}\))?,?\s+(?:that\s+certain|an?|its|the)\s+"
    r"(?P<note>(?:[A-Z][\w-]*\s+){0,5}(?:Notes?|Debentures?))\b",
    reads="a recital of a note its maker delivered: the holder it went to and the note",
    matches=[
        passage(
            "Maker has executed and delivered to Lender that certain Secured Promissory Note of "
            "even date herewith",
            to="Lender",
            note="Secured Promissory Note",
        ),
        passage(
            "the Company has delivered to the Bank its Term Note",
            to="the Bank",
            note="Term Note",
        ),
        passage(
            'Borrower has made, executed and delivered to Harbor Bank, N.A. (the "Bank") a '
            "Revolving Credit Note",
            to="Harbor Bank, N.A.",
            note="Revolving Credit Note",
        ),
    ],
    rejects=[
        "The Company has executed and delivered to the Agent the Stock Pledge Agreement.",
        "the Borrower shall execute and deliver to the Lender a Term Note",
        "Guarantor has executed and delivered to Lender a Guaranty of the Note",
    ],
)

#: "assigns, transfers and sets over to Osprey Fund LP ("Assignee") all of its right, title and
#: interest in and to that certain Promissory Note"
_ASSIGNS_NOTE = rule(
    "relations.note_owners.assigns_note",
    r"\b(?:assigns?|transfers?|conveys?)(?:,?\s+(?:and\s+)?(?:transfers?|conveys?|sets?\s+over|"
    r"endorses?))*\s+(?:unto\s+|to\s+)(?P<to>(?:the\s+)?[A-Z](?:[^().;]|\.(?=,)){1,120}?)"
    r"(?:\s*\([^()]{0,60}\))?,?\s+all\s+(?:of\s+)?(?:its|his|her|their|the\s+Assignor['\u2019]s)\s+"
    r"right,\s+title\s+and\s+interest\s+(?:in,?\s+(?:and\s+)?to|in|to)\s+(?:and\s+under\s+)?"
    r"(?P<what>[^.;]{1,200})",
    reads="an assignment of a note: the assignee and the note",
    matches=[
        passage(
            'hereby assigns, transfers and sets over to OSPREY FUND LP ("Assignee") all of its '
            "right, title and interest in and to that certain Promissory Note",
            to="OSPREY FUND LP",
        ),
    ],
    rejects=["assigns to the Bank a security interest in the Collateral"],
)

#: "Registered Holder: Summit Ridge Partners, L.P.": a caption above an instrument's text
_HOLDER_CAPTION = rule(
    "relations.note_owners.holder_caption",
    r"(?m)^[ \t]*(?:Registered[ \t]+)?(?:Holder|Payee|Lender|Warrantholder|Warrant[ \t]+Holder)"
    r"[ \t]*:"
    r"[ \t]*(?P<name>[A-Z][^\n]{1,100}?)[ \t]*$",
    reads="a caption above an instrument's text naming its holder",
    matches=[
        passage(
            "Registered Holder: Summit Ridge Partners, L.P.", name="Summit Ridge Partners, L.P."
        ),
        passage("  Holder:  Alpine Fund LLC  ", name="Alpine Fund LLC"),
        # a note's caption of its terms: "Borrower: ... / Lender: ..."
        passage("Lender:             Thomas J. Okafor", name="Thomas J. Okafor"),
    ],
    rejects=["Holder: ____________", "the Holder: shall"],
)


#: right after a mentioned note's maker (and its form): "and payable to the order of First Bank
#: and the other lenders named in the Loan Agreement": the payee named first (the class after
#: it is the lenders of another agreement, whom the mention does not name)
_PAYABLE_AFTER = rule(
    "relations.note_owners.payable_after_maker",
    # the maker's form between it and the payee ("..., a Texas corporation, payable to")
    r"(?:\s*,\s*an?\s+(?:[\w-]+\s+){0,5}?(?:corporation|company|partnership|association)\b)?"
    # and the maker's term ("(the Maker)", '(the "Borrower")')
    r"(?:\s*\([^()]{1,60}\))?"
    # or straight after the maker, as a schedule of pledged notes lists them ("issued by X to Y")
    r"\s*,?\s*(?:(?:and\s+)?payable\s+)?to\s+(?:the\s+order\s+of\s+)?(?P<payee>(?:the\s+)?[A-Z]"
    r"[^().;,]{1,100}?(?:,\s*(?i:inc|llc|l\.?\s?p|ltd|corp\w*|n\.?\s?a)\.?)?)"
    r"(?=\s*\(|\s*,|\s+(?:and|in|at|or)\b|\s*$)",
    reads="a mentioned note's payee, right after its maker",
    matches=[
        passage(
            " and payable to the order of Cedar Bank, N.A. and the other lenders named in",
            payee="Cedar Bank, N.A.",
        ),
        passage(", payable to Harbor Fund LP, in the original", payee="Harbor Fund LP"),
        passage(
            ", a Utah limited liability company, payable to the order of Kestle Mills, Inc., in",
            payee="Kestle Mills, Inc.",
        ),
        passage(
            ", a Nevada corporation (the maker), payable to the order of Dunlin Bank, a",
            payee="Dunlin Bank",
        ),
        passage(" to Tolland Freight, Inc., maturing June 1, 2021", payee="Tolland Freight, Inc."),
    ],
    rejects=[
        " and payable on demand",
        ", payable to the order of ____",
        ", a Utah corporation, which note is payable to the order of Kestle Mills, Inc.",
        " to evidence the Loans",
    ],
    mode="match",
)


def extract_made_by(ctx: DocContext, lo: int, sentence: str) -> None:
    """The maker a note's mention names ISSUES it, and the payee named right after the maker
    HOLDS it (see the module doc)."""
    evidence = trimmed(ctx, lo, lo + len(sentence))
    for m in _MADE_BY.finditer(sentence):
        # the one note the mention spells the title of ("the Promissory Note dated ..."), else
        # the defined class it names (a "Note" of the "Notes")
        notes = [
            n
            for n in _titled(ctx, m["note"]) or instruments_in(ctx, m["note"])
            if ctx.collector.entities[n].props.get("kind") in ("note", "debenture", "bond")
        ]
        makers = parties_named(ctx, m["maker"]) or written_payees(
            ctx, m["maker"], lo + m.start("maker")
        )
        payable = _PAYABLE_AFTER.match(sentence, m.end())
        payees = parties_named(ctx, payable["payee"]) if payable else []
        if payable and not payees and notes and makers:
            # "the Secured Loan Note, dated May 14, 2013, issued by Borrower to Alder Street
            # Partners LP in the original principal amount of $3,000,000": a payee named only
            # where its note is described is a company of the deal all the same
            at = lo + payable.start("payee")
            name = " ".join(payable["payee"].split())
            payees = party_or_company(ctx, name, ctx.span(at, at + len(payable["payee"])))
        for note in notes[:1]:
            for maker in makers[:1]:
                ctx.collector.relate("ISSUES", maker, note, evidence)
            for payee in payees[:1]:
                if payee not in makers[:1]:
                    ctx.collector.relate("HOLDS", payee, note, evidence)


def _titled(ctx: DocContext, phrase: str) -> list[str]:
    """The note whose title a phrase spells ("Promissory Note"), when it is the only one."""
    want = " ".join(phrase.lower().split())
    found = [
        ref
        for ref, e in ctx.collector.entities.items()
        if e.label == "Instrument" and str(e.props.get("title") or "").lower() == want
    ]
    return found if len(found) == 1 else []


def extract_delivered_to(ctx: DocContext, lo: int, sentence: str) -> None:
    """The maker a recital says delivered a note ISSUES it, the one it went to HOLDS it (see
    the module doc)."""
    evidence = trimmed(ctx, lo, lo + len(sentence))
    for m in _DELIVERED_TO.finditer(sentence):
        notes = [
            n
            for n in _titled(ctx, m["note"]) or instruments_in(ctx, m["note"])
            if ctx.collector.entities[n].props.get("kind") in ("note", "debenture", "bond")
        ]
        makers = subject_before(ctx, sentence[: m.start()])
        holders = parties_named(ctx, m["to"])
        if len(makers) != 1 or not notes:
            continue
        ctx.collector.relate("ISSUES", makers[0], notes[0], evidence)
        for holder in holders[:1]:
            if holder != makers[0]:
                ctx.collector.relate("HOLDS", holder, notes[0], evidence)


def extract_note_assignment(ctx: DocContext, lo: int, sentence: str) -> None:
    """The assignee of a note HOLDS it (see the module doc)."""
    evidence = trimmed(ctx, lo, lo + len(sentence))
    for m in _ASSIGNS_NOTE.finditer(sentence):
        notes = [
            n
            for n in instruments_in(ctx, m["what"]) or _titled(ctx, _head_note(m["what"]))
            if ctx.collector.entities[n].props.get("kind") in ("note", "debenture", "bond")
        ]
        holders = parties_named(ctx, m["to"]) or written_payees(ctx, m["to"], lo + m.start("to"))
        for note in notes[:1]:
            for holder in holders:
                ctx.collector.relate("HOLDS", holder, note, evidence)


def _head_note(what: str) -> str:
    m = re.search(r"(?:[A-Z][\w-]*\s+){0,4}(?:Note|Debenture)\b", what)
    return m.group(0) if m else ""


def extract_holder_caption(ctx: DocContext) -> None:
    """The holder a caption above the document's own instrument names HOLDS it."""
    if self_label(ctx) != "Instrument" or ctx.self_ref is None:
        return
    m = _HOLDER_CAPTION.search(ctx.text, 0, min(len(ctx.text), 3000))
    if m is None or re.search(r"_{3,}|\[", m["name"]):
        return
    holders = parties_named(ctx, m["name"]) or written_payees(ctx, m["name"], m.start("name"))
    for holder in holders:
        ctx.collector.relate("HOLDS", holder, ctx.self_ref, trimmed(ctx, m.start(), m.end()))


#: "that certain REVOLVING LINE OF CREDIT NOTE dated November 1, 2010": a note a modification
#: names by its title in capitals (a word besides "PROMISSORY" before "NOTE")
_CAPITALS_NOTE = rule(
    "relations.note_owners.capitals_note",
    r"\bthat\s+certain\s+(?P<title>(?!PROMISSORY\s+NOTE\b)(?:[A-Z][A-Z&'-]+\s+){1,6}NOTE)\b"
    r"(?![a-z])(?:,?\s+dated\s+(?:as\s+of\s+)?)?",
    reads="a note modification's recital: the amended note's title in capitals, never quoted",
    matches=[
        passage(
            "Maker executed and delivered to Holder that certain REVOLVING LINE OF\nCREDIT NOTE "
            "dated November 1, 2010",
            title="REVOLVING LINE OF\nCREDIT NOTE",
        ),
        passage(
            "that certain REVOLVING CREDIT LOANS NOTE, dated as of May 3, 2004",
            title="REVOLVING CREDIT LOANS NOTE",
        ),
    ],
    rejects=[
        "that certain PROMISSORY NOTE dated May 1, 2010",
        "that certain Promissory Note dated May 1, 2010",
        "that certain NOTE PURCHASE AGREEMENT dated May 1, 2010",
    ],
)
#: "issued pursuant to the Business Loan Agreement": the agreement a note was issued under
_ISSUED_PURSUANT = re.compile(
    r"(?i)\b(?:issued|executed|made|delivered|given)\s+(?:pursuant\s+to|under|in\s+accordance"
    r"\s+with)\s+(?:the\s+|that\s+certain\s+)?"
)
_GENERIC_NOTE = frozenset({norm_term("Promissory Note"), norm_term("Note")})


def extract_capitals_note(ctx: DocContext, lo: int, sentence: str) -> None:
    """The note a note modification amends, named in capitals (see the module doc): its title
    an alias of the one amended note the modification's own title names, with the date and
    principal written after it; ISSUED_UNDER the agreement it says it was issued pursuant to."""
    own = ctx.self_ref
    amended = [
        k[2]
        for k in ctx.collector.relations
        if k[0] == "AMENDS"
        and k[1] == own
        and ctx.collector.entities[k[2]].label == "Instrument"
        and ctx.collector.entities[k[2]].props.get("kind") == "note"
    ]
    if len(amended) != 1:
        return
    note = amended[0]
    known = norm_term(str(ctx.collector.entities[note].props.get("title") or ""))
    evidence = trimmed(ctx, lo, lo + len(sentence))
    for m in _CAPITALS_NOTE.finditer(sentence):
        title = " ".join(m["title"].split())
        if known not in _GENERIC_NOTE and known != norm_term(title):
            return  # the modification amends another note than the one named
        props: dict[str, PropValue] = {}
        dates = find_dates(sentence, m.end(), m.end() + 40)
        if dates and dates[0].start == m.end() and m[0].rstrip().endswith(("dated", "of")):
            props["date"] = dates[0].iso
        described = sentence[m.end() : m.end() + 250]
        if found := principal_amount(described):
            props["amount"], props["currency"] = found
        ctx.collector.add(note, "Instrument", evidence, props, (title,))
        if not ctx.lookup(title):
            ctx.define(title, note)
        if (issued := _ISSUED_PURSUANT.search(sentence, m.end())) is not None:
            for agreement in agreements_in(ctx, sentence[issued.end() : issued.end() + 120])[:1]:
                ctx.collector.relate("ISSUED_UNDER", note, agreement, evidence)
        return
