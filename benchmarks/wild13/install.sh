#!/usr/bin/env bash
# Download the package archives whose data benchmarks/wild13/build.py reads without installing
# them, into a cache folder (PyPI: jc's, flowlogs-reader's and SurvSet's source distributions,
# Review Board's and Mezzanine's wheels; Debian: golang-github-slack-go-slack-dev, unpacked, not
# installed). build.py needs the standard library, and pandas for SurvSet's pickled tables.
# Idempotent.
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-.venv/bin/python}
root=${WILD13_CACHE:-$HOME/.cache/datamap-wild13}
mkdir -p "$root"
. benchmarks/archives.sh
sdist 'jc==1.26.1' jc-1.26.1.tar.gz
sdist 'flowlogs-reader==5.0.1' flowlogs_reader-5.0.1.tar.gz
sdist 'survset==0.2.11' survset-0.2.11.tar.gz
[ -f "$root/reviewboard-8.1-py3-none-any.whl" ] || "$PYTHON" -m pip download -q --no-deps \
  --only-binary :all: --python-version 3.11 -d "$root" 'reviewboard==8.1'
[ -f "$root/mezzanine-6.1.1-py2.py3-none-any.whl" ] || "$PYTHON" -m pip download -q --no-deps \
  --only-binary :all: --python-version 3.11 -d "$root" 'mezzanine==6.1.1'
deb golang-github-slack-go-slack-dev=0.11.3-2 slack-go
