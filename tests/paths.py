"""Where the tests find the shared sample corpus: ``$DEALGRAPH_CORPUS``, else ``shared/``
beside the repository (as in CI's fresh clone), else the workplace default; else fail."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _corpus() -> Path:
    if env := os.environ.get("DEALGRAPH_CORPUS"):
        return Path(env)
    for candidate in (REPO.parent / "shared" / "corpus", Path("/work/shared/corpus")):
        if candidate.is_dir():
            return candidate
    # Fail, never skip: a test that cannot see the samples has not run.
    raise RuntimeError(
        "sample corpus not found: put shared/ beside the repository or set DEALGRAPH_CORPUS"
    )


CORPUS = _corpus()
SEEDS = REPO / "samples" / "seeds"
