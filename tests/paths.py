"""Where the tests find the shared sample corpus: ``shared/`` beside the repository
(as in CI's fresh clone), else ``$DEALGRAPH_CORPUS``, else the workplace default."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _corpus() -> Path:
    if env := os.environ.get("DEALGRAPH_CORPUS"):
        return Path(env)
    beside = REPO.parent / "shared" / "corpus"
    return beside if beside.is_dir() else Path("/work/shared/corpus")


CORPUS = _corpus()
SEEDS = REPO / "samples" / "seeds"
