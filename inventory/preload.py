"""What a scan's worker processes share, loaded once by the process that forks them.

The local engine's workers are forked from a *forkserver* (multiprocessing's: a fresh,
single-threaded interpreter that the scanning process starts, and from which each worker is
forked), and the forkserver imports this module before it forks any: the classifying code,
the recognizers, their vocabularies and the Chinese word tables (the word list read
three ways, jieba's dictionary) are loaded there once. Each worker then starts at once, without
an interpreter, imports or tables of its own (about 2 s of CPU each, twice on two workers),
and shares those pages with the other workers copy-on-write. `gc.freeze()` moves what is
loaded out of the garbage collector's reach, so its passes do not write to (and so copy) them.

The Chinese tables are built with the default policy's terms: a scan under a policy with other
Chinese terms builds them again in each worker (`Classifier`'s initializer sets the scan's
terms), as before this module existed. Nothing here is needed for correctness: a worker
loads whatever is missing when it first needs it.
"""
from __future__ import annotations

import gc

from datamap.arrow import without_pandas

without_pandas()  # before the classifying code makes its first arrays

from catalog.policy import load_policy  # noqa: E402
from classifiers import chinese  # noqa: E402
from classifiers.registry import load_ahead  # noqa: E402


def load() -> None:
    """Load what every worker needs, then freeze it for the garbage collector."""
    chinese.use_terms(load_policy(None).translations("zh"))
    load_ahead()
    gc.freeze()


load()
