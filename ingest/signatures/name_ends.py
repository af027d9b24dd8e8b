"""Where a company's name cannot end: the last words of a line that leave the name open, so that
it goes on on the next line ("THE DAI-ICHI KANGYO BANK," / "CUMBERLAND VALLEY BANK AND" /
"TEXAS COMMERCE BANK NATIONAL").

Exists because three readers of signature pages each ask it: the block reader joining a company
line to the next, the reader of two names side by side deciding which one a wrapped line goes
on, and the reader of a name wrapped before its "and" or "of". One list keeps them from
disagreeing about what ends a name.
"""

from __future__ import annotations

from ingest.rules import passage, rule

#: the line ends on a word that joins it to the next ("BANK AND", "BANK OF", "SUMITOMO TRUST &"):
#: no name and no caption ends so
JOINER_END = rule(
    "signatures.joining_word_end",
    r"(?:\b(?:AND|OF|and|of)|&)[ \t]*$",
    reads="a line ending on 'and', 'of' or '&': the head of a name whose tail is on the next line",
    matches=[
        passage("BANK OF AMERICA NATIONAL TRUST AND", match="AND"),
        passage("First National Bank of", match="of"),
        passage("THE SUMITOMO TRUST &", match="&"),
    ],
    rejects=["HARRIS TRUST & SAVINGS BANK", "THE BANK OF NOVA SCOTIA", "Harbor Land"],
)
#: the line ends where a name cannot: a comma, a hyphen, a joining word (French and Spanish ones
#: too: "BANQUE FRANCAISE DU" / "COMMERCE EXTERIEUR"), "NATIONAL", "TRUST", "NEW"
OPEN_END = rule(
    "signatures.open_name_end",
    r"(?:[,&\-]|\b(?:OF|AND|of|and|DE|DU|DES|ET|NATIONAL|National|TRUST|Trust|NEW|New))[ \t]*$",
    reads="a company's name cut at its line's end: a comma, a joining word, 'NATIONAL'",
    matches=[
        "THE DAI-ICHI KANGYO BANK,",
        "THE SUMITOMO TRUST &",
        "TEXAS COMMERCE BANK NATIONAL",
        "BANQUE FRANCAISE DU",
        "Wells Fargo Bank, National",
    ],
    rejects=["CORESTATES BANK, N.A.", "THE SAKURA BANK", "NBD BANK, as a Lender"],
)
