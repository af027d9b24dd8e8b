"""One pass over a document's sentences, then its roles: every relation reader in order.

Exists so the order of the readers (later ones read what earlier ones added: the roles are
read after the sentences, the lenders signing as a class before their class waivers are
given) is written in one place, and so each sentence reader runs only where its verb is.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections.abc import Iterator

from ingest.context import DocContext
from ingest.relations.agreements_between import extract_agreement_between
from ingest.relations.commitments_below_blocks import extract_commitments_below
from ingest.relations.conveyances import extract_conveyances
from ingest.relations.defined_executed_documents import extract_defined_executed_documents
from ingest.relations.defined_letter_agreements import extract_defined_letter_agreement
from ingest.relations.defined_letters_of_credit import (
    extract_deemed_letters_of_credit,
    extract_defined_letters_of_credit,
)
from ingest.relations.defined_notes_of import extract_defined_indentures, extract_defined_notes_of
from ingest.relations.defined_notes_to_by import extract_defined_notes_to_by
from ingest.relations.defined_securities import extract_defined_securities
from ingest.relations.delivered_agreements import extract_delivered_agreements
from ingest.relations.delivered_grants import extract_delivered_grants
from ingest.relations.delivered_securities import extract_delivered_securities
from ingest.relations.designated_series import extract_designated_series
from ingest.relations.documents_given_from_to import extract_documents_given_from_to
from ingest.relations.entered_security_documents import extract_entered_security_documents
from ingest.relations.executed_documents import extract_executed_documents
from ingest.relations.executed_guaranties import extract_executed_guaranty
from ingest.relations.executed_then_defined import extract_executed_then_defined
from ingest.relations.given_security_documents import extract_given_security_documents
from ingest.relations.granting_documents import extract_granting_documents
from ingest.relations.grants_under_documents import extract_grants_under_documents
from ingest.relations.guaranty_beneficiary import extract_guaranty_beneficiary
from ingest.relations.guaranty_from import extract_guaranty_from
from ingest.relations.guaranty_parties import extract_guaranty_parties
from ingest.relations.held_security_interests import extract_held_security_interests
from ingest.relations.instrument_roles import extract_certificate_holder, extract_instrument_roles
from ingest.relations.issuance import (
    extract_defined_issued,
    extract_issuance,
    extract_purchase,
    extract_tranches,
)
from ingest.relations.issued_notes import (
    extract_issued_by_to,
    extract_issued_then_to,
    extract_proposed_issue,
    extract_sold_to_unnamed,
    extract_subscription,
)
from ingest.relations.issued_under import ISSUED_UNDER_CUES, SECURITY_CUES, extract_issued_under
from ingest.relations.issuer_capacities import extract_issuer_capacity
from ingest.relations.joinders import extract_joinders
from ingest.relations.lending import extract_lending
from ingest.relations.letters_of_credit import extract_letters_of_credit
from ingest.relations.listed_security_documents import extract_listed_security_documents
from ingest.relations.named_letters_of_credit import extract_named_letters_of_credit
from ingest.relations.note_owners import (
    extract_capitals_note,
    extract_delivered_to,
    extract_endorsement,
    extract_holder_caption,
    extract_made_by,
    extract_note_assignment,
    extract_stated_owners,
)
from ingest.relations.notes_one_per_lender import extract_notes_one_per_lender
from ingest.relations.numbered_letters_of_credit import extract_numbered_letters_of_credit
from ingest.relations.party_roles import read_roles
from ingest.relations.promises import extract_promises
from ingest.relations.purchaser_schedules import extract_purchaser_schedules
from ingest.relations.rated_issues import extract_rated_issues
from ingest.relations.recited_collateral import extract_recited_collateral
from ingest.relations.references import extract_remaining_references
from ingest.relations.restated_notes import extract_restated_notes
from ingest.relations.role_guaranty import extract_role_guaranty
from ingest.relations.role_lending import (
    add_clause_borrowers,
    add_signing_borrowers,
    extract_loan_notes,
    extract_role_lending,
    extract_signed_lending,
)
from ingest.relations.schedule_holders import extract_schedule_holders
from ingest.relations.secured_by_document import extract_given_to_secure
from ingest.relations.secured_by_lists import extract_secured_by_lists
from ingest.relations.security import SECURITY_CUE, extract_guaranteed_notes, extract_security
from ingest.relations.security_documents import extract_security_documents
from ingest.relations.security_for_notes import extract_security_for_notes
from ingest.relations.security_grants import extract_security_grants
from ingest.relations.security_instrument_lists import extract_security_instrument_lists
from ingest.relations.subscription_pages import extract_subscription_pages
from ingest.relations.termed_letters_of_credit import extract_termed_letters_of_credit
from ingest.relations.waivers import (
    ClassWaiver,
    extract_class_waivers,
    extract_waivers,
    following_sentence,
)
from ingest.roles import signings

_ABBREV = re.compile(
    r"(?:\b(?:Inc|Corp|Co|Ltd|No|Nos|St|Mr|Ms|Dr|Jr|Sr|N\.A|U\.S|L\.P|L\.L\.C|S\.A)|\b[A-Z])$"
)


#: A page break inside a sentence: the filing's page mark ("<PAGE>", "<PAGE> 12") between blank
#: lines, after a word or a comma and before a word in lower case ("delivered by the Borrower
#: for the account of each Lender and" / "<PAGE>" / "payable to the order of a Lender"): the
#: sentence goes on over it.
_PAGE_INSIDE = re.compile(
    r"(?<=[A-Za-z0-9,])[ \t]*\n[ \t]*\n[ \t]*<PAGE>[^\n]*\n(?:[ \t]*\n)+(?=[ \t]*[a-z])"
)


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """Sentence offsets: a period (not after an abbreviation) or a blank line ends one (never
    the blank lines around a page mark inside a sentence)."""
    start = 0
    inside = [(m.start(), m.end()) for m in _PAGE_INSIDE.finditer(text)]
    for m in re.finditer(r"\.(?=\s+[\"\u201c(]?[A-Z0-9])|\n[ \t]*\n", text):
        if m.group(0) == "." and _ABBREV.search(text[max(0, m.start() - 6) : m.start()]):
            continue
        if m.group(0) != "." and _within(m.start(), inside):
            continue
        end = m.end()
        if text[start:end].strip():
            yield start, end
        start = end
    if text[start:].strip():
        yield start, len(text)


def _within(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``pos`` falls in one of the sorted, disjoint ``spans``."""
    i = bisect_right(spans, (pos, sys.maxsize)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def extract_relations(ctx: DocContext) -> None:
    """LENDS_TO, ISSUES, HOLDS, ISSUED_UNDER, SECURES, WAIVES and REFERENCES from ``ctx``."""
    text = ctx.text
    spans = list(sentences(text))
    by_class: list[ClassWaiver] = []
    for lo, hi in spans:
        sentence = text[lo:hi]
        # the cues are read with the line breaks of a hard-wrapped page as spaces ("made by\n
        # Seabright Fabrication Co."): a cue of two words may wrap between them
        low = " ".join(sentence.split()).lower()
        # Each reader runs only where its verb is written: most sentences have none of them.
        if "promise" in low:
            extract_promises(ctx, lo, sentence)
        if any(w in low for w in ("borrow", "loan", "advance", "credit", "debt", "lend")):
            extract_lending(ctx, lo, sentence)
        if "%" in sentence and any(w in sentence for w in ("Note", "Debenture", "Bond")):
            extract_rated_issues(ctx, lo, sentence)
        if "issued by" in low and "mean" in low:
            extract_defined_issued(ctx, lo, sentence)
            extract_defined_securities(ctx, lo, sentence)
        if "mean" in low and " of " in low:
            extract_defined_notes_of(ctx, lo, sentence)
        if " to " in low and " by " in low and "mean" in low:
            extract_defined_notes_to_by(ctx, lo, sentence)
        if "mean" in low and any(w in low for w in ("purchaser", "buyer", "investor", "subscri")):
            extract_delivered_securities(ctx, lo, sentence)
        if "issue" in low or "sold" in low or "sell" in low or "and delivered to" in low:
            extract_issuance(ctx, lo, sentence)
            extract_tranches(ctx, lo, sentence)
            extract_issued_by_to(ctx, lo, sentence)
            extract_issued_then_to(ctx, lo, sentence)
            extract_proposed_issue(ctx, lo, sentence)
            extract_sold_to_unnamed(ctx, lo, sentence)
        if "letter" in low and "issu" in low:
            extract_letters_of_credit(ctx, lo, sentence)
            extract_defined_letters_of_credit(ctx, lo, sentence)
            extract_termed_letters_of_credit(ctx, lo, sentence)
            extract_named_letters_of_credit(ctx, lo, sentence)
            extract_issuer_capacity(ctx, lo, sentence)
        if "deemed" in low and "issu" in low:
            extract_deemed_letters_of_credit(ctx, lo, sentence)
        if "designated" in low and "series" in low:
            extract_designated_series(ctx, lo, sentence)
        if "letter of credit n" in low or "letter of credit #" in low:
            extract_numbered_letters_of_credit(ctx, lo, sentence)
        if " of " in low and ("maker" in low or "holder" in low or "owner" in low):
            extract_stated_owners(ctx, lo, sentence)
        if "subscribe" in low:
            extract_subscription(ctx, lo, sentence)
        if " by " in low and ("made" in low or "executed" in low or "issued" in low):
            extract_made_by(ctx, lo, sentence)
        if "delivered to" in low and "note" in low:
            extract_delivered_to(ctx, lo, sentence)
        if "that certain" in low and "NOTE" in sentence:
            extract_capitals_note(ctx, lo, sentence)
        if "right, title and interest" in low:
            extract_note_assignment(ctx, lo, sentence)
        if "pay to the order of" in low:
            extract_endorsement(ctx, lo, sentence)
        if "purchased from" in low or "bought from" in low or "acquired from" in low:
            extract_purchase(ctx, lo, sentence)
        if any(w in low for w in ISSUED_UNDER_CUES) and any(w in low for w in SECURITY_CUES):
            extract_issued_under(ctx, lo, sentence)
        if "secured" in low or "guarant" in low or SECURITY_CUE.search(low):
            extract_security(ctx, lo, sentence)
            extract_recited_collateral(ctx, lo, sentence)
            extract_security_grants(ctx, lo, sentence)
            extract_secured_by_lists(ctx, lo, sentence)
            extract_held_security_interests(ctx, lo, sentence)
            extract_guaranty_beneficiary(ctx, lo, sentence)
            extract_guaranty_from(ctx, lo, sentence)
        if "execute" in low and ("granting" in low or "pledging" in low or "creating" in low):
            extract_delivered_grants(ctx, lo, sentence)
        if "executed" in low and " by " in low and ("secur" in low or "guarant" in low):
            extract_defined_executed_documents(ctx, lo, sentence)
        if "executed" in low and ")" in sentence:
            extract_executed_then_defined(ctx, lo, sentence)
        if "shall have" in low and "guarant" in low:
            extract_executed_guaranty(ctx, lo, sentence)
        if "ent" in low and "into" in low and "security interest" in low:
            extract_entered_security_documents(ctx, lo, sentence)
        if " by " in low and (
            "secur" in low or "guarant" in low or "pledge" in low or "mortgage" in low
        ):
            extract_given_security_documents(ctx, lo, sentence)
        if "security for" in low:
            extract_security_for_notes(ctx, lo, sentence)
        if "secured by" in low and ("granting" in low or "encumbering" in low or "covering" in low):
            extract_granting_documents(ctx, lo, sentence)
        if " which " in low and ("security interest" in low or "lien" in low):
            extract_grants_under_documents(ctx, lo, sentence)
        if "executed and delivered to" in low:
            extract_delivered_agreements(ctx, lo, sentence)
        if "becom" in low or "made a party" in low:
            extract_joinders(ctx, lo, sentence)
        if "secur" in low and ("convey" in low or "mortgage" in low):
            extract_conveyances(ctx, lo, sentence)
        if "secur" in low and ("given" in low or "purpose" in low or "this" in low):
            extract_given_to_secure(ctx, lo, sentence)
        if "agreement" in low and "between" in low and "mean" in low:
            extract_agreement_between(ctx, lo, sentence)
        if "letter" in low and "mean" in low and ("among" in low or "between" in low):
            extract_defined_letter_agreement(ctx, lo, sentence)
        if ("restate" in low or "substitution" in low or "replace" in low) and "note" in low:
            extract_restated_notes(ctx, lo, sentence)
        if "waive" in low:
            extract_waivers(ctx, lo, sentence, following_sentence(text, hi), by_class)
    extract_schedule_holders(ctx)
    extract_defined_indentures(ctx)
    extract_purchaser_schedules(ctx)
    # the parties' roles are read once (these three add no PARTY_TO), then turned into edges
    signed = signings(ctx)
    roles = read_roles(ctx, signed)
    add_clause_borrowers(ctx, roles, signed)
    add_signing_borrowers(ctx, roles, signed)
    extract_role_lending(ctx, roles, signed)
    lenders = extract_signed_lending(ctx, roles, signed)
    extract_commitments_below(ctx, signed)
    extract_class_waivers(ctx, by_class, lenders)
    guarantors = extract_role_guaranty(ctx, roles, signed)
    extract_security_documents(ctx)
    extract_listed_security_documents(ctx)
    extract_documents_given_from_to(ctx)
    extract_security_instrument_lists(ctx)
    extract_executed_documents(ctx)
    extract_loan_notes(ctx, roles, lenders)
    extract_notes_one_per_lender(ctx, roles, lenders)
    extract_instrument_roles(ctx, roles)
    extract_subscription_pages(ctx)
    extract_certificate_holder(ctx)
    extract_holder_caption(ctx)
    extract_remaining_references(ctx)
    # last: the guaranties any reader named are known by now
    extract_guaranty_parties(ctx, guarantors, {p: held for p, (held, _) in roles.items()})


def extract_note_guaranties(ctx: DocContext) -> None:
    """SECURES from guaranties to the notes they guarantee: a pipeline step of its own, after
    the notes attached as exhibits are read (see :func:`extract_guaranteed_notes`)."""
    extract_guaranteed_notes(ctx, list(sentences(ctx.text)))
