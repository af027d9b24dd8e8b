"""The operation finder: every clause of the text (or of an appended amendment's body) that
changes a provision, with its targets, action, operative words and new wording, as
:class:`Operation` records before they are attached to refs. It walks the operative phrases
(:mod:`.operative`) and their targets (:mod:`.targets`), the lists of instructions
(:mod:`.instructions`) and the new wordings (:mod:`.wording`, :mod:`.definitions`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.changes.clauses import clause_end, clause_start, mask
from ingest.changes.definitions import block_definitions, pieces_per_target
from ingest.changes.instructions import (
    ADD_FOLLOWING,
    ADDS_FOLLOWING,
    AND_REPLACING,
    BLOCK_LABEL,
    BY_ITEM,
    BY_OBJECT,
    DELETED_DEFINITIONS,
    DELETES_ONLY,
    DELETES_PART,
    FOLLOWING_STOP,
    INNER_SECTION,
    INSTRUCTION,
    INTO_SECTION,
    ITEM_START,
    LIST_SPAN,
    OBJECT_AFTER,
    PART_WORDS,
    QUOTED_RE,
    RECITAL,
    REFERENCE_TO,
    Scope,
    contains,
    inherit,
    list_end,
    numbered_parts,
)
from ingest.changes.operative import (
    ACTIVE,
    ADDED_PART,
    AS_FOLLOWS,
    DEFINITIONS_ADDED,
    DEFINITIONS_LISTED,
    INNER_DEFINITIONS,
    INNER_SUBSECTIONS,
    MADE_TO,
    NEW_SECTION,
    PART_NAMED,
    PART_OF,
    PARTIAL,
    PASSIVE,
    SUBJECT_GAP,
    SUBJECT_NAME,
    action_of,
)
from ingest.changes.quotes import QUOTED, quoted_term
from ingest.changes.targets import TARGET, Target, named_agreement, targets_at
from ingest.changes.wording import block_after_colon, new_wording, unquote, whole_or_part
from ingest.list_labels import Paragraphs
from ingest.structure import analyze


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
    if bounds is None:
        st = analyze(text)
        # From the top, not from the preamble: an operation never reads like a recital, and a
        # preamble found late (a cover letter first) must not hide the operations before it.
        body_start = 0
        body_end = st.signatures.start if st.signatures else st.main_end
    else:
        body_start, body_end = bounds
    if body_end <= body_start:
        return []
    masked = mask(text)
    pars = Paragraphs(text, body_start, body_end)
    ops: list[Operation] = []
    taken: list[tuple[int, int]] = []

    scopes: list[Scope] = []

    def wordings() -> list[tuple[int, int]]:
        """The new wordings read so far: no list the next operation sits in."""
        return [op.new_text for op in ops if op.new_text]

    def free(a: int, b: int) -> bool:
        return not any(a < y and x < b for x, y in taken)

    def parent(pos: int) -> Scope | None:
        inside = [sc for sc in scopes if sc.start <= pos < sc.end]
        return max(inside, key=lambda sc: sc.start) if inside else None

    def scope(start: int, at: int, targets: list[Target], name: str | None, lead: bool) -> None:
        i = pars.index_of(at)
        if i is None:
            return
        end = pars.spans[i][1]
        if lead:
            end = list_end(pars, i, start + LIST_SPAN)
        scopes.append(Scope(start, end, tuple(targets), name, lead))

    anchors = [
        (m.start(), m.end(), "passive") for m in PASSIVE.finditer(masked, body_start, body_end)
    ]
    anchors += [
        (m.start(), m.end(), "active") for m in ACTIVE.finditer(masked, body_start, body_end)
    ]
    anchors += [
        (m.start(), m.end(), "defs")
        for m in DEFINITIONS_ADDED.finditer(masked, body_start, body_end)
    ]
    anchors += [(m.start(), m.end(), "by") for m in BY_ITEM.finditer(masked, body_start, body_end)]
    made = {m.start(): m["name"] for m in MADE_TO.finditer(masked, body_start, body_end)}
    anchors += [(a, a + 1, "made") for a in made]
    anchors.sort()
    for a_start, a_end, kind in anchors:
        if not free(a_start, a_end):
            continue
        i = pars.index_of(a_start)
        if i is not None and RECITAL.match(text, pars.spans[i][0]):
            continue  # "WHEREAS, the Borrower has requested that Section 6.1 be amended ..."
        clause_from = clause_start(masked, a_start, body_start)
        clause_to = clause_end(masked, a_end, body_end)
        predicate = masked[a_start:clause_to]
        if kind == "made":
            if masked[clause_to - 1 : clause_to] == ":":
                # the items below change the agreement the lead-in names, "thereto"
                scope(clause_to, a_start, [], made[a_start], lead=True)
            continue
        if kind in ("active", "by"):
            obj = BY_OBJECT.match(masked, a_end) if kind == "by" else None
            tm = TARGET.match(masked, obj.end() if obj else a_end)
            found = targets_at(masked, tm) if tm else []
            name_from = tm.end() if tm else a_end
            name = named_agreement(masked, name_from, clause_to)
            if kind == "by":
                clause_from = a_start
                up = parent(a_start)
                found = inherit(found, up)
                name = name or (up.name if up else None)
        else:
            found = []
            name = None
            # (up to the operative words, which a term's "is hereby" lookahead reads)
            for tm in TARGET.finditer(masked, clause_from, clause_to):
                if tm.end() > a_start:
                    break
                if not SUBJECT_GAP.fullmatch(masked, tm.end(), a_start):
                    continue  # a section mentioned on the way, not what "is amended"
                if REFERENCE_TO.search(masked, max(clause_from, tm.start() - 40), tm.start()):
                    continue  # "the reference to Section 4.04(d) in Section 3.02(e) is changed"
                found = targets_at(masked, tm)
                if found:
                    name = named_agreement(masked, tm.end(), a_start)
                    break
            up = parent(a_start)
            item = ITEM_START.match(masked, clause_from, a_start)
            if up is not None and (found or (up.lead and item)):
                # "(a) The word "and" is deleted from clause (g) thereof" under "Section 7.2.5
                # is amended as set forth below:" changes the lead-in's section
                found = inherit(found, up)
                name = name or up.name
        found = [t for t in found if not (t.section or "").startswith("(")]
        colon = clause_to - 1 if masked[clause_to - 1 : clause_to] == ":" else None
        if colon is None and FOLLOWING_STOP.search(masked, a_start, clause_to):
            colon = clause_to - 1  # "... replacing it with the following." then the wording
        listed = DEFINITIONS_LISTED.search(masked, clause_from, clause_to)
        if kind == "defs" or (
            colon is not None and (DEFINITIONS_ADDED.search(predicate) or listed)
        ):
            if colon is None:
                continue
            # each definition may be quoted on its own: the whole block, not the first quote
            block = block_after_colon(
                pars, masked, colon, a_start, body_end, whole=True, skip=wordings()
            )
            defs = block_definitions(pars, block) if block else []
            added = kind == "defs" or DEFINITIONS_ADDED.search(predicate)
            section = next((t.section for t in inherit(found, parent(a_start)) if t.section), None)
            if name is None:
                name = named_agreement(masked, a_end, clause_to)
            into = INTO_SECTION.search(predicate) if section is None else None
            section = into["num"] if into else section  # "are hereby added to Section 1.1"
            if block is not None and not added and DELETES_ONLY.search(predicate):
                # "by deleting the following definitions in their entirety: "A", "B"."
                names = defs or [
                    (quoted_term(q.group()), (q.start(), q.end()))
                    for q in QUOTED_RE.finditer(text, colon + 1, min(len(text), block[1] + 1))
                    if re.match(r".[A-Z0-9][^\"”]", q.group()) and not q.group()[-2].isspace()
                ]
                for term, span in names:
                    target = Target(section, term, span)
                    ops.append(Operation((target,), "delete", (clause_from, clause_to), None, name))
                taken.append((clause_from, block[1]))
                continue
            if block is None or not defs:
                continue
            gone = DELETED_DEFINITIONS.search(predicate) if added else None
            for q in QUOTED_RE.finditer(gone["terms"] if gone else ""):
                # "by deleting the definition of "A" and adding the following new definitions:"
                span = (a_start + gone.start(), a_start + gone.end()) if gone else (a_start, a_end)
                target = Target(section, quoted_term(q.group()), span)
                ops.append(Operation((target,), "delete", (clause_from, clause_to), None, name))
            action = "add" if added else action_of(predicate)
            for term, span in defs:
                piece = unquote(text, *span)
                target = Target(section, term, span)
                ops.append(Operation((target,), action, (clause_from, clause_to), piece, name))
            taken.append((clause_from, block[1]))
            continue
        obj = OBJECT_AFTER.match(masked, a_end, clause_to) if not found else None
        tm = TARGET.match(masked, obj.end(), clause_to) if obj else None
        if tm and kind == "passive" and not ADDED_PART.search(predicate):
            # "The Credit Agreement is amended by amending and restating Section 2.1 ..."
            found = inherit(targets_at(masked, tm), parent(a_start))
            found = [t for t in found if not (t.section or "").startswith("(")]
            subject = SUBJECT_NAME.match(masked, clause_from, a_start)
            name = named_agreement(masked, tm.end(), clause_to) or (
                subject["name"] if subject else None
            )
        if not found and kind == "passive":
            added = ADDED_PART.search(predicate)
            if added is None:
                continue
            # "The Credit Agreement is amended to add a new Schedule 6.01 thereto"
            kind_word = added["what"].title()
            label = (
                added["id"]
                if kind_word.endswith("section") or kind_word == "Section"
                else (f"{kind_word} {added['id']}")
            )
            span = (a_start + added.start(), a_start + added.end())
            found = [Target(label.rstrip("."), None, span)]
            subject = SUBJECT_NAME.match(masked, clause_from, a_start)
            name = subject["name"] if subject else None
            block = (
                block_after_colon(pars, masked, colon, a_start, body_end, skip=wordings())
                if colon is not None
                else None
            )
            ops.append(Operation(tuple(found), "add", (clause_from, clause_to), block, name))
            taken.append((clause_from, block[1] if block else clause_to))
            continue
        if not found:
            continue
        if (
            colon is not None
            and AS_FOLLOWS.search(predicate)
            and INSTRUCTION.match(masked, colon + 1, body_end)
        ):
            # a lead-in: the items below it say what changes, each in its own words
            scope(colon + 1, a_start, found, name, lead=True)
            continue
        inner = INNER_DEFINITIONS.search(predicate)
        part_of_definition = False
        if inner and found[0].section and not found[0].term:
            # "Section 1.1 is amended by deleting the definitions "A" and "B" ...": the terms
            terms = [quoted_term(q) for q in re.findall(QUOTED, inner["terms"])]
            span = (a_start + inner.start(), a_start + inner.end())
            found = [Target(found[0].section, t, span) for t in terms]
            if re.search(PART_WORDS, predicate[: inner.start()], re.IGNORECASE):
                part_of_definition = True  # "by deleting clause (c) ... of the definition"
        inner_subs = INNER_SUBSECTIONS.search(predicate)
        if inner_subs and len(found) == 1 and found[0].section and not found[0].term:
            # "Section 13.13 is amended by deleting subsections (a) and (b) in their entirety"
            subs = re.findall(r"\([a-zA-Z0-9]{1,5}\)", inner_subs["subs"])
            if not (found[0].section or "").endswith(subs[0]):  # not "clause (c) of Section 8.1"
                found = [Target(found[0].section + sub, None, found[0].span) for sub in subs]
        inner_sec = INNER_SECTION.search(predicate)
        if (
            inner_sec
            and len(found) == 1
            and not found[0].term
            and contains(found[0].section or "", inner_sec["num"])
        ):
            # "Article X is amended by deleting in its entirety Section 10.5 contained therein
            # and substituting ...": Section 10.5 is what changes
            span = (a_start + inner_sec.start("num"), a_start + inner_sec.end("num"))
            found = [Target(re.sub(r"\s+", "", inner_sec["num"]), None, span)]
            inner_subs = inner_sec
        action = action_of(predicate)
        if inner_subs and action == "amend" and AND_REPLACING.search(predicate):
            action = "replace"  # "by deleting subsection (iv) thereof and replacing it with"
        elif (
            action == "amend" and DELETES_ONLY.search(predicate) and DELETES_PART.search(predicate)
        ):
            action = "delete"  # "by deleting clause (b) thereof", "the definition of "X""
        if (
            action == "amend"
            and colon is not None
            and (AS_FOLLOWS.search(predicate) or not PARTIAL.search(predicate))
        ):
            # "amended as follows:" (or "amended to follows:") says nothing about how: a
            # wording that opens with the provision's own number restates it whole
            action = whole_or_part(text, colon, body_end, found[0].section)
        if found[0].term and PART_NAMED.search(predicate):
            part_of_definition = True  # "the definition of "X" is amended to amend clause (iii)"
        if part_of_definition or PART_OF.search(masked, clause_from, a_start):
            action = "amend"  # "the second sentence of Section 3.7(a) is amended to read"
        new_section = NEW_SECTION.search(predicate)
        if new_section and found[0].term:
            new_section = None  # "a new clause (g)" of a definition: the definition is amended
            action = "amend" if action == "add" else action
        if new_section:
            num = re.sub(r"\s+", "", new_section["num"])
            if num.startswith("(") and found[0].section:
                num = found[0].section + num
            if not num.startswith("("):  # "a new clause (f)" of a definition: it is amended
                found = [Target(num, None, found[0].span)]
            else:
                new_section = None
                action = "amend" if action == "add" else action
        new_text = new_wording(
            pars, masked, text, action, predicate, a_start, clause_to, colon, body_end, wordings()
        )
        if new_text and not new_section and ADD_FOLLOWING.search(predicate):
            # "by adding the following new subsection at the end thereof:" "(d) ..."
            label = BLOCK_LABEL.match(text, new_text[0], new_text[1])
            if label:
                num = label["label"]
                if num.startswith("(") and found[0].section:
                    num = found[0].section + num
                if not num.startswith("("):
                    found, action = [Target(num, None, found[0].span)], "add"
        added_parts = (
            numbered_parts(pars, new_text, found[0].section)
            if new_text
            and action == "amend"
            and found[0].section
            and not found[0].term
            and ADDS_FOLLOWING.search(predicate)
            else []
        )
        if added_parts:
            # "Section 7.1 is amended by inserting after Section 7.1.12 the following:" then
            # "7.1.13 ..." and "7.1.14 ...": each numbered part is new
            for num, piece in added_parts:
                target = Target(num, None, found[0].span)
                ops.append(Operation((target,), "add", (clause_from, clause_to), piece, name))
            taken.append((clause_from, new_text[1] if new_text else clause_to))
            continue
        if any(t.section and not t.term for t in found):
            scope(clause_from, a_start, found, name, lead=False)
        pieces = pieces_per_target(pars, new_text, found) if new_text and len(found) > 1 else None
        if pieces:
            for target, piece in zip(found, pieces, strict=True):
                ops.append(Operation((target,), action, (clause_from, clause_to), piece, name))
        else:
            ops.append(Operation(tuple(found), action, (clause_from, clause_to), new_text, name))
        taken.append((clause_from, new_text[1] if new_text and colon is not None else clause_to))
    return ops
