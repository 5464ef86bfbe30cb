#!/usr/bin/env bash
# Download the androidtv 0.0.75 source distribution (PyPI, through pip; nothing is installed)
# whose test data benchmarks/wild19/build.py reads, into a cache folder. The GitHub sources
# (Shopify/shopify_python_api, stripe/openapi, matrix-org/matrix-spec, logpai/loghub) are
# brought by the tool library's fetch tool; build.py reads them at pinned commits. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-.venv/bin/python}
root=${WILD19_CACHE:-$HOME/.cache/datamap-wild19}
mkdir -p "$root"
[ -f "$root/androidtv-0.0.75.tar.gz" ] ||
  "$PYTHON" -m pip download -q --no-deps --no-binary androidtv -d "$root" 'androidtv==0.0.75'
