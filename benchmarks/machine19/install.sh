#!/usr/bin/env bash
# Download the package archives whose data benchmarks/machine19/build.py reads without installing
# them, into a cache folder: the botocore, demandlib and windpowerlib wheels, the distro and
# snmpsim source distributions (through pip), and Debian's golang-github-prometheus-common-dev
# (apt-get download, unpacked with dpkg-deb). build.py needs the standard library only.
# Idempotent.
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-.venv/bin/python}
root=${MACHINE19_CACHE:-$HOME/.cache/datamap-machine19}
mkdir -p "$root"
. benchmarks/archives.sh
wheel 'botocore==1.44.8' botocore-1.44.8-py3-none-any.whl
wheel 'demandlib==0.2.2' demandlib-0.2.2-py3-none-any.whl
wheel 'windpowerlib==0.2.2' windpowerlib-0.2.2-py3-none-any.whl
sdist 'distro==1.9.0' distro-1.9.0.tar.gz
sdist 'snmpsim==1.2.2' snmpsim-1.2.2.tar.gz
deb golang-github-prometheus-common-dev=0.39.0-2 deb/prometheus-common
