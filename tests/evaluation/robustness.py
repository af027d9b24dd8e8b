"""Robustness of extraction over every document of the corpus (seeds, EDGAR samples, the
credit and CUAD development sets): no crash, which documents yield no agreement and why (a
report that announces an agreement has that one as its subject, see ``ingest.announced``), and
how many party names look like junk (a clause, a defined measure, a heading) rather than a name.

The junk heuristic is deliberately simple and errs towards flagging: a name with a verb of
drafting ("shall", "agrees"), a defined measure's head word ("Rate", "Date", "Amount"), or a
heading word ("Section", "Article", "Schedule") is counted and listed for a person to read.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter

from ingest.agreements.own_agreement import SELF_REF
from ingest.extract import extract
from ingest.readers import discover, read_file
from tests.paths import CORPUS

FOLDERS = ("seeds", "edgar", "credit-dev", "cuad-dev")
_JUNK = re.compile(
    r"\b(?:shall|agrees?|hereby|hereunder|thereof|whereas|pursuant|Rate|Date|Amount|Section"
    r"|Article|Schedule|Exhibit|Agreement|Note|Obligations|Collateral)\b"
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.evaluation.robustness")
    parser.add_argument("--details", action="store_true", help="list every finding")
    args = parser.parse_args(argv)
    docs = crashes = 0
    no_agreement: Counter[str] = Counter()
    reports = announcing = 0
    names = junk = 0
    findings: list[str] = []
    for folder in FOLDERS:
        for path in discover([CORPUS / folder]):
            if path.name == "README.md":
                continue
            result = read_file(path, max_bytes=50 * 1024 * 1024)
            for source in result.documents:
                docs += 1
                try:
                    ex = extract(source)
                except Exception as exc:  # counted and listed: the point of this report
                    crashes += 1
                    findings.append(f"crash {path.name}: {type(exc).__name__}")
                    continue
                if ex.report_form:
                    reports += 1
                    # a report's subject is the agreement it announces, mentioned, not contained
                    announcing += any(e.ref == SELF_REF for e in ex.entities)
                if not any(e.contained or e.ref == SELF_REF for e in ex.entities):
                    why = next((w for w in ex.warnings if "agreement" in w), "no agreement found")
                    no_agreement[
                        re.sub(r"\(the document is a ['\"].*", "(a plan, letter ...)", why)
                    ] += 1
                    findings.append(f"no agreement {path.parent.name}/{path.name}: {why}")
                for e in ex.entities:
                    if e.label != "Party":
                        continue
                    names += 1
                    name = str(e.props.get("name") or "")
                    if _JUNK.search(name):
                        junk += 1
                        findings.append(f"junk name {path.name}: {name!r}")
    print(f"documents: {docs}; crashes: {crashes}")
    print(f"current reports (Form 8-K): {reports}; announcing an agreement: {announcing}")
    print(f"no agreement: {sum(no_agreement.values())}")
    for why, n in no_agreement.most_common():
        print(f"  {n:4}  {why}")
    print(f"party names: {names}; flagged as junk: {junk} ({junk / max(names, 1):.1%})")
    if args.details:
        for f in findings:
            print("  ", f)
    return 1 if crashes else 0


if __name__ == "__main__":
    raise SystemExit(main())
