"""A company's number in a public register, written between its name and its term
("Teknologi Maju Sdn Bhd (Company No. 998877-K)", "registered under Registration No.
12345"): a run of capitalised words that names no party, though a corporate word may open it.
"""

from __future__ import annotations

from ingest.rules import passage, rule

#: "Company No. 998877-K", "Registration Number 04512345", "Business ID 1234567-8",
#: "Reg. No. OC301234": a register's label, then the number (the run ends in it).
REGISTER_NUMBER = rule(
    "parties.register_number",
    r"(?:[A-Z][\w.]*[ \t]+){0,3}(?:No\.?|NO\.?|Number|NUMBER|Nr\.?|ID)[ \t]*[:.]?[ \t]*"
    r"[A-Z]{0,3}[ \t\-]?\d[\d\-/]*(?:[ \t]\d[\d\-/]*)*(?:-?[A-Z])?",
    reads="the list of parties: a register's number after a name, no party's name",
    matches=[
        passage("Company No. 998877-K"),
        passage("Registration Number 04512345"),
        passage("Business ID 1234567-8"),
        passage("Reg. No. OC301234"),
    ],
    rejects=["Number 10 Holdings Ltd", "Acme Company", "Station No. 5 Partners, LLC"],
    mode="fullmatch",
)


#: "registered under primary state registration number (OGRN) 1027700132195", "tax
#: identification number (NIT) 900.123.456-7": the register's own abbreviation, set off in a
#: parenthesis after the label of the number it precedes; no short name of the party.
REGISTER_LABEL_BEFORE = rule(
    "parties.register_label_before_abbreviation",
    r"(?i)\b(?:number|no\.|code|register|registry|registration|identification)[ \t]*\([ \t]*$",
    reads="the list of parties: the label of a register's number before its abbreviation",
    matches=[
        passage("primary state registration number (", match="number ("),
        passage("entered in the commercial register (", match="register ("),
    ],
    rejects=["Bravo Tooling, Inc. (", "a Utah limited liability company ("],
)


def is_register_number(run_text: str) -> bool:
    """Whether a run of capitalised words is a register's label and number, not a name."""
    return REGISTER_NUMBER.fullmatch(run_text) is not None
