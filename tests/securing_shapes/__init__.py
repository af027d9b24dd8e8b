"""Stress passages for SECURES, AMENDS and PARTY_TO: who secures which obligations and what
amends what, in the general shapes drafting gives them. Every passage was written for the test
(invented names, dates and amounts) and its facts were written down before the extractor ran on
it, in three rounds (marked on each passage): the first, a second after the first round's fixes,
a third of credit agreements' collateral and guaranty clauses after the second's.

A fact is ``(type, source, target)``: a party by its name, an agreement or instrument by its
title, ``SELF`` for the passage's own agreement, ``ASSET:words`` for a collateral asset whose
description holds those words. ``expected`` facts must come out; ``optional`` facts may; any
other SECURES or AMENDS edge, and any other party made party to the passage's own agreement, is
a wrong fact.
"""
