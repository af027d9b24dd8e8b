"""The financial relations a document states: who lends to whom, who issues and holds which
instrument, what it is issued under, what secures it, and who waives what.

Every cue is gated on the shape of its sentence, not on a keyword anywhere: a relation needs
its verb ("promise to pay to the order of", "hereby waives", "is issued pursuant to") with the
parties or instruments in the grammatical slots around it, each resolved through the
document's defined terms ("the Bank", "Lenders") or the names of its parties. A wrong edge is
worse than a missing one, so an unresolved slot drops the relation.

:mod:`.extract` runs the readers in order: first the sentence readers, one module per kind of
statement (:mod:`.promises`, :mod:`.lending`, :mod:`.rated_issues`, :mod:`.issuance`,
:mod:`.letters_of_credit`, :mod:`.issued_under`, :mod:`.security`, :mod:`.waivers`), then the
readers of whole parts (:mod:`.schedule_holders`), then the edges the parties' roles imply
(:mod:`.party_roles` reads the roles; :mod:`.role_lending`, :mod:`.role_guaranty`,
:mod:`.instrument_roles` turn them into edges), :mod:`.security_documents` (who gives the
guaranties and security agreements the definitions describe), and last :mod:`.references`.
:mod:`.slots` resolves the noun phrases in a verb's slots to refs; :mod:`.obligations` finds
the agreement whose obligations a guaranty, a grant of security or a waiver concerns.
"""
