"""Letters of credit a credit agreement provides for under a term of its own: "The LC Issuer
hereby agrees ... to issue standby letters of credit (each, a "Facility LC")", "the Issuing
Bank will issue letters of credit (each an "L/C")". The issuer ISSUES the instrument the term
names, ISSUED_UNDER the agreement.

Separate from :mod:`.defined_letters_of_credit`, whose offer reads only a parenthesis naming
them "Letter(s) of Credit": here the term is the agreement's own coinage, so the instrument
takes that title (the class the agreement then calls by it) instead of the generic one.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.relations.defined_letters_of_credit import termed_letters
from ingest.relations.letters_of_credit import issuers_before
from ingest.relations.slots import labelled, trimmed
from ingest.rules import passage, rule

_LC = r"letters?\s+of\s+credit"
_KINDS = r"(?:(?:standby|stand-by|commercial|documentary|trade|irrevocable|and|or)\s+){0,4}"

TERMED_OFFER = rule(
    "relations.letters_of_credit.termed_offer",
    r"(?i)\b(?:will|shall|agrees?|agreed)\b(?P<between>[^.;\"\u201c]{0,120}?)\bto\s+issue\s+"
    + _KINDS
    + _LC
    + r"\s*\(\s*(?:each|individually|herein)[^()\"\u201c\u201d]{0,30}?[\"\u201c]"
    r"(?P<term>(?-i:[A-Z][\w/-]*)(?:\s+(?-i:[A-Z][\w/-]*)){0,3})[\"\u201d]",
    reads="a promise to issue letters of credit that names each by a term of the agreement's "
    "own ('(each, a \"Facility LC\")'): the issuer is the party before the verb",
    matches=[
        passage(
            "The Fronting Bank hereby agrees, on the terms and conditions set forth in this "
            'Agreement, to issue standby letters of credit (each, a "Revolver LC") for the '
            "account of the Company.",
            term="Revolver LC",
        ),
        passage(
            "The Issuing Lender agrees to issue letters of credit (each an \u201cL/C\u201d) "
            "from time to time.",
            term="L/C",
        ),
    ],
    rejects=[
        # the generic term: defined_letters_of_credit's
        'The Bank agrees to issue standby letters of credit (each, a "Letter of Credit").',
        # refused or only referred to
        "The Bank shall not be obliged to issue letters of credit for any Subsidiary.",
        'letters of credit issued by the Bank (each, an "Existing LC")',
    ],
)

#: the verb is refused between the modal and "issue"
_NOT = re.compile(r"(?i)\bnot\b|\bno\s+(?:obligation|longer)\b|\b(?:decline|refuse)\w*")
#: a term that is the generic one, read elsewhere
_GENERIC = re.compile(r"(?i)letters?\s+of\s+credit")


def extract_termed_letters_of_credit(ctx: DocContext, lo: int, sentence: str) -> None:
    """ISSUES and ISSUED_UNDER of the letters of credit a promise names by a term of its own
    (see the module doc); only with one issuer and an own agreement. Evidence: the sentence."""
    m = TERMED_OFFER.search(sentence)
    if m is None or _NOT.search(m["between"]) or _GENERIC.fullmatch(m["term"]):
        return
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    if own is None or own.label != "Agreement" or ctx.self_ref is None:
        return
    issuers = labelled(ctx, issuers_before(ctx, sentence, m.start("between")), "Party")
    if len(issuers) != 1:
        return
    evidence = trimmed(ctx, lo, lo + len(sentence))
    ref = termed_letters(ctx, evidence, m["term"], issuers[0])
    ctx.collector.relate("ISSUED_UNDER", ref, ctx.self_ref, evidence)
