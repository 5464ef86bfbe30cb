#!/usr/bin/env bash
# Download the package archives whose data benchmarks/wild12/build.py reads without installing
# them, into a cache folder (PyPI source distributions of pySMART, getmac, tableone, Wagtail,
# khard and mail-parser). build.py needs the standard library only. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-.venv/bin/python}
root=${WILD12_CACHE:-$HOME/.cache/datamap-wild12}
mkdir -p "$root"
. benchmarks/archives.sh
sdist 'pysmart==1.4.3' pysmart-1.4.3.tar.gz
sdist 'getmac==0.9.6' getmac-0.9.6.tar.gz
sdist 'tableone==0.9.6' tableone-0.9.6.tar.gz
sdist 'wagtail==8.0.1' wagtail-8.0.1.tar.gz
sdist 'khard==0.21.0' khard-0.21.0.tar.gz
sdist 'mail-parser==4.8.0' mail_parser-4.8.0.tar.gz
