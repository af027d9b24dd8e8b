"""Agreements written as letters: a commitment, a waiver or a consent a lender writes to its
borrower, which the borrower countersigns.

Vocabulary:
- *letter*: a document whose first page holds a salutation ("Dear Mr. Deaner:", "Gentlemen:",
  "Ladies and Gentlemen:") under a date and an address block, in place of a preamble.
- *letterhead date*: the first date above the salutation; the letter is dated then.
- *addressee*: the company named in the address block (above the salutation), or the person
  it is addressed to ("Mr. Daniel Reyes") where it names no company.
- *subject*: the "Re:" line; where it names a waiver, consent or amendment, it titles the
  letter ("Re: Waiver under Credit Agreement"), else the letter calls itself "this letter
  agreement" / "this Letter of Offer" / "this letter".
- *acceptance*: "Accepted and agreed", "Acknowledged and agreed to", "agreed to and accepted":
  the addressee's countersignature that makes a letter an agreement.

A letter is an agreement when it calls itself a letter agreement, or its subject names one,
or it is accepted, or it says "this letter" and speaks of agreeing. Its parties come from the
preamble-like first paragraph and the signatures as for any agreement; the addressee is added
here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.agreements.headings import self_defined_title
from ingest.agreements.kinds import classify
from ingest.agreements.own_agreement import SELF_REF
from ingest.context import DocContext, norm_term
from ingest.dates import find_dates
from ingest.defined_terms import Definition, definitions_in
from ingest.law import governing_law
from ingest.names import NameRun, clean_name, name_runs
from ingest.parties.add import add_party, party_to
from ingest.parties.cues import YOU_BEFORE_TERM
from ingest.parties.role_words import role_of
from ingest.records import PropValue
from ingest.rules import passage, rule
from ingest.structure.analysis import analyze
from ingest.structure.preamble import SALUTATION, SALUTATION_WINDOW

_SUBJECT = rule(
    "letters.subject",
    r"(?m)^[ \t]*(?:Re|RE|Subject|SUBJECT)\s*:[ \t]*(?P<s>\S[^\n]*(?:\n[ \t]*\S[^\n]*){0,2})",
    reads="a letter's subject line (Re:), up to three lines: what the letter is about",
    matches=[
        passage("\nRe: Waiver of Section 7.1\n\nLadies and Gentlemen:", s="Waiver of Section 7.1"),
        passage(
            "  SUBJECT: Amendment to Loan Agreement\n  dated May 1, 2010\n\n",
            s=("Amendment to Loan Agreement\n  dated May 1, 2010"),
        ),
    ],
    rejects=["as more fully described in Re: the Notes", "Reference: Loan No. 5"],
)
_SELF = rule(
    "letters.self",
    r"\b(?:this|This|THIS)\s+(?P<t>(?:[Ll]etter|LETTER)(?:\s+(?:[Aa]greement|AGREEMENT"
    r"|of\s+[A-Z][a-z]+|OF\s+[A-Z]+))?)\b",
    reads="a letter that names itself: this letter (agreement)",
    matches=[
        passage("the terms of this letter agreement", t="letter agreement"),
        passage("This Letter of Credit", t="Letter of Credit"),
        passage("THIS LETTER shall", t="LETTER"),
    ],
    rejects=["the letter agreement dated May 1", "this lettering"],
)
_ACCEPTANCE = rule(
    "letters.acceptance",
    r"(?i)\b(?:accepted\s+and\s+agreed|agreed\s+(?:to\s+)?and\s+accepted|acknowledged\s+and"
    r"\s+agreed|accepted\s+and\s+acknowledged|agreed\s+to\s+and\s+accepted|accepted\s+and"
    r"\s+confirmed|acknowledged,\s+accepted\s+and\s+agreed)\b",
    reads="the addressee's acceptance under a letter, which makes it an agreement",
    matches=[
        passage("ACCEPTED AND AGREED:\nACME CORP.", match="ACCEPTED AND AGREED"),
        passage("Agreed to and accepted as of the date", match="Agreed to and accepted"),
        passage("Acknowledged, accepted and agreed", match="Acknowledged, accepted and agreed"),
    ],
    rejects=["the Lender accepted the agreement", "Agreed upon procedures"],
)
_AGREEING = rule(
    "letters.agreeing",
    r"(?i)\bagree(?:s|d|ment)?\b|\bcommitment\b",
    reads="a letter that speaks of agreeing or a commitment",
    matches=[
        passage("the Bank agrees to waive", match="agrees"),
        passage("this commitment expires", match="commitment"),
    ],
    rejects=["the Bank has requested a waiver", "disagreeable terms"],
)
#: 'this letter agreement (this "Limited Waiver")': the name a letter gives itself
_SELF_TERM = rule(
    "letters.self_term",
    r"\b(?:this|This|THIS)\s+(?:[Ll]etter|LETTER)(?:\s+(?:[Aa]greement|AGREEMENT))?\s*\(\s*"
    r"(?:this|the)\s+[\"\u201c](?P<t>[A-Z][^\"\u201d()]{1,60})[\"\u201d]\s*\)",
    reads="the term a letter defines for itself right after calling itself this letter",
    matches=[
        passage('in this letter agreement (this "Limited Waiver") have', t="Limited Waiver"),
        passage("This letter (the \u201cConsent Letter\u201d) confirms", t="Consent Letter"),
        passage('This letter (this "Facility Letter") amends', t="Facility Letter"),
    ],
    rejects=['the letter agreement dated May 1 (the "Fee Letter")', 'this Letter of Credit ("LC")'],
)
#: "[Signature Page to Waiver Letter - Acme Corp.]": the name the filer gives a letter on the
#: footer of its signature pages, up to the dash before the company it concerns
_PAGE_FOOTER_TITLE = rule(
    "letters.page_footer_title",
    r"\[\s*Signature\s+Pages?\s+to\s+(?P<t>[A-Z][\w'\u2019]*(?:\s+[A-Z][\w'\u2019]*){0,4}"
    r"\s+Letter(?:\s+Agreement)?)\s*(?:[-\u2013\u2014,]\s*[^\]\n]{0,80})?\]",
    reads="a letter's signature-page footer: the name its filer gives the letter",
    matches=[
        passage("[Signature Page to Waiver Letter - Quarry Tools, Inc.]", t="Waiver Letter"),
        passage("[Signature Pages to Consent Letter]", t="Consent Letter"),
        passage(
            "[Signature Page to Limited Waiver Letter Agreement]",
            t="Limited Waiver Letter Agreement",
        ),
    ],
    rejects=["[Signature Page to Credit Agreement]", "[Signature Page to letter agreement]"],
)
#: The subject's words that name a specific agreement kind (else the letter's own name wins).
_SPECIFIC_KINDS = frozenset({"waiver", "consent", "amendment"})


@dataclass(frozen=True, slots=True)
class Letter:
    """What makes a document a letter agreement, with the spans that say so."""

    title: str
    kind: str
    title_start: int
    title_end: int
    salutation_start: int
    #: the letterhead date (ISO) and where it stands, when the letter is dated
    date: str | None = None
    date_start: int = 0
    date_end: int = 0
    #: the addressee's name and span, when the address block names one, and its kind
    addressee: str | None = None
    addressee_start: int = 0
    addressee_end: int = 0
    addressee_kind: str = "organization"
    #: whether the addressee countersigns it ("Accepted and agreed")
    accepted: bool = False


#: What a subject says the named agreement is about, after its name: "Re: Letter Agreement
#: regarding Distribution of Products", "Re: Consulting Agreement concerning the Ames Project",
#: "Re: Trademark License Agreement - KESTREL marks" (a spaced dash before the subject matter),
#: "Re: Continuing Guaranty of the obligations of Acme Tool, Inc." (whose debt a guaranty backs).
_SUBJECT_ABOUT = rule(
    "letters.subject_about",
    r"[ \t,]+(?:regarding|concerning|relating\s+to|with\s+respect\s+to|in\s+respect\s+of)\s"
    r"|\s+of\s+(?:the\s+|all\s+)?(?i:obligations|indebtedness|liabilities)\s+of\s"
    r"|[ \t]+(?:-{1,2}|\u2013|\u2014)[ \t]+",
    reads="a letter's subject line after the agreement it names: what that agreement is about",
    matches=[
        passage("Letter Agreement regarding Products", match=" regarding "),
        passage("Consulting Agreement, concerning the Ames Project", match=", concerning "),
        passage("Trademark License Agreement - KESTREL marks", match=" - "),
        passage("Consulting Agreement \u2013 Dana Ruiz", match=" \u2013 "),
        passage(
            "Continuing Guaranty of the obligations of Acme Tool, Inc.",
            match=" of the obligations of ",
        ),
        passage("Guaranty of Indebtedness of Harlow Farms LLC", match=" of Indebtedness of "),
    ],
    rejects=[
        "Waiver under Credit Agreement",
        "Amendment to Regarding Corp. Lease",
        "Guaranty of Payment",
    ],
)


def _subject(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """A letter's subject: the agreement it names, without what that agreement is about
    ("Letter Agreement regarding Distribution of Products" -> "Letter Agreement")."""
    m = _SUBJECT.search(text, start, end)
    if not m:
        return None
    s_end = m.end("s")
    about = _SUBJECT_ABOUT.search(text, m.start("s"), s_end)
    # "Re: Amendment - Loan Agreement dated May 1, 2010": a dash before another agreement's
    # name joins the two into one title
    dashed = about is not None and about.group().strip()[:1] in ("-", "\u2013", "\u2014")
    if about and dashed and classify(text[about.end() : s_end]):
        about = None
    if about and classify(text[m.start("s") : about.start()]):
        s_end = about.start()
    return clean_name(text[m.start("s") : s_end]), m.start("s"), s_end


#: In a long subject, the date of the agreement a waiver or consent is under: the letter's own
#: name ends before it ("Waiver of Covenant Defaults under Loan Agreement dated as of ...")
_SUBJECT_DATED = rule(
    "letters.subject_dated",
    r"\s+dated\s+(?:as\s+of\s+)?(?=[A-Z0-9])",
    reads="in a letter's long subject line: where the base agreement's date begins",
    matches=[
        passage(
            "Waiver under Loan Agreement dated as of August 30, 2008 (as amended, the",
            match=" dated as of ",
        ),
        " dated June 1, 2010",
    ],
    rejects=["Waiver under Loan Agreement", "as updated from time to time"],
)

#: A line of the address block that names no addressee: "Attention:", "Re:", "To:".
_ADDRESS_FIELD = rule(
    "letters.address_field",
    r"\s*(?:Attn|Attention|Re|RE|To|TO)\b",
    reads="a line of a letter's address block that names no addressee (Attention, Re, To)",
    matches=[
        passage("  Attention: Chief Financial Officer", match="  Attention"),
        passage("Re: Waiver", match="Re"),
        passage("TO: FIRST BANK", match="TO"),
    ],
    rejects=["ACME CORPORATION", "Toronto Dominion Bank", "Regal Holdings LLC"],
    mode="match",
)


#: "Mr. Daniel Reyes" on a line of its own: a letter addressed to a person.
_ADDRESSED_PERSON = rule(
    "letters.addressed_person",
    r"[ \t]*(?:Mr|Ms|Mrs|Dr|Miss)\.?[ \t]+"
    r"(?P<n>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,3})[ \t]*$",
    reads="a line of a letter's address block naming the person it is addressed to",
    matches=[
        passage("Mr. Daniel Reyes", n="Daniel Reyes"),
        passage("  Ms. Anne-Marie O'Neil", n="Anne-Marie O'Neil"),
    ],
    rejects=["Mr. Reyes:", "Dear Mr. Reyes:", "Attention: Mr. Daniel Reyes"],
    mode="match",
)


def _addressee(text: str, start: int, end: int) -> tuple[str, int, int, str] | None:
    """The first company named in the address block, line by line (never an "Attention:"
    line or a street); else the person it is addressed to ("Mr. Daniel Reyes")."""
    person = None
    for line in re.finditer(r"[^\n]+", text[start:end]):
        s, e = start + line.start(), start + line.end()
        if _ADDRESS_FIELD.match(line.group()):
            continue
        orgs = [r for r in name_runs(text, s, e) if r.is_org]
        if orgs:
            return orgs[0].text, orgs[0].start, orgs[0].end, "organization"
        if person is None and (m := _ADDRESSED_PERSON.match(line.group())):
            person = (m["n"], s + m.start("n"), s + m.end("n"), "person")
    return person


def _capitalised(name: str) -> str:
    """ "letter agreement" / "LETTER OF OFFER" -> "Letter Agreement" / "Letter of Offer"."""
    return " ".join(w.lower() if w.lower() == "of" else w.capitalize() for w in name.split())


def read_letter(text: str) -> Letter | None:
    """The letter agreement ``text`` is, or None when it is no letter (or a letter that agrees
    to nothing: a notice, a transmittal)."""
    salutation = SALUTATION.search(text, 0, min(len(text), SALUTATION_WINDOW))
    if salutation is None:
        return None
    head_end = salutation.start()
    subject = _subject(text, 0, min(len(text), salutation.end() + 400))
    title: tuple[str, str, int, int] | None = None
    if subject and len(subject[0].split()) > 14 and (dated := _SUBJECT_DATED.search(subject[0])):
        # "Re: Waiver ... under Loan Agreement dated as of August 30, 2008 (as amended, the
        # "Loan Agreement") between ...": the subject names the letter before the base's date
        subject = (clean_name(subject[0][: dated.start()]), subject[1], subject[1] + dated.start())
    if subject:
        cls = classify(subject[0])
        if cls and cls[1] in _SPECIFIC_KINDS and len(subject[0].split()) <= 14:
            title = (subject[0], cls[1], subject[1], subject[2])
    own = _SELF.search(text, salutation.end())
    accepted = _ACCEPTANCE.search(text, salutation.end())
    footer = _PAGE_FOOTER_TITLE.search(text, salutation.end())
    if title is None and own and " " not in own["t"] and accepted and footer:
        # "this letter", accepted, whose pages' footer names it: "Waiver Letter"
        cls = classify(footer["t"])
        title = (footer["t"], cls[1] if cls else "letter_agreement", *footer.span("t"))
    if title is None and own and (" " in own["t"] or accepted):
        name = own["t"] if " " in own["t"] else "Letter Agreement"
        title = (name, "letter_agreement", *own.span("t"))
        # 'This letter agreement (the "Sponsorship Agreement")': the name it gives itself
        named = self_defined_title(text, (own["t"], own.start("t"), own.end("t")))
        kind = classify(named[0]) if named else None
        if named and kind and kind[0] == "Agreement":
            title = (named[0], kind[1], named[1], named[2])
    if title is None and (accepted or (own and _AGREEING.search(text, salutation.end()))):
        anchor = accepted or own
        assert anchor is not None
        title = ("Letter Agreement", "letter_agreement", anchor.start(), anchor.end())
    if title is None:
        return None
    dates = find_dates(text, 0, head_end)
    addressee = (dates and _addressee(text, dates[0].end, head_end)) or _addressee(
        text, 0, head_end
    )
    return Letter(
        title=_capitalised(title[0]) if title[1] == "letter_agreement" else title[0],
        kind=title[1],
        title_start=title[2],
        title_end=title[3],
        salutation_start=salutation.start(),
        date=dates[0].iso if dates else None,
        date_start=dates[0].start if dates else 0,
        date_end=dates[0].end if dates else 0,
        addressee=addressee[0] if addressee else None,
        addressee_start=addressee[1] if addressee else 0,
        addressee_end=addressee[2] if addressee else 0,
        addressee_kind=addressee[3] if addressee else "organization",
        accepted=accepted is not None,
    )


def extract_letter(ctx: DocContext) -> None:
    """Where no preamble or heading named the document's agreement, the letter agreement it
    is (``ctx.self_ref``), dated by its letterhead, with its addressee as a party; the
    warning "no agreement found" it replaces is dropped."""
    if ctx.self_ref is not None:
        _retitle_referenced(ctx)
        letter = read_letter(ctx.text)
        if letter is not None:
            _first_person(ctx, letter)
            if letter.accepted and letter.addressee and (you := ctx.lookup("you")):
                # the addressee who countersigns a letter agreement is a party to it
                s, e = letter.addressee_start, letter.addressee_end
                party_to(ctx, you[0], None, s, e)
            _opening_terms(ctx, letter)
            _self_term(ctx)
        return
    letter = read_letter(ctx.text)
    if letter is None:
        return
    text = ctx.text
    props: dict[str, PropValue] = {"title": letter.title, "kind": letter.kind}
    if letter.date:
        props["date"] = letter.date
    law = governing_law(text, 0, len(text))
    if law:
        props["governing_law"] = law.jurisdiction
    title_span = ctx.span(letter.title_start, letter.title_end)
    ctx.collector.add(SELF_REF, "Agreement", title_span, props, contained=True)
    if letter.date:
        ctx.collector.add(SELF_REF, "Agreement", ctx.span(letter.date_start, letter.date_end))
    if law:
        ctx.collector.add(SELF_REF, "Agreement", ctx.span(law.start, law.end))
    ctx.self_ref = SELF_REF
    for generic in ("this letter", "this Letter Agreement", "this Agreement"):
        if not ctx.lookup(generic):
            ctx.define(generic, SELF_REF)
    ctx.warnings[:] = [w for w in ctx.warnings if not w.startswith("no agreement found")]
    _opening_parties(ctx)
    if letter.addressee:
        s, e = letter.addressee_start, letter.addressee_end
        kind = letter.addressee_kind
        party_to(ctx, add_party(ctx, letter.addressee, s, e, kind=kind), None, s, e)
    _first_person(ctx, letter)
    _opening_terms(ctx, letter)
    _self_term(ctx)


def _self_term(ctx: DocContext) -> None:
    """ "Capitalized terms used in this letter agreement (this "Limited Waiver")": the term is
    one more name of the letter (its subject may title it "Limited Waiver under Credit
    Agreement"), as "This letter (this "Facility Letter") amends ..." is: an alias the
    document's later references and the graph match."""
    own = ctx.collector.get(SELF_REF)
    m = _SELF_TERM.search(ctx.text)
    if own is None or m is None or own.label != "Agreement":
        return
    term = " ".join(m["t"].split())
    if norm_term(term) != norm_term(str(own.props.get("title"))):
        ctx.collector.add(SELF_REF, "Agreement", ctx.span(*m.span()), aliases=(term,))
    if not ctx.lookup(term):
        ctx.define(term, SELF_REF)


def _opening_terms(ctx: DocContext, letter: Letter) -> None:
    """ "This letter agreement confirms the terms on which you ("Ambassador") will serve as
    brand ambassador for Aurora Skincare Company ("Aurora")": in the letter's first
    paragraphs a term given to "you", or to a party to the letter already known right before
    it, is one more name of that party (the letterhead and the address block named them)."""
    text = ctx.text
    lo = letter.salutation_start
    # "you" counts in a letter signed under its closing by a writer other than the addressee
    # (an application letter's "you" is read by ingest.parties.letter_applicant)
    we = ctx.lookup("we")
    you = [r for r in ctx.lookup("you") if we and r not in we]
    for d in definitions_in(text, lo, min(len(text), lo + _OPENING)):
        if d.style != "paren" or d.collective or ctx.lookup(d.term):
            continue
        refs = you if YOU_BEFORE_TERM.search(text, _reach(d), d.clause_start) else []
        if not refs:
            parties = {src for type_, src, _ in ctx.collector.relations if type_ == "PARTY_TO"}
            parties.update(ctx.lookup("we"))  # the writer, who signs under the closing
            known = {
                norm_term(str(e.props.get("name"))): ref
                for ref, e in ctx.collector.entities.items()
                if e.label == "Party" and ref in parties
            }
            runs = [r for r in _names_before(text, d) if norm_term(r.text) in known]
            refs = [known[norm_term(runs[-1].text)]] if runs else []
        party = ctx.collector.get(refs[0]) if refs else None
        if party is None or party.label != "Party":
            continue
        if d.term not in party.aliases:
            party.aliases.append(d.term)
        ctx.define(d.term, refs[0])


#: "Very truly yours," / "Sincerely," / "Yours faithfully": where the writer signs
_CLOSING = rule(
    "letters.closing",
    r"(?im)^[ \t]*(?:very\s+truly\s+yours|yours\s+(?:very\s+)?truly|sincerely(?:\s+yours)?"
    r"|yours[\u2019']?\s+faithfully|faithfully\s+yours|best\s+regards|regards)[ \t]*,?[ \t]*$",
    reads="a letter's complimentary close on a line of its own, where the writer signs",
    matches=[
        passage("\nVery truly yours,\n\nFIRST BANK", match="Very truly yours,"),
        passage("\n  Yours faithfully\n", match="  Yours faithfully"),
        passage("\nBest regards,\n", match="Best regards,"),
    ],
    rejects=["With regards to the Loan, we agree.", "sincerely yours and the Bank's"],
)


def _first_person(ctx: DocContext, letter: Letter) -> None:
    """ "we hereby waive the Specified Default", "you have requested": in a letter "we" and
    "us" are the company that signs under the closing, "you" the addressee."""
    text = ctx.text
    closing = _CLOSING.search(text, letter.salutation_start)
    writer = None
    if closing:
        orgs = [r for r in name_runs(text, closing.end(), closing.end() + 300) if r.is_org]
        writer = orgs[0] if orgs else None
    if writer and not ctx.lookup("we"):
        ref = add_party(ctx, writer.text, writer.start, writer.end, kind="organization")
        ctx.define("we", ref)
        ctx.define("us", ref)
    if letter.addressee and not ctx.lookup("you"):
        s, e = letter.addressee_start, letter.addressee_end
        ctx.define("you", add_party(ctx, letter.addressee, s, e, kind=letter.addressee_kind))


#: "Reference is made to the Credit Agreement ...": the agreement the letter is about.
_REFERENCE = rule(
    "letters.reference",
    r"(?i)\breference\s+is\s+(?:hereby\s+)?made(?:\s+to(?:\s+(?:the|that\s+certain))?)?\s*$",
    reads="the words right before an agreement a letter is about: Reference is made to",
    matches=[
        passage("Reference is made to the ", match="Reference is made to the "),
        passage(
            "Ladies and Gentlemen: Reference is hereby made to that certain",
            match=("Reference is hereby made to that certain"),
        ),
    ],
    rejects=["Reference is made to the Credit Agreement", "no reference is intended"],
)


#: a letter's first sentence opening on the agreement it is about, which the preamble's reader
#: took for the letter's own title: "Under the Loan Agreement the Bank has extended ...",
#: "Pursuant to the Credit Agreement, the Borrower is required ..."
_UNDER_OPENING = rule(
    "letters.under_opening",
    r"(?:Under|Pursuant\s+to|As\s+provided\s+in)\s+(?:the|that\s+certain)\s+(?=[A-Z])",
    reads="at the title a letter's preamble reader took: the opening words before an agreement",
    matches=[
        passage("Under the Loan Agreement the Bank has", match="Under the "),
        passage("Pursuant to the Credit Agreement, the", match="Pursuant to the "),
    ],
    rejects=["Underwriting Agreement", "the Loan Agreement"],
    mode="match",
)


def _retitle_referenced(ctx: DocContext) -> None:
    """A waiver, consent or amendment letter opens "Reference is made to the Credit Agreement
    ..." or "Under the Loan Agreement the Bank has ...", which the preamble's reader took for
    the document's own title: the letter's subject ("Re: Waiver of Section 7.1") names it
    instead."""
    own = ctx.collector.get(SELF_REF)
    if own is None or not own.evidence:
        return
    first = own.evidence[0]
    letter = read_letter(ctx.text)
    if letter is None or _subject_titled(ctx, letter) or letter.kind == "letter_agreement":
        return
    # the heading reader took the "Re:" line itself ("Re: Waiver under Loan Agreement")
    subject_line = ctx.text.rfind("\n", 0, letter.title_start) < first.start <= letter.title_end
    opening = _REFERENCE.search(
        ctx.text, max(0, first.start - 60), first.start
    ) or _UNDER_OPENING.match(ctx.text, first.start)
    if not subject_line and (not opening or own.props.get("kind") == letter.kind):
        return
    own.props.update(title=letter.title, kind=letter.kind)
    if letter.date:
        own.props["date"] = letter.date
    own.evidence.insert(0, ctx.span(letter.title_start, letter.title_end))


def _subject_titled(ctx: DocContext, letter: Letter) -> bool:
    """The heading reader took a letter's "Re:" line for its title ("Re: Consulting
    Agreement"): the subject without its label titles the letter, and the letterhead dates
    it (the body's first date is a term's start or a deadline)."""
    subject = _subject(ctx.text, 0, min(len(ctx.text), letter.salutation_start + 400))
    own = ctx.collector.get(SELF_REF)
    if own is None or not own.evidence:
        return False
    first = own.evidence[0]
    if subject is None or not classify(subject[0]):
        return False
    if not ctx.text.rfind("\n", 0, subject[1]) < first.start <= subject[1]:
        return False
    own.props["title"] = subject[0]
    if letter.date:
        own.props["date"] = letter.date
    own.evidence.insert(0, ctx.span(subject[1], subject[2]))
    return True


#: How far before its defining parenthesis a party's name may end (", " and "the").
_NAME_GAP = 4
#: How far before its defining parenthesis a party's name may start (a long company name with
#: its description).
_NAME_REACH = 150
#: How much of a letter after its salutation opens it (its first paragraphs)
_OPENING = 1200


def _reach(d: Definition) -> int:
    """Where the text a party's name may stand in before definition ``d`` starts."""
    return max(d.antecedent_start, d.clause_start - _NAME_REACH)


def _names_before(text: str, d: Definition) -> list[NameRun]:
    """The names that end right before definition ``d``'s parenthesis: those it may define."""
    return [
        r
        for r in name_runs(text, _reach(d), d.clause_start)
        if 0 <= d.clause_start - r.end <= _NAME_GAP
    ]


def _opening_parties(ctx: DocContext) -> None:
    """ "PNC Bank, National Association (the "Bank") has approved your request for a line of
    credit to Acme Corporation (the "Borrower")": in the letter's opening paragraph, each
    company named right before a role's definition is a party in that role (the opening
    mentions other agreements "between the Bank and the Borrower", so the preamble's reader,
    which starts after such a word, would miss them)."""
    text = ctx.text
    opening = analyze(text).preamble
    salutation = SALUTATION.search(text, 0, min(len(text), SALUTATION_WINDOW))
    regions = [(opening.start, opening.end)] if opening else []
    if salutation:  # the letter's own first paragraphs, wherever the preamble reader looked
        regions.append((salutation.end(), min(len(text), salutation.end() + _OPENING)))
    for d in (d for a, b in regions for d in definitions_in(text, a, b)):
        role = role_of(d.term)
        if role is None or d.collective:
            continue
        runs = [r for r in _names_before(text, d) if r.is_org]
        if runs:
            run = runs[-1]
            ref = add_party(ctx, run.text, run.start, run.end, kind="organization")
            party_to(ctx, ref, role, run.start, d.end)
            ctx.define(d.term, ref)
