"""Fingerprints that decide whether a dataset's previous results can be reused (incremental scans).

A dataset's fingerprint joins two things, hashed together:

- what was read: the connector's cheap probe of the dataset, taken without sampling it (a file's
  size, modification time, change time and inode; a table's schema plus its row count and a
  checksum, or PostgreSQL's planner and statistics counters). See `Connector.fingerprints`.
- what read it: `classifier_fingerprint`, a hash of the code and data files that turn a sample
  into detections (classifiers, flattening, connectors, log formats), the versions of the
  libraries they lean on, the policy file, the data map's own recognizers and event-time
  fields, and the scan options (sample size, seed, threshold). Any change there, a new
  recognizer or a fixed regex included, makes every fingerprint new: nothing is reused.

Declarations of the data map are not part of it: which declaration covers a field is decided
again when a reused dataset is written, so editing declarations never forces a rescan.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from catalog.datamap import DataMap
from catalog.policy import Policy
from classifiers.stages import stages_on

_ROOT = Path(__file__).resolve().parent.parent
#: the code and data that turn a dataset into detections: any change to them changes verdicts
CODE_PATHS = ("classifiers", "datamap", "inventory/connectors", "inventory/logformats", "inventory/logfiles.py",
              "inventory/scan.py")
#: libraries whose upgrade may change a verdict (models, regex engines, readers)
LIBRARIES = ("datamap", "presidio-analyzer", "spacy", "en-core-web-sm", "pyarrow", "duckdb", "jieba", "pypinyin",
             "phonenumbers", "tldextract", "sqlglot")


def _digest(parts: Iterable[object]) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part if isinstance(part, bytes) else str(part).encode("utf-8", "surrogateescape"))
        h.update(b"\0")
    return h.hexdigest()


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of datamap's own classifying code and data files, and of the libraries' versions.
    Files are hashed by content (not by mtime), so a fresh checkout of the same commit matches."""
    parts: list[object] = []
    for entry in CODE_PATHS:
        path = _ROOT / entry
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*")
                                                    if p.is_file() and "__pycache__" not in p.parts)
        for file in files:
            parts += [file.relative_to(_ROOT).as_posix(), file.read_bytes()]
    for library in LIBRARIES:
        try:
            parts += [library, metadata.version(library)]
        except metadata.PackageNotFoundError:
            parts += [library, "-"]
    return _digest(parts)


def _recognizer_spec(recognizer: object) -> dict[str, Any]:
    """What a data map's recognizer is made of: its class's data attributes and its words."""
    from classifiers import vocab

    spec = {k: repr(v) for k, v in sorted(vars(type(recognizer)).items())
            if not k.startswith("__") and not callable(v)}
    spec["class"] = type(recognizer).__name__
    spec["words"] = [sorted(vocab.words(v.vocabulary)) for v in getattr(recognizer, "vocabularies", ())
                     if hasattr(v, "vocabulary")]
    return spec


def classifier_fingerprint(policy: Policy, datamap: DataMap, *, sample_rows: int, seed: int,
                           threshold: float) -> str:
    """Everything besides the data that decides a dataset's results (see the module docstring)."""
    policy_text = Path(policy.path).read_bytes() if policy.path and Path(policy.path).is_file() else policy.name
    return _digest([
        code_fingerprint(),
        policy_text, policy.teen_age,
        json.dumps(sorted(datamap.event_time.items())),
        json.dumps([_recognizer_spec(r) for r in datamap.recognizers], sort_keys=True, default=str),
        sample_rows, seed, repr(threshold),
        # a field decided on a first stage of its sample keeps the stage's shares
        "stages" if stages_on() else "whole",
    ])


def dataset_fingerprint(classifier: str, source_options: Mapping[str, Any], probe: str) -> str:
    """The fingerprint stored with a dataset: its probe, the classifier's and the options of its
    source (a log `format:` override changes what is read)."""
    return _digest([classifier, json.dumps(dict(source_options), sort_keys=True, default=str), probe])
