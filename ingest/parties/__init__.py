"""Parties named in the preamble: names, kinds, jurisdictions, addresses, roles, aliases.

Vocabulary:
- *descriptor*: what follows a name: ", a Missouri corporation", ", a Delaware limited
  liability company", ", an individual", ", a national banking association".
- *role*: the capacity a party signs in ("Borrower", "Administrative Agent"), read from
  "as Borrower", from a defined term that is a role word, or from a signature caption.
- *collective term*: a defined term naming several parties ("Borrowers", "Lenders"); it is
  defined with every member's ref. When the preamble lists no members ("the lenders
  identified on the signature pages"), :mod:`ingest.signatures` resolves it later.

The modules of the package, each importing only from those before it: :mod:`.cues`,
:mod:`.role_words`,
:mod:`.forms`, :mod:`.spellings`, :mod:`.add`, :mod:`.not_names`, :mod:`.descriptions`,
:mod:`.zones`, :mod:`.role_labels`, :mod:`.described`, :mod:`.preamble`, :mod:`.recitals`,
:mod:`.behalf`.
"""
