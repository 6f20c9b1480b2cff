"""Where the workplace's shared test data is: $SAHIFA_SHARED, else ../shared beside the
checkout, else /work/shared (where CI's clone of the repository lives elsewhere)."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def shared_folder() -> Path:
    for candidate in (os.environ.get("SAHIFA_SHARED"), REPO.parent / "shared", "/work/shared"):
        if candidate and (Path(candidate) / "corpus").is_dir():
            return Path(candidate)
    raise RuntimeError("the shared test data is missing: set SAHIFA_SHARED to the folder that holds corpus/")
