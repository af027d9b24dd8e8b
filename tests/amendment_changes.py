"""What the amendment-change tests share: the extraction of an amendment's CHANGES edges as
(section, term, action, new wording) with the date of the agreement changed, the check of a
whole amendment against the changes expected, and the frame of one amendment of a credit
agreement dated July 1, 2019 that the one-clause shapes are set in. The shapes themselves are
in ``test_changes_whole_amendments.py``, ``test_changes_operation_wordings.py``,
``test_changes_layouts_and_additions.py`` and ``test_changes_naming_the_base.py``."""

from __future__ import annotations

from ingest.extract import extract
from ingest.records import SourceDocument

Expected = tuple[str | None, str | None, str, str | None]  # section, term, action, new wording


def changes(text: str) -> list[tuple[Expected, str | None]]:
    """Each CHANGES edge as (section, term, action, new wording) and the date of the agreement
    it changes; every evidence span is the text's own."""
    x = extract(SourceDocument(text=text, path="amendment.txt"))
    ents = {e.ref: e for e in x.entities}
    out = []
    for r in x.relations:
        if r.type != "CHANGES":
            continue
        for ev in r.evidence:
            assert text[ev.start : ev.end] == ev.text
        p = ents[r.target].props
        new = r.props.get("new_text")
        key = (p.get("section"), p.get("term"), str(r.props["action"]), new)
        target = ents.get(str(p["agreement"]))
        date = target.props.get("date") if target else None
        out.append(((key[0], key[1], key[2], None if new is None else str(new)), date))
    return out


def assert_changes(name: str, text: str, base_date: str, expected: list[Expected]) -> None:
    """Every change expected is found with its exact new wording, no other change is, and each
    changes the agreement dated ``base_date``."""
    got = changes(text)
    got_keys = sorted({g[:3] for g, _ in got}, key=str)
    assert got_keys == sorted((e[:3] for e in expected), key=str), name
    for s, t, a, new in expected:
        found = {g[3] for g, _ in got if g[:3] == (s, t, a)}
        assert found == {new}, (name, s, t)
    assert {d for _, d in got} == {base_date}, name


#: The amendment each one-clause shape is set in, between its head and its tail: it changes a
#: credit agreement dated July 1, 2019.
FRAME_HEAD = (
    "AMENDMENT NO. 5 TO CREDIT AGREEMENT\n\nThis Amendment No. 5 to Credit Agreement (this "
    '"Amendment") is dated as of March 3, 2022, between REDWOOD FORGE INC., a Delaware corporation '
    '(the "Borrower"), and SUMMIT TRUST BANK (the "Lender").\n\nWHEREAS, the Borrower and the '
    "Lender are parties to a Credit Agreement dated as of July 1, 2019 (as amended, the "
    '"Agreement");\n\nNOW, THEREFORE, the parties agree as follows:\n\n'
)
FRAME_TAIL = (
    "\n\n9. Counterparts. This Amendment may be executed in counterparts.\n\nIN WITNESS WHEREOF, "
    "the parties have executed this Amendment.\n\nREDWOOD FORGE INC.\n\nBy: /s/ Jo Ames\nName: Jo "
    "Ames\nTitle: President\n"
)


def assert_one_clause(shape: str, body: str, expected: list[Expected]) -> None:
    """One operative section set in the frame: its changes, or none where none is expected."""
    text = FRAME_HEAD + body + FRAME_TAIL
    if expected:
        assert_changes(shape, text, "2019-07-01", expected)
    else:
        assert changes(text) == [], shape
