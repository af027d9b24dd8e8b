"""``/api/agreements/{key}/changes`` and ``/provisions``: what an amendment changed, and the
agreement as amended.

A *change* is one CHANGES edge from an amending agreement to a Provision (a numbered section
or a defined term of the amended agreement). The agreement *as amended* lists each of its
provisions with its changes oldest first; the wording in force is the last one stated.
"""

from __future__ import annotations

import re
from typing import Any

from fastapi import APIRouter

from api.convert import ModelResponse, as_edge, as_node, one_row
from api.deps import StoreDep
from api.models import (
    AgreementChanges,
    AgreementProvisions,
    Node,
    ProvisionChange,
    ProvisionHistory,
)
from api.routes.nodes import NOT_FOUND, KeyPath

router = APIRouter(tags=["agreements"])


def provision_order(p: Node) -> tuple[int, tuple[Any, ...], str]:
    """Sections in numeric order ("3.2" before "3.10"), then defined terms alphabetically."""
    section = p.properties.get("section")
    if section:
        parts = tuple(
            (0, int(x), "") if x.isdigit() else (1, 0, x)
            for x in re.findall(r"\d+|[A-Za-z]+", section)
        )
        return (0, parts, p.id)
    return (1, (), str(p.properties.get("term") or "").lower())


def _change(item: dict[str, Any], amendment: Node | None, amended: Node | None) -> ProvisionChange:
    edge = as_edge(item["edge"])
    return ProvisionChange(
        provision=as_node(item["provision"]),
        amended=amended,
        amendment=amendment,
        action=str(edge.properties.get("action", "")),
        new_text=edge.properties.get("new_text"),
        effective_date=edge.properties.get("effective_date"),
        relation=edge,
    )


@router.get("/api/agreements/{key}/changes", response_model=AgreementChanges, responses=NOT_FOUND)
def changes(store: StoreDep, key: KeyPath) -> ModelResponse:
    """What this amendment changes: each provision, the action, the new wording, evidence."""
    row = one_row(store, "api_changes", {"key": key}, "agreement")
    subject = as_node(row["agreement"])
    found = [
        _change(item, subject.model_copy(update={"evidence": None}), as_node(item["amended"]))
        for item in row["changes"]
    ]
    found.sort(key=lambda c: (c.amended.id if c.amended else "", provision_order(c.provision)))
    return ModelResponse(AgreementChanges(agreement=subject, changes=found))


@router.get(
    "/api/agreements/{key}/provisions", response_model=AgreementProvisions, responses=NOT_FOUND
)
def provisions(store: StoreDep, key: KeyPath) -> ModelResponse:
    """The agreement as amended: each changed provision with its history, oldest first."""
    row = one_row(store, "api_provisions", {"key": key}, "agreement")
    subject = as_node(row["agreement"])
    listed = subject.model_copy(update={"evidence": None})
    by_key: dict[str, ProvisionHistory] = {}
    own = set(row["own_documents"])
    for item in row["items"]:
        provision = as_node(item["provision"])
        entry = by_key.get(provision.id)
        if entry is None:
            original = next((e for e in provision.evidence or [] if e.document in own), None)
            entry = by_key[provision.id] = ProvisionHistory(
                provision=provision, original=original, current_text=None, history=[]
            )
        entry.history.append(_change(item, as_node(item["amendment"]), listed))
    for entry in by_key.values():
        entry.history.sort(
            key=lambda c: (c.effective_date is None, c.effective_date or "", c.relation.id)
        )
        entry.current_text = _current(
            entry.original.text if entry.original else None, entry.history
        )
    ordered = sorted(by_key.values(), key=lambda h: provision_order(h.provision))
    return ModelResponse(AgreementProvisions(agreement=subject, provisions=ordered))


def _current(original: str | None, history: list[ProvisionChange]) -> str | None:
    """The wording in force: the last one stated in full, none once deleted or changed in
    part (the graph then knows the change, not the resulting wording)."""
    current = original
    for change in history:
        if change.action in ("delete", "amend"):
            current = None
        elif change.new_text is not None and change.action in ("replace", "add"):
            current = change.new_text
    return current
