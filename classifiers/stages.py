"""Staged samples: whether a field is read first on a part of its sample (see `engine._stage`).

Kept apart from the engine so that the scanning process can ask (the incremental scan's
fingerprint, the `--sample-stages` option) without loading the classifiers.
"""
from __future__ import annotations

import os

#: the environment variable that turns staged samples off (`0`), as `datamap scan
#: --sample-stages off` does; the classifying processes (workers) inherit it
STAGES_VARIABLE = "DATAMAP_SAMPLE_STAGES"


def stages_on() -> bool:
    """Whether fields are read on a first stage of their sample (on unless turned off)."""
    return os.environ.get(STAGES_VARIABLE, "1").strip().lower() not in {"0", "off", "no", "false"}
