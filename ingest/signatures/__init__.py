"""Signature blocks: who signs, in what capacity, for whom; and collective terms resolved.

A block reads, in one column or in EDGAR's two side-by-side columns::

    BORROWERS:                         <- caption: a role
    ZOLTEK COMPANIES, INC.             <- the company (a Party, PARTY_TO the own agreement)
    By: /s/ Zsolt Rumy                 <- the signer (a person Party, SIGNED)
    Name: Zsolt Rumy
    Title: President

HTML exhibits converted to text may put a whole page on one line; fields are therefore also
split before "By:", "Name:" and "Title:". A collective term of the preamble that listed no
members ("the lenders identified on the signature pages", each a "Lender") is resolved here
to the signing companies without another role and the parties a schedule lists.

:mod:`.extract` reads the own agreement's signature pages: :mod:`.columns` cuts the region
into columns of fields, :mod:`.blocks` groups the fields into blocks (:mod:`.block_reader`
reads them line by line, testing a line with :mod:`.block_lines`, :mod:`.captions`,
:mod:`.company_lines`, :mod:`.signers` and :mod:`.titles`; the records and the field shapes
they share are in :mod:`.fields`). :mod:`.preamble_roles` reconciles a
signing company with the roles the preamble gives it, and :mod:`.collectives` resolves the
preamble's collective terms and classes to the signing companies.
"""
