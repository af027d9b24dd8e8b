"""Letters of credit a credit agreement defines where it provides for them: their issuer ISSUES
the agreement's "Letters of Credit", ISSUED_UNDER it; and earlier letters of credit the
agreement names apart ("the Existing Letters of Credit"), ISSUED by the bank named.

Separate from :mod:`.letters_of_credit` (which reads the promise "the Bank agrees to issue
standby letters of credit" and the definition ""Letter of Credit" means ... issued by the
Bank pursuant to Section 2.3") because these shapes are permissive or descriptive, and are
read only where the sentence itself defines the term:

- a *defining offer*: the sentence that says who "may issue, or commit to issue, from time to
  time, standby and trade letters of credit" (or agrees to issue "sight commercial" ones) and
  names them in a parenthesis ("(herein individually called a "Letter of Credit")"). The
  parenthesis makes them the agreement's own letters of credit, so "may" is enough there.
- a definition that says the letters of credit are "issued hereunder by" a party.
- a *named earlier issue*: "the letters of credit heretofore issued by the Bank and listed on
  Schedule I (the "Existing Letters of Credit")": one instrument of its own title, issued by
  the bank, not under the agreement.
"""

from __future__ import annotations

import re

from ingest.context import DocContext, norm_term
from ingest.records import PropValue, Span
from ingest.relations.credit_support_letters import face_amount
from ingest.relations.issued_hereunder import own_agreement
from ingest.relations.letters_of_credit import issuers_before, relate_letters_of_credit
from ingest.relations.slots import parties_named, trimmed
from ingest.rules import passage, rule

_LC = r"letters?\s+of\s+credit"
#: letters of credit in the plural: a class, not the one letter a stated amount is of
_LETTERS = re.compile(r"(?i)\bletters\s+of\s+credit\b")
#: the kinds and counts a drafter puts before "letters of credit"
_KINDS = (
    r"(?:(?:one\s+or\s+more|any|a|an|sight|commercial|standby|stand-by|trade|documentary"
    r"|irrevocable|and/or|and|or)\s+){0,6}"
)
#: what may stand between "issue" and the letters of credit: a second verb and its
#: parenthesis ("issue and amend (including to extend the Expiration Date)"), and the account
#: they are issued for ("for the account of the Borrower"), which commas may set off ("issue,
#: for the account of Borrower, one or more ... letters of credit")
_AFTER_ISSUE = (
    r"(?:\s+(?:and|or|and/or)\s+(?:amend|extend|renew|modify)\b)?(?:\s*\([^()]{0,200}\))?"
    r"(?:\s+from\s+time\s+to\s+time,?)?"
    r"(?:,?\s+for\s+the\s+account\s+of\s+(?:the\s+)?[A-Z][^.;()\"\u201c]{0,60}?,?)?"
)

_DEFINING_OFFER = rule(
    "relations.letters_of_credit.defining_offer",
    r"(?i)\b(?:may|will|shall|agrees?|agreed|request\w*\s+that)\b(?P<between>[^.;]{0,120}?)"
    r"\b(?P<issue>issue|issuing)\b(?:,?\s+or\s+(?:commit|agree)\s+to\s+issue,?)?"
    + _AFTER_ISSUE
    + r"\s+"
    + _KINDS
    + _LC
    + r"\b(?:[^.;()]|\([^()]{0,30}\)){0,200}"
    # the term's closing quote may follow a comma ("the "Letters of Credit," and ...")
    r"\(\s*[^()\"\u201c\u201d]{0,60}?[\"\u201c]" + _LC + r",?[\"\u201d]",
    reads="a sentence providing for a party to issue letters of credit that names them in a "
    "parenthesis: the issuer is the party before the verb",
    matches=[
        passage(
            "The Bank may issue, or commit to issue, from time to time, standby and trade "
            "letters of credit for the account of the Company (herein individually called a "
            '"Letter of Credit" and collectively "Letters of Credit").',
            issue="issue",
        ),
        "The Lender agrees from time to time during the term hereof to issue sight commercial "
        "and standby letters of credit for the account of the Borrower or Acme (UK), "
        'respectively (each, a "Letter of Credit" and collectively, "Letters of Credit").',
        "The Borrower may request that the Issuing Bank, in lieu of cash advances, issue "
        "standby letters of credit (individually, a \u201cLetter of Credit\u201d).",
        # one letter of credit, a second verb and the account between "issue" and it
        # the account set off by commas, a comma inside the term's closing quote
        passage(
            "Bank shall issue, for the account of Borrower, one or more irrevocable commercial or "
            'standby letters of credit (collectively, the "Letters of Credit," and individually, '
            'a "Letter of Credit") upon Borrower\'s request.',
            issue="issue",
        ),
        passage(
            "the Issuing Lender will issue, for the account of the Company, standby letters of "
            "credit from time to time (each, a \u201cLetter of Credit,\u201d and together, the "
            "\u201cLetters of Credit\u201d).",
            issue="issue",
        ),
        passage(
            "Subject to the terms hereof, the Fronting Bank agrees to issue and extend (including "
            "to raise its stated amount) for the account of the Borrower a standby letter of "
            "credit substantially in the form of Exhibit C (the \u201cLetter of Credit\u201d) "
            "at any time before the Maturity Date.",
            issue="issue",
        ),
    ],
    rejects=[
        # no parenthesis names them: the promise reader's business
        "The Bank may issue standby letters of credit for the account of the Borrower.",
        # the parenthesis names something else
        "The Bank may issue standby letters of credit under a reimbursement agreement (the "
        '"Reimbursement Agreement").',
        # a definition, not an offer
        '"Letters of Credit" means the standby letters of credit issued by the Bank.',
        # the account set off by commas, but the parenthesis names a fee
        "The Bank shall issue, for the account of the Borrower, letters of credit against a "
        'fee (the "Letter of Credit Fee,").',
    ],
)

#: the offer's subject is a class of issuers, each of its members ("Each Issuing Bank agrees",
#: "each L/C Issuer shall"), which the defined term names whoever they come to be
_CLASS_OF_ISSUERS = rule(
    "relations.letters_of_credit.class_of_issuers",
    r"(?:^\s*|[.;:,]\s+|\)\s*)(?:[Ee]ach|[Aa]ny)\s+(?:(?:Initial|Fronting|Revolving|Facility|LC|L/C)\s+)?"
    r"(?:Issuing\s+(?:Bank|Lender)|L/?C\s+(?:Issuer|Bank)|Fronting\s+(?:Bank|Lender))"
    r"\b(?=[^;]*$)",
    reads="an offer to issue letters of credit whose subject is each member of a class of "
    "issuers, not a party",
    matches=[
        "Each Issuing Bank agrees, on the terms and conditions hereinafter set forth, to ",
        "(b) Letters of Credit. Each Issuing Bank agrees, on the terms and conditions hereinafter"
        " set forth, to ",
        "each L/C Issuer agrees, in reliance upon the agreements of the Lenders, to ",
        " Each Issuing Bank agrees, on the terms and\nconditions hereinafter set forth, to ",
        "(a) Subject to the terms hereof, each L/C Issuer agrees, in reliance upon the "
        "agreements of the other Lenders, to ",
    ],
    rejects=[
        "The Issuing Bank agrees to ",
        "each Lender agrees that the Issuing Bank may ",
        "each Issuing Bank; and the Agent shall ",
    ],
)

#: the verb is refused or ended between the modal and "issue"
_NOT = re.compile(r"(?i)\bnot\b|\bno\s+(?:obligation|longer)\b|\b(?:decline|refuse)\w*")

_DEFINED_HEREUNDER = rule(
    "relations.letters_of_credit.defined_issued_hereunder",
    r"^\W*[\"\u201c](?i:letters?\s+of\s+credit)[\"\u201d]\s+(?:shall\s+)?means?\b[^;.]{0,160}?"
    r"\bissued\s+(?i:hereunder|under\s+this\s+agreement|pursuant\s+to\s+this\s+agreement)\s+by\s+"
    r"(?:the\s+)?(?P<by>[A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019.,-]*){0,5})",
    reads='a definition of "Letter of Credit" as issued hereunder by a party: its issuer',
    matches=[
        passage(
            '"Letter of Credit" means a commercial letter of credit issued hereunder by the Bank '
            "as a Loan on behalf of the Borrower.",
            by="Bank",
        ),
        passage(
            "\u201cLetters of Credit\u201d shall mean the standby letters of credit issued "
            "under this Agreement by the Issuing Lender for the account of any Borrower.",
            by="Issuing Lender",
        ),
    ],
    rejects=[
        '"Letter of Credit" means a letter of credit issued by the Bank pursuant to Section 2.3.',
        '"Letter of Credit Documents" means the applications for letters of credit issued '
        "hereunder by the Bank.",
        'The Borrower shall pay a fee on each "Letter of Credit" issued hereunder by the Bank.',
    ],
    mode="match",
)

_NAMED_EARLIER = rule(
    "relations.letters_of_credit.named_earlier_issue",
    r"(?i)\b" + _LC + r"\s+(?:heretofore\s+|previously\s+|already\s+)?issued\s+by\s+(?:the\s+)?"
    r"(?P<by>[A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019.,-]*){0,5}?)"
    r"(?:\s+(?:and|for|under|to|prior|before|on)\b(?:[^.;()]|\.\d){0,160})?\s*\(\s*(?:the\s+)?"
    r"[\"\u201c](?P<term>(?-i:[A-Z][\w-]*)(?:\s+[\w-]+){0,3}\s+" + _LC + r")[\"\u201d]",
    reads="letters of credit already issued by a named bank that the agreement names apart "
    '("the Existing Letters of Credit"): their issuer',
    matches=[
        passage(
            "The existing letters of credit heretofore issued by the Bank and listed on Schedule "
            '2.6 (the "Existing Letters of Credit") shall constitute Letters of Credit hereunder.',
            by="Bank",
            term="Existing Letters of Credit",
        ),
        passage(
            "certain letters of credit previously issued by First National Bank for the account "
            "of the Company (the \u201cPrior Letters of Credit\u201d)",
            by="First National Bank",
            term="Prior Letters of Credit",
        ),
    ],
    rejects=[
        # the agreement's own letters of credit: the readers above
        'the letters of credit issued by the Bank hereunder (the "Letters of Credit")',
        # the parenthesis names an agreement
        "letters of credit issued by the Bank under the Reimbursement Agreement (the "
        '"Reimbursement Agreement")',
    ],
)


#: earlier letters of credit the agreement takes over: "each Existing Letter of Credit shall be
#: deemed to have been issued under this Agreement" (not "shall constitute Letters of Credit
#: hereunder", which only counts them among the agreement's letters of credit)
_DEEMED_UNDER = rule(
    "relations.letters_of_credit.deemed_issued_hereunder",
    r"(?i)\b(?:each|every|all|the)\s+(?P<term>(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z])[\w-]*){0,3}?\s+"
    r"(?:Letters?\s+of\s+Credit|(?-i:L/?Cs?)))"
    # "..., which was issued pursuant to the Existing Credit Agreement, shall continue in effect,"
    r"(?:,\s+which\s+[^,;]{1,120},)?(?:\s+shall\s+continue\s+in\s+effect(?:,\s*|\s+and\s+))?"
    r"\s*shall\s+be\s+deemed\s+(?:to\s+have\s+been\s+|to\s+be\s+)?"
    # "deemed a US Facility LC issued and outstanding under, and for all purposes of, this ..."
    r"(?:an?\s+(?-i:[A-Z][\w/-]*)(?:\s+(?-i:[A-Z])[\w/-]*){0,3}?\s+)?"
    r"issued\s+(?:and\s+outstanding\s+)?(?:under|pursuant\s+to)"
    r"(?:,\s+and\s+for\s+all\s+purposes\s+of,)?\s+this\s+Agreement\b",
    reads="earlier letters of credit the agreement says are deemed issued under it",
    matches=[
        passage(
            "on the Closing Date each Existing Letter of Credit shall be deemed to have been "
            "issued under this Agreement and the rights of the issuer shall be subject hereto",
            term="Existing Letter of Credit",
        ),
        passage(
            "all Prior Letters of Credit shall be deemed issued pursuant to this Agreement",
            term="Prior Letters of Credit",
        ),
        passage(
            "provided that the Existing US Facility LC, which was issued pursuant to the Existing "
            "Credit Agreement, shall continue in effect, shall be deemed a US Facility LC issued "
            "and outstanding under, and for all purposes of, this Agreement",
            term="Existing US Facility LC",
        ),
        passage(
            "each Existing L/C shall be deemed an L/C issued under this Agreement",
            term="Existing L/C",
        ),
    ],
    rejects=[
        "the Existing Letters of Credit shall constitute Letters of Credit hereunder",
        "the Existing US Facility LC shall be deemed a US Facility LC issued under the Existing "
        "Credit Agreement",
        "the Existing LC, which was issued under the Prior Agreement, shall terminate",
        "each Existing Letter of Credit shall be deemed issued under the Existing Agreement",
        "each letter of credit shall be deemed to have been issued under this Agreement",
    ],
)


def extract_deemed_letters_of_credit(ctx: DocContext, lo: int, sentence: str) -> None:
    """The earlier letters of credit a sentence deems issued under the own agreement: their
    own instrument (plural title, "Existing Letters of Credit"), ISSUED_UNDER it. The sentence
    may name them only as "LCs" ("... shall be deemed a US Facility LC issued ... under ...
    this Agreement"), so the caller reads every sentence that deems anything issued."""
    m = _DEEMED_UNDER.search(sentence)
    own = own_agreement(ctx)
    if m is None or own is None:
        return
    term = re.sub(r"(?i)\bLetter\s+of\s+Credit$", "Letters of Credit", " ".join(m["term"].split()))
    if norm_term(term) == "letters of credit":
        return
    evidence = trimmed(ctx, lo, lo + len(sentence))
    named = [r for r in ctx.lookup(m["term"]) if r.startswith("instrument:")] or _defined_as(
        ctx, " ".join(m["term"].split())
    )
    if len(named) == 1:
        # the letter of credit the definitions name by the term ('"Existing US Facility LC"
        # means that certain standby letter of credit number ...'): that instrument
        ctx.collector.relate("ISSUED_UNDER", named[0], own, evidence)
        return
    props: dict[str, PropValue] = {"title": term, "kind": "letter_of_credit"}
    ref = ctx.collector.add(f"instrument:{norm_term(term)}", "Instrument", evidence, props)
    ctx.define(term, ref)
    ctx.collector.relate("ISSUED_UNDER", ref, own, evidence)


def _defined_as(ctx: DocContext, term: str) -> list[str]:
    """The instruments read from the definition of ``term`` ('"Existing US Facility LC" means
    that certain standby letter of credit number ...'): those whose evidence lies in it."""
    words = r"\s+".join(re.escape(w) for w in term.split())
    d = re.search(rf"[\"\u201c]{words}[\"\u201d]\s+(?:shall\s+)?means?\b", ctx.text)
    if d is None:
        return []
    end = ctx.text.find("\n\n", d.end())
    end = len(ctx.text) if end < 0 else end
    return [
        e.ref
        for e in ctx.collector.entities.values()
        if e.label == "Instrument" and any(d.start() <= s.start < end for s in e.evidence)
    ]


def extract_defined_letters_of_credit(ctx: DocContext, lo: int, sentence: str) -> None:
    """ISSUES (and ISSUED_UNDER) of the letters of credit a sentence provides for and defines,
    or names apart as issued earlier (see the module doc). Evidence: the sentence."""
    d = _DEFINED_HEREUNDER.match(sentence)
    if d is not None:
        name = re.split(r",|\s+(?:for|pursuant|under|as|to|in|on)\s", d["by"])[0]
        issuers = parties_named(ctx, name)
        if len(issuers) == 1:
            relate_letters_of_credit(ctx, lo, sentence, issuers[0], True)
        return
    offer = _DEFINING_OFFER.search(sentence)
    if offer is not None and not _NOT.search(offer["between"]):
        issuers = issuers_before(ctx, sentence, offer.start("issue"))
        if not issuers and _CLASS_OF_ISSUERS.search(sentence, 0, offer.start("issue")):
            # "Each Issuing Bank agrees ... to issue letters of credit (each, a "Letter of
            # Credit")": the agreement's letters of credit, by issuers no party is named as
            relate_letters_of_credit(ctx, lo, sentence, None, True)
        if len(issuers) == 1:
            lcs = relate_letters_of_credit(ctx, lo, sentence, issuers[0], True)
            if not _LETTERS.search(sentence) and (face := face_amount(sentence)) is not None:
                # one letter of credit ("its irrevocable direct-pay letter of credit (the
                # "Letter of Credit") ... in the stated amount of $10,250,000"): drawable for that
                props: dict[str, PropValue] = {"amount": face.plain, "currency": face.currency}
                ctx.collector.add(lcs, "Instrument", trimmed(ctx, lo, lo + len(sentence)), props)
    earlier = _NAMED_EARLIER.search(sentence)
    if earlier is not None and norm_term(earlier["term"]) != "letters of credit":
        _named_earlier(ctx, lo, sentence, earlier)


def _named_earlier(ctx: DocContext, lo: int, sentence: str, m: re.Match[str]) -> None:
    """The earlier letters of credit the parenthesis names: their own instrument, ISSUED by
    the one party named before it (never under the agreement naming them)."""
    name = re.split(r",|\s+(?:for|pursuant|under|as|to|in|on|and)\s", m["by"])[0]
    issuers = parties_named(ctx, name)
    if len(issuers) != 1:
        return
    termed_letters(ctx, trimmed(ctx, lo, lo + len(sentence)), m["term"], issuers[0])


def termed_letters(ctx: DocContext, evidence: Span, term: str, issuer: str) -> str:
    """The letters of credit a sentence names by a term of their own ("Facility LCs",
    "Existing Letters of Credit"), ISSUED by ``issuer``; the instrument's ref."""
    term = " ".join(term.split())
    props: dict[str, PropValue] = {"title": term, "kind": "letter_of_credit"}
    ref = ctx.collector.add(f"instrument:{norm_term(term)}", "Instrument", evidence, props)
    ctx.define(term, ref)
    ctx.collector.relate("ISSUES", issuer, ref, evidence)
    return ref
