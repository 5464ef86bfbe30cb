#!/usr/bin/env bash
# Download the package archives whose data benchmarks/wild8/build.py reads, into a cache folder,
# without installing them (PyPI: pyicloud's and mvt's source distributions; npm: @medplum/mock;
# Debian: gramps, gnucash-common, evolution-data-server-tests, mobile-broadband-provider-info,
# ledger, unpacked with dpkg-deb into the cache). build.py needs the standard library and node
# (to read @medplum/mock's compiled resources). Idempotent.
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-.venv/bin/python}
root=${WILD8_CACHE:-$HOME/.cache/datamap-wild8}
mkdir -p "$root"
. benchmarks/archives.sh
sdist 'pyicloud==2026.10.1' pyicloud-2026.10.1.tar.gz
sdist 'mvt==2026.10.26' mvt-2026.10.26.tar.gz
npm_pack '@medplum/mock@5.2.13' medplum-mock-5.2.13.tgz
deb gramps
deb gnucash-common
deb evolution-data-server-tests
deb mobile-broadband-provider-info
deb ledger
