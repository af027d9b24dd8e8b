"""The operation finder: every clause of the text (or of an appended amendment's body) that
changes a provision, with its targets, action, operative words and new wording, as
:class:`Operation` records before they are attached to refs. It walks the operative phrases
(:mod:`.operative`) and their targets (:mod:`.targets`), the lists of instructions
(:mod:`.instructions`) and the new wordings (:mod:`.wording`, :mod:`.definitions`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.changes.added_at_end import joined_provision
from ingest.changes.agreement_object import AMEND_AGREEMENT_BY
from ingest.changes.alphabetical_insertions import TERMS_ADDED, inserts_definitions
from ingest.changes.attached_each import each_attached
from ingest.changes.change_tables import table_changes
from ingest.changes.clause_parts import (
    Clause,
    colon_of,
    edits_before_new_part,
    inner_targets,
    labelled_addition,
    new_numbered,
)
from ingest.changes.clauses import clause_end, clause_start, mask
from ingest.changes.definition_swaps import DEFINITION_SWAP
from ingest.changes.definitions import block_definitions, pieces_per_target
from ingest.changes.following_blocks import (
    AND_BY_LINE,
    MEANINGS_GIVEN,
    TERMS_RESTATED,
    cut_at_by_item,
    deleted_sections,
    deletes_listed_terms,
    following_definitions,
    listed_terms_end,
    meanings_blocks,
)
from ingest.changes.furniture import trim_furniture
from ingest.changes.held_references import (
    QUOTED_WORDS_BEFORE,
    REFERENCE_BEFORE,
    changes_held_words,
    held_first,
    holder_after_words,
    part_first,
    reference_held,
)
from ingest.changes.imperatives import imperative_changes
from ingest.changes.inline_items import cut_at_next_item
from ingest.changes.inline_lettered_items import cut_at_next_letter
from ingest.changes.instructions import (
    ADD_FOLLOWING,
    ADDS_FOLLOWING,
    AND_REPLACING,
    BY_ITEM,
    BY_OBJECT,
    DELETED_DEFINITIONS,
    DELETES_ONLY,
    DELETES_PART,
    INSTRUCTION,
    INTO_SECTION,
    ITEM_START,
    LIST_SPAN,
    OBJECT_AFTER,
    QUOTED_RE,
    RECITAL,
    REFERENCE_TO,
    Scope,
    inherit,
    list_end,
    numbered_parts,
)
from ingest.changes.joiners import cut_joiner
from ingest.changes.near_misses import INSERTED_AFTER_PART, hedged, promised, withdraws_other
from ingest.changes.operative import (
    ACTIVE,
    ADDED_PART,
    AS_FOLLOWS,
    DEFINITIONS_ADDED,
    DEFINITIONS_LISTED,
    MADE_TO,
    PART_NAMED,
    PART_OF,
    PARTIAL,
    PASSIVE,
    SUBJECT_GAP,
    SUBJECT_NAME,
    action_of,
)
from ingest.changes.paragraph_items import paragraph_runs
from ingest.changes.quotes import DEFINITION_START, quoted_term
from ingest.changes.sentence_items import (
    ITEM_VERB,
    Run,
    cut_at_next,
    end_before_next,
    item_runs,
    item_starts,
    lead_in_end,
)
from ingest.changes.subjects import SUBJECT_GAP_MORE, past_qualifier
from ingest.changes.targets import TARGET, Target, named_agreement, targets_at
from ingest.changes.term_meanings import term_meanings
from ingest.changes.unquoted_values import VALUE_STATED
from ingest.changes.wording import (
    attached_wording,
    block_after_colon,
    new_wording,
    unquote,
    whole_or_part,
)
from ingest.list_labels import Paragraphs
from ingest.structure.analysis import analyze


@dataclass(frozen=True, slots=True)
class Operation:
    """One change found in the text, before it is attached to refs."""

    targets: tuple[Target, ...]
    action: str
    clause: tuple[int, int]  # the operative words, the evidence of the change
    new_text: tuple[int, int] | None
    agreement_name: str | None  # "Credit Agreement" in "of the Credit Agreement"


def find_operations(text: str, bounds: tuple[int, int] | None = None) -> list[Operation]:
    """Every amendment operation in the document's main body (not its exhibits), or between
    ``bounds`` (the body of an amendment appended after another agreement's signatures)."""
    body_start, body_end = _body(text, bounds)
    if body_end <= body_start:
        return []
    masked = mask(text)
    walk = _Walk(text, masked, Paragraphs(text, body_start, body_end), body_start, body_end)
    # (and those set out one to a paragraph under "is hereby amended by:")
    walk.runs = sorted(
        item_runs(masked, body_start, body_end) + paragraph_runs(masked, body_start, body_end),
        key=lambda r: r.items[0],
    )
    anchors, made = _anchors(masked, body_start, body_end, item_starts(walk.runs))
    for a_start, a_end, kind in anchors:
        if not walk.free(a_start, a_end) or _in_recital(walk, a_start):
            continue
        if kind in ("passive", "active", "value") and hedged(masked, a_start, a_end):
            # "may be amended only by a writing", "shall not agree to amend Section 6": about
            # amending, no change
            continue
        if kind == "active" and promised(masked, a_start):
            continue  # "Neither party shall agree to amend Section 6": a covenant
        clause_from = clause_start(masked, a_start, body_start)
        clause_to = clause_end(masked, a_end, body_end)
        lead_to = lead_in_end(masked, walk.runs, a_start, clause_to)
        # "is hereby amended by" ends before "(i) adding ...; (ii) ...", and each item before
        # the next
        clause_to = lead_to or end_before_next(walk.runs, text, a_start, clause_to)
        if kind == "made":
            if masked[clause_to - 1 : clause_to] == ":":
                # the items below change the agreement the lead-in names, "thereto"
                walk.scope(clause_to, a_start, [], made[a_start], lead=True)
            continue
        clause_from, found, name = _subject(walk, kind, a_start, a_end, clause_from, clause_to)
        found = [t for t in found if not (t.section or "").startswith("(")]
        if lead_to is not None:
            # the items say what changes, each in its own words, in the lead-in's section
            run = next(r for r in walk.runs if r.items[0] == lead_to)
            walk.scopes.append(Scope(lead_to, run.end, tuple(found), name, False))
            walk.taken.append((clause_from, lead_to))
            continue
        clause = Clause(
            a_start,
            a_end,
            kind,
            clause_from,
            clause_to,
            masked[a_start:clause_to],
            colon_of(masked, a_start, clause_to),
        )
        _read_clause(walk, clause, found, name)
    for tm in term_meanings(masked, body_start, body_end):
        # 'the term "Premises" as used in the Lease shall mean ...': no verb of amending
        if walk.free(*tm.clause) and not _in_recital(walk, tm.clause[0]):
            target = Target(None, tm.term, tm.term_span)
            walk.ops.append(
                Operation((target,), tm.action, tm.clause, tm.new_text, tm.agreement_name)
            )
    for tm in meanings_blocks(text, masked, walk.pars, body_start, body_end):
        # "the following terms used in the Lease shall have the following meanings:"
        if walk.free(*tm.clause) and not _in_recital(walk, tm.clause[0]):
            target = Target(None, tm.term, tm.term_span)
            walk.ops.append(
                Operation((target,), tm.action, tm.clause, tm.new_text, tm.agreement_name)
            )
    for imp in imperative_changes(text, masked, walk.pars, body_start, body_end):
        # "In Section 6.4, delete "$2,000,000" and insert "$3,000,000"": no verb of amending
        if walk.free(imp.clause[0], imp.reach) and not _in_recital(walk, imp.clause[0]):
            walk.ops.append(
                Operation(imp.targets, imp.action, imp.clause, imp.new_text, imp.agreement_name)
            )
    for row in table_changes(text, body_start, body_end):
        # a table of changes: each row changes its provision in part, its cell the new words
        target = Target(row.section, None, row.section_span)
        action = "replace" if row.restated else "amend"
        walk.ops.append(Operation((target,), action, row.lead, row.new_text, row.agreement_name))
    return walk.ops


@dataclass(slots=True)
class _Walk:
    """What the walk over the body shares from one operative phrase to the next: the
    operations found, the stretches they took (a later phrase inside one is part of it, not
    a new operation) and the lead-ins whose items inherit their subject."""

    text: str
    masked: str
    pars: Paragraphs
    body_start: int
    body_end: int
    ops: list[Operation] = field(default_factory=list)
    taken: list[tuple[int, int]] = field(default_factory=list)
    scopes: list[Scope] = field(default_factory=list)
    runs: list[Run] = field(default_factory=list)  # instructions listed inside one sentence

    def wordings(self) -> list[tuple[int, int]]:
        """The new wordings read so far: no list the next operation sits in."""
        return [op.new_text for op in self.ops if op.new_text]

    def free(self, a: int, b: int) -> bool:
        """Whether no operation found so far already took this stretch."""
        return not any(a < y and x < b for x, y in self.taken)

    def parent(self, pos: int) -> Scope | None:
        """The innermost scope ``pos`` sits in (the latest to start): its items inherit from it."""
        inside = [sc for sc in self.scopes if sc.start <= pos < sc.end]
        return max(inside, key=lambda sc: sc.start) if inside else None

    def scope(
        self, start: int, at: int, targets: list[Target], name: str | None, lead: bool
    ) -> None:
        """Open a scope from ``start``: to the end of the list a lead-in introduces, or else to
        the end of the paragraph ``at`` sits in."""
        i = self.pars.index_of(at)
        if i is None:
            return
        end = self.pars.spans[i][1]
        if lead:
            end = list_end(self.pars, i, start + LIST_SPAN)
        self.scopes.append(Scope(start, end, tuple(targets), name, lead))

    def add(
        self,
        clause: Clause,
        targets: tuple[Target, ...],
        action: str,
        new_text: tuple[int, int] | None,
        name: str | None,
    ) -> None:
        """Record one operation, its evidence being the clause's operative words."""
        span = (clause.clause_from, clause.clause_to)
        self.ops.append(Operation(targets, action, span, new_text, name))


def _body(text: str, bounds: tuple[int, int] | None) -> tuple[int, int]:
    """Where the operations may sit: ``bounds``, else the text up to its signatures."""
    if bounds is not None:
        return bounds
    st = analyze(text)
    # From the top, not from the preamble: an operation never reads like a recital, and a
    # preamble found late (a cover letter first) must not hide the operations before it.
    return 0, st.signatures.start if st.signatures else st.main_end


def _anchors(
    masked: str, body_start: int, body_end: int, items: list[int]
) -> tuple[list[tuple[int, int, str]], dict[int, str | None]]:
    """The operative phrases in text order, each with its kind, the items of the instructions
    a sentence lists (``items``, where each opens), and the agreement each "the following
    amendments are made to ..." lead-in names (its anchor is its first character)."""
    anchors = [
        (m.start(), m.end(), "passive") for m in PASSIVE.finditer(masked, body_start, body_end)
    ]
    anchors += [
        (m.start(), m.end(), "active") for m in ACTIVE.finditer(masked, body_start, body_end)
    ]
    # "The Purchase Price in Exhibit A shall be $12.50 per unit": a value stated anew for what
    # the provision named before it holds
    anchors += [
        (m.start(), m.start("value"), "value")
        for m in VALUE_STATED.finditer(masked, body_start, body_end)
    ]
    # "The parties hereby amend the Agreement by deleting Section 5.3 ...": read as "The
    # Agreement is hereby amended by deleting Section 5.3 ...", what changes after "by"
    anchors += [
        (m.start(), m.end(), "passive")
        for m in AMEND_AGREEMENT_BY.finditer(masked, body_start, body_end)
    ]
    anchors += [
        (m.start(), m.end(), "defs")
        for m in DEFINITIONS_ADDED.finditer(masked, body_start, body_end)
    ]
    anchors += [(m.start(), m.end(), "by") for m in BY_ITEM.finditer(masked, body_start, body_end)]
    # ("and by deleting therefrom the following:" on its own line, after a block of definitions)
    anchors += [
        (m.start("at"), m.end("verb"), "by")
        for m in AND_BY_LINE.finditer(masked, body_start, body_end)
    ]
    by = {a for a, _, kind in anchors if kind == "by"}
    for i in items:
        if i not in by:  # "(ii) deleting ...": an item without its own "by"
            verb = ITEM_VERB.match(masked, i)
            if verb:
                anchors.append((i, verb.end(), "by"))
    made = {m.start(): m["name"] for m in MADE_TO.finditer(masked, body_start, body_end)}
    anchors += [(a, a + 1, "made") for a in made]
    anchors.sort()
    return anchors, made


def _in_recital(walk: _Walk, a_start: int) -> bool:
    """Whether the phrase sits in a recital, which asks for a change and makes none."""
    i = walk.pars.index_of(a_start)
    # "WHEREAS, the Borrower has requested that Section 6.1 be amended ..."
    return i is not None and bool(RECITAL.match(walk.text, walk.pars.spans[i][0]))


def _subject(
    walk: _Walk, kind: str, a_start: int, a_end: int, clause_from: int, clause_to: int
) -> tuple[int, list[Target], str | None]:
    """What the phrase changes and the agreement named: the words after an active phrase
    ("by amending Section 2.1"), else the subject before a passive one ("Section 2.1 is
    amended"); an item of a list completes them from its lead-in. An item's "by ..." clause
    starts at its phrase, which the clause start comes back with."""
    masked = walk.masked
    if kind in ("active", "by"):
        obj = BY_OBJECT.match(masked, a_end) if kind == "by" else None
        tm = TARGET.match(masked, obj.end() if obj else a_end)
        found = targets_at(masked, tm) if tm else []
        name_from = tm.end() if tm else a_end
        name = named_agreement(masked, name_from, clause_to)
        if kind == "by":
            clause_from = a_start
            up = walk.parent(a_start)
            found = inherit(found, up)
            name = name or (up.name if up else None)
        return clause_from, found, name
    found, name = _passive_subject(masked, clause_from, clause_to, a_start)
    if found and withdraws_other(masked, clause_from, found[0].span[0], a_start):
        found = []  # "The notice delivered under Section 3.2 is rescinded": the notice
    if kind == "value":
        # a value stated anew changes the provision named as holding it ("The Purchase Price in
        # Exhibit A ... shall be $12.50"), never a term by itself ("monthly Base Rent shall be
        # $17,000.00" from a date on: what the tenant pays, no provision named)
        found = [t for t in found if t.section and not t.term]
    up = walk.parent(a_start)
    item = ITEM_START.match(masked, clause_from, a_start)
    if up is not None and (found or (up.lead and item)):
        # "(a) The word "and" is deleted from clause (g) thereof" under "Section 7.2.5
        # is amended as set forth below:" changes the lead-in's section
        found = inherit(found, up)
        name = name or up.name
    return clause_from, found, name


def _passive_subject(
    masked: str, clause_from: int, clause_to: int, a_start: int
) -> tuple[list[Target], str | None]:
    """What a passive phrase changes, named before it, and the agreement named: the target
    whose words run into the phrase ("Section 2.1 of the Agreement is amended"), a section
    that holds the words the clause changes, never one mentioned on the way."""
    clause_from = past_qualifier(masked, clause_from, a_start)
    if part := part_first(masked, clause_from, a_start):
        # "In Section 3.4 of the Agreement, clause (b) is amended ...": 3.4(b) changes
        return part, named_agreement(masked, part[0].span[1], a_start)
    held = held_first(masked, clause_from, a_start)
    if held:
        # "In Section 5.2 of the Agreement, the words "X" are replaced ...": 5.2 changes
        return targets_at(masked, held), named_agreement(masked, held.end(), a_start)
    # (up to the operative words, which a term's "is hereby" lookahead reads)
    for tm in TARGET.finditer(masked, clause_from, clause_to):
        if tm.end() > a_start:
            break
        if tm["nums"] and reference_held(masked, clause_from, tm, a_start):
            # "The reference in Section 8.1 ... to "June 30, 2005" is hereby changed to ...",
            # "Section 2.8.3's reference to a maturity date is hereby amended": 8.1 changes
            return targets_at(masked, tm), named_agreement(masked, tm.end(), a_start)
        near = max(clause_from, tm.start() - 200)
        if tm["qterm"] and (
            REFERENCE_BEFORE.search(masked, near, tm.start())
            or QUOTED_WORDS_BEFORE.search(masked, near, tm.start())
        ):
            continue  # the words a reference holds, not a term that changes
        if not (
            SUBJECT_GAP.fullmatch(masked, tm.end(), a_start)
            or SUBJECT_GAP_MORE.fullmatch(masked, tm.end(), a_start)
        ):
            continue  # a section mentioned on the way, not what "is amended"
        if REFERENCE_TO.search(masked, max(clause_from, tm.start() - 40), tm.start()):
            continue  # "the reference to Section 4.04(d) in Section 3.02(e) is changed"
        found = targets_at(masked, tm)
        if found:
            return found, named_agreement(masked, tm.end(), a_start)
    return [], None


def _read_clause(walk: _Walk, c: Clause, found: list[Target], name: str | None) -> None:
    """The operations one clause makes, in turn: a block of definitions, a part the agreement
    gains, a lead-in whose items say what changes, or a change to its targets."""
    listed = DEFINITIONS_LISTED.search(walk.masked, c.clause_from, c.clause_to)
    if (
        c.kind == "defs"
        or (c.colon is not None and (DEFINITIONS_ADDED.search(c.predicate) or listed))
        or inserts_definitions(walk.text, c.predicate, c.colon, walk.body_end)
    ):
        _definitions(walk, c, found, name)
        return
    if _definitions_as_follows(walk, c, found):
        # "Section 1.1 is amended as follows:" then whole definitions: each one restated,
        # not the section (which holds every other definition too)
        _definitions(walk, c, found, name, forced="replace")
        return
    subject = walk.masked[c.clause_from : c.a_start]
    sections, of = deleted_sections(walk.masked, c.clause_from, c.clause_to + 1, walk.body_end)
    if sections:
        # "The following Sections of the Loan Agreement are hereby deleted in their entirety:
        # (i) Section 6.14, (ii) Section 6.15 and (iii) Section 6.16."; "The Guaranty is
        # amended by deleting the following Sections: ..."
        owner = SUBJECT_NAME.match(walk.masked, c.clause_from, c.a_end)
        named = name or of or (re.sub(r"^The\s+", "", owner["name"]) if owner else None)
        for target in sections:
            walk.add(c, (target,), "delete", None, named)
        walk.taken.append((c.clause_from, sections[-1].span[1]))
        return
    following = following_definitions(walk.text, subject, c.predicate, c.colon, walk.body_end)
    if deletes_listed_terms(walk.text, subject, c.predicate, c.colon, walk.body_end):
        following = "delete"  # "The following ... are hereby deleted:" then "A"; "B".
    if following is not None and not (found and found[0].term):
        # "Section 1.01 is amended by restating the following in their entirety:" then whole
        # definitions: each one restated (or added), not the section
        _definitions(walk, c, found, name, forced=following)
        return
    found, name = _object_after(walk, c, found, name)
    if not found and _agreement_lead_in(walk, c):
        return
    if not found and c.kind == "passive" and _words_added_at_end(walk, c):
        return
    if not found and c.kind in ("passive", "by"):
        # (or an item of a sentence's list: "... and (y) inserting the following as a new
        # Section 5.5:")
        _added_part(walk, c)
        return
    if not found:
        return
    if (
        c.colon is not None
        and AS_FOLLOWS.search(c.predicate)
        and INSTRUCTION.match(walk.masked, c.colon + 1, walk.body_end)
    ):
        # a lead-in: the items below it say what changes, each in its own words
        walk.scope(c.colon + 1, c.a_start, found, name, lead=True)
        return
    named = found[0].section
    found, inner_subs, part_of_definition = inner_targets(c, found)
    action = _action(walk, c, found, inner_subs, part_of_definition)
    named_targets = found
    found, action, new_section = new_numbered(c, found, action, named)
    edited = edits_before_new_part(c, named_targets, new_section)
    new_text = new_wording(
        walk.pars,
        walk.masked,
        walk.text,
        action,
        c.predicate,
        c.a_start,
        c.clause_to,
        c.colon,
        walk.body_end,
        walk.wordings(),
    )
    new_text = cut_at_next_letter(walk.text, c.clause_from, new_text)
    new_text = cut_at_next(walk.runs, walk.text, c.a_start, new_text)
    new_text = trim_furniture(walk.text, cut_at_next_item(walk.text, c.clause_from, new_text))
    if c.kind == "by" or walk.parent(c.a_start) is not None:
        new_text = cut_joiner(walk.text, new_text)  # "...; and" then the next item
    if (
        new_text
        and not new_section
        and (ADD_FOLLOWING.search(c.predicate) or INSERTED_AFTER_PART.search(c.predicate))
    ):
        found, action = labelled_addition(walk.text, new_text, found, action)
    _record(walk, c, found, name, action, new_text)
    if edited is not None:
        # the words struck before the new clause amend the section it joins; the new clause,
        # the wording this amendment gives the section, is added of its own
        walk.add(c, (edited,), "amend", new_text, name)


def _definitions_as_follows(walk: _Walk, c: Clause, found: list[Target]) -> bool:
    """Whether a section is "amended as follows:" with whole definitions after the colon,
    not items that say what changes."""
    return (
        c.colon is not None
        and bool(found)
        and bool(found[0].section)
        and not found[0].term
        and AS_FOLLOWS.search(c.predicate) is not None
        and INSTRUCTION.match(walk.masked, c.colon + 1, walk.body_end) is None
        and DEFINITION_START.match(walk.text, c.colon + 1, walk.body_end) is not None
    )


def _definitions(
    walk: _Walk, c: Clause, found: list[Target], name: str | None, forced: str | None = None
) -> None:
    """The definitions a clause adds, amends or deletes, one operation each, from the block
    after its colon (each ``forced``, ``add`` or ``replace``, where the lead-in says so
    without naming definitions)."""
    if c.colon is None:
        return
    text, masked, predicate = walk.text, walk.masked, c.predicate
    # each definition may be quoted on its own: the whole block, not the first quote
    block = block_after_colon(
        walk.pars, masked, c.colon, c.a_start, walk.body_end, whole=True, skip=walk.wordings()
    )
    block = cut_at_by_item(text, cut_at_next(walk.runs, text, c.a_start, block))
    defs = block_definitions(walk.pars, block) if block else []
    added = (
        forced == "add"
        or c.kind == "defs"
        or DEFINITIONS_ADDED.search(predicate)
        or inserts_definitions(text, predicate, c.colon, walk.body_end)
        or TERMS_ADDED.search(predicate)
    )
    section = next((t.section for t in inherit(found, walk.parent(c.a_start)) if t.section), None)
    if name is None:
        name = named_agreement(masked, c.a_end, c.clause_to)
    into = INTO_SECTION.search(predicate) if section is None else None
    section = into["num"] if into else section  # "are hereby added to Section 1.1"
    if block is not None and (forced == "delete" or (not added and DELETES_ONLY.search(predicate))):
        # "by deleting the following definitions in their entirety: "A", "B"."
        block = (block[0], listed_terms_end(walk.pars, block[1]))
        names = defs or [
            (quoted_term(q.group()), (q.start(), q.end()))
            for q in QUOTED_RE.finditer(text, c.colon + 1, min(len(text), block[1] + 1))
            if re.match(r".[A-Z0-9][^\"”]", q.group()) and not q.group()[-2].isspace()
        ]
        for term, span in names:
            walk.add(c, (Target(section, term, span),), "delete", None, name)
        walk.taken.append((c.clause_from, block[1]))
        return
    if block is None or not defs:
        return
    action = "add" if added else forced or action_of(predicate)
    if action == "amend" and (MEANINGS_GIVEN.search(predicate) or TERMS_RESTATED.search(predicate)):
        # "is amended so that the following terms shall have the ... meanings", "by restating
        # the following terms in their entirety:"
        action = "replace"
    gone = DELETED_DEFINITIONS.search(predicate) if action in ("add", "replace") else None
    restated_terms = {term for term, _ in defs}
    for q in QUOTED_RE.finditer(gone["terms"] if gone else ""):
        # "by deleting the definition of "A" and adding the following new definitions:", "by
        # deleting the definitions of "A" and "B" in their entirety, and by amending the
        # following definitions to read in their entirety as follows:" (a definition deleted
        # and given anew below is restated, not deleted)
        if quoted_term(q.group()) in restated_terms and action == "replace":
            continue
        span = (c.a_start + gone.start(), c.a_start + gone.end()) if gone else (c.a_start, c.a_end)
        walk.add(c, (Target(section, quoted_term(q.group()), span),), "delete", None, name)
    for term, span in defs:
        piece = unquote(text, *span)
        walk.add(c, (Target(section, term, span),), action, piece, name)
    walk.taken.append((c.clause_from, block[1]))


def _object_after(
    walk: _Walk, c: Clause, found: list[Target], name: str | None
) -> tuple[list[Target], str | None]:
    """A passive clause whose subject is the agreement names what changes after its phrase:
    "The Credit Agreement is amended by amending and restating Section 2.1 ..."."""
    masked = walk.masked
    obj = OBJECT_AFTER.match(masked, c.a_end, c.clause_to) if not found else None
    tm = TARGET.match(masked, obj.end(), c.clause_to) if obj else None
    held = holder_after_words(masked, obj.end(), c.clause_to) if obj and not tm else []
    if held and c.kind == "passive":
        # "The Note is amended by deleting the date "X" appearing in Section 1 thereof"
        subject = SUBJECT_NAME.match(masked, c.clause_from, c.a_start)
        return held, subject["name"] if subject else name
    if tm and c.kind == "passive" and not ADDED_PART.search(c.predicate):
        found = inherit(targets_at(masked, tm), walk.parent(c.a_start))
        found = [t for t in found if not (t.section or "").startswith("(")]
        subject = SUBJECT_NAME.match(masked, c.clause_from, c.a_start)
        name = named_agreement(masked, tm.end(), c.clause_to) or (
            subject["name"] if subject else None
        )
    return found, name


#: The label of a lead-in a clause may still hold: "(A) The Guaranty is amended ...".
_LEAD_IN_LABEL = re.compile(r"\s*\(?[A-Za-z0-9]{1,4}[.)]\s+")


def _agreement_lead_in(walk: _Walk, c: Clause) -> bool:
    """An instrument that amends two agreements may list each one's changes under a lead-in
    naming it ("2. The Pledge Agreement is amended as follows:" then "(a) Section 6 is
    amended ..."): the items below belong to that agreement. Opens their scope."""
    if (
        c.kind != "passive"
        or c.colon is None
        or not AS_FOLLOWS.search(c.predicate)
        or ADDED_PART.search(c.predicate)
        or not INSTRUCTION.match(walk.masked, c.colon + 1, walk.body_end)
    ):
        return False
    label = _LEAD_IN_LABEL.match(walk.masked, c.clause_from, c.a_start)
    subject = SUBJECT_NAME.match(walk.masked, label.end() if label else c.clause_from, c.a_end)
    if subject is None:
        return False
    name = re.sub(r"^The\s+", "", subject["name"])
    walk.scope(c.colon + 1, c.a_start, [], name, lead=True)
    return True


def _words_added_at_end(walk: _Walk, c: Clause) -> bool:
    """New words as the subject, the provision they join after the phrase ("The following
    sentence is added at the end of Section 4.2:"): that provision changes in part, its new
    wording the block after the colon. Records it and says whether it did."""
    tm = joined_provision(walk.masked, c.clause_from, c.a_start, c.a_end)
    found = inherit(targets_at(walk.masked, tm), walk.parent(c.a_start)) if tm else []
    if tm is None or not found:
        return False
    name = named_agreement(walk.masked, tm.end(), c.clause_to)
    up = walk.parent(c.a_start)
    block = (
        block_after_colon(
            walk.pars, walk.masked, c.colon, c.a_start, walk.body_end, skip=walk.wordings()
        )
        if c.colon is not None
        else None
    )
    walk.add(c, tuple(found), "amend", block, name or (up.name if up else None))
    walk.taken.append((c.clause_from, block[1] if block else c.clause_to))
    return True


def _added_part(walk: _Walk, c: Clause) -> None:
    """A part the agreement gains, with no provision of it as the subject: "The Credit
    Agreement is amended to add a new Schedule 6.01 thereto", with its wording if any."""
    added = ADDED_PART.search(c.predicate)
    if added is None:
        return
    kind_word = added["what"].title()
    numbered = kind_word.endswith("section") or kind_word in ("Section", "Paragraph")
    label = added["id"] if numbered else f"{kind_word} {added['id']}"
    span = (c.a_start + added.start(), c.a_start + added.end())
    found = [Target(label.rstrip("."), None, span)]
    if added["more"] and numbered:
        found += [
            Target(re.sub(r"\s+", "", n), None, span)
            for n in re.split(r"\s*(?:,\s*(?:and\s+)?|and\s+)", added["more"].strip(" ,"))
            if n and not n.lower().startswith("and")
        ]
    subject = SUBJECT_NAME.match(walk.masked, c.clause_from, c.a_start)
    name = subject["name"] if subject else None
    block = (
        block_after_colon(
            walk.pars, walk.masked, c.colon, c.a_start, walk.body_end, skip=walk.wordings()
        )
        if c.colon is not None
        # "by adding Exhibit B in the form attached to this Amendment": the attached one
        else attached_wording(walk.text, c.predicate, c.clause_to)
    )
    pieces = pieces_per_target(walk.pars, block, found) if block and len(found) > 1 else None
    if pieces:
        for target, piece in zip(found, pieces, strict=True):
            walk.add(c, (target,), "add", piece, name)  # each new section its own wording
    else:
        walk.add(c, tuple(found), "add", block, name)
    walk.taken.append((c.clause_from, block[1] if block else c.clause_to))


def _action(
    walk: _Walk,
    c: Clause,
    found: list[Target],
    inner_subs: re.Match[str] | None,
    part_of_definition: bool,
) -> str:
    """What the clause does to its targets: the phrase's own action, made precise by how the
    predicate and the wording after it read."""
    predicate = c.predicate
    action = action_of(predicate)
    if inner_subs and action == "amend" and AND_REPLACING.search(predicate):
        action = "replace"  # "by deleting subsection (iv) thereof and replacing it with"
    elif found[0].term and action == "amend" and DEFINITION_SWAP.search(predicate):
        action = "replace"  # "by deleting the definition of "X" and substituting the following"
    elif action == "amend" and DELETES_ONLY.search(predicate) and DELETES_PART.search(predicate):
        action = "delete"  # "by deleting clause (b) thereof", "the definition of "X""
    if (
        action == "amend"
        and c.colon is not None
        and (AS_FOLLOWS.search(predicate) or not PARTIAL.search(predicate))
    ):
        # "amended as follows:" (or "amended to follows:") says nothing about how: a
        # wording that opens with the provision's own number restates it whole
        action = whole_or_part(walk.text, c.colon, walk.body_end, found[0].section)
    if found[0].term and PART_NAMED.search(predicate):
        part_of_definition = True  # "the definition of "X" is amended to amend clause (iii)"
    if (
        part_of_definition
        or PART_OF.search(walk.masked, c.clause_from, c.a_start)
        or changes_held_words(walk.masked, c.clause_from, c.a_start)
    ):
        action = "amend"  # "the second sentence of Section 3.7(a) is amended to read"
    return action


def _record(
    walk: _Walk,
    c: Clause,
    found: list[Target],
    name: str | None,
    action: str,
    new_text: tuple[int, int] | None,
) -> None:
    """The clause's operations: one per numbered part it inserts, one per target when its
    wording splits among them, else one for all; a clause that names sections opens a scope
    its later items inherit from."""
    added_parts = (
        numbered_parts(walk.pars, new_text, found[0].section)
        if new_text
        and action == "amend"
        and found[0].section
        and not found[0].term
        and ADDS_FOLLOWING.search(c.predicate)
        else []
    )
    if added_parts:
        # "Section 7.1 is amended by inserting after Section 7.1.12 the following:" then
        # "7.1.13 ..." and "7.1.14 ...": each numbered part is new
        for num, piece in added_parts:
            walk.add(c, (Target(num, None, found[0].span),), "add", piece, name)
        walk.taken.append((c.clause_from, new_text[1] if new_text else c.clause_to))
        return
    if any(t.section and not t.term for t in found):
        walk.scope(c.clause_from, c.a_start, found, name, lead=False)
    pieces: list[tuple[int, int] | None] | None = None
    if new_text and len(found) > 1:
        pieces = list(pieces_per_target(walk.pars, new_text, found) or []) or None
    elif new_text is None and action in ("replace", "add"):
        # "Exhibits B and D are replaced with Exhibits B and D, respectively, attached hereto",
        # "Exhibit B-1 attached hereto is hereby added to the Lease"
        clause = walk.masked[c.clause_from : c.clause_to]
        pieces = each_attached(walk.text, found, clause, c.clause_to)
    if pieces:
        for target, own in zip(found, pieces, strict=True):
            walk.add(c, (target,), action, own, name)
    else:
        walk.add(c, tuple(found), action, new_text, name)
    walk.taken.append(
        (c.clause_from, new_text[1] if new_text and c.colon is not None else c.clause_to)
    )
