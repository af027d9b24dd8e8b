"""The bank a credit agreement says issues letters of credit ISSUES its "Letters of Credit",
which are ISSUED_UNDER the agreement providing for them.

Separate because letters of credit are promised, refused and ended in their own wording
("may decline to issue", "shall terminate"), which the other issuance readers do not read.
"""

from __future__ import annotations

import re

from ingest.context import DocContext, norm_term
from ingest.names import is_org_name, singular
from ingest.parties.add import add_party
from ingest.records import PropValue
from ingest.relations.credit_support_letters import PROCURED_BY, SUPPORTS, face_amount
from ingest.relations.defined_companies import company_for_term
from ingest.relations.issuer_appositives import capacity_issuer
from ingest.relations.obligations import secured_agreement
from ingest.relations.provided_under import letters_of_credit_under
from ingest.relations.slots import parties_named, subject_before, trimmed

#: "the Bank agrees ... to issue commercial or standby letters of credit", "to make Loans to the
#: Borrower by issuing Letters of Credit", "request that the Bank ... issue trade and/or standby
#: letters of credit": who issues the letters of credit a credit agreement provides for
_ISSUE_LC = re.compile(
    r"(?i)\b(?:issue|issuing)\s+(?:(?:any|additional|commercial|standby|trade|documentary"
    r"|irrevocable|and/or|and|or)\s+){0,5}letters?\s+of\s+credit\b"
)


#: the sentence provides for the issuing ("agrees to", "shall", "request that"), and does not
#: refuse or end it ("may decline to ... issue", "the obligation to issue ... shall terminate")
_LC_PROMISED = re.compile(r"(?i)\b(?:agrees?|agreed|shall|will|request\w*\s+(?:that|the))\b")


_LC_REFUSED = re.compile(r"(?i)\bnot\s+(?:be\s+)?obligated\b|\b(?:decline|refuse)\w*")


_LC_ENDED = re.compile(r"(?i)[^.;]*?\b(?:shall|will)\s+(?:terminate|cease)\b")


#: "Such successor Agent shall issue letters of credit in substitution for the Letters of
#: Credit, if any, outstanding at the time of such succession": an agency clause's successor,
#: a party yet to be appointed, who replaces letters of credit the agreement may never have
_LC_SUCCESSION = re.compile(r"(?i)\bsuccessor\b|^\s+in\s+substitution\s+for\b")


#: role words a letter of credit is issued for, never by
_LC_APPLICANT = re.compile(r"(?i)^(?:the\s+)?(?:borrowers?|company|applicants?|account\s+party)$")


#: ""Letter of Credit" means any standby letter of credit issued by the Bank for the account of
#: the Borrower pursuant to Section 2.3", ""Letters of Credit" shall mean the letters of credit
#: issued from time to time by Bank pursuant to ...", ""Standby Letter(s) of Credit" shall mean
#: any letter or letters of credit issued by Administrative Agent on behalf of Lenders" (under
#: the definition's number in older agreements, "1.44"): the issuer a definition names
_LC_DEFINED = re.compile(
    r"^\W*(?:\d{1,2}\.\d{1,3}\.?\s+)?[\"\u201c]"
    r"(?i:(?:(?:standby|stand-by|commercial|trade|documentary)\s+)?"
    r"letters?(?:\(s\))?\s+of\s+credit)[\"\u201d]\s+(?:shall\s+)?means?\b"
    r"[^;.]{0,160}?\bissued\s+(?:from\s+time\s+to\s+time\s+)?by\s+(?:the\s+)?"
    r"(?P<by>[A-Z][\w&'\u2019-]*(?:,?\s+(?:(?:of|and|&)\s+)?[A-Z][\w&'\u2019.-]*){0,8})"
    r"(?P<rest>[^;]{0,240})"
)
#: the definition says they are issued under the agreement defining them, or gives their form
#: as its annex or exhibit ("... in a stated amount of $2,750,000, substantially in the form of
#: Annex 1": a reimbursement agreement's own letter of credit)
_UNDER_THIS = re.compile(
    r"(?i)\bpursuant\s+to\s+(?:this\s+agreement|the\s+terms\s+hereof|section|article)"
    r"|\bhereunder\b|\bunder\s+this\s+agreement\b"
    r"|\bin\s+the\s+form\s+of\s+(?:Annex|Exhibit)\s+[\w-]{1,4}\b(?:\s+(?:hereto|attached))?"
    r"(?!\s+(?:to|of)\s+(?:the|that|such)\b)"
)


#: the title of the class of letters of credit an agreement provides for, not of one of them:
#: "Letter of Credit", "Commercial Letter of Credit" (an application form's heading)
_GENERIC_LC = re.compile(
    r"(?:(?:commercial|standby|stand-by|trade|documentary|irrevocable|sight)\s+)?letter of credit"
)


def _defined_issuer(ctx: DocContext, lo: int, sentence: str) -> tuple[list[str], bool, bool] | None:
    """The issuer a definition of "Letter of Credit" names (a bank named nowhere else made a
    party: "issued by Harbor Bank Limited, Lisbon Branch"), whether it says they are issued
    under the defining agreement, and whether it says they secure the deal's obligations;
    None when the sentence is no such definition."""
    d = _LC_DEFINED.match(sentence)
    if d is None:
        return None
    # "Harbor Bank Limited, Lisbon Branch" is one bank, another branch than the Lender's
    name = re.split(
        r",(?!\s+(?:[A-Z][\w-]*\s+){1,3}Branch\b)|\s+(?:for|pursuant|under|as|to|in|on)\s", d["by"]
    )[0]
    by = parties_named(ctx, name)
    if not by and is_org_name(name) and len(name.split()) > 2:
        start = lo + d.start("by")
        by = [add_party(ctx, name, start, start + len(name), kind="organization")]
    return by, bool(_UNDER_THIS.search(d["rest"])), bool(SUPPORTS.search(d["rest"]))


def extract_letters_of_credit(ctx: DocContext, lo: int, sentence: str) -> None:
    """The party a sentence says issues letters of credit ISSUES the agreement's "Letters of
    Credit", which are ISSUED_UNDER the agreement providing for them (the document's own, the
    one an amendment or guaranty concerns, or the one it defines as "Agreement"). Evidence: the
    sentence."""
    m = _ISSUE_LC.search(sentence)
    defined = _defined_issuer(ctx, lo, sentence)
    if defined is not None:
        by, under_own, secures = defined
        if len(by) == 1:
            lcs = relate_letters_of_credit(ctx, lo, sentence, by[0], under_own)
            if (face := face_amount(sentence)) is not None:
                # the amount the one letter of credit a definition describes is drawable for
                props: dict[str, PropValue] = {"amount": face.plain, "currency": face.currency}
                ctx.collector.add(lcs, "Instrument", trimmed(ctx, lo, lo + len(sentence)), props)
            if secures and (deal := secured_agreement(ctx)) is not None:
                evidence = trimmed(ctx, lo, lo + len(sentence))
                ctx.collector.relate("SECURES", lcs, deal, evidence)
                for procurer in _procurers(ctx, sentence, deal):
                    ctx.collector.relate("SECURES", procurer, deal, evidence)
        return
    if m is None:
        return
    # the words after the verb, where a clause that ends the issuing says so ("... to issue
    # Letters of Credit hereunder shall terminate")
    before, after = sentence[: m.start()], sentence[m.end() : m.end() + 120]
    if not _LC_PROMISED.search(before) or _LC_REFUSED.search(before) or _LC_ENDED.match(after):
        return
    if _LC_SUCCESSION.search(before) or _LC_SUCCESSION.match(after):
        return
    issuers = issuers_before(ctx, sentence, m.start())
    if len(issuers) != 1:
        return
    relate_letters_of_credit(ctx, lo, sentence, issuers[0], True)


def _procurers(ctx: DocContext, sentence: str, deal: str) -> list[str]:
    """The company a credit-support letter of credit's definition says procured it ("procured
    by the Parent in favor of the Lender"), when it is no party to the agreement it secures:
    it stands behind that agreement's debt; [] otherwise."""
    m = PROCURED_BY.search(sentence)
    if m is None:
        return []
    term = m["by"]
    refs = parties_named(ctx, term) or company_for_term(ctx, term)
    if len(refs) != 1:
        return []
    signed = {
        r.source
        for r in ctx.collector.relations.values()
        if r.type == "PARTY_TO" and r.target == deal
    }
    return [] if refs[0] in signed else refs


def issuers_before(ctx: DocContext, sentence: str, at: int) -> list[str]:
    """The parties the clause running up to ``at`` (its verb "issue") names as the issuer: the
    one it names with its capacity as issuer, else the nearest capitalised name that is not a
    role letters of credit are issued for."""
    # the issuer is named in the clause that issues, not in an earlier item of a list ("to
    # refinance indebtedness to X; ... (iv) for general purposes, ..., issuing letters of credit")
    clause = sentence.rfind(";", 0, at) + 1
    # "Acme Bank, in its capacity as issuer of any Letter of Credit ..., in reliance on the
    # other Lenders, agrees to issue": the subject its capacity names, not the nearest name
    if by_capacity := capacity_issuer(ctx, sentence[clause:at]):
        return by_capacity
    words = re.findall(r"[A-Za-z][\w'\u2019&.-]*", sentence[clause:at])
    for i in range(len(words) - 1, -1, -1):
        chunk = " ".join(words[max(0, i - 3) : i + 1])  # a name of up to four words
        if not words[i][0].isupper() or _LC_APPLICANT.match(words[i]):
            continue
        issuers = [r for r in subject_before(ctx, chunk) if r]
        if issuers:
            return issuers
    return []


def relate_letters_of_credit(
    ctx: DocContext, lo: int, sentence: str, issuer: str | None, under_own: bool
) -> str:
    """The issuer ISSUES the document's "Letters of Credit" (one node, returned), ISSUED_UNDER
    the agreement providing for them (:func:`.provided_under.letters_of_credit_under`) when
    ``under_own``; with no issuer (a class of issuers no party is named as) only the latter.
    Evidence: the sentence."""
    existing = generic_letters_of_credit(ctx)
    evidence = trimmed(ctx, lo, lo + len(sentence))
    lcs = existing[0] if existing else "instrument:letters-of-credit"
    props: dict[str, PropValue] = {"title": "Letters of Credit", "kind": "letter_of_credit"}
    ctx.collector.add(lcs, "Instrument", evidence, props, ("Letter of Credit",))
    if issuer is not None:
        ctx.collector.relate("ISSUES", issuer, lcs, evidence)
    if under_own and (agr := letters_of_credit_under(ctx)) is not None:
        ctx.collector.relate("ISSUED_UNDER", lcs, agr, evidence)
    return lcs


def generic_letters_of_credit(ctx: DocContext) -> list[str]:
    """The instruments that are the class of letters of credit the document provides for
    ("Letters of Credit", "Standby Letters of Credit"), not one letter of credit of them."""
    return [
        ref
        for ref, e in ctx.collector.entities.items()
        if e.label == "Instrument"
        and (
            _GENERIC_LC.fullmatch(norm_term(singular(str(e.props.get("title") or ""))))
            # "Standby Letters of Credit and Commercial Letters of Credit" (the "Letters of
            # Credit"): the class a term names together
            or any(_GENERIC_LC.fullmatch(_one_letter(a)) for a in e.aliases)
        )
    ]


def _one_letter(name: str) -> str:
    """ "Letters of Credit" read as the class's singular, "letter of credit"."""
    return re.sub(r"\bletters\b", "letter", norm_term(name))
