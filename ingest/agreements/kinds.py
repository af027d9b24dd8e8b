"""The kind of agreement or instrument a title names (``graph.schema`` kinds),
its amendment number ("Second Amendment" -> 2), and a title in title case.
"""

from __future__ import annotations

import re

from ingest.amounts import ORDINAL_WORDS
from ingest.names import clean_name

#: (pattern on the lower-case title, label, kind), first match wins.
_KINDS: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (re.compile(p), label, kind)
    for p, label, kind in (
        # "Amendment to Promissory Note"; "Amendments to Loan Agreement and Promissory Note"
        # amends an agreement as well: an agreement
        (
            r"\bamendments?\b(?!.*\bagreement\b).*\b(?:note|debenture|warrant)s?\b$",
            "Instrument",
            "amendment",
        ),
        (
            r"\bamendments?\b|\bsupplement(?:al)?\s+agreement|\bextension\s+agreement"
            r"|\bmodification\s+agreement|\baddendum\b"
            # the English names: "Deed of Variation", "Variation Agreement", "Amending Deed"
            r"|\bdeed\s+of\s+variation\b|\bvariation\s+(?:agreement|deed)\b"
            r"|\bamending\s+(?:agreement|deed)\b",
            "Agreement",
            "amendment",
        ),
        (r"\bwaiver\b|\bforbearance\b", "Agreement", "waiver"),
        (r"\bconsent\b", "Agreement", "consent"),
        # "Joinder Agreement", "Joinder to Credit Agreement": a company joins another agreement
        (r"\bjoinder\b", "Agreement", "joinder"),
        (r"\bregistration\s+rights\b", "Agreement", "registration_rights"),
        # "Credit and Guaranty Agreement", "Credit and Security Agreement": a facility first
        (
            r"\bcredit\s+(?:facility\s+|and\s+(?:guarant(?:y|ee)|security)\s+)?agreement",
            "Agreement",
            "credit_agreement",
        ),
        (r"\bloan\b.*\bagreement\b", "Agreement", "loan_agreement"),
        # "Facility Agreement", "Term Facilities Agreement": a credit agreement's English name
        (r"\bfacilit(?:y|ies)\s+agreement", "Agreement", "credit_agreement"),
        (r"\bwarrant\s+agreement", "Agreement", "warrant_agreement"),
        (r"\bpurchase\s+agreement|\bsubscription\s+agreement", "Agreement", "purchase_agreement"),
        (r"\bpledge\b", "Agreement", "pledge_agreement"),
        (r"\bsecurity\s+agreement|\bcollateral\s+agreement", "Agreement", "security_agreement"),
        (r"\bsubordination\b|\bintercreditor\b", "Agreement", "subordination_agreement"),
        (r"\bguarant(?:y|ee)\b", "Agreement", "guaranty"),
        (r"\blease\b", "Agreement", "lease"),
        (r"\blicen[cs]e\b", "Agreement", "license_agreement"),
        (r"\bsupply\b", "Agreement", "supply_agreement"),
        (r"\bservices?\s+agreement", "Agreement", "services_agreement"),
        (r"\bemployment\b", "Agreement", "employment_agreement"),
        (
            r"\bmerger\b|\bplan\s+of\s+(?:reorganization|share\s+exchange|arrangement|amalgamation)\b",
            "Agreement",
            "merger_agreement",
        ),
        # "First Supplemental Indenture": the deed that creates a series of notes or adds
        # guarantors under a base indenture, never the notes
        (r"\bsupplemental\s+indenture\b", "Agreement", "supplemental_indenture"),
        (r"\bdebentures?\b", "Instrument", "debenture"),
        (r"\bwarrants?\b", "Instrument", "warrant"),
        # "Standby Letter of Credit Reimbursement Agreement", "Letter of Credit Master Agreement":
        # the agreement under which letters of credit are issued, never one of them
        (r"\breimbursement\s+agreement\b", "Agreement", "reimbursement_agreement"),
        (r"\bletters?\s+of\s+credit\b.*\bagreement\b", "Agreement", "letter_of_credit_agreement"),
        (r"\bletter\s+of\s+credit\b", "Instrument", "letter_of_credit"),
        (r"\bnotes?\b", "Instrument", "note"),
        (r"\bbonds?\b", "Instrument", "bond"),
        # a security instrument on land: "Mortgage", "Deed of Trust", "Deed to Secure Debt"
        (
            r"^(?:[\w&/,\-]+\s+){0,4}?(?:mortgage|deeds?\s+of\s+trust|deed\s+to\s+secure\s+debt)\b",
            "Agreement",
            "security_agreement",
        ),
        # "MEMORANDUM OF UNDERSTANDING", "GENERAL TERMS AND CONDITIONS" (never "the attached
        # terms and conditions" a legend speaks of), "JOINT FILING STATEMENT": agreements by
        # their preamble or their "the undersigned agree", named otherwise
        (
            r"\bagreement\b|\bcontract\b|\bindenture\b|\bmemorandum\s+of\s+understanding\b"
            r"|\bjoint\s+filing\s+statement\b"
            r"|^(?!(?:the|these|such|attached|following|other)\b)(?:[\w&/\-]+\s+){0,10}terms\s+and"
            r"\s+conditions$",
            "Agreement",
            "agreement",
        ),
    )
)
NOT_AGREEMENT = re.compile(r"\b(?:plan|certificate|opinion|letter|resolutions?)\b$")
#: "WARRANT CERTIFICATE", "Common Stock Purchase Warrant Certificate": a warrant's own text
WARRANT_CERTIFICATE = re.compile(r"\bwarrants?\s+certificate$")
#: "Second Amendment": ordinal words, the way amendments are numbered.
ORDINALS = {w: i for i, w in enumerate(ORDINAL_WORDS, 1)}
_SMALL = frozenset(
    ["a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"]
)

#: What joins the parts of a compound word in a title: a hyphen or a slash.
_COMPOUND = re.compile(r"([-/])")


#: A defined term a heading line carries: 'SUPPLY AGREEMENT (the "Agreement")'.
_DEFINED_AFTER = re.compile(r"\s*\((?:the|this)?\s*[\"“][^()]*\)$", re.IGNORECASE)


def title_case(title: str) -> str:
    """ "AMENDMENT NO. 2 TO LOAN AGREEMENT" -> "Amendment No. 2 to Loan Agreement"; mixed-case
    titles are kept as written."""
    t = _DEFINED_AFTER.sub("", clean_name(title))
    qualifier = re.search(r"\s*\([^()]*\)$", t)  # "(Exclusive)", "(FORM)": kept as written
    base, tail = (t[: qualifier.start()], qualifier.group()) if qualifier else (t, "")
    # mixed case is kept, but not for the connectors a heading in capitals sets in lower case
    # ("AMENDMENT NO. 2 to CREDIT AGREEMENT")
    if any(c.islower() for w in base.split(" ") if w not in _SMALL for c in w):
        return t
    words = base.split(" ")
    out = []
    for i, w in enumerate(words):
        if re.fullmatch(r"[IVX]{1,4}", w) and i:  # "ADDENDUM II"
            out.append(w)
            continue
        # each part of a compound is a word: "CO-BRANDING" -> "Co-Branding", "364-DAY" ->
        # "364-Day", "VIDEO-ON-DEMAND" -> "Video-on-Demand", "DISTRIBUTION/RESELLER"
        parts = _COMPOUND.split(w)
        out.append(
            "".join(
                part if j % 2 else _word_case(part, first=i == 0 and j == 0, inner=j > 0)
                for j, part in enumerate(parts)
            )
        )
    return " ".join(out) + tail


def _word_case(word: str, first: bool, inner: bool = False) -> str:
    """One word of a title set in capitals, in title case: a connector ("of", "and") in lower
    case unless it opens the title; a letter closing a compound is a label ("NOTE-A", "2-A"),
    never the article."""
    lw = word.lower()
    if inner and len(lw) == 1:
        return lw.upper()
    return lw if not first and lw in _SMALL else lw[:1].upper() + lw[1:]


def classify(title: str) -> tuple[str, str] | None:
    """(label, kind) for a title; None when it names no agreement (a plan, a letter)."""
    t = re.sub(r"\s*\([^()]*\)$", "", clean_name(title).lower())  # a qualifier: "(Exclusive)"
    if WARRANT_CERTIFICATE.search(t):
        return "Instrument", "warrant"  # the certificate is the warrant, not a certificate of facts
    if NOT_AGREEMENT.search(t):
        return None
    for pattern, label, kind in _KINDS:
        if pattern.search(t):
            return label, kind
    return None
