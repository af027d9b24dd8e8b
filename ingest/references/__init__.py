"""Agreements and instruments a document *mentions*, and the amendment chains it states.

Vocabulary:
- *title*: a run of capitalised words ending in a head noun ("Credit Agreement",
  "Amendment No. 1 to Loan and Warrant Agreement", "Promissory Note").
- *mention*: a title with what identifies it nearby: its date ("dated as of May 11, 2001",
  "of even date herewith"), and the defined term it introduces ("(as amended, the
  "Agreement")").
- *chain*: "X dated D1, as amended by Y dated D2 and Z dated D3" -- Y and Z AMEND X.

Mentioned agreements get refs from their title and date so that the same agreement mentioned
twice in a document is one entity, and so that ``graph.resolve`` can merge it with the node of
the document that holds its own text (keys there are built from kind, title and date).

The modules of the package, each importing only from those before it: :mod:`.titles`,
:mod:`.kinds`, :mod:`.keys`, :mod:`.dated`, :mod:`.terms`, :mod:`.mentions`, :mod:`.add`,
:mod:`.amends`, :mod:`.renamed`, :mod:`.lower_case`, :mod:`.extract`.
"""
