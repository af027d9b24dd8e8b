"""What an amendment changes: which provision of which agreement, how, and the new wording.

Vocabulary:
- *operation*: one clause that changes a provision: a *target* ("Section 3.02", "Sections 6.1
  and 6.2", "clause (b) of Section 7.1", "the definition of "Maturity Date" in Section 1.1",
  "Schedule 2.01", "The Maturity Date of the Note") and an *operative phrase* ("is hereby
  deleted in its entirety and replaced by the following", "is amended by deleting ... and
  inserting ...", or the active "the Lenders hereby amend the provisions of Section 4.16").
- *action*: ``replace`` (restated, deleted and replaced, amended to read), ``amend`` (changed in
  part), ``delete``, ``add`` (a new section or definition); see ``graph.schema.CHANGE_ACTIONS``.
- *new wording*: what the amendment says the provision now reads, an exact slice of the text:
  the block after "as follows:" (up to the next item of the same list), the quoted words of
  "inserting "..."", or the attached schedule or annex the operation names.
- *lead-in*: "the following definitions are added in the appropriate alphabetical order:"
  followed by several definitions, each of which is one ``add``; or "Section 6.04 is amended as
  follows:" followed by a list of instructions, each of which is one operation, while the
  lead-in itself changes nothing.
- *item*: one instruction of such a list, or of one sentence ("Section 1.01 is amended (a) by
  amending the definition of "X" ...; (b) by inserting ..."): it names its own part ("by
  deleting Section 7.4", "Subsection (j) thereof") or else changes what its lead-in names.
- *scope*: the stretch of text in which items take their subject from a lead-in or sentence.
- Not a change: a section named as the words a reference holds ("the reference to Section
  4.04(d) in Section 3.02(e) is changed": 3.02(e) changes), one mentioned on the way ("subject
  to Section 3 below"), or one a recital asks to change ("WHEREAS ... be amended").
- *provision*: an Entity of label ``Provision`` whose ref is scoped to the agreement it belongs
  to; ``graph.resolve`` keys it by (agreement key, section or term).

The amending agreement is the document's own (``ctx.self_ref``); the amended one is the
agreement the operation names ("of the Credit Agreement", a defined term of this document),
else the agreement the document AMENDS (``ingest.amended_agreements``). Where a new wording
ends is read from the list labels of the paragraphs (``ingest.list_labels``). An amendment
appended after the signatures of the agreement the document holds
(``ingest.amendment_regions``) is read on its own body: its operations are credited to it, and
change the agreement they name, else the one it follows.

:mod:`.extract` reads a document's changes: :mod:`.operations` finds the operations (the
operative phrases in :mod:`.operative`, what they change in :mod:`.targets`, clause bounds in
:mod:`.clauses`, lists of instructions in :mod:`.instructions`, new wordings in
:mod:`.wording` and :mod:`.definitions`, quoted terms in :mod:`.quotes`; numbered items run
together in one paragraph in :mod:`.inline_items`, references a section holds in
:mod:`.held_references`, more of a subject's words in :mod:`.subjects`, statements about
amending that change nothing in :mod:`.near_misses`, page legends in :mod:`.furniture`, tables
of changes in :mod:`.change_tables`, instructions in the imperative mood ("In Section 6.4,
delete ... and insert ...", "Delete Section 4.3 and substitute:") in :mod:`.imperatives`,
definition blocks under "the following" with no definition named in :mod:`.following_blocks`),
and :mod:`.provisions` turns each into a Provision and its CHANGES edge; an agreement read out
of an amendment's own title is never the one changed (:mod:`.misread_targets`).
"""
